"""Visible text of HTML: scripts, styles and hidden parts dropped; links kept with their text."""

from __future__ import annotations

from linkscreen.adapters.html_text import extract_html


def test_given_html_with_scripts_and_hidden_parts_when_extracted_then_only_visible_text() -> None:
    page = extract_html('<head><title>t</title><style>p{}</style></head><body><script>alert(1)</script>'
                        '<div style="display:none">pre<div>x</div>y</div><p>One <b>two</b></p>'
                        '<a href="https://a.example/?x=1&amp;y=2">Link <i>text</i></a><br>After<img onerror=alert(2)>')
    assert page.lines == ["One two", "Link text", "After"]
    assert page.links == [("https://a.example/?x=1&y=2", "Link text")]


def test_given_broken_markup_when_extracted_then_no_error() -> None:
    assert extract_html("<p>unclosed <b>bold<td>cell</p></div></span>").lines == ["unclosed bold", "cell"]
