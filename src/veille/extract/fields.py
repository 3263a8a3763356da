"""Reading each field of an event from one sentence's mentions."""

from __future__ import annotations

from typing import Final

from veille.extract.annotate import SentenceView
from veille.extract.claims import ACCORDING, NEGATED_CUES, UNCLAIMED
from veille.extract.dates import DateMention, ResolvedDate
from veille.extract.discourse import Value
from veille.extract.matcher import END, Mention, follows
from veille.extract.numbers import Quantity
from veille.extract.pack import Actor, LanguagePack
from veille.vocab import Casualties, Outcome, Weapon


def negated(m: Mention, view: SentenceView, text: str, window: int,
            joiners: frozenset[str]) -> bool:
    """A negation within `window` words before the cue, in the same clause: it does not
    reach across a comma ("il n'y a pas eu de blessés, a déclaré le porte-parole"). It
    reaches along a list of tolls ("sans occasionner des dégâts matériels ou des pertes
    humaines")."""
    for neg in view.of("negation"):
        if neg.end <= m.start and text.count(" ", neg.end, m.start) <= window \
                and not view.pause_between(neg.end, m.start):
            return True
    if m.kind in TOLL_KINDS:
        listed = _listed_before(m, view, text, joiners)
        return listed is not None and negated(listed, view, text, window, joiners)
    return False


def _listed_before(m: Mention, view: SentenceView, text: str,
                   joiners: frozenset[str]) -> Mention | None:
    """The toll cue just before `m` in the same list, if a joining word (the pack's
    `list_joiners`) links them."""
    before = [t for kind in TOLL_KINDS for t in view.of(kind) if t.end <= m.start]
    if not before:
        return None
    last = max(before, key=END)
    between = text[last.end : m.start].split()
    if len(between) <= 3 and any(w in joiners for w in between) \
            and not view.pause_between(last.end, m.start):
        return last
    return None


def in_doubt(m: Mention, view: SentenceView) -> bool:
    """A toll word after "il n'est pas clair si", "it was unclear whether" in the same
    clause: it tells neither a toll nor its absence."""
    uncertain = view.of("uncertain")
    return bool(uncertain) and any(u.end <= m.start and not view.pause_between(u.end, m.start)
                                   for u in uncertain)


def live(view: SentenceView, kind: str, text: str, pack: LanguagePack) -> list[Mention]:
    """The cues of a kind that no negation cancels (a negated attribution cue becomes what
    claims.NEGATED_CUES says), less the toll words of a war named beside an attack."""
    cues = view.live.get(kind)
    if cues is None:
        # An attack word is negated only by the word right before it ("n'ont pas visé"):
        # "لم يسفر الهجوم عن إصابات" negates the outcome, not the attack.
        window = 1 if kind == "attack" else pack.negation_window
        cues = []
        for m in view.of(kind):
            if kind in TOLL_KINDS and (_tells_of_a_war(m, view, text) or in_doubt(m, view)):
                continue
            if not negated(m, view, text, window, pack.list_joiners):
                cues.append(m)
            elif kind == "claim" and m.value in NEGATED_CUES:
                # a negated attribution still says something: "could not confirm",
                # "n'a pas été revendiquée"
                cues.append(m.with_value(NEGATED_CUES[m.value]))
        view.live[kind] = cues
    return cues


# How many words may stand between a saying verb and its subject after it ("a indiqué
# jeudi l'armée").
SAYER_GAP: Final = 3
INCISE_CUES: Final = frozenset({"say", "report", "confirm", "deny"})
# How many words may stand between an agent word and the attacker it introduces.
AGENT_REACH: Final = 4
# How many words may stand between an attack word and the weapons it used ("a essuyé jeudi
# des tirs de roquettes").
MEANS_GAP: Final = 2
# Kinds whose cues tell what an attack did, unless the words they qualify are a war.
TOLL_KINDS: Final = frozenset({"casualty", "outcome"})
# How many words after a war noun its qualifier may stand ("la guerre meurtrière menée ...").
WAR_REACH: Final = 3


def _tells_of_a_war(cue: Mention, view: SentenceView, text: str) -> bool:
    """"la guerre meurtrière menée par Israël", "the deadly war in Gaza": the toll of a war
    named beside an attack is not the attack's (the war noun is the nearest event word)."""
    wars = view.of("context")
    if any(w.start >= cue.end and text.count(" ", cue.end, w.start) <= 1 for w in wars):
        return True  # "the deadly war"
    events = view.of("attack") + view.of("intercept") + wars
    before = [e for e in events if e.end <= cue.start]
    if not before:
        return False
    last = max(before, key=lambda e: e.end)
    return last.kind == "context" and text.count(" ", last.end, cue.start) <= WAR_REACH


def nearest(mentions: list, anchor: Mention):
    return min(mentions, key=lambda m: abs(m.start - anchor.start), default=None)


