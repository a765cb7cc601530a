"""Speaker phrases: the name or description before or after a cue, and who a pronoun is."""

from __future__ import annotations

import re

from ...rules.attribution import (
    CALENDAR_WORDS,
    CONNECTIVES,
    DETERMINERS,
    EVIDENCE_NOUNS,
    GROUP_NOUNS,
    HONORIFIC_TAILS,
    NAME_INNER,
    NOT_SUBJECT_NAMES,
    PREPOSITIONS,
    PRONOUNS,
    STATEMENT_NOUNS,
    STOP_WORDS,
    SUBJECT_BREAKS,
    SUBJECT_MAX_WORDS,
    TIME_FILLERS,
    TIME_OPENERS,
    TIME_WORDS,
    TITLE_WORDS,
    TITLED_SUBJECT_HONORIFICS,
    TITLED_SUBJECT_VERBS,
)
from ...rules.clauses import INDEFINITE_SUBJECTS, LY_NOT_ADVERBS, SUBJECT_LEAD_WORDS
from ...rules.words import TITLE_WORDS as NAME_TITLE_WORDS
from .pronouns import surname
from .tokens import _cue_at, _index_at, _is_quote_tok, _Tok, date_at, is_possessive


def _speaker_back(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """Speaker phrase ending just before token index ``k`` (exclusive), or None. A time
    phrase between the subject and its cue is passed over ("Trump on Tuesday said")."""
    t0 = time_phrase_before(toks, k)
    if t0 < k:
        return _speaker_back(toks, t0)
    if k >= 2 and toks[k - 1].text == ",":
        return _appositive_back(toks, k - 1)
    if k >= 3 and toks[k - 1].text == ")":
        # "House Speaker Paul D. Ryan (R-Wis.) said": skip the parenthesis
        opening = next((m for m in range(k - 2, max(-1, k - 10), -1) if toks[m].text == "("), None)
        if opening is not None and opening > 0:
            name = _phrase_back(toks, opening)
            if name is not None:
                return (name[0], toks[k - 1].end)
        return None
    return _phrase_back(toks, k)


# Most words of a time phrase between a subject and its cue ("on the same day": four).
MAX_TIME_WORDS = 5


def time_phrase_before(toks: list[_Tok], k: int) -> int:
    """Where a time phrase that ends just before token ``k`` starts, when it sits between
    a subject and its cue: "Trump on Tuesday said", "Iran's Foreign Ministry on the same
    day dismissed", "Coveney yesterday urged", "Zomato last week announced", "the Ogun
    command, on Wednesday confirmed", "who in 2010 said". ``k`` when there is none: the
    phrase needs a day, date or time noun ("this" alone is none), a preposition or a
    time adverb first ("Theresa May said" is a name), and a word of the subject before."""
    i = k
    while i > 0 and k - i < MAX_TIME_WORDS:
        t = toks[i - 1]
        if t.low in TIME_WORDS or t.low in TIME_FILLERS or t.text[0].isdigit():
            i -= 1
            continue
        break
    run = toks[i:k]
    if not any(
        (t.low in TIME_WORDS and t.low not in ("last", "this"))
        or t.text[0].isdigit()
        or t.low in ("day", "days")
        for t in run
    ):
        return k
    if i > 0 and toks[i - 1].low in TIME_OPENERS:
        i -= 1  # "on Tuesday", "in 2010", "during the night"
    elif run[0].low not in TIME_OPENERS and run[0].low not in CALENDAR_WORDS and run[0].low not in (
        "yesterday", "today", "tonight", "last", "this"
    ):
        return k
    if i > 1 and toks[i - 1].text == ",":
        i -= 1  # "the Ogun command, on Wednesday confirmed"
    if i == 0 or not (toks[i - 1].text[0].isalnum() or toks[i - 1].text == ")"):
        return k
    prev = toks[i - 1]
    if not prev.cap and prev.low.endswith(("ed", "en")) and len(prev.low) > 4:
        return k  # "a poll released Friday shows": the time dates the participle
    return i


_OBJECT_PRONOUNS = frozenset("him her them us me".split())


def _plural_noun(t: _Tok) -> bool:
    """``environmentalists``, ``voters``: a lower-case plural that can be a subject by
    itself (not "-ss", "-ous", "-is": "business", "various", "this")."""
    w = t.low
    return len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ys"))


# Most words of a document's subject with its issuer ("a 2014 study by Harvard and the
# University of California at Berkeley found": twelve); other subjects stop at
# SUBJECT_MAX_WORDS.
DOCUMENT_SUBJECT_MAX_WORDS = 16


def _document_subject(words: list[_Tok]) -> bool:
    """``a 2014 study by …``, ``a report from …``: a determiner, at most two modifiers, a
    document noun and the preposition naming its issuer."""
    if not words or words[0].low not in DETERMINERS:
        return False
    for i in range(1, min(4, len(words) - 1)):
        if words[i].low in EVIDENCE_NOUNS or words[i].low in STATEMENT_NOUNS:
            return words[i + 1].low in ("by", "from", "of")
    return False


def subject_phrase(toks: list[_Tok], cs: int) -> tuple[int, int] | None:
    """The whole noun phrase opening the clause of a cue at ``cs`` (``Experts on North
    Korea and nuclear nonproliferation said``): the words back to a comma, semicolon,
    colon, dash or the sentence start, when none of them can only be a verb, a relative or
    a subordinator (``SUBJECT_BREAKS``), no word is a past form in lower case ("led",
    "bordering" end it) and the phrase has a noun-like head (not an adverb or pronoun).
    The fallback when :func:`_speaker_back` finds no name, title or group noun. A time
    phrase before the cue is no part of it ("Austria's Conservatives led by Kurz on
    Monday agreed")."""
    i = time_phrase_before(toks, cs) - 1
    words: list[_Tok] = []
    while i >= 0 and len(words) <= DOCUMENT_SUBJECT_MAX_WORDS:
        t = toks[i]
        if t.text in (",", ";", ":", "-", "--", "—", "–", "(", ")") or _is_quote_tok(t):
            break
        if t.text == "." and i > 0 and toks[i - 1].end == t.start:
            words.append(t)  # "E.U.": the abbreviation's last dot
            i -= 1
            continue
        if not (t.text[0].isalnum() or t.low in ("'s", "’s", "/", "&")):
            return None
        in_name = t.cap and i > 0 and toks[i - 1].cap  # "Theresa May"
        to_object = (  # "those close to him", "officials close to the mayor"
            t.low == "to"
            and words
            and (words[-1].low in _OBJECT_PRONOUNS or words[-1].low in DETERMINERS)
        )
        if (t.low in SUBJECT_BREAKS and not in_name and not to_object) or (
            t.low in _OBJECT_PRONOUNS
            and not (i > 0 and toks[i - 1].low in PREPOSITIONS)  # "those close to him"
        ):
            return None
        if _cue_at(toks, i, True):
            return None
        if t.low.endswith(("n't", "n’t")) or (words and t.low in PRONOUNS):
            return None  # "they can't", "they made": a clause, not a noun phrase
        if (
            words
            and t.low.endswith("ly")
            and t.low not in LY_NOT_ADVERBS
            and not t.cap
            and i > 0
            and toks[i - 1].text[0].isalnum()
        ):
            return None  # "the nominee currently sits": an adverb before a verb
        if not t.cap and t.low.endswith(("ed", "ing")) and len(t.low) > 4:
            return None  # "the states led by", "countries bordering": a verb inside
        words.append(t)
        i -= 1
    if not words or len(words) > DOCUMENT_SUBJECT_MAX_WORDS:
        return None
    words.reverse()
    while words and words[0].low in SUBJECT_LEAD_WORDS:
        words = words[1:]
    if len(words) > SUBJECT_MAX_WORDS and not _document_subject(words):
        return None
    if not words:
        return None
    head, first = words[-1], words[0]
    if head.low in PRONOUNS or head.low in STOP_WORDS or head.low in PREPOSITIONS:
        return None
    if (head.low.endswith("ly") and head.low not in LY_NOT_ADVERBS) or (
        head.low in ("'s", "’s") or not head.text[0].isalpha()
    ):
        return None  # "the nominee currently": an adverb; "lawyers for the family" a noun
    if first.low in PREPOSITIONS or first.low in STOP_WORDS:
        return None  # "In 1986 …": an adverbial, not a subject
    if len(words) == 1 and not (
        head.cap or head.low in GROUP_NOUNS or head.low in INDEFINITE_SUBJECTS or _plural_noun(head)
    ):
        return None
    return (first.start, head.end)


def _appositive_back(toks: list[_Tok], comma: int) -> tuple[int, int] | None:
    """``Richard Revesz, director of the Institute, said``: name, appositive, cue."""
    prev = next(
        (
            m
            for m in range(comma - 1, max(-1, comma - 20), -1)
            if toks[m].text in ",;:" or _is_quote_tok(toks[m])
        ),
        None,
    )
    if prev is None or toks[prev].text != ",":
        return None
    app = toks[prev + 1 : comma]
    if not app:
        return None
    if app[0].low.endswith("ing") and not app[0].cap and len(app) >= 2:
        # "Trump, speaking to a veterans group in Virginia, said": the name speaks
        name = _phrase_back(toks, prev)
        if name is not None and toks[_index_at(toks, name[0])].cap:
            start = _index_at(toks, name[0])
            if start == 0 or toks[start - 1].text in (",", ":", ";"):
                return name
        return None
    if _set_off_adverbial(app):
        # "The board, in a statement on Friday, said", "Lund, however, said": an
        # adverbial or a connective set off by commas sits between subject and cue
        name = _phrase_back(toks, prev)
        if name is None:
            return None
        start = _index_at(toks, name[0])
        first = toks[start]
        if (start == 0 or toks[start - 1].text in (",", ":", ";")) and (
            first.cap or first.low in DETERMINERS or first.low in GROUP_NOUNS
        ):
            return name
        return None
    if app[0].low in ("who", "whose", "which") and prev >= 1:
        # "Mr. Obama, who understood …, told" / "X, president of Y, which represents …,
        # said": a relative clause set off by commas is the narrator's aside about the
        # speaker, not the speaker phrase (PolNeAR's source spans end before it)
        if toks[prev - 1].text == ",":
            return None
        inner = _appositive_back(toks, prev)
        if inner is not None:
            return inner
        name = _phrase_back(toks, prev)
        if name is None or not toks[_index_at(toks, name[0])].cap:
            return None
        start = _index_at(toks, name[0])
        if start > 0 and toks[start - 1].text not in (",", ":", ";") and not _is_quote_tok(
            toks[start - 1]
        ):
            return None
        return name
    if any(_cue_at(toks, m, True) for m in range(prev + 1, comma)):
        return None
    if not (
        app[0].low in DETERMINERS
        or app[0].low in TITLE_WORDS
        or app[0].cap
        or app[0].low in ("who", "whose")
    ):
        return None
    if (app[0].low in STOP_WORDS and app[0].low not in ("who", "whose")) or app[0].low in PRONOUNS:
        return None
    name = _phrase_back(toks, prev)
    if name is None or not toks[_index_at(toks, name[0])].cap:
        return _described_name(toks, prev, app)
    start = _index_at(toks, name[0])
    if (
        start > 0
        and toks[start - 1].text not in (",", ":", ";")
        and not _is_quote_tok(toks[start - 1])
    ):
        return None  # the name must open its clause
    return (name[0], toks[comma - 1].end)


def _set_off_adverbial(app: list[_Tok]) -> bool:
    """The words between two commas are an adverbial of the cue, not an appositive: one
    connective ("however", rules/attribution.CONNECTIVES) or a phrase opened by a
    preposition with no verb ("in a statement", "at a rally in Oria on Friday"; at most
    ``ADVERBIAL_MAX_WORDS`` words; "of"/"for" open descriptions, "with" a companion)."""
    if len(app) == 1:
        return app[0].low in CONNECTIVES
    if app[0].low not in PREPOSITIONS or app[0].low in ("of", "for", "with", "like"):
        return False
    return len(app) <= ADVERBIAL_MAX_WORDS and not any(
        (not t.cap and t.low.endswith(("ed", "ing")) and len(t.low) > 4)
        or t.low in SUBJECT_BREAKS - {"to", "it"}
        or _cue_at([t], 0, True)
        for t in app[1:]
    )


# Most words of an adverbial set off by commas between a subject and its cue.
ADVERBIAL_MAX_WORDS = 10


def _described_name(toks: list[_Tok], prev: int, app: list[_Tok]) -> tuple[int, int] | None:
    """``one of the family's attorneys, Justin Vell, said``: a description opening its
    clause, then the name in apposition (every word capitalised): both are the speaker
    phrase (PolNeAR's source span), whose name part is the name."""
    if not app or len(app) > 4 or not all(t.cap or t.low in NAME_INNER for t in app):
        return None
    if not (app[0].cap and app[-1].cap) or app[0].low in PRONOUNS:
        return None
    desc = subject_phrase(toks, prev)
    if desc is None:
        return None
    start = _index_at(toks, desc[0])
    if start > 0 and toks[start - 1].text not in (",", ":", ";"):
        return None
    if toks[start].cap:
        return None  # a capitalised phrase before: a name or place, read above
    return (desc[0], app[-1].end)


def _phrase_back(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    words: list[_Tok] = []
    i = k - 1
    while i >= 0 and len(words) < 12:
        t = toks[i]
        low = t.low
        in_name = t.cap and i > 0 and toks[i - 1].cap and toks[i - 1].text[0].isalpha()
        if not (t.text[0].isalnum() or low in ("'s", "’s")) or (low in STOP_WORDS and not in_name):
            break  # ("Theresa May said": a capitalised stop word inside a name)
        if low in PREPOSITIONS and low not in ("of", "for"):
            # "Hospitals in Port Vella said": a one-word head opening the clause
            if (
                low in ("in", "at", "from")
                and i >= 1
                and toks[i - 1].text[0].isalpha()
                and toks[i - 1].low not in STOP_WORDS | PREPOSITIONS
                and (i == 1 or not toks[i - 2].text[0].isalnum())
            ):
                words.extend([t, toks[i - 1]])
            break
        words.append(t)
        i -= 1
    if not words:
        return None
    words.reverse()
    if words[-1].low in PRONOUNS:
        return (words[-1].start, words[-1].end)
    # drop leading adverbials ("Monday the minister", "Hammering X once again Y")
    for j in range(len(words) - 1, 0, -1):
        if words[j].low in DETERMINERS and words[j - 1].low not in NAME_INNER:
            words = words[j:]
            break
    return _valid_phrase(words)


def _valid_phrase(words: list[_Tok]) -> tuple[int, int] | None:
    if not words:
        return None
    first = words[0]
    if words[-1].low in GROUP_NOUNS and len(words) <= 3 and not any(w.cap for w in words[1:]):
        return (first.start, words[-1].end)  # "officials", "Foreign policy analysts"
    if first.low in DETERMINERS:
        if len(words) < 2 or words[-1].low in NAME_INNER:
            return None
        return (first.start, words[-1].end)
    # capitalised phrase: every word capitalised, a title word or a name joiner
    ok = [w for w in words if w.cap or w.low in NAME_INNER or w.low in TITLE_WORDS]
    if len(ok) != len(words) or not any(w.cap for w in words):
        # keep the longest capitalised tail ("… spokesman Brian Fallon")
        tail: list[_Tok] = []
        for w in reversed(words):
            if w.cap or w.low in NAME_INNER or w.low in TITLE_WORDS:
                tail.append(w)
            else:
                break
        tail.reverse()
        while tail and not tail[0].cap and tail[0].low not in TITLE_WORDS:
            tail = tail[1:]
        if not tail or not any(w.cap for w in tail):
            return None
        words = tail
    while words and words[-1].low in NAME_INNER:
        words = words[:-1]
    if not words:
        return None
    return (words[0].start, words[-1].end)


def _appositive(toks: list[_Tok], sp: tuple[int, int]) -> tuple[int, int]:
    """Widen ``said X`` to ``said X, a spokesman for Y`` / ``said X, who heads Y`` /
    ``said X, of Y`` when the description runs to the end of the sentence (PolNeAR's
    speaker spans include it), or to a comma before an adverbial (", in a statement") or a
    participle (", adding …"). Not when it holds a cue or a quote (", who said …": another
    attribution)."""
    k = _index_at(toks, sp[1] - 1) + 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return sp
    first = toks[k + 1]
    if not first.text[0].isalnum() or first.low in PRONOUNS or _opens_adverbial(first):
        return sp
    end = None
    for m in range(k + 1, min(len(toks), k + 1 + MAX_APPOSITIVE_TOKENS)):
        t = toks[m]
        if t.text in ".;?!" or _is_quote_tok(t):
            end = m
            break
        if _cue_at(toks, m, True):
            return sp
        if t.text in ",(" and m + 1 < len(toks) and _opens_adverbial(toks[m + 1]):
            end = m + 1 if t.text == "," else m  # "…, the top Democrat on X, in a statement"
            break
    if end is None:
        end = len(toks) if len(toks) <= k + 1 + MAX_APPOSITIVE_TOKENS else None
    if end is None or end <= k + 1:
        return sp
    while end > k + 1 and toks[end - 1].text in ("(", "-", "--", "—"):
        end -= 1
    return (sp[0], toks[end - 1].end)


# Tokens a trailing description of a speaker may take ("…," said Don Fowler, who helmed
# the DNC from 1995 to 1997, during …, and has backed …: 30).
MAX_APPOSITIVE_TOKENS = 40


def _opens_adverbial(t: _Tok) -> bool:
    """A word that opens an adverbial or a participle after a speaker's description
    (", in a statement", ", adding that …", ", according to …"), not more description
    (", of Mayfield church", ", founder and CEO of …")."""
    low = t.low
    if low in PREPOSITIONS or low in ("according", "as", "when", "while", "after", "before"):
        return True
    return not t.cap and low.endswith("ing") and len(low) > 4


def _speaker_fwd(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """Speaker phrase starting at token index ``k``."""
    if k >= len(toks):
        return None
    t0 = toks[k]
    if t0.low in PRONOUNS:
        return (t0.start, t0.end)
    if date_at(toks, k):
        return None  # "released by May 4": a date, not a person named "May"
    words: list[_Tok] = []
    i = k
    det = t0.low in DETERMINERS
    while i < len(toks) and len(words) < 12:
        t = toks[i]
        low = t.low
        if not (t.text[0].isalnum() or low in ("'s", "’s")):
            break
        if low in STOP_WORDS and not (
            low == "and" and words and words[-1].cap and i + 1 < len(toks) and toks[i + 1].cap
        ):
            break
        if low in PREPOSITIONS:
            break
        if low in ("of", "for") and not (
            i + 1 < len(toks) and (toks[i + 1].cap or toks[i + 1].low in DETERMINERS)
        ):
            break
        if not det and not (t.cap or low in NAME_INNER or low in TITLE_WORDS) and not (
            # "said Nerrin police chief Karin Lund": an institution word between a place
            # and a title that stands before a name (the title's tail is kept, as for
            # "… spokesman Brian Fallon"); before, the speaker was "Nerrin" (s12)
            words and i + 2 < len(toks) and toks[i + 1].low in TITLE_WORDS and toks[i + 2].cap
        ):
            break
        if (
            det
            and words
            and t.cap is False
            and low not in NAME_INNER
            and any(w.cap for w in words[1:])
            and low not in TITLE_WORDS
            and not is_possessive(words[-1].low)  # "the Foreign Ministry's website"
            # a document after its issuer's name: "a Washington Post-ABC News poll"
            and not (low in EVIDENCE_NOUNS or low in STATEMENT_NOUNS)
        ):
            break
        words.append(t)
        i += 1
        if not det and t.cap and is_possessive(low) and i < len(toks) and not toks[i].cap:
            det = True  # "Vellaria's census office": a possessive opens a described phrase
    while words and words[-1].low in NAME_INNER | DETERMINERS:
        words.pop()
    if not words:
        return None
    return _valid_phrase(words)


# Two or more capitalised words in a row. Written to try one start per run of word
# characters, hyphens and apostrophes (the run's first capital at a word boundary, taken
# atomically): the plain ``\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+`` retried every capital
# inside a run such as "A-A-A-…" and rescanned the rest of it, quadratic in the run. A
# later start in the same run reaches the same run end, so it cannot succeed where the
# first failed: the matches are the same (the name is group 1 to the match end).
_NAME_SEQ = re.compile(r"(?>(?<![\w'’-])[\w'’-]*?(?<!\w)([A-Z][\w'’-]+))(?:\s++[A-Z][\w'’-]++)+")
_WORD_CHARS = re.compile(r"\w+")


def _name_seq_spans(text: str, a: int, b: int):
    """The capitalised-word sequences the plain pattern finds in ``text[a:b]`` (searched
    from ``a`` to ``b`` in ``text``), each as ``(start, string)``."""
    if 0 < a < b and _WORD_CHARS.match(text, a - 1, a):
        w = _WORD_CHARS.match(text, a, b)
        # the window starts inside a word: no name starts before that word ends
        a = w.end() if w else a
    for m in _NAME_SEQ.finditer(text[a:b]):
        yield a + m.start(1), text[a + m.start(1) : a + m.end()]


def _name_seqs(text: str, a: int, b: int):
    """The sequences of :func:`_name_seq_spans`, each as a string."""
    for _, seq in _name_seq_spans(text, a, b):
        yield seq


# A one-word name as a sentence's subject: "Ohana was well aware of Mendelblit's warnings
# when he …" names another person a later "he" may be (a one-word capital elsewhere is
# as often a place: "in Tehran"); the verb a common one or any regular past ("Brandt
# showed no remorse").
_SUBJECT_NAME = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))([A-Z][a-z]+)\s+"
    r"(?:was|is|has|had|said|says|told|would|will|did|[a-z]{2,}ed)\b"
)
# Characters looked at before the window for the same word written mid-sentence, which
# makes a sentence-opening capital a proper noun ("Amir Ohana … Ohana was"), not a
# common noun that opens a sentence ("Cables were cut").
NAME_EVIDENCE_REACH = 3000


