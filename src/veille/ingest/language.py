"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = "und"  # ISO 639-2 for "no language found" (no letters at all)
SAMPLE_CHARS = 10_000  # the opening of a report settles its language; keeps long inputs fast


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence 0..1); ("und", 0.0) for text without letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED, 0.0
    code, confidence = _identifier().classify(sample)
    return str(code), float(confidence)


def normalise_code(declared: str) -> str:
    """ "fr-FR", " FR " -> "fr": the stages key language packs by the primary subtag."""
    return declared.strip().replace("_", "-").split("-")[0].lower()
