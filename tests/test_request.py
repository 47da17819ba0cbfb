import pytest

from composer import parse_request

BASE = {
    "now": "2026-11-23T15:00",
    "interview_date": "2026-11-23",
    "interview_time": "10:00",
    "candidate_name": "Sam",
    "company": "Acme",
    "role": "Designer",
    "interviewers": [{"name": "Ana"}],
}


def errors(**changes):
    _, found = parse_request({**BASE, **changes})
    return {(e.field, e.code) for e in found}


def test_a_complete_request_has_no_errors():
    """The minimal complete request parses clean."""
    request, found = parse_request(BASE)
    assert found == () and request.timeline is not None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"interview_date": "2026-02-30"}, ("interview_date", "invalid_date")),
        ({"interview_date": "next tuesday"}, ("interview_date", "invalid_date")),
        ({"interview_date": "1900-01-01"}, ("interview_date", "date_out_of_range")),
        ({"interview_time": "25:00"}, ("interview_time", "invalid_time")),
        ({"decision_date": "2026-11-20"}, ("decision_date", "decision_before_interview")),
        (
            {"sent": [{"kind": "thank_you", "date": "2026-11-01"}]},
            ("sent.0.date", "sent_before_interview"),
        ),
        ({"candidate_name": "  "}, ("candidate_name", "required")),
        ({"company": "x" * 1001}, ("company", "too_long")),
        ({"role": "Design\x00er"}, ("role", "control_chars")),
        (
            {"interviewers": [{"name": "Ana", "email": "not an email"}]},
            ("interviewers.0.email", "invalid_email"),
        ),
        ({"interviewers": []}, ("interviewers.0.name", "required")),
        ({"interview_kind": "dinner"}, ("interview_kind", "invalid_choice")),
        ({"reply": {"kind": "new_date", "date": "2026-11-25"}}, ("reply.new_date", "required")),
        ({"points": ["a", "b", "c", "d"]}, ("points", "too_many")),
        ({"template": "nope"}, ("template", "invalid_choice")),
        ({"now": "yesterday-ish"}, ("now", "invalid_datetime")),
    ],
)
def test_bad_input_gets_a_named_error_on_its_field(changes, expected):
    """Each kind of bad input produces an error naming the field and the problem."""
    assert expected in errors(**changes)


def test_every_error_message_tells_the_reader_what_to_do():
    """Messages are sentences for people, not codes."""
    _, found = parse_request({"now": "2026-11-23T10:00"})
    assert found and all(e.message[0].isupper() and e.message.endswith(".") for e in found)


def test_bad_timing_fields_drop_the_timeline_but_keep_details():
    """A bad date stops the plan, yet the typed details are kept for the draft."""
    request, _ = parse_request({**BASE, "interview_date": "2026-13-01"})
    assert request.timeline is None
    assert request.details.company == "Acme"


def test_now_with_offset_keeps_local_wall_time():
    """The reader's clock is read as local wall time; the UTC moment is kept for DTSTAMP."""
    request, _ = parse_request({**BASE, "now": "2026-11-23T15:00:00+01:00"})
    assert request.employer_now.hour == 15 and request.employer_now.tzinfo is None
    assert request.now_utc is not None and request.now_utc.hour == 14


def test_multiline_text_allows_newlines_only_where_expected():
    """A signature may have line breaks; a name may not."""
    assert ("signature", "control_chars") not in errors(signature="Sam\nDesigner")
    assert ("candidate_name", "control_chars") in errors(candidate_name="Sam\nRivera")


def test_error_names_match_the_page_form():
    """Points and days off report errors under the names of the page's own inputs."""
    found = errors(points=["ok", "x\x00"], days_off=["2026-12-24", "Christmas"])
    assert ("points.1", "control_chars") in found
    assert ("days_off", "invalid_date") in found


def test_a_half_filled_sent_row_keeps_the_plan():
    """A sent row with no date is reported on its field, and the plan is still made without it."""
    request, found = parse_request({**BASE, "sent": [{"kind": "check_in", "date": ""}]})
    assert ("sent.0.date", "required") in {(e.field, e.code) for e in found}
    assert request.timeline is not None and request.timeline.sent == ()


def test_a_half_filled_reply_keeps_the_plan():
    """A new-date reply with no new date is reported, and the plan goes on without the reply."""
    request, found = parse_request({**BASE, "reply": {"kind": "new_date", "date": "2026-11-25"}})
    assert ("reply.new_date", "required") in {(e.field, e.code) for e in found}
    assert request.timeline is not None and request.timeline.reply is None


def test_people_have_a_part_and_a_salutation():
    """Each person's part in the process and salutation are read; an unknown part is an error."""
    people = [
        {"name": "Dr. Amara Okafor", "kind": "hiring_manager", "salutation": "Dr Okafor"},
        {"name": "Jo", "kind": "boss"},
    ]
    request, found = parse_request({**BASE, "interviewers": people})
    first = request.details.interviewers[0]
    assert (first.kind, first.salutation, first.first_name) == (
        "hiring_manager",
        "Dr Okafor",
        "Amara",
    )
    assert ("interviewers.1.kind", "invalid_choice") in {(e.field, e.code) for e in found}


def test_only_a_plain_web_address_is_kept_for_the_calendar():
    """The page address goes into the .ics only if it is a plain http(s) URL."""
    good, _ = parse_request({**BASE, "page_url": "https://sam.github.io/after/composer/"})
    bad, _ = parse_request({**BASE, "page_url": "javascript:alert(1)"})
    assert good.page_url == "https://sam.github.io/after/composer/" and bad.page_url == ""


def test_the_character_classes_are_unicodes_own_categories():
    """The fast checks for broken and invisible characters match exactly what Unicode calls a
    surrogate (Cs) or a control character (Cc), across every code point."""
    import sys
    import unicodedata

    from composer._request import _CONTROL, _CONTROL_MULTILINE, _SURROGATE

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        assert bool(_SURROGATE.match(char)) == (category == "Cs"), hex(code)
        control = category == "Cc"
        assert bool(_CONTROL.match(char)) == (control and char != "\t"), hex(code)
        assert bool(_CONTROL_MULTILINE.match(char)) == (control and char not in "\t\n"), hex(code)
