"""What every document gets whatever its reader: clean newlines, outlet, language, date."""

from __future__ import annotations

from veille.ingest.dates import from_date_line
from veille.ingest.decode import normalise_newlines
from veille.ingest.language import detect_language, normalise_code
from veille.ingest.options import IngestOptions
from veille.model import Document


def finish(document: Document, options: IngestOptions) -> Document:
    document.text = normalise_newlines(document.text)
    document.outlet = document.outlet or options.outlet
    set_language(document, options)
    if document.published is None:
        found = from_date_line(document.text)
        if found:
            document.published, document.published_precision = found
    return document


def set_language(document: Document, options: IngestOptions) -> None:
    """The input's declared language wins, then the caller's, then detection."""
    if document.lang:
        if document.lang_confidence is None:
            document.lang_confidence = 1.0
    elif options.lang:
        document.lang, document.lang_confidence = normalise_code(options.lang), 1.0
    else:
        document.lang, document.lang_confidence = detect_language(document.text)
