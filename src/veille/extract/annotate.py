"""The annotator cascade over one document: normalise, split, then every kind of
mention in one pass each, grouped by sentence for the assembler."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Final

from veille.extract.anchored import digit_starts
from veille.extract.dates import DateMention, DateReader
from veille.extract.fuzzy import FuzzyPlaces
from veille.extract.matcher import Matcher, Mention
from veille.extract.normalise import Normalised, normalise
from veille.extract.numbers import NumberReader, Quantity
from veille.extract.pack import Actor, LanguagePack
from veille.extract.sentences import Sentence, split_sentences

if TYPE_CHECKING:  # discourse needs nothing from here; the import is for the memo's types
    from veille.extract.discourse import Value

_PAUSE: Final = re.compile(r"[,;—()،؛]")  # clause edges: commas, semicolons, dashes, brackets
# A short bracket ("(UMP)", "(100 miles)", "(PMF)") glosses a word: no clause edge.
_GLOSS: Final = re.compile(r"\([^(),;]{1,30}\)")


_NONE: Final[list] = []


@dataclass(slots=True)
class SentenceMemo:
    """What the assembler works out once per view and reuses (None until first asked):
    the clause, the report's list of attackers and the lead all ask the same view."""

    places: list[Mention] | None = None  # places an attack told here hit (places.py)
    outlets: set[tuple[int, int]] | None = None  # spans of outlets' names (places.py)
    hit: list[Mention] | None = None  # target words naming the side hit (sides.py)
    speakers: list[tuple[Mention, Actor]] | None = None  # named speakers (sides.py)
    attackers: list[tuple[Mention, Actor]] | None = None  # who may be the attacker (sides.py)
    background: list[tuple[int, int, int]] | None = None  # causes' spans (background.py)
    incises: list[Mention] | None = None  # saying verbs opening an incise (fields.py)
    weapons: list[Value] | None = None  # weapons the clause names (fields.py)
    toll: tuple[Value | None, Value | None] | None = None  # casualties, outcome (fields.py)


@dataclass(slots=True)
class SentenceView:
    """What one sentence holds, by kind."""

    sentence: Sentence
    mentions: list[Mention]
    quantities: list[Quantity]
    dates: list[DateMention]
    pauses: tuple[int, ...] = ()  # commas and semicolons inside the sentence
    _by_kind: dict[str, list[Mention]] | None = None
    memo: SentenceMemo = field(default_factory=SentenceMemo)
    live: dict[str, list[Mention]] = field(default_factory=dict)  # fields.live, by kind

    def part(self, start: int, end: int) -> SentenceView:
        """The clause between two offsets of this sentence."""
        clause = Sentence(start, end, self.sentence.index)
        return SentenceView(clause, _within(self.mentions, clause),
                            _within(self.quantities, clause), _within(self.dates, clause),
                            self.pauses)

    def without(self, start: int, end: int) -> SentenceView:
        """This sentence less a clause (an aside between two commas)."""
        return self.without_all([(start, end)])

    def without_all(self, spans: list[tuple[int, int]]) -> SentenceView:
        """This sentence less several clauses."""
        return SentenceView(self.sentence, _outside(self.mentions, spans),
                            _outside(self.quantities, spans), _outside(self.dates, spans),
                            self.pauses)

    def pause_between(self, start: int, end: int) -> bool:
        """Whether a comma, semicolon, dash or bracket stands in [start, end]: a pause is
        kept at the normalised index of the next character left, so one right before the
        word at `end` ("Jurf al-Sakhr», a indiqué") lands on `end` itself."""
        return any(start <= p <= end for p in self.pauses)

    def less_dates(self, start: int, end: int) -> SentenceView:
        """This view without the dates that start in [start, end)."""
        return SentenceView(self.sentence, self.mentions, self.quantities,
                            [d for d in self.dates if not start <= d.start < end], self.pauses)

    def replace_mentions(self, mentions: list[Mention]) -> None:
        """Mentions resolved once the whole report is read ("l'agence": the agency named
        before); only before anything has read this sentence."""
        self.mentions = mentions
        self._by_kind = None

    def of(self, kind: str) -> list[Mention]:
        if self._by_kind is None:
            self._by_kind = {}
            for m in self.mentions:
                self._by_kind.setdefault(m.kind, []).append(m)
        return self._by_kind.get(kind, _NONE)


@dataclass(slots=True)
class Annotated:
    norm: Normalised
    sentences: list[SentenceView]  # each with the clause edges (commas, dashes ...) inside it


