"""The Telegram wiring under load: many chats at once each get every reply in order; the lean HTTP client
(handlers/api_client.py) answers, keeps connections, and fails as PTB's own client does; an answer sent without
reading Telegram's copy back (handlers/sending.py) is the same request as before; each chat's context kept in
memory (handlers/conversations.py) answers as the one in the database; the chips remembered under an answer
follow the releases stored."""
import asyncio
import importlib.util
import json

import pytest
from httpcore._synchronization import current_async_library
from telegram import Update
from telegram.constants import ParseMode
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.answer.engine import AnswerEngine
from bot.answer.followup import REMEMBER_FOR, Conversation, recall
from bot.answer.question import analyze
from bot.chips import RememberedChips, answerable_chips
from bot.ingest import ingest
from bot.release import parse_release
from handlers.api_client import KEEP_IDLE_FOR, BotApiRequest
from handlers.app import no_import_per_request
from handlers.common import markup
from handlers.conversations import FLUSH_EVERY, ChatConversations
from handlers.sending import AmarBot, reply_html
from tests.bot_process import running_bot
from tests.fake_request import FakeRequest

OK = b'{"ok":true,"result":{"n":1}}'


def test_httpcore_still_runs_on_asyncio_once_sniffio_is_marked_absent():
    """With sniffio not installed, marking it absent keeps httpcore's answer (asyncio) and its import fails
    at once instead of searching every folder again."""
    installed = importlib.util.find_spec("sniffio") is not None
    no_import_per_request()
    assert current_async_library() == "asyncio"
    assert installed or importlib.util.find_spec("sniffio") is None


# what each chat writes, in order, and a word of the reply each gets
CONVERSATION = [("ممنون", "خواهش می‌کنم"), ("/cancel", "کاری در جریان نیست"),
                ("How many units were revived?", "لطفاً به فارسی بنویسید"), ("کمک", "/topics")]


def test_thirty_chats_at_once_each_get_every_reply_in_its_order(tmp_path):
    """30 chats each send four messages at the same moment: all 120 replies arrive, each chat's in the order
    its messages came."""
    chats = range(7001, 7031)
    with running_bot(tmp_path / "bot.db", 1001) as fake:
        for text, _ in CONVERSATION:
            for chat in chats:
                fake.say(chat, text)
        fake.wait_for(lambda m: len([x for x in fake.sent if x["chat"]["id"] in chats]) >= 4 * len(chats))
        for chat in chats:
            replies = [m["text"] for m in fake.sent if m["chat"]["id"] == chat]
            assert len(replies) == len(CONVERSATION), replies
            assert all(word in reply for (_, word), reply in zip(CONVERSATION, replies, strict=True)), replies


class RawServer:
    """An HTTP server that answers each request with the next of `answers` (raw bytes, None: never answer),
    counting connections and keeping the requests it read."""

    def __init__(self, *answers: bytes | None, close_after: bool = False) -> None:
        self.answers = list(answers)
        self.close_after = close_after
        self.connections = 0
        self.requests: list[tuple[bytes, bytes]] = []

    async def __aenter__(self) -> "RawServer":
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}/bot1:SECRET/sendMessage"
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        while not reader.at_eof() and self.answers:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(next(x for x in head.split(b"\r\n") if x.lower().startswith(b"content-length")).split(b":")[1])
            self.requests.append((head, await reader.readexactly(length)))
            answer = self.answers.pop(0)
            if answer is None:  # silent until the client gives up and closes
                await reader.read()
                break
            writer.write(answer)
            await writer.drain()
            if self.close_after:
                break
        writer.close()


def reply(body: bytes = OK, *headers: str) -> bytes:
    lines = [f"Content-Length: {len(body)}", *headers] if not any("chunked" in h for h in headers) else [*headers]
    return ("HTTP/1.1 200 OK\r\n" + "".join(f"{line}\r\n" for line in lines) + "\r\n").encode() + body


def message(text: str) -> RequestData:
    return RequestData([RequestParameter.from_input("chat_id", 5), RequestParameter.from_input("text", text)])


