"""The matching form folds what sources vary in, and always maps back to the original."""

from bisect import bisect_left

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.normalise import NormaliseOptions, normalise, normalise_phrase

ARABIC = NormaliseOptions(collapse_double_letters=False, word_initial=(("لل", "لال"),))


def test_latin_variants_meet():
    keys = {normalise_phrase(v) for v in ["Aïn al-Assad", "AIN AL ASAD", "Ain al-Asad", "Aïn  al–Assad"]}
    assert keys == {"ain al asad"}


def test_arabic_letter_variants_and_digits_meet():
    assert normalise_phrase("قاعدةُ عينِ الأسد ٣٠", ARABIC) == normalise_phrase("قاعده عين الاسد 30", ARABIC)
    assert normalise_phrase("للقاعدة", ARABIC) == "لالقاعده"


def test_spans_give_back_the_original_characters():
    n = normalise("La base d'Aïn al-Assad a été visée.")
    i = n.text.index("ain al asad")
    start, end = n.span(i, i + len("ain al asad"))
    assert n.original[start:end] == "Aïn al-Assad"


@given(st.text(max_size=300))
def test_offsets_stay_inside_and_in_order(text):
    n = normalise(text)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= o <= len(text) for o in n.offsets)
    assert n.offsets == sorted(n.offsets)


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_any_span_maps_inside_the_original(text, a, b):
    n = normalise(text, ARABIC)
    a, b = sorted((min(a, len(n.text)), min(b, len(n.text))))
    start, end = n.span(a, b)
    assert 0 <= start <= end <= len(text)


@given(st.text(max_size=200), st.booleans())
def test_the_run_map_agrees_with_the_offset_list(text, arabic):
    n = normalise(text, ARABIC if arabic else NormaliseOptions())
    offsets = n.offsets
    assert [n.original_at(i) for i in range(len(n.text) + 1)] == offsets
    for o in range(len(text) + 2):
        assert n.index_of(o) == bisect_left(offsets, o)


def test_doubled_letters_and_spaces_fold_away_and_map_back():
    n = normalise("  Chaddadi,  Conoco")
    assert n.text == "chadadi conoco"
    i = n.text.index("conoco")
    assert n.original[slice(*n.span(i, i + 6))] == "Conoco"
    assert n.index_of(n.original.index("Conoco")) == i


# Windows-1252's own characters, its undefined bytes' neighbours, and characters outside it
# (Greek mu, which µ folds to; Arabic; a combining accent; a non-breaking hyphen).
_MIXED = st.text(alphabet=st.sampled_from(
    list("aAzZ éÉèçÇœŒßµÿ’‘“”«»–—…-.,;:!?0123456789\n\t\u00a0") + list("μعينالأسد\u0301\u2011")))


@given(_MIXED)
def test_folding_through_bytes_is_the_fold_table(text):
    from veille.extract.normalise import _FOLD, _folded
    assert _folded(text) == text.translate(_FOLD)


def _collapsed_by_matches(s, pattern):
    """The removal as first written: one match object per character removed."""
    starts, shifts, pieces = [0], [0], []
    prev = dropped = 0
    for m in pattern.finditer(s):
        pieces.append(s[prev : m.start()])
        prev = m.start() + 1
        dropped += 1
        if starts[-1] == prev - dropped:
            shifts[-1] = dropped
        else:
            starts.append(prev - dropped)
            shifts.append(dropped)
    if not dropped:
        return s, ([0], [0])
    pieces.append(s[prev:])
    return "".join(pieces), (starts, shifts)


@given(st.text(alphabet=st.sampled_from(list("aabbz  \x00é.")), max_size=80))
def test_collapsing_by_split_is_collapsing_match_by_match(s):
    from veille.extract.normalise import _DOUBLED, _REMOVED, _SPACE_RUN, _collapsed
    for pattern in (_DOUBLED, _SPACE_RUN, _REMOVED):
        assert _collapsed(s, pattern) == _collapsed_by_matches(s, pattern)


def test_a_hashtag_of_joined_words_meets_the_aliases():
    n = normalise("à #AbuKamal, en #Syrie")
    assert n.text == "a abu kamal en syrie"
    i = n.text.index("abu kamal")
    assert n.original[slice(*n.span(i, i + len("abu kamal")))] == "AbuKamal"


@given(st.lists(st.sampled_from(["#AbuKamal", "#DeirEzZor", "#Syrie", "#", " ", "x", "É", "aB", "\u0301"]),
                max_size=30), st.booleans())
def test_hashtag_splits_keep_the_map_whole(parts, arabic):
    text = "".join(parts)
    n = normalise(text, ARABIC if arabic else NormaliseOptions())
    offsets = n.offsets
    assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets)
    assert [n.original_at(i) for i in range(len(n.text) + 1)] == offsets
