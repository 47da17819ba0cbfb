"""The request schema is the one list of fields: the parser, the form, the CLI and the tests agree."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from checkout import copy_checkout
from hypothesis import given, settings
from hypothesis import strategies as st

from composer import RULES, handle_json
from composer._model import (
    INTERVIEW_KINDS,
    LINKEDIN_ACCOUNTS,
    PERSON_KINDS,
    REPLY_KINDS,
    SENT_KINDS,
)
from composer._request import _READ_HERE
from composer._schema import FIELDS, HAPPENED, HISTORY, PERSON, SENT, field


def test_every_field_the_parser_reads_is_in_the_schema():
    """A field renamed in the schema but not in the parser (or the other way round) fails here."""
    read = {name for name in _READ_HERE if not name.startswith("points.")}
    assert read <= set(FIELDS)


def test_what_was_discussed_is_asked_once_per_person():
    """The form asks for the points discussed once, on each person's row, never again for the
    whole interview (the API still takes a ``points`` list, as case files have it)."""
    assert not [name for name in FIELDS if name.startswith("points")]
    assert "point" in {f.name for f in PERSON}
    answer = handle_json(json.dumps({"points": ["the roadmap"] * (RULES.max_points + 1)}))
    assert "points" in {e["field"] for e in json.loads(answer)["errors"]}


def test_choices_match_the_model():
    """Every select offers exactly the values the model accepts."""

    def values(spec_name: str) -> tuple[str, ...]:
        return tuple(value for value, _ in field(spec_name).choices if value)

    assert values("interview_kind") == INTERVIEW_KINDS
    assert values("rounds.0.kind") == INTERVIEW_KINDS
    assert values("linkedin_account") == LINKEDIN_ACCOUNTS
    assert values("interviewers.0.kind") == PERSON_KINDS
    assert values("sent.0.kind") == SENT_KINDS
    happened = [value for _, choices in HAPPENED for value, _ in choices]
    assert happened == [
        *(f"sent:{kind}" for kind in SENT_KINDS),
        *(f"reply:{kind}" for kind in REPLY_KINDS),
        "note",
    ]
    assert [f.name for f in PERSON] == ["name", "kind", "salutation", "email", "point"]
    assert [f.name for f in SENT] == ["kind", "date"]
    assert [f.name for f in HISTORY] == ["what", "date", "to", "scheduled_for", "new_date", "text"]


class _Page(HTMLParser):
    """The names, data-names and error areas in a built page."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.row_fields: dict[str, set[str]] = {}
        self.error_homes: set[str] = set()
        self.ids: set[str] = set()
        self._template: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "template":
            self._template = (a.get("id") or "").removesuffix("-template")
        if a.get("name"):
            self.names.add(a["name"] or "")
        if a.get("data-name") and self._template:
            self.row_fields.setdefault(self._template, set()).add(a["data-name"] or "")
        if a.get("data-error-for"):
            self.error_homes.update((a["data-error-for"] or "").split())
        if a.get("id"):
            self.ids.add(a["id"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._template = None


def _home(page: _Page, name: str) -> str | None:
    """Where the page shows an error named ``name``, as apiField() in composer-form.mjs maps it.

    A round's error names either an earlier round (a row, its people on the round's
    summary line) or the latest (the fieldset's own fields and people rows): both need a home.
    """
    name = re.sub(r"^(history\.\d+)\.(event|kind)$", r"\1.what", name)
    person = re.fullmatch(r"rounds\.\d+\.people\.\d+\.(\w+)", name)
    if person:
        latest = person[1] in page.row_fields.get("interviewers", set())
        return "row input" if latest and "rounds" in page.error_homes else None
    round_field = re.fullmatch(r"rounds\.\d+\.(\w+)", name)
    if round_field and round_field[1] == "people":  # not a list: the round's fieldset says so
        return "fieldset summary" if "rounds" in page.error_homes else None
    if round_field:
        latest = f"interview_{round_field[1]}" in page.names
        earlier = round_field[1] in page.row_fields.get("rounds", set())
        return "row input" if latest and earlier else None
    row = re.fullmatch(r"(interviewers|history)\.\d+\.(\w+)", name)
    if row and row[2] in page.row_fields.get(row[1], set()):
        return "row input"
    if name.startswith("edits."):
        return "its draft"
    if name in page.names:
        return "input"
    if name.split(".")[0] in page.error_homes:
        return "fieldset summary"
    return None


ROW_KEYS = [
    "name",
    "kind",
    "date",
    "time",
    "email",
    "key",
    "body",
    "new_date",
    "event",
    "people",
    "scheduled_for",
    "x",
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12) | st.just("2026-02-30"),
    lambda inner: (
        st.lists(inner, max_size=10)
        | st.dictionaries(
            st.sampled_from(ROW_KEYS),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)
# What the page sends (FormView.request): the older "sent" and "reply" never come from it.
REQUEST_KEYS = sorted(
    {*FIELDS, "interviewers", "rounds", "history", "days_off", "edits", "now"}
)


def _error_names() -> set[str]:
    """Error names the parser gives for wrong values of every shape, in every field (Hypothesis)."""
    seen: set[str] = set()

    @settings(max_examples=500, deadline=None, database=None)
    @given(fields=st.dictionaries(st.sampled_from(REQUEST_KEYS), json_values))
    def collect(fields):
        answer = json.loads(handle_json(json.dumps(fields)))
        seen.update(error["field"] for error in answer["errors"])

    collect()
    return seen


def test_every_error_has_a_home_on_the_page(built_site):
    """Every error name the parser can produce lands beside its input, on its draft, or in the
    summary line of its fieldset; only errors about the request itself go to the top of the form."""
    page = _Page()
    page.feed((built_site / "composer" / "index.html").read_text("utf-8"))
    assert "form-errors" in page.ids
    ERRORS_SEEN = _error_names()
    assert len(ERRORS_SEEN) > 30
    top_only = {"", "now", "page_url"}
    homeless = sorted(name for name in ERRORS_SEEN - top_only if _home(page, name) is None)
    assert homeless == [], homeless


def test_a_new_schema_field_reaches_the_page_the_cli_and_the_request(tmp_path):
    """One entry added to composer/_schema.py, nothing else: the built form has its input, the
    command line has its flag, and a request carries its value to the templates."""
    anchor = '        "You",\n        (\n'
    new_field = '            Field("pronouns", "text", "Your pronouns", "your pronouns", optional_note="optional"),\n'
    work = copy_checkout(tmp_path / "repo", ("composer/_schema.py", anchor, anchor + new_field))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(work)}
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    html = (site / "composer" / "index.html").read_text("utf-8")
    assert 'name="pronouns"' in html and "Your pronouns" in html
    cli = subprocess.run(
        [sys.executable, "-m", "composer", "--help"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert "--pronouns" in cli.stdout
    probe = (
        "import composer; r, _ = composer.parse_request({'pronouns': 'she/her'}); "
        "print(dict(r.details.extras)['pronouns'])"
    )
    value = subprocess.run(
        [sys.executable, "-c", probe], cwd=work, env=env, capture_output=True, text=True
    )
    assert value.stdout.strip() == "she/her", value.stderr


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_every_field_has_words_for_people(name):
    """Each field has a label for the form and a noun for its error messages."""
    spec = FIELDS[name]
    assert spec.label and spec.noun and spec.noun[0].islower()
