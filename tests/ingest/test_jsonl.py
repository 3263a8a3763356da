import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import GOOD, HOSTILE, documents, quarantines, read_all


def test_good_lines_become_documents():
    first, second = read_all(GOOD / "fr_reports.jsonl")
    assert first.id == "fr-001" and first.kind == "jsonl"
    assert (first.lang, first.lang_confidence) == ("fr", 1.0)
    assert first.outlet == "Le Courrier du Levant"
    assert first.url == "https://courrier-levant.example/a1"
    assert first.source == f"{GOOD / 'fr_reports.jsonl'}:1"
    assert second.id == "2"  # an integer id is kept as text
    assert (second.published, second.published_precision) == ("2024-01", "month")
    assert second.lang == "fr" and second.lang_confidence < 1.0  # detected


def test_each_bad_line_is_quarantined_alone():
    items = read_all(HOSTILE / "mixed.jsonl")
    assert [d.id for d in documents(items)] == ["ok-1", "ok-2"]
    found = [(q.line, q.code) for q in quarantines(items)]
    assert found == [(2, "bad-json"), (3, "missing-text"), (4, "missing-text"), (5, "bad-field")]


def test_reasons_name_the_line_and_the_problem():
    reasons = {q.line: q.reason for q in quarantines(read_all(HOSTILE / "mixed.jsonl"))}
    assert reasons[2].startswith("line 2: malformed JSON: Unterminated string")
    assert "`id`" in reasons[4]
    assert "last Tuesday" in reasons[5]
    assert all("\n" not in reason for reason in reasons.values())


def test_iso_datetime_keeps_its_day():
    doc = documents(read_all(HOSTILE / "mixed.jsonl"))[-1]
    assert (doc.published, doc.published_precision) == ("2024-01-09", "day")


def write_lines(path, *records):
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return path


def test_wrong_field_types_are_bad_fields(tmp_path):
    path = write_lines(
        tmp_path / "typed.jsonl",
        {"id": True, "text": "Frappe sur Al-Qaim."},
        {"id": "a", "text": "Frappe sur Al-Qaim.", "url": 12},
        {"id": "b", "text": "Frappe sur Al-Qaim.", "published": 20240108},
        ["not", "an", "object"],
        {"id": "c", "text": "   "},
    )
    codes = [q.code for q in quarantines(read_all(path))]
    assert codes == ["bad-field", "bad-field", "bad-field", "bad-json", "missing-text"]


def test_declared_language_is_normalised_and_beats_the_option(tmp_path):
    path = write_lines(
        tmp_path / "l.jsonl",
        {"id": "x", "text": "Rockets hit the base.", "lang": "EN-us"},
        {"id": "y", "text": "Rockets hit the base."},
    )
    declared, forced = read_all(path, lang="fr")
    assert (declared.lang, declared.lang_confidence) == ("en", 1.0)
    assert (forced.lang, forced.lang_confidence) == ("fr", 1.0)


def test_text_is_kept_exactly_but_for_carriage_returns(tmp_path):
    path = write_lines(tmp_path / "t.jsonl", {"id": 1, "text": "  A\r\nB\rC  "})
    (doc,) = read_all(path)
    assert doc.text == "  A\nB\nC  "


def test_utf16_jsonl_and_undecodable_line(tmp_path):
    (tmp_path / "u16.jsonl").write_bytes('{"id": "a", "text": "صاروخ"}\n'.encode("utf-16"))
    (tmp_path / "mixed.jsonl").write_bytes(
        b'{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "ok"}'
    )
    items = read_all(tmp_path / "u16.jsonl", tmp_path / "mixed.jsonl")
    assert [d.id for d in documents(items)] == ["a", "c"]
    assert [(q.line, q.code) for q in quarantines(items)] == [(1, "undecodable")]


def test_blank_jsonl_is_empty(tmp_path):
    (tmp_path / "blank.jsonl").write_text("\n\n  \n")
    assert [q.code for q in read_all(tmp_path / "blank.jsonl")] == ["empty"]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), extension=st.sampled_from([".txt", ".jsonl"]))
def test_arbitrary_bytes_never_raise_and_always_yield(tmp_path, data, extension):
    path = tmp_path / f"fuzz{extension}"
    path.write_bytes(data)
    items = read_all(path)
    assert items
    assert all(q.code != "unreadable" for q in quarantines(items))  # no parser crash


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from(["id", "text", "published", "lang", "url"]),
            st.one_of(st.none(), st.integers(), st.text(max_size=20)),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_arbitrary_records_give_one_item_per_line(tmp_path, records):
    path = tmp_path / "fuzz.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    assert len(read_all(path)) == len(records)
