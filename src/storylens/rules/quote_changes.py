"""Word classes that say what kind of change two wordings of one quote differ by.

Used by ``findings.quote_diff`` to grade a ``quote_changed`` finding: a changed negation or
number alters what was said; a changed article or determiner does not.
"""

from __future__ import annotations

from .words import DETERMINERS as _NP_DETERMINERS

# Negation: adding or dropping one reverses the statement (Quirk et al., *A Comprehensive
# Grammar of the English Language*, §10.54-10.64: "not/n't", the no-words and "never").
# Tokens ending in "n't" count as negations too (see ``is_negation``).
NEGATIONS: frozenset[str] = frozenset(
    "not no never nothing nobody none neither nor nowhere cannot without".split()
)

# Number words read as values, so "two" and "2" are one number (cardinals up to twenty,
# round multipliers). Values are what a changed-number check compares.
NUMBER_WORDS: dict[str, float] = {
    **{
        w: float(i)
        for i, w in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
        )
    },
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12.0,
    "half": 0.5,
    "twice": 2.0,
    "once": 1.0,
}

# Words whose swap or loss does not change what was said: articles, demonstrative and
# possessive determiners, and discourse fillers. "any single cent" / "a single cent" and
# "our motherland" / "the motherland" (a translator's choice) are the cases they cover.
# Modals (would/could), quantifiers (all/some/most) and prepositions are NOT here: they
# change meaning.
TRIVIAL_WORDS: frozenset[str] = frozenset(
    "a an the any this that these those our their its his her my your and so but then "
    "just also well oh yes now here there".split()
)

# Intensifiers (Quirk et al. §8.104-8.112, "emphasizers" and "amplifiers" that heighten
# a statement without narrowing or widening it): "will never, ever be" / "will never be"
# says the same, louder (a real case, read as a dropped qualifier). Downtoners and
# restrictives ("only", "partly", "almost", "nearly") are NOT here: they change what was
# claimed. Words that can also be content ("real", "total") are left out.
EMPHASIS: frozenset[str] = frozenset(
    "ever very really truly absolutely totally extremely indeed certainly definitely "
    "simply actually literally surely".split()
)

# Determiners that open a noun phrase. Words added or dropped that start with one and hold
# a content word are a whole phrase ("win the election by a little" / "win by a little",
# a real case in two transcripts of one remark): the statement is told with or without
# it, not narrowed by a modifier. A name, number or negation in the phrase is still graded
# as such (those checks come first).
DETERMINERS: frozenset[str] = _NP_DETERMINERS  # rules/words.DETERMINERS

# Function words (rules.words.STOPWORDS) that still narrow or widen a claim when added or
# dropped: quantifiers and the restrictive and additive focusing adverbs (Quirk et al.
# §8.116-8.121: "only", "even", "also"-type subjuncts; "all" / "some" / "most"). Any other
# function word added or dropped alone ("I'd rather have you be" / "I'd rather you be",
# two transcripts of one remark: a real case read as a dropped qualifier) is wording
# (kind "function").
SCOPE_WORDS: frozenset[str] = frozenset(
    "only all some most few more less each both every even still again already yet "
    "too".split()
)

# The order a change kind is reported in when one quote differs in several ways: the
# first present wins (a reversal outweighs a changed number, which outweighs a name).
SEVERITY: tuple[str, ...] = (
    "negation", "number", "place", "qualifier", "word", "phrase", "emphasis", "function",
    "trivial")

# Kinds that change what was said, not how it was worded (issue 11: a dropped or added
# qualifier, a changed place or number, negation): findings of rule
# ``quote_changed.meaning``; the others (word, phrase, emphasis, function) are
# ``quote_changed.wording``.
MEANINGFUL: frozenset[str] = frozenset({"negation", "number", "place", "qualifier", "speaker"})

# The words a summary uses for each kind (``detail["change"]`` holds the key).
DESCRIPTION: dict[str, str] = {
    "negation": "a negation {verb}",
    "number": "a number changed",
    "place": "a name or place {verb}",
    "qualifier": "a qualifier {verb}",
    "word": "wording changed",
    "phrase": "a phrase {verb}",
    "emphasis": "an intensifier {verb}",
    "function": "a function word {verb}",
    "trivial": "a trivial change",
    "extent": "one excerpt is longer",
    # the same words given to another named person (findings.quote_speakers, session 10)
    "speaker": "the speaker changed",
    # a qualifier that is an editor's bracketed gloss inside the quote marks (gold guide G1)
    "gloss": "an editor's gloss {verb} inside the quote marks",
}


# Why each kind is (or is not) a change of meaning: the second half of a finding's
# one-line explanation (``detail["explanation"]``).
WHY: dict[str, str] = {
    "negation": "the statement is reversed",
    "number": "the figure differs",
    "place": "it names another person, place or scope",
    "qualifier": "the claim is narrowed or widened",
    "word": "other words for the same statement (a translation or an editor's choice)",
    "phrase": "the statement is told with or without a phrase it does not depend on",
    "emphasis": "emphasis only, the claim is the same",
    "function": "grammar, not what was said",
    "gloss": "words that are not the speaker's are put inside the quote marks",
    "speaker": "the same words are given to another person",
}

def is_negation(key: str) -> bool:
    return key in NEGATIONS or key.endswith("n't")
