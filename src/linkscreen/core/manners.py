"""What a request says about its writer rather than what they want, hidden from the models.

The employer a headline names ("Key Account Manager at Unilever", "Founder @ GrowthLab", the company field's name,
also where a note names it) becomes one placeholder, `xcompanyx`: where someone works is who they are, and a firm's
name can stand for a nationality ("at Infosys", "at Jumia"); the role beside it says what they want. Names (the
greeted one, the sender's from the name field, and the sender's own as the note says it: "my name is ...", "Chidi
here", "I'm Ana,", the line after "Thanks,") become one placeholder, `xnamex`, in the raw text; the opening
salutation ("Dear Sir,", "Good morning ma'am,"), honorifics and words of faith, gender or family status
("God-fearing", "Inshallah", "husband and father", "widower") are dropped from the tokens, and "kindly" reads as
"please". Who someone is, what they believe and how formally their culture greets are never evidence of intent.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable

TITLES = ("herr", "frau", "senhor", "senhora", "senor", "senora", "monsieur", "madame", "bapak", "pak", "sri",
          "shri")  # other languages' "Mr" and "Mrs": before a greeted name, and dropped anywhere as "sir" is
GREETING_RE = re.compile(  # (?=[...]): the letters the greetings start with, one quick test before trying each
    r"\b(?=[hdgmeobcnkt])(hi|hello|hey|dear|hiya|greetings|morning|evening|hola|ol[aá]|bonjour|hallo|ciao|namaste|"
    r"kia ora|t[eē]n[aā] koe)"
    rf"([ ,]+)(?:(?:mr|mrs|ms|dr|sir|ma'?am|sr|sra|señor|señora|ibu|{'|'.join(TITLES)})\.? )?([A-Z][\w'’-]+)",
    re.I,
)
NAME_RUN_RE = re.compile(r"xnamex(?:\s+xnamex)+")
_NAME = r"[A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)?"  # a capitalised word: "Priya", "O'Neil", "Jean-Luc", "Thảo"
CALLED = ("my name is", "my name's", "je m'appelle", "me llamo", "meu nome é", "meu nome e", "mein name ist",
          "nama saya", "benim adım", "benim adim")  # what comes before the sender's own name, lower case
CALLED_RE = re.compile(  # "my name is Priya Sharma" (where a note says the sender's own name: masked as the name field)
    rf"(?i:\b(?:{'|'.join(map(re.escape, CALLED))})\s+)({_NAME}(?:\s+{_NAME}){{0,2}})")
HERE_RE = re.compile(  # "Chidi here, ..." at the start
    rf"^\W*(?i:(?:hi|hello|hey)\W+)?({_NAME}(?:\s+{_NAME}){{0,2}})\s+(?i:here)\b")
AM_RE = re.compile(  # "I'm Ana, ..."
    rf"\bI(?:'m|’m| am)\s+({_NAME}(?:\s+{_NAME}){{0,2}})(?=\s*[,.!;]|\s+(?:from|and|with)\b)")
REFERRED = ("suggested", "recommended", "mentioned", "referred", "introduced", "passed on")  # after a named third
VIA = ("through", "via", "mutual friend", "mutual contact", "mutual connection", "mutual colleague")  # before one
THIRD_PARTY_RE = re.compile(  # "Sarah Lee suggested ...", "we met through Tom", "our mutual friend Ana Kiriona"
    rf"(?<![\w.])({_NAME}(?:\s+{_NAME}){{0,2}})(?=\s+(?:{'|'.join(REFERRED)})\b)"
    rf"|\b(?i:{'|'.join(VIA)})\s+({_NAME}(?:\s+{_NAME}){{0,2}})")
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
NOT_THIRD_PARTIES = NOT_SELF_NAMES | frozenset(  # capitalised words before "suggested" or after "through", no names
    "you he she they we it this that someone somebody everyone everybody nobody linkedin google a an the my our your "
    "his her their who which what".split()
)
NOT_NAMES = frozenset(  # words that follow a greeting without being the greeted name ("Hi, happy to connect")
    "i i'm im i'd i've i'll we we're there all everyone team folks friend friends sir madam maam ma'am again just hope "
    "hoping happy glad great good nice thanks thank quick looking my our how is are it it's its this please pls kindly "
    "from and welcome sorry would can could saw read u ur you your yes so well trust as let's lets what long congrats "
    "congratulations am a an the good day morning evening afternoon".split()
)
SALUTATIONS = frozenset(  # words that open a note's greeting (see drop_salutations)
    "hi hello hey hiya dear dearest greetings morning afternoon evening respected hola ola oi bonjour bonsoir hallo "
    "ciao halo namaste salam salaam assalamu alaikum kia ora yo hej buongiorno buenos dias mr mrs ms dr".split()
)
GOOD_TIMES = frozenset("morning afternoon evening day".split())  # "good" opens a greeting only before these
HONORIFICS = frozenset(("sir", "sirs", "madam", "maam", "ma'am", "ji", "sahab", "saheb", "shree", *TITLES))  # anywhere
POLITE = {"kindly": "please"}
PERSONAL = frozenset(  # words of faith and its feasts, of gender and family status: dropped anywhere (drop_personal)
    "god gods lord jesus christ allah inshallah insha inshaallah mashallah masha alhamdulillah jazakallah bismillah "
    "subhanallah amen bless blessed blessing blessings pray praying prayer prayers prayerful fearing christian "
    "christians muslim muslims hindu sikh jewish buddhist catholic evangelical ramadan eid mubarak diwali christmas "
    "xmas easter hanukkah holi vaisakhi akal waheguru shalom assalamualaikum walaikum "
    "man men woman women lady ladies gentleman gentlemen husband wife father mother dad mom mum widow widower widowed "
    "divorced married".split()
)
EMPLOYER_TOKEN = "xcompanyx"
EMPLOYER_PREPOSITIONS = ("at", "bei", "chez", "bij", "presso")  # "at" in languages where the word means only that
AT_EMPLOYER_RE = re.compile(  # "at Unilever", "@ X", "bei Siemens" up to a separator: "|", ",", "(", " - ", the end
    rf"((?<!\w)(?:{'|'.join(EMPLOYER_PREPOSITIONS)})\s+|(?<!\S)@\s*)"
    r"([^|,;·•\n()]+?)(?=\s*(?:[|,;·•\n()]|\s[-–—]\s|$))", re.IGNORECASE)


def mask_names(text: str, names: Iterable[str] = ()) -> str:
    """Replace the greeted name, the given names (the sender's own), the name a note says is the sender's ("my
    name is ...", "... here", "I'm ...,", the line after a sign-off) and a third person's the note names ("Sarah Lee
    suggested ...", "through Tom") by a placeholder.

    A name says who someone is, never what they want, so the model must not see it.
    """
    text = GREETING_RE.sub(_mask_greeted, text)
    text = mask_self_named(text)
    folded = text.casefold()
    if any(word in folded for word in REFERRED + VIA):
        text = THIRD_PARTY_RE.sub(_mask_third_party, text)
    for name in names:
        for part in name.split():
            if len(part) > 1 and part.casefold() in folded:  # compile a pattern only for a name that is there
                text = mask_word(text, part)
    return NAME_RUN_RE.sub("xnamex", text)


def mask_employer(headline: str, company: str = "") -> str:
    """The headline with the employer it names ("at Unilever", "@ GrowthLab", "bei", "chez", "bij", "presso" X, and the
    company field's name wherever it occurs) as one placeholder, so that "Key Account Manager at Unilever" reads as
    the role it is. Prepositions that also mean "in" or "on" ("en", "na", "em", "di") are left: "Especialista en
    Ventas" names a field, not an employer."""
    headline = mask_company(headline, company)
    folded = headline.casefold()
    if "@" not in headline and not any(word in folded for word in EMPLOYER_PREPOSITIONS):
        return headline
    return AT_EMPLOYER_RE.sub(lambda match: f"{match.group(1)}{EMPLOYER_TOKEN}", headline)


def mask_company(text: str, company: str) -> str:
    """The text with the company field's name, wherever it occurs ("We at Harbourview Insurance help ..."), as the
    employer placeholder."""
    company = company.strip().strip(string.punctuation)  # "Acme Inc." ends where a word does: "Acme Inc"
    return mask_word(text, company, EMPLOYER_TOKEN) if len(company) > 1 else text  # one letter: every "a"


def mask_word(text: str, word: str, token: str = "xnamex") -> str:
    r"""Return `re.sub(rf"\b{re.escape(word)}\b", token, text, flags=re.I)`: for ASCII text and word (the common
    case) without compiling a pattern for each name."""
    if not (text.isascii() and word.isascii()) or not word:
        return re.sub(rf"\b{re.escape(word)}\b", token, text, flags=re.I)
    lowered, target, size = text.lower(), word.lower(), len(word)
    pieces: list[str] = []
    last = 0
    at = lowered.find(target)
    while at >= 0:
        end = at + size
        if _is_ascii_boundary(text, at) and _is_ascii_boundary(text, end):
            pieces += (text[last:at], token)
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
    if any(phrase in folded for phrase in CALLED):
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
    folded = tail.casefold()
    if not any(sign_off in folded for sign_off in SIGN_OFFS):
        return text
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
    return _mask_name_group(match, 1, NOT_SELF_NAMES)


def _mask_third_party(match: re.Match[str]) -> str:
    return _mask_name_group(match, 1 if match.group(1) else 2, NOT_THIRD_PARTIES)


def _mask_name_group(match: re.Match[str], group: int, not_names: frozenset[str]) -> str:
    """The match with its group (a name) as the placeholder, unless the group's first word is one of not_names."""
    if match.group(group).split()[0].casefold() in not_names:
        return match.group(0)
    start, end = match.span(group)
    return match.string[match.start(): start] + "xnamex" + match.string[end: match.end()]


def _mask_greeted(match: re.Match[str]) -> str:
    if match.group(3).casefold() in NOT_NAMES:
        return match.group(0)
    return f"{match.group(1)}{match.group(2)}xnamex"


def drop_personal(tokens: list[str]) -> list[str]:
    """Tokens without words of faith ("God-fearing", "God bless", "Inshallah", "have a blessed day", "Happy Diwali"),
    gender or family status ("husband and father", "wife", "widower"): a sender's religion, sex and family, as
    their name and their country, say who they are, never what they want. (A note that asks "are you single?" or
    says "I am a widower" to a stranger is the ROMANCE signal's, which reads what the sender does: the raw text.)"""
    return [token for token in tokens if token not in PERSONAL]


def drop_salutations(tokens: list[str]) -> list[str]:
    """Tokens without the opening salutation ("Dear Sir,", "Hello ma'am", "Good day", "Hi xnamex") and without
    honorifics anywhere ("sir", "ma'am", Hindi "ji"): how formally a sender greets is their style and
    their culture, never what they want ("Dear Sir, kindly consider my CV" is a job seeker as "Hi, please consider
    my CV" is). "kindly" reads as "please". (A romantic "hello dear" is a signal, which reads the raw text.)"""
    at = 0
    while at < len(tokens) and _is_greeting(tokens, at):
        at += 1
    kept = [POLITE.get(token, token) for token in tokens[at:] if token not in HONORIFICS]
    return kept or tokens


def _is_greeting(tokens: list[str], at: int) -> bool:
    """Whether the token at `at`, among the opening ones, is part of a greeting: a salutation or honorific, "good"
    before a time of day ("good morning"), or the name greeted ("hi xnamex")."""
    token, before = tokens[at], tokens[at - 1] if at else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else ""
    return (token in SALUTATIONS or token in HONORIFICS or token == "good" and after in GOOD_TIMES
            or token in GOOD_TIMES and before == "good" or token == "xnamex" and before in SALUTATIONS)
