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
from veille.extract.claims import ABOUT_THE_ATTACK, UNCLAIMED, decide_claim
from veille.extract.clause import Actors, Attacking, Cast, Clause, NamedAttacker, in_aside
from veille.extract.dates import PERIODS, Anchor, DateMention, ResolvedDate, resolve
from veille.extract.discourse import Discourse, Draft, Frame, LeadClaim, Value
from veille.extract.fields import (
    governing_trigger,
    live,
    nearest,
    pick_attacker,
    pick_casualties,
    pick_count,
    pick_date,
    pick_outcome,
    speaks_after_its_verb,
    strike_genitives,
)
from veille.extract.matcher import Mention
from veille.extract.pack import Actor, LanguagePack, load_actors, load_holders, load_opponents
from veille.extract.places import PlaceFilter
from veille.extract.tallies import TallyDraft, find_tallies
from veille.vocab import CLAIM_RANK, Casualties, Claim, DatePrecision, Outcome, Weapon

# How many words an agent word may stand before the claimant it introduces ("par un groupe
# baptisé Résistance islamique en Irak").
CLAIMANT_REACH: Final = 4
# How many words a passive wound may stand after the victims it names ("X, un groupe
# pro-iranien, et leur chauffeur ont été tués").
PASSIVE_SUBJECT_REACH: Final = 15
# A date this many days before publication, in a sentence that reports no attack of its
# own, dates a context ("the attacks began on Oct. 17") rather than the news.
CONTEXT_DAYS: Final = 14
# How many sentences back an attacker named before still stands for "they".
ACTOR_MEMORY: Final = 2
# How many sentences back the air power named for strikes is the author of another strike.
STRIKE_MEMORY: Final = 4
# How many sentences on an attacker named as hitting the same side still claims an attack
# that named none.
LATER_REACH: Final = 3
# How far (in characters) after a word for stores of weapons ("dépôts de roquettes") the
# weapons named are the target of a strike rather than its means; "drone storage" too.
STOCK_REACH: Final = 40
# The kinds of mention that make a sentence worth assembling.
EVENTFUL: Final = ("attack", "intercept", "anaphor", "tally", "weapon", "outcome", "casualty", "target",
            "claim")


