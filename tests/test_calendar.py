"""Tests for the iCalendar reader: Google, Outlook and Apple/Thunderbird calendar exports."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from linkscreen.adapters.errors import ImportFileError
from linkscreen.adapters.evidence.calendar import read_calendar
from linkscreen.core.evidence_records import Attendee, KnownPerson, Meeting
from linkscreen.core.models import RowError

UTC = timezone.utc
ME = "me@mycompany.example"


def event(uid: str, start: str, summary: str, *extra: str) -> str:
    lines = ["BEGIN:VEVENT", f"DTSTART{start}", f"UID:{uid}", f"SUMMARY:{summary}", *extra, "END:VEVENT"]
    return "".join(line + "\r\n" for line in lines)


def calendar(*events: str, head: str = "") -> str:
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
            "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:me@mycompany.example\r\n"
            + head + "".join(events) + "END:VCALENDAR\r\n")


BERLIN = ("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nX-LIC-LOCATION:Europe/Berlin\r\n"
          "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
          "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
          "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
          "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
          "END:VTIMEZONE\r\n")

GOOGLE = calendar(
    event("7kq2@google.com", ";TZID=Europe/Berlin:20240610T100000", "Cloud migration review",
          "DTEND;TZID=Europe/Berlin:20240610T110000",
          "ORGANIZER;CN=Jane Doe:mailto:jane.doe@acme.example",
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe;X-NUM-GUESTS=0:m",
          " ailto:jane.doe@acme.example",
          "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=me@mycompany.example:mailto:"
          "me@mycompany.example",
          "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;CN=\"Smith, Bob\":mailto:Bob.Smith@Partner.example",
          "ATTENDEE;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED;CN=Berlin-3-Spree (8):mailto:c_188@resource.calendar."
          "google.com",
          "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=DECLINED;CN=Dee Clined:mailto:dee@partner.example",
          "LOCATION:Berlin-3-Spree (8)\\, Acme HQ",
          "STATUS:CONFIRMED"),
    event("weekly@google.com", ":20240603T080000Z", "Weekly sync",
          "RRULE:FREQ=WEEKLY;BYDAY=MO",
          "ORGANIZER;CN=me@mycompany.example:mailto:me@mycompany.example",
          "ATTENDEE;CN=Jane D.:mailto:jane.doe@acme.example"),
    event("weekly@google.com", ":20240618T090000Z", "Weekly sync (moved)",
          "RECURRENCE-ID:20240617T080000Z",
          "ORGANIZER;CN=me@mycompany.example:mailto:me@mycompany.example",
          "ATTENDEE;CN=Jane Doe (Acme):mailto:jane.doe@acme.example"),
    event("weekly@google.com", ":20240624T080000Z", "Weekly sync",
          "RECURRENCE-ID:20240624T080000Z", "STATUS:CANCELLED",
          "ATTENDEE;CN=Jane Doe:mailto:jane.doe@acme.example"),
    head=BERLIN)

OUTLOOK = (
    "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
    "METHOD:PUBLISH\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16011028T030000\r\n"
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    + event("040000008200E00074C5B7101A82E00800000000", ";TZID=W. Europe Standard Time:20240115T143000",
            "Angebot Besprechung",
            "ORGANIZER;CN=\"Müller, Hans\":mailto:hans.mueller@beispiel.example",
            "ATTENDEE;CN=\"Müller, Hans\";RSVP=TRUE:mailto:hans.mueller@beispiel.example",
            "ATTENDEE;CN=Ich;RSVP=TRUE:mailto:ME@mycompany.example",
            "ATTENDEE;CN=Externe Beraterin:invalid:nomail",
            "LOCATION:Microsoft Teams-Besprechung",
            "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM")
    + event("allday-1", ";VALUE=DATE:20240220", "Messe Tag 1",
            "ATTENDEE;CN=Externe Beraterin:invalid:nomail")
    + "END:VCALENDAR\r\n")

APPLE = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//macOS 14.4//EN\n"
         "BEGIN:VEVENT\nUID:A1B2\nDTSTART:20240301T090000\nSUMMARY:Coffee with Ana about the Lisbon\n"
         "  offsite\nATTENDEE;CN=Ana Lima:mailto:ana@lima.example\nEND:VEVENT\n"
         "BEGIN:VTODO\nUID:todo-1\nSUMMARY:Not an event\nEND:VTODO\n"
         "END:VCALENDAR\n")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def meetings(items: list[object]) -> list[Meeting]:
    return [item for item in items if isinstance(item, Meeting)]


def people(items: list[object]) -> dict[str, KnownPerson]:
    return {item.key: item for item in items if isinstance(item, KnownPerson)}


def errors(items: list[object]) -> list[RowError]:
    return [item for item in items if isinstance(item, RowError)]


def test_given_a_google_export_when_read_then_one_meeting_per_event_with_utc_start_and_attendees(
        tmp_path: Path) -> None:
    items = list(read_calendar(write(tmp_path, "me@mycompany.example.ics", GOOGLE), frozenset({ME})))
    review, weekly, moved = meetings(items)
    assert not errors(items)
    assert review.key == "ics:7kq2@google.com"
    assert review.title == "Cloud migration review"
    assert review.started_at == datetime(2024, 6, 10, 8, 0, tzinfo=UTC)
    assert review.location == "Berlin-3-Spree (8), Acme HQ"
    assert review.attendees == (
        Attendee("Jane Doe", "jane.doe@acme.example", True),
        Attendee("", ME, False),
        Attendee("Smith, Bob", "bob.smith@partner.example", False))
    assert weekly.key == "ics:weekly@google.com"
    assert moved.key == "ics:weekly@google.com#20240617T080000Z"
    assert moved.started_at == datetime(2024, 6, 18, 9, 0, tzinfo=UTC)


def test_given_a_cancelled_event_when_read_then_it_is_skipped(tmp_path: Path) -> None:
    items = list(read_calendar(write(tmp_path, "cal.ics", GOOGLE)))
    assert all("20240624" not in meeting.key for meeting in meetings(items))
    assert len(meetings(items)) == 3


def test_given_meetings_when_read_then_people_count_shared_meetings_and_keep_the_latest_name(
        tmp_path: Path) -> None:
    items = list(read_calendar(write(tmp_path, "cal.ics", GOOGLE), frozenset({"ME@MyCompany.example"})))
    found = people(items)
    assert set(found) == {"ics-email:jane.doe@acme.example", "ics-email:bob.smith@partner.example"}
    jane = found["ics-email:jane.doe@acme.example"]
    assert jane.relation == "attendee" and jane.sent == 3 and jane.received == 0
    assert jane.name == "Jane Doe (Acme)"
    assert jane.emails == ("jane.doe@acme.example",)
    assert jane.first_seen == datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    assert jane.last_seen == datetime(2024, 6, 18, 9, 0, tzinfo=UTC)
    assert jane.notes == ("'Weekly sync (moved)' 2024-06-18", "'Cloud migration review' 2024-06-10",
                          "'Weekly sync' 2024-06-03")
    assert all(isinstance(item, Meeting) for item in items[:3])  # people come after the meetings


def test_given_no_own_addresses_when_read_then_nobody_is_excluded(tmp_path: Path) -> None:
    found = people(list(read_calendar(write(tmp_path, "cal.ics", GOOGLE))))
    assert found[f"ics-email:{ME}"].sent == 3


def test_given_many_meetings_with_one_person_when_read_then_only_the_five_newest_are_noted(
        tmp_path: Path) -> None:
    events = [event(f"u{day}", f":202405{day:02d}T100000Z", f"Call {day}", "ATTENDEE;CN=Bo:mailto:bo@x.example")
              for day in range(1, 8)]
    (bo,) = people(list(read_calendar(write(tmp_path, "cal.ics", calendar(*events))))).values()
    assert bo.sent == 7
    assert bo.notes == tuple(f"'Call {day}' 2024-05-{day:02d}" for day in (7, 6, 5, 4, 3))


def test_given_an_outlook_export_when_read_then_windows_zones_all_day_and_nameless_addresses_work(
        tmp_path: Path) -> None:
    items = list(read_calendar(write(tmp_path, "outlook.ics", OUTLOOK), frozenset({ME})))
    offer, fair = meetings(items)
    assert offer.started_at == datetime(2024, 1, 15, 13, 30, tzinfo=UTC)
    assert offer.attendees[0] == Attendee("Müller, Hans", "hans.mueller@beispiel.example", True)
    assert Attendee("Externe Beraterin", "", False) in offer.attendees
    assert fair.started_at == datetime(2024, 2, 20, tzinfo=UTC)
    found = people(items)
    assert found["ics-name:externe beraterin"].sent == 2
    assert found["ics-name:externe beraterin"].emails == ()
    assert found["ics-email:hans.mueller@beispiel.example"].sent == 1
    assert f"ics-email:{ME}" not in found


def test_given_an_apple_export_with_floating_time_when_read_then_utc_is_assumed_and_todos_ignored(
        tmp_path: Path) -> None:
    items = list(read_calendar(write(tmp_path, "Home.ics", APPLE)))
    (coffee,) = meetings(items)
    assert coffee.started_at == datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    assert coffee.title == "Coffee with Ana about the Lisbon offsite"
    assert list(people(items)) == ["ics-email:ana@lima.example"]


def test_given_a_bad_dtstart_when_read_then_the_event_is_reported_at_its_begin_line_and_nothing_leaks(
        tmp_path: Path) -> None:
    text = calendar(
        event("good-1", ":20240105T100000Z", "First", "ATTENDEE;CN=Al:mailto:al@x.example"),
        event("bad-1", ":2024xx05T100000Z", "Broken", "ATTENDEE;CN=Leaky:mailto:leak@x.example"),
        event("good-2", ":20240107T100000Z", "Third", "ATTENDEE;CN=Al:mailto:al@x.example"))
    items = list(read_calendar(write(tmp_path, "cal.ics", text)))
    assert [meeting.title for meeting in meetings(items)] == ["First", "Third"]
    (error,) = errors(items)
    assert (error.file, error.line) == ("cal.ics", 13)
    assert "DTSTART" in error.reason
    assert set(people(items)) == {"ics-email:al@x.example"}
    assert people(items)["ics-email:al@x.example"].sent == 2


def test_given_a_garbled_line_or_missing_end_when_read_then_only_that_event_is_skipped(tmp_path: Path) -> None:
    text = calendar(
        event("garbled", ":20240105T100000Z", "Garbled", "this is not a content line"),
        "BEGIN:VEVENT\r\nUID:open\r\nDTSTART:20240106T100000Z\r\nSUMMARY:Never closed\r\n",
        event("fine", ":20240107T100000Z", "Fine"),
        event("no-start", "X-NONE:1", "No start"))
    items = list(read_calendar(write(tmp_path, "cal.ics", text)))
    assert [meeting.key for meeting in meetings(items)] == ["ics:fine"]
    assert [error.line for error in errors(items)] == [7, 13, 22]
    assert "END:VEVENT" in errors(items)[1].reason
    assert "no DTSTART" in errors(items)[2].reason


def test_given_an_event_without_uid_when_read_twice_then_its_key_is_the_same(tmp_path: Path) -> None:
    text = calendar("BEGIN:VEVENT\r\nDTSTART:20240105T100000Z\r\nSUMMARY:No uid\r\nEND:VEVENT\r\n")
    path = write(tmp_path, "cal.ics", text)
    first, second = (meetings(list(read_calendar(path)))[0].key for _ in range(2))
    assert first == second and first.startswith("ics:")


def test_given_the_same_file_read_twice_when_keys_compared_then_they_are_stable(tmp_path: Path) -> None:
    path = write(tmp_path, "cal.ics", GOOGLE)
    runs = [[getattr(item, "key") for item in read_calendar(path)] for _ in range(2)]
    assert runs[0] == runs[1] and len(set(runs[0])) == len(runs[0])


def test_given_a_folder_when_read_then_files_are_read_in_order_and_repeated_events_counted_once(
        tmp_path: Path) -> None:
    folder = tmp_path / "calendars"
    folder.mkdir()
    write(folder, "b-work.ics", GOOGLE)
    write(folder, "a-home.ics", APPLE)
    write(folder, "c-copy.ICS", GOOGLE)
    write(folder, "notes.txt", "ignored")
    items = list(read_calendar(folder, frozenset({ME})))
    assert [meeting.key for meeting in meetings(items)][0] == "ics:A1B2"
    assert len(meetings(items)) == 4
    assert people(items)["ics-email:jane.doe@acme.example"].sent == 3


@pytest.mark.parametrize("content", ["", "BEGIN:VCARD\r\nFN:Jane\r\nEND:VCARD\r\n", "Subject,Start Date\r\n"])
def test_given_a_file_that_is_not_icalendar_when_read_then_import_file_error(tmp_path: Path, content: str) -> None:
    with pytest.raises(ImportFileError, match="not an iCalendar file"):
        list(read_calendar(write(tmp_path, "x.ics", content)))


def test_given_a_missing_path_or_empty_folder_when_read_then_import_file_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        list(read_calendar(tmp_path / "missing.ics"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFileError, match="no iCalendar files"):
        list(read_calendar(tmp_path / "empty"))


def test_given_a_custom_vtimezone_and_a_bom_when_read_then_the_file_zone_converts_to_utc(tmp_path: Path) -> None:
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Linkscreen Test Standard Time\r\nBEGIN:STANDARD\r\n"
            "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n")
    text = "\ufeff" + calendar(event("ist-1", ";TZID=Linkscreen Test Standard Time:20240105T153000", "Standup"),
                               head=zone)
    (standup,) = meetings(list(read_calendar(write(tmp_path, "cal.ics", text))))
    assert standup.started_at == datetime(2024, 1, 5, 10, 0, tzinfo=UTC)
