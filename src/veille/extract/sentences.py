"""Sentence spans, found on the original text (where the punctuation is) and
expressed in the normalised text's offsets (where matching happens)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.extract.normalise import Normalised

# A full stop, question or exclamation mark (Latin or Arabic) closing quotes, then space;
# or a line break. What follows is not checked: headlines and captions often lack capitals.
# Scraped pages also glue sentences ("...des drones.Deux drones ont été abattus"): a stop
# between a lower-case word of three letters or more and a capital is a boundary too.
# The pattern opens on one character class, the alternatives then telling by lookbehind
# which character it was: `re` skips ahead to a stop or line break only when the pattern
# starts with a single class (alternatives each opening on a class of their own made it
# try every character, three quarters of the sentence split's time).
_BOUNDARY = re.compile(
    r"[.!?؟…\n](?:(?<=[.!?؟…])[.!?؟…]*[\"»”’)\]]*\s+|(?<=\n)\s*"
    r"|(?<=[^\W\d_]{3}[.!?])(?<=[^\W\dA-Z_][.!?])(?=[A-ZÀ-Ý]))"
)
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int  # normalised offsets
    end: int
    index: int


def split_sentences(norm: Normalised, abbreviations: frozenset[str]) -> list[Sentence]:
    cuts = [0]
    for m in _BOUNDARY.finditer(norm.original):
        if m.group().startswith(".") and _is_abbreviation(norm.original, m.start(), abbreviations):
            continue
        cuts.append(m.end())
    cuts.append(len(norm.original))
    spans: list[Sentence] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        start, end = norm.index_of(a), norm.index_of(b)
        if norm.text[start:end].strip():
            spans.append(Sentence(start, end, len(spans)))
    return spans


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    m = _WORD_BEFORE.search(text[max(0, dot - 20) : dot])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in abbreviations or (len(word) == 1 and word.isupper())
