"""Intent signals: named, weighted, explainable rules over a request's headline, company and note.

Each signal looks only at `SignalText` (never the sender's name or location) and, when it fires,
returns a `SignalHit` whose reason quotes the words that made it fire.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

EVIDENCE_LIMIT = 40
GAP = r"(?:[^.!?]|\.(?=\w)){0,40}?"  # a short stretch of words inside one sentence
WORDS = r"(?:[\w'&/+-]{1,25} ){0,3}"  # up to three words, each followed by one space
OPPORTUNITY = r"op{1,2}[ou]r?tunit(?:y|ies|ys|es)"
RESUME = r"(?:cv|c\.v|resume|résumé|resumé|curriculum vitae)s?"
RECRUITER = r"re(?:cruit|cuit|crut|criut|qruit|ctuit)(?:er|ers|ment|ing|or|ors|s)?"
MINUTES = r"(?:\d{1,2}|five|ten|fifteen|twenty|thirty)[ -]?(?:min|mins|minute|minutes|minuets)"
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"',
                            "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
                            "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": ""})
_SPACES = re.compile(r"\s+")


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


@lru_cache(maxsize=512)
def normalise_text(text: str) -> str:
    """Return text with unicode folded (NFKC), straight quotes and dashes, and single spaces."""
    folded = unicodedata.normalize("NFKC", text or "").translate(_TRANSLATE)
    return _SPACES.sub(" ", folded).strip()


def shorten(text: str, limit: int = EVIDENCE_LIMIT) -> str:
    """Return text cut to `limit` characters (with an ellipsis), double quotes made single."""
    text = text.replace('"', "'").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def compile_patterns(patterns: Iterable[str]) -> re.Pattern[str]:
    """Compile alternatives into one case-insensitive regex that only matches whole words."""
    body = "|".join(f"(?:{pattern})" for pattern in patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


_STOCK_NOTE = re.compile(
    r"(?:(?:hi|hello|hey|dear)(?: [\w'-]{1,30}){0,2}[,!.]? ?)?"
    r"i(?:'d| would) like to (?:add you to my professional network|join your (?:linkedin |professional )?network"
    r"|connect with you)(?: on linkedin)?[.!]?(?: ?[-~] ?[^.!?]{0,60})?",
    re.IGNORECASE,
)


def is_default_note(message: str) -> bool:
    """True when the note is empty or only LinkedIn's stock invitation text."""
    text = normalise_text(message)
    return not text or _STOCK_NOTE.fullmatch(text) is not None


class Signal:
    """Base class: one named, weighted rule. Subclasses set the constants and `detect`."""

    NAME: str = ""
    WEIGHT: float = 0.0
    DESCRIPTION: str = ""
    INTENTS: tuple[str, ...] = ()
    LABEL: str = ""

    def detect(self, text: SignalText) -> SignalHit | None:
        raise NotImplementedError

    def make_hit(self, reason: str, evidence: str) -> SignalHit:
        """Build this signal's hit with the given reason and evidence."""
        return SignalHit(self.NAME, self.WEIGHT, reason, evidence)


class PatternSignal(Signal):
    """A signal that fires when any of its regex PATTERNS matches one of its FIELDS."""

    FIELDS: tuple[str, ...] = ("message",)
    PATTERNS: tuple[str, ...] = ()
    VETO_BEFORE: str = ""  # a match preceded (within 30 chars) by this is not counted
    SKIP_DEFAULT_NOTE: bool = False
    _FIELD_LABELS = {"headline": "headline", "company": "company", "message": "note"}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._regex = compile_patterns(cls.PATTERNS)
        cls._veto = re.compile(rf"(?:{cls.VETO_BEFORE})\W*$", re.IGNORECASE) if cls.VETO_BEFORE else None

    def find_in(self, raw: str) -> str | None:
        """Return the first un-vetoed matched text in raw, or None."""
        text = normalise_text(raw)
        for match in self._regex.finditer(text):
            if self._veto is None or not self._veto.search(text[max(0, match.start() - 30): match.start()]):
                return match.group(0)
        return None

    def detect(self, text: SignalText) -> SignalHit | None:
        if self.SKIP_DEFAULT_NOTE and is_default_note(text.message):
            return None
        for field in self.FIELDS:
            evidence = self.find_in(getattr(text, field) or "")
            if evidence:
                where = self._FIELD_LABELS[field]
                return self.make_hit(f'{where} says "{shorten(evidence)}" ({self.LABEL})', evidence)
        return None


class HeadlineSignal(PatternSignal):
    FIELDS = ("headline", "company")


