"""Fill the guide from the composer package, so guide and composer never disagree.

Markers in the Markdown:
    {{ rules.NAME }}        a number from composer/rules.toml
    {{ words.KIND.max }}    a word limit from composer/checks.toml (also .min)
    {{ timeline }}          the follow-up timeline, drawn from the same rules
    {{ gallery }}           every template in composer/templates/, filled with the sample case
    {{ form }}              the composer's form, drawn from composer/_schema.py
    {{ row_templates }}     the composer's <template>s for a person and a sent message
    {{ example }}           the sample case as JSON, for the composer's "Try an example"
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
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
    r"\{\{\s*(rules\.\w+|words\.\w+\.(?:min|max)|timeline|gallery|form|row_templates|example)\s*\}\}"
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
    return _MARKER.sub(_replace, markdown)


def _replace(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("rules."):
        rules = composer.RULES.as_dict()
        key = name.removeprefix("rules.")
        if key not in rules:
            raise KeyError(f"unknown rule {key!r} in the guide; see composer/rules.toml")
        return str(rules[key])
    if name.startswith("words."):
        _, kind, end = name.split(".")
        limits = data_file("checks.toml")["words"]
        if kind not in limits:
            raise KeyError(f"unknown word limit {kind!r} in the guide; see composer/checks.toml")
        return str(limits[kind][0 if end == "min" else 1])
    return {
        "timeline": timeline,
        "gallery": gallery,
        "form": form_html.form,
        "row_templates": form_html.row_templates,
        "example": example,
    }[name]()


def example() -> str:
    """The sample case for "Try an example", as data the page reads (never runs)."""
    case = {k: v for k, v in _SAMPLE.items() if k not in ("now", "interview_date", "decision_date")}
    case["interview_time"] = "14:00"  # the page dates it to the last working day
    # An attribute, not a <script>: data never runs, and no policy hash is needed.
    return f'<div id="composer-example" hidden data-case="{html.escape(json.dumps(case, ensure_ascii=False))}"></div>'


def timeline() -> str:
    """The follow-up sequence as an ordered list that reads without JavaScript."""
    r = composer.RULES
    steps = [
        ("Day 0", "The interview", "Note one or two things you talked about while they are fresh."),
        (
            f"Within {r.thank_you_best_hours} hours",
            "Thank-you note",
            f"{r.thank_you_on_time_hours} hours at the latest; after that, a short belated note.",
        ),
        (
            "The business day after their date",
            "First check-in",
            f"No date given? {r.check_in_after_interview_days} business days after the interview.",
        ),
        (
            f"{r.second_follow_up_days} business days later",
            "Second follow-up",
            "Shorter, just as friendly.",
        ),
        (f"{r.closing_days} business days later", "Closing the loop", "A gracious last note."),
        ("Then", "Stop and move on", "Your energy is better spent on the next application."),
    ]
    items = "\n".join(
        f'<li><span class="timeline__when">{html.escape(when)}</span> '
        f'<strong class="timeline__what">{html.escape(what)}</strong> '
        f'<span class="timeline__note">{html.escape(note)}</span></li>'
        for when, what, note in steps
    )
    return f'<ol class="timeline" aria-label="The follow-up timeline">\n{items}\n</ol>'


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
            "interview_kind": template.interview_kinds[0],
            "now": now,
            "template": template.id,
            "tone": tone,
            **_SAMPLE_EXTRA.get(template.id, {}),
        }
    )
    return [draft for draft in answer["drafts"] if draft["template"] == template.id]


def _draft_block(drafts: list[dict[str, Any]]) -> str:
    parts = []
    for draft in drafts:
        head = f"To: {draft['to_name']}\n" if len(drafts) > 1 else ""
        subject = f"Subject: {draft['subject']}\n\n" if draft["subject"] else ""
        parts.append(head + subject + draft["body"])
    text = "\n\n----\n\n".join(parts)
    return "```text\n" + text + "\n```"


def gallery() -> str:
    """Every template, both tones, filled with the sample case."""
    sections = []
    for template in composer.TEMPLATES.values():
        tabs = []
        for tone in composer.TONES:
            block = textwrap.indent(_draft_block(_sample_drafts(template, tone)), "    ")
            tabs.append(f'=== "{tone.capitalize()}"\n\n{block}\n')
        sections.append(
            f"## {template.title} {{ #{template.id} }}\n\n{template.description}\n\n"
            + "\n".join(tabs)
        )
    return "\n\n".join(sections)
