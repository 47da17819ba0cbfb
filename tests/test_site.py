"""The built site: links, metadata, the lock file, and guide numbers from the rules."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from checkout import copy_checkout
from site_server import SUB_PATH

ROOT = Path(__file__).resolve().parent.parent


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.assets: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag in ("script", "img") and a.get("src"):
            self.assets.append(a["src"])
        if tag == "link" and a.get("rel") in (
            "stylesheet",
            "icon",
            "preload",
            "modulepreload",
            "manifest",
        ):
            self.assets.append(a["href"])
        if tag == "meta":
            self.meta[a.get("name") or a.get("http-equiv") or a.get("property", "")] = a.get(
                "content", ""
            )
        self._in_title = tag == "title"

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


def _pages(site: Path) -> dict[Path, _Page]:
    return {p: _parse(p) for p in site.rglob("*.html")}


def _target(site: Path, page: Path, href: str) -> tuple[Path, str]:
    url, fragment = urldefrag(href)
    if not url:
        return page, fragment
    if url.startswith(SUB_PATH):  # 404.html links from the site root, as Pages serves it
        target = (site / unquote(url[len(SUB_PATH) :])).resolve()
    else:
        target = (page.parent / unquote(url)).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, fragment


def test_every_internal_link_and_anchor_resolves(built_site: Path):
    """Every relative link points at a file in the site, and every #anchor exists there."""
    pages = _pages(built_site)
    broken = []
    for page, parsed in pages.items():
        for href in parsed.links + parsed.assets:
            if urlsplit(href).scheme or href.startswith(("//", "mailto:", "data:")):
                continue
            target, fragment = _target(built_site, page, href)
            if not target.exists():
                broken.append(f"{page.relative_to(built_site)} -> {href}")
            elif (
                fragment
                and target.suffix == ".html"
                and fragment not in pages.get(target, _parse(target)).ids
            ):
                broken.append(f"{page.relative_to(built_site)} -> {href} (no such anchor)")
    assert broken == []


def test_every_page_has_a_title_description_and_policy(built_site: Path):
    """Each page has a title, a meta description, Open Graph tags and a filled-in CSP."""
    for page, parsed in _pages(built_site).items():
        name = page.relative_to(built_site)
        assert parsed.title.strip(), name
        assert len(parsed.meta.get("description", "")) > 40, name
        assert parsed.meta.get("og:title"), name
        csp = parsed.meta.get("Content-Security-Policy", "")
        assert csp.startswith("default-src 'self'") and "__CSP__" not in csp, name
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, name


def test_no_page_links_an_asset_from_another_origin(built_site: Path):
    """Scripts, styles and images all come from the site itself."""
    for page, parsed in _pages(built_site).items():
        foreign = [
            a
            for a in parsed.assets
            if urlsplit(a).scheme in ("http", "https") or a.startswith("//")
        ]
        assert foreign == [], page


def test_lock_file_sha256_matches_the_shipped_wheel_and_stdlib(built_site: Path):
    """The browser checks the wheel's hash, and the worker keys its snapshot by the standard
    library's: both must be the real files'. Each sits in a folder named by its content, so a
    redeploy never reuses a cached name."""
    out = built_site / "pyodide"
    lock = json.loads((out / "pyodide-lock.json").read_text("utf-8"))
    entry = lock["packages"]["composer"]
    wheel = out / entry["file_name"]
    assert hashlib.sha256(wheel.read_bytes()).hexdigest() == entry["sha256"]
    assert entry["imports"] == ["composer"]
    stdlib = out / lock["stdlib"]["file_name"]
    assert hashlib.sha256(stdlib.read_bytes()).hexdigest() == lock["stdlib"]["sha256"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json", "stdlib", "wheels"]
    )
    assert entry["file_name"] == f"wheels/{entry['sha256'][:16]}/{wheel.name}"
    assert [p.name for p in (out / "wheels").iterdir()] == [entry["sha256"][:16]]
    assert lock["stdlib"]["file_name"] == f"stdlib/{lock['stdlib']['sha256'][:16]}/python_stdlib.zip"
    assert [p.name for p in (out / "stdlib").iterdir()] == [lock["stdlib"]["sha256"][:16]]


def test_the_wheel_ships_bytecode_only(built_site: Path):
    """The composer's modules are Python 3.14 bytecode without docstrings; a source beside
    each would be bytes no reader uses (its doctests run from the repository's sources)."""
    import zipfile

    lock = json.loads((built_site / "pyodide" / "pyodide-lock.json").read_text("utf-8"))
    names = zipfile.ZipFile(built_site / "pyodide" / lock["packages"]["composer"]["file_name"]).namelist()
    assert "composer/__init__.pyc" in names and "composer/_plan.pyc" in names
    assert [name for name in names if name.endswith(".py")] == []
    assert not any("__pycache__" in name for name in names)


def test_gallery_shows_every_template_file(built_site: Path):
    """Each file in composer/templates/ has its own section in the gallery."""
    ids = _parse(built_site / "templates" / "index.html").ids
    files = sorted(p.stem for p in (ROOT / "composer" / "templates").glob("*.toml"))
    assert files and [name for name in files if name not in ids] == []


def test_guide_numbers_come_from_the_rules(tmp_path: Path):
    """Changing a rule in a copy of the project changes the guide's prose in that build."""
    copy_checkout(
        tmp_path, ("composer/rules.toml", "best_within_hours = 24", "best_within_hours = 36")
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
    )
    when = (tmp_path / "site" / "when" / "index.html").read_text("utf-8")
    assert "within 36 hours, on working days" in when and "within 24 hours" not in when
    assert "Within 36 hours, counting working days only" in when  # the timeline, from the same rule


def test_no_unrendered_markup_reaches_a_page(built_site: Path):
    """No icon shortcode or guide marker is left as literal text in any page."""
    leftovers = re.compile(r":(material|fontawesome|octicons)-[a-z0-9-]+:|\{\{[^}]*\}\}")
    for page in built_site.rglob("*.html"):
        text = re.sub(r"<script.*?</script>", "", page.read_text("utf-8"), flags=re.S)
        assert leftovers.search(text) is None, page.relative_to(built_site)


def test_the_page_scripts_and_the_build_agree_on_shared_facts():
    """The core file list and the snapshot cache name are typed once per language, and agree."""
    from pyodide_assets import CORE_FILES

    config = (ROOT / "docs" / "javascripts" / "composer-config.mjs").read_text("utf-8")
    listed = re.search(r"CORE_FILES = \[(.*?)\]", config)
    assert listed is not None
    assert tuple(re.findall(r'"([^"]+)"', listed.group(1))) == CORE_FILES
    for script in (ROOT / "docs" / "javascripts").glob("*.mjs"):
        if script.name != "composer-config.mjs":
            assert "after-the-interview:python" not in script.read_text("utf-8"), script.name
