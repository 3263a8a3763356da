import pytest

from veille.ingest import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "La Résistance islamique en Irak a revendiqué une attaque contre la base d'al-Omar.",
            "fr",
        ),
        ("Two rockets were fired at Ain al-Asad air base overnight, officials said.", "en"),
        ("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة.", "ar"),
    ],
)
def test_detects_the_three_working_languages(text, code):
    found, confidence = detect_language(text)
    assert found == code
    assert 0.5 < confidence <= 1.0


def test_text_without_letters_is_undetermined():
    assert detect_language("12 - 30 / 2024 !!!") == ("und", 0.0)
    assert detect_language("") == ("und", 0.0)
