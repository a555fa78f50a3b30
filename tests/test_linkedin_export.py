"""Reading LinkedIn exports: every file, old and new headers, bad rows reported by file:line."""

from __future__ import annotations

import zipfile
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

from linkscreen.adapters.linkedin_export import SPINMAIL_PREFIX, read_linkedin_export
from linkscreen.core.models import (
    Connection, FileNote, HiddenConnection, Invitation, Message, OwnerProfile, ParsedItem,
    Position, RowError)
from linkscreen.core.taxonomy import Direction

REPO = Path(__file__).resolve().parent.parent
FOLDER = "Basic_LinkedInDataExport_01-29-2026"
UTC = timezone.utc
OWNER_URL = "https://www.linkedin.com/in/kiri-halvorsen"
PREAMBLE = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
            'addresses are missing. You will only see email addresses for connections who have '
            'allowed their connections to see or download their email address."\n\n')
INVITATIONS = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    f'Zoë Ngata,Kiri Halvorsen,"1/29/26, 2:37 PM",,INCOMING,https://www.linkedin.com/in/zoe,{OWNER_URL}\n'
    f'Łukasz Nowak,Kiri Halvorsen,"1/28/26, 9:05 AM","Hi Kiri, we met at ITx,\nkeen to stay in touch",'
    f"INCOMING,https://www.linkedin.com/in/lukasz,{OWNER_URL}\n"
    f'Kiri Halvorsen,Tevita Fifita,"1/2/26, 12:15 PM",,OUTGOING,{OWNER_URL},https://www.linkedin.com/in/tevita\n')
MESSAGES_HEADER = ('"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO",'
                   '"RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS",'
                   '"IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n')


def message_line(conversation: str, sender: str, url: str, when: str, content: str,
                 draft: str = "No", conversation_draft: str = "No") -> str:
    fields = [conversation, "", sender, url, "Kiri Halvorsen", OWNER_URL, when, "", content, "INBOX", "",
              draft, conversation_draft]
    return ",".join('"' + field.replace('"', '""') + '"' for field in fields) + "\n"


def make_export(tmp_path: Path, files: dict[str, str | bytes], folder: str = FOLDER) -> Path:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{folder}/{name}" if folder else name,
                             data.encode("utf-8") if isinstance(data, str) else data)
    return path


def read_all(path: Path) -> list[ParsedItem]:
    return list(read_linkedin_export(path))


def of_type(items: list[ParsedItem], kind: type) -> list:
    return [item for item in items if type(item) is kind]


def test_given_invitations_when_read_then_incoming_and_outgoing_name_the_other_person(tmp_path: Path) -> None:
    items = read_all(make_export(tmp_path, {"Invitations.csv": INVITATIONS}))
    invitations = of_type(items, Invitation)
    assert [i.name for i in invitations] == ["Zoë Ngata", "Łukasz Nowak", "Tevita Fifita"]
    first, second, outgoing = invitations
    assert first.direction is Direction.INCOMING and first.has_default_note
    assert first.profile_url == "https://www.linkedin.com/in/zoe"
    assert (first.counterpart_name, first.counterpart_url) == ("Kiri Halvorsen", OWNER_URL)
    assert first.sent_at == datetime(2026, 1, 29, 14, 37, tzinfo=UTC)
    assert first.source == "linkedin-export"
    assert second.message == "Hi Kiri, we met at ITx,\nkeen to stay in touch"
    assert outgoing.direction is Direction.OUTGOING
    assert outgoing.profile_url == "https://www.linkedin.com/in/tevita"
    assert (outgoing.counterpart_name, outgoing.counterpart_url) == ("Kiri Halvorsen", OWNER_URL)
    assert of_type(items, OwnerProfile) == [OwnerProfile(profile_url=OWNER_URL)]
    assert not of_type(items, RowError) and not of_type(items, FileNote)


