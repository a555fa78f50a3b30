"""The invitation coach: score a draft connection note 0-100 with named checks and say what to change.

The score is the sum of the weights of the checks that pass (weights sum to 100). LinkedIn's default
note (empty, or only the stock "I'd like to add you to my professional network") scores 0: every
check fails, since there is nothing for the recipient to go on.

Weights (WEIGHTS): not_default_note 10, addresses_recipient 5, names_shared_context 25, states_reason 15,
offers_value_not_sale 20, no_merge_fields 5, no_flattery_boilerplate 8, fits_free_limit 2 (a warning over 200
characters, what a free account may send), fits_premium_limit 5 (over 300 LinkedIn sends nothing), one_clear_ask 5.
Each check's docstring says when it passes; README.md ("The coach") has the table.

The prediction of how the `guarded` policy would treat the note is rendered from a Classification and
Decision the caller computed; this module loads no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from linkscreen.core.classifier import Classification
from linkscreen.core.policy import Decision
from linkscreen.core.replies import CREDENTIAL_RE, LETTERS_RE, TITLES, extract_first_name
from linkscreen.core.signals import SIGNALS, compile_patterns, is_default_note, name_pattern, normalise_text, shorten
from linkscreen.core.taxonomy import Action, Intent

FREE_LIMIT = 200
PREMIUM_LIMIT = 300
QUOTE_LIMIT = 60
CONTEXT_WORDS = 40  # the most words of the sender's context looked for in the note
WEIGHTS: dict[str, int] = {  # the order the checks run and are shown in; the weights sum to 100
    "not_default_note": 10, "addresses_recipient": 5, "names_shared_context": 25, "states_reason": 15,
    "offers_value_not_sale": 20, "no_merge_fields": 5, "no_flattery_boilerplate": 8, "fits_free_limit": 2,
    "fits_premium_limit": 5, "one_clear_ask": 5,
}
SCORE_BANDS: tuple[tuple[int, int], ...] = ((0, 39), (40, 59), (60, 79), (80, 100))
NO_NOTE = "nothing to check: no note of your own"
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
    r"background|experience|career|journey) (?:is|looks|seems) (?:very |so |really |truly |quite )?(?:impressive|amazing|"
    r"inspiring|remarkable|outstanding)",
    r"(?:your )?(?:vast|extensive|wealth of|rich) (?:experience|knowledge|expertise)",
))
MERGE_EXTRA = re.compile(r"\bX{3,}\b|\((?:insert|add) [^)]{1,30}\)|\binsert (?:name|company|title|role)(?: here)?\b", re.I)
SHARED_EXTRA = (
    re.compile(r"\b(?i:at|during|after|from) (?:the |your |this year's |last year's )?(?:[A-Z0-9][\w&'.-]{1,25} ){1,4}"
               r"(?i:conference|summit|meetup|meet-up|expo|forum|workshop|webinar|hackathon|breakfast|lunch|dinner|"
               r"awards|day|symposium|congress|camp|course|bootcamp|retreat|roundtable|festival|week)s?\b"),
    re.compile(r"\b(?i:mutual (?:friend|contact|connection|colleague)|friend of|colleague of) [A-Z][\w'-]{1,20}"),
    re.compile(r"\b(?!(?:I|We|He|She|They|You|It|This|That|Hi|Hello|Dear|Someone|Somebody|Everyone|Nobody|People|"
               r"LinkedIn|Google)\b)[A-Z][\w'-]{1,20}"
               r"(?: [A-Z][\w'-]{1,20})? (?:suggested|recommended|mentioned|said|pointed me|put me onto|introduced)\b"),
    re.compile(r"\b(?i:we|i) (?i:both|also) (?i:work|worked|study|studied|volunteer|volunteered|live|lived|play|played|"
               r"attend|attended|spoke|presented|coach|coached|went|sit|sat|serve|served) (?i:at|in|on|for|to)\b"),
    re.compile(r"\b(?i:(?:your|ur) (?:[\w&'-]{1,20} ){0,3}(?:post|article|talk|blog|paper|comment|answer|thread|newsletter|"
               r"podcast|book|keynote|presentation|session|write-?up|video|report|panel|library|repo))\b"),
    re.compile(r"\b(?i:you(?:r team)? (?:filed|raised|opened|submitted|reported|contributed|answered|replied|"
               r"recommended|took part|participated|helped (?:me|us)))\b"),
    re.compile(r"\b(?i:same (?:[\w-]{1,20} ){0,2}(?:club|team|school|church|gym|class|course|cohort|street|building|"
               r"choir|marae|board|programme|program|project)|our (?:kids|children|sons|daughters|partners|dogs))\b"),
    re.compile(r"\b(?i:i was (?:in the audience|at your|in your|on your))\b"),
)
VALUE_PATTERNS = (
    r"happy to (?:share|send|introduce|help|pass on|return the favou?r)", r"in case (?:it'?s|it is|that'?s) (?:useful|"
    r"helpful)", r"(?:might|may|could) be useful", r"(?:send|share|pass on|forward) (?:you )?(?:the |my |a |some )?"
    r"(?:notes|slides|write-?up|recording|paper|template|checklist|script|code|list|report|findings|results|photos)",
    r"introduce you to|put you in touch", r"(?:can|could|will|happy to) send (?:it|them|that|those|you)(?: over| across)?",
    r"i(?:'ve| have) (?:written|typed|put) (?:it |them |something )?up",
)
VALUE = compile_patterns(VALUE_PATTERNS)
REASONS = compile_patterns(VALUE_PATTERNS + (
    r"because", r"as (?:i(?:'m| am)|we(?:'re| are))", r"since (?:i|we|you)",
    r"(?:i(?:'m| am)|we(?:'re| are)) (?:currently |now |just )?(?:working on|building|organi[sz]ing|planning|running|"
    r"researching|writing|preparing|putting together|starting|setting up|moving|migrating|rolling out|evaluating|"
    r"looking into|hosting|leading|about to|trying to|new to|taking over)",
    r"(?:would|could|i'd|we'd) (?:really |genuinely )?(?:value|appreciate|welcome|love|like) (?:your|to hear your|"
    r"to get your|to ask|to learn|to compare|to swap|to hear how|hearing|to invite|to introduce)",
    r"(?:ask|asking) (?:you )?(?:about|how|whether|if|what|which|why|when|where|who|a (?:quick |short )?question)",
    r"(?:a )?question (?:about|on|regarding)", r"compare notes|swap notes|swap stories", r"(?:a )?(?:quick )?word (?:on|about)",
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
    r"let me know", r"(?:please|kindly|pls) (?:[\w-]{1,15} ){0,2}(?:send|share|call|contact|reply|review|check|visit|book|"
    r"schedule|accept|refer|forward)", r"(?:book|schedule|grab|find) (?:a|some) time", r"drop me a (?:line|note|message)",
    r"get back to me", r"(?:are|would) you (?:be )?(?:open|free|available|interested|up for)", r"would you|could you|"
    r"can you|can we|shall we|could i|may i|can i", r"let's (?:set up|schedule|chat|talk|meet|grab|jump|hop|catch up|have)",
))
NOT_A_REASON = frozenset({"SCREENER_MANIPULATION", "OFF_PLATFORM_CONTACT", "LINK"})  # wrong, but not a selling motive
SALE_SIGNALS = (  # signal -> what it tells the reader, and what to do instead
    ("SCREENER_MANIPULATION", "talks to an automated screener", "Remove {q}: text aimed at a screener reads as a scam"),
    ("MONEY_BAIT", "dangles money", "Remove {q}: it reads as a scam"),
    ("TOO_GOOD_OFFER", "makes a too-good-to-be-true offer", "Remove {q}: it reads as a scam"),
    ("FEE_OR_DETAILS_REQUEST", "asks for money or personal details", "Remove {q}: it reads as a scam"),
    ("OFF_PLATFORM_CONTACT", "moves the talk off LinkedIn", "Remove {q}: moving a stranger off LinkedIn reads as a scam"),
    ("PITCH_PHRASES", "pitches a product or service",
     "Cut the pitch {q}: a note that sells gets the \"how have we met?\" question; ask about their work instead"),
    ("CANDIDATE_PUSH", "pushes candidates", "Cut {q}: offering candidates in a connection note reads as a sales call"),
    ("JOB_SEEKING_ASK", "asks for a job or referral up front",
     "Leave {q} for later: ask about their work first, not for a job from a stranger"),
    ("SELLER_RAPPORT", "reads as a seller warming up",
     "Replace {q} with what you want from them in particular: it tells them a sale is coming"),
    ("LINK", "contains a link", "Send the link {q} after they accept: links in connection notes read as spam"),
)


@dataclass(frozen=True, slots=True)
class CoachCheck:
    """One named check on a draft: did it pass, and what was found."""

    name: str
    passed: bool
    detail: str


@dataclass(frozen=True, slots=True)
class CoachReport:
    """A draft's score, its checks, what to change, and how the guarded policy would read it."""

    score: int
    checks: tuple[CoachCheck, ...]
    suggestions: tuple[str, ...]
    predicted_intent: str = ""
    predicted_action: str = ""
    prediction: str = ""


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft note prepared once for every check."""

    raw: str
    text: str
    first_name: str
    context: str
    recipient_names: tuple[str, ...] = ()

    def find(self, signal: str) -> str | None:
        """Return the evidence of a named signal in the note, or None."""
        return SIGNALS[signal].find_in(self.text)


CheckResult = tuple[CoachCheck, str | None]  # the check, and the suggestion when it fails


def quote(text: str) -> str:
    """Return draft text in double quotes, shortened."""
    return f'"{shorten(text, QUOTE_LIMIT)}"'


def search(regex: re.Pattern[str] | None, text: str) -> str | None:
    """Return the first match of regex in text, or None."""
    match = regex.search(text) if regex else None
    return match.group(0) if match else None


def check_not_default_note(draft: Draft) -> CheckResult:
    """Fails on an empty note or LinkedIn's stock text."""
    if not draft.text:
        return CoachCheck("not_default_note", False, "the note is empty"), (
            "Write a note: an empty invitation gives them nothing to go on; say how you know them or why you are writing")
    if is_default_note(draft.text):
        return CoachCheck("not_default_note", False, f"the note is LinkedIn's stock text {quote(draft.text)}"), (
            f"Replace LinkedIn's stock text {quote(draft.text)} with how you know them or why you are writing")
    return CoachCheck("not_default_note", True, f"a note of your own ({len(draft.raw.strip())} characters)"), None


