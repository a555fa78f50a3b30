"""Markup in exported messages is dropped before classification, never rendered."""

from __future__ import annotations

import pytest

from linkscreen.core.markup import strip_markup


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ('<p class="spinmail-quill-editor__spin-break">Hi Kiri,</p><p>Quick demo?</p>', "Hi Kiri,\n Quick demo?"),
        ("Fish &amp; chips<br>Tom", "Fish & chips\nTom"),
        ("I <3 Python & <b>you</b>", "I <3 Python &  you"),
        ("plain text stays", "plain text stays"),
    ],
)
def test_given_marked_up_text_when_stripped_then_plain_text(raw: str, plain: str) -> None:
    assert strip_markup(raw) == plain


def test_given_a_script_when_stripped_then_no_tag_remains() -> None:
    assert "<" not in strip_markup("<script>alert(1)</script>Hello")
