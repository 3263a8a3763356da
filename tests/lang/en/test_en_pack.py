"""The English pack's specifics, one behaviour a test: wire date styles, relative days,
Pentagon/CENTCOM phrasing, weapons, number words, actor aliases and attribution."""

from __future__ import annotations

import pytest

import grounded
from veille.extract import Extractor
from veille.extract.pack import load_pack
from veille.model import Document


def reports(extractor, text, published="2024-01-08"):
    return grounded.reports(extractor, text, "en", published)


def one(extractor, text, published="2024-01-08"):
    return grounded.one(extractor, text, "en", published)


def test_pack_loads_with_every_file() -> None:
    pack = load_pack("en")
    kinds = {kind for _, kind, _ in pack.lexicon}
    assert {"attack", "intercept", "outcome", "casualty", "weapon", "claim", "target", "actor_phrase",
            "agent", "passive", "negation", "anterior", "locator", "anaphor", "tally"} <= kinds
    assert pack.actor_aliases and pack.numbers["words"] and pack.dates["months"]


@pytest.mark.parametrize(("text", "date"), [
    ("Rockets hit al-Tanf on Jan. 4, a U.S. official said.", "2024-01-04"),
    ("Rockets hit al-Tanf on 4 January, a U.S. official said.", "2024-01-04"),
    ("Rockets hit al-Tanf on January 4th, a U.S. official said.", "2024-01-04"),
    ("Rockets hit al-Tanf on Thursday, Jan. 4, 2024, a U.S. official said.", "2024-01-04"),
    ("Rockets hit al-Tanf late Sunday, a U.S. official said.", "2024-01-07"),
    ("Rockets hit al-Tanf overnight, a U.S. official said.", "2024-01-08"),
    ("Rockets hit al-Tanf yesterday, a U.S. official said.", "2024-01-07"),
    ("Rockets hit al-Tanf two days ago, a U.S. official said.", "2024-01-06"),
    ("Rockets hit al-Tanf on Dec. 29, a U.S. official said.", "2023-12-29"),
])
def test_wire_date_styles(extractor: Extractor, text: str, date: str) -> None:
    assert one(extractor, text).date == date


def test_a_day_earlier_counts_back_from_the_date_in_focus(extractor: Extractor) -> None:
    text = ("Drones targeted Erbil airport on Jan. 5, a U.S. official said. "
            "A day earlier, rockets hit the Ain al-Asad base, the official said.")
    result = extractor.extract(Document(id="t", text=text, published="2024-01-08", lang="en"))
    assert {(r.place.id, r.date) for r in result.reports} == {
        ("erbil_airport", "2024-01-05"), ("ain_asad", "2024-01-04")}


def test_since_date_is_no_event_date_and_opens_a_tally(extractor: Extractor) -> None:
    text = "U.S. forces in Iraq and Syria have been attacked at least 151 times since Oct. 17, " \
           "Pentagon deputy press secretary Sabrina Singh said on Thursday."
    result = extractor.extract(Document(id="t", text=text, published="2024-01-11", lang="en"))
    assert not result.reports
    (tally,) = result.tallies
    assert (tally.count, tally.since, tally.as_of, tally.by) == (151, "2023-10-17", "2024-01-11",
                                                                  "Pentagon")


def test_centcom_release_attack_intercepted_without_injuries(extractor: Extractor) -> None:
    text = ("U.S. Central Command reports that on Jan. 4, U.S. and Coalition forces were attacked by "
            "a one-way attack drone at Al-Asad Air Base. The drone was shot down. "
            "No injuries or damage were reported.")
    r = one(extractor, text)
    assert (r.place.id, r.date, r.weapons, r.claim, r.outcome, r.casualties) == (
        "ain_asad", "2024-01-04", ["drone"], "confirmed", "intercepted", "none")


def test_close_range_ballistic_missiles_counted(extractor: Extractor) -> None:
    r = one(extractor, "Two close-range ballistic missiles were fired at U.S. troops at Al-Asad Air "
                       "Base on Jan. 10, a U.S. defense official said.")
    assert (r.weapons, r.count, r.claim) == (["missile"], 2, "confirmed")


