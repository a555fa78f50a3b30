"""Claims of shared history in a connection note, and whether the user's own data bears them out.

`find_claims` reads only the note text (never the sender's name, headline or location): an event met at,
an employer shared, a person who introduced, a project done together. `check_claims` looks each claim up in
the user's calendar, positions and known people, and says which of them it consulted.

Decisions: "we met recently" or "we met at a conference" is an event claim with an empty subject, reported
as too vague to check (so are employer and project claims naming none). A first name alone is reported,
never verified. Names are capitalised words ("in Auckland" after an event is left out of it); an
all-lower-case note yields lower-case event, employer and project names, never person names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from rapidfuzz import fuzz

from linkscreen.core.evidence_records import KnownPerson, Meeting
from linkscreen.core.matching import companies_agree
from linkscreen.core.names import fold_text, match_names, normalise_name
from linkscreen.core.models import Position
from linkscreen.core.pattern_sets import compile_veto, normalise_text
from linkscreen.core.signals import SharedHistoryClaim

ClaimKind = Literal["event", "employer", "person", "project"]
FUZZY_THRESHOLD = 90.0

_TAIL = r"(?P<tail>(?:[^.!?;,\n]|\.(?=\w)){1,80})"  # the rest of the clause, where the subject starts
_HEAD = r"(?<![\w'])(?P<head>(?:[^\W\d_][\w'.-]{0,30},? ){1,4})"  # a few words before a verb, the name last
_OWNER = r"(?<![\w'])(?P<owner>(?:[^\W\d_][\w'.-]{0,30},? ){0,3}[^\W\d_][\w.-]{0,30})'s "
_WE = r"\bwe(?: have|'ve| had|'d)?(?: both| all)?"
_PREP = r"(?P<prep>at|during|in|on)\s"
_GREAT = r"(?:great|good|nice|lovely|fun|a pleasure|pleasure|glad|happy|wonderful)"

# (kind, vague_ok) -> patterns; vague_ok claims survive without a named subject, as too vague to check.
_PATTERNS: dict[tuple[ClaimKind, bool], tuple[str, ...]] = {
    ("event", True): (
        rf"{_WE}(?: also| already| briefly| first| recently| once| actually)? (?:met|meet|spoke|chatted|talked|"
        rf"crossed paths|caught up|were introduced)(?: briefly| recently| first| once)? {_PREP}{_TAIL}",
        rf"\b(?:met|saw|seen|spoke (?:to|with)|chatted (?:to|with)|talked (?:to|with)|caught up with|bumped into|"
        rf"ran into|sat (?:next to|beside|with)) you(?: briefly| again| recently| last week| earlier)? {_PREP}{_TAIL}",
        rf"\b(?:thanks?|thank you)(?: again)? for (?:the|our) (?:great |lovely |quick |good |brief )?(?:chat|"
        rf"conversation|coffee|lunch|meeting|discussion|catch-?up) {_PREP}{_TAIL}",
        rf"{_WE} attended\s{_TAIL}",
        # having met, naming nothing: kept only where no named claim covers the same words
        rf"{_WE}(?: also| already| briefly| first| once| actually)? (?:met|spoke|chatted|talked|crossed paths)\b",
        r"\b(?:met|spoke (?:to|with)|chatted with|talked (?:to|with)) you (?:briefly|before|recently|earlier|yesterday|"
        r"last \w{1,10}|the other day|a while (?:ago|back)|once|in person)\b",
        rf"\b{_GREAT}(?: to)? (?:meeting|met|seeing|chatting|talking|speaking|catching up)(?: with)?(?: you)? "
        r"(?:yesterday|earlier|today|the other day|last (?:week|month|night|year|time)|this (?:morning|week)|recently|"
        r"in person)\b",
    ),
    ("event", False): (  # "nice to meet you" alone is a greeting, not a claim
        rf"\b{_GREAT}(?: to| that we)? (?:meet|meeting|met|see|seeing|chat|chatting|chatted|talk|talking|speak|"
        rf"speaking|catch up|catching up|connect|connecting|bump into|bumping into)(?: with)?(?: you)?(?: briefly| "
        rf"again| yesterday| today| earlier| last week| the other day)? {_PREP}{_TAIL}",
    ),
    ("employer", True): (
        rf"\b(?:worked|work|working|were|was|been) together (?:at|in|for|back at|back in)\s{_TAIL}",
        rf"{_WE} (?:worked|were working|was working|used to work|were employed)(?: both)?(?: together)? (?:at|for|in)\s"
        rf"{_TAIL}",
        rf"\bwe (?:were|was) (?:both|all) at\s{_TAIL}",
        rf"\bour (?:old |early |shared )?(?:days|time|years|stint) (?:together )?(?:at|in|with)\s{_TAIL}",
        rf"(?<!\bmy )(?<!\bour )\b(?:ex|former|old|previous|past)[- ]?(?:colleague|co-?worker|team ?mate|workmate|"
        rf"work mate|boss|manager|team member)s? (?:from|at|in)\s{_TAIL}",
        rf"\b(?:we were|were|we used to be|used to be|we're|we are) (?:both )?(?:colleagues|co-?workers|workmates|"
        rf"team ?mates) (?:at|from|in)\s{_TAIL}",
        rf"\b(?:worked|work|was working) (?:with|alongside|under|for) you (?:at|in|back at|back in|when you were at)\s"
        rf"{_TAIL}",
        rf"\b(?:you (?:were|used to be) my (?:manager|boss|mentor|colleague|team lead|lead|supervisor|director)|you "
        rf"(?:hired|managed|mentored|interviewed|supervised|onboarded) me|i (?:reported|used to report) to you) "
        rf"(?:at|in)\s{_TAIL}",
        rf"\b(?:trabajamos juntos en|trabalhamos juntos (?:na|no|em)|travaill[ée]s? ensemble (?:chez|à))\s{_TAIL}",
    ),
    ("employer", False): (rf"\b(?:both|fellow|also|as|an?) ex-\s?{_TAIL}",),
    ("person", False): (
        rf"{_HEAD}(?:has |had |kindly |just )?(?:suggested|recommended|mentioned|advised|encouraged|urged|asked)"
        rf"(?: that)? (?:i|we|you|your|me|to)\b",
        rf"{_HEAD}(?:has |had )?(?:said|thought|told me)(?: that)? (?:i|we|you|about you)\b",
        rf"{_HEAD}(?:has |had |kindly )?(?:introduced us|introduced me|put (?:us|me) in touch|connected us|gave me "
        rf"your (?:name|details|contact|number)|passed on your (?:name|details|contact)|pointed me (?:to|towards) "
        rf"you|sent me your way|referred me)\b",
        rf"{_OWNER}(?:suggestion|recommendation|advice|idea|referral|introduction|cousin|brother|sister|friend|"
        rf"colleague|wife|husband|son|daughter|flatmate|neighbou?r|mate)\b",
        rf"\b(?:introduced|referred|recommended|pointed|directed|sent)(?: to you)?(?: me)?(?: to you)? (?:by|through|"
        rf"via|from)\s{_TAIL}",
        rf"\b(?:on|at|per|following) (?:the )?(?:recommendation|suggestion|advice|introduction) (?:of|from)\s{_TAIL}",
        rf"\b(?:got|have|received|was given|found|heard) (?:of )?your (?:name|details|contact|number|profile) (?:from|"
        rf"through|via)\s{_TAIL}",
        rf"\b(?:heard|learned|learnt|know) (?:about|of) you (?:from|through|via)\s{_TAIL}",
        rf"\bmutual (?:friend|contact|colleague|connection|acquaintance)s?,? {_TAIL}",
        rf"\bwe (?:met|were introduced|got connected|were connected|got in touch) (?:through|via|by)\s{_TAIL}",
        rf"\b(?:friend|colleague|cousin|brother|sister|neighbou?r|flatmate|mate|classmate) of\s{_TAIL}",
    ),
    ("project", True): (
        rf"\b(?:work(?:ed|ing)?|collaborat(?:ed|ing)|partner(?:ed|ing)|team(?:ed)? up) (?:together|with you|"
        rf"alongside you) on\s{_TAIL}",
        rf"\b(?:great|good|nice|fun|a pleasure|pleasure|enjoyed|loved|thanks for)(?: to be)? (?:working|collaborating|"
        rf"partnering)(?: with you| together)? on\s{_TAIL}",
        rf"{_WE} (?:worked|collaborated|partnered|teamed up)(?: together)? on\s{_TAIL}",
        r"\bwe (?:both )?(?:did|ran|built|shipped|delivered|led|launched|implemented) (?P<tail>(?:[\w'&:-]{1,30} )"
        r"{1,6})together\b",
    ),
}
_COMPILED = tuple((kind, vague_ok, re.compile(pattern, re.IGNORECASE))
                  for (kind, vague_ok), patterns in _PATTERNS.items() for pattern in patterns)
# Not a claim when just after the shared-history signal's negations ("never", "would love to", "don't think"),
# hopes or doubts ("looking forward to", "not sure if"); nor in a question ("Have we met before?").
_VETO = compile_veto(rf"{SharedHistoryClaim.VETO_BEFORE}|\b(?:forward to|wants? to|wanted to|plan(?:ning)? to|"
                     r"going to|gonna|chance to|opportunity to|excited to|interested in|open to|if|whether|maybe|"
                     r"perhaps|possibly|might)")
_FUTURE = re.compile(r"\b(?:next|tomorrow|upcoming|soon|later this|coming up)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;,\n](?!\w)")
_NUMBER = re.compile(r"'?\d{2,4}(?:st|nd|rd|th)?")
_FILLER = frozenset("the of and a an on in for at to project".split())  # words a title may leave out
_STRIP, _STOP_PUNCT = "\"'()[]“”‘’", ",;:!?."

_EVENT_NOUNS = frozenset(
    "summit conference conf expo meetup meet-up forum festival fest awards symposium congress convention workshop "
    "hackathon seminar webinar roadshow gala dinner breakfast lunch launch bootcamp retreat unconference keynote panel "
    "session showcase fair event day days week".split())
_LEADING = frozenset("the this that last year's this year's last year's our your their his her its a an".split())
_PRONOUNS = frozenset("i i'm i'd i've i'll we we're we've you he she they it".split())
_CONNECTORS = frozenset("of the and & for de la le du da di van von der den y".split())
_PARTICLES = frozenset("van von de der den da di du le la del bin binti al el ter ten".split())
_NOT_NAMES = frozenset(  # capitalised words that are not (part of) a person's name; platforms are not events
    "i i'm i'd i've i'll we he she they it you someone somebody everyone hi hello hey dear yesterday recently also "
    "and but so then actually today our my your mutual has have did does do was is had just as since because when "
    "after at on by the a an this that who which one linkedin google facebook twitter github zoom teams slack "
    "whatsapp skype discord telegram wechat instagram".split())
_LOWER_STOP = frozenset("at in on for with back last next when while during and but or which that who where years year "
                        "ago yesterday today earlier before after together some time recently i we you as so from to "
                        "since about few is was were it this my your our".split())
_GENERIC_PROJECT = frozenset("project projects programme program thing things stuff something it this that same deal "
                             "initiative work".split())
_RELATION_WORDS = {"contact": "contacts", "correspondent": "mail", "attendee": "calendar", "crm": "CRM",
                   "connection": "LinkedIn connections"}
_VAGUE = {"event": "claims you have met but names no event: too vague to check",
          "employer": "claims you worked together but names no employer: too vague to check",
          "project": "claims a shared project but does not name it: too vague to check"}


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim of shared history: its kind, what it names ("" when it names nothing) and the note's words."""

    kind: ClaimKind
    subject: str
    quote: str


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """A claim and what the user's own data says about it, in one plain sentence."""

    claim: Claim
    verified: bool
    summary: str


