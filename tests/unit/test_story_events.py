"""A story is one event, not one topic: links between long articles need event evidence.

Invented league, teams, players and outlets. Two games of one league on one night share the
league's vocabulary (period, power play, goaltender, saves) but no passage; two reports of
one game share its quotes and its facts in the same words.
"""

from __future__ import annotations

from dataclasses import replace

from storylens.corpus.cluster import ClusterOptions, StoryRecord, cluster_stories, doc_freq
from storylens.corpus.vectors import EventEvidence

# Game 1, two outlets: the Varrow Otters beat the Kesh Pilots.
OTTERS_A = (
    "The Varrow Otters beat the Kesh Pilots 4-1 on Saturday night in the Coastal Hockey League. "
    "Mira Tollan scored twice in the second period, both on the power play, and goaltender "
    "Bren Oduya made 31 saves as the Otters won their fifth straight game at home. "
    "\"We kept it simple and the bounces finally went our way,\" Tollan said after the game. "
    "The Pilots pulled their goaltender with four minutes left but could not find a way back. "
    "Kesh coach Idris Vale said his team lost its legs in the third period. "
    "Tollan now has eleven goals this season, tied for the most on the team with Ash Corr."
)
OTTERS_B = (
    "Mira Tollan scored twice in the second period and the Varrow Otters beat the Kesh Pilots "
    "4-1 in a Coastal Hockey League game on Saturday. Goaltender Bren Oduya made 31 saves for "
    "Varrow, which has won five in a row at home. \"We kept it simple and the bounces finally "
    "went our way,\" Tollan said. Both of her goals came on the power play. The Pilots scored "
    "their only goal early in the first period and then went quiet; coach Idris Vale said they "
    "lost their legs in the third period. Kesh have now lost three of their last four games "
    "on the road this season."
)
# Game 2, the same night, same league: the Lorn Ravens beat the Draven Miners in overtime.
RAVENS = (
    "Teodor Rask scored in overtime to give the Lorn Ravens a 3-2 win over the Draven Miners "
    "in the Coastal Hockey League on Saturday night. The Miners had tied the game late in the "
    "third period on a power play goal by Anja Ferro, but Rask beat goaltender Paulo Serrin "
    "from the slot two minutes into the extra period. Ravens goaltender Lev Amundi stopped "
    "27 shots. \"It was a grind, and we needed a win like that,\" Ravens coach Sefa Moor said. "
    "Draven have lost four straight games. Rask, who was traded to Lorn in October, has "
    "three overtime winners in his career, all of them against Draven."
)
# A different topic altogether, so the batch has more than one kind of article.
HARBOUR = (
    "The Kesh harbour authority will dredge the north channel this winter after two cargo "
    "ships ran aground in November, its director Hana Rees said on Saturday. The work will "
    "close the channel to vessels longer than eighty metres for six weeks from January, and "
    "ferries to Lorn will use the south entrance instead. Shipping firms had asked for the "
    "dredging for three years. The authority said the cost would be shared with the port "
    "operators and that fees would not rise this year, and it expects the channel to be "
    "back to its full depth by the end of February."
)
# The week before: the league's other games, so its vocabulary is common in the batch
# (as in any sports desk's feed) and only names and passages single out one game.
EARLIER = [
    "The Draven Miners shut out the Varrow Otters 2-0 in the Coastal Hockey League on "
    "Sunday. Paulo Serrin made 24 saves for his second shutout of the season and Anja Ferro "
    "scored on the power play in the first period. The Otters outshot Draven in the third "
    "period but could not beat the goaltender. Varrow coach Ruth Calder said her team "
    "played well enough to win. The Miners have won three of their last four games and "
    "sit second in the league; the Otters fell to fifth after the loss.",
    "Kesh Pilots forward Omar Lindqvist scored twice in the third period to beat the Lorn "
    "Ravens 5-3 in the Coastal Hockey League on Friday night. The Ravens led 3-2 after two "
    "periods on goals by Teodor Rask and two defencemen, but Kesh scored three times in "
    "eight minutes. Goaltender Ines Harrow stopped 29 shots for the Pilots. Lorn coach Sefa "
    "Moor said the team stopped skating once it had the lead. The Pilots have won two "
    "straight games on home ice and play four of their next five games at home.",
]


