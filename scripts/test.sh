#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine, then runs the whole suite.
# Used by the README's test command and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v runuser >/dev/null || need_apt+=(util-linux)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need_apt+=(postgresql)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)  # Debian's Chromium for the browser tests (Playwright drives it)
[ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ] || need_apt+=(dovecot-imapd)  # the IMAP tests' server
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "please install with apt: ${need_apt[*]}" >&2
  fi
fi

python -m pip install -q --disable-pip-version-check -e ".[test]"
python -m pytest -q "$@"
