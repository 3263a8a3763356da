"""The resolution rules, on hand-built reports."""

from __future__ import annotations

from factories import AIN_ASAD, CONOCO, GREEN_VILLAGE, OMAR, report
from veille.model import EventReport
from veille.resolve import ResolveOptions, ReviewLinks, incident_id_for, resolve
from veille.vocab import DateBasis


def groups(mapping: dict[str, str]) -> set[frozenset[str]]:
    by_incident: dict[str, set[str]] = {}
    for report_id, incident_id in mapping.items():
        by_incident.setdefault(incident_id, set()).add(report_id)
    return {frozenset(members) for members in by_incident.values()}


def test_same_place_and_day_from_two_documents_merge():
    mapping = resolve([report("a"), report("b")])
    assert mapping["a#0"] == mapping["b#0"]


def test_incident_id_comes_from_the_earliest_ingested_report():
    mapping = resolve([report("zz"), report("aa")])
    assert mapping["aa#0"] == incident_id_for("zz#0")


def test_different_days_stay_apart():
    mapping = resolve([report("a", date="2024-01-08"), report("b", date="2024-01-07")])
    assert mapping["a#0"] != mapping["b#0"]


def test_reports_of_one_document_never_merge():
    mapping = resolve([report("a", seq=0), report("a", seq=1)])
    assert mapping["a#0"] != mapping["a#1"]


def test_nearby_sites_merge_within_the_distance_threshold():
    mapping = resolve([report("a", place=OMAR), report("b", place=GREEN_VILLAGE)])
    assert mapping["a#0"] == mapping["b#0"]


def test_sites_beyond_the_threshold_stay_apart():
    mapping = resolve([report("a", place=OMAR), report("b", place=CONOCO)])
    assert mapping["a#0"] != mapping["b#0"]


def test_threshold_is_an_option():
    tight = ResolveOptions(max_km=5.0)
    mapping = resolve([report("a", place=OMAR), report("b", place=GREEN_VILLAGE)], options=tight)
    assert mapping["a#0"] != mapping["b#0"]


def test_different_actors_stay_apart():
    strike = report("a", actor="United States", weapons=("airstrike",))
    attack = report("b", actor="Islamic Resistance in Iraq")
    mapping = resolve([strike, attack])
    assert mapping["a#0"] != mapping["b#0"]


def test_unknown_actor_joins_but_does_not_bridge_two_actors():
    us, unknown, militia = report("a", actor="United States"), report("b", actor=None), report("c")
    mapping = resolve([us, unknown, militia])
    assert mapping["a#0"] == mapping["b#0"]
    assert mapping["c#0"] != mapping["a#0"]


def test_weapons_never_block_a_merge():
    mapping = resolve([report("a", weapons=("rocket",)), report("b", weapons=("drone",))])
    assert mapping["a#0"] == mapping["b#0"]


def test_report_without_place_stays_alone():
    mapping = resolve([report("a", place=None), report("b", place=None)])
    assert mapping["a#0"] != mapping["b#0"]


def test_month_report_joins_the_only_day_of_that_month():
    mapping = resolve([report("a", date="2024-01-08"), report("b", date="2024-01")])
    assert mapping["a#0"] == mapping["b#0"]


def test_month_report_of_another_month_stays_alone():
    mapping = resolve([report("a", date="2024-01-08"), report("b", date="2023-12")])
    assert mapping["a#0"] != mapping["b#0"]


def test_month_report_never_chains_two_days():
    reports = [report("a", date="2024-01-08"), report("b", date="2024-01-03"),
               report("c", date="2024-01")]
    assert groups(resolve(reports)) == {frozenset({"a#0"}), frozenset({"b#0"}),
                                        frozenset({"c#0"})}


def test_undated_report_attaches_to_recent_incident_before_publication():
    mapping = resolve([report("a", date="2024-01-07"), report("b", date=None)],
                      published={"b": "2024-01-08"})
    assert mapping["a#0"] == mapping["b#0"]