def _clean(token: str) -> tuple[str, bool]:
    """Strip quotes and brackets from a token; say whether clause punctuation ended it."""
    core = token.strip(_STRIP)
    ends = bool(core) and core[-1] in _STOP_PUNCT
    return core.rstrip(_STOP_PUNCT).strip(_STRIP), ends


def _is_name_word(word: str) -> bool:
    """True for "Datacom", "CIO", "re:Invent", "iPhone": a capital first or after a lower-case prefix."""
    return bool(word) and word[0].isalpha() and (word[0].isupper() or any(c.isupper() for c in word[1:]))


def _take_name(tail: str, kind: ClaimKind, lower_note: bool) -> str:
    """Return the name at the start of `tail`: capitalised words, numbers, inner connectors ("Bank of X")."""
    words = _skip_leading([_clean(token) for token in tail.split()])
    if lower_note:
        phrase = _take_phrase(words, 3)
        return "" if kind == "event" and (len(phrase) < 2 or not _EVENT_NOUNS & set(phrase)) else " ".join(phrase)
    taken: list[str] = []
    for position, (word, ends) in enumerate(words[:8]):
        following = words[position + 1][0] if position + 1 < len(words) else ""
        if word.casefold() in _PRONOUNS:
            break
        if _is_name_word(word) or (_NUMBER.fullmatch(word) and (taken or _is_name_word(following))):
            taken.append(word)
        elif taken and word.casefold() in _CONNECTORS and not ends and (
                _is_name_word(following) or following.casefold() in _CONNECTORS):
            taken.append(word)
        elif taken and word == "in" and not _looks_like_event(" ".join(taken)) and _looks_like_event(
                " ".join(w for w, _ in words[position + 1: position + 5] if _is_name_word(w))):
            taken.append(word)  # "Women in Tech Awards", but not "CIO Summit in Auckland"
        elif taken and kind == "event" and word.casefold() in _EVENT_NOUNS:
            taken.append(word)  # "Seamless expo"
            break
        else:
            break
        if ends:
            break
    while taken and taken[-1].casefold() in _CONNECTORS:
        taken.pop()
    return " ".join(taken)


