"""A matching form of the text that keeps a map back to the original characters.

Every lexicon phrase, alias and pattern is matched against this form, so
"Aïn al-Assad", "AIN AL ASAD" and "Ain al-Asad" meet on "ain al asad"; the
offset map turns a match back into the span of the original text, so evidence
always shows what the source wrote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# Arabic harakat, superscript alef, Quranic marks: dropped (they are optional in news text).
_ARABIC_MARKS: Final = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640"}  # + tatweel
_ARABIC_FOLD: Final = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "گ": "ك",
}
_DIGITS: Final = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
# Punctuation that joins or separates name parts: folded to a space so that
# "al-Omar", "al Omar" and "al–Omar" are one key.
_SEPARATORS: Final = set("-‐‑‒–—―'’ʼ`´‘_/.,;:!?()[]{}«»\"“”„<>|*•·…،؛؟#") | {"\u00a0", "\u202f", "\t", "\n"}
# A hashtag of joined capitalised words ("#AbuKamal", "#DeirEzzor"): split where a capital
# follows a small letter, so its words meet the aliases.
_HASHTAG: Final = re.compile(r"#[^\W\d_]{4,}")


@dataclass(frozen=True, slots=True)
class NormaliseOptions:
    collapse_double_letters: bool = True  # "Assad"/"Asad", "Chaddadi"/"Chadadi"
    # Word-initial rewrites: Arabic "لل" is ل + ال ("للقاعدة" = "to the base").
    word_initial: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class Normalised:
    """The matching form and its map back to the original.

    The map is kept as runs, not one entry per character: along a run the original
    index is the normalised index plus a constant shift, and a new run starts after
    every character folding removed. A 3 KB report has about a hundred runs; a list of
    three thousand offsets cost more to build than the folding itself."""

    text: str  # the matching form
    original: str
    starts: list[int]  # the normalised index where each run begins; the last is len(text)
    shifts: list[int]  # original index minus normalised index along each run
    origins: list[int]  # the original index of each run's first character

    def original_at(self, i: int) -> int:
        """The index in the original of text[i] (len(original) for i == len(text))."""
        k = bisect_right(self.starts, i) - 1
        return i + self.shifts[k if k > 0 else 0]

    def index_of(self, o: int) -> int:
        """The first normalised index whose character stands at or after original index o
        (what bisect_left over the full offset list would give)."""
        starts, shifts = self.starts, self.shifts
        k = bisect_left(self.origins, o)
        end = starts[k] if k < len(starts) else len(self.text) + 1
        if k == 0:
            return end
        i = o - shifts[k - 1]
        return i if i < end else end

    @property
    def offsets(self) -> list[int]:
        """One original index per normalised character, plus one for the end."""
        return _offsets_of((self.starts, self.shifts), len(self.text) + 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end], widened over characters folded away
        at its end (a collapsed doubled letter, a combining accent, a diacritic)."""
        first = self.original_at(start)
        if end <= start:
            return first, first
        last = self.original_at(end - 1) + 1
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


_FOLD: Final = _FoldTable()


def _byte_fold_table() -> bytes:
    """_FOLD for the characters of Windows-1252, as a bytes.translate table. A character
    whose folding falls outside that code page maps to 0x81, a byte the code page leaves
    undefined, so decoding fails and the text takes the general path."""
    table = bytearray(range(256))
    for byte in range(256):
        try:
            ch = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        try:
            table[byte] = _FOLD[ord(ch)].encode("cp1252")[0]
        except UnicodeEncodeError:
            table[byte] = 0x81
    return bytes(table)


_BYTE_FOLD: Final = _byte_fold_table()


def _folded(text: str) -> str:
    """text.translate(_FOLD). Latin-script news nearly always fits Windows-1252 (accents,
    curly quotes, dashes, œ): through its bytes, folding is one table lookup per byte,
    eight times faster than str.translate's dict lookup per character."""
    try:
        return text.encode("cp1252").translate(_BYTE_FOLD).decode("cp1252")
    except UnicodeError:
        return text.translate(_FOLD)


_REMOVED: Final = re.compile("\x00")
# The first of two equal letters or spaces: what collapsing drops.
_SPACE_RUN: Final = re.compile(r" (?= )")
# One alternative, not a space one and a letter one: `re` tries it in one pass per
# character, a quarter faster.
_DOUBLED: Final = re.compile(r"([a-z ])(?=\1)")
_GLUED_DIGIT: Final = re.compile(r"(?<=[^\W\d_a-z])(?=\d)")  # "بـ3": a clitic glued to a number


