"""The compiled build is what it says, and an installed Veille carries all its data."""

import os
from importlib import resources
from pathlib import Path

import pytest

import veille
from veille import extract

SOURCE = Path(__file__).resolve().parents[1] / "src" / "veille"


def _extract_modules() -> list[str]:
    return sorted(p.stem for p in (SOURCE / "extract").glob("*.py") if p.stem != "__init__")


@pytest.mark.skipif(os.environ.get("VEILLE_EXPECT_COMPILED") != "1",
                    reason="only the compiled suite (make test-compiled) checks this")
@pytest.mark.parametrize("name", _extract_modules())
def test_every_engine_module_is_compiled(name):
    module = __import__(f"veille.extract.{name}", fromlist=[name])
    assert not module.__file__.endswith(".py"), f"{name} runs as Python"


def test_every_data_file_of_the_source_tree_is_in_the_package():
    """A data file missing from package-data works in the editable install and fails
    once installed: compare the package in use with the source tree."""
    shipped = resources.files(veille)
    data = [p.relative_to(SOURCE) for p in SOURCE.rglob("*")
            if p.is_file() and p.suffix in {".tsv", ".toml"}]
    assert data
    missing = [str(p) for p in data if not shipped.joinpath(*p.parts).is_file()]
    assert missing == []
    assert extract  # the engine imports in either build
