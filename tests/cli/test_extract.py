"""`veille extract`: JSONL events on stdout without any database."""

from __future__ import annotations

import json

from veille.cli.main import app


def test_extract_prints_contract_lines(runner, good_inputs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(good_inputs)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events, "the attack on Ain al-Asad should yield at least one event"
    assert {e["doc_id"] for e in events} <= {"agence-a-1", "journal-b-7"}
    assert all(e["outlet"] in {"Agence A", "Journal B"} and e["lang"] == "fr" for e in events)
    assert not list(tmp_path.glob("*.db"))  # nothing stored


def test_extract_reports_bad_inputs_on_stderr(runner, mixed_inputs):
    result = runner.invoke(app, ["extract", str(mixed_inputs)])
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 4
    assert all(json.loads(line) for line in result.stdout.splitlines())
