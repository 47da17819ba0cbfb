"""Names from many traditions, typed carefully or not, greeted and addressed as their owners
write them (issue 18, names). Each row is written from published naming conventions: titles
and suffixes are not names, particles belong to the surname, Irish "Ní" and "Ó" keep their
capitals, Vietnamese names put the given name last, and a name typed in capitals or in lower
case is written with its own capitals."""

from __future__ import annotations

import pytest

from composer import first_name, formal_name
from composer._names import guess_note, own_name, tidy_name

# tradition, typed, card label (as it will appear), greeting (Hi …), formal (Dear …),
# and the signature when it is the reader's own name (no title: people don't sign "Mr").
NAMES = [
    # English-speaking: titles, initials, suffixes, a title with only a surname
    ("English", "Mr. James T. Kirkland Jr.", "Mr. James T. Kirkland Jr.", "James", "Mr Kirkland", "James T. Kirkland Jr."),
    ("English", "JAMES", "James", "James", "James", "James"),
    ("English", "Dr. Amara Okafor", "Dr. Amara Okafor", "Amara", "Dr Okafor", "Amara Okafor"),
    ("English", "J. Robert Smith", "J. Robert Smith", "Robert", "Robert", "J. Robert Smith"),
    ("English", "robert smith iii", "Robert Smith III", "Robert", "Robert", "Robert Smith III"),
    ("English", "Prof. Helen Yarrow PhD", "Prof. Helen Yarrow PhD", "Helen", "Prof Yarrow", "Helen Yarrow PhD"),
    ("English", "Mrs Patel", "Mrs Patel", "Mrs Patel", "Mrs Patel", "Patel"),
    ("English", "sister jane doyle", "Sister Jane Doyle", "Jane", "Sister Doyle", "Jane Doyle"),
    # Irish and Scottish
    ("Irish", "Dr. Siobhán Ní Bhriain", "Dr. Siobhán Ní Bhriain", "Siobhán", "Dr Ní Bhriain", "Siobhán Ní Bhriain"),
    ("Irish", "dr siobhán ní bhriain", "Dr Siobhán Ní Bhriain", "Siobhán", "Dr Ní Bhriain", "Siobhán Ní Bhriain"),
    ("Irish", "ms ní bhriain", "Ms Ní Bhriain", "Ms Ní Bhriain", "Ms Ní Bhriain", "Ní Bhriain"),
    ("Irish", "o'brien", "O'Brien", "O'Brien", "O'Brien", "O'Brien"),
    ("Irish", "Mr Seán Ó Briain", "Mr Seán Ó Briain", "Seán", "Mr Ó Briain", "Seán Ó Briain"),
    ("Scottish", "mcallister", "McAllister", "McAllister", "McAllister", "McAllister"),
    ("Scottish", "Fiona MacLeod", "Fiona MacLeod", "Fiona", "Fiona", "Fiona MacLeod"),
    # Dutch and German particles
    ("Dutch", "Ms Anna van der Berg", "Ms Anna van der Berg", "Anna", "Ms van der Berg", "Anna van der Berg"),
    ("Dutch", "jan de vries", "Jan de Vries", "Jan", "Jan", "Jan de Vries"),
    ("German", "DR. LENA VOGEL", "Dr. Lena Vogel", "Lena", "Dr Vogel", "Lena Vogel"),
    ("German", "Mr Ludwig von Trapp", "Mr Ludwig von Trapp", "Ludwig", "Mr von Trapp", "Ludwig von Trapp"),
    # Vietnamese: the family name first, greeted by the last word
    ("Vietnamese", "Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai", "Khai", "Khai", "Nguyễn Thị Minh Khai"),
    ("Vietnamese", "trần văn an", "Trần Văn An", "An", "An", "Trần Văn An"),
    ("Vietnamese", "Ms Nguyễn Thị Minh Khai", "Ms Nguyễn Thị Minh Khai", "Khai", "Ms Nguyễn", "Nguyễn Thị Minh Khai"),
    # Chinese: family name first in Chinese order; a given name typed first stays first
    ("Chinese", "Wang Xiaoming", "Wang Xiaoming", "Xiaoming", "Xiaoming", "Wang Xiaoming"),
    ("Chinese", "zhang xiao-ming", "Zhang Xiao-ming", "Xiao-ming", "Xiao-ming", "Zhang Xiao-ming"),
    ("Chinese", "Dr. Chen Jing", "Dr. Chen Jing", "Jing", "Dr Chen", "Chen Jing"),
    ("Chinese", "Wei Zhang", "Wei Zhang", "Wei", "Wei", "Wei Zhang"),
    # Korean: family name first, a hyphenated given name with one capital
    ("Korean", "Kim Min-jun", "Kim Min-jun", "Min-jun", "Min-jun", "Kim Min-jun"),
    ("Korean", "park ji-woo", "Park Ji-woo", "Ji-woo", "Ji-woo", "Park Ji-woo"),
    ("Korean", "Lee Evans", "Lee Evans", "Lee", "Lee", "Lee Evans"),  # an English name
    # Japanese: family name first in Japanese order
    ("Japanese", "Sato Hiroshi", "Sato Hiroshi", "Hiroshi", "Hiroshi", "Sato Hiroshi"),
    ("Japanese", "Mr Tanaka Hiroshi", "Mr Tanaka Hiroshi", "Hiroshi", "Mr Tanaka", "Tanaka Hiroshi"),
    ("Japanese", "Hiroshi Tanaka", "Hiroshi Tanaka", "Hiroshi", "Hiroshi", "Hiroshi Tanaka"),
    # Hungarian: family name first
    ("Hungarian", "Nagy László", "Nagy László", "László", "László", "Nagy László"),
    ("Hungarian", "kovács anna", "Kovács Anna", "Anna", "Anna", "Kovács Anna"),
    # South and South-East Asian: an initial for the father's name is not a name to greet by
    ("Tamil", "priya natarajan", "Priya Natarajan", "Priya", "Priya", "Priya Natarajan"),
    ("Tamil", "K. Ramesh", "K. Ramesh", "Ramesh", "Ramesh", "K. Ramesh"),
    ("Indonesian", "BAYU PRATAMA", "Bayu Pratama", "Bayu", "Bayu", "Bayu Pratama"),
    # Spanish and Portuguese compound surnames and titles
    ("Spanish", "Sra. Lucía García", "Sra. Lucía García", "Lucía", "Sra García", "Lucía García"),
    ("Spanish", "Sr. Jordi Puig", "Sr. Jordi Puig", "Jordi", "Sr Puig", "Jordi Puig"),
    ("Spanish", "maría josé garcía lópez", "María José García López", "María", "María", "María José García López"),
    ("Spanish", "ana de la cruz", "Ana de la Cruz", "Ana", "Ana", "Ana de la Cruz"),
    ("Portuguese", "Mr João dos Santos", "Mr João dos Santos", "João", "Mr dos Santos", "João dos Santos"),
    # Arabic
    ("Arabic", "Mr Omar bin Khalid", "Mr Omar bin Khalid", "Omar", "Mr bin Khalid", "Omar bin Khalid"),
    ("Arabic", "ahmed al-sayed", "Ahmed al-Sayed", "Ahmed", "Ahmed", "Ahmed al-Sayed"),
    # French hyphenated given names
    ("French", "jean-luc picard", "Jean-Luc Picard", "Jean-Luc", "Jean-Luc", "Jean-Luc Picard"),
    # Yoruba keeps its tone marks; Akan day names
    ("Yoruba", "Mrs Ọlọ́runfẹ́mi Adébáyọ̀", "Mrs Ọlọ́runfẹ́mi Adébáyọ̀", "Ọlọ́runfẹ́mi", "Mrs Adébáyọ̀", "Ọlọ́runfẹ́mi Adébáyọ̀"),
    ("Akan", "KOFI BOATENG", "Kofi Boateng", "Kofi", "Kofi", "Kofi Boateng"),
    # Polish and Greek letters, Icelandic patronymics (Icelanders are addressed by given name)
    ("Polish", "ŁUKASZ NOWAK", "Łukasz Nowak", "Łukasz", "Łukasz", "Łukasz Nowak"),
    ("Greek", "georgios papadopoulos", "Georgios Papadopoulos", "Georgios", "Georgios", "Georgios Papadopoulos"),
    ("Icelandic", "Jón Jónsson", "Jón Jónsson", "Jón", "Jón", "Jón Jónsson"),
]


