"""A neutral English summary of an incident, built from its fields only.

A source's words never reach the notes: every phrase here is Veille's own,
chosen from the closed vocabularies.
"""

from __future__ import annotations

from datetime import date

from veille.export.acled_map import actor_name, country_of
from veille.export.summary import IncidentSummary

WEAPON_PHRASES = {
    "rocket": "rockets",
    "missile": "missiles",
    "drone": "drones",
    "mortar": "mortar rounds",
    "ied": "an explosive device",
    "gunfire": "gunfire",
    "airstrike": "an air strike",
}
CLAIM_PHRASES = {
    "claimed": "claimed by the attacking side",
    "confirmed": "confirmed by the targeted side",
    "reported": "reported by media or local sources",
    "denied": "denied by the targeted side",
}


def incident_notes(summary: IncidentSummary) -> str:
    sentences = [
        f"{date_phrase(summary)}, {attack_phrase(summary)}.",
        f"Outcome: {summary.outcome}. Casualties: {casualty_phrase(summary)}.",
        f"Basis: {CLAIM_PHRASES.get(summary.claim, summary.claim)}.",
        f"Sources: {summary.n_sources} document(s) from {summary.n_outlets} outlet(s).",
    ]
    return " ".join(sentences)


def date_phrase(summary: IncidentSummary) -> str:
    if not summary.date:
        return "On an unknown date"
    if summary.date_precision == "day" and len(summary.date) == 10:
        day = date.fromisoformat(summary.date)
        return f"On {day.day} {day:%B %Y}"
    month = date.fromisoformat(summary.date[:7] + "-01")
    return f"In {month:%B %Y}"


def attack_phrase(summary: IncidentSummary) -> str:
    phrase = f"{actor_name(summary.actor, country_of(summary.place))} attacked"
    phrase += f" {summary.target}" if summary.target else " a target"
    phrase += f" at {place_phrase(summary)}"
    weapons = weapons_phrase(summary)
    return f"{phrase} with {weapons}" if weapons else phrase


def place_phrase(summary: IncidentSummary) -> str:
    place = summary.place
    if place is None:
        return "an unidentified location"
    country = country_of(place)
    where = [p for p in (place.admin1, country.name if country else place.country) if p]
    return f"{place.name} ({', '.join(where)})" if where else place.name


def weapons_phrase(summary: IncidentSummary) -> str:
    phrases = [WEAPON_PHRASES[w] for w in summary.weapons if w in WEAPON_PHRASES]
    if summary.count and phrases:
        about = "about " if summary.count_approx else ""
        phrases[0] = f"{about}{summary.count} {phrases[0]}"
    if len(phrases) > 1:
        return ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return phrases[0] if phrases else ""


def casualty_phrase(summary: IncidentSummary) -> str:
    counts = [
        f"{n} {label}"
        for n, label in ((summary.killed, "killed"), (summary.injured, "injured"))
        if n is not None
    ]
    return ", ".join(counts) if counts else summary.casualties
