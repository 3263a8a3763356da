"""Whatever the input, extraction returns grounded reports or nothing, never an error."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import Extractor
from veille.model import Document


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def test_a_language_without_a_pack_is_unsupported(extractor):
    result = extractor.extract(Document(id="x", text="Hallo Welt", lang="de"))
    assert not result.supported and result.reports == []


def test_a_report_with_no_attack_has_no_events(extractor):
    text = "Le ministre a inauguré une école à Bagdad lundi, en présence du gouverneur."
    result = extractor.extract(Document(id="x", text=text, published="2024-01-08", lang="fr"))
    assert result.supported and result.reports == []


def test_a_list_of_bases_gives_one_report_per_base(extractor):
    text = ("Hier vendredi, des roquettes ont visé les bases Al-Omar et Koniko, en plus des "
            "bases Kharab al-Jir et Al-Shaddadi, selon des sources locales.")
    result = extractor.extract(Document(id="x", text=text, published="2023-12-09", lang="fr"))
    assert sorted(r.place.id for r in result.reports) == ["conoco", "kharab_jir", "omar", "shaddadi"]
    assert {r.date for r in result.reports} == {"2023-12-08"}


def test_loaded_words_stay_in_the_evidence(extractor):
    text = "L'entité sioniste a frappé la ville de Qamichli, a rapporté notre correspondant."
    result = extractor.extract(Document(id="x", text=text, published="2024-01-08", lang="fr"))
    report = result.reports[0]
    assert report.actor == "Israel"
    assert any(e.text == "entité sioniste" for e in report.evidence)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["fr", "en", "ar"]))
def test_any_text_yields_grounded_reports(text, lang):
    extractor = _shared()
    doc = Document(id="x", text=text, published="2024-01-08", lang=lang)
    for report in extractor.extract(doc).reports:
        for ev in report.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([
    "La Résistance islamique en Irak a revendiqué", "une attaque de drone", "contre la base",
    "d'Aïn al-Assad", "hier vendredi", ",", ".", "trois roquettes", "ont été interceptées",
    "selon le Pentagone", "en réponse à", "la frappe américaine", "à Bagdad", "aucune victime",
]), max_size=25))
def test_shuffled_report_phrases_never_break(parts):
    doc = Document(id="x", text=" ".join(parts), published="2023-12-09", lang="fr")
    for report in _shared().extract(doc).reports:
        assert report.date is None or report.date <= "2023-12-09"
        assert all(doc.text[e.start : e.end] == e.text for e in report.evidence)


_EXTRACTOR: list[Extractor] = []


def _shared() -> Extractor:
    if not _EXTRACTOR:
        _EXTRACTOR.append(Extractor())
    return _EXTRACTOR[0]


def test_a_report_that_dates_nothing_takes_its_publication_day(extractor):
    text = "Des roquettes ont visé la base d'Aïn al-Assad, selon des sources sécuritaires."
    day = extractor.extract(Document(id="x", text=text, published="2024-01-08", lang="fr"))
    month = extractor.extract(Document(id="y", text=text, published="2024-01", lang="fr"))
    (report,) = day.reports
    assert (report.date, report.date_precision, report.date_basis) == (
        "2024-01-08", "day", "publication")
    assert report.evidence_for("date") == []  # no words date it: nothing to cite
    assert month.reports[0].date is None  # a month of publication is no day


def test_a_stated_date_is_the_texts(extractor):
    text = "Des roquettes ont visé dimanche la base d'Aïn al-Assad, selon des sources."
    (report,) = extractor.extract(
        Document(id="x", text=text, published="2024-01-08", lang="fr")).reports
    assert (report.date, report.date_basis) == ("2024-01-07", "text")
    assert [e.text for e in report.evidence_for("date")] == ["dimanche"]
