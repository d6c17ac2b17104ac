"""What the team meeting page and its PDF agenda show, gathered for one area. No widgets.

Figures from the serving copy (access-checked by the query modules: a role without figures
per area gets none), the rest from the application database (access-checked by wijkwijs.appdb).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pandas as pd

from dashboards import client_queries, reference_queries, youth_queries
from dashboards import workspace as ws
from dashboards.formatting import format_month
from wijkwijs.access import AREA_FIGURES, Access
from wijkwijs.appdb import actions, notes, signals
from wijkwijs.appdb.engine import AppDb
from wijkwijs.domains import domain_labels
from wijkwijs.workspace.agenda import Agenda, since_text
from wijkwijs.workspace.changes import BASELINE_MONTHS, RULE_TEXT, display_table, figure_changes

NO_FIGURES = "Cijfers per gebied horen niet bij uw rol; de rest van de agenda wel."


@dataclass(frozen=True)
class Meeting:
    agenda: Agenda
    changes: pd.DataFrame  # every figure with its test (figure_changes)
    figures_allowed: bool


def _figures(who: Access, area) -> tuple[pd.DataFrame, str, bool]:
    if not who.can(AREA_FIGURES):
        return pd.DataFrame(), NO_FIGURES, False
    monthly = client_queries.area_monthly(area.area_level, area.area_code, area.gemeente_code)
    own = monthly[monthly["area_level"] == area.area_level]
    info = reference_queries.publish_info()
    base = int(info.get("rounding_base") or 5)
    changes = figure_changes(own, reference_queries.categories(),
                             reference_queries.value_state_labels(), rounding_base=base)
    month = format_month(changes["period"].iloc[0]) if len(changes) else "—"
    note = (f"Nieuwste maand: {month}. " + RULE_TEXT.format(months=BASELINE_MONTHS, base=base)
            + " Bron: gepubliceerde cijfers van wijkwijs (cliënten per gebied en maand).")
    return changes, note, True


def _youth(area, codes: list[str], since: date) -> tuple[pd.DataFrame, str]:
    columns = ["Thema", "Nieuwe ideeën"]
    first_quarter = pd.Timestamp(since).to_period("Q").start_time.date()
    try:
        frame = youth_queries.ideas_per_theme_since(codes, first_quarter)
    except PermissionError as denied:  # e.g. beleid: no figures per area
        return pd.DataFrame(columns=columns), str(denied)
    if not len(frame):
        return pd.DataFrame(columns=columns), ""
    table = pd.DataFrame({"Thema": frame["theme_label"], "Nieuwe ideeën": frame["ideas"]})
    note = (f"Gepubliceerde ideeën van jongeren over de buurten van {area.area_name}, "
            f"opgehaald vanaf het kwartaal van {since.strftime('%d-%m-%Y')} (jongereninbreng "
            "kent alleen het kwartaal). Eenheid: ideeën. Bron: jongerenwerk, via wijkwijs.")
    return table, note


def gather(db: AppDb, who: Access, area, since: date, next_meeting: date) -> Meeting:
    """Everything on the agenda of `area` (a row of workspace.areas()) since `since`."""
    readable = ws.readable_areas(who)
    codes = ws.codes_under(area, readable)
    changes, figures_note, allowed = _figures(who, area)
    figures = (display_table(changes, only_changed=True) if allowed and len(changes)
               else pd.DataFrame(columns=["Cijfer"]))
    # signals: raised since the last meeting, or still not solved
    rows = []
    for item in signals.signals_for(db, who, area_codes=codes):
        new = item.raised_on > since
        if not new and item.status == signals.SOLVED:
            continue
        rows.append({"Signaal": item.title, "Gebied": item.area_name,
                     "Domeinen": ", ".join(domain_labels()[d] for d in item.domains),
                     "Status": signals.STATUS_LABELS[item.status],
                     "Gemeld": ws.when(item.raised_on), "Eigenaar": item.owner or "—",
                     "Nieuw": "ja" if new else ""})
    signal_table = pd.DataFrame(rows, columns=["Signaal", "Gebied", "Domeinen", "Status",
                                               "Gemeld", "Eigenaar", "Nieuw"])
    due = actions.actions_for(db, who, area_codes=codes, statuses=actions.ACTIVE,
                              due_before=next_meeting)
    action_table = pd.DataFrame(
        [{"Afspraak": a.text, "Wie": a.owner, "Klaar op": ws.when(a.due_on),
          "Status": actions.STATUS_LABELS[a.status]
          + (" (te laat)" if a.due_on and a.due_on < date.today() else "")} for a in due],
        columns=["Afspraak", "Wie", "Klaar op", "Status"])
    youth, youth_note = _youth(area, codes, since)
    since_at = datetime.combine(since + timedelta(days=1), time.min).astimezone()
    period_notes = {n.id: n for n in notes.notes_for(db, who, area_codes=codes,
                                                     updated_since=since_at)}
    latest = client_queries.latest_period()
    if latest is not None:
        period_notes |= {n.id: n for n in notes.notes_for(db, who, area_codes=codes,
                                                          period_from=latest, period_to=latest)}
    cats = reference_queries.categories()
    category_labels = dict(zip(cats["category"], cats["category_label"], strict=True))
    note_table = pd.DataFrame(
        [{"Gebied": n.area_name, "Periode": ws.period_text(n.period_start, n.period_end),
          "Over": category_labels.get(n.category) or domain_labels().get(n.domain, "alles"),
          "Duiding": n.text, "Door": f"{ws.role_text(n.updated_role)}, {ws.when(n.updated_at)}"}
         for n in sorted(period_notes.values(), key=lambda n: n.period_start, reverse=True)],
        columns=["Gebied", "Periode", "Over", "Duiding", "Door"])
    info = reference_queries.publish_info()
    published = (pd.Timestamp(info["published_at"]).strftime("%d-%m-%Y")
                 if info.get("published_at") is not None else "—")
    agenda = Agenda(
        title=f"Teamoverleg {ws.area_label(area)}",
        subtitle=f"Gemeente {area.gemeente_name} · {since_text(since, next_meeting)}",
        figures=figures if allowed else pd.DataFrame(columns=["Cijfer"]),
        figures_note=figures_note, signals=signal_table, actions=action_table, youth=youth,
        youth_note=youth_note, notes=note_table,
        made=(f"Gemaakt op {date.today().strftime('%d-%m-%Y')} met wijkwijs; cijfers "
              f"gepubliceerd op {published}; signalen, afspraken en duiding uit de werkruimte. "
              "Geheim: te kleine aantallen; nog niet gepubliceerd en onbekend zijn geen 0."),
        empty_texts={"1. Cijfers met een opvallende verandering": NO_FIGURES}
        if not allowed else {},
    )
    return Meeting(agenda, changes, allowed)
