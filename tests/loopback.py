"""A loopback HTTP server (127.0.0.1, a free port) with invented pages, for URL tests.

Routes: two article pages about an invented event (``/tribune/ferry.html``,
``/courier/ferry.html``), an RSS feed of both (``/feed.xml``), a 404, a slow page, a huge
page (with and without ``Content-Length``), a redirect, a redirect loop, a path that
robots.txt disallows and a page that fails once with 503. ``hits`` counts requests per path.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAS = [
    "The Marrowby ferry Saint Ives Lark ran aground on a sandbar near Quillon Point on Tuesday morning, "
    "the harbour authority said.",
    "All 84 passengers were taken off by lifeboat crews within two hours and nobody was hurt, "
    "according to harbour master Odile Fenwick.",
    "The ferry had left Marrowby at 7.10 a.m. on its usual crossing to the island of Sable Reach.",
    "Engineers will inspect the hull at high tide on Wednesday before the vessel is towed back to port.",
    "Crossings to Sable Reach are suspended until Friday, the operator Fenwick Lines said in a statement.",
]


def page(site: str, title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title} | {site}</title><meta property='og:site_name' content='{site}'>"
        f"<meta property='og:title' content='{title}'></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>"
        f"{body}</article><footer>© 2026 {site}</footer></body></html>"
    ).encode()


TRIBUNE = page("Marrowby Tribune", "Ferry runs aground off Quillon Point", PARAS)
COURIER = page(
    "Sable Courier",
    "Island ferry stranded on sandbar, 84 rescued",
    [PARAS[0], PARAS[1].replace("within two hours", "in under two hours"), PARAS[3],
     "Islanders said the sandbar had shifted after the winter storms.", PARAS[4]],
)


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><guid>{p}</guid>"
        f"<description>{t}.</description></item>"
        for t, p in (("Ferry runs aground", "/tribune/ferry.html"), ("Island ferry stranded", "/courier/ferry.html"))
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Harbour News</title><link>{base}/</link><description>d</description>{items}</channel></rss>"
    ).encode()


class Server:
    def __init__(self, slow_seconds: float = 3.0, huge_bytes: int = 3_000_000) -> None:
        self.hits: Counter[str] = Counter()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                path = self.path.split("?")[0]
                outer.hits[path] += 1
                base = f"http://127.0.0.1:{outer.port}"
                if path == "/robots.txt":
                    return self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                if path == "/tribune/ferry.html" or path == "/private/ferry.html":
                    return self._send(200, TRIBUNE)
                if path == "/courier/ferry.html":
                    return self._send(200, COURIER)
                if path == "/feed.xml":
                    return self._send(200, feed(base), "application/rss+xml")
                if path == "/old-link":
                    return self._redirect(base + "/courier/ferry.html")
                if path == "/loop":
                    return self._redirect(base + "/loop")
                if path == "/slow":
                    time.sleep(slow_seconds)
                    return self._send(200, TRIBUNE)
                if path == "/huge-declared":
                    return self._send(200, b"<p>" + b"x" * huge_bytes + b"</p>")
                if path == "/huge-streamed":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    try:
                        for _ in range(huge_bytes // 65536 + 1):
                            self.wfile.write(b"y" * 65536)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    self.close_connection = True
                    return None
                if path == "/flaky":
                    if outer.hits[path] == 1:
                        return self._send(503, b"busy", "text/plain")
                    return self._send(200, COURIER)
                return self._send(404, b"not found", "text/plain")

            def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _redirect(self, to: str) -> None:
                self.send_response(301)
                self.send_header("Location", to)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)
