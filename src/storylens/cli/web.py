"""``storylens serve``: the local web UI over an article store.

FastAPI and uvicorn are imported inside the command, so ``storylens --help`` does not
pay for them and a build without the ``web`` extra still has a working CLI.
"""

from __future__ import annotations

from pathlib import Path

import click

from .base import db_option
from .errors import friendly

LOCAL_BINDS = ("127.0.0.1", "localhost", "::1")
WEB_PACKAGES = ("fastapi", "uvicorn", "starlette", "multipart", "python_multipart")


def register(app: click.Group) -> None:
    """Add the ``serve`` command to the storylens CLI."""
    app.add_command(serve)


@click.command()
@db_option(
    "Article store to browse, opened read-only. Without it only the compare page is served.",
    default=None,
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind. The default answers this machine only.")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help="TCP port to listen on.")
@click.option("--demo", is_flag=True, help="Serve the built-in demo story from a temporary store (no --db needed).")
@click.option(
    "--workers", type=click.IntRange(1, 64), default=2, show_default=True,
    help="Worker processes for comparisons (each has a time limit; the server stays responsive).",
)
@friendly
def serve(db: Path | None, host: str, port: int, demo: bool, workers: int) -> None:
    """Browse stories and compare articles in your web browser (local only by default).

    Example: storylens serve --db news.db --port 8765
    """
    import signal
    import tempfile

    from ..errors import MissingExtra

    try:
        import uvicorn

        from ..web import create_app
    except ModuleNotFoundError as e:
        top = (e.name or "").split(".")[0]
        if top in WEB_PACKAGES:
            raise MissingExtra("web", top, "storylens serve") from None
        raise
    from ..options import Options
    from ..web.security import LOCAL_HOSTS

    # SIGTERM: uvicorn shuts down, then re-raises the signal; exiting through SystemExit
    # (not the default handler's instant death) lets the temporary folder be removed.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    with tempfile.TemporaryDirectory(prefix="storylens-demo-") as tmp:
        if demo:
            from ..web.sample import build_demo_store

            db = Path(tmp) / "demo.db"
            build_demo_store(db)
        allowed = LOCAL_HOSTS if host in LOCAL_BINDS else ("*",)
        if host not in LOCAL_BINDS:
            click.echo(
                f"warning: listening on {host}: anyone who can reach this machine can read"
                " the store and use the compare page",
                err=True,
            )
        web_app = create_app(db, Options(), allowed_hosts=allowed, workers=workers, precompute=True)
        stories = web_app.state.web.stories
        stale = stories.stale_message() if stories is not None else None
        if stale:
            click.echo(f"warning: {stale}", err=True)
        sock = _listen(host, port)  # before "serving on": a busy port fails here, cleanly
        shown = f"[{host}]" if ":" in host else host
        what = f"{db}" if db is not None else "compare page only (no --db)"
        click.echo(f"storylens: serving {what} on http://{shown}:{port}/  (Ctrl+C stops)", err=True)
        with sock:
            server = uvicorn.Server(uvicorn.Config(web_app, log_level="warning"))
            server.run(sockets=[sock])


def _listen(host: str, port: int):
    """A socket bound to ``host:port``, handed to uvicorn; a :class:`StorylensError` naming
    the port when it is taken (uvicorn itself would log the bind error only after our
    "serving on" line)."""
    import socket

    from ..errors import StorylensError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise StorylensError(f"cannot listen on {host}:{port}: unknown address ({e.strerror})") from None
    family, _, _, _, addr = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(addr)
    except OSError as e:
        sock.close()
        hint = f"; is another server running there? try --port {port + 1}" if port < 65535 else ""
        raise StorylensError(f"cannot listen on {host}:{port}: {e.strerror or e}{hint}") from None
    sock.set_inheritable(True)
    return sock



def _exit_on_signal(signum, _frame) -> None:
    raise SystemExit(128 + signum)
