"""Run a big alternation only where it can start.

A date or quantity pattern has dozens of alternatives; letting `re` try them at
every character costs more than the rest of the annotation. Each alternative
starts with a known word (a month, a weekday, a number word, ...) or a digit, so
the pattern is tried only at tokens that are such a word. In a language whose
words carry clitic prefixes ("وأمس", "and yesterday"), it is tried after them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

NEVER = "(?!x)x"  # a pattern that matches nothing: for a table a pack leaves empty


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternative, longest first so that "quatre vingt dix"
    wins over "quatre"; empty when there are none."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


class AnchoredPattern:
    """`pattern` is only ever tried where an opener stands, so it needs no left
    boundary of its own: the opener finder checks it (before any clitic)."""

    def __init__(self, pattern: re.Pattern[str], first_words: Iterable[str],
                 clitics: Iterable[str] = ()) -> None:
        self.pattern = pattern
        openers = alternation(first_words)
        word = rf"|(?:{openers})(?![^\W_])" if openers else ""
        # Fewest clitics first: "واحد" is the word "one", not و + "احد".
        glued = rf"(?:{alternation(clitics)}){{0,2}}?" if any(clitics) else ""
        # Words start after a space in the normalised text (punctuation is folded to
        # spaces): a literal space first lets `re` skip ahead instead of testing a
        # boundary at every character, a third of the readers' time.
        self._openers = re.compile(rf" {glued}(?P<at>\d{word})")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        resume = 0
        for opener in self._openers.finditer(" " + text):
            at = opener.start("at") - 1
            if at < resume:
                continue
            m = self.pattern.match(text, at)
            if m and m.end() > m.start():
                resume = m.end()
                yield m


def first_words(phrases: Iterable[str]) -> set[str]:
    return {p.split(" ", 1)[0] for p in phrases if p}
