"""The request schema: every field the reader can fill in, declared once.

The parser reads fields by these names, labels and limits; the build hook
draws the composer page's form from them; the command line takes a flag for
each top-level field; the tests take their field list from here. A new field
is one entry below (and a use for it in a template or the plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ._model import INTERVIEW_KINDS, LINKEDIN_ACCOUNTS, PERSON_KINDS, REPLY_KINDS, SENT_KINDS
from ._rules import RULES
from ._templates import TEMPLATES

__all__ = [
    "FIELDS",
    "GROUPS",
    "HAPPENED",
    "HISTORY",
    "INTERVIEW_WORDS",
    "PERSON",
    "REPLY_WORDS",
    "ROUND",
    "SENT",
    "SENT_WORDS",
    "WORKING_WEEKS",
    "Field",
    "Group",
    "field",
]

# "region" is a select whose choices the build draws from the holiday data, and
# "zone" a text input the page offers every zone its browser knows for: neither
# list is in the schema, so importing it stays cheap in the browser.
Widget = Literal[
    "text",
    "textarea",
    "email",
    "date",
    "time",
    "datetime",
    "select",
    "radio",
    "lines",
    "region",
    "zone",
    "happened",
]

WORKING_WEEKS: dict[str, frozenset[int]] = {
    "": frozenset(),  # the region's own week (Monday to Friday unless rules.toml says otherwise)
    "mon-fri": frozenset(range(5)),
    "sun-thu": frozenset({6, 0, 1, 2, 3}),
    "mon-sat": frozenset(range(6)),
}
"""The employer's working weeks a reader can pick, Monday being 0."""


@dataclass(frozen=True, slots=True)
class Field:
    """One input: what it is called, how it is typed in, and what it may hold.

    ``noun`` names the field inside an error message ("Please fill in *the
    company*."). ``choices`` pairs each value with the words the form shows.
    ``flag`` is the command line's name for it, when not the field's own.
    """

    name: str
    widget: Widget
    label: str
    noun: str
    help: str = ""
    required: bool = False
    optional_note: str = ""
    choices: tuple[tuple[str, str], ...] = ()
    default: str = ""
    limit: int = RULES.field_max_chars
    flag: str = ""
    autocomplete: str = ""
    placeholder: str = ""
    folded: bool = False
    """In a row, drawn under the row's own "Add…" toggle: rarely needed, out of the way."""


@dataclass(frozen=True, slots=True)
class Group:
    """A fieldset of the form, in page order."""

    id: str
    legend: str
    fields: tuple[Field, ...]
    intro: str = ""
    more: bool = False
    """Optional: drawn folded, under "Add more", so the quick path stays short."""