def normalise(text: str, options: NormaliseOptions = NormaliseOptions()) -> Normalised:
    folded = _folded(text)
    collapse = _DOUBLED if options.collapse_double_letters else _SPACE_RUN
    if "\x00" in folded:  # rare: combining marks, harakat: fold them away first
        folded, first = _collapsed(folded, _REMOVED)
        middle = _offsets_of(first, len(folded))
        folded, second = _collapsed(folded, collapse)
        runs = _runs_of([middle[i] for i in _offsets_of(second, len(folded))])
    else:
        folded, runs = _collapsed(folded, collapse)
    if folded.startswith(" "):
        folded, runs = folded[1:], _without_first(runs)
    # The splices insert and rewrite characters: they work on the full offset list.
    splices: list[tuple[re.Pattern[str], Edit]] = []
    if not folded.isascii():  # a clitic glued to a number needs a letter outside a-z
        splices.append((_GLUED_DIGIT, _space_before))
    splices += [(_initial(source), _rewrite(source, target)) for source, target in options.word_initial]
    splices = [(pattern, edit) for pattern, edit in splices if pattern.search(folded)]
    breaks = _hashtag_breaks(text) if "#" in text else None
    if splices or breaks:
        offsets = _offsets_of(runs, len(folded))
        for pattern, edit in splices:
            folded, offsets = _splice(folded, offsets, pattern, edit)
        if breaks:
            folded, offsets = _spaced_before(folded, offsets, breaks)
        runs = _runs_of(offsets)
    starts, shifts = runs
    starts.append(len(folded))
    shifts.append(len(text) - len(folded))
    return Normalised(folded, text, starts, shifts, [a + b for a, b in zip(starts, shifts, strict=True)])


Runs = tuple[list[int], list[int]]  # run starts and shifts, as in Normalised


def _collapsed(s: str, pattern: re.Pattern) -> tuple[str, Runs]:
    """Remove one-character matches of `pattern` from a string that maps one to one
    onto the original, and the runs that map the result back. `split` cuts the string in
    C (its groups' text comes between the pieces): a fifth faster than a match object
    per removal."""
    parts = pattern.split(s)
    if len(parts) == 1:
        return s, ([0], [0])
    pieces = parts[:: pattern.groups + 1]
    starts, shifts = [0], [0]
    at = 0
    for dropped in range(1, len(pieces)):
        at += len(pieces[dropped - 1])  # where this removed character was, in the result
        if starts[-1] == at:  # two removals in a row: the run is empty
            shifts[-1] = dropped
        else:
            starts.append(at)
            shifts.append(dropped)
    return "".join(pieces), (starts, shifts)


def _without_first(runs: Runs) -> Runs:
    """The runs once the first normalised character is gone."""
    starts = [max(a - 1, 0) for a in runs[0]]
    shifts = [b + 1 for b in runs[1]]
    while len(starts) > 1 and starts[1] == 0:  # the first run was that one character
        del starts[0], shifts[0]
    return starts, shifts


def _runs_of(offsets: list[int]) -> Runs:
    starts, shifts = [], []
    last = None
    for i, o in enumerate(offsets):
        if o - i != last:
            last = o - i
            starts.append(i)
            shifts.append(last)
    return (starts or [0]), (shifts or [0])


def _offsets_of(runs: Runs, length: int) -> list[int]:
    starts, shifts = runs
    bounds = starts[1:] + [length]
    return [i + shift for start, end, shift in zip(starts, bounds, shifts, strict=True)
            for i in range(start, end)]


@lru_cache(maxsize=64)
def _initial(source: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<= ))" + re.escape(source))


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


def _hashtag_breaks(text: str) -> set[int]:
    """Where a capital follows a small letter inside a hashtag (original offsets)."""
    return {i for m in _HASHTAG.finditer(text) for i in range(m.start() + 2, m.end())
            if text[i].isupper() and text[i - 1].islower()}


def _spaced_before(s: str, offsets: list[int], breaks: set[int]) -> tuple[str, list[int]]:
    """A space before each character that stands at one of the original offsets `breaks`."""
    pieces: list[str] = []
    kept: list[int] = []
    for ch, o in zip(s, offsets, strict=True):
        if o in breaks:
            pieces.append(" ")
            kept.append(o)
        pieces.append(ch)
        kept.append(o)
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
