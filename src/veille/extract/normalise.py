"""A matching form of the text that keeps a map back to the original characters.

Every lexicon phrase, alias and pattern is matched against this form, so
"Aïn al-Assad", "AIN AL ASAD" and "Ain al-Asad" meet on "ain al asad"; the
offset map turns a match back into the span of the original text, so evidence
always shows what the source wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

# Arabic harakat, superscript alef, Quranic marks: dropped (they are optional in news text).
_ARABIC_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # + tatweel
_ARABIC_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "گ": "ك",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
# Punctuation that joins or separates name parts: folded to a space so that
# "al-Omar", "al Omar" and "al–Omar" are one key.
_SEPARATORS = set("-‐‑‒–—―'’ʼ`´‘_/.,;:!?()[]{}«»\"“”„<>|*•·…،؛؟") | {"\u00a0", "\u202f", "\t", "\n"}


@dataclass(frozen=True, slots=True)
class NormaliseOptions:
    collapse_double_letters: bool = True  # "Assad"/"Asad", "Chaddadi"/"Chadadi"
    # Word-initial rewrites: Arabic "لل" is ل + ال ("للقاعدة" = "to the base").
    word_initial: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Normalised:
    text: str  # the matching form
    offsets: list[int]  # offsets[i]: index in the original of text[i]; one extra entry at the end
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end], widened over characters folded away
        at its end (a collapsed doubled letter, a combining accent, a diacritic)."""
        first = self.offsets[start]
        if end <= start:
            return first, first
        last = self.offsets[end - 1] + 1
        while last < len(self.original) and _absorbed(self.original[last - 1], self.original[last]):
            last += 1
        return first, last


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _DIGITS:
        return _DIGITS[ch]
    if ch in _ARABIC_MARKS:
        return ""
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    if ch in _SEPARATORS or ch.isspace():
        return " "
    if ch.isascii():
        return ch.lower()
    base = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in base if not unicodedata.combining(c))
    return kept.casefold() or ""


def _absorbed(prev: str, ch: str) -> bool:
    folded = _fold_char(ch)
    return folded == "" or (folded.isalpha() and folded == _fold_char(prev))


class _FoldTable(dict):
    """str.translate table, filled on first sight of each character: one character in,
    one out ("\x00" for what folding removes), so offsets survive until the splices."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = value = folded[:1] or "\x00"
        return value


_FOLD = _FoldTable()
_REMOVED = re.compile("\x00")
# The first of two equal letters and the second of two spaces: what collapsing drops.
_SPACE_RUN = re.compile(r"(?<= ) ")
_DOUBLED = re.compile(r"(?<= ) |([a-z])(?=\1)")
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_a-z])(?=\d)")  # "بـ3": a clitic glued to a number


def normalise(text: str, options: NormaliseOptions = NormaliseOptions()) -> Normalised:
    folded = text.translate(_FOLD)
    offsets = list(range(len(text)))
    if "\x00" in folded:
        folded, offsets = _drop_matches(folded, offsets, _REMOVED)
    collapse = _DOUBLED if options.collapse_double_letters else _SPACE_RUN
    folded, offsets = _drop_matches(folded, offsets, collapse)
    if folded.startswith(" "):
        folded, offsets = folded[1:], offsets[1:]
    if _GLUED_DIGIT.search(folded):
        folded, offsets = _splice(folded, offsets, _GLUED_DIGIT, _space_before)
    for source, target in options.word_initial:
        pattern = re.compile(r"(?:^|(?<= ))" + re.escape(source))
        folded, offsets = _splice(folded, offsets, pattern, _rewrite(source, target))
    offsets.append(len(text))
    return Normalised(folded, offsets, text)


def _drop_matches(s: str, offsets: list[int], pattern: re.Pattern) -> tuple[str, list[int]]:
    """Remove one-character matches, keeping offsets aligned (the work stays in C)."""
    keep = bytearray(b"\x01") * len(s)
    dropped = False
    for m in pattern.finditer(s):
        keep[m.start()] = 0
        dropped = True
    if not dropped:
        return s, offsets
    return pattern.sub("", s), list(compress(offsets, keep))


Edit = Callable[[re.Match, list[int]], tuple[str, list[int]]]


def _splice(s: str, offsets: list[int], pattern: re.Pattern, edit: Edit) -> tuple[str, list[int]]:
    """Replace every match of `pattern` by what `edit` makes of it, carrying offsets along."""
    pieces: list[str] = []
    kept: list[int] = []
    prev = 0
    for m in pattern.finditer(s):
        pieces.append(s[prev : m.start()])
        kept.extend(offsets[prev : m.start()])
        text, where = edit(m, offsets)
        pieces.append(text)
        kept.extend(where)
        prev = m.end()
    if prev == 0:
        return s, offsets
    pieces.append(s[prev:])
    kept.extend(offsets[prev:])
    return "".join(pieces), kept


def _space_before(m: re.Match, offsets: list[int]) -> tuple[str, list[int]]:
    return " ", [offsets[m.start()]]


def _rewrite(source: str, target: str) -> Edit:
    def edit(m: re.Match, offsets: list[int]) -> tuple[str, list[int]]:
        where = [offsets[m.start() + min(k, len(source) - 1)] for k in range(len(target))]
        return target, where
    return edit


def normalise_phrase(phrase: str, options: NormaliseOptions = NormaliseOptions()) -> str:
    """The matching key of a lexicon phrase or alias."""
    return normalise(phrase, options).text.strip()
