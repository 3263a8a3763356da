import io
import json

from veille.export import write_geojson


def test_feature_collection_of_located_incidents(incidents, sources):
    out = io.StringIO()
    result = write_geojson(incidents, sources, out)
    collection = json.loads(out.getvalue())
    assert (result.written, result.unlocated) == (1, 1)
    assert collection["type"] == "FeatureCollection"
    (feature,) = collection["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [40.44, 35.07]}
    props = feature["properties"]
    assert props["incident_id"] == "inc1" and props["place"] == "Al-Omar oil field"
    assert props["weapons"] == "rocket, drone" and props["n_sources"] == 2
    assert props["doc_ids"] == "d1, d2" and props["country"] == "SY"


def test_no_incidents_is_an_empty_collection():
    out = io.StringIO()
    assert write_geojson([], {}, out).written == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
