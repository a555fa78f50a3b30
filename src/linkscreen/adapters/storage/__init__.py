"""Storage: one Store class owns every table (SQLite by default, any SQLAlchemy URL works).

`Store` (and with it SQLAlchemy) is imported on first use, so that commands needing no database start
quickly; `StoreError` is always at hand.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from linkscreen.adapters.storage.errors import StoreError

if TYPE_CHECKING:
    from linkscreen.adapters.storage.store import Store

__all__ = ["Store", "StoreError"]


def __getattr__(name: str) -> Any:
    """Import `Store` when first asked for (PEP 562)."""
    if name == "Store":
        from linkscreen.adapters.storage.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
