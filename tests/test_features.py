"""Text features: what the models see, and what they must never see (names)."""

from __future__ import annotations

from linkscreen.core.features import (
    compute_idf,
    count_document_frequencies,
    extract_text_features,
    mask_names,
    normalise_text,
    weigh_tfidf,
)


def test_given_links_emails_phones_and_amounts_when_normalised_then_folded_to_tokens() -> None:
    text = normalise_text("Earn $5,000 weekly: see https://x.io/a or mail a.b@c.com, +64 21 555 1234")
    assert "xurlx" in text and "xemailx" in text and "xphonex" in text
    assert "5" not in text and "$0,0" in text


def test_given_accented_text_when_normalised_then_accents_are_stripped() -> None:
    assert normalise_text("Olá, Gestão de Tecnologia") == "ola, gestao de tecnologia"


def test_given_the_greeted_and_the_senders_name_when_masked_then_neither_remains() -> None:
    masked = mask_names("Hi Hamish, Priya Sharma here from Acme.", ["Priya Sharma"])
    assert masked == "Hi xnamex, xnamex here from Acme."


def test_given_two_senders_differing_only_by_name_when_featurised_then_features_are_identical() -> None:
    note = "Hello Michael, I'm {} and I recruit for fintech roles."
    first = extract_text_features("Recruiter", "", note.format("Emma Wilson"), "Emma Wilson")
    second = extract_text_features("Recruiter", "", note.format("Nguyen Van An"), "Nguyen Van An")
    assert first == second


def test_given_an_empty_note_when_featurised_then_only_headline_terms_and_the_empty_flag() -> None:
    features = extract_text_features("Account Executive | SaaS", "Contoso", "")
    assert features["empty_note"] == 1.0
    assert "h:account executive" in features and "h:contoso" in features
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


def test_given_a_greeting_before_a_common_word_when_masked_then_the_word_stays() -> None:
    """GIVEN "Hi, happy to connect" THEN only names are masked, not the word after the greeting."""
    assert mask_names("Hi, happy to connect") == "Hi, happy to connect"
    assert mask_names("hello, looking for work") == "hello, looking for work"
    assert mask_names("Hi Hamish, happy to connect") == "Hi xnamex, happy to connect"


def test_given_mail_boilerplate_when_normalised_then_it_is_dropped() -> None:
    text = normalise_text("Keen to chat. Sent from my iPhone")
    assert "iphone" not in text and "keen to chat" in text
    text = normalise_text("Hi. This email and any attachments are confidential and intended solely for the addressee.")
    assert "confidential" not in text


def test_given_phone_shorthand_when_featurised_then_spelt_like_the_words() -> None:
    short = extract_text_features("", "", "pls can u share ur cv, thx")
    long = extract_text_features("", "", "please can you share your cv, thanks")
    assert {k for k in short if k.startswith("m:")} == {k for k in long if k.startswith("m:")}
