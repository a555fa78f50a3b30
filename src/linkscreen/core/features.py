"""Text features for the linear models: words, word pairs and character n-grams, plus signals.

Only what the sender wrote and does goes in (headline, company, note). Names and locations never do: names are
masked and salutations dropped (`manners`), and every place, nationality and language named is left out
(`places`). Numbers, links, e-mail addresses and phone numbers are folded into placeholder tokens so the model
learns "a link" or "an amount of money", not a particular one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from linkscreen.core.manners import (
    EMPLOYER_TOKEN, drop_personal, drop_salutations, mask_company, mask_employer, mask_names)
from linkscreen.core.places import drop_places

URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|io|co|ly|me|net|org|app)(?:/\S*)?\b", re.I)
URL_CLUE_RE = re.compile(r"://|\.\w|www\.", re.I)  # what every URL_RE match holds: quicker to look for
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
PHONE_RE = re.compile(r"(?:\+\d[\d ()-]{7,}\d|\b\d{3}[ -]?\d{3}[ -]?\d{4}\b)")
MERGE_RE = re.compile(r"\{\{?\s*\w+\s*\}?\}|\[(?:first ?name|name|company)\]|%\w+%", re.I)
DIGITS_RE = re.compile(r"\d+")
WORD_RE = re.compile(r"[#$€£]?\w+(?:['’]\w+)?%?")
BOILERPLATE_CLUES = ("sent ", "outlook", "confidential", "intended")  # one of which each boilerplate match holds
BOILERPLATE_RE = re.compile(  # mail-client taglines and disclaimers: how a message was sent, not what it wants
    r"sent from my \w+(?: \w+)?|sent from (?:yahoo|outlook|gmail|mail) (?:mail )?for \w+|get outlook for \w+|"
    r"sent via \w+|(?:this|the information in this) (?:e-?mail|message)[^.]{0,200}(?:confidential|privileged|"
    r"intended (?:solely|only))[^.]{0,300}\.?",
    re.I,
)
TEXT_SPEAK = {  # phone shorthand folded to the words it stands for, so meaning is learnt once
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "pl": "please", "thx": "thanks",
    "thnx": "thanks", "tnx": "thanks", "tks": "thanks", "thanx": "thanks", "ty": "thanks", "msg": "message",
    "abt": "about", "coz": "because", "cuz": "because", "bcoz": "because", "bc": "because", "im": "i'm",
    "wanna": "want", "gonna": "going", "tryna": "trying", "wk": "week", "yr": "year", "yrs": "years", "mgr": "manager",
    "sr": "senior", "jr": "junior", "govt": "government", "pic": "picture", "pics": "pictures", "w": "with",
}
MAX_TEXT = 2000
CHAR_RANGE = (4, 4)  # 4-grams alone score as well as 3-5 on held-out voices, with half the features
CHAR_SIZES = tuple(range(CHAR_RANGE[0], CHAR_RANGE[1] + 1))
WORD_CACHE = 16_384  # words whose n-grams are kept (a few MB): most words of a note were seen before


class _CombiningMarks(dict[int, int | None]):
    """A `str.translate` table that drops combining marks (accents, once decomposed) and keeps every other
    character; filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


ACCENTS = _CombiningMarks()


# Words that say nothing on their own: a reason quoting only these ("note \"the\"", "headline \"at\"") explains
# nothing to a reader, though the model may weigh them. Only used to choose which words a reason quotes. In English
# and the corpus's other languages (accents stripped, as the features read them): a Dutch "een" or a Turkish "bir"
# is no more a reason than "a".
FUNCTION_WORDS = frozenset("""
a an the and or but of to in on at for from by with as is are was were be been being am i i'm im it it's its this
that these those my our your you you're we he she they me us them his her their there here so very just now then
than since also not no do does did have has had will would can could should may might up out about into over
again all any some if when what which who how i've i'll i'd we've we're we'll you've you'll they're that's
there's
de la el los las en y que un una o os da do das dos em no na um uma por para com se der die das und le les des et du
pour ich ist nicht mit sie wir ein eine je vous nous est pas
een het van ik ben je jij wij zijn op te met voor dat niet ook
il lo gli di che non sono mi ti con per ho
yang dan di ke dari saya kami anda ini itu untuk dengan ada akan tidak juga
i w z na do nie jest to sie jak czy ze od
ve bir bu ile icin ben siz biz da de mi ne cok
och att jag du vi ar det som en ett pa med for inte har
si sa cu pe eu nu este sunt ca care mai
""".split())


PLACEHOLDERS = {"xurlx": "<link>", "xemailx": "<e-mail>", "xphonex": "<phone>", "xmergex": "<merge field>"}
PLACEHOLDER_RE = re.compile("|".join(PLACEHOLDERS))
IDENTITY_TOKENS = ("xnamex", EMPLOYER_TOKEN)  # who someone is: never quoted as a reason (places are not read at all)


def is_function_phrase(term: str) -> bool:
    """True when every word of a term (a word or a word pair) is a function word or a bare number."""
    return all(word in FUNCTION_WORDS or word == "0" for word in term.split())


def describe_term(term: str) -> str:
    """A term as a reader can take it: placeholders named ("<link>"), folded digits shown as "#" ("$#", "# years")."""
    return PLACEHOLDER_RE.sub(lambda match: PLACEHOLDERS[match.group(0)], term).replace("0", "#")


