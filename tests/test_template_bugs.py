"""Template bugs the letter audit found (issue 18), each with the case that showed it."""

from __future__ import annotations

from composer import handle

BASE = {
    "candidate_name": "Sam Lee",
    "company": "Acme",
    "role": "Analyst",
    "interview_date": "2026-12-08",
    "interview_time": "10:00",
    "now": "2026-12-08T14:00",
}


def _bodies(**request) -> list[str]:
    answer = handle({**BASE, **request})
    assert answer["ok"], answer["errors"]
    return [draft["body"] for draft in answer["drafts"]]


def test_the_lead_panel_note_says_its_closing_once_with_a_question_and_no_fit():
    """A question but no "why you fit": the closing paragraph is printed once, not twice."""
    for tone in ("warm", "formal"):
        lead = _bodies(
            interview_kind="panel",
            tone=tone,
            next_steps_question="when will you decide",
            interviewers=[
                {"name": "Ana Lima", "kind": "hiring_manager", "email": "a@x.org", "point": "the roadmap"},
                {"name": "Tom Ng", "email": "t@x.org"},
            ],
        )[0]
        assert lead.count("When will you decide?") == 1, lead
        paragraphs = lead.split("\n\n")
        assert len(paragraphs) == len(set(paragraphs)), lead


def test_a_company_name_ending_in_a_full_stop_gets_no_second_one():
    """"Acme Holdings, Inc." ends a sentence with one full stop, not "Inc..", in every draft."""
    for kind in ("screen", "interview", "final"):
        for body in _bodies(
            interview_kind=kind,
            company="Acme Holdings, Inc.",
            interviewers=[{"name": "Ana Lima", "email": "a@x.org", "point": "the roadmap"}],
        ):
            assert "Inc.." not in body, body


def test_a_one_to_one_final_does_not_say_the_reader_met_everyone():
    """After a final with one person, the note thanks that person, not "you and the team", and
    doesn't claim "Having met everyone"; with two people it may."""
    alone = _bodies(
        interview_kind="final",
        interviewers=[{"name": "Ana Lima", "email": "a@x.org", "point": "the roadmap"}],
    )[0]
    assert "Having met everyone" not in alone and "the team gave me" not in alone, alone
    two = _bodies(
        interview_kind="final",
        interviewers=[
            {"name": "Ana Lima", "kind": "hiring_manager", "email": "a@x.org", "point": "the roadmap"},
            {"name": "Tom Ng", "email": "t@x.org", "point": "the depot"},
        ],
    )[0]
    assert "Tom" in two.split("\n\n")[1], two


def test_one_more_thing_invents_no_link_to_the_point():
    """With something typed, "One more thing" adds it without claiming it "bears on" the point
    discussed: the candidate didn't say it does."""
    for tone in ("warm", "formal"):
        body = _bodies(
            template="one-more-thing",
            tone=tone,
            interview_kind="interview",
            extra_info="I hold a forklift licence",
            interviewers=[{"name": "Ana Lima", "email": "a@x.org", "point": "the roadmap"}],
        )[0]
        assert "forklift" in body and "bears" not in body, body


def test_no_two_notes_of_a_belated_panel_set_open_with_the_same_sentence():
    """Three days late, eight interviewers: each note's apology is its own (it was one sentence
    for all), in both tones."""
    people = [
        {"name": name, "email": f"{name.split()[0].lower()}@x.org", "point": f"topic {i}"}
        for i, name in enumerate(
            ["Ana Lima", "Tom Ng", "Priya Natarajan", "Lena Vogel", "Omar Haddad", "Kate Moss", "Ravi Rao", "Jo Park"]
        )
    ]
    for tone in ("warm", "formal"):
        bodies = _bodies(
            interview_kind="panel", tone=tone, interviewers=people, now="2026-12-11T10:00"
        )
        openings = [body.split("\n\n")[1].split(". ")[0] for body in bodies]
        apology = ("sorry", "pologi", "late", "forgive", "sooner", "overdue", "regret", "excuse", "delay")
        assert all(any(word in opening.lower() for word in apology) for opening in openings), openings
        assert len(bodies) == 8 and len(set(openings)) == 8, openings


def test_a_formal_note_after_a_phone_screen_never_says_meeting():
    """A phone or video screen was a call: the formal belated thank-you and "One more thing" thank
    them for speaking with the reader, not for "meeting" them."""
    screen = {
        "interview_kind": "screen",
        "tone": "formal",
        "interviewers": [{"name": "Ana Lima", "email": "a@x.org", "point": "the roadmap"}],
    }
    belated = _bodies(**screen, now="2026-12-11T10:00")[0]
    extra = _bodies(**screen, template="one-more-thing", extra_info="I hold a forklift licence")[0]
    for body in (belated, extra):
        assert "meeting with me" not in body and "speaking with me" in body, body
