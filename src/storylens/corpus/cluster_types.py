"""The records, options and results of story clustering (shared by its stage modules)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class ClusterOptions:
    """Every knob of story clustering; docs/stories.md explains each one.

    Values were chosen on the dev halves of benchmarks/gold/splits.json only
    (GoogleNews-TS dev clusters, SemEval dev pairs); benchmarks/clustering.py reports test.
    """

    # Lone articles: one joins its most similar article when their cosine (by the
    # usual vectors, min_df) is at least this: the same absolute floor as a graph edge
    # (knn_min_sim). Swept on dev: 0.2-0.4 give the same dev figures (GoogleNews-TS dev
    # 0.888, SemEval dev C 7%, A 92.6%), 0.5: A 85%; read on the SemEval corpus, 0.2
    # joined topic pairs (two personal-finance columns, an Islanders All-Star piece to
    # a Blackhawks game, a FIFA team of the week to a Premier League round-up), 0.3
    # keeps them apart.
    threshold: float = 0.3
    window_days: float = 3.0  # a story closes this long after its latest article
    title_weight: float = 2.0  # title terms count as this many body occurrences
    entity_weight: float = 1.5  # boost for capitalised (name-like) tokens
    max_terms: int = 100  # strongest terms kept per article vector
    min_token_len: int = 2
    # Terms found in fewer documents than this are dropped from vectors: a word seen once
    # in the batch links nothing and only dilutes the cosine of the article holding it.
    min_df: int = 2
    # Vectors keep only terms with df >= min_df, but are scaled by the length of the
    # article's whole content (see vectors.vectorize_at); False: by their own length
    # (the plain cosine, under which an article whose own words were dropped matches
    # whatever shares its few remaining ones).
    whole_norm: bool = False
    # Neighbours kept per article (rank): swept 5-30 on GoogleNews-TS; 15 is where
    # recall stops rising. Rank alone is no evidence, hence the absolute floors below.
    knn: int = 15
    # Absolute floor of an edge: the cosine of two articles' vectors. A k-NN edge
    # below it is dropped however high its rank. Swept on dev (GoogleNews-TS dev
    # B-cubed F1 / SemEval corpus, dev pairs): 0.1: 0.878 but 50% of unrelated pairs
    # merged and a 48-article story; 0.2: 0.871 / 21%; 0.3: 0.868 / 21%, largest 18.
    knn_min_sim: float = 0.3
    # An edge also needs this many shared vector terms (each kept term has df >=
    # graph_min_df, so a shared term is a specific word several articles use): one
    # shared name or word is not an event. 2 measured on dev: GoogleNews-TS dev
    # B-cubed F1 0.868 -> 0.847 (its short texts share few terms), SemEval unchanged.
    min_shared_terms: int = 1
    # A link resting on ONE shared term is kept only when other articles back it: the
    # articles holding the term, linked where they share another term, put both ends
    # in one part (graph.OneTermEvidence). One generic word ("commercial", "season") is
    # no event: on GoogleNews-TS dev, graph edges on one term are half across gold
    # stories (3,246 of 6,844), on two 7%. "lone": a lone article's attachment only
    # (its min_df 2 vectors in a small batch hold little but the shared words); "all":
    # graph edges too; "off". Measured on dev (GoogleNews-TS dev B-cubed P / R / F1;
    # small batches = 30 draws of 9 dev gold stories clustered alone, mean F1):
    # off 0.921 / 0.856 / 0.888, small 0.903; lone 0.922 / 0.856 / 0.888 (pair F1
    # 0.874 -> 0.875), small 0.903; all 0.930 / 0.794 / 0.857 (clusters 175 -> 454),
    # small 0.717 (headlines of one gold story often share one word and nothing
    # else). Also measured for "all", not kept: backing by a term's cohesion (share
    # of its articles' pairs sharing another term >= 0.05-0.2: F1 0.878-0.883) and
    # down-weighting unbacked edges instead of dropping them (x0.5: 0.887, x0.25:
    # 0.885). SemEval dev pairs unchanged by all of these (long texts share many terms).
    one_term_backing: Literal["off", "lone", "all"] = "lone"
    # A pair with no time evidence (an undated end, in a batch with dated articles) is
    # joined only on strong evidence: cosine >= undated_min_sim, and at least this much
    # cosine left once its strongest shared name (a run of capitalised words, or one
    # word) is taken away (vectors.name_residual): two articles resting on one name (a
    # saint's anniversary in two cities) are not one event. 0 turns it off. Swept on dev
    # (SemEval corpus dev pairs): 0: a C pair merged on one name (dev C 14%); 0.15:
    # dev C 7%, A 92.6% (0.1-0.25); 0.3: A 88.9%. On every edge instead, 0.05
    # cost GoogleNews-TS dev 0.021 B-cubed F1 (headlines share one name and little else).
    name_floor: float = 0.15
    # An undated article cannot be placed in time, so its edges to dated articles (and
    # its attachment to one) need this higher cosine: strong evidence instead of the
    # window's. Between two undated articles (a corpus without dates) knn_min_sim holds.
    undated_min_sim: float = 0.4
    # min_df of the graph step's vectors: a term two articles share links a pair with no
    # sign of a story around it, and in a k-NN graph such pairs become edges. Swept on
    # GoogleNews-TS (B-cubed F1): 1: 0.833, 2: 0.837, 3: 0.858, 4: 0.848, 5: 0.848.
    graph_min_df: int = 3
    # Constant Potts model resolution: a story is kept together while the edge weight
    # inside it exceeds this much per pair of articles. Local (unlike modularity, no
    # total graph weight), so a window's result does not depend on the other windows.
    resolution: float = 0.003
    # Scale-free resolution: each connected component is partitioned at no less than
    # this share of its own edge density (edge weight per pair of its articles), so a
    # tight group hanging on the rest by one or two edges (a hub article that covers
    # two events) becomes its own story, whatever the cosine scale; local to the
    # component, so windows do not change it. Large sparse components (GoogleNews-TS
    # headline stories) keep the absolute ``resolution``. 0 turns it off. Swept: dev
    # figures (GoogleNews-TS dev 0.888, SemEval dev C 7%, A 92.6%) flat from 0 to 1.5;
    # read on the SemEval corpus stories: 0: North Korea, the Baghdad embassy and
    # Trump's Mar-a-Lago party in one 17-article story; 0.1-0.3: North Korea apart;
    # 0.5-0.7: all three apart, and two loose topic stories split; 1.0: the Pope's
    # apology leaves the Pope story. 0.5: the first value that reads right.
    density_ratio: float = 0.5
    # Then up to this many passes move each article to the neighbouring story under
    # which a Dirichlet multinomial mixture (GSDMM's model, Yin & Wang 2014) gives its
    # words the highest probability; greedy, so deterministic.
    # An article left alone joins its most similar article (refine.attach_singletons) only
    # when the words they share are a real part of both: their cosine times each one's
    # kept share of its own content weight (vectors.kept_shares: the norm of its min_df
    # vector over the norm of its whole content vector) is at least this. In a small batch
    # min_df drops an article's own words, so its vector can hold only the two common
    # words it shares with an unrelated story ("three", "council": plain cosine 0.55,
    # whole-content 0.04; a store of three invented articles joined a flood to a ferry
    # pier closure). 0 turns it off. See docs/stories.md for the measured figures.
    attach_min_whole: float = 0.05
    dmm_passes: int = 3
    dmm_alpha: float = 0.1  # prior count of articles per story
    dmm_beta: float = 0.2  # prior count per term per story (swept 0.05-0.4)
    # Coherence split (refine.split_incoherent): a story of 4+ articles is cut into
    # tight fragments and merged back only while their mean cross cosine is at least
    # this, so a chain of weak links cannot hold unrelated events together. 0 turns it
    # off. Swept on GoogleNews-TS dev (B-cubed F1): 0: 0.875, 0.01: 0.882, 0.02: 0.883,
    # 0.03: 0.889, 0.035: 0.888, 0.04: 0.888, 0.05: 0.868, 0.07: 0.829 (its headline
    # stories' parts share few words); the SemEval corpus dev figures are the same
    # from 0 to 0.07. 0.035: the middle of the best range.
    min_coherence: float = 0.035
    # Scale-free coherence: parts of a story whose mean cross cosine is below this share
    # of the story's own coherence are split apart (see refine.split_incoherent). Off:
    # 0.5 cost GoogleNews-TS dev 0.07 B-cubed F1 (its gold stories span sub-topics) and
    # did not split the SemEval corpus's largest story.
    coherence_ratio: float = 0.0
    # Event evidence (vectors.EventEvidence): a link between two articles of at least
    # event_min_tokens words each is kept only when their cosine is at least event_sim
    # or they share at least event_min_phrases phrases (runs of event_phrase_words
    # words, two of them content words: a quote, a copied or aligned clause, a specific
    # name with its role). Articles on one topic but different events (two NHL games of
    # one night, NASA's lunar lander picks and water on Europa, a MacBook rumour and a
    # gift guide) share topic words, so their cosine clears the 0.3 floor, but no
    # phrase: their report of the facts differs. Read on dev (SemEval dev pairs and the
    # article-extraction dev pages, docs/stories.md): different-event pairs 0.30-0.44
    # with 0-1 shared phrases (one at 0.56, two impeachment pieces); same-event pairs
    # 0.45 and up, or under it with 4+ phrases (a feather-duvet case report: 0.40, 25).
    # Swept on dev; 0 phrases turns it off.
    event_sim: float = 0.45
    event_min_phrases: int = 2
    event_phrase_words: int = 5
    # Below this many words (headline feeds, snippets: GoogleNews-TS has 3-14) a pair
    # rarely shares a phrase even when it is one event, so the cosine floors alone
    # decide. About four sentences.
    event_min_tokens: int = 80
    # Bridges (refine.split_at_bridges): when removing one long article from a story
    # leaves two or more parts of at least this many articles with no event-evidence
    # link between them, a part tied to that article by shared passages alone (cosine
    # under event_sim to all its articles) is a separate story (a piece on a
    # politician's week sharing passages with the reports of a party and of an embassy
    # storming joined them: the reader's dev batch, story 78). A part tied by cosine
    # event_sim stays (the Pope's slap and apology, joined by a report of both: cutting
    # it cost a dev A pair, docs/stories.md). 2: a part must be two articles that back
    # each other, so one loose article hanging on the bridge does not cut a story.
    # 0 turns it off. Not swept: the one value with a meaning (a part is an event
    # reported twice). Session 15: a story of long articles whose own links fall apart
    # into parts of this many articles is cut into them (SemEval dev: the embassy
    # storming, the Swiss envoy's summons and the Mar-a-Lago party, one story of 9).
    bridge_min_part: int = 2


@dataclass(frozen=True)
class StoryRecord:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    dup_group: str | None = None


@dataclass(frozen=True)
class StoryAssignment:
    id: str
    story: str  # id of the story's first article
    similarity: float  # cosine to the story centroid when joined (1.0 for a new story)
    reason: Literal["new", "match", "duplicate"]
    # cosine to the story's centroid, the first article's too: the story is labelled
    # by its most central article (rows.draft_story), not by whichever came first
    centrality: float = 1.0


DEFAULT_OPTIONS = ClusterOptions()
