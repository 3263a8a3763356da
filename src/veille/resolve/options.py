"""Settings of incident resolution and the reviewer decisions it must honour."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Action = Literal["merge", "split"]


@dataclass(frozen=True, slots=True)
class ResolveOptions:
    # Two sites this close are one place for corroboration (a base and its
    # neighbouring oil field are often named interchangeably by sources).
    max_km: float = 25.0
    # An undated report joins a dated incident at most this many days before
    # its document's publication. Kept short on purpose: undated lists of
    # "bases attacked in recent weeks" are background, not the attack of a
    # week earlier (seed 002 vs 004), whereas an undated reference to the
    # strike that caused today's attack is a day or two old.
    undated_window_days: int = 3


@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer decision on current report ids: merge a's and b's incidents, or split a out."""

    action: Action
    report_id: str
    other_id: str | None = None


@dataclass(slots=True)
class ReviewLinks:
    """Reviewer decisions in the order they were taken; later ones win."""

    decisions: list[Decision] = field(default_factory=list)

    def merge(self, report_id: str, other_id: str) -> ReviewLinks:
        self.decisions.append(Decision("merge", report_id, other_id))
        return self

    def split(self, report_id: str) -> ReviewLinks:
        self.decisions.append(Decision("split", report_id))
        return self
