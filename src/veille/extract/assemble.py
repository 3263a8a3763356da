"""Assembling event drafts sentence by sentence around attack triggers.

A sentence with a trigger and places yields one draft per place; a sentence
with a trigger and no place opens a frame the next places inherit; a sentence
that refers back ("l'attaque", "the base") adds its details to the events just
described. A small discourse state carries the date in focus and the last
attacker named across sentences. An attack named as the cause of another
("en réponse à une frappe ...") is background: it is reported, but it neither
takes the date in focus nor receives the details of the following sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from veille.extract.annotate import Annotated, SentenceView
from veille.extract.background import (
    MANY_ATTACKS,
    Background,
    dates_a_war,
    habitual,
    over_a_period,
    told_as_earlier,
)
from veille.extract.claims import nearest_speaker
from veille.extract.clause import Cast, Clause, NamedAttacker
from veille.extract.dates import PERIODS, Anchor, DateMention, ResolvedDate, resolve
from veille.extract.discourse import Discourse, Draft, Value, recent, same_day, weeks_before
from veille.extract.event_claims import ClaimReader, rank
from veille.extract.fields import (
    governing_trigger,
    live,
    nearest,
    pick_attacker,
    pick_count,
    pick_date,
    pick_toll,
    pick_weapons,
    says_unclaimed,
)
from veille.extract.frames import Frames
from veille.extract.matcher import Mention
from veille.extract.pack import Actor, LanguagePack, load_allies
from veille.extract.places import PlaceFilter
from veille.extract.sides import Sides
from veille.extract.tallies import TallyDraft, find_tallies
from veille.vocab import CLAIM_RANK, Casualties, Claim, DatePrecision, Outcome, Weapon

# How many sentences back an attacker named before still stands for "they".
ACTOR_MEMORY: Final = 2
# How many sentences back the air power named for strikes is the author of another strike.
STRIKE_MEMORY: Final = 6
# How many sentences on an attacker named as hitting the same side still claims an attack
# that named none.
LATER_REACH: Final = 3
# The kinds of mention that make a sentence worth assembling.
EVENTFUL: Final = ("attack", "intercept", "anaphor", "tally", "weapon", "outcome", "casualty",
                   "target", "claim")


class Assembler:
    """Reads a report sentence by sentence; who attacked whom (sides), what is background,
    frames and claims each have a reader of their own."""

    def __init__(self, pack: LanguagePack, places: PlaceFilter) -> None:
        self.pack = pack
        self.places = places
        self.background = Background(pack, places)
        self.sides = Sides(pack, places, self.background)
        self.frames = Frames(pack, self.sides)
        self.claims = ClaimReader(pack, places, self.sides)

    def assemble(self, doc: Annotated, anchor: Anchor) -> tuple[list[Draft], list[TallyDraft]]:
        self.sides.name_agencies_referred_to(doc)
        armed = self.sides.armed_in_order(doc)
        state = Discourse(anchor=anchor, main_date=self._main_date(doc, anchor))
        state.lead_claim = self.claims.lead(doc, armed)
        drafts: list[Draft] = []
        tallies: list[TallyDraft] = []
        for view in doc.sentences:
            if not (view.dates or any(view.of(kind) for kind in EVENTFUL)):
                continue  # tells nothing of an attack, a date, a side hit or a count
            for clause in self._clauses(doc, view, state, armed):
                new, found = self._sentence(clause, state, armed)
                drafts.extend(new)
                tallies.extend(found)
            # a tag line or caption in between ("– Guerre du Hamas.") breaks no thread
            state.previous = view.sentence.index
        for draft in drafts:
            if _one_aircraft(draft, doc.norm.text):
                draft.count = None
        return drafts, tallies

    def _clauses(self, doc: Annotated, view: SentenceView, state: Discourse,
                 armed: Cast) -> list[Clause]:
        """The sentence, less its background: from each "en réponse à" to the next
        comma (or the end), an earlier attack named as a cause."""
        text = doc.norm.text
        main, background = view, []
        spans = self.background.spans(view, text)
        for start, end, tail in spans:
            background.append(view.part(start, tail))
            # the tail's dates are the earlier attack's ("..., le 28 janvier"); its
            # attribution (", a déclaré Lloyd Austin") still speaks for the sentence
            main = main.without(start, end).less_dates(end, tail)
        clauses = [self._clause(text, main, state, armed, background=False)]
        clauses[0].earlier = [(start, tail) for start, _, tail in spans]
        clauses += [self._clause(text, b, state, armed, background=True) for b in background]
        # Told as earlier, it is background too: its events are reported, the discourse
        # (the day in focus, the attacker, the side hit) stays where it was.
        clauses[0].background = clauses[0].background or told_as_earlier(clauses[0], self.pack)
        return clauses

    def _clause(self, text: str, view: SentenceView, state: Discourse, armed: Cast,
                background: bool) -> Clause:
        focus = state.focus.value if state.focus else None
        war = [m for m in view.dates if dates_a_war(m, view, text)] if view.of("context") else []
        dates: list[tuple[DateMention, ResolvedDate]] = []
        for m in view.dates:
            if m.since or m in war:
                continue
            r = resolve(m, state.anchor, focus)
            dates.append((m, r))
            if r.value and r.precision == DatePrecision.DAY and m.kind == "explicit":
                focus = r  # "dans la nuit du 20 octobre ..., et le lendemain": the 21st
        triggers = [t for t in live(view, "attack", text, self.pack)
                    + live(view, "intercept", text, self.pack) if not habitual(t, view, text)]
        return Clause(view, text, dates, triggers,
                      lambda: self.sides.attackers(view, armed, text),
                      lambda: self.places.event_places(view, text), background,
                      dates_a_war=bool(war), over_a_period=over_a_period(view, dates, triggers))

    # -- one sentence -------------------------------------------------------

    def _sentence(self, c: Clause, state: Discourse,
                  armed: Cast) -> tuple[list[Draft], list[TallyDraft]]:
        tallies = find_tallies(c.view, c.text, c.dates, state.anchor, self.sides.speakers(c.view, c.text))
        drafts: list[Draft] = []
        if self._breakdown_line(c, tallies, state):
            # "Since Oct. 19 the Observatory has counted 50 attacks: 11 on the al-Omar base,
            # 9 on Shaddadi, 1 on Qasrak": each line counts attacks over the period, no event.
            state.recent.clear()
            state.frame = None
            return drafts, tallies
        if any(t.count >= MANY_ATTACKS for t in tallies) and self._counts_only(c):
            # "plus de 146 attaques sur le sol syrien, dont neuf sur Sayyida Zeinab": the places
            # of a count of attacks are where some of them hit, none an attack of a day
            state.frame = None
            return drafts, tallies
        if c.background:
            if c.triggers and c.places:
                drafts = [self._draft(c, p, state, armed, len(c.places) == 1) for p in c.places]
                state.told_before = (c.view.sentence.index, drafts)
            return drafts, tallies
        refers_back = self._refers_to_told_before(c, state)
        if c.triggers:
            state.main_attack = c.view.sentence.index
        if refers_back and state.told_before and not tallies:
            self._update(c, state, state.told_before[1])
            return drafts, tallies
        if self._situates_the_referent(c, state):
            c.places.clear()  # "l'installation, située à l'est de Deir ez-Zor, a été touchée"
        if c.over_a_period:
            self._remember(c, drafts, state)  # it may still name who attacks
            return drafts, tallies
        if c.view.of("place") and (c.triggers or self.frames.placed_by(c, state)) and c.places:
            drafts = [self._draft(c, p, state, armed, len(c.places) == 1) for p in c.places]
            drafts += self._on_the_other_day(c, drafts)
            state.recent.append(drafts)
            state.frame = None
            state.last_touch = c.view.sentence.index
        elif self._elaborates(c, state) and not tallies:
            self._update(c, state, self._referent(c, state))
            state.last_touch = c.view.sentence.index
        elif self.frames.tells_more(c, state, tallies):
            self.frames.extend(c, state)
        elif c.triggers or tallies:
            state.recent.clear()
            # a count of attacks over a period is a tally, no attack the next places tell;
            # "deux attaques distinctes ... La première a visé Aïn al-Assad" is
            counted = any(t.since for t in tallies)
            war = c.dates_a_war  # "la guerre déclenchée le 7 octobre par une attaque": the war's
            state.frame = self.frames.open(c, state.anchor) if c.triggers and not (counted or war) else None
        self._remember(c, drafts, state)
        return drafts, tallies

    def _on_the_other_day(self, c: Clause, drafts: list[Draft]) -> list[Draft]:
        """"Mercredi puis à nouveau jeudi matin, des drones ont attaqué la base d'Erbil": two
        days joined for one place are two attacks; the second day's copy of the event."""
        if len(drafts) != 1 or len(c.told_dates) < 2 or not drafts[0].date \
                or not self.pack.date_joiners:
            return []
        days = [(m, r) for m, r in c.told_dates if r.value and r.precision == DatePrecision.DAY]
        for (m1, r1), (m2, r2) in zip(days, days[1:], strict=False):
            between = c.text[m1.end : m2.start].split()
            if r1.value != r2.value and len(between) <= 3 \
                    and any(w in self.pack.date_joiners for w in between):
                told = drafts[0].date.value.value
                other = (m2, r2) if told == r1.value else (m1, r1) if told == r2.value else None
                if other:
                    twin = replace(drafts[0], weapons=list(drafts[0].weapons))
                    twin.date = Value(other[1], (other[0].start, other[0].end))
                    return [twin]
        return []

    def _breakdown_line(self, c: Clause, tallies: list[TallyDraft], state: Discourse) -> bool:
        """Whether a clause right after a count of attacks only counts them too; keeps
        the last sentence that counted attacks."""
        breakdown = state.tallied == state.previous and self._counts_only(c)
        # "hier, la résistance a visé à deux reprises la base": a count of one day's attacks,
        # which the next sentence may tell one by one
        over_time = any(t.since or t.count >= MANY_ATTACKS for t in tallies) or not _tells_a_day(c)
        if (tallies and over_time) or breakdown:
            state.tallied = c.view.sentence.index
        return breakdown

    @staticmethod
    def _counts_only(c: Clause) -> bool:
        """Whether every attack word of a clause comes right after a number ("11 attacks",
        "1 attack"), and no day is told."""
        counted = all(any(q.end < t.start and c.text.count(" ", q.end, t.start) == 1
                          for q in c.view.quantities) for t in c.triggers)
        return bool(c.triggers) and counted and not _tells_a_day(c)

    def _situates_the_referent(self, c: Clause, state: Discourse) -> bool:
        """Whether a sentence about the place just told ("l'installation", "the base") names
        other places only to say where it lies ("qui est située à l'est de la ville de Deir
        ez-Zor")."""
        if not state.recent or state.last_touch != state.previous:
            return False
        anaphors = c.view.of("anaphor")
        if not anaphors or not c.view.of("place") or not c.places:
            return False
        first = min(a.start for a in anaphors)
        return all(p.start > first and self.places.only_located(p, c.view, c.text)
                   for p in c.places)

    def _elaborates(self, c: Clause, state: Discourse) -> bool:
        """Whether a sentence without places tells more of the events just described:
        it refers back ("l'attaque", "la base"), denies them, or follows right after
        them without a day or an attacker of its own."""
        if not state.recent:
            return False
        if c.view.of("habitual"):
            return False  # "La plupart de ces frappes ont été revendiquées par ...": all of them
        if self._air_power_strikes_back(c, state.recent[-1]):
            return False
        if c.view.of("anaphor") or self.claims.denial(c):
            return True
        follows = state.previous == state.last_touch
        # the attacker of the events just told is no new one ("des frappes de l'armée
        # américaine" after the US strikes on Albu Kamal)
        told = {d.actor.value.id for d in state.recent[-1] if d.actor}
        hit = self._sides_hit(state.recent[-1]) \
            if self._intercepts_what_was_told(c, state.recent[-1]) else set()
        return follows and not _tells_a_day(c) and all(
            a.id in told or a.camp in hit for _, a in c.attackers)

    def _intercepts_what_was_told(self, c: Clause, told: list[Draft]) -> bool:
        """"Selon l'armée israélienne, plusieurs des roquettes ont été interceptées": the
        side hit by the rockets just told, intercepting them, attacks no one. Intercepting
        another weapon ("a également annoncé avoir intercepté un missile", after a drone)
        tells of another attack."""
        values = {t.value for t in c.triggers}
        if "intercepted" not in values or "strike" in values:
            return False
        used = {w.value for d in told for w in d.weapons}
        return all(w.value in used for w in pick_weapons(c.view, c.text, self.pack))

    def _sides_hit(self, told: list[Draft]) -> set[str]:
        """The camps the events hit: their targets' and those holding their places."""
        return {d.target.value.camp for d in told if d.target} \
            | self.sides.holding_camps(d.place_id for d in told)

    def _air_power_strikes_back(self, c: Clause, told: list[Draft]) -> bool:
        """"Un responsable militaire américain a confirmé la frappe aérienne contre les
        positions de la Résistance", after the Resistance's attacks on US forces: the air
        power whose forces the events just told hit strikes back, an attack of its own."""
        strikes = [t for t in c.triggers if t.value == "strike"]
        if not strikes:
            return False
        hit = {d.target.value.camp for d in told if d.target}
        if not any(a.air_power and a.camp in hit for _, a in c.attackers):
            return False
        # what it refers back to is the strike itself ("la frappe"), not "l'attaque" just told
        return all(any(t.start < a.end and a.start < t.end for t in strikes)
                   for a in c.view.of("anaphor"))

    def _draft(self, c: Clause, place: Mention, state: Discourse, armed: Cast,
               single: bool) -> Draft:
        draft = Draft(place.value, (place.start, place.end), c.view.sentence.index)
        draft.roughly_placed = self.places.rank(place.value) > 0 and self.places.roughly_located(
            place, c.view, c.text)
        scope = c.scope(place, self._scene_places(c))
        draft.date = self._date(c, place, state)
        draft.told_date = any(r.value for _, r in c.told_dates)
        draft.actor = self._actor(c, place, state, armed, scope,
                                  draft.date.value.value if draft.date else None)
        draft.target = self._target(c, place, draft.actor, state)
        draft.weapons = (pick_weapons(c.verb_phrase(place), c.text, self.pack)
                         or pick_weapons(scope, c.text, self.pack) or self.frames.weapons(c, state)
                         or self._air_strike(c, place, draft.actor))
        if single or len(c.places) == len({c.segment(p) for p in c.places}):
            # a count before a list of places is their total, not each one's
            draft.count = pick_count(scope, scope.of("weapon"), c.text, self.pack)
        draft.casualties, draft.outcome = pick_toll(scope, c.text, self.pack)
        frame = self.frames.before(c, state)
        if frame:
            draft.casualties = draft.casualties or frame.casualties
            draft.outcome = draft.outcome or frame.outcome
            if single and (draft.count is None or draft.count.value[0] is None):
                draft.count = frame.count or draft.count
        draft.outcome = draft.outcome or self._struck(c, draft)
        draft.claim = self.claims.claim(c, draft, state)
        if frame and frame.claim_cues:
            # the attack was told just before with its claimant; this sentence's "selon les
            # sources" does not outweigh the group's own statement
            told = self.claims.claim_in(frame.claim_cues, frame.speakers, draft, frame.pauses)
            if told and CLAIM_RANK[told.value] > rank(draft.claim):
                draft.claim = told
        if draft.actor is None and draft.claim and draft.claim.value == Claim.CLAIMED:
            draft.actor = self._claimant_speaking(c, draft)
        return draft

    def _claimant_speaking(self, c: Clause, draft: Draft) -> Value | None:
        """"La Résistance islamique en Irak a annoncé que « la base d'Aïn al-Assad a été
        ciblée par un drone »": the armed group whose saying in this sentence claims an
        attack told with no author made it (not the side hit, nor the one holding the place)."""
        start, end = draft.claim.span if draft.claim and draft.claim.span else (-1, -1)
        if not c.view.sentence.start <= start < c.view.sentence.end:
            return None
        cue = Mention("claim", "say", start, end)
        hit = self._sides_hit([draft])
        armed = [(m, a) for m, a in self.sides.speakers(c.view, c.text)
                 if a.role == "armed" and a.camp not in hit]
        speaker = nearest_speaker(cue, armed)
        return Value(speaker[1], (speaker[0].start, speaker[0].end)) if speaker else None

    def _refers_to_told_before(self, c: Clause, state: Discourse) -> bool:
        """Whether a sentence right after a background clause refers back to the attack
        it told ("... fait suite à l'abattage d'un drone dimanche soir. Un groupe a déclaré
        être à l'origine de cette attaque"), naming no place or day of its own, when that
        sentence told nothing of the news."""
        told = state.told_before
        if told is None or told[0] != state.previous or c.background:
            return False
        if c.view.of("place") and c.places:
            return False
        if state.main_attack == state.previous:
            return False  # that sentence also told of the news: "l'attaque" is the news'
        return bool(c.view.of("anaphor")) and not _tells_a_day(c)

    def _scene_places(self, c: Clause) -> list[Mention]:
        """The places a clause names, less those an attack came from ("depuis le Golan"):
        their stretch may still name the attacker ("l'ennemi a lancé ... depuis le Golan,
        ciblant un immeuble à Damas")."""
        if "scene" not in c.memo:  # every draft of the clause asks
            named = self.places.named_places(c.view)
            if c.view.of("origin"):
                named = [m for m in named if not self.places.after_origin(m, c.view, c.text)]
            c.memo["scene"] = named
        return c.memo["scene"]

    def _update(self, c: Clause, state: Discourse, group: list[Draft]) -> None:
        """A sentence that refers back adds what it tells to the events it refers to."""
        weapons = pick_weapons(c.view, c.text, self.pack)
        whole = pick_toll(c.view, c.text, self.pack)
        count = pick_count(c.view, c.view.of("weapon"), c.text, self.pack) if len(group) == 1 else None
        actor = self.sides.claimant(c)
        unclaimed = says_unclaimed(c.view, c.text, self.pack)
        # "Biden said the attack occurred on Saturday night": the day told later, for events
        # whose own sentence only gave the day of a statement or none.
        late = c.stated if c.view.of("occurred") else None
        # the places it names only to say where something lies tell no toll of their own
        named = [m for m in self.places.named_places(c.view)
                 if not self.places.only_located(m, c.view, c.text)]
        alone = len({d.place_id for d in group}) == 1  # a toll told of one place only
        for draft in group:  # fills what is unknown; never overrides what was stated
            if late and not draft.told_date and _restates(late, draft.date):
                draft.date, draft.told_date = late, True
            if unclaimed and draft.claim and draft.claim.value == Claim.CLAIMED:
                draft.claim = None  # "L'attaque n'a pas été revendiquée": whoever was guessed
            if draft.actor is None and actor is not None:  # first: it decides whose word it is
                draft.actor = Value(actor[1], (actor[0].start, actor[0].end))
                _not_of_other_attacks(actor[0], group, state)
            draft.claim = self.claims.stronger(c, draft, alone)
            # a new list: a clause's drafts share the one its weapons were picked into
            used = draft.weapons or list(weapons)
            draft.weapons = used + _missiles_of_air_strikes(used, weapons)
            told = self._toll_at(c, draft, named, whole)
            if told is None:
                continue  # the sentence tells of other places only
            hurt, result = told
            if hurt and (draft.casualties is None or hurt.value == Casualties.SOME):
                draft.casualties = hurt  # anyone hurt outweighs "no U.S. troops were hurt"
            draft.outcome = draft.outcome or result
            if draft.count is None or draft.count.value[0] is None:
                draft.count = count or draft.count

    def _toll_at(self, c: Clause, draft: Draft, named: list[Mention],
                 whole: tuple[Value | None, Value | None]) -> tuple[Value | None, Value | None] | None:
        """What a sentence telling more of events says happened at a draft's place: the
        toll of the stretch that names it ("a service member was wounded in Tel Beydar,
        but there were no losses in al-Harir"), nothing when it names only other places,
        the whole sentence's toll when it names none."""
        if not named:
            return whole
        here = [m for m in named if self.places.same_site(m.value, draft.place_id)
                or self.places.locality(draft.place_id, m.value)]  # "in Erbil": its airport
        if not here:
            return None
        if len(here) == len(named):  # it names this place alone: all it tells is this one's
            return whole
        return pick_toll(c.view.part(*c.segment(here[0])), c.text, self.pack)

    def _referent(self, c: Clause, state: Discourse) -> list[Draft]:
        """The latest events the sentence can be about: when it names the side that was
        hit ("la base américaine"), not events that side carried out."""
        targets = self.sides.hit_camps(c.view, c.text)
        for group in reversed(state.recent):
            if not targets or all(_fits_target(d, targets) for d in group):
                return group
        return state.recent[-1]

    # -- fields that need the discourse -------------------------------------

    def _date(self, c: Clause, place: Mention, state: Discourse) -> Value | None:
        same = self._this_event(c, place, state)
        if same is not None:
            return same
        stated = pick_date(c.told_dates, place)
        if stated:
            return stated
        # "A drone attack ... killed six fighters late Sunday. The SDF said Monday the attack
        # hit al-Omar": the attack's day, told just before, outweighs the day of the saying.
        frame = self.frames.before(c, state)
        if frame and frame.date:
            return frame.date
        stated = pick_date(c.dates, place)
        if stated:  # only the day of a statement: the attack's own day told elsewhere wins
            return Value(stated.value, stated.span, provisional=True)
        if any(m.kind in PERIODS for m, _ in c.dates) or c.background:
            return None  # "plus récemment", "en réponse à une frappe": not the day in focus
        told_here = self._told_here(c, place, state)
        if told_here is not None:
            return told_here
        if state.focus is None and state.main_date is not None:
            return Value(state.main_date.value, state.main_date.span, provisional=True)
        if state.focus is None and state.anchor.day is not None:
            # A report that dates nothing tells the news of its day ("قصفت طائرات أمريكية
            # ..."): it takes the publication day, with no span, and says so (date_basis).
            day = ResolvedDate(state.anchor.day.isoformat(), DatePrecision.DAY)
            return Value(day, None, provisional=True)
        focus = state.focus_date()
        return focus if focus and focus.value.value else None

    def _this_event(self, c: Clause, place: Mention, state: Discourse) -> Value | None:
        """"Un drone s'est abattu mercredi soir au sud d'Eliad. Interrogée tôt jeudi,
        l'armée a confirmé le crash de ce drone près d'Eliad": "ce drone" is the one told,
        on the day told for it at that place."""
        if not any(a.value == "this" for a in c.view.of("anaphor")):
            return None
        if any(r.value for _, r in c.told_dates):
            return None  # "this attack is the second on Harir: on Tuesday, they hit Harir"
        return self._day_told_at(place, state)

    def _told_here(self, c: Clause, place: Mention, state: Discourse) -> Value | None:
        """"La Résistance a revendiqué l'attaque contre Ain al-Asad", some sentences after
        that attack was told with its day: the day told for it, not the one a sentence telling
        no attack brought into focus since ("Le ministère a renvoyé dimanche le journal à ...")."""
        if state.focus is None:
            return None
        # "Interrogée tôt jeudi, l'armée a confirmé le crash près d'Eliad. La Résistance a
        # revendiqué une frappe au sud d'Eliad": jeudi is only a saying's day
        said_only = not state.focus_told
        if not said_only and (not c.view.of("anaphor") or state.focus_of_an_attack):
            return None
        return self._day_told_at(place, state)

    def _day_told_at(self, place: Mention, state: Discourse) -> Value | None:
        """The day told for the latest event at the same site, if any."""
        for group in reversed(state.recent):
            for d in group:
                if d.told_date and d.date and self.places.same_site(d.place_id, place.value):
                    return d.date
        return None

    def _actor(self, c: Clause, place: Mention, state: Discourse, armed: Cast,
               scope: SentenceView, day: str | None) -> Value | None:
        in_scope = {(m.start, m.end) for m in scope.mentions}
        attackers = [(m, a) for m, a in c.attackers if (m.start, m.end) in in_scope]
        attackers = [(m, a) for m, a in attackers if not c.in_aside(m)] or attackers
        holder = self.sides.holder(place.value)
        if holder is not None:  # "l'armée israélienne a indiqué qu'un drone visant Eilat ..."
            attackers = [(m, a) for m, a in attackers if a.camp != holder.camp]
        stated = pick_attacker(attackers, governing_trigger(c.triggers, place), c.view, c.text,
                               self.pack.attacker_reach)
        if stated:
            return stated
        if c.background:
            return None
        claimant = self.sides.claimant(c)  # "the attack on X was claimed by the Resistance"
        # ("L'armée israélienne a dit avoir intercepté un objet près d'Eilat": its own place)
        if claimant and (holder is None or holder.id not in (claimant[1].id, claimant[1].acts_as)):
            return Value(claimant[1], (claimant[0].start, claimant[0].end))
        hit_camps = self.sides.hit_camps(c.view, c.text)
        if holder is not None:  # nor does it attack its own place told before ("au sud d'Israël")
            hit_camps = hit_camps | {holder.camp}
        frame = self.frames.before(c, state)
        if frame and frame.actor and _may_attack(frame.actor.value, hit_camps):
            return frame.actor
        # a strike, or an attack by an air weapon ("un bombardement aérien sur Jurf al-Sakhr")
        strike = any(t.value == "strike" for t in scope.of("attack")) \
            or any(w.value == Weapon.AIRSTRIKE for w in scope.of("weapon")) \
            or (_refers_to_an_operation(scope) and not scope.of("weapon"))
        # (or the operation told before, with no other weapon named: "Au cours de
        # l'opération, 20 positions ont été visées")

        # "Ces frappes ont visé ...", telling no day of its own: the strikes told before,
        # whatever day the sentence that named their author stated
        same_strikes = strike and not c.told_dates and _strikes_referred_back(c, place)
        for m, a, sentence, said_day in reversed(state.actors):
            # "... la guerre déclenchée le 7 octobre par une attaque du Hamas. Lundi, un drone a
            # visé Aïn al-Assad": the attacker of another day is not this one's. A strike
            # ("une frappe avait visé un site à Hilla") stays the air power's a while longer.
            memory = STRIKE_MEMORY if strike and a.air_power else ACTOR_MEMORY
            if _fits(a, hit_camps, strike) and c.view.sentence.index - sentence <= memory \
                    and (same_day(said_day, day) or same_strikes and a.air_power):
                return Value(a, (m.start, m.end))
        return self._claimed_soon_after(c, place, state, armed, strike, hit_camps, day)

    def _claimed_soon_after(self, c: Clause, place: Mention, state: Discourse, armed: Cast,
                            strike: bool, hit_camps: set[str], day: str | None) -> Value | None:
        """The attacker named a few sentences on as hitting the same side ("US personnel
        were injured at Al-Asad ... The Islamic Resistance claimed responsibility for the
        missile attack"); not past a statement that no one claimed it ("It was not
        immediately clear who was behind the attack, though the Islamic Resistance has
        claimed most of the recent strikes" stays unknown)."""
        here = c.view.sentence.index
        hit = hit_camps or ({state.target.value.camp} if state.target else set())
        if not hit:
            holder = self.sides.holder(place.value)
            hit = {holder.camp} if holder else set()
        for named in armed.attacking_at:
            # an attacker of attacks placed elsewhere ("... claimed attacks on three bases,
            # including al-Tanf") says nothing of this one
            if named.mention.start <= place.end or named.placed \
                    or not _fits(named.actor, hit_camps, strike) \
                    or not _same_side(hit, named.hit) \
                    or not _of_the_day(named, day, state.anchor):
                continue
            if named.sentence - here > LATER_REACH \
                    or any(here <= u <= named.sentence for u in armed.unclaimed):
                return None
            return Value(named.actor, (named.mention.start, named.mention.end))
        return None

    def _target(self, c: Clause, place: Mention, actor: Value | None,
                state: Discourse) -> Value | None:
        attacker_camp = actor.value.camp if actor else None
        near = nearest([t for t in self.sides.hit(c.view, c.text)
                        if self.sides.actors[t.value].camp != attacker_camp], place)
        if near:
            return Value(self.sides.actors[near.value], (near.start, near.end))
        holder = self.sides.holder(place.value)
        if holder and attacker_camp != holder.camp:
            return Value(holder, (place.start, place.end))
        held = self.sides.held_by(c)  # "la base de Qasrak, occupée par les États-Unis"
        if held and held[1].camp != attacker_camp:
            return Value(held[1], (held[0].start, held[0].end))
        if state.target and state.target.value.camp != attacker_camp:
            return state.target
        return None

    def _air_strike(self, c: Clause, place: Mention, actor: Value | None) -> list[Value]:
        """"Les frappes ont visé ...": a strike by an air power with no weapon named, or
        an attack its very name calls the air power's ("l'attaque américaine contre")."""
        if not (actor and actor.value.air_power) or c.view.of("ground_fire"):
            return []  # "l'artillerie israélienne a visé ...": shelling, not an air strike
        named = actor.span or (0, 0)
        strikes = [t for t in c.triggers
                   if t.value == "strike" or named[0] <= t.start and t.end <= named[1]]
        if strikes:
            return [Value(Weapon.AIRSTRIKE, (strikes[0].start, strikes[0].end))]
        return []

    def _struck(self, c: Clause, draft: Draft) -> Value | None:
        """An air power's strike is reported once it has struck: "la frappe américaine
        qui avait visé un camion" hit the truck unless the text says otherwise."""
        strikes = [t for t in c.triggers if t.value == "strike"]
        if draft.actor and draft.actor.value.air_power and strikes:
            return Value(Outcome.HIT, (strikes[0].start, strikes[0].end))
        return None

    # -- discourse bookkeeping -----------------------------------------------

    def _remember(self, c: Clause, drafts: list[Draft], state: Discourse) -> None:
        """What the next sentences may lean on: the attackers named as subjects or chosen
        for an event, the side last named as hit, and the date now in focus."""
        here, day = c.view.sentence.index, c.stated.value.value if c.stated else None
        chosen = self._subject_attacker(c, drafts)
        if chosen and chosen.span:  # (a recurring attack is of no day)
            state.actors.append((_mention_of(chosen), chosen.value, here, day if c.triggers else None))
        state.actors.extend((_mention_of(d.actor), d.actor.value, here, day) for d in drafts
                            if d.actor and d.actor.span)
        targets = self.sides.hit(c.view, c.text)
        if targets:
            t = targets[-1]
            state.target = Value(self.sides.actors[t.value], (t.start, t.end))
        concrete = [(m, r) for m, r in c.dates if r.value and not m.numeric and m.kind not in PERIODS]
        if not drafts:  # "The attacks began on Oct. 17": weeks back, a context, not the news
            concrete = [(m, r) for m, r in concrete if not weeks_before(r, state.anchor)]
        if concrete:
            # "tués dans une attaque menée dimanche ..., annonce ce lundi l'OSDH": the
            # attack's day, not the saying's, stays in focus
            told = [(m, r) for m, r in concrete if any(m is t for t, _ in c.told_dates)]
            m, r = (told or concrete)[-1]
            state.focus = Value(r, (m.start, m.end))
            state.focus_of_an_attack = bool(c.triggers)
            state.focus_told = bool(told)

    def _subject_attacker(self, c: Clause, drafts: list[Draft]) -> Value | None:
        """The attacker named as the subject of the clause's attack; where it tells attacks
        only as recurring, the air power so told ("L'armée turque lance régulièrement des
        opérations contre le PKK. Vendredi, des frappes ont visé Gara"): whom the strikes
        told next are remembered by."""
        if c.triggers:
            if c.dates_a_war and not drafts:
                return None
            trigger = governing_trigger(c.triggers, None)
        else:
            recurring = [t for t in live(c.view, "attack", c.text, self.pack)
                         if habitual(t, c.view, c.text)]
            if not recurring:
                return None
            trigger = recurring[0]
        subjects = [(m, a) for m, a in c.attackers if not c.in_aside(m)] or c.attackers
        chosen = pick_attacker(subjects, trigger, c.view, c.text, self.pack.attacker_reach)
        if chosen and not c.triggers and not chosen.value.air_power:
            return None
        return chosen

    def _main_date(self, doc: Annotated, anchor: Anchor) -> Value | None:
        """The first day the report states, for a lead that states none; not the day of a
        sentence placing attacks elsewhere than the lead ("... a revendiqué hier vendredi des
        attaques contre al-Chaddadi" after an undated attack on al-Malikiyah: that lead keeps
        the day of publication), nor a day weeks before publication ("the attacks on Israel
        on Oct. 7" closing a report on US strikes is history, not the day of its news)."""
        lead: set[str] | None = None  # where the first sentence placing attacks says they hit
        for view in doc.sentences:
            if lead is not None and not view.dates:
                continue  # the lead is found and this sentence dates nothing
            places = self.places.event_places(view, doc.norm.text) if view.of("place") else []
            hit = {m.value for m in places}
            if hit and lead is not None and not hit <= lead:
                continue  # its day is that of its own attacks elsewhere
            lead = hit if lead is None and hit else lead
            for m in view.dates:
                if dates_a_war(m, view, doc.norm.text):
                    continue
                r = resolve(m, anchor)
                if r.value and not m.since and not m.numeric and m.kind not in {"focus", *PERIODS}:
                    return Value(r, (m.start, m.end)) if recent(r, anchor) else None
        return None


