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
    ("special-cases", "informational-interviews", None),
    (
        "special-cases",
        "thanking-a-reference-or-the-person-who-introduced-you",
        "thank-you-supporter",
    ),
    ("special-cases", "withdrawing-after-an-interview", "withdrawal"),
    ("when", "when-they-said-not-to-follow-up", None),
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
    for kind in ("thank_you", *composer.follow_up_kinds()):
        assert composer.STEP_TITLES[kind] in timeline
    assert timeline.count("<li") == 3 + len(composer.follow_up_kinds())  # interview, thanks, end
    first = round(composer.RULES.check_in_after_interview_days * 7 / 5)
    assert f"≈ day {first}" in timeline
    assert 'class="timeline__end"' in timeline


def _guide_text(site: Path) -> dict[str, str]:
    """Every guide page's text, tags stripped, by path (search and assets left out)."""
    pages = {}
    for page in site.rglob("index.html"):
        if page.parent.name in ("search", "assets"):
            continue
        html = page.read_text("utf-8")
        pages[str(page.relative_to(site))] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    return pages


def test_the_guide_never_says_business_hours_or_that_nobody_says_no(built_site):
    """'Business hours' means office hours, so "48 business hours" reads as six working days: the
    thank-you window is said in other words. And some interviewers do ask not to be chased."""
    for path, text in _guide_text(built_site).items():
        assert "business hours" not in text.lower(), path
        assert "nobody says no" not in text.lower(), path


def _claim_rows(markdown: str) -> list[list[str]]:
    """The sources page's table rows (header and rule lines left out), as cells."""
    rows = []
    for line in markdown.splitlines():
        if (
            not line.startswith("|")
            or line.startswith("|---")
            or line.startswith("| What the guide")
        ):
            continue
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_every_claim_on_the_sources_page_is_cited_with_a_date_read():
    """Each claim row links at least one public source and says when it was read."""
    rows = _claim_rows((Path(__file__).parent.parent / "docs" / "sources.md").read_text("utf-8"))
    assert len(rows) >= 30
    for claim, sources, read in rows:
        assert re.search(r"\]\(https?://", sources), claim
        assert re.search(r"\b\d{1,2} [A-Z][a-z]{2} 20\d\d\b", read), claim


def test_no_single_site_carries_the_sources_page():
    """No host backs more than three claims, and none is a staging, test or local host."""
    rows = _claim_rows((Path(__file__).parent.parent / "docs" / "sources.md").read_text("utf-8"))
    counts: dict[str, int] = {}
    for _, sources, _ in rows:
        hosts = {
            urlsplit(url).netloc.removeprefix("www.")
            for url in re.findall(r"\]\((https?://[^)\s]+)", sources)
        }
        for host in hosts:
            assert not re.search(r"staging|test|localhost|127\.0\.0\.1", host), host
            counts[host] = counts.get(host, 0) + 1
    crowded = {host: n for host, n in counts.items() if n > 3}
    assert not crowded, crowded