def check_addresses_recipient(draft: Draft) -> CheckResult:
    """Passes when the note uses the recipient's name; trivially when no name is given."""
    if not draft.first_name:
        return CoachCheck("addresses_recipient", True, "no recipient name given, so the greeting is not checked"), None
    found = next((m for name in draft.recipient_names if (m := name_pattern(name).search(draft.text))), None)
    if found:
        return CoachCheck("addresses_recipient", True, f"greets them by name: {quote(found.group(0))}"), None
    greeting = GREETING.match(draft.text)
    if greeting and greeting.group(1).casefold() not in NOT_NAMES | TITLES:
        return CoachCheck("addresses_recipient", False, f"greets {quote(greeting.group(1))}, not {draft.first_name}"), (
            f"Fix the greeting {quote(greeting.group(0))}: write \"Hi {draft.first_name},\"")
    return CoachCheck("addresses_recipient", False, f"does not use their name ({draft.first_name})"), (
        f"Greet them by name: start with \"Hi {draft.first_name},\"")


def find_context_mention(draft: Draft) -> str | None:
    """Return the first distinctive word of the sender's stated context that the note mentions, or None."""
    words = list(dict.fromkeys(re.findall(r"[\w'&-]{2,}", draft.context)))[:CONTEXT_WORDS]
    proper = [w for w in words if w[0].isupper() or any(c.isdigit() for c in w)]
    for word in proper or [w for w in words if len(w) >= 5]:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", draft.text, re.IGNORECASE):
            return word
    return None


