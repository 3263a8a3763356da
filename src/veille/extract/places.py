"""Which places of a sentence are where an attack happened.

Countries only situate; a governorate or city that contains another place of
the sentence, or that a locator introduces ("dans la campagne de Hassaké",
"près de"), situates the site rather than being hit itself.
"""

from __future__ import annotations

from typing import Final

from veille.extract.annotate import SentenceView
from veille.extract.matcher import Mention
from veille.extract.pack import load_actors
from veille.geo.gazetteer import Gazetteer, distance_km

# Lower is more specific: a site beats a town, a town beats its governorate.
SPECIFICITY: Final = {
    "base": 0, "airbase": 0, "airport": 0, "oilfield": 0, "gasfield": 0, "embassy": 0,
    "crossing": 0, "landmark": 0, "camp": 0,
    "village": 1, "town": 1, "city": 1,
    "district": 2, "governorate": 3, "region": 4, "sea": 4, "country": 5,
}
UNKNOWN_KIND: Final = 1
# How many spaces may stand between a capital and the saying it is the subject of
# ("Tehran on Saturday condemned": three).
SPEAKER_GAP: Final = 3
# How many connector words may stand between a locator and its place ("au sud de la
# ville syrienne de Hassaké": five).
LOCATOR_GAP: Final = 5
# A town this close to a site named in the same sentence is that site's locality.
LOCALITY_KM: Final = 25.0
# How many words before a name that is also an outlet's an attack word must stand for the
# name to be a place hit ("des frappes ont visé Sanaa", not "a précisé SANA").
OUTLET_GAP: Final = 3