def test_undated_report_picks_the_most_recent_day():
    reports = [report("a", date="2024-01-06"), report("b", date="2024-01-07"),
               report("c", date=None)]
    mapping = resolve(reports, published={"c": "2024-01-08"})
    assert mapping["c#0"] == mapping["b#0"] != mapping["a#0"]


def test_undated_report_outside_the_window_stays_alone():
    mapping = resolve([report("a", date="2024-01-02"), report("b", date=None)],
                      published={"b": "2024-01-08"})
    assert mapping["a#0"] != mapping["b#0"]


def test_undated_window_is_an_option():
    wide = ResolveOptions(undated_window_days=7)
    mapping = resolve([report("a", date="2024-01-02"), report("b", date=None)],
                      options=wide, published={"b": "2024-01-08"})
    assert mapping["a#0"] == mapping["b#0"]


def test_undated_report_never_attaches_after_its_publication():
    mapping = resolve([report("a", date="2024-01-09"), report("b", date=None)],
                      published={"b": "2024-01-08"})
    assert mapping["a#0"] != mapping["b#0"]


def test_undated_reports_do_not_merge_with_each_other():
    mapping = resolve([report("a", date=None), report("b", date=None)],
                      published={"a": "2024-01-08", "b": "2024-01-08"})
    assert mapping["a#0"] != mapping["b#0"]


def test_undated_report_respects_actor():
    mapping = resolve([report("a", date="2024-01-07", actor="United States"),
                       report("b", date=None)], published={"b": "2024-01-08"})
    assert mapping["a#0"] != mapping["b#0"]


def test_new_document_joining_keeps_the_incident_id():
    before = resolve([report("a"), report("b", place=AIN_ASAD)])
    after = resolve([report("a"), report("b", place=AIN_ASAD), report("c")])
    assert after["a#0"] == before["a#0"] == after["c#0"]
    assert after["b#0"] == before["b#0"]


def test_reviewer_merge_overrides_the_rules():
    reports = [report("a", place=OMAR), report("b", place=AIN_ASAD)]
    mapping = resolve(reports, ReviewLinks().merge("b#0", "a#0"))
    assert mapping["a#0"] == mapping["b#0"] == incident_id_for("a#0")


def test_reviewer_split_keeps_the_rest_of_the_incident_id():
    links = ReviewLinks().split("a#0")
    mapping = resolve([report("a"), report("b"), report("c")], links)
    assert mapping["b#0"] == mapping["c#0"] == incident_id_for("a#0")
    assert mapping["a#0"] != mapping["b#0"]


def test_later_decision_wins():
    links = ReviewLinks().split("b#0").merge("b#0", "a#0")
    mapping = resolve([report("a"), report("b")], links)
    assert mapping["a#0"] == mapping["b#0"]


def test_decision_about_a_missing_report_is_inert():
    mapping = resolve([report("a"), report("b")], ReviewLinks().split("gone#3"))
    assert mapping["a#0"] == mapping["b#0"]


def dated_by_publication(doc_id: str, day: str) -> EventReport:
    found = report(doc_id, date=day)
    found.date_basis = DateBasis.PUBLICATION
    return found


def test_a_publication_day_is_a_bound_not_a_stated_day():
    # A report that dates nothing, published the 8th, joins the attack another source
    # dates the 7th: the news of the day may be of the night before.
    mapping = resolve([report("a", date="2024-01-07"), dated_by_publication("b", "2024-01-08")],
                      published={"b": "2024-01-08"})
    assert mapping["a#0"] == mapping["b#0"]


def test_two_breaking_reports_of_one_day_and_place_merge():
    mapping = resolve([dated_by_publication("a", "2024-01-08"),
                       dated_by_publication("b", "2024-01-08")],
                      published={"a": "2024-01-08", "b": "2024-01-08"})
    assert mapping["a#0"] == mapping["b#0"]


def test_a_publication_day_never_reaches_a_later_attack():
    mapping = resolve([report("a", date="2024-01-09"), dated_by_publication("b", "2024-01-08")],
                      published={"b": "2024-01-08"})
    assert mapping["a#0"] != mapping["b#0"]