def _tells_a_day(c: Clause) -> bool:
    """Whether the clause states a day (its dates hold no period's start: see _clause)."""
    return any(r.value for _, r in c.dates)


def _of_the_day(named: NamedAttacker, day: str | None, anchor: Anchor) -> bool:
    """Whether the attacker named later may have made this day's attack: not when its
    sentence tells another day ("Hier, la Résistance revendiquait une attaque contre la
    base" after this morning's drones on it)."""
    told = [r.value for r in (resolve(m, anchor) for m in named.days) if r.value]
    return not told or any(same_day(t, day) for t in told)


def _refers_to_an_operation(scope: SentenceView) -> bool:
    """"Au cours de l'opération, 20 positions ont été visées": the operation told before,
    which may be an air power's strikes."""
    return any(a.value == "operation" for a in scope.of("anaphor"))


def _strikes_referred_back(c: Clause, place: Mention) -> bool:
    """Whether the strikes that hit a place are named by words referring back ("ces
    frappes ont visé X", "les raids sur X")."""
    strikes = [t for t in c.triggers if t.value == "strike"]
    return any(a.start <= t.start < a.end and a.start < place.start
               for a in c.view.of("anaphor") for t in strikes)


def _fits(a: Actor, hit_camps: set[str], strike: bool) -> bool:
    """The air force that struck is not who fired rockets; the side hit attacked no one,
    nor did its allies."""
    return _may_attack(a, hit_camps) and (strike or not a.air_power)


