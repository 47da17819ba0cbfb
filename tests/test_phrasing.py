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
    ("Why are they moving off the mainframe?", "why you are moving off the mainframe"),
    ("what would my first project be", "what my first project would be"),
    ("what tools does the team use", "what tools the team uses"),
    ("could the role be part-time", "whether the role could be part-time"),
    ("Are bonuses paid quarterly?", "whether bonuses are paid quarterly"),
    ("is there room to grow into a lead role?", "whether there is room to grow into a lead role"),
    ("do you offer flexible hours", "whether you offer flexible hours"),
    # a sentence about the candidate themselves
    ("I said I can work weekends and holidays.", "working weekends and holidays"),
    ("i said i'd be happy to relocate", "being happy to relocate"),
    ("I asked about parental leave", "parental leave"),
    ("i mentioned my observability work at Stripe", "my observability work at Stripe"),
    ("I told them about my night-shift experience", "my night-shift experience"),
    # a clause about them, or a report of what was covered
    # "they" in a note to them is "you"; a clause about a thing becomes its -ing form
    ("They are moving from a monolith to microservices.", "how you are moving from a monolith to microservices"),
    ("their plans for the new store in Leeds", "your plans for the new store in Leeds"),
    ("how they onboard new grads", "how you onboard new grads"),
    ("we covered how they test copy", "how you test copy"),
    ("You mentioned the team is growing", "the team growing"),
    ("she said the team is 6 people", "the team being 6 people"),
    ("he said the role reports to the COO", "the role reporting to the COO"),
    ("that they want someone who can start in January", "how you want someone who can start in January"),
    ("we went over the VA's data modernization roadmap", "the VA's data modernization roadmap"),
    ("You mentioned the new ward opening in March", "the new ward opening in March"),
    ("we covered pass rates in year 11", "pass rates in year 11"),
    # already a phrase: unchanged but for the stop and a lead-in
    ("The move to a single sign-up form.", "the move to a single sign-up form"),
    ("Kubernetes upgrades", "Kubernetes upgrades"),
    # bullets, colons, shouting and title case, as pasted from notes
    ("- patient flow in A&E", "patient flow in A&E"),
    ("* staff wellbeing", "staff wellbeing"),
    ("We discussed: the handover process", "the handover process"),
    ("THE NEW STAFFING RATIOS IN ICU", "the new staffing ratios in ICU"),
    ("The Move To Agile Working", "the move to agile working"),
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


SENTENCES = [
    # (function, typed, written)
    ("fit", "Led a kitchen of 12 at Hawksmoor", "I led a kitchen of 12 at Hawksmoor."),
    ("fit", "worked on observability at stripe for 3 years", "I worked on observability at stripe for 3 years."),
    ("fit", "I HAVE 4 YEARS IN ICU", "I have 4 years in ICU."),
    ("fit", "5 yrs on a busy medical ward", "I have 5 years on a busy medical ward."),
    ("fit", "over ten years in retail", "I have over ten years in retail."),
    ("fit", "i'm a qualified ALS instructor", "I'm a qualified ALS instructor."),
    ("fit", "My Year 11 pass rates rose two years running", "My Year 11 pass rates rose two years running."),
    ("question", "next steps?", "What are the next steps?"),
    ("question", "timeline", "What is the timeline?"),
    ("question", "whats the timeline", "What's the timeline?"),
    ("question", "when will you decide.", "When will you decide?"),
    ("extra", "i forgot to say i speak french", "I speak French."),
    ("extra", "did i mention I have my ISTQB cert?", "I have my ISTQB cert."),
    ("extra", "I forgot to mention that I hold a full UK driving licence", "I hold a full UK driving licence."),
    ("extra", "I've since finished my ICA diploma.", "I've since finished my ICA diploma."),
]


@pytest.mark.parametrize(("kind", "typed", "written"), SENTENCES, ids=[row[1] for row in SENTENCES])
def test_a_sentence_typed_carelessly_is_written_as_a_sentence(kind, typed, written):
    """The fit gets its "I", a short question its verb, the extra fact loses "I forgot to say",
    shouting is lowered (short acronyms kept) and a lone "i" is a capital."""
    from composer import _phrasing

    assert getattr(_phrasing, {"fit": "fit_sentence", "question": "question", "extra": "extra_sentence"}[kind])(typed) == written


def test_a_long_point_is_shortened_at_a_clause_boundary_and_says_so():
    """A point of more than twenty words is cut at its last clause boundary within them, so no
    sentence of the letter runs past forty words; the page is told how it will read."""
    from composer._phrasing import LONGEST_POINT, fitted_point

    typed = (
        "the mentoring programme for new teachers and how the school supports early career "
        "teachers in their first two years, and what training looks like across the trust"
    )
    fitted, shortened = fitted_point(typed)
    assert shortened
    assert fitted == (
        "the mentoring programme for new teachers and how the school supports early career "
        "teachers in their first two years"
    )
    assert len(fitted.split()) <= LONGEST_POINT
    assert fitted_point("the accessibility audit") == ("the accessibility audit", False)