def quote_pointing_words(terms: Iterable[tuple[str, float]], fields: dict[str, str], limit: int = 4) -> list[str]:
    """Quote the strongest terms a reader can take as a reason: only from `fields` (feature prefix -> field
    name, "" for none), never a name, a place, an employer, a function word or a bare number ("note \"quick call\"",
    "\"sorry\"")."""
    quoted = []
    for name, _ in terms:
        field = fields.get(name[:2])
        if field is None or any(token in name for token in IDENTITY_TOKENS) or is_function_phrase(name[2:]):
            continue
        quoted.append(f'{field} "{describe_term(name[2:])}"' if field else f'"{describe_term(name[2:])}"')
        if len(quoted) == limit:
            break
    return quoted


def fold_for_terms(text: str) -> str:
    """Lower-case, strip accents, drop mail boilerplate, fold links, addresses, phones, merge fields and digits
    to tokens."""
    text = text[:MAX_TEXT]
    folded = text.casefold()
    if any(clue in folded for clue in BOILERPLATE_CLUES):
        text = BOILERPLATE_RE.sub(" ", text)
    has_digits = DIGITS_RE.search(text) is not None  # each substitution below runs only where it can match
    if "@" in text:
        text = EMAIL_RE.sub(" xemailx ", text)
    if URL_CLUE_RE.search(text):
        text = URL_RE.sub(" xurlx ", text)
    if has_digits:
        text = PHONE_RE.sub(" xphonex ", text)
    if "{" in text or "[" in text or "%" in text:
        text = MERGE_RE.sub(" xmergex ", text)
    text = text.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(ACCENTS)
    elif not has_digits:  # ASCII text gains no digits from the steps above
        return text
    return DIGITS_RE.sub("0", text)


def tokenise(text: str) -> list[str]:
    """Split normalised text into word tokens (`split_words`) without the places, nationalities and languages it
    names: "Egyptian Copywriter" reads as "Copywriter", "a company in Vietnam" as "a company in". What is said about
    a place stays ("developers from", "leaders across"); that a place is named at all is no evidence."""
    return drop_places(split_words(text))


def split_words(text: str) -> list[str]:
    """Split normalised text into word tokens, phone shorthand spelt out ("u" -> "you")."""
    tokens = WORD_RE.findall(text)
    return list(map(TEXT_SPEAK.get, tokens, tokens))


def extract_text_features(
    headline: str, company: str, message: str, sender_name: str = ""
) -> dict[str, float]:
    """Return raw term counts for the headline (h:), note words and pairs (m:) and note n-grams.

    The company and the sender's name are used only to mask them: the employer out of the headline and the note, the
    name out of the note (who someone is, never what they want).
    """
    counts: Counter[str] = Counter()
    head_tokens = drop_personal(tokenise(fold_for_terms(mask_employer(headline, company))))
    _add_words(counts, "h:", head_tokens)
    note = fold_for_terms(mask_company(mask_names(message, [sender_name] if sender_name else []), company))
    tokens = tokenise(note)
    if not tokens:
        counts["empty_note"] = 1
        return dict(counts)
    tokens = drop_salutations(drop_personal(tokens))
    _add_words(counts, "m:", tokens)
    _add_char_ngrams(counts, tokens)
    counts[f"len:{_bucket_length(len(message))}"] = 1
    return dict(counts)


def weigh_tfidf(counts: dict[str, float], idf: dict[str, float]) -> dict[str, float]:
    """Sublinear tf times idf, L2-normalised; features unknown to the model are dropped."""
    weight_of = idf.get
    weighted = {}
    for term, count in counts.items():
        weight = weight_of(term)
        if weight is not None:
            weighted[term] = weight if count == 1 else (1.0 + math.log(count)) * weight
    norm = math.sqrt(math.fsum(value * value for value in weighted.values())) or 1.0
    return {term: value / norm for term, value in weighted.items()}


def count_document_frequencies(documents: Iterable[dict[str, float]]) -> tuple[dict[str, int], int]:
    """Return how many documents each term occurs in, and the number of documents."""
    frequencies: dict[str, int] = {}
    total = 0
    for document in documents:
        total += 1
        for term in document:
            frequencies[term] = frequencies.get(term, 0) + 1
    return frequencies, total


def compute_idf(frequencies: dict[str, int], total: int, min_df: int = 2) -> dict[str, float]:
    """Smoothed inverse document frequency for every term seen in at least `min_df` documents."""
    return {
        term: math.log((1 + total) / (1 + df)) + 1.0 for term, df in frequencies.items() if df >= min_df
    }


def _add_words(counts: Counter[str], prefix: str, tokens: list[str]) -> None:
    counts.update([prefix + token for token in tokens])
    counts.update([f"{prefix}{first} {second}" for first, second in zip(tokens, tokens[1:])])


def _add_char_ngrams(counts: Counter[str], tokens: list[str]) -> None:
    """Overlapping character n-grams of each of the note's words, in the order of the words, size by size.

    They carry no prefix; no word feature can collide with them, since those all contain ":" and
    tokens never do.
    """
    per_word = list(map(_word_ngrams, tokens))
    for size in range(len(CHAR_SIZES)):
        counts.update(chain.from_iterable([grams[size] for grams in per_word]))


@lru_cache(maxsize=WORD_CACHE)
def _word_ngrams(token: str) -> tuple[tuple[str, ...], ...]:
    """The n-grams of one word padded with one space, for each size: inside the word, at its start or end,
    or the whole short word. None spans two words: those would learn a writer's phrasing (style) rather
    than what words mean. A placeholder ("xurlx") has none: it is one fact, read once as a word."""
    if token in PLACEHOLDERS:
        return tuple(() for _ in CHAR_SIZES)
    word = f" {token} "
    return tuple(tuple([word[at: at + size] for at in range(len(word) - size + 1)]) for size in CHAR_SIZES)


def _bucket_length(length: int) -> str:
    if length < 60:
        return "short"
    if length < 200:
        return "medium"
    if length < 400:
        return "long"
    return "very_long"
