"""Every command documents itself; predictable mistakes exit 2 with one clear line."""

from __future__ import annotations

import pytest

from veille.cli.main import app

EXPECTED = {
    "ingest",
    "incidents",
    "show",
    "export",
    "extract",
    "quarantine",
    "gazetteer import",
    "review merge",
    "review split",
    "review correct",
}


def test_every_expected_command_exists(command_paths):
    assert {" ".join(p) for p in command_paths} == EXPECTED


def test_help_on_every_command(runner, command_paths):
    for path in [[], ["gazetteer"], ["review"], *command_paths]:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Usage" in result.output and "--help" in result.output, path


@pytest.mark.parametrize(
    "args",
    [
        ["incidents"],
        ["show", "abc"],
        ["export", "--format", "csv"],
        ["quarantine"],
        ["review", "merge", "a", "b"],
        ["review", "split", "d#0"],
    ],
)
def test_read_commands_refuse_a_missing_database(runner, tmp_path, args):
    db = tmp_path / "absent.db"
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"veille: error: no database at {db} (run `veille ingest PATH --db {db}` first)"
    )
    assert not db.exists()  # a read command must not leave an empty database behind


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_missing_input_path_is_a_usage_error(runner, tmp_path, command):
    missing = str(tmp_path / "nope.txt")
    result = runner.invoke(app, [command, missing])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"veille: error: no such file or directory: {missing}"
    assert "Traceback" not in result.output


def test_unknown_export_format_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2


def test_a_file_that_is_not_a_database(runner, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite\n" * 100)
    result = runner.invoke(app, ["incidents", "--db", str(bogus)])
    assert result.exit_code == 2
    assert result.stderr.startswith("veille: error:") and "Traceback" not in result.output
