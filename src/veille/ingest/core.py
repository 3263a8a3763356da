"""read_inputs: the one loop from user paths to Documents and Quarantines.

Document.source is the file, or "file:N" for an input holding many documents:
N is the line (JSONL), the entry or page number (feeds, WARC) or the message
id (Telegram). A Quarantine names the file and puts N in its `line`.
Notes that are not problems (Telegram service messages skipped, WARC records
that are not pages) go to the "veille.ingest" logger at INFO level.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from pathlib import Path

from veille.ingest.files import expand, read_bytes
from veille.ingest.finish import finish
from veille.ingest.kinds import reader_for
from veille.ingest.options import IngestOptions
from veille.ingest.problems import Code, Problem, quarantine
from veille.model import Document, Quarantine

log = logging.getLogger("veille.ingest")


def read_inputs(paths: Sequence[Path], options: IngestOptions) -> Iterator[Document | Quarantine]:
    """Every input as Document(s) or a Quarantine, in path order; never raises for bad input."""
    for given in paths:
        for item in expand(Path(given)):
            if isinstance(item, Quarantine):
                yield item
            else:
                yield from read_file(item, options)


def read_file(path: Path, options: IngestOptions) -> Iterator[Document | Quarantine]:
    if not path.exists() and not path.is_symlink():
        yield quarantine(str(path), Problem(Code.NOT_FOUND, "no such file or folder"))
        return
    try:
        reader = reader_for(path)
        data = read_bytes(path, options.max_bytes)
        for item in reader(path, data, options):
            yield finish(item, options) if isinstance(item, Document) else item
    except Problem as problem:
        yield quarantine(str(path), problem)
    except Exception as error:  # a parser bug must cost one file, not the whole run
        log.debug("unexpected failure on %s", path, exc_info=True)
        reason = f"could not read: {type(error).__name__}: {error}"
        yield quarantine(str(path), Problem(Code.UNREADABLE, reason))
