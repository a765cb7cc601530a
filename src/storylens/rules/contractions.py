"""Contractions a quote may be written with or without: one outlet prints "We'll" where
another prints "We will", "don't" / "do not", "it's" / "it is". The words said are the
same (a house style, or a transcript's). One table, read two ways: the shared-quote
lookup (``findings.shared_quote``) reads each contraction as its full words
(:func:`expand`), and the quote diff (``findings.quote_diff``) folds each full form into
its contraction before two runs of words are compared (:func:`fold`, many-to-one: "we
would" and "we had" are both "we'd"). Keys are ``normalize.norm_key`` keys (lower case,
straight apostrophe).

Source: the standard English verb and negative contractions (Quirk et al., *A
Comprehensive Grammar of the English Language*, §3.23 and §10.56, the enclitic forms of
"will", "would", "be", "have" and "not"). Ambiguous forms take one reading when expanded:
"'d" is read "would" (its "had" reading goes with a past participle, which "would" never
precedes, so no two quotes are joined wrongly by it), "'s" only after a third-person or
wh-word host and read "is" ("Nancy's", a possessive, stays), "ain't" is left as it is (it
stands for "am not", "is not", "are not", "has not" or "have not").
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
# Verbs that take "n't" (the generic negative: "don't", "isn't", "wouldn't", ...).
NEGATABLE: frozenset[str] = frozenset(
    "do does did is are was were has have had would should could must need might dare "
    "ought".split()
)
# The enclitics and the full words each stands for (Quirk et al. §3.23); the first is the
# one :func:`expand` reads, every one folds into it ("we had" and "we would" are "we'd",
# "it has" and "it is" "it's", "let us" "let's").
ENCLITIC_WORDS: dict[str, tuple[str, ...]] = {
    "ll": ("will", "shall"),
    "re": ("are",),
    "ve": ("have",),
    "m": ("am",),
    "d": ("would", "had"),
    "s": ("is", "has", "us"),
}
# The words a clitic attaches to as an auxiliary ("we'll", "there's", "let's"): pronouns,
# "there"/"here", demonstratives, wh-words and "let". After any other word "'s" is a
# possessive ("Lund's"), never "Lund is".
CLITIC_HOSTS: frozenset[str] = frozenset(
    "i you he she it we they there here that this what who where when why how let".split()
)
# Hosts after which "'s" is read "is" when expanded: a third-person or wh-word host ("it's",
# "there's", "who's"); "let's" is IRREGULAR, and "'s" after "i", "you", "we", "they" is no
# contraction anyone writes.
IS_AFTER: frozenset[str] = CLITIC_HOSTS - frozenset("i you we they let".split())

# Read by expand: a verb enclitic after any word ("we'll", "they're", "we've", "i'm",
# "she'd"); "'s" only after IS_AFTER.
ENCLITICS: dict[str, str] = {
    "'" + c: words[0] for c, words in ENCLITIC_WORDS.items() if c != "s"}
# Read by fold: a full word and its enclitic ("will": "ll", "had": "d", "us": "s").
CLITICS: dict[str, str] = {w: c for c, words in ENCLITIC_WORDS.items() for w in words}
# Read by fold: a verb whose negative is not the verb and "n't" ("will" -> "won't"), and the
# one-word negative put as its contraction ("cannot" -> "can't").
IRREGULAR_NOT: dict[str, str] = {
    full[0]: form for form, full in IRREGULAR.items() if full[1] == "not" and "'" in form}
ONE_WORD_NOT: dict[str, str] = {
    form: IRREGULAR_NOT[full[0]] for form, full in IRREGULAR.items()
    if full[1] == "not" and "'" not in form}


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


def fold(run: str) -> str:
    """A run of keys with each full form folded into its contraction: "we will not" is "we
    won't", "they are" "they're", "cannot" "can't". "not" first, then the clitics: "will
    not" is "won't", never "'ll not"; "us" only after "let"."""
    words = [ONE_WORD_NOT.get(w, w) for w in run.split()]
    out: list[str] = []
    for w in words:
        if w == "not" and out and (out[-1] in NEGATABLE or out[-1] in IRREGULAR_NOT):
            prev = out.pop()
            out.append(IRREGULAR_NOT.get(prev, prev + "n't"))
        else:
            out.append(w)
    words, out = out, []
    for w in words:
        if w in CLITICS and out and out[-1] in CLITIC_HOSTS and not (
                w == "us" and out[-1] != "let"):
            out.append(out.pop() + "'" + CLITICS[w])
        else:
            out.append(w)
    return " ".join(out)


def is_function_contraction(key: str) -> bool:
    """Whether a key is a pronoun's or an auxiliary's contraction ("we'll", "they're",
    "don't", "couldn't"): a function word, never a name."""
    host, _, clitic = key.partition("'")
    if not clitic:
        return False
    if clitic == "t" and host.endswith("n"):
        return host[:-1] in NEGATABLE or key in IRREGULAR
    return host in CLITIC_HOSTS and clitic in CLITICS.values()
