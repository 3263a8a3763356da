from veille.export import summarize
from veille.model import EventReport, Incident


def test_most_precise_and_most_stated_date_wins():
    reports = [
        EventReport("a", date="2024-01", date_precision="month"),
        EventReport("b", date="2024-01-09", date_precision="day"),
        EventReport("c", date="2024-01-08", date_precision="day"),
        EventReport("d", date="2024-01-08", date_precision="day"),
    ]
    summary = summarize(Incident("i", reports), {})
    assert (summary.date, summary.date_precision) == ("2024-01-08", "day")
    assert summary.n_sources == 4 and summary.n_outlets == 4  # unknown outlets count apart


def test_strongest_claim_and_a_hit_outweighs_an_interception():
    reports = [
        EventReport("a", claim="denied", outcome="intercepted", casualties="none"),
        EventReport("b", claim="reported", outcome="hit", weapons=["unknown"]),
    ]
    summary = summarize(Incident("i", reports), {})
    # a denial by the side hit outweighs a media report (vocab.CLAIM_RANK)
    assert (summary.claim, summary.outcome, summary.casualties) == ("denied", "hit", "none")
    assert summary.weapons == ["unknown"] and summary.date is None


def test_a_stated_day_outweighs_publication_days():
    reports = [
        EventReport("a", date="2024-01-09", date_precision="day", date_basis="publication"),
        EventReport("b", date="2024-01-09", date_precision="day", date_basis="publication"),
        EventReport("c", date="2024-01-08", date_precision="day"),
    ]
    summary = summarize(Incident("i", reports), {})
    assert (summary.date, summary.date_basis) == ("2024-01-08", "text")
    alone = summarize(Incident("j", reports[:2]), {})
    assert (alone.date, alone.date_basis) == ("2024-01-09", "publication")
