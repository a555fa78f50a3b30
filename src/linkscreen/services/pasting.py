"""Use case: import the text (or saved HTML) of LinkedIn's "Manage invitations" page."""

from __future__ import annotations

from datetime import datetime

from linkscreen.adapters.pasted_page import PASTED, read_pasted_html, read_pasted_text
from linkscreen.adapters.storage import Store
from linkscreen.services.imports import ImportResult


def import_pasted_page(store: Store, text: str = "", html: str = "", source: str = "<stdin>",
                       html_source: str = "", now: datetime | None = None) -> ImportResult:
    """Import a pasted page (and/or the page saved as HTML) in one transaction; "2 days ago" is read from `now`.

    When both are given, the HTML's profile links and the text's cards land together; the store merges
    cards of the same request by profile URL (HTML) or name and time (text).
    """
    label = " + ".join(name for name, given in ((source, text), (html_source or "<html>", html)) if given)
    with store.importing(label or source, PASTED) as writer:
        if html:
            for item in read_pasted_html(html, now, html_source or "<html>"):
                writer.add(item)
        if text:
            for item in read_pasted_text(text, now, source):
                writer.add(item)
    return ImportResult(label or source, PASTED, writer.summary)
