"""Generic notes: a greeting and a wish to connect say no more than LinkedIn's default note."""

from __future__ import annotations

import pytest

from linkscreen.core.generic_notes import is_generic_note

GENERIC = [
    "Hi, I viewed your profile and thought it would be a pleasure to connect.",
    "I came across your profile and would like to connect.",
    "Hi Mariana, I'd like to add you to my network.",
    "Hello, I hope you're well. Let's connect.",
    "Greetings! Please accept my request. Best regards.",
    "Would be great to connect, thanks.",
    "Dear Sir, kindly accept my request. Regards, Ravi Kumar",
    "Namaste sir, please accept my request \U0001f64f",
    "Bonjour, je serais ravie de faire partie de votre r\u00e9seau.",
    "Hola, me encantar\u00eda conectar contigo.",
    "Ol\u00e1, tudo bem? Gostaria de fazer parte da sua rede.",
    "Hallo, ich w\u00fcrde mich \u00fcber eine Vernetzung freuen.",
    "Halo kak, salam kenal ya",
    # thanks for accepting, as a first message after the request (an export's messages.csv)
    "Thank you for connecting, looking forward to staying in touch.",
    "Obrigado por aceitar meu convite!",
    "Merci d'avoir accept\u00e9 mon invitation !",
    "Gracias por aceptar mi solicitud",
    "Danke f\u00fcr die Annahme meiner Kontaktanfrage",
    "Terima kasih sudah menerima undangan saya",
]

SPECIFIC = [
    "I came across your post on cloud costs and would like to connect.",
    "I saw your profile and have a role that fits it.",
    "",  # empty is LinkedIn's default, not a generic note
    "Hi, looking for a job",
    "I accept all invitations",
    "Great to connect again!",
    "Hi Sarah, we met at ITx",
    "Let's grow our networks",
    "Hello dear",
    "Hiring? let's connect",
    "Hi, let's connect! Cheers, Malia | 021 555 0198",
    "Happy to connect, see www.example.com",
    "Hi {first_name}, happy to connect",
    "Obrigado por aceitar, tenho uma oportunidade para voc\u00ea",
    "Thanks for accepting, I have a role for you",
    "Gracias por aceptar mi solicitud, busco empleo",
    "\u0428\u0443\u043a\u0430\u044e \u0440\u043e\u0431\u043e\u0442\u0443",  # Cyrillic: "looking for work"
    "\u60f3\u8bf7\u4f60\u52a0\u5165\u6c42\u804c\u7fa4",  # Chinese: "inviting you to a job-hunting group"
    "Hallo, wir suchen einen Stra\u00dfenbauer",
]


@pytest.mark.parametrize("note", GENERIC)
def test_given_only_a_greeting_and_a_wish_to_connect_when_checked_then_generic(note: str) -> None:
    assert is_generic_note(note)


@pytest.mark.parametrize("note", SPECIFIC)
def test_given_a_word_that_carries_meaning_when_checked_then_not_generic(note: str) -> None:
    assert not is_generic_note(note)


def test_given_the_same_note_greeting_different_names_when_checked_then_the_same_answer() -> None:
    """GIVEN a greeted name or a signed name THEN it never decides whether a note is generic."""
    for name in ("Priya", "Chukwuemeka", "Nguyen Van", "Jo\u00e3o", "Aroha", "S\u00f8ren", "\u0141ukasz",
                 "\u00c6sa", "\u0110or\u0111e"):
        assert is_generic_note(f"Hi {name}, happy to connect! Cheers, {name}")


def test_given_a_very_long_note_of_courtesies_when_checked_then_not_generic() -> None:
    assert not is_generic_note("Hello, " + "thank you so much, " * 20)
