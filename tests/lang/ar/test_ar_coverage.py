"""Coverage of the forms real Arabic outlets use (communiqués, wires, monitors, Kurdish and Iraqi
agencies): attack verbs, strike phrases naming their author, Iran-backed groups, the US side
speaking, bases named as the side hit, wounds and "no casualties" formulas, "من" dates, "القائم",
and a site followed by its governorate ("قاعدة حرير في أربيل"). Sentences written for these tests."""

from __future__ import annotations

import pytest

import grounded
from veille.extract.dates import Anchor, resolve

PUB = "2024-01-08"  # a Monday


def reports(extractor, text, published=PUB):
    return grounded.reports(extractor, text, "ar", published)


def one(extractor, text, published=PUB):
    return grounded.one(extractor, text, "ar", published)


def dates(extractor, text, published=PUB):
    doc = extractor._engine("ar").annotator.annotate(text)
    anchor = Anchor.parse(published)
    return [resolve(m, anchor).value for v in doc.sentences for m in v.dates]


# -- attack verbs -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "دكت المقاومة الإسلامية في العراق قاعدة حرير بالطيران المسير اليوم.",
    "أطلقت فصائل مسلحة صواريخ باتجاه قاعدة عين الأسد اليوم.",
    "دوت انفجارات في حقل كونيكو اليوم.",
    "شن الطيران الأمريكي عدوانا جويا على مواقع في البوكمال اليوم.",
])
def test_attack_verbs(extractor, text):
    assert len(reports(extractor, text)) == 1


# -- places -------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("استهدفت غارات أمريكية مقرا في القائم اليوم.", "qaim"),
    ("تعرضت قاعدة الأسد لهجوم اليوم.", "ain_asad"),
    ("قتل ثلاثة جنود في هجوم على البرج رقم 22 اليوم.", "tower22"),
    ("سقطت قذيفة في حقل كونوكو اليوم.", "conoco"),
    ("استهدفت مسيرة أمريكية سيارة في المشتل اليوم.", "al_mashtal"),
])
def test_place_spellings(extractor, text, place):
    assert one(extractor, text).place.id == place


def test_qaim_as_a_common_word_is_no_place(extractor):
    assert reports(extractor, "قال القائم بالأعمال إن الهجوم مدان.") == []


@pytest.mark.parametrize("text, place", [
    ("استهدفت المقاومة قاعدة حرير في أربيل بطائرة مسيرة اليوم.", "harir"),
    ("استهدفت المقاومة قاعدة حرير بأربيل بطائرة مسيرة اليوم.", "harir"),
    ("استهدفت المقاومة حقل العمر في دير الزور بطائرة مسيرة اليوم.", "omar"),
    ("استهدفت المقاومة قاعدة الشدادي بالحسكة بطائرة مسيرة اليوم.", "shaddadi"),
])
def test_site_then_its_governorate_is_one_place(extractor, text, place):
    assert one(extractor, text).place.id == place


# -- actors and strike phrases ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "استهدفت غارة جوية أمريكية سيارة في بغداد اليوم.",
    "قصفت طائرات أمريكية مقرا في جرف الصخر اليوم.",
    "نفذت القوات الأمريكية ضربات جوية على منشآت في القائم اليوم.",
    "أعلنت القيادة المركزية الأمريكية أن القوات الأمريكية شنت ضربات على منشآت في عكاشات اليوم.",
])
def test_us_strikes(extractor, text):
    r = one(extractor, text)
    assert (r.actor, r.weapons) == ("United States", ["airstrike"])


def test_centcom_announcing_its_strike_claims_it(extractor):
    r = one(extractor, "أعلنت القيادة المركزية الأمريكية أن القوات الأمريكية شنت ضربات "
                       "على منشآت في القائم اليوم.")
    assert r.claim == "claimed"


def test_israeli_air_strike(extractor):
    r = one(extractor, "شنت طائرات إسرائيلية غارات على محيط مطار دمشق الدولي اليوم.")
    assert (r.actor, r.weapons) == ("Israel", ["airstrike"])


