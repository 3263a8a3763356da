"""Throughput and memory of Veille on a generated corpus, beside spaCy NER alone.

Every measurement runs in a fresh Python process pinned to one core, so runs
do not share warm caches or memory, and the peak RSS of a run is that
process's own (read from the kernel when the process is reaped). The table
shows the median of the runs.

    python bench/run.py                # 10,000 reports, 5 runs each
    python bench/run.py --quick        # a smoke run: 1,000 reports, 3 runs
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))  # make_corpus sits beside this file, not in the package

import make_corpus  # noqa: E402

KINDS = ("extract", "ingest", "extract-compiled", "ingest-compiled", "spacy")
LABELS = {
    "extract": "Veille extraction (1 core)",
    "ingest": "Veille full ingest -> SQLite",
    "extract-compiled": "Veille extraction, compiled (1 core)",
    "ingest-compiled": "Veille full ingest, compiled",
    "spacy": "spaCy fr_core_news_md NER only",
}
# The compiled build (`make compiled`: veille/extract compiled by mypyc) lives in its own
# environment; its rows run this script with that environment's interpreter.
COMPILED_PYTHON = BENCH.parent / ".venv-compiled" / "bin" / "python"
SPACY_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_md", "xx": "xx_ent_wiki_sm"}
SHARD_DOCS = 1000  # reports per input file of the ingest run (~3 MB)
# One core means one thread too: BLAS/OpenMP pools would otherwise spin on a pinned core.
SINGLE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Options:
    docs: int
    runs: int
    spacy_docs: int
    lang: str
    seed: int
    cpu: int
    kinds: tuple[str, ...]
    corpus: Path | None = None
    compiled_python: Path = COMPILED_PYTHON


@dataclass
class Run:
    """What one worker process reports about itself."""

    kind: str
    docs: int
    bytes: int
    seconds: float
    startup: float
    events: int = 0
    peak_rss_mb: float = 0.0


@dataclass
class Measure:
    kind: str
    runs: list[Run] = field(default_factory=list)
    error: str | None = None

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def docs(self) -> int:
        return self.runs[0].docs

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.runs[0].bytes / 1e6 / self.seconds

    @property
    def peak_rss_mb(self) -> float:
        return max(r.peak_rss_mb for r in self.runs)


# ---------------------------------------------------------------- workers


def pin_to_one_core(cpu: int) -> None:
    allowed = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu if cpu in allowed else allowed[0]})


def read_rows(corpus: Path, limit: int) -> Iterator[dict]:
    with corpus.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= limit:
                return
            yield json.loads(line)


def to_document(row: dict):  # -> veille.model.Document, imported late to time startup
    from veille.model import Document
    from veille.vocab import DatePrecision

    return Document(
        id=row["id"],
        text=row["text"],
        url=row.get("url"),
        outlet=row.get("outlet"),
        published=row.get("published"),
        published_precision=DatePrecision.DAY,
        lang=row.get("lang"),
        lang_confidence=1.0,
        kind="jsonl",
    )


def work_extract(corpus: Path, limit: int) -> Run:
    started = time.perf_counter()
    from veille.extract import Extractor
    from veille.runtime import tune_for_batch

    extractor = Extractor()
    tune_for_batch()  # as `veille extract` and `veille ingest` do once the packs are loaded
    startup = time.perf_counter() - started
    # Documents stream from disk and only the extract() calls are timed, so neither
    # JSON parsing nor a corpus held in memory counts against the extractor.
    seconds, docs, size, events = 0.0, 0, 0, 0
    for row in read_rows(corpus, limit):
        doc = to_document(row)
        t0 = time.perf_counter()
        extraction = extractor.extract(doc)
        seconds += time.perf_counter() - t0
        docs += 1
        size += len(doc.text.encode("utf-8"))
        events += len(extraction.reports)
    return Run("extract", docs, size, seconds, startup, events)


def work_ingest(corpus: Path, limit: int) -> Run:
    started = time.perf_counter()
    from veille.pipeline import RunOptions, run_ingest
    from veille.store import Store

    startup = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="veille-bench-") as tmp:
        shards, docs, size = write_shards(corpus, Path(tmp), limit)
        store = Store.open(str(Path(tmp) / "bench.db"))
        try:
            t0 = time.perf_counter()
            result = run_ingest(shards, store, RunOptions())
            seconds = time.perf_counter() - t0
        finally:
            store.close()
    if result.quarantined:  # a rate over rejected input would flatter the pipeline
        reasons = {q.reason for q in result.quarantined}
        raise SystemExit(f"{len(result.quarantined)} inputs quarantined: {sorted(reasons)[0]}")
    return Run("ingest", docs, size, seconds, startup, result.reports)


def write_shards(corpus: Path, folder: Path, limit: int) -> tuple[list[Path], int, int]:
    """Split the corpus into files of SHARD_DOCS reports, as a crawl would deliver them.

    One 30 MB file would exceed the ingest's default per-file size limit and be
    quarantined whole; shards keep the default RunOptions() honest.
    """
    shards: list[Path] = []
    docs = size = 0
    out = None
    for row in read_rows(corpus, limit):
        if docs % SHARD_DOCS == 0:
            if out:
                out.close()
            shards.append(folder / f"shard-{len(shards):04d}.jsonl")
            out = shards[-1].open("w", encoding="utf-8")
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        docs += 1
        size += len(row["text"].encode("utf-8"))
    if out:
        out.close()
    return shards, docs, size


def spacy_ner_only(lang: str):
    import spacy

    name = SPACY_MODELS.get(lang, SPACY_MODELS["xx"])
    # Read the pipeline from the package config, not by loading the model twice
    # (that would double the peak RSS charged to spaCy).
    package = spacy.util.get_package_path(name)
    # The package keeps its data in a versioned folder (fr_core_news_md/fr_core_news_md-3.8.0/).
    config_path = next(package.glob("*/config.cfg"), package / "config.cfg")
    config = spacy.util.load_config(config_path)
    pipeline = list(config["nlp"]["pipeline"])
    keep = {"ner"}
    # Keep the shared tok2vec only if NER listens to it (in the md models NER has its own).
    ner_tok2vec = config["components"]["ner"]["model"].get("tok2vec", {})
    if "Listener" in str(ner_tok2vec.get("@architectures", "")):
        keep.add("tok2vec")
    return spacy.load(name, exclude=[p for p in pipeline if p not in keep])


def work_spacy(corpus: Path, limit: int, lang: str) -> Run:
    started = time.perf_counter()
    nlp = spacy_ner_only(lang)
    texts = [row["text"] for row in read_rows(corpus, limit)]
    list(nlp.pipe(texts[:2]))  # first call builds lazy state; not part of the rate
    startup = time.perf_counter() - started
    t0 = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - t0
    size = sum(len(t.encode("utf-8")) for t in texts)
    return Run("spacy", len(texts), size, seconds, startup, entities)


def worker_main(kind: str, corpus: Path, limit: int, lang: str, cpu: int) -> int:
    pin_to_one_core(cpu)
    base, _, compiled = kind.partition("-")
    if compiled and not engine_is_compiled():
        raise SystemExit("this interpreter's veille.extract is not compiled (make compiled)")
    if base == "extract":
        run = work_extract(corpus, limit)
    elif base == "ingest":
        run = work_ingest(corpus, limit)
    else:
        run = work_spacy(corpus, limit, lang)
    run.kind = kind
    print(json.dumps(asdict(run)))
    return 0


def engine_is_compiled() -> bool:
    from veille.extract import assemble

    return not assemble.__file__.endswith(".py")


# ---------------------------------------------------------------- parent


def run_worker(kind: str, corpus: Path, limit: int, opts: Options) -> Run:
    python = str(opts.compiled_python) if kind.endswith("-compiled") else sys.executable
    if not Path(python).exists():
        raise RuntimeError(f"no compiled build at {python} (make compiled)")
    cmd = [python, str(Path(__file__).resolve()), "--worker", kind, "--corpus", str(corpus)]
    cmd += ["--docs", str(limit), "--lang", opts.lang, "--cpu", str(opts.cpu)]
    env = {**os.environ, **SINGLE_THREAD_ENV}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        # wait4 reaps this very child and returns its own rusage: its peak RSS alone,
        # where RUSAGE_CHILDREN would be the maximum over every child so far.
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if proc.returncode != 0:
        lines = stderr.strip().splitlines() or [f"exit code {proc.returncode}"]
        raise RuntimeError(lines[-1])
    run = Run(**json.loads(stdout.strip().splitlines()[-1]))
    run.peak_rss_mb = usage.ru_maxrss / 1024  # Linux reports KiB
    return run


def measure(kind: str, corpus: Path, opts: Options) -> Measure:
    limit = opts.spacy_docs if kind == "spacy" else opts.docs
    result = Measure(kind)
    for n in range(opts.runs):
        print(f"  {LABELS[kind]}: run {n + 1}/{opts.runs}", file=sys.stderr, flush=True)
        try:
            result.runs.append(run_worker(kind, corpus, limit, opts))
        except RuntimeError as exc:
            result.error = str(exc)
            result.runs.clear()
            break
    return result


def ensure_corpus(opts: Options) -> Path:
    if opts.corpus:
        return opts.corpus
    path = make_corpus.default_path(opts.lang, opts.docs, opts.seed)
    if not path.exists():
        print(f"generating {opts.docs} reports -> {path}", file=sys.stderr)
        make_corpus.write_corpus(make_corpus.Options(opts.docs, opts.seed, 3000, opts.lang, path))
    return path


def table(measures: list[Measure], opts: Options) -> str:
    head = "| measurement | docs | runs | median s | docs/s | MB/s | peak RSS MB | found |"
    rows = [head, "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for m in measures:
        if m.error or not m.runs:
            rows.append(f"| {LABELS[m.kind]} | – | – | – | – | – | – | not run: {m.error} |")
            continue
        rows.append(
            f"| {LABELS[m.kind]} | {m.docs} | {len(m.runs)} | {m.seconds:.2f} | "
            f"{m.docs_per_s:,.0f} | {m.mb_per_s:.2f} | {m.peak_rss_mb:.0f} | {m.runs[0].events:,} |"
        )
    by_kind = {m.kind: m for m in measures if m.runs}
    if "spacy" in by_kind:
        rows.append("")
        for kind in ("extract", "extract-compiled"):
            if kind in by_kind:
                ratio = by_kind[kind].docs_per_s / by_kind["spacy"].docs_per_s
                rows.append(f"{LABELS[kind]} is {ratio:,.1f}x the spaCy NER pass (docs/s ratio).")
    python = sys.version.split()[0]
    rows.append("found: event reports (Veille) or entities (spaCy) in the first run")
    rows.append(f"lang={opts.lang}, one core, median of {opts.runs} runs, python {python}")
    return "\n".join(rows)


def save(measures: list[Measure], opts: Options) -> Path:
    out = BENCH / "out" / f"results-{opts.lang}.json"
    out.parent.mkdir(exist_ok=True)
    record = {
        "options": {k: str(v) for k, v in asdict(opts).items()},
        "measures": [
            {"kind": m.kind, "error": m.error, "runs": [asdict(r) for r in m.runs]} for m in measures
        ],
    }
    out.write_text(json.dumps(record, indent=1), encoding="utf-8")
    return out


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, Options]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--docs", type=int, help="reports per Veille run (default 10000)")
    ap.add_argument("--runs", type=int, help="runs per measurement, median shown (default 5)")
    ap.add_argument("--spacy-docs", type=int, help="reports per spaCy run (default 1000)")
    ap.add_argument("--quick", action="store_true", help="smoke: 1000 docs, 3 runs, 200 spaCy")
    ap.add_argument("--lang", default="fr", help="corpus language (default fr)")
    ap.add_argument("--only", choices=KINDS, action="append", help="run only this measurement")
    ap.add_argument("--corpus", type=Path, help="use this JSONL corpus instead of generating one")
    ap.add_argument("--seed", type=int, default=20240108, help="corpus seed")
    ap.add_argument("--cpu", type=int, default=0, help="core to pin every run to (default 0)")
    ap.add_argument("--compiled-python", type=Path, default=COMPILED_PYTHON,
                    help="interpreter of the compiled build (default .venv-compiled/bin/python)")
    ap.add_argument("--worker", choices=KINDS, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    quick = (1000, 3, 200) if a.quick else (10_000, 5, 1000)
    opts = Options(
        docs=a.docs or quick[0],
        runs=a.runs or quick[1],
        spacy_docs=a.spacy_docs or quick[2],
        lang=a.lang,
        seed=a.seed,
        cpu=a.cpu,
        kinds=tuple(a.only or KINDS),
        corpus=a.corpus,
        compiled_python=a.compiled_python,
    )
    if min(opts.docs, opts.runs, opts.spacy_docs) < 1:
        ap.error("--docs, --runs and --spacy-docs must be >= 1")
    return a, opts


def main(argv: list[str] | None = None) -> int:
    args, opts = parse_args(argv)
    if args.worker:
        return worker_main(args.worker, args.corpus, opts.docs, opts.lang, opts.cpu)
    corpus = ensure_corpus(opts)
    measures = [measure(kind, corpus, opts) for kind in opts.kinds]
    print(table(measures, opts))
    print(f"(raw runs: {save(measures, opts)})", file=sys.stderr)
    return 0 if all(m.runs for m in measures) else 1


if __name__ == "__main__":
    sys.exit(main())
