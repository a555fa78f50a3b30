"""The storage package's error, importable without SQLAlchemy (commands that may never open a database
catch it)."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used as asked; the message says why."""
