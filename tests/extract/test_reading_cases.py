"""Ways real reports are written that once misled the assembler; each sentence is
written for this test in the style of such reports."""

import pytest

import grounded
from veille.extract import Extractor


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def places(extractor, text, lang, published="2024-01-10"):
    return [(r.place.id, r.actor) for r in grounded.reports(extractor, text, lang, published)]


def test_weapons_in_stores_are_what_a_strike_hit_not_what_it_used(extractor):
    text = ("Des avions américains ont frappé mardi des dépôts de roquettes et de drones à "
            "Jurf al-Sakhar, a annoncé le Pentagone.")
    report = grounded.one(extractor, text, "fr", "2024-01-24")
    assert report.weapons == ["airstrike"] and report.actor == "United States"


@pytest.mark.parametrize("text, lang, expected", [
    ("Deux drones ont visé mercredi la base d'al-Harir, qui abrite les forces de la coalition "
     "engagées contre le groupe État islamique.", "fr", [("harir", None)]),
    ("Rockets hit the Ain al-Asad base on Monday, which the coalition uses for strikes "
     "against the Islamic State group, officials said.", "en", [("ain_asad", None)]),
    ("واستهدفت طائرة مسيرة قاعدة حرير أمس، وهي قاعدة تستخدم لشن غارات على مواقع تنظيم داعش.",
     "ar", [("harir", None)]),
])
def test_what_an_attack_was_against_is_not_its_author(extractor, text, lang, expected):
    assert places(extractor, text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Une attaque au drone a visé samedi la base d'Aïn al-Assad, selon des sources de sécurité, "
     "ce que le Pentagone a dit ne pas être en mesure de confirmer.", "fr"),
    ("A drone attack targeted the Ain al-Asad base on Saturday, security sources said, but "
     "the Pentagon could not confirm it.", "en"),
    ("وقالت مصادر أمنية إن طائرة مسيرة استهدفت قاعدة عين الأسد أمس، فيما لم يؤكد البنتاغون "
     "الهجوم.", "ar"),
])
def test_the_side_hit_declining_to_confirm_confirms_nothing(extractor, text, lang):
    report = grounded.one(extractor, text, lang, "2023-10-21")
    assert report.claim == "reported"  # the security sources' word; not denied either


@pytest.mark.parametrize("text, lang", [
    ("L'armée américaine a confirmé dimanche que sa base d'Aïn al-Assad a été la cible d'une "
     "attaque samedi soir, au cours de laquelle des militaires ont été blessés.", "fr"),
    ("The U.S. military said on Sunday that the Ain al-Asad air base was attacked late "
     "Saturday, injuring several service members.", "en"),
])
def test_the_day_of_a_statement_is_not_the_day_of_the_attack(extractor, text, lang):
    assert grounded.one(extractor, text, lang, "2024-01-21").date == "2024-01-20"


@pytest.mark.parametrize("text, lang", [
    ("Notre correspondant à Bagdad a rapporté lundi que des drones ont visé la base de Rmeilan.",
     "fr"),
    ("Al Mayadeen's correspondent in Baghdad reported on Monday that drones targeted the "
     "Rmelan base.", "en"),
    ("وأفاد مراسل الميادين في بغداد بأن طائرات مسيرة استهدفت قاعدة رميلان اليوم.", "ar"),
])
def test_where_a_correspondent_sits_is_no_target(extractor, text, lang):
    assert [p for p, _ in places(extractor, text, lang)] == ["rmelan"]


@pytest.mark.parametrize("text, lang", [
    ("Des drones ont visé lundi la base d'Aïn al-Assad, sur fond de la guerre meurtrière menée "
     "par Israël dans la bande de Gaza, selon des sources locales.", "fr"),
    ("Drones targeted the Ain al-Asad base on Monday amid the deadly war in Gaza, local "
     "sources said.", "en"),
])
def test_the_toll_of_a_war_named_beside_an_attack_is_not_its_toll(extractor, text, lang):
    report = grounded.one(extractor, text, lang, "2023-11-06")
    assert (report.casualties, report.outcome) == ("unknown", "unknown")


@pytest.mark.parametrize("text, lang", [
    ("Une frappe américaine a visé mardi un site à Jurf al-Sakhar, a confirmé un responsable du "
     "Hachd al-Chaabi.", "fr"),
    ("A U.S. airstrike hit a site in Jurf al-Sakhar on Tuesday, a Kataib Hezbollah official "
     "confirmed.", "en"),
    # the state whose soil was struck speaks for the side hit
    ("Le porte-parole du gouvernement irakien a confirmé mardi une frappe américaine contre "
     "Jurf al-Sakhar.", "fr"),
    ("A U.S. airstrike hit a site in Jurf al-Sakhar on Tuesday, the Iraqi government "
     "confirmed.", "en"),
])
def test_the_side_struck_acknowledging_a_us_strike_confirms_it(extractor, text, lang):
    report = grounded.one(extractor, text, lang, "2024-01-24")
    assert (report.actor, report.claim) == ("United States", "confirmed")


@pytest.mark.parametrize("text", [
    "Lundi, des drones ont visé la base d'al-Tanf, ce qu'a revendiqué la Résistance islamique en Irak.",
    "Lundi, des drones ont visé la base d'al-Tanf. L'attaque a été revendiquée par un groupe "
    "baptisé Résistance islamique en Irak.",
    "La Résistance islamique en Irak a visé samedi Aïn al-Assad. La veille, ce groupe avait "
    "visé la base d'al-Tanf avec deux drones.",
])
def test_the_claimant_in_other_word_orders(extractor, text):
    reports = grounded.reports(extractor, text, "fr", "2024-01-09")
    tanf = next(r for r in reports if r.place.id == "tanf")
    assert tanf.actor == "Islamic Resistance in Iraq"


def test_the_side_hit_striking_back_in_its_own_stretch_is_an_attacker(extractor):
    text = ("Last week the group targeted the Ain al-Asad base which houses US troops, injuring "
            "one Iraqi service member, to which the US responded with retaliatory airstrikes on "
            "facilities of Kataib Hezbollah in Jurf al-Sakhar.")
    assert dict(places(extractor, text, "en", "2024-01-25"))["jurf_sakhar"] == "United States"


def test_an_attack_phrase_of_the_side_hit_elsewhere_in_the_sentence_names_its_author(extractor):
    text = ("La Résistance islamique en Irak a revendiqué des attaques contre les bases "
            "américaines d'Al-Tanf et d'Al-Shaddadi, peu après la mort d'un commandant dans un "
            "raid aérien américain à Bagdad.")
    assert dict(places(extractor, text, "fr", "2024-01-06"))["baghdad"] == "United States"


def test_a_town_struck_with_other_weapons_near_a_site_is_another_attack(extractor):
    text = ("Des roquettes ont visé mardi la base du champ de Conoco. Peu après, des frappes "
            "américaines ont visé mardi le village de Khasham.")
    assert sorted(p for p, _ in places(extractor, text, "fr")) == ["conoco", "khasham"]


@pytest.mark.parametrize("text, lang, outcome", [
    ("A drone targeting the Erbil airport base was shot down and destroyed late Thursday, "
     "Kurdistan counterterrorism said.", "en", "intercepted"),
    ("A drone targeting the Erbil airport base was shot down on Sunday without causing any "
     "casualties or damages, officials said.", "en", "intercepted"),
    ("Un drone visant la base de l'aéroport d'Erbil a été abattu jeudi, sans faire ni victimes "
     "ni dégâts.", "fr", "intercepted"),
])
def test_damage_denied_or_done_to_the_drone_is_no_hit(extractor, text, lang, outcome):
    assert grounded.one(extractor, text, lang, "2024-01-25").outcome == outcome


def test_a_short_bracket_is_no_clause_edge(extractor):
    text = ("La Résistance islamique en Irak a revendiqué des attaques contre les bases d'Al-Tanf "
            "et d'Al-Shaddadi, peu après la mort du chef des Unités de mobilisation populaire "
            "(UMP) dans un raid américain à Bagdad.")
    tanf = next(r for r in grounded.reports(extractor, text, "fr", "2024-01-06")
                if r.place.id == "tanf")
    assert (tanf.outcome, tanf.casualties) == ("unknown", "unknown")


@pytest.mark.parametrize("text, lang", [
    ("Une frappe américaine a tué mercredi 7 février un commandant à Bagdad. Le 28 janvier, une "
     "attaque de drone avait tué trois soldats américains en Jordanie. Un drone a tiré trois "
     "roquettes contre une voiture dans le quartier de Machtal, selon un responsable.", "fr"),
    ("A U.S. strike killed a commander in Baghdad on Wednesday, Feb. 7. On Jan. 28, a drone "
     "attack had killed three American soldiers in Jordan. A drone fired three rockets at a "
     "car in the Mashtal district, an official said.", "en"),
])
def test_an_earlier_attack_told_in_the_pluperfect_keeps_the_day_in_focus(extractor, text, lang):
    reports = grounded.reports(extractor, text, lang, "2024-02-07")
    assert [(r.place.id, r.date, r.actor) for r in reports] == [
        ("al_mashtal", "2024-02-07", "United States")]


def test_a_list_running_on_from_a_claim_is_told_on_its_word(extractor):
    text = ("Le Pentagone a indiqué que les bases américaines ont subi 38 attaques depuis le 17 "
            "octobre. La Résistance islamique en Irak a annoncé avoir visé lundi la base d'Aïn "
            "al-Assad. Les bases de Tell Beydar et d'al-Tanf ont aussi été visées lundi.")
    reports = grounded.reports(extractor, text, "fr", "2023-11-07")
    assert {r.place.id: r.claim for r in reports} == {
        "ain_asad": "claimed", "tal_baydar": "claimed", "tanf": "claimed"}


@pytest.mark.parametrize("text, lang", [
    ("A drone was shot down near Erbil airport on Wednesday. The Harir air base, some 50 "
     "kilometers away, is also a frequent target.", "en"),
    ("Un drone a été abattu mercredi près de l'aéroport d'Erbil. La base de Harir est elle "
     "aussi régulièrement visée.", "fr"),
    ("Un drone a été abattu mercredi près de l'aéroport d'Erbil. Les attaques contre la base de "
     "Harir ne sont pas nouvelles et entraînent souvent des ripostes.", "fr"),
    ("A drone was shot down near Erbil airport on Wednesday. Attacks on the Harir air base are "
     "not new.", "en"),
])
def test_an_attack_told_as_recurring_is_no_event(extractor, text, lang):
    assert [p for p, _ in places(extractor, text, lang)] == ["erbil_airport"]


def test_an_unclaimed_attack_is_not_claimed(extractor):
    text = ("La Résistance islamique en Irak a revendiqué des attaques cette semaine. Vendredi, "
            "trois roquettes ont visé l'ambassade américaine à Bagdad, selon un responsable "
            "sécuritaire. L'attaque contre l'ambassade n'a pas été revendiquée.")
    embassy = grounded.one(extractor, text, "fr", "2023-12-08")
    assert embassy.claim == "reported"


def test_an_earlier_attack_dated_at_the_end_of_its_clause_stays_in_the_background(extractor):
    text = ("Une frappe de drone a tué mercredi deux commandants à Bagdad. Elle survient après "
            "une attaque qui a tué trois soldats américains en plein désert jordanien, à la "
            "frontière syrienne, le 28 janvier. Un drone a tiré trois roquettes contre une "
            "voiture dans le quartier de Machtal, selon un responsable.")
    reports = grounded.reports(extractor, text, "fr", "2024-02-07")
    assert {r.date for r in reports} == {"2024-02-07"}


@pytest.mark.parametrize("text, place", [
    ("Six missiles auraient été largués vendredi sur la base du champ pétrolier d'Al-Omar.", "omar"),
    ("Une base américaine du champ de Koniko a été touchée lundi par des missiles.", "conoco"),
    ("Des F-15E ont frappé lundi une installation près de la ville de Mayadeen.", "mayadin"),
])
def test_more_french_wordings_of_an_attack(extractor, text, place):
    assert [p for p, _ in places(extractor, text, "fr", "2023-11-13")] == [place]


def test_a_tag_line_between_two_sentences_breaks_no_thread(extractor):
    text = ("Deux drones qui visaient les forces américaines en Syrie ont été abattus mercredi, "
            "causant quelques blessés légers.\n– Guerre au Proche-Orient.\nLes responsables ont "
            "déclaré que l'attaque visait la base d'al-Tanf.")
    tanf = grounded.one(extractor, text, "fr", "2023-10-19")
    assert (tanf.weapons, tanf.outcome, tanf.casualties) == (["drone"], "intercepted", "some")


@pytest.mark.parametrize("text, expected", [
    ("وتزامن استهداف حزب الله العراقي في منطقة المشتل مع غارة أمريكية على بغداد اليوم.",
     [("al_mashtal", None)]),
    ("نقل مراسل عن شهود عيان في مدينة دير الزور وقوع انفجارات في حقل العمر النفطي اليوم.",
     [("omar", None)]),
    ("سمعت ثلاثة انفجارات في منطقة اليعربية ناتجة عن استهداف قاعدة أمريكية اليوم.",
     [("yarubiyah", None)]),
])
def test_arabic_objects_witnesses_and_border_towns(extractor, text, expected):
    assert places(extractor, text, "ar", "2024-02-07") == expected


@pytest.mark.parametrize("text, lang", [
    ("Three US service members were killed in a drone attack on US forces in northeastern "
     "Jordan, President Biden said in a statement on Sunday. Biden said the attack occurred "
     "on Saturday night.", "en"),
    ("Trois soldats américains ont été tués dans une attaque de drone contre la Tour 22, a "
     "annoncé dimanche le président Biden. L'attaque a eu lieu samedi soir, a-t-il précisé.",
     "fr"),
])
def test_the_day_an_attack_occurred_told_after_the_day_it_was_announced(extractor, text, lang):
    assert grounded.one(extractor, text, lang, "2024-01-28").date == "2024-01-27"


def test_the_lines_of_a_tallys_breakdown_are_no_events(extractor):
    text = ("A drone struck the Kharab al-Jir base on Friday, the monitor said.\n"
            "Since October 19, the monitor has documented 40 attacks on coalition bases in Syria, "
            "distributed as follows:\n"
            "- 12 attacks on the Al-Omar oil field base\n"
            "- 8 attacks on the Conoco gas field base\n"
            "- 1 attack on the Qasrak base")
    found = grounded.reports(extractor, text, "en", "2023-12-09")
    assert [r.place.id for r in found] == ["kharab_jir"]


def test_counted_attacks_with_no_tally_before_are_events(extractor):
    text = "Two drone attacks targeted the Ain al-Asad air base, a security source said."
    assert grounded.one(extractor, text, "en", "2023-12-09").place.id == "ain_asad"


def test_a_similar_attack_told_in_passing_keeps_the_day_in_focus(extractor):
    text = ("Four missiles hit the Al-Omar oil field base on Tuesday evening, local sources said. "
            "A similar drone attack was apparently foiled on Monday by the base's defences.\n\n"
            "Earlier, the Islamic Resistance in Iraq announced that the Al-Shaddadi base had also "
            "been targeted.")
    found = {r.place.id: r.date for r in grounded.reports(extractor, text, "en", "2024-01-03")}
    assert found == {"omar": "2024-01-02", "shaddadi": "2024-01-02"}


def test_a_place_closing_a_quotation_before_its_attribution_is_the_place_hit(extractor):
    text = ("«Cinq combattants ont été tués par un bombardement aérien sur le secteur de Jurf "
            "al-Sakhar», a indiqué à l'AFP un responsable de la sécurité.")
    assert grounded.one(extractor, text, "fr", "2023-11-22").place.id == "jurf_sakhar"


def test_latin_place_spellings_travel_between_french_and_english(extractor):
    fr = "Deux drones ont visé mercredi la Bashur airbase, dans le Kurdistan irakien."
    en = "Two drones targeted the Tour 22 outpost on Sunday, the monitor said."
    assert grounded.one(extractor, fr, "fr", "2023-11-22").place.id == "harir"  # Bashur = Harir
    assert grounded.one(extractor, en, "en", "2024-01-29").place.id == "tower22"


