from veille.cli.evidence_view import evidence_sentences, highlighted, sentence_bounds
from veille.model import Evidence

TEXT = "Premier paragraphe. Des roquettes [sic] ont visé al-Omar lundi. Fin du texte."


def span(field: str, word: str) -> Evidence:
    start = TEXT.index(word)
    return Evidence(field, start, start + len(word), word)


def test_sentence_bounds_surround_the_span():
    begin, end = sentence_bounds(TEXT, TEXT.index("al-Omar"), TEXT.index("al-Omar") + 7)
    assert TEXT[begin:end] == "Des roquettes [sic] ont visé al-Omar lundi."


def test_spans_of_one_sentence_are_shown_once_with_their_fields():
    evidence = [span("place", "al-Omar"), span("weapons", "roquettes"), span("date", "Fin")]
    first, second = evidence_sentences(TEXT, evidence)
    assert first.fields == ["place", "weapons"] and second.fields == ["date"]


def test_highlight_keeps_brackets_literal_and_marks_the_spans():
    (sentence,) = evidence_sentences(TEXT, [span("place", "al-Omar")])
    shown = highlighted(TEXT, sentence)
    assert shown.plain == "Des roquettes [sic] ont visé al-Omar lundi."
    (style,) = shown.spans
    assert shown.plain[style.start : style.end] == "al-Omar"


def test_offsets_beyond_the_text_do_not_crash():
    (sentence,) = evidence_sentences(TEXT, [Evidence("place", 500, 510, "?")])
    assert highlighted(TEXT, sentence).plain == "Fin du texte."
