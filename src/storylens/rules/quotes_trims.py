"""Words an outlet may leave out of a quote, or write another way, without changing its claim.

Used by ``findings.quotes`` (the quote-change finder): a quote one outlet gives shorter
than another, or with one negated predicate written another way, is the same quote when
what is left out adds no claim of its own, and when the two forms say the same thing.
What changes a quote is a word replaced or added that changes its claim (a number, a
negation, a name, a verb of another meaning, a hedge), or a deletion that removes one (a
negation, a number, a named party, a condition); those stay with ``findings.quote_diff``.

Session 34: invented t211-t220's held-out read (session 33) read 10 of 14 quote changes
right, its four wrong all trims of this kind (t214 "No company[, however large,] is above
the law", t216 "We will not be held hostage [by criminals]", t219 "culture cannot be an
exception" / "culture will be no exception"; t220's cut end is not read here: an end cut
of a prepositional modifier, "the right one [for our children and grandchildren]", the
shape dev keys as a change in 18 of its 21 findings, "for myself", "with stones", "against
journalists"). Also dev d227's trap ("does not [even] keep pace with inflation").
"""

from __future__ import annotations

# Openers of a concessive aside of the universal kind (Quirk et al., *A Comprehensive
# Grammar of the English Language*, "universal conditional-concessive clauses": "however
# large", "no matter how rich"), set off by commas inside the quote: "No company, however
# large, is above the law". The aside ranges over every value of its scale, so the clause
# claims what it claims whatever the value is; cut out, the claim is the same. Not "however"
# alone (the contrast connective: "No company, however, is above the law") and not a clause
# ("however much we want to"): at most CONCESSIVE_ASIDE_WORDS words after the opener.
CONCESSIVE_ASIDE_OPENERS: tuple[tuple[str, ...], ...] = (
    ("however",),
    ("no", "matter", "how"),
)
CONCESSIVE_ASIDE_WORDS = 2

# Heads of a negated passive of a refusal or a prohibition, read in the clause before a
# "by" agent phrase ("We will not be held hostage by criminals", "Our nurses must not be
# bullied by landlords"): modal, negation, "be". The claim is the refusal; an agent
# written as a bare plural ("by criminals", "by greedy landlords") names no party (a
# generic noun phrase: Carlson 1977, "Reference to kinds in English") and adds no claim of
# its own, so a quote without it is a shorter quote. A past or present denial ("We were
# not paid by contractors") states a fact about who did it, and stays a change; so does a
# named, counted or definite agent ("by the unions", "by Corvell", "by 12 men"). Read only
# inside a quote, the rest word for word: dev d46 keys "We will not allow the capital to
# be held hostage [by looters]" cut at the quote's end as a change ("removing the
# minister's label for the crowd"), where t216's key calls "[by criminals]," cut inside
# the quote a trim; the end cut stays with quote_diff's edge rules (the two keys disagree
# on the one shape: a label for people the story is about may be a claim).
# Review 34: only a modal of will or obligation; an ability or a hypothetical ("This spill
# cannot be cleaned by volunteers", "would not be approved by regulators") says who can
# or would, and the agent is its claim.
REFUSAL_PASSIVE_HEADS: tuple[tuple[str, ...], ...] = (
    ("will", "not", "be"),
    ("will", "never", "be"),
    ("won't", "be"),
    ("shall", "not", "be"),
    ("must", "not", "be"),
    ("mustn't", "be"),
)
# The refusal is the speaker's side's: a first-person word as the head's subject, in the
# two words right before it ("We will not be held hostage", "Our nurses must not be
# bullied"; not "We know the dock will not be sold by auctioneers"). A third party's
# clause ("Such failures will not be tolerated by insurers", "Fuel must not be carried by
# tankers") says who would refuse or act, and the agent stays a claim (review 34).
REFUSAL_SUBJECT_WORDS: frozenset[str] = frozenset("we i our my us".split())
# Most words of a generic agent phrase after "by": adjectives and the bare plural noun.
AGENT_PHRASE_WORDS = 3
# Words that make an agent a particular party, not a kind: determiners, possessives and
# quantifiers ("by the unions", "by our rivals", "by some officials").
PARTICULAR_AGENT_WORDS: frozenset[str] = frozenset(
    "the a an this that these those my our your his her its their some any many few "
    "several both all every each no one".split()
)

