"""The user's config.toml, parsed once into a frozen Policy. Mistakes are clear errors with a line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from linkscreen.core.policy import PRESETS, SURE_SCAM, Policy
from linkscreen.core.replies import DEFAULT_TEMPLATES, TemplateError, check_template
from linkscreen.core.rules import DEFAULT_FUZZY_THRESHOLD, Rule, RuleError, build_rule

CONFIG_FILE = "config.toml"
MAX_WAITING_DAYS = 365
SECTIONS = {
    "policy": {"preset", "waiting_days", "sure_scam"},
    "replies": set(DEFAULT_TEMPLATES),
    "rules": None,
    "evidence": None,
}
RULE_KEYS = {"name", "field", "match", "pattern", "action", "threshold"}
EXAMPLE = '''# linkscreen configuration. Changes apply the next time you run triage: no re-import needed.

[policy]
# guarded (the default), job_hunting, hiring or open
preset = "guarded"
# days to wait for an answer to "how have we met?" before the request expires
waiting_days = 14
# a written note the model calls a scam with less confidence than this is asked, not ignored (0 to 1)
sure_scam = 0.6

[replies]
# placeholders: {first_name}, {name}
ask = "Hi {first_name}, how have we met or done business before?"

# Rules are checked in order; the first that matches sets the action.
# field: headline | company | note | intent     match: any | all | literal | regex | fuzzy
# [[rules]]
# name = "crypto bait"
# field = "note"
# match = "any"
# pattern = "crypto bitcoin forex"
# action = "ignore"
'''


class ConfigError(Exception):
    """The config file cannot be used; the message names the file, the line and the problem."""


def load_policy(path: Path) -> Policy:
    """Read config.toml into a Policy; a missing file means the defaults."""
    if not path.exists():
        return Policy()
    text = path.read_text(encoding="utf-8")
    return parse_policy(read_toml(text, path), text, path)


def read_toml(text: str, path: Path | str = CONFIG_FILE, hint: str = "") -> dict[str, Any]:
    """Parse TOML text; a syntax error becomes a ConfigError naming the file and line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}{hint}") from error


def parse_policy(data: dict[str, Any], text: str = "", path: Path | str = CONFIG_FILE) -> Policy:
    """Turn parsed TOML into a Policy, checking every key and value."""
    for section in data:
        if section not in SECTIONS:
            raise ConfigError(f"{path}:{_find_line(text, section)}: unknown section or key {section!r}")
    policy_section = _check_keys(data.get("policy", {}), SECTIONS["policy"], "policy", text, path)
    preset = policy_section.get("preset", "guarded")
    if preset not in PRESETS:
        raise ConfigError(
            f"{path}:{_find_line(text, 'preset')}: unknown preset {preset!r}; choose one of {', '.join(PRESETS)}"
        )
    waiting = policy_section.get("waiting_days", 14)
    if not isinstance(waiting, int) or isinstance(waiting, bool) or not 1 <= waiting <= MAX_WAITING_DAYS:
        raise ConfigError(
            f"{path}:{_find_line(text, 'waiting_days')}: "
            f"waiting_days must be a whole number from 1 to {MAX_WAITING_DAYS}"
        )
    sure_scam = policy_section.get("sure_scam", SURE_SCAM)
    if not isinstance(sure_scam, int | float) or isinstance(sure_scam, bool) or not 0 <= sure_scam <= 1:
        raise ConfigError(
            f"{path}:{_find_line(text, 'sure_scam')}: sure_scam must be a number from 0 to 1 (a confidence, e.g. 0.5)"
        )
    templates = dict(DEFAULT_TEMPLATES)
    for key, template in _check_keys(data.get("replies", {}), SECTIONS["replies"], "replies", text, path).items():
        try:
            check_template(str(template))
        except TemplateError as error:
            raise ConfigError(f"{path}:{_find_line(text, key)}: {error}") from error
        templates[key] = str(template)
    rules = tuple(_parse_rule(raw, number, text, path) for number, raw in enumerate(data.get("rules", []), start=1))
    return Policy(preset=preset, rules=rules, templates=templates, waiting_days=waiting, sure_scam=float(sure_scam))


def _parse_rule(raw: Any, number: int, text: str, path: Path | str) -> Rule:
    line = _find_rule_line(text, number)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}:{line}: rule {number} must be a table ([[rules]])")
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise ConfigError(f"{path}:{line}: rule {number}: unknown key {sorted(unknown)[0]!r}")
    missing = [key for key in ("field", "match", "pattern", "action") if key not in raw]
    if missing:
        raise ConfigError(f"{path}:{line}: rule {number}: missing key {missing[0]!r}")
    try:
        return build_rule(
            str(raw.get("name") or f"rule {number}"),
            str(raw["field"]),
            str(raw["match"]),
            str(raw["pattern"]),
            str(raw["action"]),
            int(raw.get("threshold", DEFAULT_FUZZY_THRESHOLD)),
        )
    except (RuleError, ValueError) as error:
        raise ConfigError(f"{path}:{line}: {error}") from error


def _check_keys(section: Any, allowed: set[str], name: str, text: str, path: Path | str) -> dict[str, Any]:
    if not isinstance(section, dict):
        raise ConfigError(f"{path}:{_find_line(text, name)}: [{name}] must be a table")
    for key in section:
        if key not in allowed:
            raise ConfigError(f"{path}:{_find_line(text, key)}: unknown key {key!r} in [{name}]")
    return section


def _find_line(text: str, key: str) -> int:
    pattern = re.compile(rf"^\s*(\[+\s*)?{re.escape(key)}\b")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return 1


def _find_rule_line(text: str, number: int) -> int:
    seen = 0
    for line_number, line in enumerate(text.splitlines(), start=1):
        if re.match(r"^\s*\[\[\s*rules\s*\]\]", line):
            seen += 1
            if seen == number:
                return line_number
    return 1
