"""The use cases. Every CLI command, web view and API endpoint is a thin call into this package."""

from linkscreen.services.challenge import (
    NotFoundError,
    SyncReport,
    read_history,
    record_decision,
    record_label,
    record_reply,
    sync_challenges,
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
from linkscreen.services.evaluation import EvaluationReport, evaluate_file
from linkscreen.services.imports import ImportResult, import_path, import_paths, open_store
from linkscreen.services.pasting import import_pasted_page
from linkscreen.services.learning import RetrainReport, build_models, retrain
from linkscreen.services.queue import describe_invitation, describe_queue, list_queue, read_stats
from linkscreen.services.screening import (
    LineFailure,
    Screener,
    Triaged,
    assess_queue,
    assess_request,
    classify_lines,
    describe_triaged,
    judge_reply_lines,
    load_screener,
    screen_invitation,
)

__all__ = [
    "BandRate",
    "SentReport",
    "SentScore",
    "coach_draft",
    "coach_lines",
    "describe_sent_score",
    "score_sent_invitations",
    "EvaluationReport",
    "evaluate_file",
    "ImportResult",
    "LineFailure",
    "NotFoundError",
    "RetrainReport",
    "Screener",
    "SyncReport",
    "Triaged",
    "assess_queue",
    "assess_request",
    "build_models",
    "classify_lines",
    "describe_invitation",
    "describe_queue",
    "describe_triaged",
    "import_pasted_page",
    "import_path",
    "import_paths",
    "judge_reply_lines",
    "list_queue",
    "load_screener",
    "open_store",
    "read_history",
    "read_stats",
    "record_decision",
    "record_label",
    "record_reply",
    "retrain",
    "screen_invitation",
    "sync_challenges",
]