def check_names_shared_context(draft: Draft) -> CheckResult:
    """Passes when the note names a concrete shared person, event, employer, group or piece of their work."""
    for signal in ("SHARED_HISTORY_CLAIM", "RECIPIENT_WORK_REFERENCE", "COMMUNITY"):
        evidence = draft.find(signal)
        if evidence:
            return CoachCheck("names_shared_context", True, f"names what you share: {quote(evidence)}"), None
    extra = next((found for regex in SHARED_EXTRA if (found := search(regex, draft.text))), None)
    mention = find_context_mention(draft) if draft.context else None
    if extra or mention:
        evidence = extra or mention or ""
        return CoachCheck("names_shared_context", True, f"names what you share: {quote(evidence)}"), None
    if draft.context:
        return CoachCheck("names_shared_context", False, f"your context {quote(draft.context)} is not in the note"), (
            f"Say what you told the coach, {quote(draft.context)}, in the note: it is the reason they will accept")
    return CoachCheck("names_shared_context", False, "names no person, event, employer, group or work you share"), (
        "Name what you have in common: where you met, who suggested you get in touch, a shared employer or group, "
        "or something they wrote that you read")


def find_sale(draft: Draft, skip: frozenset[str] = frozenset()) -> tuple[str, str, str] | None:
    """Return (signal, what it tells the reader, what to do instead) of the first selling sign, or None."""
    for signal, meaning, advice in SALE_SIGNALS:
        evidence = None if signal in skip else draft.find(signal)
        if evidence:
            return signal, f"{meaning}: {quote(evidence)}", advice.format(q=quote(evidence))
    call, product = draft.find("CALL_REQUEST"), search(PRODUCT, draft.text)
    if call and product:
        return ("CALL_REQUEST", f"asks for a call ({quote(call)}) about {quote(product)}",
                f"Drop the call request {quote(call)}: a stranger's meeting request about {quote(product)} is a pitch")
    return None


