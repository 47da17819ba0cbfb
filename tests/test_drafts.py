import datetime as dt

from composer import TEMPLATES, Details, Interviewer, compose, recommended_template

PANEL = (
    Interviewer("Priya Natarajan", point="patient sign-up", email="p@x.example"),
    Interviewer("Tom Becker", point="design hand-over"),
    Interviewer("Ana Lima", point="the booking screen"),
)
DETAILS = Details("Sam Rivera", "Northwind", "Product Designer", PANEL, "panel")
DAY = dt.date(2026, 11, 23)


def test_panel_gets_one_note_per_interviewer_built_on_their_own_point():
    """Each panel member gets a note naming them and their point."""
    drafts = compose(TEMPLATES["panel-note"], "warm", DETAILS, interview_day=DAY, today=DAY)
    assert [d.to_name for d in drafts] == ["Priya Natarajan", "Tom Becker", "Ana Lima"]
    for draft, person in zip(drafts, PANEL, strict=True):
        assert draft.body.startswith(f"Hi {person.first_name},")
        assert person.point in draft.body


def test_panel_notes_do_not_read_as_copies():
    """No two panel notes share an opening or a point sentence."""
    drafts = compose(TEMPLATES["panel-note"], "formal", DETAILS, interview_day=DAY, today=DAY)
    openings = [d.body.split("\n\n")[1] for d in drafts]
    point_lines = [d.body.split("\n\n")[2] for d in drafts]
    assert len(set(openings)) == len(drafts)
    assert len(set(point_lines)) == len(drafts)


def test_non_panel_templates_write_to_the_first_interviewer_only():
    """A normal thank-you has one recipient, with their email."""
    (draft,) = compose(
        TEMPLATES["thank-you-interview"], "warm", DETAILS, interview_day=DAY, today=DAY
    )
    assert (draft.to_name, draft.to_email) == ("Priya Natarajan", "p@x.example")


def test_typed_punctuation_does_not_double_up():
    """A point typed with a full stop does not produce '..' in the sentence."""
    details = Details(
        "Sam",
        "Acme",
        "Designer",
        (Interviewer("Ana"),),
        points=("the roadmap.",),
        next_steps_question="when will you decide",
    )
    (draft,) = compose(
        TEMPLATES["thank-you-interview"], "warm", details, interview_day=DAY, today=DAY
    )
    assert "the roadmap stayed" in draft.body
    assert "when will you decide?" in draft.body
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
    drafts = compose(TEMPLATES["panel-note"], "warm", details, interview_day=DAY, today=DAY)
    assert "the $5 price" in drafts[0].body and "Acme $" in drafts[0].body
