"""Read a mailbox's invitation e-mails batch by batch, with the result `read_messages` gives for all of it.

A long import (an IMAP folder) commits every batch, yet one request's e-mails may sit in different
batches. So every invitation read so far is kept and merged again after each batch, and a batch
yields the merged invitations that are new or changed (the store fills the earlier row's gaps from
them). Reminders only fill gaps, so they are held back until `finish`, as a file reads them after
its invitations; `held_from` says from which message on nothing may be counted as done yet. The
notes come once, at the end.
"""

from __future__ import annotations

from collections.abc import Iterable

from linkscreen.adapters.invitation_card import merge_invitations
from linkscreen.adapters.invitation_mail import inspect_message
from linkscreen.adapters.mail_sources import RawMessage
from linkscreen.core.models import FileNote, Invitation, ParsedItem


class BatchedMailReader:
    """Turns batches of raw messages into items; `finish_notes` gives the notes for the whole run."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.messages = 0
        self._invitations: list[Invitation] = []
        self._reminders: list[Invitation] = []
        self._yielded: set[Invitation] = set()
        self._other = self._oversized = self._recoded = 0
        self.held_from: int | None = None  # the `line` of the first reminder not written yet

    def read_batch(self, raws: Iterable[RawMessage]) -> list[ParsedItem]:
        """Return this batch's errors, then the invitations it adds or completes (reminders are held)."""
        items: list[ParsedItem] = []
        found = False
        for raw in raws:
            self.messages += 1
            item, was_recoded, is_reminder = inspect_message(raw)
            self._recoded += was_recoded
            if isinstance(item, Invitation) and is_reminder:
                self._reminders.append(item)
                self.held_from = raw.line if self.held_from is None else min(self.held_from, raw.line)
            elif isinstance(item, Invitation):
                self._invitations.append(item)
                found = True
            elif item is None:
                self._other += 1
                self._oversized += raw.truncated
            else:
                items.append(item)
        if found:
            items.extend(self._merge(self._invitations))
        return items

    def finish(self) -> list[ParsedItem]:
        """Return the invitations the held reminders add or complete."""
        self.held_from = None
        return self._merge(self._invitations + self._reminders) if self._reminders else []

    def _merge(self, invitations: list[Invitation]) -> list[ParsedItem]:
        merged = merge_invitations(invitations)
        fresh: list[ParsedItem] = [invitation for invitation in merged if invitation not in self._yielded]
        self._yielded = set(merged)
        return fresh

    def finish_notes(self) -> list[FileNote]:
        """The notes `read_messages` would give: other mail, oversized mail, recoded charsets."""
        notes = []
        other, oversized, recoded = self._other, self._oversized, self._recoded
        if other:
            notes.append(FileNote(self.name, f"{other} message{' was' if other == 1 else 's were'} not "
                                             f"{'a LinkedIn invitation' if other == 1 else 'LinkedIn invitations'}"))
        if oversized:
            notes.append(FileNote(self.name, f"{oversized} of them {'was' if oversized == 1 else 'were'} over the "
                                             "size limit and only their headers were read"))
        if recoded:
            verb = "was" if recoded == 1 else "were"
            notes.append(FileNote(self.name, f"{recoded} invitation e-mail{'' if recoded == 1 else 's'} had a wrong "
                                             f"or unknown charset and {verb} read as UTF-8 or Windows-1252"))
        return notes
