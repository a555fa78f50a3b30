"""The invitation coach: score a draft connection note 0-100 with named checks and say what to change.

Each check passes or fails and earns points up to its weight (weights sum to 100); the score is the sum of
the points, and a failed check earns none. Pass/fail checks earn their whole weight. Three checks earn a
share of it by how concrete their evidence is: the clause holding the evidence is read by
`coach_parts.find_specifics`, which counts its concrete details (a named person, place, event, employer or
product, a number, a date) and notes a vague stand-in ("some event", "a while back") or hedge ("I think"),
which costs one of up to two steps (level 0, 1 or 2):

- names_shared_context (25) and states_reason (15) earn 60%, 80% or 100% of their weight at level 0, 1, 2;
- offers_value_not_sale (20) earns 70% with nothing offered or a vague offer, 85% and 100% as the offer gets
  concrete (a definite thing to hand over, "our restore notes", counts as one detail);
- fits_free_limit (2) earns 1 point for a note within 200 characters but over 30 words (a name of any length
  counting as one word): a gentle nudge to be concise.

When no shared-context phrase is recognised, a clause about them or both of you ("your", "we both", "fellow",
"thanks for") that names two or more concrete things still passes names_shared_context and states_reason
for the level-1 share, unless the note sells: the link is inferred, so the suggestion asks to say it.

Each graded check's detail says what it found and its points ("concrete: ITx 2025, Rotorua; 25 of 25
points"), and a check short of its weight suggests what to change, quoting the draft. LinkedIn's default
note (empty, or only the stock "I'd like to add you to my professional network") scores 0: every check
fails, since there is nothing for the recipient to go on.

Weights (WEIGHTS): not_default_note 10, addresses_recipient 5, names_shared_context 25, states_reason 15,
offers_value_not_sale 20, no_merge_fields 5, no_flattery_boilerplate 8, fits_free_limit 2 (a warning over 200
characters, what a free account may send), fits_premium_limit 5 (over 300 LinkedIn sends nothing), one_clear_ask 5.
Each check's docstring says when it passes; README.md ("The coach") has the table. Names are fair: the
recipient's name counts only in addresses_recipient, and any other name is one detail however long it is.

The prediction of how the `guarded` policy would treat the note is rendered from a Classification and
Decision the caller computed; this module loads no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from linkscreen.core.classifier import Classification
from linkscreen.core.coach_parts import (
    ARTEFACT, ASKS, BOILERPLATE, CONCISE_WORDS, GREETED_NAME, GREETING, LEVEL_SHARES, MERGE_EXTRA, NOT_A_REASON,
    NOT_NAMES, PRODUCT, REASONS, SALE_SIGNALS, SHARED_CUE, SHARED_EXTRA, VALUE, VALUE_SHARES, Shares, Specifics,
    advise_specifics, count_words, find_clause, find_specifics, quote, rate_specifics, search, split_clauses,
    split_sentences,
)
from linkscreen.core.generic_notes import is_default_note
from linkscreen.core.policy import Decision
from linkscreen.core.replies import CREDENTIAL_RE, LETTERS_RE, TITLES, extract_first_name
from linkscreen.core.signals import SIGNALS, name_pattern, normalise_text
from linkscreen.core.taxonomy import Action, Intent

FREE_LIMIT = 200
PREMIUM_LIMIT = 300
CONTEXT_WORDS = 40  # the most words of the sender's context looked for in the note
WEIGHTS: dict[str, int] = {  # the order the checks run and are shown in; the weights sum to 100
    "not_default_note": 10, "addresses_recipient": 5, "names_shared_context": 25, "states_reason": 15,
    "offers_value_not_sale": 20, "no_merge_fields": 5, "no_flattery_boilerplate": 8, "fits_free_limit": 2,
    "fits_premium_limit": 5, "one_clear_ask": 5,
}
SCORE_BANDS: tuple[tuple[int, int], ...] = ((0, 39), (40, 59), (60, 79), (80, 100))
NO_NOTE = "nothing to check: no note of your own"
NEUTRAL_NAME = "Alex"  # stands in for the greeted name when signals read the note


@dataclass(frozen=True, slots=True)
class CoachCheck:
    """One named check on a draft: did it pass, what was found, and the points it earned (0 when failed)."""

    name: str
    passed: bool
    detail: str
    points: int = 0


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
        """Return the evidence of a named signal in the note, the greeted name made neutral ("Hi Hope," is no hope)."""
        return SIGNALS[signal].find_in(neutralise_greeting(self.text))

    @property
    def names(self) -> frozenset[str]:
        """The recipient's names, casefolded: never a concrete detail."""
        return frozenset(name.casefold() for name in self.recipient_names)

    def grade(self, evidence: str, artefacts: bool = False) -> Specifics:
        """Return how concrete the clause holding evidence is. The recipient's names never count; with `artefacts`,
        a definite thing to hand over ("our restore notes") counts as one detail."""
        clause = find_clause(self.text, evidence) or evidence
        specifics = find_specifics(clause, self.names)
        artefact = ARTEFACT.search(clause) if ARTEFACT and artefacts else None
        if not artefact or any(detail in artefact.group(0) for detail in specifics.details):  # one thing counts once
            return specifics
        return replace(specifics, details=specifics.details + (artefact.group(0),))


