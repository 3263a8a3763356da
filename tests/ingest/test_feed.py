from .helpers import GOOD, HOSTILE, documents, quarantines, read_all


def test_each_feed_entry_is_a_document():
    items = read_all(GOOD / "en_feed.rss")
    assert len(items) == 3 and not quarantines(items)
    first = items[0]
    assert first.kind == "rss" and first.outlet == "Gulf Wire Security Desk"
    assert first.title == "Drone attack targets US base in eastern Syria"
    assert first.url.endswith("/drone-attack-eastern-syria")
    assert (first.published, first.published_precision) == ("2024-01-08", "day")
    assert first.text == (
        "A one-way attack drone targeted US forces at the Conoco gas field in eastern Syria"
        " late Sunday, a US defense official said.\nNo injuries or damage were reported."
    )
    assert first.lang == "en"


def test_entry_html_is_stripped_and_entities_decoded():
    items = read_all(GOOD / "en_feed.rss")
    assert "perimeter & caused" in items[1].text
    assert "<a" not in items[2].text and items[2].text.endswith("Read more")


def test_entry_ids_are_stable_and_distinct():
    first = [d.id for d in read_all(GOOD / "en_feed.rss")]
    assert first == [d.id for d in read_all(GOOD / "en_feed.rss")]
    assert len(set(first)) == 3


def test_entry_without_content_is_quarantined_and_the_rest_kept():
    items = read_all(HOSTILE / "feed_entry_without_content.rss")
    (quarantined,) = quarantines(items)
    assert (quarantined.code, quarantined.line) == ("missing-text", 1)
    assert [d.title for d in documents(items)] == ["Attack reported near Tanf"]


def test_atom_feed(tmp_path):
    (tmp_path / "f.atom").write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        "<entry><title>Strike</title><link href='https://d.example/1'/>"
        "<id>urn:1</id><updated>2024-02-03T05:00:00Z</updated>"
        "<content type='html'>&lt;p&gt;A US strike hit Al-Qaim.&lt;/p&gt;</content></entry></feed>",
        encoding="utf-8",
    )
    (doc,) = read_all(tmp_path / "f.atom")
    assert (doc.text, doc.published, doc.outlet) == (
        "A US strike hit Al-Qaim.",
        "2024-02-03",
        "Desk",
    )


def test_xml_that_is_not_a_feed_and_a_feed_without_entries(tmp_path):
    (tmp_path / "a.xml").write_text("<invoice><total>12</total></invoice>")
    (tmp_path / "b.rss").write_text("<rss version='2.0'><channel><title>T</title></channel></rss>")
    (tmp_path / "c.xml").write_bytes(b"\x00\x01garbage<<<")
    codes = [q.code for q in read_all(tmp_path)]
    assert codes == ["unsupported-kind", "empty", "unsupported-kind"]
