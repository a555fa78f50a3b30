"""A throwaway Dovecot IMAP server for the IMAP tests: its own config, users, mail and TLS key in a temp
folder, listening on free loopback ports, run as an unprivileged user, removed after."""

from __future__ import annotations

import grp
import imaplib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
USER = "kiri"
PASSWORD = "s3cret pass\"word"
RUN_AS_WHEN_ROOT = "dovecot"  # the account Debian's package creates


def find_dovecot() -> str | None:
    """Return the dovecot binary, or None when Debian's dovecot-imapd is not installed."""
    found = shutil.which("dovecot") or (DOVECOT if os.path.exists(DOVECOT) else None)
    if found is None or not os.path.exists("/usr/lib/dovecot/imap"):
        return None
    return found


@dataclass
class DovecotServer:
    """Where a running server listens, its CA file and how to reach its mail."""

    root: Path
    imap_port: int
    imaps_port: int
    cafile: Path
    ssl: bool

    def connect(self) -> imaplib.IMAP4:
        """A logged-in plain connection for setting up and checking mail (tests only)."""
        client = imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=10)
        client.login(USER, PASSWORD)
        return client

    def append(self, messages: list[bytes], folder: str = "INBOX", flags: str = "",
               arrived: datetime | None = None) -> None:
        """Put messages into a folder (created when missing) over IMAP, in order; a folder name that
        starts with a quote is sent as it is (already in modified UTF-7)."""
        client = self.connect()
        try:
            quoted = folder if folder.startswith('"') else _quote(folder)
            if folder.upper() != "INBOX":
                client.create(quoted)
            for data in messages:
                typ, answer = client.append(quoted, f"({flags})" if flags else None, arrived, data)
                assert typ == "OK", answer
        finally:
            client.logout()

    def read_flags(self, folder: str = "INBOX") -> dict[int, frozenset[bytes]]:
        """Return each message's flags by UID (\\Recent left out), without changing them (EXAMINE)."""
        client = self.connect()
        try:
            client.select(folder if folder.startswith('"') else _quote(folder), readonly=True)
            typ, data = client.uid("FETCH", "1:*", "(FLAGS)")
            flags = {}
            for line in data:
                if isinstance(line, bytes) and b"UID " in line:
                    uid = int(line.split(b"UID ")[1].split()[0].rstrip(b")"))
                    flags[uid] = frozenset(line[line.index(b"FLAGS (") + 7:].split(b")")[0].split()) - {b"\\Recent"}
            return flags
        finally:
            client.logout()


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run_as() -> tuple[str, int, int]:
    """The unprivileged account dovecot runs as: ourselves, or Debian's `dovecot` user when we are root."""
    if os.geteuid() != 0:
        entry = pwd.getpwuid(os.geteuid())
    else:
        entry = pwd.getpwnam(RUN_AS_WHEN_ROOT)
    return entry.pw_name, entry.pw_uid, entry.pw_gid


def _write_certificate(root: Path) -> Path:
    """A self-signed certificate for 127.0.0.1 / localhost; returns it (it is also the CA file)."""
    cert, key = root / "cert.pem", root / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    return cert


def _write_config(root: Path, user: str, uid: int, gid: int, imap_port: int, imaps_port: int, use_ssl: bool) -> Path:
    group = grp.getgrgid(gid).gr_name
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{root / 'home' / USER}::\n")
    ssl_lines = (f"ssl = yes\nssl_cert = <{root / 'cert.pem'}\nssl_key = <{root / 'key.pem'}\n"
                 if use_ssl else "ssl = no\n")
    imaps = f"  inet_listener imaps {{\n    port = {imaps_port}\n    ssl = yes\n  }}\n" if use_ssl else ""
    config = f"""# linkscreen test server
base_dir = {root / 'run'}
state_dir = {root / 'state'}
log_path = {root / 'dovecot.log'}
info_log_path = {root / 'dovecot.log'}
protocols = imap
listen = 127.0.0.1
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = 0
auth_mechanisms = plain login
disable_plaintext_auth = no
auth_failure_delay = 0
mail_location = maildir:{root / 'mail'}/%u
{ssl_lines}
passdb {{
  driver = passwd-file
  args = {root / 'passwd'}
}}
userdb {{
  driver = passwd-file
  args = {root / 'passwd'}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = {imap_port}
  }}
{imaps}}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    user = {user}
  }}
  unix_listener stats-writer {{
    user = {user}
  }}
}}
"""
    path = root / "dovecot.conf"
    path.write_text(config)
    return path


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot stopped at start: {log.read_text() if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(100).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"dovecot did not answer on port {port}")


@contextmanager
def run_dovecot(use_ssl: bool = True) -> Iterator[DovecotServer]:
    """Start a fresh Dovecot on free loopback ports; yield where it is; stop it and delete its folder."""
    binary = find_dovecot()
    if binary is None:
        raise RuntimeError("Dovecot is not installed (apt-get install dovecot-imapd)")
    root = Path(tempfile.mkdtemp(prefix="linkscreen-dovecot-"))
    user, uid, gid = _run_as()
    imap_port, imaps_port = _free_port(), _free_port()
    cafile = _write_certificate(root)
    config = _write_config(root, user, uid, gid, imap_port, imaps_port, use_ssl)
    for folder in ("run", "state", "mail", "home"):
        (root / folder).mkdir()
    if os.geteuid() == 0:
        for path in [root, *root.rglob("*")]:
            os.chown(path, uid, gid)
    command = [binary, "-F", "-c", str(config)]
    if os.geteuid() == 0:
        command = ["runuser", "-u", user, "--", *command]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        _wait_for_port(imap_port, process, root / "dovecot.log")
        yield DovecotServer(root, imap_port, imaps_port if use_ssl else 0, cafile, use_ssl)
    finally:
        _stop(process)
        shutil.rmtree(root, ignore_errors=True)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if process.stderr:
        process.stderr.close()


class CuttingProxy:
    """A TCP proxy to the server that drops the client's connection once `limit` bytes came back from it:
    a server that goes away half-way through a download."""

    def __init__(self, port: int, limit: int) -> None:
        self.target = port
        self.limit = limit
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        server = socket.create_connection(("127.0.0.1", self.target))
        upstream = threading.Thread(target=self._pump, args=(client, server, None), daemon=True)
        upstream.start()
        self._pump(server, client, self.limit)
        for sock in (client, server):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def _pump(self, source: socket.socket, target: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while chunk := source.recv(16384):
                if limit is not None and sent + len(chunk) > limit:
                    target.sendall(chunk[: limit - sent])
                    self.cut.set()
                    return
                target.sendall(chunk)
                sent += len(chunk)
        except OSError:
            return

    def close(self) -> None:
        self.listener.close()
