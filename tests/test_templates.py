import string

import pytest

from composer import TEMPLATES, TONES, render
from composer._templates import fill

REQUIRED_IDS = {
    "thank-you-screen",
    "thank-you-interview",
    "thank-you-final",
    "panel-note",
    "belated-thank-you",
    "check-in",
    "second-follow-up",
    "closing-the-loop",
    "after-rejection",
    "one-more-thing",
    "linkedin-note",
}


def test_every_required_template_exists():
    """The template set covers every case the guide promises."""
    assert set(TEMPLATES) >= REQUIRED_IDS


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
@pytest.mark.parametrize("tone", TONES)
def test_every_placeholder_is_a_known_field(template_id, tone):
    """Templates use only placeholders the composer fills, so none can survive rendering."""
    import datetime as dt

    from composer._drafts import values_for
    from composer._model import Details, Interviewer

    known = set(
        values_for(
            Details("a", "b", "c", (Interviewer("d"),)),
            Interviewer("d"),
            interview_day=dt.date(2026, 1, 5),
            today=dt.date(2026, 1, 5),
        )
    )
    words = TEMPLATES[template_id].tone(tone)
    variants = {name for name, _ in words.variants}
    texts = [
        words.subject,
        *(alt for para in words.paragraphs for alt in para),
        *(opt for _, options in words.variants for opt in options),
    ]
    for text in texts:
        assert set(string.Template(text).get_identifiers()) <= known | variants, text


def test_paragraph_with_an_empty_field_drops_out_whole():
    """An optional field left empty removes its paragraph, never leaving '$point_2' or half a sentence."""
    values = {
        "interviewer_first_name": "Ana",
        "interviewer_name": "Ana Lima",
        "interview_when": "today",
        "role": "Designer",
        "company": "Acme",
        "signature": "Sam",
        "point_1": "the roadmap",
    }
    _, body = render(TEMPLATES["thank-you-interview"], "warm", values)
    assert "the roadmap" in body
    assert "$" not in body and "hearing about" not in body


def test_alternatives_use_the_first_that_can_be_filled():
    """With two extra points the longer sentence is used; with one, the shorter."""
    base = {
        "interviewer_first_name": "A",
        "interview_when": "today",
        "role": "R",
        "company": "C",
        "signature": "S",
        "point_1": "p1",
        "point_2": "p2",
    }
    _, one = render(TEMPLATES["thank-you-interview"], "warm", base)
    _, two = render(TEMPLATES["thank-you-interview"], "warm", {**base, "point_3": "p3"})
    assert "hearing about p2." in one and "p3" not in one
    assert "hearing about p2, and p3 sounds like" in two and "hearing about p2." not in two


def test_fill_treats_whitespace_as_empty():
    """A field of spaces counts as empty."""
    assert fill("x $a", {"a": "   "}) is None
