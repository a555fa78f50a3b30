"""Server-rendered SVG charts: geometry computed here, drawn by the dashboard template (escaped)."""

from __future__ import annotations

import csv
import io
from typing import Any

from linkscreen.core.taxonomy import INTENTS

WIDTH = 640
BAR_HEIGHT = 22
LABEL_WIDTH = 190
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SERIES = (*INTENTS, "untriaged")


def build_bar_chart(rows: list[dict[str, Any]], label_key: str, value_key: str = "count") -> dict[str, Any]:
    """Horizontal bars, one per row, scaled to the largest value."""
    largest = max((int(row[value_key]) for row in rows), default=0) or 1
    span = WIDTH - LABEL_WIDTH - 60
    bars = []
    for index, row in enumerate(rows):
        value = int(row[value_key])
        bars.append({
            "label": str(row[label_key]),
            "value": value,
            "y": index * (BAR_HEIGHT + 6),
            "width": round(span * value / largest, 1),
            "series": index % 8,
        })
    return {"kind": "bars", "bars": bars, "width": WIDTH, "height": max(len(bars), 1) * (BAR_HEIGHT + 6),
            "label_width": LABEL_WIDTH}


def build_stacked_weeks(rows: list[dict[str, Any]], max_weeks: int = 26) -> dict[str, Any]:
    """Columns per week (the latest `max_weeks`), stacked by intent."""
    rows = rows[-max_weeks:]
    height = 220
    largest = max((int(row.get("total", 0)) for row in rows), default=0) or 1
    step = (WIDTH - 40) / max(len(rows), 1)
    columns = []
    for index, row in enumerate(rows):
        top = height
        segments = []
        for position, series in enumerate(SERIES):
            count = int(row.get(series, 0))
            if not count:
                continue
            size = height * count / largest
            top -= size
            segments.append({"series": series, "colour": position % 12, "count": count, "y": round(top, 1),
                             "height": round(size, 1)})
        columns.append({"week": row["week"], "x": round(30 + index * step, 1), "width": round(max(step - 4, 2), 1),
                        "segments": segments, "total": row.get("total", 0)})
    present = [s for s in SERIES if any(int(row.get(s, 0)) for row in rows)]
    legend = [{"series": s, "colour": SERIES.index(s) % 12} for s in present]
    return {"kind": "weeks", "columns": columns, "width": WIDTH, "height": height, "largest": largest, "legend": legend}


def build_charts(dashboard: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every chart of the dashboard, titled, with the name its CSV is downloaded by."""
    return [
        {"name": "requests_per_week", "title": "Requests per week, by intent",
         **build_stacked_weeks(dashboard["requests_per_week"])},
        {"name": "actions_taken", "title": "Actions you took", **build_bar_chart(dashboard["actions_taken"], "action")},
        {"name": "challenge_outcomes", "title": "Challenge outcomes",
         **build_bar_chart(dashboard["challenge_outcomes"], "outcome")},
        {"name": "empty_notes", "title": "Requests with an empty note",
         **build_bar_chart(dashboard["empty_notes"], "note")},
        {"name": "top_companies", "title": "Top sender companies",
         **build_bar_chart(dashboard["top_companies"], "company")},
    ]


def write_chart_csv(rows: list[dict[str, Any]]) -> str:
    """A chart's rows as CSV; cells that a spreadsheet would run as formulas are neutralised."""
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns or ["empty"], extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: neutralise_cell(row.get(key, 0)) for key in columns})
    return out.getvalue()


def neutralise_cell(value: Any) -> Any:
    """Prefix formula-looking text with an apostrophe so a spreadsheet shows it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