@pytest.mark.parametrize("where", [
    "situé à une soixantaine de kilomètres au sud de Bagdad",
    "au sud de la capitale irakienne, Bagdad",
])
def test_a_city_a_site_lies_south_of_only_situates_it(extractor, where):
    text = f"Les raids américains ont visé mercredi le secteur de Jurf al-Sakhr, {where}."
    assert grounded.one(extractor, text, "fr", "2024-01-24").place.id == "jurf_sakhar"


def test_a_capital_denouncing_a_strike_is_its_government(extractor):
    text = ("Des frappes américaines ont tué mardi à l'aube un combattant à Hilla, Bagdad dénonçant "
            "un « acte hostile ».")
    assert grounded.one(extractor, text, "fr", "2023-12-26").place.id == "hillah"


def test_a_shoot_down_told_elsewhere_says_nothing_of_the_interceptors_strikes(extractor):
    text = ("Mercredi soir, l'armée israélienne a bombardé une maison à Bint Jbeil, tuant deux "
            "civils. L'armée israélienne a par ailleurs annoncé avoir intercepté au large de Tyr "
            "un drone lancé depuis l'Irak.")
    found = grounded.reports(extractor, text, "fr", "2023-12-28")
    assert [(r.place.id, r.claim.value) for r in found] == [("bint_jbeil", "reported"),
                                                            ("tyre", "claimed")]


def test_the_rumalyn_landing_zone_is_the_rmelan_airstrip(extractor):
    text = ("On the morning of Nov. 13, one-way drones were launched against US forces at Rumalyn "
            "Landing Zone, Syria. One drone impacted RLZ [American base near Hasaka].")
    assert grounded.one(extractor, text, "en", "2023-11-13").place.id == "kharab_jir"


def test_an_attack_told_weeks_back_with_its_means_lends_its_day_to_the_next_sentence(extractor):
    text = ("قال مسؤول أمريكي إن هجوما بطائرة مسيرة شن صباح الجمعة على قاعدة التنف. "
            "وفي الـ 23 من أكتوبر الماضي، استهدفت قوات أمريكية في سوريا بطائرات مسيرة ولكن لم تقع "
            "أي إصابات. وقال المسؤولون إن الهجوم وقع في قاعدة التنف.")
    found = sorted((r.place.id, r.date) for r in grounded.reports(extractor, text, "ar", "2023-11-10"))
    assert found == [("tanf", "2023-10-23"), ("tanf", "2023-11-10")]


# The day a sentence tells, read as a coder would: (id, text, lang, published, day).
DAY_CASES = [
    ("the_day_a_war_was_launched_five_words_after_it_dates_the_war",
     ("Des frappes ont visé Qousseir dans la nuit, l'armée israélienne disant viser le Hezbollah "
      "en parallèle de sa guerre au Liban lancée le 23 septembre."),
     "fr", "2024-11-27", "2024-11-27"),
    ("the_day_before_with_no_day_told_is_the_day_before_the_report",
     "La veille, des groupes armés ont attaqué avec des drones la base d'al-Tanf.",
     "fr", "2024-01-31", "2024-01-30"),
    ("a_place_told_next_takes_the_day_of_the_attack_the_sentence_opened_with",
     ("Les forces américaines ont été la cible de roquettes lundi, a déclaré un responsable, "
      "après que trois soldats ont été tués la veille par un drone. Plusieurs roquettes ont été "
      "lancées contre la base de Shaddadi."),
     "fr", "2024-01-31", "2024-01-29"),
    ("the_day_after_is_counted_from_the_date_told_just_before",
     ("Le 20 octobre, des explosions ont été entendues dans la région, et le lendemain deux "
      "drones ont visé la base d'Aïn al-Assad."),
     "fr", "2023-10-31", "2023-10-21"),
    ("the_night_just_ended_is_the_day_of_publication",
     "La base d'al-Tanf a été visée la nuit dernière par deux drones.",
     "fr", "2024-08-10", "2024-08-10"),
    ("a_since_clause_ending_in_a_date_gives_a_start_not_the_attack_day",
     ("A drone hit the Tower 22 outpost in Jordan on Sunday, killing three soldiers. It was "
      "the first attack on Tower 22 since strikes on U.S. and coalition forces in the region "
      "escalated on October 17."),
     "en", "2024-01-29", "2024-01-28"),
    ("a_comma_closes_the_since_clause",
     ("Since October 17, U.S. forces have been attacked more than 150 times, including "
      "on January 20 at the Ain al-Asad air base."),
     "en", "2024-01-29", "2024-01-20"),
    ("today_inside_a_quotation_is_the_speakers_day_not_the_publications",
     ("Les États-Unis ont mené vendredi 2 février des frappes contre des cibles en Irak et en "
      "Syrie. Le président a déclaré que ces frappes étaient les premières d'une série, en "
      "réponse à l'attaque en Jordanie. « Notre réponse a commencé aujourd'hui. Cela se "
      "poursuivra », a-t-il ajouté. Trois personnes ont été tuées lors de l'attaque américaine "
      "contre la région d'al-Qaïm, dans l'ouest de l'Irak."),
     "fr", "2024-02-03", "2024-02-02"),
    ("an_undated_lead_does_not_take_a_day_of_history_told_at_the_end",
     ("The U.S. military conducted airstrikes on a weapons facility near Mayadin in eastern "
      "Syria, according to the Pentagon. Israel declared war on Hamas after the attacks of "
      "Oct. 7 in which 1,200 people were killed."),
     "en", "2023-11-12", "2023-11-12"),
    ("a_feast_names_its_day",
     ("Une frappe de drone a touché la nuit de Noël la base aérienne d'Erbil, blessant trois "
      "militaires américains."),
     "fr", "2023-12-27", "2023-12-25"),
    ("a_feast_names_its_day_in_english",
     "A drone struck the Erbil air base on Christmas Day, wounding three U.S. troops.",
     "en", "2023-12-27", "2023-12-25"),
    ("a_feast_names_its_day_in_arabic",
     "استهدفت طائرة مسيرة قاعدة حرير ليلة رأس السنة، بحسب مصادر أمنية.",
     "ar", "2024-01-02", "2023-12-31"),
    ("a_weekday_then_overnight_is_that_weekday",
     ("Also on Wednesday overnight at least two drones attacked the Harir base in Erbil "
      "province."),
     "en", "2023-11-09", "2023-11-08"),
    ("a_day_word_in_an_outlets_name_is_no_date",
     ("Washington, January 21, 2024, The Gulf Today: The US Central Command reported that the "
      "Al-Asad air base in Iraq was subjected to a ballistic missile attack on Saturday by "
      "Iran-backed militants."),
     "en", "2024-01-21", "2024-01-20"),
    ("a_sentence_opening_with_today_keeps_its_day",
      "The spokesman spoke to Reuters. Today, two drones struck the Harir air base.",
     "en", "2024-01-21", "2024-01-21"),
    ("earlier_in_the_day_is_the_narratives_day",
     ("Trois attaques de drones ont visé mercredi des bases américaines en Irak, a annoncé le "
      "CENTCOM. Plus tôt dans la journée, un drone a visé la base de Harir, à Erbil."),
     "fr", "2023-10-19", "2023-10-18"),
    ("the_day_the_war_began_is_not_the_day_in_focus",
     ("Des frappes israéliennes ont visé jeudi la Syrie, selon une source militaire.\nCes frappes "
      "sont les premières sur la Syrie depuis le début de la guerre, qui a fait des milliers de "
      "morts, déclenchée par l'attaque samedi du Hamas contre Israël.\nUne agression israélienne "
      "a visé l'aéroport de Damas, a affirmé la télévision d'État."),
     "fr", "2023-10-13", "2023-10-12"),
    ("a_month_weeks_before_publication_is_history_not_the_reports_day",
     ("Un groupe appelé Résistance islamique en Irak a déclaré avoir attaqué la base militaire "
      "d'al-Harir par drone.\nDepuis le début de la guerre entre Israël et le Hamas dans le "
      "territoire palestinien de Gaza en octobre, l'armée américaine a été attaquée au moins une "
      "centaine de fois."),
     "fr", "2024-01-05", "2024-01-05"),
]


@pytest.mark.parametrize(("text", "lang", "published", "day"), [c[1:] for c in DAY_CASES],
                         ids=[c[0] for c in DAY_CASES])
def test_the_day_a_report_tells(extractor, text, lang, published, day):
    assert grounded.one(extractor, text, lang, published).date == day


@pytest.mark.parametrize(("text", "place"), [
    ("Des roquettes ont atteint mardi la base d'Aïn al-Assad, a déclaré la police.", "ain_asad"),
    ("La Résistance islamique a pris pour cible mardi la base Tal Bidr, dans le nord-est syrien.",
     "tal_baydar"),
    ("La Résistance islamique a visé mardi la base d'al-Shadadi au sud de la ville syrienne de "
     "Hassaké.", "shaddadi"),
])
def test_french_ways_of_telling_an_attack_and_its_place(extractor, text, place):
    assert grounded.one(extractor, text, "fr", "2023-11-07").place.id == place


def test_an_abbreviation_in_brackets_shares_its_names_role(extractor):
    text = ("The official added that on Nov. 12, one-way drone attacks were launched against US "
            "forces at Al-Shadaddi. The drone was shot down prior to reaching its target.\n\n"
            "So far, the US has retaliated three times, on Oct. 26, Oct. 8, Oct. 13 in Deir ez-Zor "
            "in Syria, targeting facilities run by Islamic Revolutionary Guard Corps (IRGC).")
    found = {r.place.id: r.actor for r in grounded.reports(extractor, text, "en", "2023-11-13")}
    assert found["shaddadi"] is None


@pytest.mark.parametrize(("text", "actor"), [
    ("U.S. personnel were injured in a ballistic missile attack on the Al-Asad air base on "
     "Saturday, two U.S. officials said.\n\nThe attacks have come at a rate of several a week "
     "since October, and more than 140 have been counted. Officials said the base's defences "
     "intercepted most of the missiles.\n\nThe Islamic Resistance in Iraq, an Iran-backed group, "
     "claimed responsibility for the missile attack in a statement on Saturday.",
     "Islamic Resistance in Iraq"),
    ("Five rockets were fired at a base housing U.S. troops near al-Shaddadi late on Saturday, a "
     "U.S. official said. It was not immediately clear who was behind the attack. The Islamic "
     "Resistance in Iraq has claimed attacks on U.S. forces in Syria this week.", None),
])
def test_an_attacker_named_soon_after_claims_the_attack_unless_no_one_did(extractor, text, actor):
    assert grounded.one(extractor, text, "en", "2024-01-21").actor == actor


