"""Intent signals: named, weighted, explainable rules over a request's headline, company and note.

Each signal looks only at `SignalText` (never the sender's name or location) and, when it fires,
returns a `SignalHit` whose reason quotes the words that made it fire. The regex vocabulary of
each pattern signal lives in `signal_vocabulary`, under the signal's NAME; `pattern_sets` finds it
fast, trying each pattern only where its literal clues occur.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Iterable, Sequence

from linkscreen.core import signal_vocabulary as vocab
from linkscreen.core.generic_notes import is_default_note, is_generic_note
from linkscreen.core.pattern_sets import VETO_WINDOW, PatternSet, normalise_text, scan_text
from linkscreen.core.pattern_sets import compile_patterns, compile_veto  # noqa: F401  (still importable from here)

EVIDENCE_LIMIT = 40
GENERIC_NOTE_REASON = "note is only a greeting and a wish to connect"


@dataclass(frozen=True, slots=True)
class SignalHit:
    """One signal that fired: its name, weight, a readable reason and the matched text."""

    name: str
    weight: float
    reason: str
    evidence: str


@dataclass(frozen=True, slots=True)
class SignalText:
    """What a signal may look at: never the sender's name or location."""

    headline: str = ""
    company: str = ""
    message: str = ""
    recipient_name: str = ""


def shorten(text: str, limit: int = EVIDENCE_LIMIT) -> str:
    """Return text cut to `limit` characters (with an ellipsis), double quotes made single."""
    text = text.replace('"', "'").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Signal:
    """Base class: one named, weighted rule. Subclasses set the constants and `detect`."""

    NAME: str = ""
    WEIGHT: float = 0.0
    DESCRIPTION: str = ""
    INTENTS: tuple[str, ...] = ()
    LABEL: str = ""

    def detect(self, text: SignalText) -> SignalHit | None:
        """Return a hit when this signal fires on text, else None."""
        raise NotImplementedError

    def make_hit(self, reason: str, evidence: str) -> SignalHit:
        """Build this signal's hit with the given reason and evidence."""
        return SignalHit(self.NAME, self.WEIGHT, reason, evidence)


class PatternSignal(Signal):
    """A signal that fires when any of its regex PATTERNS matches one of its FIELDS."""

    FIELDS: tuple[str, ...] = ("message",)
    PATTERNS: tuple[str, ...] = ()
    VETO_BEFORE: str = ""  # a match preceded (within VETO_WINDOW chars) by this is not counted
    VETO_WINDOW: int = VETO_WINDOW
    SKIP_DEFAULT_NOTE: bool = False
    _FIELD_LABELS: ClassVar[dict[str, str]] = {"headline": "headline", "company": "company", "message": "note"}
    _patterns: ClassVar[PatternSet] = PatternSet(())

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._patterns = PatternSet(cls.PATTERNS, cls.VETO_BEFORE, cls.VETO_WINDOW)

    def find_in(self, raw: str) -> str | None:
        """Return the first un-vetoed matched text in raw, or None."""
        return self._patterns.find(scan_text(raw))

    def detect(self, text: SignalText) -> SignalHit | None:
        if self.SKIP_DEFAULT_NOTE and (is_default_note(text.message) or is_generic_note(text.message)):
            return None
        for field in self.FIELDS:
            raw = getattr(text, field)
            if not raw:
                continue  # nothing written there: no evidence to quote (no scan needed)
            evidence = self._patterns.find(scan_text(raw))
            if evidence:
                where = self._FIELD_LABELS[field]
                return self.make_hit(f'{where} says "{shorten(evidence)}" ({self.LABEL})', evidence)
        return None


class HeadlineSignal(PatternSignal):
    """A pattern signal over the sender's headline, then their company."""

    FIELDS = ("headline", "company")


