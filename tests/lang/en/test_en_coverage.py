"""The English pack's broadened coverage: the wording of wire, Pentagon, Kurdish, Gulf and
Iranian-outlet English about attacks on US forces and the strikes that answered them.
Every sentence here is written for the test, in the style of those outlets."""

from __future__ import annotations

import pytest

import grounded
from veille.extract import Extractor


def reports(extractor, text, published="2024-01-08"):
    return grounded.reports(extractor, text, "en", published)


def one(extractor, text, published="2024-01-08"):
    return grounded.one(extractor, text, "en", published)


# -- dates --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date"), [
    ("Rockets hit al-Tanf in the early hours of Sunday, a source said.", "2024-01-07"),
    ("Rockets hit al-Tanf on the 4th of January, a source said.", "2024-01-04"),
    ("Rockets hit al-Tanf on the twenty-eighth of December, a source said.", "2023-12-28"),
    ("Rockets hit al-Tanf just hours ago, a source said.", "2024-01-08"),
])
def test_more_date_forms(extractor: Extractor, text: str, date: str) -> None:
    assert one(extractor, text).date == date


def test_clock_time_in_pm_does_not_cut_the_sentence(extractor: Extractor) -> None:
    r = one(extractor, "Two explosive-laden drones attacked Harir Airport at 11:30 p.m. on Wednesday "
                       "without causing any casualties.")
    assert (r.place.id, r.date, r.weapons, r.count, r.casualties) == (
        "harir", "2024-01-03", ["drone"], 2, "none")


# -- weapons and attack verbs ---------------------------------------------------

@pytest.mark.parametrize(("text", "weapons"), [
    ("A bomb-laden drone targeted Ain al-Asad on Sunday, a source said.", ["drone"]),
    ("A booby-trapped drone targeted Ain al-Asad on Sunday, a source said.", ["drone"]),
    ("Three Kaytusha rockets targeted Ain al-Asad on Sunday, a source said.", ["rocket"]),
    ("U.S. F-15E jets struck a depot near al-Qaim on Sunday, the Pentagon said.", ["airstrike"]),
    ("U.S. military aircraft struck a depot near al-Qaim on Sunday.", ["airstrike"]),
])
def test_weapon_names(extractor: Extractor, text: str, weapons: list[str]) -> None:
    assert one(extractor, text).weapons == weapons


def test_rockets_that_impacted_near_a_base(extractor: Extractor) -> None:
    r = one(extractor, "Three Kaytusha rockets impacted near Conoco base on Sunday, a coalition "
                       "spokesman said.")
    assert (r.place.id, r.weapons, r.count, r.claim, r.outcome) == (
        "conoco", ["rocket"], 3, "confirmed", "hit")


def test_repelled_is_an_interception(extractor: Extractor) -> None:
    r = one(extractor, "Air defenses repelled a drone attack on Erbil airport on Sunday, a source said.")
    assert (r.place.id, r.outcome) == ("erbil_airport", "intercepted")


# -- who says so ----------------------------------------------------------------

def test_the_us_military_speaks_for_the_side_hit(extractor: Extractor) -> None:
    r = one(extractor, "Two drones targeted U.S. troops at al-Tanf on Sunday, the U.S. military said "
                       "in a statement.")
    assert (r.place.id, r.claim) == ("tanf", "confirmed")


def test_the_us_military_announcing_its_own_strike_claims_it(extractor: Extractor) -> None:
    r = one(extractor, "The U.S. military said it struck a Kataib Hezbollah facility near al-Qaim "
                       "on Sunday.")
    assert (r.place.id, r.actor, r.claim) == ("qaim", "United States", "claimed")


def test_a_base_hosting_us_forces_names_the_side_hit(extractor: Extractor) -> None:
    r = one(extractor, "A U.S. defense official confirmed that two rockets hit Ain al-Asad on Sunday.")
    assert (r.target, r.claim, r.count) == ("US forces", "confirmed", 2)


def test_a_later_confirmation_upgrades_a_claim(extractor: Extractor) -> None:
    r = one(extractor, "The Islamic Resistance in Iraq said it targeted al-Tanf with drones on Sunday. "
                       "A U.S. official confirmed the attack and said there were no injuries.")
    assert (r.actor, r.claim, r.casualties) == ("Islamic Resistance in Iraq", "confirmed", "none")


def test_a_later_passive_claim_names_the_attacker(extractor: Extractor) -> None:
    r = one(extractor, "Drones targeted al-Tanf on Sunday, a source said. "
                       "The attack was claimed by Kataib Hezbollah.")
    assert (r.actor, r.claim) == ("Kataib Hezbollah", "claimed")


@pytest.mark.parametrize("denial", [
    "CENTCOM dismissed the claims as false.",
    "A U.S. official denied the claim.",
    "A U.S. official said the claims were false.",
])
def test_denials(extractor: Extractor, denial: str) -> None:
    r = one(extractor, "The Islamic Resistance in Iraq said it targeted al-Tanf with drones on "
                       f"Sunday. {denial}")
    assert r.claim == "denied"


# -- casualties -------------------------------------------------------------------

@pytest.mark.parametrize("after", [
    "All personnel are accounted for.",
    "No U.S. or coalition personnel were injured.",
    "The attack did not result in any casualties.",
])
def test_no_casualty_formulas(extractor: Extractor, after: str) -> None:
    assert one(extractor, f"Rockets hit al-Tanf on Sunday. {after}").casualties == "none"


# -- actors -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Iraqi Hezbollah claimed a drone attack on the Harir base on Friday.", "Kataib Hezbollah"),
    ("Iraq's Islamic Resistance said it hit the Conoco base with a drone on Friday.",
     "Islamic Resistance in Iraq"),
    ("Tehran-backed militias fired rockets at Rmelan base on Friday.", "Islamic Resistance in Iraq"),
    ("An Israeli raid on Sayyida Zainab killed two people on Friday, SANA reported.", "Israel"),
])
def test_actor_names(extractor: Extractor, text: str, actor: str) -> None:
    assert one(extractor, text).actor == actor


# -- place spellings ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("The group said it targeted the Tal Baidar base with two drones on Friday.", "tal_baydar"),
    ("The group said it targeted the Khrab al-Jir base with a drone on Friday.", "kharab_jir"),
    ("US warplanes struck positions in al-Bokamal on Friday, the Syrian Observatory said.",
     "albu_kamal"),
    ("Rockets hit the Koniko base in Dier Ezzor countryside on Friday, a source said.", "conoco"),
    ("An Israeli strike on the Mazzeh district killed five people on Friday.", "damascus"),
])
def test_place_spellings(extractor: Extractor, text: str, place: str) -> None:
    assert one(extractor, text).place.id == place
