"""Pacing asks for the waits Telegram's limits need; the waits themselves are recorded, not slept."""
import pytest

from bot import broadcast


@pytest.fixture
def slept(monkeypatch):
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(broadcast.asyncio, "sleep", fake_sleep)
    return delays


async def test_same_chat_waits_a_second_and_a_group_three(slept):
    """Two sends to one user are a second apart; to a group, three seconds."""
    pacer = broadcast.ChatPacer(1.0)
    await pacer.wait(7)
    await pacer.wait(7)
    await pacer.wait(-100)
    await pacer.wait(-100)
    assert [round(d) for d in slept] == [1, 3]


async def test_global_rate_spaces_sends(slept):
    """At 25 a second the sends are scheduled 40 ms apart (no time passes here); a lifted limit never waits."""
    limited, free = broadcast.Pacer(25), broadcast.Pacer(0)
    for _ in range(3):
        await limited.wait()
        await free.wait()
    assert [round(d, 2) for d in slept] == [0.04, 0.08]


async def test_retry_after_holds_every_send(slept):
    """After «retry after 5» the next send, to any chat, waits about five seconds."""
    pacer = broadcast.Pacer(0)
    pacer.hold(5)
    await pacer.wait()
    assert [round(d) for d in slept] == [5]
