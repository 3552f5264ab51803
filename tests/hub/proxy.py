"""A small real TCP proxy between a clinic PC and the hub, for the sync fault tests.

    with Proxy(hub_url, seed=7, rate_bps=30_000, rtt_s=0.6, reset_share=0.05) as proxy:
        site.sync ... proxy.url ...
        proxy.cut_after(1234, "up")      # the next 1,234 bytes clinic -> hub pass, then RST
        proxy.up, proxy.down             # bytes forwarded each way (real TCP payload)

Threads and sockets only. Each accepted connection gets an upstream connection and, for each
direction, a reader (``recv`` into a bounded queue: the link's buffer) and a writer that
delivers each chunk one way-delay (``rtt_s / 2``) after it was read and paces the bytes at
``rate_bps`` (serialisation at the bottleneck), so a slow link is slow in wall time, not only
on paper.

Faults:
- ``cut_after(n, direction)``: one shot; counting from now, ``n`` more bytes in that direction
  ("up" = clinic -> hub, "down" = hub -> clinic) are forwarded, then the connection is reset
  (RST both ways: SO_LINGER 0). ``cuts`` counts the cuts that fired;
- ``reset_share``: that share of new connections (seeded ``random.Random(seed)``) is reset
  after a random number of bytes (1 .. ``reset_window``, both directions together); a
  connection that carries fewer bytes than its draw is not reset. ``resets`` counts those
  that fired.
"""

from __future__ import annotations

import queue
import random
import select
import socket
import struct
import threading
import time
from typing import Any
from urllib.parse import urlsplit

DIRECTIONS = ("up", "down")


def _rst(sock: socket.socket) -> None:
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class _Link:
    """One proxied connection: the two sockets, its byte count and its reset point."""

    def __init__(self, proxy: Proxy, client: socket.socket, upstream: socket.socket,
                 reset_at: int | None) -> None:
        self.proxy = proxy
        self.client, self.upstream = client, upstream
        self.reset_at = reset_at
        self.carried = 0
        self.dead = False
        self.lock = threading.Lock()
        self.open_writers = 2

    def kill(self) -> None:
        with self.lock:
            if self.dead:
                return
            self.dead = True
        _rst(self.client)
        _rst(self.upstream)

    def writer_done(self) -> None:
        with self.lock:
            self.open_writers -= 1
            last = self.open_writers == 0
        if last and not self.dead:
            for s in (self.client, self.upstream):
                try:
                    s.close()
                except OSError:
                    pass


