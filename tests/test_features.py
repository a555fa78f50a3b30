"""Text features: what the models see, and what they must never see (names)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from linkscreen.core.features import (
    CHAR_SIZES,
    PLACEHOLDERS,
    _add_char_ngrams,
    compute_idf,
    count_document_frequencies,
    describe_term,
    extract_text_features,
    fold_for_terms,
    is_function_phrase,
    quote_pointing_words,
    tokenise,
    weigh_tfidf,
)


def test_given_links_emails_phones_and_amounts_when_normalised_then_folded_to_tokens() -> None:
    text = fold_for_terms("Earn $5,000 weekly: see https://x.io/a or mail a.b@c.com, +64 21 555 1234")
    assert "xurlx" in text and "xemailx" in text and "xphonex" in text
    assert "5" not in text and "$0,0" in text


def test_given_accented_text_when_normalised_then_accents_are_stripped() -> None:
    assert fold_for_terms("Olá, Gestão de Tecnologia") == "ola, gestao de tecnologia"


def test_given_two_senders_differing_only_by_name_when_featurised_then_features_are_identical() -> None:
    note = "Hello Michael, I'm {} and I recruit for fintech roles."
    first = extract_text_features("Recruiter", "", note.format("Emma Wilson"), "Emma Wilson")
    second = extract_text_features("Recruiter", "", note.format("Nguyen Van An"), "Nguyen Van An")
    assert first == second


def test_given_an_empty_note_when_featurised_then_only_headline_terms_and_the_empty_flag() -> None:
    features = extract_text_features("Account Executive | SaaS", "Contoso", "")
    assert features["empty_note"] == 1.0
    assert "h:account executive" in features and "h:saas" in features
    assert not any("contoso" in name for name in features)  # the employer is who they are (see test_manners)
    assert all(name.startswith("h:") or name == "empty_note" for name in features)


def test_given_a_note_when_featurised_then_words_pairs_char_ngrams_and_length_bucket() -> None:
    features = extract_text_features("", "", "Quick call next week?")
    assert features["m:quick call"] == 1.0
    assert " qui" in features and "uick" in features
    assert features["len:short"] == 1.0


def test_given_documents_when_idf_computed_then_rare_terms_cut_and_common_terms_weigh_less() -> None:
    docs = [{"a": 1.0, "b": 1.0}, {"a": 1.0, "c": 1.0}, {"a": 1.0, "b": 1.0}]
    idf = compute_idf(*count_document_frequencies(docs), min_df=2)
    assert set(idf) == {"a", "b"}
    assert idf["a"] < idf["b"]


def test_given_counts_when_weighed_then_unknown_terms_drop_and_vector_is_unit_length() -> None:
    weighted = weigh_tfidf({"a": 3.0, "b": 1.0, "zzz": 5.0}, {"a": 1.0, "b": 2.0})
    assert set(weighted) == {"a", "b"}
    assert abs(sum(v * v for v in weighted.values()) - 1.0) < 1e-9


def test_given_a_note_when_featurised_then_no_character_ngram_spans_two_words() -> None:
    features = extract_text_features("", "", "big data")
    grams = {name for name in features if ":" not in name}
    assert {" big", "big ", " dat", "data", "ata "} <= grams
    assert "g da" not in grams and "ig d" not in grams


def test_given_a_link_or_address_when_featurised_then_read_once_as_a_word_not_as_its_letters() -> None:
    features = extract_text_features("", "", "see https://bit.ly/x or mail jo@example.com")
    assert features["m:xurlx"] == 1 and features["m:xemailx"] == 1
    grams = {name for name in features if ":" not in name}
    assert {" see", "mail"} <= grams
    assert not any(part in gram for gram in grams for part in ("xur", "url", "rlx", "xem", "ilx"))


def test_given_mail_boilerplate_when_normalised_then_it_is_dropped() -> None:
    text = fold_for_terms("Keen to chat. Sent from my iPhone")
    assert "iphone" not in text and "keen to chat" in text
    text = fold_for_terms("Hi. This email and any attachments are confidential and intended solely for the addressee.")
    assert "confidential" not in text


def test_given_phone_shorthand_when_featurised_then_spelt_like_the_words() -> None:
    short = extract_text_features("", "", "pls can u share ur cv, thx")
    long = extract_text_features("", "", "please can you share your cv, thanks")
    assert {k for k in short if k.startswith("m:")} == {k for k in long if k.startswith("m:")}


def test_given_texts_with_and_without_digits_links_and_fields_when_normalised_then_each_is_folded() -> None:
    """Each substitution only runs where it can match: what it would have found is still found."""
    assert fold_for_terms("No numbers here, just words") == "no numbers here, just words"
    assert fold_for_terms("Ping me at http://x") == "ping me at  xurlx "
    assert fold_for_terms("Room \u00b2 and \u2460") == "room 0 and 0"  # no digit until unicode is folded
    assert fold_for_terms("Dear {first_name}, 50% off") == "dear  xmergex , 0% off"
    assert fold_for_terms("e.g. v1.2 or www./x") == "e.g. v0.0 or  xurlx "


def test_given_tokens_when_character_ngrams_counted_then_as_the_padded_word_regex_finds_them() -> None:
    """The n-grams are those of each word padded with one space, as the regex over the joined words finds; a
    placeholder ("xmergex") has none."""
    rng = random.Random(5)
    for _ in range(300):
        tokens = tokenise(fold_for_terms(" ".join(
            "".join(rng.choice("abcdé'9#%") for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(1, 6))
        )))
        if not tokens:
            continue
        counts: Counter[str] = Counter()
        _add_char_ngrams(counts, tokens)
        expected: Counter[str] = Counter()
        text = f" {' '.join(token for token in tokens if token not in PLACEHOLDERS)} "
        for n in CHAR_SIZES:
            expected.update(re.findall(f"(?=([^ ]{{{n}}}| [^ ]{{{n - 1}}}|[^ ]{{{n - 1}}} | [^ ]{{{n - 2}}} ))", text))
        assert list(counts.items()) == list(expected.items()), tokens


def test_given_folded_terms_when_described_then_placeholders_are_named_and_numbers_shown_as_hashes() -> None:
    """GIVEN the terms a normalised note yields for "$95/hr", "30%", a link and "5 years" THEN readable words."""
    terms = [term[2:] for term in extract_text_features("", "", "Earn $95/hr, 30% more: see https://x.io in 5 years")
             if term.startswith("m:")]
    described = {describe_term(term) for term in terms}
    assert {"$#", "#%", "<link>", "# years"} <= described
    assert not any("0" in term or "xurlx" in term for term in described)


def test_given_terms_when_checked_then_only_function_words_and_bare_numbers_say_nothing() -> None:
    assert all(is_function_phrase(term) for term in ("the", "in the", "we've", "it's", "0", "in 0", "de la"))
    assert not any(is_function_phrase(term) for term in ("demo", "show you", "whatsapp", "# years", "0 years", "cv"))


def test_given_scored_terms_when_quoted_then_only_meaningful_words_of_the_named_fields_in_order() -> None:
    """GIVEN a model's strongest terms (names, function words, a number, another field among them) WHEN quoted THEN
    only meaningful words of the named fields, strongest first, named by field, readable, at most `limit`."""
    terms = [("m:the", 3.0), ("m:xnamex", 2.9), ("m:quick call", 2.5), ("h:account executive", 2.0), ("m:0", 1.9),
             ("c:emo", 1.8), ("m:$0", 1.5), ("m:in the", 1.2), ("m:xurlx", 1.0), ("m:demo", 0.9)]
    fields = {"m:": "note", "h:": "headline"}
    assert quote_pointing_words(terms, fields) == [
        'note "quick call"', 'headline "account executive"', 'note "$#"', 'note "<link>"']
    assert quote_pointing_words(terms, {"m:": ""}, limit=2) == ['"quick call"', '"$#"']
    assert quote_pointing_words([("m:a", 1.0), ("m:any", 0.5)], fields) == []


def test_given_a_formal_and_an_informal_greeting_when_featurised_then_the_same_features() -> None:
    """GIVEN "Dear Sir, kindly ..." and "Hi, please ..." THEN the same note: how formally a sender greets is style."""
    formal = extract_text_features("", "", "Dear Sir, kindly consider my CV for a data analyst role.")
    plain = extract_text_features("", "", "Hi, please consider my CV for a data analyst role.")
    assert formal == plain