# Where the attacks a text tells hit, read as a coder would: (id, text, lang, published, places).
WHERE_CASES = [
    ("a_village_of_the_2024_war_in_lebanon_named_near_its_city",
     "Des avions israéliens ont frappé samedi la localité de Maaraké, près de Tyr.",
     "fr", "2024-10-20", ["maarakeh"]),
    ("a_border_crossing_struck_in_2024",
     "Des avions israéliens ont frappé samedi le point de passage de Jousieh.",
     "fr", "2024-10-20", ["jousieh_crossing"]),
    ("a_dateline_between_bars_is_where_the_reporter_filed_from",
     "Beyrouth, Liban | AFP | mercredi 27/11/2024 - Israël a mené des frappes sur Qousseir.",
     "fr", "2024-11-27", ["qusayr"]),
    ("where_rockets_were_launched_from_a_town_is_not_where_they_hit_1",
     ("Au moins cinq roquettes ont été lancées dimanche depuis la ville irakienne de Zummar "
      "vers une base de la coalition à Roumeline, en Syrie."),
     "fr", "2024-04-22", ["rmelan"]),
    ("where_rockets_were_launched_from_a_town_is_not_where_they_hit_2",
     ("The attack, launched from the town of Zummar late on Sunday, targeted a coalition base "
      "at Rmeilan in Syria."),
     "en", "2024-04-22", ["rmelan"]),
    ("a_search_operation_is_no_attack",
     ("Un drone a frappé mardi la base de Harir. Les forces irakiennes ont lancé une opération "
      "de recherche dans la province de Ninive."),
     "fr", "2024-04-22", ["harir"]),
    ("a_period_told_by_its_two_ends_is_no_day_of_attack_1",
     ("Un drone a été abattu mercredi près de l'aéroport d'Erbil. Selon des sources, la base "
      "de Harir a été touchée par des frappes entre le 24 octobre et le 2 décembre."),
     "fr", "2023-12-08", ["erbil_airport"]),
    ("a_period_told_by_its_two_ends_is_no_day_of_attack_2",
     ("A drone was shot down near Erbil airport on Wednesday. The Harir base was hit by "
      "strikes between October 24 and December 2, sources said."),
     "en", "2023-12-08", ["erbil_airport"]),
    ("attacks_counted_since_an_operation_are_no_attack_of_its_day",
     ("Un drone a été abattu mercredi près de l'aéroport d'Erbil. La base de Harir a été "
      "prise pour cible à douze reprises depuis l'opération du 7 octobre."),
     "fr", "2023-12-08", ["erbil_airport"]),
    ("a_unit_named_after_a_city_is_no_place",
     ("Le général a été tué lundi dans un raid près de Damas. Il était l'officier de la "
      "Force Al Quds le plus haut placé tué dans un raid hors d'Iran."),
     "fr", "2023-12-26", ["damascus"]),
    ("a_town_opening_the_sentence_before_a_saying_is_where_it_was_said",
     ("In Baghdad, a government spokesman said the U.S. strike on Jurf al-Sakhar on Tuesday "
      "killed two fighters."),
     "en", "2024-01-24", ["jurf_sakhar"]),
    ("a_town_opening_the_sentence_before_a_saying_in_french",
     ("Cinq personnes ont été tuées samedi dans une frappe contre un bâtiment à Damas. À "
      "Téhéran, l'agence Mehr a indiqué que deux conseillers iraniens ont été tués dans "
      "l'attaque menée à Damas."),
     "fr", "2024-01-20", ["damascus"]),
    ("the_air_base_in_erbil_is_its_airport",
     "La frappe de drone a touché lundi une base aérienne à Erbil, blessant trois militaires.",
     "fr", "2023-12-26", ["erbil_airport"]),
    ("a_province_described_only_situates",
     ("Deux explosions ont secoué jeudi une base américaine située dans la région de "
      "Shaddadi, dans la province rurale de Hassaké."),
     "fr", "2023-10-29", ["shaddadi"]),
    ("a_capital_named_by_its_country",
     ("Une frappe de drone a visé jeudi un véhicule dans la capitale irakienne, tuant deux "
      "membres d'une faction armée."),
     "fr", "2024-01-05", ["baghdad"]),
    ("a_capital_named_by_its_country_in_arabic",
     ("استهدفت طائرة مسيرة سيارة في العاصمة العراقية يوم الخميس، ما أدى إلى مقتل شخصين."),
     "ar", "2024-01-05", ["baghdad"]),
    ("a_town_of_the_euphrates_valley_hosting_us_forces",
     ("Une explosion a été enregistrée jeudi soir dans la région de Thiban, dans la campagne "
      "de Deir al-Zour, où sont stationnées des forces américaines."),
     "fr", "2023-10-27", ["thiban"]),
    ("a_capital_naming_a_patron_is_no_place_hit",
     ("U.S. aircraft struck Kataib Hezbollah sites near Al-Qaim on Tuesday. Other "
      "Tehran-affiliated groups are said to have also been targeted."),
     "en", "2024-01-24", ["qaim"]),
    ("a_capital_acting_is_its_government_not_a_place_hit",
     ("Two drones were shot down on Monday near the Al-Tanf garrison, the Pentagon said. "
      "Officials said they had no evidence that Tehran had ordered the militias to carry out "
      "these attacks, but that rising strikes by Iran-backed groups show Tehran could be "
      "seeking to widen the war."),
     "en", "2023-10-24", ["tanf"]),
    ("an_arabic_dateline_with_its_date_and_agency_is_not_where_it_happened",
     "دمشق 4 يناير 2024 (وكالة خيالية) استهدفت المقاومة الإسلامية قاعدة التنف بالطيران المسير.",
     "ar", "2024-01-04", ["tanf"]),
    ("the_arabic_capital_a_town_lies_south_of_only_situates_it",
     "أكدت مصادر وقوع انفجار في جرف النصر، جنوبي العاصمة العراقية بغداد، فجر اليوم الثلاثاء.",
     "ar", "2023-12-26", ["jurf_sakhar"]),
    ("a_wire_dateline_and_its_region_are_not_where_it_happened",
     ("ERBIL, Kurdistan Region - Two drones were shot down on Tuesday near the "
      "Harir air base, a U.S. official said."),
     "en", "2024-01-10", ["harir"]),
    ("an_arabic_dateline_is_not_where_it_happened",
     "بغداد- وكالة خيالية- استهدفت طائرة مسيرة قاعدة عين الأسد فجر اليوم.",
     "ar", "2024-01-10", ["ain_asad"]),
    ("a_distance_from_a_landmark_is_a_reference_not_a_target",
     ("Deux drones ont visé mardi la base d'al-Harir, située à 45 kilomètres au nord de "
      "l'aéroport d'Erbil, selon des sources locales."),
     "fr", "2024-01-10", ["harir"]),
    ("a_town_right_after_a_site_only_locates_it",
     "Un drone s'est abattu mardi sur la base d'al-Harir à Erbil, selon une source de sécurité.",
     "fr", "2024-01-10", ["harir"]),
    ("where_a_strike_came_from_is_not_where_it_hit",
     ("Le correspondant a rapporté mardi que les forces américaines ont mené des frappes, "
      "depuis le champ gazier de Conoco, sur le village de Khasham."),
     "fr", "2024-01-03", ["khasham"]),
    ("a_place_after_a_locator_after_a_place_only_locates",
     ("Mardi, un bombardement dans la région d'Abou Ghraib, près de Bagdad, a visé un "
      "véhicule, selon des sources locales."),
     "fr", "2024-01-10", ["abu_ghraib"]),
    ("a_site_and_its_town_named_for_one_attack_are_one_report",
     ("Un drone a été abattu mardi à Erbil, a annoncé le service antiterroriste. Le drone "
      "visait la base de la coalition à l'aéroport d'Erbil, selon le communiqué."),
     "fr", "2024-01-10", ["erbil_airport"]),
    ("a_capital_that_speaks_is_its_government",
     ("WASHINGTON/BAGHDAD/ TEHRAN - US strikes hit the Akashat region on Friday, officials "
      "said. Baghdad denied any coordination, and Tehran has denied any link to the attack."),
     "en", "2024-02-03", ["akashat"]),
    ("missiles_that_rained_down_on_a_base",
     "Six missiles rained down on the US base at the Al-Omar oil field early Friday.",
     "en", "2023-10-27", ["omar"]),
    ("a_capital_negotiating_is_its_government",
     ("La Résistance islamique en Irak a revendiqué mardi une frappe de drone sur Haïfa. "
      "En Irak, les attaques contre les forces américaines se font moins nombreuses, alors "
      "que Bagdad négocie leur départ."),
     "fr", "2024-01-10", ["haifa"]),
    ("a_sea_places_no_event_1",
     ("Trois drones lancés depuis l'est ont été interceptés mardi au-dessus de la mer "
      "Rouge, a indiqué l'armée israélienne."),
     "fr", "2024-01-10", []),
    ("a_sea_places_no_event_2",
     ("The Houthis said on Tuesday they had fired drones at two ships in the Red Sea."),
     "en", "2024-01-10", []),
    ("a_capital_one_supports_names_its_government",
     ("Trois soldats américains ont été tués lors d'une attaque de drone contre un "
      "avant-poste de la Tour 22; ils menaient une mission de conseil en soutien à Amman."),
     "fr", "2024-01-10", ["tower22"]),
    ("a_dateline_naming_city_country_and_day_places_nothing_1",
     ("MOSSOUL, Irak, 9 novembre (Reuters) – Un convoi de la coalition a été touché jeudi "
      "par un engin explosif près du barrage de Mossoul, ont indiqué des sources de "
      "sécurité."),
     "fr", "2023-11-09", ["mosul_dam"]),
    ("a_dateline_naming_city_country_and_day_places_nothing_2",
     ("MOSUL, Iraq, Nov 9 (Reuters) - A coalition convoy was hit by a roadside bomb near "
      "Mosul Dam on Thursday, security sources said."),
     "en", "2023-11-09", ["mosul_dam"]),
    ("more_places_of_the_campaign_1",
     ("Des sources locales ont fait état mardi de trois explosions à Jarf al-Nasr."),
     "fr", "2024-01-10", ["jurf_sakhar"]),
    ("more_places_of_the_campaign_2",
     ("Des avions israéliens ont frappé mercredi un site près de Banias, sur la côte "
      "syrienne."),
     "fr", "2024-01-10", ["baniyas"]),
    ("more_places_of_the_campaign_3",
     ("Un drone a visé lundi une base de la coalition à Zummar, dans la province de Ninive."),
     "fr", "2024-01-10", ["zummar"]),
    ("a_site_linked_to_a_capital_is_no_strike_on_it",
     ("Mercredi, les Etats-Unis avaient frappé un dépôt d'armes lié à Téhéran près de "
      "Mayadine, en Syrie."),
     "fr", "2023-11-13", ["mayadin"]),
    ("a_lebanese_district_named_after_a_village_only_situates_it_1",
     ("Deux hommes ont été tués dimanche dans une frappe de drone israélienne visant une "
      "moto dans le village de Khiam, dans le caza de Marjeyoun."),
     "fr", "2024-08-11", ["khiam"]),
    ("a_lebanese_district_named_after_a_village_only_situates_it_2",
     ("Two men were killed on Sunday in an Israeli drone strike on a motorbike in Khiam, "
      "in the caza of Marjayoun."),
     "en", "2024-08-11", ["khiam"]),
    ("an_outlet_named_for_a_city_and_a_shrine_town_spelled_like_a_city_1",
     ("Le Jerusalem Post a affirmé que des frappes aériennes avaient visé lundi la ville "
      "de Qamichli."),
     "fr", "2024-12-10", ["qamishli"]),
    ("an_outlet_named_for_a_city_and_a_shrine_town_spelled_like_a_city_2",
     ("Le raid aurait visé lundi un centre à proximité de la zone d'Al-Saida Zainab."),
     "fr", "2024-12-10", ["sayyida_zaynab"]),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), [c[1:] for c in WHERE_CASES],
                         ids=[c[0] for c in WHERE_CASES])
def test_where_a_report_says_the_attack_hit(extractor, text, lang, published, expected):
    assert [p for p, _ in places(extractor, text, lang, published)] == expected


def test_a_command_named_for_a_region_is_a_title_not_a_place(extractor):
    text = ("أكد مسؤول أن ضربة أمريكية استهدفت قائدا في \"حركة النجباء\" خلال اجتماع، وهو معاون قائد "
            "عمليات حزام بغداد.")
    assert grounded.reports(extractor, text, "ar", "2024-01-05") == []


def test_a_toll_told_place_by_place_goes_to_each_place(extractor):
    text = ("The last three attacks, all with drones, targeted the al-Harir air base and the Ain "
            "al-Asad air base as well as the Tell Beydar base on Friday. The Pentagon acknowledged "
            "that a service member was wounded in Tell Beydar, but said there were no losses at "
            "al-Harir and Ain al-Asad.")
    found = {r.place.id: r.casualties for r in grounded.reports(extractor, text, "en", "2023-11-18")}
    assert found == {"harir": "none", "ain_asad": "none", "tal_baydar": "some"}