class PlaceFilter:
    def __init__(self, gazetteer: Gazetteer, connectors: frozenset[str]) -> None:
        self.gazetteer = gazetteer
        self.connectors = connectors
        # Answers about pairs of places never change: kept for the extractor's life.
        self._within: dict[tuple[str, str], bool] = {}
        self._ranks: dict[str, int] = {}
        self._locality: dict[tuple[str, str], bool] = {}
        self._same: dict[tuple[str, str], bool] = {}
        self._outlets = frozenset(a.id for a in load_actors().values()
                                  if a.role in ("media", "state_media"))

    def country(self, place_id: str) -> str | None:
        place = self.gazetteer.place(place_id)
        return place.country if place else None

    def event_places(self, view: SentenceView, text: str) -> list[Mention]:
        """The places an attack told in this view hit (worked out once per view: the
        clause and the report's list of attackers both ask)."""
        places = view.memo.places
        if places is None:
            places = view.memo.places = self._event_places(view, text)
        return places

    def _event_places(self, view: SentenceView, text: str) -> list[Mention]:
        if not view.of("place"):
            return []
        country = SPECIFICITY["country"]
        mentions = [m for m in self._one_reading_per_span(self._as_provinces(view, text))
                    if self._rank(m) < country and not self.after_origin(m, view, text)
                    and not self._seat(m, view, text) and not self._speaks(m, view, text)
                    and not self._outlet(m, view, text)]
        # "Eilat, surplombant la mer Rouge", "drones interceptés au-dessus de la mer Rouge",
        # "attaques contre les navires en mer Rouge": a sea situates, or lies outside the land
        # the gazetteer covers; it places no event
        mentions = [m for m in mentions if not self._is_sea(m)]
        ids = {m.value for m in mentions}
        mentions = [m for m in mentions if not self._contains_another(m.value, ids)]
        sites = [m for m in mentions if self._rank(m) == 0]
        mentions = [m for m in mentions if self._rank(m) == 0 or not (
            self._hosts_site(m, sites) or self._right_after_a_site(m, sites, text)
            or self._names_the_province_of(m, mentions, text))]
        # "la base d'al-Omar, dans la campagne de Deir ez-Zor": the area after a locator
        # situates a more specific place; "near Albu Kamal and al-Mayadin" keeps both towns.
        situated = {id(m) for m in mentions
                    if self._after_locator(m, view, text, sites=self._rank(m) == 0)}
        # "... au nord-ouest de Bagdad, la capitale irakienne": the same place named again
        # in apposition situates too
        situated_ids = {m.value for m in mentions if id(m) in situated}
        situated |= {id(m) for m in mentions if m.value in situated_ids}
        if situated:
            placed = [m for m in mentions if id(m) not in situated]
            mentions = [m for m in mentions if id(m) not in situated
                        or not self._situates(m, placed, mentions, view, text)]
        return _first_per_place(mentions)

    def _as_provinces(self, view: SentenceView, text: str) -> list[Mention]:
        """"le gouvernorat d'Hassaké", "Anbar province": a city named after a province word
        is its governorate (whose own aliases need not cover every elision)."""
        mentions = view.of("place")
        provinces = [loc for loc in view.of("locator") if loc.value == "province"]
        if not provinces:
            return mentions
        read = []
        for m in mentions:
            place = self.gazetteer.place(m.value)
            parent_id = self.gazetteer.parents.get(m.value)
            parent = self.gazetteer.place(parent_id) if parent_id else None
            if place and parent and place.kind == "city" and parent.kind == "governorate" \
                    and any(self._leads(loc, m, text, 2) for loc in provinces):
                m = m.with_value(parent.id)
            read.append(m)
        return read

    def _rank(self, m: Mention) -> int:
        return self.rank(m.value)

    def named_places(self, view: SentenceView) -> list[Mention]:
        """Every place the sentence names below country level, events or not."""
        return [m for m in view.of("place") if self._rank(m) < SPECIFICITY["country"]]

    def _is_sea(self, m: Mention) -> bool:
        place = self.gazetteer.place(m.value)
        return bool(place and place.kind == "sea")

    def rank(self, place_id: str) -> int:
        if place_id not in self._ranks:
            place = self.gazetteer.place(place_id)
            self._ranks[place_id] = SPECIFICITY.get(place.kind, UNKNOWN_KIND) if place else UNKNOWN_KIND
        return self._ranks[place_id]

    def is_city(self, place_id: str) -> bool:
        place = self.gazetteer.place(place_id)
        return place is not None and place.kind == "city"

    def same_site(self, a: str, b: str) -> bool:
        """One place, or a place and the locality or area that holds it
        (al-Mashtal in Baghdad; the Zone verte embassy and Baghdad)."""
        if a == b:
            return True
        key = (a, b)
        if key not in self._same:
            self._same[key] = self._same_site(a, b)
        return self._same[key]

    def _same_site(self, a: str, b: str) -> bool:
        if self.within(a, b) or self.within(b, a):
            return True
        if self.rank(a) > self.rank(b):
            a, b = b, a
        return self.rank(a) == 0 and self._near(a, b)

    def locality(self, a: str, b: str) -> bool:
        """A site and the town it lies by (Erbil airport and Erbil): a report may name
        either for one attack."""
        key = (a, b)
        if key not in self._locality:
            self._locality[key] = self._locality_of(a, b)
        return self._locality[key]

    def _locality_of(self, a: str, b: str) -> bool:
        if self.rank(a) > self.rank(b):
            a, b = b, a
        if self.rank(a) != 0 or self.rank(b) != SPECIFICITY["city"]:
            return False
        return self.within_km(a, b, LOCALITY_KM)

    def within_km(self, a: str, b: str, km: float) -> bool:
        pa, pb = self.gazetteer.place(a), self.gazetteer.place(b)
        return bool(pa and pb and distance_km(pa.lat, pa.lon, pb.lat, pb.lon) <= km)

    def within(self, inner: str, outer: str) -> bool:
        key = (inner, outer)
        if key not in self._within:
            self._within[key] = any(p.id == outer for p in self.gazetteer.parent_chain(inner)[1:])
        return self._within[key]

    def _near(self, a: str, b: str) -> bool:
        # An area named by where it lies ("le nord-est de la Jordanie") around a site: the
        # same place told less precisely. (A town near a site may be another target:
        # strikes on Khasham are not the rockets on the Conoco base.)
        return self.rank(b) >= SPECIFICITY["region"] and self.within_km(a, b, LOCALITY_KM)

    def _one_reading_per_span(self, mentions: list[Mention]) -> list[Mention]:
        """One place per name: the most specific reading, unless another place of the
        sentence lies in a wider one ("Green Village, province de Deir ez-Zor": the
        governorate, not the city)."""
        ids = {m.value for m in mentions}
        readings: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            readings.setdefault((m.start, m.end), []).append(m)
        chosen = []
        for options in readings.values():
            holding = [m for m in options if any(self.within(o, m.value) for o in ids - {m.value})]
            chosen.append(holding[0] if holding else min(options, key=self._rank))
        return sorted(chosen, key=lambda m: m.start)

    def _contains_another(self, place_id: str, ids: set[str]) -> bool:
        return any(self.within(other, place_id) for other in ids if other != place_id)

    def _right_after_a_site(self, m: Mention, sites: list[Mention], text: str) -> bool:
        """"la base d'al-Harir à Erbil", "قاعدة حرير في أربيل": the town only locates it."""
        return any(self._leads(s, m, text, 2) for s in sites)

    def _names_the_province_of(self, m: Mention, mentions: list[Mention], text: str) -> bool:
        """"la région d'Al-Malikiyah à Al-Hasakah", "Mayadin in Deir ez-Zor": a city right
        after a town of its governorate names the governorate, which only locates it."""
        city = self.gazetteer.place(m.value)
        if city is None or city.kind != "city" or not city.admin1:
            return False
        for p in mentions:
            town = self.gazetteer.place(p.value)
            if p is not m and town and town.id != city.id and self._rank(p) == SPECIFICITY["town"] \
                    and town.admin1 == city.admin1 and self._leads(p, m, text, 2):
                return True
        return False

    def _hosts_site(self, m: Mention, sites: list[Mention]) -> bool:
        """A town named beside a site a few km away is the site's locality
        ("l'ambassade ... dans la Zone verte à Bagdad")."""
        return any(self.within_km(m.value, s.value, LOCALITY_KM) for s in sites)

    def after_origin(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Where an attack came from ("des frappes depuis le champ de Conoco", "fired from
        Iraq") is not where it hit."""
        for o in view.of("origin"):
            if self._leads(o, m, text, 2):
                return True
            # "depuis la province irakienne de Ninive", "lancée de la ville de Zummar": through
            # a locator or a town's word
            if any(self._leads(o, loc, text, 2) and self._leads(loc, m, text, LOCATOR_GAP)
                   for loc in view.of("locator") + view.of("settlement")):
                return True
        return False

    def _speaks(self, m: Mention, view: SentenceView, text: str) -> bool:
        """A capital named as its government ("Baghdad denied any coordination", "Tehran
        has denied", "Washington said", "... par Téhéran"): the subject of a saying or the
        agent of a passive, not a place hit."""
        if self._rank(m) < SPECIFICITY["city"]:
            return False  # a base or an airport never speaks
        if any(self._leads(a, m, text, 0) for a in view.of("agent")):
            return True  # "une frappe imputée à Israël par Téhéran": who blames, not where
        # A saying may come a few words on ("Tehran on Saturday denied"); an act of its
        # government right after it ("Tehran has ordered", "Washington could").
        cues = [(c, SPEAKER_GAP) for c in view.of("claim")] + [(c, 1) for c in view.of("agency")]
        for cue, gap in cues:
            if cue.start < m.end or text.count(" ", m.end, cue.start) > gap:
                continue
            passive = [p for p in view.of("passive") if m.end <= p.start < cue.start]
            if not view.pause_between(m.end, cue.start) and not passive:
                return True
        return False

    def _outlet(self, m: Mention, view: SentenceView, text: str) -> bool:
        """A name that is also an outlet's, folded alike ("SANA" / "Sanaa", "Al Mayadeen" /
        al-Mayadin): the outlet, unless an attack word stands just before it."""
        outlets = view.memo.outlets
        if outlets is None:  # the spans of outlets' names in the view
            outlets = view.memo.outlets = {(a.start, a.end) for a in view.of("actor")
                                           if a.value in self._outlets}
        if (m.start, m.end) not in outlets:
            return False
        return not any(t.end <= m.start and text.count(" ", t.end, m.start) <= OUTLET_GAP
                       for kind in ("attack", "intercept") for t in view.of(kind))

    def _seat(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Where a reporter sits ("notre correspondant à Bagdad", "مراسلنا في دير الزور")
        is where the news was filed from, as in a dateline; so is a town opening the
        sentence before a saying ("À Téhéran, l'agence Mehr a indiqué que ...")."""
        return any(loc.value == "seat" and self._leads(loc, m, text, 1) for loc in view.of("locator")) \
            or self._opens_a_saying(m, view, text)

    def _opens_a_saying(self, m: Mention, view: SentenceView, text: str) -> bool:
        if self._rank(m) < SPECIFICITY["city"] or text.count(" ", view.sentence.start, m.start) > 1:
            return False
        if not view.pause_between(m.end, m.end + 1):
            return False
        said = next((c for c in view.of("claim") if c.start > m.end), None)
        return said is not None and not any(
            m.end <= t.start < said.start for kind in ("attack", "intercept") for t in view.of(kind))

    def _situates(self, m: Mention, placed: list[Mention], named: list[Mention],
                  view: SentenceView, text: str) -> bool:
        """Whether a place after a locator only says where another one lies: right after
        it ("Jurf al-Sakhar, south of Baghdad"; "dans la région d'Abou Ghraib près de
        Bagdad", itself after a locator) or beside a more specific one."""
        if any(self._rank(p) < self._rank(m) for p in placed):
            return True
        locator = self._locator_before(m, view, text)
        if locator is None or not placed and not named:
            return False
        if locator.value == "direction" and placed:  # "à 45 km au nord de l'aéroport"
            return True
        return any(p is not m and _located_from(p, locator, view, text) for p in named)

    def only_located(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Whether a place follows a direction or distance ("à l'est de la ville de Deir
        ez-Zor"): said of where something else lies."""
        return self._after_locator_of(m, view, text, ("direction",))

    def roughly_located(self, m: Mention, view: SentenceView, text: str) -> bool:
        """Whether a place follows a direction or a word of nearness ("près de Damas", "la
        banlieue sud de Damas"): the attack hit somewhere about it."""
        return self._after_locator_of(m, view, text, ("direction", "near"))

    def _after_locator_of(self, m: Mention, view: SentenceView, text: str,
                          values: tuple[str, ...]) -> bool:
        locator = self._locator_before(m, view, text)
        return locator is not None and locator.value in values

    def _locator_before(self, m: Mention, view: SentenceView, text: str) -> Mention | None:
        return next((loc for loc in view.of("locator") if self._leads(loc, m, text, LOCATOR_GAP)), None)

    def _after_locator(self, m: Mention, view: SentenceView, text: str, sites: bool = False) -> bool:
        """After "dans la campagne de", "près de"; for a site, only after a direction or a
        distance ("à 45 kilomètres au nord de l'aéroport"): "près de la base" is the target."""
        return any(self._leads(loc, m, text, LOCATOR_GAP) for loc in view.of("locator")
                   if not sites or loc.value == "direction")

    def _leads(self, cue: Mention, m: Mention, text: str, words: int) -> bool:
        """The cue stands before the place with at most `words` connectors between
        ("campagne de", "depuis le", "à")."""
        if cue.end > m.start:
            return False
        gap = text[cue.end : m.start].split()
        return len(gap) <= words and all(t in self.connectors for t in gap)


def _located_from(p: Mention, locator: Mention, view: SentenceView, text: str) -> bool:
    """Whether a locator says where `p` lies: right after it ("Jurf al-Sakhar, south of
    Baghdad"), or a direction after it with no attack between ("Jurf al-Sakhr, situé à une
    soixantaine de kilomètres au sud de Bagdad")."""
    if p.end > locator.start:
        return False
    if len(text[p.end : locator.start].split()) <= 3:
        return True
    return locator.value == "direction" and not any(
        p.end <= t.start < locator.start for kind in ("attack", "intercept") for t in view.of(kind))


def _first_per_place(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    kept = []
    for m in mentions:
        if m.value not in seen:
            seen.add(m.value)
            kept.append(m)
    return kept
