"""The tables of the Datastatus page, as pure functions on `load_status`, `publish_info` and
the status file that every load writes apart from the figures (wijkwijs.ingest.status)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from dashboards.formatting import format_month, format_value
from wijkwijs.disclosure import DisclosureRules

STATUS_LABELS = {"loaded": "geladen", "duplicate": "dubbel", "replaced": "vervangen",
                 "rejected": "geweigerd", "held": "aangehouden", "confirmed": "bevestigd",
                 "undone": "ongedaan gemaakt", "replayed": "opnieuw geladen"}
LOG_COLUMNS = ["file_name", "file_kind", "status", "rows", "periods", "loaded_at", "message"]


def read_status_file(path: Path) -> dict:
    """The status file, or {} when there is none (no load has run in this data folder yet)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def current_log(status: Mapping, served: pd.DataFrame) -> pd.DataFrame:
    """The load log as the last load left it: from the status file when it has one (written
    on every load, also when the build failed), else the one in the serving copy."""
    rows = status.get("load_log")
    if not rows:
        return served
    log = pd.DataFrame(rows, columns=LOG_COLUMNS)
    log["loaded_at"] = pd.to_datetime(log["loaded_at"], errors="coerce")
    return log.sort_values(["loaded_at", "file_name"], ascending=[False, True])


def last_run(status: Mapping) -> tuple[bool, str] | None:
    """(succeeded, Dutch sentence) about the last pipeline run, if the status file knows it."""
    run = status.get("last_run")
    if not run:
        return None
    when = timestamp_text(pd.to_datetime(run.get("at"), errors="coerce"))
    if run.get("succeeded"):
        return True, f"De laatste run ({when} UTC) is geslaagd."
    reason = str(run.get("reason") or "onbekende fout").split(" / ")[0]
    return False, (f"De laatste run ({when} UTC) is mislukt: {reason}. Het dashboard toont nog "
                   "de vorige publicatie; de cijfers hieronder over laden zijn wel actueel.")


def held_table(status: Mapping) -> pd.DataFrame:
    """Files waiting for the analyst's confirmation, with the numbers that stopped them."""
    held = status.get("held") or []
    return pd.DataFrame({
        "Bestand": [h.get("file") for h in held],
        "Aangeleverd als": [h.get("delivered_as") for h in held],
        "Reden": ["; ".join(r for r in h.get("reasons") or [] if r) for h in held],
        "Bevestigen": [f"make confirm FILE={h.get('file')}" for h in held],
    })


def freshness_table(status: Mapping, domain_labels: Mapping[str, str]) -> pd.DataFrame:
    """Per domain the newest month loaded and whether it is recent enough (from the loads,
    so also before a new copy is published)."""
    rows = []
    for fresh in status.get("freshness") or []:
        newest = fresh.get("newest_period")
        rows.append({
            "Domein": domain_labels.get(fresh["domain"], fresh["domain"]),
            "Nieuwste maand geladen": format_month(pd.Timestamp(newest).date()) if newest
            else "nog niet geleverd",
            "Actueel": "ja" if fresh.get("fresh") else
            f"nee (ouder dan {fresh.get('max_age_months')} maanden)",
        })
    return pd.DataFrame(rows, columns=["Domein", "Nieuwste maand geladen", "Actueel"])
KIND_LABELS = {"case_counts": "Maandexport cliënten", "stapeling": "Stapeling",
               "population": "Bevolking", "boundaries": "Grenzen", "youth_input": "Jongereninbreng"}
TABLE_LABELS = {"areas": "Gebieden", "area_clients_monthly": "Cliënten per maand",
                "area_stapeling_yearly": "Stapeling per jaar", "load_status": "Laadlog",
                "area_map_geometry": "Kaartgrenzen", "definitions": "Definities",
                "area_profile_monthly": "Integraal profiel per maand",
                "area_clients_yearly": "Cliënten per jaar",
                "area_client_totals_monthly": "Unieke cliënten per maand",
                "similar_buurten": "Vergelijkbare buurten",
                "area_clients_by_period": "Cliënten per maand (kaart)",
                "cbs_area_figures": "CBS-cijfers per gebied",
                "cbs_area_series": "CBS-reeksen per gebied",
                "cbs_comparison": "CBS-vergelijking", "cbs_fetch_status": "CBS-ophaalstatus",
                "boundary_crosswalk": "Omzetting gebiedsindeling",
                "stapeling_combinations": "Stapelingscombinaties",
                "youth_input_records": "Jongereninbreng (ideeën)",
                "youth_input_by_buurt_theme": "Jongereninbreng per buurt en thema",
                "categories": "Categorieën", "value_states": "Waardestatussen",
                "publish_info": "Publicatie"}


def timestamp_text(value) -> str:
    if value is None or pd.isna(value):
        return format_value(None, "unknown")
    return pd.Timestamp(value).strftime("%d-%m-%Y %H:%M")


def source_table(log: pd.DataFrame) -> pd.DataFrame:
    """Per file kind: newest period loaded, last delivery, rows, files per status."""
    rows = []
    for kind, group in log.fillna({"file_kind": "onbekend"}).groupby("file_kind", sort=True):
        loaded = group[group["status"].isin(["loaded", "replaced"])]
        periods = loaded["periods"].dropna().astype(str)
        newest = max((p for text in periods for p in text.split(",") if p.strip()),
                     default=None)
        counts = group["status"].value_counts()
        rows.append({
            "Bron": KIND_LABELS.get(kind, kind) if isinstance(kind, str) else "onbekend",
            "Nieuwste periode": newest.strip() if newest else "onbekend",
            "Laatste levering": timestamp_text(group["loaded_at"].max()),
            "Rijen geladen": format_value(int(loaded["rows"].fillna(0).sum())),
            **{label: int(counts.get(status, 0)) for status, label in STATUS_LABELS.items()},
        })
    return pd.DataFrame(rows, columns=["Bron", "Nieuwste periode", "Laatste levering",
                                       "Rijen geladen", *STATUS_LABELS.values()])


