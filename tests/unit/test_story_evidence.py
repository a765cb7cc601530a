"""Stories join on absolute evidence: edge floors, undated articles, coherence splits.

Invented events in invented places; each text is one short article.
"""

from __future__ import annotations

from dataclasses import replace

from storylens.corpus.cluster import (
    ClusterOptions,
    StoryRecord,
    cluster_stories,
    doc_freq,
    knn_graph,
    terms,
    vectorize,
)
from storylens.corpus.dedup import published_timestamp
from storylens.corpus.refine import coherence, split_incoherent
from storylens.corpus.vectors import name_residual, name_units

FERRY = [
    "Kesh ferry crews strike over night shifts, harbour master cancels Lorn crossings",
    "Lorn crossings cancelled as Kesh ferry crews strike over night shifts",
    "Kesh ferry strike enters second day; Lorn islanders stranded by cancelled crossings",
    "Harbour master says Kesh ferry strike talks with crews resume, Lorn crossings still cancelled",
]
DAM = [
    "Draven dam inspectors find seepage in spillway tunnels, reservoir to be lowered",
    "Reservoir lowered after Draven dam inspectors report spillway seepage",
    "Draven dam spillway seepage: inspectors order reservoir lowered by two metres",
    "Engineers begin lowering Draven reservoir after dam inspectors find spillway seepage",
]
# A third event in the same town: it shares "Kesh" and "harbour" with the ferry strike.
FESTIVAL = [
    "Kesh harbour festival draws record crowds to fireworks and a lantern boat parade",
    "Lantern boat parade and fireworks close the Kesh harbour festival, organisers count record crowds",
    "Record crowds at Kesh harbour festival fireworks; lantern boat parade delayed by rain",
]


def _dated(texts, prefix, day=1):
    return [StoryRecord(f"{prefix}{i}", t, None, f"2024-05-{day:02d}T{9 + i:02d}:00:00") for i, t in enumerate(texts)]


def test_three_events_in_one_town_stay_apart():
    recs = _dated(FERRY, "f") + _dated(DAM, "d") + _dated(FESTIVAL, "x")
    story = {a.id: a.story for a in cluster_stories(recs)}
    assert {story[f"f{i}"] for i in range(4)} == {"f0"}
    assert {story[f"d{i}"] for i in range(4)} == {"d0"}
    assert {story[f"x{i}"] for i in range(3)} == {"x0"}  # shared place names are not an event


def test_edge_floor_is_absolute_not_rank():
    recs = _dated(FERRY[:1], "f") + _dated(FESTIVAL, "x")
    df = doc_freq(recs + _dated(FERRY[1:], "g") + _dated(DAM, "d"))
    vecs = [vectorize(terms(r), df) for r in recs]
    ts = [published_timestamp(r.published) for r in recs]
    loose = knn_graph(vecs, ts, replace(ClusterOptions(), knn=1, knn_min_sim=0.0))
    strict = knn_graph(vecs, ts, replace(ClusterOptions(), knn=1))
    assert loose[0]  # by rank alone the ferry article has a festival neighbour ("Kesh harbour")
    assert not strict[0]  # the absolute floor drops that edge


def test_undated_article_needs_strong_evidence_to_join_a_dated_story():
    shops = [  # an undated story of its own that mentions the ferry in passing
        StoryRecord("u0", "Kesh harbour shops report a quiet week as the ferry season ends; "
                          "bakery and chandlery owners cut opening hours"),
        StoryRecord("u1", "Bakery and chandlery owners on Kesh harbour cut opening hours "
                          "in a quiet week, the ferry season over"),
    ]
    strong = StoryRecord("s", FERRY[1] + " " + FERRY[2])
    recs = _dated(FERRY, "f") + _dated(DAM, "d") + _dated(FESTIVAL, "x") + shops + [strong]
    story = {a.id: a.story for a in cluster_stories(recs)}
    assert story["s"] == story["f0"]  # an undated copy of the event joins
    assert story["u0"] == story["u1"] != story["f0"]  # sharing "Kesh ferry" with it does not


def test_coherence_split_cuts_a_chain_of_weak_links():
    recs = _dated(FERRY, "f") + _dated(DAM, "d")
    df = doc_freq(recs)
    vecs = [vectorize(terms(r), df) for r in recs]
    members = list(range(len(recs)))
    assert coherence(members[:4], vecs) > coherence(members, vecs)
    parts = split_incoherent(members, vecs, floor=0.2, relative=0.0)
    assert sorted(parts) == [[0, 1, 2, 3], [4, 5, 6, 7]]
    # a coherent story is left whole
    assert split_incoherent(members[:4], vecs, floor=0.2, relative=0.0) == [members[:4]]


# Two undated articles that share one name and nothing of an event: a saint's feast kept
# in two towns, by different people doing different things.
FEAST = [
    StoryRecord("v0", "In Marrow Cove, fishermen carried the statue of Saint Averil Corrow along "
                      "the quay at dawn. Saint Averil Corrow is said to calm the winter sea; the "
                      "fishermen blessed their nets and boats before the season."),
    StoryRecord("v1", "The Tarn choir sang for Saint Averil Corrow in the cathedral on Sunday. "
                      "Schoolchildren read poems about Saint Averil Corrow, and the bishop "
                      "opened a library named after her."),
]


def test_one_shared_name_is_not_an_event_for_undated_articles():
    recs = _dated(FERRY, "f") + _dated(DAM, "d") + FEAST
    story = {a.id: a.story for a in cluster_stories(recs)}
    assert story["v0"] != story["v1"]
    # without the check the name alone joins them
    loose = {a.id: a.story for a in cluster_stories(recs, replace(ClusterOptions(), name_floor=0.0))}
    assert loose["v0"] == loose["v1"]


def test_name_residual_takes_away_the_strongest_shared_name():
    df = doc_freq(_dated(FERRY, "f") + _dated(DAM, "d") + FEAST)
    u, v = (vectorize(terms(r), df) for r in FEAST)
    nu, nv = name_units(FEAST[0]), name_units(FEAST[1])
    assert nu["averil"] == nv["corrow"] == "saint averil corrow"
    whole = sum(w * v.get(t, 0.0) for t, w in u.items())
    named = sum(u[t] * v[t] for t in ("saint", "averil", "corrow") if t in u and t in v)
    assert abs(name_residual(u, v, nu, nv) - (whole - named)) < 1e-9
    assert name_residual(u, v, nu, nv) == name_residual(v, u, nv, nu)


def test_a_hub_article_does_not_join_the_two_events_it_covers():
    # A round-up covering both events links two tight groups by itself alone.
    hub = StoryRecord("r", "Governor's round-up: Kesh ferry crews strike over night shifts and Lorn "
                           "crossings are cancelled; Draven dam inspectors find spillway seepage and "
                           "the reservoir is lowered.", None, "2024-05-01T20:00:00")
    recs = _dated(FERRY, "f") + _dated(DAM, "d") + [hub]
    plain = replace(ClusterOptions(), min_coherence=0.0)  # the graph step alone
    joined = {a.id: a.story for a in cluster_stories(recs, replace(plain, density_ratio=0.0))}
    assert joined["f0"] == joined["d0"]  # one component, one story at the absolute resolution
    story = {a.id: a.story for a in cluster_stories(recs, plain)}
    assert {story[f"f{i}"] for i in range(4)} == {"f0"}
    assert {story[f"d{i}"] for i in range(4)} == {"d0"}
    assert story["f0"] != story["d0"]
