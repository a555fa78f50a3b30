"""Reply signals: named, weighted, explainable rules over a sender's answer to "how have we met?".

They look at the reply text, and may compare it with the original invitation note and the sender's
headline (never the sender's name or location). Hits reuse `SignalHit` from `signals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Iterable

from linkscreen.core import signals as intent
from linkscreen.core.signal_vocabulary import OPPORTUNITY
from linkscreen.core.pattern_sets import PatternSet, scan_text
from linkscreen.core.signals import SignalHit, normalise_text, shorten

ECHO_MIN_WORDS = 5
ECHO_SHARE = 0.8
MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
          r"jun|jul|aug|sept|sep|oct|nov|dec)")
EVENTS = (r"(?:conference|conf|summit|meetup|meet-up|expo|forum|event|workshop|webinar|panel|hackathon|dinner|"
          r"breakfast|luncheon|lunch|drinks|launch|training|course|bootcamp|session|seminar|symposium|festival|awards|"
          r"roundtable|trade ?show|user group|keynote|talk|fair|retreat|offsite|off-site|gala|farewell|wedding|party|"
          r"bbq|barbecue)s?")
CAPITALISED = (r"(?!(?:We|They|He|She|It|You|This|That|Someone|Somebody|LinkedIn|The|My|Our|Your|His|Her|Their|I)\b)"
               r"(?-i:[A-Z])")  # a capitalised word that is not a pronoun or article: a person's name
VAGUE = r"(?!(?:a|an|some|one of the|one of those|any)\b)"  # "met at a conference" is no context
NEGATION = r"(?:\b(?:never|not|no|nor|não|nao|pas|nicht)|n't)(?: \w{1,25}){0,2}"  # "we have never worked together"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ReplyText:
    """What a reply signal may look at: the reply, the original note and the sender's headline."""

    reply: str = ""
    invitation_message: str = ""
    sender_headline: str = ""


class ReplySignal:
    """Base class: one named, weighted rule about a reply. Subclasses set the constants and `detect`."""

    NAME: str = ""
    WEIGHT: float = 0.0
    DESCRIPTION: str = ""
    OUTCOMES: tuple[str, ...] = ()  # taxonomy outcome ids this signal points towards
    LABEL: str = ""

    def detect(self, text: ReplyText) -> SignalHit | None:
        """Return a hit when this signal fires on the reply, else None."""
        raise NotImplementedError

    def make_hit(self, reason: str, evidence: str) -> SignalHit:
        """Build this signal's hit with the given reason and evidence."""
        return SignalHit(self.NAME, self.WEIGHT, reason, evidence)


class ReplyPatternSignal(ReplySignal):
    """Fires when one of its own PATTERNS, or one of the DELEGATES' intent patterns, matches the reply."""

    PATTERNS: tuple[str, ...] = ()
    DELEGATES: tuple[intent.PatternSignal, ...] = ()
    VETO_BEFORE: str = ""
    _patterns: ClassVar[PatternSet] = PatternSet(())

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._patterns = PatternSet(cls.PATTERNS, cls.VETO_BEFORE)

    def find_in(self, raw: str) -> str | None:
        """Return the first matched text in raw (own patterns first, then delegates), or None."""
        scan = scan_text(raw)
        found = self._patterns.find(scan)
        for delegate in self.DELEGATES:
            found = found or delegate.find_in(scan.text)
        return found

    def detect(self, text: ReplyText) -> SignalHit | None:
        evidence = self.find_in(text.reply)
        if not evidence:
            return None
        return self.make_hit(f'reply says "{shorten(evidence)}" ({self.LABEL})', evidence)


