"""Who attacked whom, as a sentence tells it: the attackers it names (armed actors, attack
phrases that name one, generic words resolved to a group told before), the side it says
was hit, who speaks in it, and who holds the places attacked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from veille.extract.annotate import Annotated, SentenceView
from veille.extract.background import Background, counted_many, habitual
from veille.extract.claims import DISOWN, STATE_MEDIA
from veille.extract.clause import Actors, Attacking, Cast, Clause, NamedAttacker, in_aside
from veille.extract.fields import live, pick_attacker, says_unclaimed, strike_genitives
from veille.extract.matcher import Mention, follows, opens_with
from veille.extract.pack import Actor, LanguagePack, load_actors, load_holders, load_opponents
from veille.extract.places import PlaceFilter

# How many words an agent word may stand before the claimant it introduces ("par un groupe
# baptisé Résistance islamique en Irak").
CLAIMANT_REACH: Final = 4
# How many words may stand between a side and its denial or condemnation ("les États-Unis
# et l'Irak ont condamné").
DENIER_REACH: Final = 4
# How many words may stand between a holder phrase and the side it names ("occupée par
# les États-Unis").
HOLDER_REACH: Final = 2
# The sayings whose subject, when it is a side hit, speaks for that side, and how many words
# may stand between that subject and its verb ("l'ambassade américaine à Bagdad a confirmé").
TARGET_SAYINGS: Final = frozenset({"say", "confirm", "deny"})
SUBJECT_WORDS: Final = 2
# Cues whose speaker did not make the attack: a denial, or a suspect disowning it.
DENYING: Final = frozenset({"deny", DISOWN})
# How far (in characters) a name may stand after the saying verb it is told to ("a déclaré
# à l'agence Reuters").
ADDRESSEE_GAP: Final = 14
# The roles of a news agency that "l'agence" may refer back to.
AGENCY_ROLES: Final = frozenset({"media", STATE_MEDIA})
# How many words may stand between "dont" after a toll and the group named ("trois morts,
# dont deux chefs des Brigades du Hezbollah").
AMONG_REACH: Final = 5
# How many words a passive wound may stand after the victims it names ("X, un groupe
# pro-iranien, et leur chauffeur ont été tués").
PASSIVE_SUBJECT_REACH: Final = 15


class Sides:
    def __init__(self, pack: LanguagePack, places: PlaceFilter, background: Background) -> None:
        self.pack = pack
        self.places = places
        self.background = background
        self.actors = load_actors()
        self.opponents = load_opponents()
        self.holders = load_holders()
        self._held: dict[str, Actor | None] = {}
        self._countries = {p.country: p.id for p in places.gazetteer.places.values()
                           if p.kind == "country"}
        self.air_camps = {a.camp for a in self.actors.values() if a.air_power}
        self.media = next((a for a in self.actors.values() if a.role == "media"), None)

    def name_agencies_referred_to(self, doc: Annotated) -> None:
        """"L'agence a aussi indiqué ...": the news agency named last before it (ANI, SANA),
        whose word it carries; a state's agency still speaks for its state. Done before
        anything reads the report's mentions."""
        last: Mention | None = None
        for view in doc.sentences:
            if not any(m.kind == "news_agency" for m in view.mentions):
                last = next((m for m in reversed(view.of("actor")) if self._agency(m)), last)
                continue
            named = view.of("actor")
            mentions = []
            for m in view.mentions:
                if m.kind == "news_agency" and any(a.start < m.end and m.start < a.end for a in named):
                    continue  # "l'agence de presse officielle libanaise" names itself
                if m.kind == "news_agency" and last is not None:
                    m = Mention("actor", last.value, m.start, m.end)
                elif m.kind == "actor" and self._agency(m):
                    last = m
                mentions.append(m)
            view.replace_mentions(mentions)

    def _agency(self, m: Mention) -> bool:
        return self.actors[m.value].role in AGENCY_ROLES

    def hit(self, view: SentenceView, text: str) -> list[Mention]:
        """Target words that name the side hit: after the trigger ("a ciblé les forces
        américaines"), or anywhere in a passive sentence ("les forces américaines ont
        été attaquées"); not the subject of an active one ("les forces américaines ont
        mené des frappes")."""
        hit = view.memo.hit
        if hit is None:
            triggers = live(view, "attack", text, self.pack)
            # a target word inside a longer actor name ("a senior US military official")
            # names no side hit
            actors = view.of("actor")
            targets = [t for t in view.of("target") if not any(
                a.start <= t.start and t.end <= a.end and a.end - a.start > t.end - t.start
                for a in actors) and not _agent_of(t, view, text)]
            if triggers and not view.of("passive"):
                first = min(t.start for t in triggers)
                striker = {g.end for t in triggers if t.value == "strike"
                           for g in strike_genitives(t, view, text)}
                targets = [t for t in targets if t.start >= first
                           and not _own_attack_between(view, triggers, first, t)
                           and not any(0 <= t.start - e <= 1 for e in striker)]
            hit = view.memo.hit = targets
        return hit

    def hit_camps(self, view: SentenceView, text: str) -> set[str]:
        return {self.actors[t.value].camp for t in self.hit(view, text)}

    def speakers(self, view: SentenceView, text: str) -> Actors:
        """Named speakers, and reporters named by a report cue ("notre correspondant")."""
        found = view.memo.speakers
        if found is None:
            actors = view.of("actor")
            silent = [m for m in actors if self._silent(m, view, text)]
            # the same name again right after ("... Gardiens de la révolution (CGRI)") is
            # still not speaking
            speakers = [(m, self.actors[m.value]) for m in actors if m not in silent and not any(
                s.value == m.value and follows(text, s.end, m.start, 2) for s in silent)]
            speakers += [(t, self.actors[t.value]) for t in self._speaking_targets(view, text)]
            if self.media:
                speakers += [(m, self.media) for m in view.of("claim") if m.value == "report"]
            found = view.memo.speakers = sorted(speakers, key=lambda ma: ma[0].start)
        return found

    def _silent(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Named, but saying nothing here: who holds a place ("les installations gérées par
        les États-Unis"), what an attack was against ("شنت غارات ضد كتائب حزب الله، وذكرت أن"),
        whom a saying is told to ("ont déclaré à Reuters deux responsables"), save a state's
        media, which carry what they are told (see claims)."""
        if _named_by_a_holder(m, view, text) or _struck(m, view, text):
            return True
        # where the subject may follow its verb ("استهدف مجاهدو المقاومة"), the author named
        # after it may be the one who says so too
        if not self.pack.attacker_reach and _authoring(m, view, text):
            return True
        return self.actors[m.value].role != STATE_MEDIA and self._addressed(m, view, text)

    def _speaking_targets(self, view: SentenceView, text: str) -> list[Mention]:
        """A side hit named as the subject of a saying ("l'ambassade américaine a confirmé
        avoir été visée", "أكدت السفارة الأميركية أنه تم استهدافها") speaks for itself."""
        sayings = [c for c in view.of("claim") if c.value in TARGET_SAYINGS]
        verb_first = self.pack.attacker_reach > 0  # the subject may follow its verb
        return [t for t in view.of("target") if t.value in self.actors and any(
            (follows(text, t.end, c.start, SUBJECT_WORDS) and not view.pause_between(t.end, c.start))
            or (verb_first and follows(text, c.end, t.start, 0)) for c in sayings)]

    def armed_in_order(self, doc: Annotated) -> Cast:
        """The armed actors a report names (for "le groupe" to refer back to), and
        those it names as attackers: the subject of an attack verb or its agent
        ("... par la Résistance"), not a side merely named ("la guerre entre Israël
        et le Hamas"); none that denies."""
        text = doc.norm.text
        named_by_sentence = [
            [(m, self.actors[m.value]) for m in v.of("actor")
             if self.actors[m.value].role == "armed" and not _denies(m, v, text)]
            for v in doc.sentences
        ]
        named = [pair for pairs in named_by_sentence for pair in pairs]
        return Cast(named, lambda: self._attacking(doc, named_by_sentence))

    def _attacking(self, doc: Annotated, named_by_sentence: list[Actors]) -> Attacking:
        """The attackers the report names, each with its sentence, the sides it hit and
        whether that sentence places its attacks; and the sentences that say no one
        claimed an attack."""
        text = doc.norm.text
        attacking: list[NamedAttacker] = []
        unclaimed: list[int] = []
        seen: set[tuple[int, int]] = set()
        for v, named in zip(doc.sentences, named_by_sentence, strict=True):
            if says_unclaimed(v, text, self.pack):
                unclaimed.append(v.sentence.index)
            # "Most of these attacks were claimed by the Resistance": none in particular
            triggers = [t for t in live(v, "attack", text, self.pack) if not habitual(t, v, text)]
            if not v.dates:  # "ont mené des dizaines de frappes contre ...": over a period
                triggers = [t for t in triggers if not counted_many(t, v, text)]
            if not named or not triggers:
                continue
            named = [(m, a) for m, a in named if not _victim(m, v, text, self.pack.among)
                     and not _states(m, v, text) and not self.background.holds(m, v, text)]
            if not named:
                continue
            subjects = [(m, a) for m, a in named if not in_aside(m, v, triggers, v.pauses)] or named
            for trigger in triggers:
                chosen = pick_attacker(subjects, trigger, v, text, self.pack.attacker_reach)
                if chosen and chosen.span and chosen.span not in seen:
                    mention = Mention("actor", chosen.value.id, *chosen.span)
                    attacking.append(NamedAttacker(mention, chosen.value, v.sentence.index,
                                                   self.hit_camps(v, text),
                                                   bool(self.places.event_places(v, text)),
                                                   [m for m in v.dates if not m.since]))
                    seen.add(chosen.span)
        attacking.sort(key=lambda named: named.mention.start)
        return Attacking(attacking, unclaimed)

    def attackers(self, view: SentenceView, armed: Cast, text: str) -> Actors:
        """Who may be the attacker here: armed actors, attack phrases that name one
        ("frappe américaine"), generic words resolved to the armed actor of their camp
        named nearest before (else after), and an official body when the sentence
        describes a strike ("CENTCOM a frappé", "أعلن الجيش الأمريكي تنفيذ ضربة"): when the
        strike hit its own side ("selon le CENTCOM, un drone a frappé la Tour 22") the
        side-hit rule below sets it aside. Whoever denies is not the attacker either."""
        found = view.memo.attackers
        if found is None:  # the lead and the clause ask for the same sentence
            found = view.memo.attackers = self._find_attackers(view, armed, text)
        return found

    def _find_attackers(self, view: SentenceView, armed: Cast, text: str) -> Actors:
        strike = any(t.value == "strike" for t in view.of("attack"))
        hit_camps = self.hit_camps(view, text)
        found = [(m, self.actors[m.value]) for m in view.of("actor_phrase")
                 if not _named_by_a_holder(m, view, text)]
        named = view.of("actor")
        for m in named:
            listed = self.actors[m.value]
            actor: Actor | None = listed
            if listed.role == "generic" and _apposed(m, named, text):
                continue  # "le groupe Résistance islamique en Irak": the name says who
            if self._twin_yields(m, named, armed):
                continue
            if listed.role == "generic" and self._indefinite(m, text):
                continue  # "lancé par des milices hors-la-loi": no group told before
            if listed.role == "generic":
                actor = _resolve_generic(m, listed, armed.attacking) or _resolve_generic(
                    m, listed, armed.named)
            elif listed.role == "official" and listed.acts_as and strike:
                actor = self.actors[listed.acts_as]
            # nor who holds a place or backs a group ("une milice soutenue par les États-Unis")
            if actor is not None and actor.role == "armed" and not _denies(m, view, text) \
                    and not _victim(m, view, text, self.pack.among) and not _states(m, view, text) \
                    and not _named_by_a_holder(m, view, text):
                found.append((m, actor))
        # The side hit is not the attacker, unless it strikes back in a stretch of its own:
        # "..., injuring one Iraqi service member, to which the US responded with airstrikes".
        triggers = view.of("attack")
        found = [(m, a) for m, a in found if a.camp not in hit_camps
                 or _strikes_back(m, a, self.hit(view, text), triggers, view, self.actors)]
        return sorted(found, key=lambda ma: ma[0].start)

    def _twin_yields(self, m: Mention, named: list[Mention], armed: Cast) -> bool:
        """Words that are both a generic word and a group's name ("la Résistance islamique":
        Hezbollah's word for itself, and short for the Islamic Resistance in Iraq) name the
        group of the generic's camp told before, else the group they name."""
        twin = next((o for o in named if o is not m and (o.start, o.end) == (m.start, m.end)), None)
        if twin is None:
            return False
        generic = m if self.actors[m.value].role == "generic" else twin
        if self.actors[generic.value].role != "generic":
            return False
        told = _told_before(generic, self.actors[generic.value], armed.attacking) \
            or _told_before(generic, self.actors[generic.value], armed.named)
        return (told is None) == (m is generic)

    def _addressed(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Whom a saying verb just before is told to: "a déclaré à Reuters" (not "opposent
        l'armée israélienne au Hezbollah")."""
        before = text[max(0, m.start - 8) : m.start].split()[-2:]  # "à l'AFP": an article may follow
        return any(w in self.pack.addressees for w in before) and any(
            0 <= m.start - c.end <= ADDRESSEE_GAP for c in view.of("claim"))

    def _indefinite(self, m: Mention, text: str) -> bool:
        before = text[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1] in self.pack.indefinite

    def held_by(self, c: Clause) -> tuple[Mention, Actor] | None:
        """The side a holder phrase names ("occupée par les États-Unis", "held by")."""
        return next(((m, self.actors[m.value]) for m in c.view.of("actor")
                     if _named_by_a_holder(m, c.view, c.text)), None)

    def holder(self, place_id: str) -> Actor | None:
        """Who an attack on a place is against by where it is (lang/held.tsv: Israel for
        itself and the Golan, and for every place within them)."""
        if place_id not in self._held:
            # the place, the places that hold it, and its country (an imported place may
            # have no parent)
            ids = [p.id for p in self.places.gazetteer.parent_chain(place_id)]
            ids.append(self._countries.get(self.places.country(place_id) or "", ""))
            held = next((self.holders[i] for i in ids if i in self.holders), None)
            self._held[place_id] = self.actors.get(held) if held else None
        return self._held[place_id]

    def holding_camps(self, place_ids: Iterable[str]) -> set[str]:
        """The camps of those holding these places."""
        return {h.camp for h in map(self.holder, place_ids) if h}

    def claimant(self, c: Clause) -> tuple[Mention, Actor] | None:
        """Who a sentence about events already told names as their author: the agent
        ("l'attaque a été revendiquée par un groupe baptisé Résistance islamique"), the
        subject of a claim ("Kataib Hezbollah a revendiqué l'opération"), or the subject
        that follows it ("ce qu'a revendiqué la Résistance", "تبنت المقاومة الهجوم")."""
        claims = [q for q in c.view.of("claim") if q.value == "claim"]
        accusing = [q for q in c.view.of("claim") if q.value == "accuse"]
        agents = c.view.of("agent")
        for m, a in c.attackers:
            if any(a0 <= m.start < b0 for a0, b0 in c.earlier):
                continue  # "à la suite d'assassinats ..., attribués à Israël": another event's
            if any(_near(c, g.end, m.start, CLAIMANT_REACH) or _by_means_of(c, g, m)
                   for g in agents) \
                    or any(_near(c, m.end, q.start, 3) or _near(c, q.end, m.start, 1)
                           for q in claims) \
                    or any(_near(c, q.end, m.start, 1) for q in accusing):  # "accusé les États-Unis"
                return m, a
        return None


# Module-level, not closures: a nested function makes the compiled build keep its
# enclosing function's locals in a slower environment object.
def _named_by_a_holder(m: Mention, view: SentenceView, text: str) -> bool:
    return any(follows(text, h.end, m.start, HOLDER_REACH)
               for h in view.of("holder"))


def _states(m: Mention, view: SentenceView, text: str) -> bool:
    """"Le communiqué des forces irakiennes ...", "deux responsables de l'armée irakienne ont
    déclaré": whose statement it is, or whose officials speak, not who attacked."""
    return any(q.value == "statement" and follows(text, q.end, m.start, 1)
               for q in view.of("claim")) or official_before(m, view, text) is not None


def official_before(m: Mention, view: SentenceView, text: str) -> Mention | None:
    """The words for an official of the body named right after them ("un porte-parole de
    la" before "Défense américaine")."""
    return next((q for q in view.of("official_of")
                 if q.end <= m.start and not text[q.end : m.start].strip()), None)


def _agent_of(t: Mention, view: SentenceView, text: str) -> bool:
    """"des bombardements menés par l'armée américaine": who did it, not who was hit."""
    return _agent_before(t, view, text) is not None


def _agent_before(m: Mention, view: SentenceView, text: str) -> Mention | None:
    return next((g for g in view.of("agent") if follows(text, g.end, m.start, 1)), None)


def _near(c: Clause, a: int, b: int, words: int) -> bool:
    return follows(c.text, a, b, words) and not c.view.pause_between(a, b)


def _by_means_of(c: Clause, g: Mention, m: Mention) -> bool:
    """"frappée par des tirs de roquettes de la Résistance": the means, then whose."""
    return _near(c, g.end, m.start, 2 * CLAIMANT_REACH) and any(
        g.end <= w.start and w.end <= m.start for w in c.view.of("weapon")) and any(
        0 <= m.start - x.end <= 1 for x in c.view.of("genitive"))


def _denies(m: Mention, view: SentenceView, text: str) -> bool:
    """Who denies or condemns an attack ("les États-Unis et l'Irak ont condamné les
    frappes"), or vows to avenge it, did not make it; not a name before a comma ("une frappe
    imputée à Israël par Téhéran, qui a menacé de représailles")."""
    return any(c.value in DENYING and _soon_after(m, c, text) for c in view.of("claim")) \
        or any(_soon_after(m, c, text) and not view.pause_between(m.end, c.start)
               for c in view.of("condemn"))


def _soon_after(m: Mention, cue: Mention, text: str) -> bool:
    return follows(text, m.end, cue.start, DENIER_REACH)


def _own_attack_between(view: SentenceView, triggers: list[Mention], first: int,
                        target: Mention) -> bool:
    """The target sits in a later comma stretch that tells an attack of its own ("..., the
    militia blamed for the drone attack that killed three American soldiers")."""
    stretch = max((p for p in view.pauses if p <= target.start), default=view.sentence.start)
    return stretch > first and any(stretch <= t.start < target.start for t in triggers)


def _apposed(m: Mention, named: list[Mention], text: str) -> bool:
    return any(o.start >= m.end and len(text[m.end : o.start].split()) == 0 for o in named
               if o is not m)


def _victim(m: Mention, view: SentenceView, text: str, among: frozenset[str]) -> bool:
    """Named among the dead or wounded: "إصابة أفراد من قوات الأمن", "tuant deux membres
    de Kataëb Hezbollah", "un commandant de Kataëb Hezbollah tué", "cinq membres des
    Brigades du Hezbollah ont été tués", "trois morts, dont deux chefs des Brigades du
    Hezbollah" (`among`: the pack's words for "of whom"); or as what an attack was against ("les frappes
    contre le groupe Etat islamique"). An abbreviation in brackets right after the name
    ("run by Islamic Revolutionary Guard Corps (IRGC)") is that name."""
    named = next((n for n in view.of("actor") if n.value == m.value and n.end < m.start
                  and text.count(" ", n.end, m.start) == m.start - n.end <= 2), None)
    if named is not None:
        m = named
    for cue in view.of("casualty"):
        if cue.value != "some":
            continue
        if follows(text, cue.end, m.start, 3) \
                and not view.pause_between(cue.end, m.start):
            return True
        if cue.end <= m.start and _among_them(text[cue.end : m.start].split(), among):
            return True
        if m.end <= cue.start and not view.pause_between(m.end, cue.start):
            between = text[m.end : cue.start].split()
            passive = any(m.end <= p.start and p.end <= cue.start for p in view.of("passive"))
            if not between or (passive and len(between) <= 3):
                return True
        if m.end <= cue.start and _passive_subject(m, cue, view, text):
            return True
    return _struck(m, view, text)


def _struck(m: Mention, view: SentenceView, text: str) -> bool:
    """Named as what an attack was against ("les frappes contre le groupe Etat islamique")."""
    return any(follows(text, a.end, m.start, 3)
               and not view.pause_between(a.end, m.start) for a in view.of("against"))


def _authoring(m: Mention, view: SentenceView, text: str) -> bool:
    """Named as the author right after an attack word ("des frappes attribuées à Israël
    ont été signalées", "un drone lancé par le Hezbollah"): it made the attack, it does not
    tell of it."""
    agent = _agent_before(m, view, text)
    return agent is not None and any(follows(text, a.end, agent.start, 1) for a in view.of("attack"))


def _among_them(between: list[str], among: frozenset[str]) -> bool:
    """"trois morts, dont deux chefs des", "killed on Wednesday, including two": an "of
    whom" word soon after a toll opens the part the name belongs to."""
    opens = [i for i in range(len(between)) if opens_with(between[i:], among)]
    return bool(opens) and opens[0] <= AMONG_REACH and len(between) - opens[0] <= AMONG_REACH


def _passive_subject(m: Mention, cue: Mention, view: SentenceView, text: str) -> bool:
    """"Deux commandants des Brigades du Hezbollah, un groupe pro-Iran, et leur chauffeur
    ont été tués": named in the subject of a passive wound, with no attack word between."""
    passive = any(m.end <= p.start and p.end <= cue.start and text.count(" ", p.end, cue.start) <= 2
                  for p in view.of("passive"))
    attack_between = any(m.end <= t.start < cue.start for t in view.of("attack"))
    return passive and not attack_between and text.count(" ", m.end, cue.start) <= PASSIVE_SUBJECT_REACH


def _strikes_back(m: Mention, actor: Actor, hits: list[Mention], triggers: list[Mention],
                  view: SentenceView, actors: dict[str, Actor]) -> bool:
    """An actor of the side hit that is the subject of an attack word, or names the attack
    itself ("un raid aérien américain"), in a comma-stretch where its side is not hit."""
    if any(actors[t.value].camp == actor.camp and _same_stretch(view, t, m) for t in hits):
        return False
    return any(m.start <= t.start and _same_stretch(view, m, t) for t in triggers)


def _same_stretch(view: SentenceView, a: Mention, b: Mention) -> bool:
    return not view.pause_between(min(a.start, b.start), max(a.end, b.end))


def _resolve_generic(m: Mention, generic: Actor, armed: Actors) -> Actor | None:
    before = _told_before(m, generic, armed)
    if before:
        return before
    after = [a for x, a in armed if a.camp == generic.camp and x.start > m.start]
    return after[0] if after else None


def _told_before(m: Mention, generic: Actor, armed: Actors) -> Actor | None:
    """The armed actor of the generic word's camp named last before it."""
    before = [a for x, a in armed if a.camp == generic.camp and x.start < m.start]
    return before[-1] if before else None
