"""Pattern sets: each pattern is tried only where its clues are, and the set still finds exactly what the
whole-word alternation of its patterns finds."""

from __future__ import annotations

import re

import pytest

from linkscreen.core import pattern_sets as ps

NON_ASCII = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code <= 0xDFFF)


def find_plainly(patterns: list[str], veto: str, text: str) -> str | None:
    """The plain algorithm: the first match of the whole-word alternation not vetoed by its preceding 30 chars."""
    regex, vetoed = ps.compile_patterns(patterns), ps.compile_veto(veto)
    for match in regex.finditer(text) if regex else ():
        if vetoed is None or not vetoed.search(text[max(0, match.start() - 30): match.start()]):
            return match.group(0)
    return None


def test_given_any_character_when_ignorecase_matches_an_ascii_literal_then_folding_gives_that_literal() -> None:
    """GIVEN every non-ASCII character WHEN one matches an ASCII literal or class case-insensitively (like the
    Kelvin sign and 'k') THEN fold_text turns it into that literal: clue look-ups see what re.IGNORECASE sees."""
    for code in range(128):
        literal = re.escape(chr(code))
        for regex in (re.compile(literal, re.IGNORECASE), re.compile(f"[{literal}]", re.IGNORECASE)):
            for match in regex.finditer(NON_ASCII):
                assert ps.fold_text(match.group(0)) == chr(code).lower(), (chr(code), match.group(0))
    assert all(ps.fold_text(chr(code)) == chr(code).lower() for code in range(128))


def test_given_any_text_when_folding_then_its_length_and_word_characters_stay() -> None:
    folded = ps.fold_text(NON_ASCII)
    assert len(folded) == len(NON_ASCII)
    assert [m.start() for m in re.finditer(r"\w", folded)] == [m.start() for m in re.finditer(r"\w", NON_ASCII)]


def test_given_any_whitespace_when_normalising_then_it_becomes_one_plain_space() -> None:
    spaces = "".join(re.findall(r"\s", "".join(map(chr, range(128))) + NON_ASCII))
    assert spaces == "".join(char for char in map(chr, range(0x110000)) if char.isspace())
    assert ps.normalise_text(f"{spaces}a{spaces}b\u200b{spaces}`x\u2019") == "a b 'x'"


@pytest.mark.parametrize(("pattern", "prefixes", "triggers"), [
    (r"quick (?:call|chat)", ("quick c",), ()),
    (r"(?:pre-?)?sales", ("pre-sales", "presales", "sales"), ()),
    (r"op{1,2}[ou]r?tunit(?:y|ies)", ("oportunit", "opotunit", "opportunit", "oppotunit", "oppurtunit",
                                      "opputunit", "opurtunit", "oputunit"), ()),
    (r"(?<!your )demos?", ("demo",), ()),
    (r"(?-i:LION)", ("lion",), ()),
    (r"\d{1,3} ?k\+", (), ("k+",)),
    (r"[\w.+-]{1,64}@[\w-]{1,63}", (), ("@",)),
    (r"r[ée]sum[ée] attached", (), (" attached",)),
    (r"\w{2,9}", (), ()),
])
def test_given_a_pattern_when_deriving_clues_then_they_are_its_literal_starts_or_else_a_literal_it_needs(
        pattern: str, prefixes: tuple[str, ...], triggers: tuple[str, ...]) -> None:
    assert ps.derive_clues(pattern) == (tuple(sorted(prefixes)), tuple(sorted(triggers)))


PATTERNS = [r"quick (?:call|chat)", r"(?:great|rare) op{1,2}ortunity", r"\d{1,2} ?mins?", r"[\w.]{1,20}@\w{1,20}\.com",
            r"\w{3,9}ing", r"call"]
TEXTS = [
    "", "Quick call?", "a QUICK CHAT and a great opportunity", "a rare oportunity: 15 mins, mail me a@b.com",
    "quickcall", "xquick call", "quick call-back", "nothing to see", "seeking a great opportunity, then a rare one",
    "call me. Quick chat later", "ſeeking a great opportunıty", "15mins 5 min call", "so quick call quick chat",
]


@pytest.mark.parametrize("veto", ["", r"\b(?:seeking|then)(?: \w{1,25}){0,2}", r"\bme\b"])
@pytest.mark.parametrize("text", TEXTS)
def test_given_texts_when_finding_then_the_set_agrees_with_the_plain_alternation(text: str, veto: str) -> None:
    patterns = ps.PatternSet(PATTERNS, veto)
    normal = ps.normalise_text(text)
    assert patterns.find(ps.scan_text(text)) == find_plainly(PATTERNS, veto, normal)


def test_given_two_patterns_matching_at_one_place_when_finding_then_the_earlier_pattern_wins() -> None:
    patterns = ps.PatternSet([r"quick", r"quick call"])
    assert patterns.find(ps.scan_text("a quick call")) == find_plainly([r"quick", r"quick call"], "", "a quick call")
    assert patterns.find(ps.scan_text("a quick call")) == "quick"


def test_given_a_pattern_set_made_after_a_scan_when_finding_then_its_clues_are_looked_for() -> None:
    text = "A rare zebracorn sighting."
    assert ps.scan_text(text).clues is not None
    late = ps.PatternSet([r"zebracorns?"])
    assert late.find(ps.scan_text(text)) == "zebracorn"


def test_given_a_pattern_known_only_by_a_string_inside_it_made_after_a_scan_when_finding_then_that_is_looked_for(
) -> None:
    text = "Only 15 zorbluk left"
    assert ps.scan_text(text).clues is not None
    late = ps.PatternSet([r"\d{1,2} ?zorbluks?"])
    assert ps.derive_clues(r"\d{1,2} ?zorbluks?") == ((), ("zorbluk",))
    assert late.find(ps.scan_text(text)) == "15 zorbluk"
    assert late.find(ps.scan_text("15 zorbl")) is None


def test_given_triggers_starting_at_one_place_when_scanning_then_each_is_found() -> None:
    short, long = ps.PatternSet([r"\d ?qxv\w{0,5}"]), ps.PatternSet([r"\d ?qxvwz"])  # triggers "qxv", "qxvwz"
    scan = ps.scan_text("3 qxvwz")
    assert {"qxv", "qxvwz"} <= set(scan.triggers)
    assert (short.find(scan), long.find(scan)) == ("3 qxvwz", "3 qxvwz")


def test_given_a_scan_without_clues_when_finding_then_every_pattern_is_searched() -> None:
    text = ps.normalise_text("a rare opportunity, a quick chat")
    blind = ps.Scan(text, ps.fold_text(text), None)
    assert ps.PatternSet(PATTERNS).find(blind) == find_plainly(PATTERNS, "", text) == "rare opportunity"


def test_given_thousands_of_vetoed_matches_when_finding_then_the_unvetoed_one_after_them_comes_back() -> None:
    text = "seeking a great opportunity, " * 2_000 + "a great opportunity"
    veto = r"\bseeking(?: \w{1,25}){0,2}"
    patterns = ps.PatternSet(PATTERNS[:3], veto)
    assert patterns.find(ps.scan_text(text)) == find_plainly(PATTERNS[:3], veto, text) == "great opportunity"
