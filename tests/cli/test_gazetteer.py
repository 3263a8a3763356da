"""`veille gazetteer import` on a small sample written in the GeoNames dump format."""

from __future__ import annotations

from veille.cli.main import app

# geonameid, name, asciiname, alternatenames, lat, lon, feature class, feature code,
# country, cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone, modified
SAMPLE = (
    "\n".join(
        [
            "\t".join(
                [
                    "9000001",
                    "Qaryat Tajriba",
                    "Qaryat Tajriba",
                    "Tajriba,Tadjriba",
                    "34.5",
                    "43.2",
                    "P",
                    "PPL",
                    "IQ",
                    "",
                    "10",
                    "",
                    "",
                    "",
                    "1200",
                    "",
                    "90",
                    "Asia/Baghdad",
                    "2024-01-01",
                ]
            ),
            "\t".join(
                [
                    "9000002",
                    "Tall Mithal",
                    "Tall Mithal",
                    "",
                    "35.1",
                    "41.0",
                    "P",
                    "PPL",
                    "SY",
                    "",
                    "07",
                    "",
                    "",
                    "",
                    "800",
                    "",
                    "250",
                    "Asia/Damascus",
                    "2024-01-01",
                ]
            ),
            "this line is not a GeoNames row",
        ]
    )
    + "\n"
)


def test_import_stores_places_and_reports_malformed_lines(runner, tmp_path):
    dump = tmp_path / "sample.txt"
    dump.write_text(SAMPLE, encoding="utf-8")
    db = tmp_path / "g.db"
    result = runner.invoke(app, ["gazetteer", "import", str(dump), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "imported 2 places" in result.stdout
    assert "1 malformed line(s)" in result.stderr
    again = runner.invoke(
        app, ["gazetteer", "import", str(dump), "--db", str(db), "--min-population", "1000"]
    )
    assert "imported 1 places" in again.stdout


def test_import_of_a_missing_dump(runner, tmp_path):
    result = runner.invoke(app, ["gazetteer", "import", str(tmp_path / "IQ.txt")])
    assert result.exit_code == 2