def check_states_reason(draft: Draft) -> CheckResult:
    """Passes on a specific reason to connect (having met or worked together is one); a sale is no reason."""
    sale = find_sale(draft, skip=NOT_A_REASON)
    if sale:
        return CoachCheck("states_reason", False, f"the reason it gives serves you, not them: it {sale[1]}"), (
            "Give a reason about them or what you share, not about what you want from them")
    evidence = search(REASONS, draft.text) or draft.find("PEER_QUESTION")
    if evidence:
        return CoachCheck("states_reason", True, f"gives a reason: {quote(evidence)}"), None
    history = draft.find("SHARED_HISTORY_CLAIM")
    if history:
        return CoachCheck("states_reason", True, f"you have met or worked together ({quote(history)}): reason enough"), None
    networking = draft.find("NETWORKING_TALK")
    if networking:
        return CoachCheck("states_reason", False, f"only says {quote(networking)}: no specific reason"), (
            f"Replace {quote(networking)} with one sentence on why them in particular: a question, a project, "
            "something to share")
    return CoachCheck("states_reason", False, "gives no specific reason to connect"), (
        "Add one sentence on why you want to connect with them in particular: a question, a project, something to share")


def check_offers_value_not_sale(draft: Draft) -> CheckResult:
    """Fails on pitch, candidate, job-hunting, scam and link signals, and on a call request about a product."""
    sale = find_sale(draft)
    if sale:
        return CoachCheck("offers_value_not_sale", False, sale[1]), sale[2]
    offer = search(VALUE, draft.text)
    detail = f"offers something: {quote(offer)}" if offer else "no sales pitch found"
    return CoachCheck("offers_value_not_sale", True, detail), None


def check_no_merge_fields(draft: Draft) -> CheckResult:
    """Fails on an unfilled mail-merge placeholder."""
    evidence = draft.find("MERGE_FIELD") or search(MERGE_EXTRA, draft.text)
    if evidence:
        return CoachCheck("no_merge_fields", False, f"unfilled placeholder {quote(evidence)}"), (
            f"Fill in {quote(evidence)}: a left-over placeholder shows a mass mailing")
    return CoachCheck("no_merge_fields", True, "no unfilled placeholders"), None


def check_no_flattery_boilerplate(draft: Draft) -> CheckResult:
    """Fails on personal flattery and on stock phrases that say nothing."""
    evidence = search(BOILERPLATE, draft.text) or draft.find("ROMANCE_FLATTERY")
    if evidence:
        return CoachCheck("no_flattery_boilerplate", False, f"stock phrase or flattery {quote(evidence)}"), (
            f"Replace {quote(evidence)} with something specific you read or heard")
    return CoachCheck("no_flattery_boilerplate", True, "no stock phrases or flattery"), None


def split_sentences(text: str) -> list[str]:
    """Return the non-empty sentences of text."""
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


def check_length(draft: Draft, name: str, limit: int, over: str, advice: str) -> CheckResult:
    """Passes when the note is at most `limit` characters long."""
    length = len(draft.raw.strip())
    if length <= limit:
        return CoachCheck(name, True, f"{length} characters, within {limit}"), None
    longest = max(split_sentences(draft.text), key=len, default=draft.text)
    return CoachCheck(name, False, f"{over}: {length} characters, over {limit}"), (
        f"Cut {length - limit} character{'s' * (length - limit > 1)} {advice}: shorten {quote(longest)}")


