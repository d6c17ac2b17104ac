"""The 'jongereninbreng' brief for a zoning discussion: PDF, CSV and GeoJSON.

Built only from published data (scrubbed records, age bands masked when the copy was
published, context figures already formatted with their states). reportlab lays out the
PDF, wijkwijs.pdf_charts draws the map in it as vector paths and text (no basemap: nothing is
fetched).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

import pandas as pd
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from shapely.geometry.base import BaseGeometry

from wijkwijs.pdf_charts import MapArea, MapMark, marks_map
from wijkwijs.youth.places import (
    MIXED_LABEL,
    MIXED_THEME,
    buurt_counts,
    counts_text,
    period_text,
    shared_places,
)
from wijkwijs.youth.summary import HIDDEN, quarter_label, theme_counts

QUOTES_PER_THEME = 6
PRECISION_LABELS = {"raster_100m": "vak van 100 m", "buurt": "buurt"}
EXPORT_COLUMNS = {  # record column → Dutch column of the CSV and GeoJSON
    "quarter_label": "kwartaal",
    "buurt_code": "buurtcode",
    "buurt_name": "buurt",
    "wijk_name": "wijk",
    "theme_label": "thema",
    "idea": "idee",
    "age_band": "leeftijdsgroep",
    "organisation": "organisatie",
    "activity": "activiteit",
    "support": "aantal_steun",
    "precision_label": "locatie",
    "x_rd": "x_rd",
    "y_rd": "y_rd",
}
# Okabe-Ito plus grey: one colour per theme, readable with colour-vision deficiencies
THEME_COLOURS = {
    "ontmoeten": "#E69F00", "sport_en_spelen": "#56B4E9", "groen": "#009E73",
    "veiligheid_en_verlichting": "#F0E442", "verkeer": "#0072B2", "wonen": "#D55E00",
    "voorzieningen": "#CC79A7", "overig": "#7f7f7f",
}  # fmt: skip


@dataclass
class Brief:
    area_name: str  # e.g. "Plangebied uit bestand stationsgebied.geojson"
    area_rd: BaseGeometry  # the plan area (with buffer) in RD New
    records: pd.DataFrame  # published records in the area (age bands masked at publish)
    bands: pd.DataFrame  # summary.band_table of the records
    threshold: int  # from the serving copy's publish_info
    context_columns: list[str] = field(default_factory=list)
    context_rows: list[list[str]] = field(default_factory=list)
    context_note: str = ""
    buffer_m: float = 0
    generated_on: date = field(default_factory=date.today)
    published_at: str = ""
    sources: list[str] = field(default_factory=list)
    buurten: object = None  # GeoDataFrame of the buurten around the area (area_code, area_name)


EXPORT_ORDER = ["quarter_start", "buurt_code", "theme", "record_id"]


def _export_order(records: pd.DataFrame) -> pd.DataFrame:
    return records.sort_values([c for c in EXPORT_ORDER if c in records.columns],
                               kind="stable", ignore_index=True)


def export_frame(records: pd.DataFrame) -> pd.DataFrame:
    """Records with Dutch column names, in the order of EXPORT_COLUMNS, rows by quarter, buurt,
    theme and the published id: an order that says nothing about the date within a quarter
    (the id is keyed, wijkwijs.disclosure.youth), whatever order the page had them in."""
    records = _export_order(records)
    out = records.assign(
        quarter_label=records["quarter_start"].map(quarter_label),
        precision_label=records["location_precision"].map(PRECISION_LABELS),
        support=records["support"].astype("Int64"),
    )
    return out[list(EXPORT_COLUMNS)].rename(columns=EXPORT_COLUMNS).reset_index(drop=True)


def records_geojson(records: pd.DataFrame) -> bytes:
    """A FeatureCollection of the generalised points (WGS84, as RFC 7946 requires)."""
    records = _export_order(records)  # the same rows as export_frame, in its order
    frame = export_frame(records)
    features = []
    for (_, row), lon, lat in zip(frame.iterrows(), records["lon"], records["lat"], strict=True):
        properties = {
            k: (None if pd.isna(v) else (int(v) if k == "aantal_steun" else v))
            for k, v in row.items()
            if k not in ("x_rd", "y_rd")
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                "properties": properties,
            }
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    ).encode("utf-8")


MAP_WIDTH, MAP_HEIGHT = 170 * mm, 127 * mm  # the map on the brief's A4 page
BUURT_ONLY_LABEL = "Alleen de buurt bekend (aantal)"
PLAN_LABEL = "Plangebied"


def map_drawing(area_rd: BaseGeometry, records: pd.DataFrame, buurten=None, *,
                width: float = MAP_WIDTH, height: float = MAP_HEIGHT) -> Drawing:
    """The planner's map on paper, in RD New metres: the buurten around the plan area with
    their names (`buurten`: area_code, area_name, geometry; optional), the plan area's
    outline, one circle per place with ideas (its count inside when several share it; by
    theme, dark grey for several) and per buurt a square with the count of the ideas known
    only by that buurt (no point: they have no place). The legend beside it. Vector paths and
    text (wijkwijs.pdf_charts): nothing fetched, no bitmap."""
    counts = buurt_counts(records)
    only = dict(zip(counts["buurt_code"], counts["ideas"], strict=True))
    areas = [] if buurten is None else [
        MapArea(name, shape, int(only.get(code, 0)))
        for code, name, shape in zip(buurten["area_code"], buurten["area_name"],
                                     buurten.geometry, strict=True)]
    places = shared_places(records)
    marks = []
    for place in places.itertuples(index=False):
        colour = _theme_colour(place.theme)
        marks.append(MapMark(place.x_rd, place.y_rd, int(place.ideas), colour,
                             ink="#ffffff" if colour in DARK_FILLS else "#000000"))
    return marks_map(area_rd, areas=areas, marks=marks, legend=_legend_themes(places),
                     count_label=BUURT_ONLY_LABEL, outline_label=PLAN_LABEL,
                     width=width, height=height)


def _theme_colour(theme: str) -> str:
    return MIXED_COLOUR if theme == MIXED_THEME else THEME_COLOURS.get(theme, "#7f7f7f")


MIXED_COLOUR = "#333333"  # a place whose ideas have several themes (as the page's map)
DARK_FILLS = {MIXED_COLOUR, "#0072B2", "#D55E00", "#7f7f7f"}  # a count in white on these


def _legend_themes(places: pd.DataFrame) -> list[tuple[str, str]]:
    present = places[["theme", "theme_label"]].drop_duplicates()
    out = [(r.theme_label, _theme_colour(r.theme))
           for r in present.itertuples(index=False) if r.theme != MIXED_THEME]
    out.sort()
    if (present["theme"] == MIXED_THEME).any():
        out.append((MIXED_LABEL, MIXED_COLOUR))
    return out


def _table(rows: list[list[str]], widths=None) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
                ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f4f4f4")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def brief_texts(brief: Brief) -> dict[str, list[str]]:
    """The text of every section, in order: what the PDF prints (and the tests read)."""
    themes = theme_counts(brief.records)
    buffer = f", met een rand van {brief.buffer_m:g} m" if brief.buffer_m else ""
    intro = [
        f"Plangebied: {brief.area_name}{buffer}.",
        f"{len(brief.records)} ideeën van jongeren in dit gebied, opgehaald door "
        "jongerenwerk; alleen gepubliceerde ideeën, ontdaan van namen, telefoonnummers, "
        "e-mailadressen, accounts en huisnummers.",
        *([f"Periode: {period_text(brief.records)}. {counts_text(brief.records)}"]
          if len(brief.records) else []),
        f"Een leeftijdsgroep met minder dan {brief.threshold} ideeën in een buurt, thema en "
        "kwartaal is bij publicatie verborgen ('leeftijd verborgen'), net als een groep die "
        "anders uit het totaal zou volgen.",
    ]
    quotes: list[str] = []
    for theme in themes.itertuples(index=False):
        quotes.append(f"{theme.theme_label} ({theme.ideas} ideeën)")
        own = brief.records[brief.records["theme"] == theme.theme].sort_values(
            ["support", "quarter_start"], ascending=[False, False], na_position="last"
        )
        for r in own.head(QUOTES_PER_THEME).itertuples(index=False):
            steun = f", {int(r.support)} steun" if pd.notna(r.support) else ""
            age = "leeftijd verborgen" if r.age_band == HIDDEN else f"{r.age_band} jaar"
            quotes.append(
                f"“{r.idea}” — {r.buurt_name}, {quarter_label(r.quarter_start)}, {age}{steun}"
            )
    sources = brief.sources or [
        "Jongereninbreng: jongerenwerk, opgeschoond en gegeneraliseerd door wijkwijs.",
        "Gebiedsindeling: CBS / PDOK wijk- en buurtkaart.",
        "Inwoners: BRP / CBS. Jeugdhulp en andere voorzieningen: eigen registratie gemeente.",
    ]
    footer = [
        f"Gemaakt op {brief.generated_on:%d-%m-%Y}"
        + (f" uit de gegevens gepubliceerd op {brief.published_at}" if brief.published_at else "")
        + "."
    ]
    return {
        "Jongereninbreng": intro,
        "Ideeën per thema": quotes,
        "Context van de buurten": [brief.context_note] if brief.context_note else [],
        "Bronnen": sources + footer,
    }


def brief_flowables(brief: Brief) -> list:
    styles = getSampleStyleSheet()
    texts = brief_texts(brief)
    story: list = [Paragraph(f"Jongereninbreng — {escape(brief.area_name)}", styles["Title"])]
    story += [Paragraph(escape(t), styles["BodyText"]) for t in texts["Jongereninbreng"]]
    story.append(map_drawing(brief.area_rd, brief.records, brief.buurten))
    story.append(Paragraph("Ideeën per thema en leeftijdsgroep", styles["Heading2"]))
    table = brief.bands
    story.append(_table([list(table.columns)] + table.astype(str).values.tolist()))
    story.append(Paragraph("Ideeën per thema", styles["Heading2"]))
    for text in texts["Ideeën per thema"]:
        is_heading = not text.startswith("“")
        story.append(Paragraph(escape(text), styles["Heading4" if is_heading else "BodyText"]))
    story.append(Paragraph("Context van de buurten", styles["Heading2"]))
    if brief.context_rows:
        story.append(_table([brief.context_columns] + brief.context_rows))
    story += [Paragraph(escape(t), styles["Italic"]) for t in texts["Context van de buurten"]]
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("Bronnen", styles["Heading2"]))
    story += [Paragraph(escape(t), styles["BodyText"]) for t in texts["Bronnen"]]
    return story


def brief_pdf(brief: Brief, compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=f"Jongereninbreng — {brief.area_name}",
        author="wijkwijs",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        pageCompression=1 if compress else 0,
        invariant=1,
    )
    doc.build(brief_flowables(brief))
    return buffer.getvalue()
