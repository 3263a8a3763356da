"""From drafts to the shared model: one report per place and day in a document,
every value with the original characters that state it."""

from __future__ import annotations

from typing import Final

from veille.extract.discourse import Draft, Span, Value
from veille.extract.normalise import Normalised
from veille.extract.places import PlaceFilter
from veille.extract.tallies import TallyDraft
from veille.geo.gazetteer import Gazetteer
from veille.model import EventReport, Evidence, Tally
from veille.vocab import CLAIM_RANK, Casualties, Claim, DateBasis, Outcome, Weapon

# A specific weapon says more than the generic word it refines: a "frappe" that
# another sentence calls a drone is a drone strike.
SUBSUMED: Final = {Weapon.AIRSTRIKE: Weapon.DRONE}
# How far from the town a direction is taken from a site named for the same attack may lie.
ROUGH_KM: Final = 120.0
# A town this close to a city named with a direction or as near ("près de Damas") is where
# it happened (Sayyida Zeinab is 10 km from Damascus).
OUTSKIRTS_KM: Final = 15.0
OUTCOME_RANK: Final = {Outcome.HIT: 2, Outcome.INTERCEPTED: 1}
CASUALTY_RANK: Final = {Casualties.SOME: 2, Casualties.NONE: 1}


def merge_drafts(drafts: list[Draft], places: PlaceFilter) -> list[Draft]:
    """Several statements of an attack on one place and day become one report (at the
    most specific place named); an undated statement joins the dated one at the same
    place when there is only one."""
    merged: list[Draft] = []
    for draft in sorted(drafts, key=_undated):
        partner = _partner(draft, merged, places)
        if partner is None:
            merged.append(draft)
            continue
        if _better_placed(draft, partner, places):
            partner.place_id, partner.place_span = draft.place_id, draft.place_span
            partner.roughly_placed = draft.roughly_placed
        _absorb(partner, draft)
    return sorted(merged, key=lambda d: (d.sentence, d.place_span))


def _better_placed(a: Draft, b: Draft, places: PlaceFilter) -> bool:
    """Whether `a` tells better where the attack hit: a place within the other; else a site
    before a town, a town named as such before one named only as near ("outside the town of
    Mayadeen"), and that before a province."""
    if places.within(a.place_id, b.place_id) or places.within(b.place_id, a.place_id):
        return places.within(a.place_id, b.place_id)  # al-Mashtal, a district of Baghdad
    key_a = (places.rank(a.place_id), a.roughly_placed)
    key_b = (places.rank(b.place_id), b.roughly_placed)
    return key_a < key_b


def _undated(d: Draft) -> bool:
    return d.date is None or d.date.provisional


def _partner(draft: Draft, merged: list[Draft], places: PlaceFilter) -> Draft | None:
    same_place = [m for m in merged if m.actor_agrees(draft) and (
        places.same_site(m.place_id, draft.place_id)
        # "a drone shot down in Erbil" and "... at Erbil airport": one attack, if one weapon
        or places.locality(m.place_id, draft.place_id) and _weapons_agree(m, draft)
        or _roughly_there(m, draft, places) and _sides_agree(m, draft))]
    if len(same_place) == 1 and _undated(draft):
        return same_place[0]
    if draft.date is None:
        return None
    return next((m for m in same_place if m.date and m.date.value == draft.date.value), None)


def _roughly_there(a: Draft, b: Draft, places: PlaceFilter) -> bool:
    """"Un drone s'est écrasé au nord de Bagdad" and "... près de la base de Balad": the town
    a direction is taken from and the site near it (within ROUGH_KM) tell one place."""
    if a.roughly_placed == b.roughly_placed:
        return False
    rough, exact = (a, b) if a.roughly_placed else (b, a)
    rank = places.rank(exact.place_id)
    if rank == 0:
        return places.within_km(rough.place_id, exact.place_id, ROUGH_KM)
    # "la banlieue sud de Damas" and "le quartier de Sayyida Zeinab": a town in a city's
    # outskirts (villages near each other are struck one by one)
    return rank <= places.rank(rough.place_id) and places.is_city(rough.place_id) \
        and places.within_km(rough.place_id, exact.place_id, OUTSKIRTS_KM)


def _sides_agree(a: Draft, b: Draft) -> bool:
    """"A US strike near Albu Kamal" and "rockets on the Conoco base": one is by the side
    the other hit, or they hit two sides, so they are two attacks."""
    if _one_hits_the_other(a, b):
        return False
    hit_a, hit_b = _camp(a.target), _camp(b.target)
    return hit_a is None or hit_b is None or hit_a == hit_b


def _one_hits_the_other(a: Draft, b: Draft) -> bool:
    return any(x.actor and y.target and x.actor.value.camp == y.target.value.camp
               for x, y in ((a, b), (b, a)))