def other_names_at(
    text: str, a: int, b: int, named: str, people_only: bool = False, quoted=None
):
    """``(offset, name)`` for the names other than ``named`` written in ``text[a:b]``, in text order: a run of
    capitalised words, one capitalised word opening a sentence before its verb that the
    text also writes mid-sentence ("Ohana was well aware …"), a courtesy title and a
    surname ("Mr. Morrow", which the run of capitals misses at its stop), or one
    capitalised word a relative "who" or an appositive describes ("angered Quist, who
    runs …", "Morrow, the harbour master, …"). ``people_only``: not the runs of
    capitals, which are as often places and firms (a caller with a name tagger's persons
    has read those already). ``quoted(offset)``: whether an offset lies inside a direct
    quote; a name the speaker mentions there ("a blasphemy against God, who …") is no
    one the narrator's next "he" may mean."""
    own = set(named.split())
    own_key = surname(named)
    found: list[tuple[int, str]] = []
    for m in _SUBJECT_NAME.finditer(text, a, b):
        word = m.group(1)
        if word in own or word in NOT_SUBJECT_NAMES or word in _PLACE_HEADS:
            continue
        if re.search(rf"[\w,]\s+{word}\b", text[max(0, a - NAME_EVIDENCE_REACH) : b]):
            found.append((m.start(1), word))
    for m in _TITLED_NAME.finditer(text, a, b):
        if (m.group(2) or m.group(4)).lower() != own_key:
            found.append((m.start(), m.group(0)))
    for m in _DESCRIBED_NAME.finditer(text, a, b):
        g = 1 if m.group(1) else 2
        word = m.group(g)
        if word not in own and word not in NOT_SUBJECT_NAMES and word not in _PLACE_HEADS:
            found.append((m.start(g), word))
    for start, seq in () if people_only else _name_seq_spans(text, a, b):
        words = [w for w in seq.split() if w not in ("The", "A", "An", "But", "And")]
        while words and words[-1] in HONORIFIC_TAILS:
            words.pop()  # "What Mr" (. Obama): a sentence word and a title, no name
        # a possessive before a name is its modifier: "Howland's Blaine Marston" names
        # Blaine Marston; "St. Peter's Basilica", "New Year's Day" leave one word: no person
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        words = words[owner + 1 :]
        if len(words) < 2 or set(words) <= own:
            continue
        if words[-1] in _PLACE_HEADS:
            continue  # "White House"
        found.append((start, " ".join(words)))
    yield from sorted(f for f in found if quoted is None or not quoted(f[0]))


