"""Storage: one Store class owns every table (SQLite by default, any SQLAlchemy URL works)."""

from linkscreen.adapters.storage.store import Store, StoreError

__all__ = ["Store", "StoreError"]