def test_given_old_invitations_without_url_columns_when_read_then_rows_import(tmp_path: Path) -> None:
    old = 'From,To,Sent At,Message,Direction\nAna Silva,Kiri Halvorsen,"10/24/19, 10:21 AM",,INCOMING\n'
    items = read_all(make_export(tmp_path, {"Invitations.csv": old}, folder=""))
    assert [(i.name, i.profile_url) for i in of_type(items, Invitation)] == [("Ana Silva", "")]
    assert not of_type(items, OwnerProfile)


def test_given_an_excel_resaved_invitations_file_when_read_then_bom_crlf_and_day_first_dates_work(
        tmp_path: Path) -> None:
    text = ("\ufeffFrom,To,Sent At,Message,Direction\r\n"
            "Ana Silva,Kiri Halvorsen,03/01/2026 14:37,=HYPERLINK(\"http://x.example\";\"cv\"),INCOMING\r\n"
            "Wei Chen,Kiri Halvorsen,29/01/2026 09:12,<script>alert(1)</script>,INCOMING\r\n")
    items = read_all(make_export(tmp_path, {"Invitations.csv": text}))
    ana, wei = of_type(items, Invitation)
    assert ana.sent_at == datetime(2026, 1, 3, 14, 37, tzinfo=UTC)
    assert ana.message == '=HYPERLINK("http://x.example";"cv")'
    assert wei.message == "<script>alert(1)</script>"


def test_given_bad_invitation_rows_when_read_then_each_error_has_file_and_line(tmp_path: Path) -> None:
    text = INVITATIONS + (
        'Bad Date,Kiri Halvorsen,"yesterday",,INCOMING,,\n'
        'Odd,Kiri Halvorsen,"1/29/26, 2:37 PM",,SIDEWAYS,,\n'
        ',Kiri Halvorsen,"1/29/26, 2:37 PM",,INCOMING,,\n'
        'Too,Many,"1/29/26, 2:37 PM",,INCOMING,,,extra\n'
        'Last Good,Kiri Halvorsen,"1/29/26, 2:38 PM",,INCOMING,,\n')
    items = read_all(make_export(tmp_path, {"Invitations.csv": text}))
    errors = [str(error) for error in of_type(items, RowError)]
    member = f"{FOLDER}/Invitations.csv"
    assert errors == [
        f"{member}:6: unparseable date in 'Sent At': 'yesterday'",
        f"{member}:7: unknown Direction 'SIDEWAYS' (expected INCOMING or OUTGOING)",
        f"{member}:8: missing 'From' (the other person's name)",
        f"{member}:9: expected 7 fields, found 8"]
    assert of_type(items, Invitation)[-1].name == "Last Good"


def test_given_connections_with_preamble_when_read_then_hidden_profiles_are_counted(tmp_path: Path) -> None:
    text = (PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Aroha,Te Rangi,https://www.linkedin.com/in/aroha,aroha@mail.example,Kauri Freight,CIO,08 Feb 2026\n"
            ",,,,,,07 Feb 2026\n"
            "Søren,Nørgaard,https://www.linkedin.com/in/soren,,,,\n"
            ",,,,,,06 Feb 2026\n"
            "Bad,Date,,,,,31 Foo 2026\n")
    items = read_all(make_export(tmp_path, {"Connections.csv": text}))
    aroha, soren = of_type(items, Connection)
    assert aroha == Connection("Aroha", "Te Rangi", "https://www.linkedin.com/in/aroha", "aroha@mail.example",
                               "Kauri Freight", "CIO", date(2026, 2, 8))
    assert soren.connected_on is None
    assert of_type(items, HiddenConnection) == [HiddenConnection(date(2026, 2, 7)), HiddenConnection(date(2026, 2, 6))]
    assert [str(e) for e in of_type(items, RowError)] == [
        f"{FOLDER}/Connections.csv:9: unparseable date in 'Connected On': '31 Foo 2026'"]


