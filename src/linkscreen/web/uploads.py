"""Uploaded files: type checks, saving them for the importer (or the evidence index), and background jobs
(imports, retrains) that report progress."""

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
from linkscreen.core.models import ImportSummary

ALLOWED_SUFFIXES = (".zip", ".jsonl", ".ndjson", ".csv", ".eml", ".mbox", ".vcf", ".vcard", ".ics")
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
TEXT_MAGIC = {".vcf": (b"BEGIN:VCARD", "a vCard"), ".vcard": (b"BEGIN:VCARD", "a vCard"),
              ".ics": (b"BEGIN:VCALENDAR", "an iCalendar")}
UTF8_BOM = b"\xef\xbb\xbf"
HEAD_BYTES = 1024
MAX_ERRORS_SHOWN = 50
CHUNK = 1 << 20
SAFE_NAME_RE = re.compile(r"[^A-Za-z0-9._ -]+")
# Evidence kinds an upload can be, with the file names each takes. vCards and calendars are always
# evidence; a CSV, an e-mail or a ZIP is evidence only when the user says so (else requests to screen).
UPLOAD_KINDS: dict[str, tuple[str, ...]] = {
    "vcard": (".vcf", ".vcard"), "ics": (".ics",), "crm": (".csv",), "mbox": (".mbox",), "eml": (".eml",),
    "linkedin": (".zip", ".csv"),
}
ALWAYS_EVIDENCE = {".vcf": "vcard", ".vcard": "vcard", ".ics": "ics"}
AS_EVIDENCE = {**ALWAYS_EVIDENCE, ".csv": "crm", ".mbox": "mbox", ".eml": "eml", ".zip": "linkedin"}
PASTED_SOURCE = "pasted page"
KindChooser = Callable[[str], str | None]


@dataclass(slots=True)
class SavedUpload:
    """An uploaded file written to a private temporary folder, under a cleaned-up copy of its name."""

    folder: Path
    paths: list[Path] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # file name -> evidence kind; the rest is imported

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def clean_filename(name: str) -> str:
    """Return a harmless file name (no folders, no odd characters) that keeps the suffix."""
    base = (name or "upload").replace("\\", "/").rsplit("/", 1)[-1]
    base = SAFE_NAME_RE.sub("_", base).strip(" .") or "upload"
    return base[:120]


def check_upload_kind(name: str, head: bytes) -> None:
    """Refuse files of a kind the importer cannot read (by name, and by their first bytes)."""
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, f"{name}: only {', '.join(ALLOWED_SUFFIXES)} files can be imported")
    if suffix == ".zip" and not head.startswith(ZIP_MAGIC):
        raise HTTPException(415, f"{name}: this is not a ZIP file")
    if suffix != ".zip" and (b"\x00" in head[:8] or head.startswith(ZIP_MAGIC)):
        raise HTTPException(415, f"{name}: this is not a text file")
    if suffix in TEXT_MAGIC:
        magic, what = TEXT_MAGIC[suffix]
        text = head.lstrip()
        text = text[len(UTF8_BOM):].lstrip() if text.startswith(UTF8_BOM) else text
        if not text.upper().startswith(magic):
            raise HTTPException(415, f"{name}: this is not {what} file (it does not start with {magic.decode()})")


def choose_import_kind(name: str) -> str | None:
    """Uploads to import: vCards and calendars go to the evidence index, the rest is imported."""
    return ALWAYS_EVIDENCE.get(Path(name).suffix.lower())


def choose_evidence_kind(name: str) -> str | None:
    """Uploads that are all evidence: a CSV is a CRM, mail is your correspondence, a ZIP your LinkedIn export."""
    kind = AS_EVIDENCE.get(Path(name).suffix.lower())
    if kind is None:
        raise HTTPException(415, f"{name}: requests (JSON Lines) are not evidence; upload them as LinkedIn data")
    return kind


def require_evidence_kind(kind: str) -> KindChooser:
    """Uploads that must all be one evidence kind: refuse a file that kind does not read."""

    def choose(name: str) -> str:
        if Path(name).suffix.lower() not in UPLOAD_KINDS[kind]:
            raise HTTPException(415, f"{name}: the {kind} kind takes only {' or '.join(UPLOAD_KINDS[kind])} files")
        return kind

    return choose


async def save_uploads(files: list[UploadFile], limit: int, choose: KindChooser = choose_import_kind) -> SavedUpload:
    """Check and write the uploads to a temporary folder; the caller removes it when done.

    `choose` tells the evidence kind of each file from its name (None: import it), refusing what it cannot take.
    """
    if not files:
        raise HTTPException(400, "choose at least one file to import")
    saved = SavedUpload(Path(tempfile.mkdtemp(prefix="linkscreen-upload-")))
    try:
        used: set[str] = set()
        total = 0
        for number, upload in enumerate(files):
            name = clean_filename(upload.filename or "")
            head = await upload.read(HEAD_BYTES)
            check_upload_kind(name, head)
            kind = choose(name)
            if name in used:
                name = f"{number}-{name}"
            used.add(name)
            if kind:
                saved.evidence[name] = kind
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
    return describe_summary(source, result.kind, result.summary, result.failure, folder)


