"""Who says so: the basis of a report, from attribution cues and their speakers.

A "say" cue (announced, confirmed, according to) takes the side of its speaker:
the attacker's camp makes it a claim, the target's camp a confirmation (or a
denial with a "deny" cue), and so does the state a foreign air power struck on its
soil (lang/hosts.tsv: its denials are of its own part, not of the strike), anyone
else a report. A "report" cue (correspondent,
local sources) makes it a media report whoever is named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from veille.extract.matcher import Mention
from veille.extract.pack import Actor
from veille.vocab import CLAIM_RANK, Claim

# How far (in characters) the subject of a report verb may stand before it ("Centcom a").
SUBJECT_GAP: Final = 24
# How far a subject inverted after its report verb may stand ("a rapporté le ministère").
INVERTED_GAP: Final = 4
# How far a speaker after its say verb may stand when the verb has a subject before it
# (", a affirmé mardi le Hezbollah"); farther on, a name is part of what was said.
AFTER_REACH: Final = 20
# How far (in characters of the normalised text) a speaker may stand from its cue.
SPEAKER_REACH: Final = 90
# Cue values: "say" (announced), "according" ("selon", "according to": its speaker
# follows), "claim" (claimed responsibility) and "confirm" take their speaker's side;
# "report" is a media report; "deny" a denial; "disown" a suspect's denial of involvement.
SAYING: Final = frozenset({"say", "statement", "according", "claim", "confirm"})
# A statement noun whose speaker follows it ("une déclaration du mouvement", "a statement
# from the group"), whoever relays it before ("Shafaq News a cité une déclaration du ...").
STATEMENT: Final = "statement"
# "selon des sources d'Al Mayadeen", "according to the Pentagon": the speaker follows, even
# when the attacker stands nearer before ("des tirs de la Résistance, selon des sources ...").
ACCORDING: Final = "according"
# "ont accusé les États-Unis d'avoir mené l'attaque": names the author (see the assembler).
ACCUSE: Final = "accuse"
# A state's media: a report, unless its state's side was hit ("SANA a fait état d'une frappe
# israélienne sur Damas": Syria acknowledges it).
STATE_MEDIA: Final = "state_media"
# A negated "confirm" cue ("could not confirm"): it confirms nothing, and takes the
# confirmation away from the saying that carries it.
DECLINE: Final = "decline"
# A negated "claim" cue ("n'a pas été revendiquée", "no group claimed"): no one claims it.
UNCLAIMED: Final = "unclaimed"
# What a negated cue becomes: "ne pas être en mesure de confirmer", "did not confirm that
# claim" confirm nothing (and take the confirmation from the saying that carries them);
# "l'attaque n'a pas été revendiquée": no one claims it.
NEGATED_CUES: Final = {"confirm": DECLINE, "claim": UNCLAIMED}
# "l'Iran nie toute implication", "denied any involvement": a suspect disowns the attack. It
# says nothing of whether the attack took place (no denial), and its speaker did not make it.
DISOWN: Final = "disown"
# A condemnation ("Les Etats-Unis ont condamné fermement les attaques ayant visé leur
# ambassade"): the side hit condemning an attack acknowledges it; anyone else's says nothing
# of whose word the report is.
CONDEMN: Final = "condemn"
# The cues that speak of the attack itself, not of its motive or context.
ABOUT_THE_ATTACK: Final = frozenset({"claim", "confirm", "deny", DECLINE, UNCLAIMED, CONDEMN})


@dataclass(slots=True, frozen=True)
class ClaimCue:
    claim: Claim
    mention: Mention


def decide_claim(
    cues: list[Mention],
    speakers: list[tuple[Mention, Actor]],
    actor_camp: str | None,
    target_camp: str | None,
    pauses: tuple[int, ...] = (),
    attacker_named: bool = True,
    host_camp: str | None = None,
) -> ClaimCue | None:
    """The strongest basis the sentence's cues give, or None when it has none. The host camp,
    the state a foreign air power struck on its soil, speaks for the side hit as well."""
    if not cues:
        return None
    # with no attacker named, only a named speaker of the attackers' side claims
    elided = actor_camp if attacker_named else None
    hit = {c for c in (target_camp, host_camp) if c}
    read = [(cue, _claim_of(cue, _speaker(cue, speakers), actor_camp, target_camp, hit, elided))
            for cue in cues]
    if speakers:  # who relays or reports for a side (before the denials weigh them all)
        read += _relayed_by_the_side_hit(cues, speakers, hit)
        read += _reported_by_a_side(cues, speakers, actor_camp, hit, pauses)
    if any(claim == Claim.DENIED for _, claim in read) or any(c.value == DECLINE for c in cues):
        # "The Pentagon said there was no truth to the reports": the saying carries the denial.
        read = [(cue, claim) for cue, claim in read if claim != Claim.CONFIRMED]
    if any(c.value == UNCLAIMED for c in cues):
        read = [(cue, claim) for cue, claim in read if claim != Claim.CLAIMED]
    best: ClaimCue | None = None
    for cue, claim in read:
        if claim and (best is None or CLAIM_RANK[claim] > CLAIM_RANK[best.claim]):
            best = ClaimCue(claim, cue)
    return best


def _reported_by_a_side(cues: list[Mention], speakers: list[tuple[Mention, Actor]],
                        actor_camp: str | None, hit: set[str],
                        pauses: tuple[int, ...]) -> list[tuple[Mention, Claim | None]]:
    """"Centcom a rapporté que ...", "la Résistance avait signalé une attaque": a report verb
    whose subject, right before it, is a side of the attack speaks for that side."""
    found: list[tuple[Mention, Claim | None]] = []
    reports = [cue for cue in cues if cue.value == "report"]
    if not reports or not (actor_camp or hit):
        return found
    for cue in reports:
        before = [(m, a) for m, a in speakers if subject_before(m, cue, pauses)]
        # or an official body right after it, inverted after an incise: ", a rapporté le
        # ministère de la Santé libanais" (not "مصدران بالجيش العراقي", sources in an army)
        after = [(m, a) for m, a in speakers if 0 <= m.start - cue.end <= INVERTED_GAP
                 and a.role == "official"]
        subject = [a for _, a in (before[-1:] or after[:1]) if a.role in ("armed", "official")]
        if not subject:
            continue  # "al-Mayadeen, affilié au Hezbollah, a rapporté": the outlet reports
        if actor_camp and subject[-1].camp == actor_camp:
            found.append((cue, Claim.CLAIMED))
        elif subject[-1].camp in hit:
            found.append((cue, Claim.CONFIRMED))
    return found


def subject_before(speaker: Mention, cue: Mention, pauses: tuple[int, ...]) -> bool:
    """The subject right before its verb, no comma between ("Centcom a rapporté")."""
    return 0 <= cue.start - speaker.end <= SUBJECT_GAP \
        and not any(speaker.end <= p <= cue.start for p in pauses)


def _relayed_by_the_side_hit(cues: list[Mention], speakers: list[tuple[Mention, Actor]],
                             hit: set[str]) -> list[tuple[Mention, Claim | None]]:
    """"..., a déclaré une source militaire à l'agence syrienne Sana": whoever speaks, the
    state media of the side hit carry it, so that side acknowledges the attack."""
    relays = [m for m, a in speakers if a.role == STATE_MEDIA and a.camp in hit]
    if not relays:
        return []
    # the relay may begin inside its cue: "selon les médias du gouvernement syrien"
    return [(cue, Claim.CONFIRMED) for cue in cues for m in relays
            if cue.value in SAYING | {"report"} and cue.start < m.start
            and m.start - cue.end <= SPEAKER_REACH]


def _claim_of(cue: Mention, speaker: Actor | None, actor_camp: str | None,
              target_camp: str | None, hit: set[str], elided: str | None) -> Claim | None:
    if cue.value == "report":
        return Claim.REPORTED
    if cue.value == CONDEMN:
        return Claim.CONFIRMED if speaker and speaker.camp in hit else None
    if cue.value in (DECLINE, UNCLAIMED, DISOWN):
        return None
    if cue.value == ACCUSE:  # it names the author (see the assembler), not whose word it is:
        return None  # "le Pentagone accuse l'Iran de mener ces attaques" confirms none of them
    if speaker is None:
        # "a revendiqué ..." with its subject elided: the attacker speaks, if we know one;
        # a saying by no one named ("selon une source", "Singh said") decides nothing.
        return Claim.CLAIMED if cue.value in SAYING - {"say", STATEMENT, ACCORDING} and elided else None
    if speaker.role == "media":
        return Claim.REPORTED
    if speaker.role == STATE_MEDIA:  # SANA on an Israeli strike in Syria speaks for Syria
        if speaker.camp in hit:
            return _acknowledged(cue, speaker, target_camp)
        return Claim.REPORTED
    if actor_camp and speaker.camp == actor_camp:  # before the target: a side never hits itself
        return Claim.CLAIMED if cue.value in SAYING else Claim.REPORTED
    if speaker.camp in hit:
        return _acknowledged(cue, speaker, target_camp)
    return Claim.REPORTED


def _acknowledged(cue: Mention, speaker: Actor, target_camp: str | None) -> Claim | None:
    """A side hit's word confirms, or its denial denies; a host state's denial ("l'Irak a nié
    avoir été informé de la frappe") is of its own part, not of the strike."""
    if cue.value != "deny":
        return Claim.CONFIRMED
    return Claim.DENIED if speaker.camp == target_camp else None


def _speaker(cue: Mention, speakers: list[tuple[Mention, Actor]]) -> Actor | None:
    found = nearest_speaker(cue, speakers)
    return found[1] if found else None


def nearest_speaker(cue: Mention, speakers: list[tuple[Mention, Actor]]) -> tuple[Mention, Actor] | None:
    """The named speaker nearest the cue: its subject before it, or the one after
    "according to" / "in a statement" forms. A denial far down a long sentence is still
    its speaker's ("the ministry said that reports of an attack ... were baseless")."""
    if cue.value in (STATEMENT, ACCORDING):
        after = next(((m, a) for m, a in speakers if 0 <= m.start - cue.end <= SPEAKER_REACH), None)
        if after is not None:
            return after
    best: tuple[Mention, Actor] | None = None
    best_gap = SPEAKER_REACH + 1
    # "L'armée a bombardé Dahieh, où elle a affirmé avoir visé un entrepôt du Hezbollah": a
    # name far after the verb is part of what was said when a subject stands before it
    subject = any(0 <= cue.start - m.end <= SPEAKER_REACH for m, _ in speakers)
    for mention, actor in speakers:
        gap = cue.start - mention.end if mention.end <= cue.start else mention.start - cue.end
        if subject and mention.start >= cue.end and gap > AFTER_REACH:
            continue
        if 0 <= gap < best_gap:
            best, best_gap = (mention, actor), gap
    if best is None and cue.value == "deny":
        best = next(((m, a) for m, a in speakers if m.end <= cue.start), None)
    return best
