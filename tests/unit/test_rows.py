"""The stored-row rules both engines share: groups (dedup.duplicate_group, corpus.rows)
and story drafts (corpus.rows.draft_story), as unit tables; and a check that the local
build and the Spark job import them instead of keeping copies."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

from storylens.corpus.dedup import DedupRecord, DuplicateGroup, dedup, duplicate_group
from storylens.corpus.rows import (
    StoryDraft,
    draft_story,
    group_listing,
    group_rank,
    member_similarity,
    story_order_key,
)
from storylens.corpus.shingles import text_key

SRC = Path(__file__).resolve().parents[2] / "src" / "storylens"

# Text keys of an invented wire story and of an edited copy of it (16-byte digests).
WIRE_KEY = text_key("The Harbourview Bridge in Port Elm will reopen on Friday, the transport office said.")
EDIT_KEY = text_key("The Harbourview Bridge in Port Elm reopens on Friday, the city's transport office said.")
TS_0301 = 1709287200.0  # 2024-03-01T10:00:00Z


def rec(n: int, published: str | None, length: int) -> DedupRecord:
    return DedupRecord(f"{n:012d}", "", published, length)


# --- duplicate_group: kind, weakest link, representative, member order -------------------------


@pytest.mark.parametrize(
    ("members", "keys", "weakest", "expect"),
    [
        # exact: one key; similarity 1.0 whatever the links; equal lengths, earlier wins
        (
            [rec(12, "2024-03-02T10:00:00", 2140), rec(3, "2024-03-01T10:00:00", 2140)],
            [WIRE_KEY, WIRE_KEY],
            None,
            DuplicateGroup(("000000000003", "000000000012"), "000000000003", "exact", 1.0),
        ),
        # near: two keys; the weakest verified link, rounded to 6 places; longest wins
        (
            [rec(7, "2024-03-01T09:00:00Z", 1980), rec(5, "2024-03-01T11:00:00Z", 2215),
             rec(9, "2024-03-01T08:00:00Z", 2215)],
            [WIRE_KEY, EDIT_KEY, EDIT_KEY],
            0.61538461538,
            DuplicateGroup(("000000000005", "000000000007", "000000000009"), "000000000009", "near", 0.615385),
        ),
        # near with no verified weakest link recorded: 1.0
        (
            [rec(1, None, 800), rec(2, None, 900)],
            [WIRE_KEY, EDIT_KEY],
            None,
            DuplicateGroup(("000000000001", "000000000002"), "000000000002", "near", 1.0),
        ),
        # undated members: a dated copy of equal length beats them; undated ties go by id
        (
            [rec(21, None, 1500), rec(40, "2024-05-04", 1500), rec(8, None, 1500)],
            [WIRE_KEY] * 3,
            0.9,
            DuplicateGroup(("000000000008", "000000000021", "000000000040"), "000000000040", "exact", 1.0),
        ),
        (
            [rec(21, None, 1500), rec(8, None, 1500)],
            [WIRE_KEY, EDIT_KEY],
            0.42,
            DuplicateGroup(("000000000008", "000000000021"), "000000000008", "near", 0.42),
        ),
    ],
)
def test_duplicate_group(members, keys, weakest, expect):
    assert duplicate_group(members, keys, weakest) == expect


def test_dedup_groups_are_duplicate_groups():
    """dedup.dedup builds its groups with duplicate_group (same result, same rule)."""
    wire = ("The Harbourview Bridge in Port Elm will reopen on Friday after three weeks of repairs, "
            "the city's transport office said on Tuesday. Engineers replaced two corroded cables and "
            "resurfaced the eastern span, said Mara Quell, who leads the works.")
    recs = [DedupRecord("a", wire, "2024-03-02"), DedupRecord("b", wire.upper(), None)]
    (g,) = dedup(recs).groups
    assert g == duplicate_group(recs, [text_key(r.text) for r in recs], None)


# --- group_rank / group_listing ------------------------------------------------------------------

BIG = DuplicateGroup(("000000000004", "000000000011", "000000000019"), "000000000011", "near", 0.615385)
PAIR_EARLY = DuplicateGroup(("000000000002", "000000000030"), "000000000030", "exact", 1.0)
PAIR_LATE = DuplicateGroup(("000000000005", "000000000006"), "000000000005", "near", 0.43478)


def test_groups_are_numbered_largest_first_then_by_first_member():
    assert sorted([PAIR_LATE, BIG, PAIR_EARLY], key=group_rank) == [BIG, PAIR_EARLY, PAIR_LATE]


@pytest.mark.parametrize(
    ("group", "members", "similarity"),
    [
        (BIG, ("000000000011", "000000000004", "000000000019"), 0.6154),  # canonical first, then by id
        (PAIR_EARLY, ("000000000030", "000000000002"), 1.0),
        (PAIR_LATE, ("000000000005", "000000000006"), 0.4348),  # canonical already first
    ],
)
def test_group_listing(group, members, similarity):
    assert group_listing(group) == (members, similarity)


# --- member_similarity ---------------------------------------------------------------------------

# Shingle sets as the core stores them: sorted unique uint64 hashes.
BASE = np.arange(2**40, 2**40 + 40, dtype=np.uint64)
COPY = np.concatenate([BASE[:30], np.arange(2**41, 2**41 + 10, dtype=np.uint64)])  # 30 of 50: 0.6
TRIM = BASE[:34]  # 34 of 40: 0.85
ODD = BASE[:6], BASE[:7]  # 6 of 7: 0.857142...


def never(_id):
    raise AssertionError("an exact group or the canonical copy is never shingled")


@pytest.mark.parametrize(
    ("kind", "member", "canonical", "sets", "expect"),
    [
        ("exact", 12, 3, None, 1.0),
        ("near", 9, 9, None, 1.0),  # the canonical copy itself
        ("near", 5, 9, {9: BASE, 5: COPY}, 0.6),
        ("near", "000000000005", "000000000009", {"000000000009": BASE, "000000000005": TRIM}, 0.85),
        ("near", 2, 1, {1: ODD[1], 2: ODD[0]}, 0.8571),  # rounded to 4 places
    ],
)
def test_member_similarity(kind, member, canonical, sets, expect):
    shingles = never if sets is None else sets.__getitem__
    assert member_similarity(kind, member, canonical, shingles) == expect


# --- draft_story ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expect"),
    [
        ("2024-03-01T10:00:00", (False, TS_0301, 7)),
        ("2024-03-01T12:00:00+02:00", (False, TS_0301, 7)),  # same instant, other offset
        (None, (True, 0.0, 7)),
        ("last Tuesday", (True, 0.0, 7)),  # unparseable counts as undated
    ],
)
def test_story_order_key(published, expect):
    assert story_order_key(7, published) == expect


@pytest.mark.parametrize(
    ("members", "expect"),
    [
        # dated, given out of order: earliest first; its title is the label (spaces collapsed)
        (
            [(14, "Port Elm bridge reopens", "2024-03-02T08:15:00Z", "crawl/feed-2.jsonl"),
             (3, "Harbourview Bridge  to reopen\non Friday", "2024-03-01T10:00:00", "crawl/feed-0.jsonl"),
             (9, None, "2024-03-01T18:30:00+01:00", "crawl/feed-1.jsonl")],
            StoryDraft((False, TS_0301, 3), (3, 9, 14), "Harbourview Bridge to reopen on Friday",
                       "2024-03-01T10:00:00", "2024-03-02T08:15:00Z"),
        ),
        # undated members go last; first/last come from the dated ones only
        (
            [(2, "", None, "demo/notes.txt"), (8, "Mourning declared in Port Elm", "2024-05-04", "demo/a.html"),
             (5, "Flags at half mast", "2024-05-03T22:00:00Z", "demo/b.html")],
            StoryDraft((False, 1714773600.0, 5), (5, 8, 2), "Flags at half mast", "2024-05-03T22:00:00Z",
                       "2024-05-04"),
        ),
        # the same instant written twice: the last is the earlier-listed (smaller id) text
        (
            [(7, "Kesh harvest", "2024-03-01T12:00:00+02:00", "a.jsonl"),
             (4, "Kesh harvest", "2024-03-01T10:00:00Z", "a.jsonl")],
            StoryDraft((False, TS_0301, 4), (4, 7), "Kesh harvest", "2024-03-01T10:00:00Z",
                       "2024-03-01T10:00:00Z"),
        ),
        # all undated: by id, no dates
        (
            [(31, None, None, "/data/wire/item-31.txt"), (17, "Quell leads the works", "", "/data/wire/item-17.txt")],
            StoryDraft((True, 0.0, 17), (17, 31), "Quell leads the works", None, None),
        ),
        # untitled: the first article's file name
        (
            [(12, None, "2024-03-02", "/data/crawl/2024-03-02/harbour-late.html"),
             (6, "", "2024-03-01T10:00:00", "/data/crawl/2024-03-01/harbour.html")],
            StoryDraft((False, TS_0301, 6), (6, 12), "(untitled: harbour.html)", "2024-03-01T10:00:00",
                       "2024-03-02"),
        ),
        # labelled by the most central article, not the first: an outlier came first
        (
            [(3, "Otters coach on the season so far", "2024-11-09T18:00:00Z", "a.html", None, 0.41),
             (5, "Otters beat Pilots 4-1", "2024-11-09T22:00:00Z", "b.html", None, 0.93),
             (8, "Tollan scores twice as Otters beat Pilots", "2024-11-09T23:00:00Z", "c.html", None, 0.91)],
            StoryDraft((False, 1731175200.0, 3), (3, 5, 8), "Otters beat Pilots 4-1", "2024-11-09T18:00:00Z",
                       "2024-11-09T23:00:00Z"),
        ),
        # near miss: centralities within 0.001 are a tie (a pair's two articles), the first wins
        (
            [(3, "Otters beat Pilots 4-1", "2024-11-09T22:00:00Z", "a.html", None, 0.9071),
             (5, "Tollan scores twice", "2024-11-09T23:00:00Z", "b.html", None, 0.9074)],
            StoryDraft((False, 1731189600.0, 3), (3, 5), "Otters beat Pilots 4-1", "2024-11-09T22:00:00Z",
                       "2024-11-09T23:00:00Z"),
        ),
        # the most central article is untitled: the most central titled one labels it
        (
            [(3, "Otters beat Pilots 4-1", "2024-11-09T22:00:00Z", "a.html", None, 0.80),
             (5, None, "2024-11-09T23:00:00Z", "b.txt", "Mira Tollan scored twice", 0.95)],
            StoryDraft((False, 1731189600.0, 3), (3, 5), "Otters beat Pilots 4-1", "2024-11-09T22:00:00Z",
                       "2024-11-09T23:00:00Z"),
        ),
        # untitled and undated, a single JSONL record
        (
            [(44, None, None, "feeds/kesh  valley.jsonl")],
            StoryDraft((True, 0.0, 44), (44,), "(untitled: kesh valley.jsonl)", None, None),
        ),
    ],
)
def test_draft_story(members, expect):
    assert draft_story(members) == expect
    assert draft_story(reversed(members)) == expect  # input order never matters


# --- one rule set, two engines -------------------------------------------------------------------

SHARED = {"group_rank", "group_listing", "member_similarity", "draft_story"}


def _tree(rel: str) -> ast.Module:
    return ast.parse((SRC / rel).read_text(encoding="utf-8"))


def _imported(tree: ast.Module, module: str) -> set[str]:
    return {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").endswith(module)
            for a in n.names}


def _defined(tree: ast.Module) -> set[str]:
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}


@pytest.mark.parametrize("rel", ["engines/local/build.py", "engines/spark/job.py"])
def test_both_engines_import_the_row_rules_and_keep_no_copy(rel):
    tree = _tree(rel)
    assert _imported(tree, "rows") >= SHARED
    assert not _defined(tree) & (SHARED | {"duplicate_group", "representative", "story_order_key", "_when"})
    assert "jaccard" not in _imported(tree, "minhash")  # similarity only through member_similarity


def test_dedup_and_the_spark_job_make_groups_with_duplicate_group():
    dedup_fn = next(n for n in ast.walk(_tree("corpus/dedup.py")) if isinstance(n, ast.FunctionDef) and n.name == "dedup")
    assert any(isinstance(n, ast.Name) and n.id == "duplicate_group" for n in ast.walk(dedup_fn))
    assert "duplicate_group" in _imported(_tree("engines/spark/job.py"), "dedup")