class Annotator:
    def __init__(self, pack: LanguagePack, place_aliases: list[tuple[str, str]],
                 fuzzy_aliases: list[tuple[str, str]] | None = None) -> None:
        self.pack = pack
        self.numbers = NumberReader(pack)
        self.dates = DateReader(pack, self.numbers)
        openers = {"numbers": self.numbers.opening_phrases, "dates": self.dates.opening_phrases}
        self.matcher = Matcher(pack, place_aliases, openers)
        # Only places whose names vary from source to source (sites, towns) are guessed at.
        self.fuzzy = FuzzyPlaces(pack, place_aliases if fuzzy_aliases is None else fuzzy_aliases)

    def annotate(self, text: str) -> Annotated:
        norm = normalise(text, self.pack.normalise)
        sentences = split_sentences(norm, self.pack.abbreviations)
        found, openers = self.matcher.scan(norm.text)
        guessed = self.fuzzy.mentions(norm, found)
        if guessed:
            found = sorted(found + guessed, key=_START)
        mentions = _without_words_inside(_unmasked(found, _datelines(norm, self.pack.dateline)))
        glosses = list(_GLOSS.finditer(norm.original)) if "(" in norm.original else []
        mentions = _without_glossing_places(mentions, _glosses(norm, glosses))
        digits = digit_starts(norm.text)
        quantities = self.numbers.quantities(norm.text, _starts(digits, openers.get("numbers")))
        pauses = _pauses(norm, glosses)
        dates = self.dates.mentions(norm.text, pauses, _starts(digits, openers.get("dates")))
        dates = _outside_names(_outside_quotes_today(dates, norm), norm)
        mentions, dates = _saying_adverbs_apart(mentions, dates, norm.text)
        # bisect on plain lists of starts: a key function is a call per probe
        mention_starts = [m.start for m in mentions]
        quantity_starts = [q.start for q in quantities]
        date_starts = [d.start for d in dates]
        views = [
            SentenceView(s, _within_starts(mentions, mention_starts, s),
                         _within_starts(quantities, quantity_starts, s),
                         _within_starts(dates, date_starts, s),
                         tuple(pauses[bisect_right(pauses, s.start) : bisect_left(pauses, s.end)]))
            for s in sentences
        ]
        return Annotated(norm, views)


def _starts(digits: list[int], words: list[int] | None) -> list[int]:
    return sorted({*digits, *words}) if words else digits


