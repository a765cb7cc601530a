"""Word classes that say what kind of change two wordings of one quote differ by.

Used by ``findings.quote_diff`` to grade a ``quote_changed`` finding: a changed negation or
number alters what was said; a changed article or determiner does not.
"""

from __future__ import annotations

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

# The order a change kind is reported in when one quote differs in several ways: the
# first present wins (a reversal outweighs a changed number, which outweighs a name).
SEVERITY: tuple[str, ...] = ("negation", "number", "place", "qualifier", "word", "trivial")

# The words a summary uses for each kind (``detail["change"]`` holds the key).
DESCRIPTION: dict[str, str] = {
    "negation": "a negation {verb}",
    "number": "a number changed",
    "place": "a name or place changed",
    "qualifier": "a qualifier {verb}",
    "word": "wording changed",
    "trivial": "a trivial change",
    "extent": "one excerpt is longer",
    # a qualifier that is an editor's bracketed gloss inside the quote marks (gold guide G1)
    "gloss": "an editor's gloss {verb} inside the quote marks",
}


def is_negation(key: str) -> bool:
    return key in NEGATIONS or key.endswith("n't")