# Negated predicates written two ways with one meaning: the negation on the verb with an
# indefinite complement, or on the complement ("culture cannot be an exception" /
# "culture will be no exception"; "this will not be a strike" / "this will be no
# strike"). Each form of a row is rewritten as the row's first before two quotes are
# compared again; a quote that differs from the other only there says the same. The
# modal of such a verdict on what something is to be ("cannot be", deontic; "will not
# be", "will be no") is one rule stated, and the negation is kept: "can be an exception"
# or "will be an exception" is no form of a row and stays a reversed statement.
NEGATED_PREDICATE_FORMS: tuple[tuple[str, ...], ...] = (
    ("will be no", "will not be a", "will not be an", "won't be a", "won't be an",
     "cannot be a", "cannot be an", "can not be a", "can not be an", "can't be a",
     "can't be an", "can be no"),
)

# A focusing "even" right after a negation ("does not even keep pace with inflation",
# "never even called us"): a scalar particle that marks what it focuses as the least
# expected case and says the denial louder; what is denied is the same (Karttunen and
# Peters 1979, "Conventional implicature": "even" adds an implicature, not a condition of
# truth). Elsewhere it stays a scope word (rules.quote_changes.SCOPE_WORDS: "we even paid
# the fines" / "we paid the fines", an additive focus), and so does "even" before a
# conditional or concessive subordinator ("not even if", "not even though"), which opens a
# clause of its own.
NEGATION_FOCUS_REINFORCERS: frozenset[str] = frozenset({"even"})
# A negative determiner before "even" makes it the adjective ("no even split", "no even
# number"), not a focusing particle (review 34).
NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"no"})
CONDITIONAL_AFTER_FOCUS: frozenset[str] = frozenset("if though when so as".split())

# Session 35: intensifiers cut or added inside a quote (invented t221's trap, "until we
# know [exactly] what happened"; d223's trap, "found to be in [perfect] order"). An
# emphasizer or amplifier heightens what it modifies and narrows or widens nothing (Quirk
# et al., *A Comprehensive Grammar of the English Language*, §8.99-8.105 on emphasizer and
# maximizer adverbs, §7.33-7.35 on intensifying adjectives): the claim is the same, louder.
# Only where no negation in its clause reaches it (findings.quote_diff._negated): "we do not
# know exactly what happened" knows part of it, "not in perfect order" may be in working
# order, so there the word grades the denial and stays a change (as rules.quote_changes.
# EMPHASIS does after a negation).
# Emphasizing adverbs beside rules.quote_changes.EMPHASIS (not listed there: those two are
# also manner adverbs, "measured it precisely"): read as emphasis only before more words of
# their clause ("exactly what happened", "exactly as designed", "precisely the point"), not
# closing it.
INTENSIFYING_ADVERBS: frozenset[str] = frozenset({"exactly", "precisely"})
# Degree adverbs that only amplify a following "too" (Quirk et al. §7.87, premodifiers of
# "too": "far too early", "much too soon", "way too late"): the claim is the "too" clause
# either way (invented t250's trap, 'It is far too early to say' / 'It is too early to
# say', session 36's held-out read). Only right before "too": "far" and "much" are content
# elsewhere ("far from the coast", "much of the town", "way out").
TOO_AMPLIFIERS: frozenset[str] = frozenset({"far", "much", "way"})
# Amplifying adjectives (Quirk et al. §7.33, amplifiers: "perfect nonsense", "utter chaos",
# "complete silence"). Each is also a classifying adjective ("a complete set", "the total
# cost", "a perfect score", "a total ban": how much of a thing), so only before a bare noun
# of state, no determiner, number or possessive right before it ("in perfect order", "in
# complete agreement", "total chaos"); "a complete ban" / "a ban" stays a change. Not "full"
# ("full access", "a full refund": an extent) nor "real" or "true" (content as often), nor
# "absolute", a classifying term as often as not with no determiner ("live in absolute
# poverty", "claims absolute immunity", "wants absolute power": a defined measure or status,
# review35c).
AMPLIFYING_ADJECTIVES: frozenset[str] = frozenset(
    "perfect complete total utter sheer".split())
