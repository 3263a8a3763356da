"""Quantities in the normalised text: digits, number words, approximate and vague amounts.

The words come from the pack's numbers.toml; the grammar (a run of number
words, joiners and multipliers) is the same for every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from veille.extract.anchored import NEVER, AnchoredPattern, alternation
from veille.extract.pack import LanguagePack


@dataclass(slots=True, frozen=True)
class Quantity:
    value: int | None  # None: a vague amount ("des dizaines")
    approx: bool
    start: int  # normalised offsets
    end: int
    digits: bool = False  # written in figures ("1 drone" counts; "un drone" is an article)


class NumberReader:
    def __init__(self, pack: LanguagePack) -> None:
        data = pack.numbers
        self.words = {pack.key(k): int(v) for k, v in data.get("words", {}).items()}
        compose = data.get("compose", {})
        self.joiners = {pack.key(w) for w in compose.get("joiners", [])}
        self.multipliers = {pack.key(k): int(v) for k, v in compose.get("multipliers", {}).items()}
        self.approximate = {pack.key(k): int(v) for k, v in data.get("approximate", {}).items()}
        vague = [pack.key(w) for w in data.get("vague", {}).get("words", [])]
        hedges = [pack.key(w) for w in data.get("hedges", {}).get("words", [])]
        openers = [*self.words, *self.multipliers, *self.approximate, *vague, *hedges]
        self._pattern = AnchoredPattern(self._compile(vague, hedges), openers, pack.clitic_prefixes)
        duals = [pack.key(w) for w in data.get("dual", {}).get("words", [])]
        clitics = alternation(pack.clitic_prefixes) or NEVER
        self._duals = re.compile(  # "بصاروخين": a clitic may stand glued before the dual
            rf"(?<!\w)(?:{clitics}){{0,2}}(?P<dual>{alternation(duals)})(?!\w)"
        ) if duals else None

    def _compile(self, vague: list[str], hedges: list[str]) -> re.Pattern[str]:
        word = alternation(list(self.words) + list(self.multipliers))
        joiner = alternation(self.joiners) or NEVER
        run = rf"(?:{word})(?: (?:{joiner} )?(?:{word}))*"
        digits = r"\d{1,3}(?: \d{3})+(?!\d)|\d+"
        approx = alternation(self.approximate) or NEVER
        vague_alt = alternation(vague) or NEVER
        hedge = alternation(hedges) or NEVER
        return re.compile(
            rf"(?P<hedge>(?:{hedge}) )?"
            rf"(?:(?P<digits>{digits})|(?P<approx>{approx})|(?P<vague>{vague_alt})|(?P<words>{run}))"
            rf"(?![\w])"
        )

    @property
    def opening_phrases(self) -> frozenset[str]:
        return self._pattern.opening_phrases

    def quantities(self, text: str, starts: Iterable[int] | None = None) -> list[Quantity]:
        """The amounts of a text; `starts`, the openers already found (else scanned)."""
        found: list[Quantity] = []
        for m in self._pattern.finditer(text, starts):
            q = self._quantity(m)
            if q is None:
                continue
            if found and _is_article_of(found[-1], q):
                q = Quantity(q.value, q.approx, found.pop().start, q.end)
            found.append(q)
        return sorted(found + self._dual_quantities(text), key=lambda q: q.start)

    def _dual_quantities(self, text: str) -> list[Quantity]:
        """Arabic duals carry their number: "صاروخين" is two rockets."""
        if self._duals is None:
            return []
        return [Quantity(2, False, m.start("dual"), m.end("dual"), True)
                for m in self._duals.finditer(text)]

    def _quantity(self, m: re.Match[str]) -> Quantity | None:
        hedged = m.group("hedge") is not None
        start, end = m.start(), m.end()
        if m.group("digits"):
            return Quantity(int(m.group("digits").replace(" ", "")), hedged, start, end, True)
        if m.group("approx"):
            return Quantity(self.approximate[m.group("approx")], True, start, end)
        if m.group("vague"):
            return Quantity(None, True, start, end)
        value = self.words_value(m.group("words"))
        return Quantity(value, hedged, start, end) if value is not None else None

    def words_value(self, phrase: str) -> int | None:
        """Value of a run of number words, longest known word first ("quatre vingt dix")."""
        tokens = [t for t in phrase.split(" ") if t not in self.joiners]
        total, current, i = 0, 0, 0
        while i < len(tokens):
            size, value = self._longest_word(tokens, i)
            if value is None:
                return None
            if tokens[i] in self.multipliers and size == 1:
                current = max(current, 1) * value
                if value >= 1000:
                    total, current = total + current, 0
            else:
                current += value
            i += size
        return total + current

    def _longest_word(self, tokens: list[str], i: int) -> tuple[int, int | None]:
        for size in range(min(4, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + size])
            if phrase in self.words and not (size == 1 and phrase in self.multipliers):
                return size, self.words[phrase]
            if size == 1 and phrase in self.multipliers:
                return 1, self.multipliers[phrase]
        return 1, None


def _is_article_of(before: Quantity, q: Quantity) -> bool:
    # "une trentaine", "a dozen": the 1 is the article of an approximate amount.
    return before.value == 1 and q.approx and before.end + 1 == q.start

