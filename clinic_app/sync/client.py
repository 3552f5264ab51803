"""Speaking to the hub over HTTP(S): the standard library only (no extra download for clinics).

``HubClient`` sends and receives JSON (gzip both ways), keeps one connection open for a cycle,
counts the bytes it puts on and takes off the wire (request and status lines, headers and
bodies; TLS framing not counted), and turns every failure into a ``SyncError`` a person can
read: the hub could not be reached, refused this PC's token, is busy, or refused a batch.
"""

from __future__ import annotations

import gzip
import http.client
import json
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

from clinic_app import __version__
from clinic_app.marks import N_
from clinic_app.sync import SyncError

SAFE = "Your work is safe on this PC; sync will try again later."
USER_AGENT = f"clinic-companion/{__version__}"


class HubUnreachable(SyncError):
    """No answer (no network, wrong address, connection cut, timed out)."""


class HubRefusedToken(SyncError):
    """401: the token is wrong or revoked, or the enrolment code is not valid."""


class HubBusy(SyncError):
    """503: the hub runs but its database does not answer."""


class HubAnswer(SyncError):
    """Any other refusal, with the hub's own words; ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooBig(HubAnswer):
    """413: send less at once."""


@dataclass
class Wire:
    """Bytes on the wire during one cycle (HTTP level) and the requests made."""

    sent: int = 0
    received: int = 0
    requests: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.received


def check_url(url: str) -> str:
    """The hub address as typed, checked: http(s)://host[:port][/path]; ValidationError-like
    SyncError with an example otherwise."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(N_("'{0}' is not a hub address. Type it as the hub's administrator "
                           "gave it, for example https://hub.example.org or "
                           "http://192.168.1.20:8750.").format(url))
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise SyncError(N_("The port in '{0}' is not a number.").format(url)) from None
    return text


