import codecs

from .helpers import ARTICLE, GOOD, documents, quarantines, read_all


def test_text_file_is_one_document_named_after_the_file(tmp_path):
    path = tmp_path / "rapport.2024-01-08.txt"
    path.write_bytes(codecs.BOM_UTF8 + b"Deux roquettes\r\nont vise la base.\r")
    (doc,) = read_all(path)
    assert doc.id == "rapport.2024-01-08"
    assert doc.text == "Deux roquettes\nont vise la base.\n"
    assert (doc.kind, doc.source) == ("txt", str(path))


def test_text_date_line_sets_publication():
    (doc,) = read_all(GOOD / "en_report.txt")
    assert (doc.published, doc.published_precision) == ("2024-01-08", "day")
    assert doc.text.startswith("Published: 2024-01-08\n\nBAGHDAD")
    assert (doc.lang, doc.kind) == ("en", "txt")


def test_markdown_reads_as_text(tmp_path):
    (tmp_path / "note.md").write_text("# Frappe\n\nUne frappe a vise Al-Qaim.", encoding="utf-8")
    (doc,) = read_all(tmp_path / "note.md")
    assert doc.text.startswith("# Frappe") and doc.kind == "txt"


def test_french_article_page():
    (doc,) = read_all(GOOD / "fr_article.html")
    assert doc.id == "fr_article" and doc.kind == "html"
    assert doc.outlet == "Le Courrier du Levant"
    assert doc.url == "https://courrier-levant.example/syrie/roquettes-al-omar"
    assert doc.title == "Syrie : des roquettes tirées sur la base d'al-Omar"
    assert (doc.published, doc.published_precision) == ("2024-01-08", "day")
    assert "Une trentaine de roquettes" in doc.text
    assert "Accueil" not in doc.text  # navigation is boilerplate
    assert doc.lang == "fr"


def test_html_in_utf16_is_read(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(ARTICLE.decode().encode("utf-16"))
    (doc,) = read_all(path)
    assert "trentaine de roquettes" in doc.text


def test_html_without_text_is_quarantined(tmp_path):
    (tmp_path / "blank.html").write_text(
        "<html><body><img src='map.png'><script>x()</script></body></html>"
    )
    (tmp_path / "nul.html").write_bytes(b"<html>\x00\x00\x00")
    items = read_all(tmp_path)
    assert not documents(items)
    assert [q.code for q in quarantines(items)] == ["missing-text", "binary"]
