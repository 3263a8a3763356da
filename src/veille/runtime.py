"""Settings a batch run applies to its own process (the CLI's ingest and extract, a
Spark executor, the benchmark): never on import, so a program embedding Veille keeps
its own."""

from __future__ import annotations

import gc

# Extraction makes many short-lived objects and no reference cycles to speak of; at
# CPython's default young-generation threshold (700) the collector walks them thousands
# of times a second for nothing: about 9% of extraction time (bench/README.md).
YOUNG_GENERATION_THRESHOLD = 20_000


def tune_for_batch() -> None:
    """Call once the language packs and gazetteer are loaded."""
    gc.freeze()  # what is loaded so far lives as long as the run: never scan it again
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, older, oldest)
