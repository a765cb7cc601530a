"""Polarity and modality markers: words that turn a claim into its denial or into a plan.

Two sentences can share every content word and still say opposite or different things:
"Iran dismissed the accusation that it orchestrated the attack" against "Iran is
orchestrating an attack"; "750 troops were prepared to deploy" against "the president has
deployed 750 soldiers"; "China and the US are due to sign the deal" against "the US and
China have reached an agreement". The aligner (``storylens.align``) reads the markers below
in the clause that holds the shared words of a paraphrase pair and does not link the pair
when one sentence carries a kind of marker the other lacks (read outside the gold set,
issue 11: benchmarks/findings_report.md, three wrong default paraphrase pairs).

Markers are grouped by kind, and a pair is compared by kind, not by word: "refused to pay"
and "did not pay" both deny; "may sign" and "is expected to sign" both leave it open.

Everything is matched on lower-cased tokens of :func:`storylens.normalize.tokens`.
"""

from __future__ import annotations

# --- negation and denial ----------------------------------------------------------------

# Words that negate the clause they stand in. Source: the negators of the English
# grammars (Quirk et al., *A Comprehensive Grammar*, 10.54-10.64: not, no, never, none,
# nobody, nothing, neither, nor, nowhere) and any "-n't" contraction (matched by suffix
# in code). "without" is left out: "released without charge" and "released uncharged" say
# the same, and "without" rarely negates the shared claim itself.
NEGATORS: frozenset[str] = frozenset(
    "not no never none nobody nothing neither nor nowhere cannot".split()
)

# A negator followed by one of these is not a negation of the claim: "not only … but",
# "no doubt", "no less than", "not least".
NOT_NEGATING_NEXT: frozenset[str] = frozenset("only just least less doubt".split())

# Verbs of denial: the clause reports someone saying the claim is false, which is the
# opposite of a sentence stating it (issue 11: Iran "dismissed the 'empty' accusations
# … about Iran allegedly orchestrating attacks" aligned with the accusation itself).
# Every inflection is listed; none of these has a common other sense in news clauses
# except "dismissed" (fired), which also undoes a status.
DENIAL_VERBS: frozenset[str] = frozenset(
    """
    deny denies denied denying denial denials
    dismiss dismisses dismissed dismissing
    reject rejects rejected rejecting rejection
    refute refutes refuted refuting
    refuse refuses refused refusing
    rebuff rebuffs rebuffed rebuffing
    """.split()
)

# Negative implicative verbs: the clause entails the negation of their complement
# ("failed to participate" = "did not participate"; Karttunen 1971, "Implicative verbs").
# They count as negation so that a sentence saying the same with "not" is no clash (read on
# the dev split: "fails to participate … could lose" against "do not participate … could be
# at risk of losing", a right pair of the full rule). Verbs of cessation ("ends", "stops")
# are left out: their nouns ("the program's end") made a clash with "the program closing".
IMPLICIT_NEGATIVES: frozenset[str] = frozenset(
    """
    fail fails failed failing
    neglect neglects neglected neglecting
    """.split()
)

# --- modality: intention, plan, possibility ---------------------------------------------

# Modal auxiliaries and adverbs that put the claim as possible or future rather than done
# (Quirk et al. 4.49-4.59; Biber et al., *Longman Grammar*, 6.6). "can" is left out: it
# mostly states an ability or a fact ("the damage can be seen"), not a plan. "will" and
# "shall" are left out too: news puts a scheduled or certain fact in the future ("it will
# mark the first time the party is in power", "buildings … will have to be registered")
# where another outlet states it in the present; on the dev split "will" blocked two right
# pairs and no wrong one. "would" stays: in reported speech it is the plan ("Esper said the
# US would deploy 750 troops" = "750 troops were prepared to deploy"; read outside the gold set).
MODAL_WORDS: frozenset[str] = frozenset(
    """
    would may might could should
    possible possibly potential potentially likely unlikely
    """.split()
)