class Proxy:
    """``Proxy(target_url_or_port, ...)``: listens on a free loopback port (``url``)."""

    def __init__(self, target: str | int, *, seed: int = 0, rate_bps: float | None = None,
                 rtt_s: float = 0.0, reset_share: float = 0.0, reset_window: int = 65_536,
                 chunk: int = 1_460, buffer_chunks: int = 32) -> None:
        if isinstance(target, int):
            self.target = ("127.0.0.1", target)
        else:
            parts = urlsplit(target)
            self.target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.rng = random.Random(seed)
        self.rate_bps = rate_bps
        self.rtt_s = rtt_s
        self.reset_share = reset_share
        self.reset_window = reset_window
        self.chunk = chunk
        self.buffer_chunks = buffer_chunks
        self.lock = threading.Lock()
        self.up = self.down = 0
        self.connections = 0
        self.cuts = 0
        self.resets = 0
        self._cut: dict[str, int | None] = {"up": None, "down": None}
        self._links: list[_Link] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        self._acceptor = threading.Thread(target=self._accept, daemon=True, name="proxy-accept")
        self._acceptor.start()

    # control ---------------------------------------------------------------------------------
    def cut_after(self, n: int, direction: str) -> None:
        """Arm a one-shot cut: ``n`` more bytes pass in ``direction``, then a reset."""
        if direction not in DIRECTIONS:
            raise ValueError(direction)
        with self.lock:
            self._cut[direction] = max(0, int(n))

    def disarm(self) -> None:
        with self.lock:
            self._cut = {"up": None, "down": None}

    def armed(self) -> bool:
        with self.lock:
            return any(v is not None for v in self._cut.values())

    def counts(self) -> tuple[int, int]:
        with self.lock:
            return self.up, self.down

    def total(self) -> int:
        with self.lock:
            return self.up + self.down

    def close(self) -> None:
        self._closed = True
        try:
            self.sock.close()
        except OSError:
            pass
        for link in list(self._links):
            link.kill()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # plumbing --------------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
                upstream.settimeout(None)
            except OSError:
                _rst(client)
                continue
            for s in (client, upstream):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.connections += 1
                reset_at = (self.rng.randint(1, self.reset_window)
                            if self.reset_share and self.rng.random() < self.reset_share
                            else None)
            link = _Link(self, client, upstream, reset_at)
            self._links.append(link)
            for src, dst, direction in ((client, upstream, "up"), (upstream, client, "down")):
                q: queue.Queue[tuple[float, bytes] | None] = queue.Queue(self.buffer_chunks)
                threading.Thread(target=self._read, args=(link, src, q), daemon=True,
                                 name=f"proxy-read-{direction}").start()
                threading.Thread(target=self._write, args=(link, dst, q, direction),
                                 daemon=True, name=f"proxy-write-{direction}").start()

    def _read(self, link: _Link, src: socket.socket,
              q: queue.Queue[tuple[float, bytes] | None]) -> None:
        def put(item: tuple[float, bytes] | None) -> None:
            while not link.dead:  # a full buffer holds the sender back, as a link would
                try:
                    q.put(item, timeout=0.2)
                    return
                except queue.Full:
                    continue

        try:
            while not link.dead:
                # never block in recv: a socket closed by another thread while this one
                # waits in recv is not released (no RST goes out) until the recv returns
                ready, _, _ = select.select([src], [], [], 0.05)
                if not ready:
                    continue
                data = src.recv(self.chunk)
                if not data:
                    break
                put((time.monotonic(), data))
        except OSError:
            pass
        finally:
            put(None)

    def _allowance(self, link: _Link, direction: str, n: int) -> tuple[int, bool]:
        """How many of the next ``n`` bytes may pass, and whether the link dies after them."""
        with self.lock:
            allowed, kill = n, False
            armed = self._cut[direction]
            if armed is not None and n > armed:
                allowed, kill = armed, True
                self._cut[direction] = None
                self.cuts += 1
            elif armed is not None:
                self._cut[direction] = armed - n
            if link.reset_at is not None and link.carried + allowed >= link.reset_at:
                allowed = max(0, min(allowed, link.reset_at - link.carried))
                if not kill:
                    self.resets += 1
                kill = True
            link.carried += allowed
            if direction == "up":
                self.up += allowed
            else:
                self.down += allowed
        return allowed, kill

    def _write(self, link: _Link, dst: socket.socket,
               q: queue.Queue[tuple[float, bytes] | None], direction: str) -> None:
        one_way = self.rtt_s / 2
        free_at = 0.0  # when the bottleneck has sent everything before
        try:
            while True:
                try:
                    item = q.get(timeout=0.2)
                except queue.Empty:
                    if link.dead:
                        break
                    continue
                if item is None or link.dead:
                    break
                arrived, data = item
                if self.rate_bps:
                    start = max(arrived, free_at)
                    free_at = start + len(data) * 8 / self.rate_bps
                    due = free_at + one_way
                else:
                    due = arrived + one_way
                wait = due - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                allowed, kill = self._allowance(link, direction, len(data))
                if allowed:
                    dst.sendall(data[:allowed])
                if kill:
                    link.kill()
                    break
            if not link.dead:
                try:
                    dst.shutdown(socket.SHUT_WR)  # pass the half-close on
                except OSError:
                    pass
        except OSError:
            link.kill()
        finally:
            link.writer_done()


def proxied(url: str, **kw: Any) -> Proxy:
    """A proxy in front of the hub at ``url``."""
    return Proxy(url, **kw)
