"""Which claim each event gets: the attribution cues of its own sentence, of the
sentences that tell more of it, or of the report's lead, each weighed by the event's
sides (claims.decide_claim)."""

from __future__ import annotations

from typing import Final

from veille.extract.annotate import Annotated, SentenceView
from veille.extract.claims import (
    ABOUT_THE_ATTACK,
    ACCORDING,
    CONDEMN,
    SPEAKER_REACH,
    STATEMENT,
    decide_claim,
    subject_before,
)
from veille.extract.clause import Actors, Cast, Clause
from veille.extract.discourse import Discourse, Draft, LeadClaim, Value
from veille.extract.fields import live, speaks_after_its_verb
from veille.extract.matcher import Mention, follows
from veille.extract.pack import Actor, LanguagePack, load_hosts
from veille.extract.places import PlaceFilter
from veille.extract.sides import Sides, official_before
from veille.vocab import CLAIM_RANK, Claim

# What a later saying must tell for its speaker's word to bear on the attack: not a motive
# or a threat ("la Résistance a souligné qu'elle continuerait ses opérations").
TOLD_OF_AN_ATTACK: Final = ("weapon", "casualty", "outcome", "intercept")


class ClaimReader:
    def __init__(self, pack: LanguagePack, places: PlaceFilter, sides: Sides) -> None:
        self.pack = pack
        self.places = places
        self.sides = sides
        self.hosts = load_hosts()

    def claim(self, c: Clause, draft: Draft, state: Discourse) -> Value | None:
        said = self.claim_in(self._cues(c.view, c.text), self.sides.speakers(c.view, c.text),
                              draft, c.view.pauses)
        if said or c.background:
            return said
        # A list of attacks running on from the sentence before ("... a visé Aïn al-Assad.
        # Les bases de Tell Beydar et d'al-Tanf ont aussi été visées.") is told on its word.
        before = state.recent[-1] if state.recent else []
        running_on = [d.claim for d in before if d.sentence == state.previous
                      and d.claim and d.claim.span and d.actor_agrees(draft)]
        if running_on:
            return running_on[0]
        lead = state.lead_claim
        if lead is None or self._claims_other_attacks(lead, draft):
            return None
        return self.claim_in(lead.cues, lead.speakers, draft, lead.pauses)

    def claim_in(self, cues: list[Mention], speakers: Actors, draft: Draft,
                  pauses: tuple[int, ...] = ()) -> Value | None:
        actor_camp = draft.actor.value.camp if draft.actor else None
        target_camp = draft.target.value.camp if draft.target else self.sides.opponents.get(actor_camp or "")
        # an attack on a side by no one named is by that side's opponents: their own word
        # about it ("une déclaration de la milice confirme ...") is a claim
        actor_camp = actor_camp or self.sides.opponents.get(target_camp or "")
        cue = decide_claim(cues, speakers, actor_camp, target_camp, pauses,
                           attacker_named=draft.actor is not None, host_camp=self._host(draft))
        return Value(cue.claim, (cue.mention.start, cue.mention.end)) if cue else None

    def _host(self, draft: Draft) -> str | None:
        """The camp of the state a foreign air power's strike fell on (lang/hosts.tsv)."""
        attacker = draft.actor.value if draft.actor else None
        if attacker is None or not attacker.air_power:
            return None
        host, not_for = self.hosts.get(self.places.country(draft.place_id) or "", ("", frozenset()))
        return host if host and host != attacker.camp and attacker.camp not in not_for else None

    def stronger(self, c: Clause, draft: Draft, alone: bool) -> Value | None:
        """A later claim, confirmation or denial of events already described
        ("l'attaque a été revendiquée par ...", "un responsable américain a confirmé"), or
        the side hit telling what the attack did ("Des soldats américains ont été blessés,
        a déclaré un porte-parole de la Défense américaine") when it tells of this event
        alone: a toll told after four bases were named is of one of them."""
        cues = self._cues(c.view, c.text)
        speakers = self.sides.speakers(c.view, c.text)
        about = [m for m in cues if m.value in ABOUT_THE_ATTACK]
        said = self.claim_in(about, speakers, draft, c.view.pauses) \
            or (self._side_hit_tells(c, cues, speakers, draft) if alone else None)
        return said if said and CLAIM_RANK[said.value] > rank(draft.claim) else draft.claim

    def _side_hit_tells(self, c: Clause, cues: list[Mention], speakers: Actors,
                        draft: Draft) -> Value | None:
        """A saying whose subject is the side hit, telling of munitions, a toll, an outcome or
        who made the attack it refers to: it acknowledges the attack. Only its subject speaks:
        in "the official said there had been IRGC personnel on the base", the IRGC says
        nothing."""
        if not any(c.view.of(k) for k in TOLD_OF_AN_ATTACK) and not _names_its_author(c):
            return None
        day = draft.date.value.value if draft.date else None
        if any(r.value and r.value != day for _, r in c.dates):
            return None  # "the US army announced on Wednesday a strike that killed ...": its own
        subjects = [(m, a) for m, a in speakers
                    if any(_subject_of(m, cue, c.view, c.text) for cue in cues)]
        said = self.claim_in(cues, subjects, draft, c.view.pauses)
        return said if said and said.value == Claim.CONFIRMED else None

    def _cues(self, view: SentenceView, text: str) -> list[Mention]:
        """The attribution cues, and the condemnations (whose speaker may be the side hit)."""
        condemned = view.of("condemn")
        cues = live(view, "claim", text, self.pack)
        if not condemned:
            return cues
        return sorted(cues + [m.with_value(CONDEMN) for m in condemned], key=lambda m: m.start)

    def denial(self, c: Clause) -> list[tuple[Mention, Actor]]:
        """Deny cues with their speaker: "les FDS ont démenti toute attaque"."""
        speakers = self.sides.speakers(c.view, c.text)
        found = []
        for cue in live(c.view, "claim", c.text, self.pack):
            if cue.value == "deny":
                named = [(m, a) for m, a in speakers if m.end <= cue.start]
                if named:
                    found.append((cue, named[-1][1]))
        return found

    def lead(self, doc: Annotated, armed: Cast) -> LeadClaim | None:
        """The attribution of the report as a whole: the cues of its first sentence
        that has a decisive one, weighed later for each event's sides."""
        text = doc.norm.text
        for view in doc.sentences:
            cues = self._cues(view, text)
            if not cues or view.of("habitual"):
                continue  # "La plupart des attaques ont été revendiquées par ...": not these
            about = any(c.value in ABOUT_THE_ATTACK for c in cues)  # "Biden confirmed the news"
            if not (about or view.of("attack") or view.of("intercept") or view.of("anaphor")):
                continue  # "Les États-Unis ont annoncé le renforcement de leur dispositif"
            # (not the speaker of an incise: ", ont annoncé les forces de sécurité irakiennes")
            attackers = [a for m, a in self.sides.attackers(view, armed, text)
                         if self.pack.attacker_reach or not speaks_after_its_verb(m, view, text)]
            targets = [self.sides.actors[t.value] for t in self.sides.hit(view, text)]
            speakers = self.sides.speakers(view, text)
            if decide_claim(cues, speakers, attackers[0].camp if attackers else None,
                            targets[0].camp if targets else None, view.pauses):
                return LeadClaim(cues, speakers, view.sentence.index,
                                 [m.value for m in self.places.event_places(view, text)],
                                 [a.id for a in attackers], view.pauses,
                                 _tells_a_shoot_down(view))
        return None

    def _claims_other_attacks(self, lead: LeadClaim, draft: Draft) -> bool:
        """Whether a lead is about other attacks: told after this event, a statement after
        a strike on its speaker, or a claim of attacks elsewhere; told before it, the side
        this event hit telling of its own strikes elsewhere ("Le Pentagone indique qu'une
        frappe à Bagdad a tué ..." does not speak for the drones that hit al-Omar in riposte)."""
        if lead.sentence <= draft.sentence:
            hit = draft.target.value.camp if draft.target else None
            return hit is not None and self._claim_of_other_places(lead, draft) and any(
                self.sides.actors[a].camp == hit for a in lead.attackers)
        return (_statement_after_a_strike_on_it(lead, draft) and not self._side_hit_speaks(lead, draft)) \
            or self._claim_of_other_places(lead, draft) or self._shoot_down_elsewhere(lead, draft)

    def _shoot_down_elsewhere(self, lead: LeadClaim, draft: Draft) -> bool:
        """"L'armée israélienne a annoncé avoir intercepté un drone au large de Beyrouth",
        after its strike on Bint Jbeil: what the interceptor tells of a drone elsewhere says
        nothing of its own strikes."""
        return lead.shoot_down and self._places_elsewhere(lead, draft)

    def _side_hit_speaks(self, lead: LeadClaim, draft: Draft) -> bool:
        """"L'armée israélienne a déclaré que 35 roquettes avaient été lancées", after
        Hezbollah's rockets on Safed: the only side the lead names is the one this event hit,
        telling of it, not a side struck in turn."""
        hit = draft.target.value.camp if draft.target else None
        return hit is not None and any(a.camp == hit for _, a in lead.speakers) \
            and all(self.sides.actors[x].camp == hit for x in lead.attackers)

    def _claim_of_other_places(self, lead: LeadClaim, draft: Draft) -> bool:
        """"Tashkil al-Waritheen a revendiqué l'attaque contre Aïn al-Assad", after an attack
        on al-Harir by another group or by no one named."""
        return self._places_elsewhere(lead, draft) and not _names_its_attacker(lead, draft)

    def _places_elsewhere(self, lead: LeadClaim, draft: Draft) -> bool:
        """Whether the lead places its attacks, none of them where this event hit."""
        return bool(lead.places) and not any(
            self._names_the_place_of(p, draft) for p in lead.places)

    def _names_the_place_of(self, place_id: str, draft: Draft) -> bool:
        here = draft.place_id
        return (self.places.same_site(place_id, here) or self.places.locality(here, place_id)
                or self.places.within(here, place_id))


