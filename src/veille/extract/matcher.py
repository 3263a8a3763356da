"""One pass over a document for every lexicon phrase, actor alias and place alias.

An Aho-Corasick automaton (pyahocorasick) finds all keys at once, so adding
entries costs nothing per document; boundaries, inflection endings and clitic
prefixes are then checked from the pack's declared rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

import ahocorasick

from veille.extract.pack import LanguagePack, load_actors

# Kinds that compete for the same characters: a place inside an actor's name
# ("Résistance islamique en Irak") is not a place mention, nor one inside a mask
# (words that name no place although they hold one: "Baghdad time").
ENTITY_KINDS: Final = frozenset({"place", "actor", "mask"})
OPENER: Final = "opener"  # a word a date or number expression may start with (value: the reader)
_GROUP: Final = dict.fromkeys(ENTITY_KINDS, "entity")  # the kinds that compete with one another
# Kinds whose words may carry the pack's inflection endings.
INFLECTED_KINDS: Final = frozenset({
    "attack", "intercept", "outcome", "casualty", "weapon", "claim", "target", "tally", "locator",
})


@dataclass(slots=True, eq=True, unsafe_hash=True)
class Mention:
    """A lexicon, actor or place match. Hundreds are made per document and read
    thousands of times: a slotted class, which the compiled build turns into a C
    struct (a NamedTuple's fields stay attribute lookups there). Never changed once
    made: `with_value` gives a copy."""

    kind: str
    value: str
    start: int  # in the normalised text
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start

    def with_value(self, value: str) -> Mention:
        return Mention(self.kind, value, self.start, self.end)


class Matcher:
    """Every lexicon phrase, actor alias and place alias in one Aho-Corasick pass.

    Keys are stored between spaces (" la base ") and searched in the text between
    spaces, so every match already stands on word boundaries, with the pack's
    inflection endings listed as forms. Languages with clitic prefixes (Arabic
    "وبالصواريخ") look their single words up token by token behind the prefixes
    instead; their multi-word phrases still go through the automaton.
    """

    def __init__(self, pack: LanguagePack, place_aliases: Iterable[tuple[str, str]],
                 openers: Mapping[str, Iterable[str]] | None = None) -> None:
        self.pack = pack
        self._clitics = bool(pack.clitic_prefixes)
        # A name beats a generic word it overlaps, however long the generic phrase:
        # "combattants de la Résistance irakienne" is the Islamic Resistance in Iraq.
        self._generic = frozenset(a.id for a in load_actors().values() if a.role == "generic")
        self._words: dict[str, tuple[list[tuple[str, str]], list[str]]] = {}  # entries, readers
        self._automaton = ahocorasick.Automaton()
        for key, kind, value in pack.lexicon:
            self._add(key, kind, value)
        for key, actor in pack.actor_aliases:
            self._add(key, "actor", actor)
        for alias, place_id in place_aliases:
            key = pack.key(alias)
            if key:
                self._add(key, "place", place_id)
        # The words a date or number reader's pattern may open with: found in this same
        # pass, so the readers need no scan of their own.
        for reader, words in (openers or {}).items():
            for word in words:
                self._add(word, OPENER, reader)
        if len(self._automaton):
            self._automaton.make_automaton()

    def _add(self, key: str, kind: str, value: str) -> None:
        forms = [key] + ([key + s for s in self.pack.inflections] if kind in INFLECTED_KINDS else [])
        for form in forms:
            if self._clitics and " " not in form:
                entries, readers = self._words.setdefault(form, ([], []))
            else:
                # A clitic may stand glued before a phrase: only its end is padded then.
                form = f"{form} " if self._clitics else f" {form} "
                # The payload carries the key's length: the automaton reports only where it ends.
                _, entries, readers = self._automaton.get(form, (len(form), [], []))
                self._automaton.add_word(form, (len(form), entries, readers))
            # An opener makes no mention: only its start is handed to its reader.
            if kind == OPENER:
                if value not in readers:
                    readers.append(value)
            elif (kind, value) not in entries:
                entries.append((kind, value))

    def mentions(self, text: str) -> list[Mention]:
        return self.scan(text)[0]

    def scan(self, text: str) -> tuple[list[Mention], dict[str, list[int]]]:
        """The mentions, and for each reader the starts of its opener words (in order)."""
        openers: dict[str, list[int]] = {}
        found = self._word_mentions(text, openers) if self._clitics else []
        if len(self._automaton):
            found += self._spaced_mentions(text, openers)
        if self._clitics:  # word and phrase passes each found theirs in order
            openers = {reader: sorted(starts) for reader, starts in openers.items()}
        return _resolve_overlaps(found, self._generic), openers

    def _spaced_mentions(self, text: str, openers: dict[str, list[int]]) -> list[Mention]:
        found: list[Mention] = []
        append = found.append
        pad = 0 if self._clitics else 1
        for last, (key_len, entries, readers) in self._automaton.iter(" " * pad + text + " "):
            # In the padded text a key spans [last - key_len + 1, last], its trailing space
            # included; back in the text it starts at the same index and ends before that space.
            start, end = last - key_len + 1, last - pad
            if self._clitics and not self._left_ok(text, start):
                continue
            for kind, value in entries:
                append(Mention(kind, value, start, end))
            for reader in readers:
                openers.setdefault(reader, []).append(start)
        return found

    def _word_mentions(self, text: str, openers: dict[str, list[int]]) -> list[Mention]:
        found: list[Mention] = []
        words = self._words
        clitics = bool(self.pack.clitic_prefixes)
        for token in _TOKEN.finditer(text):
            word = token.group()
            for skip in self._cores(word) if clitics else (0,):
                listed = words.get(word[skip:] if skip else word)
                if listed:
                    start = token.start() + skip
                    found.extend(Mention(k, v, start, token.end()) for k, v in listed[0])
                    for reader in listed[1]:
                        openers.setdefault(reader, []).append(start)
        return found

    def _cores(self, token: str) -> list[int]:
        """Where the word may start inside a token: at 0, or after clitic prefixes."""
        starts, frontier = [0], [0]
        for _ in range(4):
            frontier = [i + len(p) for i in frontier for p in self.pack.clitic_prefixes
                        if token.startswith(p, i) and len(token) > i + len(p)]
            if not frontier:
                break
            starts += frontier
        return starts

    def _left_ok(self, text: str, start: int) -> bool:
        pos = start
        for _ in range(4):
            if pos == 0 or not text[pos - 1].isalnum():
                return True
            prefix = next((p for p in self.pack.clitic_prefixes if text.endswith(p, 0, pos)), None)
            if prefix is None:
                return False
            pos -= len(prefix)
        return False

_TOKEN: Final = re.compile(r"[^\W_]+")


# A name that is both an actor's and a place's ("SANA" / "Sanaa", "Al Mayadeen" / al-Mayadin,
# folded alike) keeps both readings: where it stands (after "selon", before a saying verb)
# decides later which one a sentence uses.
_NAMES: Final = frozenset({"actor", "place"})
_START: Final = attrgetter("start")
END: Final = attrgetter("end")  # the sort key by where a mention ends


def _resolve_overlaps(found: list[Mention], generic: frozenset[str] = frozenset()) -> list[Mention]:
    """Longest first within a group of competing kinds, a generic actor word (one of
    `generic`) after every other; different groups may overlap.
    Several readings of the very same characters (an alias shared by a city and its
    governorate) are all kept.

    Most mentions overlap nothing of their group: only clusters of overlapping ones
    (swept in reading order) are settled longest first, which decides each exactly as
    one longest-first pass over the whole document would."""
    found.sort(key=END, reverse=True)
    found.sort(key=_START)  # reading order: by start, the longest first (the sorts are stable)
    keep = [True] * len(found)
    members: dict[str, list[int]] = {}  # the open cluster of each group
    ends: dict[str, int] = {}  # where it ends
    for i, m in enumerate(found):
        group = _GROUP.get(m.kind, m.kind)
        if m.start < ends.get(group, -1):
            members[group].append(i)
            if m.end > ends[group]:
                ends[group] = m.end
            continue
        if len(members.get(group, ())) > 1:
            _settle(found, members[group], keep, generic)
        members[group] = [i]
        ends[group] = m.end
    for cluster in members.values():
        if len(cluster) > 1:
            _settle(found, cluster, keep, generic)
    return [m for m, kept in zip(found, keep, strict=True) if kept]


def _settle(found: list[Mention], members: list[int], keep: list[bool],
            generic: frozenset[str]) -> None:
    """Longest first (generic actor words last): a mention overlapping one kept before it
    is dropped, unless it reads the very same characters as one kept."""
    def rank(i: int) -> tuple[bool, int, int]:
        m = found[i]
        return m.kind == "actor" and m.value in generic, m.start - m.end, m.start

    kept: list[Mention] = []
    for i in sorted(members, key=rank):
        m = found[i]
        if _overlaps_one_kept(m, kept):
            keep[i] = False
        else:
            kept.append(m)


def _overlaps_one_kept(m: Mention, kept: list[Mention]) -> bool:
    """Whether `m` overlaps a mention kept and reads other characters than every one."""
    overlaps = False
    for k in kept:
        if k.start == m.start and k.end == m.end and (k.kind == m.kind or {k.kind, m.kind} == _NAMES):
            return False  # "Sana" is the agency or the city: the reading is decided later
        if k.start < m.end and m.start < k.end:
            overlaps = True
    return overlaps


def follows(text: str, end: int, start: int, words: int) -> bool:
    """Whether what starts at `start` comes after `end`, with at most `words` words of
    `text` between ("a déclaré à Reuters": the name follows the verb at once)."""
    return end <= start and len(text[end:start].split()) <= words


def opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether the words begin with one of the (normalised, possibly several-word) phrases."""
    return any(words[: len(p.split())] == p.split() for p in phrases)