def _skip_leading(words: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Drop leading determiners: "the", "our", "last year's"."""
    index = 0
    while index < len(words) - 1 and words[index][0].casefold() in _LEADING and not words[index][1]:
        index += 1
    return words[index:]


def _take_phrase(words: list[tuple[str, bool]], limit: int) -> list[str]:
    """Up to `limit` words of any case, up to a stop word or clause punctuation."""
    taken: list[str] = []
    for word, ends in words[:limit]:
        if not word or word.casefold() in _LOWER_STOP:
            break
        taken.append(word)
        if ends:
            break
    return taken


def _is_person_word(word: str) -> bool:
    letters = word.replace("-", "").replace("'", "").replace(".", "")
    return (letters.isalpha() and word[0].isupper() and not (len(letters) > 2 and letters.isupper())
            and word.casefold() not in _NOT_NAMES)


def _take_person(tokens: list[str], backwards: bool, owner: bool = False) -> str:
    """A person's name: up to four capitalised words (particles between), read forwards or backwards."""
    words = [_clean(token) for token in tokens]
    if backwards:
        words = [(w, e) for w, e in reversed(words)]
    taken: list[str] = []
    for word, ends in words:
        if backwards and taken and word in {"at", "from", "with", "of", "for", "in"} and not owner:
            return ""  # "my colleague at Acme suggested": a firm, not a person
        if backwards and taken and ends:
            break  # "Hi Anna, Tom mentioned": the comma before Tom ends the name
        possessive = word.endswith("'s")
        word = word[:-2] if possessive else word
        if not (_is_person_word(word) or (taken and word in _PARTICLES)) or len(taken) == 4:
            break
        taken.append(word)
        if (ends or possessive) and not backwards:
            break
    if backwards:
        taken.reverse()
    while taken and (taken[0] in _PARTICLES or taken[0].casefold() in _NOT_NAMES):
        taken.pop(0)
    while taken and taken[-1] in _PARTICLES:
        taken.pop()
    return " ".join(taken)


def _looks_like_event(subject: str) -> bool:
    words = _words(subject)
    return bool(words) and (any(w in _EVENT_NOUNS for w in words) or words[-1].endswith(("week", "fest")))


def _subject_of_project(tail: str) -> str:
    """"the ERP migration at Datacom" -> "ERP migration"; generic words alone ("a project") -> ""."""
    words = _take_phrase(_skip_leading([_clean(token) for token in tail.split()]), 6)
    return "" if all(w.casefold() in _GENERIC_PROJECT for w in words) else " ".join(words)


def _read_match(kind: ClaimKind, found: re.Match[str], text: str, lower_note: bool) -> tuple[ClaimKind, str, int]:
    """Return (kind, subject, start) for one pattern match; kind may turn from employer to event."""
    start = found.start()
    head = found.groupdict().get("head") or found.groupdict().get("owner")
    if head:
        subject = "" if lower_note else _take_person(head.split(), True, owner="owner" in found.re.groupindex)
        start = text.rfind(subject, found.start(), found.end()) if subject else start
        return kind, subject, start
    tail = found.groupdict().get("tail")
    if tail is None:
        return kind, "", start
    if kind == "person":
        return kind, ("" if lower_note else _take_person(tail.split(), backwards=False)), start
    if kind == "project":
        return kind, _subject_of_project(tail), start
    subject = _take_name(tail, kind, lower_note)
    if kind == "employer" and _looks_like_event(subject):
        kind = "event"
    if kind == "event" and subject.casefold() in _NOT_NAMES:
        subject = ""
    prep = found.groupdict().get("prep") or "at"
    if kind == "event" and prep.casefold() in {"in", "on"} and not tail.casefold().startswith("the ") \
            and not _looks_like_event(subject):
        subject = ""  # "we met in Auckland": a place, not an event
    return kind, subject, start


def find_claims(note: str) -> list[Claim]:
    """Return the claims of shared history that a connection note makes, in the note's order."""
    text = "\n".join(normalise_text(line) for line in (note or "").splitlines())
    lower_note = not any(c.isupper() for c in text)
    found: list[tuple[int, int, Claim]] = []
    for kind, vague_ok, pattern in _COMPILED:
        for match in pattern.finditer(text):
            claim_kind, subject, start = _read_match(kind, match, text, lower_note)
            clause_end = _CLAUSE_END.search(text, match.end())
            end = min(clause_end.start() if clause_end else len(text), match.end() + 120)
            future = claim_kind == "event" and _FUTURE.search(text, match.start(), end)
            vetoed = text.startswith("?", end) or (_VETO is not None and _VETO.search(text[max(0, start - 30): start]))
            if (subject or vague_ok) and not future and not vetoed:
                found.append((start, end, Claim(claim_kind, subject, text[start:end].strip())))
    return _keep_distinct(found)


def _keep_distinct(found: list[tuple[int, int, Claim]]) -> list[Claim]:
    """Drop repeats of one (kind, subject) and vague claims that overlap a claim already kept."""
    kept: list[tuple[int, int, Claim]] = []
    seen: set[tuple[str, str]] = set()
    for start, end, claim in sorted(found, key=lambda item: (not item[2].subject, item[0])):
        key = (claim.kind, fold_text(claim.subject))
        overlaps = any(start < other_end and other_start < end for other_start, other_end, _ in kept)
        if (claim.subject and key in seen) or (not claim.subject and overlaps):
            continue
        seen.add(key)
        kept.append((start, end, claim))
    return [claim for _, _, claim in sorted(kept, key=lambda item: item[0])]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold_text(text))