class ApologyAccident(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "APOLOGY_ACCIDENT", 0.9, "accident/apology"
    DESCRIPTION = "The reply says the request was a mistake: clicked by accident, wrong person, never mind."
    OUTCOMES = ("accidental",)
    PATTERNS = (
        r"by (?:accident|mistake|error)|in error", r"accident(?:al)?l?y|mistakenly|inadvertently|unintentionally",
        r"my (?:mistake|bad|error)", r"(?:wrong|different) (?:person|profile|name|[\w-]{1,15} (?:person|profile))",
        r"thought you were (?:someone|somebody|a different|another)|confused you with|mistook you|mixed you up|mix-?up",
        r"never ?mind|nvm",
        r"(?:ignore|decline|disregard|delete|remove|withdraw) (?:the |my |this )?(?:connection )?(?:request|"
        r"invitation|invite)", r"(?:pls|please) (?:ignore|disregard)(?: (?:it|that|this|me))?",
        r"(?:i'll|i will|let me) withdraw", r"didn'?t mean to (?:send|connect|click|add|invite)",
        r"(?:meant|was trying|wanted|tried) to (?:click|view|visit|open|see|look at|check|close|follow)",
        r"(?:don'?t|do not|dont) know (?:how|why) (?:that|this|it) (?:happened|got sent|was sent)|no (?:idea|clue) how",
        r"(?:kid|kids|toddler|son|daughter|cat|dog) (?:had|grabbed|got|was playing with) my phone",
        r"fat[- ]?finger(?:ed)?|mis-?click(?:ed)?|slip of the (?:finger|thumb)",
        r"(?:sorry|apologies|apologi[sz]e) for (?:the|any) (?:confusion|mix-?up|mistake|bother|trouble|inconvenience|"
        r"noise)", r"(?:sent|went|clicked) to the wrong",
        r"me equivoqu[eé]|fue un error|por error|par erreur|foi engano|por engano",
    )


class NoConnectionAdmitted(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "NO_CONNECTION_ADMITTED", 0.6, "admits no connection"
    DESCRIPTION = "The reply admits there is no shared history: we haven't met, we don't know each other."
    OUTCOMES = ("accidental", "pitch")
    PATTERNS = (
        r"(?:we|i)(?: have not| haven'?t| havent|'ve not| have never|'ve never| never| did not| didn'?t| do not|"
        r" don'?t) (?:actually |yet |really |personally |officially |directly )?(?:met|meet|worked|done business|"
        r"spoken|talked|crossed paths|interacted|known each other|been introduced)",
        r"(?:we )?(?:haven'?t|havent|have not)(?: (?:met|yet|actually))?(?=[ ,.!]{0,5}(?:but|sorry|tho|though)\b|"
        r"[,.!]|$)", r"not yet(?=[ ,.!]{0,5}(?:but|sorry)\b|[,.!])",
        r"(?:don'?t|do not) (?:think|believe) (?:that )?we(?:'ve| have)? (?:ever )?met",
        r"(?:i |we )?(?:don'?t|do not|dont) (?:think i |believe i |really )?know (?:you|u|each other)",
        r"(?:not|never) (?:yet )?had the pleasure", r"you (?:don'?t|do not) know me",
        r"(?:can'?t|cannot|don'?t) remember how we (?:know|met)",
        r"no (?:prior |previous |direct |real |personal )?(?:connection|relationship|contact|link) (?:between us|yet|"
        r"before)", r"(?:we are|we're) not (?:connected|acquainted)|(?:total|complete) strangers?|a stranger",
        r"(?:just|only) (?:came across|found|saw|stumbled on) your profile",
        r"no nos conocemos|n[ãa]o nos conhecemos|on ne se conna[iî]t pas|nous ne nous connaissons pas",
    )


class CommercialPurpose(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "COMMERCIAL_PURPOSE", 0.8, "commercial purpose"
    DESCRIPTION = "The reply reveals a selling purpose: services, a demo, a call, pricing or working together."
    OUTCOMES = ("pitch",)
    DELEGATES = (intent.PitchPhrases(), intent.CallRequest(), intent.SellerRapport())
    PATTERNS = (
        r"(?:introduce|present|tell you about|show you) (?:you to )?(?:our|my) (?:services?|company|agency|solutions?|"
        r"platform|products?|offering|business|work)",
        r"(?:our|my) (?:services|solutions|platform|products|offering|agency|consultancy)",
        r"pric(?:ing|es)|price list|quot(?:e|ation)|proposal|discount|special offer",
        r"(?:a )?(?:call|meeting|chat) (?:next|this) (?:week|month)",
        r"(?:we|i) (?:provide|offer|sell|deliver|specialise in|specialize in) (?:[\w-]{1,20} ){0,3}(?:services|"
        r"solutions|software|consulting|support|development|marketing|training)",
        r"(?:potential|possible|future) (?:partnership|collaboration|business|synergies)",
        r"(?:could|can|might|would love to|hope to|chance to|explore|see if we can) (?:work|working|partner|"
        r"partnering|collaborate|do business) (?:together|with you)",
        r"(?:help|support) (?:you|your (?:team|company|business|organi[sz]ation)) (?:with|to|in)",
        r"(?:we|i) (?:sell|install|supply|resell|distribute|ghostwrite)",
        r"best (?:price|prices|rates?|deal)|(?:\d{1,2} ?%|percent) off|(?:cheap|competitive|special|"
        r"discounted) (?:rates?|prices?|pricing)|got (?:you|u) a deal",
        r"spots? left|worth a (?:chat|call|look)|partner (?:with|w) us|(?:initial|free) consult(?:ation)?|site visit|"
        r"i can help", r"(?:send|share) (?:you )?(?:a copy|a presentation|a deck|a brochure|our deck)",
        r"nuestra (?:plataforma|empresa|soluci[oó]n)|nossa (?:plataforma|empresa|solu[cç][aã]o)|notre (?:plateforme|"
        r"solution|entreprise)",
    )


class RecruitingPurpose(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "RECRUITING_PURPOSE", 0.8, "recruiting purpose"
    DESCRIPTION = "The reply reveals a recruiting purpose: roles, candidates, or keeping the recipient in mind."
    OUTCOMES = ("pitch",)
    DELEGATES = (intent.CandidatePush(), intent.RoleForYou(), intent.RecruiterSelfIntro())
    PATTERNS = (
        r"keep (?:you|your profile|your details|in touch about) (?:in mind|on (?:my|our) (?:radar|books|list|"
        r"database)|posted)", r"on (?:my|our) radar",
        rf"(?:future|upcoming|suitable|relevant|new|exciting) (?:roles|positions|{OPPORTUNITY}|vacancies|openings|"
        rf"jobs)", r"(?:my|our) (?:candidates|talent pool|candidate pool)", r"candidates?",
    )


class ReplyLink(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "REPLY_LINK", 0.4, "link"
    DESCRIPTION = "The reply contains a web address or asks the recipient to visit a site."
    OUTCOMES = ("pitch",)
    DELEGATES = (intent.Link(),)


class JobSeekingReply(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "JOB_SEEKING_REPLY", 0.7, "job-seeking ask"
    DESCRIPTION = "The reply asks for a job, a referral or an opening, or offers a CV: a self-interested purpose."
    OUTCOMES = ("pitch",)
    DELEGATES = (intent.JobSeekingAsk(),)
    PATTERNS = (
        r"keep me in mind|between (?:contracts|jobs|roles)|if (?:ur|your) [\w-]{1,20} needs? anyone",
    )


class ScamBait(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "SCAM_BAIT", 0.9, "bait"
    DESCRIPTION = "The reply moves off LinkedIn, dangles money, flatters, or asks for fees or personal details."
    OUTCOMES = ("pitch",)
    DELEGATES = (intent.OffPlatformContact(), intent.ContactDetails(), intent.MoneyBait(),
                 intent.FeeOrDetailsRequest(), intent.RomanceFlattery(), intent.TooGoodOffer())


class ScreenerManipulationReply(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "REPLY_SCREENER_MANIPULATION", 0.7, "instructions to a screener"
    DESCRIPTION = "The reply addresses an automated screener instead of answering the question."
    OUTCOMES = ("pitch",)
    DELEGATES = (intent.ScreenerManipulation(),)


class NetworkingOnly(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "NETWORKING_ONLY", 0.4, "networking only"
    DESCRIPTION = "The reply's only reason is networking: growing a network, meeting peers, no particular reason."
    OUTCOMES = ("pitch", "accidental")
    DELEGATES = (intent.NetworkingTalk(),)
    PATTERNS = (
        r"just (?:wanted|want|wanting|trying|looking|like|liked) to (?:connect|network|expand|grow|build|add you)",
        r"(?:no|not (?:any|a)) (?:particular|specific|special) reason",
        r"(?:thought|think) (?:it )?(?:would|might|could) be (?:good|nice|great|useful|valuable) to (?:connect|"
        r"be connected)",
    )


class VagueReason(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "VAGUE_REASON", 0.4, "vague reason"
    DESCRIPTION = "The reply gives only a vague reason: mutual connections, same industry, LinkedIn suggested you."
    OUTCOMES = ("accidental", "pitch")
    PATTERNS = (
        r"(?:we have|we've got|we share|saw we have|noticed we have|you have) (?:[\w-]{1,15} ){0,2}(?:mutual|common|"
        r"shared) (?:connections|contacts|friends)",
        r"(?:same|similar|related) (?:industry|field|sector|space|line of work|area|interests)",
        r"(?:linkedin|the algorithm|the app) (?:suggested|recommended|showed|proposed)", r"people you may know",
        r"(?:suggested|recommended) (?:connections?|profiles?)|popped up|came up (?:in|on|as)|showed up (?:in|on)",
        r"(?:your|ur) profile (?:looked|seemed|was) (?:interesting|impressive|relevant)",
        r"(?:admire|admired|impressed by|inspired by) your (?:profile|career|journey|experience|work)",
    )


class EventContext(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "EVENT_CONTEXT", 0.8, "met at an event"
    DESCRIPTION = "The reply places the meeting at an event: a conference, meetup, workshop, panel or dinner."
    OUTCOMES = ("context_given",)
    VETO_BEFORE = NEGATION
    PATTERNS = (
        rf"(?:met|meet|spoke|chatted|talked|saw you|heard you|sat|were|was|attended|presented|bumped into (?:you|"
        rf"each other)) (?:[\w-]{{1,15}} ){{0,4}}(?:at|during|after|in|on) {VAGUE}(?:the |your |"
        rf"our )?(?:[\w&'.:/-]{{1,25}} ){{0,5}}{EVENTS}",
        r"(?:your|the) (?:talk|presentation|keynote|session|panel|workshop|demo) (?:at|during|on) [\w-]{1,30}",
        rf"at the (?:[\w&'.:-]{{1,25}} ){{0,4}}{EVENTS} (?:in|last|this|on|earlier|yesterday)",
        # an event or place by its name, the shortest real answer: "we met at ITx", "met at Webstock 2023"
        rf"(?:we|i|you) (?:met|spoke|chatted|talked) (?:at|during) {CAPITALISED}[\w&'.-]{{1,30}}",
    )


class SharedEmployer(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "SHARED_EMPLOYER", 0.8, "shared employer/team"
    DESCRIPTION = "The reply names a shared employer or team: worked together, were colleagues, reported to you."
    OUTCOMES = ("context_given",)
    VETO_BEFORE = NEGATION
    PATTERNS = (
        r"(?:we|you and i|you and me|both of us) (?:both |also )?(?:worked|overlapped|started) (?:together )?(?:at|"
        r"for|in|with|on)", rf"(?:we|you and i) (?:were|was) (?:both )?(?:at|with) {CAPITALISED}[\w&'-]{{1,30}}",
        r"(?:both|also) worked (?:at|for|in)",
        rf"(?:when|while) (?:we|you and i|i) (?:were|was) (?:both )?(?:at|with) {CAPITALISED}[\w&'-]{{1,30}}",
        r"(?:colleagues?|co-?workers?|teammates?|team ?mates?) (?:at|in|on|from) [\w&-]{1,30}", r"worked together",
        r"(?:i was|i used to be) (?:in|on) your (?:team|squad|department|project)",
        r"(?:in|on) the same (?:team|department|squad)",
        r"you (?:were|used to be) my (?:manager|boss|lead|team lead|mentor|colleague|director|supervisor)",
        r"i (?:reported|used to report|worked) (?:to|for|under) you",
    )


class MutualPerson(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "MUTUAL_PERSON", 0.8, "named mutual contact"
    DESCRIPTION = "The reply names a mutual person who suggested or introduced the contact."
    OUTCOMES = ("context_given",)
    PATTERNS = (
        rf"{CAPITALISED}[\w'-]{{1,20}}(?: {CAPITALISED}[\w'-]{{1,20}})? (?:suggested|recommended|mentioned|told me|"
        rf"said|introduced|referred|put me in touch|passed on|gave me)",
        r"(?:introduced|referred) (?:me |us )?(?:to you )?(?:by|through|via) [\w'-]{1,30}",
        rf"^(?:it was )?(?:through|via|thru) {CAPITALISED}[\w'-]{{1,20}}(?: {CAPITALISED}[\w'-]{{1,20}})?",
        r"(?:mutual|common) (?:friend|colleague|contact|acquaintance)(?!s? connections)",
        r"(?:friend|colleague|client|partner|boss|manager) of (?:mine|yours)",
        r"(?:put|connected) (?:us|me) (?:in touch|together)",
        rf"(?:your|my) (?:colleague|friend|brother|sister|wife|husband|partner|cousin|manager|boss|"
        rf"mentor) {CAPITALISED}[\w'-]{{1,20}}",
        r"from (?:our|your|the|ur) (?:[\w-]{1,20} ){0,2}(?:office|team|batch|class|school|kura|church|club|department|"
        r"company) (?:said|gave|told|suggested|mentioned|asked|passed)", r"gave me (?:your|ur) (?:name|details|number)",
        r"(?:said|told me) (?:to )?(?:msg|message|contact|reach out to|talk to|connect with) (?:u|you)",
        r"said (?:u|you) (?:might|could|would) (?:help|be able|know)",
    )


class MeetingOrProject(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "MEETING_OR_PROJECT", 0.6, "specific meeting/project/place"
    DESCRIPTION = "The reply names a specific meeting, project, deal or place the two shared."
    OUTCOMES = ("context_given",)
    VETO_BEFORE = NEGATION
    PATTERNS = (
        r"(?:worked|collaborated|partnered|teamed up) (?:together |with you )?on [\w-]{1,30}",
        r"(?:the|your|our|that) (?:[\w&'-]{1,25} ){0,3}(?:project|migration|implementation|roll-?out|upgrade|"
        r"programme|program|tender|rfp|rfi|bid|contract|deal|engagement|pilot|proof of concept|poc|integration|"
        r"deployment|initiative)",
        r"(?:our|the|that) (?:meeting|call|workshop|session|interview|catch-?up|coffee|lunch|dinner|zoom|"
        r"teams call) (?:on|last|in|at|about|with|back)",
        r"(?:you|your team|your company) (?:bought|purchased|signed|engaged|hired|contracted|licensed|chose|selected)",
        r"(?:i|we) (?:sold|supplied|delivered|provided|implemented|built|installed|"
        r"supported) (?:[\w-]{1,20} ){0,3}(?:to|for) (?:you|your)",
        r"(?:at|in) the (?:office|cafe|café|coffee shop|library|gym|club|church|school|playground|pool|airport|lounge)",
        r"neighbou?rs?|(?:our|my) (?:kids|children|sons|daughters)",
        r"(?:same|your) (?:building|street|floor|co-?working space|gym|church|school|class|course|cohort)",
        r"(?:u|you) (?:were|was) (?:my|the|our) (?:[\w-]{1,20} ){0,2}(?:manager|boss|lead|tutor|teacher|lecturer|"
        r"coach|mentor|landlord|supervisor|trainer|instructor|captain|client|customer)",
        r"i was (?:ur|your) [\w-]{2,20}", r"i was the (?:[\w-]{1,20} ){1,3}(?:at|from|on|for|who|during)",
        r"(?:we|you and i|u and i) (?:both )?(?:played|volunteered|studied|trained|sang|rowed|pulled|went|"
        r"organi[sz]ed|served|coached)",
        r"same (?:batch|class|cohort|year|course|team|hostel|flat|school|uni|church|club|gym|flight|table)",
        r"(?:took|answered|handled|fixed) (?:your|ur) (?:call|ticket|request|order|booking)",
        r"(?:sat|sitting) next to (?:u|you)",
        r"nos conocimos|trabajamos juntos|trabalhamos juntos|nos conhecemos (?:no|na|em)|travaill[ée] ensemble|"
        r"nous nous sommes rencontr[ée]s",
    )


class DateReference(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "DATE_REFERENCE", 0.3, "a date"
    DESCRIPTION = "The reply anchors its story in time: a year, a month, last week, a few months ago."
    OUTCOMES = ("context_given",)
    PATTERNS = (
        r"(?:last|this past|earlier this|the other) (?:week|month|year|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|spring|summer|autumn|fall|winter|quarter|weekend|night|day)", r"yesterday",
        rf"(?:in|on|since|during|last|early|mid|late|back in) {MONTHS}(?: \d{{4}})?",
        rf"{MONTHS} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?", rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTHS}",
        r"(?:in|from|since|around|back in|during|between|circa) (?:19|20)\d\d",
        r"(?:19|20)\d\d ?(?:-|to) ?(?:(?:19|20)?\d\d|present|now)", r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})",
        rf"{CAPITALISED}[\w&'.-]{{1,30}},? (?:19|20)\d\d",  # a name and its year: "ITx 2024", "Datacom, 2015"
        r"(?:a|one|two|three|few|a few|couple of|several|\d{1,2}) (?:days|weeks|months|years) ago",
    )


class PeerReason(ReplyPatternSignal):
    NAME, WEIGHT, LABEL = "PEER_REASON", 0.6, "specific peer reason"
    DESCRIPTION = "The reply gives a specific non-commercial reason: your post or talk, a shared community, a question."
    OUTCOMES = ("context_given",)
    DELEGATES = (intent.RecipientWorkReference(), intent.Community(), intent.PeerQuestion())


class CommercialSender(ReplySignal):
    NAME, WEIGHT, LABEL = "COMMERCIAL_SENDER", 0.3, "commercial role"
    DESCRIPTION = "The sender's headline names a recruiting or sales role, so a vague reply likely hides a pitch."
    OUTCOMES = ("pitch",)
    _DETECTORS = (intent.HeadlineRecruiter(), intent.HeadlineSales())

    def detect(self, text: ReplyText) -> SignalHit | None:
        for detector in self._DETECTORS:
            evidence = detector.find_in(text.sender_headline)
            if evidence:
                return self.make_hit(f'sender headline says "{shorten(evidence)}" ({detector.LABEL})', evidence)
        return None


class ReplyEchoesNote(ReplySignal):
    NAME, WEIGHT, LABEL = "REPLY_ECHOES_NOTE", 0.5, "repeats the note"
    DESCRIPTION = "The reply mostly repeats the invitation note's words: a template, not an answer."
    OUTCOMES = ("pitch",)

    def detect(self, text: ReplyText) -> SignalHit | None:
        reply_words = _WORD.findall(normalise_text(text.reply).casefold())
        note_words = set(_WORD.findall(normalise_text(text.invitation_message).casefold()))
        if len(reply_words) < ECHO_MIN_WORDS or not note_words:
            return None
        share = sum(word in note_words for word in reply_words) / len(reply_words)
        if share < ECHO_SHARE:
            return None
        evidence = normalise_text(text.reply)
        reason = f'reply "{shorten(evidence)}" repeats the invitation note ({share:.0%} of its words)'
        return self.make_hit(reason, evidence)


REPLY_SIGNAL_CLASSES: tuple[type[ReplySignal], ...] = (
    ApologyAccident, NoConnectionAdmitted, CommercialPurpose, RecruitingPurpose, JobSeekingReply, ReplyLink, ScamBait,
    ScreenerManipulationReply, NetworkingOnly, VagueReason, EventContext, SharedEmployer, MutualPerson,
    MeetingOrProject, DateReference, PeerReason, CommercialSender, ReplyEchoesNote,
)


def build_reply_registry(classes: Iterable[type[ReplySignal]]) -> dict[str, ReplySignal]:
    """Return NAME -> instance in the given order; refuse duplicate or missing names."""
    registry: dict[str, ReplySignal] = {}
    for cls in classes:
        if not cls.NAME or cls.NAME in registry:
            raise ValueError(f"reply signal name missing or duplicated: {cls.__name__} {cls.NAME!r}")
        registry[cls.NAME] = cls()
    return registry


REPLY_SIGNALS: dict[str, ReplySignal] = build_reply_registry(REPLY_SIGNAL_CLASSES)


def detect_reply_signals(reply: str, invitation_message: str = "", sender_headline: str = "") -> list[SignalHit]:
    """Return every reply signal that fires, in registry order."""
    text = ReplyText(reply or "", invitation_message or "", sender_headline or "")
    hits = (signal.detect(text) for signal in REPLY_SIGNALS.values())
    return [hit for hit in hits if hit is not None]
