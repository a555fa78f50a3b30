"""config.toml: a typed Policy out, or a clear error naming the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkscreen.adapters.config import EXAMPLE, ConfigError, load_policy
from linkscreen.core.policy import SURE_SCAM


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_given_no_config_when_loaded_then_the_guarded_defaults(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "missing.toml")
    assert (policy.preset, policy.waiting_days, policy.rules, policy.sure_scam) == ("guarded", 14, (), 0.6)


def test_given_the_example_config_when_loaded_then_it_is_valid(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, EXAMPLE))
    assert policy.templates["ask"] == "Hi {first_name}, how have we met or done business before?"
    assert policy.sure_scam == SURE_SCAM  # the example written for a new user says the default


def test_given_rules_presets_and_templates_when_loaded_then_all_are_kept_in_order(tmp_path: Path) -> None:
    policy = load_policy(
        write(
            tmp_path,
            """
[policy]
preset = "hiring"
waiting_days = 7
sure_scam = 0.8
[replies]
ask = "Kia ora {first_name}, how do we know each other?"
[[rules]]
name = "crypto"
field = "note"
match = "regex"
pattern = "crypto|forex"
action = "ignore"
[[rules]]
field = "company"
match = "literal"
pattern = "Datacom"
action = "accept"
""",
        )
    )
    assert policy.preset == "hiring" and policy.waiting_days == 7 and policy.sure_scam == 0.8
    assert [rule.name for rule in policy.rules] == ["crypto", "rule 2"]
    assert policy.templates["ask"].startswith("Kia ora")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[policy]\npreset = "paranoid"\n', r"config.toml:2: unknown preset 'paranoid'"),
        ('[policy]\ncolour = "red"\n', r"config.toml:2: unknown key 'colour' in \[policy\]"),
        ('[polcy]\npreset = "open"\n', r"config.toml:1: unknown section or key 'polcy'"),
        ('[replies]\nask = "Hi {nickname}"\n', r"config.toml:2: unknown placeholder \{nickname\}"),
        ('[[rules]]\nfield="note"\nmatch="any"\npattern="x"\naction="ignore"\n'
         '[[rules]]\nfield="note"\nmatch="regex"\npattern="(oops"\naction="ignore"\n',
         r"config.toml:6: rule 'rule 2': bad regular expression"),
        ('[[rules]]\nfield="note"\nmatch="any"\npattern="x"\naction="ignore"\nweight=3\n',
         r"config.toml:1: rule 1: unknown key 'weight'"),
        ('[[rules]]\nfield="note"\nmatch="any"\naction="ignore"\n', r"rule 1: missing key 'pattern'"),
        ('[policy]\nwaiting_days = 0\n', r"config.toml:2: waiting_days must be"),
        ('[policy]\nwaiting_days = 100000000\n', r"config.toml:2: waiting_days must be a whole number from 1 to 365"),
        ('[policy\npreset = "open"\n', r"config.toml: .*line 1"),
        ('[policy]\nsure_scam = 50\n', r"config.toml:2: sure_scam must be a number from 0 to 1"),
        ('[policy]\nsure_scam = "high"\n', r"config.toml:2: sure_scam must be a number from 0 to 1"),
        ('[policy]\nsure_scam = true\n', r"config.toml:2: sure_scam must be a number from 0 to 1"),
    ],
)
def test_given_a_mistake_when_loaded_then_a_config_error_with_the_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_policy(write(tmp_path, text))
