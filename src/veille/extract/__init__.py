"""Extraction: one document's text in, grounded event reports and tallies out.

Public entry point: ``Extractor(gazetteer).extract(doc) -> Extraction``.
"""

from veille.extract.extractor import Extractor

__all__ = ["Extractor"]
