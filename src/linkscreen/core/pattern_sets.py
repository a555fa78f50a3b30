"""Pattern sets: find what a whole-word, case-insensitive alternation of regex patterns finds, fast.

Python's `re` cannot skip ahead through a case-insensitive pattern that starts with a look-behind, so a big
alternation is tried at every position of a text. A PatternSet instead tries each pattern alone and only where
its clues are: literal strings, derived from the parsed pattern, one of which every match starts with (its
prefixes) or, failing that, contains (its triggers). One scan per text finds every registered prefix at once,
another every trigger; then only the patterns whose clues are in the text run, anchored at the prefixes. The
result is exactly the first (un-vetoed) match of the alternation: leftmost, and on a tie the earlier pattern.

Texts are first normalised (`normalise_text`) as every signal reads them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator

from linkscreen.core.shipped_clues import Clues, name_pattern, read_shipped_clues

try:  # the stdlib's own regex parser (private, hence guarded): without it every pattern is simply always tried
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None  # type: ignore[assignment]

VETO_WINDOW = 30  # a veto reads this many characters before a match, unless its set says otherwise
CLUE_LIMIT = 64  # the most strings a clue set may hold
CLUE_WEIGHT = 6  # a clue this telling (see weigh_text) is selective enough; past that, fewer clues rank higher
CLUE_CHARS = 10  # prefixes are cut to this length: long enough to tell, short enough to scan for quickly
_RARE = "@#%{}[]<>+/:_$|~^=\\"  # characters seldom seen in prose: a clue holding one is telling
_WEIGHTS = str.maketrans({chr(code): "x" * (1 if chr(code).isalnum() else 4 if chr(code) in _RARE else 0)
                          for code in range(128)})  # see weigh_text
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})  # IGNORECASE equates these with i, i, s
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"',
                            "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
                            "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": ""})


@lru_cache(maxsize=512)
def normalise_text(text: str) -> str:
    """Return text with unicode folded (NFKC), straight quotes and dashes, and single spaces."""
    folded = unicodedata.normalize("NFKC", text or "")
    folded = folded if folded.isascii() and "`" not in folded else folded.translate(_TRANSLATE)
    return " ".join(folded.split())  # str.split() splits at exactly the characters \s matches


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """Compile alternatives into one case-insensitive regex that only matches whole words (None if empty)."""
    body = "|".join(f"(?:{pattern})" for pattern in patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE) if body else None


def compile_veto(pattern: str) -> re.Pattern[str] | None:
    """Compile a 'not when preceded by' pattern, anchored at the end of the preceding text."""
    return re.compile(rf"(?:{pattern})\W*$", re.IGNORECASE) if pattern else None


def fold_text(text: str) -> str:
    """Return text lower-cased one character for one, so that what an IGNORECASE ASCII literal matches is in it."""
    return (text if text.isascii() else text.translate(_FOLD)).lower()


Strings = frozenset[str]
EMPTY: Strings = frozenset({""})


def weigh_text(text: str) -> int:
    """Return how telling an ASCII literal is: letters and digits count 1, rare symbols 4, others 0."""
    return len(text.translate(_WEIGHTS))


@lru_cache(maxsize=4096)
def weigh_weakest(strings: Strings) -> int:
    """Return the weight of the least telling of strings."""
    return min(map(weigh_text, strings))


def rank_clues(strings: Strings) -> tuple[int, int, int, int]:
    """Rank a clue set: telling enough first, then fewer strings, then more telling, then longer."""
    weakest = weigh_weakest(strings)
    return min(weakest, CLUE_WEIGHT), -len(strings), weakest, min(map(len, strings))


def choose_clues(candidates: Iterable[Strings | None]) -> Strings | None:
    """Return the best-ranked candidate that rules out an empty match, or None."""
    usable = [strings for strings in candidates if strings and "" not in strings]
    return max(usable, key=rank_clues, default=None)


def join_strings(left: Strings | None, right: Strings | None) -> Strings | None:
    """Return every left + right concatenation, or None when either is unknown or there would be too many."""
    if left is None or right is None or len(left) * len(right) > CLUE_LIMIT:
        return None
    return frozenset(head + tail for head in left for tail in right)


def unite_strings(parts: Iterable[Strings | None]) -> Strings | None:
    """Return the union of parts, or None when one is unknown or there would be too many."""
    union: set[str] = set()
    for part in parts:
        if part is None or len(union.union(part)) > CLUE_LIMIT:
            return None
        union.update(part)
    return frozenset(union)


def is_telling(strings: Strings) -> bool:
    """True when every string weighs at least CLUE_WEIGHT."""
    return weigh_weakest(strings) >= CLUE_WEIGHT


# Walks over a pattern parsed by re._parser. Strings are folded; every set is None when unknown or too big.


def list_parts(items: Any) -> Iterator[tuple[Strings | None, Any, Any]]:
    """Yield (every string it can match, op, value) for each parsed item, a run of ASCII literals as one part."""
    run = ""
    for op, value in items:
        if op is sre.LITERAL and value < 128:
            run += chr(value).lower()
            continue
        if run:
            yield frozenset({run}), sre.LITERAL, None
            run = ""
        yield describe_exact(op, value), op, value
    if run:
        yield frozenset({run}), sre.LITERAL, None


def describe_exact(op: Any, value: Any) -> Strings | None:
    """Return every string one parsed item can match."""
    if op is sre.LITERAL:
        return frozenset({chr(value).lower()}) if value < 128 else None
    if op is sre.IN:
        return describe_class(value)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return EMPTY  # consumes no text
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return describe_sequence(value[-1] if op is sre.SUBPATTERN else value)
    if op is sre.BRANCH:
        return unite_strings(describe_sequence(branch) for branch in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = value
        exact = describe_sequence(body)
        if exact is None or high > 4:
            return None
        powers = [EMPTY]
        for _ in range(high):
            powers.append(join_strings(powers[-1], exact))  # type: ignore[arg-type]
        return unite_strings(powers[low:])
    return None  # ., \d, back-references, ...: anything else promises nothing


def describe_class(members: Any) -> Strings | None:
    """Return the characters of a small ASCII character class."""
    chars: set[str] = set()
    for kind, value in members:
        low, high = (value, value) if kind is sre.LITERAL else value if kind is sre.RANGE else (128, 128)
        if high >= 128 or high - low >= 10:
            return None
        chars.update(chr(code).lower() for code in range(low, high + 1))
    return frozenset(chars)


def describe_sequence(items: Any) -> Strings | None:
    """Return every string parsed items, one after another, can match."""
    whole: Strings | None = EMPTY
    for exact, _, _ in list_parts(items):
        whole = join_strings(whole, exact)
    return whole


def describe_prefixes(items: Any) -> Strings:
    """Return strings one of which every match of parsed items starts with (at worst {""})."""
    prefixes = EMPTY
    for exact, op, value in list_parts(items):
        joined = join_strings(prefixes, exact if exact is not None else describe_lead(op, value))
        if joined is None:
            return prefixes
        prefixes = joined
        if exact is None or is_telling(prefixes):
            return prefixes
    return prefixes


def describe_lead(op: Any, value: Any) -> Strings | None:
    """Return strings one of which every match of an item that is not exact starts with."""
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        return describe_prefixes(value[-1] if op is sre.SUBPATTERN else value)
    if op is sre.BRANCH:
        return unite_strings(describe_prefixes(branch) for branch in value[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        return describe_prefixes(value[2])
    return None


def describe_required(items: Any) -> Strings | None:
    """Return the best strings one of which every match of parsed items contains: a run of exact parts, or
    what one inexact part requires."""
    parts = list(list_parts(items))
    candidates = [describe_inner(op, value) for exact, op, value in parts if exact is None]
    for start in range(len(parts)):
        joined: Strings | None = EMPTY
        for exact, _, _ in parts[start:]:
            joined = join_strings(joined, exact)
            if joined is None:
                break
            candidates.append(joined)
            if "" not in joined and is_telling(joined):
                break
    return choose_clues(candidates)


def describe_inner(op: Any, value: Any) -> Strings | None:
    """Return strings one of which every match of an item that is not exact contains."""
    if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
        body = value[-1] if op is sre.SUBPATTERN else value
        return choose_clues((describe_sequence(body), describe_required(body)))
    if op is sre.BRANCH:
        picks = [choose_clues((describe_sequence(branch), describe_required(branch))) for branch in value[1]]
        return None if None in picks else frozenset[str]().union(*picks)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        return choose_clues((describe_sequence(value[2]), describe_required(value[2])))
    return None


@lru_cache(maxsize=None)
def derive_clues(pattern: str) -> Clues:
    """Return (prefixes, triggers): folded strings one of which every match of pattern starts with, or else (when
    no prefixes are telling enough to anchor on) contains; both () when nothing is known. Read from the clues
    shipped with the package (`pattern_clues.json`) when they were derived by this code under this Python."""
    return read_shipped_clues().get(name_pattern(pattern)) or compute_clues(pattern)


def compute_clues(pattern: str) -> Clues:
    """derive_clues, worked out from the parsed pattern."""
    if sre_parse is None:
        return (), ()
    items = sre_parse.parse(pattern, re.IGNORECASE)
    prefixes = describe_prefixes(items)
    if "" not in prefixes and weigh_weakest(prefixes) >= 2:
        cut = {prefix[:CLUE_CHARS] for prefix in prefixes}
        return tuple(sorted(s for s in cut if not any(s[:n] in cut for n in range(1, len(s))))), ()
    triggers = choose_clues((describe_sequence(items), describe_required(items))) or frozenset()
    return (), tuple(sorted(s for s in triggers if not any(t != s and t in s for t in triggers)))


def compile_trie(strings: Iterable[str], anchored: bool = True) -> re.Pattern[str]:
    """Compile a regex that captures, at each word start (anchored) or anywhere, the longest of strings found
    there."""
    trie: dict[str, dict] = {}
    for string in strings:
        node = trie
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def write(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + write(child) for char, child in sorted(node.items()) if char]
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})" if branches else ""
        return f"(?:{body})?" if body and "" in node else body

    start = r"(?<!\w)" if anchored else ""
    return re.compile(rf"{start}(?=({write(trie) or '(?!)'}))")


class ClueIndex:
    """Clues, found all at once wherever a word of a folded text starts with them (anchored: prefixes) or anywhere
    in it (triggers)."""

    def __init__(self, anchored: bool = True) -> None:
        self.anchored = anchored
        self.clues: set[str] = set()
        self._compiled: tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None = None  # trie, clue -> its heads

    def add(self, clues: Iterable[str]) -> None:
        """Register clues; earlier scans are forgotten."""
        fresh = set(clues) - self.clues
        if fresh:
            self.clues |= fresh
            self._compiled = None
            scan_text.cache_clear()

    def find(self, folded: str) -> dict[str, list[int]]:
        """Return each clue folded text has (at a word start, if anchored), with where it starts, in order."""
        compiled = self._compiled
        if compiled is None:
            heads = {clue: tuple(clue[:n] for n in range(1, len(clue) + 1) if clue[:n] in self.clues)
                     for clue in self.clues}  # the clues a longest clue found at a position starts with
            compiled = self._compiled = compile_trie(self.clues, self.anchored), heads
        regex, heads = compiled
        found: dict[str, list[int]] = {}
        for match in regex.finditer(folded):
            for head in heads[match.group(1)]:
                found.setdefault(head, []).append(match.start())
        return found


PREFIXES = ClueIndex()  # every match starts at a word start: the patterns are compiled inside (?<!\w)
TRIGGERS = ClueIndex(anchored=False)  # strings every match of a pattern without telling prefixes contains


@dataclass(frozen=True, slots=True)
class Scan:
    """A field as pattern sets read it: normalised, folded, each prefix found at its word starts, with where (None:
    clues are no guide), and each trigger found in it. Read only."""

    text: str
    folded: str
    clues: dict[str, list[int]] | None
    triggers: dict[str, list[int]] = field(default_factory=dict)


@lru_cache(maxsize=512)
def scan_text(raw: str) -> Scan:
    """Return raw normalised, folded and scanned once for every registered clue."""
    text = normalise_text(raw)
    folded = fold_text(text)
    if not folded:
        return Scan(text, folded, {})
    if len(folded) != len(text):  # never with today's fold_text: positions in folded must be positions in text
        return Scan(text, folded, None)
    return Scan(text, folded, PREFIXES.find(folded), TRIGGERS.find(folded))


@lru_cache(maxsize=None)
def compile_alternative(pattern: str) -> re.Pattern[str]:
    """Compile one pattern as compile_patterns would, when first needed: most are needed rarely."""
    return re.compile(rf"(?<!\w)(?:(?:{pattern}))(?!\w)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Alternative:
    """One pattern, tried alone, with its clues (see derive_clues)."""

    pattern: str
    prefixes: tuple[str, ...]
    triggers: tuple[str, ...]

    def search(self, scan: Scan, prefixes: list[str], start: int) -> re.Match[str] | None:
        """Return the first match in the scanned text from start, tried only where the given found prefixes are."""
        regex = compile_alternative(self.pattern)
        if not self.prefixes or scan.clues is None:
            return regex.search(scan.text, start)
        positions = scan.clues[prefixes[0]] if len(prefixes) == 1 else sorted(
            {at for prefix in prefixes for at in scan.clues[prefix]})
        for at in positions[bisect_left(positions, start):]:
            if match := regex.match(scan.text, at):
                return match
        return None


class PatternSet:
    """Patterns that find what their whole-word alternation finds, trying only those whose clues occur."""

    def __init__(self, patterns: Iterable[str], veto: str = "", window: int = VETO_WINDOW) -> None:
        self.window = window  # how many characters before a match its veto reads
        self.alternatives = tuple(Alternative(pattern, *derive_clues(pattern)) for pattern in patterns)
        self.veto = compile_veto(veto)
        self.always = frozenset(index for index, alt in enumerate(self.alternatives) if not alt.prefixes + alt.triggers)
        self.gated = tuple((index, frozenset(alt.triggers))  # tried where a trigger is (case-sensitive, folded)
                           for index, alt in enumerate(self.alternatives) if alt.triggers and not alt.prefixes)
        TRIGGERS.add(trigger for _, triggers in self.gated for trigger in triggers)
        self.owners: dict[str, set[int]] = {}  # prefix -> the alternatives it lets in
        for index, alt in enumerate(self.alternatives):
            for prefix in alt.prefixes:
                self.owners.setdefault(prefix, set()).add(index)
        self.prefixes = frozenset(self.owners)
        PREFIXES.add(self.prefixes)

    def find(self, scan: Scan) -> str | None:
        """Return the first match in the scanned text not vetoed by the characters before it, or None."""
        if scan.clues is None:
            return self.find_among(scan, [(alt, []) for alt in self.alternatives])
        opened = [index for index, triggers in self.gated if not triggers.isdisjoint(scan.triggers)]
        if not (opened or self.always) and self.prefixes.isdisjoint(scan.clues):
            return None
        found = self.prefixes.intersection(scan.clues)
        live: dict[int, list[str]] = {index: [] for index in self.always}  # alternative -> its prefixes found
        for prefix in found:
            for index in self.owners[prefix]:
                live.setdefault(index, []).append(prefix)
        for index in opened:
            live[index] = []
        if len(live) == 1 and self.veto is None:  # the common case, made quick
            (index, prefixes), = live.items()
            match = self.alternatives[index].search(scan, prefixes, 0)
            return match.group(0) if match else None
        return self.find_among(scan, [(self.alternatives[index], live[index]) for index in sorted(live)])

    def find_among(self, scan: Scan, alternatives: list[tuple[Alternative, list[str]]]) -> str | None:
        """Return the first un-vetoed match of the alternatives (in pattern order), as their alternation would."""
        upcoming = [alt.search(scan, prefixes, 0) for alt, prefixes in alternatives]  # each one's next match
        while matches := [match for match in upcoming if match]:
            match = min(matches, key=re.Match.start)  # leftmost; on a tie the earlier pattern, as in the alternation
            if self.veto is None or not self.veto.search(scan.text[max(0, match.start() - self.window): match.start()]):
                return match.group(0)
            start = match.end()  # vetoed: go on after it, as finditer would
            upcoming = [found if found is None or found.start() >= start else alt.search(scan, prefixes, start)
                        for found, (alt, prefixes) in zip(upcoming, alternatives)]
        return None