class Assembler:
    def __init__(self, pack: LanguagePack, places: PlaceFilter) -> None:
        self.pack = pack
        self.actors = load_actors()
        self.opponents = load_opponents()
        self.holders = load_holders()
        self._held: dict[str, Actor | None] = {}
        self._countries = {p.country: p.id for p in places.gazetteer.places.values()
                           if p.kind == "country"}
        self.air_camps = {a.camp for a in self.actors.values() if a.air_power}
        self.media = next((a for a in self.actors.values() if a.role == "media"), None)
        self.places = places

    def assemble(self, doc: Annotated, anchor: Anchor) -> tuple[list[Draft], list[TallyDraft]]:
        armed = self._armed_in_order(doc)
        state = Discourse(anchor=anchor, main_date=self._main_date(doc, anchor))
        state.lead_claim = self._lead_claim(doc, armed)
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
        spans = self._background_spans(view, text)
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
        clauses[0].background = clauses[0].background or self._told_as_earlier(clauses[0])
        return clauses

    def _background_spans(self, view: SentenceView, text: str) -> list[tuple[int, int, int]]:
        """Each earlier event a sentence names as a cause: from its marker ("en réponse à",
        "à la suite de") to the next comma, and on to the end of the stretches that only
        date, attribute or situate it (worked out once a sentence)."""
        if "background" not in view.memo:
            spans = []
            for marker in live(view, "anterior", text, self.pack):
                end = _next_pause(view, marker.end)
                spans.append((marker.start, end, self._tail(view, end)))
            view.memo["background"] = spans
        return view.memo["background"]

    def _in_background(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Named in an earlier event given as a cause ("à la suite de récents assassinats
        ..., attribués à Israël"): its author, not this attack's."""
        return any(a <= m.start < tail for a, _, tail in self._background_spans(view, text))

    def _tail(self, view: SentenceView, end: int) -> int:
        """A background clause also owns the stretches after its comma while they only
        date, attribute or situate it ("..., أمس الأحد", "..., Lloyd Austin said", "... en
        plein désert jordanien, à la frontière syrienne, le 28 janvier")."""
        while end < view.sentence.end:
            stop = _next_pause(view, end + 1)
            stretch = view.part(end, stop)
            if self.places.named_places(stretch) or stretch.of("attack") or stretch.of("intercept"):
                break
            end = stop
        return end

    def _clause(self, text: str, view: SentenceView, state: Discourse, armed: Cast,
                background: bool) -> Clause:
        focus = state.focus.value if state.focus else None
        dates = [(m, resolve(m, state.anchor, focus)) for m in view.dates if not m.since]
        triggers = [t for t in live(view, "attack", text, self.pack)
                    + live(view, "intercept", text, self.pack) if not _habitual(t, view, text)]
        return Clause(view, text, dates, triggers,
                      lambda: self._attackers(view, armed, text),
                      lambda: self.places.event_places(view, text), background,
                      over_a_period=_over_a_period(view, dates, triggers))

    # -- one sentence -------------------------------------------------------

    def _sentence(self, c: Clause, state: Discourse,
                  armed: Cast) -> tuple[list[Draft], list[TallyDraft]]:
        tallies = find_tallies(c.view, c.text, c.dates, state.anchor, self._speakers(c.view))
        drafts: list[Draft] = []
        if self._breakdown_line(c, tallies, state):
            # "Since Oct. 19 the Observatory has counted 50 attacks: 11 on the al-Omar base,
            # 9 on Shaddadi, 1 on Qasrak": each line counts attacks over the period, no event.
            state.recent.clear()
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
        if c.view.of("place") and (c.triggers or self._places_the_frame(c, state)) and c.places:
            drafts = [self._draft(c, p, state, armed, len(c.places) == 1) for p in c.places]
            drafts += self._on_the_other_day(c, drafts)
            state.recent.append(drafts)
            state.frame = None
            state.last_touch = c.view.sentence.index
        elif self._elaborates(c, state) and not tallies:
            self._update(c, state, self._referent(c, state))
            state.last_touch = c.view.sentence.index
        elif self._tells_more_of_the_frame(c, state, tallies):
            self._extend_frame(c, state)
        elif c.triggers or tallies:
            state.recent.clear()
            # a count of attacks over a period is a tally, no attack the next places tell;
            # "deux attaques distinctes ... La première a visé Aïn al-Assad" is
            counted = any(t.since for t in tallies)
            state.frame = self._frame(c, state.anchor) if c.triggers and not counted else None
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
        if tallies or breakdown:
            state.tallied = c.view.sentence.index
        return breakdown

    @staticmethod
    def _counts_only(c: Clause) -> bool:
        """Whether every attack word of a clause comes right after a number ("11 attacks",
        "1 attack"), and no day is told."""
        counted = all(any(q.end < t.start and c.text.count(" ", q.end, t.start) == 1
                          for q in c.view.quantities) for t in c.triggers)
        return bool(c.triggers) and counted and not any(r.value for m, r in c.dates if not m.since)

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

    def _places_the_frame(self, c: Clause, state: Discourse) -> bool:
        """Places named right after an attack stated without one, in a sentence that
        still speaks of it ("... une attaque de drone contre un avant-poste. Le meurtre
        de trois Américains à la tour 22 ...")."""
        if not any(c.view.of(kind) for kind in ("casualty", "outcome", "weapon", "anaphor")):
            return False
        return self._frame_before(c, state) is not None

    def _elaborates(self, c: Clause, state: Discourse) -> bool:
        """Whether a sentence without places tells more of the events just described:
        it refers back ("l'attaque", "la base"), denies them, or follows right after
        them without a day or an attacker of its own."""
        if not state.recent:
            return False
        if c.view.of("habitual"):
            return False  # "La plupart de ces frappes ont été revendiquées par ...": all of them
        if c.view.of("anaphor") or self._denial(c):
            return True
        follows = state.previous == state.last_touch
        own_day = any(r.value for _, r in c.dates)
        # the attacker of the events just told is no new one ("des frappes de l'armée
        # américaine" after the US strikes on Albu Kamal)
        told = {d.actor.value.id for d in state.recent[-1] if d.actor}
        return follows and not own_day and all(a.id in told for _, a in c.attackers)

    def _tells_more_of_the_frame(self, c: Clause, state: Discourse,
                                 tallies: list[TallyDraft]) -> bool:
        """Whether a sentence with no place right after an attack stated without one tells
        more of it ("Les États-Unis ont mené des frappes ... Au moins un membre des Kataib
        Hezbollah a été tué, a affirmé un communiqué du groupe. Les frappes ont visé ..."):
        no day or attacker of its own, and no new attack unless it refers back."""
        frame = state.frame
        if frame is None or frame.sentence != state.previous or tallies:
            return False
        if c.view.of("place") and c.places:
            return False
        if c.stated and (frame.day is None or not _same_day(frame.day, c.stated.value.value)):
            return False  # an attack of a day of its own ("Le 19 octobre, ...")
        own = {a.id for _, a in c.attackers}
        if own and (frame.actor is None or own != {frame.actor.value.id}):
            return False
        return not c.triggers or bool(c.view.of("anaphor")) or not own

    def _extend_frame(self, c: Clause, state: Discourse) -> None:
        frame = state.frame
        if frame is None:
            return
        frame.sentence = c.view.sentence.index
        told = [(m, r) for m, r in c.dates if r.value and not m.numeric and m.kind not in PERIODS]
        if told and (frame.day is None or (told[-1][1].value or "") < frame.day):
            # "TEHRAN, Jan. 26 - ... announced strikes. ... in a statement on Thursday": the
            # earlier day is nearer the attack
            m, r = told[-1]
            frame.date, frame.day = Value(r, (m.start, m.end)), r.value
        cues = live(c.view, "claim", c.text, self.pack)
        if not any(c.view.of(kind) for kind in ("casualty", "outcome", "anaphor", "attack")):
            # "In the process, the U.S. announced it did not seek escalation": a saying about
            # something else; one about the attack itself still counts
            cues = [q for q in cues if q.value in ABOUT_THE_ATTACK]
        frame.claim_cues = frame.claim_cues + cues
        frame.speakers = frame.speakers + self._speakers(c.view)
        frame.pauses = frame.pauses + c.view.pauses
        casualties, outcome = self._toll(c.view, c.text)
        frame.casualties = frame.casualties or casualties
        frame.outcome = frame.outcome or outcome
        frame.weapons = frame.weapons or self._weapons(c)

    def _frame(self, c: Clause, anchor: Anchor) -> Frame:
        actor = pick_attacker(c.attackers, governing_trigger(c.triggers, None), c.view, c.text,
                              self.pack.attacker_reach)
        casualties, outcome = self._toll(c.view, c.text)
        count = pick_count(c.view, c.view.of("weapon"), c.text, self.pack)
        date = c.stated
        day = date.value.value if date else None
        weapons = self._weapons(c)
        if date and _weeks_before(date.value, anchor) and not (weapons or casualties):
            # "the attacks began on Oct. 17": a context, it lends no day; an attack told
            # with its means or toll ("on 23 October drones targeted US forces, without
            # injuries") is one, which the next sentence may place
            date = None
        return Frame(c.view.sentence.index, actor, weapons, casualties, outcome, count, day, date,
                     live(c.view, "claim", c.text, self.pack), self._speakers(c.view),
                     c.view.pauses, _only_strikes(c.triggers))

    def _draft(self, c: Clause, place: Mention, state: Discourse, armed: Cast,
               single: bool) -> Draft:
        draft = Draft(place.value, (place.start, place.end), c.view.sentence.index)
        draft.roughly_placed = self.places.rank(place.value) > 0 and self.places.only_located(
            place, c.view, c.text)
        scope = c.scope(place, self._scene_places(c))
        draft.date = self._date(c, place, state)
        draft.told_date = any(r.value for _, r in c.told_dates)
        draft.actor = self._actor(c, place, state, armed, scope,
                                  draft.date.value.value if draft.date else None)
        draft.target = self._target(c, place, draft.actor, state)
        draft.weapons = (self._weapons_in(c.verb_phrase(place), c.text)
                         or self._weapons_in(scope, c.text) or self._frame_weapons(c, state)
                         or self._air_strike(c, place, draft.actor))
        if single or len(c.places) == len({c.segment(p) for p in c.places}):
            # a count before a list of places is their total, not each one's
            draft.count = pick_count(scope, scope.of("weapon"), c.text, self.pack)
        draft.casualties, draft.outcome = self._toll(scope, c.text)
        frame = self._frame_before(c, state)
        if frame:
            draft.casualties = draft.casualties or frame.casualties
            draft.outcome = draft.outcome or frame.outcome
            if single and (draft.count is None or draft.count.value[0] is None):
                draft.count = frame.count or draft.count
        draft.outcome = draft.outcome or self._struck(c, draft)
        draft.claim = self._claim(c, draft, state)
        if frame and frame.claim_cues:
            # the attack was told just before with its claimant; this sentence's "selon les
            # sources" does not outweigh the group's own statement
            told = self._claim_in(frame.claim_cues, frame.speakers, draft, frame.pauses)
            if told and CLAIM_RANK[told.value] > _rank(draft.claim):
                draft.claim = told
        return draft

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
        return bool(c.view.of("anaphor")) and not any(r.value for _, r in c.dates)

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
        weapons = self._weapons(c)
        whole = self._toll(c.view, c.text)
        count = pick_count(c.view, c.view.of("weapon"), c.text, self.pack) if len(group) == 1 else None
        actor = self._claimant(c)
        unclaimed = self._says_unclaimed(c.view, c.text)
        # "Biden said the attack occurred on Saturday night": the day told later, for events
        # whose own sentence only gave the day of a statement or none.
        late = c.stated if c.view.of("occurred") else None
        # the places it names only to say where something lies tell no toll of their own
        named = [m for m in self.places.named_places(c.view)
                 if not self.places.only_located(m, c.view, c.text)]
        for draft in group:  # fills what is unknown; never overrides what was stated
            if late and not draft.told_date and _restates(late, draft.date):
                draft.date, draft.told_date = late, True
            if unclaimed and draft.claim and draft.claim.value == Claim.CLAIMED:
                draft.claim = None  # "L'attaque n'a pas été revendiquée": whoever was guessed
            if draft.actor is None and actor is not None:  # first: it decides whose word it is
                draft.actor = Value(actor[1], (actor[0].start, actor[0].end))
                _not_of_other_attacks(actor[0], group, state)
            draft.claim = self._stronger_claim(c, draft)
            draft.weapons = draft.weapons or list(weapons)
            told = self._toll_at(c, draft, named, whole)
            if told is None:
                continue  # the sentence tells of other places only
            hurt, result = told
            if hurt and (draft.casualties is None or hurt.value == Casualties.SOME):
                draft.casualties = hurt  # anyone hurt outweighs "no U.S. troops were hurt"
            draft.outcome = draft.outcome or result
            if draft.count is None or draft.count.value[0] is None:
                draft.count = count or draft.count

    def _claims_other_attacks(self, lead: LeadClaim, draft: Draft) -> bool:
        """Whether a lead told after this event is about other attacks."""
        if lead.sentence <= draft.sentence:
            return False
        return _statement_after_a_strike_on_it(lead, draft) or self._claim_of_other_places(lead, draft)

    def _claim_of_other_places(self, lead: LeadClaim, draft: Draft) -> bool:
        """"Tashkil al-Waritheen a revendiqué l'attaque contre Aïn al-Assad", after an attack
        on al-Harir by another group or by no one named."""
        return bool(lead.places) and not _names_its_attacker(lead, draft) and not any(
            self._names_the_place_of(p, draft) for p in lead.places)

    def _names_the_place_of(self, place_id: str, draft: Draft) -> bool:
        here = draft.place_id
        return (self.places.same_site(place_id, here) or self.places.locality(here, place_id)
                or self.places.within(here, place_id))

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
        return self._toll(c.view.part(*c.segment(here[0])), c.text)

    def _claimant(self, c: Clause) -> tuple[Mention, Actor] | None:
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

    def _denial(self, c: Clause) -> list[tuple[Mention, Actor]]:
        """Deny cues with their speaker: "les FDS ont démenti toute attaque"."""
        speakers = self._speakers(c.view)
        found = []
        for cue in live(c.view, "claim", c.text, self.pack):
            if cue.value == "deny":
                named = [(m, a) for m, a in speakers if m.end <= cue.start]
                if named:
                    found.append((cue, named[-1][1]))
        return found

    def _stronger_claim(self, c: Clause, draft: Draft) -> Value | None:
        """A later claim, confirmation or denial of events already described
        ("l'attaque a été revendiquée par ...", "un responsable américain a confirmé")."""
        cues = [m for m in live(c.view, "claim", c.text, self.pack) if m.value in ABOUT_THE_ATTACK]
        said = self._claim_in(cues, self._speakers(c.view), draft, c.view.pauses)
        return said if said and CLAIM_RANK[said.value] > _rank(draft.claim) else draft.claim

    def _referent(self, c: Clause, state: Discourse) -> list[Draft]:
        """The latest events the sentence can be about: when it names the side that was
        hit ("la base américaine"), not events that side carried out."""
        targets = self._hit_camps(c.view, c.text)
        for group in reversed(state.recent):
            if not targets or all(_fits_target(d, targets) for d in group):
                return group
        return state.recent[-1]

    # -- fields that need the discourse -------------------------------------

    def _date(self, c: Clause, place: Mention, state: Discourse) -> Value | None:
        stated = pick_date(c.told_dates, place)
        if stated:
            return stated
        # "A drone attack ... killed six fighters late Sunday. The SDF said Monday the attack
        # hit al-Omar": the attack's day, told just before, outweighs the day of the saying.
        frame = self._frame_before(c, state)
        if frame and frame.date:
            return frame.date
        stated = pick_date(c.dates, place)
        if stated:  # only the day of a statement: the attack's own day told elsewhere wins
            return Value(stated.value, stated.span, provisional=True)
        if any(m.kind in PERIODS for m, _ in c.dates) or c.background:
            return None  # "plus récemment", "en réponse à une frappe": not the day in focus
        if state.focus is None and state.main_date is not None:
            return Value(state.main_date.value, state.main_date.span, provisional=True)
        if state.focus is None and state.anchor.day is not None:
            # A report that dates nothing tells the news of its day ("قصفت طائرات أمريكية
            # ..."): it takes the publication day, with no span, and says so (date_basis).
            day = ResolvedDate(state.anchor.day.isoformat(), DatePrecision.DAY)
            return Value(day, None, provisional=True)
        focus = state.focus_date()
        return focus if focus and focus.value.value else None

    def _actor(self, c: Clause, place: Mention, state: Discourse, armed: Cast,
               scope: SentenceView, day: str | None) -> Value | None:
        in_scope = {(m.start, m.end) for m in scope.mentions}
        attackers = [(m, a) for m, a in c.attackers if (m.start, m.end) in in_scope]
        attackers = [(m, a) for m, a in attackers if not c.in_aside(m)] or attackers
        stated = pick_attacker(attackers, governing_trigger(c.triggers, place), c.view, c.text,
                               self.pack.attacker_reach)
        if stated:
            return stated
        if c.background:
            return None
        claimant = self._claimant(c)  # "the attack on X was claimed by the Resistance"
        if claimant:
            return Value(claimant[1], (claimant[0].start, claimant[0].end))
        hit_camps = self._hit_camps(c.view, c.text)
        frame = self._frame_before(c, state)
        if frame and frame.actor and frame.actor.value.camp not in hit_camps:
            return frame.actor
        # a strike, or an attack by an air weapon ("un bombardement aérien sur Jurf al-Sakhr")
        strike = any(t.value == "strike" for t in scope.of("attack")) \
            or any(w.value == Weapon.AIRSTRIKE for w in scope.of("weapon"))

        for m, a, sentence, said_day in reversed(state.actors):
            # "... la guerre déclenchée le 7 octobre par une attaque du Hamas. Lundi, un drone a
            # visé Aïn al-Assad": the attacker of another day is not this one's. A strike
            # ("une frappe avait visé un site à Hilla") stays the air power's a while longer.
            memory = STRIKE_MEMORY if strike and a.air_power else ACTOR_MEMORY
            if _fits(a, hit_camps, strike) and c.view.sentence.index - sentence <= memory \
                    and _same_day(said_day, day):
                return Value(a, (m.start, m.end))
        return self._claimed_soon_after(c, place, state, armed, strike, hit_camps)

    def _claimed_soon_after(self, c: Clause, place: Mention, state: Discourse, armed: Cast,
                            strike: bool, hit_camps: set[str]) -> Value | None:
        """The attacker named a few sentences on as hitting the same side ("US personnel
        were injured at Al-Asad ... The Islamic Resistance claimed responsibility for the
        missile attack"); not past a statement that no one claimed it ("It was not
        immediately clear who was behind the attack, though the Islamic Resistance has
        claimed most of the recent strikes" stays unknown)."""
        here = c.view.sentence.index
        hit = hit_camps or ({state.target.value.camp} if state.target else set())
        if not hit:
            holder = self._holder(place.value)
            hit = {holder.camp} if holder else set()
        for named in armed.attacking_at:
            # an attacker of attacks placed elsewhere ("... claimed attacks on three bases,
            # including al-Tanf") says nothing of this one
            if named.mention.start <= place.end or named.placed \
                    or not _fits(named.actor, hit_camps, strike) \
                    or not _same_side(hit, named.hit):
                continue
            if named.sentence - here > LATER_REACH \
                    or any(here <= u <= named.sentence for u in armed.unclaimed):
                return None
            return Value(named.actor, (named.mention.start, named.mention.end))
        return None

    def _target(self, c: Clause, place: Mention, actor: Value | None,
                state: Discourse) -> Value | None:
        attacker_camp = actor.value.camp if actor else None
        near = nearest([t for t in self._hit(c.view, c.text)
                        if self.actors[t.value].camp != attacker_camp], place)
        if near:
            return Value(self.actors[near.value], (near.start, near.end))
        holder = self._holder(place.value)
        if holder and attacker_camp != holder.camp:
            return Value(holder, (place.start, place.end))
        held = self._held_by(c)  # "la base de Qasrak, occupée par les États-Unis"
        if held and held[1].camp != attacker_camp:
            return Value(held[1], (held[0].start, held[0].end))
        if state.target and state.target.value.camp != attacker_camp:
            return state.target
        return None

    def _indefinite(self, m: Mention, text: str) -> bool:
        before = text[max(0, m.start - 12) : m.start].split()
        return bool(before) and before[-1] in self.pack.indefinite

    def _held_by(self, c: Clause) -> tuple[Mention, Actor] | None:
        """The side a holder phrase names ("occupée par les États-Unis", "held by")."""
        for h in c.view.of("holder"):
            for m in c.view.of("actor"):
                if m.start >= h.end and len(c.text[h.end : m.start].split()) <= 2:
                    return m, self.actors[m.value]
        return None

    def _holder(self, place_id: str) -> Actor | None:
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

    def _claim(self, c: Clause, draft: Draft, state: Discourse) -> Value | None:
        said = self._claim_in(live(c.view, "claim", c.text, self.pack), self._speakers(c.view),
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
        return self._claim_in(lead.cues, lead.speakers, draft, lead.pauses)

    def _claim_in(self, cues: list[Mention], speakers: Actors, draft: Draft,
                  pauses: tuple[int, ...] = ()) -> Value | None:
        actor_camp = draft.actor.value.camp if draft.actor else None
        target_camp = draft.target.value.camp if draft.target else self.opponents.get(actor_camp or "")
        # an attack on a side by no one named is by that side's opponents: their own word
        # about it ("une déclaration de la milice confirme ...") is a claim
        actor_camp = actor_camp or self.opponents.get(target_camp or "")
        cue = decide_claim(cues, speakers, actor_camp, target_camp, pauses,
                           attacker_named=draft.actor is not None)
        return Value(cue.claim, (cue.mention.start, cue.mention.end)) if cue else None

    def _weapons(self, c: Clause) -> list[Value]:
        return self._weapons_in(c.view, c.text)

    def _weapons_in(self, view: SentenceView, text: str) -> list[Value]:
        if "weapons" not in view.memo:  # the places of one clause share its weapons
            seen: dict[str, Value] = {}
            stocks = view.of("stock")
            for m in live(view, "weapon", text, self.pack):
                # "drone storage sites", "dépôts de roquettes": what was hit, not what was used
                stored = any(0 <= m.start - k.end <= STOCK_REACH
                             or 0 <= k.start - m.end <= 1 for k in stocks)
                if m.value != Weapon.UNKNOWN and not stored:
                    seen.setdefault(m.value, Value(m.value, (m.start, m.end)))
            view.memo["weapons"] = list(seen.values())
        return list(view.memo["weapons"])

    def _toll(self, view: SentenceView, text: str) -> tuple[Value | None, Value | None]:
        """Casualties and outcome a clause states (shared by all its places)."""
        if "toll" not in view.memo:
            casualties = pick_casualties(view, text, self.pack)
            outcome = pick_outcome(live(view, "intercept", text, self.pack),
                                   live(view, "outcome", text, self.pack), casualties)
            view.memo["toll"] = (casualties, outcome)
        return view.memo["toll"]

    def _air_strike(self, c: Clause, place: Mention, actor: Value | None) -> list[Value]:
        """"Les frappes ont visé ...": a strike by an air power with no weapon named, or
        an attack its very name calls the air power's ("l'attaque américaine contre")."""
        if not (actor and actor.value.air_power):
            return []
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

    def _frame_weapons(self, c: Clause, state: Discourse) -> list[Value]:
        frame = self._frame_before(c, state)
        return list(frame.weapons) if frame else []

    def _frame_before(self, c: Clause, state: Discourse) -> Frame | None:
        """The frame of the sentence just before, which this one's places elaborate (worked
        out once per clause: every draft of it asks)."""
        if "frame" not in c.memo:
            c.memo["frame"] = self._find_frame_before(c, state)
        return c.memo["frame"]

    def _find_frame_before(self, c: Clause, state: Discourse) -> Frame | None:
        frame = state.frame
        if c.background or frame is None or frame.sentence != state.previous:
            return None
        if not _same_day(frame.day, c.stated.value.value if c.stated else None):
            return None  # an attack of another day, named just before
        # A sentence naming its own attacker tells its own attack, unless it is the frame's.
        own = {a.id for _, a in c.attackers}
        if own and (frame.actor is None or frame.actor.value.id not in own):
            return None
        air = frame.strikes and (frame.actor is None or frame.actor.value.air_power)
        if air and self._hit_camps(c.view, c.text) & self.air_camps:
            return None  # "Les frappes ont tué huit combattants ... des drones ont attaqué des
            # forces américaines": an air power's strikes are not the attacks on its forces
        return frame

    # -- discourse bookkeeping -----------------------------------------------

    def _remember(self, c: Clause, drafts: list[Draft], state: Discourse) -> None:
        """What the next sentences may lean on: the attackers named as subjects or chosen
        for an event, the side last named as hit, and the date now in focus."""
        here, day = c.view.sentence.index, c.stated.value.value if c.stated else None
        if c.triggers:
            subjects = [(m, a) for m, a in c.attackers if not c.in_aside(m)] or c.attackers
            chosen = pick_attacker(subjects, governing_trigger(c.triggers, None), c.view, c.text,
                                   self.pack.attacker_reach)
            if chosen and chosen.span:
                state.actors.append((_mention_of(chosen), chosen.value, here, day))
        state.actors.extend((_mention_of(d.actor), d.actor.value, here, day) for d in drafts
                            if d.actor and d.actor.span)
        targets = self._hit(c.view, c.text)
        if targets:
            t = targets[-1]
            state.target = Value(self.actors[t.value], (t.start, t.end))
        concrete = [(m, r) for m, r in c.dates if r.value and not m.numeric and m.kind not in PERIODS]
        if not drafts:  # "The attacks began on Oct. 17": weeks back, a context, not the news
            concrete = [(m, r) for m, r in concrete if not _weeks_before(r, state.anchor)]
        if concrete:
            m, r = concrete[-1]
            state.focus = Value(r, (m.start, m.end))

    def _told_as_earlier(self, c: Clause) -> bool:
        """An attack told in the pluperfect with no one saying so ("Le 28 janvier, une attaque
        de drone avait tué trois soldats"): a reminder of an earlier attack, not news."""
        if live(c.view, "claim", c.text, self.pack):
            return False
        return bool(c.triggers and c.view.of("pluperfect"))

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
                r = resolve(m, anchor)
                if r.value and not m.since and not m.numeric and m.kind not in {"focus", *PERIODS}:
                    return Value(r, (m.start, m.end)) if _recent(r, anchor) else None
        return None

    def _lead_claim(self, doc: Annotated, armed: Cast) -> LeadClaim | None:
        """The attribution of the report as a whole: the cues of its first sentence
        that has a decisive one, weighed later for each event's sides."""
        text = doc.norm.text
        for view in doc.sentences:
            cues = live(view, "claim", text, self.pack)
            if not cues or view.of("habitual"):
                continue  # "La plupart des attaques ont été revendiquées par ...": not these
            about = any(c.value in ABOUT_THE_ATTACK for c in cues)  # "Biden confirmed the news"
            if not (about or view.of("attack") or view.of("intercept") or view.of("anaphor")):
                continue  # "Les États-Unis ont annoncé le renforcement de leur dispositif"
            # (not the speaker of an incise: ", ont annoncé les forces de sécurité irakiennes")
            attackers = [a for m, a in self._attackers(view, armed, text)
                         if self.pack.attacker_reach or not speaks_after_its_verb(m, view, text)]
            targets = [self.actors[t.value] for t in self._hit(view, text)]
            speakers = self._speakers(view)
            if decide_claim(cues, speakers, attackers[0].camp if attackers else None,
                            targets[0].camp if targets else None, view.pauses):
                return LeadClaim(cues, speakers, view.sentence.index,
                                 [m.value for m in self.places.event_places(view, text)],
                                 [a.id for a in attackers], view.pauses)
        return None

    def _hit(self, view: SentenceView, text: str) -> list[Mention]:
        """Target words that name the side hit: after the trigger ("a ciblé les forces
        américaines"), or anywhere in a passive sentence ("les forces américaines ont
        été attaquées"); not the subject of an active one ("les forces américaines ont
        mené des frappes")."""
        if "hit" not in view.memo:
            triggers = live(view, "attack", text, self.pack)
            # a target word inside a longer actor name ("a senior US military official")
            # names no side hit
            actors = view.of("actor")
            targets = [t for t in view.of("target") if not any(
                a.start <= t.start and t.end <= a.end and a.end - a.start > t.end - t.start
                for a in actors)]
            if triggers and not view.of("passive"):
                first = min(t.start for t in triggers)
                striker = {g.end for t in triggers if t.value == "strike"
                           for g in strike_genitives(t, view, text)}
                targets = [t for t in targets if t.start >= first
                           and not _own_attack_between(view, triggers, first, t)
                           and not any(0 <= t.start - e <= 1 for e in striker)]
            view.memo["hit"] = targets
        return view.memo["hit"]

    def _hit_camps(self, view: SentenceView, text: str) -> set[str]:
        return {self.actors[t.value].camp for t in self._hit(view, text)}

    def _says_unclaimed(self, view: SentenceView, text: str) -> bool:
        """"L'attaque n'a pas été revendiquée", "not immediately clear who was behind it"."""
        return any(q.value == UNCLAIMED for q in live(view, "claim", text, self.pack))

    def _speakers(self, view: SentenceView) -> Actors:
        """Named speakers, and reporters named by a report cue ("notre correspondant")."""
        if "speakers" not in view.memo:
            speakers = [(m, self.actors[m.value]) for m in view.of("actor")]
            if self.media:
                speakers += [(m, self.media) for m in view.of("claim") if m.value == "report"]
            view.memo["speakers"] = sorted(speakers, key=lambda ma: ma[0].start)
        return view.memo["speakers"]

    def _armed_in_order(self, doc: Annotated) -> Cast:
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
            if self._says_unclaimed(v, text):
                unclaimed.append(v.sentence.index)
            triggers = live(v, "attack", text, self.pack)
            if not named or not triggers:
                continue
            named = [(m, a) for m, a in named if not _victim(m, v, text)
                     and not self._in_background(m, v, text)]
            if not named:
                continue
            subjects = [(m, a) for m, a in named if not in_aside(m, v, triggers, v.pauses)] or named
            for trigger in triggers:
                chosen = pick_attacker(subjects, trigger, v, text, self.pack.attacker_reach)
                if chosen and chosen.span and chosen.span not in seen:
                    mention = Mention("actor", chosen.value.id, *chosen.span)
                    attacking.append(NamedAttacker(mention, chosen.value, v.sentence.index,
                                                   self._hit_camps(v, text),
                                                   bool(self.places.event_places(v, text))))
                    seen.add(chosen.span)
        attacking.sort(key=lambda named: named.mention.start)
        return Attacking(attacking, unclaimed)

    def _attackers(self, view: SentenceView, armed: Cast, text: str) -> Actors:
        """Who may be the attacker here: armed actors, attack phrases that name one
        ("frappe américaine"), generic words resolved to the armed actor of their camp
        named nearest before (else after), and an official body when the sentence
        describes a strike ("CENTCOM a frappé", "أعلن الجيش الأمريكي تنفيذ ضربة"): when the
        strike hit its own side ("selon le CENTCOM, un drone a frappé la Tour 22") the
        side-hit rule below sets it aside. Whoever denies is not the attacker either."""
        if "attackers" not in view.memo:  # the lead and the clause ask for the same sentence
            view.memo["attackers"] = self._find_attackers(view, armed, text)
        return view.memo["attackers"]

    def _find_attackers(self, view: SentenceView, armed: Cast, text: str) -> Actors:
        strike = any(t.value == "strike" for t in view.of("attack"))
        hit_camps = self._hit_camps(view, text)
        found = [(m, self.actors[m.value]) for m in view.of("actor_phrase")]
        named = view.of("actor")
        for m in named:
            listed = self.actors[m.value]
            actor: Actor | None = listed
            if listed.role == "generic" and _apposed(m, named, text):
                continue  # "le groupe Résistance islamique en Irak": the name says who
            if listed.role == "generic" and self._indefinite(m, text):
                continue  # "lancé par des milices hors-la-loi": no group told before
            if listed.role == "generic":
                actor = _resolve_generic(m, listed, armed.attacking) or _resolve_generic(
                    m, listed, armed.named)
            elif listed.role == "official" and listed.acts_as and strike:
                actor = self.actors[listed.acts_as]
            if actor is not None and actor.role == "armed" and not _denies(m, view, text) \
                    and not _victim(m, view, text):
                found.append((m, actor))
        # The side hit is not the attacker, unless it strikes back in a stretch of its own:
        # "..., injuring one Iraqi service member, to which the US responded with airstrikes".
        triggers = view.of("attack")
        found = [(m, a) for m, a in found if a.camp not in hit_camps
                 or _strikes_back(m, a, self._hit(view, text), triggers, view, self.actors)]
        return sorted(found, key=lambda ma: ma[0].start)


def _names_its_attacker(lead: LeadClaim, draft: Draft) -> bool:
    return draft.actor is not None and draft.actor.value.id in lead.attackers


def _statement_after_a_strike_on_it(lead: LeadClaim, draft: Draft) -> bool:
    """A group's statement after a strike on it by another side, with no speaker of that
    side in it (the Resistance's communiqué after a US strike killed one of its leaders)."""
    if draft.actor is None or not lead.attackers or _names_its_attacker(lead, draft):
        return False
    return not any(a.camp == draft.actor.value.camp for _, a in lead.speakers)


def _recent(r: ResolvedDate, anchor: Anchor) -> bool:
    day = r.as_date
    return day is None or anchor.day is None or (anchor.day - day).days <= CONTEXT_DAYS


def _over_a_period(view: SentenceView, dates: list[tuple[DateMention, ResolvedDate]],
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


def _habitual(trigger: Mention, view: SentenceView, text: str) -> bool:
    """"the bases are frequent targets", "régulièrement visée": what happens again and
    again is no attack of a day."""
    return any(h.start <= trigger.end and trigger.start <= h.end + 1
               or _spaces_within(text, h.end, trigger.start, 3)
               or _spaces_within(text, trigger.end, h.start, 2)
               for h in view.of("habitual"))


def _fits(a: Actor, hit_camps: set[str], strike: bool) -> bool:
    """The air force that struck is not who fired rockets; the side hit attacked no one."""
    return a.camp not in hit_camps and (strike or not a.air_power)


def _spaces_within(text: str, a: int, b: int, words: int) -> bool:
    return a <= b and text.count(" ", a, b) <= words


# Module-level, not closures: a nested function makes the compiled build keep its
# enclosing function's locals in a slower environment object.
def _near(c: Clause, a: int, b: int, words: int) -> bool:
    return a <= b and len(c.text[a:b].split()) <= words and not c.view.pause_between(a, b)


def _by_means_of(c: Clause, g: Mention, m: Mention) -> bool:
    """"frappée par des tirs de roquettes de la Résistance": the means, then whose."""
    return _near(c, g.end, m.start, 2 * CLAIMANT_REACH) and any(
        g.end <= w.start and w.end <= m.start for w in c.view.of("weapon")) and any(
        0 <= m.start - x.end <= 1 for x in c.view.of("genitive"))


def _denies(m: Mention, view: SentenceView, text: str) -> bool:
    return any(c.value == "deny" and c.start >= m.end and len(text[m.end : c.start].split()) <= 4
               for c in view.of("claim"))


def _own_attack_between(view: SentenceView, triggers: list[Mention], first: int,
                        target: Mention) -> bool:
    """The target sits in a later comma stretch that tells an attack of its own ("..., the
    militia blamed for the drone attack that killed three American soldiers")."""
    stretch = max((p for p in view.pauses if p <= target.start), default=view.sentence.start)
    return stretch > first and any(stretch <= t.start < target.start for t in triggers)


def _apposed(m: Mention, named: list[Mention], text: str) -> bool:
    return any(o.start >= m.end and len(text[m.end : o.start].split()) == 0 for o in named
               if o is not m)


def _victim(m: Mention, view: SentenceView, text: str) -> bool:
    """Named among the dead or wounded: "إصابة أفراد من قوات الأمن", "tuant deux membres
    de Kataëb Hezbollah", "un commandant de Kataëb Hezbollah tué", "cinq membres des
    Brigades du Hezbollah ont été tués"; or as what an attack was against ("les frappes
    contre le groupe Etat islamique"). An abbreviation in brackets right after the name
    ("run by Islamic Revolutionary Guard Corps (IRGC)") is that name."""
    named = next((n for n in view.of("actor") if n.value == m.value and n.end < m.start
                  and text.count(" ", n.end, m.start) == m.start - n.end <= 2), None)
    if named is not None:
        m = named
    for cue in view.of("casualty"):
        if cue.value != "some":
            continue
        if cue.end <= m.start and len(text[cue.end : m.start].split()) <= 3 \
                and not view.pause_between(cue.end, m.start):
            return True
        if m.end <= cue.start and not view.pause_between(m.end, cue.start):
            between = text[m.end : cue.start].split()
            passive = any(m.end <= p.start and p.end <= cue.start for p in view.of("passive"))
            if not between or (passive and len(between) <= 3):
                return True
        if m.end <= cue.start and _passive_subject(m, cue, view, text):
            return True
    return any(a.end <= m.start and len(text[a.end : m.start].split()) <= 3
               and not view.pause_between(a.end, m.start) for a in view.of("against"))


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


def _next_pause(view: SentenceView, after: int) -> int:
    return next((p for p in view.pauses if after <= p), view.sentence.end)


def _same_side(hit: set[str], hit_later: set[str]) -> bool:
    """Whether an attacker named later hit the side this event hit (or an unnamed one)."""
    return bool(hit) and (not hit_later or bool(hit & hit_later))


def _weeks_before(r: ResolvedDate, anchor: Anchor) -> bool:
    day = r.as_date
    return bool(day and anchor.day and (anchor.day - day).days >= CONTEXT_DAYS)


def _restates(late: Value, date: Value | None) -> bool:
    """A day told later for an event dated by a statement: the day before or so."""
    if date is None:
        return True
    told, said = late.value.as_date, date.value.as_date
    return bool(told and said and 0 < (said - told).days <= 2)


def _same_day(a: str | None, b: str | None) -> bool:
    """Dates that may name the same day: equal, one within the other's month, or unknown."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _only_strikes(triggers: list[Mention]) -> bool:
    """Whether every attack word is a strike ("les frappes", read as an attack and a strike
    alike), none an attack of another kind ("a drone attack ... since the strikes")."""
    strikes = [t for t in triggers if t.value == "strike"]
    return bool(strikes) and all(any(s.start == t.start for s in strikes) for t in triggers)


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


def _rank(claim: Value | None) -> int:
    return CLAIM_RANK[claim.value] if claim else 0


def _fits_target(draft: Draft, hit_camps: set[str]) -> bool:
    return draft.actor is None or draft.actor.value.camp not in hit_camps


def _mention_of(value: Value) -> Mention:
    start, end = value.span or (0, 0)  # an actor value always carries its words
    return Mention("actor", value.value.id, start, end)


def _resolve_generic(m: Mention, generic: Actor, armed: Actors) -> Actor | None:
    same_camp = [(x, a) for x, a in armed if a.camp == generic.camp]
    before = [a for x, a in same_camp if x.start < m.start]
    if before:
        return before[-1]
    after = [a for x, a in same_camp if x.start > m.start]
    return after[0] if after else None
