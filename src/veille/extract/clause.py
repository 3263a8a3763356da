"""A clause as the assembler reads it (its dates, triggers, places and attackers,
its comma stretches) and the cast of armed actors a report names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from veille.extract.annotate import SentenceView
from veille.extract.dates import DateMention, ResolvedDate
from veille.extract.discourse import Value
from veille.extract.fields import governing_trigger
from veille.extract.matcher import Mention
from veille.extract.pack import Actor

Dates = list[tuple[DateMention, ResolvedDate]]
Actors = list[tuple[Mention, Actor]]


@dataclass(slots=True)
class Clause:
    """One sentence, read once: what every draft of it shares. Its attackers and places
    are worked out on first need: most clauses without an attack word never ask."""

    view: SentenceView
    text: str
    dates: Dates
    triggers: list[Mention]
    find_attackers: Callable[[], Actors]
    find_places: Callable[[], list[Mention]]
    background: bool = False  # after "en réponse à": an earlier attack, named as a cause
    # it dates the war around the news ("la guerre déclenchée le 7 octobre par une attaque du
    # Hamas"): that date is dropped, and whoever it names attacking is the war's
    dates_a_war: bool = False
    over_a_period: bool = False  # "depuis le début de la guerre, la base a été la cible de
    # plusieurs attaques": attacks counted over a period, none of a day
    # the stretches of the sentence that tell an earlier event named as a cause ("à la suite
    # d'assassinats ..., attribués à Israël"): who is named there did not make this attack
    earlier: list[tuple[int, int]] = field(default_factory=list)
    _attackers: Actors | None = None
    _places: list[Mention] | None = None
    _told: Dates | None = None
    memo: dict = field(default_factory=dict)  # what the assembler works out once per clause

    @property
    def attackers(self) -> Actors:
        if self._attackers is None:
            self._attackers = self.find_attackers()
        return self._attackers

    @property
    def places(self) -> list[Mention]:
        if self._places is None:
            self._places = self.find_places()
        return self._places

    @property
    def pauses(self) -> tuple[int, ...]:
        """The comma edges inside its sentence."""
        return self.view.pauses

    @property
    def told_dates(self) -> Dates:
        """Its dates less the day a statement was made ("ont annoncé jeudi", "said Monday")."""
        if self._told is None:
            sayings = self.view.of("claim")
            self._told = [(m, r) for m, r in self.dates if not any(
                s.end <= m.start and self.text.count(" ", s.end, m.start) <= 2 for s in sayings)]
        return self._told

    @property
    def stated(self) -> Value | None:
        """The day it tells of (the last it names, not a statement's), with its words."""
        told = [(m, r) for m, r in self.told_dates if r.value and not m.numeric]
        return Value(told[-1][1], (told[-1][0].start, told[-1][0].end)) if told else None

    def segment(self, m: Mention) -> tuple[int, int]:
        """The stretch between the commas around a mention."""
        start = max((p for p in self.pauses if p <= m.start), default=self.view.sentence.start)
        end = min((p for p in self.pauses if p >= m.end), default=self.view.sentence.end)
        return start, end

    def in_aside(self, m: Mention) -> bool:
        return in_aside(m, self.view, self.triggers, self.pauses)

    def verb_phrase(self, place: Mention) -> SentenceView:
        """From the attack verb governing a place to the next one: "targeted X with a
        drone and struck Y with rockets" gives X the drone and Y the rockets."""
        starts = sorted(t.start for t in self.triggers)
        if len(self.places) < 2 or len(starts) < 2:
            return self.view.part(0, 0)
        start = max((t for t in starts if t <= place.start), default=self.view.sentence.start)
        end = min((t for t in starts if t > place.end), default=self.view.sentence.end)
        return self.view.part(start, end)

    def scope(self, place: Mention, named: list[Mention]) -> SentenceView:
        """The sentence less the comma-stretches that hold only other places:
        "une trentaine de roquettes sur Rmeilan, frappes américaines près d'al-Bukamal".
        A place whose stretch states no attack of its own ("..., ainsi que la base
        d'al-Malikiyah") keeps the stretch of the verb it depends on."""
        if not self.pauses:
            return self.view  # one stretch: nothing to set aside
        own = self.segment(place)
        part = self.view.part(*own)
        verb = None
        if not (part.of("attack") or part.of("intercept") or part.of("weapon")):
            trigger = governing_trigger(self.triggers, place)
            verb = self.segment(trigger) if trigger else None
        key = ("scope", own, verb)
        if key not in self.memo:  # places of one stretch share their scope
            others = {self.segment(other) for other in named} - {own, verb}
            self.memo[key] = self.view.without_all(sorted(others)) if others else self.view
        return self.memo[key]


def in_aside(m: Mention, view: SentenceView, triggers: list[Mention], pauses: tuple[int, ...]) -> bool:
    """Inside commas that hold no attack verb: "X, the umbrella group that includes
    Y and Z, claimed" names Y and Z in passing. Commas that hold a claim of responsibility
    hold the main clause, after a long opening ("Dans le cadre de la solidarité avec Gaza,
    la Résistance a revendiqué, dans un communiqué, l'attaque")."""
    start = max((p for p in pauses if p <= m.start), default=view.sentence.start)
    end = min((p for p in pauses if p >= m.end), default=view.sentence.end)
    bounded = start > view.sentence.start and end < view.sentence.end
    return bounded and not any(start <= t.start < end for t in triggers) \
        and not any(start <= c.start < end and c.value == "claim" for c in view.of("claim"))


@dataclass(slots=True)
class NamedAttacker:
    """An attacker a report names as the author of an attack in one of its sentences."""

    mention: Mention
    actor: Actor
    sentence: int
    hit: set[str]  # the camps the attacks of that sentence hit
    placed: bool  # whether that sentence names where its attacks hit
    days: list[DateMention] = field(default_factory=list)  # the days that sentence tells


@dataclass(slots=True)
class Attacking:
    """The attackers a report names, in reading order, and the sentences that say no
    one claimed an attack."""

    found: list[NamedAttacker]
    unclaimed: list[int]
    pairs: Actors = field(init=False)  # (mention, actor) of each: what generic words resolve to

    def __post_init__(self) -> None:
        self.pairs = [(n.mention, n.actor) for n in self.found]


class Cast:
    """The armed actors of one report: those it names, and (worked out on first need)
    those it names as attackers."""

    def __init__(self, named: Actors, find_attackers: Callable[[], Attacking]) -> None:
        self.named = named
        self._find = find_attackers
        self._found: Attacking | None = None

    def _computed(self) -> Attacking:
        if self._found is None:
            self._found = self._find()
        return self._found

    @property
    def attacking(self) -> Actors:
        return self._computed().pairs

    @property
    def attacking_at(self) -> list[NamedAttacker]:
        return self._computed().found

    @property
    def unclaimed(self) -> list[int]:
        return self._computed().unclaimed
