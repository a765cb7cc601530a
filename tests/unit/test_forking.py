"""A step forked into a child process gives what the parent would have computed
(``storylens.forking``; the pipeline forks the analysis beside the alignment and the
finders beside the story-wide coverage work). Checked on the built-in demo story
(invented outlets and events): the JSON document and the terminal view are the same with
and without the fork, default and with every off-by-default finder; and the helper's
fallbacks (a failing child, a result not read, small inputs, the switches) are table
cases.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os

import pytest

import storylens.forking as FK
from storylens.demo import demo_paths
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles
from storylens.readers import read_inputs
from storylens.report.jsonout import to_json
from storylens.report.terminal import SafeConsole, render

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")


def _two_cores(monkeypatch):
    """Two cores as far as ``can_fork`` asks: a one-core CI machine still runs the fork
    tests (a fork works there, it only saves no time), instead of skipping them."""
    monkeypatch.setattr(FK.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


@pytest.fixture
def fork_possible(monkeypatch):
    """A thread an earlier test left alive (a Spark session's bridge) turns the fork off
    for the rest of the process: skip, saying so, rather than assert a fork that the
    guard rightly refused."""
    _two_cores(monkeypatch)
    if not FK.can_fork(FK.MIN_CHARS):
        import threading

        names = sorted(t.name for t in threading.enumerate() if t is not threading.current_thread())
        pytest.skip(f"no fork here now: other threads alive ({', '.join(names) or 'none'}) or fork unsupported")


needs_fork = pytest.mark.usefixtures("fork_possible")

ALL_FLAGS = dict(fact_conflicts=True, story_facts=True, quote_changes=True, fact_coverage=True,
                 story_framing=True)


def _outputs(options: Options) -> tuple[str, str]:
    raws, _ = read_inputs(demo_paths(), options)
    articles, _ = clean_all(raws, options)
    comparison = compare_articles(articles, options)
    console = SafeConsole(file=io.StringIO(), width=100, color_system=None)
    render(comparison, console, options, None)
    return json.dumps(to_json(comparison), ensure_ascii=False, indent=2), console.file.getvalue()


@needs_fork
@pytest.mark.parametrize("flags", [{}, ALL_FLAGS, {"fact_coverage": True}, {"story_framing": False}],
                         ids=["default", "every-finder", "fact-coverage", "no-story-framing"])
def test_forked_pipeline_gives_the_same_output(monkeypatch, flags):
    forks = []
    fork = os.fork

    def counted():
        forks.append(1)
        return fork()

    serial = _outputs(Options(parallel=False, **flags))
    monkeypatch.setattr(FK, "MIN_CHARS", 0)  # the demo story is small: fork anyway
    monkeypatch.setattr(FK.os, "fork", counted)
    forked = _outputs(Options(**flags))
    # the cleaning's later part, the analysis, then the finders (those not reading the
    # story-wide parts)
    assert len(forks) == 3
    assert forked[0] == serial[0]
    assert forked[1] == serial[1]


@needs_fork
def test_the_analysis_child_hands_back_each_documents_parts(monkeypatch):
    """The forked analysis child makes each document's fact mentions, loaded terms and
    modifiers (findings.summary.document_parts) beside the alignment: the parent's
    documents carry them, equal to what the parent makes of its own documents, and the
    parent makes them itself only for the documents it analyses after the alignment
    (counted in the parent only: the child is a copy of the process, its counts never
    come back)."""
    import storylens.findings.facts as facts
    from storylens.findings.summary import document_parts

    monkeypatch.setattr(FK, "MIN_CHARS", 0)
    options = Options()
    raws, _ = read_inputs(demo_paths(), options)
    articles, _ = clean_all(raws, options)
    serial = compare_articles(articles, Options(parallel=False))
    made = []
    real = facts._mentions

    def counted(doc, ents):
        made.append(doc.id)
        return real(doc, ents)

    monkeypatch.setattr(facts, "_mentions", counted)
    me = os.getpid()
    forked = compare_articles(articles, options)
    assert os.getpid() == me
    # the parent made the mentions only of the documents it analysed itself, after the
    # alignment, from the last one down (forking.Ends), each once: the rest came from
    # the child
    ids = [d.id for d in serial.documents]
    assert len(made) == len(set(made)) and made == ids[len(ids) - len(made):][::-1]
    for a, b in zip(forked.documents, serial.documents, strict=True):
        memo_keys = sorted(k for k in a.__dict__ if k.startswith("_memo_") and k != "_memo_sentence_cues")
        assert {"_memo_doc_mentions", "_memo_term_uses", "_memo_modifier_uses"} <= set(memo_keys)
        fresh = dataclasses.replace(b)  # an equal document without memos
        fresh.__dict__.update({k: v for k, v in b.__dict__.items() if not k.startswith("_")})
        mine = document_parts(fresh)
        # (a mention compares by identity: its fields are compared)
        assert _fields(mine["_memo_doc_mentions"]) == _fields(a.__dict__["_memo_doc_mentions"])
        assert mine["_memo_term_uses"] == a.__dict__["_memo_term_uses"]
        assert mine["_memo_modifier_uses"] == a.__dict__["_memo_modifier_uses"]


@pytest.mark.parametrize("flags", [{}, {"story_framing": False}, ALL_FLAGS],
                         ids=["default", "no-story-framing", "every-finder"])
def test_the_finders_split_in_two_find_what_they_find_in_one(flags):
    """The forked child's finders (findings.find_beside: with the story-wide framing on,
    also the framing finder's aligned part) and the parent's (find_after, which merges
    that part with the story-wide framing) find every kind's findings, in the same
    order, that the finders find in one process."""
    from storylens.findings import (
        ALIGNED_FRAMING,
        FindingContext,
        find_after,
        find_beside,
        find_kinds,
        split_kinds,
    )
    from storylens.findings.kinds import TYPES

    options = Options(parallel=False, **flags)
    raws, _ = read_inputs(demo_paths(), options)
    articles, _ = clean_all(raws, options)
    comparison = compare_articles(articles, options)
    ctx = FindingContext.build(comparison.documents, comparison.alignments, comparison.provenance, options)
    beside, after = split_kinds(options)
    child = find_beside(ctx, beside)
    assert (ALIGNED_FRAMING in child) is options.story_framing
    whole = find_kinds(ctx, TYPES)
    assert any(whole["framing"])
    assert find_after(ctx, after, lambda: child) == whole


def _demo_context(options):
    """A findings context of the demo story, on documents of its own (each call compares
    the story again: another process's equal context)."""
    from storylens.findings import FindingContext

    raws, _ = read_inputs(demo_paths(), options)
    articles, _ = clean_all(raws, options)
    comparison = compare_articles(articles, options)
    return FindingContext.build(comparison.documents, comparison.alignments, comparison.provenance, options)


@pytest.mark.parametrize("child_first", [True, False], ids=["child-takes-it", "parent-takes-it"])
def test_the_story_wide_framing_is_made_once_on_the_side_free_first(monkeypatch, child_first):
    """The story-wide framing is the first of the steps the two sides share out
    (findings.shared_steps, forking.Ends): the child makes it before its finders when it
    asks first and hands it back (find_beside), and the parent keeps it as the story's
    (find_after) without making it again; else the parent makes it (taking every step
    from the back). Every kind's findings are the same either way."""
    import storylens.findings.framing as FR
    from storylens.findings import (
        STORY_FRAMING,
        find_after,
        find_beside,
        find_kinds,
        shared_steps,
        split_kinds,
    )
    from storylens.findings.kinds import TYPES

    options = Options(parallel=False, **ALL_FLAGS)
    child_ctx, ctx = _demo_context(options), _demo_context(options)
    beside, after = split_kinds(options)
    whole = find_kinds(_demo_context(options), TYPES)
    made = FR.story_framing(child_ctx)
    assert made
    claim = FK.Ends(len(shared_steps(options, beside)))
    handed = []

    def child():  # the child's finders, done before the parent asks (or after)
        if not handed:
            handed.append(find_beside(child_ctx, beside, claim))
        return dict(handed[0])

    if child_first:
        child()
        # the parent makes none of its own: it keeps the child's
        monkeypatch.setattr(FR, "_story_framing", lambda ctx: pytest.fail("made again in the parent"))
    assert find_after(ctx, after, child, claim) == whole
    assert (STORY_FRAMING in handed[0]) is child_first
    assert FR.story_framing(ctx) == made


class _Stops:
    """The child's side of ``claim`` that stops after ``n`` steps (the parent, done with
    its own work, takes the rest from the back)."""

    def __init__(self, claim, n: int) -> None:
        self.claim, self.n = claim, n

    def front(self):
        if self.n <= 0:
            return None
        self.n -= 1
        return self.claim.front()


@pytest.mark.parametrize("flags", [{}, ALL_FLAGS], ids=["default", "every-finder"])
@pytest.mark.parametrize("taken", [0, 1, 3, 99])
def test_the_child_steps_are_shared_from_both_ends(flags, taken):
    """The child takes the shared steps from the front (find_beside), the parent the rest
    from the back (find_after), each step by one side: every kind's findings are those
    of one process, wherever the two met."""
    from storylens.findings import find_after, find_beside, find_kinds, shared_steps, split_kinds
    from storylens.findings.kinds import TYPES

    options = Options(parallel=False, **flags)
    child_ctx, ctx = _demo_context(options), _demo_context(options)
    beside, after = split_kinds(options)
    steps = shared_steps(options, beside)
    whole = find_kinds(_demo_context(options), TYPES)
    claim = FK.Ends(len(steps))
    handed = find_beside(child_ctx, beside, _Stops(claim, taken))
    assert tuple(handed) == steps[:taken]
    assert find_after(ctx, after, lambda: handed, claim) == whole


def test_steps_a_failed_child_took_are_made_by_the_parent():
    """A child that took steps and handed nothing back (it died): the parent makes them."""
    from storylens.findings import find_after, find_kinds, shared_steps, split_kinds
    from storylens.findings.kinds import TYPES

    options = Options(parallel=False, **ALL_FLAGS)
    ctx = _demo_context(options)
    beside, after = split_kinds(options)
    claim = FK.Ends(len(shared_steps(options, beside)))
    assert claim.front() == 0 and claim.front() == 1
    assert find_after(ctx, after, lambda: {}, claim) == find_kinds(_demo_context(options), TYPES)


def test_the_outlet_profiles_parts_are_made_once_per_story_and_provenance(monkeypatch):
    """What the omission finder's context classified is what the coverage summary's
    context (another context on the same documents and alignments) reads, unless its
    provenance differs (the story warning replaced it): then it is made afresh."""
    import storylens.findings.coverage as CV
    from storylens.findings import FindingContext

    options = Options(parallel=False, **ALL_FLAGS)
    ctx = _demo_context(options)
    CV.profile_parts(ctx)
    first = CV._classify(ctx, gate=True)
    made = []
    real = CV._classify_uncached
    monkeypatch.setattr(CV, "_classify_uncached", lambda c, gate: made.append(gate) or real(c, gate))
    summary_ctx = FindingContext.build(ctx.docs, ctx.alignments, ctx.provenance)
    assert CV._classify(summary_ctx, gate=True) is first
    CV.outlet_profiles(summary_ctx)
    assert made == []
    warned = dataclasses.replace(ctx.provenance, warning="Some of these articles may not be about the same story.")
    other = FindingContext.build(ctx.docs, ctx.alignments, warned)
    assert CV._classify(other, gate=True) == first  # the demo's articles share the story either way
    assert made == [True]


def _taken(n, child_first):
    """Which side takes each of ``n`` indexes from forking.Ends: the child's ``front``
    ``child_first`` times first, then the two in turn."""
    ends = FK.Ends(n)
    child, parent = [], []
    for _ in range(child_first):
        if (i := ends.front()) is not None:
            child.append(i)
    while True:
        i, j = ends.front(), ends.back()
        child += [i] if i is not None else []
        parent += [j] if j is not None else []
        if i is None and j is None:
            return child, parent


@pytest.mark.parametrize("n,child_first", [(1, 0), (1, 1), (2, 0), (5, 0), (5, 2), (5, 9), (50, 30), (0, 0)])
def test_the_two_ends_take_every_index_once(n, child_first):
    """The child takes indexes from the front, the parent from the back, until they
    meet: every index is taken by one side, the child's in order from 0."""
    child, parent = _taken(n, child_first)
    assert sorted(child + parent) == list(range(n))
    assert child == list(range(len(child)))
    assert parent == list(range(n - 1, n - 1 - len(parent), -1))


@needs_fork
def test_the_two_ends_are_shared_with_a_forked_child():
    """A child forked after the counters are made takes from the same counters."""
    ends = FK.Ends(10)
    assert ends.back() == 9
    with FK.Forked(_front_all, ends) as child:
        taken = child.result()
    assert taken == list(range(9))
    assert ends.back() is None and ends.front() is None


def _front_all(ends):
    out = []
    while (i := ends.front()) is not None:
        out.append(i)
    return out


# An invented story's raw articles: (file name, text); "" is an article with no text.
_WIRE = ("VELLMOUTH, March 3 (KNA) - Ferry operator Tessaly Lines said on Tuesday it would "
         "suspend its night crossing to Orrin Island after a hull inspection found corrosion.")
_LOCAL = ("Night ferries to Orrin Island will stop from Friday, harbour master Ida Moravec "
          "told the Vellmouth Courier, after inspectors found rust on the Tessaly Lines hull.")


def _raws(texts):
    from storylens.models import RawArticle

    return [RawArticle(source=f"outlet{i}.txt", text=t, outlet=f"Outlet {i}") for i, t in enumerate(texts)]


@needs_fork
@pytest.mark.parametrize("texts", [
    [_WIRE, _LOCAL, _WIRE + " Repairs take a week.", _LOCAL, _WIRE, _LOCAL],
    [_WIRE, "", _LOCAL, _WIRE, _LOCAL, _WIRE],  # one skipped in the first part: ids shift
    [_WIRE, _LOCAL, _WIRE, _LOCAL, "", _WIRE],  # one skipped in the child's part
    [_WIRE, "   ", "", _LOCAL, _WIRE, "", _LOCAL],
    [_WIRE, _LOCAL, _WIRE],  # the fewest articles that fork
], ids=["none-skipped", "skipped-first-part", "skipped-later-part", "several-skipped", "three"])
def test_forked_cleaning_gives_the_same_articles(monkeypatch, texts):
    """The later part of a story's articles is cleaned in a forked child: the articles,
    their ids (a<N> counts the ones kept before) and the skipped inputs are the serial
    cleaning's, also when an empty article in the first part shifts the ids (the child's
    part is then cleaned again in the parent)."""
    serial = clean_all(_raws(texts), Options(parallel=False))
    forks = []
    fork = os.fork

    def counted():
        forks.append(1)
        return fork()

    monkeypatch.setattr(FK, "MIN_CHARS", 0)
    monkeypatch.setattr(FK.os, "fork", counted)
    forked = clean_all(_raws(texts), Options())
    assert forks == [1]
    assert forked == serial
    assert [a.id for a in forked[0]] == [f"a{i + 1}" for i in range(len(forked[0]))]


def _fields(mentions):
    return [(sid, [dataclasses.astuple(m) for m in ms]) for sid, ms in mentions]


def _square_all(xs):
    return [x * x for x in xs]


def _fail(message):
    raise ValueError(message)


@needs_fork
def test_result_comes_back_in_order():
    with FK.Forked(_square_all, list(range(2000))) as child:
        assert child.result() == [x * x for x in range(2000)]


@needs_fork
def test_a_failing_child_fails_again_in_the_parent():
    # the child writes nothing; the parent runs the step itself and raises its error
    with FK.Forked(_fail, "bad input") as child, pytest.raises(ValueError, match="bad input"):
        child.result()


@needs_fork
def test_a_result_not_read_ends_the_child():
    with FK.Forked(_square_all, list(range(10))) as child:
        pid = child._pid
    assert pid is not None and child._pid is None and child._fd is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)  # reaped already


@pytest.mark.parametrize(
    "chars, enabled, env, expected",
    [
        (FK.MIN_CHARS, True, None, True),
        (FK.MIN_CHARS - 1, True, None, False),  # a small story: the fork costs more
        (FK.MIN_CHARS, False, None, False),  # Options(parallel=False)
        (FK.MIN_CHARS, True, "0", False),  # STORYLENS_PARALLEL=0
        (FK.MIN_CHARS, True, "1", True),
    ],
)
def test_when_a_step_forks(monkeypatch, chars, enabled, env, expected):
    _two_cores(monkeypatch)
    if env is None:
        monkeypatch.delenv(FK.ENV, raising=False)
    else:
        monkeypatch.setenv(FK.ENV, env)
    if expected and not FK.can_fork(FK.MIN_CHARS, True) and env is None:
        pytest.skip("no fork here")
    assert FK.can_fork(chars, enabled) is (expected and FK.can_fork(FK.MIN_CHARS))


def test_no_fork_with_another_thread_alive(monkeypatch):
    import threading

    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert FK.can_fork(10 * FK.MIN_CHARS) is False


def test_no_fork_on_one_core(monkeypatch):
    monkeypatch.setattr(FK.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert FK.can_fork(10 * FK.MIN_CHARS) is False


def test_no_fork_without_os_fork(monkeypatch):
    monkeypatch.delattr(FK.os, "fork")
    assert FK.can_fork(10 * FK.MIN_CHARS) is False


def test_option_defaults_on():
    assert Options().parallel is True
    assert dataclasses.replace(Options(), parallel=False).parallel is False


@pytest.mark.parametrize(
    "flags, in_parent",
    [
        # story framing is on by default: it reads the story-wide framing; additions (on by
        # default in sessions 19-20, 22-23, 31-32, 38 and again since session 40, off in
        # session 21, in sessions 24-30 and 33-37 and in session 39) read the fact coverage
        ({}, {"framing", "addition"}),
        ({"story_framing": False}, {"addition"}),
        ({"additions": False}, {"framing"}),
        ({"additions": True}, {"framing", "addition"}),
        ({"story_framing": False, "additions": True}, {"addition"}),
        ({"story_framing": False, "additions": False}, set()),  # every finder beside it
        # they read the fact coverage
        ({"fact_coverage": True, "story_framing": False}, {"omission", "addition"}),
        ({"fact_coverage": True, "story_framing": False, "additions": False}, {"omission", "addition"}),
        (ALL_FLAGS, {"omission", "addition", "framing"}),
        ({"quote_changes": True, "fact_conflicts": True, "story_framing": False, "additions": False},
         set()),  # neither
    ],
)
def test_which_finders_run_beside_the_story_wide_work(flags, in_parent):
    from storylens.findings import split_kinds
    from storylens.findings.kinds import TYPES

    beside, after = split_kinds(Options(**flags))
    assert after == in_parent
    assert beside | after == set(TYPES) and not beside & after


@needs_fork
def test_the_child_ends_with_its_parent(tmp_path):
    """A parent killed mid-step (a web worker past its time limit) takes its child along."""
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import sys, time, storylens.forking as FK\n"
        "child = FK.Forked(time.sleep, 60)\n"
        "print(child._pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        pid = int(proc.stdout.readline())
        time.sleep(0.3)  # the child has asked to die with its parent
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        for _ in range(50):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        raise AssertionError(f"child {pid} outlived its parent")
    finally:
        proc.kill()
        proc.stdout.close()


# Three invented outlets on one raid: two write that the minister "said" it, one that he
# "claimed" it, each quote told by a pronoun after the sentence that names him.
_RAID = "Interior Minister Duarte Velasko defended the night raid on the Kessel docks on Monday."
_SAID = '"The raid stopped a violent minority before anyone was hurt," he said.'
_CLAIMED = '"The raid stopped a violent minority before anyone was hurt," he claimed.'


@pytest.mark.parametrize("off", [set(), {"a3"}], ids=["in-story", "claimed-side-off-story"])
def test_the_two_process_framing_is_finished_as_the_finder_finishes_it(monkeypatch, off):
    """review18d: find_after merged the child's aligned framing with the story-wide one
    but did not finish them as framing.find_framing does, so the two-process path (any
    story over forking.MIN_CHARS with --framing) cited no sentence naming the speaker of a
    pronoun's quote and kept an article the story warning names off the story (invented
    dev d21 and t11 --on all differed from the one-process output)."""
    import support

    import storylens.findings.coverage as CV
    from storylens.findings import find_after, find_beside, find_kinds, split_kinds
    from storylens.findings.kinds import TYPES

    monkeypatch.setattr(CV, "off_story", lambda ctx: set(off))
    options = Options(parallel=False, **ALL_FLAGS)
    ctx = support.verbatim_context([[_RAID, _SAID], [_RAID, _SAID], [_RAID, _CLAIMED]],
                                   ["Orm Daily", "Vell Post", "Tarn Herald"], options,
                                   edited=[(_SAID, _CLAIMED)])
    whole = find_kinds(ctx, TYPES)["framing"]
    beside, after = split_kinds(options)
    split = find_after(ctx, after, lambda: find_beside(ctx, beside))["framing"]
    assert split == whole
    claimed = [f for f in whole if f.detail.get("kind") == "attribution_verb"]
    if off:
        assert claimed == []  # its one "claimed" is off the story
    else:
        assert claimed and all(len(f.sentences) > 3 for f in claimed)  # the naming sentences too


# An invented story whose quote sentences two outlets attribute to different speakers
# (Maro, Vell): the alignment's clash test reads the quote speakers of the analysis
# (claims.quote_speakers: the same words from two people are two claims), which a forked
# run only has after its alignment.
HARBOUR = [
    "Storm closes Port Ardel harbour\n\nPORT ARDEL - The harbour of Port Ardel stayed closed on Monday after a"
    " storm broke a section of its sea wall overnight, port director Elin Maro said.\n\n\"Nobody sails until"
    " the wall is safe,\" Maro said in a statement.\n\nFishing crews moved their boats to the river mooring"
    " at Cabbel while engineers inspected the damage.\n",
    "Port Ardel harbour shut\n\nPORT ARDEL - Port Ardel's harbour was shut on Monday after an overnight storm"
    " tore open part of the sea wall, harbour pilot Tomas Vell said.\n\n\"Nobody sails until the wall is"
    " safe,\" Vell told the Ardel Courier on Monday.\n\nBoats were moved to the river mooring at Cabbel as"
    " engineers looked at the damage.\n",
]


def _harbour_articles(tmp_path, options: Options):
    paths = []
    for i, text in enumerate(HARBOUR):
        p = tmp_path / f"harbour{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    raws, _ = read_inputs(paths, options)
    return clean_all(raws, options)[0]


def test_the_alignment_notes_the_pairs_only_the_speakers_could_part(tmp_path):
    """Aligned with no speakers known (as a forked run aligns, beside the analysis), the
    paraphrase pairs whose clash test found no other reason are noted, Maro's and Vell's
    quote among them; speakers turn one when its two sentences' speakers share no name
    word, as they part it on the one-process path."""
    from storylens.align import align_links
    from storylens.claims import quote_speakers, speakers_turn
    from storylens.pipeline import _analyse
    from storylens.segment import segment

    options = Options()
    docs = _analyse([segment(a) for a in _harbour_articles(tmp_path, options)], options)
    asked: list[tuple[str, str]] = []
    groups = align_links(docs, options, speakers={}, asked=asked)
    assert ("a1:s2", "a2:s2") in asked
    assert ("a1:s2", "a2:s2") in [g.sentences for g in groups[0]]  # no speakers: one claim
    speakers = quote_speakers(docs)
    assert speakers["a1:s2"] == {"Maro"} and speakers["a2:s2"] == {"Vell"}
    assert speakers_turn(speakers, asked)
    assert ("a1:s2", "a2:s2") not in [g.sentences for g in align_links(docs, options)[0]]
    pair = [("a1:s2", "a2:s2")]
    assert not speakers_turn({"a1:s2": frozenset({"Elin Maro"}), "a2:s2": frozenset({"Maro"})}, pair)
    assert not speakers_turn({"a1:s2": frozenset({"Maro"})}, pair)  # one side unknown
    assert not speakers_turn({}, asked)


@needs_fork
@pytest.mark.parametrize("flags", [{}, ALL_FLAGS], ids=["default", "every-finder"])
def test_a_forked_run_reads_the_quote_speakers_as_the_one_process_run(monkeypatch, tmp_path, flags):
    """The output does not depend on the fork: Maro's and Vell's words stay two claims
    (before session 20 the forked run aligned them, as it read no speakers)."""
    forks = []
    fork = os.fork

    def counted():
        forks.append(1)
        return fork()

    serial = to_json(compare_articles(_harbour_articles(tmp_path, Options(parallel=False, **flags)),
                                      Options(parallel=False, **flags)))
    monkeypatch.setattr(FK, "MIN_CHARS", 0)  # a small story: fork anyway
    monkeypatch.setattr(FK.os, "fork", counted)
    forked = to_json(compare_articles(_harbour_articles(tmp_path, Options(**flags)), Options(**flags)))
    assert forks  # the analysis (and the finders) forked
    assert ["a1:s2", "a2:s2"] not in [g["sentences"] for g in serial["alignments"]]
    assert forked == serial


@pytest.mark.parametrize("flags", [{}, ALL_FLAGS], ids=["default", "every-finder"])
def test_the_story_wide_framing_is_the_first_shared_step(flags):
    """The story-wide framing, one of the longest steps, is the child's first (the parent,
    arriving from the back after its own work, meets the short ones), once; the changed
    quotes stay right before the shared quotes and sources (whose pairs they make)."""
    from storylens.findings import ALIGNED_FRAMING, STORY_FRAMING, shared_steps, split_kinds

    options = Options(**flags)
    steps = shared_steps(options, split_kinds(options)[0])
    assert steps[0] == STORY_FRAMING and steps.count(STORY_FRAMING) == 1
    assert steps.index("shared_quote") == steps.index("quote_changed") + 1
    assert steps.index("shared_source") == steps.index("quote_changed") + 2
    assert steps[-1] == ALIGNED_FRAMING