async def test_json_calls_share_one_kept_connection_and_carry_their_parameters_as_json():
    """Two calls in a row are answered over one connection; the parameters arrive as a JSON body."""
    async with RawServer(reply(), reply()) as server:
        request = BotApiRequest()
        await request.initialize()
        first = await request.post(server.url, message("سلام <b>"))
        second = await request.post(server.url, message("دوم"))
        await request.shutdown()
    assert (first, second, server.connections) == ({"n": 1}, {"n": 1}, 1)
    head, body = server.requests[0]
    assert head.startswith(b"POST /bot1:SECRET/sendMessage HTTP/1.1\r\n")
    assert json.loads(body) == {"chat_id": "5", "text": "سلام <b>"}


@pytest.mark.parametrize("answer", [
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n" + OK[:5] + b"\r\n" + hex(len(OK) - 5)[2:].encode()
    + b"\r\n" + OK[5:] + b"\r\n0\r\n\r\n",
    reply(OK, "Connection: close"),
    b"HTTP/1.0 200 OK\r\n\r\n" + OK,
], ids=["chunked", "connection-close", "body-to-the-end"])
async def test_every_way_of_ending_an_answer_is_read_and_the_next_call_still_works(answer):
    """A chunked body, «Connection: close» and a body that runs to the end of the connection are all read whole;
    a connection the server closed is never reused."""
    async with RawServer(answer, reply(), close_after=b"close" in answer or b"1.0" in answer) as server:
        request = BotApiRequest()
        assert await request.post(server.url, message("یک")) == {"n": 1}
        assert await request.post(server.url, message("دو")) == {"n": 1}
        await request.shutdown()


async def test_a_kept_connection_closed_by_the_server_while_idle_is_replaced():
    """The server drops an idle kept connection: the next call opens a new one instead of failing."""
    async with RawServer(reply(), reply(), close_after=True) as server:
        request = BotApiRequest()
        await request.post(server.url, message("یک"))
        await asyncio.sleep(0.05)  # the server's close reaches the client
        assert await request.post(server.url, message("دو")) == {"n": 1}
        await request.shutdown()
    assert server.connections == 2


async def test_an_answer_that_never_comes_times_out_as_timed_out():
    """A send whose answer does not come within the read timeout raises TimedOut (the broadcast keeps it as
    «unconfirmed»), and the connection is not reused."""
    async with RawServer(None, reply()) as server:
        request = BotApiRequest()
        with pytest.raises(TimedOut):
            await request.post(server.url, message("یک"), read_timeout=0.2)
        assert await request.post(server.url, message("دو")) == {"n": 1}
        await request.shutdown()
    assert server.connections == 2


@pytest.mark.parametrize("answer", [reply(OK)[:-5], b"HTTP/1.1 200 OK\r\nContent-Le"], ids=["body", "head"])
async def test_an_answer_cut_short_is_a_network_error(answer):
    """The connection closes in the middle of an answer: NetworkError, as with PTB's own client."""
    async with RawServer(answer, close_after=True) as server:
        request = BotApiRequest()
        with pytest.raises(NetworkError, match="cut short"):
            await request.post(server.url, message("یک"))
        await request.shutdown()


async def test_nothing_listening_is_a_network_error_without_the_token():
    """No server at the address: NetworkError, and the message does not carry the token in the URL."""
    async with RawServer() as server:
        url = server.url
    request = BotApiRequest()
    with pytest.raises(NetworkError) as raised:
        await request.post(url, message("یک"))
    assert "SECRET" not in str(raised.value)
    await request.shutdown()


CHATS = {"private": {"id": 5, "type": "private"},
         "group": {"id": -100, "type": "supergroup", "title": "g"}}


