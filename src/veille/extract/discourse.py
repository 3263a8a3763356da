"""What a reader carries from one sentence to the next: the date in focus, the
last attacker named, the attribution of the lead, the events just described."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from veille.extract.dates import Anchor, ResolvedDate
from veille.extract.matcher import Mention
from veille.extract.pack import Actor

Span = tuple[int, int]  # normalised offsets


@dataclass(slots=True)
class Value:
    """A field value with the span of the words that state it."""

    value: Any  # what it holds depends on the field (see Draft)
    span: Span | None
    # a date the sentence does not state (the report's first date for its lead, the
    # publication day): yields to a date stated for the same place
    provisional: bool = False


@dataclass(slots=True)
class Draft:
    """An event report under construction (normalised spans)."""

    place_id: str
    place_span: Span
    sentence: int
    date: Value | None = None  # value: ResolvedDate
    actor: Value | None = None  # value: Actor
    target: Value | None = None  # value: str
    weapons: list[Value] = field(default_factory=list)
    count: Value | None = None  # value: (int | None, approx)
    claim: Value | None = None  # value: Claim
    outcome: Value | None = None
    casualties: Value | None = None
    told_date: bool = False  # its date was told for it, not the day of a saying or in focus
    # placed only by a direction from a town ("au nord de Bagdad"): a site named for the same
    # attack elsewhere in the report is where it happened
    roughly_placed: bool = False

    def actor_agrees(self, other: Draft) -> bool:
        """Same side attacking, or one of the two names none. Events are counted per
        place, day and side: two groups of one camp named for one attack on one place
        (the movement a sentence names, the front that claims it) tell one event."""
        return self.actor is None or other.actor is None or self.actor.value.camp == other.actor.value.camp


@dataclass(slots=True)
class Frame:
    """An attack stated without a place ("hier, quatre bases ont été ciblées"),
    whose details the next sentences' places inherit."""

    sentence: int
    actor: Value | None
    weapons: list[Value]
    casualties: Value | None = None
    outcome: Value | None = None
    count: Value | None = None  # "une dizaine de missiles ont été tirés ..." before the place
    day: str | None = None  # the date its sentence states, if any
    date: Value | None = None  # the same, with the words that state it
    # who says so ("une déclaration du groupe affirmant qu'il a attaqué une base"):
    # weighed for each place the next sentence names, by that event's sides
    claim_cues: list[Mention] = field(default_factory=list)
    speakers: list[tuple[Mention, Actor]] = field(default_factory=list)
    pauses: tuple[int, ...] = ()
    strikes: bool = False  # told only by strike words ("les frappes ont tué"): an air power's


@dataclass(slots=True)
class LeadClaim:
    """The attribution cues of a report's lead, with their speakers: weighed for each
    event that has no cue of its own, by that event's sides."""

    cues: list[Mention]
    speakers: list[tuple[Mention, Actor]]
    sentence: int
    places: list[str]  # where its sentence says attacks hit
    attackers: list[str]  # and who made them
    pauses: tuple[int, ...] = ()  # its commas: a subject stands on this side of them
    shoot_down: bool = False  # whether it tells only of an interception


@dataclass(slots=True)
class Discourse:
    anchor: Anchor
    main_date: Value | None  # the document's first stated date: for a lead that has none
    focus: Value | None = None  # value: ResolvedDate (may be unknown after a vague expression)
    focus_of_an_attack: bool = False  # whether the sentence that set the focus told an attack
    focus_told: bool = False  # whether that date was told of an event, not only of a saying
    # attackers named, with the sentence index and the date that sentence states (if any)
    actors: list[tuple[Mention, Actor, int, str | None]] = field(default_factory=list)
    last_touch: int = -10  # the last sentence that described or elaborated events
    previous: int = -20  # the last sentence read before this one (skipping empty ones)
    tallied: int = -30  # the last sentence that counted attacks
    lead_claim: LeadClaim | None = None
    recent: list[list[Draft]] = field(default_factory=list)  # foreground events, by sentence
    frame: Frame | None = None
    target: Value | None = None
    # the earlier attacks a background clause just told ("Cet incident fait suite à
    # l'abattage d'un drone dimanche soir"), with its sentence: "cette attaque" next
    # refers to them
    told_before: tuple[int, list[Draft]] | None = None
    main_attack: int = -40  # the last sentence whose main clause told of an attack

    def focus_date(self) -> Value | None:
        return self.focus if self.focus is not None else self.main_date


UNKNOWN_DATE: Final = ResolvedDate(None, "unknown")

# A date this many days before publication, in a sentence that reports no attack of its
# own, dates a context ("the attacks began on Oct. 17") rather than the news.
CONTEXT_DAYS: Final = 14


def recent(r: ResolvedDate, anchor: Anchor) -> bool:
    """Within CONTEXT_DAYS of publication; a month by its last day ("en octobre", in a
    report of January, is history)."""
    days = _days_before(r.as_date or _last_day_of_month(r.value), anchor)
    return days is None or days <= CONTEXT_DAYS


def weeks_before(r: ResolvedDate, anchor: Anchor) -> bool:
    """A day (not a month) at least CONTEXT_DAYS before publication."""
    days = _days_before(r.as_date, anchor)
    return days is not None and days >= CONTEXT_DAYS


def _days_before(day: date | None, anchor: Anchor) -> int | None:
    return (anchor.day - day).days if day and anchor.day else None


def _last_day_of_month(value: str | None) -> date | None:
    if not value or len(value) != 7:
        return None
    year, month = int(value[:4]), int(value[5:7])
    return date(year, month, monthrange(year, month)[1])


def same_day(a: str | None, b: str | None) -> bool:
    """Dates that may name the same day: equal, one within the other's month, or unknown."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)
