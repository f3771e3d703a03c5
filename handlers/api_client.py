"""A lean HTTP/1.1 client for the Bot API's JSON calls, with keep-alive connections taken from a plain stack.

Under load, about half of the bot's CPU for a remembered answer went to httpx and httpcore sending the reply:
form-encoding every parameter, and httpcore's pool scanning every connection on each request and again on
each response. Almost every call the bot makes is a POST of JSON parameters to one host (sendMessage,
answerCallbackQuery, getUpdates …), which this class sends itself: the parameters as a JSON body (the Bot API
takes JSON), over a connection kept open and reused, with the same timeouts and errors as PTB's HTTPXRequest.
Uploads (multipart) and file downloads (GET) still go through an HTTPXRequest, which this class owns, and so
does everything when a proxy for the Bot API is set in the environment (HTTPS_PROXY, ALL_PROXY …, which httpx
honours and this client does not speak).
"""
import asyncio
import logging
import time
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = READ_TIMEOUT = WRITE_TIMEOUT = 5.0  # HTTPXRequest's defaults
POOL_TIMEOUT = 1.0
KEEP_IDLE_FOR = 5.0  # seconds a connection may wait unused before it is closed (httpx's keep-alive expiry)


@dataclass
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = field(default_factory=time.monotonic)

    def usable(self, now: float) -> bool:
        """Open at both ends and not idle so long that the server may be closing it."""
        return (now - self.idle_since < KEEP_IDLE_FOR and not self.reader.at_eof()
                and not self.writer.is_closing())

    def close(self) -> None:
        self.writer.close()


class _Pool:
    """Connections to one origin: the last one returned is the next one taken (a stack, so few stay warm);
    at most `size` at once, more callers wait up to the pool timeout."""

    def __init__(self, scheme: str, host: str, port: int, size: int) -> None:
        self.host, self.port = host, port
        self.tls = httpx.create_ssl_context() if scheme == "https" else None  # verified as httpx does
        self.idle: deque[_Connection] = deque()
        self.slots = asyncio.Semaphore(size)

    async def take(self, connect_timeout: float | None, pool_timeout: float | None) -> _Connection:
        if self.slots.locked():  # every connection busy: wait for one, up to the pool timeout
            try:
                async with asyncio.timeout(pool_timeout):
                    await self.slots.acquire()
            except TimeoutError:
                raise TimedOut("Pool timeout: all connections are busy; the request was not sent") from None
        else:
            await self.slots.acquire()  # at once, without arming a timer
        try:
            return self._reused() or await self._opened(connect_timeout)
        except BaseException:
            self.slots.release()
            raise

    def give_back(self, connection: _Connection, reusable: bool) -> None:
        """Back on top of the stack; those at the bottom idle too long (left over from a burst) are closed."""
        self.slots.release()
        now = time.monotonic()
        while self.idle and not self.idle[0].usable(now):
            self.idle.popleft().close()
        if reusable:
            connection.idle_since = now
            self.idle.append(connection)
        else:
            connection.close()

    def _reused(self) -> _Connection | None:
        now = time.monotonic()
        while self.idle:
            connection = self.idle.pop()
            if connection.usable(now):
                return connection
            connection.close()
        return None

    async def _opened(self, connect_timeout: float | None) -> _Connection:
        try:
            async with asyncio.timeout(connect_timeout):
                reader, writer = await asyncio.open_connection(self.host, self.port, ssl=self.tls)
        except TimeoutError:
            raise TimedOut("Timed out connecting to the Bot API") from None
        except OSError as err:
            raise NetworkError(f"Could not connect to the Bot API: {err}") from err
        return _Connection(reader, writer)

    def close(self) -> None:
        while self.idle:
            self.idle.pop().close()


