"""``storylens serve``: the local web UI over an article store.

FastAPI and uvicorn are imported inside the command, so ``storylens --help`` does not
pay for them and a build without the ``web`` extra still has a working CLI.
"""

from __future__ import annotations

from pathlib import Path

import typer

LOCAL_BINDS = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the storylens CLI."""
    app.command()(serve)


def serve(
    db: Path | None = typer.Option(
        None, "--db", help="Article store to browse (opened read-only). Without it: compare page only."
    ),
    host: str = typer.Option(
        "127.0.0.1", "--host", help="Address to bind. The default answers this machine only."
    ),
    port: int = typer.Option(8765, "--port", help="TCP port to listen on."),
) -> None:
    """Browse stories and compare articles in your web browser (local only by default).

    Example: storylens serve --db news.db --port 8765
    """
    from .errors import MissingExtra, StorylensError

    try:
        try:
            import uvicorn

            from .web import create_app
        except ModuleNotFoundError as e:
            if e.name and e.name.split(".")[0] in ("fastapi", "uvicorn", "starlette", "multipart", "python_multipart"):
                raise MissingExtra("web", e.name.split(".")[0], "storylens serve") from None
            raise
        from .options import Options
        from .web.security import LOCAL_HOSTS

        allowed = LOCAL_HOSTS if host in LOCAL_BINDS else ("*",)
        if host not in LOCAL_BINDS:
            typer.echo(
                f"warning: listening on {host}: anyone who can reach this machine can read the store",
                err=True,
            )
        web_app = create_app(db, Options(), allowed_hosts=allowed)
    except StorylensError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1) from None
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"storylens: serving on http://{shown}:{port}/  (Ctrl+C stops)", err=True)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
