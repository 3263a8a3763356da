import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.ingest.decode import decode_text, normalise_newlines
from veille.ingest.problems import Code, Problem


def problem_code(data: bytes) -> str:
    with pytest.raises(Problem) as caught:
        decode_text(data)
    return caught.value.code


def test_utf8_bom_is_stripped_and_text_kept():
    assert decode_text(codecs.BOM_UTF8 + "Roquettes à l'aube".encode()) == "Roquettes à l'aube"


def test_utf16_with_bom_is_read():
    text = "قصف صاروخي على قاعدة عين الأسد"
    assert decode_text(text.encode("utf-16")) == text


def test_carriage_returns_become_newlines_and_nothing_else_changes():
    assert decode_text(b"  un\r\ndeux\rtrois\n ") == "  un\ndeux\ntrois\n "


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", Code.EMPTY),
        (b" \n\t \r\n", Code.EMPTY),
        (b"abc\x00\x00def", Code.BINARY),
        (bytes(range(1, 9)) * 10, Code.BINARY),
        ("Rapport d'incident à Deir ez-Zor".encode("latin-1"), Code.UNDECODABLE),
    ],
)
def test_bad_bytes_are_named(data, code):
    assert problem_code(data) == code


def test_undecodable_reason_names_the_offset():
    with pytest.raises(Problem) as caught:
        decode_text(b"abc \xe9t\xe9")
    assert "offset 4" in caught.value.reason


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_a_problem(data):
    try:
        text = decode_text(data)
    except Problem as problem:
        assert problem.code in {Code.EMPTY, Code.BINARY, Code.UNDECODABLE}
    else:
        assert "\r" not in text and text.strip()


@given(st.text(max_size=200))
def test_newline_normalisation_is_idempotent(text):
    once = normalise_newlines(text)
    assert normalise_newlines(once) == once and "\r" not in once
