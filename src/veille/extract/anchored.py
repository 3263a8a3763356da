"""Run a big alternation only where it can start.

A date or quantity pattern has dozens of alternatives; letting `re` try them at
every character costs more than the rest of the annotation. Each alternative
starts with a known phrase (a month, a weekday, a number word, "la veille",
"il y a", ...) or a digit, so the pattern is tried only where such a phrase
stands. Whole phrases, not their first words: "la", "le" or "dans" open a few
alternatives but stand everywhere, and trying the pattern after each of them
cost a fifth of the date reader's time. In a language whose
words carry clitic prefixes ("وأمس", "and yesterday"), it is tried after them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

NEVER: Final = "(?!x)x"  # a pattern that matches nothing: for a table a pack leaves empty


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternative, written as a trie ("quatre(?: vingt(?: dix)?)?"):
    the longer of two words sharing a start is tried first, so "quatre vingt dix" wins
    over "quatre", and `re` follows one branch per character instead of trying every
    word in turn (half the time of a flat longest-first list); empty when there are none."""
    trie: dict = {}
    for word in set(words):
        if word:
            node = trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    alternatives = [re.escape(ch) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


class AnchoredPattern:
    """`pattern` is only ever tried where an opener stands, so it needs no left
    boundary of its own: the opener finder checks it (before any clitic)."""

    def __init__(self, pattern: re.Pattern[str], opening_phrases: Iterable[str],
                 clitics: Iterable[str] = ()) -> None:
        self.pattern = pattern
        self.opening_phrases = frozenset(p for p in opening_phrases if p)
        openers = alternation(self.opening_phrases)
        word = rf"|(?:{openers})(?![^\W_])" if openers else ""
        # Fewest clitics first: "واحد" is the word "one", not و + "احد".
        glued = rf"(?:{alternation(clitics)}){{0,2}}?" if any(clitics) else ""
        # Words start after a space in the normalised text (punctuation is folded to
        # spaces): a literal space first lets `re` skip ahead instead of testing a
        # boundary at every character, a third of the readers' time.
        self._openers = re.compile(rf" {glued}(?P<at>\d{word})")

    def finditer(self, text: str, starts: Iterable[int] | None = None) -> list[re.Match[str]]:
        """The pattern's matches, tried at its openers: found here, or given as `starts`
        (the sorted word starts the matcher's pass and a digit scan already found). A list,
        not a generator: the compiled build resumes a generator through a slower frame."""
        if starts is None:
            starts = [opener.start("at") - 1 for opener in self._openers.finditer(" " + text)]
        found: list[re.Match[str]] = []
        resume = 0
        for at in starts:
            if at < resume:
                continue
            m = self.pattern.match(text, at)
            if m and m.end() > m.start():
                resume = m.end()
                found.append(m)
        return found


_DIGIT_START: Final = re.compile(r" (?=\d)")


def digit_starts(text: str) -> list[int]:
    """Where a number written in digits starts (numbers always follow a space, or open
    the normalised text)."""
    return [m.start() for m in _DIGIT_START.finditer(" " + text)]
