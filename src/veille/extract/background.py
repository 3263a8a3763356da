"""What a report tells that is not the news of its day: earlier attacks named as causes
("en réponse à une frappe ..."), reminders told in the pluperfect, attacks that recur
or are counted over a period. Their events are still reported when placed, but they
neither take the day in focus nor lend their attackers to the news."""

from __future__ import annotations

from typing import Final

from veille.extract.annotate import SentenceView
from veille.extract.clause import Clause
from veille.extract.dates import DateMention, ResolvedDate
from veille.extract.fields import live
from veille.extract.matcher import Mention, follows, opens_with
from veille.extract.pack import LanguagePack
from veille.extract.places import PlaceFilter


class Background:
    def __init__(self, pack: LanguagePack, places: PlaceFilter) -> None:
        self.pack = pack
        self.places = places

    def spans(self, view: SentenceView, text: str) -> list[tuple[int, int, int]]:
        """Each earlier event a sentence names as a cause: from its marker ("en réponse à",
        "à la suite de") to the next comma, and on to the end of the stretches that only
        date, attribute or situate it (worked out once a sentence)."""
        spans = view.memo.background
        if spans is None:
            spans = []
            for marker in live(view, "anterior", text, self.pack):
                end = next_pause(view, marker.end)
                spans.append((marker.start, *self._tail(view, marker.start, end, text)))
            if spans and self._cause_is_the_news(view, spans, text):
                spans = []
            view.memo.background = spans
        return spans

    def holds(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Named in an earlier event given as a cause ("à la suite de récents assassinats
        ..., attribués à Israël"): its author, not this attack's."""
        return any(a <= m.start < tail for a, _, tail in self.spans(view, text))

    def _cause_is_the_news(self, view: SentenceView, spans: list[tuple[int, int, int]],
                           text: str) -> bool:
        """"Les aéroports de Damas et d'Alep sont hors service à la suite de frappes
        israéliennes": what followed is told first, at a place of its own, but is no attack,
        and its cause is placed nowhere else, so the cause is the news itself. ("Ceci suite à une
        attaque contre Aïn al-Assad" names no place of its own: an earlier attack.)"""
        named = self.places.named_places(view)
        if any(_outside(m, spans) for kind in ("attack", "intercept") for m in view.of(kind)):
            return False
        # "cet incident" refers to an attack; "l'aéroport d'Alep" names a place
        if any(_outside(m, spans) and not _names_a_place(m, named, text)
               for m in view.of("anaphor")):
            return False
        first = min(a for a, _, _ in spans)
        # "Deux membres du Hachd sont tombés jeudi suite à une frappe de drone américaine à
        # Bagdad": a toll told first, its cause placed, is the news
        if any(m.value == "some" and m.end <= first for m in view.of("casualty")) \
                and any(not _outside(m, spans) for m in named):
            return True
        # a cause placed of its own ("minutes après l'attaque contre al-Omar") is one
        return all(_outside(m, spans) for m in named) and any(m.end <= first for m in named)

    def _tail(self, view: SentenceView, start: int, end: int, text: str) -> tuple[int, int]:
        """A background clause also owns the stretches after its comma while they only
        date, attribute or situate it ("..., أمس الأحد", "..., Lloyd Austin said", "... en
        plein désert jordanien, à la frontière syrienne, le 28 janvier"); a place told on
        another day than the news is the cause's too ("a tiré jeudi des roquettes ..., en
        riposte à des raids qui ont fait 15 morts, mercredi dans le sud du Liban"): the cause
        then runs to its end (the tail only dates or attributes it). One attack picked out of
        the cause ("en riposte à une série d'attaques ..., dont une attaque contre la base
        d'Erbil lundi") is the cause too."""
        tail = end
        while tail < view.sentence.end:
            stop = next_pause(view, tail + 1)
            if _picks_one_out(text[tail:stop], self.pack.among):
                end = tail = stop
                continue
            stretch = view.part(tail, stop)
            if stretch.of("attack") or stretch.of("intercept"):
                break
            if self.places.named_places(stretch):
                if not _another_day(stretch, view, start, text):
                    break
                end = stop
            tail = stop
        return end, tail


def told_as_earlier(c: Clause, pack: LanguagePack) -> bool:
    """An attack told in the pluperfect with no one saying so ("Le 28 janvier, une attaque
    de drone avait tué trois soldats"): a reminder of an earlier attack, not news."""
    if live(c.view, "claim", c.text, pack):
        return False
    return bool(c.triggers and c.view.of("pluperfect"))


def _picks_one_out(stretch: str, among: frozenset[str]) -> bool:
    """The stretch opens with an "of which" word ("dont", "including", "بما في ذلك")."""
    return opens_with(stretch.lstrip(" ,،;").split(), among)


def _another_day(stretch: SentenceView, view: SentenceView, start: int, text: str) -> bool:
    """The stretch tells a day, and not the one the sentence told before `start`."""
    told = {text[d.start : d.end] for d in view.dates if d.end <= start}
    here = {text[d.start : d.end] for d in stretch.dates}
    return bool(told) and bool(here) and not told & here


def _names_a_place(m: Mention, named: list[Mention], text: str) -> bool:
    return any(p.start >= m.start and text.count(" ", m.end, p.start) <= 2 for p in named)


def _outside(m: Mention, spans: list[tuple[int, int, int]]) -> bool:
    return not any(a <= m.start < tail for a, _, tail in spans)


# How many words a date may stand after a war word to date the war ("la guerre déclenchée
# le 7 octobre", "déclenchée par l'attaque samedi du Hamas").
WAR_DATE_REACH: Final = 5


def dates_a_war(m: DateMention, view: SentenceView, text: str) -> bool:
    """A date told of the war around the news, not of an attack in it."""
    return any(w.end <= m.start and text.count(" ", w.end, m.start) <= WAR_DATE_REACH
               and not view.pause_between(w.end, m.start) for w in view.of("context"))


def next_pause(view: SentenceView, after: int) -> int:
    return next((p for p in view.pauses if after <= p), view.sentence.end)


def over_a_period(view: SentenceView, dates: list[tuple[DateMention, ResolvedDate]],
                   triggers: list[Mention]) -> bool:
    """"Depuis le début de la guerre, la base a été la cible de plusieurs attaques": attacks
    counted since a date (or since a war began), or told as recurring, with no day of their
    own, are no attack of a day."""
    habitual, counted = view.of("habitual"), view.of("tally")
    if not triggers or not (habitual or counted):
        return False
    for _, r in dates:
        if r.value:
            return False
    if habitual:
        return True  # "la Résistance continue de cibler les bases américaines, notamment ..."
    for m in view.dates:
        if m.since:
            return True
    contexts = view.of("context")  # "depuis le début de la guerre"
    return any(0 <= w.start - o.end <= 20 for o in view.of("origin") for w in contexts)


# Attacks counted by this many are over a period, unless a day is told ("146 attaques ...,
# dont neuf sur Sayyida Zeinab"); "deux attaques distinctes de drones" are two of a day.
MANY_ATTACKS: Final = 10


def counted_many(trigger: Mention, view: SentenceView, text: str) -> bool:
    """"ont mené des dizaines de frappes contre les installations américaines", "plus de 150
    attaques": attacks counted by the dozen (over a period, when no day is told)."""
    return any(follows(text, q.end, trigger.start, 1)
               and (q.value is None and q.approx or q.value is not None and q.value >= MANY_ATTACKS)
               for q in view.quantities)


def habitual(trigger: Mention, view: SentenceView, text: str) -> bool:
    """"the bases are frequent targets", "régulièrement visée": what happens again and
    again is no attack of a day."""
    return any(h.start <= trigger.end and trigger.start <= h.end + 1
               or _spaces_within(text, h.end, trigger.start, 3)
               or _spaces_within(text, trigger.end, h.start, 2)
               for h in view.of("habitual"))


def _spaces_within(text: str, a: int, b: int, words: int) -> bool:
    return a <= b and text.count(" ", a, b) <= words
