"""Evidence shown in context: the sentences that hold each span, spans highlighted.

Built as rich Text objects with styled ranges, never as markup strings, so a
source's brackets and backslashes print as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.text import Text

from veille.model import Evidence

SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")
HIGHLIGHT = "bold black on yellow"


@dataclass(slots=True)
class EvidenceSentence:
    start: int
    end: int
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def fields(self) -> list[str]:
        return sorted({e.field for e in self.evidence})


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end] (a span may cross sentence ends)."""
    begin = 0
    for match in SENTENCE_END.finditer(text, 0, max(start, 0)):
        begin = match.end()
    after = SENTENCE_END.search(text, min(end, len(text)))
    finish = after.end() if after else len(text)
    while begin < finish and text[begin].isspace():
        begin += 1
    return begin, finish


def evidence_sentences(text: str, evidence: list[Evidence]) -> list[EvidenceSentence]:
    """One entry per sentence holding evidence, in text order."""
    found: dict[tuple[int, int], EvidenceSentence] = {}
    for item in evidence:
        bounds = sentence_bounds(text, item.start, item.end)
        found.setdefault(bounds, EvidenceSentence(*bounds)).evidence.append(item)
    return [found[key] for key in sorted(found)]


def highlighted(text: str, sentence: EvidenceSentence) -> Text:
    shown = Text(text[sentence.start : sentence.end].strip())
    offset = sentence.start + _leading_space(text[sentence.start : sentence.end])
    for item in sentence.evidence:
        begin, finish = max(item.start - offset, 0), min(item.end - offset, len(shown))
        if begin < finish:
            shown.stylize(HIGHLIGHT, begin, finish)
    return shown


def _leading_space(chunk: str) -> int:
    return len(chunk) - len(chunk.lstrip())
