"""The `[evidence]` section of config.toml: the user's own addresses, CRM columns, sources to refresh.

    [evidence]
    my_emails = ["me@example.com", "me@work.example"]

    [evidence.crm_columns]          # our field = their CSV header
    company = "Organisation"

    [[evidence.sources]]            # re-read by `linkscreen evidence refresh`
    kind = "vcard"
    path = "~/contacts.vcf"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linkscreen.adapters.config import ConfigError, read_toml

EVIDENCE_KEYS = {"my_emails", "crm_columns", "sources"}
SOURCE_KEYS = {"kind", "path", "name"}
CRM_FIELDS = {"name", "first_name", "last_name", "email", "company", "title", "profile_url", "id", "created", "contact",
              "last_activity", "deal", "stage"}


@dataclass(frozen=True, slots=True)
class SourceSetting:
    """A source listed in the config: its kind, its path (for imap, its URL), and the name it is indexed under."""

    kind: str
    path: Path | str
    name: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceSettings:
    """What the evidence readers need to know about the user."""

    my_emails: frozenset[str] = frozenset()
    crm_columns: dict[str, str] = field(default_factory=dict)
    sources: tuple[SourceSetting, ...] = ()


def read_evidence_settings(path: Path, kinds: frozenset[str] | set[str] = frozenset()) -> EvidenceSettings:
    """Read the [evidence] section of config.toml (a missing file or section means the defaults)."""
    if not path.exists():
        return EvidenceSettings()
    data = read_toml(path.read_text(encoding="utf-8"), path)
    return parse_evidence_settings(data.get("evidence", {}), path, kinds)


def parse_evidence_settings(
    section: Any, path: Path | str, kinds: frozenset[str] | set[str] = frozenset()
) -> EvidenceSettings:
    """Check and convert the [evidence] table."""
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: [evidence] must be a table")
    _refuse_unknown(section, EVIDENCE_KEYS, "[evidence]", path)
    emails = section.get("my_emails", [])
    if not isinstance(emails, list) or not all(isinstance(e, str) and "@" in e for e in emails):
        raise ConfigError(f"{path}: evidence.my_emails must be a list of e-mail addresses")
    columns = section.get("crm_columns", {})
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise ConfigError(f"{path}: [evidence.crm_columns] must map field names to CSV headers")
    _refuse_unknown(columns, CRM_FIELDS, "[evidence.crm_columns]", path)
    return EvidenceSettings(
        frozenset(e.strip().casefold() for e in emails),
        dict(columns),
        tuple(_parse_source(raw, number, path, kinds) for number, raw in enumerate(section.get("sources", []), 1)),
    )


def _parse_source(raw: Any, number: int, path: Path | str, kinds: frozenset[str] | set[str]) -> SourceSetting:
    if not isinstance(raw, dict) or "kind" not in raw or "path" not in raw:
        raise ConfigError(f"{path}: evidence source {number} needs a kind and a path ([[evidence.sources]])")
    _refuse_unknown(raw, SOURCE_KEYS, f"evidence source {number}", path)
    if kinds and raw["kind"] not in kinds:
        raise ConfigError(
            f"{path}: evidence source {number}: unknown kind {raw['kind']!r}; one of {', '.join(sorted(kinds))}"
        )
    kind, where = str(raw["kind"]), str(raw["path"])
    return SourceSetting(kind, where if kind == "imap" else Path(where).expanduser(), str(raw.get("name", "")))


def _refuse_unknown(section: dict[str, Any], allowed: set[str], where: str, path: Path | str) -> None:
    for key in section:
        if key not in allowed:
            raise ConfigError(f"{path}: unknown key {key!r} in {where}")
