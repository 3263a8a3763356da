"""HTML -> text: trafilatura for whole pages, a small block-aware stripper for feed snippets."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from veille.ingest.problems import Code, Problem

BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"blockquote", "pre", "table", "tr", "section", "article", "figure"}
)
BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Page:
    """What a news page gives beyond its text."""

    text: str
    title: str | None
    date: str | None
    site: str | None
    url: str | None


def extract_page(html: bytes | str, url: str | None = None) -> Page:
    """Main text and metadata of an article page; raises Problem when it has no text."""
    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    text = getattr(found, "text", None) or ""
    if not text.strip():
        raise Problem(Code.MISSING_TEXT, "no readable main text in the HTML page")
    return Page(
        text=text,
        title=getattr(found, "title", None) or None,
        date=getattr(found, "date", None) or None,
        site=getattr(found, "sitename", None) or None,
        url=getattr(found, "url", None) or url,
    )


def fragment_text(html: str) -> str:
    """Visible text of an HTML snippet, one line per block, entities decoded."""
    if "<" not in html and "&" not in html:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return html
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