def test_the_table_covers_forty_names_from_twelve_traditions():
    """The issue's bar: at least 40 names from at least 12 naming traditions."""
    assert len(NAMES) >= 40 and len({row[0] for row in NAMES}) >= 12


@pytest.mark.parametrize(
    ("tradition", "typed", "card", "greeting", "formal", "signature"), NAMES, ids=[row[1] for row in NAMES]
)
def test_each_name_is_written_greeted_addressed_and_signed_as_its_owner_would(
    tradition, typed, card, greeting, formal, signature
):
    """The card label, the informal greeting, the formal salutation and the signature."""
    assert tidy_name(typed) == card
    assert first_name(typed) == greeting
    assert formal_name(typed) == formal
    assert own_name(typed) == signature


def test_a_greeting_that_guesses_the_name_order_says_so_and_a_salutation_settles_it():
    """For a Vietnamese name the plan says its greeting is a guess; a typed salutation ends it."""
    assert "“Khai”" in guess_note("Nguyễn Thị Minh Khai") and "guess" in guess_note("Nguyễn Thị Minh Khai")
    assert guess_note("Nguyễn Thị Minh Khai", "Chị Khai") == ""
    assert guess_note("Priya Natarajan") == ""
    assert "Korean" in guess_note("Kim Min-jun") and "“Min-jun”" in guess_note("Kim Min-jun")
    assert "Hungarian" in guess_note("Nagy László")


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
