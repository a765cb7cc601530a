"""The local web UI (``storylens serve``): stories, story and compare pages, JSON API.

Needs the ``web`` extra (FastAPI, uvicorn, python-multipart). Only this package and the
``serve`` command import FastAPI, so the rest of storylens never pays for it.
"""

from __future__ import annotations

from .app import create_app
from .inputs import WebLimits

__all__ = ["WebLimits", "create_app"]