# "Mr. Morrow", "Mrs Quist": a courtesy title and a surname (the capital run pattern
# stops at the title's full stop, so the name went unseen).
# Only as a subject (opening a sentence, or before its verb): "said he did not support Mr.
# Trump. The difference now, he told me …" still reads as the speaker's (PolNeAR valid:
# an object "Mr. X" as a rival left 9 right "he" speakers bare).
# The titles and verbs: rules/attribution.TITLED_SUBJECT_HONORIFICS, TITLED_SUBJECT_VERBS.
_TITLES = "|".join(TITLED_SUBJECT_HONORIFICS)
_TITLED_NAME = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n)|(?<=, but\s)|(?<=, and\s)|(?<=\bBut\s))"
    rf"({_TITLES})\.?\s+([A-Z][\w'’-]+)"
    rf"|\b({_TITLES})\.?\s+([A-Z][\w'’-]+)"
    rf"(?=\s+(?:[a-z]+ed|{'|'.join(TITLED_SUBJECT_VERBS)})\b)"
)
# One capitalised word a relative clause describes ("The decision angered Quist, who runs
# the ferry line"): a person, whatever the run of capitals says.
# So does an appositive after one capitalised word opening a sentence ("Morrow, the
# harbour master, disagreed"; "However, the board, …" is a connective, NOT_SUBJECT_NAMES).
_DESCRIBED_NAME = re.compile(
    r"\b([A-Z][a-z][\w'’-]*),\s+(?:who|whose)\b"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z][\w'’-]*),\s+(?:a|an|the)\s+[^,.;:\n]{1,60},"
)