# Words right before such an adjective that make its noun phrase a state the adjective can
# only heighten: a preposition of state ("in perfect order", "in complete agreement", "with
# complete confidence") or a form of "be" ("it was utter chaos", "is complete nonsense").
# Not the object of another verb, where the adjective says how much of an act or a thing
# ("We demand complete withdrawal", "ordered complete evacuation", "we now have complete
# data") nor after a modal or "to", where "complete" is a verb ("will complete work on the
# levee"; review35c).
AMPLIFIER_FRAMES: frozenset[str] = frozenset(
    "in into with is are was were be been being am 're".split())
# Words right before such an adjective that make it classifying: determiners, possessives,
# quantifiers and numbers are read by the finder; these are the words of that kind it reads.
AMPLIFIER_DETERMINERS: frozenset[str] = frozenset(
    "the a an this that these those my our your his her its their some any many few "
    "several both all every each no one".split()
)

# Phrases of the default domain of the speaker's experience after a superlative: "the
# darkest day for Sankt Veltin [in living memory]" (invented d221's trap, a trim). A
# superlative without a stated domain ranges over what speaker and hearer remember (Quirk
# et al. §7.82 on the superlative's comparison set, read in context), so the phrase
# restates its range; as findings.quote_diff._lifetime reads "in our lives" after "never"
# or "ever". Not a bounded span ("in a decade", "in a generation", "since 2010"): another
# measure, keyed a change in dev (t141, d111).
LIVING_MEMORY_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {("in", "living", "memory"), ("within", "living", "memory")})
# Words right before a superlative that make it grade a noun phrase ("the darkest day",
# "our worst harvest"); "most" / "least" and "-est" forms elsewhere are as often adverbs
# or other words ("at least", "honest").
SUPERLATIVE_OPENERS: frozenset[str] = frozenset("the my our his her its their your".split())

# Partitive prepositions before a superlative (Quirk et al. §7.82, §9.47: "among the
# highest" is one of the top few, "the highest" the top one): one wording that has it and
# one that does not make two claims, where grammar alone would read the word as a function
# word ("are [among] the highest we have ever recorded"; a keyed dev miss, session 35).
# Only before "the" or a possessive and a superlative (findings.quote_diff.
# _partitive_superlative); "spread among the residents" is no such case.
PARTITIVE_PREPOSITIONS: frozenset[tuple[str, ...]] = frozenset({("among",), ("amongst",)})

# Modals before a perfect "have" and what each says of a past event (Quirk et al.
# §4.58-4.62, modals with perfective aspect): "could have" / "might have" a possibility,
# "would have" a certainty on a condition, "must have" an inference, "should have" an
# obligation not met. One put for another of another kind changes the claim: "These fake
# medicines could have killed people" / "… would have killed people" (a keyed dev miss,
# session 35; findings.quote_diff._perfect_modal_change). "would" is read here only: before
# a bare verb it is also "will" put in the past for tense, or a polite form, and stays out
# of rules.quote_changes.MODAL_KINDS.
PERFECT_MODAL_KINDS: dict[str, str] = {
    **{w: "possibility" for w in "could might may can".split()},
    **{w: "certainty" for w in "would will".split()},
    "must": "inference",
    **{w: "obligation" for w in "should ought".split()},
}
# Only before "have" and a past participle (findings.quote_diff._past_form): "have" as a main
# verb or "have to" is no perfect ("Every family must have a permit" / "… should have a
# permit": one obligation, as rules.quote_changes.MODAL_KINDS reads it; review35c).