# The one report a text gives, read as a coder would: (id, text, lang, published, fields).
ONE_REPORT_CASES = [
    ("the_side_hit_saying_who_made_the_attack_confirms_it",
     ("Lundi, une cible a été attaquée près de Baniyas. Le ministère syrien de la Défense a "
      "affirmé que l'attaque avait été menée par Israël."),
     "fr", "2024-07-09", {"place": "baniyas", "actor": "Israel", "claim": "confirmed"}),
    ("the_author_named_after_the_attack_word_does_not_tell_of_it",
     "Mardi, des frappes attribuées à Israël ont été signalées à Baniyas.",
     "fr", "2024-07-09", {"place": "baniyas", "actor": "Israel", "claim": "reported"}),
    ("the_missiles_air_strikes_were_carried_out_with_are_a_weapon_of_theirs",
     ("L'aéroport d'Alep a été visé samedi par des frappes aériennes attribuées à Israël. "
      "L'ONG a ajouté que l'attaque a été menée à l'aide de six missiles."),
     "fr", "2023-12-30", {"place": "aleppo_airport", "weapons": ["airstrike", "missile"]}),
    ("the_side_whose_place_it_is_saying_it_intercepted_confirms_and_attacks_no_one",
     ("JÉRUSALEM, 18 janvier - L'armée israélienne a dit avoir tiré un missile pour "
      "intercepter un objet menaçant jeudi, alors que les sirènes retentissaient à Eilat. "
      "Des témoins ont entendu une explosion au-dessus du golfe d'Aqaba."),
     "fr", "2024-01-18", {"place": "eilat", "actor": None, "claim": "confirmed",
                          "outcome": "intercepted"}),
    ("a_place_threatened_with_attacks_to_come_is_no_attack",
     ("Vendredi, un drone houthi a frappé un immeuble à Eilat. Le porte-parole houthi a prévenu "
      "que la zone de Tel-Aviv sera une cible principale des prochaines attaques."),
     "fr", "2024-07-20", {"place": "eilat", "actor": "Houthis"}),
    ("the_side_holding_the_place_a_frame_is_placed_at_is_no_attacker_of_it",
     ("Un missile tiré par les forces yéménites houthies a frappé une école dans le centre "
      "d'Israël dans la nuit de mercredi à jeudi. L'armée israélienne a initialement fait "
      "savoir qu'elle avait intercepté le missile, puis qu'il avait touché une école à Ramat Gan."),
     "fr", "2024-12-19", {"place": "ramat_gan", "date": "2024-12-19", "actor": "Houthis",
                          "claim": "confirmed"}),
    ("an_adverb_of_the_saying_neither_dates_the_attack_nor_makes_it_earlier",
     ("Les rebelles houthis ont annoncé avoir lancé mardi des drones vers Israël, alors que "
      "l'armée israélienne avait annoncé auparavant avoir abattu une cible aérienne au-dessus "
      "d'Eilat."),
     "fr", "2023-10-31", {"place": "eilat", "date": "2023-10-31", "actor": "Houthis",
                          "claim": "confirmed"}),
    ("the_israel_defense_forces_telling_of_a_drone_on_their_post_confirm_it",
     ("Deux soldats ont été tués lorsqu'un drone lancé par le Hezbollah a explosé dans une "
      "position de l'armée près de Metula, lundi après-midi, ont déclaré les Forces de défense "
      "israéliennes. Le Hezbollah a ensuite revendiqué l'attaque."),
     "fr", "2024-05-07", {"place": "metula", "actor": "Hezbollah", "claim": "confirmed"}),
    ("the_hebrew_state_is_israel_as_an_actor_not_a_place",
     "Lundi soir, l'État hébreu a bombardé la localité de Khiam, selon l'agence officielle.",
     "fr", "2024-05-07", {"place": "khiam", "actor": "Israel"}),
    ("the_side_hit_intercepting_the_rockets_just_told_tells_their_outcome",
     ("Dimanche vers 5h30, une trentaine de roquettes ont visé le kibboutz de Shamir, en "
      "Galilée. Shamir se trouve à neuf kilomètres de la frontière. Selon les FDI, plusieurs "
      "des roquettes ont été interceptées, les autres sont tombées dans des champs. "
      "L'attaque n'a pas fait de blessés."),
     "fr", "2024-09-09", {"place": "shamir", "outcome": "intercepted", "casualties": "none",
                          "claim": "confirmed"}),
    ("intercepting_another_weapon_tells_nothing_of_the_drone_just_told",
     ("Un drone s'est abattu jeudi sur une école à Eilat, sans faire de victime, a indiqué "
      "l'armée israélienne. En soirée, l'armée israélienne a aussi annoncé avoir intercepté un "
      "missile au-dessus de la mer Rouge. La guerre a fait des milliers de morts à Gaza."),
     "fr", "2023-11-10", {"place": "eilat", "outcome": "hit", "casualties": "none"}),
    ("a_state_telling_of_strikes_on_ground_it_does_not_hold_only_reports_them",
     ("Des avions de combat turcs ont frappé samedi soir un champ pétrolier à al-Qahtaniyah, a "
      "rapporté la télévision d'État syrienne."),
     "fr", "2023-12-24", {"place": "qahtaniyah", "actor": "Turkey", "claim": "reported"}),
    ("the_operation_told_before_is_the_air_powers_strikes",
     ("Le ministère turc de la Défense a annoncé dimanche que des avions de combat turcs ont "
      "frappé des positions du PKK dans le nord de l'Irak. Elle répond à l'attentat commis "
      "vendredi par deux assaillants contre un poste de police à Ankara. Une dizaine de "
      "terroristes ont été neutralisés, selon le ministère. Au cours de "
      "l'opération, des abris dans la région de Gara ont été visés, indique le communiqué."),
     "fr", "2024-03-11", {"place": "gara", "actor": "Turkey", "claim": "claimed"}),
    ("fighters_neutralised_are_casualties_not_an_interception",
     ("Mardi, un drone turc a visé un véhicule près d'Amouda ; deux combattants ont été "
      "neutralisés, selon une source locale."),
     "fr", "2024-01-17", {"place": "amuda", "actor": "Turkey", "casualties": "some",
                          "outcome": "hit"}),
    ("strikes_referred_back_to_keep_the_air_power_named_on_the_dispatch_day",
     ("Damas, Syrie | AFP | jeudi 14/11/2024 - Israël a mené des frappes près de la frontière "
      "libanaise, annonce jeudi une ONG. Mercredi soir, le Premier ministre israélien avait mis "
      "en garde le Hezbollah. Ces frappes ont visé le poste-frontière de Jousieh, selon l'OSDH."),
     "fr", "2024-11-14", {"place": "jousieh_crossing", "actor": "Israel",
                          "weapons": ["airstrike"]}),
    ("the_agency_speaks_for_the_news_agency_named_before_it",
     ("L'agence nationale d'information a diffusé mardi des images de maisons détruites. "
      "L'agence a ajouté qu'un raid israélien a touché mardi la localité de Naqoura."),
     "fr", "2024-03-12", {"place": "naqoura", "claim": "confirmed"}),
    ("an_attack_on_a_site_us_forces_hold_is_against_them_however_the_site_is_spelt",
     "Des missiles ont visé la base aérienne d'al-Assad, selon le Centcom.",
     "fr", "2024-01-21", {"target": "US forces", "claim": "confirmed"}),
    ("this_offensive_refers_back_to_the_attack_just_told",
     ("Lundi, la base aérienne d'Erbil a été attaquée et trois soldats américains ont été "
      "blessés. Cette offensive a été menée avec un drone explosif et a été revendiquée par la "
      "Résistance islamique en Irak."),
     "fr", "2023-12-26", {"actor": "Islamic Resistance in Iraq", "weapons": ["drone"]}),
    ("a_name_far_after_the_verb_of_a_subject_is_what_it_said_not_who_said_it",
     ("L'armée israélienne a également bombardé la banlieue sud de Beyrouth, où elle a affirmé "
      "avoir visé un entrepôt d'armes du Hezbollah."),
     "fr", "2024-10-17", {"actor": "Israel", "claim": "claimed"}),
    ("damage_named_after_a_denied_toll_in_english_is_denied_too",
     ("Two drones attacked the Harir base on Wednesday without resulting in any casualties or "
      "material damages."),
     "en", "2023-11-09", {"outcome": "unknown", "casualties": "none"}),
    ("two_groups_of_one_side_named_for_one_attack_tell_one_event_by_the_claimant",
     ("Mercredi, la Résistance islamique en Irak a attaqué la base d'Aïn al-Assad avec des "
      "drones, selon des sources sécuritaires. Le groupe Tashkil al-Waritheen a revendiqué "
      "mercredi une attaque de drones contre la base d'Aïn al-Assad."),
     "fr", "2023-10-19", {"place": "ain_asad", "actor": "Tashkil al-Waritheen", "claim": "claimed"}),
    ("a_sentence_naming_its_own_attacker_borrows_nothing_from_the_one_before",
     ("The U.S. military said it destroyed three drones in Iraq, causing minor injuries. "
      "The Islamic Resistance in Iraq said it targeted the Harir airbase with a drone."),
     "en", "2023-10-18", {"place": "harir", "casualties": "unknown", "count": None}),
    ("a_side_hit_in_another_attack_of_the_sentence_does_not_rule_out_the_attacker",
     ("A U.S. drone strike in Baghdad on Wednesday killed a commander of Kataib Hezbollah, "
      "the militia blamed for the drone attack that killed three American soldiers, "
      "U.S. Central Command said."),
     "en", "2024-02-08", {"place": "baghdad", "actor": "United States", "claim": "claimed"}),
    ("a_strike_of_a_side_is_struck_by_that_side",
     ("Les médias ont fait état mardi d'une frappe aérienne des forces américaines contre "
      "des positions à Jurf al-Sakhar."),
     "fr", "2024-01-24", {"place": "jurf_sakhar", "actor": "United States", "weapons": ["airstrike"]}),
    ("a_claim_of_responsibility_in_a_later_sentence_makes_the_report_a_claim",
     ("Des médias ont rapporté lundi qu'un drone avait visé le champ pétrolier d'al-Omar. "
      "La Résistance islamique en Irak a assumé la responsabilité de cette attaque."),
     "fr", "2024-02-05", {"actor": "Islamic Resistance in Iraq", "claim": "claimed"}),
    ("anyone_hurt_outweighs_no_us_troops_hurt",
     ("Three drones targeted the al-Tanf garrison on Friday but no American troops were "
      "injured, the U.S. military said. The remaining drone hit the compound, injuring two "
      "partner force fighters."),
     "en", "2023-10-27", {"place": "tanf", "casualties": "some"}),
    ("the_kurdistan_security_services_report_and_the_claimant_claims",
     ("Un drone a été abattu mercredi près de l'aéroport d'Erbil, a annoncé le service "
      "antiterroriste du Kurdistan. La Résistance islamique en Irak a revendiqué l'attaque."),
     "fr", "2024-01-10", {"claim": "claimed"}),
    ("a_count_stated_before_the_place_is_named_carries_over",
     ("Une dizaine de missiles ont été tirés samedi dans l'ouest de l'Irak contre une base "
      "abritant des soldats américains. Plusieurs missiles balistiques ont touché la base "
      "aérienne d'Aïn al-Assad, a indiqué un responsable militaire américain, faisant état "
      "d'un membre des forces de sécurité irakiennes grièvement blessé."),
     "fr", "2024-01-20", {"count": 10, "count_approx": True, "casualties": "some"}),
    ("a_context_date_weeks_back_does_not_date_the_news",
     ("The US carried out strikes in Iraq on Wednesday. The attacks on US forces began on "
      "Oct. 17, militia groups said. The strike by fighter aircraft destroyed a command "
      "node near Jurf al Sakhar, a US defence official said."),
     "en", "2023-11-22", {"date": "2023-11-22"}),
    ("the_attacks_day_told_before_outweighs_the_day_of_the_saying",
     ("A drone attack on a base housing U.S. troops in eastern Syria killed six Kurdish "
      "fighters late Sunday. The Syrian Democratic Forces said Monday the attack hit a "
      "training ground at al-Omar base."),
     "en", "2024-02-06", {"date": "2024-02-04"}),
    ("troops_engaging_drones_intercept_them",
     "U.S. and coalition troops engaged two drones at the Ain al-Asad air base on Oct. 18.",
     "en", "2023-10-21", {"place": "ain_asad", "outcome": "intercepted"}),
    ("an_attack_named_as_the_air_powers_is_an_air_strike",
     ("L'attaque américaine contre la ville d'al-Mayadin a fait vendredi dix morts, selon "
      "une ONG."),
     "fr", "2024-02-03", {"actor": "United States", "weapons": ["airstrike"]}),
    ("the_owner_of_what_a_strike_hit_is_not_its_author",
     ("According to a senior US military official, the strikes were carried out on Friday "
      "near Boukamal by two F-16 fighter jets, and they struck weapons storage areas that "
      "were connected to the IRGC."),
     "en", "2023-10-27", {"place": "albu_kamal", "actor": "United States", "target": None}),
    ("damage_named_after_a_denied_toll_is_denied_too",
     ("قال مسؤول عسكري أمريكي إن هجوما بطائرة مسيرة شن صباح الجمعة على قاعدة التنف، فيما تم "
      "إسقاطها قبل أن تصل إلى هدفها دون وقوع إصابات أو أضرار في البنية التحتية."),
     "ar", "2023-11-10", {"outcome": "intercepted", "casualties": "none"}),
    ("a_groups_statement_relayed_by_a_medium_is_its_claim_fr",
     ("La chaîne Al-Sumaria a cité une déclaration du groupe Résistance islamique en Irak affirmant "
      "avoir attaqué une base américaine le 12 janvier avec trois drones.\nSelon des sources locales, "
      "les drones auraient visé la base d'al-Chaddadi."),
     "fr", "2024-01-13", {"place": "shaddadi", "claim": "claimed", "date": "2024-01-12"}),
    ("a_groups_statement_relayed_by_a_medium_is_its_claim_en",
     ("Al-Sumaria TV quoted a statement from the Islamic Resistance in Iraq saying it had attacked a "
      "U.S. base on Jan. 12 with three drones.\nAccording to local sources, the drones targeted the "
      "al-Shaddadi base."),
     "en", "2024-01-13", {"place": "shaddadi", "claim": "claimed", "date": "2024-01-12"}),
    ("the_claim_of_an_attack_told_without_its_place_outweighs_the_report_placing_it_fr",
     ("La Résistance islamique en Irak a annoncé avoir visé une base américaine mardi avec des "
      "drones.\nDes explosions ont été entendues dans la base de Tell Beydar, selon l'Observatoire "
      "syrien des droits de l'homme."),
     "fr", "2024-01-10", {"place": "tal_baydar", "claim": "claimed", "actor": "Islamic Resistance in Iraq"}),
    ("the_claim_of_an_attack_told_without_its_place_outweighs_the_report_placing_it_en",
     ("The Islamic Resistance in Iraq said it had targeted a U.S. base on Tuesday with "
      "drones.\nExplosions were heard at the Tell Baydar base, according to the Syrian Observatory for "
      "Human Rights."),
     "en", "2024-01-10", {"place": "tal_baydar", "claim": "claimed", "actor": "Islamic Resistance in Iraq"}),
    ("the_claim_of_an_attack_told_without_its_place_outweighs_the_report_placing_it_ar",
     ("أعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة أمريكية يوم الثلاثاء بطائرات مسيرة.\nوسمع "
      "دوي انفجارات في قاعدة تل بيدر، بحسب المرصد السوري لحقوق الإنسان."),
     "ar", "2024-01-10", {"place": "tal_baydar", "claim": "claimed", "actor": "Islamic Resistance in Iraq"}),
    ("a_toll_in_doubt_is_unknown_fr",
     ("Un drone a visé lundi la base d'al-Harir. Il n'est pas clair si l'attaque a causé des dégâts ou "
      "des victimes, selon des sources de sécurité."),
     "fr", "2024-01-09", {"casualties": "unknown", "outcome": "unknown"}),
    ("a_toll_in_doubt_is_unknown_en",
     ("A drone targeted the al-Harir base on Monday. It was not clear whether the attack caused damage "
      "or casualties, security sources said."),
     "en", "2024-01-09", {"casualties": "unknown", "outcome": "unknown"}),
    ("a_toll_in_doubt_is_unknown_ar",
     ("استهدفت طائرة مسيرة قاعدة حرير يوم الاثنين، ولم يتضح ما إذا كان الهجوم قد أسفر عن إصابات أو "
      "أضرار."),
     "ar", "2024-01-09", {"casualties": "unknown", "outcome": "unknown"}),
    ("a_strike_a_few_sentences_after_the_air_powers_strikes_is_its_own",
     ("Des frappes américaines ont tué mardi à l'aube deux membres d'un groupe armé en Irak.\nDes "
      "sources de sécurité ont fait état de plusieurs blessés dans ces frappes contre deux sites.\nLe "
      "gouvernement irakien a dénoncé un acte hostile.\nSelon un responsable local, une frappe a visé "
      "un site à Hilla, faisant un mort."),
     "fr", "2024-01-09", {"place": "hillah", "actor": "United States", "weapons": ["airstrike"]}),
    ("a_place_named_to_situate_the_base_just_told_is_no_new_target_fr",
     ("Une base américaine dans le champ pétrolier d'al-Omar a été la cible de tirs lundi, selon des "
      "médias locaux. L'installation, qui est située à l'est de la ville de Deir ez-Zor, a été touchée "
      "par au moins 12 roquettes."),
     "fr", "2024-01-09", {"place": "omar", "count": 12, "outcome": "hit"}),
    ("a_place_named_to_situate_the_base_just_told_is_no_new_target_en",
     ("A U.S. base at the al-Omar oil field came under fire on Monday, local media said. The facility, "
      "which lies east of the city of Deir ez-Zor, was hit by at least 12 rockets."),
     "en", "2024-01-09", {"place": "omar", "count": 12, "outcome": "hit"}),
    ("the_state_media_of_the_side_hit_acknowledge_the_strike_fr",
     ("Une frappe israélienne a visé lundi l'aéroport de Damas, a déclaré une source militaire à "
      "l'agence officielle syrienne SANA."),
     "fr", "2024-01-09", {"actor": "Israel", "claim": "confirmed"}),
    ("the_state_media_of_the_side_hit_acknowledge_the_strike_en",
     "An Israeli strike hit Damascus airport on Monday, a military source told Syrian state media.",
     "en", "2024-01-09", {"actor": "Israel", "claim": "confirmed"}),
    ("state_media_reporting_an_attack_by_their_own_side_only_report_it",
     "Selon l'agence iranienne Tasnim, la Résistance islamique en Irak a visé lundi la base d'al-Harir.",
     "fr", "2024-01-09", {"claim": "reported"}),
    ("an_attacker_in_the_stretch_naming_where_the_attack_came_from",
     ("« L'ennemi israélien a lancé une attaque aérienne avec des missiles depuis le Golan occupé, "
      "ciblant un immeuble à Damas », a déclaré une source militaire lundi."),
     "fr", "2024-01-09", {"actor": "Israel"}),
    ("the_subject_after_a_saying_verb_is_not_the_author_of_a_later_attack",
     ("Un drone s'est écrasé près de la base d'al-Tanf, a indiqué lundi l'armée jordanienne après qu'un "
      "groupe a revendiqué une attaque."),
     "fr", "2024-01-09", {"actor": None}),
    ("attacks_counted_since_the_war_began_are_no_attack_of_a_day",
     ("Deux drones ont visé mardi la base d'Aïn al-Assad, sans faire de blessés.\nDepuis le début de la "
      "guerre à Gaza, la base d'Aïn al-Assad a été la cible de plusieurs attaques de drones et de "
      "missiles."),
     "fr", "2023-10-31", {"date": "2023-10-31", "weapons": ["drone"]}),
    ("who_claimed_most_of_the_attacks_is_not_who_claimed_this_one_fr",
     ("Un drone visant la base de l'aéroport d'Erbil a été abattu jeudi, selon les autorités "
      "kurdes.\nDes dizaines d'attaques ont visé depuis la mi-octobre les forces américaines en Irak et "
      "en Syrie, déployées contre le groupe État islamique (EI).\nLa plupart de ces attaques ont été "
      "revendiquées par la Résistance islamique en Irak."),
     "fr", "2024-01-12", {"actor": None, "claim": "reported", "weapons": ["drone"]}),
    ("who_claimed_most_of_the_attacks_is_not_who_claimed_this_one_en",
     ("A drone targeting the Erbil airport base was shot down on Thursday, Kurdish authorities "
      "said.\nDozens of attacks have targeted U.S. forces in Iraq and Syria since mid-October.\nMost of "
      "these attacks were claimed by the Islamic Resistance in Iraq."),
     "en", "2024-01-12", {"actor": None, "claim": "reported", "weapons": ["drone"]}),
    ("attacks_counted_without_a_period_are_told_place_by_place_next",
     ("Des groupes armés ont revendiqué mercredi deux attaques distinctes aux drones contre des bases "
      "abritant des soldats américains.\nLa première a visé la base d'Aïn al-Assad."),
     "fr", "2023-10-19", {"weapons": ["drone"]}),
    ("the_side_accused_of_an_attack_is_its_author_fr",
     ("Trois combattants ont été tués jeudi par une frappe de drone contre un bâtiment à Bagdad, selon "
      "la police.\nUn porte-parole du groupe a accusé les États-Unis d'avoir mené l'attaque."),
     "fr", "2024-01-05", {"actor": "United States", "claim": "reported"}),
    ("the_side_accused_of_an_attack_is_its_author_en",
     ("Three fighters were killed on Thursday in a drone strike on a building in Baghdad, police "
      "said.\nA spokesman for the group accused the United States of carrying out the attack."),
     "en", "2024-01-05", {"actor": "United States", "claim": "reported"}),
    ("an_air_bombing_a_few_sentences_after_the_air_powers_strikes_is_its_own",
     ("Des bombardements américains ont visé mercredi deux sites en Irak.\nLe gouvernement irakien a "
      "dénoncé une violation de sa souveraineté.\nCes frappes de précision répondent aux attaques "
      "contre les troupes américaines.\n« Cinq combattants ont été tués par un bombardement aérien sur "
      "le secteur de Jurf al-Sakhr », a indiqué un responsable."),
     "fr", "2023-11-22", {"place": "jurf_sakhar", "actor": "United States"}),
    ("an_indefinite_militia_names_no_group_told_before",
     ("La plupart des attaques ont été revendiquées par la Résistance islamique en Irak.\nJeudi soir, "
      "un drone lancé par des milices a été abattu au-dessus de l'aéroport d'Erbil, selon les services "
      "antiterroristes du Kurdistan."),
     "fr", "2024-01-12", {"actor": None}),
    ("the_means_then_whose_they_were_names_the_author",
     ("La base de Kharab al-Jir a été attaquée dimanche, selon l'OSDH.\nLa base a été frappée par des "
      "tirs de roquettes de la Résistance islamique en Irak."),
     "fr", "2023-12-03", {"actor": "Islamic Resistance in Iraq"}),
    ("a_statement_of_the_militia_about_an_attack_by_no_one_named_is_its_claim",
     ("Une radio a cité une déclaration de la milice qui confirme que des roquettes ont touché dimanche "
      "leurs cibles dans la base américaine de Kharab al-Jir."),
     "fr", "2023-12-03", {"claim": "claimed"}),
    ("the_side_a_strike_is_attributed_to_is_its_author",
     ("Trois missiles ont touché lundi une ferme près de Sayyida Zaynab. L'agence SANA a évoqué cette "
      "agression, en attribuant la responsabilité à Israël."),
     "fr", "2024-01-29", {"actor": "Israel"}),
    ("no_information_on_a_toll_is_no_toll_denied_fr",
     ("Deux drones ont visé dimanche la base d'al-Chaddadi, a affirmé le groupe. Il n'a fourni aucune "
      "information sur les victimes ni les dégâts."),
     "fr", "2023-10-30", {"casualties": "unknown", "outcome": "unknown"}),
    ("no_information_on_a_toll_is_no_toll_denied_en",
     ("Two drones targeted the al-Shaddadi base on Sunday, the group said. It gave no details on "
      "casualties or damage."),
     "en", "2023-10-30", {"casualties": "unknown", "outcome": "unknown"}),
    ("strikes_by_the_same_air_power_told_next_are_those_just_placed",
     ("Les forces américaines ont frappé dimanche deux installations près d'Albu Kamal, a déclaré Lloyd "
      "Austin.\nC'est la troisième fois en trois semaines que des sites en Syrie subissent des frappes "
      "de l'armée américaine.\nLes États-Unis ont déclaré que ces frappes n'avaient fait aucune victime."),
     "fr", "2023-11-12", {"casualties": "none"}),
    ("something_seen_inside_the_base_means_it_was_hit_fr",
     ("Une roquette a visé mercredi la base de Kharab al-Jir ; une colonne de fumée s'est élevée depuis "
      "l'intérieur de la base."),
     "fr", "2023-10-25", {"outcome": "hit"}),
    ("something_seen_inside_the_base_means_it_was_hit_en",
     "A rocket targeted the Kharab al-Jir base on Wednesday and smoke rose from inside the base.",
     "en", "2023-10-25", {"outcome": "hit"}),
    ("a_mixed_case_dateline_with_an_agency_places_nothing",
     ("Bagdad, 23 nov 2023 (AFP) — Des drones ont attaqué jeudi des forces américaines à "
      "l'aéroport international d'Erbil, a indiqué un responsable américain."),
     "fr", "2023-11-23", {"place": "erbil_airport"}),
    ("a_dateline_in_brackets_places_nothing",
     ("(Bagdad) Quatre roquettes sont tombées jeudi à proximité de la base d'Aïn al-Assad, a "
      "indiqué une source sécuritaire irakienne."),
     "fr", "2024-07-26", {"place": "ain_asad"}),
    ("a_drone_crashing_near_a_base_tells_an_attack_there",
     ("Un drone américain s'est écrasé jeudi soir près de la base aérienne de Balad, après "
      "qu'un groupe a revendiqué avoir tiré sur un appareil américain."),
     "fr", "2024-01-19", {"place": "balad_airbase"}),
    ("a_town_a_direction_is_taken_from_yields_to_the_site_named_next",
     ("Un drone militaire américain s'est écrasé jeudi au nord de la capitale irakienne Bagdad, "
      "a fait savoir un responsable.\nLe drone s'est écrasé jeudi près de la base aérienne de "
      "Balad, a-t-il déclaré."),
     "fr", "2024-01-19", {"place": "balad_airbase"}),
    ("the_al_assad_air_base_without_ain",
     "Le 5 août 2024, une attaque à la roquette a visé la base aérienne Al-Assad en Irak.",
     "fr", "2024-08-06", {"place": "ain_asad", "weapons": ["rocket"]}),
    ("the_author_of_an_earlier_event_given_as_a_cause_is_not_this_attacks",
     ("Une attaque à la roquette a visé lundi la base aérienne d'Aïn al-Assad.\nCette attaque "
      "survient à la suite de récents assassinats de responsables du Hezbollah, attribués à "
      "Israël."),
     "fr", "2024-08-06", {"place": "ain_asad", "actor": None}),
    ("a_city_after_a_province_word_is_its_governorate",
     ("Une milice a revendiqué mercredi un tir de roquettes sur une base militaire américaine "
      "située dans le gouvernorat d'Hassaké.\nSes combattants ont tiré des roquettes sur la base "
      "militaire d'al-Chaddadi, a affirmé la milice."),
     "fr", "2023-12-27", {"place": "shaddadi"}),
    ("where_rockets_were_fired_from_through_a_province_word_is_not_where_they_hit",
     ("Depuis la province irakienne de Ninive, des éléments hors-la-loi ont visé dimanche avec "
      "des roquettes la base de Kharab al-Jir."),
     "fr", "2024-04-22", {"place": "kharab_jir"}),
    ("the_author_after_the_passive_of_an_attack_noun",
     ("Une agression a visé mercredi des unités du Hachd à Jurf al-Sakhr, selon des sources. "
      "L'agression a été menée par des drones américains, selon ces sources."),
     "fr", "2024-07-31", {"place": "jurf_sakhar", "actor": "United States"}),
    ("the_one_selon_introduces_speaks_and_did_not_attack",
     ("Selon les Forces de mobilisation populaire, des unités ont été visées mercredi par une "
      "frappe à Jurf al-Sakhr."),
     "fr", "2024-07-31", {"place": "jurf_sakhar", "actor": None}),
    ("the_group_whose_headquarters_was_hit_is_the_side_hit",
     ("Une attaque de missiles a visé samedi le quartier général de la milice Hachd al-Chaabi "
      "près de Hilla, selon une agence irakienne."),
     "fr", "2024-04-21", {"actor": None}),
    ("an_air_powers_strikes_told_just_before_are_not_the_attack_on_its_forces",
     ("Les frappes américaines ont tué huit combattants mercredi.\nMercredi, des drones ont "
      "attaqué des forces américaines à l'aéroport d'Erbil, a indiqué un responsable américain."),
     "fr", "2023-11-23", {"place": "erbil_airport", "casualties": "unknown"}),
    ("security_forces_announcing_rockets_and_an_unnamed_confirmation_report_them",
     ("Des roquettes ont été tirées dimanche soir vers la base de Kharab al-Jir, ont annoncé "
      "les forces de sécurité irakiennes.\nUn responsable local a confirmé les tirs."),
     "fr", "2024-04-22", {"place": "kharab_jir", "claim": "reported"}),
    ("a_cause_placed_nowhere_else_is_the_news_its_effect_tells",
     ("L'aéroport d'Alep est hors service à la suite de frappes israéliennes qui l'ont visé "
      "jeudi, a indiqué une source militaire."),
     "fr", "2023-10-13", {"place": "aleppo_airport", "date": "2023-10-12", "actor": "Israel"}),
    ("the_city_whose_outskirts_were_hit_yields_to_the_town_named_there",
     ("Un raid israélien a fait plusieurs morts dans la banlieue sud de Damas.\n« Sept civils ont "
      "été tués lors d'une agression israélienne qui a visé un immeuble dans le quartier de Sayyida "
      "Zeinab », a indiqué une source militaire."),
     "fr", "2024-11-10", {"place": "sayyida_zaynab", "actor": "Israel"}),
    ("the_places_of_a_count_of_many_attacks_are_no_events",
     ("Un drone a visé mardi la base d'Aïn al-Assad, selon un responsable.\nSelon l'OSDH, l'armée "
      "israélienne aurait mené plus de 146 attaques sur le sol syrien, dont neuf sur Sayyida Zeinab."),
     "fr", "2024-11-13", {"place": "ain_asad"}),
    ("the_fire_of_a_missile_is_an_attack",
     ("Une personne a été tuée ce matin après le tir depuis le Liban, par le Hezbollah, d'un "
      "missile antichar vers Margaliot, dans le nord d'Israël."),
     "fr", "2024-03-04", {"place": "margaliot", "actor": "Hezbollah", "weapons": ["missile"]}),
    ("the_side_that_holds_the_place_is_not_its_attacker",
     ("L'armée israélienne a indiqué qu'un second drone, visant également Eilat, avait été "
      "intercepté mercredi."),
     "fr", "2024-09-25", {"place": "eilat", "actor": None, "claim": "confirmed"}),
    ("a_negation_reaches_along_a_list_of_tolls_and_a_confiding_day_is_a_statements",
     ("Deux drones ont attaqué les forces de la coalition sur la base d'Aïn al-Assad, sans "
      "occasionner des dégâts matériels ou des pertes humaines, ont confié mercredi deux "
      "responsables irakiens.\nMenée dans la soirée du mardi 16 juillet, cette attaque a eu lieu "
      "dans un contexte tendu."),
     "fr", "2024-07-17", {"place": "ain_asad", "date": "2024-07-16", "casualties": "none"}),
    ("a_drone_exploding_in_the_base_hit_it",
     ("Mardi, deux drones ont visé la base d'Aïn al-Assad : un drone a été abattu, le second a "
      "explosé dans la base sans faire de blessés, selon une source policière."),
     "fr", "2024-07-17", {"outcome": "hit", "casualties": "none"}),
    ("a_drone_told_as_crashed_in_reported_speech_crashed_there",
     ("Un responsable américain a informé l'AFP que le drone s'était écrasé jeudi près de la base "
      "aérienne de Balad."),
     "fr", "2024-01-19", {"place": "balad_airbase", "date": "2024-01-18"}),
    ("an_air_powers_bombardment_is_an_air_strike",
     ("Quatre miliciens ont été tués lundi dans des bombardements menés par l'armée américaine "
      "contre des cibles à Mayadin, selon l'OSDH."),
     "fr", "2024-11-12", {"place": "mayadin", "actor": "United States", "weapons": ["airstrike"]}),
    ("the_side_holding_a_place_says_nothing",
     ("La Résistance islamique en Irak, un groupe de combattants antiterroristes, a revendiqué dans "
      "un communiqué publié sur sa chaîne Telegram les frappes de missiles et de drones contre des "
      "installations gérées par les États-Unis à l'aéroport de Kharab al-Jir."),
     "fr", "2024-01-13", {"place": "kharab_jir", "claim": "claimed"}),
    ("according_to_names_the_speaker_after_it_not_the_attacker_before",
     ("La base de Tal Baydar a essuyé jeudi des tirs de roquettes de la Résistance islamique en "
      "Irak, selon des sources locales citées par une chaîne libanaise."),
     "fr", "2024-01-05", {"place": "tal_baydar", "claim": "reported",
                          "actor": "Islamic Resistance in Iraq"}),
    ("according_to_names_the_speaker_after_it_in_english",
     ("Rockets fired by the Islamic Resistance in Iraq struck the Conoco base on Thursday, "
      "according to local sources quoted by a Lebanese channel."),
     "en", "2024-01-05", {"place": "conoco", "claim": "reported"}),
    ("no_word_on_the_extent_of_losses_leaves_the_toll_unknown",
     ("La base d'al-Omar a été visée vendredi par des roquettes. Aucune information n'a été "
      "donnée sur l'ampleur des pertes."),
     "fr", "2024-01-06", {"place": "omar", "casualties": "unknown", "outcome": "unknown"}),
    ("no_one_hurt_told_as_nothing_reported",
     ("Un drone s'est abattu mardi sur la base de Harir. « Il n'a pas été fait état de blessés », "
      "a précisé un responsable."),
     "fr", "2024-01-10", {"place": "harir", "casualties": "none"}),
    ("the_agency_a_saying_is_told_to_is_not_its_speaker",
     ("Deux drones visant la base d'Aïn al-Assad ont été abattus jeudi, ont déclaré à l'AFP deux "
      "responsables américains."),
     "fr", "2024-01-12", {"place": "ain_asad", "claim": "confirmed"}),
    ("the_agency_a_saying_is_told_to_is_not_its_speaker_in_english",
     ("Two drones targeting the Ain al-Asad base were shot down on Thursday, two U.S. officials "
      "told Reuters."),
     "en", "2024-01-12", {"place": "ain_asad", "claim": "confirmed"}),
    ("a_pluperfect_in_reported_speech_is_no_reminder",
     ("Le groupe a revendiqué dans un communiqué l'attaque de drones de samedi.\nIl a noté que la "
      "base de Tal Baydar a été ciblée par des drones, et que les cibles avaient été touchées."),
     "fr", "2024-06-24", {"place": "tal_baydar", "date": "2024-06-22", "outcome": "hit"}),
    ("a_base_struck_by_drones_was_hit",
     ("La base d'al-Tanf a été frappée mardi par des drones de la Résistance islamique en Irak."),
     "fr", "2024-01-10", {"place": "tanf", "outcome": "hit"}),
    ("rockets_striking_the_outskirts_of_a_base_hit_nothing_told",
     ("Des roquettes ont frappé les environs de la base d'al-Omar mardi, selon l'OSDH."),
     "fr", "2024-01-10", {"place": "omar", "outcome": "unknown"}),
    ("a_group_saying_it_launched_the_drone_claims_it",
     ("Les défenses aériennes ont abattu dimanche un drone au-dessus de la base de Harir, selon "
      "des sources sécuritaires.\nUn groupe se faisant appeler Résistance islamique en Irak a "
      "déclaré avoir lancé le drone."),
     "fr", "2023-12-31", {"place": "harir", "claim": "claimed"}),
    ("a_suspect_disowning_an_attack_denies_nothing",
     ("Une attaque de drone a tué dimanche trois soldats américains à la Tour 22 : Biden promet "
      "une riposte, mais l'Iran nie toute implication."),
     "fr", "2024-01-29", {"place": "tower22", "claim": "reported"}),
    ("a_suspect_disowning_an_attack_denies_nothing_in_english",
     ("A drone attack killed three U.S. soldiers at Tower 22 on Sunday; Biden vowed to respond, "
      "while Iran denied any involvement."),
     "en", "2024-01-29", {"place": "tower22", "claim": "reported"}),
    ("us_representatives_speak_for_the_side_hit",
     ("Deux drones ont été interceptés mercredi près de la base d'Aïn al-Assad, ont indiqué deux "
      "représentants américains sous couvert d'anonymat."),
     "fr", "2023-10-18", {"place": "ain_asad", "claim": "confirmed"}),
    ("the_united_states_as_etats_unien",
     ("Ce vendredi, l'armée états-unienne a effectué des frappes contre deux installations près "
      "d'Abou Kamal, selon une déclaration du Pentagone."),
     "fr", "2023-10-27", {"place": "albu_kamal", "actor": "United States", "claim": "claimed"}),
    ("a_partisan_word_for_israel_names_israel",
     ("De nouvelles frappes de missiles sionistes ont visé tôt dimanche l'aéroport international "
      "d'Alep, a rapporté l'agence SANA."),
     "fr", "2023-10-22", {"place": "aleppo_airport", "actor": "Israel"}),
    ("a_since_phrase_closed_by_a_comma_opens_no_start_date",
     ("Depuis le début de l'année, la Résistance islamique irakienne a revendiqué le 5 mars une "
      "frappe de drone sur l'aéroport d'Haïfa."),
     "fr", "2024-03-06", {"place": "haifa", "date": "2024-03-05"}),
    ("fighters_fallen_as_martyrs_are_a_toll_not_an_attack",
     ("Trois combattants des Brigades du Hezbollah (Hachd al-Chaabi) sont tombés en "
      "martyre mardi à la suite d'une frappe de drone américaine visant leur véhicule "
      "à Jurf al-Sakhar."),
     "fr", "2024-02-07", {"actor": "United States", "casualties": "some"}),
    ("syrian_official_voices_acknowledging_an_israeli_strike_confirm_it_1",
     ("Deux soldats ont été tués mardi dans une frappe israélienne visant Qouneitra, "
      "ont annoncé les médias officiels syriens."),
     "fr", "2024-03-06", {"actor": "Israel", "claim": "confirmed"}),
    ("syrian_official_voices_acknowledging_an_israeli_strike_confirm_it_2",
     ("Le ministère de la Défense syrien a affirmé qu'une frappe israélienne avait "
      "visé mardi Qouneitra."),
     "fr", "2024-03-06", {"actor": "Israel", "claim": "confirmed"}),
    ("syrian_official_voices_acknowledging_an_israeli_strike_confirm_it_3",
     ("An Israeli strike hit Quneitra on Tuesday, killing two soldiers, Syrian "
      "official media said."),
     "en", "2024-03-06", {"actor": "Israel", "claim": "confirmed"}),
    ("syrian_official_voices_acknowledging_an_israeli_strike_confirm_it_4",
     ("Selon les médias du gouvernement syrien, une frappe israélienne a visé mardi "
      "Qouneitra."),
     "fr", "2024-03-06", {"actor": "Israel", "claim": "confirmed"}),
    ("one_attack_picked_out_of_a_cause_is_the_cause_too_1",
     ("Washington a annoncé que ces frappes sont une riposte à une série d'attaques "
      "contre le personnel américain, dont une attaque des Kataëb Hezbollah contre la "
      "base aérienne d'Erbil lundi."),
     "fr", "2023-12-26", {"place": "erbil_airport", "actor": "Kataib Hezbollah", "date": "2023-12-25"}),
    ("one_attack_picked_out_of_a_cause_is_the_cause_too_2",
     ("Washington said the strikes were a response to a series of attacks on US "
      "personnel, including an attack by Kataib Hezbollah on Erbil air base on Monday."),
     "en", "2023-12-26", {"place": "erbil_airport", "actor": "Kataib Hezbollah", "date": "2023-12-25"}),
    ("one_attack_picked_out_of_a_cause_is_the_cause_too_3",
     ("وقالت واشنطن إن الضربات رد على سلسلة من الهجمات ضد الأفراد الأميركيين، بما في "
      "ذلك هجوم شنته كتائب حزب الله على قاعدة أربيل الجوية الإثنين."),
     "ar", "2023-12-26", {"place": "erbil_airport", "actor": "Kataib Hezbollah", "date": "2023-12-25"}),
    ("the_group_an_attack_was_against_is_not_its_speaker_1",
     ("قالت القيادة المركزية الأميركية إن قواتها شنت غارات جوية ضد كتائب حزب الله، "
      "وذكرت أن الغارات استهدفت مواقع في منطقة القائم."),
     "ar", "2024-01-24", {"place": "qaim", "actor": "United States", "claim": "claimed"}),
    ("the_group_an_attack_was_against_is_not_its_speaker_2",
     ("Les forces américaines ont mené des frappes contre les Kataëb Hezbollah, a "
      "annoncé mardi le Centcom, qui a indiqué avoir visé des sites à al-Qaïm."),
     "fr", "2024-01-24", {"place": "qaim", "actor": "United States", "claim": "claimed"}),
    ("the_side_hit_saying_it_was_hit_confirms_it_1",
     ("L'ambassade américaine à Bagdad a confirmé vendredi avoir été visée par des "
      "roquettes à l'aube, selon la chaîne Al Jazeera."),
     "fr", "2023-12-08", {"place": "us_embassy_baghdad", "claim": "confirmed"}),
    ("the_side_hit_saying_it_was_hit_confirms_it_2",
     ("أكدت السفارة الأميركية في بغداد أنه تم استهدافها بالصواريخ فجر اليوم الجمعة، "
      "وفق ما نقلته قناة الجزيرة."),
     "ar", "2023-12-08", {"place": "us_embassy_baghdad", "claim": "confirmed"}),
    ("the_side_hit_saying_it_was_hit_confirms_it_3",
     ("The US embassy in Baghdad said it was targeted by rockets at dawn on Friday, "
      "according to Al Jazeera."),
     "en", "2023-12-08", {"place": "us_embassy_baghdad", "claim": "confirmed"}),
    ("a_side_hit_named_after_a_french_saying_is_no_speaker",
     ("« Les combattants ont attaqué avec des drones la base d'al-Omar », a déclaré la "
      "coalition de la Résistance islamique en Irak jeudi soir."),
     "fr", "2024-01-05", {"place": "omar", "claim": "claimed"}),
    ("a_drone_destroyed_in_flight_was_intercepted_1",
     ("Des attaques de drones ont visé jeudi la base aérienne d'Ain al-Asad. Les deux "
      "drones ont été détruits avant d'atteindre leur cible, selon les sources."),
     "fr", "2023-11-10", {"place": "ain_asad", "outcome": "intercepted"}),
    ("a_drone_destroyed_in_flight_was_intercepted_2",
     ("Deux drones ont visé jeudi la base d'Ain al-Asad et ont été détruits en vol."),
     "fr", "2023-11-10", {"place": "ain_asad", "outcome": "intercepted"}),
    ("a_drone_destroyed_in_flight_was_intercepted_3",
     ("Two drones targeted the Ain al-Asad air base on Thursday. Both were destroyed "
      "before reaching their target, the sources said."),
     "en", "2023-11-10", {"place": "ain_asad", "outcome": "intercepted"}),
    ("who_vows_to_avenge_an_attack_did_not_make_it_1",
     ("Des roquettes ont visé lundi la base d'Aïn al-Assad, située dans la province "
      "d'Anbar. L'Iran et le Hezbollah ont promis des représailles pour ces "
      "assassinats."),
     "fr", "2024-01-22", {"actor": None}),
    ("who_vows_to_avenge_an_attack_did_not_make_it_2",
     ("Rockets hit the Ain al-Asad base on Monday. Iran and Hezbollah have vowed to "
      "retaliate for the killings."),
     "en", "2024-01-22", {"actor": None}),
    ("who_vows_to_avenge_an_attack_did_not_make_it_3",
     ("Samedi, cinq officiers ont été tués dans une frappe à Damas imputée à Israël "
      "par Téhéran, qui a menacé de représailles."),
     "fr", "2024-01-22", {"actor": "Israel"}),
    ("a_toll_told_before_its_placed_cause_makes_the_cause_the_news",
     ("Sept soldats ont été tués à la suite de ce que l'agence SANA considère comme "
      "une frappe aérienne américaine visant la province de Deir ez-Zor, tandis que "
      "Téhéran a annoncé la mort d'un conseiller. Mardi, une source militaire a "
      "indiqué que des avions avaient ciblé plusieurs sites de la province de Deir "
      "ez-Zor."),
     "fr", "2024-03-26", {"place": "deir_ezzor_gov", "actor": "United States", "casualties": "some"}),
    ("the_side_hit_condemning_or_its_spokesman_confirms_1",
     ("Les Etats-Unis ont condamné fermement vendredi les attaques ayant visé leur "
      "ambassade à Bagdad ainsi que des troupes américaines. Des salves de roquettes "
      "ont été tirées vendredi à l'aube contre l'ambassade américaine."),
     "fr", "2023-12-08", {"claim": "confirmed"}),
    ("the_side_hit_condemning_or_its_spokesman_confirms_2",
     ("L'ambassade des Etats-Unis à Bagdad a été attaquée par des roquettes vendredi, "
      "a déclaré un porte-parole de l'ambassade."),
     "fr", "2023-12-08", {"claim": "confirmed"}),
    ("the_side_hit_condemning_or_its_spokesman_confirms_3",
     ("The US embassy in Baghdad was attacked with rockets on Friday, an embassy "
      "spokesperson said."),
     "en", "2023-12-08", {"claim": "confirmed"}),
    # the state struck on its soil condemning the strike acknowledges it; a third party does not
    ("the_side_hit_condemning_or_its_spokesman_confirms_4",
     ("Le gouvernement irakien a condamné mardi les frappes américaines contre Jurf "
      "al-Sakhar, selon des sources locales."),
     "fr", "2023-12-08", {"claim": "confirmed"}),
    ("the_side_hit_condemning_or_its_spokesman_confirms_5",
     ("Les services de sécurité du Kurdistan ont condamné mardi les frappes "
      "américaines contre Jurf al-Sakhar, selon des sources locales."),
     "fr", "2023-12-08", {"claim": "reported"}),
    ("the_group_linked_to_the_targets_struck_is_no_speaker",
     ("Les troupes américaines en Syrie ont été visées au moins trois fois par des "
      "milices pro-iraniennes, après que l'armée américaine a bombardé samedi des "
      "cibles liées aux Gardiens de la révolution islamique (CGRI), a indiqué dimanche "
      "un responsable américain. Ces attaques sont survenues après que les États-Unis "
      "ont frappé samedi deux sites près d'Abou Kamal."),
     "fr", "2023-11-13", {"place": "albu_kamal", "actor": "United States", "claim": "claimed"}),
    ("a_roadside_bomb_is_no_munition_count_1",
     ("Un convoi de la coalition a été touché jeudi par un engin explosif improvisé "
      "près du barrage de Mossoul."),
     "fr", "2023-11-10", {"place": "mosul_dam", "weapons": ["ied"], "count": None}),
    ("a_roadside_bomb_is_no_munition_count_2",
     ("A coalition convoy was hit by one roadside bomb near Mosul Dam on Thursday."),
     "en", "2023-11-10", {"place": "mosul_dam", "weapons": ["ied"], "count": None}),
    ("the_day_of_a_saying_does_not_take_the_attacks_day_out_of_focus",
     ("Cinq membres des FDS ont péri dans un raid de drone mené samedi contre une base "
      "de la coalition dans l'est syrien, rapporte ce dimanche 4 février l'OSDH. Le "
      "raid, revendiqué par la Résistance islamique en Irak, fait suite à des frappes "
      "américaines. Selon l'ONG, le drone a frappé un bâtiment des FDS dans la base du "
      "champ pétrolier d'al-Omar."),
     "fr", "2024-02-04", {"place": "omar", "date": "2024-02-03"}),
    ("possible_victims_leave_the_toll_unknown_1",
     ("Des roquettes ont visé samedi la base d'Aïn al-Assad. Jusqu'ici, aucun rapport "
      "n'a été publié sur l'étendue des dégâts ni sur des victimes éventuelles."),
     "fr", "2024-01-21", {"place": "ain_asad", "casualties": "unknown"}),
    ("possible_victims_leave_the_toll_unknown_2",
     ("Des roquettes ont visé samedi la base d'Aïn al-Assad, sans information sur des "
      "blessés éventuels."),
     "fr", "2024-01-21", {"place": "ain_asad", "casualties": "unknown"}),
    ("possible_victims_leave_the_toll_unknown_3",
     ("Des roquettes ont visé samedi la base d'Aïn al-Assad. « Nous attendons les "
      "rapports sur de potentielles victimes », a dit un responsable."),
     "fr", "2024-01-21", {"place": "ain_asad", "casualties": "unknown"}),
    ("who_backs_the_attacker_is_not_the_attacker_1",
     ("En représailles, les Forces démocratiques syriennes, une milice kurde soutenue "
      "par les États-Unis, ont lancé lundi des frappes d'artillerie contre des "
      "positions à Deir ez-Zor."),
     "fr", "2024-08-13", {"place": "deir_ezzor", "actor": "Syrian Democratic Forces"}),
    ("who_backs_the_attacker_is_not_the_attacker_2",
     ("In retaliation, the Syrian Democratic Forces, a Kurdish militia backed by the "
      "United States, launched artillery strikes on positions in Deir ez-Zor on Monday."),
     "en", "2024-08-13", {"place": "deir_ezzor", "actor": "Syrian Democratic Forces"}),
    ("lebanon_struck_on_its_soil_speaks_for_the_side_hit_1",
     ("Au moins neuf personnes ont été tuées dimanche dans des frappes israéliennes "
      "sur Srifa, a rapporté le ministère de la Santé libanais, alors que l'armée "
      "israélienne dit viser des fiefs du Hezbollah."),
     "fr", "2024-10-27", {"place": "srifa", "actor": "Israel", "claim": "confirmed"}),
    ("lebanon_struck_on_its_soil_speaks_for_the_side_hit_2",
     ("At least nine people were killed on Sunday in Israeli strikes on Srifa, the "
      "Lebanese Health Ministry said."),
     "en", "2024-10-27", {"place": "srifa", "actor": "Israel", "claim": "confirmed"}),
    ("israeli_shelling_is_no_air_strike_and_lebanese_state_media_confirm_it_1",
     ("L'artillerie israélienne a visé vendredi Khiam, rapporte l'agence de presse "
      "officielle libanaise."),
     "fr", "2023-11-11", {"place": "khiam", "weapons": ["unknown"], "claim": "confirmed"}),
    ("israeli_shelling_is_no_air_strike_and_lebanese_state_media_confirm_it_2",
     ("Israeli artillery shelled Khiam on Friday, Lebanon's state news agency reported."),
     "en", "2023-11-11", {"place": "khiam", "weapons": ["unknown"], "claim": "confirmed"}),
    ("turkey_strikes_in_syria_1",
     ("Un drone turc a frappé mardi un véhicule des Forces démocratiques syriennes à "
      "Qamichli."),
     "fr", "2024-10-23", {"place": "qamishli", "actor": "Turkey"}),
    ("turkey_strikes_in_syria_2",
     ("A Turkish drone strike hit a Syrian Democratic Forces vehicle in Qamishli on "
      "Tuesday."),
     "en", "2024-10-23", {"place": "qamishli", "actor": "Turkey"}),
    ("turkey_strikes_in_syria_3",
     ("استهدفت طائرة مسيرة تركية يوم الثلاثاء سيارة في القامشلي."),
     "ar", "2024-10-23", {"place": "qamishli", "actor": "Turkey"}),
    ("the_claimant_between_commas_after_a_long_opening_is_the_attacker",
     ("En solidarité avec Gaza et pour condamner les crimes du régime israélien, la Résistance "
      "islamique en Irak a revendiqué, dans un communiqué publié lundi, l'attaque de drones "
      "contre la base d'al-Tanf."),
     "fr", "2023-10-23", {"place": "tanf", "actor": "Islamic Resistance in Iraq", "claim": "claimed"}),
    ("a_later_claim_of_the_attack_keeps_its_day_not_one_a_saying_brought",
     ("Des missiles ont visé samedi soir la base d'Aïn al-Assad, a indiqué le Centcom. Le "
      "ministère de la Défense a renvoyé dimanche les journalistes vers le Centcom. La "
      "Résistance islamique en Irak a revendiqué l'attaque contre Aïn al-Assad."),
     "fr", "2024-01-21", {"place": "ain_asad", "date": "2024-01-20",
                          "actor": "Islamic Resistance in Iraq"}),
    ("a_count_of_one_days_attacks_lets_the_next_sentence_tell_them",
     ("Mardi, la résistance a visé à deux reprises la base d'Aïn al-Assad. Elle a déclaré "
      "avoir mené deux attaques distinctes de drones sur la base d'Aïn al-Assad."),
     "fr", "2024-01-24", {"place": "ain_asad", "weapons": ["drone"]}),
    ("the_side_hit_telling_what_the_attack_did_confirms_it_1",
     ("Des roquettes ont été tirées lundi soir contre la base d'Aïn al-Assad, selon des sources "
      "locales. Plusieurs militaires américains ont été blessés, a déclaré un porte-parole de la "
      "Défense américaine."),
     "fr", "2024-08-06", {"place": "ain_asad", "casualties": "some", "claim": "confirmed"}),
    ("the_side_hit_telling_what_the_attack_did_confirms_it_2",
     ("Rockets were fired at the Ain al-Asad base on Monday evening, local sources said. "
      "Several American service members were injured, a Pentagon spokesman said."),
     "en", "2024-08-06", {"place": "ain_asad", "casualties": "some", "claim": "confirmed"}),
    ("a_saying_tells_for_its_subject_not_for_a_side_named_after_it",
     ("Rockets were fired at the Ain al-Asad base on Monday evening, local sources said. "
      "An official said there had been Iraqi militia fighters near the base and that two "
      "rockets fell inside it."),
     "en", "2024-08-06", {"place": "ain_asad", "claim": "reported"}),
    ("the_side_hit_telling_of_another_day_confirms_nothing_here",
     ("Des roquettes ont été tirées lundi soir contre la base d'Aïn al-Assad, selon des sources "
      "locales. L'armée américaine a annoncé mardi que deux de ses soldats avaient été blessés "
      "dans une autre attaque."),
     "fr", "2024-08-06", {"place": "ain_asad", "claim": "reported"}),
    ("the_side_hit_speaking_in_the_lead_tells_of_the_attack_on_it",
     ("Le Hezbollah a tiré jeudi soir une salve de roquettes sur Safed. L'armée israélienne a "
      "indiqué que 30 roquettes avaient été lancées depuis le Liban, la plupart interceptées."),
     "fr", "2024-06-28", {"place": "safed", "actor": "Hezbollah", "claim": "confirmed"}),
    ("an_iraqi_ministry_speaks_for_iraq_struck_on_its_soil",
     ("Des frappes aériennes américaines ont visé mercredi des positions à Jurf al-Sakhar, a "
      "déclaré le ministère irakien de l'Intérieur."),
     "fr", "2024-01-24", {"place": "jurf_sakhar", "actor": "United States", "claim": "confirmed"}),
]


