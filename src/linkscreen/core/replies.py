"""Drafting replies: templates with the sender's first name, never an unfilled placeholder."""

from __future__ import annotations

import re
import string

DEFAULT_TEMPLATES = {
    "ask": "Hi {first_name}, how have we met or done business before?",
    "accept": "Thanks {first_name}, good to be connected.",
    "decline": (
        "Thanks {first_name}. I keep my network to people I have worked with or know personally, "
        "so I'll pass for now."
    ),
}
PLACEHOLDERS = frozenset({"first_name", "name"})
NAMELESS_GREETING = "there"
TITLES = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame madam eng engr er ca cpa rev hon capt col lt sgt atty adv".split()
)
CREDENTIAL_RE = re.compile(r"^(?:[A-Z]{2,6}|Ph\.?D|MSc|BSc|MEng|BEng|MA|BA|Jr|Sr|Esq|III?|IV)\.?$")
LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class TemplateError(ValueError):
    """A reply template uses a placeholder linkscreen cannot fill, or is malformed."""


def check_template(template: str) -> None:
    """Raise TemplateError unless every {placeholder} in the template is one we fill."""
    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]
    except ValueError as error:
        raise TemplateError(f"malformed template {template!r}: {error}") from error
    unknown = [field for field in fields if field not in PLACEHOLDERS]
    if unknown:
        raise TemplateError(
            f"unknown placeholder {{{unknown[0]}}} in {template!r}; use {{first_name}} or {{name}}"
        )


def extract_first_name(full_name: str) -> str:
    """Return the name to greet someone by, or "" when none can be found.

    Handles titles ("Dr. Jane Smith"), "Last, First" order, credentials ("Jane Smith, MBA"),
    emoji and decorations ("🚀 JANE SMITH ✨") and names in any script.
    """
    name = (full_name or "").strip()
    if "," in name:
        before, after = (part.strip() for part in name.split(",", 1))
        credentials = all(CREDENTIAL_RE.match(word) for word in after.replace(",", " ").split()) if after else True
        name = before if credentials else f"{after} {before}"
    for word in LETTERS_RE.findall(name):
        if word.casefold().rstrip(".") in TITLES:
            continue
        return word.capitalize() if word.isupper() and len(word) > 1 else word
    return ""


def draft_reply(template: str, sender_name: str) -> str:
    """Fill a checked template with the sender's first name (or a polite stand-in)."""
    check_template(template)
    first = extract_first_name(sender_name)
    display = re.sub(r"\s+", " ", sender_name or "").strip() if first else ""
    return template.format(first_name=first or NAMELESS_GREETING, name=display or NAMELESS_GREETING)