class HubClient:
    """``HubClient(url, token)``: one site's requests to the hub; ``close()`` when done."""

    def __init__(self, url: str, token: str | None = None, *, timeout: float = 30.0) -> None:
        self.url = check_url(url)
        parts = urlsplit(self.url)
        self.https = parts.scheme == "https"
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if self.https else 80)
        self.base = parts.path
        self.token = token
        self.timeout = timeout
        self.wire = Wire()
        self._conn: http.client.HTTPConnection | None = None
        #: the hub's clock at its last answer (ms since the epoch), from its Date header
        self.hub_time_ms: int | None = None

    # plumbing --------------------------------------------------------------------------------
    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self.https:
                self._conn = http.client.HTTPSConnection(
                    self.host, self.port, timeout=self.timeout,
                    context=ssl.create_default_context())
            else:
                self._conn = http.client.HTTPConnection(self.host, self.port,
                                                        timeout=self.timeout)
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, body: Any = None, *, data: bytes | None = None,
                auth: bool = True) -> Any:
        """One request (``body`` as JSON, or ``data`` already made by ``encode``); the
        answer's JSON. Raises the SyncError subclass that says why not."""
        headers = {"Accept-Encoding": "gzip", "User-Agent": USER_AGENT}
        if body is not None:
            data = encode(body)
        if data is not None:
            headers |= {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        if auth:
            if not self.token:
                raise HubRefusedToken("This PC is not enrolled with a hub yet: enter the hub "
                                      "address and an enrolment code in Settings → Sync.")
            headers["Authorization"] = f"Bearer {self.token}"
        target = self.base + path
        conn = self._connection()
        try:
            conn.request(method, target, body=data, headers=headers)
            resp = conn.getresponse()
            raw = resp.read()
        except (OSError, http.client.HTTPException) as exc:
            self.close()  # a broken connection is not used again
            raise HubUnreachable(self._why(exc)) from None
        finally:
            self.wire.requests += 1
        self.wire.sent += len(f"{method} {target} HTTP/1.1\r\n") + _header_bytes(
            headers | {"Host": self.host, "Content-Length": str(len(data or b""))}) + \
            len(data or b"")
        self.wire.received += len(f"HTTP/1.1 {resp.status} {resp.reason}\r\n") + \
            _header_bytes(dict(resp.getheaders())) + len(raw)
        self._note_time(resp.getheader("Date"))
        if resp.getheader("Connection", "").lower() == "close":
            self.close()
        try:
            if resp.getheader("Content-Encoding", "").lower() == "gzip":
                raw = gzip.decompress(raw)
            answer = json.loads(raw) if raw else None
        except (OSError, EOFError, zlib.error, ValueError):
            if resp.status >= 500:
                raise HubBusy(f"The hub answered with an error ({resp.status}). {SAFE}") \
                    from None
            raise HubUnreachable(f"The hub's answer was cut short or is not the hub's "
                                 f"(HTTP {resp.status}). {SAFE}") from None
        if resp.status == 200:
            return answer
        said = answer.get("error") if isinstance(answer, dict) else None
        said = said or resp.reason
        if resp.status == 401:
            raise HubRefusedToken(f"The hub refused this PC: {said}")
        if resp.status == 413:
            raise TooBig(f"The hub found the batch too large: {said}", 413)
        if resp.status in (502, 503, 504):
            raise HubBusy(f"The hub is not ready ({said}). {SAFE}")
        raise HubAnswer(f"The hub refused the request ({resp.status}): {said}", resp.status)

    def _why(self, exc: BaseException) -> str:
        where = f"{self.host}:{self.port}"
        if isinstance(exc, socket.gaierror):
            what = f"the name {self.host} is not known here (no internet, or a typing mistake)"
        elif isinstance(exc, TimeoutError | socket.timeout):
            what = "it did not answer in time (a slow or broken link)"
        elif isinstance(exc, ConnectionRefusedError):
            what = f"nothing answers at {where} (the hub is not running there)"
        elif isinstance(exc, ssl.SSLError):
            what = f"its secure connection could not be checked ({exc.reason or exc})"
        elif isinstance(exc, ConnectionResetError | BrokenPipeError |
                        http.client.RemoteDisconnected | http.client.IncompleteRead):
            what = "the connection was cut"
        else:
            what = str(exc) or type(exc).__name__
        return f"The hub could not be reached: {what}. {SAFE}"

    def _note_time(self, date: str | None) -> None:
        if not date:
            return
        from email.utils import parsedate_to_datetime

        try:
            self.hub_time_ms = int(parsedate_to_datetime(date).timestamp() * 1000)
        except (TypeError, ValueError, IndexError, OverflowError):
            pass

    # the API ---------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        answer = self.request("GET", "/v1/health", auth=False)
        if not isinstance(answer, dict) or answer.get("status") != "ok":
            raise HubBusy(f"The hub is not ready. {SAFE}")
        if isinstance(answer.get("time_ms"), int):
            self.hub_time_ms = answer["time_ms"]
        return answer

    def enroll(self, code: str, site_id: str, prefix: str | None,
               fixed_prefix: bool) -> dict[str, Any]:
        body: dict[str, Any] = {"code": code, "site_id": site_id}
        if prefix:
            body |= {"prefix": prefix, "fixed_prefix": fixed_prefix}
        answer = self.request("POST", "/v1/enroll", body, auth=False)
        if not isinstance(answer, dict) or not isinstance(answer.get("token"), str):
            raise HubAnswer("The hub's answer to the enrolment is not what this app "
                            "expects: is the address right?", 200)
        return answer

    def push(self, data: bytes) -> dict[str, Any]:
        """Send a batch made by ``encode``."""
        answer = self.request("POST", "/v1/push", data=data)
        if not isinstance(answer, dict) or not (
                isinstance(answer.get("accepted"), list) or
                isinstance(answer.get("accepted_sha256"), str)):
            raise HubAnswer("The hub's answer to a push is not what this app expects.", 200)
        return answer

    def pull(self, cursor: int, limit: int, max_bytes: int | None = None) -> dict[str, Any]:
        query: dict[str, int] = {"cursor": cursor, "limit": limit}
        if max_bytes is not None:
            query["bytes"] = max_bytes
        answer = self.request("GET", "/v1/pull?" + urlencode(query))
        if not isinstance(answer, dict) or not isinstance(answer.get("changes"), list) or \
                not isinstance(answer.get("cursor"), int):
            raise HubAnswer("The hub's answer to a pull is not what this app expects.", 200)
        return answer


def encode(body: Any) -> bytes:
    """A request body: compact JSON, gzip at its best (the link may be metered).

    Z_FILTERED: changes are full of ids, stamps and hashes in hex, which Huffman codes well
    and short matches do not; about 7 % fewer bytes than the default strategy on a clinic's
    outbox (tests/hub/test_sync_faults.py, the slow link). Plain gzip to any reader."""
    return pack(json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode())


def pack(raw: bytes) -> bytes:
    """gzip for a request body (see ``encode``); level 6 past 512 KB, where the batch grew
    because the link is quick and the time to pack it counts more than its bytes."""
    level = 9 if len(raw) <= 512 * 1024 else 6
    packer = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS, 9, zlib.Z_FILTERED)
    return packer.compress(raw) + packer.flush()


def _header_bytes(headers: dict[str, str]) -> int:
    return sum(len(k) + len(str(v)) + 4 for k, v in headers.items()) + 2


def backoff(attempt: int) -> None:
    """Wait before trying again after a cut: 0.5 s, 1 s, 2 s."""
    time.sleep(min(2.0, 0.5 * 2 ** attempt))
