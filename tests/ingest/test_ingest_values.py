import pandas as pd
import pytest

from wijkwijs.ingest.personal_data import find_personal_data
from wijkwijs.ingest.readers import normalise_header, read_table
from wijkwijs.ingest.values import CellError, parse_count
from wijkwijs.personal.patterns import is_bsn


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("17", (17, "number")),
        (" 0 ", (0, "number")),
        ("12.0", (12, "number")),
        (".", (None, "suppressed")),
        ("x", (None, "suppressed")),
        ("<5", (None, "suppressed")),
        ("-99997", (None, "suppressed")),
        ("-99995", (None, "not_published")),
        ("-99991", (None, "not_published")),
        ("", (None, "unknown")),
    ],
)
def test_parse_count_keeps_each_state(cell, expected):
    assert parse_count(cell) == expected


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("-3", "negatief aantal / negative count"),
        ("2,5", "aantal met decimalen"),
        ("veel", "geen aantal"),
        ("1.000", "scheidingsteken voor duizendtallen"),
        ("12.500", "scheidingsteken voor duizendtallen"),
        ("1 234", "scheidingsteken voor duizendtallen"),
        ("#DIV/0!", "Excel-foutwaarde"),
    ],
)
def test_parse_count_rejects_with_reason_and_never_repeats_the_cell(cell, reason):
    with pytest.raises(CellError) as info:
        parse_count(cell)
    assert reason in str(info.value)
    assert f"'{cell}'" not in str(info.value)


def test_headers_match_case_and_space_insensitively():
    assert normalise_header("\ufeff Aantal Clienten ") == "aantal_clienten"
    assert normalise_header("Boundary-Year") == "boundary_year"


def test_read_table_handles_bom_semicolon_and_windows_1252(tmp_path):
    bom = tmp_path / "a.csv"
    bom.write_bytes("\ufeffPeriode;Buurtcode\n2024-01;BU01230101\n".encode())
    cp = tmp_path / "b.csv"
    cp.write_bytes("periode,naam_buurt\n2024-01,Café Zuid\n".encode("cp1252"))
    assert read_table(bom).to_dict("records") == [{"periode": "2024-01", "buurtcode": "BU01230101"}]
    assert read_table(cp).iloc[0]["naam_buurt"] == "Café Zuid"


def test_elfproef():
    assert is_bsn("111222333")
    assert not is_bsn("111222334")
    assert not is_bsn("12345678")


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("111222333", "BSN"),
        ("1112.22.333", "BSN"),
        ("11111112", "BSN"),  # 011111112 after a spreadsheet dropped the leading zero
        ("jan@example.nl", "e-mailadres"),
        ("NL91 ABNA 0417 1643 00", "IBAN (rekeningnummer)"),
        ("1234 AB", "postcode (6 posities)"),
        ("1234-AB", "postcode (6 posities)"),
        ("06-12345678", "telefoonnummer"),
        ("Molenstraat 12", "adres"),
        ("Kerkpad 3", "adres"),
        ("Hoofdstraat12", "adres"),
        ("03-04-1987", "geboortedatum"),
        ("03.04.1987", "geboortedatum"),
        ("19870403", "geboortedatum"),
        ("3 april 1987", "geboortedatum"),
        ("april 3, 1987", "geboortedatum"),
        ("03-apr-1987", "geboortedatum"),
        ("1987-04-03T10:00:00", "geboortedatum"),
        ("drie maart 2009", "geboortedatum"),  # the scrubber's written form, read here too
        ("+31 6 1234 5678", "telefoonnummer"),
        ("jan (at) example (dot) nl", "e-mailadres"),
        ("de Vries, S.", "naam van een persoon"),
        ("SANNE DE VRIES", "naam van een persoon"),
        ("S. de Vries", "naam van een persoon"),
        ("Vries, de S.", "naam van een persoon"),
        ("dhr. J. Jansen", "naam van een persoon"),
        ("mevrouw Bakker", "naam van een persoon"),
        ("sanne jansen", "naam van een persoon"),
    ],
)
def test_personal_content_is_found_with_row_and_column_never_the_value(value, kind):
    frame = pd.DataFrame({"buurtcode": ["BU99990101", "BU99990102"], "kenmerk": ["ok", value]},
                         index=[2, 3])
    problems = find_personal_data(frame, "f.csv")
    assert [(p.row, p.column, p.reason_nl) for p in problems] == [
        (3, "kenmerk", f"persoonsgegeven gevonden: {kind}")
    ]
    assert value not in problems[0].line()


