"""Tests for the vCard reader: Google, Apple, Outlook/Android 2.1 and vCard 4.0 address books."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.vcard import linkedin_profile, read_vcards
from linkscreen.core.evidence_records import KnownPerson
from linkscreen.core.models import RowError

GOOGLE = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Jane Doe\r\n"
    "N:Doe;Jane;;;\r\n"
    "EMAIL;TYPE=INTERNET;TYPE=WORK:Jane.Doe@Acme.com\r\n"
    "item1.EMAIL;TYPE=INTERNET:jane@home.example\r\n"
    "item1.X-ABLabel:Private\r\n"
    "TEL;TYPE=CELL:+44 7700 900123\r\n"
    "ORG:Acme Corp;Cloud Engineering\r\n"
    "TITLE:Chief Technology Officer\r\n"
    "item2.URL:https\\://www.linkedin.com/in/jane-doe-42/\r\n"
    "item2.X-ABLabel:LinkedIn\r\n"
    "NOTE:Met at PyCon UK 2023\\, talked about packaging\r\n"
    "CATEGORIES:myContacts\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Ravi Kumar\r\n"
    "N:Kumar;Ravi;;;\r\n"
    "EMAIL;TYPE=INTERNET:ravi@example.in\r\n"
    "item1.URL:http\\://example.in/blog\r\n"
    "END:VCARD\r\n"
)

APPLE = (
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "PRODID:-//Apple Inc.//macOS 14.4//EN\n"
    "N:Müller;Hans;;;\n"
    "FN:Hans Müller\n"
    "ORG:Beispiel GmbH;\n"
    "TITLE:Head of Procurement and Strategic Sourcing for the Central European Reg\n"
    " ion\n"
    "item1.EMAIL;type=INTERNET;type=pref:hans.mueller@beispiel.de\n"
    "item1.X-ABLabel:_$!<Other>!$_\n"
    "X-SOCIALPROFILE;type=linkedin;x-user=hansmueller:http://www.linkedin.com/in/hansmueller\n"
    "UID:5D1A7C3E-1B2F-4E9A-9C4D-2F7A8B9C0D1E:ABPerson\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:;;;;\n"
    "FN:Nordwind Logistics\n"
    "ORG:Nordwind Logistics;\n"
    "item1.EMAIL;type=INTERNET;type=WORK:info@nordwind.example\n"
    "X-ABShowAs:COMPANY\n"
    "UID:0A1B2C3D-0000-4000-8000-000000000001:ABPerson\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:3.0\n"
    "N:Okafor;Chidi;;;\n"
    "FN:Chidi Okafor\n"
    "X-SOCIALPROFILE;type=linkedin;x-user=chidi-okafor:x-apple:chidi-okafor\n"
    "UID:0A1B2C3D-0000-4000-8000-000000000002:ABPerson\n"
    "END:VCARD\n"
)

VCARD4 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Ana Lima\r\n"
    "N:Lima;Ana;;;\r\n"
    "EMAIL;TYPE=work;PREF=1:ana@lima.example\r\n"
    "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
    "SOCIALPROFILE;SERVICE-TYPE=LinkedIn:https://br.linkedin.com/in/analima?trk=abc\r\n"
    "URL:https://lima.example\r\n"
    "END:VCARD\r\n"
)

OUTLOOK_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Dupont;Fran=E7ois\r\n"
    "TITLE;CHARSET=Windows-1252:Directeur g\xe9n\xe9ral\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Soci=C3=A9t=C3=A9 G=C3=A9n=C3=A9rale;Direction des=\r\n"
    " syst=C3=A8mes\r\n"
    "EMAIL;PREF;INTERNET:f.dupont@societe.example\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Rencontr=C3=A9 au salon VivaTech=0D=0A=\r\n"
    "deuxi=C3=A8me ligne\r\n"
    "END:VCARD\r\n"
)

BROKEN_MIDDLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:First Person\r\nEMAIL:first@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Person\r\nEMAIL:broken@example.com\r\n"
    "this line has no colon at all\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Third Person\r\nEMAIL:third@example.com\r\nEND:VCARD\r\n"
)


def write(tmp_path: Path, name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
    return path


def people(items: list[KnownPerson | RowError]) -> list[KnownPerson]:
    return [item for item in items if isinstance(item, KnownPerson)]


def errors(items: list[KnownPerson | RowError]) -> list[RowError]:
    return [item for item in items if isinstance(item, RowError)]


def test_given_a_google_contacts_export_when_read_then_grouped_emails_org_and_escaped_url_are_used(
        tmp_path: Path) -> None:
    items = list(read_vcards(write(tmp_path, "contacts.vcf", "\ufeff" + GOOGLE)))
    jane, ravi = people(items)
    assert not errors(items)
    assert jane.relation == "contact" and jane.sent == 1 and jane.received == 0
    assert jane.name == "Jane Doe"
    assert jane.emails == ("jane.doe@acme.com", "jane@home.example")
    assert jane.company == "Acme Corp"
    assert jane.title == "Chief Technology Officer"
    assert jane.profile_url == "https://www.linkedin.com/in/jane-doe-42"
    assert jane.notes == ("note: Met at PyCon UK 2023, talked about packaging",)
    assert jane.key.startswith("vcard:")
    assert ravi.profile_url == "" and ravi.emails == ("ravi@example.in",)


def test_given_an_apple_contacts_export_when_read_then_social_profile_uid_and_folding_are_used(
        tmp_path: Path) -> None:
    hans, company, chidi = people(list(read_vcards(write(tmp_path, "Kontakte.vcf", APPLE))))
    assert hans.key == "vcard:5D1A7C3E-1B2F-4E9A-9C4D-2F7A8B9C0D1E:ABPerson"
    assert hans.name == "Hans Müller"
    assert hans.company == "Beispiel GmbH"
    assert hans.title.endswith("Central European Region")
    assert hans.emails == ("hans.mueller@beispiel.de",)
    assert hans.profile_url == "https://www.linkedin.com/in/hansmueller"
    assert company.name == "" and company.company == "Nordwind Logistics"
    assert company.emails == ("info@nordwind.example",)
    assert chidi.profile_url == "https://www.linkedin.com/in/chidi-okafor"


def test_given_a_vcard_4_file_when_read_then_socialprofile_and_urn_uid_are_used(tmp_path: Path) -> None:
    (ana,) = people(list(read_vcards(write(tmp_path, "ana.vcf", VCARD4))))
    assert ana.key == "vcard:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert ana.profile_url == "https://www.linkedin.com/in/analima"
    assert ana.emails == ("ana@lima.example",)


def test_given_a_quoted_printable_2_1_export_when_read_then_charset_and_soft_breaks_are_decoded(
        tmp_path: Path) -> None:
    items = list(read_vcards(write(tmp_path, "outlook.vcf", OUTLOOK_21, "cp1252")))
    (francois,) = people(items)
    assert not errors(items)
    assert francois.name == "François Dupont"
    assert francois.title == "Directeur général"
    assert francois.company == "Société Générale"
    assert francois.emails == ("f.dupont@societe.example",)
    assert francois.notes == ("note: Rencontré au salon VivaTech deuxième ligne",)


def test_given_a_card_with_n_but_no_fn_when_read_then_the_name_is_composed_from_n(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:García Márquez;Lucía;María;Dr.;\r\nEND:VCARD\r\n"
    (lucia,) = people(list(read_vcards(write(tmp_path, "n.vcf", text))))
    assert lucia.name == "Lucía María García Márquez"


def test_given_a_broken_card_between_good_ones_when_read_then_it_is_reported_at_its_begin_line_and_skipped(
        tmp_path: Path) -> None:
    items = list(read_vcards(write(tmp_path, "mixed.vcf", BROKEN_MIDDLE)))
    assert [person.name for person in people(items)] == ["First Person", "Third Person"]
    (error,) = errors(items)
    assert (error.file, error.line) == ("mixed.vcf", 6)
    assert "bad vCard" in error.reason and "no colon" in error.reason
    assert not any("broken@example.com" in person.emails for person in people(items))


def test_given_a_card_without_end_when_read_then_it_is_an_error_and_the_next_card_still_comes(
        tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\nVERSION:3.0\nFN:Lost Card\nEMAIL:lost@example.com\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Kept Card\nEMAIL:kept@example.com\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:Truncated\nEMAIL:truncated@example.com")
    items = list(read_vcards(write(tmp_path, "noend.vcf", text)))
    assert [person.name for person in people(items)] == ["Kept Card"]
    assert [(error.line, "END:VCARD" in error.reason) for error in errors(items)] == [(1, True), (10, True)]


def test_given_a_bad_property_value_when_read_then_the_whole_card_is_skipped(tmp_path: Path) -> None:
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Photo Person\r\nEMAIL:photo@example.com\r\n"
            "PHOTO;ENCODING=b;TYPE=JPEG:@@@not base64!!\r\nEND:VCARD\r\n" + VCARD4)
    items = list(read_vcards(write(tmp_path, "photo.vcf", text)))
    assert [person.name for person in people(items)] == ["Ana Lima"]
    assert [(error.file, error.line) for error in errors(items)] == [("photo.vcf", 1)]


def test_given_a_card_naming_nobody_when_read_then_it_is_an_error(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nN:;;;;\r\nTEL:+1 555 0100\r\nEND:VCARD\r\n" + VCARD4
    items = list(read_vcards(write(tmp_path, "phone.vcf", text)))
    assert len(people(items)) == 1
    assert [(error.line, "no name") for error in errors(items)] == [(1, "no name")]
    assert "no name" in errors(items)[0].reason


def test_given_text_outside_cards_when_read_then_one_error_per_stretch_and_cards_still_read(
        tmp_path: Path) -> None:
    text = "Exported by PhoneTool\r\nversion 3\r\n\r\n" + VCARD4 + "\r\ntrailer\r\n"
    items = list(read_vcards(write(tmp_path, "stray.vcf", text)))
    assert len(people(items)) == 1
    assert [error.line for error in errors(items)] == [1, 14]


def test_given_the_same_file_read_twice_when_keys_compared_then_they_are_stable(tmp_path: Path) -> None:
    path = write(tmp_path, "contacts.vcf", GOOGLE + APPLE)
    first = [person.key for person in people(list(read_vcards(path)))]
    second = [person.key for person in people(list(read_vcards(path)))]
    assert first == second and len(set(first)) == len(first) == 5


def test_given_a_card_without_uid_when_email_order_and_case_change_then_the_key_is_the_same(
        tmp_path: Path) -> None:
    one = "BEGIN:VCARD\nVERSION:3.0\nFN:Jane  Doe\nEMAIL:a@x.example\nEMAIL:B@x.example\nEND:VCARD\n"
    two = "BEGIN:VCARD\nVERSION:3.0\nFN:jane doe\nEMAIL:b@x.example\nEMAIL:a@x.example\nEND:VCARD\n"
    (first,) = people(list(read_vcards(write(tmp_path, "one.vcf", one))))
    (second,) = people(list(read_vcards(write(tmp_path, "two.vcf", two))))
    assert first.key == second.key


def test_given_a_folder_when_read_then_each_vcf_file_is_read_in_name_order(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    write(folder, "b.vcf", VCARD4)
    write(folder, "a.VCF", GOOGLE)
    write(folder, "readme.txt", "not a card")
    items = list(read_vcards(folder))
    assert [person.name for person in people(items)] == ["Jane Doe", "Ravi Kumar", "Ana Lima"]


def test_given_a_cp1252_file_when_read_then_it_is_decoded(tmp_path: Path) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEMAIL:zoe@example.se\r\nEND:VCARD\r\n"
    (zoe,) = people(list(read_vcards(write(tmp_path, "win.vcf", text, "cp1252"))))
    assert zoe.name == "Zoë Ångström"


@pytest.mark.parametrize("content", ["", "name,email\nJane,jane@example.com\n", "\x00\x01binary"])
def test_given_a_file_that_is_not_a_vcard_when_read_then_import_file_error(tmp_path: Path, content: str) -> None:
    with pytest.raises(ImportFileError, match="not a vCard file"):
        list(read_vcards(write(tmp_path, "x.vcf", content)))


def test_given_a_missing_path_or_empty_folder_when_read_then_import_file_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        list(read_vcards(tmp_path / "missing.vcf"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFileError, match="no vCard files"):
        list(read_vcards(tmp_path / "empty"))


@pytest.mark.parametrize(("value", "expected"), [
    ("https\\://www.linkedin.com/in/jane-doe/", "https://www.linkedin.com/in/jane-doe"),
    ("linkedin.com/in/jane?trk=x", "https://www.linkedin.com/in/jane"),
    ("https://uk.linkedin.com/in/jane/details/experience/", "https://www.linkedin.com/in/jane"),
    ("https://www.linkedin.com/company/acme", ""),
    ("https://example.com/in/jane", ""),
])
def test_given_urls_when_checked_then_only_linkedin_profiles_are_kept(value: str, expected: str) -> None:
    assert linkedin_profile(value) == expected


def test_given_profile_only_cards_without_uid_when_read_then_their_keys_differ(tmp_path: Path) -> None:
    text = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nURL:https://www.linkedin.com/in/{slug}\r\nEND:VCARD\r\n"
                   for slug in ("first-slug", "second-slug"))
    first, second = people(list(read_vcards(write(tmp_path, "profiles.vcf", text))))
    assert first.name == "" and first.profile_url.endswith("/first-slug")
    assert first.key != second.key
