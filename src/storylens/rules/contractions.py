"""Contractions a quote may be written with or without: one outlet prints "We'll" where
another prints "We will", "don't" / "do not", "it's" / "it is". The words said are the
same (a house style, or a transcript's), so the shared-quote lookup
(``findings.shared_quote``) reads each contraction as its full words. Keys are
``normalize.norm_key`` keys (lower case, straight apostrophe).

Source: the standard English verb and negative contractions (Quirk et al., *A
Comprehensive Grammar of the English Language*, §3.23 and §10.56, the enclitic forms of
"will", "would", "be", "have" and "not"). Ambiguous forms take one reading: "'d" is read
"would" (its "had" reading goes with a past participle, which "would" never precedes, so
no two quotes are joined wrongly by it), "'s" only after a pronoun or wh-word and read
"is" ("Nancy's", a possessive, stays), "ain't" is left as it is (it stands for "am not",
"is not", "are not", "has not" or "have not").
"""

from __future__ import annotations

# Negatives whose first part is not the verb spelled out: "won't" is "will not"; "can't"
# and the one word "cannot" are both read "can not".
IRREGULAR: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "let's": ("let", "us"),
}
# Verb enclitics after any word: "we'll", "they're", "we've", "i'm", "she'd".
ENCLITICS: dict[str, str] = {"'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would"}
# Words after which "'s" is "is" ("it's", "there's"); after a name it is a possessive.
IS_AFTER: frozenset[str] = frozenset(
    "it he she that there here what who where when how why this".split()
)
# Verbs that take "n't" (the generic negative: "don't", "isn't", "wouldn't", ...).
NEGATABLE: frozenset[str] = frozenset(
    "do does did is are was were has have had would should could must need might dare "
    "ought".split()
)


def expand(key: str) -> tuple[str, ...]:
    """The full words of a contraction key (``"we'll"`` -> ``("we", "will")``), or the
    key alone when it is none."""
    if key in IRREGULAR:
        return IRREGULAR[key]
    if key.endswith("n't") and key[:-3] in NEGATABLE:
        return key[:-3], "not"
    head, apos, tail = key.rpartition("'")
    if apos and head:
        if "'" + tail in ENCLITICS:
            return head, ENCLITICS["'" + tail]
        if tail == "s" and head in IS_AFTER:
            return head, "is"
    return (key,)
