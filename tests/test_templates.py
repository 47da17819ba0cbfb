import datetime as dt
import string
from importlib import resources
from pathlib import Path

import pytest

from composer import TEMPLATES, TONES, TemplateError, load_templates, render
from composer._drafts import Occasion, values_for
from composer._model import Details, Interviewer
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
    "competing-offer",
    "one-more-thing",
    "linkedin-note",
    "thank-you-organiser",
    "thank-you-agency",
}
FOLDER = Path(str(resources.files("composer").joinpath("templates")))


def test_every_required_template_exists():
    """The template set covers every case the guide promises."""
    assert set(TEMPLATES) >= REQUIRED_IDS


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
@pytest.mark.parametrize("tone", TONES)
def test_every_placeholder_is_a_known_field(template_id, tone):
    """Templates use only placeholders the composer fills, so none can survive rendering."""
    known = set(
        values_for(
            Details("a", "b", "c", (Interviewer("d"),)),
            Interviewer("d"),
            Occasion(dt.date(2026, 1, 5), dt.date(2026, 1, 5)),
        )
    )
    words = TEMPLATES[template_id].tone(tone)
    variants = {name for name, _ in words.variants}
    texts = [
        *words.subject,
        *(alt for para in words.paragraphs for alt in para),
        *(opt for _, options in words.variants for opt in options),
    ]
    for text in texts:
        assert set(string.Template(text).get_identifiers()) <= known | variants, text


BASE = {
    "name": "Ana",
    "formal_name": "Ana",
    "interview_when": "today",
    "role": "Designer",
    "company": "Acme",
    "signature": "Sam",
    "candidate_name": "Sam",
    "fit": "I led a redesign.",
}


def test_paragraph_with_an_empty_field_drops_out_whole():
    """An optional field left empty removes its paragraph, never leaving '$point_2' or half a sentence."""
    _, body = render(TEMPLATES["thank-you-interview"], "warm", {**BASE, "point": "the roadmap"})
    assert "the roadmap" in body
    assert "$" not in body and "hearing about" not in body


def test_alternatives_use_the_first_that_can_be_filled():
    """With two extra points the longer sentence is used; with one, the shorter."""
    base = {**BASE, "point": "p1", "point_2": "p2"}
    _, one = render(TEMPLATES["thank-you-interview"], "warm", base)
    _, two = render(TEMPLATES["thank-you-interview"], "warm", {**base, "point_3": "p3"})
    assert "hearing about p2." in one and "p3" not in one
    assert "hearing about p2 and p3." in two


def test_subject_alternatives_pick_the_first_that_fits():
    """A long role drops the reader's name from the subject before it passes the limit."""
    long_role = {**BASE, "role": "Principal Product Designer, Patient Platforms"}
    short, _ = render(TEMPLATES["thank-you-interview"], "warm", BASE, subject_max=60)
    longer, _ = render(TEMPLATES["thank-you-interview"], "warm", long_role, subject_max=60)
    assert short == "Thank you – Designer interview – Sam"
    assert len(longer) <= 60 and longer.startswith("Thank you")


def test_fill_treats_whitespace_as_empty():
    """A field of spaces counts as empty."""
    assert fill("x $a", {"a": "   "}) is None


def test_no_subject_invents_a_reply_prefix():
    """No template writes "Re:": a follow-up is sent as a real reply in the thread instead."""
    for template in TEMPLATES.values():
        for tone in TONES:
            assert not any("Re:" in subject for subject in template.tone(tone).subject)


def test_follow_ups_are_marked_as_replies_in_the_thread():
    """Check-ins, the second follow-up, closing the loop and the reply to a no go in the thread."""
    threaded = {t.id for t in TEMPLATES.values() if t.thread}
    assert {"check-in", "second-follow-up", "closing-the-loop", "after-rejection"} <= threaded
    assert "thank-you-interview" not in threaded


# ---- the loader checks each file ----------------------------------------------------------


def _copy(tmp_path: Path, edit: tuple[str, str, str] | None = None) -> list[Path]:
    """The template folder copied, with one ``(file, old, new)`` edit applied."""
    for source in FOLDER.glob("*.toml"):
        text = source.read_text("utf-8")
        if edit and source.name == edit[0]:
            assert edit[1] in text, f"{edit[1]!r} not in {source.name}"
            text = text.replace(edit[1], edit[2], 1)
        (tmp_path / source.name).write_text(text, "utf-8")
    return sorted(tmp_path.glob("*.toml"))


def test_the_copied_folder_loads_as_is(tmp_path):
    """The unedited copy loads to the same templates: the edits below are what fail."""
    assert list(load_templates(_copy(tmp_path))) == list(TEMPLATES)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            ("check-in.toml", 'kind = "check_in"', 'kind = "checkin"'),
            "check-in.toml: kind 'checkin'",
        ),
        (
            ("second-follow-up.toml", 'step = "second_follow_up"', 'step = "second_followup"'),
            "second-follow-up.toml: unknown step 'second_followup'",
        ),
        (("closing-the-loop.toml", "order = 8", "order = 7"), "order 7 is taken"),
        (
            ("check-in.toml", "thread = true", "threads = true"),
            "check-in.toml: unknown key 'threads'",
        ),
        (
            ("check-in.toml", 'audience = "main_contact"', 'audience = "boss"'),
            "unknown audience 'boss'",
        ),
        (
            ("check-in.toml", 'interview_kinds = ["screen"', 'interview_kinds = ["call"'),
            "unknown interview_kinds ['call']",
        ),
        (
            ("panel-note.toml", "[warm.variants]", "[warm.variant]"),
            "panel-note.toml [warm]: unknown key 'variant'",
        ),
    ],
)
def test_a_broken_file_fails_with_its_name_and_the_bad_key(tmp_path, edit, message):
    """Typos in a template file fail on load, naming the file and the key, instead of passing silently."""
    with pytest.raises(TemplateError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_templates(_copy(tmp_path, edit))
