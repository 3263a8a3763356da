"""Loading a language pack: the data under ``veille/lang/<code>/``, the same file
names for every language, turned into plain Python structures.

Nothing here knows any language: adding one means adding a folder of data.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from veille.extract.normalise import NormaliseOptions, normalise_phrase

PACK_FILES: Final = ("lang.toml", "lexicon.tsv", "actors.tsv", "numbers.toml", "dates.toml")


class PackError(ValueError):
    """A language pack file is malformed (names the file and line)."""


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    camp: str
    role: str  # armed | official | generic | target | media
    acts_as: str | None
    air_power: bool = False


@dataclass(slots=True)
class LanguagePack:
    code: str
    name: str
    normalise: NormaliseOptions
    inflections: tuple[str, ...]
    clitic_prefixes: tuple[str, ...]
    connectors: frozenset[str]
    negation_window: int
    attacker_reach: int  # words after an attack verb where its attacker may stand (VSO order)
    abbreviations: frozenset[str]
    # a wire dateline at a line's start; its first group that matched is the place
    dateline: re.Pattern[str] | None
    # packs whose place spellings this language's reports use too (same script)
    borrowed_place_aliases: tuple[str, ...]
    # words that may open a place name in lower case ("al-Rokbane"); none: no fuzzy names
    name_particles: tuple[str, ...]
    # whether "un drone" counts one munition: the article is the number word "un" in
    # French; English "a drone" is read as an article only
    article_counts_one: bool
    # articles that make a generic word indefinite ("des milices"): it names no one told before
    indefinite: frozenset[str]
    # words joining two days told for one attack place ("mercredi puis jeudi"): two attacks
    date_joiners: frozenset[str]
    # words joining the tolls of one list, so a negation reaches along it ("sans dégâts
    # matériels ou pertes humaines")
    list_joiners: frozenset[str]
    # words right before a name that make it whom a saying is addressed to, not its speaker
    # ("ont déclaré à Reuters deux responsables américains", "officials told Reuters")
    addressees: frozenset[str]
    # words opening the part of a toll a name belongs to ("trois morts, dont deux chefs des
    # Brigades du Hezbollah"): those named are among the victims
    among: frozenset[str]
    lexicon: list[tuple[str, str, str]]  # (normalised phrase, kind, value)
    actor_aliases: list[tuple[str, str]]  # (normalised alias, actor id)
    numbers: dict = field(default_factory=dict)
    dates: dict = field(default_factory=dict)

    def key(self, phrase: str) -> str:
        return normalise_phrase(phrase, self.normalise)


def lang_root() -> Path:
    return Path(str(resources.files("veille") / "lang"))


def available_languages() -> frozenset[str]:
    """Codes of the packs present: a folder with a lang.toml."""
    return frozenset(p.name for p in lang_root().iterdir() if (p / "lang.toml").is_file())


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV with a header line; '#' lines are comments."""
    with path.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    header = lines[0][1].rstrip("\n").split("\t")
    rows = []
    for n, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) > len(header) or not cells[0].strip():
            raise PackError(f"{path}:{n}: expected {len(header)} tab-separated columns")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
        row["_line"] = str(n)
        rows.append(row)
    return rows


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise PackError(f"{path}: {e}") from e


@cache
def load_actors() -> dict[str, Actor]:
    rows = read_tsv(lang_root() / "actors.tsv")
    return {
        r["id"]: Actor(r["id"], r["name"], r["camp"], r["role"], r["acts_as"] or None,
                       r.get("air_power") == "yes")
        for r in rows
    }


def load_holders() -> dict[str, str]:
    """place id -> the actor that holds it, where that is not its country's state."""
    return {r["place_id"]: r["actor"] for r in read_tsv(lang_root() / "held.tsv")}


@cache
def _camps() -> list[dict[str, str]]:
    return read_tsv(lang_root() / "camps.tsv")


def load_opponents() -> dict[str, str]:
    """camp -> the camp its attacks are against when the report names no side hit."""
    return {r["camp"]: r["opponent"] for r in _camps()}


