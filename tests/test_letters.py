"""Every template, in both tones and every wording, read against the checker: zero findings.

The cases are realistic and varied on purpose: titles and initials, long names,
one person and eight, no points and every point, recruiters and agencies.
"""

from __future__ import annotations

import re

import pytest

from composer import TEMPLATES, TONES, handle

BASE = {
    "candidate_name": "Sam Rivera",
    "company": "Northwind Health",
    "role": "Product Designer",
    "interview_kind": "interview",
    "interview_date": "2026-11-23",
    "interview_time": "10:00",
    "now": "2026-11-24T09:00+00:00",
    "offer_deadline": "2026-12-04",
}
EIGHT = [
    ("Priya Natarajan", "hiring_manager", "your plan to simplify patient sign-up"),
    ("Tom Becker", "interviewer", "how design and engineering hand work over"),
    ("Ana Lima", "interviewer", "what nurses need from the booking screen"),
    ("Kwame Mensah", "interviewer", "the accessibility audit"),
    ("Li Wei", "interviewer", "research with clinicians"),
    ("Sofia Rossi", "interviewer", "the design system"),
    ("Omar Haddad", "interviewer", "release planning"),
    ("Grace O'Neill", "interviewer", "how success is measured"),
]
CASES = {
    "titles and initials": {
        "interviewers": [
            {
                "name": "Dr. Amara Okafor",
                "kind": "hiring_manager",
                "point": "the clinical safety review",
            },
            {
                "name": "Prof. J. Robert Smith",
                "salutation": "Professor Smith",
                "point": "the research budget",
            },
        ],
        "points": ["the clinical safety review"],
        "fit": "I ran the safety review for Brightline's booking app",
    },
    "long names": {
        "candidate_name": "Maximiliana Alexandra von Hohenberg-Castellanos",
        "company": "Northwind Regional Health and Community Care Partners",
        "role": "Principal Product Designer, Patient Platforms",
        "interviewers": [
            {
                "name": "Bartholomew Fitzgerald-Montgomery",
                "kind": "hiring_manager",
                "point": "the patient portal",
            }
        ],
        "points": ["the patient portal"],
    },
    "one person, nothing optional": {
        "interviewers": [{"name": "Ana Lima"}],
    },
    "eight people, every point": {
        "interview_kind": "panel",
        "interviewers": [{"name": n, "kind": k, "point": p} for n, k, p in EIGHT],
        "points": [
            "your plan to simplify patient sign-up",
            "how the design team works with clinicians",
            "the accessibility audit you started this year",
        ],
        "fit": "I led a sign-up redesign at Brightline that cut drop-off by a third",
        "next_steps_question": "what are the next steps, and when do you hope to decide?",
        "extra_info": "I have since written up the sign-up case study you asked about",
    },
    "typed carelessly": {
        "interviewers": [
            {
                "name": "priya natarajan",
                "kind": "hiring_manager",
                "point": "We talked about the migration.",
            },
            {"name": "Jo Park", "kind": "recruiter"},
            {"name": "Max Weber", "kind": "coordinator"},
        ],
        "points": ["The move to a single sign-up form."],
        "fit": "i led the sign-up redesign at Brightline",
        "next_steps_question": "when will you decide.",
        "extra_info": "i wrote up the case study",
    },
    "through an agency": {
        "interviewers": [
            {"name": "Priya Natarajan", "kind": "hiring_manager", "point": "the roadmap"},
            {"name": "Dana Cole", "kind": "agency_recruiter", "email": "dana@agency.example"},
        ],
        "points": ["the roadmap"],
    },
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_letter_passes_its_own_checks(template, tone, case):
    """The composer's own letters give the checker nothing to say."""
    request = {**BASE, **CASES[case], "template": template, "tone": tone}
    answer = handle(request)
    assert answer["errors"] == []
    if template == "one-more-thing" and not request.get("extra_info"):
        # Nothing to add was typed: no draft, and a note beside the field says what to type.
        assert answer["drafts"] == []
        assert [n["field"] for n in answer["field_notes"]].count("extra_info") == 1
        return
    assert answer["drafts"]
    for draft in answer["drafts"]:
        # These cases leave out addresses; that finding is about the data, not the letter.
        own = [f for f in draft["findings"] if f["code"] != "no_address"]
        assert own == [], (draft["to_name"], draft["body"])


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_letter_reads_as_a_letter(template, tone, case):
    """Greeting and sign-off stand alone; the body is grouped in paragraphs of one to three
    sentences; no sentence starts in lower case; the reader's name closes it."""
    answer = handle({**BASE, **CASES[case], "template": template, "tone": tone})
    for draft in answer["drafts"]:
        body = draft["body"]
        if TEMPLATES[template].kind == "linkedin":
            continue
        paragraphs = body.split("\n\n")
        assert re.fullmatch(r"(Hi|Hello|Dear) [^\n]+,", paragraphs[0]), body
        assert paragraphs[-1].splitlines()[-1] == answer_name(case), body
        for paragraph in paragraphs[1:-1]:
            sentences = re.findall(r"[^.!?]+[.!?]", paragraph)
            assert 1 <= len(sentences) <= 3, paragraph
            assert all(s.strip()[0].isupper() for s in sentences), paragraph
        assert len(paragraphs) >= 3


def answer_name(case: str) -> str:
    return CASES[case].get("candidate_name", BASE["candidate_name"])