def _labels(values: tuple[str, ...], words: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((value, words[value]) for value in values)


PERSON: tuple[Field, ...] = (
    Field("name", "text", "Name", "their name", required=True),
    Field(
        "kind",
        "select",
        "Their part",
        "their part",
        choices=_labels(
            PERSON_KINDS,
            {
                "interviewer": "Interviewer",
                "hiring_manager": "Hiring manager",
                "recruiter": "Recruiter (at the company)",
                "agency_recruiter": "Recruiter (at an agency)",
                "coordinator": "Coordinator",
                "reference": "Gave me a reference",
                "introducer": "Introduced or referred me",
            },
        ),
        default="interviewer",
    ),
    Field(
        "salutation",
        "text",
        "How they'd like to be addressed",
        "the salutation",
        optional_note='optional, like "Dr Okafor"',
        folded=True,
    ),
    Field("email", "email", "Email", "the email address", optional_note="optional"),
    Field(
        "point",
        "text",
        "What you talked about with them",
        "the point you discussed",
        optional_note="optional; their note is built on it",
        placeholder="like: your plan to simplify sign-up",
    ),
)
"""One row of the people list."""

SENT_WORDS: dict[str, str] = {
    "thank_you": "Thank-you",
    "check_in": "Check-in",
    "second_follow_up": "Second follow-up",
    "closing": "Closing the loop",
    "after_rejection": "Reply to a rejection",
    "competing_offer": "Note about another offer",
    "next_round_reply": "Reply to an invitation to the next round",
    "offer_reply": "Reply to an offer",
    "sent_what_they_asked": "What they asked for",
    "withdrawal": "Withdrawal",
    "other": "Something else",
}
"""How the form names each kind of message sent."""

REPLY_WORDS: dict[str, str] = {
    "new_date": "They gave a new date",
    "next_round": "They invited me to the next round",
    "offer": "They made an offer",
    "on_hold": "They put it on hold",
    "asked": "They asked for something (references, a sample)",
    "rejection": "They said no",
    "other": "They replied, with no date",
}
"""How the form names each kind of reply."""

INTERVIEW_WORDS: dict[str, str] = {
    "screen": "Phone or video screen",
    "interview": "Interview",
    "final": "Final round",
    "panel": "Panel",
}
"""How the form names each kind of interview."""

SENT: tuple[Field, ...] = (
    Field(
        "kind",
        "select",
        "What you sent",
        "what you sent",
        choices=_labels(SENT_KINDS, SENT_WORDS),
        default="thank_you",
    ),
    Field("date", "date", "Date sent", "the date you sent it", required=True),
)
"""One row of the messages already sent (the older ``sent`` list; the page writes ``history``)."""

HAPPENED: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("I sent", tuple((f"sent:{kind}", words) for kind, words in _labels(SENT_KINDS, SENT_WORDS))),
    ("They replied", tuple((f"reply:{kind}", w) for kind, w in _labels(REPLY_KINDS, REPLY_WORDS))),
    ("Something else", (("note", "A note for myself"),)),
)
"""The page's one "What happened" select: ``event:kind`` values, grouped by who acted."""

HISTORY: tuple[Field, ...] = (
    Field("what", "happened", "What happened", "what happened", default="sent:thank_you"),
    Field("date", "date", "Date", "the date of this entry", required=True),
    Field(
        "to",
        "text",
        "To",
        "who it went to",
        optional_note="optional; empty means everyone",
        placeholder="Everyone",
    ),
    Field(
        "scheduled_for",
        "datetime",
        "Scheduled to go at",
        "when it is scheduled",
        optional_note="optional; for a message you scheduled",
    ),
    Field("new_date", "date", "The date they gave", "the date they gave"),
    Field("text", "text", "Note", "the note", optional_note="optional"),
)
"""One entry of the history: a message sent, a reply, or a note (``event`` and ``kind`` in the API)."""

ROUND: tuple[Field, ...] = (
    Field(
        "kind",
        "select",
        "Kind",
        "the kind of interview",
        choices=_labels(INTERVIEW_KINDS, INTERVIEW_WORDS),
        default="interview",
    ),
    Field("date", "date", "Date", "the date of this round", required=True),
    Field("time", "time", "Start time", "the time this round started", required=True),
)
"""An earlier round on the page: its kind, date and time (its people are kept with it)."""