def _datelines(norm: Normalised, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Where the reporter filed from ("BAGHDAD, Jan 4 (Reuters) -"), as the pack's
    dateline pattern finds it: its first group that matched is the place, not where
    anything happened. A dateline opens a line (the pack's pattern starts with "^"), so
    the pattern is tried at line starts only, not at every character as `finditer` would."""
    if pattern is None:
        return []
    text = norm.original
    spans = []
    resume = start = 0
    while start >= 0:
        m = pattern.match(text, start) if start >= resume else None
        if m:
            resume = m.end()
            group = next((g for g in range(1, (pattern.groups or 1) + 1) if m.start(g) >= 0), 1)
            a, b = m.span(group)
            spans.append((norm.index_of(a), norm.index_of(b)))
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return spans


def _unmasked(mentions: list[Mention], masks: list[tuple[int, int]]) -> list[Mention]:
    """Drop places inside a dateline, and the masks themselves (they only hide)."""
    def hidden(m: Mention) -> bool:
        return m.kind == "place" and any(a <= m.start and m.end <= b + 1 for a, b in masks)
    return [m for m in mentions if m.kind != "mask" and not hidden(m)]


def _saying_adverbs_apart(mentions: list[Mention], dates: list[DateMention],
                          text: str) -> tuple[list[Mention], list[DateMention]]:
    """"l'armée avait annoncé auparavant avoir abattu une cible aérienne à Eilat": the
    adverb right after a saying verb tells when it was said; it neither dates the attack
    nor makes it an earlier one."""
    ends = {m.end for m in mentions if m.kind == "claim"}
    if not ends:
        return mentions, dates
    said = [d for d in dates if d.kind == "vague" and d.start - 1 in ends and text[d.start - 1] == " "]
    if not said:
        return mentions, dates
    starts = {d.start for d in said}
    return ([m for m in mentions if m.kind != "anterior" or m.start not in starts],
            [d for d in dates if d not in said])


def _glosses(norm: Normalised, glosses: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The short brackets' insides, in normalised offsets."""
    return [(norm.index_of(g.start() + 1), norm.index_of(g.end() - 1)) for g in glosses]


def _without_glossing_places(mentions: list[Mention], glosses: list[tuple[int, int]]) -> list[Mention]:
    """"Kfarchouba (Hasbaya) et Adaïssé (Marjeyoun)": a place in brackets right after
    another only says where that one lies; it is no place of its own."""
    if not glosses:
        return mentions
    places = [m for m in mentions if m.kind == "place"]
    dropped = {id(m) for m in places for a, b in glosses if a <= m.start and m.end <= b + 1
               and any(p is not m and 0 <= a - p.end <= 2 for p in places)}
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


# Direct speech: «...», “...”, "..." (Latin and Arabic reports use the same marks).
_QUOTE: Final = re.compile(r"«[^»]{1,600}»|“[^”]{1,600}”|\"[^\"]{1,600}\"")


def _outside(items: list, spans: list[tuple[int, int]]) -> list:
    """The items that overlap none of the spans (a module function: a closure would slow
    the compiled build)."""
    if len(spans) == 1:  # the usual case: one aside
        a, b = spans[0]
        return [i for i in items if not (a < i.end and i.start < b)]
    return [i for i in items if not any(a < i.end and i.start < b for a, b in spans)]


# A word of one kind inside a longer phrase of another says something else there:
# "occupée par les États-Unis" (a holder phrase) introduces who holds the place, not who
# attacked it; "détruits en vol" (an interception) tells what befell the drone, not its target,
# and "a tiré un missile pour intercepter" fires at the attack, not an attack of its own;
# "sont tombés en martyrs" (a toll) tells deaths, not munitions falling; "ont lancé une
# opération de recherche" launches no attack.
# (outer kind -> the inner kinds it silences, read in one pass: an interception silenced
# inside a toll still silences the outcome words inside itself, which the toll holds too)
_READ_INSIDE: Final = {"holder": ("agent",), "intercept": ("outcome", "attack"),
                       # "20 terroristes ont été neutralisés": killed, not shot down
                       "casualty": ("attack", "intercept"), "non_attack": ("attack",)}


def _without_words_inside(mentions: list[Mention]) -> list[Mention]:
    """Drop each mention of an inner kind that lies within a longer mention of its outer kind."""
    spans: dict[str, list[tuple[int, int]]] = {}  # inner kind -> the spans of its outer phrases
    for m in mentions:
        for inner in _READ_INSIDE.get(m.kind, ()):
            spans.setdefault(inner, []).append((m.start, m.end))
    if not spans:
        return mentions
    return [m for m in mentions if m.kind not in spans or not any(
        a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans[m.kind])]


def _outside_quotes_today(dates: list[DateMention], norm: Normalised) -> list[DateMention]:
    """"Our response began today", said on Friday and published on Saturday: inside a
    quotation "today" is the speaker's day, not the publication's. It states no date."""
    todays = [d for d in dates if d.kind == "publication" and d.offset == 0]
    if not todays:
        return dates
    quotes = [(norm.index_of(q.start()), norm.index_of(q.end())) for q in _QUOTE.finditer(norm.original)]
    quoted = {id(d) for d in todays if any(a <= d.start and d.end <= b for a, b in quotes)}
    return [d for d in dates if id(d) not in quoted] if quoted else dates


# A capitalised word, then the space before a date word: "The Europe Today", "USA Today".
_NAME_BEFORE: Final = re.compile(r"[A-Z]\w*[ \u00a0]$")


def _outside_names(dates: list[DateMention], norm: Normalised) -> list[DateMention]:
    """A day word written with a capital after a capitalised word is part of a name
    (an outlet: "The Europe Today", "USA Today"), not a date. In a script without case
    ("بغداد اليوم") such a name still reads as a day word."""
    def in_name(d: DateMention) -> bool:
        if d.kind != "publication":
            return False
        start = norm.original_at(d.start)
        return norm.original[start].isupper() and bool(
            _NAME_BEFORE.search(norm.original, max(0, start - 30), start))
    return [d for d in dates if not in_name(d)]


def _pauses(norm: Normalised, glosses: list[re.Match[str]]) -> list[int]:
    brackets = {i for g in glosses for i in (g.start(), g.end() - 1)}
    return [norm.index_of(m.start()) for m in _PAUSE.finditer(norm.original)
            if m.start() not in brackets]


_START: Final = attrgetter("start")


def _within_starts(items: list, starts: list[int], s: Sentence) -> list:
    """_within, given the items' starts."""
    lo = bisect_left(starts, s.start)
    hi = bisect_left(starts, s.end, lo=lo)
    return [i for i in items[lo:hi] if i.end <= s.end]


def _within(items: list, s: Sentence) -> list:
    lo = bisect_left(items, s.start, key=_START)
    hi = bisect_left(items, s.end, lo=lo, key=_START)
    return [i for i in items[lo:hi] if i.end <= s.end]