def _mentions(subject: str, text: str, year: int | None) -> bool:
    """True when `text` holds every word of `subject`: short words (acronyms) and numbers exactly, longer ones
    inside a compound ("TechWeek" ~ "Tech Week") or within a typo (rapidfuzz ratio >= FUZZY_THRESHOLD).
    "CIO Summit" is in "CIO Summit Auckland 2024 - Day 1"; it is not in "CISO Summit"."""
    wanted = [w for w in _words(subject) if w not in _FILLER]
    have = _words(text)
    joined, letters = "".join(have), "".join(w for w in wanted if not w.isdigit())
    if not letters or not all(w in have or (year and str(year).endswith(w)) for w in wanted if w.isdigit()):
        return False  # a year in the claim must be the meeting's, or in its title
    return (len(letters) >= 5 and letters in joined) or all(
        w in have if len(w) <= 4 else w in joined or max(fuzz.ratio(w, h) for h in have) >= FUZZY_THRESHOLD
        for w in wanted if not w.isdigit())


def _check_calendar(claim: Claim, meetings: Sequence[Meeting], sender_name: str) -> ClaimCheck:
    """Event and project claims: a meeting whose title (and, for events, location) names the subject."""
    if not claim.subject:
        return ClaimCheck(claim, False, _VAGUE[claim.kind])
    if not meetings:
        return ClaimCheck(claim, False, "can't check: no calendar added")
    place = claim.kind == "event"  # an event may be named by a meeting's location too
    hits = [m for m in meetings if _mentions(claim.subject, m.title + (f" {m.location}" if place else ""),
                                             m.started_at.year if m.started_at else None)]
    if not hits:
        return ClaimCheck(claim, False, f"no trace of '{claim.subject}' in your calendar")
    sender = normalise_name(sender_name)
    ranked = [(any(a.name and match_names(sender, normalise_name(a.name)) for a in m.attendees),
               m.started_at.date() if m.started_at else date.min, m) for m in hits]
    attended, when, best = max(ranked, key=lambda item: item[:2])  # the sender's meetings first, then the latest
    summary = f"claim verified by your calendar: '{best.title.strip()}'" + (f" {when}" if best.started_at else "")
    return ClaimCheck(claim, True, summary + (f", with {sender_name.strip()}" if attended else ""))