@pytest.mark.parametrize(("phrase", "count", "approx"), [
    ("two one-way attack drones", 2, False),
    ("twenty-one rockets", 21, False),
    ("at least five rockets", 5, True),
    ("a dozen rockets", 12, True),
    ("dozens of rockets", None, True),
    ("3 rockets", 3, False),
])
def test_munition_counts(extractor: Extractor, phrase: str, count, approx: bool) -> None:
    r = one(extractor, f"Iraqi security sources said {phrase} hit the Conoco field on Monday.")
    assert (r.count, r.count_approx) == (count, approx)


@pytest.mark.parametrize("name", [
    "The Islamic Resistance in Iraq", "The Iraqi Islamic Resistance", "The IRI",
])
def test_iri_aliases(extractor: Extractor, name: str) -> None:
    r = one(extractor, f"{name} said it targeted the Harir base with drones on Sunday.")
    assert (r.actor, r.claim) == ("Islamic Resistance in Iraq", "claimed")


def test_iran_backed_militias_name_the_group_the_report_names_else_no_one(extractor: Extractor) -> None:
    alone = one(extractor, "Iran-backed militias targeted the Harir base with drones on Sunday.")
    assert alone.actor is None
    named = one(extractor, "The Islamic Resistance in Iraq has claimed dozens of attacks.\n"
                           "Iran-backed militias targeted the Harir base with drones on Sunday.")
    assert named.actor == "Islamic Resistance in Iraq"


@pytest.mark.parametrize(("name", "actor"), [
    ("Kata'ib Hizballah", "Kataib Hezbollah"), ("Kataib Hezbollah", "Kataib Hezbollah"),
    ("Harakat al-Nujaba", "Harakat al-Nujaba"), ("Kataib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"),
])
def test_militia_aliases(extractor: Extractor, name: str, actor: str) -> None:
    assert one(extractor, f"{name} claimed a drone attack on the Rmeilan base on Sunday.").actor == actor


def test_us_strike_announced_by_centcom_is_claimed(extractor: Extractor) -> None:
    r = one(extractor, "U.S. Central Command said U.S. forces conducted strikes on facilities used by "
                       "Kataib Hezbollah in al-Qaim on Saturday.")
    assert (r.place.id, r.actor, r.weapons, r.claim) == ("qaim", "United States", ["airstrike"], "claimed")


def test_undotted_us_spelling(extractor: Extractor) -> None:
    r = one(extractor, "US airstrikes hit Jurf al-Sakhar on Tuesday, the Pentagon said.")
    assert (r.actor, r.weapons) == ("United States", ["airstrike"])


def test_monitor_reports_and_unknown_casualties(extractor: Extractor) -> None:
    r = one(extractor, "Rockets hit the US base at the Conoco gas field on Sunday, the Syrian Observatory "
                       "for Human Rights said. There was no immediate word on casualties.")
    assert (r.claim, r.casualties) == ("reported", "unknown")


def test_target_side_denies_a_media_report(extractor: Extractor) -> None:
    r = one(extractor, "Syrian state media reported on Saturday that drones had struck the US base at "
                       "Tal Baydar. The Pentagon denied the reports.", published="2023-11-25")
    assert r.claim == "denied"


def test_wire_dateline_does_not_become_the_attacker(extractor: Extractor) -> None:
    r = one(extractor, "WASHINGTON (Reuters) - Rockets were fired at the al-Tanf garrison on Monday, "
                       "a U.S. official said.")
    assert r.actor is None


# -- forms that needed the engine to grow: datelines, masks, 'N days ago', 'last Monday', 'May 5' --

def test_overnight_before_a_weekday(extractor: Extractor) -> None:
    assert one(extractor, "Rockets hit al-Tanf overnight Thursday, a U.S. official said.",
               published="2024-01-06").date == "2024-01-04"


def test_ago_after_the_number(extractor: Extractor) -> None:
    assert one(extractor, "Rockets hit al-Tanf 10 days ago, a U.S. official said.").date == "2023-12-29"


def test_last_before_weekday(extractor: Extractor) -> None:
    assert one(extractor, "Rockets hit al-Tanf last Monday, a U.S. official said.",
               published="2024-01-08").date == "2024-01-01"


def test_baghdad_time_is_no_place(extractor: Extractor) -> None:
    r = one(extractor, "At 10:30 (Baghdad time), U.S. forces were attacked by a drone at Al-Asad "
                       "Air Base on Jan. 4.")
    assert r.place.id == "ain_asad"


def test_may_with_a_day(extractor: Extractor) -> None:
    assert one(extractor, "Rockets hit al-Tanf on May 5, a U.S. official said.",
               published="2024-06-01").date == "2024-05-05"