def _tells_a_shoot_down(view: SentenceView) -> bool:
    """An interception told before any attack word ("a annoncé avoir intercepté un drone
    lancé depuis l'Irak": the launch is the drone's)."""
    intercepts, attacks = view.of("intercept"), view.of("attack")
    return bool(intercepts) and all(intercepts[0].start < a.start for a in attacks)


def _names_its_attacker(lead: LeadClaim, draft: Draft) -> bool:
    return draft.actor is not None and draft.actor.value.id in lead.attackers


def _statement_after_a_strike_on_it(lead: LeadClaim, draft: Draft) -> bool:
    """A group's statement after a strike on it by another side, with no speaker of that
    side in it (the Resistance's communiqué after a US strike killed one of its leaders)."""
    if draft.actor is None or not lead.attackers or _names_its_attacker(lead, draft):
        return False
    return not any(a.camp == draft.actor.value.camp for _, a in lead.speakers)


def _subject_of(speaker: Mention, cue: Mention, view: SentenceView, text: str) -> bool:
    """Right before its verb ("Centcom a déclaré"), right after it (", a déclaré un
    porte-parole de la Défense américaine"), or after an "according to" form ("selon
    l'armée israélienne")."""
    if speaker.end <= cue.start:
        return subject_before(speaker, cue, view.pauses)
    if cue.value in (ACCORDING, STATEMENT):
        return speaker.start - cue.end <= SPEAKER_REACH
    official = official_before(speaker, view, text)  # the official who speaks for the body
    start = official.start if official and cue.end <= official.start else speaker.start
    return follows(text, cue.end, start, 1)


def rank(claim: Value | None) -> int:
    return CLAIM_RANK[claim.value] if claim else 0


def _names_its_author(c: Clause) -> bool:
    """"Le ministère syrien a affirmé que l'attaque avait été commise par Israël": the side
    hit telling who made the attack it refers to acknowledges it."""
    agents = [g for a in c.view.of("anaphor") for g in c.view.of("agent")
              if a.end <= g.start and c.text.count(" ", a.end, g.start) <= 4]
    return any(g.end <= m.start and c.text.count(" ", g.end, m.start) <= 1
               for g in agents for m, _ in c.attackers)