def _camp(v: Value | None) -> str | None:
    return v.value.camp if v else None


def _weapons_agree(a: Draft, b: Draft) -> bool:
    known_a = {w.value for w in a.weapons} - {Weapon.UNKNOWN}
    known_b = {w.value for w in b.weapons} - {Weapon.UNKNOWN}
    return not known_a or not known_b or bool(known_a & known_b)


def _absorb(keep: Draft, other: Draft) -> None:
    keep.date = keep.date or other.date
    if keep.actor is None or _claimant_of_the_same_side(other, keep):
        keep.actor = other.actor
    keep.target = keep.target or other.target
    known = {w.value for w in keep.weapons}
    keep.weapons += [w for w in other.weapons if w.value not in known]
    keep.count = keep.count or other.count
    keep.claim = _stronger(keep.claim, other.claim, CLAIM_RANK)
    keep.outcome = _stronger(keep.outcome, other.outcome, OUTCOME_RANK)
    keep.casualties = _stronger(keep.casualties, other.casualties, CASUALTY_RANK)


def _claimant_of_the_same_side(a: Draft, b: Draft) -> bool:
    """Two groups of one side named for one attack: the one claiming it names itself
    (drafts merge only when their attackers are of one camp)."""
    if a.actor is None or b.actor is None or a.actor.value.id == b.actor.value.id:
        return False
    return _claim_rank(a) > _claim_rank(b)


def _claim_rank(d: Draft) -> int:
    return CLAIM_RANK.get(d.claim.value.value, 0) if d.claim else 0


def _stronger(a: Value | None, b: Value | None, rank: dict) -> Value | None:
    if a is None or b is None:
        return a or b
    return b if rank.get(b.value, 0) > rank.get(a.value, 0) else a


def to_report(draft: Draft, doc_id: str, seq: int, norm: Normalised,
              gazetteer: Gazetteer) -> EventReport:
    evidence: list[Evidence] = []
    _cite(evidence, "place", draft.place_span, norm)
    report = EventReport(doc_id=doc_id, place=gazetteer.place(draft.place_id), seq=seq)
    if draft.date and draft.date.value.value:
        report.date, report.date_precision = draft.date.value.value, draft.date.value.precision
        if draft.date.span is None:  # no words date it: the publication day (see assemble)
            report.date_basis = DateBasis.PUBLICATION
        _cite(evidence, "date", draft.date.span, norm)
    if draft.actor:
        report.actor = draft.actor.value.name
        _cite(evidence, "actor", draft.actor.span, norm)
    if draft.target:
        report.target = draft.target.value.name
        _cite(evidence, "target", draft.target.span, norm)
    report.weapons = _weapons(draft.weapons)
    for w in draft.weapons:
        if w.value in report.weapons:
            _cite(evidence, "weapons", w.span, norm)
    if draft.count:
        report.count, report.count_approx = draft.count.value
        _cite(evidence, "count", draft.count.span, norm)
    report.claim = draft.claim.value if draft.claim else Claim.REPORTED
    report.outcome = draft.outcome.value if draft.outcome else Outcome.UNKNOWN
    report.casualties = draft.casualties.value if draft.casualties else Casualties.UNKNOWN
    for name, told in (("claim", draft.claim), ("outcome", draft.outcome),
                       ("casualties", draft.casualties)):
        if told:
            _cite(evidence, name, told.span, norm)
    report.evidence = evidence
    return report


# A module function, not a closure in to_report: a nested function makes the compiled
# build keep its enclosing function's locals in a slower environment object.
def _cite(evidence: list[Evidence], name: str, span: Span | None, norm: Normalised) -> None:
    if span is not None:
        evidence.append(_evidence(name, span, norm))


def _weapons(values: list[Value]) -> list[str]:
    found = {str(v.value) for v in values} - {Weapon.UNKNOWN}
    for generic, specific in SUBSUMED.items():
        if specific in found:
            found.discard(generic)
    return sorted(found) or [Weapon.UNKNOWN.value]


def to_tally(draft: TallyDraft, doc_id: str, norm: Normalised) -> Tally:
    tally = Tally(doc_id=doc_id, count=draft.count, count_approx=draft.approx)
    tally.evidence.append(_evidence("count", draft.span, norm))
    for name in ("since", "as_of"):
        value = getattr(draft, name)
        if value and value.value.value:
            setattr(tally, name, value.value.value)
            if value.span:
                tally.evidence.append(_evidence(name, value.span, norm))
    if draft.by and draft.by.span:
        tally.by = draft.by.value.name
        tally.evidence.append(_evidence("by", draft.by.span, norm))
    return tally


def _evidence(name: str, span: Span, norm: Normalised) -> Evidence:
    start, end = norm.span(*span)
    return Evidence(name, start, end, norm.original[start:end])


