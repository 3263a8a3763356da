"""Frames: an attack told without its place ("hier, quatre bases ont été ciblées"),
whose attacker, means, toll and claim the places named next inherit; the sentences
right after it that tell more of it extend it."""

from __future__ import annotations

from veille.extract.claims import ABOUT_THE_ATTACK
from veille.extract.clause import Clause
from veille.extract.dates import PERIODS, Anchor
from veille.extract.discourse import Discourse, Frame, Value, same_day, weeks_before
from veille.extract.fields import (
    governing_trigger,
    live,
    pick_attacker,
    pick_count,
    pick_date,
    pick_toll,
    pick_weapons,
)
from veille.extract.matcher import Mention
from veille.extract.pack import LanguagePack
from veille.extract.sides import Sides
from veille.extract.tallies import TallyDraft


class Frames:
    def __init__(self, pack: LanguagePack, sides: Sides) -> None:
        self.pack = pack
        self.sides = sides

    def open(self, c: Clause, anchor: Anchor) -> Frame:
        actor = pick_attacker(c.attackers, governing_trigger(c.triggers, None), c.view, c.text,
                              self.pack.attacker_reach)
        casualties, outcome = pick_toll(c.view, c.text, self.pack)
        count = pick_count(c.view, c.view.of("weapon"), c.text, self.pack)
        # the day nearest the attack that opens the sentence ("la cible de roquettes lundi,
        # ..., après que trois soldats ont été tués la veille")
        first = governing_trigger(c.triggers, None)
        told = [(m, r) for m, r in c.told_dates if not m.numeric]
        date = pick_date(told, first) if first else c.stated
        day = date.value.value if date else None
        weapons = pick_weapons(c.view, c.text, self.pack)
        if date and weeks_before(date.value, anchor) and not (weapons or casualties):
            # "the attacks began on Oct. 17": a context, it lends no day; an attack told
            # with its means or toll ("on 23 October drones targeted US forces, without
            # injuries") is one, which the next sentence may place
            date = None
        return Frame(c.view.sentence.index, actor, weapons, casualties, outcome, count, day, date,
                     live(c.view, "claim", c.text, self.pack), self.sides.speakers(c.view, c.text),
                     c.view.pauses, only_strikes(c.triggers))

    def placed_by(self, c: Clause, state: Discourse) -> bool:
        """Places named right after an attack stated without one, in a sentence that
        still speaks of it ("... une attaque de drone contre un avant-poste. Le meurtre
        de trois Américains à la tour 22 ...")."""
        if not any(c.view.of(kind) for kind in ("casualty", "outcome", "weapon", "anaphor")):
            return False
        return self.before(c, state) is not None

    def tells_more(self, c: Clause, state: Discourse,
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
        if c.stated and (frame.day is None or not same_day(frame.day, c.stated.value.value)):
            return False  # an attack of a day of its own ("Le 19 octobre, ...")
        own = {a.id for _, a in c.attackers}
        if own and (frame.actor is None or own != {frame.actor.value.id}):
            return False
        return not c.triggers or bool(c.view.of("anaphor")) or not own

    def extend(self, c: Clause, state: Discourse) -> None:
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
        frame.speakers = frame.speakers + self.sides.speakers(c.view, c.text)
        frame.pauses = frame.pauses + c.view.pauses
        casualties, outcome = pick_toll(c.view, c.text, self.pack)
        frame.casualties = frame.casualties or casualties
        frame.outcome = frame.outcome or outcome
        frame.weapons = frame.weapons or pick_weapons(c.view, c.text, self.pack)

    def weapons(self, c: Clause, state: Discourse) -> list[Value]:
        frame = self.before(c, state)
        return list(frame.weapons) if frame else []

    def before(self, c: Clause, state: Discourse) -> Frame | None:
        """The frame of the sentence just before, which this one's places elaborate (worked
        out once per clause: every draft of it asks)."""
        if "frame" not in c.memo:
            c.memo["frame"] = self._find_before(c, state)
        return c.memo["frame"]

    def _find_before(self, c: Clause, state: Discourse) -> Frame | None:
        frame = state.frame
        if c.background or frame is None or frame.sentence != state.previous:
            return None
        if not same_day(frame.day, c.stated.value.value if c.stated else None):
            return None  # an attack of another day, named just before
        # A sentence naming its own attacker tells its own attack, unless it is the frame's.
        # The side holding the places it names is no attacker of them ("L'armée israélienne
        # a indiqué qu'il avait touché une école à Ramat Gan").
        holders = self.sides.holding_camps(p.value for p in c.places)
        own = {a.id for _, a in c.attackers if a.camp not in holders}
        if own and (frame.actor is None or frame.actor.value.id not in own):
            return None
        air = frame.strikes and (frame.actor is None or frame.actor.value.air_power)
        if air and self.sides.hit_camps(c.view, c.text) & self.sides.air_camps:
            return None  # "Les frappes ont tué huit combattants ... des drones ont attaqué des
            # forces américaines": an air power's strikes are not the attacks on its forces
        return frame


def only_strikes(triggers: list[Mention]) -> bool:
    """Whether every attack word is a strike ("les frappes", read as an attack and a strike
    alike), none an attack of another kind ("a drone attack ... since the strikes")."""
    strikes = [t for t in triggers if t.value == "strike"]
    return bool(strikes) and all(any(s.start == t.start for s in strikes) for t in triggers)
