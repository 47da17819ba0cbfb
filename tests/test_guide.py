"""The guide's content: every section readers need, linked to its template; sources; dates."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# (page, section id, the template it links to, or None where no template fits)
SECTIONS = [
    ("when", "before-you-leave-the-interview", None),
    ("special-cases", "several-interviewers", "panel-note"),
    ("special-cases", "final-rounds", "thank-you-final"),
    ("special-cases", "recruiters-and-coordinators", "thank-you-organiser"),
    ("special-cases", "recruiters-and-coordinators", "thank-you-agency"),
    ("what-to-write", "proofread-and-attach-what-they-asked-for", None),
    ("what-to-write", "subject-lines-and-replying-in-the-thread", None),
    ("when", "same-day-decisions", None),
    ("when", "friday-holiday-and-late-day-interviews", None),
    ("special-cases", "a-competing-offer", "competing-offer"),
    ("what-to-write", "fixing-a-weak-answer", "one-more-thing"),
    ("special-cases", "what-to-expect-about-feedback", None),
    ("when", "keep-applying-while-you-wait", None),
    ("special-cases", "no-email-address-and-linkedins-limits", "linkedin-note"),
    ("special-cases", "after-a-rejection", "after-rejection"),
]


class _Sections(HTMLParser):
    """Each h2/h3 id, and the links that follow it until the next heading of that level or higher."""

    def __init__(self) -> None:
        super().__init__()
        self.links: dict[str, list[str]] = {}
        self.text: dict[str, str] = {}
        self.current: str | None = None
        self.level = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("h1", "h2", "h3"):
            level = int(tag[1])
            if a.get("id"):
                self.current, self.level = a["id"], level
                self.links[self.current] = []
                self.text[self.current] = ""
            elif self.current and level <= self.level:
                self.current = None
        if tag == "a" and self.current and a.get("href"):
            self.links[self.current].append(a["href"] or "")

    def handle_data(self, data: str) -> None:
        if self.current:
            self.text[self.current] += data


def _sections(site: Path, page: str) -> _Sections:
    parser = _Sections()
    parser.feed((site / page / "index.html").read_text("utf-8"))
    return parser


@pytest.mark.parametrize(
    ("page", "section", "template"), SECTIONS, ids=[f"{p}#{s}" for p, s, _ in SECTIONS]
)
def test_every_section_readers_need_exists_and_links_its_template(
    built_site, page, section, template
):
    """Each section exists, says something, and links to its template where one exists."""
    found = _sections(built_site, page)
    assert section in found.links, sorted(found.links)
    assert len(found.text[section].split()) >= 25
    if template:
        assert any(link.endswith(f"templates/#{template}") for link in found.links[section]), (
            found.links[section]
        )


def test_the_sources_page_names_at_least_15_public_sources(built_site):
    """'How we know' links at least 15 distinct public sources and says where they disagree."""
    html = (built_site / "sources" / "index.html").read_text("utf-8")
    hosts = {urlsplit(href).netloc for href in re.findall(r'href="(https?://[^"]+)"', html)}
    hosts -= {"github.com", "squidfunk.github.io"}
    distinct = {re.sub(r"^(www|blog|blogs|wp|sites|staging|careers)\.", "", h) for h in hosts}
    assert len(distinct) >= 15, sorted(distinct)
    assert "Where the sources disagree" in html


def test_every_page_says_when_it_last_changed(built_site):
    """Each guide page shows the date it last changed, as a machine-readable <time>."""
    for page in built_site.rglob("index.html"):
        if page.parent.name in ("search", "assets"):
            continue
        html = page.read_text("utf-8")
        assert re.search(r'Last changed on <time datetime="\d{4}-\d{2}-\d{2}">', html), page


def test_the_timeline_draws_its_titles_and_days_from_the_rules(built_site):
    """The timeline's step titles are the plan's own, and its days follow rules.toml."""
    import composer

    html = (built_site / "index.html").read_text("utf-8")
    timeline = html[
        html.index('<ol class="timeline"') : html.index("</ol>", html.index('<ol class="timeline"'))
    ]
    for kind in ("thank_you", "check_in", "second_follow_up", "closing"):
        assert composer.STEP_TITLES[kind] in timeline
    first = round(composer.RULES.check_in_after_interview_days * 7 / 5)
    assert f"≈ day {first}" in timeline
    assert 'class="timeline__end"' in timeline
