"""Thresholds of the different-claims guard on paraphrase links (:mod:`storylens.claims`,
called from the aligner beside the polarity test; docs/architecture.md, "Different
claims"). Moved here from ``claims.py`` unchanged (s8 review: rules are data)."""

from __future__ import annotations

from .titles import APPOSITION_PERSON_HEADS, HELD_TITLE_CUES, TITLE_WORDS
from .words import SPEAKER_TITLE_WORDS

# ``figures``: each sentence needs at least this many distinct digit figures for disjoint
# figures to make two claims. With one figure each, a disjoint pair is as often one claim
# told with two values (the fact conflicts the findings report: "killed 12" vs "killed 14")
# as two claims; with two or more each and none in common, no conflict of one value
# explains it. Of the 213 SemEval dev gold shared pairs, 1 names 5 (a law passed "Dec. 11"
# against "Dec 12" among them), 2 names none; the s8 reader's two-poll group has 4 each.
FIGURES_MIN = 2

# ``background``: the share of the other sentence's plain content stems (not names, not
# numbers) that one sentence must hold for its claim to be told there. Under it, and with
# the one sentence sharing plain words only in a relative clause, the pair is two claims
# ("Officer X, who shot and killed Y last week, was charged" against "Z criticised officer
# X for shooting and killing Y").
BACKGROUND_COVER = 0.5

# The pronouns that open a non-restrictive relative clause after a comma: background about
# a name, not the sentence's claim ("Officer Vell, who shot a man last week, was charged").
# The clause runs to the next comma or the end; "that" is left out, since it opens
# restrictive clauses and complements ("said, that ..." is rare but is the claim).
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "whom", "whose", "which")

# ``descriptor``: two sentences that share plain words only inside the noun phrases that
# describe their people ("Ms. Vell's estranged husband, Jon Orm" / "Jon Orm, the estranged
# husband of Vell" / "her top aide, Ada Vell") tell who the people are, not what happened:
# the one share of a predicate ("agents found emails on a laptop" / "the police obtained a
# warrant to search the laptop") is a topic. Counted as the aligner counts plain words: under
# the aligner's floor of shared plain stems (align.MIN_SHARED_PLAIN, 2) once the descriptors
# are taken out of both sentences, the pair is two claims (s8 held-out report, item 2: three
# claims on one laptop joined by "Abedin's husband Weiner", scored 0.33 and 0.42).
DESCRIPTOR_MIN_SHARED = 2

# Head nouns of a phrase that describes a person: the title words written before names,
# the people nouns of appositions and the lower-case words of speaker phrases
# (rules/titles.py, rules/words.py), less the words among them that are modifiers of a
# title, not a person on their own ("foreign" minister, "press" secretary, "vice"
# president, "first" lady), and the common nouns that title lists hold only before a name
# ("the general public", "a home", "a major", "a private").
NOT_PERSON_HEADS: frozenset[str] = frozenset(
    """
    vice prime foreign interior defence defense finance health justice home first general
    private major count opposition campaign national press state senior former head
    """.split()
)
# "chief" and "executive" modify a title ("chief minister", "executive director") but are
# the person right before a name ("police chief Karin Lund", "chief executive Margit
# Oberlin"), the only place the before-name rule reads a head: there they head the
# description (invented dev d03, session 12: "Nerrin police chief Karin Lund said 37 people
# were arrested" aligned with his "A group came looking for a fight" on the title's words).
# "nominee" is in none of those lists (a title only in election coverage: "the Democratic
# vice presidential nominee, Tim Kaine").
DESCRIPTOR_HEADS: frozenset[str] = (TITLE_WORDS | APPOSITION_PERSON_HEADS | SPEAKER_TITLE_WORDS
                                    | frozenset({"nominee"})) - NOT_PERSON_HEADS

# Words that stand before a title with no article ("former congressman Jon Orm", "senior
# adviser Ada Vell", "vice presidential nominee Tim Kaine"): a title's modifiers, read back
# from the head when no comma sets the phrase off before the name, or no article,
# possessive or preposition opens it within reach, so a verb before the title ("the police
# detain former aide Ada Vell") is never taken into the description. The title words themselves ("deputy", "vice", "campaign"), the
# cues of a title held ("former", "then") and the adjectives of offices and tenure.
TITLE_MODIFIERS: frozenset[str] = SPEAKER_TITLE_WORDS | TITLE_WORDS | HELD_TITLE_CUES | frozenset(
    """
    top longtime acting interim incumbent outgoing retired presidential vice-presidential
    gubernatorial mayoral congressional senatorial parliamentary party
    police fire army military union company hospital court prison port school city
    """.split()
)
# (the last line: institutions that name whose title it is, "police chief", "fire chief",
# "union leader", "hospital director", "port official"; s12)

# Prepositions that open a description's complement ("the husband of Ada Vell", "a former
# congressman from Velm") or stand before a description's first word ("on a laptop
# belonging to Ms. Vell's estranged husband"), and the most words a complement runs to.
DESCRIPTOR_PREPOSITIONS: frozenset[str] = frozenset("of for from at in with to on by".split())
DESCRIPTOR_COMPLEMENT_MAX = 6
# The most words between a description's opener (article, possessive, preposition) and its
# head read back from the head, in an apposition a comma sets off before the name: "Ms.
# Vell's estranged husband, Jon Orm" (1), "her longtime top aide, Ada Vell" (2); a longer
# run is as often a clause ("the police detain former aide, ..."). Without the comma only
# title modifiers are read: "pays tribute to her late father Derek" (a SemEval headline's
# own first sentence, read outside the gold set) is the claim's object.
DESCRIPTOR_MODIFIERS_MAX = 2
