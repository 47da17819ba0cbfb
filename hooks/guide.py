"""Fill the guide from the composer package, so guide and composer never disagree.

Markers in the Markdown:
    {{ rules.NAME }}        a number from composer/rules.toml
    {{ region.XX.NAME }}    the same as the employer's region XX changes it ([region.XX])
    {{ words.KIND.max }}    a word limit from composer/checks.toml (also .min)
    {{ limits.NAME }}       a sentence or point length from composer/checks.toml [limits]
    {{ timeline }}          the follow-up timeline, drawn from the same rules
    {{ gallery }}           every template in composer/templates/, filled with the sample case
    {{ form }}              the composer's form, drawn from composer/_schema.py
    {{ row_templates }}     the composer's <template>s for a person and a sent message
    {{ example }}           the sample case as JSON, for the composer's "Try an example"
    {{ repo_url }}          the repository's address (REPO_URL, as mkdocs.yml reads it)
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's composer, never an installed one

import composer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import form_html  # noqa: E402

from composer._cli import sample_request  # noqa: E402
from composer._data import data_file  # noqa: E402

_MARKER = re.compile(
    r"\{\{\s*(rules\.\w+|region\.[A-Z]{2}(?:-\w+)?\.\w+|words\.\w+\.(?:min|max)|limits\.\w+|timeline|gallery|form|row_templates|example|repo_url)\s*\}\}"
)
_SAMPLE = sample_request()
# How long after the interview each kind of note is written, for natural sample wording.
_SAMPLE_DAYS_LATER = {"thank_you": 0, "belated_thank_you": 3}
# People or dates a template needs that the sample case lacks.
_SAMPLE_EXTRA: dict[str, dict[str, Any]] = {
    "thank-you-organiser": {"interviewers": [{"name": "Max Weber", "kind": "coordinator"}]},
    "thank-you-agency": {
        "interviewers": [
            *_SAMPLE["interviewers"],
            {"name": "Dana Cole", "kind": "agency_recruiter", "email": "dana@agency.example"},
        ]
    },
    "competing-offer": {
        "offer_deadline": "2026-12-04",
        "sent": [{"kind": "thank_you", "date": "2026-11-23"}],
    },
}


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "description" in page.meta:  # front matter too, so search snippets quote the same rules
        page.meta["description"] = _MARKER.sub(_replace, page.meta["description"])
    changed = last_changed(Path(config["docs_dir"]) / page.file.src_path)
    stamp = f'\n\n<p class="last-changed">Last changed on <time datetime="{changed.isoformat()}">{changed.day} {changed:%B %Y}</time>.</p>\n'
    return _MARKER.sub(_replace, markdown) + stamp


def last_changed(path: Path) -> dt.date:
    """When ``path`` last changed: its last commit, or today for work not yet committed."""
    done = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", str(path)], cwd=ROOT).returncode
    if done.returncode != 0 or not done.stdout.strip() or dirty:
        return dt.date.today()
    return dt.date.fromisoformat(done.stdout.strip())


def _replace(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("rules."):
        rules = composer.RULES.as_dict()
        key = name.removeprefix("rules.")
        if key not in rules:
            raise KeyError(f"unknown rule {key!r} in the guide; see composer/rules.toml")
        value = rules[key]
        return " or ".join(value) if isinstance(value, list) else str(value)
    if name.startswith("region."):
        _, code, key = name.split(".")
        if code not in composer.RULES.source.get("region", {}):
            raise KeyError(f"no [region.{code}] in composer/rules.toml, quoted in the guide")
        value = composer.RULES.for_region(code).as_dict()[key]
        return ", ".join(value) if isinstance(value, list) else str(value)
    if name.startswith("words."):
        _, kind, end = name.split(".")
        limits = data_file("checks.toml")["words"]
        if kind not in limits:
            raise KeyError(f"unknown word limit {kind!r} in the guide; see composer/checks.toml")
        return str(limits[kind][0 if end == "min" else 1])
    if name.startswith("limits."):
        limits = data_file("checks.toml")["limits"]
        key = name.removeprefix("limits.")
        if key not in limits:
            raise KeyError(f"unknown limit {key!r} in the guide; see composer/checks.toml [limits]")
        return str(limits[key])
    return {
        "timeline": timeline,
        "gallery": gallery,
        "form": form_html.form,
        "row_templates": form_html.row_templates,
        "example": example,
        "repo_url": repo_url,
    }[name]()


def repo_url() -> str:
    """The repository's address: a fork's own, when the Pages workflow sets REPO_URL."""
    return os.environ.get("REPO_URL", "https://github.com/after-the-interview/after-the-interview")


def example() -> str:
    """The sample case for "Try an example", as data the page reads (never runs)."""
    # The form asks what was discussed per person, so the example's people carry its points.
    leave_out = ("now", "interview_date", "decision_date", "points")
    case = {k: v for k, v in _SAMPLE.items() if k not in leave_out}
    case["interview_time"] = "14:00"  # the page dates it to the last working day
    # An attribute, not a <script>: data never runs, and no policy hash is needed.
    return f'<div id="composer-example" hidden data-case="{html.escape(json.dumps(case, ensure_ascii=False))}"></div>'


def _days(count: int) -> str:
    """Working days in words: "two working days"."""
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    amount = words[count] if count < len(words) else str(count)
    return f"{amount} working day{'' if count == 1 else 's'}"


def _about_day(business_days: int) -> int:
    """Business days as calendar days, roughly: five make a week."""
    return round(business_days * 7 / 5)


def timeline() -> str:
    """The follow-up sequence as an ordered list that reads without JavaScript.

    One component with the composer page, which fills the same markup with the
    reader's own dates (``timeline--compact`` in composer-render.mjs).
    """
    r, titles = composer.RULES, composer.STEP_TITLES
    day = r.check_in_after_interview_days
    steps = [
        ("Day 0", "The interview", "Note one or two things you talked about with each person."),
        (
            "Day 0–1",
            titles["thank_you"],
            f"Within {r.thank_you_best_hours} hours, counting working days only; "
            f"{r.thank_you_on_time_hours} at the latest, then a short belated note.",
        ),
        (
            f"≈ day {_about_day(day)}",
            titles["check_in"],
            f"{_days(r.check_in_after_decision_days).capitalize()} after the date they gave; "
            f"with no date, {_days(day)} after the interview.",
        ),
    ]
    # The rest of the chain is the planner's own (follow_up_kinds), so the two cannot differ.
    gaps = {"second_follow_up": r.second_follow_up_days, "closing": r.closing_days}
    notes = {
        "second_follow_up": "after the check-in. Shorter, just as friendly.",
        "closing": "after your last note, if it had no answer. A gracious close that leaves the door open.",
    }
    for kind in composer.follow_up_kinds()[1:]:
        day += gaps[kind]
        steps.append(
            (
                f"≈ day {_about_day(day)}",
                titles[kind],
                f"{_days(gaps[kind]).capitalize()} {notes[kind]}",
            )
        )
    items = [
        f'<li><span class="timeline__when">{html.escape(when)}</span> '
        f'<strong class="timeline__what">{html.escape(what)}</strong> '
        f'<span class="timeline__note">{html.escape(note)}</span></li>'
        for when, what, note in steps
    ]
    items.append(
        '<li class="timeline__end"><span class="timeline__when">Then</span> '
        '<strong class="timeline__what">Stop and move on</strong> '
        '<span class="timeline__note">No more email. Your energy is better spent on the next application.</span></li>'
    )
    return (
        '<ol class="timeline" aria-label="The follow-up timeline">\n' + "\n".join(items) + "\n</ol>"
    )


def _sample_drafts(template: composer.MessageTemplate, tone: str) -> list[dict[str, Any]]:
    """The template's own drafts for the sample case, as the composer writes them."""
    interview = dt.datetime.fromisoformat(
        f"{_SAMPLE['interview_date']}T{_SAMPLE['interview_time']}"
    )
    days = _SAMPLE_DAYS_LATER.get(template.step, 10)
    now = (interview + dt.timedelta(days=days, hours=5)).isoformat(timespec="minutes")
    answer = composer.handle(
        {
            **_SAMPLE,
            "interview_kind": _SAMPLE["interview_kind"]
            if _SAMPLE["interview_kind"] in template.interview_kinds
            else template.interview_kinds[0],
            "now": now,
            "template": template.id,
            "tone": tone,
            **_SAMPLE_EXTRA.get(template.id, {}),
        }
    )
    return [draft for draft in answer["drafts"] if draft["template"] == template.id]


