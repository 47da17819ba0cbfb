"""The scenario corpus on CPython: each case's plan, recipients and words hold."""

from __future__ import annotations

import pytest
import scenarios

import composer

CASES = scenarios.load()


def test_the_corpus_is_large_enough():
    """At least 40 realistic cases, each with a unique name."""
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_scenario(case):
    """The composer's answer meets every expectation the case states."""
    answer = composer.handle(case.request)
    assert scenarios.problems(answer, case.expect) == []


def test_every_case_expects_something():
    """A case with nothing to check could never fail."""
    for case in CASES:
        assert set(case.expect) - {"name"}, case.name
