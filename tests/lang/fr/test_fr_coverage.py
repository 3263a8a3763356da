"""The French pack's broadened coverage: the wording of AFP, RFI, L'Orient-Le Jour,
Al Mayadeen and Press TV French, Anadolu and Sputnik about attacks on US forces and the
strikes that answered them. Every sentence here is written for the test, in the style
of those outlets."""

from __future__ import annotations

import pytest

import grounded
from veille.extract import Extractor


def reports(extractor, text, published="2024-01-09"):
    return grounded.reports(extractor, text, "fr", published)


def one(extractor, text, published="2024-01-09"):
    return grounded.one(extractor, text, "fr", published)


# -- attack and interception wording -------------------------------------------------

@pytest.mark.parametrize(("text", "place", "weapons"), [
    ("La Résistance islamique en Irak a annoncé mardi le ciblage d'une base américaine à "
     "l'aéroport d'Erbil avec un drone.", "erbil_airport", ["drone"]),
    ("Des obus de mortier sont tombés mardi près de la base de Harir.", "harir", ["mortar"]),
    ("Des roquettes avaient atterri mardi soir à proximité du champ pétrolier d'al-Omar.", "omar",
     ["rocket"]),
    ("L'aéroport d'Erbil a été la cible mardi d'une attaque aux drones piégés.", "erbil_airport",
     ["drone"]),
    ("Des avions non identifiés ont visé mardi des positions près d'Albou Kamal.", "albu_kamal",
     ["airstrike"]),
])
def test_attack_wording(extractor: Extractor, text: str, place: str, weapons: list[str]) -> None:
    r = one(extractor, text)
    assert (r.place.id, r.date, r.weapons) == (place, "2024-01-09", weapons)


def test_destruction_of_a_drone_is_an_interception(extractor: Extractor) -> None:
    r = one(extractor, "L'unité de lutte contre le terrorisme du Kurdistan a annoncé la destruction "
                       "d'un drone piégé près de l'aéroport d'Erbil mardi soir.")
    assert (r.place.id, r.outcome, r.weapons) == ("erbil_airport", "intercepted", ["drone"])


def test_neither_victims_nor_damage(extractor: Extractor) -> None:
    r = one(extractor, "Un drone chargé d'explosifs a été abattu mardi près de l'aéroport "
                       "international d'Erbil sans faire ni victimes ni dégâts.")
    assert (r.outcome, r.casualties) == ("intercepted", "none")


# -- who says so ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le Pentagone a confirmé mardi que la base d'Aïn al-Asad avait été visée par des roquettes.",
    "Selon un responsable de la défense américaine, deux drones ont visé la base d'al-Tanf mardi.",
    "Des missiles balistiques ont touché la base aérienne d'Aïn al-Assad mardi, selon le Pentagone.",
])
def test_a_base_hosting_us_forces_names_the_side_hit(extractor: Extractor, text: str) -> None:
    r = one(extractor, text)
    assert (r.target, r.claim) == ("US forces", "confirmed")


@pytest.mark.parametrize("text", [
    "Le Pentagone a démenti mardi toute attaque contre la base d'al-Tanf.",
    "Les FDS ont qualifié de fausses les informations sur une attaque contre la base de Conoco mardi.",
])
def test_denials(extractor: Extractor, text: str) -> None:
    assert one(extractor, text).claim == "denied"


def test_said_is_a_claim_by_the_attacker(extractor: Extractor) -> None:
    r = one(extractor, "La Résistance islamique en Irak a dit avoir visé mardi la base d'Aïn al-Asad "
                       "avec des drones.")
    assert (r.actor, r.claim) == ("Islamic Resistance in Iraq", "claimed")


@pytest.mark.parametrize("text", [
    "Des frappes aériennes américaines ont tué mardi deux combattants près d'al-Qaïm, selon une "
    "source médicale.",
    "Israël a frappé mardi l'aéroport de Damas, selon une source militaire.",
])
def test_medical_and_military_sources_report(extractor: Extractor, text: str) -> None:
    assert one(extractor, text).claim == "reported"


def test_the_defense_secretary_announcing_strikes_claims_them(extractor: Extractor) -> None:
    r = one(extractor, "Le secrétaire à la Défense Lloyd Austin a annoncé mardi des frappes contre "
                       "trois installations du Kataëb Hezbollah près d'al-Qaïm.")
    assert (r.place.id, r.actor, r.weapons, r.claim) == (
        "qaim", "United States", ["airstrike"], "claimed")


# -- actors --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "actor"), [
    ("Le Hezbollah irakien a revendiqué mardi une attaque de drone contre la base de Harir.",
     "Kataib Hezbollah"),
    # a vague "milices soutenues par l'Iran" names no one unless the report names a group
    ("Des milices soutenues par l'Iran ont tiré mardi des roquettes contre la base de Rmelan.", None),
    ("La Résistance islamique en Irak multiplie ses attaques.\nDes milices soutenues par l'Iran ont "
     "tiré mardi des roquettes contre la base de Rmelan.", "Islamic Resistance in Iraq"),
    ("Un drone israélien a visé mardi une voiture à Nabatieh, tuant deux personnes.", "Israel"),
    ("L'aviation israélienne a bombardé mardi des positions près de Boukamal.", "Israel"),
])
def test_actor_names(extractor: Extractor, text: str, actor: str | None) -> None:
    assert one(extractor, text).actor == actor


# -- words that hold a place name and name no place ------------------------------------------

def test_the_sana_agency_is_not_sanaa(extractor: Extractor) -> None:
    r = one(extractor, "L'agence SANA a rapporté mardi que des roquettes ont visé la base de Conoco.")
    assert (r.place.id, r.claim) == ("conoco", "reported")


def test_the_quds_force_is_not_jerusalem(extractor: Extractor) -> None:
    found = reports(extractor, "Une frappe israélienne a tué mardi un conseiller de la Force al-Qods "
                               "à Damas.")
    assert [r.place.id for r in found] == ["damascus"]


# -- place spellings ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "place"), [
    ("Le groupe a dit avoir visé mardi la base de Tal Baidar avec deux drones.", "tal_baydar"),
    ("Le groupe a dit avoir visé mardi la base de Khrab al-Jir avec un drone.", "kharab_jir"),
    ("Des roquettes ont visé mardi la base de Konico, selon une source locale.", "conoco"),
    ("Une frappe israélienne a visé mardi un immeuble du quartier de Mazzeh.", "damascus"),
    ("Une frappe de drone a visé mardi une voiture dans le quartier de Machtal.", "al_mashtal"),
])
def test_place_spellings(extractor: Extractor, text: str, place: str) -> None:
    assert one(extractor, text).place.id == place
