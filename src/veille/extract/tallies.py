"""Aggregate counts: "118 attaques depuis le 17 octobre, selon un responsable américain"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from veille.extract.annotate import SentenceView
from veille.extract.dates import PERIODS, Anchor, DateMention, ResolvedDate, resolve
from veille.extract.discourse import Span, Value
from veille.extract.matcher import Mention
from veille.extract.pack import Actor

# A count of attacks is at least this: "one attack" is an event, not a tally.
MIN_TALLY: Final = 2


@dataclass(slots=True)
class TallyDraft:
    count: int
    approx: bool
    span: Span
    since: Value | None = None  # ResolvedDate
    as_of: Value | None = None  # ResolvedDate
    by: Value | None = None  # Actor


def find_tallies(view: SentenceView, text: str, dates: list[tuple[DateMention, ResolvedDate]],
                 anchor: Anchor, speakers: list[tuple[Mention, Actor]]) -> list[TallyDraft]:
    found = []
    for q in view.quantities:
        if q.value is None or q.value < MIN_TALLY:
            continue
        noun = _tally_noun_after(q.end, view, text)
        if noun is None:
            continue
        tally = TallyDraft(q.value, q.approx, (q.start, noun.end))
        tally.since = _since(view, anchor)
        tally.as_of = _as_of(dates, anchor)
        tally.by = _by(view, speakers)
        found.append(tally)
    return found


def _tally_noun_after(end: int, view: SentenceView, text: str) -> Mention | None:
    for noun in view.of("tally"):
        if noun.start >= end and len(text[end : noun.start].split()) == 0:
            return noun
    return None


def _since(view: SentenceView, anchor: Anchor) -> Value | None:
    for m in view.dates:
        if m.since:
            r = resolve(m, anchor)
            if r.value:
                return Value(r, (m.start, m.end))
    return None


def _as_of(dates: list[tuple[DateMention, ResolvedDate]], anchor: Anchor) -> Value | None:
    concrete = [(m, r) for m, r in dates if r.value]
    if concrete:
        m, r = concrete[0]
        return Value(r, (m.start, m.end))
    if any(m.kind in PERIODS for m, _ in dates) or anchor.day is None:
        return None
    return Value(ResolvedDate(anchor.day.isoformat(), "day"), None)


def _by(view: SentenceView, speakers: list[tuple[Mention, Actor]]) -> Value | None:
    cues = view.of("claim")
    usable = [(m, a) for m, a in speakers if a.role != "target"]
    if not usable:
        return None
    if cues:
        m, a = min(usable, key=lambda ma: min(abs(ma[0].start - c.start) for c in cues))
    else:
        m, a = usable[0]
    return Value(a, (m.start, m.end))