def test_given_old_connections_without_url_or_preamble_when_read_then_rows_import(tmp_path: Path) -> None:
    text = "First Name,Last Name,Email Address,Company,Position,Connected On\nMei,Wang,,Acme,CTO,12 Mar 2018\n"
    items = read_all(make_export(tmp_path, {"Connections.csv": text}))
    assert of_type(items, Connection) == [Connection("Mei", "Wang", "", "", "Acme", "CTO", date(2018, 3, 12))]


def test_given_cp1252_connections_when_read_then_names_decode_and_a_note_says_cp1252(tmp_path: Path) -> None:
    text = ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            "René,Söderström,,,,,08 Feb 2026\r\n")
    items = read_all(make_export(tmp_path, {"Connections.csv": text.encode("cp1252")}))
    assert [c.full_name for c in of_type(items, Connection)] == ["René Söderström"]
    notes = of_type(items, FileNote)
    assert len(notes) == 1 and "cp1252" in notes[0].text and notes[0].file.endswith("Connections.csv")


def test_given_messages_when_read_then_drafts_drop_and_sponsored_inmail_is_flagged(tmp_path: Path) -> None:
    spam = SPINMAIL_PREFIX + "Hi Kiri,</p>"
    text = (MESSAGES_HEADER
            + message_line("c1", "Hēmi Parata", "https://www.linkedin.com/in/hemi", "2025-06-01 14:03:22 UTC",
                           "Line one,\nline \"two\"")
            + message_line("c1", "Kiri Halvorsen", OWNER_URL, "2025-06-01 15:00:00 UTC", "draft", draft="Yes")
            + message_line("c2", "Kiri Halvorsen", OWNER_URL, "2025-06-02 15:00:00 UTC", "x", conversation_draft="true")
            + message_line("c3", "CloudSpan NZ", "", "2025-06-03 08:00:00 UTC", spam)
            + message_line("c4", "Real Person", "https://www.linkedin.com/in/real", "2025-06-04 08:00:00 UTC", spam)
            + message_line("c5", "Ana", "u", "2025-13-01 08:00:00 UTC", "bad date")
            + message_line("", "Ana", "u", "2025-06-05 08:00:00 UTC", "no conversation")
            + message_line("c6", "Ana", "u", "2025-06-06 08:00:00 UTC", "=HYPERLINK(\"http://x\")"))
    items = read_all(make_export(tmp_path, {"messages.csv": text}))
    messages = of_type(items, Message)
    assert [m.conversation_id for m in messages] == ["c1", "c3", "c4", "c6"]
    first = messages[0]
    assert first.content == 'Line one,\nline "two"'
    assert first.sent_at == datetime(2025, 6, 1, 14, 3, 22, tzinfo=UTC)
    assert (first.sender_name, first.recipient_names, first.folder) == ("Hēmi Parata", "Kiri Halvorsen", "INBOX")
    assert [m.is_sponsored for m in messages] == [False, True, False, False]
    assert messages[-1].content == '=HYPERLINK("http://x")'
    assert [str(e) for e in of_type(items, RowError)] == [
        f"{FOLDER}/messages.csv:8: unparseable date in 'DATE': '2025-13-01 08:00:00 UTC'",
        f"{FOLDER}/messages.csv:9: missing 'CONVERSATION ID'"]


def test_given_an_old_nine_column_messages_file_when_read_then_columns_map_by_name(tmp_path: Path) -> None:
    text = ("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
            "c1,,Wei Chen,https://www.linkedin.com/in/wei,Kiri Halvorsen,2019-10-24 10:21:00 UTC,,Hello,INBOX\n")
    (message,) = of_type(read_all(make_export(tmp_path, {"messages.csv": text})), Message)
    assert (message.sender_name, message.content, message.recipient_profile_urls) == ("Wei Chen", "Hello", "")


