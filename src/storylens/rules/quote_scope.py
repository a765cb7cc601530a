"""Words at the edge of a quote that set the scope of what both outlets' shared words say.

Used by ``findings.shared_quote``: when one outlet's quote has such words at an edge of the
words two outlets share and the other's quote does not, the other is no plain cut of it
("Part of our valley was lost" / "Our valley was lost": a partial loss made total; "all of
the documents were saved" / "The documents were saved"; "… on Friday, if the rain stops" /
"… on Friday": a conditional promise made flat), and the finding says what differs rather
than "gives more of it" (invented dev d78, d79, session 19).
"""

from __future__ import annotations

# Heads of a partitive ("part of", "all of", "most of", "a third of", "the rest of"): Quirk
# et al., *A Comprehensive Grammar of the English Language*, §5.24-5.25 (partitive
# constructions) and §5.16-5.18 (quantifiers). Before the shared words with "of" they
# say how much of what the shared words name is meant. A number ("two of") is one too
# (read by ``rules.quote_changes.NUMBER_WORDS`` or digits).
PARTITIVE_HEADS: frozenset[str] = frozenset(
    "part parts all some most half none much many few each any one several portion "
    "portions share majority minority bulk rest remainder fraction third thirds quarter "
    "quarters percent".split()
)
# Not "both" ("Both of the pilots" / "The pilots": the same two, rules.quote_changes'
# PARTITIVE_QUANTIFIERS leaves it out too), "either" or "neither" (a negation's matter).
# Quantifying determiners and focusing adverbs (Quirk et al. §5.16-5.18, §8.116-8.121)
# that restrict or widen the noun phrase or clause they open: "Most homes were flooded" /
# "Homes were flooded"; "Only the pumps will run" / "The pumps will run". Not the
# intensifiers of rules.quote_changes.EMPHASIS, which heighten without narrowing.
SCOPE_DETERMINERS: frozenset[str] = frozenset(
    "all most some many few several each every only just even merely solely mainly "
    "mostly largely partly almost nearly".split()
)
# Predeterminers that are no quantifier above (Quirk et al. §5.9-5.15: "half", and the
# multipliers "double", "twice"), standing before a determiner: "Half my members now
# refuse the notes" / "My members now refuse …" halves nothing the other says, and against
# "Many of my members …" the one quantity is put for another (held-out t109, session 23:
# told as "adds 'Many of'", hiding the other's "Half"). Not "both" (see above).
PREDETERMINERS: frozenset[str] = frozenset("half double twice".split())
# Number words that are adverbs of frequency (Quirk et al. §8.64), never a count of the
# noun after them: "Once members see the notes …" / "Many members see …" puts no number
# for "Many" (shared_quote._count_lead, review23q). "twice" stands as a predeterminer too
# ("twice the members"), read by _scope_lead, not as a count.
FREQUENCY_ADVERBS: frozenset[str] = frozenset("once twice thrice".split())
# Of those, the quantifiers, which determine a noun phrase (Quirk et al. §5.16-5.18): one
# right before a subject pronoun determines none of the shared words ("Most of all we want
# the families safe" / "We want the families safe": a disjunct, "most of all"; "All we ask
# is …": a fused relative), so it sets no scope (review19e's near miss). The focusing
# adverbs do narrow a pronoun and stay ("Only we can open the sluice" / "We can open …").
SCOPE_QUANTIFIERS: frozenset[str] = frozenset(
    "all most some many few several each every".split())
