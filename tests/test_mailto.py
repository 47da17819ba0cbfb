from urllib.parse import parse_qs, unquote, urlsplit

from composer import mailto


def test_round_trip_recovers_subject_and_body_with_crlf():
    """Decoding the link gives back the subject and the body, with CRLF line breaks."""
    link = mailto(["ana@example.com"], "Thanks & a question?", "Hi Ana,\n\nThanks — é.\nSam")
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "ana@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Thanks & a question?"]
    assert query["body"] == ["Hi Ana,\r\n\r\nThanks — é.\r\nSam"]


def test_reserved_characters_are_encoded():
    """Spaces, ampersands, equals and hashes never appear raw in the query."""
    link = mailto(["a@b.example"], "a=b & c#d", "x+y")
    assert " " not in link and "#" not in link and link.count("&") == 1


def test_no_recipient_still_gives_a_valid_link():
    """Without an email address the link opens a draft with an empty To field."""
    assert mailto([""], "Hi", "Body").startswith("mailto:?subject=Hi&body=")


def test_percent_encoding_matches_the_standard_library():
    """Our encoder agrees with urllib.parse.quote on awkward text."""
    from urllib.parse import quote

    from composer._mailto import percent_encode

    text = "Größe: 100% & more — ✓ ~a_b.c-d/e?f=g#h\r\n\t"
    assert percent_encode(text) == quote(text, safe="")
    assert percent_encode("a@b c", safe="@") == quote("a@b c", safe="@")