def check_fits_free_limit(draft: Draft) -> CheckResult:
    """Passes at most 200 characters; above, a warning (free accounts cannot send it)."""
    return check_length(draft, "fits_free_limit", FREE_LIMIT, "warning", f"to fit a free account's {FREE_LIMIT}")


def check_fits_premium_limit(draft: Draft) -> CheckResult:
    """Fails above 300 characters, LinkedIn's limit for any note."""
    return check_length(draft, "fits_premium_limit", PREMIUM_LIMIT, "too long to send", "or LinkedIn will not send it")


def check_one_clear_ask(draft: Draft) -> CheckResult:
    """Passes with at most one question or request."""
    asks = [s for s in split_sentences(draft.text) if s.endswith("?") or search(ASKS, s)]
    if len(asks) > 1:
        quoted = ", ".join(quote(ask) for ask in asks)
        return CoachCheck("one_clear_ask", False, f"{len(asks)} asks: {quoted}"), (
            f"Keep one ask: choose between {quoted}")
    detail = f"one ask: {quote(asks[0])}" if asks else "no explicit ask (the invitation is the ask)"
    return CoachCheck("one_clear_ask", True, detail), None


CHECKS: tuple[Callable[[Draft], CheckResult], ...] = (
    check_not_default_note, check_addresses_recipient, check_names_shared_context, check_states_reason,
    check_offers_value_not_sale, check_no_merge_fields, check_no_flattery_boilerplate, check_fits_free_limit,
    check_fits_premium_limit, check_one_clear_ask,
)


def prepare_draft(message: str, recipient_name: str = "", context: str = "") -> Draft:
    """Normalise the note and context, and find the names the recipient may be greeted by."""
    first = extract_first_name(recipient_name)
    others = [w for w in LETTERS_RE.findall(recipient_name or "") if w.casefold().rstrip(".") not in TITLES
              and not CREDENTIAL_RE.match(w) and w.casefold() != first.casefold() and len(w) > 1]
    names = tuple([first] + others) if first else ()
    return Draft(message or "", normalise_text(message or ""), first, normalise_text(context), names)


def run_checks(message: str, recipient_name: str = "", context: str = "") -> tuple[list[CoachCheck], list[str]]:
    """Run every check on a draft; return the checks and the suggestions, most valuable first."""
    draft = prepare_draft(message, recipient_name, context)
    first, advice = check_not_default_note(draft)
    if not first.passed:
        return [first] + [CoachCheck(name, False, NO_NOTE) for name in list(WEIGHTS)[1:]], [advice or ""]
    outcomes = [check(draft) for check in CHECKS]
    ranked = sorted((o for o in outcomes if o[1]), key=lambda o: -WEIGHTS[o[0].name])
    return [check for check, _ in outcomes], [advice for _, advice in ranked if advice]


def score_checks(checks: Sequence[CoachCheck]) -> int:
    """Return the sum of the weights of the checks that passed."""
    return sum(WEIGHTS[check.name] for check in checks if check.passed)


def describe_reception(classification: Classification, decision: Decision) -> str:
    """Say how the guarded policy would treat the note if it were received."""
    intent, action = classification.intent, decision.action
    if action == Action.ASK:
        text = f"this would be read as {intent} and get the 'how have we met?' question"
        if intent in (Intent.KNOWN_CONTACT, Intent.PEER_VALUE):
            text += ", which your note already answers: the best a note to a stranger can get"
        return text
    if action == Action.ACCEPT:
        return f"this would be read as {intent} and be accepted"
    why = "it looks like a scam" if intent == Intent.SCAM_OR_FAKE else "nothing in it says why they should accept"
    return f"this would be read as {intent} and be ignored without a reply ({why})"


def coach_note(
    message: str,
    recipient_name: str = "",
    context: str = "",
    classification: Classification | None = None,
    decision: Decision | None = None,
) -> CoachReport:
    """Score a draft note, list what to change, and (given a classification and decision) predict its reception."""
    checks, suggestions = run_checks(message, recipient_name, context)
    report = CoachReport(score_checks(checks), tuple(checks), tuple(suggestions))
    if classification is None or decision is None:
        return report
    prediction = describe_reception(classification, decision)
    return replace(report, predicted_intent=classification.intent, predicted_action=decision.action, prediction=prediction)


def find_score_band(score: int) -> str:
    """Return the band a score falls in: 0-39, 40-59, 60-79 or 80-100."""
    return next(f"{low}-{high}" for low, high in SCORE_BANDS if low <= score <= high)