def _check_employer(claim: Claim, positions: Sequence[Position]) -> ClaimCheck:
    if not claim.subject:
        return ClaimCheck(claim, False, _VAGUE["employer"])
    if not positions:
        return ClaimCheck(claim, False, "can't check: no positions added")
    for job in positions:
        if companies_agree(claim.subject, job.company):
            end = job.finished_on.year if job.finished_on else "now"
            span = f" {job.started_on.year}-{end}" if job.started_on else ""
            summary = f"claim verified by your positions: you worked at {job.company.strip()}{span}"
            return ClaimCheck(claim, True, summary)
    return ClaimCheck(claim, False, f"no trace of {claim.subject} in your positions")


def _describe_sources(people: Sequence[KnownPerson], joiner: str) -> str:
    """"contacts or mail": the kinds of source the people came from, in a fixed order."""
    words = [_RELATION_WORDS[r] for r in _RELATION_WORDS if any(p.relation == r for p in people)]
    words += sorted({p.relation for p in people if p.relation not in _RELATION_WORDS})
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {joiner} {words[-1]}"


def _check_person(claim: Claim, people: Sequence[KnownPerson]) -> ClaimCheck:
    named = normalise_name(claim.subject)
    if not named.first or not named.last:
        return ClaimCheck(claim, False, f"mentions {claim.subject}: can't check a first name alone")
    if not people:
        return ClaimCheck(claim, False, "can't check: no contacts or mail added")
    usable = [p for p in people if not (p.relation == "correspondent" and p.sent == 0)]  # mail only from them
    hits = [p for p in usable if p.name and match_names(named, normalise_name(p.name))]
    if not hits:
        return ClaimCheck(claim, False, f"no trace of {claim.subject} in your {_describe_sources(people, 'or')}")
    mails = sum(p.sent + p.received for p in hits if p.relation == "correspondent")
    summary = f"claim verified by your {_describe_sources(hits, 'and')}: {hits[0].name.strip()}"
    return ClaimCheck(claim, True, summary + (f" ({mails} e-mails)" if mails else ""))


def check_claims(claims: Sequence[Claim], meetings: Sequence[Meeting], people: Sequence[KnownPerson],
                 positions: Sequence[Position], sender_name: str = "") -> list[ClaimCheck]:
    """Check each claim against the user's calendar, known people and positions; say what was consulted.

    `sender_name` only adds ", with <sender>" and prefers meetings the sender attended; it never decides
    whether a claim is verified.
    """
    return [_check_calendar(claim, meetings, sender_name) if claim.kind in ("event", "project")
            else _check_employer(claim, positions) if claim.kind == "employer" else _check_person(claim, people)
            for claim in claims]