def pick_date(dates: list[tuple[DateMention, ResolvedDate]], place: Mention) -> Value | None:
    """The stated date nearest the place (the assembler first offers the clause's dates
    less the day of a statement: Clause.told_dates)."""
    concrete = [(m, r) for m, r in dates if r.value]
    if not concrete:
        return None
    m, r = min(concrete, key=lambda mr: abs(mr[0].start - place.start))
    return Value(r, (m.start, m.end))


def governing_trigger(triggers: list[Mention], place: Mention | None) -> Mention | None:
    """The trigger a place belongs to: the last one before it, else the first after it."""
    if not triggers:
        return None
    if place is None:
        return triggers[0]
    before = [t for t in triggers if t.start <= place.start]
    return before[-1] if before else min(triggers, key=lambda t: t.start)


def pick_attacker(attackers: list[tuple[Mention, Actor]], trigger: Mention | None,
                  view: SentenceView, text: str, reach: int = 0) -> Value | None:
    """The attacker named before the trigger (its subject), else one introduced right
    after it by an agent word ("... a été visée par la Résistance"), else, in languages
    whose pack says the subject may follow its verb ("استهدفت المقاومة ..."), one
    within `reach` words after it."""
    if not attackers or trigger is None:
        return None
    for m, a in attackers:  # "attaques américaines", "U.S. airstrike": the phrase names its author
        if m.kind == "actor_phrase" and m.start <= trigger.start < m.end:
            return Value(a, (m.start, m.end))
    passive = _passive(trigger, view, text)
    if view.of("passive") and _passive_after(trigger, view, text):
        by = _agent_attacker(attackers, trigger, view, text)
        if by:
            return by
    # (where a subject may follow its verb, as in Arabic, the one after a saying verb is
    # also that of the attack it announces: "أعلنت المقاومة استهداف ...")
    if not passive:
        for m, a in reversed(attackers):
            # (an official reporting its side's strike is that side: "According to a US
            # official, the strikes were carried out ...")
            if m.start <= trigger.start and (reach or m.value != a.id
                                             or not speaks_after_its_verb(m, view, text)):
                return Value(a, (m.start, m.end))
    after = [(m, a) for m, a in attackers if reach and follows(text, trigger.end, m.start, reach)]
    if after and not passive:
        m, a = after[0]
        return Value(a, (m.start, m.end))
    return _agent_attacker(attackers, trigger, view, text)


def _agent_attacker(attackers: list[tuple[Mention, Actor]], trigger: Mention,
                    view: SentenceView, text: str) -> Value | None:
    """The attacker an agent word introduces right after the trigger."""
    agents = [g for g in view.of("agent") if follows(text, trigger.end, g.start, 2)]
    if trigger.value == "strike":  # "la frappe aérienne des forces américaines"
        agents += strike_genitives(trigger, view, text)
    for m, a in attackers:  # "revendiquée par un groupe baptisé Résistance islamique"
        if any(follows(text, g.end, m.start, AGENT_REACH)
               and not view.pause_between(g.end, m.start) for g in agents):
            return Value(a, (m.start, m.end))
    whose = _whose_means(trigger, view, text)
    for m, a in attackers:
        if any(g.end <= m.start and not text[g.end : m.start].strip() for g in whose):
            return Value(a, (m.start, m.end))
    return None


def _whose_means(trigger: Mention, view: SentenceView, text: str) -> list[Mention]:
    """"a essuyé jeudi des tirs de roquettes de la Résistance": a genitive right after the
    weapons the attack used (or after the attack noun) names whose they were, when an
    actor's name follows it at once (not "une attaque au drone de la base de ...")."""
    ends = [trigger.end] + [w.end for w in view.of("weapon") if w.start >= trigger.start
                            and len(text[trigger.end : w.start].split()) <= MEANS_GAP]
    return [g for g in view.of("genitive") if any(0 <= g.start - e <= 1 for e in ends)]


def strike_genitives(trigger: Mention, view: SentenceView, text: str) -> list[Mention]:
    """Genitive words right after a strike noun: what follows is who struck."""
    return [g for g in view.of("genitive") if follows(text, trigger.end, g.start, 1)]


def speaks_after_its_verb(m: Mention, view: SentenceView, text: str) -> bool:
    """"..., a indiqué jeudi l'armée israélienne après qu'une faction a revendiqué une
    attaque": the subject of a saying that comes after its verb, in an incise, speaks; it
    is not the author of an attack told later in the sentence. Nor is the one "selon"
    introduces ("Selon les forces de mobilisation populaire, des unités ont été visées")."""
    incises = view.memo.incises
    if incises is None:  # the saying verbs that open an incise, once a view
        incises = view.memo.incises = [c for c in view.of("claim") if c.value in INCISE_CUES
                                       and _opens_an_incise(c, view) or c.value == ACCORDING]
    return any(follows(text, c.end, m.start, SAYER_GAP)
               and not view.pause_between(c.end, m.start) for c in incises)


def _opens_an_incise(cue: Mention, view: SentenceView) -> bool:
    """", a indiqué jeudi l'armée": the saying comes after what it says, set off by a
    comma (not "Selon un responsable américain, les frappes ...")."""
    return any(cue.start - 2 <= p <= cue.start for p in view.pauses)


