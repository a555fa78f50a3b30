"""Visible text and links of an HTML document, with the stdlib parser: nothing runs, no markup is kept.

Scripts, styles, templates and hidden elements (``display:none``, ``hidden``, ``aria-hidden``, e-mail
preheaders) are dropped. Block elements end a line; the result is a list of clean text lines plus
every link with its text, for the e-mail and pasted-page readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title", "svg", "iframe",
                          "object", "canvas", "select", "textarea"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "param", "source", "track", "wbr"})
INLINE_TAGS = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd",
                         "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "u", "var",
                         "wbr", "img"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff]+")


@dataclass(slots=True)
class HtmlText:
    """What a reader needs from an HTML page: its visible lines and its links (href, text)."""

    lines: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)


class _TextCollector(HTMLParser):
    """Collects visible text by line; ignores everything inside skipped or hidden elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result = HtmlText()
        self._line: list[str] = []
        self._skip_tag = ""
        self._skip_depth = 0
        self._link: tuple[str, list[str], str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag in VOID_TAGS:
            if tag == "br":
                self._break_line()
            return
        values = {name: value or "" for name, value in attrs}
        if tag in SKIPPED_TAGS or is_hidden(values):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag == "a":
            self._link = (values.get("href", "").strip(), [], values.get("aria-label", "").strip())
        if tag not in INLINE_TAGS:
            self._break_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._skip_depth:
            self._break_line()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag == "a" and self._link is not None:
            href, parts, label = self._link
            text = clean_text("".join(parts)) or label
            if href:
                self.result.links.append((href, text))
            self._link = None
        if tag not in INLINE_TAGS:
            self._break_line()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self._line.append(data)
        if self._link is not None:
            self._link[1].append(data)

    def _break_line(self) -> None:
        if self._line:
            for piece in "".join(self._line).splitlines():
                text = clean_text(piece)
                if text:
                    self.result.lines.append(text)
            self._line = []

    def finish(self) -> HtmlText:
        self.close()
        self._break_line()
        return self.result


def is_hidden(attrs: dict[str, str]) -> bool:
    """True for elements a reader never sees (hidden attribute, aria-hidden, hiding styles)."""
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style", "")))


def clean_text(text: str) -> str:
    """Collapse runs of spaces (including no-break and zero-width ones) and trim."""
    return _SPACES.sub(" ", text).strip()


def extract_html(html: str) -> HtmlText:
    """Return the visible text lines and the links of `html` (malformed markup is tolerated)."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        return collector.finish()
    except (AssertionError, ValueError):  # very broken markup: keep what was read so far
        collector._break_line()
        return collector.result
