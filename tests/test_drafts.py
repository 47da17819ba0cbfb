import datetime as dt
import itertools
import re

import pytest

from composer import Details, Interviewer, Occasion, compose, recommended_template, route_step
from composer._drafts import values_for

PANEL = (
    Interviewer(
        "Priya Natarajan", point="patient sign-up", email="p@x.example", kind="hiring_manager"
    ),
    Interviewer("Tom Becker", point="design hand-over"),
    Interviewer("Ana Lima", point="the booking screen"),
)
DETAILS = Details("Sam Rivera", "Northwind", "Product Designer", PANEL, "panel")
DAY = dt.date(2026, 11, 23)
TODAY = Occasion(DAY, DAY)


def drafts_for(step, details=DETAILS, tone="warm", occasion=TODAY):
    routes = route_step(step, details.interview_kind, details.interviewers)
    return compose(routes, tone, details, occasion)


def test_panel_gets_one_note_per_interviewer_built_on_their_own_point():
    """Each panel member gets a note naming them and their point."""
    drafts = drafts_for("thank_you")
    assert [d.to_name for d in drafts] == ["Priya Natarajan", "Tom Becker", "Ana Lima"]
    for draft, person in zip(drafts, PANEL, strict=True):
        assert draft.body.startswith(f"Hi {person.first_name},")
        assert person.point in draft.body


def test_follow_ups_go_to_one_main_contact():
    """A check-in goes to the hiring manager only, with their email."""
    (draft,) = drafts_for("check_in")
    assert (draft.to_name, draft.to_email, draft.template) == (
        "Priya Natarajan",
        "p@x.example",
        "check-in",
    )


def test_typed_punctuation_does_not_double_up():
    """A point typed with a full stop, or a question without its mark, reads as a sentence should."""
    details = Details(
        "Sam",
        "Acme",
        "Designer",
        (Interviewer("Ana"),),
        points=("the roadmap.",),
        next_steps_question="when will you decide",
    )
    (draft,) = drafts_for("thank_you", details)
    assert "about the roadmap." in draft.body
    assert "When will you decide?" in draft.body
    assert ".." not in draft.body


def test_recommended_template_follows_the_kind_of_interview():
    """A thank-you after a screen, a panel or a final round picks the matching template."""
    assert recommended_template("thank_you", "screen") == "thank-you-screen"
    assert recommended_template("thank_you", "final") == "thank-you-final"
    assert recommended_template("belated_thank_you", "panel") == "belated-thank-you"


def test_dollar_signs_typed_by_the_reader_stay_literal():
    """Text with '$' in it is the reader's, never treated as a placeholder (found by Hypothesis)."""
    panel = (Interviewer("Ana Lima", title="$", point="the $5 price"), Interviewer("Tom"))
    details = Details("Sam", "Acme $", "Designer", panel, "panel")
    drafts = drafts_for("thank_you", details)
    assert "the $5 price" in drafts[0].body and "Acme $" in drafts[0].body


def test_a_note_for_next_week_is_worded_for_next_week():
    """The same check-in reads "on Monday" when sent 3 days after, "on 23 November" a week after."""
    soon = values_for(DETAILS, PANEL[0], Occasion(DAY, dt.date(2026, 11, 26)))
    later = values_for(DETAILS, PANEL[0], Occasion(DAY, dt.date(2026, 11, 30)))
    assert soon["interview_when"] == "on Monday" and later["interview_when"] == "on 23 November"


def _sentences(text: str) -> set[str]:
    """Sentences of eight words or more, without the greeting."""
    body = text.split("\n", 1)[1]
    found = re.findall(r"[^.!?\n]+[.!?]", body)
    return {" ".join(s.split()) for s in found if len(s.split()) >= 8}


NAMES = [
    "Priya Natarajan",
    "Tom Becker",
    "Ana Lima",
    "Kwame Mensah",
    "Li Wei",
    "Sofia Rossi",
    "Omar Haddad",
    "Grace O'Neill",
]


@pytest.mark.parametrize("size", range(1, 9))
@pytest.mark.parametrize("tone", ["warm", "formal"])
@pytest.mark.parametrize("kind", ["panel", "interview", "final", "screen"])
@pytest.mark.parametrize("with_points", [True, False])
@pytest.mark.parametrize("step", ["thank_you", "belated_thank_you"])
def test_no_two_notes_in_a_set_share_a_long_sentence(size, tone, kind, with_points, step):
    """Interviewers compare notes: no sentence of 8 or more words appears in two notes of one set."""
    people = tuple(
        Interviewer(name, kind="hiring_manager" if i == 0 else "interviewer", point="")
        for i, name in enumerate(NAMES[:size])
    )
    points = ("the roadmap", "the audit", "the hand-over") if with_points else ()
    details = Details(
        "Sam Rivera",
        "Northwind",
        "Product Designer",
        people,
        kind,
        points=points,
        fit="I led a redesign that cut drop-off by a third",
        next_steps_question="what comes next",
    )
    drafts = drafts_for(
        step, details, tone, Occasion(DAY, dt.date(2026, 11, 27), late=step != "thank_you")
    )
    assert len(drafts) == size
    for one, other in itertools.combinations(drafts, 2):
        assert not _sentences(one.body) & _sentences(other.body), (one.to_name, other.to_name)
