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
    assert [d["to_name"] for d in answer["drafts"]] == ["Priya Natarajan", "Tom Becker", "Ana Lima"]
    draft = answer["drafts"][0]
    assert "Priya" in draft["body"] and SAMPLE["points"][0] in draft["body"]
    assert all(d["findings"] == [] for d in answer["drafts"])
    assert draft["mailto"].startswith("mailto:priya@northwind.example?subject=")
    assert (
        answer["ics"].startswith("BEGIN:VCALENDAR")
        and answer["ics_filename"] == "follow-ups-northwind-health.ics"
    )


def test_edited_text_is_checked_instead_of_the_generated_one():
    """An edit replaces the draft it is keyed to, and the checks run on the edited text."""
    key = handle(SAMPLE)["drafts"][0]["key"]
    answer = handle(
        {**SAMPLE, "edits": [{"key": key, "subject": "Hi", "body": "Dear [Name], thanks!!"}]}
    )
    draft = answer["drafts"][0]
    assert draft["edited"] and draft["body"] == "Dear [Name], thanks!!"
    assert draft["generated"]["body"].startswith("Hi Priya,")
    assert {"placeholder", "exclamations"} <= {f["code"] for f in draft["findings"]}
    assert not answer["drafts"][1]["edited"]


def test_an_edit_follows_its_person_not_the_list_position():
    """Edit Priya's note, then remove Priya: Tom's note is untouched, and Priya's edit goes nowhere."""
    first = handle(SAMPLE)["drafts"]
    edits = [{"key": first[0]["key"], "subject": "S", "body": "Hi Priya, my own words."}]
    without_priya = {**SAMPLE, "interviewers": SAMPLE["interviewers"][1:], "edits": edits}
    drafts = handle(without_priya)["drafts"]
    assert [d["to_name"] for d in drafts] == ["Tom Becker", "Ana Lima"]
    assert not any(d["edited"] or "Priya" in d["body"] for d in drafts)
    assert drafts[0]["mailto"].startswith("mailto:tom@northwind.example")


def test_an_edit_over_the_limit_is_reported_beside_its_draft():
    """An edited draft too long to check comes back with a message on that draft, not lost."""
    key = handle(SAMPLE)["drafts"][1]["key"]
    answer = handle({**SAMPLE, "edits": [{"key": key, "subject": "S", "body": "x" * 10_001}]})
    assert "Shorten the draft" in answer["drafts"][1]["edit_error"]
    assert answer["drafts"][0]["edit_error"] is None


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
person = st.fixed_dictionaries(
    {
        "name": text,
        "email": text,
        "point": text,
        "title": text,
        "salutation": text,
        "kind": st.sampled_from(
            ["interviewer", "hiring_manager", "recruiter", "agency_recruiter", "coordinator", "?"]
        ),
    }
)


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
            "template": st.sampled_from(
                [None, "panel-note", "linkedin-note", "check-in", "thank-you-agency", "bogus"]
            ),
            "offer_deadline": date_text,
            "linkedin_account": st.sampled_from(["free", "premium", "gold"]),
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
    "offer_deadline",
    "linkedin_account",
    "page_url",
]


@settings(max_examples=300, deadline=None)
@given(fields=st.dictionaries(st.sampled_from(FIELD_NAMES), json_values))
def test_any_json_shape_gives_field_errors_never_an_exception(fields):
    """Wrong types anywhere (lists for names, numbers for dates...) become field errors, not crashes."""
    answer = json.loads(handle_json(json.dumps(fields)))
    assert answer["ok"] == (answer["errors"] == [])


@settings(max_examples=300, deadline=None)
@given(raw=st.text(max_size=200) | st.binary(max_size=100).map(lambda b: b.decode("latin-1")))
def test_arbitrary_text_never_raises(raw):
    """Any text at all, JSON or not, gets a JSON answer."""
    json.loads(handle_json(raw))


surrogates = st.text(
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=3
)
nasty = st.text(st.characters(codec=None, exclude_categories=()), max_size=30) | surrogates


@settings(max_examples=300, deadline=None)
@given(
    name=nasty,
    company=nasty,
    point=nasty,
    day_off=nasty,
    edit=nasty,
)
def test_lone_surrogates_and_control_characters_become_field_errors(
    name, company, point, day_off, edit
):
    """JSON text with a lone surrogate ("\\ud800", half a pasted emoji) or control characters is
    answered with field errors, and the answer is valid UTF-8 JSON."""
    request = {
        **SAMPLE,
        "candidate_name": name,
        "company": company,
        "points": [point],
        "days_off": [day_off],
        "edits": [{"key": "thank-you-interview|priya natarajan", "subject": edit, "body": edit}],
    }
    reply = handle_json(json.dumps(request))  # ensure_ascii keeps surrogates as \ud800 escapes
    reply.encode("utf-8")
    answer = json.loads(reply)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in json.loads(json.dumps(name))):  # a pair combines
        assert ("candidate_name", "broken_character") in {
            (e["field"], e["code"]) for e in answer["errors"]
        }


def test_a_lone_surrogate_in_json_text_gets_a_field_error():
    """The exact case from the issue: JSON "\\ud800" in a name."""
    answer = json.loads(handle_json(json.dumps({**SAMPLE, "company": "Acme \ud800"})))
    assert answer["errors"][0]["field"] == "company"
    assert "broken character" in answer["errors"][0]["message"]