@pytest.mark.parametrize(("chat", "extra", "buttons"), [
    ("private", {}, [[("متن کامل خبر", "r:1"), ("📊 نمودار", "g:2")], [("👍", "v:up:3:4"), ("👎", "v:down:3:4")]]),
    ("private", {}, []),
    ("group", {}, [[("متن کامل خبر", "r:1")]]),
    ("group", {"is_topic_message": True, "message_thread_id": 77}, [[("متن کامل خبر", "r:1")]]),
    ("private", {"business_connection_id": "b1"}, []),
], ids=["private", "no-buttons", "group", "forum-topic", "business"])
async def test_an_answer_sent_without_reading_it_back_is_the_request_reply_text_sends(chat, extra, buttons):
    """reply_html with plain button rows sends what message.reply_text(…, parse_mode=HTML) sends with PTB's
    keyboard: the question quoted in a group, the forum topic kept; only Telegram's copy is no longer parsed."""
    request = FakeRequest()
    bot = AmarBot("123:TEST", request=request)
    await bot.initialize()
    payload = {"message_id": 9, "date": 1, "chat": CHATS[chat], "text": "چند واحد؟",
               "from": {"id": 5, "is_bot": False, "first_name": "کاربر"}, **extra}
    update = Update.de_json({"update_id": 1, "message": payload}, bot)
    await update.effective_message.reply_text("<b>۱۲</b> واحد", parse_mode=ParseMode.HTML, reply_markup=markup(buttons))
    sent_id = await reply_html(bot, update, "<b>۱۲</b> واحد", buttons)
    (_, by_ptb), (_, by_us) = request.calls[-2:]
    assert by_us == by_ptb
    assert sent_id == request.next_id
    await bot.shutdown()


TODAY = (1404, 3, 1)
CHAIN = ["سال ۱۳۹۹ چند واحد راکد احیا شد؟", "و سال قبلش؟", "اشتغالش چی؟", "در مرکزی چطور؟", "قیمت دلار چنده",
         "و سال قبلش؟", "سرمایه گذاری در شهرکهای دولتی چقدر بوده؟", "و سال قبلش؟"]


async def ask(engine: AnswerEngine, conversations: ChatConversations, chat: int, question: str) -> str:
    conversation = await conversations.recall(chat)
    answer = await engine.answer(question, TODAY, conversation)
    await conversations.keep(chat, conversation)
    return answer.text


async def test_a_chain_of_follow_ups_gets_the_same_answers_from_memory_as_from_the_database(full_db):
    """Each chat's context kept in memory answers every follow-up as the context written to the database and
    read back (as after a restart, before each question) does."""
    engine, kept = AnswerEngine(full_db), ChatConversations(full_db)
    for question in CHAIN:
        from_memory = await ask(engine, kept, 1, question)
        restarted = ChatConversations(full_db)
        from_database = await ask(engine, restarted, 2, question)
        await restarted.close()
        assert from_memory == from_database
    await kept.close()


async def test_a_question_that_fails_before_its_context_is_kept_leaves_the_last_kept_one(full_db):
    """An update that fails after the engine moved the context on, but before keeping it, leaves the context
    of the last answered question: «اشتغالش چی؟» still asks about 1399 in the whole country."""
    engine, kept = AnswerEngine(full_db), ChatConversations(full_db)
    await ask(engine, kept, 1, "سال ۱۳۹۹ چند واحد راکد احیا شد؟")
    await engine.answer("در بهار امسال چند واحد در استان مرکزی به بهره برداری رسید؟", TODAY, await kept.recall(1))
    answer = await engine.answer("اشتغالش چی؟", TODAY, await kept.recall(1))
    assert (answer.answered, answer.value) == (True, 26000)
    await kept.close()


def remembered(question: str) -> Conversation:
    conversation = Conversation()
    conversation.remember(analyze(question, TODAY), None)
    return conversation


async def test_kept_contexts_reach_the_database_within_moments_and_all_of_them_at_close(seed_db):
    """Contexts are written a moment after they are kept, and close (on SIGTERM) writes the rest: a restart
    finds every chat's context."""
    kept = ChatConversations(seed_db)
    await kept.keep(1, remembered("سال ۱۳۹۹ چند واحد راکد احیا شد؟"))
    await asyncio.sleep(FLUSH_EVERY * 4)
    await kept.keep(2, remembered("چند فرصت شغلی ایجاد شد؟"))
    assert (await recall(seed_db, 1)).last is not None
    await kept.close()
    assert [(await recall(seed_db, chat)).last.text for chat in (1, 2)] == ["سال ۱۳۹۹ چند واحد راکد احیا شد؟",
                                                                          "چند فرصت شغلی ایجاد شد؟"]