@pytest.mark.parametrize(("text", "lang", "published", "fields"), [c[1:] for c in ONE_REPORT_CASES],
                         ids=[c[0] for c in ONE_REPORT_CASES])
def test_the_report_a_text_gives(extractor, text, lang, published, fields):
    report = grounded.one(extractor, text, lang, published)
    found = {name: report.place.id if name == "place" else getattr(report, name) for name in fields}
    assert found == fields


# Where the attacks hit and who made them: (id, text, lang, published, [(place, actor)]).
PLACE_AND_ACTOR_CASES = [
    ("a_strike_of_israeli_origin_is_israels",
     "Une frappe aérienne d'origine israélienne a atteint mercredi un immeuble à Younine.",
     "fr", "2024-09-26", [("younine", "Israel")]),
    ("a_district_in_brackets_after_a_village_only_locates_it",
     ("Dimanche, des tirs d'artillerie israéliens ont visé Kfarchouba (Hasbaya) et Adaïssé "
      "(Marjeyoun), selon l'agence officielle."),
     "fr", "2024-08-12", [("kfarchouba", "Israel"), ("odaisseh", "Israel")]),
    ("a_direction_in_brackets_leaves_both_towns_places",
     "Dimanche, des drones ont visé Erbil (nord) et Bagdad (centre), selon la police.",
     "fr", "2024-08-12", [("erbil", None), ("baghdad", None)]),
    ("an_air_power_told_as_striking_again_and_again_strikes_next_but_tells_no_attack",
     ("L'armée turque lance régulièrement des opérations contre le PKK dans la région du "
      "Sinjar. Vendredi, des frappes ont visé un véhicule à Gara."),
     "fr", "2024-01-13", [("gara", "Turkey")]),
    ("the_strikes_of_a_wave_a_state_is_said_to_carry_on_are_its_own",
     ("La Turquie poursuit sa vague de frappes sur le nord-est de la Syrie. Les frappes "
      "aériennes de mardi ont touché des silos à grains à Amouda et à Tall Tamr."),
     "fr", "2023-12-27", [("amuda", "Turkey"), ("tal_tamr", "Turkey")]),
    ("a_border_named_after_a_state_is_no_side_acting",
     ("Mardi, un drone a visé une installation américaine dans le nord-est de la Syrie. Le "
      "drone a provoqué un incendie à Rmeilan, près de la frontière avec la Turquie."),
     "fr", "2023-12-27", [("rmelan", None)]),
    ("the_side_named_before_a_participle_of_shelling_made_it",
     ("Mercredi, les échanges de tirs entre le Hezbollah et Israël ont continué, l'armée "
      "israélienne bombardant les abords de Naqoura."),
     "fr", "2023-12-28", [("naqoura", "Israel")]),
    ("this_attack_compared_with_one_of_another_day_leaves_that_day_its_own",
     ("Deux drones ont visé vendredi la base de Harir. Cette attaque est la deuxième en trois "
      "jours contre Harir : mardi, la Résistance a frappé la base de Harir et celle d'Aïn "
      "al-Assad avec des roquettes."),
     "fr", "2023-10-21", [("harir", None), ("harir", None), ("ain_asad", None)]),
    ("this_drone_is_the_one_told_and_a_day_asked_about_it_is_only_a_sayings",
     ("Un drone s'est abattu tard mercredi soir au sud d'Eliad, dans le Golan. Interrogée tôt "
      "jeudi par l'AFP, l'armée israélienne a confirmé le crash de ce drone près d'Eliad. La "
      "Résistance islamique en Irak a revendiqué avoir frappé une cible au sud d'Eliad."),
     "fr", "2023-12-28", [("eliad", "Islamic Resistance in Iraq")]),
    ("a_city_named_as_near_and_a_quarter_of_its_outskirts_tell_one_place",
     ("Un général a été tué dans une attaque près de Damas imputée à Israël. Il a été tué lors "
      "d'une frappe israélienne dans le quartier de Sayyida Zeinab, au sud de Damas."),
     "fr", "2023-12-25", [("sayyida_zaynab", "Israel")]),
    ("villages_near_each_other_are_struck_one_by_one",
     ("Des frappes turques ont touché une station-service à al-Jawadiyah. Près d'al-Muabbada, "
      "une centrale électrique a également été touchée."),
     "fr", "2023-10-06", [("jawadiyah", "Turkey"), ("muabbada", None)]),
    ("a_strike_near_a_town_and_an_attack_on_the_strikers_base_are_two",
     ("US jets struck a weapons depot near Albu Kamal on Friday. On the same day, rockets hit "
      "the Conoco base."),
     "en", "2023-10-28", [("albu_kamal", "United States"), ("conoco", None)]),
    ("attacks_an_attack_is_said_to_resemble_are_others_by_their_own_authors",
     ("Un drone a frappé jeudi la base de Conoco. Personne n'a encore revendiqué l'incident. "
      "L'attaque ressemble toutefois à bien d'autres frappes menées contre les forces "
      "américaines par la Résistance islamique."),
     "fr", "2024-02-22", [("conoco", None)]),
    ("a_group_named_later_for_an_attack_of_another_day_did_not_make_this_one",
     ("Deux drones ont visé mardi matin la base d'Aïn al-Assad, sans faire de blessés. Lundi, "
      "un groupe se faisant appeler la Résistance islamique en Irak revendiquait une attaque "
      "à la roquette contre la base."),
     "fr", "2023-10-31", [("ain_asad", None)]),
    ("an_attacker_named_in_the_background_of_a_report_is_not_remembered",
     ("L'armée turque a mené mardi des raids aériens dans le nord de l'Irak. L'opération "
      "intervient au milieu des bombardements israéliens sur Gaza. Les raids ont visé les "
      "régions de Metina et de Gara."),
     "fr", "2024-01-16", [("metina", "Turkey"), ("gara", "Turkey")]),
    ("an_air_power_named_five_sentences_before_its_strikes_still_made_them",
     ("L'armée turque a mené des raids aériens contre des combattants kurdes. Les raids ont "
      "détruit 23 cibles, selon Ankara. La violence a repris vendredi. Neuf soldats ont été "
      "tués. Ankara a promis une riposte. Les derniers raids aériens ont été menés lundi dans "
      "la région de Qandil."),
     "fr", "2024-01-16", [("qandil", "Turkey")]),
    ("a_coalition_led_by_a_side_is_held_by_it",
     "Rockets hit a base at Erbil airport used by the coalition led by the United States on Thursday.",
     "en", "2024-09-12", [("erbil_airport", None)]),
    ("who_condemns_the_strikes_did_not_make_them",
     ("Les États-Unis et l'Irak ont condamné les frappes meurtrières qui ont frappé mardi près du "
      "consulat américain dans la ville d'Erbil."),
     "fr", "2024-01-16", [("erbil", None)]),
    ("the_air_power_hit_striking_back_is_an_attack_of_its_own",
     ("La Résistance islamique a annoncé dimanche avoir mené une attaque de drones contre les forces "
      "américaines de la base d'Aïn al-Assad.\nQuelques heures plus tard, un responsable militaire "
      "américain a confirmé la frappe aérienne contre les positions de la Résistance.\nElle visait un "
      "site de lancement de drones près de Kirkouk, a-t-il précisé."),
     "fr", "2023-12-04", [("ain_asad", "Islamic Resistance in Iraq"), ("kirkuk", "United States")]),
    ("the_us_air_force_strikes",
     ("Hier soir, l'US Air Force a mené des frappes contre des sites de groupes pro-iraniens à "
      "Deir ez-Zor."),
     "fr", "2024-02-03", [("deir_ezzor", "United States")]),
    ("a_capital_its_allies_are_allied_to_is_no_place_hit",
     ("Une frappe a visé un site du Hachd al-Chaabi (groupement de milices alliées à Téhéran) à "
      "Hilla, selon un responsable."),
     "fr", "2023-12-26", [("hillah", None)]),
    ("who_made_dozens_of_attacks_over_time_made_no_attack_of_the_day",
     ("Une attaque à la roquette a visé jeudi soir une base américaine près du champ gazier de "
      "Conoco, selon des sources locales.\nLes combattants de la Résistance irakienne ont mené des "
      "dizaines de frappes contre les installations militaires américaines en Irak et en Syrie."),
     "fr", "2024-08-30", [("conoco", None)]),
    ("whose_statement_it_is_did_not_attack",
     ("Une explosion a été entendue mardi sur une base de la coalition internationale à l'aéroport "
      "de Bagdad, selon un responsable.\nLe communiqué des forces irakiennes assure ne pas être "
      "en mesure de déterminer l'origine de l'explosion."),
     "fr", "2024-09-11", [("baghdad_airport", None)]),
    ("the_agent_of_a_bombardment_is_not_the_side_hit",
     ("Quatre miliciens pro-iraniens ont été tués lundi dans des bombardements menés par l'armée "
      "américaine contre des cibles situées à Mayadin, selon l'OSDH."),
     "fr", "2024-11-12", [("mayadin", "United States")]),
    ("what_groups_usually_claim_and_threaten_is_no_attack",
     ("Mardi, deux drones ont visé la base d'Aïn al-Assad, selon une source policière.\nLes milices "
      "qui revendiquent habituellement ce genre d'attaques ont menacé Washington et Tel-Aviv de "
      "représailles en cas de guerre entre Israël et le Hezbollah."),
     "fr", "2024-07-17", [("ain_asad", None)]),
    ("where_an_air_strike_came_from_is_not_where_it_hit",
     ("Mardi, l'ennemi israélien a lancé une attaque aérienne avec 3 missiles depuis la direction "
      "du Golan syrien occupé, ciblant un immeuble à Damas, a déclaré une source militaire."),
     "fr", "2024-10-09", [("damascus", "Israel")]),
    ("a_capital_whose_allies_are_named_is_its_government",
     ("Jeudi, une frappe israélienne a visé Alep, selon une source militaire.\nSon aviation a "
      "notamment visé le Hezbollah libanais, alliés de Damas."),
     "fr", "2023-10-13", [("aleppo", "Israel")]),
    ("a_site_held_by_a_faction_affiliated_to_a_group_is_not_that_group_attacking",
     ("Dimanche, un bombardement aérien a visé un site tenu par une faction affiliée au Hachd "
      "al-Chaabi près de Kirkouk, a indiqué un responsable de sécurité."),
     "fr", "2023-12-04", [("kirkuk", None)]),
    ("a_strike_blamed_on_a_side_by_a_capital",
     ("Samedi, cinq membres des Gardiens de la Révolution ont été tués dans une frappe à Damas "
      "imputée à Israël par Téhéran, qui a menacé de représailles."),
     "fr", "2024-01-20", [("damascus", "Israel")]),
    ("a_strike_blamed_on_a_side_in_english",
     ("Five people were killed on Saturday in a strike on a building in Damascus attributed "
      "to Israel by Tehran."),
     "en", "2024-01-20", [("damascus", "Israel")]),
    ("the_dead_are_not_the_attackers",
     ("Une frappe de drone a visé mercredi un véhicule à Bagdad, tuant deux membres de "
      "Kataëb Hezbollah, selon des sources sécuritaires."),
     "fr", "2024-01-10", [("baghdad", None)]),
    ("the_dead_named_before_a_passive_are_not_the_attackers",
     ("Quatre membres des Brigades du Hezbollah ont été tués mardi par un bombardement "
      "aérien sur le secteur de Jurf al-Sakhr, selon un responsable sécuritaire."),
     "fr", "2024-01-10", [("jurf_sakhar", None)]),
    ("the_claimant_after_a_comma_is_not_a_victim",
     ("Lundi, une frappe a visé un véhicule à Bagdad, faisant deux morts et des blessés, "
      "Washington revendiquant une frappe aérienne de légitime défense."),
     "fr", "2024-01-10", [("baghdad", "United States")]),
    ("an_attack_phrase_names_its_author_even_in_the_passive",
     ("Hier mardi, les quartiers généraux du Hachd al-Chaabi ont fait l'objet d'attaques "
      "américaines à Al-Qaïm, selon un communiqué."),
     "fr", "2024-01-24", [("qaim", "United States")]),
    ("the_attacker_of_another_day_is_not_remembered",
     ("Ces factions dénoncent la guerre menée par Israël, déclenchée le 7 octobre par une "
      "attaque du Hamas. Lundi, une attaque de drone a visé la base d'Aïn al-Assad, selon "
      "un responsable américain."),
     "fr", "2023-12-11", [("ain_asad", None)]),
    ("the_dead_named_in_a_long_passive_subject_are_not_the_attackers",
     ("Deux commandants des Brigades du Hezbollah, un influent groupe armé pro-Iran, et "
      "leur chauffeur ont été tués mercredi soir à Bagdad dans une frappe de drone."),
     "fr", "2024-02-07", [("baghdad", None)]),
    ("a_name_inside_a_longer_generic_phrase_says_who",
     ("Les combattants de la Résistance irakienne ont lancé vendredi une attaque de drones "
      "contre la base d'al-Harir. Plus tôt, les Brigades du Hezbollah avaient menacé de "
      "frapper les bases américaines."),
     "fr", "2023-10-21", [("harir", "Islamic Resistance in Iraq")]),
    ("a_generic_that_is_also_a_name_is_that_group_unless_one_was_told_before",
     ("Les bases d'Erbil et d'al-Tanf ont été frappées jeudi par des drones de la Résistance "
      "islamique, selon une chaîne libanaise. Le chef du Hezbollah a salué ces opérations."),
     "fr", "2023-11-03", [("erbil", "Islamic Resistance in Iraq"), ("tanf", "Islamic Resistance in Iraq")]),
    ("a_generic_that_is_also_a_name_is_the_group_told_before",
     ("Le Hezbollah a revendiqué plusieurs attaques mardi. La Résistance islamique a ciblé une "
      "position israélienne à Metoula avec des missiles guidés."),
     "fr", "2024-01-12", [("metula", "Hezbollah")]),
    ("a_side_named_just_before_does_not_attack_its_own_place",
     ("Plusieurs drones ont frappé le sud d'Israël dans la nuit. La ville d'Eilat, au sud "
      "d'Israël, a aussi été touchée par des drones ce matin."),
     "fr", "2024-11-02", [("eilat", None)]),
    ("the_group_announcing_that_a_base_was_targeted_made_the_attack",
     ("La Résistance islamique en Irak a annoncé lundi que « la base de Harir a été ciblée par "
      "un drone », notant que des tirs directs ont été réalisés."),
     "fr", "2023-12-11", [("harir", "Islamic Resistance in Iraq")]),
    ("the_side_holding_a_place_announcing_it_was_targeted_did_not_attack",
     ("L'armée israélienne a annoncé lundi qu'« Eilat a été ciblée par un drone », ajoutant "
      "l'avoir abattu."),
     "fr", "2023-12-11", [("eilat", None)]),
    ("a_group_named_among_the_dead_did_not_strike",
     ("Irak : trois morts, dont deux chefs des Brigades du Hezbollah, dans une frappe de drone "
      "mercredi à Bagdad."),
     "fr", "2024-02-07", [("baghdad", None)]),
    ("a_group_named_among_the_dead_did_not_strike_in_english",
     ("Three people were killed on Wednesday, including two Kataib Hezbollah commanders, in a "
      "drone strike in Baghdad."),
     "en", "2024-02-07", [("baghdad", None)]),
    ("a_group_named_after_a_several_word_among_phrase_did_not_strike",
     ("Irak : trois morts, y compris deux chefs des Brigades du Hezbollah, dans une frappe de "
      "drone mercredi à Bagdad."),
     "fr", "2024-02-07", [("baghdad", None)]),
    ("the_body_whose_officials_speak_did_not_attack",
     ("Reuters a rapporté qu'une attaque a visé mardi la base d'Aïn al-Assad. Les roquettes ont "
      "été lancées depuis une zone désertique. Il n'est pas clair si l'attaque a causé des "
      "dommages, mais deux responsables de l'armée irakienne ont déclaré que les roquettes ont "
      "peut-être manqué leur cible."),
     "fr", "2023-10-25", [("ain_asad", None)]),
    ("the_al_baghdadi_district_is_not_baghdad",
     ("La base d'Aïn al-Assad a été visée dimanche par trois roquettes.\nSelon le "
      "correspondant, les roquettes ont été lancées depuis un village du district "
      "d'Al-Baghdadi adjacent à la base. L'une d'elles est tombée à l'intérieur de la base."),
     "fr", "2024-01-10", [("ain_asad", None)]),
    ("the_khor_mor_gas_field",
     ("Un drone a visé vendredi soir le champ gazier de Kormor, dans le Kurdistan irakien, "
      "selon les autorités régionales."),
     "fr", "2024-01-10", [("khor_mor", None)]),
    ("a_place_situating_another_stays_so_when_named_again_in_apposition",
     ("Ses combattants ont mené lundi trois attaques contre la base aérienne d'Aïn "
      "al-Assad, à environ 190 km au nord-ouest de Bagdad, la capitale irakienne."),
     "fr", "2024-01-10", [("ain_asad", None)]),
    ("israeli_military_aircraft_striking_border_villages",
     ("Les avions militaires israéliens ont lancé mardi des frappes contre les villages "
      "libanais d'At-Tiri, de Rachaf et de Kounine, a rapporté l'agence NNA."),
     "fr", "2024-08-14", [
        ("tiri", "Israel"), ("rachaf", "Israel"), ("kounine", "Israel")]),
    ("who_struck_in_syria_and_where_1",
     ("Un conseiller iranien a été tué vendredi à Damas par un tir israélien."),
     "fr", "2024-09-13", [("damascus", "Israel")]),
    # Syria's defence ministry speaks for Syria; it bombed nothing here (a guard)
    ("who_struck_in_syria_and_where_2",
     ("Le ministère syrien de la Défense a déclaré que des bâtiments avaient été bombardés "
      "lundi à Sayyida Zeinab."),
     "fr", "2024-09-13", [("sayyida_zaynab", None)]),
    # the state's capital as its voice, and as who controls a zone, is no place hit
    ("who_struck_in_syria_and_where_3",
     ("L'armée israélienne a dit avoir frappé lundi une cible à Sayyida Zeinab, Damas "
      "affirmant qu'un site civil avait été touché."),
     "fr", "2024-09-13", [("sayyida_zaynab", "Israel")]),
    ("who_struck_in_syria_and_where_4",
     ("Deux hommes ont été tués jeudi dans une frappe israélienne dans la zone de "
      "Qouneitra contrôlée par Damas."),
     "fr", "2024-09-13", [("quneitra", "Israel")]),
    # strikes carried out for years are no attack of a day
    ("who_struck_in_syria_and_where_5",
     ("Un drone israélien a frappé jeudi une voiture à Qouneitra. Israël mène depuis des "
      "années des frappes à Damas."),
     "fr", "2024-09-13", [("quneitra", "Israel")]),
]


