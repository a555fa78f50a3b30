"""The settings form: preset, waiting period and `ask` reply saved into config.toml, the rest kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from linkscreen.adapters.config import ConfigError, load_policy
from linkscreen.core.policy import SURE_SCAM
from linkscreen.services.web_queries import update_settings
from linkscreen.web import create_app

CONFIG = '''# my own comment
[policy]
preset = "guarded"  # the careful one
waiting_days = 14

[replies]
ask = "Hi {first_name}, how have we met?"
accept = "Welcome {name}."

[[rules]]
name = "crypto bait"
field = "note"
match = "any"
pattern = "crypto bitcoin"
action = "ignore"
'''


@pytest.fixture
def client(tmp_path: Path, user_home: Path) -> TestClient:
    user_home.mkdir(parents=True, exist_ok=True)
    (user_home / "config.toml").write_text(CONFIG, encoding="utf-8")
    return TestClient(create_app(db_url=f"sqlite:///{tmp_path / 'web.db'}", home=user_home))


def read_csrf(client: TestClient) -> str:
    return re.search(r'name="csrf-token" content="([^"]+)"', client.get("/settings").text).group(1)


def post_form(client: TestClient, token: str | None, **fields: str) -> object:
    data = {"preset": "hiring", "waiting_days": "21", "ask": "Hello {name}, where did we meet?", "sure_scam": "70",
            **fields}
    if token:
        data["csrf_token"] = token
    return client.post("/settings/form", data=data)


def test_form_shows_the_current_values_and_every_preset(client: TestClient) -> None:
    """GIVEN a config.toml WHEN the settings page is shown THEN the form holds its values and all four presets."""
    page = client.get("/settings").text
    assert '<option value="guarded" selected>' in page
    assert all(f'<option value="{name}"' in page for name in ("guarded", "job_hunting", "hiring", "open"))
    assert "Accept everyone except scams and fakes." in page
    assert 'name="waiting_days" type="number" min="1"' in page and 'value="14"' in page
    assert 'value="Hi {first_name}, how have we met?"' in page
    assert 'name="sure_scam" type="number" min="0" max="100"' in page and f'value="{round(100 * SURE_SCAM)}"' in page


def test_valid_save_changes_the_policy_and_keeps_the_rest(client: TestClient, user_home: Path) -> None:
    """GIVEN valid values WHEN the form is saved THEN the policy changes and rules, replies and comments stay."""
    response = post_form(client, read_csrf(client))
    assert response.status_code == 200 and "Saved" in response.text
    policy = load_policy(user_home / "config.toml")
    assert (policy.preset, policy.waiting_days, policy.sure_scam) == ("hiring", 21, 0.7)
    assert policy.templates["ask"] == "Hello {name}, where did we meet?"
    assert policy.templates["accept"] == "Welcome {name}."
    assert [rule.name for rule in policy.rules] == ["crypto bait"]
    text = (user_home / "config.toml").read_text(encoding="utf-8")
    assert "# my own comment" in text and "# the careful one" in text
    assert '<option value="hiring" selected>' in client.get("/settings").text


@pytest.mark.parametrize(("field", "value", "message"), [
    ("ask", "Hi {nickname}", "unknown placeholder {nickname}"),
    ("waiting_days", "0", "whole number of days, 1 or more"),
    ("waiting_days", "soon", "whole number of days, 1 or more"),
    ("preset", "reckless", "unknown preset"),
    ("sure_scam", "150", "whole percentage from 0 to 100"),
    ("sure_scam", "half", "whole percentage from 0 to 100"),
])
def test_bad_values_are_refused_and_the_file_is_unchanged(
    client: TestClient, user_home: Path, field: str, value: str, message: str
) -> None:
    """GIVEN a bad template, waiting period or preset WHEN saved THEN 422 with the message, file untouched."""
    response = post_form(client, read_csrf(client), **{field: value})
    assert response.status_code == 422 and message in response.text
    assert (user_home / "config.toml").read_text(encoding="utf-8") == CONFIG


def test_form_needs_the_csrf_token(client: TestClient, user_home: Path) -> None:
    """GIVEN no or a wrong CSRF token WHEN the form is posted THEN 403 and the file is unchanged."""
    client.get("/settings")
    assert post_form(client, None).status_code == 403
    assert post_form(client, "x" * 32).status_code == 403
    assert (user_home / "config.toml").read_text(encoding="utf-8") == CONFIG


def test_missing_file_and_missing_keys_are_written_from_the_example(tmp_path: Path) -> None:
    """GIVEN no config.toml, then one without [policy] WHEN updated THEN the values land and the rest stays."""
    update_settings(tmp_path, "open", 3, "Hi {first_name}?")
    policy = load_policy(tmp_path / "config.toml")
    assert (policy.preset, policy.waiting_days, policy.templates["ask"]) == ("open", 3, "Hi {first_name}?")
    (tmp_path / "config.toml").write_text('[replies]\naccept = "Hi"\n', encoding="utf-8")
    update_settings(tmp_path, "job_hunting", "7", "How do we know each other, {name}?")
    policy = load_policy(tmp_path / "config.toml")
    assert (policy.preset, policy.waiting_days, policy.templates["accept"]) == ("job_hunting", 7, "Hi")


def test_tricky_values_fall_back_to_a_plain_rewrite(tmp_path: Path) -> None:
    """GIVEN a multi-line ask reply and a quote in the new one WHEN updated THEN the file is still valid TOML."""
    (tmp_path / "config.toml").write_text('[replies]\nask = """Hi\n{name}"""\n', encoding="utf-8")
    update_settings(tmp_path, "guarded", 10, 'Hi "{name}" # not a comment')
    assert load_policy(tmp_path / "config.toml").templates["ask"] == 'Hi "{name}" # not a comment'


def test_a_broken_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    """GIVEN a config.toml that is not TOML WHEN updated THEN ConfigError and the file is untouched."""
    (tmp_path / "config.toml").write_text("[policy\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="fix it in the editor"):
        update_settings(tmp_path, "guarded", 10, "Hi {name}")
    assert (tmp_path / "config.toml").read_text(encoding="utf-8") == "[policy\n"


def test_the_scam_confidence_is_kept_when_not_sent_and_shown_as_set(tmp_path: Path) -> None:
    """GIVEN a config with sure_scam WHEN updated without a percentage THEN it stays; WHEN with one THEN it lands."""
    (tmp_path / "config.toml").write_text("[policy]\nsure_scam = 0.8\n", encoding="utf-8")
    update_settings(tmp_path, "guarded", 10, "Hi {name}")
    assert load_policy(tmp_path / "config.toml").sure_scam == 0.8
    update_settings(tmp_path, "guarded", 10, "Hi {name}", "35%")
    assert load_policy(tmp_path / "config.toml").sure_scam == 0.35
