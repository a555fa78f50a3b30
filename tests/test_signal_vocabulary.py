"""The regex vocabulary of the intent signals: well-formed, bounded, and wired to its signals."""

from __future__ import annotations

import random
import re
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

import pytest

from linkscreen.core import hiring_vocabulary, peer_vocabulary, seeker_vocabulary
from linkscreen.core import signal_vocabulary as vocab
from linkscreen.core.pattern_sets import compile_veto, derive_clues, fold_text, normalise_text
from linkscreen.core.signals import SIGNAL_CLASSES, PatternSignal, SignalText, compile_patterns, detect_signals

TUPLES = {name: value for name, value in vars(vocab).items() if name.isupper() and isinstance(value, tuple)}
ARTIFACT = re.compile(r"\(\d+, \d+\)|\{[A-Z_]+\}")  # a quantifier or name an f-string swallowed or left unfilled


def has_unbounded_quantifier(pattern: str) -> bool:
    """True when a character class, \\w-like escape or dot takes + or * (slow on long inputs)."""
    text = re.sub(r"\\.", lambda m: "W" if m.group(0)[1] in "wWsSdD" else "E", pattern)
    text = re.sub(r"\[[^\]]*\]", "C", text)
    return re.search(r"[WC.][+*]", text) is not None


def test_given_each_pattern_signal_then_its_patterns_are_the_vocabulary_tuple_of_its_name() -> None:
    pattern_signals = [cls for cls in SIGNAL_CLASSES if issubclass(cls, PatternSignal)]
    assert {cls.NAME for cls in pattern_signals} == set(TUPLES)
    assert all(cls.PATTERNS is TUPLES[cls.NAME] for cls in pattern_signals)


@pytest.mark.parametrize("name", sorted(TUPLES))
def test_given_a_vocabulary_tuple_then_every_pattern_compiles_alone(name: str) -> None:
    assert TUPLES[name]
    for pattern in TUPLES[name]:
        assert compile_patterns([pattern]) is not None


@pytest.mark.parametrize("name", sorted(TUPLES))
def test_given_a_vocabulary_tuple_then_no_pattern_is_malformed_or_unbounded(name: str) -> None:
    for pattern in TUPLES[name]:
        assert not pattern.endswith(" "), f"{name}: {pattern!r} ends in a space, so it can never match"
        assert not ARTIFACT.search(pattern), f"{name}: {pattern!r} has an f-string artifact"
        assert not has_unbounded_quantifier(pattern), f"{name}: {pattern!r} has an unbounded quantifier"


def test_given_the_unbounded_check_then_it_tells_bounded_from_unbounded() -> None:
    assert all(has_unbounded_quantifier(p) for p in (r"a\w+b", r"x.*y", "[^.]+"))
    assert not any(has_unbounded_quantifier(p) for p in (r"[\w.+-]{1,64}@", r"ap+|\.net|\?"))


def test_given_shared_fragments_then_they_match_their_typos_and_variants() -> None:
    opportunity = re.compile(rf"^{vocab.OPPORTUNITY}$", re.IGNORECASE)
    assert all(opportunity.match(w) for w in ("opportunity", "oportunity", "oppurtunity", "opportunities"))
    recruiter = re.compile(rf"^{vocab.RECRUITER}$", re.IGNORECASE)
    assert all(recruiter.match(w) for w in ("recruiter", "recuiter", "recruter", "recruitment", "recruiting"))
    assert not recruiter.match("recreation")


@pytest.mark.parametrize("name", sorted(TUPLES))
def test_given_a_vocabulary_tuple_then_every_pattern_has_a_clue_to_look_for(name: str) -> None:
    """GIVEN each pattern THEN literal prefixes (or, failing those, triggers) are known for it, so it is tried only
    where they occur; a pattern without any would be tried on every text, which is correct but slow."""
    for pattern in TUPLES[name]:
        prefixes, triggers = derive_clues(pattern)
        assert prefixes or triggers, f"{name}: {pattern!r} has no clue"
        assert all(clue and clue == fold_text(clue) and clue.isascii() for clue in prefixes + triggers)


CATEGORIES = {sre.CATEGORY_DIGIT: "07\u0663", sre.CATEGORY_NOT_DIGIT: "a -", sre.CATEGORY_WORD: "aZ_9\u00e9",
              sre.CATEGORY_NOT_WORD: " -.,", sre.CATEGORY_SPACE: " ", sre.CATEGORY_NOT_SPACE: "a.-"}
LOOKALIKES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a", "I": "\u0130\u0131", "S": "\u017f", "K": "\u212a"}
CONTEXT = ["hi", "Sam,", "we", "you", "I", "an", "our", "looking for", "it's", "never", "-", ".", "10%", "2024"]


def write_sample(items: Any, rng: random.Random) -> str:
    """Return a random string shaped by parsed regex items (lookarounds ignored), often one they match."""
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(chr(value))
        elif op is sre.IN:
            negated = any(kind is sre.NEGATE for kind, _ in value)
            options = [chr(v) if kind is sre.LITERAL else chr(rng.randint(*v)) if kind is sre.RANGE
                       else rng.choice(CATEGORIES.get(v, "z")) for kind, v in value if kind is not sre.NEGATE]
            outside = [char for char in "q#x ," if char not in options] or ["~"]
            out.append(rng.choice(outside if negated else options))
        elif op is sre.BRANCH:
            out.append(write_sample(rng.choice(value[1]), rng))
        elif op is sre.SUBPATTERN:
            out.append(write_sample(value[-1], rng))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            out.extend(write_sample(value[2], rng) for _ in range(rng.randint(value[0], min(value[1], value[0] + 3))))
        elif op in (sre.ANY, sre.NOT_LITERAL):
            out.append(rng.choice("a .1"))
    return "".join(out)