@pytest.mark.parametrize(("text", "lang", "published", "expected"),
                         [c[1:] for c in PLACE_AND_ACTOR_CASES], ids=[c[0] for c in PLACE_AND_ACTOR_CASES])
def test_where_and_by_whom(extractor, text, lang, published, expected):
    assert places(extractor, text, lang, published) == expected


def test_a_group_claiming_one_place_afterwards_claims_none_of_the_others(extractor):
    text = ("Vendredi, les combattants de la Résistance irakienne ont frappé la base d'al-Harir "
            "avec deux drones. Les bases al-Harir et Aïn al-Assad ont aussi été visées par des "
            "drones mercredi 18 octobre. Un groupe se faisant appeler Tashkil al-Waritheen a "
            "revendiqué l'attaque contre Aïn al-Assad.")
    found = [(r.place.id, r.actor, r.claim) for r in grounded.reports(extractor, text, "fr", "2023-10-21")]
    assert found == [("harir", "Islamic Resistance in Iraq", "reported"), ("harir", None, "reported"),
                     ("ain_asad", "Tashkil al-Waritheen", "claimed")]


def test_a_group_statement_after_a_strike_on_it_says_nothing_of_the_strike(extractor):
    text = ("Une frappe aérienne américaine sur la capitale irakienne a tué jeudi un commandant "
            "du Hachd al-Chaabi. Les combattants de la Résistance islamique en Irak ont attaqué "
            "jeudi soir la base d'al-Harir avec des drones, a déclaré la Résistance islamique "
            "en Irak.")
    found = [(r.place.id, r.actor, r.claim) for r in grounded.reports(extractor, text, "fr", "2024-01-05")]
    assert found == [("baghdad", "United States", "reported"),
                     ("harir", "Islamic Resistance in Iraq", "claimed")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Les raids américains ont visé dimanche une plate-forme de lancement de roquettes près de "
     "la ville de Mayadine.", "fr"),
    ("U.S. aircraft struck a rocket launch site for militias near Mayadin on Sunday.", "en"),
])
def test_a_launch_site_hit_is_a_target_not_the_weapon_used(extractor, text, lang):
    assert grounded.one(extractor, text, lang, "2023-11-13").weapons == ["airstrike"]


