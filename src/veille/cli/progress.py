"""A progress bar for long ingests, shown only to a person watching a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from veille.cli.common import err_console

Tick = Callable[[int], None]


@contextmanager
def document_progress(label: str = "ingesting") -> Iterator[Tick]:
    """Yield a callback taking how many more inputs were just handled (a batch)."""
    if not sys.stderr.isatty():
        yield _ignore
        return
    columns = (
        SpinnerColumn(),
        TextColumn(label),
        TextColumn("{task.completed:.0f} inputs"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console(), transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda done: progress.advance(task, done)


def _ignore(done: int) -> None:
    return None
