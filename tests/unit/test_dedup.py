"""Exact and near-duplicate groups on invented texts."""

from __future__ import annotations

import random

import pytest

from storylens.corpus.dedup import (
    DedupOptions,
    DedupRecord,
    DisjointSet,
    DuplicateGroup,
    dedup,
    features,
    find_duplicate_groups,
    published_timestamp,
    representative,
    verify,
)
from storylens.corpus.synth import copy_pairs, synth_corpus

# An invented wire story and unrelated invented texts (fictional places and people).
WIRE = (
    "The Harbourview Bridge in Port Elm will reopen on Friday after three weeks of repairs, "
    "the city's transport office said on Tuesday. Engineers replaced two corroded cables and "
    "resurfaced the eastern span, said Mara Quell, who leads the works. Traffic will be limited "
    "to one lane in each direction until the end of the month, and cyclists will share the "
    "southern footpath. The closure had added forty minutes to the morning commute for drivers "
    "coming from the northern districts, according to the regional traffic authority. Local "
    "shop owners near the bridge said they had lost customers during the works and asked the "
    "council for a rent holiday. The council will discuss the request at its meeting next week."
)
OTHER = (
    "Farmers in the Kesh valley expect a record apple harvest this autumn after a mild spring and "
    "steady summer rain, the growers' cooperative said. Prices at the Kesh market have already "
    "fallen by a tenth, and the cooperative plans to open a second cold store near the river "
    "port to keep fruit until the winter months, when demand from the coastal towns rises."
)


def _edit(text: str, rate: float, seed: int) -> str:
    rng = random.Random(seed)
    words = text.split()
    for _ in range(round(rate * len(words))):
        words[rng.randrange(len(words))] = rng.choice(["quickly", "local", "officials", "Tuesday"])
    return " ".join(words)


def test_exact_duplicates_ignore_case_and_punctuation():
    recs = [
        DedupRecord("a", WIRE, "2024-03-02T10:00:00"),
        DedupRecord("b", WIRE.upper().replace(",", ";"), "2024-03-01T10:00:00"),
        DedupRecord("c", OTHER),
    ]
    groups = find_duplicate_groups(recs)
    assert groups == [DuplicateGroup(("a", "b"), "b", "exact", 1.0)]  # equal length: earlier wins


def test_near_duplicate_with_edits_and_boilerplate():
    copy = "Sign up for our newsletter.\n" + _edit(WIRE, 0.08, seed=1) + "\nAll rights reserved."
    recs = [DedupRecord("w1", WIRE), DedupRecord("w2", copy), DedupRecord("o1", OTHER)]
    [g] = find_duplicate_groups(recs)
    assert g.members == ("w1", "w2") and g.kind == "near"
    assert 0.4 <= g.min_similarity < 1.0
    assert g.representative == "w2"  # the longer text


def test_short_copy_verified_by_containment():
    excerpt = WIRE[: len(WIRE) // 3]
    full, cut, other = features([DedupRecord("full", WIRE), DedupRecord("cut", excerpt), DedupRecord("o", OTHER)])
    sim = verify(full, cut)
    assert sim is not None and sim >= 0.8  # Jaccard is only ~0.33; containment is ~1
    assert verify(full, other) is None
    # A half-length excerpt is also found end to end (its Jaccard, ~0.5, makes it an LSH
    # candidate; shorter excerpts are candidates only by chance, see dedup's docstring).
    half = WIRE[: len(WIRE) // 2]
    [g] = find_duplicate_groups([DedupRecord("full", WIRE), DedupRecord("cut", half), DedupRecord("o", OTHER)])
    assert g.members == ("cut", "full") and g.kind == "near" and g.representative == "full"
    # Too short to call a copy: fewer than min_contained shingles.
    tiny = " ".join(WIRE.split()[:10])
    assert find_duplicate_groups([DedupRecord("full", WIRE), DedupRecord("tiny", tiny)]) == []


def test_unrelated_and_empty_texts_are_not_grouped():
    recs = [DedupRecord("x", WIRE), DedupRecord("y", OTHER), DedupRecord("e1", ""), DedupRecord("e2", "  ")]
    groups = find_duplicate_groups(recs)
    # Two empty texts are exact duplicates of each other (same normalised text), nothing else.
    assert [(g.members, g.kind) for g in groups] == [(("e1", "e2"), "exact")]


def test_mixed_group_of_exact_and_near_copies():
    recs = [
        DedupRecord("a", WIRE),
        DedupRecord("b", WIRE.lower()),
        DedupRecord("c", _edit(WIRE, 0.05, seed=2)),
    ]
    [g] = find_duplicate_groups(recs)
    assert g.members == ("a", "b", "c") and g.kind == "near"


def test_result_independent_of_input_order():
    arts = synth_corpus(n_stories=15, copy_share=0.5, seed=4)
    recs = [DedupRecord(a.id, a.text, a.published) for a in arts]
    shuffled = recs[:]
    random.Random(0).shuffle(shuffled)
    assert find_duplicate_groups(recs) == find_duplicate_groups(shuffled)


def test_synthetic_copies_found():
    arts = synth_corpus(n_stories=30, copy_share=0.4, seed=5)
    report = dedup([DedupRecord(a.id, a.text, a.published) for a in arts])
    found = {(a, b) for g in report.groups for i, a in enumerate(g.members) for b in g.members[i + 1 :]}
    truth = copy_pairs(arts)
    assert found == truth
    assert report.verified <= report.candidates


def test_representative_rule():
    recs = [
        DedupRecord("b", "x" * 10, "2024-01-02"),
        DedupRecord("a", "x" * 10, "2024-01-02"),
        DedupRecord("c", "x" * 10, None),
        DedupRecord("d", "x" * 9, "2020-01-01"),
    ]
    assert representative(recs) == "a"  # same length and date: smallest id
    assert representative([recs[2], recs[3]]) == "c"  # longest wins over earliest
    assert representative([DedupRecord("u", "x", None), DedupRecord("v", "x", "2024-01-01")]) == "v"
    assert representative([DedupRecord("s", "short", length=500), DedupRecord("t", "much longer text")]) == "s"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01", 1709251200.0),
        ("2024-03-01T01:00:00Z", 1709254800.0),
        ("2024-03-01T02:00:00+01:00", 1709254800.0),
        ("yesterday", None),
        (None, None),
        ("", None),
    ],
)
def test_published_timestamp(value, expected):
    assert published_timestamp(value) == expected


