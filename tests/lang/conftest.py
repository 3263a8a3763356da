import pytest

from veille.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for every language test: packs compile once."""
    return Extractor()