def _letter(draft: dict[str, Any], several: bool) -> str:
    """One draft as a letter card: subject and body in the body font, each with its copy button."""
    esc = html.escape
    paragraphs = "".join(
        f"<p>{'<br>'.join(esc(line) for line in paragraph.splitlines())}</p>"
        for paragraph in draft["body"].split("\n\n")
    )
    to = f'<p class="letter__to">To {esc(draft["to_name"])}</p>' if several else ""
    subject = (
        f'<p class="letter__subject"><span class="letter__label">Subject</span> '
        f'<span class="letter__subject-text">{esc(draft["subject"])}</span></p>'
        if draft["subject"]
        else ""
    )
    buttons = (
        '<p class="letter__actions">'
        + (
            '<button type="button" class="md-button letter__copy" data-copy="subject" hidden>Copy subject</button>'
            if draft["subject"]
            else ""
        )
        + '<button type="button" class="md-button letter__copy" data-copy="body" hidden>Copy message</button></p>'
    )
    return f'<article class="letter">{to}{subject}<div class="letter__body">{paragraphs}</div>{buttons}</article>'


def _letters(drafts: list[dict[str, Any]]) -> str:
    return '<div class="letters">' + "".join(_letter(d, len(drafts) > 1) for d in drafts) + "</div>"


def gallery() -> str:
    """Every template, both tones, filled with the sample case."""
    sections = []
    for template in composer.TEMPLATES.values():
        tabs = []
        for tone in composer.TONES:
            block = textwrap.indent(_letters(_sample_drafts(template, tone)), "    ")
            tabs.append(f'=== "{tone.capitalize()}"\n\n{block}\n')
        sections.append(
            f"## {template.title} {{ #{template.id} }}\n\n{template.description}\n\n"
            + "\n".join(tabs)
        )
    return "\n\n".join(sections)
