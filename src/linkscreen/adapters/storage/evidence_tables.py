"""Store methods that find relationship evidence in what is already imported."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Engine, or_, select

from linkscreen.adapters.storage import schema
from linkscreen.adapters.storage.rows import to_utc
from linkscreen.core.models import normalise_profile_url


class EvidenceTables:
    """Mixed into Store: who the user has written to, from the imported LinkedIn messages."""

    engine: Engine

    def find_messages_sent_to(self, profile_urls: Iterable[str], owner_url: str, owner_name: str) -> dict[str, list[datetime]]:
        """Return, per profile URL, when the user sent that person a message (oldest first).

        Only messages the user wrote count: a stranger's cold InMail says nothing about knowing them.
        """
        wanted = {url for url in profile_urls if url}
        msgs = schema.messages
        by_owner = [msgs.c.sender_profile_url == owner_url] if owner_url else []
        if owner_name:
            by_owner.append(msgs.c.sender_name == owner_name)
        if not wanted or not by_owner:
            return {}
        sent: dict[str, list[datetime]] = {}
        query = select(msgs.c.recipient_profile_urls, msgs.c.sent_at).where(or_(*by_owner)).order_by(msgs.c.sent_at)
        with self.engine.connect() as conn:
            for recipients, sent_at in conn.execute(query):
                for url in recipients.replace(";", ",").split(","):
                    url = normalise_profile_url(url)
                    if url in wanted and sent_at is not None:
                        sent.setdefault(url, []).append(to_utc(sent_at))
        return sent
