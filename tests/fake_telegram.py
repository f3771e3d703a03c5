"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests.

It serves getMe, getUpdates (long polling with offsets), sendMessage (HTML checked, 4096 limit counted as
Telegram does, after entity parsing),
editMessageText, sendPhoto and sendDocument (multipart uploads kept, captions checked, 1024 limit),
sendChatAction, answerCallbackQuery, answerInlineQuery (results kept), setMyCommands, setWebhook, deleteWebhook,
deleteMessage, getFile and file downloads,
and lets a test push updates, read what the bot sent, inject errors, and answer a send late (`late`).
"""
import html
import json
import re
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler",
                "span", "blockquote"}


class _HtmlCheck(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.bad: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.bad = f"unsupported tag <{tag}>"
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.bad = f"unmatched </{tag}>"


def html_error(text: str) -> str | None:
    if re.search(r"<(?![/a-z-]+[ >])", text):
        return "unescaped <"
    check = _HtmlCheck()
    check.feed(text)
    return check.bad or ("unclosed tag" if check.stack else None)


def message_length(text: str, parse_mode: str | None) -> int:
    """Telegram's count: UTF-16 code units after entity parsing (in HTML, tags count none, «&amp;» one)."""
    plain = html.unescape(re.sub(r"<[^>]*>", "", text)) if parse_mode == "HTML" else text
    return len(plain.encode("utf-16-le")) // 2


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # connections opened at once (30 users, 32 sends in flight) all wait to be accepted;
    # with the default 5 the others were dropped and retried by the client a second later


