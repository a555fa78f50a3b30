"""Places, nationalities and languages, left out of the text.

Where a sender is, where they are from and what language they speak say who they are, never what they want. The
models must not learn that "Canada" in a headline means a seller or "Ghana" in a note a scam, nor that naming any
place at all makes a request less likely `unknown`, so the text features drop every such name ("Brazil", "São Paulo",
"Nigerian", "APAC", "Deutschland", "inglés") with its article: what is left is what the sender says about it ("we
place developers from", "IT leaders across").
The names come from CLDR, ISO 3166 and GeoNames (`place_names`, `city_names`, rebuilt by scripts/build_places.py).
"""

from __future__ import annotations

from linkscreen.core.city_names import CITY_NAMES
from linkscreen.core.place_names import PLACE_NAMES

# Articles, which some place names take and others not ("in the Philippines", "in Vietnam"; "an Indian", "a
# Kenyan"; "la France", "o Brasil"): read as part of the place. (Contractions such as "au", "no", "do" are not.)
ARTICLES = frozenset("the a an le la les l el los las o os as il lo gli der die das den dem de het".split())


def index_phrases(*lists: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each phrase's first word -> the phrases it starts, longest first ("new york city" before "new york")."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for listed in lists:
        for phrase in listed.replace("\n", "").split("|"):
            if words := tuple(phrase.split()):
                index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(set(phrases), key=len, reverse=True)) for first, phrases in index.items()}


PLACES = index_phrases(PLACE_NAMES, CITY_NAMES)


def drop_places(tokens: list[str]) -> list[str]:
    """Tokens without the place phrases (the longest at each position) and the article before each."""
    starts = [at for at, token in enumerate(tokens) if token in PLACES]
    if not starts:
        return tokens
    kept: list[str] = []
    done = 0  # tokens before this are in kept or dropped
    for at in starts:
        if at < done:
            continue
        size = next((len(phrase) for phrase in PLACES[tokens[at]] if tuple(tokens[at: at + len(phrase)]) == phrase), 0)
        if not size:
            continue
        kept += tokens[done:at]
        if kept and kept[-1] in ARTICLES and done < at:
            kept.pop()
        done = at + size
    return kept + tokens[done:] if done else tokens
