"""What Telegram shows before and around a chat: Persian descriptions, the people's menu, the admins' menu."""
import json

import pytest

from tests.bot_process import running_bot

ADMIN = 1001
PERSON = 5001


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with running_bot(tmp_path_factory.mktemp("menus") / "bot.db", ADMIN) as fake:
        yield fake


def profile(bot, method: str) -> list[dict]:
    return [params for name, params in bot.profile if name == method]


def names(params: dict) -> list[str]:
    commands = params["commands"]
    return [c["command"] for c in (json.loads(commands) if isinstance(commands, str) else commands)]


def scope(params: dict) -> dict | None:
    value = params.get("scope")
    return json.loads(value) if isinstance(value, str) else value


def test_descriptions_are_set_in_persian_at_start(bot):
    """The pre-Start screen and the profile say in Persian what the bot does."""
    description = profile(bot, "setMyDescription")[0]["description"]
    short = profile(bot, "setMyShortDescription")[0]["short_description"]
    assert "آمار" in description and "/subscribe" in description and len(description) <= 512
    assert "آمار" in short and len(short) <= 120


def test_people_see_user_commands_and_admins_also_admin_commands(bot):
    """The default menu has the seven user commands only; the admin's chat has /post, /stats … as well."""
    menus = profile(bot, "setMyCommands")
    default = next(p for p in menus if scope(p) is None)
    admin = next(p for p in menus if (scope(p) or {}).get("chat_id") == ADMIN)
    assert names(default) == ["start", "help", "topics", "latest", "subscribe", "unsubscribe", "status"]
    assert {"post", "stats", "broadcasts", "export", "cancel"} <= set(names(admin))
    assert not {"post", "stats"} & set(names(default))


def test_help_lists_admin_commands_for_an_admin_only(bot):
    """/help for an admin names /post and /export; for anyone else it does not."""
    bot.say(PERSON, "/help")
    person = bot.wait_for(lambda m: m["chat"]["id"] == PERSON and "/topics" in m.get("text", ""))
    bot.say(ADMIN, "/help")
    admin = bot.wait_for(lambda m: m["chat"]["id"] == ADMIN and "/post" in m.get("text", ""))
    assert "/export" in admin["text"] and "/post" not in person["text"]