def _batch(*texts: str) -> list[StoryRecord]:
    earlier = [StoryRecord(f"e{i}", t, None, f"2024-11-0{2 + i}T20:00:00") for i, t in enumerate(EARLIER)]
    return earlier + [StoryRecord(f"a{i}", t, None, f"2024-11-09T2{i}:00:00") for i, t in enumerate(texts)]


def _season_df(recs: list[StoryRecord]):
    """Corpus-wide document frequencies (as a time window is clustered with): the night's
    articles plus a season of earlier reports of the league, 20 of each kind above."""
    return doc_freq(recs + [StoryRecord(f"s{k}", t) for k in range(20) for t in EARLIER])


def test_two_games_of_one_night_stay_apart_two_reports_of_one_game_join():
    recs = _batch(OTTERS_A, RAVENS, OTTERS_B, HARBOUR)
    story = {a.id: a.story for a in cluster_stories(recs, df=_season_df(recs))}
    assert story["a0"] == story["a2"]  # two reports of one game
    assert story["a1"] != story["a0"]  # the other game of the night
    assert story["a3"] not in {story["a0"], story["a1"]}


def test_without_event_evidence_the_league_vocabulary_merges_the_games():
    # The near miss the rule exists for: on topic words alone the two games link.
    recs = _batch(OTTERS_A, RAVENS, OTTERS_B, HARBOUR)
    off = replace(ClusterOptions(), event_min_phrases=0)
    story = {a.id: a.story for a in cluster_stories(recs, off, df=_season_df(recs))}
    assert story["a1"] == story["a0"] == story["a2"]


def test_shared_passages_count_a_stock_line_once():
    line = "White House press secretary Jana Morrow said on Friday"
    a = f"{line} that the talks would go on. " + " ".join(["The weather in Kesh was mild"] * 20)
    b = f"{line} that nothing had been decided. " + " ".join(["Harbour fees in Lorn went up"] * 20)
    ev = EventEvidence([a, b], ClusterOptions())
    assert ev.shared(0, 1) == 1  # one seven-word run of shared windows: one passage
    assert not ev.backs(0, 1, 0.35)


def test_function_word_phrases_and_short_texts_are_no_evidence():
    filler = " and one of the most of all of them is in the "  # no two content words in five
    a = "Varrow council votes on bus fares" + filler * 10
    b = "Lorn dam inspection finds no fault" + filler * 10
    ev = EventEvidence([a, b, OTTERS_A[:200], RAVENS[:200]], ClusterOptions())
    assert ev.shared(0, 1) == 0
    assert ev.shared(2, 3) is None  # too short to judge: the cosine floors decide alone
    assert ev.backs(2, 3, 0.31)


def test_high_similarity_is_evidence_by_itself():
    ev = EventEvidence([OTTERS_A, RAVENS, OTTERS_B], ClusterOptions())
    # the two games share one stock passage ("in the Coastal Hockey League on Saturday
    # night"); the two reports of one game share its quote and its facts
    assert ev.shared(0, 1) == 1
    assert ev.shared(0, 2) >= 3
    assert ev.backs(0, 2, 0.31)
    assert not ev.backs(0, 1, 0.40)
    assert ev.backs(0, 1, 0.45)
    assert ev.shared(0, 0) is not None and ev.shared(0, 0) >= 1


def test_undated_articles_leaving_a_story_regroup_only_on_event_evidence():
    from storylens.corpus.refine import detach_weak_undated

    # a dated article, and two undated ones at cosine 0.42 to each other (over the
    # undated floor 0.4) and none to it: they leave, and regroup only on one event
    vecs = [{"z": 1.0}, {"x": 1.0}, {"x": 0.42, "y": (1 - 0.42**2) ** 0.5}]
    ts = [1731175200.0, None, None]
    opts = ClusterOptions()
    two_games = EventEvidence([HARBOUR, OTTERS_A, RAVENS], opts)
    one_game = EventEvidence([HARBOUR, OTTERS_A, OTTERS_B], opts)
    assert detach_weak_undated([0, 1, 2], vecs, ts, opts) == [[0], [1, 2]]
    assert detach_weak_undated([0, 1, 2], vecs, ts, opts, events=two_games) == [[0], [1], [2]]
    assert detach_weak_undated([0, 1, 2], vecs, ts, opts, events=one_game) == [[0], [1, 2]]