async def test_a_kept_context_is_forgotten_after_the_time_limit_and_read_back_once_crowded_out(seed_db):
    """A chat pushed out of memory by newer ones gets its context back, written or not; past REMEMBER_FOR
    seconds the context is gone, as in the database."""
    now = [1000.0]
    kept = ChatConversations(seed_db, size=2, clock=lambda: now[0])
    contexts = {chat: remembered("سال ۱۳۹۹ چند واحد راکد احیا شد؟") for chat in (1, 2, 3, 4)}
    for chat in (1, 2, 3):
        await kept.keep(chat, contexts[chat])  # chat 1 crowded out before it was written
    unwritten = await kept.recall(1)
    await kept.flush()
    await kept.keep(4, contexts[4])  # chat 2 crowded out once written
    assert (unwritten, await kept.recall(2)) == (contexts[1], contexts[2])
    now[0] += REMEMBER_FOR + 1
    assert (await kept.recall(3), await kept.recall(4)) == (Conversation(), Conversation())
    await kept.close()


LORESTAN_1403 = "در سال ۱۴۰۳ تعداد ۴۵ واحد راکد در استان لرستان احیا شد."
LORESTAN_1402 = "در سال ۱۴۰۲ تعداد ۳۰ واحد راکد در استان لرستان احیا شد."


async def test_remembered_chips_follow_the_releases_stored(engine_over):
    """«سال قبلش؟» is not offered while no release has the year before, and is offered once one is stored:
    the chips remembered under a popular answer never lead to «نمی‌دانم» nor miss a new answer."""
    question = "در سال ۱۴۰۳ چند واحد راکد در لرستان احیا شد؟"
    engine = await engine_over([("1404-02-01", LORESTAN_1403)])
    chips = RememberedChips(engine)
    before = [await chips.under(await engine.answer(question, TODAY), TODAY) for _ in range(2)]
    await ingest(engine.db, parse_release(LORESTAN_1402, date="1403-02-01", title="خبر"))
    answer = await engine.answer(question, TODAY)
    assert (before, await chips.under(answer, TODAY)) == ([[], []], ["prev"])
    assert await chips.under(answer, TODAY) == await answerable_chips(engine, answer, TODAY)


async def test_a_call_finding_every_connection_busy_times_out_unsent():
    """With every connection of the pool waiting for an answer, another call waits up to the pool timeout and
    then raises TimedOut without sending anything."""
    async with RawServer(None) as server:
        request = BotApiRequest(connection_pool_size=1)
        hanging = asyncio.create_task(request.post(server.url, message("یک"), read_timeout=1))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut, match="Pool timeout"):
            await request.post(server.url, message("دو"), pool_timeout=0.1)
        with pytest.raises(TimedOut):
            await hanging
        await request.shutdown()
    assert len(server.requests) == 1


async def test_a_body_larger_than_the_socket_takes_at_once_is_sent_whole():
    """A call of several megabytes waits for the socket to take it all and arrives whole."""
    text = "آمار " * 800_000
    async with RawServer(reply()) as server:
        request = BotApiRequest()
        assert await request.post(server.url, message(text)) == {"n": 1}
        await request.shutdown()
    assert json.loads(server.requests[0][1])["text"] == text


async def test_a_proxy_set_in_the_environment_carries_every_call(monkeypatch):
    """With http_proxy (or HTTPS_PROXY, ALL_PROXY) set, as httpx honours them, every call goes through that
    proxy, as it did before the lean client; nothing is sent to the Bot API's address directly."""
    async with RawServer(reply()) as proxy, RawServer() as api:
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", proxy.url.split("/bot")[0])
        request = BotApiRequest()
        await request.initialize()
        assert await request.post(api.url, message("یک")) == {"n": 1}
        await request.shutdown()
    assert proxy.requests[0][0].startswith(f"POST {api.url} HTTP/1.1".encode())
    assert api.connections == 0


async def test_connections_left_idle_after_a_burst_are_closed_once_expired():
    """After a burst opened several connections, those left at the bottom of the stack past the keep-alive
    expiry are closed on the next call, while the one in use goes on, instead of lingering until the bot stops."""
    async with RawServer(*[reply()] * 4) as server:
        request = BotApiRequest()
        await asyncio.gather(*(request.post(server.url, message(str(n))) for n in range(3)))
        pool = next(iter(request.pools.values()))
        for old in list(pool.idle)[:-1]:
            old.idle_since -= KEEP_IDLE_FOR + 1
        await request.post(server.url, message("بعد"))
        assert (len(pool.idle), server.connections) == (1, 3)
        await request.shutdown()