def _passive(trigger: Mention, view: SentenceView, text: str) -> bool:
    """"a été ciblée": what stands before the trigger was hit, not the attacker."""
    return any(follows(text, p.end, trigger.start, 1)
               for p in view.of("passive"))


def _passive_after(trigger: Mention, view: SentenceView, text: str) -> bool:
    """"l'agression a été menée par des drones américains": the noun, then its passive."""
    return any(trigger.end <= p.start and not text[trigger.end : p.start].strip()
               for p in view.of("passive"))


# Strikes are counted as events, not munitions; a roadside bomb ("un engin explosif
# improvisé") or gunfire is no munition fired at a target either.
UNCOUNTED: Final = frozenset({Weapon.AIRSTRIKE, Weapon.IED, Weapon.GUNFIRE})


def pick_count(view: SentenceView, weapons: list[Mention], text: str,
               pack: LanguagePack) -> Value | None:
    """A quantity standing just before a weapon word: "30 roquettes", "une trentaine de drones"."""
    attacks = view.of("attack")
    for q in view.quantities:
        for w in weapons:
            if w.value in UNCOUNTED:
                continue
            if q.value == 1 and not q.digits and not (
                    pack.article_counts_one and _one_of(q, w, attacks, text)):
                continue
            if q.start >= w.start and q.end <= w.end + 3:
                return Value((q.value, q.approx), (w.start, max(q.end, w.end)))  # a dual
            gap = text[q.end : w.start].split()
            if q.end <= w.start and len(gap) <= 3 and all(t in pack.connectors for t in gap):
                return Value((q.value, q.approx), (q.start, w.end))
    return None


def _one_of(q: Quantity, weapon: Mention, attacks: list[Mention], text: str) -> bool:
    """"Un drone a été abattu", "à l'aide d'un drone": one munition. Not "une frappe de
    drone" or "une attaque au drone", where the word counts an attack, nor "un" far from
    the weapon ("un des drones" is one of several)."""
    if q.end > weapon.start or text[q.end : weapon.start].strip():
        return False
    return not any(a.start < weapon.end and weapon.start < a.end for a in attacks)


def pick_outcome(intercepts: list[Mention], hits: list[Mention],
                 casualties: Value | None) -> Value | None:
    """Hit when anything got through ("most were intercepted, others hit the base")."""
    hits = [m for m in hits if m.value == Outcome.HIT]
    if hits:
        return Value(Outcome.HIT, (hits[0].start, hits[0].end))
    if intercepts:
        return Value(Outcome.INTERCEPTED, (intercepts[0].start, intercepts[0].end))
    if casualties is not None and casualties.value == Casualties.SOME:
        return Value(Outcome.HIT, casualties.span)
    return None


def pick_casualties(view: SentenceView, text: str, pack: LanguagePack) -> Value | None:
    cues = [m for m in view.of("casualty") if m.value != Casualties.UNKNOWN
            and not _tells_of_a_war(m, view, text) and not in_doubt(m, view)]
    for m in cues:
        if m.value == Casualties.NONE:
            return Value(Casualties.NONE, (m.start, m.end))
    for m in cues:
        is_negated = negated(m, view, text, pack.negation_window, pack.list_joiners)
        return Value(Casualties.NONE if is_negated else Casualties.SOME, (m.start, m.end))
    return None


# How far (in characters) after a word for stores of weapons ("dépôts de roquettes") the
# weapons named are the target of a strike rather than its means; "drone storage" too.
STOCK_REACH: Final = 40


def pick_weapons(view: SentenceView, text: str, pack: LanguagePack) -> list[Value]:
    """The weapons a clause names (shared by all its places), less stores of weapons hit."""
    weapons = view.memo.weapons
    if weapons is None:  # the places of one clause share its weapons
        seen: dict[str, Value] = {}
        stocks = view.of("stock")
        for m in live(view, "weapon", text, pack):
            # "drone storage sites", "dépôts de roquettes": what was hit, not what was used
            stored = any(0 <= m.start - k.end <= STOCK_REACH
                         or 0 <= k.start - m.end <= 1 for k in stocks)
            if m.value != Weapon.UNKNOWN and not stored:
                seen.setdefault(m.value, Value(m.value, (m.start, m.end)))
        weapons = view.memo.weapons = list(seen.values())
    return list(weapons)


def pick_toll(view: SentenceView, text: str, pack: LanguagePack) -> tuple[Value | None, Value | None]:
    """Casualties and outcome a clause states (shared by all its places)."""
    toll = view.memo.toll
    if toll is None:
        casualties = pick_casualties(view, text, pack)
        outcome = pick_outcome(live(view, "intercept", text, pack),
                               live(view, "outcome", text, pack), casualties)
        toll = view.memo.toll = (casualties, outcome)
    return toll


def says_unclaimed(view: SentenceView, text: str, pack: LanguagePack) -> bool:
    """"L'attaque n'a pas été revendiquée", "not immediately clear who was behind it"."""
    return any(q.value == UNCLAIMED for q in live(view, "claim", text, pack))
