"""Packing prepared message rows for the trip from the reader process to the writer, on SQLite.

Pickling a million 13-field tuples costs more than parsing them. Message rows whose values are plain
text are instead joined into one string per batch (fields split by U+001F, rows by U+001E) and split
again on arrival, with the time in the form SQLite's driver would store it anyway. A row holding one
of those separator characters, and anything that is not a message row, travels pickled as before.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from linkscreen.adapters.storage.rows import MESSAGE_COLUMNS

FIELD = "\x1f"
ROW = "\x1e"
SENT_AT = MESSAGE_COLUMNS.index("sent_at")
SPONSORED = MESSAGE_COLUMNS.index("is_sponsored")


def encode_batch(items: list[Any]) -> tuple[str, list[Any]]:
    """Return (packed message rows, everything else in order)."""
    packed, others = [], []
    for item in items:
        if type(item) is tuple and item[0] == "messages" and item[1] is MESSAGE_COLUMNS:
            line = _pack(item[2])
            if line is not None:
                packed.append(line)
                continue
        others.append(item)
    return ROW.join(packed), others


def decode_batch(batch: tuple[str, list[Any]]) -> list[Any]:
    """Rebuild the items: message rows first (as tuples ready for SQLite), then the rest."""
    packed, others = batch
    items: list[Any] = []
    if packed:
        for line in packed.split(ROW):
            values: list[Any] = line.split(FIELD)
            values[SENT_AT] = values[SENT_AT] or None
            values[SPONSORED] = values[SPONSORED] == "1"
            items.append(("messages", MESSAGE_COLUMNS, tuple(values)))
    items.extend(others)
    return items


def _pack(values: tuple[Any, ...]) -> str | None:
    fields = list(values)
    sent_at = fields[SENT_AT]
    fields[SENT_AT] = sent_at.isoformat(" ") if isinstance(sent_at, datetime) else ""
    fields[SPONSORED] = "1" if fields[SPONSORED] else "0"
    if not all(isinstance(field, str) for field in fields):
        return None
    line = FIELD.join(fields)
    if line.count(FIELD) != len(fields) - 1 or ROW in line:
        return None
    return line