def test_disjoint_set_merge_matches_single():
    edges = [("a", "b"), ("c", "d"), ("b", "c"), ("x", "y")]
    one = DisjointSet()
    for a, b in edges:
        one.union(a, b)
    left, right = DisjointSet(), DisjointSet()
    for a, b in edges[:2]:
        left.union(a, b)
    for a, b in edges[2:]:
        right.union(a, b)
    assert sorted(left.merge(right).components()) == sorted(one.components()) == [["a", "b", "c", "d"], ["x", "y"]]


def test_duplicate_ids_rejected_and_options_used():
    with pytest.raises(ValueError, match="unique"):
        find_duplicate_groups([DedupRecord("a", WIRE), DedupRecord("a", OTHER)])
    copy = _edit(WIRE, 0.08, seed=1)
    strict = DedupOptions(threshold=0.95, containment=0.99)
    assert find_duplicate_groups([DedupRecord("w1", WIRE), DedupRecord("w2", copy)], strict) == []


# Title-only records (feed items, headline lists): few shingles, so one shared name is a
# large share of each set. (a, b, near duplicate?)
SHORT_PAIRS = [
    # Copies: the shorter text is (nearly) all inside the longer one.
    ("Harbor City council approves new budget",
     "Harbor City council approves new budget - Marlow Gazette", True),
    ("UPDATE: Harbourview Bridge to reopen on Friday after repairs",
     "Harbourview Bridge to reopen on Friday after repairs", True),
    ("Port Elm summons Kesh envoy over trade 'threats'",
     "Port Elm summons Kesh envoy over trade accusations", True),
    # Different headlines sharing a name or a phrase: Jaccard 0.43-0.5 on 4-6 shingles.
    ("Harbor City council approves new budget",
     "Harbor City council approves new parking fees", False),
    ("Port Elm mayor Dana Rusk resigns",
     "Port Elm mayor Dana Rusk re-elected", False),
    ("Mara Quell named Northshore Rail chief",
     "Mara Quell named Northshore Rail board member", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SHORT_PAIRS)
def test_short_texts_need_more_than_one_shared_phrase(a, b, expected):
    fa, fb = features([DedupRecord("a", a), DedupRecord("b", b)])
    assert (verify(fa, fb) is not None) is expected
    # Without the floor, every pair of the table clears Jaccard 0.4: the floor is what
    # tells the different headlines apart.
    assert verify(fa, fb, DedupOptions(min_shared=0)) is not None
    groups = find_duplicate_groups([DedupRecord("a", a), DedupRecord("b", b)])
    assert bool(groups) is expected


def test_title_and_snippet_copy_with_edits_still_found():
    """A snippet-length copy with three edits still shares 12 shingles, over
    ``min_shared``: Jaccard (0.44) decides, as for long texts (containment is 0.63)."""
    snippet = ("Harbourview Bridge in Port Elm will reopen on Friday after three weeks of repairs, "
               "the city's transport office said on Tuesday")
    edited = (snippet.replace("three weeks", "four weeks").replace("Tuesday", "Monday")
              .replace("will reopen", "reopens"))
    fa, fb = features([DedupRecord("a", snippet), DedupRecord("b", edited)])
    sim = verify(fa, fb)
    assert sim is not None and sim >= 0.4


def test_chinese_and_japanese_copies_are_near_duplicates():
    """Texts without spaces are shingled over character bigrams: a copy with a figure or
    a day changed is a near duplicate; a reworded report of the same event is not."""
    zh = ("星河市周二宣布，横跨青澜江的新大桥将于下周五正式通车。市交通局局长林晓梅表示，大桥全长"
          "一千二百米，共有六条车道，建设耗时三年。她说，通车后从东区到西区的车程将缩短二十分钟。")
    zh_copy = zh.replace("二十分钟", "十五分钟").replace("周二", "周三")
    zh_rewrite = ("星河市交通局周二表示，青澜江新大桥下周五通车。局长林晓梅说，这座全长一千二百米的大桥有"
                  "六条车道，历时三年建成，将使东区至西区的行车时间减少二十分钟。")
    ja = ("星川市の美術館で火曜日の夜に火災が発生し、展示中の絵画十二点が焼失した。消防によると、"
          "けが人はいなかった。館長の森田健一氏は、再開まで少なくとも二か月かかるとの見通しを示した。")
    ja_copy = ja.replace("十二点", "十三点")
    recs = [DedupRecord("zh", zh), DedupRecord("zh_copy", zh_copy), DedupRecord("zh_rewrite", zh_rewrite),
            DedupRecord("ja", ja), DedupRecord("ja_copy", ja_copy)]
    groups = find_duplicate_groups(recs)
    assert [(g.members, g.kind) for g in groups] == [(("ja", "ja_copy"), "near"), (("zh", "zh_copy"), "near")]
