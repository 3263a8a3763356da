"""Placeholder until the annotator cascade lands (same signature)."""

from __future__ import annotations

from veille.model import Document, Extraction


class Extractor:
    def __init__(self, gazetteer=None) -> None:
        self.gazetteer = gazetteer

    def extract(self, doc: Document) -> Extraction:
        return Extraction(doc_id=doc.id, lang=doc.lang)