CheckResult = tuple[CoachCheck, str | None]  # the check, and the suggestion when it fails or earns less than its weight


def neutralise_greeting(text: str) -> str:
    """Return text with the greeted name replaced by a neutral one, so that no name reads as a word of the note."""
    greeting = GREETED_NAME.match(text)
    if not greeting or greeting.group(1).casefold() in NOT_NAMES | TITLES | {"dear"}:
        return text
    return text[: greeting.start(1)] + NEUTRAL_NAME + text[greeting.end(1):]


def pass_check(name: str, detail: str) -> CoachCheck:
    """Return a passed check earning its whole weight."""
    return CoachCheck(name, True, detail, WEIGHTS[name])


def fail_check(name: str, detail: str) -> CoachCheck:
    """Return a failed check: no points."""
    return CoachCheck(name, False, detail, 0)


def grade_check(name: str, found: str, specifics: Specifics, shares: Shares | None = None) -> CoachCheck:
    """Return a passed check earning a share of its weight by how concrete its evidence is, saying why."""
    points = rate_specifics(WEIGHTS[name], specifics, *(shares,) if shares else ())
    return CoachCheck(name, True, f"{found} ({specifics.describe()}; {points} of {WEIGHTS[name]} points)", points)


def pick_most_specific(draft: Draft, evidence: Iterable[str], artefacts: bool = False) -> tuple[str, Specifics] | None:
    """Return the evidence whose clause is most concrete, with its specifics, or None when there is none."""
    graded = [(found, draft.grade(found, artefacts)) for found in dict.fromkeys(e for e in evidence if e)]
    return max(graded, key=lambda pair: (pair[1].level, len(pair[1].details)), default=None)


def check_not_default_note(draft: Draft) -> CheckResult:
    """Fails on an empty note or LinkedIn's stock text."""
    if not draft.text:
        return fail_check("not_default_note", "the note is empty"), (
            "Write a note: an empty invitation gives them nothing to go on; "
            "say how you know them or why you are writing")
    if is_default_note(draft.text):
        return fail_check("not_default_note", f"the note is LinkedIn's stock text {quote(draft.text)}"), (
            f"Replace LinkedIn's stock text {quote(draft.text)} with how you know them or why you are writing")
    return pass_check("not_default_note", f"a note of your own ({len(draft.raw.strip())} characters)"), None


