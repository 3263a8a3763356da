"""Places: the shipped gazetteer, distances, and GeoNames imports.

Public entry points: ``Gazetteer.shipped()``, ``distance_km`` and
``veille.geo.geonames.read_geonames``.
"""

from veille.geo.gazetteer import ANY_LANGUAGE, KINDS, Gazetteer, GazetteerError, distance_km

__all__ = ["ANY_LANGUAGE", "KINDS", "Gazetteer", "GazetteerError", "distance_km"]
