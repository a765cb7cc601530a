"""The web's comparison workers: a job past the time limit is stopped, the pool goes on."""

from __future__ import annotations

import time

import pytest

pytest.importorskip("fastapi")

from storylens.errors import StorylensError  # noqa: E402
from storylens.web.workers import CompareTimeout, WorkerFailed, WorkerPool  # noqa: E402


@pytest.fixture
def pool():
    p = WorkerPool(size=1, time_limit=120, queue_seconds=30)
    yield p
    p.close()


def test_a_job_past_the_limit_is_stopped_and_its_worker_replaced(pool):
    assert pool.run(abs, -3) == 3
    with pytest.raises(CompareTimeout, match="longer than the server's 1 s limit"):
        pool.run(time.sleep, 60, time_limit=1)
    assert pool.run(abs, -4) == 4  # a fresh worker took its place


def test_errors_come_back_typed(pool):
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.web.inputs import InputProblem
    from storylens.web.workers import compare_raws

    empty = [RawArticle("api article 1", text="   "), RawArticle("api article 2", text="\n")]
    with pytest.raises(InputProblem, match="no usable article: api article 1"):
        pool.run(compare_raws, empty, Options())
    with pytest.raises(WorkerFailed, match="ValueError"):  # a bug is reported as one
        pool.run(int, "not a number")
    assert isinstance(CompareTimeout("x"), StorylensError)