def check_addresses_recipient(draft: Draft) -> CheckResult:
    """Passes when the note uses the recipient's name; trivially when no name is given."""
    if not draft.first_name:
        return pass_check("addresses_recipient", "no recipient name given, so the greeting is not checked"), None
    found = next((m for name in draft.recipient_names if (m := name_pattern(name).search(draft.text))), None)
    if found:
        return pass_check("addresses_recipient", f"greets them by name: {quote(found.group(0))}"), None
    greeting = GREETING.match(draft.text)
    if greeting and greeting.group(1).casefold() not in NOT_NAMES | TITLES:
        return fail_check("addresses_recipient", f"greets {quote(greeting.group(1))}, not {draft.first_name}"), (
            f"Fix the greeting {quote(greeting.group(0))}: write \"Hi {draft.first_name},\"")
    return fail_check("addresses_recipient", f"does not use their name ({draft.first_name})"), (
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
    """Passes when the note names a shared person, event, employer, group or piece of their work; graded by detail."""
    evidence = [draft.find(signal) for signal in ("SHARED_HISTORY_CLAIM", "RECIPIENT_WORK_REFERENCE", "COMMUNITY")]
    evidence += [search(regex, draft.text) for regex in SHARED_EXTRA]
    evidence.append(find_context_mention(draft) if draft.context else None)
    best = pick_most_specific(draft, (e for e in evidence if e))
    if best:
        found, specifics = best
        check = grade_check("names_shared_context", f"names what you share: {quote(found)}", specifics)
        return check, advise_specifics(specifics) if check.points < WEIGHTS[check.name] else None
    concrete = find_concrete_mention(draft)
    if concrete:
        return credit_concrete_mention("names_shared_context", concrete)
    if draft.context:
        return fail_check("names_shared_context", f"your context {quote(draft.context)} is not in the note"), (
            f"Say what you told the coach, {quote(draft.context)}, in the note: it is the reason they will accept")
    return fail_check("names_shared_context", "names no person, event, employer, group or work you share"), (
        "Name what you have in common: where you met, who suggested you get in touch, a shared employer or group, "
        "or something they wrote that you read")


def find_concrete_mention(draft: Draft) -> Specifics | None:
    """Return a clause about them or both of you ("your", "we both", "fellow", "thanks for") naming two or more
    concrete things, when no shared-context phrase was recognised and the note does not sell; else None."""
    if find_sale(draft):
        return None
    graded = (find_specifics(clause, draft.names) for clause in split_clauses(draft.text) if SHARED_CUE.search(clause))
    return next((specifics for specifics in graded if specifics.level == 2), None)


def credit_concrete_mention(name: str, specifics: Specifics) -> CheckResult:
    """Pass a check on a concrete clause about them or both of you, for the level-1 share: the link is inferred."""
    weight = WEIGHTS[name]
    points = round(weight * LEVEL_SHARES[1])
    detail = f"names concrete things about you or both of you ({specifics.describe()}; {points} of {weight} points)"
    return CoachCheck(name, True, detail, points), (
        f"Say in {quote(specifics.clause)} how you know them: where you met, who introduced you, "
        "what of theirs you read")


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
    """Passes on a reason to connect (having met or worked together is one), graded by detail; a sale is no reason."""
    sale = find_sale(draft, skip=NOT_A_REASON)
    if sale:
        return fail_check("states_reason", f"the reason it gives serves you, not them: it {sale[1]}"), (
            "Give a reason about them or what you share, not about what you want from them")
    history = draft.find("SHARED_HISTORY_CLAIM")
    reasons = [m.group(0) for m in REASONS.finditer(draft.text)] if REASONS else []
    best = pick_most_specific(draft, reasons + [draft.find("PEER_QUESTION") or "", history or ""], artefacts=True)
    if best:
        found, specifics = best
        met = found == history
        what = f"you have met or worked together ({quote(found)})" if met else f"gives a reason: {quote(found)}"
        check = grade_check("states_reason", what, specifics)
        return check, advise_specifics(specifics) if check.points < WEIGHTS[check.name] else None
    concrete = find_concrete_mention(draft)  # shared history told in concrete terms is reason enough
    if concrete:
        return credit_concrete_mention("states_reason", concrete)
    networking = draft.find("NETWORKING_TALK")
    if networking:
        return fail_check("states_reason", f"only says {quote(networking)}: no specific reason"), (
            f"Replace {quote(networking)} with one sentence on why them in particular: a question, a project, "
            "something to share")
    return fail_check("states_reason", "gives no specific reason to connect"), (
        "Add one sentence on why you want to connect with them in particular: a question, a project, "
        "something to share")


def check_offers_value_not_sale(draft: Draft) -> CheckResult:
    """Fails on pitch, candidate, job-hunting, scam and link signals, and on a call request about a product."""
    sale = find_sale(draft)
    if sale:
        return fail_check("offers_value_not_sale", sale[1]), sale[2]
    offers = [m.group(0) for m in VALUE.finditer(draft.text)] if VALUE else []
    best = pick_most_specific(draft, offers, artefacts=True)
    if best is None:
        weight = WEIGHTS["offers_value_not_sale"]
        points = round(weight * VALUE_SHARES[0])
        detail = f"no sales pitch; nothing offered ({points} of {weight} points)"
        return CoachCheck("offers_value_not_sale", True, detail, points), (
            "Offer them something they can use: your notes, data, a template or an introduction, by name")
    found, specifics = best
    check = grade_check("offers_value_not_sale", f"offers something: {quote(found)}", specifics, VALUE_SHARES)
    return check, advise_specifics(specifics) if check.points < WEIGHTS[check.name] else None


def check_no_merge_fields(draft: Draft) -> CheckResult:
    """Fails on an unfilled mail-merge placeholder."""
    evidence = draft.find("MERGE_FIELD") or search(MERGE_EXTRA, draft.text)
    if evidence:
        return fail_check("no_merge_fields", f"unfilled placeholder {quote(evidence)}"), (
            f"Fill in {quote(evidence)}: a left-over placeholder shows a mass mailing")
    return pass_check("no_merge_fields", "no unfilled placeholders"), None


def check_no_flattery_boilerplate(draft: Draft) -> CheckResult:
    """Fails on personal flattery and on stock phrases that say nothing."""
    evidence = search(BOILERPLATE, draft.text) or draft.find("ROMANCE_FLATTERY")
    if evidence:
        return fail_check("no_flattery_boilerplate", f"stock phrase or flattery {quote(evidence)}"), (
            f"Replace {quote(evidence)} with something specific you read or heard")
    return pass_check("no_flattery_boilerplate", "no stock phrases or flattery"), None


def check_length(draft: Draft, name: str, limit: int, over: str, advice: str) -> CheckResult:
    """Passes when the note is at most `limit` characters long."""
    length = len(draft.raw.strip())
    if length <= limit:
        return pass_check(name, f"{length} characters, within {limit}"), None
    longest = max(split_sentences(draft.text), key=len, default=draft.text)
    return fail_check(name, f"{over}: {length} characters, over {limit}"), (
        f"Cut {length - limit} character{'s' * (length - limit > 1)} {advice}: shorten {quote(longest)}")


def check_fits_free_limit(draft: Draft) -> CheckResult:
    """Passes at most 200 characters (1 of its 2 points above 30 words); above 200, a warning (free accounts cannot
    send it). Words, not characters, measure concision: a name of any length counts as one word."""
    check, advice = check_length(
        draft, "fits_free_limit", FREE_LIMIT, "warning", f"to fit a free account's {FREE_LIMIT}"
    )
    words = count_words(draft.text, draft.names)
    if not check.passed or words <= CONCISE_WORDS:
        return check, advice
    longest = max(split_sentences(draft.text), key=len, default=draft.text)
    detail = f"{check.detail}; {words} words, over {CONCISE_WORDS} (1 of {WEIGHTS[check.name]} points)"
    return replace(check, detail=detail, points=1), f"Trim it towards {CONCISE_WORDS} words: shorten {quote(longest)}"


def check_fits_premium_limit(draft: Draft) -> CheckResult:
    """Fails above 300 characters, LinkedIn's limit for any note."""
    return check_length(draft, "fits_premium_limit", PREMIUM_LIMIT, "too long to send", "or LinkedIn will not send it")


def check_one_clear_ask(draft: Draft) -> CheckResult:
    """Passes with at most one question or request."""
    asks = [s for s in split_sentences(draft.text) if s.endswith("?") or search(ASKS, s)]
    if len(asks) > 1:
        quoted = ", ".join(quote(ask) for ask in asks)
        return fail_check("one_clear_ask", f"{len(asks)} asks: {quoted}"), f"Keep one ask: choose between {quoted}"
    detail = f"one ask: {quote(asks[0])}" if asks else "no explicit ask (the invitation is the ask)"
    return pass_check("one_clear_ask", detail), None


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
    """Run every check on a draft; return the checks and the suggestions, the most points to gain first."""
    draft = prepare_draft(message, recipient_name, context)
    first, advice = check_not_default_note(draft)
    if not first.passed:
        return [first] + [fail_check(name, NO_NOTE) for name in list(WEIGHTS)[1:]], [advice or ""]
    outcomes = [check(draft) for check in CHECKS]
    ranked = sorted((o for o in outcomes if o[1]), key=lambda o: o[0].points - WEIGHTS[o[0].name])
    return [check for check, _ in outcomes], list(dict.fromkeys(advice for _, advice in ranked if advice))


def score_checks(checks: Sequence[CoachCheck]) -> int:
    """Return the points the checks earned, 0-100."""
    return max(0, min(100, sum(check.points for check in checks)))


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
    return replace(
        report, predicted_intent=classification.intent, predicted_action=decision.action, prediction=prediction
    )


def find_score_band(score: int) -> str:
    """Return the band a score falls in: 0-39, 40-59, 60-79 or 80-100."""
    return next(f"{low}-{high}" for low, high in SCORE_BANDS if low <= score <= high)
