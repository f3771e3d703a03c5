"""An in-process stand-in for Telegram: a BaseRequest that answers like the Bot API and records calls.

`fail` queues error replies (status, description, extra) for the next calls of a method, so tests can
make Telegram answer 429, 403, 400 or time out.
"""
import json
import time

from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData


class FakeRequest(BaseRequest):
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.failures: dict[str, list[tuple[int, str, dict] | str]] = {}
        self.next_id = 500

    def fail(self, method: str, *replies: tuple[int, str, dict] | str) -> None:
        self.failures.setdefault(method, []).extend(replies)

    def sent(self, method: str = "sendMessage") -> list[dict]:
        """Calls Telegram accepted (a timed-out one may have arrived, so it counts too)."""
        return [params for m, params in self.calls if m == method and params.get("_status") != "refused"]

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout=None, write_timeout=None, connect_timeout=None, pool_timeout=None):
        name = url.rsplit("/", 1)[-1]
        params = request_data.json_parameters if request_data else {}
        params = {k: (json.loads(v) if k == "reply_markup" else v) for k, v in params.items()}
        self.calls.append((name, params))
        queued = self.failures.get(name)
        if queued:
            reply = queued.pop(0)
            if reply == "timeout":
                raise TimedOut()
            status, description, extra = reply
            self.calls[-1][1]["_status"] = "refused"
            return status, json.dumps({"ok": False, "error_code": status, "description": description,
                                       "parameters": extra}).encode()
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: dict):
        if name == "getMe":
            return {"id": 42, "is_bot": True, "first_name": "آمار", "username": "amar_test_bot"}
        if name in ("sendMessage", "editMessageText"):
            self.next_id += 1
            return {"message_id": self.next_id, "date": int(time.time()), "text": params.get("text", ""),
                    "chat": {"id": int(params["chat_id"]), "type": "private"}}
        return True
