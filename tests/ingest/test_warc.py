import gzip

from .helpers import ARTICLE, documents, quarantines, read_all

PAGES = [
    ("https://courrier-levant.example/a1", ARTICLE, "text/html; charset=utf-8"),
    ("https://courrier-levant.example/logo.png", b"\x89PNG\r\n", "image/png"),
    ("https://courrier-levant.example/a2", ARTICLE.replace(b"al-Omar", b"Koniko"), "text/html"),
]


def test_html_responses_become_documents(write_warc):
    for name, compressed in (("crawl.warc.gz", True), ("crawl.warc", False)):
        docs = read_all(write_warc(name, PAGES, gzip=compressed))
        assert [d.url for d in docs] == [PAGES[0][0], PAGES[2][0]]
        assert {d.kind for d in docs} == {"warc"}
        assert docs[0].outlet == "Le Courrier du Levant"
        assert docs[0].published == "2024-01-08"
        assert "Koniko" in docs[1].text and docs[0].id != docs[1].id


def test_truncated_archive_keeps_what_came_before(write_warc, tmp_path):
    whole = write_warc("whole.warc.gz", PAGES).read_bytes()
    first_record = len(write_warc("one.warc.gz", PAGES[:1]).read_bytes())
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: first_record + 60])  # cut inside the second record
    items = read_all(cut)
    assert [d.url for d in documents(items)] == [PAGES[0][0]]
    (problem,) = quarantines(items)
    assert problem.code == "unreadable" and "truncated or corrupt WARC" in problem.reason


def test_garbage_and_archives_without_pages(write_warc, tmp_path):
    images_only = write_warc("images.warc.gz", PAGES[1:2])
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(gzip.compress(b"not a warc at all\r\n\r\n"))
    codes = [q.code for q in read_all(images_only, garbage)]
    assert codes == ["empty", "unsupported-kind"]


def test_oversize_record_is_quarantined(write_warc):
    padded = ARTICLE.replace(b"</body>", b"<!--" + b"x" * 20_000 + b"--></body>")
    pages = [PAGES[0], ("https://courrier-levant.example/big", padded, "text/html")]
    path = write_warc("big.warc.gz", pages)
    assert path.stat().st_size < 5_000  # the file passes, the record inside does not
    items = read_all(path, max_bytes=5_000)
    assert [d.url for d in documents(items)] == [PAGES[0][0]]
    (problem,) = quarantines(items)
    assert (problem.code, problem.line) == ("too-large", 2)


def test_archive_cut_inside_its_first_record_yields_no_half_page(write_warc, tmp_path):
    whole = write_warc("whole.warc.gz", PAGES).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:300])
    (problem,) = read_all(cut)
    assert problem.code == "unreadable" and "after 0 pages" in problem.reason
