import json

from hypothesis import given, settings
from hypothesis import strategies as st

from composer import call, handle, handle_json
from composer._cli import sample_request

SAMPLE = sample_request()
PLACEHOLDER_MARKS = ("$", "{{", "XXX")


def test_sample_answer_has_plan_draft_checks_and_exports():
    """One request returns the plan, the drafts with their findings, the mailto link and the .ics."""
    answer = handle(SAMPLE)
    assert answer["ok"] and answer["errors"] == []
    assert answer["plan"]["status"] == "send_now"
    draft = answer["drafts"][0]
    assert "Priya" in draft["body"] and SAMPLE["points"][0] in draft["body"]
    assert draft["findings"] == []
    assert draft["mailto"].startswith("mailto:priya@northwind.example?subject=")
    assert (
        answer["ics"].startswith("BEGIN:VCALENDAR")
        and answer["ics_filename"] == "follow-ups-northwind-health.ics"
    )


def test_edited_text_is_checked_instead_of_the_generated_one():
    """An edit replaces the draft, and the checks run on the edited text."""
    answer = handle({**SAMPLE, "edits": [{"subject": "Hi", "body": "Dear [Name], thanks!!"}]})
    draft = answer["drafts"][0]
    assert draft["edited"] and draft["body"] == "Dear [Name], thanks!!"
    assert {"placeholder", "exclamations"} <= {f["code"] for f in draft["findings"]}


def test_bad_json_and_unknown_functions():
    """Unreadable JSON gets a field error; only allow-listed functions can be called."""
    assert json.loads(handle_json("{nope"))["errors"][0]["code"] == "invalid_request"
    try:
        call("__import__", "{}")
    except ValueError as error:
        assert "unknown function" in str(error)
    else:
        raise AssertionError("an unknown function was called")


text = st.text(max_size=120)
date_text = st.one_of(st.dates().map(str), text)
person = st.fixed_dictionaries({"name": text, "email": text, "point": text, "title": text})


@settings(max_examples=150, deadline=None)
@given(
    fields=st.fixed_dictionaries(
        {
            "candidate_name": text,
            "company": text,
            "role": text,
            "fit": text,
            "next_steps_question": text,
            "interview_date": date_text,
            "interview_time": st.sampled_from(["10:00", "23:59", "", "7"]),
            "decision_date": date_text,
            "now": st.one_of(st.datetimes().map(lambda d: d.isoformat()), text),
            "interviewers": st.lists(person, max_size=4),
            "points": st.lists(text, max_size=4),
            "interview_kind": st.sampled_from(["screen", "interview", "final", "panel", "??"]),
            "sent": st.lists(
                st.fixed_dictionaries(
                    {"kind": st.sampled_from(["thank_you", "check_in", "x"]), "date": date_text}
                ),
                max_size=4,
            ),
            "template": st.sampled_from([None, "panel-note", "linkedin-note", "check-in", "bogus"]),
            "tone": st.sampled_from(["warm", "formal", "loud"]),
        }
    )
)
def test_any_input_gives_an_answer_or_field_errors_never_an_exception(fields):
    """Whatever is typed, handle answers; errors name fields; drafts keep no template placeholder."""
    answer = handle(fields)
    assert answer["ok"] == (answer["errors"] == [])
    assert all(isinstance(e["field"], str) and e["message"] for e in answer["errors"])
    typed = json.dumps(fields)
    for draft in answer["drafts"]:
        for mark in PLACEHOLDER_MARKS:
            # A mark may appear only if the reader typed it themselves.
            assert mark not in draft["body"] or mark in typed
    json.dumps(answer)  # the answer is always JSON-safe


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELD_NAMES = [
    "candidate_name",
    "company",
    "role",
    "interviewers",
    "interview_kind",
    "interview_date",
    "interview_time",
    "decision_date",
    "points",
    "fit",
    "next_steps_question",
    "extra_info",
    "signature",
    "sent",
    "reply",
    "days_off",
    "now",
    "template",
    "tone",
    "edits",
]


@settings(max_examples=300, deadline=None)
@given(fields=st.dictionaries(st.sampled_from(FIELD_NAMES), json_values))
def test_any_json_shape_gives_field_errors_never_an_exception(fields):
    """Wrong types anywhere (lists for names, numbers for dates...) become field errors, not crashes."""
    answer = json.loads(handle_json(json.dumps(fields)))
    assert answer["ok"] == (answer["errors"] == [])
