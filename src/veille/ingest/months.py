"""Month names, read from the language packs (lang/<code>/dates.toml, table [months]).

Words are data: this module only knows where they live and how to compare them.
A pack without the file simply contributes nothing; numeric dates still work.
"""

from __future__ import annotations

import logging
import tomllib
import unicodedata
from functools import cache
from pathlib import Path

LANG_ROOT = Path(__file__).resolve().parent.parent / "lang"
# letter variants that Arabic writers use interchangeably, and tatweel (elongation)
ARABIC_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None}
)

log = logging.getLogger(__name__)


def fold(word: str) -> str:
    """Compare month words without case, accents, Arabic letter variants or tatweel."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).translate(ARABIC_FOLDS).split())


@cache
def month_table(root: Path = LANG_ROOT) -> dict[str, int]:
    """Folded month word (one or more words, e.g. "كانون الثاني") -> month number."""
    table: dict[str, int] = {}
    for path in sorted(root.glob("*/dates.toml")):
        table.update(_read_months(path))
    return table


def _read_months(path: Path) -> dict[str, int]:
    try:
        months = tomllib.loads(path.read_text(encoding="utf-8")).get("months", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        log.warning("ignoring %s: %s", path, error)
        return {}
    if not isinstance(months, dict):
        return {}
    return {
        fold(word): number
        for word, number in months.items()
        if type(number) is int and 1 <= number <= 12
    }