# Spoken discourse markers (Biber et al., *Longman Grammar of Spoken and Written English*
# §14.3.3, inserts; Quirk et al. §19.57, comment clauses): "I mean", "you know", "you see",
# "look", "listen", "well", "okay", hesitations "um"/"uh". They carry nothing of the claim,
# so a gap of at most MAX_EDITS words between two pieces of a quote another outlet quotes
# is words left out of it when each of its words is a stopword or one of these
# (findings.shared_quote.found_in; real36's "I mean"/"you know" rows). Any other word in
# the gap ("killed deliberately", "only partly": review36b) is a word one outlet adds and
# is told. "like" stays out: it is also a preposition and a verb of the claim.
SPOKEN_FILLER_WORDS: frozenset[str] = frozenset(
    "mean know see look listen well okay ok um uh er erm".split())

# Session 39: prepositional maximizers (Quirk et al. §8.105, §8.108: "in full", "in its
# entirety" are the phrase forms of "fully", "entirely", which rules.quote_changes.EMPHASIS
# already reads as emphasis): "We accept the findings [in full] and apologise" says the
# acceptance louder, not of more (invented t270's trap, session 38's held-out read; dev keys
# "fully complied" / "complied" and "cooperating fully" / "cooperating" as traps too). Only
# where no denial reaches it: "We do not accept the findings in full" accepts part, and
# there the phrase grades the denial (as EMPHASIS after a negation). One value put for
# another ("in full" / "in part") stays a swap.
MAXIMIZER_PHRASES: frozenset[tuple[str, ...]] = frozenset({
    ("in", "full"), ("in", "its", "entirety"), ("in", "their", "entirety")})

# Surname prefixes written two ways (session 39): Gaelic "Mc" is the short form of "Mac"
# ("McEachran" / "MacEachran", "McLeod" / "MacLeod": one family name in two spellings,
# Black, *The Surnames of Scotland*, 1946, on the prefix). Folded at a surname key's start
# only, for linking one speaker's quotes across outlets (findings.quotes.
# same_quote_speaker: invented dev d182, where "MacEachran" in one outlet kept her quote
# unlinked to the wire's "McEachran" and the cut of "At this stage" unseen); the quote's
# words must still agree.
SURNAME_PREFIX_FOLDS: tuple[tuple[str, str], ...] = (("mc", "mac"),)

# Session 40: a closing contrast clause in which the speaker pledges to go on with the
# process ("…no evidence so far that any manager was told to, but we will follow the
# evidence wherever it leads"; "The move was probably not the cause, but we will wait for
# the results"), cut from a quote whose kept words carry a hedge or a limit to the time up
# to now ("so far", "probably": rules.quote_changes.HEDGE_WORDS, HEDGE_PHRASES,
# PRESENT_LIMITERS). The kept hedge already says the finding is provisional; the pledge to
# keep looking or to wait adds no claim of its own (invented dev d271 and d276's traps,
# session 39). First person and a modal of the future only (PLEDGE_SUBJECTS,
# PLEDGE_MODALS), and the verb right after the modal one of carrying on, looking, waiting or
# cooperating (PROCESS_PLEDGE_VERBS): "but we will find more" (a prediction that takes the
# denial back) and "but the police will …" (another's act) stay a dropped contrast, and so
# does every such clause cut from an unhedged claim.
PLEDGE_SUBJECTS: frozenset[str] = frozenset("i we".split())
PLEDGE_MODALS: frozenset[str] = frozenset("will shall".split())
PROCESS_PLEDGE_VERBS: frozenset[str] = frozenset(
    "follow continue keep wait look investigate examine review study pursue monitor "
    "cooperate co-operate work update check".split()
)

