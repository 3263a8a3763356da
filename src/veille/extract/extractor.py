"""The extraction entry point: one document in, its grounded reports and tallies out.

Language packs are compiled once per Extractor and reused for every document,
so build one Extractor per run (or per Spark partition).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from veille.extract.annotate import Annotator
from veille.extract.assemble import Assembler
from veille.extract.dates import Anchor
from veille.extract.pack import available_languages, load_pack
from veille.extract.places import PlaceFilter
from veille.extract.report import merge_drafts, to_report, to_tally
from veille.geo.gazetteer import Gazetteer
from veille.model import Document, Extraction


@dataclass(slots=True)
class _Engine:
    annotator: Annotator
    assembler: Assembler
    places: PlaceFilter


class Extractor:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.shipped()
        self.languages = available_languages()
        self._engines: dict[str, _Engine] = {}

    def supports(self, lang: str | None) -> bool:
        return lang in self.languages

    def extract(self, doc: Document) -> Extraction:
        if doc.lang is None or not self.supports(doc.lang):
            return Extraction(doc_id=doc.id, lang=doc.lang, supported=False)
        engine = self._engine(doc.lang)
        annotated = engine.annotator.annotate(doc.text)
        drafts, tallies = engine.assembler.assemble(annotated, _anchor(doc.published))
        merged = merge_drafts([d for d in drafts if self.gazetteer.place(d.place_id)],
                              engine.places)
        return Extraction(
            doc_id=doc.id,
            lang=doc.lang,
            reports=[to_report(d, doc.id, i, annotated.norm, self.gazetteer)
                     for i, d in enumerate(merged)],
            tallies=[to_tally(t, doc.id, annotated.norm) for t in tallies],
        )

    def _is_site_or_town(self, place_id: str) -> bool:
        place = self.gazetteer.place(place_id)
        return place is not None and place.kind not in _NOT_GUESSED

    def _engine(self, lang: str) -> _Engine:
        if lang not in self._engines:
            pack = load_pack(lang)
            aliases = self.gazetteer.aliases(lang)
            for other in pack.borrowed_place_aliases:
                aliases += self.gazetteer.own_aliases(other)
            sites = [(a, p) for a, p in aliases if self._is_site_or_town(p)]
            annotator = Annotator(pack, aliases, sites)
            places = PlaceFilter(self.gazetteer, pack.connectors)
            self._engines[lang] = _Engine(annotator, Assembler(pack, places), places)
        return self._engines[lang]


# Countries, provinces, regions and seas have settled spellings, and a demonym ("Syrian")
# lies close to them: a name is never guessed to be one.
_NOT_GUESSED: Final = frozenset({"country", "governorate", "region", "sea"})


def _anchor(published: str | None) -> Anchor:
    try:
        return Anchor.parse(published)
    except ValueError:
        return Anchor(None, None)
