"""Helpers for the ingest tests: sample paths, reading, a tiny WARC writer."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from veille.ingest import IngestOptions, read_inputs
from veille.model import Document, Quarantine

SAMPLES = Path(__file__).parent / "samples"
GOOD = SAMPLES / "good"
HOSTILE = SAMPLES / "hostile"

ARTICLE = b"""<html><head><title>Roquettes sur al-Omar</title>
<meta property="og:site_name" content="Le Courrier du Levant">
<meta property="article:published_time" content="2024-01-08">
</head><body><article><h1>Roquettes sur al-Omar</h1>
<p>Une trentaine de roquettes ont vise lundi la base americaine du champ petrolier d'al-Omar,
dans l'est de la Syrie, selon des sources locales citees par l'Observatoire.</p>
<p>Aucun bilan n'a ete communique par le Pentagone, qui n'a pas commente l'attaque.</p>
</article></body></html>"""


def read_all(*paths: Path, **options: object) -> list[Document | Quarantine]:
    return list(read_inputs(list(paths), IngestOptions(**options)))  # type: ignore[arg-type]


def documents(items: list[Document | Quarantine]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def quarantines(items: list[Document | Quarantine]) -> list[Quarantine]:
    return [item for item in items if isinstance(item, Quarantine)]


def warc_bytes(pages: list[tuple[str, bytes, str]], gzip: bool = True) -> bytes:
    """A WARC of response records (url, body, content type), written with warcio."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, body, content_type in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()
