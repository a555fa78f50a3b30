"""The invitation coach's phrase tables, and its measure of how concrete a stretch of a note is.

`find_specifics` reads one clause and lists its concrete details (a named person, place, event, employer
or product; a number; a date, month or weekday) and the first vague stand-in ("some event", "a while
back", "someone") or hedge ("I think"). `Specifics.level` makes that 0, 1 or 2 (two details at most, a
vague stand-in costing one) and `rate_specifics` the share of a check's weight it earns. A name is one
detail however many words it has, the recipient's own name is never one, and the greeting and sign-off
are not read (`strip_frame`), so no name or culture moves a score.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from linkscreen.core.replies import TITLES
from linkscreen.core.signals import compile_patterns, shorten

QUOTE_LIMIT = 60
CONCISE_WORDS = 30  # a note of at most this many words (a name counting as one) reads at a glance
Shares = tuple[float, float, float]
LEVEL_SHARES: Shares = (0.6, 0.8, 1.0)  # share of a check's weight at specificity level 0, 1 and 2
VALUE_SHARES: Shares = (0.7, 0.85, 1.0)  # the same for offers_value_not_sale; no offer at all is level 0
GREETING = re.compile(r"(?i:hi|hello|hey|dear|kia ora|good (?:morning|afternoon|evening))[ ,]{1,3}([A-Z][\w'-]{1,30})")
NOT_NAMES = frozenset("there all team everyone folks friend friends sir madam colleague colleagues".split())

BOILERPLATE = compile_patterns((
    r"(?:came across|found|stumbled (?:up)?on|saw|viewed|noticed|went through|looked at) (?:your|ur) (?:(?:very |"
    r"really )?(?:impressive|amazing|interesting|great|excellent|inspiring|remarkable|outstanding|wonderful|"
    r"impressive linkedin) )?(?:linkedin )?profile",
    r"hope (?:this|my|the) (?:[\w-]{1,12} ){0,2}finds you(?: [\w-]{1,12}){0,3}",
    r"(?:i )?(?:hope|trust) (?:you(?:'re| are)|you have been|all is) (?:doing )?(?:well|good|great)",
    r"greetings of the day", r"(?:dear|respected) (?:sir|madam|sir/madam|sir or madam)",
    r"(?:impressive|amazing|incredible|remarkable|inspiring|stellar|outstanding) (?:profile|background|career|"
    r"track record|experience|journey|achievements)",
    r"(?:your )?profile (?:really )?(?:caught|grabbed|stood out|impressed)(?: (?:my|me))?(?: eye| attention)?",
    r"(?:impressed|inspired) (?:by|with) (?:your|ur) (?:profile|background|career|experience|journey|achievements)",
    r"(?:it )?would be (?:an? )?(?:honou?r|privilege) to (?:connect|be connected|join your network)",
    r"esteemed (?:network|organi[sz]ation|company|self)", r"thought leader(?:ship)?", r"(?:your|ur) (?:profile|"
    r"background|experience|career|journey) (?:is|looks|seems) (?:very |so |really |truly |quite )?"
    r"(?:impressive|amazing|inspiring|remarkable|outstanding)",
    r"(?:your )?(?:vast|extensive|wealth of|rich) (?:experience|knowledge|expertise)",
))
PLACEHOLDER = re.compile(r"\{\{?[^{}\n]{1,30}\}\}?|\[[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}\]|<[A-Za-z_ ]{1,30}>")
MERGE_EXTRA = re.compile(rf"\b(?i:X{{3,}})\b|\((?i:insert|add) [^)]{{1,30}}\)|"
                         rf"\b(?i:insert (?:name|company|title|role)(?: here)?)\b|{PLACEHOLDER.pattern}")
SHARED_EXTRA = (
    re.compile(r"\b(?i:at|during|after|from) (?:the |your |this year's |last year's )?(?:[A-Z0-9][\w&'.-]{1,25} ){1,4}"
               r"(?i:conference|summit|meetup|meet-up|expo|forum|workshop|webinar|hackathon|breakfast|lunch|dinner|"
               r"awards|day|symposium|congress|camp|course|bootcamp|retreat|roundtable|festival|week)s?\b"),
    re.compile(r"\b(?i:mutual (?:friend|contact|connection|colleague)|friend of|colleague of) [^\W\d_a-z][\w'-]{0,20}"),
    re.compile(r"\b(?!(?:I|We|He|She|They|You|It|This|That|Hi|Hello|Dear|Someone|Somebody|Everyone|Nobody|People|"
               r"LinkedIn|Google)\b)[^\W\d_a-z][\w'-]{0,20}"
               r"(?: [^\W\d_a-z][\w'-]{0,20})? (?:suggested|recommended|mentioned|said|told me|pointed me|put me onto|"
               r"introduced)\b"),
    re.compile(r"\b(?i:we|i) (?i:both|also) (?i:work|worked|study|studied|volunteer|volunteered|live|lived|play|played|"
               r"attend|attended|spoke|presented|coach|coached|went|sit|sat|serve|served) (?i:at|in|on|for|to)\b"),
    re.compile(r"\b(?i:we(?:'re| are) (?:both|also) (?:in|on|at|with|from|members of|part of))\b"),
    re.compile(r"\b(?i:(?:your|ur) (?:[\w&'-]{1,20} ){0,3}"
               r"(?:post|article|talk|blog|paper|comment|answer|thread|newsletter|"
               r"podcast|book|keynote|presentation|session|write-?up|video|report|panel|library|repo|dashboard|"
               r"dataset|plugin|guide|template|survey|study|submission|lesson plans?)s?)\b"),
    re.compile(r"\b(?i:you(?:r (?:team|company|office|firm|clinic|hospital|school|lab)(?: (?:at|in|from)"
               r"(?: [\w&'-]{1,20}){1,5}?)?)? (?:filed|raised|opened|submitted|reported|contributed|answered|replied|"
               r"recommended|took part|participated|audited|inspected|visited|trained|hosted|helped (?:me|us)))\b"),
    re.compile(r"\b(?i:same (?:[\w-]{1,20} ){0,2}(?:club|team|school|church|gym|class|course|cohort|street|building|"
               r"choir|marae|board|programme|program|project)|our (?:kids|children|sons|daughters|partners|dogs))\b"),
    re.compile(r"\b(?i:i was (?:in the audience|at your|in your|on your))\b"),
)
VALUE_PATTERNS = (
    r"happy to (?:share|send|introduce|help|pass on|return the favou?r)", r"in case (?:it'?s|it is|that'?s) (?:useful|"
    r"helpful)", r"(?:might|may|could) be useful", r"(?:send|share|pass on|forward) (?:you )?(?:the |my |a |some )?"
    r"(?:notes|slides|write-?up|recording|paper|template|checklist|script|code|list|report|findings|results|photos)",
    r"introduce you to|put you in touch",
    r"(?:can|could|will|happy to) send (?:it|them|that|those|you)(?: over| across)?",
    r"i(?:'ve| have) (?:written|typed|put) (?:it |them |something )?up",
)
VALUE = compile_patterns(VALUE_PATTERNS)
ARTEFACT = compile_patterns((  # something definite the sender can hand over
    r"(?:the|my|our|this|these|those|this year's|last year's) (?:[\w'-]{1,20} ){0,3}"
    r"(?:notes|slides|write-?up|recording|"
    r"paper|template|checklist|script|code|list|report|findings|results|photos|data|log|survey|study|spreadsheet|"
    r"summary|deck|guide|map|numbers|figures|readings|protocol|contacts?|intro(?:duction)?|comparison|benchmarks?)",
))
REASONS = compile_patterns(VALUE_PATTERNS + (
    r"because", r"as (?:i(?:'m| am)|we(?:'re| are))", r"since (?:i|we|you)",
    r"(?:i(?:'m| am)|we(?:'re| are)) (?:currently |now |just )?(?:working on|building|organi[sz]ing|planning|running|"
    r"researching|writing|preparing|putting together|starting|setting up|moving|migrating|rolling out|evaluating|"
    r"looking into|hosting|leading|about to|trying to|new to|taking over)",
    r"(?:would|could|i'd|we'd) (?:really |genuinely )?(?:value|appreciate|welcome|love|like) (?:your|to hear your|"
    r"to get your|to ask|to learn|to compare|to swap|to hear how|hearing|to invite|to introduce)",
    r"(?:ask|asking) (?:you )?(?:about|how|whether|if|what|which|why|when|where|who|a (?:quick |short )?question)",
    r"(?:a )?question (?:about|on|regarding)", r"compare notes|swap notes|swap stories",
    r"(?:a )?(?:quick )?word (?:on|about)",
    r"(?:would|could|can) you (?:share|tell me|explain|walk me through|point me)", r"(?:share|explain|hear) how you",
    r"(?:hear|learn) about your (?:use case|setup|experience|approach)",
    r"learn (?:how|from (?:you|your)|more about how|what worked)", r"(?:speak|present|talk) at",
    r"(?:invite|inviting) you", r"(?:get in touch|reach(?:ing)? out|writing|connect) (?:with you )?(?:about|regarding)",
    r"(?:stay|keep) in touch|reconnect|catch up", r"follow(?:ing)? up on|as promised",
    r"(?:thanks?|thank you) for (?:the|your) (?:talk|session|help|advice|intro|introduction|chat|call|tips|answer|post|"
    r"article|workshop|pointers|feedback)",
))
PRODUCT = compile_patterns((r"(?:our|my) (?:platform|solutions?|products?|services?|software|tool|offering|app|agency|"
                            r"company|firm|team)", r"demo|pricing|proposal|free trial"))
ASKS = compile_patterns((
    r"let me know",
    r"(?:please|kindly|pls) (?:[\w-]{1,15} ){0,2}(?:send|share|call|contact|reply|review|check|visit|book|"
    r"schedule|accept|refer|forward)",
    r"(?:book|schedule|grab|find) (?:a|some) time", r"drop me a (?:line|note|message)",
    r"get back to me", r"(?:are|would) you (?:be )?(?:open|free|available|interested|up for)", r"would you|could you|"
    r"can you|can we|shall we|could i|may i|can i",
    r"let's (?:set up|schedule|chat|talk|meet|grab|jump|hop|catch up|have)",
))
NOT_A_REASON = frozenset({"SCREENER_MANIPULATION", "OFF_PLATFORM_CONTACT", "CONTACT_DETAILS", "LINK"})  # not a sale
SALE_SIGNALS = (  # signal -> what it tells the reader, and what to do instead
    ("SCREENER_MANIPULATION", "talks to an automated screener", "Remove {q}: text aimed at a screener reads as a scam"),
    ("MONEY_BAIT", "dangles money", "Remove {q}: it reads as a scam"),
    ("TOO_GOOD_OFFER", "makes a too-good-to-be-true offer", "Remove {q}: it reads as a scam"),
    ("FEE_OR_DETAILS_REQUEST", "asks for money or personal details", "Remove {q}: it reads as a scam"),
    ("OFF_PLATFORM_CONTACT", "moves the talk off LinkedIn",
     "Remove {q}: moving a stranger off LinkedIn reads as a scam"),
    ("CONTACT_DETAILS", "gives or asks for a phone number or e-mail address",
     "Leave {q} out: contact details in a first note to a stranger read as a push off LinkedIn"),
    ("PITCH_PHRASES", "pitches a product or service",
     "Cut the pitch {q}: a note that sells gets the \"how have we met?\" question; ask about their work instead"),
    ("SERVICE_OFFER", "offers what you sell",
     "Cut {q}: what you sell can wait until they know why you wrote to them in particular"),
    ("CANDIDATE_PUSH", "pushes candidates", "Cut {q}: offering candidates in a connection note reads as a sales call"),
    ("JOB_SEEKING_ASK", "asks for a job or referral up front",
     "Leave {q} for later: ask about their work first, not for a job from a stranger"),
    ("SELLER_RAPPORT", "reads as a seller warming up",
     "Replace {q} with what you want from them in particular: it tells them a sale is coming"),
    ("LINK", "contains a link", "Send the link {q} after they accept: links in connection notes read as spam"),
)

# --- how concrete a clause is ---------------------------------------------------------------------------------

TOKEN = re.compile(r"[^\W_](?:[\w'’&/.-]*[^\W_])?%?")
CLAUSE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+")
NAME_WORD = r"(?:[^\W\d_a-z][\w.'’/-]*|de|da|do|dos|la|le|di|van|von|der|al|el|bin)"
GREETING_WORDS = (r"(?i:hi|hello|hey|hiya|dear|greetings|hola|ol[aá]|bonjour|salut|hallo|ciao|namaste|salaam|kia ora|"
                  r"talofa|bula|good (?:morning|afternoon|evening)|morning)")
GREETING_LEAD = re.compile(rf"^\s*{GREETING_WORDS}\b(?:[ ]+{NAME_WORD}){{0,4}}[ ]*[,!.:;\n—–-]*\s*")
GREETED_NAME = re.compile(rf"^\s*{GREETING_WORDS}[ ]+([^\W\d_a-z][\w'’-]*)")  # the first word of the greeted name
SIGN_OFF = re.compile(
    r"(?:(?:^|[\n.!?])\s*(?i:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|warm regards|best|"
    r"best wishes|ngā mihi|nga mihi|sincerely|yours sincerely)[,!]?[ ]*\n?|\s[-–—~][ ]?)"
    rf"[ ]*[^\W\d_a-z][\w'’-]*(?:[ ]+{NAME_WORD}){{0,4}}\.?\s*$"
)
STARTERS = frozenset("""
a about after again all also always an and another any apologies are as at attended awesome be because been before
being best big both bumped but by came can cheers congrats congratulations connecting could curious currently dear
delighted did do does enjoyed even ever every excited exciting feel fellow finally first following for found from
glad good got great greetings had happy has have having he heard hello her here hey hi his hope hoping how huge i
i'd i'll i'm i've if in interesting is it it's its just keen kind kindly last let let's like listened long looking
love lovely loved many may maybe me met might more most much my nice no not noticed now of ok okay on once one only
or our out over perhaps please pleased pleasure pls quick quite random re reaching read really recently regards saw
see sent shall she should since so some sorry spoke spotted still studied such sure thank thanks that that's the
their then there these they this those though thought to today together too tried us used very wanted warm was
watched we we'd we'll we're we've well were what when where which while who why will wishing with wondering worked
working would writing yes yesterday you you'd you're you've your
""".split())
CONNECTORS = frozenset("of de da do dos das del della di du des la le van von der den ter bin binti ibn al el &"
                       .split())
NOT_DETAILS = TITLES | frozenset("i i'm i've i'd i'll hr it ai ml ceo cto cio cfo coo cmo vp md ps linkedin ok".split())
REPORTING = frozenset("suggested mentioned recommended said says told introduced pointed asked wrote sent".split())
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                         "sixty hundred thousand dozen".split())
DATES = frozenset("january february march april may june july august september october november december monday "
                  "tuesday wednesday thursday friday saturday sunday".split())
PLAIN_DATES = DATES - {"may", "march"}  # dates even in lower case; "may" and "march" are verbs too
TIME_ANCHOR = re.compile(r"\b(?:yesterday|tonight|this (?:morning|afternoon|evening)|last (?:night|week|month|year|"
                         r"term|season|spring|summer|autumn|fall|winter)|(?:this|next) (?:week|month|term|season))\b",
                         re.I)
VAGUE = re.compile(
    r"\b(?i:some(?:where|one|body|thing)|some (?:[\w-]+ )?(?:event|conference|meetup|project|data|notes|insights|ideas|"
    r"thoughts|tips|stuff|groups?|training|photos|point|time|work)|a while (?:back|ago)|the other day|in the past|"
    r"at some point|one of your (?:posts|articles|talks|videos)|recent(?:ly)?|"
    r"(?:an?|the) (?:event|conference|meetup|project|webinar|group|role|association)"
    r"(?! (?:on|about|in|at|called|named)\b)|"
    r"(?:your|this|a similar|the same) (?:work|area|field|industry|sector|space|topic|experience|background|approach)"
    r"(?! (?:on|in|at|with|for|to|of)\b)|"
    r"(?:a|my|our) (?:mutual )?(?:friend|colleague|contact|connection)(?!(?-i: (?:of )?[^\W\d_a-z])))\b"
)

SHARED_CUE = re.compile(r"\b(?i:you|your|yours|we both|both of us|together|fellow|same|thanks? (?:you )?for)\b")
HEDGE = re.compile(r"\b(?i:i (?:think|believe|guess)|might have|may have|not sure|if i remember)\b")


@dataclass(frozen=True, slots=True)
class Specifics:
    """What makes a clause concrete (named things, numbers, dates), the first vague stand-in or hedge, the clause."""

    details: tuple[str, ...] = ()
    vague: str = ""
    clause: str = ""

    @property
    def level(self) -> int:
        """0, 1 or 2: concrete details up to two, less one when a vague stand-in is there too."""
        return max(0, min(len(self.details), 2) - (1 if self.vague else 0))

    def describe(self) -> str:
        """Say in a few words what was found: the details and the vague stand-in."""
        parts = [f"concrete: {', '.join(self.details[:3])}"] if self.details else ["no name, place, number or date"]
        if self.vague:
            parts.append(f"vague: '{self.vague}'")
        return "; ".join(parts)


def split_sentences(text: str) -> list[str]:
    """Return the non-empty sentences of text."""
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


def strip_frame(text: str) -> str:
    """Return the note without its greeting ("Hi Sam,") and sign-off ("Thanks, Ana"): neither is shared context."""
    return SIGN_OFF.sub("", GREETING_LEAD.sub("", text, count=1))


def split_clauses(text: str) -> list[str]:
    """Return the clauses of a note (split at . ! ? ; and line breaks), without greeting and sign-off."""
    return [part.strip() for part in CLAUSE_BREAK.split(strip_frame(text)) if part.strip()]


def find_clause(text: str, evidence: str) -> str:
    """Return the clause of text that holds evidence (case-insensitive), or "" when none does."""
    needle = evidence.casefold().strip()
    return next((clause for clause in split_clauses(text) if needle and needle in clause.casefold()), "")


def is_named(word: str) -> bool:
    """True when a word is written as a name: a capital in it, or only letters of a script without case (张伟)."""
    letters = [c for c in word if c.isalpha()]
    return any(c.isupper() for c in letters) or (bool(letters) and not any(c.islower() for c in letters))


def is_detail(word: str, after: str, first: bool, names: frozenset[str], plain_case: bool) -> bool:
    """True when a word is a number, a date, or (when capitals carry meaning) a name other than the recipient's."""
    key = re.sub(r"['’]s$", "", word.casefold())
    if any(c.isdigit() for c in word) or key in NUMBER_WORDS or key in PLAIN_DATES:
        return True
    if key in DATES and word[0].isupper() and not (first and key in STARTERS):  # "in May", not "May I ask"
        return True
    if not plain_case or not is_named(word) or key in names or key in NOT_DETAILS:
        return False
    return not (first and key in STARTERS and after.casefold() not in REPORTING)  # "Hope suggested" names Hope


