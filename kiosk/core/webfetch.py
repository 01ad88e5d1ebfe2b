"""Web requests for the update channel: https unless staff named the host as local, and a
deadline for the whole request, not only for each read.

urllib's timeout applies to each read from the socket, so a server that answers one byte
every few seconds holds a request (and with it "Check now" and every later update) for
days. A timer here shuts the request's socket down when its time is up; the read waiting
on it returns at once, and the caller is told it was the deadline.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import socket
import ssl
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from typing import IO

log = logging.getLogger("kiosk.channel")

_current = threading.local()


class Deadline:
    """One request's whole time: its sockets are shut when ``seconds`` have passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.passed = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True

    def _shut(self, sock: socket.socket) -> None:
        # The plain socket's shutdown, not SSLSocket's: that one also drops the TLS object
        # under a read running in another thread.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def _cut(self) -> None:
        with self._lock:
            self.passed = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)
        log.warning("a request to the update server ran past its %.0f s deadline; cut",
                    self.seconds)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            late = self.passed
        if late:
            self._shut(sock)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Requests made by this thread inside the block are cut after ``seconds`` in all."""
    watch = Deadline(seconds)
    _current.deadline = watch
    watch._timer.start()
    try:
        yield watch
    finally:
        watch._timer.cancel()
        _current.deadline = None


def _watched(sock: socket.socket | None) -> None:
    watch: Deadline | None = getattr(_current, "deadline", None)
    if watch is not None and sock is not None:
        watch.watch(sock)


class _HTTPConnection(http.client.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watched(self.sock)


class _HTTPSConnection(http.client.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watched(self.sock)


class _HTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, context: ssl.SSLContext | None) -> None:
        super().__init__(context=context)
        self._kept_context = context

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPSConnection, req, context=self._kept_context)


class RefusedRedirect(urllib.error.URLError):
    """A server sent the kiosk on to an address it must not use (not https, not local)."""

    def __init__(self, url: str) -> None:
        super().__init__(f"redirected to {url}")
        self.url = url


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, allowed: Callable[[str], bool]) -> None:
        self.allowed = allowed

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int,
                         msg: str, headers: http.client.HTTPMessage,
                         newurl: str) -> urllib.request.Request | None:
        # Checked before the next request goes out, not after its answer is back.
        if not self.allowed(newurl):
            fp.close()
            raise RefusedRedirect(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener(*handlers: urllib.request.BaseHandler, allowed: Callable[[str], bool],
           context: ssl.SSLContext | None = None) -> urllib.request.OpenerDirector:
    """urllib's opener whose connections heed ``deadline`` and which follows a redirect
    only to an address ``allowed`` accepts; ``handlers`` as for ``build_opener`` (a
    ProxyHandler, say). ``context``: how https servers are checked (the system's
    certificate authorities when None)."""
    return urllib.request.build_opener(*handlers, _HTTPHandler(), _HTTPSHandler(context),
                                       _Redirects(allowed))