def rejected(log: pd.DataFrame) -> pd.DataFrame:
    """The quarantined files with their reason, newest first."""
    bad = log[log["status"] == "rejected"].sort_values("loaded_at", ascending=False)
    return pd.DataFrame({
        "Bestand": list(bad["file_name"]),
        "Soort": [KIND_LABELS.get(k, k) if isinstance(k, str) else "onbekend"
                  for k in bad["file_kind"]],
        "Aangeboden": [timestamp_text(t) for t in bad["loaded_at"]],
        "Reden": [m if isinstance(m, str) and m else "onbekend" for m in bad["message"]],
    })


def files_table(log: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "Bestand": list(log["file_name"]),
        "Soort": [KIND_LABELS.get(k, k) if isinstance(k, str) else "onbekend"
                  for k in log["file_kind"]],
        "Status": [STATUS_LABELS.get(s, s) for s in log["status"]],
        "Rijen": [format_value(r, "number" if pd.notna(r) else "unknown") for r in log["rows"]],
        "Periodes": [p if isinstance(p, str) and p else "—" for p in log["periods"]],
        "Tijd": [timestamp_text(t) for t in log["loaded_at"]],
        "Melding": [m if isinstance(m, str) and m else "" for m in log["message"]],
    })


def newest_table(newest: pd.DataFrame, domain_labels: Mapping[str, str]) -> pd.DataFrame:
    by_domain = newest.set_index("domain")
    rows = []
    for domain, label in domain_labels.items():
        if domain not in by_domain.index:
            rows.append((label, "onbekend", "onbekend"))
            continue
        r = by_domain.loc[domain]
        month = [format_month(pd.Timestamp(v).date()) if pd.notna(v) else
                 "nog niet gepubliceerd" for v in (r["newest"], r["newest_number"])]
        rows.append((label, *month))
    return pd.DataFrame(rows, columns=["Domein", "Nieuwste maand",
                                       "Nieuwste maand met gemeentecijfer"])


def _count(info: Mapping, name: str):
    value = info.get(name)
    return None if value is None or pd.isna(value) else int(value)


def publish_table(info: Mapping) -> pd.DataFrame:
    """Published when, the disclosure rules used (from the copy itself), what the attacker
    found at publish, and the rows per served table."""
    rows = [("Gepubliceerd (UTC)", timestamp_text(info.get("published_at")))]
    if info.get("suppression_threshold") is not None:
        rules = DisclosureRules.from_publish_info(info)
        below = (f"{rules.threshold} (1 tot {rules.threshold})" if rules.zeros_published
                 else f"{rules.threshold} (ook 0)")
        rows.append(("Geheim onder", below))
        rows.append(("Aantallen afgerond op veelvouden van", str(rules.rounding_base)))
        if not rules.zeros_published:
            rows.append(("Geen cijfers voor gebieden onder",
                         f"{rules.min_residents} inwoners ({rules.min_group_residents} in de "
                         "doelgroep)"))
            rows.append(("Inwoners buurt en wijk afgerond op",
                         f"{rules.population_base} (willekeurig, zoals het CBS)"))
            rows.append(("Beschermingsbreedte verborgen cijfers", str(rules.protection_width)))
    if _count(info, "audit_hidden") is not None:
        rows.append(("Aanvaller bij publicatie",
                     f"{format_value(_count(info, 'audit_examined'))} cellen bekeken, "
                     f"{format_value(_count(info, 'audit_hidden'))} verborgen, "
                     f"{format_value(_count(info, 'audit_pinned'))} te herleiden"))
    try:
        counts = json.loads(info.get("row_counts") or "{}")
    except (TypeError, ValueError):
        counts = {}
    for table, n in counts.items():
        rows.append((f"Rijen {TABLE_LABELS.get(table, table)}", format_value(n)))
    if info.get("content_hash"):
        rows.append(("Inhoudscode", str(info["content_hash"])[:12]))
    return pd.DataFrame(rows, columns=["Onderdeel", "Waarde"])


def cbs_status_table(status: pd.DataFrame) -> pd.DataFrame:
    """The CBS/PDOK fetch log in Dutch: a failed fetch says so, next to the last good load."""
    return pd.DataFrame({
        "Bron": status["source"],
        "Tabel": status["table_id"],
        "Jaar": status["year"],
        "Laatste poging": status["last_attempt_at"].map(timestamp_text),
        "Status": status["status"],
        "Laatst goed geladen": status["last_good_at"].map(timestamp_text),
        "Melding": status["message"].fillna(""),
    })


def cbs_comparison_table(rows: pd.DataFrame, labels: Mapping[str, str]) -> pd.DataFrame:
    """CBS and own figures side by side, each with its state label, never 0 for a gap."""
    return pd.DataFrame({
        "Gebied": rows["area_code"],
        "Jaar": rows["year"],
        "Maat": rows["measure_label"],
        "CBS": [format_value(v, s, labels=labels)
                for v, s in zip(rows["cbs_value"], rows["cbs_state"], strict=True)],
        "Bron CBS": rows["cbs_source"],
        "Eigen registratie": [format_value(v, s, labels=labels)
                              for v, s in zip(rows["local_value"], rows["local_state"],
                                              strict=True)],
        "Basis eigen cijfer": rows["local_basis"].fillna(""),
        "Verschil": [format_value(v, s, labels=labels)
                     for v, s in zip(rows["difference"], rows["difference_state"],
                                     strict=True)],
    })
