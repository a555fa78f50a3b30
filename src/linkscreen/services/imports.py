"""Use case: import exports and files into the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from linkscreen.adapters.child_reader import read_in_child
from linkscreen.adapters.readers import ImportFileError, detect_source_kind, read_source
from linkscreen.adapters.storage import Store
from linkscreen.adapters.storage.rows import prepare_item
from linkscreen.adapters.userdir import resolve_database_url
from linkscreen.core.models import ImportSummary

ProgressCallback = Callable[[int], None]
PROGRESS_EVERY = 5000


@dataclass(slots=True)
class ImportResult:
    """What importing one path did: its summary, or the reason it could not be read at all."""

    source: str
    kind: str
    summary: ImportSummary
    failure: str = ""

    @property
    def ok(self) -> bool:
        return not self.failure


def open_store(url: str | None = None) -> Store:
    """Open the user's database (or the one at `url`)."""
    return Store.open(resolve_database_url(url))


def import_paths(
    store: Store, paths: Iterable[Path], on_progress: ProgressCallback | None = None
) -> list[ImportResult]:
    """Import each path in its own transaction; a path that cannot be read is reported, not fatal."""
    return [import_path(store, Path(path), on_progress) for path in paths]


def import_path(store: Store, path: Path, on_progress: ProgressCallback | None = None) -> ImportResult:
    """Import one file or export: everything in it lands, or nothing does."""
    try:
        kind = detect_source_kind(path)
        with store.importing(str(path), kind) as writer:
            for item in read_in_child(lambda: map(prepare_item, read_source(path)), **store.reader_codec()):
                writer.add(item)
                if on_progress and writer.rows_seen % PROGRESS_EVERY == 0:
                    on_progress(writer.rows_seen)
        return ImportResult(str(path), kind, writer.summary)
    except ImportFileError as error:
        return ImportResult(str(path), "", ImportSummary(), failure=str(error))
