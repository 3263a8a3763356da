import json
import logging

from .helpers import GOOD, quarantines, read_all


def test_text_messages_become_documents():
    docs = read_all(GOOD / "ar_channel.json")
    assert [d.id for d in docs] == ["tg-1789234561-42", "tg-1789234561-43", "tg-1789234561-45"]
    assert {d.kind for d in docs} == {"telegram"}
    assert {d.outlet for d in docs} == {"قناة أخبار الحدود"}
    assert [d.published for d in docs] == ["2024-01-05", "2024-01-06", "2024-01-07"]
    assert {d.lang for d in docs} == {"ar"}
    assert docs[0].source.endswith("ar_channel.json:42")


def test_entity_lists_are_flattened_in_order():
    message = read_all(GOOD / "ar_channel.json")[1]
    assert message.text == (
        "المقاومة الإسلامية في العراق تعلن استهداف قاعدة #عين_الأسد"
        " في غرب العراق بطائرة مسيرة مساء اليوم السبت.\nالمصدر: https://t.me/example_channel/43"
    )


def test_service_and_empty_messages_are_counted_not_quarantined(caplog):
    with caplog.at_level(logging.INFO, logger="veille.ingest"):
        items = read_all(GOOD / "ar_channel.json")
    assert not quarantines(items)
    assert "skipped 2 service or empty messages" in caplog.text


def write_export(path, export):
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_exports_that_cannot_be_read(tmp_path):
    write_export(tmp_path / "a.json", {"name": "x", "messages": [{"type": "service", "id": 1}]})
    write_export(tmp_path / "b.json", {"name": "x", "chats": []})
    (tmp_path / "c.json").write_text('{"messages": [', encoding="utf-8")
    write_export(tmp_path / "d.json", {"messages": ["loose", {"id": [1], "text": "Frappe."}]})
    found = [(q.source.rsplit("/", 1)[-1], q.code, q.line) for q in read_all(tmp_path)]
    assert found == [
        ("a.json", "empty", None),
        ("b.json", "unsupported-kind", None),
        ("c.json", "bad-json", None),
        ("d.json", "bad-field", 1),
        ("d.json", "bad-field", 2),
    ]


def test_channel_without_id_gets_a_name_based_prefix(tmp_path):
    export = {"name": "Desk", "messages": [{"id": 7, "type": "message", "text": "Rockets hit."}]}
    (doc,) = read_all(write_export(tmp_path / "e.json", export))
    assert doc.id.startswith("tg-") and doc.id.endswith("-7") and doc.published is None
