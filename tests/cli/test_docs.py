"""README's CLI section names every command, so the docs cannot silently fall behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def cli_section() -> str | None:
    if not README.exists():
        return None
    match = re.search(
        r"^## CLI\b(.*?)(?=^## |\Z)",
        README.read_text(encoding="utf-8"),
        flags=re.MULTILINE | re.DOTALL,
    )
    return match.group(1) if match else None


def test_readme_mentions_every_command(command_paths):
    section = cli_section()
    if section is None:
        pytest.skip('README.md has no "## CLI" section yet')
    missing = [" ".join(p) for p in command_paths if f"veille {' '.join(p)}" not in section]
    assert not missing, f"README's CLI section does not mention: {', '.join(missing)}"
