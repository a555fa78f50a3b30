"""Plain text out of what exports really hold: LinkedIn's messages.csv wraps InMail in HTML
(`<p class="spinmail-quill-editor__spin-break">`, `<br>`, `&amp;`). Markup says nothing about intent,
so classifiers read the text without it. Nothing is rendered or executed: tags are simply dropped.
"""

from __future__ import annotations

import html
import re

TAG_RE = re.compile(r"</?[A-Za-z!][^<>]{0,500}>")
BREAK_RE = re.compile(r"<(?:br|/p|/div|/li)\b[^<>]{0,50}>", re.IGNORECASE)


def strip_markup(text: str) -> str:
    """Return the text without HTML tags and with entities decoded; plain text comes back unchanged."""
    if "<" not in text and "&" not in text:
        return text
    text = BREAK_RE.sub("\n", text)
    text = TAG_RE.sub(" ", text)
    return html.unescape(text).strip()