def describe_evidence(result: services.ImportResult, path: Path, folder: Path) -> dict[str, Any]:
    """What adding an uploaded file to the evidence index did, in the import summary's shape."""
    described = describe_summary(path.name, result.kind, result.summary, result.failure, folder)
    return {**described, "evidence": result.source}


def describe_summary(
    source: str, kind: str, summary: ImportSummary, failure: str, folder: Path | None
) -> dict[str, Any]:
    """One file's summary: counts per kind (removed ones too, for evidence), notes, the first rejected rows."""
    kinds = sorted(set(summary.new) | set(summary.updated) | set(summary.unchanged) | set(summary.removed))
    errors = [str(error) for error in summary.errors[:MAX_ERRORS_SHOWN]]
    if summary.rejected > MAX_ERRORS_SHOWN:
        errors.append(f"... and {summary.rejected - MAX_ERRORS_SHOWN} more rejected rows")
    return {
        "source": source,
        "kind": kind,
        "ok": not failure,
        "failure": failure.replace(str(folder) + "/", "") if folder is not None else failure,
        "counts": [
            {"kind": name, "new": summary.new.get(name, 0), "updated": summary.updated.get(name, 0),
             "unchanged": summary.unchanged.get(name, 0), "removed": summary.removed.get(name, 0)}
            for name in kinds
        ],
        "hidden_connections": summary.hidden_connections,
        "notes": [str(note) for note in summary.notes],
        "rejected": summary.rejected,
        "errors": errors,
        "evidence": "",
    }


def run_import(
    store: services.Store, screener_loader: Callable[[], services.Screener], saved: SavedUpload,
    on_progress: Callable[[int], None] | None = None, home: Path | None = None,
) -> dict[str, Any]:
    """Import saved uploads and index the evidence among them (each file under a name stable across
    uploads: "vcard:contacts.vcf"), then triage the queue as `linkscreen triage` does, so the stored
    assessments weigh the new evidence; return what happened."""
    from linkscreen.services.challenge import triage_stored

    settings = services.load_evidence_settings(home) if saved.evidence else None  # a ConfigError stops it all
    imported = [path for path in saved.paths if path.name not in saved.evidence]
    results = services.import_paths(store, imported, on_progress)
    described = [describe_result(result, saved.folder) for result in results]
    for path in saved.paths:
        kind = saved.evidence.get(path.name)
        if kind:
            name, origin = f"{kind}:{path.name}", f"upload:{path.name}"
            result = services.add_evidence(store, kind, path, name, settings, origin=origin, on_progress=on_progress)
            described.append(describe_evidence(result, path, saved.folder))
    triage = triage_stored(store, screener_loader())
    return {"results": described, "triage": triage}


def check_pasted_text(text: str, limit: int) -> None:
    """Refuse a paste that is empty (422) or larger than the upload limit in UTF-8 bytes (413)."""
    if not text.strip():
        raise HTTPException(422, "the pasted text is empty: copy the whole \"Manage invitations\" page and paste it")
    if len(text.encode("utf-8")) > limit:
        raise HTTPException(413, f"the pasted text is larger than the limit of {limit:,} bytes")


def run_paste(
    store: services.Store, screener_loader: Callable[[], services.Screener], text: str
) -> dict[str, Any]:
    """Import a pasted "Manage invitations" page as `linkscreen paste` does, then triage as an upload does;
    return the one result in the import summary's shape and the triage counts."""
    from linkscreen.services.challenge import triage_stored

    result = services.import_pasted_page(store, text=text, source=PASTED_SOURCE)
    described = describe_summary(result.source, result.kind, result.summary, result.failure, None)
    return {"results": [described], "triage": triage_stored(store, screener_loader())}


@dataclass(slots=True)
class BackgroundJob:
    """Work running in a background thread (an import, a retrain), polled by its page."""

    id: str
    kind: str
    names: list[str] = field(default_factory=list)
    state: str = "running"
    rows: int = 0
    outcome: dict[str, Any] | None = None
    failure: str = ""


class BackgroundJobs:
    """The background jobs of this server process (kept in memory; the latest 20)."""

    def __init__(self) -> None:
        self._jobs: dict[str, BackgroundJob] = {}
        self._lock = threading.Lock()

    def start(
        self, job_id: str, kind: str, work: Callable[[Callable[[int], None]], dict[str, Any]],
        names: list[str] | None = None, cleanup: Callable[[], None] | None = None,
    ) -> BackgroundJob:
        """Run `work` in a thread (it gets a callback to report rows read), then `cleanup`, whatever happened."""
        job = BackgroundJob(job_id, kind, list(names or ()))
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
                if cleanup is not None:
                    cleanup()

        threading.Thread(target=execute, name=f"{kind}-{job_id}", daemon=True).start()
        return job

    def get(self, job_id: str, kind: str) -> BackgroundJob | None:
        """The job of that id, if it is of this kind (an import page never shows a retrain)."""
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and job.kind == kind else None
