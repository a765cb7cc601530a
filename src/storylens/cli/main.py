"""The thin command line: each command parses, calls one library function, renders.

Library errors become one-line messages in :mod:`storylens.cli.errors` and nowhere else;
what the command modules share (help layout, path type, ``--db``) is in
:mod:`storylens.cli.base`. Heavy modules (trafilatura, numpy, rich, the report renderers)
are imported inside the commands so that ``storylens --help`` stays fast. Plain click, not
typer: typer 0.29 validates every parameter (even ``--help``) through pydantic, whose
import alone cost ~90 ms of each run.
"""

from __future__ import annotations

import gc
from pathlib import Path

import click

from .. import __version__
from .base import INPUT, OUT_FILE, QUICK_EXIT, Group, compare_options, emit_comparison
from .errors import friendly


@click.group(cls=Group)
@click.version_option(__version__, "--version", "-V", prog_name="storylens", message="%(prog)s %(version)s")
def app() -> None:
    """Show one news story from every side: clean, align and compare how outlets cover it."""


_timings = click.option("--timings", is_flag=True, help="Add seconds per stage to --json (left out by default so runs compare equal).")


@app.command()
@click.argument("paths", nargs=-1, required=True, type=INPUT)
@click.option("--json", "json_out", is_flag=True, help="Print the storylens.compare/1 JSON document.")
@click.option("--html", **OUT_FILE, help="Write a self-contained HTML report to this file.")
@compare_options
@_timings
@friendly
def compare(paths: tuple[Path | str, ...], json_out: bool, html: Path | None, options,
            timings: bool) -> None:
    """Compare articles about one story, sentence by sentence.

    PATHS are article files (.txt, .html, .jsonl, .csv), directories, or http(s) URLs of
    pages or RSS/Atom feeds (fetched politely and cached; see 'storylens clean').
    At least two articles must be readable.

    Example: storylens compare a.txt b.html https://example.org/news/story.html --html report.html
    """
    from ..dates import utc_now
    from ..pipeline import compare as run_compare

    # the one reference time of the run: a date more than a day after it is flagged
    emit_comparison(run_compare(paths, options, utc_now()), json_out, html, options, timings)


@app.command()
@click.argument("source", type=INPUT)
@click.option("--json", "json_out", is_flag=True, help="Print the articles as JSON (storylens.clean/1).")
@friendly
def clean(source: Path | str, json_out: bool) -> None:
    """Print one page's clean text, its metadata and every removed line with its reason.

    SOURCE is a file or an http(s) URL (a feed or a JSONL file gives each of its articles).

    Example: storylens clean https://example.org/news/story.html --json
    """
    from ..cleanview import clean_source, render_text

    result = clean_source(source)
    if json_out:
        import json
        import sys

        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        from ..models import Skipped
        from .errors import report_skipped

        click.echo(render_text(result), nl=False)
        report_skipped(Skipped(**s) for s in result["skipped"])


@app.command()
@click.option("--json", "json_out", is_flag=True, help="Print the JSON document instead of the summary.")
@click.option("--html", **OUT_FILE, help="Also write the HTML report to this file.")
@compare_options
@_timings
@friendly
def demo(json_out: bool, html: Path | None, timings: bool, options) -> None:
    """Compare the built-in demo story (an invented event covered by invented outlets).

    It takes the comparison options of ``compare``: ``storylens demo --fact-conflicts``
    also shows the planted fact conflicts; ``--quote-changes`` shows the changed quote where
    the ``embed-static`` extra is installed (fact conflicts and quote changes are off by
    default again since session 40, additions on again; src/storylens/demo/EXPECTED.md).

    Example: storylens demo --html demo.html
    """
    from ..dates import utc_now
    from ..demo import demo_paths
    from ..pipeline import compare as run_compare

    emit_comparison(run_compare(demo_paths(), options, utc_now()), json_out, html, options, timings)


@app.command()
def version() -> None:
    """Print the storylens version.

    Example: storylens version
    """
    click.echo(__version__)


def _register() -> None:
    """Corpus, web and Spark commands live in their own modules; each registers itself."""
    from . import corpus, spark, web

    for module in (corpus, web, spark):
        module.register(app)


_register()


# The cyclic garbage collector's first threshold for the command line (allocations
# between young-generation collections; CPython's default is 700). A comparison builds
# many small objects that live to the end of the run (sentences, tokens, quantities,
# findings), so with the default the collector ran ~500 times over them and found almost
# nothing: ~0.15 s of CPU on the 50-article story of benchmarks/compare.py (~5% of the
# run), ~0.2 s with every finder on, ~0.02 s on two articles. At 100,000 (sessions
# 8-23) it still ran ~7 times on that story as it grew (~0.05 s of CPU, finding 358
# objects in cycles in all); at 1,000,000 it runs on no comparison of that size, its
# peak RSS unchanged (74 MB default, 79 MB every finder, in one process; session 24).
# Reference counting still frees every object that is not in a cycle at once; cycles
# wait for a collection at most this many allocations later. Set for the process here,
# never by the library.
GC_THRESHOLD = 1_000_000


def main(argv: list[str] | None = None) -> None:
    """The console script: ``argv`` (default ``sys.argv[1:]``) run as one command. Ends
    by ``SystemExit``, as click does; in process, ``re`` is left as it was found."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    from ..recache import RegexCache
    from ..recache import install as keep_compiled_regexes

    # ~0.15 s of each comparison's start-up (storylens/recache.py); for this command only
    ours = None if RegexCache.installed() is not None else keep_compiled_regexes()
    run: dict[str, bool] = {}
    try:
        app(args=argv, prog_name="storylens", obj=run)
    except SystemExit as stop:
        if run.get(QUICK_EXIT) and stop.code in (0, None):
            _quick_exit()
        raise
    finally:
        if ours is not None:
            ours.close()


def _quick_exit() -> None:
    """End a successful comparison's process without freeing what it built: the
    interpreter's teardown deallocates every sentence, token and finding one by one,
    ~0.1 s of CPU after a 50-article story has been printed (mypy's ``main`` ends the
    same way, ``util.hard_exit``). Only with no other thread alive (teardown would wait
    for it); the output is flushed and the exit handlers run first, and when flushing
    fails (a closed pipe) the normal exit takes over and reports it."""
    import atexit
    import os
    import sys
    import threading

    if threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        os._exit(1)
    os._exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()
