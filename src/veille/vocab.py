"""Closed vocabularies shared by every stage, with the definitions coders use.

Veille's own labels are neutral (ACLED-style); a source's loaded words never
become a label, they stay inside quoted evidence.
"""

from __future__ import annotations

from enum import StrEnum


class Weapon(StrEnum):
    ROCKET = "rocket"  # unguided artillery rockets, Katyusha, Grad, "salvo of rockets"
    MISSILE = "missile"  # guided missiles, incl. ballistic and cruise
    DRONE = "drone"  # any UAV: one-way attack drones, loitering munitions, US drone strikes
    MORTAR = "mortar"
    IED = "ied"  # roadside bombs, explosive devices
    GUNFIRE = "gunfire"  # small arms, sniper, machine-gun fire
    AIRSTRIKE = "airstrike"  # manned aircraft or unspecified air strike
    UNKNOWN = "unknown"


class Claim(StrEnum):
    """The basis on which a report rests; several at once rank as listed."""

    CONFIRMED = "confirmed"  # the target side acknowledges the attack
    CLAIMED = "claimed"  # the attacker's own statement
    REPORTED = "reported"  # media, correspondents, local/security sources, monitors
    DENIED = "denied"  # the target side denies it


# Several bases at once: the strongest wins. The side hit has the last word on what
# happened to it (confirmed or denied), above the attacker's claim and media reports.
CLAIM_RANK = {Claim.CONFIRMED: 4, Claim.DENIED: 3, Claim.CLAIMED: 2, Claim.REPORTED: 1}


class Outcome(StrEnum):
    HIT = "hit"
    INTERCEPTED = "intercepted"  # shot down, intercepted, foiled
    UNKNOWN = "unknown"


class Casualties(StrEnum):
    NONE = "none"
    SOME = "some"
    UNKNOWN = "unknown"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    UNKNOWN = "unknown"


class DateBasis(StrEnum):
    """Where a report's date comes from: words of the text, or, for a report that
    states no date at all, the day it was published (news of the day)."""

    TEXT = "text"
    PUBLICATION = "publication"


class PublishedPrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    UNKNOWN = "unknown"
