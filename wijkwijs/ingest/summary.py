"""What a run's ingest says to the analyst: the reason first, then each file and its report."""

from __future__ import annotations

STATUS_NL = {"rejected": "afgewezen", "held": "aangehouden"}


def check_summary(outcomes, replay_problems: list[str]) -> str | None:
    """One readable paragraph when something needs the analyst, else None."""
    lines = []
    for outcome in outcomes:
        if outcome.status not in STATUS_NL:
            continue
        first = outcome.problems[0] if outcome.problems else None
        reason = (outcome.message if outcome.personal or first is None
                  else f"{first.reason_nl}"
                  + (f" (rij {first.row})" if first.row else "")
                  + (f" (kolom '{first.column}')" if first.column else ""))
        report = f"; rapport: {outcome.report}" if outcome.report else ""
        lines.append(f"{outcome.file} {STATUS_NL[outcome.status]}: {reason}{report}")
    lines += [f"archief: {p}" for p in replay_problems[:5]]
    if not lines:
        return None
    head = (f"{sum(o.status == 'rejected' for o in outcomes)} bestand(en) afgewezen, "
            f"{sum(o.status == 'held' for o in outcomes)} aangehouden; de vorige publicatie "
            "blijft staan.")
    return "\n".join([head, *lines])


def problem_rows(outcomes, replay_problems: list[str]) -> str:
    """A Markdown table of every problem, with the report it is in."""
    rows = ["| bestand | uitkomst | rij | kolom | reden | rapport |", "|---|---|---|---|---|---|"]
    for outcome in outcomes:
        if outcome.status not in STATUS_NL:
            continue
        for p in outcome.problems[:50]:
            reason = p.reason_nl.replace("|", "/")
            rows.append(f"| {outcome.file} | {STATUS_NL[outcome.status]} | {p.row or ''} | "
                        f"{p.column or ''} | {reason} | {outcome.report or ''} |")
    rows += [f"| archief | afgewezen | | | {p.replace('|', '/')} | |" for p in replay_problems]
    return "\n".join(rows) if len(rows) > 2 else "geen problemen / no problems"