GROUPS: tuple[Group, ...] = (
    Group(
        "interview",
        "The interview",
        (
            Field("interview_date", "date", "Date", "the interview date", required=True),
            Field("interview_time", "time", "Start time", "the interview time", required=True),
            Field(
                "interview_kind",
                "radio",  # one tap, where a select takes two
                "Kind of interview",
                "the kind of interview",
                choices=_labels(INTERVIEW_KINDS, INTERVIEW_WORDS),
                default="interview",
                flag="kind",
            ),
            Field(
                "company",
                "text",
                "Company",
                "the company",
                required=True,
                autocomplete="organization",
            ),
            Field("role", "text", "Role", "the role", required=True),
        ),
    ),
    Group(
        "people",
        "Who you met",
        (),
        intro="Each person gets their own thank-you, built on what you talked about.",
    ),
    Group(
        "you",
        "You",
        (
            Field(
                "candidate_name",
                "text",
                "Your name",
                "your name",
                required=True,
                autocomplete="name",
                flag="name",
            ),
        ),
    ),
    Group(
        "employer",
        "Where they are",
        (
            Field(
                "region",
                "region",
                "Where the employer is",
                "the employer's region",
                help="Sets their public holidays and local norms. A new application starts with "
                "a guess from your browser's language: change it if the employer is elsewhere.",
                optional_note="optional",
            ),
            Field(
                "time_zone",
                "zone",
                "Their time zone",
                "their time zone",
                optional_note="their working hours count",
                placeholder="Same as yours",
            ),
            Field(
                "working_week",
                "select",
                "Their working week",
                "their working week",
                choices=(
                    ("", "Usual for where they are"),
                    ("mon-fri", "Monday to Friday"),
                    ("sun-thu", "Sunday to Thursday"),
                    ("mon-sat", "Monday to Saturday"),
                ),
            ),
            Field(
                "decision_date",
                "date",
                "When they said they would decide",
                "the decision date",
                optional_note="optional",
            ),
        ),
        more=True,
    ),
    Group(
        "talk",
        "What you talked about",
        (
            Field(
                "fit",
                "textarea",
                "Why you fit",
                "why you fit",
                optional_note="optional; a sentence, like “I led…”",
            ),
            Field(
                "next_steps_question",
                "text",
                "A question about next steps",
                "your question",
                optional_note="optional",
                flag="question",
            ),
            Field(
                "extra_info",
                "text",
                "Something you forgot to mention",
                "the extra information",
                optional_note='optional, for "one more thing"',
            ),
            Field(
                "offer_deadline",
                "date",
                "Another offer's deadline",
                "your other offer's deadline",
                optional_note="optional; drafts a note asking about their timeline",
            ),
        ),
        more=True,
    ),
    Group(
        "yours",
        "Your signature and calendar",
        (
            Field(
                "signature",
                "textarea",
                "Signature",
                "your signature",
                optional_note="optional; your name if empty",
            ),
            Field(
                "reader_time_zone",
                "zone",
                "Your time zone",
                "your time zone",
                optional_note="from this device; dates and times you type are in it",
            ),
            Field(
                "days_off",
                "lines",
                "Your days off",
                "the day off",
                optional_note="optional; one date per line, like 2026-12-24",
            ),
        ),
        more=True,
    ),
    Group(
        "message",
        "The message",
        (
            Field(
                "template",
                "select",
                "Template",
                "the template",
                choices=(
                    ("", "Recommended for now"),
                    *((t.id, t.title) for t in TEMPLATES.values()),
                ),
            ),
            Field(
                "tone",
                "radio",
                "Tone",
                "the tone",
                choices=(("warm", "Warm"), ("formal", "Formal")),
                default="warm",
            ),
            Field(
                "linkedin_account",
                "select",
                "Your LinkedIn account",
                "your LinkedIn account",
                optional_note="sets the length of a connection note",
                choices=_labels(
                    LINKEDIN_ACCOUNTS,
                    {
                        "free": f"Free ({RULES.linkedin_free_chars} characters)",
                        "premium": f"Premium ({RULES.linkedin_premium_chars} characters)",
                    },
                ),
                default="free",
            ),
        ),
        more=True,
    ),
    Group(
        "since",
        "What has happened since",
        (),
        intro="Each message you send and each reply they give, in date order. The plan reads "
        "all of it, and nothing is overwritten: correct or remove any entry.",
    ),
)
"""The form, fieldset by fieldset: the quick path first (the interview, the people, your
name), then what is optional, folded under "Add more", then the history."""

FIELDS: dict[str, Field] = {f.name: f for group in GROUPS for f in group.fields}
"""Every top-level field by name (``points.0``, ``reply.kind`` and the rest)."""


def field(name: str) -> Field:
    """The field called ``name``, in a row too (``interviewers.2.email``, ``sent.0.date``).

    Example:
        >>> field("interviewers.2.email").noun, field("company").required
        ('the email address', True)
    """
    head, _, rest = name.partition(".")
    rows = {"interviewers": PERSON, "sent": SENT, "history": HISTORY}
    if head == "rounds" and rest:
        # rounds.1.date is the round's own field; rounds.1.people.0.name a person's.
        rows["rounds"] = PERSON if ".people." in name else ROUND
    if head in rows and rest:
        last = rest.rpartition(".")[2]
        return next(f for f in rows[head] if f.name == last)
    return FIELDS[name]