@pytest.mark.parametrize(
    "value",
    ["2024-03", "2024-03-01", "202403", "BU99990101", "huishoudelijke_hulp", "12", "<5",
     "Jongerencentrum De Molen", "Buurtsportcoach", "EPSG:4326", "52.167333", "14-17",
     # a buurt code whose digits with a leading zero pass the elfproef: no BSN in a cell
     "BU03630006"],
)
def test_contract_values_are_not_personal(value):
    frame = pd.DataFrame({"kenmerk": [value]}, index=[2])
    assert find_personal_data(frame, "f.csv") == []


def test_the_contracts_own_dates_are_not_dates_of_birth():
    days = ["2024-01-04", "2024-02-17", "2024-03-21"]
    frame = pd.DataFrame({"datum": days, "peildatum": ["2024-03-31"] * 3}, index=[2, 3, 4])
    assert find_personal_data(frame, "f.csv", frozenset({"datum"})) == []
    [problem] = find_personal_data(frame.rename(columns={"datum": "kenmerk"}), "f.csv")
    assert (problem.column, problem.reason_en) == ("kenmerk",
                                                   "personal data found: date of birth, 3 rows")


@pytest.mark.parametrize(
    "header",
    ["BSN-nummer", "bsn", "clientnaam", "geb_datum", "Geboortedatum", "woonadres",
     "woonplaats_pc", "postcode", "telefoon", "e-mail", "IBAN", "cliëntnummer", "achternaam",
     "voorletters"],
)
def test_personal_header_rejects_whole_file(header):
    frame = pd.DataFrame({normalise_header(header): ["1"], "buurtcode": ["BU99990101"]},
                         index=[2])
    [problem] = find_personal_data(frame, "f.csv")
    assert problem.column == normalise_header(header) and problem.row is None


@pytest.mark.parametrize("header", ["buurtnaam", "wijknaam", "gemeentenaam", "aantal_clienten",
                                    "organisatie", "postcode4", "leeftijdsgroep"])
def test_ordinary_headers_are_not_personal(header):
    frame = pd.DataFrame({header: ["a"]}, index=[2])
    assert find_personal_data(frame, "f.csv") == []


def test_population_rows_keep_their_buurt(tmp_path):
    """Row numbers as the index must not shift values onto another buurt."""
    from wijkwijs.reference import read_population

    path = tmp_path / "bevolking.csv"
    path.write_text(
        "jaar,buurtcode,inwoners_0_17,inwoners_18_26,inwoners_27_66,inwoners_67_plus,huishoudens\n"
        "\n2024,BU99990101,1,2,3,4,5\n2024,BU99990102,10,20,30,40,50\n"
    )
    rows = read_population(path)
    assert rows[["buurt_code", "residents_0_17", "households"]].values.tolist() == [
        ["BU99990101", 1, 5], ["BU99990102", 10, 50]
    ]


def test_the_ingest_lists_are_the_sourced_files_less_deduces_ordinary_words():
    from wijkwijs.personal.lexicon import dutch_first_names, dutch_surnames, street_names

    assert "sanne" in dutch_first_names() and "bent" not in dutch_first_names()
    assert "jansen" in dutch_surnames() and "goed" not in dutch_surnames()
    assert "kerkpad" in street_names() and "centrum" not in street_names()
