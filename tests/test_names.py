"""Names from many traditions, typed carefully or not, greeted and addressed as their owners
write them (issue 18, names). Each row is written from published naming conventions: titles
and suffixes are not names, particles belong to the surname, Irish "Ní" and "Ó" keep their
capitals, Vietnamese names put the given name last, and a name typed in capitals or in lower
case is written with its own capitals."""

from __future__ import annotations

import pytest

from composer import first_name, formal_name
from composer._names import guess_note, tidy_name

# typed, card label (as it will appear), greeting (Hi …), formal (Dear …)
NAMES = [
    # English-speaking: titles, initials, suffixes
    ("Mr. James T. Kirkland Jr.", "Mr. James T. Kirkland Jr.", "James", "Mr Kirkland"),
    ("JAMES", "James", "James", "James"),
    ("Dr. Amara Okafor", "Dr. Amara Okafor", "Amara", "Dr Okafor"),
    ("J. Robert Smith", "J. Robert Smith", "Robert", "Robert"),
    ("robert smith iii", "Robert Smith III", "Robert", "Robert"),
    ("Prof. Helen Yarrow PhD", "Prof. Helen Yarrow PhD", "Helen", "Prof Yarrow"),
    # Irish and Scottish
    ("Dr. Siobhán Ní Bhriain", "Dr. Siobhán Ní Bhriain", "Siobhán", "Dr Ní Bhriain"),
    ("dr siobhán ní bhriain", "Dr Siobhán Ní Bhriain", "Siobhán", "Dr Ní Bhriain"),
    ("o'brien", "O'Brien", "O'Brien", "O'Brien"),
    ("Mr Seán Ó Briain", "Mr Seán Ó Briain", "Seán", "Mr Ó Briain"),
    ("mcallister", "McAllister", "McAllister", "McAllister"),
    # Dutch and German particles
    ("Ms Anna van der Berg", "Ms Anna van der Berg", "Anna", "Ms van der Berg"),
    ("DR. LENA VOGEL", "Dr. Lena Vogel", "Lena", "Dr Vogel"),
    ("Mr Ludwig von Trapp", "Mr Ludwig von Trapp", "Ludwig", "Mr von Trapp"),
    # Vietnamese: the family name first, greeted by the last word
    ("Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai", "Khai", "Khai"),
    ("trần văn an", "Trần Văn An", "An", "An"),
    ("Ms Nguyễn Thị Minh Khai", "Ms Nguyễn Thị Minh Khai", "Khai", "Ms Nguyễn"),
    # South and South-East Asian
    ("priya natarajan", "Priya Natarajan", "Priya", "Priya"),
    ("BAYU PRATAMA", "Bayu Pratama", "Bayu", "Bayu"),
    # Spanish and Portuguese compound surnames
    ("Sra. Lucía García", "Sra. Lucía García", "Lucía", "Sra García"),
    ("maría josé garcía lópez", "María José García López", "María", "María"),
    ("ana de la cruz", "Ana de la Cruz", "Ana", "Ana"),
    ("Mr João dos Santos", "Mr João dos Santos", "João", "Mr dos Santos"),
    # Arabic
    ("Mr Omar bin Khalid", "Mr Omar bin Khalid", "Omar", "Mr bin Khalid"),
    ("ahmed al-sayed", "Ahmed al-Sayed", "Ahmed", "Ahmed"),
    # French hyphenated given names
    ("jean-luc picard", "Jean-Luc Picard", "Jean-Luc", "Jean-Luc"),
    # Yoruba and Igbo names keep their letters
    ("Mrs Ọlọ́runfẹ́mi Adébáyọ̀", "Mrs Ọlọ́runfẹ́mi Adébáyọ̀", "Ọlọ́runfẹ́mi", "Mrs Adébáyọ̀"),
]


@pytest.mark.parametrize(("typed", "card", "greeting", "formal"), NAMES, ids=[row[0] for row in NAMES])
def test_each_name_is_written_greeted_and_addressed_as_its_owner_would(typed, card, greeting, formal):
    """The card label, the informal greeting and the formal salutation for each typed name."""
    assert tidy_name(typed) == card
    assert first_name(typed) == greeting
    assert formal_name(typed) == formal


def test_a_greeting_that_guesses_the_name_order_says_so_and_a_salutation_settles_it():
    """For a Vietnamese name the plan says its greeting is a guess; a typed salutation ends it."""
    assert "“Khai”" in guess_note("Nguyễn Thị Minh Khai") and "guess" in guess_note("Nguyễn Thị Minh Khai")
    assert guess_note("Nguyễn Thị Minh Khai", "Chị Khai") == ""
    assert guess_note("Priya Natarajan") == ""


def test_the_readers_own_name_is_tidied_in_the_signature_and_subject():
    """A candidate name typed in lower case signs the letter with its capitals."""
    from composer import handle

    answer = handle(
        {
            "candidate_name": "marcus lee",
            "company": "Acme",
            "role": "Junior Frontend Developer",
            "interview_kind": "screen",
            "interview_date": "2026-12-08",
            "interview_time": "10:00",
            "now": "2026-12-08T14:00",
            "interviewers": [{"name": "PRIYA NATARAJAN", "email": "p@acme.example"}],
        }
    )
    draft = answer["drafts"][0]
    assert draft["body"].startswith("Hi Priya,") and draft["body"].rstrip().endswith("Marcus Lee")
    assert draft["subject"].endswith("Marcus Lee")
    assert draft["to_name"] == "Priya Natarajan"
