"""Letters that connect (issue 18): the lead note ties the point to the reader's fit, a
rejection reply recalls a good moment, a LinkedIn note names the point when it fits, a
belated note owns its delay in proportion, and no stock phrase recurs across templates."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from composer import RULES, TEMPLATES, TONES, handle
from composer._data import data_file

BASE = {
    "candidate_name": "Sam Lee",
    "company": "Kestrel Logistics",
    "role": "Operations Analyst",
    "interview_date": "2026-11-23",
    "interview_time": "10:00",
    "now": "2026-11-24T09:00+00:00",
    "interviewers": [
        {"name": "Dana Cole", "kind": "hiring_manager", "email": "dana@kestrel.example", "point": "next year's depot expansion"}
    ],
    "fit": "I opened two depots for DHL",
}
STOCK = data_file("checks.toml")["stock"]["phrases"]


def _body(**request) -> str:
    answer = handle({**BASE, **request})
    assert answer["ok"], answer["errors"]
    return answer["drafts"][0]["body"]


@pytest.mark.parametrize("tone", TONES)
def test_the_lead_note_ties_the_point_to_the_fit_in_one_paragraph(tone):
    """With a topic and a fit, one paragraph names the point, says why it mattered, and gives
    the fit; without a fit, the point stands on its own and no bridge is left dangling."""
    body = _body(tone=tone, template="thank-you-interview")
    (paragraph,) = [p for p in body.split("\n\n") if "depot expansion" in p]
    assert "I opened two depots for DHL." in paragraph
    assert re.search(r"\b(because|as) it is where I", paragraph), paragraph
    alone = _body(tone=tone, template="thank-you-interview", fit="")
    assert "where I" not in alone and "close match" not in alone and "matches what" not in alone


def test_a_question_point_is_not_claimed_as_where_the_reader_helps_most():
    """A point that is a question ("whether bonuses are paid quarterly") is never tied to the
    fit with "it is where I could help most": that would claim what the reader didn't say."""
    people = [{**BASE["interviewers"][0], "point": "Are bonuses paid quarterly?"}]
    body = _body(template="thank-you-interview", interviewers=people)
    assert "whether bonuses are paid quarterly" in body and "where I" not in body


@pytest.mark.parametrize("tone", TONES)
def test_a_rejection_reply_recalls_the_readers_best_moment(tone):
    """The reply to a rejection names the point the reader kept from the conversation."""
    assert "next year's depot expansion" in _body(tone=tone, template="after-rejection")


@pytest.mark.parametrize("tone", TONES)
def test_a_linkedin_note_names_the_point_when_there_is_room(tone):
    """On a free account's limit, the note names what was discussed; with a point too long
    to fit, it falls back to a note that fits."""
    answer = handle({**BASE, "tone": tone, "template": "linkedin-note"})
    body = answer["drafts"][0]["body"]
    assert "depot expansion" in body
    assert len(body) <= RULES.linkedin_free_chars
    long_point = "the long-running programme to consolidate every regional depot " * 4
    people = [{**BASE["interviewers"][0], "point": long_point}]
    answer = handle({**BASE, "tone": tone, "template": "linkedin-note", "interviewers": people})
    assert len(answer["drafts"][0]["body"]) <= RULES.linkedin_free_chars


@pytest.mark.parametrize("tone", TONES)
def test_a_belated_note_owns_its_delay_in_proportion(tone):
    """A few days late: a light word; from a week: a plain apology; from two weeks: sorry it
    comes so long after. The thresholds are rules (quoted by the guide)."""
    interview = dt.date(2026, 11, 2)

    def opener(days_late: int) -> str:
        now = dt.datetime.combine(interview + dt.timedelta(days=days_late), dt.time(9))
        body = _body(tone=tone, template="belated-thank-you", interview_date=interview.isoformat(), now=now.isoformat() + "+00:00")
        return body.split("\n\n")[1]

    few, week, weeks = opener(4), opener(RULES.belated_apology_days), opener(RULES.belated_long_days)
    assert "a little late" in few and "sorry" not in few.lower() and "apolog" not in few.lower()
    assert "later than I" in week
    assert "so long after" in weeks
    assert "a little late" in opener(RULES.belated_apology_days - 1)


@pytest.mark.parametrize("tone", TONES)
def test_no_stock_phrase_appears_in_more_than_one_template_of_an_application(tone):
    """Every template written for one application (the set a reader might send): each stock
    phrase in checks.toml [stock] shows up in at most one of them."""
    request = {
        **BASE,
        "tone": tone,
        "offer_deadline": "2026-12-04",
        "extra_info": "I have since finished my APICS certificate",
        "interviewers": [*BASE["interviewers"], {"name": "Jo Park", "kind": "recruiter", "email": "jo@kestrel.example"}],
    }
    where: dict[str, set[str]] = {phrase: set() for phrase in STOCK}
    for template in TEMPLATES:
        for draft in handle({**request, "template": template})["drafts"]:
            for phrase in STOCK:
                if phrase in draft["body"].lower():
                    where[phrase].add(template)
    assert {phrase: sorted(found) for phrase, found in where.items() if len(found) > 1} == {}
