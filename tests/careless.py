"""Forty-odd requests typed the way people type them (issue 18): written from how job
seekers fill in forms, in several countries and trades, not from the composer's code.

Each case is a small story: who is applying, for what, and how carelessly. Points are
typed as first-person sentences, clauses, questions, shouted, lower case, title case,
with bullets and trailing stops; names as they arrive in an inbox; institutions that
need an article. tests/test_careless.py writes every template in both tones from each.
"""

from __future__ import annotations

from typing import Any

BASE: dict[str, Any] = {
    "interview_kind": "interview",
    "interview_date": "2026-11-23",
    "interview_time": "10:00",
    "now": "2026-11-24T09:00+00:00",
    "offer_deadline": "2026-12-04",
}


def _case(
    candidate: str, company: str, role: str, people: list[dict[str, str]], **more: Any
) -> dict[str, Any]:
    return {
        **BASE,
        "candidate_name": candidate,
        "company": company,
        "role": role,
        "interviewers": people,
        **more,
    }


CASES: dict[str, dict[str, Any]] = {
    # Nursing, UK and US
    "nurse, first-person point": _case(
        "amara okafor",
        "St Mary's Hospital",
        "Staff Nurse",
        [
            {
                "name": "sister jane doyle",
                "kind": "hiring_manager",
                "point": "I said I can work weekends and holidays",
            }
        ],
        fit="i have 5 years on a busy medical ward",
    ),
    "nurse, fit as an amount": _case(
        "Joy Adebayo", "Guy's and St Thomas'", "Staff Nurse",
        [{"name": "Mr Tom Hardy", "kind": "hiring_manager", "point": "the new discharge lounge"}],
        fit="5 yrs on a busy medical ward",
    ),
    "nurse, question as point": _case(
        "Grace Mensah",
        "NHS Lothian",
        "Band 6 Nurse",
        [
            {
                "name": "Fiona MacLeod",
                "kind": "hiring_manager",
                "point": "what does success look like in the first 90 days?",
            }
        ],
        next_steps_question="when will you decide",
    ),
    "icu nurse in capitals": _case(
        "BAYU PRATAMA",
        "Mercy General",
        "ICU NURSE",
        [{"name": "JAMES", "kind": "hiring_manager", "point": "THE NEW STAFFING RATIOS"}],
        fit="I HAVE 4 YEARS IN ICU",
    ),
    "nurse, A&E bullet": _case(
        "Chloe Evans",
        "Royal Infirmary",
        "Emergency Nurse",
        [
            {
                "name": "Dr. Siobhán Ní Bhriain",
                "kind": "hiring_manager",
                "point": "- patient flow in A&E",
            }
        ],
        points=["- the triage pilot", "* staff wellbeing"],
    ),
    # Teaching
    "teacher, british spelling": _case(
        "Tom Hughes",
        "Oakfield Academy",
        "Maths Teacher",
        [
            {
                "name": "Mrs Patel",
                "kind": "hiring_manager",
                "point": "talked about the behaviour policy",
            }
        ],
        points=["The Department's move to mastery teaching."],
        fit="My Year 11 pass rates rose two years running",
    ),
    "teacher, long point": _case(
        "Hannah Brooks",
        "Riverside Primary School",
        "Year 2 Teacher",
        [
            {
                "name": "Mr. David Owusu",
                "kind": "hiring_manager",
                "point": "the mentoring programme for new teachers and how the school supports early career teachers in their first two years, and what training looks like across the trust",
            }
        ],
    ),
    "teacher, pass rates": _case(
        "Liam O'Connor",
        "St. Columba's College",
        "English Teacher",
        [{"name": "ms ní bhriain", "kind": "hiring_manager", "point": "pass rates in year 11"}],
        fit="pass rates in my department went up 12 percent",
    ),
    # Retail and hospitality
    "retail, texting style": _case(
        "jess taylor",
        "Boots",
        "store manager",
        [
            {
                "name": "mark",
                "kind": "hiring_manager",
                "point": "i told them about my time at superdrug",
            }
        ],
        next_steps_question="next steps?",
    ),
    "retail, their plans": _case(
        "Kofi Boateng",
        "Marks & Spencer",
        "Department Manager",
        [
            {
                "name": "Sarah Whitfield",
                "kind": "hiring_manager",
                "point": "their plans for the new store in leeds",
            }
        ],
        fit="I opened two stores for Tesco",
    ),
    "hotel, clause": _case(
        "María José García López",
        "Hotel Arts Barcelona",
        "Front Office Manager",
        [
            {
                "name": "Sr. Jordi Puig",
                "kind": "hiring_manager",
                "point": "they are refurbishing the lobby next spring",
            }
        ],
    ),
    "restaurant, you mentioned": _case(
        "Luca Bianchi",
        "Dishoom",
        "Head Chef",
        [
            {
                "name": "Priya Natarajan",
                "kind": "hiring_manager",
                "point": "You mentioned the team is growing",
            }
        ],
        fit="Led a kitchen of 12 at Hawksmoor",
    ),
    # Law
    "law firm, Inc. and pro bono": _case(
        "Rebecca Stein",
        "Harlow Partners Holdings, Inc.",
        "Associate",
        [
            {
                "name": "James T. Kirkland Jr.",
                "kind": "hiring_manager",
                "point": "the firm's pro bono work, which I really liked",
            }
        ],
    ),
    "law, title case point": _case(
        "Daniel Cohen",
        "Clifford Chance",
        "Trainee Solicitor",
        [
            {
                "name": "Ms Olivia Hart",
                "kind": "hiring_manager",
                "point": "The Move To Agile Working",
            }
        ],
        next_steps_question="Is there a second round?",
    ),
    "law, colon": _case(
        "Aisha Rahman",
        "Linklaters",
        "Paralegal",
        [
            {
                "name": "Mr Omar bin Khalid",
                "kind": "hiring_manager",
                "point": "We discussed: the handover process",
            }
        ],
    ),
    # Government
    "government, VA roadmap": _case(
        "Marcus Lee",
        "U.S. Department of Veterans Affairs",
        "Data Engineer",
        [
            {
                "name": "Kevin Walsh",
                "kind": "hiring_manager",
                "point": "we went over the VA's data modernization roadmap",
            }
        ],
        fit="i built data pipelines for the state of ohio",
    ),
    "government, Department for Transport": _case(
        "Priya Shah",
        "Department for Transport",
        "Policy Adviser",
        [
            {
                "name": "Dr. Helen Carter",
                "kind": "hiring_manager",
                "point": "the rail reform white paper",
            }
        ],
    ),
    "government, Ministry of Justice": _case(
        "Oliver Bennett",
        "Ministry of Justice",
        "Digital Delivery Manager",
        [
            {
                "name": "Rachel Green",
                "kind": "hiring_manager",
                "point": "how do you measure success?",
            }
        ],
        next_steps_question="whats the timeline",
    ),
    "university": _case(
        "Wei Zhang",
        "University of Leeds",
        "Research Software Engineer",
        [
            {
                "name": "Prof. Helen Yarrow PhD",
                "kind": "hiring_manager",
                "point": "is there room to grow into a lead role?",
            }
        ],
    ),
    # Software
    "software, microservices": _case(
        "marcus lee",
        "Acme",
        "junior frontend developer",
        [
            {
                "name": "Tom Becker",
                "kind": "hiring_manager",
                "point": "They are moving from a monolith to microservices.",
            }
        ],
        fit="I built the checkout in React at my last job",
    ),
    "software, observability": _case(
        "Ravi Kumar",
        "Datadog",
        "SRE",
        [
            {
                "name": "Anna van der Berg",
                "kind": "hiring_manager",
                "point": "i mentioned my observability work at Stripe",
            }
        ],
        fit="worked on observability at stripe for 3 years",
    ),
    "software, on-call parentheses": _case(
        "Sofia Rossi",
        "Monzo",
        "Backend Engineer",
        [
            {
                "name": "ahmed al-sayed",
                "kind": "hiring_manager",
                "point": "the on-call rota (1 week in 6)",
            }
        ],
    ),
    "software, first project question": _case(
        "Chen Jing",
        "Shopify",
        "Developer",
        [
            {
                "name": "Kim Min-jun",
                "kind": "hiring_manager",
                "point": "what would my first project be",
            }
        ],
    ),
    "software, she said": _case(
        "Noah Smith",
        "GitLab",
        "Engineering Manager",
        [
            {
                "name": "Lena Vogel",
                "kind": "hiring_manager",
                "point": "she said the team is 6 people",
            }
        ],
    ),
    "software, Q3": _case(
        "Emily Clark",
        "Stripe",
        "Product Manager",
        [{"name": "Dana Cole", "kind": "hiring_manager", "point": "Q3 launch"}],
        next_steps_question="do you know when you'll decide.",
    ),
    # Mixed processes and people
    "panel, careless points": _case(
        "sam rivera",
        "Northwind Health",
        "product designer",
        [
            {
                "name": "priya natarajan",
                "kind": "hiring_manager",
                "point": "We talked about the migration.",
            },
            {"name": "o'brien", "kind": "interviewer", "point": "how they onboard new grads"},
            {
                "name": "Nguyễn Thị Minh Khai",
                "kind": "interviewer",
                "point": "I asked about parental leave",
            },
            {"name": "Jo Park", "kind": "recruiter"},
        ],
        interview_kind="panel",
        points=["why they are hiring", "The budget cuts that were announced last month"],
        fit="i led the sign-up redesign at Brightline",
        next_steps_question="when will you decide.",
    ),
    "panel, questions everywhere": _case(
        "Fatima Zahra",
        "Banco Santander",
        "Risk Analyst",
        [
            {
                "name": "Sra. Lucía García",
                "kind": "hiring_manager",
                "point": "How do you onboard analysts?",
            },
            {
                "name": "Mr João dos Santos",
                "kind": "interviewer",
                "point": "what tools does the team use",
            },
            {
                "name": "Ms Anna van der Berg",
                "kind": "interviewer",
                "point": "Did they say when training starts",
            },
        ],
        interview_kind="panel",
    ),
    "final, one person": _case(
        "Olu Adeyemi",
        "Kestrel Logistics",
        "Operations Lead",
        [{"name": "Dana Cole", "kind": "hiring_manager", "point": "next year's depot expansion"}],
        interview_kind="final",
        fit="I ran a depot of 80 people for DHL",
    ),
    "final, whether I would manage": _case(
        "Isabel Ferreira",
        "Kestrel Logistics",
        "Operations Lead",
        [{"name": "Dana Cole", "kind": "hiring_manager", "point": "whether I'd manage a team"}],
        interview_kind="final",
    ),
    "screen, recruiter only": _case(
        "jordan smith",
        "Globex",
        "Account Executive",
        [{"name": "JO PARK", "kind": "recruiter", "point": "salary expectations"}],
        interview_kind="screen",
    ),
    "screen, that-clause": _case(
        "Ama Owusu",
        "Globex",
        "Account Executive",
        [
            {
                "name": "Jo Park",
                "kind": "recruiter",
                "point": "that they want someone who can start in january",
            }
        ],
        interview_kind="screen",
    ),
    "agency": _case(
        "Peter Novak",
        "Initech",
        "Analyst",
        [
            {"name": "Bill Lumbergh", "kind": "hiring_manager", "point": "having more autonomy"},
            {"name": "dana cole", "kind": "agency_recruiter", "email": "dana@agency.example"},
        ],
    ),
    "gerund point": _case(
        "Yuki Tanaka",
        "Rakuten",
        "Marketing Manager",
        [
            {
                "name": "Sato Hiroshi",
                "kind": "hiring_manager",
                "point": "managing stakeholders across three countries",
            }
        ],
    ),
    "hungarian names": _case(
        "Nagy László",
        "Wizz Air",
        "Pilot Recruiter",
        [{"name": "Kovács Anna", "kind": "hiring_manager", "point": "the new base in Budapest"}],
    ),
    "chinese names": _case(
        "Li Wei",
        "Tencent",
        "Game Designer",
        [{"name": "Wang Xiaoming", "kind": "hiring_manager", "point": "the studio's next title"}],
    ),
    "korean names": _case(
        "park ji-woo",
        "Samsung",
        "UX Researcher",
        [{"name": "Lee Min-ho", "kind": "hiring_manager", "point": "research with older users"}],
    ),
    "emoji and exclamations": _case(
        "Zoe Martin",
        "Canva",
        "Designer",
        [{"name": "Mia Wong", "kind": "hiring_manager", "point": "the team offsite!!"}],
        extra_info="i forgot to say i speak french",
    ),
    "extra info typed as a question": _case(
        "Ben Carter",
        "Atlassian",
        "QA Engineer",
        [{"name": "Sam Lee", "kind": "hiring_manager", "point": "test automation"}],
        extra_info="did i mention I have my ISTQB cert?",
    ),
    "extra info first person past": _case(
        "Nadia Ivanova",
        "Revolut",
        "Compliance Officer",
        [{"name": "Mr. Paul Smith", "kind": "hiring_manager", "point": "the FCA review"}],
        extra_info="I've since finished my ICA diploma.",
    ),
    "question with could": _case(
        "Ethan Brown",
        "BBC",
        "Producer",
        [
            {
                "name": "Claire Dubois",
                "kind": "hiring_manager",
                "point": "could the role be part-time",
            }
        ],
    ),
    "past-tense point": _case(
        "Leah Goldberg",
        "Wix",
        "Content Designer",
        [{"name": "Avi Levi", "kind": "hiring_manager", "point": "we covered how they test copy"}],
    ),
    "he said clause": _case(
        "Tariq Aziz",
        "Careem",
        "Driver Ops Lead",
        [
            {
                "name": "Khalid al-Mansouri",
                "kind": "hiring_manager",
                "point": "he said the role reports to the COO",
            }
        ],
    ),
    "plural agreement point": _case(
        "Emma Wilson",
        "Ofsted",
        "Inspector",
        [
            {
                "name": "Mrs Joan Baker",
                "kind": "hiring_manager",
                "point": "inspection outcomes, which I know matter a lot",
            }
        ],
    ),
    "question about pay": _case(
        "Lucas Martin",
        "Decathlon",
        "Store Manager",
        [
            {
                "name": "Camille Bernard",
                "kind": "hiring_manager",
                "point": "Are bonuses paid quarterly?",
            }
        ],
        fit="I ran the Lyon store for three years.",
    ),
}
