"""A matching form of the text that keeps a map back to the original characters.

Every lexicon phrase, alias and pattern is matched against this form, so
"Aïn al-Assad", "AIN AL ASAD" and "Ain al-Asad" meet on "ain al asad"; the
offset map turns a match back into the span of the original text, so evidence
always shows what the source wrote.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

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


def normalise(text: str, options: NormaliseOptions = NormaliseOptions()) -> Normalised:
    out: list[str] = []
    offsets: list[int] = []
    prev = " "
    for i, ch in enumerate(text):
        for f in _fold_char(ch):
            if f == " " and prev == " ":
                continue
            if options.collapse_double_letters and f == prev and f.isalpha() and f.isascii():
                continue
            if f.isdigit() and prev.isalpha() and not prev.isascii():
                out.append(" ")  # "بـ3": a clitic glued to a number
                offsets.append(i)
            out.append(f)
            offsets.append(i)
            prev = f
    offsets.append(len(text))
    if options.word_initial:
        return _rewrite_initials(Normalised("".join(out), offsets, text), options.word_initial)
    return Normalised("".join(out), offsets, text)


def _rewrite_initials(norm: Normalised, rules: tuple[tuple[str, str], ...]) -> Normalised:
    """Apply word-initial rewrites, each new character mapped to the original it stands for."""
    out: list[str] = []
    offsets: list[int] = []
    i, text = 0, norm.text
    while i < len(text):
        at_start = i == 0 or text[i - 1] == " "
        rule = next(((a, b) for a, b in rules if at_start and text.startswith(a, i)), None)
        if rule is None:
            out.append(text[i])
            offsets.append(norm.offsets[i])
            i += 1
            continue
        source, target = rule
        out.extend(target)
        offsets.extend(norm.offsets[i + min(k, len(source) - 1)] for k in range(len(target)))
        i += len(source)
    offsets.append(norm.offsets[-1])
    return Normalised("".join(out), offsets, norm.original)


def normalise_phrase(phrase: str, options: NormaliseOptions = NormaliseOptions()) -> str:
    """The matching key of a lexicon phrase or alias."""
    return normalise(phrase, options).text.strip()