def test_launching_rockets_is_still_the_weapon_used(extractor):
    text = ("La Résistance islamique a visé lundi la base d'al-Harir, avec le lancement de "
            "plusieurs roquettes.")
    assert grounded.one(extractor, text, "fr", "2023-11-13").weapons == ["rocket"]


def test_an_undated_lead_does_not_take_the_day_of_attacks_elsewhere_told_later(extractor):
    text = ("La base américaine d'al-Malikiyah a été visée par des roquettes, selon notre "
            "correspondant. La Résistance islamique en Irak a revendiqué hier vendredi des "
            "attaques contre les bases d'al-Chaddadi et d'Aïn al-Assad.")
    found = {r.place.id: r.date for r in grounded.reports(extractor, text, "fr", "2023-12-16")}
    assert found == {"malikiyah": "2023-12-16", "shaddadi": "2023-12-15", "ain_asad": "2023-12-15"}


def test_an_undated_lead_takes_the_day_told_later_for_its_own_place(extractor):
    text = ("La base américaine d'al-Malikiyah a été visée par des roquettes. La base "
            "d'al-Malikiyah a été la cible hier vendredi de plusieurs roquettes, selon notre "
            "correspondant.")
    found = {r.place.id: r.date for r in grounded.reports(extractor, text, "fr", "2023-12-16")}
    assert found == {"malikiyah": "2023-12-15"}


