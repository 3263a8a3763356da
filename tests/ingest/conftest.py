"""Fixtures for the ingest tests: a WARC writer and a months pack written by the test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from veille.ingest import dates as dates_module
from veille.ingest.months import month_table

from .helpers import warc_bytes


@pytest.fixture
def write_warc(tmp_path: Path) -> Callable[..., Path]:
    def write(name: str, pages: list[tuple[str, bytes, str]], gzip: bool = True) -> Path:
        path = tmp_path / name
        path.write_bytes(warc_bytes(pages, gzip=gzip))
        return path

    return write


@pytest.fixture
def months_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A language pack root with French and Arabic month words, written by the test."""
    root = tmp_path / "lang"
    (root / "fr").mkdir(parents=True)
    (root / "ar").mkdir()
    (root / "fr" / "dates.toml").write_text(
        "[months]\njanvier = 1\nfevrier = 2\ndecembre = 12\n", encoding="utf-8"
    )
    (root / "ar" / "dates.toml").write_text(
        '[months]\n"كانون الثاني" = 1\n"يناير" = 1\n', encoding="utf-8"
    )
    monkeypatch.setattr(dates_module, "month_table", lambda: month_table(root))
    return root