@pytest.mark.parametrize("alias", ["ميليشيات موالية لإيران", "الفصائل المدعومة من إيران"])
def test_iran_backed_groups_name_the_group_the_report_names_else_no_one(extractor, alias):
    assert one(extractor, f"استهدفت {alias} قاعدة التنف بطائرة مسيرة اليوم.").actor is None
    r = one(extractor, "تبنت المقاومة الإسلامية في العراق عشرات الهجمات.\n"
                       f"استهدفت {alias} قاعدة التنف بطائرة مسيرة اليوم.")
    assert r.actor == "Islamic Resistance in Iraq"


def test_the_islamic_resistance_attacks(extractor):
    r = one(extractor, "استهدفت المقاومة الإسلامية قاعدة التنف بطائرة مسيرة اليوم.")
    assert r.actor == "Islamic Resistance in Iraq"


def test_bare_islamic_resistance_claims(extractor):
    r = one(extractor, "أعلنت المقاومة الإسلامية مسؤوليتها عن القصف الصاروخي على قاعدة عين الأسد اليوم.")
    assert (r.actor, r.claim, r.weapons) == ("Islamic Resistance in Iraq", "claimed", ["rocket"])


# -- the side hit: confirmations and denials -----------------------------------------------

def test_us_official_confirms_attack_on_named_base(extractor):
    r = one(extractor, "قال مسؤول أمريكي إن قاعدة عين الأسد تعرضت لهجوم صاروخي اليوم.")
    assert (r.target, r.claim) == ("US forces", "confirmed")


def test_us_forces_acknowledge(extractor):
    r = one(extractor, "اعترفت القوات الأمريكية بتعرض قاعدة حرير لهجوم بطائرة مسيرة اليوم.")
    assert r.claim == "confirmed"


def test_pentagon_denies_attack_on_named_base(extractor):
    r = one(extractor, "نفى البنتاغون تعرض قاعدة حرير لأي هجوم اليوم.")
    assert r.claim == "denied"


# -- outcome and casualties ------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["أصيب عدد من الجنود", "أصيب جنديان بجروح طفيفة",
                                    "لقي ثلاثة جنود حتفهم"])
def test_wounded_and_killed(extractor, phrase):
    r = one(extractor, f"{phrase} في هجوم على قاعدة عين الأسد اليوم.")
    assert (r.casualties, r.outcome) == ("some", "hit")


def test_targets_hit_are_not_wounds(extractor):
    r = one(extractor, "استهدفت المقاومة قاعدة التنف اليوم، وأكدت أن الأهداف أصيبت بشكل مباشر.")
    assert (r.outcome, r.casualties) == ("hit", "unknown")


@pytest.mark.parametrize("phrase", ["دون تسجيل أي إصابات", "ولم تسفر العملية عن أي خسائر بشرية"])
def test_no_casualties(extractor, phrase):
    r = one(extractor, f"أسقطت الدفاعات الجوية مسيرة قرب مطار أربيل اليوم {phrase}.")
    assert (r.outcome, r.casualties) == ("intercepted", "none")


@pytest.mark.parametrize("phrase", ["أفشلت الدفاعات الجوية هجوما", "صدت الدفاعات الأمريكية هجوما"])
def test_interceptions(extractor, phrase):
    assert one(extractor, f"{phrase} بطائرة مسيرة على قاعدة حرير اليوم.").outcome == "intercepted"


def test_hit_formula_is_not_a_casualty(extractor):
    r = one(extractor, "استهدفت المقاومة قاعدة التنف بطائرة مسيرة حققت إصابات مباشرة اليوم.")
    assert (r.outcome, r.casualties) == ("hit", "unknown")


# -- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("في 28 من كانون الثاني", "2023-01-28"),
    ("في الـ4 من يناير", "2024-01-04"),
    ("4 من كانون الثاني/يناير", "2024-01-04"),
])
def test_day_joined_to_month_by_min(extractor, phrase, expected):
    assert dates(extractor, phrase) == [expected]


def test_since_with_min(extractor):
    doc = extractor._engine("ar").annotator.annotate("151 هجوما منذ 17 من تشرين الأول")
    assert [(m.since, m.month, m.day) for v in doc.sentences for m in v.dates] == [(True, 10, 17)]