@pytest.mark.parametrize("text, lang", [
    ("Un drone a été abattu mardi au-dessus de la base d'al-Harir, selon des sources de "
     "sécurité.\nCet incident fait suite à l'interception d'un autre drone au-dessus de la "
     "base d'Aïn al-Assad dimanche soir. La Résistance islamique en Irak a déclaré être à "
     "l'origine de cette attaque.", "fr"),
    ("A drone was shot down over the al-Harir base on Tuesday, security sources said.\n"
     "The incident follows the interception of another drone over the Ain al-Asad base on "
     "Sunday night. The Islamic Resistance in Iraq said it was behind the attack.", "en"),
])
def test_a_claim_after_an_earlier_attack_told_in_passing_is_that_attacks(extractor, text, lang):
    found = {r.place.id: (r.date, r.actor, r.claim)
             for r in grounded.reports(extractor, text, lang, "2024-01-09")}
    assert found["ain_asad"] == ("2024-01-07", "Islamic Resistance in Iraq", "claimed")
    assert found["harir"] == ("2024-01-09", None, "reported")


@pytest.mark.parametrize("text, count", [
    ("Un drone a été abattu lundi au-dessus de la base d'al-Harir.", 1),
    ("La base d'al-Tanf a été attaquée lundi par un drone armé.", 1),
    ("Une attaque de drone a visé lundi la base d'al-Tanf.", None),  # "une" counts the attack
    ("Un drone américain a frappé lundi un véhicule à Bagdad.", None),  # the aircraft itself
])
def test_one_drone_in_french_is_a_count_of_one_munition(extractor, text, count):
    assert grounded.one(extractor, text, "fr", "2024-01-09").count == count


def test_a_drone_in_english_is_no_count(extractor):
    text = "A drone was shot down over the al-Harir base on Monday."
    assert grounded.one(extractor, text, "en", "2024-01-09").count is None


@pytest.mark.parametrize("text, lang", [
    ("Lundi, une base américaine dans la région d'Al-Malikiyah à Al-Hasakah a été attaquée "
     "par un drone.", "fr"),
    ("On Monday a drone attacked a U.S. base in the al-Mayadin area in Deir ez-Zor.", "en"),
])
def test_a_city_after_a_town_of_its_governorate_names_the_governorate(extractor, text, lang):
    assert len(grounded.reports(extractor, text, lang, "2024-01-09")) == 1


@pytest.mark.parametrize("text, expected", [
    ("Une frappe israélienne a visé lundi Damas. L'agence Sana a diffusé des photos des "
     "dégâts, a précisé SANA.", ["damascus"]),
    ("Des frappes américaines ont visé lundi Sanaa, la capitale yéménite.", ["sanaa"]),
])
def test_a_name_folded_like_an_outlets_is_the_outlet_unless_it_is_struck(extractor, text,
                                                                          expected):
    assert [r.place.id for r in grounded.reports(extractor, text, "fr", "2024-01-09")] == expected


def test_a_drone_on_the_golan_is_against_israel_and_dated_by_the_attack_not_the_statement(
        extractor):
    text = ("Un drone s'est écrasé près d'une localité du Golan annexé par Israël, a indiqué "
            "jeudi l'armée israélienne après qu'un groupe irakien a revendiqué une attaque.\n"
            "Selon la presse locale, le drone s'est abattu mercredi soir dans le Golan, sans "
            "faire de blessés.\nL'armée israélienne a confirmé la chute de ce drone.\n"
            "La Résistance islamique en Irak a revendiqué avoir frappé une cible dans le Golan.")
    report = grounded.one(extractor, text, "fr", "2023-12-28")
    assert (report.date, report.actor, report.target, report.claim) == (
        "2023-12-27", "Islamic Resistance in Iraq", "Israel", "confirmed")


@pytest.mark.parametrize("text, lang", [
    ("Cela survient alors que la Résistance islamique continue de cibler les bases "
     "américaines, notamment Aïn al-Assad, al-Tanf et al-Harir, sur fond d'agression "
     "israélienne contre Gaza.", "fr"),
    ("This comes as the Islamic Resistance continues to target U.S. bases, including Ain "
     "al-Asad, al-Tanf and Harir, amid the Israeli offensive on Gaza.", "en"),
])
def test_bases_an_armed_group_keeps_targeting_are_no_events(extractor, text, lang):
    assert grounded.reports(extractor, text, lang, "2023-11-23") == []


def test_the_second_of_two_claimed_attacks_had_another_base_as_its_objective(extractor):
    text = ("Les factions ont revendiqué mercredi deux attaques de drones contre des bases "
            "américaines.\nLa première aurait visé la base d'Aïn al-Assad. La seconde aurait eu "
            "pour objectif celle d'al-Harir.")
    places = {r.place.id for r in grounded.reports(extractor, text, "fr", "2023-10-19")}
    assert places == {"ain_asad", "harir"}


def test_who_holds_a_base_is_its_side_hit_not_the_attacker(extractor):
    text = ("La Résistance islamique en Irak a annoncé dimanche avoir attaqué une cible sur le "
            "plateau du Golan.\nAvant l'attaque contre le Golan, la Résistance avait signalé une "
            "attaque de drones contre la base de Qasrak, occupée par les États-Unis, dans la "
            "province de Hassaké.")
    found = {r.place.id: (r.actor, r.target)
             for r in grounded.reports(extractor, text, "fr", "2024-01-08")}
    assert found["golan"] == ("Islamic Resistance in Iraq", "Israel")
    # the gazetteer's holder (lang/held.tsv) or the words "occupée par les États-Unis"
    assert found["qasrak"][0] == "Islamic Resistance in Iraq"
    assert found["qasrak"][1] in ("US forces", "United States")


def test_a_saying_about_no_attack_is_not_the_reports_lead_claim(extractor):
    text = ("Deux bases américaines ont été visées lundi par des drones : al-Omar et "
            "al-Chaddadi.\nLa plupart des attaques ont été revendiquées par la Résistance "
            "islamique en Irak.\nLes États-Unis ont annoncé dimanche le renforcement de leur "
            "dispositif militaire.")
    claims = {r.claim for r in grounded.reports(extractor, text, "fr", "2023-10-23")}
    assert claims == {"reported"}


@pytest.mark.parametrize("text, claim", [
    ("La Résistance islamique en Irak a signalé dimanche une attaque de drones contre la base "
     "de Qasrak.", "claimed"),
    ("Le Centcom a rapporté samedi une attaque de missiles contre la base d'Aïn al-Assad.",
     "confirmed"),
    ("La chaîne al-Mayadeen, affiliée au Hezbollah, a rapporté samedi des explosions près de "
     "la base d'al-Omar.", "reported"),
])
def test_a_side_reporting_an_attack_speaks_for_that_side(extractor, text, claim):
    assert grounded.one(extractor, text, "fr", "2024-01-21").claim == claim


def test_the_sentences_telling_more_of_an_unplaced_strike_reach_the_places_named_next(extractor):
    text = ("Les États-Unis ont mené mardi des frappes contre des installations de milices en "
            "Irak, a déclaré Lloyd Austin.\nAu moins un membre des Kataëb Hezbollah a été tué, a "
            "affirmé un communiqué du groupe.\nD'autres groupes auraient également été visés.\n"
            "Selon un responsable américain, les frappes ont visé deux sites : al-Qaïm et Jurf "
            "al-Sakhar.")
    found = {r.place.id: (r.actor, r.claim, r.casualties)
             for r in grounded.reports(extractor, text, "fr", "2024-01-24")}
    assert found == {"qaim": ("United States", "confirmed", "some"),
                     "jurf_sakhar": ("United States", "confirmed", "some")}


@pytest.mark.parametrize("text, lang", [
    ("Mercredi puis à nouveau jeudi matin, des drones ont attaqué des forces américaines à "
     "l'aéroport international d'Erbil, a indiqué un responsable américain.", "fr"),
    ("Drones attacked U.S. forces at Erbil international airport on Wednesday and then on "
     "Thursday morning, a U.S. official said.", "en"),
])
def test_two_days_joined_for_one_place_are_two_attacks(extractor, text, lang):
    days = sorted(r.date for r in grounded.reports(extractor, text, lang, "2023-11-23"))
    assert days == ["2023-11-22", "2023-11-23"]


def test_a_place_told_on_the_causes_day_is_the_causes(extractor):
    text = ("Le Hezbollah a affirmé avoir tiré jeudi des roquettes sur Kiryat Shmona, en riposte à "
            "des raids israéliens qui ont fait dix morts, mercredi à Nabatiyé.")
    found = {(r.place.id, r.date, r.actor) for r in grounded.reports(extractor, text, "fr", "2024-02-15")}
    assert found == {("kiryat_shmona", "2024-02-15", "Hezbollah"), ("nabatieh", "2024-02-14", "Israel")}


def test_what_happened_a_day_before_the_news_is_its_background(extractor):
    text = ("Des drones ont visé jeudi la base d'al-Harir, un jour après que les États-Unis ont "
            "frappé des positions de Kataëb Hezbollah à Jurf al-Sakhar.")
    found = {(r.place.id, r.date, r.actor) for r in grounded.reports(extractor, text, "fr", "2023-11-24")}
    assert found == {("harir", "2023-11-23", None), ("jurf_sakhar", None, "United States")}


def test_an_accusation_claims_nothing_and_a_sides_lead_speaks_for_its_own_strike(extractor):
    text = ("Le Pentagone indique qu'une frappe de drone américaine à Bagdad a tué un haut responsable "
            "de Kataëb Hezbollah, une milice que les autorités américaines accusent d'être à l'origine "
            "des récentes attaques contre le personnel américain.\n« Nous n'hésiterons pas à tenir pour "
            "responsables ceux qui menacent nos forces », peut-on lire dans le communiqué.\nEn "
            "riposte, plusieurs drones ont attaqué ce matin la base américaine d'al-Omar.")
    found = {r.place.id: r.claim for r in grounded.reports(extractor, text, "fr", "2024-02-08")}
    assert found == {"baghdad": "claimed", "omar": "reported"}


def test_an_attacker_told_before_is_never_an_ally_of_the_side_hit():
    # "... la frappe d'objectifs de l'armée israélienne. Les frappes d'aujourd'hui sur Conoco
    # ...": Israel, told before, did not strike the US side
    from veille.extract.assemble import _fits
    from veille.extract.pack import load_actors
    actors = load_actors()
    assert not _fits(actors["israel"], {"us"}, strike=True)
    assert _fits(actors["israel"], {"axis"}, strike=True)
    assert _fits(actors["iri"], {"us"}, strike=True)


def test_a_representative_of_the_group_struck_speaks_for_it(extractor):
    text = ("Une frappe américaine a visé mardi soir une base du Hachd al-Chaabi dans la province "
            "de Babylone, a déclaré un responsable américain. Un représentant du Hachd al-Chaabi "
            "a confirmé la mort de quatre de ses membres, ajoutant que quatre missiles ont frappé "
            "la base, située dans la province de Babylone.")
    reports = grounded.reports(extractor, text, "fr", "2024-07-31")
    assert [(r.place.id, r.actor, r.claim) for r in reports] == [("babil_gov", "United States", "confirmed")]
