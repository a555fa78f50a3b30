"""Uploaded files: type checks, saving them for the importer, and import jobs that report progress."""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import HTTPException, UploadFile

from linkscreen import services

ALLOWED_SUFFIXES = (".zip", ".jsonl", ".ndjson", ".csv", ".eml", ".mbox")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
MAX_ERRORS_SHOWN = 50
CHUNK = 1 << 20
SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(slots=True)
class SavedUpload:
    """An uploaded file written to a private temporary folder, under a cleaned-up copy of its name."""

    folder: Path
    paths: list[Path] = field(default_factory=list)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def clean_filename(name: str) -> str:
    """Return a harmless file name (no folders, no odd characters) that keeps the suffix."""
    base = (name or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    base = SAFE_NAME_RE.sub("_", base).strip(" .") or "upload"
    return base[:120]


def check_upload_kind(name: str, head: bytes) -> None:
    """Refuse files that are not a ZIP, JSON Lines or CSV file (by name and by their first bytes)."""
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, f"{name}: only {', '.join(ALLOWED_SUFFIXES)} files can be imported")
    if suffix == ".zip" and not head.startswith(ZIP_MAGIC):
        raise HTTPException(415, f"{name}: this is not a ZIP file")
    if suffix != ".zip" and (b"\x00" in head or head.startswith(ZIP_MAGIC)):
        raise HTTPException(415, f"{name}: this is not a text file")


async def save_uploads(files: list[UploadFile], limit: int) -> SavedUpload:
    """Check and write the uploads to a temporary folder; the caller removes it when done."""
    if not files:
        raise HTTPException(400, "choose at least one file to import")
    saved = SavedUpload(Path(tempfile.mkdtemp(prefix="linkscreen-upload-")))
    try:
        used: set[str] = set()
        total = 0
        for number, upload in enumerate(files):
            name = clean_filename(upload.filename or "")
            head = await upload.read(8)
            check_upload_kind(name, head)
            if name in used:
                name = f"{number}-{name}"
            used.add(name)
            target = saved.folder / name
            with target.open("wb") as out:
                chunk = head
                while chunk:
                    total += len(chunk)
                    if total > limit:
                        raise HTTPException(413, f"the upload is larger than the limit of {limit:,} bytes")
                    out.write(chunk)
                    chunk = await upload.read(CHUNK)
            saved.paths.append(target)
    except BaseException:
        saved.remove()
        raise
    return saved


def describe_result(result: services.ImportResult, folder: Path) -> dict[str, Any]:
    """The CLI's import summary as JSON: counts per kind, notes, rejected rows as file:line: reason."""
    source = Path(result.source).name if result.source.startswith(str(folder)) else result.source
    summary = result.summary
    kinds = sorted(set(summary.new) | set(summary.updated) | set(summary.unchanged))
    errors = [str(error) for error in summary.errors[:MAX_ERRORS_SHOWN]]
    if summary.rejected > MAX_ERRORS_SHOWN:
        errors.append(f"... and {summary.rejected - MAX_ERRORS_SHOWN} more rejected rows")
    return {
        "source": source,
        "kind": result.kind,
        "ok": result.ok,
        "failure": result.failure.replace(str(folder) + "/", ""),
        "counts": [
            {"kind": kind, "new": summary.new.get(kind, 0), "updated": summary.updated.get(kind, 0),
             "unchanged": summary.unchanged.get(kind, 0)}
            for kind in kinds
        ],
        "hidden_connections": summary.hidden_connections,
        "notes": [str(note) for note in summary.notes],
        "rejected": summary.rejected,
        "errors": errors,
    }


def run_import(
    store: services.Store, screener_loader: Callable[[], services.Screener], saved: SavedUpload,
    on_progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Import saved uploads, then triage the queue as `linkscreen triage` does; return what happened."""
    from linkscreen.services.web_queries import triage_stored

    results = services.import_paths(store, saved.paths, on_progress)
    described = [describe_result(result, saved.folder) for result in results]
    triage = triage_stored(store, screener_loader())
    return {"results": described, "triage": triage}


@dataclass(slots=True)
class ImportJob:
    """An import running in the background, polled by the import page."""

    id: str
    names: list[str]
    state: str = "running"
    rows: int = 0
    outcome: dict[str, Any] | None = None
    failure: str = ""


class ImportJobs:
    """The import jobs of this server process (kept in memory; the latest 20)."""

    def __init__(self) -> None:
        self._jobs: dict[str, ImportJob] = {}
        self._lock = threading.Lock()

    def start(self, job_id: str, saved: SavedUpload, work: Callable[[Callable[[int], None]], dict[str, Any]]) -> ImportJob:
        """Run `work` in a thread; it gets a callback to report rows read."""
        job = ImportJob(job_id, [path.name for path in saved.paths])
        with self._lock:
            self._jobs[job_id] = job
            for old in list(self._jobs)[:-20]:
                del self._jobs[old]

        def report(rows: int) -> None:
            job.rows = rows

        def execute() -> None:
            try:
                job.outcome = work(report)
                job.state = "done"
            except Exception as error:  # noqa: BLE001  (shown on the page instead of lost in a thread)
                job.failure = f"{type(error).__name__}: {error}"
                job.state = "failed"
            finally:
                saved.remove()

        threading.Thread(target=execute, name=f"import-{job_id}", daemon=True).start()
        return job

    def get(self, job_id: str) -> ImportJob | None:
        with self._lock:
            return self._jobs.get(job_id)