def test_given_profile_and_positions_when_read_then_owner_and_jobs(tmp_path: Path) -> None:
    profile = ("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
               "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
               'Kiri,Halvorsen,,,,IT Manager,"Two\nlines",Logistics,6011,"Wellington, New Zealand",,,\n')
    positions = ("Company Name,Title,Description,Location,Started On,Finished On\n"
                 "Tasman Harbour Logistics,IT Manager,,Wellington,Jun 2021,\n"
                 "Tōtara Polytechnic,IT Support Analyst,,,2008,2010\n"
                 ",No Company,,,2001,2002\n"
                 "Kōwhai Health Trust,Lead,,,Smarch 2017,May 2021\n")
    items = read_all(make_export(tmp_path, {"Profile.csv": profile, "Positions.csv": positions}))
    assert of_type(items, OwnerProfile) == [OwnerProfile("Kiri", "Halvorsen", "IT Manager", "Logistics",
                                                         "Wellington, New Zealand")]
    assert of_type(items, Position) == [
        Position("Tasman Harbour Logistics", "IT Manager", "", "Wellington", date(2021, 6, 1), None),
        Position("Tōtara Polytechnic", "IT Support Analyst", "", "", date(2008, 1, 1), date(2010, 1, 1))]
    assert [str(e) for e in of_type(items, RowError)] == [
        f"{FOLDER}/Positions.csv:4: missing 'Company Name'",
        f"{FOLDER}/Positions.csv:5: unparseable date in 'Started On': 'Smarch 2017'"]


def test_given_a_file_lacking_a_required_column_when_read_then_one_note_and_the_rest_imports(
        tmp_path: Path) -> None:
    broken = "From,To,Message,Direction\nAna,Kiri,,INCOMING\n"
    connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nMei,Wang,,,,,08 Feb 2026\n"
    items = read_all(make_export(tmp_path, {"Invitations.csv": broken, "Connections.csv": connections,
                                            "Rich_Media.csv": "whatever\n", "Learning.csv": "x,y\n"}))
    (note,) = of_type(items, FileNote)
    assert note.file == f"{FOLDER}/Invitations.csv"
    assert "missing required column 'Sent At'" in note.text and "skipped" in note.text
    assert not of_type(items, Invitation)
    assert len(of_type(items, Connection)) == 1


def test_given_a_damaged_member_when_read_then_a_note_says_so(tmp_path: Path) -> None:
    path = tmp_path / "damaged.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Invitations.csv", INVITATIONS)
    data = bytearray(path.read_bytes())
    data[data.find(b"Zo")] ^= 0x20  # flip a byte of the stored data: the CRC no longer matches
    path.write_bytes(bytes(data))
    (note,) = of_type(read_all(path), FileNote)
    assert "damaged" in note.text


def test_given_the_example_export_when_read_then_counts_match_the_story() -> None:
    items = read_all(REPO / "examples" / "linkedin-export.zip")
    invitations = of_type(items, Invitation)
    incoming = [i for i in invitations if i.direction is Direction.INCOMING]
    assert len(incoming) == 150
    assert 110 <= sum(i.has_default_note for i in incoming) <= 115
    assert len(invitations) - len(incoming) == 20
    assert 290 <= len(of_type(items, Connection)) + len(of_type(items, HiddenConnection)) <= 310
    assert len(of_type(items, HiddenConnection)) == 5
    messages = of_type(items, Message)
    assert 190 <= len(messages) <= 210
    assert sum(m.is_sponsored for m in messages) == 1
    assert not any(m.content.endswith("sorry for the slow reply - I") for m in messages)  # the draft
    challenges = [m for m in messages if m.content.endswith("how have we met or done business before?")]
    assert len(challenges) == 25
    asked = {m.conversation_id: m.sent_at for m in challenges}
    replied = {m.conversation_id for m in messages if m.conversation_id in asked
               and m.sender_name != "Kiri Halvorsen" and m.sent_at > asked[m.conversation_id]}
    assert len(replied) == 15
    owner = [p for p in of_type(items, OwnerProfile) if p.first_name]
    assert owner[0].full_name == "Kiri Halvorsen"
    assert len(of_type(items, Position)) == 5
    assert not of_type(items, RowError) and not of_type(items, FileNote)
    kinds = Counter(type(item).__name__ for item in items)
    assert kinds["OwnerProfile"] == 2
