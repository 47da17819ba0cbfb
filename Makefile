# The two commands in the README, and the steps they share.
#   make serve   build the site and serve it on http://127.0.0.1:8000
#   make test    run every test: unit, Pyodide parity, browser
# Both install what they need first (scripts/setup), and both are safe to re-run.
# make test includes mypy --strict and ruff (tests/test_quality.py).

VENV := .venv/bin

.PHONY: serve test site setup setup-browser bench lint mutate calendar-data lock

serve: setup
	$(VENV)/mkdocs serve --strict --no-livereload --dev-addr 127.0.0.1:8000

test: setup-browser
	$(VENV)/python -m pytest

site: setup
	$(VENV)/mkdocs build --strict

bench: setup-browser
	$(VENV)/python bench/run.py --write

# Public holidays and zone rules for composer/, from the pinned holidays and tzdata.
calendar-data: setup
	$(VENV)/python scripts/calendar_data.py

# Lock the Python packages with hashes after changing a pin in requirements-*.in.
lock:
	scripts/lock

mutate: setup
	$(VENV)/python tests/mutate.py

lint: setup
	$(VENV)/ruff check composer tests hooks bench scripts
	$(VENV)/mypy

setup:
	scripts/setup

setup-browser:
	scripts/setup --browser