SUBJECT_PRONOUNS: frozenset[str] = frozenset("i you he she it we they".split())
# Approximators and bounds before a number (Quirk et al. §7.56 on "about", "nearly";
# §6.55 on "at least"): "About forty homes" / "Forty homes" states an estimate as a count.
# Read only before a number: "around the mill" is a place. Each a tuple of keys.
NUMBER_BOUNDS: frozenset[tuple[str, ...]] = frozenset({
    ("about",), ("around",), ("roughly",), ("approximately",), ("nearly",), ("almost",),
    ("over",), ("under",), ("some",), ("up", "to"), ("at", "least"), ("at", "most"),
    ("more", "than"), ("less", "than"), ("fewer", "than"), ("as", "many", "as"),
    ("as", "much", "as"), ("no", "more", "than"), ("no", "fewer", "than"),
})
# Words that open a condition (Quirk et al. §15.33-15.36) after a comma at a quote's end:
# ", if the weather holds", ", unless the river rises", ", as long as the pumps hold". A
# trailing condition cut off makes a conditional claim a flat one. Each a tuple of keys.
CONDITION_HEADS: frozenset[tuple[str, ...]] = frozenset({
    ("if",), ("unless",), ("provided",), ("providing",), ("only", "if"),
    ("as", "long", "as"), ("so", "long", "as"), ("on", "condition"),
})
# An "if" that opens no condition ("if anything", "if you ask me", "if need be") is read by
# rules.quote_changes.is_stock_if, the one reading quote_changed makes too (session 20).
# Determiners that introduce a new referent (Quirk et al. §5.12 on indefinite reference):
# a quote told by "a neighbour", "another engineer", "one farmer" is someone the outlet
# has not yet named, never the named speaker of a quote before it ("the engineer" may
# be her). Read by shared_quote._requoted (review25q): the rest of Marwick's statement
# that "a neighbour said" with a word changed is not her statement requoted.
NEW_REFERENT_DETERMINERS: frozenset[str] = frozenset("a an another one".split())
# Phrases that limit what the shared words claim to a state of things or a stretch of time,
# besides rules.quote_changes.HEDGE_PHRASES ("at this stage", "for now", "as it stands") and
# PRESENT_LIMITERS ("so far", "to date"): read by shared_quote._limiting on the words one
# outlet's quote has at an edge where the other's ends, a fragment woven into its outlet's
# sentence or not. A cut of one is a cut of substance, told with its words, never as "gives
# more of it" nor counted as a shared quote (session 34: invented dev d226's "At this stage",
# d227's "this year", d230's "In its current form", read wrong by reader34 once quote
# changes were off by default). Cuts of emphasis ("even", "in living memory", "however
# large") are none of these and stay a longer excerpt.
# The present form of a thing the claim is about (Quirk et al. §8.79 on adjuncts of
# respect): "In its current form, the act is incompatible …" says nothing of the act amended.
STATE_LIMITERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in (
        "in its current form", "in its present form", "in their current form",
        "in their present form", "as currently drafted", "as it is drafted",
        "as currently written", "as it is written", "in its current state",
        "in its present state",
    )
)
# Nouns of a period that "this" makes a limit of the claim to the current one (Quirk et al.
# §8.55, deictic time position): "the best this government can afford this year" says
# nothing of next year's budget. Not the deictic adverbs or days ("tonight", "on Tuesday":
# when something happened, a longer excerpt, as quote_diff reads a time trim), nor "this
# time" (an occasion, "we lost this time").
LIMITED_PERIODS: frozenset[str] = frozenset(
    "year month week season term quarter winter summer spring autumn decade".split())
# Postmodifiers that limit what the shared words name to what was valid at one time (Quirk
# et al. §17.37-17.39 on postmodifying prepositional phrases; "in force" as a legal state):
# "all fire-safety rules in force at the time" says nothing of the rules as they stand
# now, and a cut of it makes a claim about the rules then a claim about the rules
# (session 35: invented dev d214's "in force at the time", told as "gives more of it").
# Read by shared_quote._limit_span like STATE_LIMITERS, at the edge where the other
# outlet's quote ends. Not "at the time" alone (the time of what happened, as "this week"
# is), nor "in effect" ("it is, in effect, a ban": a comment, no limit), nor "in force"
# alone ("the pickets turned out in force": in great numbers; "the rules in force": the
# rules as they stand, no other time; session 35's review).
VALIDITY_LIMITERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in (
        "in force at the time", "then in force", "then in effect", "in effect at the time",
        "in place at the time", "valid at the time", "applicable at the time",
    )
)
# Subordinators that open a fronted clause of concession or contrast (Quirk et al.
# §15.39-15.41; §15.37 for "whereas" of contrast): "Although the pumps are
# old, the engine room is dry" / "The engine room is dry" drops what the speaker concedes,
# and the claim's stance with it (the same cut as session 34's held-out t223's and t225's
# "X, but", read by rules.quote_changes.CONTRAST_OPENERS, from the other side). Read by
# shared_quote._turned at the start of the cut words' sentence, up to the comma before the
# kept words. Not "however" ("However large the bill, we will pay": a universal concessive
# of emphasis, whose cut stays a longer excerpt), nor "if" (CONDITION_HEADS), nor "despite"
# (a phrase, seldom a clause of its own), nor "while" and "whilst" (as often of time at a
# sentence's head: "While the tugs were refuelled, the pilots waited"), nor "much as" (as
# often of comparison: "Much as it did two winters ago, the port will close"): their cut
# stays a longer excerpt (session 35's review). Each a tuple of keys.
CONCESSIVE_HEADS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in (
        "although", "though", "even though", "whereas", "even if", "granted that",
    )
)
# The first halves of additive correlatives (Quirk et al. on the correlative "not only … but
# also"): a clause holding one, cut with the "but" that closes it, adds the kept claim to
# the cut one and sets it against nothing ("Not only is the outer channel closed, but the
# inner basin is shut as well" / "the inner basin is shut as well": a longer excerpt,
# session 35's review). Read by shared_quote._turned in the cut clause. Each a tuple of keys.
ADDITIVE_CORRELATIVES: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in ("not only", "not just", "not merely", "not simply"))