class BotApiRequest(BaseRequest):
    """PTB's HTTP layer for the bot: JSON calls sent here, uploads and downloads by an HTTPXRequest."""

    def __init__(self, connection_pool_size: int = 256) -> None:
        self.size = connection_pool_size
        self.pools: dict[tuple[str, str, int], _Pool | None] = {}  # None: through a proxy, so by httpx
        self.files = HTTPXRequest(connection_pool_size=connection_pool_size)

    @property
    def read_timeout(self) -> float | None:
        return READ_TIMEOUT

    async def initialize(self) -> None:
        await self.files.initialize()

    async def shutdown(self) -> None:
        for pool in self.pools.values():
            if pool is not None:
                pool.close()
        self.pools.clear()
        await self.files.shutdown()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         ) -> tuple[int, bytes]:
        parts = urlsplit(url)
        pool = self._pool(parts.scheme, parts.hostname or "", parts.port)
        if pool is None or method != "POST" or (request_data is not None and request_data.contains_files):
            return await self.files.do_request(url, method, request_data, read_timeout, write_timeout,
                                               connect_timeout, pool_timeout)
        body = request_data.json_payload if request_data is not None else b"{}"
        head = (f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: {self.USER_AGENT}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        connection = await pool.take(_given(connect_timeout, CONNECT_TIMEOUT), _given(pool_timeout, POOL_TIMEOUT))
        reusable = False
        try:
            await _send(connection.writer, head + body, _given(write_timeout, WRITE_TIMEOUT))
            status, payload, reusable = await _received(connection.reader, _given(read_timeout, READ_TIMEOUT))
        finally:
            pool.give_back(connection, reusable)
        return status, payload

    def _pool(self, scheme: str, host: str, port: int | None) -> _Pool | None:
        key = (scheme, host, port or (443 if scheme == "https" else 80))
        if key not in self.pools:
            self.pools[key] = None if proxied(scheme, host) else _Pool(*key, size=self.size)
            if self.pools[key] is None:
                log.info("a proxy for %s://%s is set in the environment: the Bot API is reached through it", scheme,
                         host)
        return self.pools[key]


def proxied(scheme: str, host: str) -> bool:
    """Whether the environment sets a proxy for this origin (as httpx reads it: HTTP(S)_PROXY, ALL_PROXY, NO_PROXY)."""
    proxies = urllib.request.getproxies()
    return bool(proxies.get(scheme) or proxies.get("all")) and not urllib.request.proxy_bypass(host)


def _given(timeout: ODVInput[float], default: float) -> float | None:
    return default if isinstance(timeout, DefaultValue) else timeout


async def _send(writer: asyncio.StreamWriter, data: bytes, timeout: float | None) -> None:
    try:
        writer.write(data)
        if writer.transport.get_write_buffer_size():  # not all taken by the socket at once: wait for room
            async with asyncio.timeout(timeout):
                await writer.drain()
    except TimeoutError:
        raise TimedOut("Timed out sending to the Bot API") from None
    except OSError as err:
        raise NetworkError(f"Connection to the Bot API lost while sending: {err}") from err


async def _received(reader: asyncio.StreamReader, timeout: float | None) -> tuple[int, bytes, bool]:
    """(status, body, whether the connection may be used again) of one HTTP/1.1 response."""
    try:
        async with asyncio.timeout(timeout):
            return await _response(reader)
    except TimeoutError:
        raise TimedOut("Timed out waiting for the Bot API's answer") from None
    except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as err:
        raise NetworkError(f"The Bot API's answer was cut short or malformed: {err!r}") from err


async def _response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    version, status = lines[0].split(" ", 2)[:2]
    headers = {name.strip().lower(): value.strip()
               for name, _, value in (line.partition(":") for line in lines[1:] if line)}
    keep = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _chunked(reader)
    elif "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    else:  # the body runs to the end of the connection
        body, keep = await reader.read(), False
    return int(status), body, keep


async def _chunked(reader: asyncio.StreamReader) -> bytes:
    body = bytearray()
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        body += await reader.readexactly(size + 2)
        del body[-2:]
    while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers, up to the empty line
        pass
    return bytes(body)