# Words that, followed by "to" and a verb, put the claim as an intention or a schedule:
# "plans to", "is prepared to", "threatened to", "vowed to", "is set to", "is expected to",
# "is poised to", "is about to". Every inflection is listed. The word after "to" must not
# open a noun phrase (:data:`NOUN_PHRASE_OPENERS`: "set to the music", "ready to the last
# man"); "going" is left out ("going to Baghdad" is a trip, not a plan).
INTENT_BEFORE_TO: frozenset[str] = frozenset(
    """
    plan plans planned planning
    intend intends intended intending
    prepared preparing ready poised set slated scheduled expected
    threaten threatens threatened threatening
    vow vows vowed vowing
    promise promises promised promising
    pledge pledges pledged pledging
    aim aims aimed aiming
    hope hopes hoped hoping
    want wants wanted wanting
    seek seeks sought seeking
    about
    """.split()
)

# "due to" is a schedule only after a form of "be" and before a verb ("are due to sign"),
# not a cause ("was cancelled due to the storm", "is due to the storm"): the word after
# "to" must not open a noun phrase.
BE_FORMS: frozenset[str] = frozenset("is are was were be been being am 's 're".split())
NOUN_PHRASE_OPENERS: frozenset[str] = frozenset(
    """
    the a an this that these those his her its their our my your some many much
    any each every no other another such both all more most several few
    """.split()
)

# --- both negated ------------------------------------------------------------------------

# Two sentences that both negate their shared claim say the same thing even when one of them
# also carries a modal ("would have no effect on the registration" / "the registration is not
# affected"; "could not reach the village" / "did not reach it"): "would" is reported
# speech's future, "could not" a past inability. The other modal words hedge: "may not close"
# leaves open what "did not close" states, as "may close" does "closed". A pair where only one
# sentence hedges stays a clash.
HEDGES: frozenset[str] = MODAL_WORDS - {"would", "could"}

# Words that negate a claim by their sense. After a negator they undo it, and the clause
# asserts or leaves open what a plain negation denies: "did not rule out new taxes" against
# "there would be no new taxes", "it is not unlikely that the plant will close" against "the
# plant will not close", "did not deny that the strike would halt sailings" (Quirk et al.
# 10.63, negative words with a negative sense; Horn, *A Natural History of Negation*, 5.1 on
# "not unlikely"). Negators and verbs of denial count as such words too (:data:`NEGATORS`,
# :data:`DENIAL_VERBS`, :data:`IMPLICIT_NEGATIVES`).
NEGATIVE_SENSE: frozenset[str] = frozenset(
    """
    unlikely impossible improbable
    exclude excludes excluded excluding
    preclude precludes precluded precluding
    """.split()
)
# "rule out" in every inflection: the verb before "out"
RULE_OUT: frozenset[str] = frozenset("rule rules ruled ruling".split())
# How many words after a negator its second negative may stand ("did not rule out", "refused
# to rule out", "is not at all unlikely").
DOUBLE_NEGATION_WINDOW = 3

# --- clause scope ------------------------------------------------------------------------

# A marker counts only in the clause that holds the claim the two sentences share: "the
# president has deployed 750 soldiers, as 3,000 more are prepared for possible deployment"
# states the 750 as done. Clauses are cut at punctuation (in code: , ; : ( ) and dashes)
# and before these subordinators and coordinators (a cheap stand-in for a parse).
CLAUSE_OPENERS: frozenset[str] = frozenset(
    """
    as while whereas but although though because after before when which who whom
    since until unless however amid
    """.split()
)

# A relative clause between commas ("California's potential loss, which will be decided by
# the census, would drop its seats") is cut out, and the clause around it read as one: the
# marker of its subject ("potential") belongs to its predicate.
RELATIVES: frozenset[str] = frozenset("which who whom whose".split())

NEGATION = "negation"
MODALITY = "modality"