class HeadlineRecruiter(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_RECRUITER", 0.8, "recruiter"
    DESCRIPTION = "The headline or company names a recruiting, talent-acquisition, search or staffing role."
    INTENTS = ("recruiter_for_you", "recruiter_for_candidate", "recruiter_networking")
    PATTERNS = (
        RECRUITER, r"talent (?:acquisitions?|aquisition)(?: (?:partner|lead|specialist|manager|advis[oe]r|consultant))?",
        r"talent (?:partner|advis[oe]r|sourcer|sourcing|scout|hunter|specialist|consultant|lead|business partner)", r"(?:ta|t\.a\.) (?:partner|lead|specialist|consultant|advisor)",
        r"exec(?:utive)? search", r"(?:retained|technical|tech|it) search", r"search (?:consultant|partner|associate)",
        r"head[- ]?hunt(?:er|ers|ing|ress)?", r"staffing", r"(?:talent |technical |tech )?sourcer", r"resourcer",
        r"resourcing (?:consultant|partner|specialist|manager|lead|team)", r"hiring for", r"we(?:'re| are) hiring",
        r"#hiring", r"bench sales", r"rpo", r"placement (?:consultant|specialist|officer|manager)",
        r"hays|randstad|adecco|manpower(?:group)?|michael page|page ?group|robert (?:half|walters)|kelly services|"
        r"korn ferry|spencer stuart|heidrick(?: & struggles)?|egon zehnder|russell reynolds",
    )


class HeadlineSales(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_SALES", 0.7, "sales/business development"
    DESCRIPTION = "The headline or company names a sales, account-management, business-development or growth role."
    INTENTS = ("sales_pitch", "sales_long_game")
    PATTERNS = (
        r"(?:pre-?)?sales(?:person|man|woman|people)?", r"(?:key )?account (?:executive|exec|manager|director|lead|"
        r"partner|representative|rep)s?", r"ae|bdm|bdr|sdr|bde|kam", r"business development|biz ?dev|bus dev",
        r"partnerships?", r"channel (?:manager|sales|partner manager|lead)", r"alliances? (?:manager|lead|director)",
        r"territory manager", r"client partner", r"(?:relationship|engagement) manager", r"customer success",
        r"growth (?:hacker|marketer|manager|lead|partner|consultant)", r"revenue (?:leader|officer|operations|growth)",
        r"go[- ]to[- ]market|gtm", r"(?:lead|demand) gen(?:eration)?|appointment sett(?:ing|er)",
        r"help(?:ing|s)? [\w&'-]{1,30}(?: [\w&'-]{1,30}){0,4} (?:to )?(?:grow|scale|increase|reduce|cut|save|"
        r"generate|win|close|achieve|boost|double|triple|10x|automate|unlock|drive|land|book|get more|hit)",
    )


class HeadlineFounderConsultant(HeadlineSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_FOUNDER_CONSULTANT", 0.4, "founder/consultant"
    DESCRIPTION = "The headline names a founder, owner, consultant, advisor, coach or freelancer, who often sells."
    INTENTS = ("sales_pitch", "sales_long_game")
    PATTERNS = (
        r"(?:co-?)?founder|founding partner", r"ceo|owner|proprietor|managing (?:director|partner)",
        r"consultant|consulting|consultancy", r"advis[oe]r|advisory", r"coach|coaching",
        r"agency (?:owner|founder|director|lead)", r"freelance(?:r)?", r"fractional (?:[a-z]{2,4}|chief \w{2,20})",
        r"self[- ]employed", r"(?:serial )?entrepreneur|solopreneur", r"independent (?:consultant|contractor|advis[oe]r)",
    )


class HeadlineOpenNetworker(PatternSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_OPEN_NETWORKER", 0.8, "open networker"
    DESCRIPTION = "The headline advertises open networking: LION, accepting all invitations, never IDK, huge counts."
    INTENTS = ("open_networker",)
    FIELDS = ("headline",)
    PATTERNS = (
        r"(?-i:LION)|l\.i\.o\.n\.?", r"open network(?:er|ers|ing)",
        r"accept(?:s|ing)? (?:all|every|any) (?:invit\w{0,8}|requests?|connections?(?: requests?)?)",
        r"(?:never|no|don'?t|won'?t|will not) (?:click |press |report )?idk", r"toplinked|top linked",
        r"\d{1,3}(?:[,.]\d{3})+\+? (?:connections|contacts)", r"\d{1,3} ?k\+(?: (?:connections|contacts|network))?",
        r"\d{1,3} ?k (?:connections|contacts)", r"(?:all )?(?:invites|invitations|connections) (?:welcome|accepted)",
        r"(?:happy|glad|love) to connect with (?:everyone|anyone|all)",
    )


class HeadlineJobSeeking(PatternSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_JOB_SEEKING", 0.8, "job seeking"
    DESCRIPTION = "The headline says the person is looking for work: open to work, seeking, aspiring, in transition."
    INTENTS = ("job_seeker",)
    FIELDS = ("headline",)
    PATTERNS = (
        r"#?open ?(?:to|for) ?work", rf"open (?:to|for) (?:new )?(?:{OPPORTUNITY}|roles|offers|positions|job offers)",
        rf"(?:seeking|looking for|searching for|in search of) {GAP}(?:{OPPORTUNITY}|roles?|positions?|jobs?|"
        r"employment|work|internships?|placements?|challenge|career)",
        r"actively (?:looking|seeking|searching|job hunting|applying)", r"aspiring [\w-]{2,30}",
        r"#?job ?seeker|#?hireme|#?lookingforwork", r"available (?:for|to) (?:work|hire|immediate start)",
        r"immediately available|available immediately", r"in transition|between (?:roles|jobs|positions)",
        r"career (?:break|changer|transition)", r"(?:recent|fresh|new) (?:graduate|grad)|fresher|unemployed",
    )


class HeadlineSuspicious(PatternSignal):
    NAME, WEIGHT, LABEL = "HEADLINE_SUSPICIOUS", 0.8, "bait profile"
    DESCRIPTION = "The headline looks like a bait or fake profile: crypto/forex trader, 'financial freedom', sugar, army general."
    INTENTS = ("scam_or_fake",)
    FIELDS = ("headline", "company")
    PATTERNS = (
        r"(?:crypto(?:currency)?|bitcoin|btc|forex|binary options?|nft|pips?) (?:trader|trading|investor|investment|"
        r"expert|mentor|coach|analyst|signals?|broker|account manager|mining|miner|specialist|advis[oe]r|educator)s?",
        r"forex|binary options", r"financial(?:ly)? free(?:dom)?|passive income|(?:6|7|six|seven|multi)[- ]figures?",
        r"millionaire|make money online", r"sugar (?:mommy|mummy|momma|mama|daddy|baby)",
        r"army general|general (?:in|of) the (?:u\.?s\.? )?army|(?:4|four)[- ]star general",
        r"(?:military|army|navy|un) (?:doctor|surgeon|nurse)", r"(?:doctor|surgeon) (?:on|aboard) (?:a |the )?(?:ship|vessel)",
        r"peace ?keeping mission|widow(?:er|ed)?|god[- ]fearing",
        r"(?:looking for|seeking) (?:my )?(?:soul ?mate|true love|love|a serious relationship|a life partner)",
        r"whats ?app|telegram",
    )


class DefaultNote(Signal):
    NAME, WEIGHT, LABEL = "DEFAULT_NOTE", 0.3, "no note"
    DESCRIPTION = "The sender wrote no note, or only LinkedIn's stock invitation text."
    INTENTS = ("unknown",)

    def detect(self, text: SignalText) -> SignalHit | None:
        message = normalise_text(text.message)
        if not message:
            return self.make_hit("no note written (LinkedIn's default invitation)", "")
        if is_default_note(message):
            return self.make_hit(f'note is LinkedIn\'s stock text "{shorten(message)}"', message)
        return None


class PitchPhrases(PatternSignal):
    NAME, WEIGHT, LABEL = "PITCH_PHRASES", 0.8, "sales pitch"
    DESCRIPTION = "The note asks for a demo, a call or a meeting, or presents a product, service or ROI claim."
    INTENTS = ("sales_pitch",)
    PATTERNS = (
        r"demos?", r"(?:quick|short|brief|intro|introductory|discovery) (?:call|chat|meeting|zoom|conversation)",
        rf"{MINUTES}(?: of your time)?", r"our (?:platform|solutions?|products?|services?|software|tool|offering|app|"
        r"technology|agency|consultancy|saas|team can|team helps)", r"(?:companies|businesses|organi[sz]ations|teams|firms) like yours",
        r"we help (?:companies|businesses|organi[sz]ations|teams|firms|brands|leaders|cios|ctos|enterprises|startups|"
        r"agencies|clients)(?: like)?", r"roi", r"(?:cut|reduce|lower|slash|save|increase|boost|improve)(?: [\w-]{1,20}){0,4} by "
        r"(?:up to )?\d{1,3} ?%", r"save (?:up to )?\d{1,3} ?%", r"free (?:[\w-]{1,20} )?(?:audit|trial|assessment|consult(?:ation)?|pilot|appraisal|valuation|estimate|evaluation|analysis|"
        r"health ?check|demo|review|quote|proposal|strategy session)", r"book (?:a|some) (?:time|call|slot|meeting|demo)",
        r"calend[ae]r (?:link|invite)|calendly", r"(?:schedule|set up|arrange|hop on|jump on|grab) (?:a|some) (?:call|meeting|"
        r"time|zoom|chat)", r"show you (?:how|what)", r"introduce (?:you to )?(?:our|my) (?:company|services?|platform|"
        r"solutions?|products?|agency|team)", r"case stud(?:y|ies)|pricing|no obligation|synerg(?:y|ies)",
        r"(?:we are|we're|i represent|i work for|i'm with) (?:a|an) (?:leading|top|premier|trusted|award[- ]winning|global|"
        r"boutique|fast[- ]growing|specialist)", r"(?:outsourc(?:e|ed|ing)|offshore|nearshore) (?:partner|services|development|company)",
        r"(?:discuss|explore|see) how we (?:can|could)", r"(?:more|qualified) (?:leads|appointments|meetings)",
    )


class CandidatePush(PatternSignal):
    NAME, WEIGHT, LABEL = "CANDIDATE_PUSH", 0.9, "offers candidates"
    DESCRIPTION = "The note offers a candidate or a bench of contractors and asks about the recipient's hiring needs."
    INTENTS = ("recruiter_for_candidate",)
    PATTERNS = (
        rf"i(?: represent| am representing|'m representing){GAP} (?:candidate|developer|engineer|consultant|architect|"
        r"contractor|analyst|professional|manager|specialist|tester|designer|expert)s?",
        r"(?:available|bench|pre-?vetted|vetted|pre-?screened|dedicated|offshore) (?:consultants|contractors|developers|"
        r"candidates|resources|engineers|talent|devs|testers|profiles)", r"on (?:my|our) bench",
        r"(?:hiring|recruitment|recruiting|staffing|resourcing|talent) (?:needs|requirements|plans)",
        r"any (?:open |current |upcoming )?(?:requirements|reqs)", r"send (?:you |over |across ){0,3}(?:some )?"
        rf"(?:profiles|{RESUME}|candidates)", rf"share (?:some |a few |relevant )?(?:profiles|{RESUME}|candidates)",
        r"(?:my|our|a) (?:candidate|consultant|contractor)s? (?:is|are|who) (?:currently )?(?:available|looking|keen|"
        r"interested|open)", r"candidate of mine", r"staff(?:ing)? aug(?:mentation)?", r"c2c|corp[- ]to[- ]corp|w2|h-?1b",
        r"(?:supply|supplying) (?:[\w.#+-]{1,20} ){0,3}(?:contractors|developers|engineers|consultants|talent|staff)",
        r"(?:provide|providing|offer) (?:pre-?vetted |top |skilled |experienced |certified ){0,2}"
        r"(?:contractors|developers|engineers|consultants|candidates|talent|testers|staff)",
    )


class RoleForYou(PatternSignal):
    NAME, WEIGHT, LABEL = "ROLE_FOR_YOU", 0.8, "role for you"
    DESCRIPTION = "The note brings a role or opportunity for the recipient, or asks if they are open to a move."
    INTENTS = ("recruiter_for_you",)
    VETO_BEFORE = r"(?:looking|searching|hunting|seeking|applying|apply) for(?: \w+){0,2}|seeking(?: \w+){0,2}"
    PATTERNS = (
        rf"(?:exciting|great|unique|fantastic|interesting|amazing|excellent|rare|confidential|career|leadership) {OPPORTUNITY}",
        r"(?:of interest to you|interest you|suit you|be a (?:good|great|perfect|strong) (?:fit|match) for you)",
        r"(?:your|ur) (?:background|experience|profile|skill ?set|skills|expertise|track record) (?:would|is|looks|seems|"
        r"caught|stood|stands|matches|aligns|fits|really)", r"(?:confidential|discreet|exploratory|informal|private) "
        r"(?:chat|conversation|discussion|call|talk)", r"(?:my|our|a) client (?:is |are )?(?:currently )?(?:looking|seeking|"
        r"searching|hiring|recruiting|building|growing|expanding)", r"would you be (?:open|interested|keen) (?:to|in) (?:a|an|"
        r"hearing|exploring|discussing|learning|new|considering|chatting|talking)", rf"open to (?:new )?(?:{OPPORTUNITY}|roles|"
        r"a move|a new challenge|a change|offers)\?", r"jd|job description", r"(?:i am|i'm|we are|we're) (?:currently )?"
        r"(?:recruiting|hiring|headhunting) (?:for )?(?:a|an)", rf"(?:i|we)(?: have|'ve got| have got| am working on|'m working on|"
        rf" are working on|'re working on) (?:a|an){GAP} (?:role|position|{OPPORTUNITY}|vacancy|search|mandate|assignment|opening)",
        r"your next (?:career )?(?:move|step|challenge|role)", r"thought of you", r"(?:salary|package|remuneration|day rate) "
        r"(?:of|up to|is|range|\$|£|€)", rf"(?:permanent|perm|contract|fixed[- ]term|interim) (?:role|position|{OPPORTUNITY})",
        rf"reach(?:ing)? out (?:to you )?(?:about|regarding|re) (?:a|an) (?:\w+ )?(?:role|position|{OPPORTUNITY})",
    )


class JobSeekingAsk(PatternSignal):
    NAME, WEIGHT, LABEL = "JOB_SEEKING_ASK", 0.8, "looking for a job"
    DESCRIPTION = "The note asks for a job, an opening, a referral or an internship, or offers the sender's CV."
    INTENTS = ("job_seeker",)
    PATTERNS = (
        r"(?:looking|searching|hunting|seeking|applying) (?:for )?(?:a |an |new |my next |the next |next |any |suitable |"
        r"full[- ]time |part[- ]time |entry[- ]level |graduate |junior |remote |job |work ){0,3}(?:jobs?|roles?|positions?|"
        rf"{OPPORTUNITY}|work|employment|internships?|placements?|vacanc(?:y|ies)|openings?)"
        r"(?! to (?:connect|discuss|collaborate|share|meet|chat|network))",
        r"(?:i'm|i am|currently|now|actively) (?:exploring|open to|considering|looking at) (?:new |other |fresh )?"
        rf"(?:roles|{OPPORTUNITY}|positions|jobs|career options)",
        r"job[- ]?(?:hunting|hunt|search|searching|seeker)", r"refer (?:me|my)|(?:a|your) referral|recommend me (?:for|to)",
        rf"(?:my|attached|attaching|enclosed|updated) (?:updated |latest |recent )?{RESUME}",
        rf"{RESUME} (?:attached|enclosed|for your (?:review|reference|consideration))",
        rf"any (?:job |current |open |suitable )?(?:openings?|vacanc(?:y|ies)|positions?|{OPPORTUNITY}) (?:in|at|within|for me)",
        r"any (?:job )?openings", r"internships?", r"(?:are you|is your (?:team|company|organi[sz]ation)) (?:currently )?"
        r"(?:hiring|recruiting)", r"consider(?:ed)? (?:me )?for (?:a|an|the|any) (?:role|position|job|opening|vacancy|internship)",
        r"consider me", r"#?open ?to ?work", r"(?:laid off|made redundant|let go)", r"(?:recent|fresh|new) (?:graduate|grad)|fresher",
        r"help me (?:find|get|land|secure) (?:a |an )?(?:job|role|position|work|internship)",
        r"(?:interested in|keen on|keen to join|like to join|love to join|apply for|applied for|applying for) (?:(?:a|an|the|any) )?"
        r"(?:role|position|job|opening|vacancy|internship|your team|your company|your organi[sz]ation)",
    )


class NetworkingTalk(PatternSignal):
    NAME, WEIGHT, LABEL = "NETWORKING_TALK", 0.4, "networking"
    DESCRIPTION = "The note only talks about growing a network, connecting with like-minded people or sharing insights."
    INTENTS = ("open_networker", "sales_long_game", "recruiter_networking")
    SKIP_DEFAULT_NOTE = True
    PATTERNS = (
        r"(?:grow|grows|growing|expand|expanding|build|building|broaden|broadening|extend|extending|widen|widening|"
        r"strengthen|increase|increasing) (?:my|our) (?:professional |linkedin |business )?network(?:s|ing)?",
        r"like[- ]minded", r"the more the merrier", r"(?:share|sharing|exchange|exchanging) (?:some |a few |my |our )?(?:insights|ideas|knowledge|"
        r"experiences|thoughts|best practices?)", r"(?:always )?(?:keen|happy|eager|glad|love|like|looking) to connect with "
        r"(?:other |fellow |senior |more )?(?:leaders|professionals|people|peers|experts|executives|folks|individuals|"
        r"colleagues|it|tech|technology|industry)", r"(?:i|we|it)(?: would|'d) (?:love|like|be (?:great|nice|good|happy)) to (?:connect|"
        r"network|be connected)", r"stay (?:connected|in touch)|mutually beneficial", r"(?:let's|lets|let us) (?:connect|network|grow)",
        r"(?:in|across) the (?:same )?(?:industry|sector|space|field)", r"(?:mutual|common) connections", r"networking",
    )


class SharedHistoryClaim(PatternSignal):
    NAME, WEIGHT, LABEL = "SHARED_HISTORY_CLAIM", 0.8, "claims shared history"
    DESCRIPTION = "The note claims a concrete shared past: worked together, met at an event, introduced by someone, did business."
    INTENTS = ("known_contact",)
    VETO_BEFORE = r"(?:never|not|n't|no|nor)(?: \w+){0,2}"
    PATTERNS = (
        r"worked together|work(?:ed|ing)? with you (?:at|on|in|when|back|before|during|for)",
        r"(?:great|good|nice|fun|pleasure|a pleasure) (?:working|collaborating) with you",
        r"we (?:both )?(?:worked|studied|served|volunteered) (?:together )?(?:at|in|on|for|with)",
        r"we (?:met|spoke|chatted|talked|crossed paths|sat|were introduced) (?:briefly |recently |earlier )?(?:at|during|in|"
        r"on|last|yesterday|after|over|through|via|this|today|earlier)",
        r"(?:good|great|nice|lovely|a pleasure|pleasure) (?:to )?(?:see|seeing|meet|meeting|catch up|catching up|chat|"
        r"chatting|talk|talking|speaking) (?:with )?(?:you )?(?:at|during|yesterday|today|last|earlier|the other day|again|"
        r"in person|on)", r"(?:nice|great|good|lovely) (?:meeting|seeing|chatting with|talking to|catching up with) you",
        r"introduced (?:me )?(?:by|through|via)|introduced us", r"[\w-]{1,20}'s (?:cousin|brother|sister|friend|colleague|partner|wife|husband|son|daughter|flatmate|neighbou?r|mate)",
        r"(?:he|she|they) (?:said|mentioned|told me) (?:that )?you", r"(?:suggested|recommended|mentioned) (?:that )?(?:you|your name)|(?:suggested|recommended|advised) (?:that )?(?:i|we) "
        r"(?:get in touch|connect|reach out|contact|speak|talk|say hi|link up)", r"(?:former|old|ex-?|previous|past) "
        r"(?:colleague|co-?worker|team ?mate|classmate|boss|manager|client|customer|supplier|student)s?",
        r"(?:colleagues|classmates|teammates) (?:at|from|in)", r"we did business|(?:did|done) business (?:together|with you)",
        r"(?:bought|purchased|ordered) (?:\w+ ){0,2}from (?:you|your)", r"(?:at|from) (?:[\w-]{1,20} )?(?:school|uni|university|college)"
        r" together|studied together|(?:were|was|studied|worked|played|served) (?:[\w-]{1,20} ){1,4}together", r"(?:on|in) the same (?:team|project|board|course|cohort|class|floor)",
        r"thanks? (?:you )?(?:again )?for (?:the|your|our) (?:chat|call|talk|meeting|help|presentation|session|advice|"
        r"coffee|lunch|intro|introduction|conversation|hospitality)", r"(?:following up|follow up) (?:on|from) our|as (?:we )?"
        r"discussed|per our (?:call|conversation|chat|discussion|meeting)", r"(?:after|following|further to) our (?:chat|call|"
        r"conversation|meeting|discussion|talk)", r"remember me|long time no see|it(?:'s| has) been (?:a while|ages|too long|"
        r"years)|since we last", r"you (?:interviewed|hired|managed|mentored|taught|coached|supervised) me|i (?:reported|"
        r"used to report) to you", r"you (?:were|used to be) my (?:manager|boss|mentor|lecturer|teacher|tutor|lead|colleague)",
    )


class RecipientWorkReference(PatternSignal):
    NAME, WEIGHT, LABEL = "RECIPIENT_WORK_REFERENCE", 0.7, "refers to your work"
    DESCRIPTION = "The note refers to something the recipient wrote, said or presented (a post, article, talk or comment)."
    INTENTS = ("peer_value",)
    _WORKS = (r"(?:posts?|articles?|talk|presentation|blog(?: post)?|paper|comments?|piece|podcast|newsletter|book|keynote|"
              r"panel|webinar|thread|video|session|answer|repo(?:sitory)?|research|write-?up|essay|lecture|speech|interview)")
    PATTERNS = (
        r"(?:read|saw|seen|enjoyed|loved|liked|came across|noticed|watched|heard|listened to|attended|found|followed|"
        rf"following|appreciated) your (?:[\w-]{{1,20}} ){{0,2}}{_WORKS}",
        rf"your (?:{_WORKS}|remarks|point|take|thoughts|insights) (?:on|about|at|regarding|re|around|last|yesterday|from)",
        r"agree(?:d)? with your|your point (?:about|on|that)|(?:as|like) you (?:said|wrote|mentioned|pointed out)",
        r"(?:listened|listening) to you (?:on|at|speak)|heard you (?:speak|talk|on|at)",
        r"you (?:spoke|presented|wrote|posted|shared|commented) (?:at|on|about|in|recently|yesterday|last)",
    )


class Community(PatternSignal):
    NAME, WEIGHT, LABEL = "COMMUNITY", 0.6, "shared community"
    DESCRIPTION = "The note names a shared professional community: fellow member, alumni, a meetup, user group or forum."
    INTENTS = ("peer_value", "known_contact")
    _GROUPS = r"(?:meetup|meet-up|user group|forum|chapter|community|conference|network|group|society|association|guild|hackathon|club)"
    PATTERNS = (
        r"fellow (?:member|alum|alumnus|alumna|alumni|attendee|speaker|volunteer|organi[sz]er|panell?ist|mentor|board member|"
        r"graduate|student|classmate|cio|cto|ciso|it|tech|engineer|developer|architect|leader|manager|practitioner|"
        r"rustacean|pythonista|contributor|maintainer|toastmaster)s?",
        rf"(?:meetup|meet-up|user group|forum|chapter|community|guild|society|association|club) (?:i|we) (?:run|organi[sz]e|"
        r"host|co-?organi[sz]e|lead|founded|started|chair|attend)",
        rf"(?:i|we) (?:run|organi[sz]e|host|co-?organi[sz]e|lead|chair|co-?host|started|founded) (?:the |a |an |our ){GAP}{_GROUPS}s?",
        r"user ?groups?|meet-?ups?|alumn(?:i|us|a|ae)", r"(?:same|your) (?:forum|group|community|association|society|"
        r"chapter|club|alma mater)", r"(?:both|also) (?:members?|part) of", rf"(?:both|also) (?:on|in) (?:the |a ){GAP}(?:group|forum|committee|board|council|network|chapter|community|association)", rf"members? of the {GAP}(?:forum|association|"
        r"society|institute|chapter|council|community|network|user group)",
        r"iitp|isaca|ieee|acm|pmi|bcs|owasp|toastmasters|ietf|w3c", r"open[- ]source (?:project|community|contributors?)",
    )


class OffPlatformContact(PatternSignal):
    NAME, WEIGHT, LABEL = "OFF_PLATFORM_CONTACT", 0.7, "moves off LinkedIn"
    DESCRIPTION = "The note tries to move the conversation off LinkedIn: WhatsApp, Telegram, phone numbers or private email."
    INTENTS = ("scam_or_fake",)
    PATTERNS = (
        r"wh?at'?s ?ap+|whatapp|whtsapp|whats@pp|wa\.me", r"tele?gram|t\.me/\w{1,40}",
        r"signal (?:app|messenger|number)", r"we ?chat|weixin|viber|kakao ?talk|line id|kik",
        r"(?:text|call|message|msg|ring|reach|contact|email|e-mail|mail|write|ping|dm) me (?:at|on|via|through|directly|privately)",
        r"my (?:personal |private |direct )?(?:email|e-mail|mail|number|phone|cell|mobile|contact|handle|id)(?: address| number)?"
        r"(?: is|:)", r"(?:send|drop) me an? (?:email|e-mail|mail|text|sms)", r"(?:personal|private) (?:email|e-mail|chat|number)",
        r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}", r"\+ ?\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,5}){2,4}",
        r"\(?0\d{1,4}\)?[ .-]?\d{3,4}[ .-]?\d{3,4}",
    )


class MoneyBait(PatternSignal):
    NAME, WEIGHT, LABEL = "MONEY_BAIT", 0.9, "money bait"
    DESCRIPTION = "The note dangles money: earnings per week, passive income, crypto or forex investment, MLM."
    INTENTS = ("scam_or_fake",)
    PATTERNS = (
        r"(?:earn|earning|earned|make|making|made|generate|generating|profit|profited|receive)(?: up to| over| about| around)? "
        r"[$£€₦]? ?\d[\d,.]{0,12} ?(?:k|usd|dollars|pounds|euros|btc|usdt)?(?: (?:a|per|each|every) (?:day|week|month|"
        r"hour|trade)| weekly| daily| monthly)", r"(?:passive|residual|extra|second) income|side (?:income|hustle)",
        rf"investment (?:{OPPORTUNITY}|plans?|platform|scheme|package)", r"invest (?:with|in) (?:me|us|crypto|bitcoin|forex|my)",
        r"crypto(?:currency|currencies)?|bitcoins?|btc|usdt|ethereum|forex|binary options?",
        r"(?:daily|weekly|monthly|guaranteed|huge|massive|consistent) (?:profits?|returns?|income|payouts?|roi)",
        r"\d{1,4} ?% (?:daily|weekly|monthly|guaranteed|profit|returns?)", r"financial(?:ly)? free(?:dom)?|be your own boss",
        r"mlm|multi[- ]level marketing|network marketing|downline", rf"business (?:{OPPORTUNITY}|proposal|deal)|get rich|lucrative",
        r"double your (?:money|investment|income)", r"trading (?:platform|account|expert|mentor|signals|strategy|bot)",
    )


class RomanceFlattery(PatternSignal):
    NAME, WEIGHT, LABEL = "ROMANCE_FLATTERY", 0.8, "flattery/romance"
    DESCRIPTION = "The note flatters looks or profile in a personal way, or hints at romance ('hello dear', 'your smile')."
    INTENTS = ("scam_or_fake",)
    _LOOKS = r"(?:handsome|beautiful|gorgeous|stunning|cute|pretty|lovely|attractive|charming|sexy)"
    PATTERNS = (
        rf"(?:you(?:'re| are| look)|u r|so|very|really|such a|what a) (?:\w+ )?{_LOOKS}", r"handsome|sexy",
        rf"{_LOOKS} (?:man|woman|lady|gentleman|face|smile|eyes|looks?|picture|photo|pic|girl|guy|soul)",
        r"(?:my|hello|hi|hey|oh) (?:dear|dearest|darling|sweetheart|honey)|dear (?:friend|one|beloved)|dearest|sweetheart|"
        r"darling|sweetie|babe", r"your (?:lovely |beautiful |nice |charming |sweet |warm |amazing )?(?:smile|eyes|face|looks)",
        r"(?:saw|seen|came across|found|viewed|checked|went through|noticed) (?:your|ur) profile (?:and|&) (?:i )?(?:was|got|"
        r"am|became|felt|fell|couldn't)", r"(?:impressed|attracted|captivated|amazed|drawn) (?:by|with|to) (?:your|ur) "
        r"(?:profile|smile|looks?|photo|picture|pic|beauty|personality|face)", r"(?:your|ur) (?:profile )?(?:picture|photo|pic)s?", r"(?:your|ur) (?:linkedin )?profile (?:is|looks) (?:very |so |really |quite )?"
        r"(?:impressive|amazing|attractive|nice|beautiful|wonderful)",
        r"(?:i am|i'm|am) (?:a )?(?:single|widow|widower|divorced)|are you (?:single|married)|single (?:mom|mum|dad|father|"
        r"mother|lady|woman|man|parent)", r"(?:looking for|seeking|find) (?:a )?(?:true )?(?:love|friendship|soul ?mate|"
        r"life partner|serious relationship|good friend|new friend)", r"get to know (?:you|each other) (?:better|more|well)",
        r"kind[- ]hearted|god[- ]fearing|caring and loving|loving and caring",
    )


class Link(PatternSignal):
    NAME, WEIGHT, LABEL = "LINK", 0.4, "link"
    DESCRIPTION = "The note contains a web address, a short link or an invitation to visit a website."
    INTENTS = ("scam_or_fake", "sales_pitch")
    PATTERNS = (
        r"https?://\S{1,200}", r"www\.\S{1,200}", r"(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|lnkd\.in|ow\.ly|rb\.gy|cutt\.ly|"
        r"is\.gd|tiny\.cc|shorturl\.at)/\S{1,60}", r"(?<![@\w.-])(?!(?:asp|vb|ado)\.net\b)[a-z0-9][\w-]{1,62}(?:\.[a-z0-9-]{1,63})"
        r"{0,3}\.(?:com|net|org|io|ai|biz|info|xyz|app|site|online|store|shop|top|club|live|dev|tech|co\.nz|co\.uk|com\.au)"
        r"(?:/\S{0,100})?", r"check (?:out )?(?:my|our) (?:website|site|page|portfolio|channel|link|blog)",
        r"visit (?:my|our) (?:website|site|page|channel)", r"link in (?:my )?bio", r"click (?:on )?(?:the|this|my) link",
    )


class MergeField(PatternSignal):
    NAME, WEIGHT, LABEL = "MERGE_FIELD", 0.6, "unfilled template"
    DESCRIPTION = "The note contains an unfilled mail-merge placeholder such as {first_name} or [Name]: mass outreach."
    INTENTS = ("sales_pitch", "sales_long_game", "recruiter_networking")
    _FIELD = (r"(?:first[ _]?name|firstname|last[ _]?name|lastname|full[ _]?name|name|company(?:[ _]?name)?|job[ _]?title|"
              r"title|role|position|city|location|industry|recipient|contact|prospect|your[ _]?name|school|fname|lname)")
    PATTERNS = (r"\{\{? ?[\w .-]{1,30}? ?\}\}?", rf"\[ ?{_FIELD} ?\]", rf"< ?{_FIELD} ?>", r"%[a-z_]{2,30}%", rf"#{_FIELD}#")


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
    NAME, WEIGHT, LABEL = "THANKS_FOR_ACCEPTING", 0.5, "templated follow-up"
    DESCRIPTION = "The note thanks the recipient for accepting before they have: a pre-written outreach sequence."
    INTENTS = ("sales_pitch", "sales_long_game", "recruiter_networking")
    PATTERNS = (
        r"(?:thanks?|thank you|thx|thnx|tks|ty|many thanks|appreciate(?: you)?)(?: so much| very much| a lot)? (?:for )?"
        r"(?:connecting|accepting|adding me|the connect(?:ion)?|the add|linking|being connected|accepting my (?:invite|"
        r"invitation|request|connection(?: request)?))", r"(?:glad|happy|great|nice|good|delighted|pleased) (?:that )?"
        r"(?:we(?:'re| are)|to be|we got) (?:now )?connected", r"now that we(?:'re| are) connected",
    )


class FeeOrDetailsRequest(PatternSignal):
    NAME, WEIGHT, LABEL = "FEE_OR_DETAILS_REQUEST", 0.9, "asks for fee/details"
    DESCRIPTION = "The note asks for a fee, a deposit, bank or identity details, or 'your details' up front."
    INTENTS = ("scam_or_fake",)
    PATTERNS = (
        r"(?:registration|processing|application|training|visa|onboarding|admin|administrative|activation|clearance|"
        r"certification|release|delivery|courier|shipping|handling|interview) fees?",
        r"(?:pay|paying|send|transfer) (?:a |the |small |token |refundable ){0,2}(?:fee|deposit|payment)",
        r"(?:send|provide|share|forward|submit|give) (?:me |us )?(?:your|ur) (?:full |personal |contact |bank(?:ing)? |home |"
        r"complete )?(?:details|information|info|address|full name|phone number|date of birth|dob|passport|ssn)",
        r"bank(?:ing)? (?:details|account|information|info|login)|account (?:number|details)|routing number|iban|swift code|"
        r"sort code", r"passport(?: number| copy| details| photo)?", r"(?:national |photo )?id (?:card|number|copy)|"
        r"drivers?'? licen[cs]e|social security|ssn|date of birth", r"gift ?cards?|western union|moneygram|wire transfer|"
        r"upfront (?:payment|fee)|(?:refundable|security) deposit",
    )


class RecruiterSelfIntro(PatternSignal):
    NAME, WEIGHT, LABEL = "RECRUITER_SELF_INTRO", 0.7, "introduces self as recruiter"
    DESCRIPTION = "The note says the sender recruits, places people or works for a recruitment or search firm."
    INTENTS = ("recruiter_networking", "recruiter_for_you", "recruiter_for_candidate")
    PATTERNS = (
        rf"(?:i am|i'm|im|i work as|working as) (?:a |an |the )?{WORDS}(?:re(?:cruit|cuit|crut|criut|qruit)er|head-?hunter|"
        r"talent acquisition|talent partner|sourcer|resourcer)", r"i (?:recruit|place|headhunt|source) (?:for|in|across|within|"
        r"into|senior|technical|tech|it|technology|top|exec(?:utive)?s?|leadership|c-level|permanent|contract|software|data|"
        r"digital|cloud|cyber|engineering|developers|engineers)", r"(?:i|we) (?:specialise|specialize|focus|work) (?:in|on) "
        r"(?:the )?(?:recruitment|recruiting|placement|placing|talent acquisition|executive search|headhunting|staffing)",
        r"(?:our|my|a|an) (?:recruitment|recruiting|staffing|search|headhunting) (?:agency|firm|consultancy|business|company|"
        r"practice|desk|team)", r"(?:help|helping|partner with|partnering with|support|supporting) (?:companies|"
        r"organi[sz]ations|businesses|clients|startups|firms|teams) (?:to )?(?:hire|find|attract|recruit)",
    )


class SellerRapport(PatternSignal):
    NAME, WEIGHT, LABEL = "SELLER_RAPPORT", 0.4, "client-facing rapport"
    DESCRIPTION = "The note describes who the sender works with or helps, or says 'no pitch': rapport for a later sale."
    INTENTS = ("sales_long_game", "recruiter_networking")
    _WHO = (r"(?:leaders|leadership teams|executives|cios|ctos|cisos|cfos|ceos|decision[- ]makers|directors|organi[sz]ations|"
            r"companies|businesses|enterprises|clients|customers|councils|agencies|startups|brands|retailers|banks|insurers)")
    PATTERNS = (
        rf"(?:i|we) (?:work|partner|collaborate|engage) (?:closely )?(?:with|across|alongside) (?:[\w-]{{1,20}} ){{0,2}}{_WHO}",
        rf"(?:i|we) (?:help|support|advise|assist|enable|empower) (?:[\w-]{{1,20}} ){{0,2}}{_WHO}",
        r"(?:learn more about|hear about|understand) (?:your|what your) (?:priorities|challenges|plans|roadmap|strategy|"
        r"initiatives)", r"(?:no|not a) (?:sales )?pitch|not (?:trying|here) to sell|no hard sell",
        r"(?:add|bring|offer) value",
    )


class PeerQuestion(PatternSignal):
    NAME, WEIGHT, LABEL = "PEER_QUESTION", 0.5, "specific question/collaboration"
    DESCRIPTION = "The note asks a specific professional question, proposes a collaboration or mentions research."
    INTENTS = ("peer_value",)
    PATTERNS = (
        r"(?:have|ask|asking|ask you) (?:a |one )?(?:quick |short )?question (?:about|on|regarding|re)",
        rf"questions? (?:about|on|regarding) (?:your|the){GAP} (?:post|article|talk|project|library|repo|approach|paper|"
        r"research|migration|setup|process)", r"(?:collaborat\w{1,6}|co-author|co-present|partner up) (?:on|with you on) "
        r"(?:a |an |the )?(?:open[- ]source|research|paper|talk|project|study|book|panel|event)",
        r"(?:i'm|i am|we're|we are) (?:researching|writing (?:a|my) (?:thesis|dissertation|paper|book)|doing (?:a|my) "
        r"(?:phd|masters|master's|thesis|dissertation|study|survey))", r"(?:phd|thesis|dissertation|research project) (?:on|about|into)",
        r"how did you (?:find|handle|approach|manage|deal with|go about|decide)|curious (?:how|whether|what) you",
        r"(?:working|work) on (?:a )?similar (?:problem|project|challenge|migration|issue)",
        r"(?:would|could) (?:value|appreciate|love) your (?:input|thoughts|perspective|opinion|feedback|advice|view)",
    )


class TooGoodOffer(PatternSignal):
    NAME, WEIGHT, LABEL = "TOO_GOOD_OFFER", 0.8, "too good to be true"
    DESCRIPTION = "The note makes a too-good-to-be-true offer: guaranteed pay, no experience needed, you've been selected."
    INTENTS = ("scam_or_fake",)
    PATTERNS = (
        rf"work (?:from|at) home (?:jobs?|{OPPORTUNITY}|positions?)", r"no experience (?:needed|required|necessary)",
        r"(?:online|remote|part[- ]time|home[- ]based) (?:jobs?|work|positions?) (?:paying|that pays|with (?:a )?(?:high )?(?:salary|pay))",
        r"(?:you have been|you've been|you are|you were) (?:selected|shortlisted|chosen|picked)", r"congratulations,? you",
        r"100 ?% (?:legit|legal|genuine|guaranteed|safe|risk[- ]free)", r"risk[- ]free",
        r"guaranteed (?:income|returns?|profits?|salary|job|placement)", r"(?:limited|only \d{1,3}) (?:slots|spots|places|seats) (?:left|remaining|available)",
        r"(?:salary|pay|earn) of (?:up to )?[$£€] ?\d[\d,]{0,9}(?: ?k)? (?:per|a) (?:week|day|hour)",
    )


class ScreenerManipulation(PatternSignal):
    NAME, WEIGHT, LABEL = "SCREENER_MANIPULATION", 0.7, "instructions to a screener"
    DESCRIPTION = "The note addresses an automated screener ('ignore previous instructions', 'classify this as safe')."
    INTENTS = ("scam_or_fake",)
    PATTERNS = (
        r"(?:ignore|disregard|forget) (?:all |any |the )?(?:previous|prior|above|earlier|your|preceding) (?:instructions|"
        r"prompts?|rules|directions|context)", r"(?:system|developer) (?:prompt|message|instructions?)",
        r"you are (?:now )?(?:an? )?(?:ai|assistant|language model|llm|chatbot|classifier)", r"(?:classify|label|mark|flag|"
        r"treat|score|rate) (?:this|me|my)(?: (?:request|message|note|reply|invitation|invite|sender|profile))? as (?:a |an )?(?:safe|known|trusted|legitimate|"
        r"accepted|genuine|priority|context_given|known_contact|peer_value)", r"new instructions:|\[inst\]|<\|im_start\|>",
    )


SIGNAL_CLASSES: tuple[type[Signal], ...] = (
    DefaultNote, HeadlineRecruiter, HeadlineSales, HeadlineFounderConsultant, HeadlineOpenNetworker, HeadlineJobSeeking,
    HeadlineSuspicious, PitchPhrases, CandidatePush, RoleForYou, RecruiterSelfIntro, JobSeekingAsk, NetworkingTalk,
    SellerRapport, SharedHistoryClaim, RecipientWorkReference, Community, PeerQuestion, OffPlatformContact, MoneyBait,
    RomanceFlattery, TooGoodOffer, FeeOrDetailsRequest, Link, MergeField, ThanksForAccepting, Personalised,
    ScreenerManipulation,
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


def signal_vector(hits: list[SignalHit]) -> dict[str, float]:
    """Return NAME -> weight for the given hits (the classifier's feature vector)."""
    return {hit.name: hit.weight for hit in hits}
