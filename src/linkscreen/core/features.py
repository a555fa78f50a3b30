"""Text features for the linear models: words, word pairs and character n-grams, plus signals.

Only what the sender wrote and does goes in (headline, company, note). Names and locations never do: the
greeted name and the sender's are masked, and every place, nationality and language named is read as one token
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

from linkscreen.core.places import PLACE_TOKEN, mask_places

URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|io|co|ly|me|net|org|app)(?:/\S*)?\b", re.I)
URL_CLUE_RE = re.compile(r"://|\.\w|www\.", re.I)  # what every URL_RE match holds: quicker to look for
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
PHONE_RE = re.compile(r"(?:\+\d[\d ()-]{7,}\d|\b\d{3}[ -]?\d{3}[ -]?\d{4}\b)")
MERGE_RE = re.compile(r"\{\{?\s*\w+\s*\}?\}|\[(?:first ?name|name|company)\]|%\w+%", re.I)
DIGITS_RE = re.compile(r"\d+")
WORD_RE = re.compile(r"[#$€£]?\w+(?:['’]\w+)?%?")
GREETING_RE = re.compile(  # (?=[...]): the letters the greetings start with, one quick test before trying each
    r"\b(?=[hdgmeobcnkt])(hi|hello|hey|dear|hiya|greetings|morning|evening|hola|ol[aá]|bonjour|hallo|ciao|namaste|"
    r"kia ora|t[eē]n[aā] koe)"
    r"([ ,]+)(?:(?:mr|mrs|ms|dr|sir|ma'?am)\.? )?([A-Z][\w'’-]+)",
    re.I,
)
NAME_RUN_RE = re.compile(r"xnamex(?:\s+xnamex)+")
_NAME = r"[A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)?"  # a capitalised word: "Priya", "O'Neil", "Jean-Luc", "Thảo"
CALLED_RE = re.compile(  # "my name is Priya Sharma" (where a note says the sender's own name: masked as the name field)
    rf"(?i:\b(?:my name is|my name's|je m'appelle|me llamo|meu nome [eé]|mein name ist|nama saya|benim ad[iı]m)\s+)"
    rf"({_NAME}(?:\s+{_NAME}){{0,2}})")
CALLED_CLUES = ("name", "nome", "appelle", "llamo", "nama", "adı", "adim")  # each CALLED_RE match holds one (folded)
HERE_RE = re.compile(  # "Chidi here, ..." at the start
    rf"^\W*(?i:(?:hi|hello|hey)\W+)?({_NAME}(?:\s+{_NAME}){{0,2}})\s+(?i:here)\b")
AM_RE = re.compile(  # "I'm Ana, ..."
    rf"\bI(?:'m|’m| am)\s+({_NAME}(?:\s+{_NAME}){{0,2}})(?=\s*[,.!;]|\s+(?:from|and|with)\b)")
SIGN_OFFS = ("thanks", "thank you", "regards", "best", "cheers", "sincerely", "warmly", "obrigado", "obrigada",
             "gracias", "saludos", "merci", "cordialement", "danke", "groeten", "salam", "terima kasih", "pozdrawiam",
             "saygılarımla", "hälsningar", "mulțumesc")
NAME_LINE_RE = re.compile(rf"{_NAME}(?:[ \t]+{_NAME}){{0,2}}")  # a line that is only a name: "Nguyen Van An"
SIGNATURE_CHARS = 240  # a signature's name line is within this many characters of the end
NOT_SELF_NAMES = frozenset(  # capitalised words in those places that are not names ("I'm Head of Sales, ...")
    "sales senior junior head team director manager recruiter recruiting founder ceo cto cfo coo owner partner "
    "consultant engineer developer student looking currently based new happy glad excited interested reaching "
    "writing working also still just really so very back open available hiring talent account business marketing "
    "product project lead chief vice vp president executive specialist analyst advisor adviser agent broker coach "
    "mentor investor entrepreneur freelancer contractor nurse doctor teacher lawyer accountant the our we my your "
    "regards thanks best sent".split()
)
NOT_NAMES = frozenset(  # words that follow a greeting without being the greeted name ("Hi, happy to connect")
    "i i'm im i'd i've i'll we we're there all everyone team folks friend friends sir madam maam ma'am again just hope "
    "hoping happy glad great good nice thanks thank quick looking my our how is are it it's its this please pls kindly "
    "from and welcome sorry would can could saw read u ur you your yes so well trust as let's lets what long congrats "
    "congratulations am a an the good day morning evening afternoon".split()
)
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
SALUTATIONS = frozenset(  # words that open a note's greeting (see drop_salutations)
    "hi hello hey hiya dear dearest greetings morning afternoon evening respected hola ola oi bonjour bonsoir hallo "
    "ciao halo namaste salam salaam assalamu alaikum kia ora yo hej buongiorno buenos dias mr mrs ms dr".split()
)
GOOD_TIMES = frozenset("morning afternoon evening day".split())  # "good" opens a greeting only before these
HONORIFICS = frozenset("sir sirs madam madame maam ma'am ji sahab saheb".split())  # dropped anywhere
POLITE = {"kindly": "please"}
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


PLACEHOLDERS = {"xurlx": "<link>", "xemailx": "<e-mail>", "xphonex": "<phone>", "xmergex": "<merge field>",
                PLACE_TOKEN: "<place>"}
PLACEHOLDER_RE = re.compile("|".join(PLACEHOLDERS))


def is_function_phrase(term: str) -> bool:
    """True when every word of a term (a word or a word pair) is a function word or a bare number."""
    return all(word in FUNCTION_WORDS or word == "0" for word in term.split())


def describe_term(term: str) -> str:
    """A term as a reader can take it: placeholders named ("<link>"), folded digits shown as "#" ("$#", "# years")."""
    return PLACEHOLDER_RE.sub(lambda match: PLACEHOLDERS[match.group(0)], term).replace("0", "#")


def quote_pointing_words(terms: Iterable[tuple[str, float]], fields: dict[str, str], limit: int = 4) -> list[str]:
    """Quote the strongest terms a reader can take as a reason: only from `fields` (feature prefix -> field
    name, "" for none), never a name, a place, a function word or a bare number ("note \"quick call\"",
    "\"sorry\"")."""
    quoted = []
    for name, _ in terms:
        field = fields.get(name[:2])
        if field is None or "xnamex" in name or PLACE_TOKEN in name or is_function_phrase(name[2:]):
            continue
        quoted.append(f'{field} "{describe_term(name[2:])}"' if field else f'"{describe_term(name[2:])}"')
        if len(quoted) == limit:
            break
    return quoted


def mask_names(text: str, names: Iterable[str] = ()) -> str:
    """Replace the greeted name, the given names (the sender's own) and the name a note says is the sender's ("my
    name is ...", "... here", "I'm ...,", the line after a sign-off) by a placeholder.

    A name says who someone is, never what they want, so the model must not see it.
    """
    text = GREETING_RE.sub(_mask_greeted, text)
    text = mask_self_named(text)
    folded = text.casefold()
    for name in names:
        for part in name.split():
            if len(part) > 1 and part.casefold() in folded:  # compile a pattern only for a name that is there
                text = mask_word(text, part)
    return NAME_RUN_RE.sub("xnamex", text)


def mask_word(text: str, word: str) -> str:
    r"""Return `re.sub(rf"\b{re.escape(word)}\b", "xnamex", text, flags=re.I)`: for ASCII text and word (the
    common case) without compiling a pattern for each name."""
    if not (text.isascii() and word.isascii()) or not word:
        return re.sub(rf"\b{re.escape(word)}\b", "xnamex", text, flags=re.I)
    lowered, target, size = text.lower(), word.lower(), len(word)
    pieces: list[str] = []
    last = 0
    at = lowered.find(target)
    while at >= 0:
        end = at + size
        if _is_ascii_boundary(text, at) and _is_ascii_boundary(text, end):
            pieces += (text[last:at], "xnamex")
            last = end
            at = lowered.find(target, end)
        else:
            at = lowered.find(target, at + 1)
    return "".join(pieces) + text[last:] if pieces else text


def _is_ascii_boundary(text: str, at: int) -> bool:
    """What \\b says at position `at` of ASCII text: a word character on one side only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def mask_self_named(text: str) -> str:
    """Replace the name a note says is the sender's own ("my name is ...", "... here" at the start, "I'm ...,", the
    line after a sign-off near the end) by a placeholder; each pattern runs only where it can match."""
    folded = text.casefold()
    if any(clue in folded for clue in CALLED_CLUES):
        text = CALLED_RE.sub(_mask_self_named, text)
    if "here" in folded:
        text = HERE_RE.sub(_mask_self_named, text, count=1)  # anchored at the start
    if "I'm" in text or "I am" in text or "I’m" in text:
        text = AM_RE.sub(_mask_self_named, text)
    return mask_signature(text)


def mask_signature(text: str) -> str:
    """Replace a name signed after a sign-off near the end ("Thanks,\\nPriya Sharma\\nSales Director",
    "Cheers, Tom")."""
    head, tail = text[:-SIGNATURE_CHARS], text[-SIGNATURE_CHARS:]
    lines = tail.split("\n")
    for at, line in enumerate(lines):
        before, comma, after = line.rpartition(",")
        signed_here = comma and _is_sign_off(before) and _is_name(after)
        if signed_here or at and _is_sign_off(lines[at - 1]) and _is_name(line):
            lines[at] = f"{before}{comma} xnamex" if signed_here else "xnamex"
    return head + "\n".join(lines)


def _is_sign_off(line: str) -> bool:
    return line.rstrip(" \t,.!\r").casefold().endswith(SIGN_OFFS)


def _is_name(text: str) -> bool:
    text = text.strip(" \t\r.!")
    return bool(NAME_LINE_RE.fullmatch(text)) and text.split()[0].casefold() not in NOT_SELF_NAMES


def _mask_self_named(match: re.Match[str]) -> str:
    if match.group(1).split()[0].casefold() in NOT_SELF_NAMES:
        return match.group(0)
    start, end = match.span(1)
    return match.string[match.start(): start] + "xnamex" + match.string[end: match.end()]


def _mask_greeted(match: re.Match[str]) -> str:
    if match.group(3).casefold() in NOT_NAMES:
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}xnamex"


def normalise_text(text: str) -> str:
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
    """Split normalised text into word tokens (`split_words`), each place read as one token."""
    return mask_places(split_words(text))


def split_words(text: str) -> list[str]:
    """Split normalised text into word tokens, phone shorthand spelt out ("u" -> "you")."""
    tokens = WORD_RE.findall(text)
    return list(map(TEXT_SPEAK.get, tokens, tokens))


def extract_text_features(
    headline: str, company: str, message: str, sender_name: str = ""
) -> dict[str, float]:
    """Return raw term counts for the headline (h:), note words and pairs (m:) and note n-grams.

    The sender's name is used only to mask it out of the note.
    """
    counts: Counter[str] = Counter()
    head_tokens = tokenise(normalise_text(f"{headline} {company}"))
    _add_words(counts, "h:", head_tokens)
    note = normalise_text(mask_names(message, [sender_name] if sender_name else []))
    tokens = tokenise(note)
    if not tokens:
        counts["empty_note"] = 1
        return dict(counts)
    tokens = drop_salutations(tokens)
    _add_words(counts, "m:", tokens)
    _add_char_ngrams(counts, tokens)
    counts[f"len:{_bucket_length(len(message))}"] = 1
    return dict(counts)


def drop_salutations(tokens: list[str]) -> list[str]:
    """Tokens without the opening salutation ("Dear Sir,", "Hello ma'am", "Good day", "Hi xnamex") and without
    honorifics anywhere ("sir", "ma'am", Hindi "ji"): how formally a sender greets is their style and
    their culture, never what they want ("Dear Sir, kindly consider my CV" is a job seeker as "Hi, please consider
    my CV" is). "kindly" reads as "please". (A romantic "hello dear" is a signal, which reads the raw text.)"""
    at = 0
    while at < len(tokens) and (tokens[at] in SALUTATIONS or tokens[at] in HONORIFICS
                                or tokens[at] == "good" and at + 1 < len(tokens) and tokens[at + 1] in GOOD_TIMES
                                or tokens[at] in GOOD_TIMES and at and tokens[at - 1] == "good"
                                or tokens[at] == "xnamex" and at and tokens[at - 1] in SALUTATIONS):
        at += 1
    kept = [POLITE.get(token, token) for token in tokens[at:] if token not in HONORIFICS]
    return kept or tokens


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
    than what words mean."""
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
