"""How Veille's vocabulary maps onto ACLED's codebook (event types, actor kinds, countries)."""

from __future__ import annotations

from dataclasses import dataclass

from veille.export.summary import IncidentSummary
from veille.model import Place
from veille.vocab import DateBasis, DatePrecision, Weapon

DISORDER = "Political violence"
REMOTE_VIOLENCE = "Explosions/Remote violence"
BATTLES = "Battles"
AIR_STRIKE = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
ARMED_CLASH = "Armed clash"

STATE_FORCES = "State forces"
POLITICAL_MILITIA = "Political militia"
# ACLED orders the two sides of an interaction by its inter code.
INTER_RANK = {STATE_FORCES: 1, POLITICAL_MILITIA: 3}

# Canonical actor names (lower case) that stand for a state's forces; every other
# named actor in this conflict is a non-state armed group.
STATE_ACTORS = frozenset(
    {
        "united states",
        "us forces",
        "us military",
        "centcom",
        "us central command",
        "pentagon",
        "coalition",
        "coalition forces",
        "international coalition",
        "israel",
        "israel defense forces",
        "idf",
        "iran",
        "islamic revolutionary guard corps",
        "irgc",
        "jordan",
        "jordanian armed forces",
        "iraq",
        "iraqi security forces",
        "iraqi army",
        "syria",
        "syrian army",
        "syrian government forces",
        "turkey",
        "turkish armed forces",
        "russia",
        "russian forces",
        "united kingdom",
        "uk forces",
    }
)


@dataclass(frozen=True, slots=True)
class Country:
    iso: int  # ACLED's "iso" column is the ISO 3166 numeric code
    iso3: str
    name: str
    region: str


COUNTRIES = {
    "IQ": Country(368, "IRQ", "Iraq", "Middle East"),
    "SY": Country(760, "SYR", "Syria", "Middle East"),
    "JO": Country(400, "JOR", "Jordan", "Middle East"),
    "LB": Country(422, "LBN", "Lebanon", "Middle East"),
    "IL": Country(376, "ISR", "Israel", "Middle East"),
    "PS": Country(275, "PSE", "Palestine", "Middle East"),
    "IR": Country(364, "IRN", "Iran", "Middle East"),
    "YE": Country(887, "YEM", "Yemen", "Middle East"),
    "SA": Country(682, "SAU", "Saudi Arabia", "Middle East"),
    "TR": Country(792, "TUR", "Turkey", "Middle East"),
    "KW": Country(414, "KWT", "Kuwait", "Middle East"),
    "BH": Country(48, "BHR", "Bahrain", "Middle East"),
    "QA": Country(634, "QAT", "Qatar", "Middle East"),
    "AE": Country(784, "ARE", "United Arab Emirates", "Middle East"),
    "OM": Country(512, "OMN", "Oman", "Middle East"),
    "EG": Country(818, "EGY", "Egypt", "Northern Africa"),
    "US": Country(840, "USA", "United States", "North America"),
}

# Kinds of place that cover an area, not a point (ACLED geo_precision 3).
AREA_KINDS = frozenset({"governorate", "province", "region", "country", "district"})


def country_of(place: Place | None) -> Country | None:
    return COUNTRIES.get(place.country) if place else None


def is_state(actor: str | None) -> bool:
    return bool(actor) and actor.strip().lower() in STATE_ACTORS  # type: ignore[union-attr]


def inter_of(actor: str | None) -> str:
    return STATE_FORCES if is_state(actor) else POLITICAL_MILITIA


def actor_name(actor: str | None, country: Country | None) -> str:
    """ACLED's convention for an attacker nobody names."""
    if actor:
        return actor
    return f"Unidentified Armed Group ({country.name})" if country else "Unidentified Armed Group"


def interaction(inter1: str, inter2: str) -> str:
    pair = sorted([inter1, inter2], key=lambda i: INTER_RANK.get(i, 9))
    return "-".join(pair)


def event_type(summary: IncidentSummary) -> tuple[str, str]:
    """(event_type, sub_event_type) from the weapons and who used them."""
    weapons = set(summary.weapons) - {Weapon.UNKNOWN}
    if weapons == {Weapon.GUNFIRE}:
        return BATTLES, ARMED_CLASH
    if Weapon.AIRSTRIKE in weapons or (Weapon.DRONE in weapons and is_state(summary.actor)):
        return REMOTE_VIOLENCE, AIR_STRIKE
    if weapons == {Weapon.IED}:
        return REMOTE_VIOLENCE, REMOTE_EXPLOSIVE
    return REMOTE_VIOLENCE, SHELLING


def time_precision(date_precision: str, date_basis: str = DateBasis.TEXT) -> int:
    """ACLED's 1 (day), 2 (within the week: a day no source states, only a publication
    day that bounds it) or 3 (month)."""
    if date_precision != DatePrecision.DAY:
        return 3
    return 2 if date_basis == DateBasis.PUBLICATION else 1


def geo_precision(place: Place | None) -> int | None:
    if place is None:
        return None
    return 3 if place.kind in AREA_KINDS else 1