@cache
def load_hosts() -> dict[str, tuple[str, frozenset[str]]]:
    """country code -> the camp that speaks for that state when a foreign air power strikes it,
    and the attacking camps whose strikes there fall on ground that state does not hold."""
    return {r["country"]: (r["camp"], frozenset(c for c in r["not_for"].split(",") if c))
            for r in read_tsv(lang_root() / "hosts.tsv")}


@cache
def load_allies() -> dict[str, frozenset[str]]:
    """camp -> the camps it does not attack."""
    return {r["camp"]: frozenset(c for c in r["allies"].split(",") if c) for r in _camps()}


@cache
def load_pack(code: str) -> LanguagePack:
    folder = lang_root() / code
    if not (folder / "lang.toml").is_file():
        raise PackError(f"no language pack for {code!r} (looked in {folder})")
    meta = _read_toml(folder / "lang.toml")
    match = meta.get("match", {})
    options = _normalise_options(meta.get("normalise", {}))
    pack = LanguagePack(
        code=meta["code"],
        name=meta["name"],
        normalise=options,
        inflections=tuple(match.get("inflections", ())),
        clitic_prefixes=tuple(normalise_phrase(p, options) for p in match.get("clitic_prefixes", ())),
        connectors=frozenset(normalise_phrase(w, options) for w in match.get("connectors", ())),
        negation_window=int(match.get("negation_window", 4)),
        attacker_reach=int(match.get("attacker_after_trigger", 0)),
        abbreviations=frozenset(match.get("abbreviations", ())),
        dateline=_dateline(match.get("dateline"), folder / "lang.toml"),
        borrowed_place_aliases=tuple(match.get("borrow_place_aliases", ())),
        name_particles=tuple(match.get("name_particles", ())),
        article_counts_one=bool(match.get("article_counts_one", False)),
        indefinite=frozenset(normalise_phrase(w, options) for w in match.get("indefinite", ())),
        date_joiners=frozenset(normalise_phrase(w, options) for w in match.get("date_joiners", ())),
        list_joiners=frozenset(normalise_phrase(w, options) for w in match.get("list_joiners", ())),
        addressees=frozenset(normalise_phrase(w, options) for w in match.get("addressees", ())),
        among=frozenset(normalise_phrase(w, options) for w in match.get("among", ())),
        lexicon=[],
        actor_aliases=[],
        numbers=_read_toml(folder / "numbers.toml"),
        dates=_read_toml(folder / "dates.toml"),
    )
    pack.lexicon = _lexicon(folder / "lexicon.tsv", pack)
    pack.actor_aliases = _actor_aliases(folder / "actors.tsv", pack)
    return pack


def _dateline(pattern: str | None, path: Path) -> re.Pattern[str] | None:
    if not pattern:
        return None
    if not pattern.startswith("^"):  # the annotator tries it at line starts only
        raise PackError(f"{path}: the dateline pattern must open a line (start with ^)")
    try:
        return re.compile(pattern, re.M)
    except re.error as e:
        raise PackError(f"{path}: bad dateline pattern: {e}") from e


def _normalise_options(table: dict) -> NormaliseOptions:
    initials = tuple((a, b) for a, b in table.get("word_initial", {}).items())
    return NormaliseOptions(table.get("collapse_double_letters", True), initials)


def _lexicon(path: Path, pack: LanguagePack) -> list[tuple[str, str, str]]:
    entries = []
    for row in read_tsv(path):
        key = pack.key(row["phrase"])
        if not key:
            raise PackError(f"{path}:{row['_line']}: empty phrase")
        entries.append((key, row["kind"], row["value"]))
    return entries


def _actor_aliases(path: Path, pack: LanguagePack) -> list[tuple[str, str]]:
    actors = load_actors()
    aliases = []
    for row in read_tsv(path):
        if row["actor"] not in actors:
            raise PackError(f"{path}:{row['_line']}: unknown actor id {row['actor']!r}")
        aliases.append((pack.key(row["alias"]), row["actor"]))
    return aliases
