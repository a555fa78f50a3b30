"""The use cases. Every CLI command, web view and API endpoint is a thin call into this package.

Each name is imported from its submodule on first use (PEP 562), so a command loads only what it
needs: `classify` never imports the database layer unless it is asked to read stored evidence.
"""

# ruff: noqa: F401  (the imports below are the package's exports)
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names for type checkers; at run time __getattr__ imports each on first use
    from linkscreen.adapters.storage import StoreError
    from linkscreen.services.challenge import (
        NotFoundError,
        SyncReport,
        read_history,
        label_and_reassess,
        record_decision,
        record_label,
        record_reply,
        reply_and_propose,
        sync_challenges,
        triage_stored,
        undo_decision,
    )
    from linkscreen.services.coaching import (
        BandRate,
        SentReport,
        SentScore,
        coach_draft,
        coach_lines,
        describe_sent_score,
        score_sent_invitations,
    )
    from linkscreen.services.editing import edit_and_reassess, edit_invitation
    from linkscreen.services.evaluation import EvaluationReport, evaluate_file
    from linkscreen.services.evidence import (
        EvidenceSettings,
        add_evidence,
        describe_holdings,
        list_evidence,
        load_evidence_settings,
        load_stored_evidence,
        refresh_evidence,
        remove_evidence,
        show_evidence,
    )
    from linkscreen.services.imports import (
        PASSWORD_ENV as IMAP_PASSWORD_ENV,
        ImapError,
        ImapSettings,
        ImportResult,
        import_imap,
        import_path,
        import_paths,
        is_imap_url,
        open_store,
        parse_imap_url,
    )
    from linkscreen.services.interruption import RunRecord, describe_interruption
    from linkscreen.services.learning import (
        LearningStatus,
        RetrainReport,
        build_models,
        describe_learning,
        reset_learning,
        retrain,
    )
    from linkscreen.services.pasting import import_pasted_page
    from linkscreen.services.queue import describe_invitation, describe_queue, find_queue_rows, list_queue, read_stats
    from linkscreen.services.lines import LineFailure, classify_lines, judge_reply_lines
    from linkscreen.services.screening import (
        QueueTriage,
        Screener,
        Triaged,
        assess_queue,
        assess_request,
        describe_triaged,
        iterate_queue,
        load_screener,
        screen_invitation,
        triage_queue,
    )

_SOURCES: dict[str, tuple[str, ...]] = {  # module -> the names it exports here
    "linkscreen.adapters.storage": ("StoreError",),
    "linkscreen.services.challenge": (
        "NotFoundError", "SyncReport", "label_and_reassess", "read_history", "record_decision", "record_label",
        "record_reply", "reply_and_propose", "sync_challenges", "triage_stored", "undo_decision",
    ),
    "linkscreen.services.coaching": (
        "BandRate", "SentReport", "SentScore", "coach_draft", "coach_lines", "describe_sent_score",
        "score_sent_invitations",
    ),
    "linkscreen.services.editing": ("edit_and_reassess", "edit_invitation"),
    "linkscreen.services.evaluation": ("EvaluationReport", "evaluate_file"),
    "linkscreen.services.evidence": (
        "EvidenceSettings", "add_evidence", "describe_holdings", "list_evidence", "load_evidence_settings",
        "load_stored_evidence", "refresh_evidence", "remove_evidence", "show_evidence",
    ),
    "linkscreen.services.imports": (
        "ImapError", "ImapSettings", "ImportResult", "import_imap", "import_path", "import_paths", "is_imap_url",
        "open_store", "parse_imap_url",
    ),
    "linkscreen.services.interruption": ("RunRecord", "describe_interruption"),
    "linkscreen.services.learning": (
        "LearningStatus", "RetrainReport", "build_models", "describe_learning", "reset_learning", "retrain",
    ),
    "linkscreen.services.pasting": ("import_pasted_page",),
    "linkscreen.services.queue": (
        "describe_invitation", "describe_queue", "find_queue_rows", "list_queue", "read_stats",
    ),
    "linkscreen.services.lines": ("LineFailure", "classify_lines", "judge_reply_lines"),
    "linkscreen.services.screening": (
        "QueueTriage", "Screener", "Triaged", "assess_queue", "assess_request", "describe_triaged", "iterate_queue",
        "load_screener", "screen_invitation", "triage_queue",
    ),
}
_RENAMED = {"IMAP_PASSWORD_ENV": ("linkscreen.services.imports", "PASSWORD_ENV")}
_ORIGINS: dict[str, tuple[str, str]] = {
    name: (module, name) for module, names in _SOURCES.items() for name in names
} | _RENAMED

__all__ = sorted(_ORIGINS)


def __getattr__(name: str) -> Any:
    """Import an exported name from its submodule when first asked for, and keep it (PEP 562)."""
    try:
        module, attribute = _ORIGINS[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_ORIGINS))