def _may_attack(a: Actor, hit_camps: set[str]) -> bool:
    return a.camp not in hit_camps and not load_allies().get(a.camp, frozenset()) & hit_camps


def _same_side(hit: set[str], hit_later: set[str]) -> bool:
    """Whether an attacker named later hit the side this event hit (or an unnamed one)."""
    return bool(hit) and (not hit_later or bool(hit & hit_later))


def _missiles_of_air_strikes(used: list[Value], told: list[Value]) -> list[Value]:
    """"L'attaque a été menée à l'aide de six missiles", told of air strikes: the missiles
    the aircraft fired, a weapon of the same attack."""
    if [w.value for w in used] != [Weapon.AIRSTRIKE]:
        return []
    return [w for w in told if w.value == Weapon.MISSILE]


def _restates(late: Value, date: Value | None) -> bool:
    """A day told later for an event dated by a statement: the day before or so."""
    if date is None:
        return True
    told, said = late.value.as_date, date.value.as_date
    return bool(told and said and 0 < (said - told).days <= 2)


def _one_aircraft(draft: Draft, text: str) -> bool:
    """"Un drone américain a frappé un camion": an air power's drone is the aircraft that
    struck, not a munition it fired; "un" counts nothing there."""
    count = draft.count
    if count is None or count.span is None or count.value[0] != 1 or text[count.span[0]].isdigit():
        return False
    return bool(draft.actor and draft.actor.value.air_power)


def _not_of_other_attacks(claimant: Mention, group: list[Draft], state: Discourse) -> None:
    """A claimant named for the attacks a sentence refers back to is not the author of
    attacks told before them, as it seemed when those were read ("A drone was shot down over
    al-Harir on Tuesday. This follows an attack on Ain al-Asad on Sunday. The Resistance
    said it was behind the attack": the Resistance claims Ain al-Asad only)."""
    span = (claimant.start, claimant.end)
    referred = {id(d) for d in group}
    for news in state.recent:
        for draft in news:
            if id(draft) not in referred and draft.actor and draft.actor.span == span:
                draft.actor = None


def _fits_target(draft: Draft, hit_camps: set[str]) -> bool:
    return draft.actor is None or draft.actor.value.camp not in hit_camps


def _mention_of(value: Value) -> Mention:
    start, end = value.span or (0, 0)  # an actor value always carries its words
    return Mention("actor", value.value.id, start, end)

