"""Points typed the way people type them fit the letter's sentence (issue 18, first part).

Each case is written from how a candidate jots a point down after an interview, not from the
code: a question they asked, a sentence about themselves, a clause about the team. The fitted
text must read after "what you said about …" as grammatical English.
"""

from __future__ import annotations

import pytest

from composer import check_draft, fragment
from composer._checks import CheckContext

CASES = [
    # a question the candidate asked, or that was discussed
    ("what does success look like in the first 90 days?", "what success looks like in the first 90 days"),
    ("How do you measure patient satisfaction?", "how you measure patient satisfaction"),
    ("what is the timeline for the migration", "what the timeline for the migration is"),
    ("Why are they moving off the mainframe?", "why they are moving off the mainframe"),
    ("is there room to grow into a lead role?", "whether there is room to grow into a lead role"),
    ("do you offer flexible hours", "whether you offer flexible hours"),
    # a sentence about the candidate themselves
    ("I said I can work weekends and holidays.", "how I can work weekends and holidays"),
    ("i mentioned my observability work at Stripe", "my observability work at Stripe"),
    ("I told them about my night-shift experience", "my night-shift experience"),
    # a clause about them, or a report of what was covered
    ("They are moving from a monolith to microservices.", "how they are moving from a monolith to microservices"),
    ("we went over the VA's data modernization roadmap", "the VA's data modernization roadmap"),
    ("You mentioned the new ward opening in March", "the new ward opening in March"),
    ("we covered pass rates in year 11", "pass rates in year 11"),
    # already a phrase: unchanged but for the stop and a lead-in
    ("The move to a single sign-up form.", "the move to a single sign-up form"),
    ("Kubernetes upgrades", "Kubernetes upgrades"),
]


@pytest.mark.parametrize(("typed", "fitted"), CASES, ids=[typed for typed, _ in CASES])
def test_a_point_typed_as_people_type_it_becomes_a_phrase_that_fits(typed, fitted):
    """A question becomes an embedded question, a sentence about oneself or them a "how" clause
    or its object, and a report of what was covered just its subject."""
    assert fragment(typed) == fitted


@pytest.mark.parametrize(("typed", "fitted"), CASES, ids=[typed for typed, _ in CASES])
def test_the_fitted_point_raises_no_broken_join_finding(typed, fitted):
    """Put in a letter's sentence, the fitted point gives the checker nothing to flag."""
    body = (
        "Hi Priya,\n\nThank you for the interview today. I keep coming back to what you said about "
        f"{fitted}. I'm very keen to join Northwind Health, and happy to send anything more.\n\n"
        "Best,\nSam Rivera"
    )
    findings = check_draft("Thank you – interview – Sam Rivera", body, CheckContext(
        kind="thank_you", candidate_name="Sam Rivera", interviewer_name="Priya"
    ))
    assert not [f for f in findings if f.code == "join"], findings


@pytest.mark.parametrize(
    "typed",
    [
        "i said i can work weekends and holidays",
        "what does success look like in the first 90 days?",
        "They are moving from a monolith to microservices",
    ],
)
def test_the_checker_flags_a_point_spliced_in_as_typed(typed):
    """The same points pasted in unfitted (as the landed letters did) are a broken join."""
    body = (
        f"Hi Priya,\n\nI keep coming back to what you said about {typed}.\n\nBest,\nSam Rivera"
    )
    findings = check_draft("Thank you", body, CheckContext(kind="thank_you"))
    assert [f for f in findings if f.code == "join"], findings
