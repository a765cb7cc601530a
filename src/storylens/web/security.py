"""Security middleware for the local web UI: strict headers (CSP without inline
script), a request-body cap and a Host check.

Both middlewares are plain ASGI (no ``BaseHTTPMiddleware``) so the body cap can stop an
upload while it streams, before the form parser has buffered it.

Why each header is there:

* ``Content-Security-Policy`` — scripts and styles only from this server (``'self'``);
  no inline script or event handler, no ``javascript:`` URLs, no
  plugins, no framing, forms post only back here. Article text is already escaped by
  Jinja2 autoescape; the CSP is the second wall should an escape ever be missed.
* ``X-Content-Type-Options: nosniff`` — an uploaded ``.txt`` is never re-read as HTML.
* ``Referrer-Policy: same-origin`` — links out to an outlet do not leak the local URL
  (``no-referrer`` would also make Chromium send ``Origin: null`` on our own form posts,
  which the Origin check below must refuse).
* ``X-Frame-Options`` / ``frame-ancestors`` — no click-jacking through a frame.
* Host allow-list — a web page elsewhere cannot reach the local server through DNS
  rebinding (the browser would send that page's host name).
"""

from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import json
import logging
import re
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_HOSTS: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")


def csp_header(style_hashes: Iterable[str] = ()) -> str:
    """The policy every response carries.

    Scripts and stylesheets come from this server only: no inline ``<script>``, no event
    handler attribute, no ``javascript:`` URL can run. The shared report partials set a
    few ``style=""`` attributes (a column count, heatmap cell shades); those exact values,
    and nothing else, are allowed through ``'unsafe-hashes'`` with their SHA-256 — the
    page renderer collects them from the markup it produced (see :func:`style_hashes`).
    """
    hashes = sorted(set(style_hashes))
    attr = "'unsafe-hashes' " + " ".join(f"'sha256-{h}'" for h in hashes) if hashes else "'none'"
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-elem 'self'",
            f"style-src-attr {attr}",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "object-src 'none'",
        )
    )


_STYLE_ATTR = re.compile(r'\sstyle="([^"<>]*)"')


def style_hashes(html: str) -> set[str]:
    """Base64 SHA-256 of every ``style="..."`` attribute value in markup we rendered.

    Article data cannot add one: autoescape turns a ``"`` in data into ``&#34;``, so only
    the templates' own attributes match. The values are unescaped first, as the browser
    hashes the attribute's value, not its source text.
    """
    out = set()
    for value in _STYLE_ATTR.findall(html):
        digest = hashlib.sha256(htmlmod.unescape(value).encode("utf-8")).digest()
        out.add(base64.b64encode(digest).decode("ascii"))
    return out


STATIC_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class SecurityHeaders:
    """Adds the security headers to every HTTP response. A page that rendered ``style``
    attributes leaves their hashes in ``request.state.csp_style_hashes``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() != b"content-security-policy"
                ]
                policy = csp_header(state.get("csp_style_hashes", ()))
                headers.append((b"content-security-policy", policy.encode("ascii")))
                headers.extend(STATIC_HEADERS)
                message = {**message, "headers": headers}
            await send(message)

        started = False

        async def send_tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send_with_headers(message)

        try:
            await self.app(scope, receive, send_tracked)
        except Exception:
            # A bug must still answer with the headers (the server's own 500 page is
            # outside this middleware); the traceback goes to the server's log.
            logging.getLogger("storylens.web").exception("error answering %s", scope.get("path"))
            if started:
                raise
            await _send_error(send_with_headers, 500, "internal error (see the server log)")


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def too_large_message(max_bytes: int) -> str:
    mb = max_bytes / 1_000_000
    return f"request too large: the limit is {mb:g} MB in all (articles and files together)"


class BodyLimit:
    """Refuses a request body over ``max_bytes`` with 413 and a message.

    A declared ``Content-Length`` over the cap is refused before reading; a chunked body
    is counted as it streams and cut off at the cap.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _message(self) -> str:
        return too_large_message(self.max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for key, value in scope.get("headers", []):
            if key == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_error(send, 400, "bad Content-Length header")
                    return
                if declared > self.max_bytes:
                    await _send_error(send, 413, self._message())
                    return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _send_error(send, 413, self._message())


class BodyTooLarge(Exception):
    """Raised from ``receive`` past the cap; :class:`BodyLimit` turns it into a 413."""


class HostCheck:
    """Answers 400 unless the Host header names one of ``allowed`` (``"*"`` allows any),
    and 403 to a POST sent by a page of another origin.

    The Origin check keeps other web sites from making a visitor's browser post work to
    this server (the compare page computes, so a foreign form could load the machine);
    requests without an Origin header (curl, scripts) are not affected.
    """

    def __init__(self, app: ASGIApp, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(h.lower() for h in allowed)

    @staticmethod
    def _header(scope: Scope, name: bytes) -> str | None:
        for key, value in scope.get("headers", []):
            if key == name:
                return value.decode("latin-1").strip().lower()
        return None

    def _host_ok(self, scope: Scope) -> bool:
        if "*" in self.allowed:
            return True
        host = self._header(scope, b"host") or ""
        if host.startswith("["):  # [::1]:8765
            name = host.split("]", 1)[0] + "]"
        else:
            name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
        return name in self.allowed

    def _origin_ok(self, scope: Scope) -> bool:
        if scope.get("method", "GET") in ("GET", "HEAD", "OPTIONS"):
            return True
        origin = self._header(scope, b"origin")
        if origin is None:
            return True
        host = self._header(scope, b"host") or ""
        return origin in (f"http://{host}", f"https://{host}")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self._host_ok(scope):
            if scope["type"] == "http":
                await _send_error(send, 400, "unexpected Host header (the server answers local names only)")
            return
        if scope["type"] == "http" and not self._origin_ok(scope):
            await _send_error(send, 403, "cross-origin request refused (post from this server's own pages)")
            return
        await self.app(scope, receive, send)