def collect_spans(clause: str, names: frozenset[str]) -> list[str]:
    """Return the runs of adjacent detail words in a clause ("Nordic Wind Day", "14 September"), one per thing named."""
    tokens = list(TOKEN.finditer(clause))
    words = [token.group(0) for token in tokens]
    alphabetic = [word for word in words if word[0].isalpha()]
    plain_case = len(alphabetic) < 4 or sum(map(is_named, alphabetic)) <= 0.6 * len(alphabetic)  # not Title Case/CAPS
    spans: list[list[str]] = []
    pending: list[str] = []
    open_span, last_end = False, 0
    for index, token in enumerate(tokens):
        word, adjacent = token.group(0), not clause[last_end:token.start()].strip()
        after = words[index + 1] if index + 1 < len(words) else ""
        if is_detail(word, after, index == 0, names, plain_case):
            if open_span and adjacent:
                spans[-1].extend(pending + [word])
            else:
                spans.append([word])
            open_span, pending = True, []
        elif open_span and adjacent and word.casefold() in CONNECTORS:
            pending.append(word)
        else:
            open_span, pending = False, []
        last_end = token.end()
    return [" ".join(span) for span in spans]


def count_words(text: str, names: frozenset[str] = frozenset()) -> int:
    """Return the words of a note without greeting and sign-off, a name of any length counting as one word."""
    body = strip_frame(text)
    spans = collect_spans(body, names)
    return len(TOKEN.findall(body)) - sum(len(TOKEN.findall(span)) - 1 for span in spans)


