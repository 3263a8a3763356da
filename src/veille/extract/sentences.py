"""Sentence spans, found on the original text (where the punctuation is) and
expressed in the normalised text's offsets (where matching happens)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from veille.extract.normalise import Normalised

# A full stop, question or exclamation mark (Latin or Arabic) closing quotes, then space;
# or a line break. What follows is not checked: headlines and captions often lack capitals.
# Scraped pages also glue sentences ("...des drones.Deux drones ont été abattus"): a stop
# between a lower-case word of three letters or more and a capital is a boundary too.
# The pattern opens on one character class, the alternatives then telling by lookbehind
# which character it was: `re` skips ahead to a stop or line break only when the pattern
# starts with a single class (alternatives each opening on a class of their own made it
# try every character, three quarters of the sentence split's time).
_BOUNDARY: Final = re.compile(
    r"[.!?؟…\n](?:(?<=[.!?؟…])[.!?؟…]*[\"»”’)\]]*\s+|(?<=\n)\s*"
    r"|(?<=[^\W\d_]{3}[.!?])(?<=[^\W\dA-Z_][.!?])(?=[A-ZÀ-Ý]))"
)


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
        if m.start() and norm.original[m.start() - 1] in "([":
            continue  # "(...)", "[…]": words left out of a quotation, no sentence end
        cuts.append(m.end())
    cuts.append(len(norm.original))
    spans: list[Sentence] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        start, end = norm.index_of(a), norm.index_of(b)
        if norm.text[start:end].strip():
            spans.append(Sentence(start, end, len(spans)))
    return spans


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str]) -> bool:
    word = word_before(text, dot)
    return bool(word) and (word.lower() in abbreviations or (len(word) == 1 and word.isupper()))


# How far back the word before a stop is looked for.
WORD_REACH: Final = 20


def word_before(text: str, at: int) -> str:
    """The last word (letters, digits, "_") in the WORD_REACH characters before `at`, with
    only non-word characters after it ("Etats-Unis" in "Etats-Unis)"); "" if none. A scan
    back from `at`, not a regex search: `re` tried every start of the stretch, a tenth of
    the sentence split's time."""
    lo = max(0, at - WORD_REACH)
    end = at
    while end > lo and not _is_word_char(text[end - 1]):
        end -= 1
    start = end
    while start > lo and _is_word_char(text[start - 1]):
        start -= 1
    return text[start:end]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
