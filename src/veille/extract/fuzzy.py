"""Place names the gazetteer spells otherwise ("la base al-Rokbane", "sites near Abukama").

A name written with a capital right after a place cue (a locator, a target or site word)
that no alias matched is compared, by edit similarity, with the language's place aliases.
A close match to one place makes it a place mention whose span is the name as the source
wrote it. Only languages written with capitals take part (the pack's `name_particles`
switch it on): without case, any word after a cue could be a name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Final

from rapidfuzz import fuzz, process

from veille.extract.matcher import ENTITY_KINDS, Mention
from veille.extract.normalise import Normalised
from veille.extract.pack import LanguagePack

# rapidfuzz's ratio (0-100) a name must reach, on keys without particles or spaces:
# "Abukama"/"Abu Kamal" 93, "al-Rokbane"/"Rokban" 92; "Rami"/"Ramadi" 80 stays out.
SCORE: Final = 88
# Shorter names are too easily near another one ("Hit", "Tal").
MIN_LETTERS: Final = 5
MAX_WORDS: Final = 3
CUE_KINDS: Final = frozenset({"locator", "target", "anaphor"})


class FuzzyPlaces:
    def __init__(self, pack: LanguagePack, place_aliases: Iterable[tuple[str, str]]) -> None:
        self.particles = frozenset(pack.key(p) for p in pack.name_particles)
        self.connectors = pack.connectors
        # Keys by first letter: a transliteration rarely changes a name's first letter
        # once its particle is dropped, and each name is then weighed against a few dozen.
        self._keys: dict[str, dict[str, set[str]]] = {}
        for alias, place_id in place_aliases:
            key = self._bare(pack.key(alias).split())
            if len(key) >= MIN_LETTERS:
                self._keys.setdefault(key[0], {}).setdefault(key, set()).add(place_id)

    def mentions(self, norm: Normalised, found: list[Mention]) -> list[Mention]:
        """Places spelt otherwise after a cue, as mentions (none where any entity stands)."""
        if not self.particles:
            return []
        entities: _Covered | None = None  # made only once a name stands after a cue
        added: list[Mention] = []
        for cue in found:
            if cue.kind not in CUE_KINDS:
                continue
            start = self._name_after(norm, cue.end + 1)
            if start < 0:
                continue
            if entities is None:
                entities = _Covered([(m.start, m.end) for m in found if m.kind in ENTITY_KINDS])
            if not entities.covers(start):
                added += self._match(norm, start, entities)
        return added

    def _name_after(self, norm: Normalised, at: int) -> int:
        """Where a name may open past the connectors after a cue ("près de", "la base d'"):
        a particle or a word capitalised in the source; -1 when none does."""
        for _ in range(3):
            word, end = _word_at(norm.text, at)
            if word not in self.connectors:
                return at if word and self._may_open(word, norm, at) else -1
            at = end + 1
        return -1

    def _may_open(self, word: str, norm: Normalised, at: int) -> bool:
        return word in self.particles or norm.original[norm.original_at(at)].isupper()

    def _match(self, norm: Normalised, start: int, entities: _Covered) -> list[Mention]:
        words = self._name_words(norm, start, entities)
        for n in range(len(words), 0, -1):
            key = self._bare([w for w, _ in words[:n]])
            if len(key) < MIN_LETTERS:
                continue
            keys = self._keys.get(key[0], {})
            best = process.extractOne(key, keys.keys(), scorer=fuzz.ratio, score_cutoff=SCORE)
            if best is not None:
                end = words[n - 1][1]
                return [Mention("place", place_id, start, end) for place_id in sorted(keys[best[0]])]
        return []

    def _name_words(self, norm: Normalised, start: int, entities: _Covered) -> list[tuple[str, int]]:
        """The words of a name from `start`: capitalised in the source, or a particle
        ("al-Rokbane"), up to the next entity; with where each ends."""
        words: list[tuple[str, int]] = []
        at = start
        while len(words) < MAX_WORDS and at < len(norm.text):
            word, end = _word_at(norm.text, at)
            if not self._may_open(word, norm, at) or at > start and entities.covers(at):
                break
            words.append((word, end))
            at = end + 1
        while words and words[-1][0] in self.particles:
            words.pop()
        return words

    def _bare(self, words: list[str]) -> str:
        """The key without its leading particles or spaces ("al rukban" -> "rukban")."""
        k = 0
        while k < len(words) - 1 and words[k] in self.particles:
            k += 1
        return "".join(words[k:])


def _word_at(text: str, at: int) -> tuple[str, int]:
    """The word starting at `at` in the normalised text, and where it ends."""
    end = text.find(" ", at)
    end = len(text) if end < 0 else end
    return text[at:end], end


class _Covered:
    """The spans of the names and masks already read, asked whether a word starts inside
    one (an alias hidden by a mask, "soutenus par Téhéran", is no unknown name either)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:  # sorted by start
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        furthest = -1
        for _, b in spans:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def covers(self, at: int) -> bool:
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and self.reach[k] > at
