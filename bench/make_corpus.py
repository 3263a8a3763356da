"""Generate a benchmark corpus of ~3 KB reports by recombining the demo examples.

Each generated report takes a lead paragraph and body paragraphs from different
examples, swaps base names for other bases (keeping French elision right),
varies munition counts and tallies, and draws a publication date in
Nov 2023 - Feb 2024. The output is deterministic for a given seed, so two
machines benchmark the same text.

    python bench/make_corpus.py --docs 10000 --lang fr
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports.jsonl"
CORPUS_DIR = Path(__file__).resolve().parent / "corpus"

FIRST_DAY, LAST_DAY = date(2023, 11, 1), date(2024, 2, 29)

# Base names as they appear in French reports, split by first sound: swapping
# "d'al-Omar" for "d'Koniko" would make text no writer produces.
VOWEL_PLACES = [
    "al-Omar", "al-Harir", "al-Tanf", "al-Chaddadi", "al-Shaddadi", "al-Malikiyah",
    "Aïn al-Assad", "Ain al-Asad", "al-Bukamal", "al-Qaïm", "Erbil",
]  # fmt: skip
CONSONANT_PLACES = [
    "Koniko", "Conoco", "Shaddadi", "Rmeilan", "Rmelan", "Harir", "Kharab al-Jir",
    "Qasrak", "Tal Baydar", "Tanf", "Bagdad", "Hassaké", "Deir ez-Zor",
]  # fmt: skip
NUMBER_WORDS = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix"]
APPROX_WORDS = ["une dizaine", "une quinzaine", "une vingtaine", "une trentaine"]


@dataclass(frozen=True)
class Options:
    docs: int
    seed: int
    target_bytes: int
    lang: str
    out: Path


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


PLACE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<vowel>{_alternation(VOWEL_PLACES)})|"
    rf"(?P<consonant>{_alternation(CONSONANT_PLACES)}))(?![\w-])"
)
NUMBER_WORD_RE = re.compile(rf"\b(?:{_alternation(NUMBER_WORDS)})\b")
APPROX_RE = re.compile(rf"\b(?:{_alternation(APPROX_WORDS)})\b")
TALLY_RE = re.compile(r"\b(\d{2,3})( attaques| reprises| fois)")


def load_examples(lang: str) -> list[dict]:
    """The demo examples of that language, else the language's golden test reports."""
    rows = [json.loads(line) for line in EXAMPLES.open(encoding="utf-8") if line.strip()]
    rows = [row for row in rows if row.get("lang") == lang] or golden_reports(lang)
    if not rows:
        raise SystemExit(f"error: no examples in language {lang!r} in {EXAMPLES} or tests/lang")
    return rows


def golden_reports(lang: str) -> list[dict]:
    folder = ROOT / "tests" / "lang" / lang
    reports = sorted((folder / "reports").glob("*.txt")) if (folder / "reports").is_dir() else []
    return [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "lang": lang} for p in reports]


def paragraphs(text: str) -> list[str]:
    separator = "\n\n" if "\n\n" in text.strip() else "\n"
    return [p.strip() for p in text.split(separator) if p.strip()]


def vary(paragraph: str, rng: random.Random) -> str:
    """Swap places, counts and tallies so the corpus is not copies of seven texts."""

    def place(m: re.Match[str]) -> str:
        return rng.choice(VOWEL_PLACES if m.group("vowel") else CONSONANT_PLACES)

    paragraph = PLACE_RE.sub(place, paragraph)
    paragraph = NUMBER_WORD_RE.sub(lambda _: rng.choice(NUMBER_WORDS), paragraph)
    paragraph = APPROX_RE.sub(lambda _: rng.choice(APPROX_WORDS), paragraph)
    return TALLY_RE.sub(lambda m: f"{rng.randint(40, 199)}{m.group(2)}", paragraph)


def make_report(index: int, examples: list[list[str]], opts: Options, rng: random.Random) -> dict:
    target = int(opts.target_bytes * rng.uniform(0.85, 1.15))
    lead_doc = rng.choice(examples)
    parts = [vary(p, rng) for p in lead_doc[:2]]  # headline and lead stay together
    size = sum(len(p.encode("utf-8")) + 2 for p in parts)
    while size < target:
        body = rng.choice(rng.choice(examples)[1:])
        parts.append(vary(body, rng))
        size += len(parts[-1].encode("utf-8")) + 2
    published = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    return {
        "id": f"bench-{opts.lang}-{index:06d}",
        "text": "\n\n".join(parts) + "\n",
        "published": published.isoformat(),
        "outlet": f"Banc d'essai {index % 17} (fictif)",
        "lang": opts.lang,
        "url": f"https://example.org/bench/{opts.lang}/{index:06d}",
    }


def default_path(lang: str, docs: int, seed: int) -> Path:
    return CORPUS_DIR / f"corpus-{lang}-{docs}-s{seed}.jsonl"


def write_corpus(opts: Options) -> Path:
    rng = random.Random(opts.seed)
    examples = [paragraphs(row["text"]) for row in load_examples(opts.lang)]
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = opts.out.with_suffix(".partial")
    with tmp.open("w", encoding="utf-8") as out:
        for index in range(opts.docs):
            report = make_report(index, examples, opts, rng)
            out.write(json.dumps(report, ensure_ascii=False) + "\n")
    tmp.replace(opts.out)  # a half-written corpus must never look finished
    return opts.out


def parse_args(argv: list[str] | None = None) -> Options:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000, help="number of reports (default 10000)")
    ap.add_argument("--seed", type=int, default=20240108, help="random seed (default 20240108)")
    ap.add_argument("--bytes", type=int, default=3000, help="target report size in bytes")
    ap.add_argument("--lang", default="fr", help="language of the examples to recombine")
    ap.add_argument("--out", type=Path, help="output JSONL (default bench/corpus/...)")
    a = ap.parse_args(argv)
    if a.docs < 1 or a.bytes < 200:
        ap.error("--docs must be >= 1 and --bytes >= 200")
    out = a.out or default_path(a.lang, a.docs, a.seed)
    return Options(docs=a.docs, seed=a.seed, target_bytes=a.bytes, lang=a.lang, out=out)


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    path = write_corpus(opts)
    size = path.stat().st_size
    print(f"{opts.docs} reports, {size / 1e6:.1f} MB -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
