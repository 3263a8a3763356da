from factories import report
from veille.resolve import corroboration


def test_counts_distinct_outlets_and_unknown_outlets_per_document():
    reports = [report("a"), report("b"), report("c"), report("d")]
    outlets = {"a": "Al Mayadeen", "b": "Al Mayadeen", "c": None, "d": None}
    assert corroboration(reports, outlets) == (4, 3)