def find_specifics(clause: str, names: frozenset[str] = frozenset()) -> Specifics:
    """Return the concrete details of a clause and its first vague stand-in; `names` (casefolded) never count."""
    text = PLACEHOLDER.sub(" ", clause)  # an unfilled "[Group Name]" names nothing
    vague = VAGUE.search(text) or HEDGE.search(text)
    details = collect_spans(text, names) + [m.group(0) for m in TIME_ANCHOR.finditer(text)]
    return Specifics(tuple(details), vague.group(0) if vague else "", clause)


def rate_specifics(weight: int, specifics: Specifics, shares: Shares = LEVEL_SHARES) -> int:
    """Return the points a passed check earns: a share of its weight by the specificity level of its evidence."""
    return round(weight * shares[specifics.level])


def quote(text: str) -> str:
    """Return draft text in double quotes, shortened."""
    return f'"{shorten(text, QUOTE_LIMIT)}"'


def search(regex: re.Pattern[str] | None, text: str) -> str | None:
    """Return the first match of regex in text, or None."""
    match = regex.search(text) if regex else None
    return match.group(0) if match else None


def advise_specifics(specifics: Specifics) -> str:
    """Say how to make a vague or thin piece of the draft more concrete, quoting it."""
    if specifics.vague and HEDGE.fullmatch(specifics.vague):
        return f"Drop {quote(specifics.vague)} and say plainly what you share, by name"
    if specifics.vague:
        return (f"Replace {quote(specifics.vague)} with exactly what you mean: a name, place, date or document they "
                "can check")
    if specifics.details:
        return f"Add one more checkable detail to {quote(specifics.clause)}: when, where, who or what exactly"
    return f"Make {quote(specifics.clause)} concrete: name the event, person, project, place or date"
