"""CLI tests run the real `veille` app in-process against real SQLite files in tmp_path."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from factories import AIN_ASAD
from veille.cli.main import app
from veille.model import Document, EventReport, Evidence, Extraction
from veille.pipeline import resolve_incidents
from veille.store import Store


@pytest.fixture
def runner() -> CliRunner:
    # Wide columns so rich tables never cut an incident id.
    return CliRunner(env={"COLUMNS": "250", "NO_COLOR": "1"})


@pytest.fixture(scope="session")
def command_paths() -> list[list[str]]:
    """Every leaf command of the app, e.g. ["review", "merge"]."""

    def walk(command: Any, path: list[str]) -> list[list[str]]:
        subcommands = getattr(command, "commands", None)  # only groups have subcommands
        if subcommands:
            return [p for name, sub in subcommands.items() for p in walk(sub, path + [name])]
        return [path]

    return walk(typer.main.get_command(app), [])


# Two outlets describe the same rocket attack; the second quotes a bracketed aside
# that rich would misread as markup if evidence were printed as a markup string.
REPORTS_JSONL = [
    {
        "id": "agence-a-1",
        "published": "2024-01-08",
        "outlet": "Agence A",
        "lang": "fr",
        "url": "https://a.example/1",
        "text": "Lundi 8 janvier 2024, la Résistance islamique en Irak a revendiqué une attaque "
        "à la roquette contre la base d'Aïn al-Assad, dans la province d'Al-Anbar. "
        "Selon son communiqué, une trentaine de roquettes ont visé la base.",
    },
    {
        "id": "journal-b-7",
        "published": "2024-01-08",
        "outlet": "Journal B",
        "lang": "fr",
        "text": "Des roquettes [/red] ont frappé lundi la base d'Aïn al-Assad, dans l'ouest de "
        "l'Irak, selon des sources sécuritaires irakiennes.",
    },
]


@pytest.fixture
def good_inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    folder.mkdir()
    lines = [json.dumps(doc, ensure_ascii=False) for doc in REPORTS_JSONL]
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def mixed_inputs(good_inputs: Path) -> Path:
    """The good reports plus one of each predictable kind of bad input."""
    (good_inputs / "empty.txt").write_bytes(b"")
    (good_inputs / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (good_inputs / "broken.jsonl").write_text(
        '{"id": "ok-1", "text": "Aucun incident signal\u00e9 ce jour."}\n'
        '{"id": "bad", "text": \n'
        '{"id": "no-text"}\n',
        encoding="utf-8",
    )
    return good_inputs



def span(doc: dict, field: str, words: str) -> Evidence:
    start = doc["text"].index(words)
    return Evidence(field, start, start + len(words), words)


def hand_reports() -> list[EventReport]:
    """What extraction should find in REPORTS_JSONL, written by hand so these tests
    exercise the CLI and the store whatever the extractor's state."""
    a, b = REPORTS_JSONL
    return [
        EventReport(
            a["id"],
            place=AIN_ASAD,
            date="2024-01-08",
            date_precision="day",
            actor="Islamic Resistance in Iraq",
            target="US forces",
            weapons=["rocket"],
            count=30,
            count_approx=True,
            claim="claimed",
            outcome="hit",
            evidence=[
                span(a, "date", "Lundi 8 janvier 2024"),
                span(a, "place", "Aïn al-Assad"),
                span(a, "actor", "Résistance islamique en Irak"),
                span(a, "claim", "a revendiqué"),
                span(a, "count", "une trentaine"),
                span(a, "weapons", "roquettes"),
            ],
        ),
        EventReport(
            b["id"],
            place=AIN_ASAD,
            date="2024-01-08",
            date_precision="day",
            weapons=["rocket"],
            outcome="hit",
            evidence=[
                span(b, "weapons", "roquettes"),
                span(b, "place", "Aïn al-Assad"),
                span(b, "date", "lundi"),
                span(b, "claim", "selon des sources"),
            ],
        ),
    ]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A real SQLite database holding the two reports, resolved into incidents."""
    path = tmp_path / "veille.db"
    with Store.open(path) as store:
        for doc, report in zip(REPORTS_JSONL, hand_reports(), strict=True):
            store.save_document(Document(**doc))
            store.save_extraction(Extraction(doc["id"], [report], lang="fr"))
        resolve_incidents(store)
    return path


@pytest.fixture
def export_as(runner: CliRunner, db: Path) -> Callable[[str], str]:
    """The database exported in a format, as text."""

    def run(fmt: str) -> str:
        result = runner.invoke(app, ["export", "--format", fmt, "--db", str(db)])
        assert result.exit_code == 0, result.output
        return result.stdout

    return run


@pytest.fixture
def events(export_as: Callable[[str], str]) -> list[dict]:
    return [json.loads(line) for line in export_as("jsonl").splitlines()]


@pytest.fixture
def incident_id(events: list[dict]) -> str:
    """The incident both outlets' reports of the Ain al-Asad attack belong to."""
    (incident,) = {e["incident_id"] for e in events if (e["place"] or {}).get("country") == "IQ"}
    return incident