def disguise(sample: str, rng: random.Random) -> str:
    """Return sample in another case or with look-alike letters, between a few random words."""
    kind = rng.randrange(4)
    if kind == 0:
        sample = sample.upper()
    elif kind == 1:
        sample = "".join(c.swapcase() if rng.random() < 0.3 else c for c in sample)
    elif kind == 2:
        sample = "".join(rng.choice(LOOKALIKES[c]) if c in LOOKALIKES and rng.random() < 0.3 else c for c in sample)
    words = [rng.choice(CONTEXT) for _ in range(rng.randrange(5))]
    cut = rng.randrange(len(words) + 1)
    return " ".join(words[:cut]) + rng.choice(["", " ", ",", "x"]) + sample + " " + " ".join(words[cut:])


@pytest.mark.parametrize("cls", [cls for cls in SIGNAL_CLASSES if issubclass(cls, PatternSignal)],
                         ids=lambda cls: cls.NAME)
def test_given_generated_texts_when_finding_then_signal_agrees_with_its_plain_alternation(cls: type) -> None:
    """GIVEN texts written from the signal's own patterns, disguised and mixed WHEN finding THEN the result equals the
    first un-vetoed match of the whole-word alternation, and every match holds a clue of its pattern."""
    rng = random.Random(cls.NAME)
    signal, trees = cls(), [sre_parse.parse(pattern, re.IGNORECASE) for pattern in cls.PATTERNS]
    alternation, veto, window = compile_patterns(cls.PATTERNS), compile_veto(cls.VETO_BEFORE), cls.VETO_WINDOW
    for _ in range(400):
        index = rng.randrange(len(trees))
        pieces = [trees[index]] + rng.sample(trees, rng.randint(0, min(2, len(trees))))
        rng.shuffle(pieces)
        text = normalise_text(" ".join(disguise(write_sample(tree, rng), rng) for tree in pieces))
        expected = next((m.group(0) for m in alternation.finditer(text)
                         if veto is None or not veto.search(text[max(0, m.start() - window): m.start()])), None)
        assert signal.find_in(text) == expected, text
        prefixes, triggers = derive_clues(cls.PATTERNS[index])
        for match in compile_patterns([cls.PATTERNS[index]]).finditer(text):
            folded = fold_text(match.group(0))
            assert any(map(folded.startswith, prefixes)) if prefixes else any(t in folded for t in triggers), text


def test_given_the_peer_hiring_and_seeker_tuples_then_signal_vocabulary_re_exports_the_same_objects() -> None:
    """GIVEN the tuples moved out to `peer_vocabulary`, `hiring_vocabulary` and `seeker_vocabulary` THEN
    `signal_vocabulary` re-exports the same objects and each is read by the signal of its name."""
    modules = (peer_vocabulary, hiring_vocabulary, seeker_vocabulary)
    moved = {name: value for module in modules for name, value in vars(module).items()
             if name.isupper() and isinstance(value, tuple)}
    assert {"SHARED_HISTORY_CLAIM", "COMMUNITY", "ROLE_FOR_YOU", "CANDIDATE_PUSH", "JOB_SEEKING_ASK"} <= set(moved)
    assert all(TUPLES[name] is value for name, value in moved.items())
    read = {cls.NAME: cls.PATTERNS for cls in SIGNAL_CLASSES if issubclass(cls, PatternSignal)}
    assert all(read[name] is value for name, value in moved.items())


def list_bare_accents(items: Any) -> list[str]:
    """Return the non-ASCII letters a parsed pattern matches only as themselves (not in a class with an ASCII one)."""
    bare: list[str] = []
    for op, value in items:
        if op is sre.LITERAL and value > 127 and chr(value).isalpha():
            bare.append(chr(value))
        elif op is sre.IN:
            letters = [chr(v) for kind, v in value if kind is sre.LITERAL]
            if not any(c.isascii() and c.isalpha() for c in letters):
                bare.extend(c for c in letters if not c.isascii() and c.isalpha())
        elif op is sre.BRANCH:
            bare.extend(c for branch in value[1] for c in list_bare_accents(branch))
        elif op is sre.SUBPATTERN:
            bare.extend(list_bare_accents(value[-1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            bare.extend(list_bare_accents(value[2]))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            bare.extend(list_bare_accents(value[1]))
    return bare


@pytest.mark.parametrize("name", sorted(TUPLES))
def test_given_a_vocabulary_tuple_then_accented_letters_are_written_as_classes(name: str) -> None:
    """GIVEN each pattern THEN every accented letter sits in a class with its plain twin (`[ée]`, `[şs]`), so a note
    typed without accents still matches; only `ß`, whose twin is two letters, may stand alone (as `(?:ss|ß)`)."""
    for pattern in TUPLES[name]:
        bare = [c for c in list_bare_accents(sre_parse.parse(pattern, re.IGNORECASE)) if c != "\u00df"]
        assert not bare, f"{name}: {pattern[:60]!r} has bare {bare}"


@pytest.mark.parametrize(("name", "text"), [
    ("OPEN_NETWORKING", "TÜM DAVETLERİ KABUL EDİYORUM"),
    ("OPEN_NETWORKING", "tüm davetleri kabul ediyorum"),
    ("SHARED_HISTORY_CLAIM", "Geçen yıl fuarda TANIŞMIŞTIK"),
    ("CANDIDATE_PUSH", "ELİMİZDE deneyimli kaynakçılar var"),
])
def test_given_turkish_in_either_case_then_the_dotted_and_dotless_i_both_match(name: str, text: str) -> None:
    """GIVEN Turkish written in capitals (İ, I) or small letters (i, ı) THEN the signal fires all the same."""
    assert any(hit.name == name for hit in detect_signals(SignalText(message=text)))