class FakeTelegram:
    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.updates: list[dict] = []
        self.next_update = 1
        self.sent: list[dict] = []
        self.calls: list[str] = []
        self.profile: list[tuple[str, dict]] = []  # setMyCommands / setMyDescription / setMyShortDescription calls
        self.answers: list[dict] = []  # answerCallbackQuery parameters: the toast or alert a press got
        self.errors: dict[int, list[tuple[int, dict]]] = {}  # chat_id -> queued error replies
        self.late: dict[int, list[float]] = {}  # chat_id -> seconds to hold back the answers to its next sends
        self.files: dict[str, bytes] = {}
        self.inline_answers: list[dict] = []  # answerInlineQuery calls, results parsed
        self.message_id = 100
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> "FakeTelegram":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # what tests do
    def push(self, update: dict) -> None:
        with self.lock:
            update["update_id"] = self.next_update
            self.next_update += 1
            self.updates.append(update)
            self.lock.notify_all()

    def say(self, user_id: int, text: str, chat_id: int | None = None,
            reply_to: dict | None = None) -> None:
        """`user_id` writes `text` in their private chat, or in the group `chat_id`."""
        chat = {"id": user_id, "type": "private"} if chat_id is None else {"id": chat_id, "type": "group", "title": "g"}
        message = {"message_id": self._new_id(), "date": int(time.time()), "chat": chat,
                   "from": {"id": user_id, "is_bot": False, "first_name": "کاربر"}, "text": text}
        if reply_to is not None:  # as Telegram shows a replied-to message: no keyboard, nothing of the fake's own
            message["reply_to_message"] = {k: v for k, v in reply_to.items()
                                           if k in ("message_id", "date", "chat", "text")}
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        self.push({"message": message})

    def send_document(self, user_id: int, name: str, data: bytes) -> None:
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = data
        message = {"message_id": self._new_id(), "date": int(time.time()), "chat": {"id": user_id, "type": "private"},
                   "from": {"id": user_id, "is_bot": False, "first_name": "مدیر"},
                   "document": {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                                "mime_type": "text/plain", "file_size": len(data)}}
        self.push({"message": message})

    def press(self, user_id: int, data: str, message: dict) -> None:
        self.push({"callback_query": {"id": str(self._new_id()), "chat_instance": "ci", "data": data,
                                      "from": {"id": user_id, "is_bot": False, "first_name": "کاربر"},
                                      "message": message}})

    def ask_inline(self, user_id: int, query: str) -> str:
        """A user types «@bot query» in some chat; returns the inline query's id."""
        query_id = str(self._new_id())
        self.push({"inline_query": {"id": query_id, "query": query, "offset": "",
                                    "from": {"id": user_id, "is_bot": False, "first_name": "خبرنگار"}}})
        return query_id

    def wait_for_inline(self, query_id: str, timeout: float = 30.0) -> dict:
        """The bot's answerInlineQuery for that query; raises after the timeout."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while not (found := [a for a in self.inline_answers if a["inline_query_id"] == query_id]):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"inline query {query_id} not answered")
                self.lock.wait(left)
        return found[0]

    def wait_for(self, predicate, timeout: float = 30.0, among: str = "sent", since: int = 0) -> dict:
        """The first message the bot sent (or, with among="answers", callback answer) from the `since`-th on that
        matches; raises after the timeout."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while True:
                for message in getattr(self, among)[since:]:
                    if predicate(message):
                        return message
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no matching message; sent: {[m.get('text', '')[:60] for m in self.sent]}")
                self.lock.wait(left)

    def _new_id(self) -> int:
        self.message_id += 1
        return self.message_id

    # the API
    def _api(self, method: str, params: dict) -> tuple[int, dict]:
        self.calls.append(method)
        if method == "getMe":
            return 200, {"id": 42, "is_bot": True, "first_name": "آمار", "username": "amar_test_bot"}
        if method == "answerCallbackQuery":
            with self.lock:
                self.answers.append(params)
                self.lock.notify_all()
            return 200, True
        if method in ("setMyCommands", "setMyDescription", "setMyShortDescription"):
            with self.lock:
                self.profile.append((method, params))
            return 200, True
        if method in ("deleteWebhook", "setWebhook", "answerCallbackQuery", "sendChatAction", "close", "logOut",
                      "deleteMessage"):
            return 200, True
        if method == "answerInlineQuery":
            return self._answer_inline(params)
        if method == "getUpdates":
            return 200, self._get_updates(int(params.get("offset", 0) or 0), float(params.get("timeout", 0) or 0))
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            return self._send(method, params)
        if method in ("sendPhoto", "sendDocument"):
            return self._send_file(method, params)
        if method == "getFile":
            return 200, {"file_id": params["file_id"], "file_unique_id": params["file_id"],
                         "file_path": f"documents/{params['file_id']}.txt", "file_size": 1}
        return 400, {"description": f"Bad Request: method {method} not faked"}

    def _get_updates(self, offset: int, timeout: float) -> list[dict]:
        deadline = time.monotonic() + min(timeout, 5)
        with self.lock:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and time.monotonic() < deadline:
                self.lock.wait(deadline - time.monotonic())
            return list(self.updates)

    def _send(self, method: str, params: dict) -> tuple[int, dict]:
        chat_id = int(params["chat_id"])
        queued = self.errors.get(chat_id)
        if queued:
            return queued.pop(0)
        text = params.get("text", "")
        if message_length(text, params.get("parse_mode")) > 4096:
            return 400, {"description": "Bad Request: message is too long"}
        if params.get("parse_mode") == "HTML" and (problem := html_error(text)):
            return 400, {"description": f"Bad Request: can't parse entities: {problem}"}
        message = {"message_id": int(params.get("message_id") or self._new_id()), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private"}, "text": text}
        if params.get("reply_markup"):
            markup = params["reply_markup"]
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        with self.lock:
            self.sent.append({**message, "method": method, "at": time.monotonic()})
            self.lock.notify_all()
            late = self.late.get(chat_id)
            delay = late.pop(0) if late else 0.0
        time.sleep(delay)  # delivered, but answered late: past the client's timeout the sender cannot know
        if "inline_keyboard" not in message.get("reply_markup", {"inline_keyboard": []}):
            del message["reply_markup"]  # Telegram returns only an inline keyboard, not ForceReply
        return 200, message

    def _answer_inline(self, params: dict) -> tuple[int, dict | bool]:
        results = params.get("results", "[]")
        results = json.loads(results) if isinstance(results, str) else results
        for result in results:
            content = result.get("input_message_content", {})
            if content.get("parse_mode") == "HTML" and (problem := html_error(content.get("message_text", ""))):
                return 400, {"description": f"Bad Request: can't parse entities: {problem}"}
        with self.lock:
            self.inline_answers.append({**params, "results": results})
            self.lock.notify_all()
        return 200, True

    def _send_file(self, method: str, params: dict) -> tuple[int, dict]:
        field = "photo" if method == "sendPhoto" else "document"
        upload = params.get(field)
        if isinstance(upload, str) and upload.startswith("attach://"):
            upload = params.get(upload.removeprefix("attach://"))
        if not isinstance(upload, dict) or not upload["data"]:
            return 400, {"description": f"Bad Request: there is no {field} in the request"}
        caption = params.get("caption", "")
        if len(caption) > 1024:
            return 400, {"description": "Bad Request: message caption is too long"}
        if params.get("parse_mode") == "HTML" and (problem := html_error(caption)):
            return 400, {"description": f"Bad Request: can't parse entities: {problem}"}
        message = {"message_id": self._new_id(), "date": int(time.time()),
                   "chat": {"id": int(params["chat_id"]), "type": "private"}, "caption": caption}
        if field == "photo":
            message["photo"] = [{"file_id": "p1", "file_unique_id": "p1", "width": 1, "height": 1}]
        else:
            message["document"] = {"file_id": "d1", "file_unique_id": "d1", "file_name": upload["filename"]}
        with self.lock:
            self.sent.append({**message, "method": method, "at": time.monotonic(), "upload": upload})
            self.lock.notify_all()
        return 200, message

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            # The status line and headers, then the body, go out as two writes: with Nagle's algorithm on, the
            # body waited for the client's delayed ACK (40 ms a reply over loopback), which Telegram's servers
            # never make anyone wait.
            disable_nagle_algorithm = True

            def log_message(self, *args):
                pass

            def do_GET(self):
                if self.path.startswith("/file/"):
                    file_id = self.path.rsplit("/", 1)[-1].removesuffix(".txt")
                    body = fake.files.get(file_id, b"")
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.do_POST()

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                kind = self.headers.get("Content-Type", "")
                if "json" in kind:
                    params = json.loads(raw or b"{}")
                elif "multipart/form-data" in kind:
                    params = _multipart(kind, raw)
                else:
                    params = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
                method = self.path.rsplit("/", 1)[-1]
                status, result = fake._api(method, params)
                payload = {"ok": True, "result": result} if status == 200 else {
                    "ok": False, "error_code": status, **result}
                body = json.dumps(payload, ensure_ascii=False).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot stopped waiting (shutdown); nothing to answer

        return Handler


def _multipart(content_type: str, raw: bytes) -> dict:
    """Form fields as text; uploaded files as {"filename", "data"}."""
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    params: dict = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        params[name] = {"filename": filename, "data": data} if filename else data.decode()
    return params
