"""Every template, in both tones, written from forty-odd requests typed carelessly
(tests/careless.py): the checker finds nothing in any draft (issue 18).

The checker's own tests (tests/test_checks.py) prove each check fires on the defect it
names, so "nothing found" here means the letters are free of those defects, not that
the checks are asleep. Each case runs every template and tone in one test, so a
failure lists every draft that went wrong for that story at once.
"""

from __future__ import annotations

import pytest
from careless import CASES

from composer import TEMPLATES, TONES, handle


def test_the_corpus_is_large_and_varied():
    """At least forty cases, with first-person, question and Vietnamese-name cases among them."""
    assert len(CASES) >= 40
    typed = [p.get("point", "") for case in CASES.values() for p in case["interviewers"]]
    assert any(point.lower().startswith("i said") for point in typed)
    assert any(point.rstrip().endswith("?") for point in typed)
    assert any(
        p["name"].startswith("Nguyễn") for case in CASES.values() for p in case["interviewers"]
    )


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_draft_from_careless_typing_gives_the_checker_anything_to_say(case):
    """Every template and tone, for one carelessly typed case: no finding in any draft (an
    address left out is about the data, not the letter), and "One more thing" with nothing
    typed makes no draft at all."""
    wrong = []
    for template in TEMPLATES:
        for tone in TONES:
            request = {**CASES[case], "template": template, "tone": tone}
            answer = handle(request)
            assert answer["errors"] == [], (template, answer["errors"])
            if template == "one-more-thing" and not request.get("extra_info"):
                assert answer["drafts"] == []
                continue
            assert answer["drafts"], (template, tone)
            for draft in answer["drafts"]:
                found = [f["code"] for f in draft["findings"] if f["code"] != "no_address"]
                if found:
                    wrong.append((template, tone, found, draft["body"]))
    assert wrong == []