# Session 41 (quotes41). Pronouns that stand for something already said (Quirk et al.
# §6.17-6.19, anaphoric reference: "that", "this", "it", "them", "those", "these"), the
# whole object of a prepositional phrase that closes the longer excerpt: "someone has to
# take responsibility [for that]" / "someone has to take responsibility," (invented dev
# t288's trap, session 40's held-out read). The pronoun names nothing the reader does not
# have already; cut off, the claim is the same. Not in a downward context ("I did not vote
# [for it]" / "I did not vote": a denial of one vote made a denial of any;
# findings.quote_diff._downward), nor a personal pronoun of the speaker's or the
# reader's ("for us", "to you": deictic, a party named), nor a pronoun with more words in
# its phrase ("for that decision": a noun named). Only after a noun, whose sense the
# phrase only completes ("responsibility for that", "an apology for it"): after a verb the
# phrase may be what the verb means ("We voted [for it]" / "We voted", "live [with it]" /
# "live"), so a verb's stays a change. A noun is told without a tagger by a derivational
# ending of the nominal kind (Quirk et al. App. I.32-I.35: NOMINAL_ENDINGS) or by an
# article or possessive right before it (NOUN_MARKERS).
ANAPHORIC_OBJECTS: frozenset[str] = frozenset("that this it them those these".split())
NOMINAL_ENDINGS: tuple[str, ...] = (
    "ity", "tion", "sion", "ment", "ness", "ance", "ence", "ship", "ism")
MIN_NOMINAL_CHARS = 6  # "ment" alone of "cement", "ship" of "ship": no derived noun below
NOUN_MARKERS: frozenset[str] = frozenset("a an the my our your his her its their".split())
# The auxiliary of the perfect (Quirk et al. §4.20-4.25): the present perfect's time runs
# up to the moment of speaking, so a "since" adjunct (§9.40) only dates where that span
# starts. Cut from an affirmative perfect clause ("We have spent 4 million crowns on noise
# barriers [since 2022]" / "We have spent 4 million crowns on noise barriers"; invented dev
# t289's trap, session 40's held-out read), the claim keeps its figure and its span to now:
# less detail of when, as "in 1951" (rules.quote_changes.TIME_OPENERS leaves "since" out
# for the denials and pledges it bounds). Not in a downward context ("The boiler had not
# been inspected [since 2023]": a lapse made a never; findings.quote_diff._downward), not
# beside a superlative or a restrictive word ("the strongest storm since 1951"), nor a
# "since" whose object holds a count of its own ("since two weeks ago").
PERFECT_AUXILIARIES: frozenset[str] = frozenset("have has had 've 's 'd".split())
SPAN_START_OPENERS: frozenset[str] = frozenset({"since"})
# A request or advice the speaker makes (Searle's directives; Quirk et al. §11.24-11.27,
# "mitigated directives": "we ask motorists to …", "we urge residents to …", "please …")
# kept after a denial it was conceded beside ("There is no immediate danger to the public,
# but we ask motorists to keep their windows closed" / "We ask motorists to keep their
# windows closed"; invented dev d291's trap, session 41). A directive claims nothing whose
# extent the denial could limit, so cutting the conceded denial leaves the kept words
# whole (findings.quote_diff._contrast_head); the denial is another matter, an omission.
# The subject the speaker's own (DIRECTIVE_SUBJECTS), at most one modal or adverb before
# the verb ("we would ask", "we strongly urge").
DIRECTIVE_SUBJECTS: frozenset[str] = frozenset("i we".split())
DIRECTIVE_VERBS: frozenset[str] = frozenset(
    "ask urge advise encourage request recommend implore beg".split())
DIRECTIVE_MARKERS: frozenset[str] = frozenset({"please"})