# Last words of names that are places, organisations or events, not people.
_PLACE_HEADS = frozenset(
    "Day Eve Year House Street Road Avenue Square Church Basilica Cathedral Mosque "
    "Temple University College School Hospital Party Ministry Department Council Court "
    "Parliament Assembly Committee Commission Agency Office Bank Fund Union Times Post "
    "News Journal Press Airport Station Bridge River Sea Ocean Island Islands City State "
    "States Kingdom Republic Valley Park Centre Center Hall Palace Forces Army Police "
    "Service Corporation Company Group Institute Foundation Association Organization "
    "Organisation Council Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _name_part(speaker: str) -> str:
    """``"Ryan Ellis, a Republican tax consultant"`` -> ``"Ryan Ellis"``; a title before
    the name in an appositive gives the name: ``"Former Vell manager, Ana Lund"`` ->
    ``"Ana Lund"``, as does a description opened by a determiner (``"one of the
    family's attorneys, Justin Vell"`` -> ``"Justin Vell"``)."""
    parts = speaker.split(",", 2)
    first = parts[0].strip()
    if len(parts) > 1:
        head, name = first.split(), parts[1].split()
        if (
            head
            and (head[-1].lower() in TITLE_WORDS or head[-1].lower() in NAME_TITLE_WORDS)
            and 2 <= len(name) <= 4
            and all(w[:1].isupper() for w in name)
            and name[0].lower() not in DETERMINERS
        ):
            return " ".join(name)
        if (
            head
            and head[0].lower() in DETERMINERS
            and 1 <= len(name) <= 4
            and all(w[:1].isupper() for w in name)
            and name[0].lower() not in DETERMINERS
            and len(parts) == 2
        ):
            # "one of the family's attorneys, Justin Vell", "one dispensary, Sunnyside":
            # a description, then the name in apposition
            return " ".join(name)
    return first


def _is_named(speaker: str) -> bool:
    first = speaker.split()[0].lower() if speaker.split() else ""
    return speaker[:1].isupper() and first not in DETERMINERS and first not in PRONOUNS


def _verb_like(toks: list[_Tok], m: int) -> bool:
    t = toks[m]
    return (
        (t.low.endswith("ed") and len(t.low) > 4 and not t.cap)
        or t.low in SUBJECT_BREAKS
        or _cue_at(toks, m, True) is not None
    )


def sentence_subject(toks: list[_Tok]) -> tuple[int, int] | None:
    """The name that opens a sentence and is followed by its verb ("Trump attacked Clinton
    …, saying …"): the speaker of a participial ", saying …" with no other attribution."""
    if not toks or not toks[0].cap or toks[0].low in PRONOUNS:
        return None
    if len(toks) > 1 and not toks[1].cap and toks[0].low.endswith(("ing", "ly")):
        return None  # "Following the strikes, …", "Initially caught off guard, …": no name
    sp = _speaker_fwd(toks, 0)
    if sp is None:
        return None
    end = _index_at(toks, sp[1] - 1) + 1
    if toks[0].low in DETERMINERS:
        # "The minister closed …": a described subject ends at its verb (a past form, an
        # auxiliary or a cue), at most four words
        verb = next((m for m in range(2, min(end, 5)) if _verb_like(toks, m)), None)
        if verb is None and end > 4:
            return None
        end = verb if verb is not None else end
        sp = (toks[0].start, toks[end - 1].end)
    elif (
        end + 1 < len(toks)
        and (toks[end].low in TITLE_WORDS or toks[end].low in NAME_TITLE_WORDS)
        and toks[end + 1].cap
    ):
        # "Norbank UK economist Kallum Vell is …": the employer, the title, then the name
        name = _speaker_fwd(toks, end + 1)
        if name is not None:
            end = _index_at(toks, name[1] - 1) + 1
            sp = (toks[0].start, name[1])
    if end >= len(toks) or not toks[end].text[0].isalpha() or toks[end].cap:
        return None
    if toks[0].low not in DETERMINERS and _modifies_plural(toks, end):
        # "Brine dispensaries across the state opened …": the capitalised word names a
        # kind of thing; the subject is the plural noun it modifies, not the name alone
        return (sp[0], toks[end].end)
    return sp


# Prepositions outside ``PREPOSITIONS`` that continue a subject noun phrase ("shops
# across the state", "dealers near the border", "owners of the mills").
_NOUN_PHRASE_GOES_ON = frozenset("across around near throughout of for".split())


def _modifies_plural(toks: list[_Tok], end: int) -> bool:
    """A lower-case plural noun at ``end`` after a name, then a preposition, a relative or
    a verb: the name is a modifier ("Brine dispensaries across …", "Vellstone shops
    opened"), not the subject ("Vell slams critics" keeps Vell)."""
    if not _plural_noun(toks[end]) or end + 1 >= len(toks):
        return False
    if _verb_like(toks, end) and not _verb_like(toks, end + 1):
        return False  # "Vell slams critics"; but "Media reports said": two verbs, a noun
    nxt = toks[end + 1]
    return (
        nxt.low in PREPOSITIONS
        or nxt.low in _NOUN_PHRASE_GOES_ON
        or nxt.low in ("who", "that", "which")
        or nxt.low in _SUBJECT_END_AUX
        or _verb_like(toks, end + 1)
    )


# Auxiliaries and modals that end a clause's subject ("leaders … have embraced").
_SUBJECT_END_AUX = frozenset(
    "is are was were has have had will would can could may might must should did does do".split()
)
# Most words of a described subject found by :func:`clause_subject`.
CLAUSE_SUBJECT_WORDS = 6


def clause_subject(toks: list[_Tok]) -> tuple[int, int] | None:
    """The subject of a sentence's main clause when :func:`sentence_subject` finds no
    name at its start: after a fronted adverbial and its comma ("In a widely read column,
    two Democratic speechwriters implored her …, arguing that …"), or a described
    subject ("Central European leaders who … have embraced …, warning that …"): a short
    noun phrase (an article, a number or a capital first) up to its verb (a past form in
    "-ed", an auxiliary) or a relative pronoun."""
    if not toks:
        return None
    start = 0
    if (
        toks[0].low in PREPOSITIONS
        or toks[0].low in ("after", "before", "when", "while")
        or (toks[0].low.endswith(("ing", "ly")) and len(toks) > 1 and not toks[1].cap)
    ):  # "Following the strikes, the ministry …", "Initially caught off guard, …"
        comma = next((m for m in range(1, min(len(toks), 16)) if toks[m].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    if start >= len(toks):
        return None
    first = toks[start]
    if not (
        first.cap
        or first.low in DETERMINERS
        or first.text[0].isdigit()
        or first.low in ("two", "three", "four", "several", "many", "some")
    ):
        return None
    if first.low in PRONOUNS or first.low in STOP_WORDS:
        return None
    words: list[_Tok] = []
    for m in range(start, min(len(toks), start + CLAUSE_SUBJECT_WORDS + 1)):
        t = toks[m]
        if t.low in ("who", "which", "that") or t.low in _SUBJECT_END_AUX:
            break
        if not t.cap and t.low.endswith("ed") and len(t.low) > 4 and words:
            break
        if not (t.text[0].isalnum() or t.low in ("'s", "’s")) or t.low in PREPOSITIONS:
            return None
        words.append(t)
    else:
        return None
    if not words or len(words) > CLAUSE_SUBJECT_WORDS:
        return None
    head = words[-1]
    if not (head.cap or head.low in GROUP_NOUNS or _plural_noun(head)):
        return None
    return (words[0].start, head.end)
