"""Any StatLine table with a region dimension, through tabellen.toml: SES-WOA (shipped), a
table the gemeente maps itself with its own measures, and the errors a wrong mapping gets."""

import duckdb
import pytest

from tests.cbs.fakes import FixtureTransport
from wijkwijs.cbs import tables
from wijkwijs.cbs.config import Selection
from wijkwijs.cbs.run import refresh
from wijkwijs.config import Paths

SES_CSV = (
    '\ufeff"Wijken en buurten";"Perioden";"Particuliere huishoudens (aantal)";'
    '"SES-WOA/Totaalscore/Gemiddelde score (getal)";"SES-WOA/Totaalscore/1e percentielgroep (%)";'
    '"Spreiding/Spreiding totaal/Waarde (getal)"\n'
    '"GM0997    ";"2022*";2800;0,170;17;0,715\n'
    '"BU09970102";"2022*";1000;-0,068;26;0,812\n'
    '"BU09970201";"2022*";0;.;.;.\n'
    '"BU10090101";"2022*";500;0,3;10;0,5\n'
)


@pytest.fixture
def data(tmp_path):
    data = Paths(tmp_path)
    (data.reference / "cbs").mkdir(parents=True)
    return data


def rows_of(con, table_id):
    return {
        (code, period, measure): (value, state)
        for code, period, measure, value, state in con.execute(
            "select area_code, period, measure, value, value_state from raw.cbs_wijk_figures "
            "where table_id = ? order by all",
            [table_id],
        ).fetchall()
    }


def test_a_ses_woa_export_is_mapped_not_refused(data):
    path = data.reference / "cbs" / "ses_woa_regio-indeling_2023.csv"
    path.write_text(SES_CSV, encoding="utf-8")
    con = duckdb.connect()
    entries = refresh(con, data, Selection("GM0997", (2022,)))
    (entry,) = [e for e in entries if e.table_id == path.name]
    assert entry.status == "loaded" and "ses_woa" in entry.message
    rows = rows_of(con, path.name)
    assert rows[("BU09970102", "2022*", "ses_woa_totaal")] == (-0.068, "number")
    assert rows[("GM0997", "2022*", "ses_woa_spreiding")] == (0.715, "number")
    assert rows[("BU09970201", "2022*", "ses_woa_totaal")] == (None, "suppressed")
    assert rows[("GM0997", "2022*", None)] == (17.0, "number")  # a topic without a measure
    assert not any(code == "BU10090101" for code, *_ in rows)  # another gemeente
    assert con.execute(
        "select distinct year, boundary_year from raw.cbs_wijk_figures where table_id = ?",
        [path.name],
    ).fetchall() == [(2022, 2023)]  # the period's year, the division from the file name


def test_the_gemeente_maps_its_own_table_and_measure(data):
    (data.reference / "cbs" / "tabellen.toml").write_text(
        """
[[maat]]
code = "eenzaamheid"
label = "Ernstig eenzaam"
eenheid = "%"
thema = "gezondheid"
definitie = "Inwoners van 18 jaar en ouder die zich ernstig eenzaam voelen."
kenmerk = true

[[tabel]]
naam = "gezondheidsmonitor"
bestand = 'gezondheid'
indelingsjaar = 2022
[tabel.onderwerpen]
'ernstig eenzaam' = "eenzaamheid"
""",
        encoding="utf-8",
    )
    (data.reference / "cbs" / "gezondheid_wijken.csv").write_text(
        "Codering;Perioden;Ernstig eenzaam (%);Mantelzorger (%)\n"
        "WK099701;2022;11;15\nWK099702;2022;.;.\n",
        encoding="utf-8",
    )
    con = duckdb.connect()
    refresh(con, data, Selection(None, (), cbs=True))
    rows = rows_of(con, "gezondheid_wijken.csv")
    assert rows[("WK099701", "2022", "eenzaamheid")] == (11.0, "number")
    assert rows[("WK099701", "2022", None)] == (15.0, "number")
    assert con.execute(
        "select measure_label, unit, theme, is_feature from raw.cbs_measures "
        "where measure = 'eenzaamheid'"
    ).fetchone() == ("Ernstig eenzaam", "%", "gezondheid", True)


def test_a_wrong_mapping_names_the_file_entry_and_key(data):
    (data.reference / "cbs" / "tabellen.toml").write_text(
        '[[tabel]]\nnaam = "x"\nbestand = "x"\n[tabel.onderwerpen]\n"a" = "bestaat_niet"\n',
        encoding="utf-8",
    )
    with pytest.raises(tables.MappingError, match=r"tabellen.toml, tabel 1 \(x\): onbekende maat"):
        tables.load_specs(data.reference / "cbs")
    con = duckdb.connect()
    entries = refresh(con, data, Selection(None, (), cbs=True))
    assert entries[0].status == "failed" and "Alleen de standaardtabellen" in entries[0].message


def test_a_measure_over_open_dimensions_is_not_guessed(data):
    (data.reference / "cbs" / "tabellen.toml").write_text(
        '[[tabel]]\nnaam = "wmo_wijk"\nbestand = "wmo_per_wijk"\n'
        '[tabel.onderwerpen]\n"clienten" = "wmo_clienten"\n',
        encoding="utf-8",
    )
    (data.reference / "cbs" / "wmo_per_wijk_2023.csv").write_text(
        "WijkenEnBuurten;Perioden;Voorziening;Clienten (aantal)\n"
        "WK099701;2023;Hulp bij het huishouden;120\nWK099701;2023;Vervoer;40\n",
        encoding="utf-8",
    )
    con = duckdb.connect()
    entries = refresh(con, data, Selection(None, (), cbs=True))
    (entry,) = [e for e in entries if e.table_id == "wmo_per_wijk_2023.csv"]
    assert "meerdere cijfers" in entry.message and "wmo_clienten" in entry.message
    rows = rows_of(con, "wmo_per_wijk_2023.csv")
    assert set(m for _, _, m in rows) == {None}  # both kept, neither as the wijk's Wmo figure


def test_ses_woa_from_odata_keeps_every_period_up_to_the_last_year(tmp_path):
    data = Paths(tmp_path)
    data.reference.mkdir(parents=True)
    con = duckdb.connect()
    refresh(con, data, Selection("GM0997", (2022,)), online=True, transport=FixtureTransport())
    periods = con.execute(
        "select distinct period from raw.cbs_wijk_figures where table_id = '85900NED' order by 1"
    ).fetchall()
    assert periods == [("2021JJ00",), ("2022JJ00",)]