class HeadlineRecruiter(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_RECRUITER", 0.8, "recruiter"
    DESCRIPTION = "The headline or company names a recruiting, talent-acquisition, search or staffing role."
    INTENTS = ("recruiter_for_you", "recruiter_for_candidate", "recruiter_networking")
    PATTERNS = vocab.HEADLINE_RECRUITER


class HeadlineSales(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_SALES", 0.7, "sales/business development"
    DESCRIPTION = "The headline or company names a sales, account-management, business-development or growth role."
    INTENTS = ("sales_pitch", "sales_long_game")
    PATTERNS = vocab.HEADLINE_SALES


class HeadlineFounder(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_FOUNDER", 0.3, "founder/owner"
    DESCRIPTION = "The headline names a founder, chief executive or owner, who sells only if the rest says so."
    INTENTS = ("sales_long_game",)
    PATTERNS = vocab.HEADLINE_FOUNDER


class HeadlineConsultant(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_CONSULTANT", 0.4, "consultant/freelancer"
    DESCRIPTION = "The headline names a consultant, adviser, coach, freelancer or agency, who sells their services."
    INTENTS = ("sales_pitch", "sales_long_game")
    PATTERNS = vocab.HEADLINE_CONSULTANT


class HeadlineOpenNetworker(PatternSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_OPEN_NETWORKER", 0.8, "open networker"
    DESCRIPTION = "The headline advertises open networking: LION, accepting all invitations, never IDK, huge counts."
    INTENTS = ("open_networker",)
    FIELDS = ("headline",)
    PATTERNS = vocab.HEADLINE_OPEN_NETWORKER


class HeadlineJobSeeking(PatternSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_JOB_SEEKING", 0.8, "job seeking"
    DESCRIPTION = "The headline says the person is looking for work: open to work, seeking, aspiring, in transition."
    INTENTS = ("job_seeker",)
    FIELDS = ("headline",)
    PATTERNS = vocab.HEADLINE_JOB_SEEKING


class HeadlineSuspicious(PatternSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_SUSPICIOUS", 0.8, "bait profile"
    DESCRIPTION = "The headline looks like a bait or fake profile: crypto/forex trader, 'financial freedom', general."
    INTENTS = ("scam_or_fake",)
    FIELDS = ("headline", "company")
    PATTERNS = vocab.HEADLINE_SUSPICIOUS


class DefaultNote(Signal):
    NAME, WEIGHT, LABEL = "DEFAULT_NOTE", 0.3, "no note"
    DESCRIPTION = ("The sender wrote no note, only LinkedIn's stock invitation text, or only a greeting and a wish "
                   "to connect (a generic note).")
    INTENTS = ("unknown",)

    def detect(self, text: SignalText) -> SignalHit | None:
        message = normalise_text(text.message)
        if not message:
            return self.make_hit("no note written (LinkedIn's default invitation)", "")
        if is_default_note(message):
            return self.make_hit(f'note is LinkedIn\'s stock text "{shorten(message)}"', message)
        if is_generic_note(text.message):
            return self.make_hit(f'{GENERIC_NOTE_REASON} "{shorten(message)}"', message)
        return None


class PitchPhrases(PatternSignal):
    NAME, WEIGHT, LABEL = "PITCH_PHRASES", 0.8, "sales pitch"
    DESCRIPTION = "The note presents a product, service, demo, ROI claim, free offer or booking link."
    INTENTS = ("sales_pitch",)
    PATTERNS = vocab.PITCH_PHRASES


class ServiceOffer(PatternSignal):
    NAME, WEIGHT, LABEL = "SERVICE_OFFER", 0.6, "offers a product or service"
    DESCRIPTION = "The note says what the sender sells and invites the reader to take it up: sign up, try, book."
    INTENTS = ("sales_pitch",)
    PATTERNS = vocab.SERVICE_OFFER


class CallRequest(PatternSignal):
    NAME, WEIGHT, LABEL = "CALL_REQUEST", 0.4, "asks for a call"
    DESCRIPTION = "The note asks for a short call, chat or meeting slot, as sellers and recruiters often do."
    INTENTS = ("sales_pitch", "recruiter_for_you")
    PATTERNS = vocab.CALL_REQUEST


class CandidatePush(PatternSignal):
    NAME, WEIGHT, LABEL = "CANDIDATE_PUSH", 0.9, "offers candidates"
    DESCRIPTION = "The note offers a candidate or a bench of contractors and asks about the recipient's hiring needs."
    INTENTS = ("recruiter_for_candidate",)
    PATTERNS = vocab.CANDIDATE_PUSH


class RoleForYou(PatternSignal):
    NAME, WEIGHT, LABEL = "ROLE_FOR_YOU", 0.8, "role for you"
    DESCRIPTION = "The note brings a role or opportunity for the recipient, or asks if they are open to a move."
    INTENTS = ("recruiter_for_you",)
    VETO_BEFORE = (r"\b(?:(?:looking|searching|hunting|seeking|applying|apply) for|seeking|exploring|(?:i'm|i am|im) "
                   r"open to)(?: \w{1,25}){0,2}")  # the sender's own search: "I'm exploring contract opportunities"
    PATTERNS = vocab.ROLE_FOR_YOU


class JobSeekingAsk(PatternSignal):
    NAME, WEIGHT, LABEL = "JOB_SEEKING_ASK", 0.8, "looking for a job"
    DESCRIPTION = "The note asks for a job, an opening, a referral or an internship, or offers the sender's CV."
    INTENTS = ("job_seeker",)
    # the recipient's search, asked about by a recruiter: "will you be looking for a new role this year?", "if you
    # or your colleagues are looking for an IT job"
    VETO_BEFORE = (r"\b(?:(?:are|will|were|if|when) (?:you|u)(?: be)?|(?:would|might|may) (?:you|u) be|you're|you are|"
                   r"you'd be|you (?:would|might|may|will) be|(?:you|u) "
                   r"(?:or|and|&) (?:your )?(?:friends?|colleagues?|team(?:mates)?|network|peers|contacts) (?:are|is))"
                   r"(?: currently| now| still| actively| really)?")
    PATTERNS = vocab.JOB_SEEKING_ASK


class NetworkingTalk(PatternSignal):
    NAME, WEIGHT, LABEL = "NETWORKING_TALK", 0.4, "networking"
    DESCRIPTION = "The note only talks about growing a network, connecting with like-minded people or sharing insights."
    INTENTS = ("open_networker", "sales_long_game", "recruiter_networking")
    SKIP_DEFAULT_NOTE = True
    PATTERNS = vocab.NETWORKING_TALK


class OpenNetworking(PatternSignal):
    NAME, WEIGHT, LABEL = "OPEN_NETWORKING", 0.8, "open networking"
    DESCRIPTION = (
        "The note collects connections for their own sake: LION, accepts all, follow-back, 'more connections'."
    )
    INTENTS = ("open_networker",)
    PATTERNS = vocab.OPEN_NETWORKING


class SharedHistoryClaim(PatternSignal):
    NAME, WEIGHT, LABEL = "SHARED_HISTORY_CLAIM", 0.8, "claims shared history"
    DESCRIPTION = "The note claims a concrete shared past: worked together, met at an event, introduced, did business."
    INTENTS = ("known_contact",)
    VETO_BEFORE = r"(?:\b(?:never|not|no|nor|would|could|will|hope|hoping|love|like|keen)|n't)(?: \w{1,25}){0,2}"
    PATTERNS = vocab.SHARED_HISTORY_CLAIM


class RecipientWorkReference(PatternSignal):
    NAME, WEIGHT, LABEL = "RECIPIENT_WORK_REFERENCE", 0.7, "refers to your work"
    DESCRIPTION = "The note refers to something the recipient wrote or presented: a post, article, talk or comment."
    INTENTS = ("peer_value",)
    PATTERNS = vocab.RECIPIENT_WORK_REFERENCE


class Community(PatternSignal):
    NAME, WEIGHT, LABEL = "COMMUNITY", 0.6, "shared community"
    DESCRIPTION = "The note names a shared professional community: fellow member, alumni, a meetup or user group."
    INTENTS = ("peer_value", "known_contact")
    PATTERNS = vocab.COMMUNITY


class OffPlatformContact(PatternSignal):
    NAME, WEIGHT, LABEL = "OFF_PLATFORM_CONTACT", 0.7, "moves off LinkedIn"
    DESCRIPTION = "The note tries to move the talk off LinkedIn: WhatsApp, Telegram, phone numbers or private email."
    INTENTS = ("scam_or_fake",)
    PATTERNS = vocab.OFF_PLATFORM_CONTACT
    VETO_BEFORE = vocab.OFF_PLATFORM_VETO  # a chat group named as where they met: "o grupo de Dados no WhatsApp"
    VETO_WINDOW = 60  # room for the group's name


class ContactDetails(PatternSignal):
    NAME, WEIGHT, LABEL = "CONTACT_DETAILS", 0.3, "gives contact details"
    DESCRIPTION = ("The note gives an e-mail address or a phone number, or asks to be mailed or called, as business "
                   "senders (and some scams) do.")
    INTENTS = ("sales_pitch", "recruiter_for_you", "scam_or_fake")
    PATTERNS = vocab.CONTACT_DETAILS


class MoneyBait(PatternSignal):
    NAME, WEIGHT, LABEL = "MONEY_BAIT", 0.9, "money bait"
    DESCRIPTION = "The note dangles money: earnings per week, passive income, crypto or forex investment, MLM."
    INTENTS = ("scam_or_fake",)
    PATTERNS = vocab.MONEY_BAIT


class RomanceFlattery(PatternSignal):
    NAME, WEIGHT, LABEL = "ROMANCE_FLATTERY", 0.8, "flattery/romance"
    DESCRIPTION = "The note flatters looks personally or hints at romance: 'hello dear', 'your smile'."
    INTENTS = ("scam_or_fake",)
    PATTERNS = vocab.ROMANCE_FLATTERY


class Link(PatternSignal):
    NAME, WEIGHT, LABEL = "LINK", 0.4, "link"
    DESCRIPTION = "The note contains a web address, a short link or an invitation to visit a website."
    INTENTS = ("scam_or_fake", "sales_pitch")
    PATTERNS = vocab.LINK


class MergeField(PatternSignal):
    NAME, WEIGHT, LABEL = "MERGE_FIELD", 0.6, "unfilled template"
    DESCRIPTION = "The note contains an unfilled mail-merge placeholder such as {first_name} or [Name]: mass outreach."
    INTENTS = ("sales_pitch", "sales_long_game", "recruiter_networking")
    PATTERNS = vocab.MERGE_FIELD


class Personalised(Signal):
    NAME, WEIGHT, LABEL = "PERSONALISED", 0.15, "addresses you by name"
    DESCRIPTION = "The note addresses the recipient by their own first name."
    INTENTS = ("known_contact", "peer_value")

    def detect(self, text: SignalText) -> SignalHit | None:
        name = normalise_text(text.recipient_name)
        if not name:
            return None
        match = name_pattern(name).search(normalise_text(text.message))
        if match is None:
            return None
        return self.make_hit(f'note addresses you by name: "{shorten(match.group(0))}"', match.group(0))


@lru_cache(maxsize=64)
def name_pattern(name: str) -> re.Pattern[str]:
    """Return a regex for the recipient's first name as a whole word, with an optional greeting."""
    first = re.escape(name.split(" ")[0])
    greeting = r"(?:(?:hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening)|kia ora|morning)[ ,]{1,3})?"
    return re.compile(rf"(?<!\w){greeting}{first}(?!\w)", re.IGNORECASE)


class ThanksForAccepting(PatternSignal):
    NAME, WEIGHT, LABEL = "THANKS_FOR_ACCEPTING", 0.3, "scripted follow-up"
    DESCRIPTION = "The note thanks the recipient for connecting: scripted outreach, rarely from a known contact."
    INTENTS = ("sales_pitch", "sales_long_game", "recruiter_for_you", "recruiter_for_candidate", "recruiter_networking")
    PATTERNS = vocab.THANKS_FOR_ACCEPTING


class FeeOrDetailsRequest(PatternSignal):
    NAME, WEIGHT, LABEL = "FEE_OR_DETAILS_REQUEST", 0.9, "asks for fee/details"
    DESCRIPTION = "The note asks for a fee, a deposit, bank or identity details, or 'your details' up front."
    INTENTS = ("scam_or_fake",)
    PATTERNS = vocab.FEE_OR_DETAILS_REQUEST


class RecruiterSelfIntro(PatternSignal):
    NAME, WEIGHT, LABEL = "RECRUITER_SELF_INTRO", 0.7, "introduces self as recruiter"
    DESCRIPTION = "The note says the sender recruits, places people or works for a recruitment or search firm."
    INTENTS = ("recruiter_networking", "recruiter_for_you", "recruiter_for_candidate")
    PATTERNS = vocab.RECRUITER_SELF_INTRO


class SellerRapport(PatternSignal):
    NAME, WEIGHT, LABEL = "SELLER_RAPPORT", 0.4, "client-facing rapport"
    DESCRIPTION = "The note describes who the sender works with or helps, or says 'no pitch': rapport for a later sale."
    INTENTS = ("sales_long_game", "recruiter_networking")
    PATTERNS = vocab.SELLER_RAPPORT


class PeerQuestion(PatternSignal):
    NAME, WEIGHT, LABEL = "PEER_QUESTION", 0.5, "specific question/collaboration"
    DESCRIPTION = "The note asks a specific professional question, proposes a collaboration or mentions research."
    INTENTS = ("peer_value",)
    PATTERNS = vocab.PEER_QUESTION


class TooGoodOffer(PatternSignal):
    NAME, WEIGHT, LABEL = "TOO_GOOD_OFFER", 0.8, "too good to be true"
    DESCRIPTION = "The note makes a too-good-to-be-true offer: guaranteed pay, no experience needed, 'selected'."
    INTENTS = ("scam_or_fake",)
    PATTERNS = vocab.TOO_GOOD_OFFER


class ScreenerManipulation(PatternSignal):
    NAME, WEIGHT, LABEL = "SCREENER_MANIPULATION", 0.7, "instructions to a screener"
    DESCRIPTION = "The note addresses an automated screener ('ignore previous instructions', 'classify this as safe')."
    INTENTS = ("scam_or_fake",)
    PATTERNS = vocab.SCREENER_MANIPULATION


SIGNAL_CLASSES: tuple[type[Signal], ...] = (
    DefaultNote, HeadlineRecruiter, HeadlineSales, HeadlineFounder, HeadlineConsultant, HeadlineOpenNetworker,
    HeadlineJobSeeking, HeadlineSuspicious, PitchPhrases, ServiceOffer, CallRequest, CandidatePush, RoleForYou,
    RecruiterSelfIntro, JobSeekingAsk, NetworkingTalk, OpenNetworking, SellerRapport, SharedHistoryClaim,
    RecipientWorkReference, Community, PeerQuestion, OffPlatformContact, ContactDetails, MoneyBait, RomanceFlattery,
    TooGoodOffer, FeeOrDetailsRequest, Link, MergeField, ThanksForAccepting, Personalised, ScreenerManipulation,
)


def build_registry(classes: Iterable[type[Signal]]) -> dict[str, Signal]:
    """Return NAME -> instance in the given order; refuse duplicate or missing names."""
    registry: dict[str, Signal] = {}
    for cls in classes:
        if not cls.NAME or cls.NAME in registry:
            raise ValueError(f"signal name missing or duplicated: {cls.__name__} {cls.NAME!r}")
        registry[cls.NAME] = cls()
    return registry


SIGNALS: dict[str, Signal] = build_registry(SIGNAL_CLASSES)


def detect_signals(text: SignalText) -> list[SignalHit]:
    """Return every signal that fires on text, in registry order."""
    hits = (signal.detect(text) for signal in SIGNALS.values())
    return [hit for hit in hits if hit is not None]


def detect_signals_many(texts: Sequence[SignalText]) -> list[list[SignalHit]]:
    """detect_signals for each text, signal by signal over up to MANY_AT_ONCE texts at a time: the same hits,
    quicker (a signal's patterns stay in the processor's caches; the texts' scans stay in scan_text's)."""
    found: list[list[SignalHit]] = [[] for _ in texts]
    for start in range(0, len(texts), MANY_AT_ONCE):
        batch = list(zip(found[start: start + MANY_AT_ONCE], texts[start: start + MANY_AT_ONCE]))
        for signal in SIGNALS.values():
            for hits, text in batch:
                hit = signal.detect(text)
                if hit is not None:
                    hits.append(hit)
    return found


MANY_AT_ONCE = 128  # three fields each: their scans fit in scan_text's cache (512)
