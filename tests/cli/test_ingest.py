"""`veille ingest`: summary, one line per quarantined input, graded exit codes."""

from __future__ import annotations

from veille.cli.main import app


def test_good_inputs_exit_0_with_a_summary(runner, good_inputs, tmp_path):
    result = runner.invoke(app, ["ingest", str(good_inputs), "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 0, result.output
    assert "documents: 2 new, 0 unchanged" in result.stdout
    assert "incidents in database:" in result.stdout and result.stderr == ""


def test_ingesting_twice_changes_nothing(runner, good_inputs, db):
    result = runner.invoke(app, ["ingest", str(good_inputs), "--db", str(db)])
    assert result.exit_code == 0
    assert "documents: 0 new, 2 unchanged" in result.stdout


def test_a_folder_mixing_good_and_bad_files(runner, mixed_inputs, tmp_path):
    result = runner.invoke(app, ["ingest", str(mixed_inputs), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 1
    assert "documents: 3 new" in result.stdout  # both reports and the quiet one
    problems = [line for line in result.stderr.splitlines() if not line.startswith("quarantined")]
    assert len(problems) == 4
    for name in ("empty.txt: ", "binary.txt: ", "broken.jsonl:2: ", "broken.jsonl:3: "):
        assert sum(name in line for line in problems) == 1, name
    assert "Traceback" not in result.output


def test_quarantine_lists_what_ingest_refused(runner, mixed_inputs, tmp_path):
    db = tmp_path / "m.db"
    runner.invoke(app, ["ingest", str(mixed_inputs), "--db", str(db)])
    result = runner.invoke(app, ["quarantine", "--db", str(db)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 4 and "broken.jsonl:3: " in result.stdout


def test_options_reach_the_library(runner, good_inputs, tmp_path):
    result = runner.invoke(
        app, ["ingest", str(good_inputs), "--db", str(tmp_path / "v.db"), "--max-bytes", "10"]
    )
    assert result.exit_code == 1  # the only file is over the limit
    assert "reports.jsonl: " in result.stderr


def test_a_database_in_a_missing_folder_is_a_usage_error(runner, good_inputs, tmp_path):
    result = runner.invoke(app, ["ingest", str(good_inputs), "--db", str(tmp_path / "no/v.db")])
    assert result.exit_code == 2
    assert result.stderr.startswith("veille: error:") and len(result.stderr.splitlines()) == 1
