import pandas as pd
import pytest

from wijkwijs.ingest.personal_data import find_personal_data, passes_elfproef
from wijkwijs.ingest.readers import normalise_header, read_table
from wijkwijs.ingest.values import CellError, parse_count


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
        ("-3", "negatief aantal '-3' / negative count '-3'"),
        ("2,5", "aantal met decimalen '2,5' / fractional count '2,5'"),
        ("veel", "geen aantal 'veel' / not a count 'veel'"),
    ],
)
def test_parse_count_rejects_with_reason(cell, reason):
    with pytest.raises(CellError) as info:
        parse_count(cell)
    assert str(info.value) == reason


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
    assert passes_elfproef("111222333")
    assert not passes_elfproef("111222334")
    assert not passes_elfproef("12345678")


@pytest.mark.parametrize(
    ("column", "value", "kind"),
    [
        ("kenmerk", "111222333", "BSN"),
        ("kenmerk", "jan@example.nl", "e-mailadres"),
        ("kenmerk", "1234 AB", "postcode (6 posities)"),
        ("kenmerk", "06-12345678", "telefoonnummer"),
        ("kenmerk", "Molenstraat 12", "adres"),
        ("kenmerk", "03-04-1987", "geboortedatum of andere persoonsdatum"),
    ],
)
def test_personal_content_is_found_with_row_and_column(column, value, kind):
    frame = pd.DataFrame({"buurtcode": ["BU99990101", "BU99990102"], column: ["ok", value]})
    problems = find_personal_data(frame, "f.csv")
    assert [(p.row, p.column, p.reason_nl) for p in problems] == [
        (3, column, f"waarde lijkt een {kind}; bestand niet geladen")
    ]


def test_personal_header_rejects_whole_file():
    frame = pd.DataFrame({"BSN".lower(): ["1"], "buurtcode": ["BU99990101"]})
    problems = find_personal_data(frame, "f.csv")
    assert problems[0].column == "bsn" and problems[0].row is None
    assert "BSN" in problems[0].reason_nl
