"""Step 3: reported speech per sentence (``X said (that) …``, ``…, X said.``,
``…, according to X``, ``, adding that …``)."""

from __future__ import annotations

import re

from ...rules.attribution import (
    ADVERBIAL_START,
    ARTICLES,
    AS_ATTRIBUTE_FORMS,
    BARE_CLAUSE_LEMMAS,
    BARE_NOT_NOUNS,
    BARE_THOUGHT_LEMMAS,
    CALENDAR_WORDS,
    CLAUSE_ONLY_LEMMAS,
    COMPLEMENT_FORMS,
    COMPLEMENT_VERBS,
    CONNECTIVES,
    CONTINUATION_INGS,
    CUE_FORMS,
    CUE_PREFIX,
    DEMONSTRATIVES,
    DETERMINERS,
    EVIDENCE_FORMS,
    EVIDENCE_NOUNS,
    FRONTED_REACH,
    FRONTED_SUBORDINATORS,
    GET_FORMS,
    GO_FORMS,
    GROUP_NOUNS,
    HEADLINE_SOURCE_NOUNS,
    HOSTING_GUESTS,
    HOSTING_TIMES,
    HOSTING_VERBS,
    IDIOM_OBJECTS,
    IMPERSONAL_ADVERBS,
    IMPERSONAL_AUX,
    IMPERSONAL_VERBS,
    INDIRECT_LEMMAS,
    IRREGULAR_PASTS,
    LABELS,
    LIFE_STAGES,
    LISTENER_LEMMAS,
    NOT_AS_ATTRIBUTES,
    NOT_CALL_OBJECTS,
    NOT_CALL_SUBJECTS,
    NOT_PREDICATE_NOUNS,
    NOUN_COMPLEMENTS,
    NP_FORMS,
    NP_VERBS,
    OBJECT_COMPLEMENT_FORMS,
    PARTICIPLE_ADVERBS,
    PARTICIPLE_LEMMAS,
    PLANNED_SPEECH,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    STANCE_ADJECTIVES,
    STATEMENT_NOUNS,
    STOP_WORDS,
    SUBORDINATORS,
    TIME_WORDS,
    TITLE_WORDS,
    TRAILING_COORDINATORS,
    WH_WORDS,
    cue_lemma,
)
from ...rules.clauses import (
    ADDRESSEE_LEMMAS,
    AS_ASIDE_LEMMAS,
    AUXILIARIES,
    BE_WORDS,
    CALL_OBJECT_BREAKS,
    CHARGE_NOT_FIRST,
    CLAIM_NOUNS,
    CLAUSE_JOINS,
    CLOSING_MARKS,
    COMPLEMENT_PREFIX,
    CONDITION_OPENERS,
    CONTRACTED_IS,
    CONTRAST_WORDS,
    COORD_ADVERBS,
    DASHES,
    DIRECTIVE_LEMMAS,
    DIRECTIVE_PRONOUNS,
    EVIDENCE_TAIL,
    EXPRESS_FORMS,
    EXPRESSED_NOUNS,
    FINITE_AUX,
    FIRST_SECOND,
    FRONTED_PREPOSITIONS,
    GROUP_ADVERBS,
    HEADLINE_CUES,
    HEADLINE_IDIOMS,
    IMPERATIVE_BEFORE,
    INFERENCE_MODALS,
    INQUIRE_LEMMAS,
    LEAD_LINKS,
    LEAD_VERBS,
    LISTENER_WH,
    NOT_BEFORE_FINITE,
    NOT_COMPOUND,
    NOT_EVIDENCE_OBJECTS,
    NOT_LISTENERS,
    NOT_OBJECTS,
    NOT_PARTICIPLES,
    NOUN_FORMS,
    NOUN_PREPOSITIONS,
    OBJECT_PRONOUNS,
    OCCASION_NOUNS,
    OF_CHARGE_LEMMAS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    QUANTIFIERS,
    QUOTED_AS_INGS,
    REFLEXIVES,
    RELATIVE_WORDS,
    SUBJECT_PRONOUNS,
    TIME_EXTRA,
    TITLE_SMALL,
)
from ...rules.quotes_asides import ASIDE_ADJUNCT_WORDS, ASIDE_LISTENER_WORDS, ASIDE_TIME_ADVERBS
from ...rules.quotes_gaps import OBJECT_GAP_PRONOUNS
from .direct import _attr_after, lead_phrase
from .speakers import _phrase_back, _plural_noun, _speaker_back, _speaker_fwd, subject_phrase
from .tokens import (
    _Attr,
    _cue_at,
    _cue_prefix,
    _index_at,
    _is_adverbial,
    _is_quote_tok,
    _Tok,
    date_at,
    inside_marks,
    is_possessive,
    ly_adverb,
    opens_clause,
)

# Words that open a noun phrase or stand for one, and those that determine a noun: each
# union built once, not again for every token it is asked of.
_NP_OPENERS = ARTICLES | DETERMINERS | PRONOUNS
_NP_DETERMINERS = ARTICLES | DETERMINERS | POSSESSIVES


def _cue_soon(toks: list[_Tok], k: int) -> bool:
    """A new attribution within a few words ("…, and the mayor is promising to …")."""
    for m in range(k + 1, min(len(toks), k + 6)):
        t = toks[m]
        if t.text in ",;:" or _is_quote_tok(t):
            return False
        if t.low in COMPLEMENT_FORMS or t.low in NP_FORMS or _cue_at(toks, m, finite_only=True):
            return True
        if t.low.endswith("ing") and toks[m - 1].low in BE_WORDS and t.low in CUE_FORMS:
            return True
    return False


def _new_clause(toks: list[_Tok], k: int) -> bool:
    """After a comma, a participle or a cue opens a new clause ("…, arguing that …")."""
    t = toks[k]
    return (t.low.endswith("ing") and not t.cap) or _cue_at(toks, k, finite_only=True) is not None


def _continues_clause(toks: list[_Tok], j: int) -> bool:
    """The -ing cue at ``j`` continues the sentence's main clause: after a comma (",
    adding that …"), an adverb after a comma (", even suggesting …") or "by" ("responded
    by saying …"). Its subject is the sentence's speaker."""
    if j == 0:
        return False
    prev = toks[j - 1]
    if _after_comma(toks, j) or prev.low == "by":
        return True
    if (
        j + 1 < len(toks)
        and toks[j + 1].low == "that"
        and prev.text[0].isalnum()
        and prev.low not in ARTICLES
        and prev.low not in BE_WORDS
        and any(_past_form(t) or t.low in FINITE_AUX for t in toks[1 : j - 1])
    ):
        # "Vell posted tweets early Friday saying that …": with its that-clause the -ing
        # form reports whatever word it follows, once the main clause has its verb (not
        # "A letter claiming that … reached the board": there the -ing phrase is in the
        # subject, and its clause would run into the main verb)
        return True
    return j >= 2 and prev.low in PARTICIPLE_ADVERBS and toks[j - 2].text == ","


def _name_before_ing(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """``… with Vell declaring that …``: the capitalised name right before an -ing cue
    (not at the sentence start, not after a comma), its subject; None otherwise, and the
    caller takes the sentence's speaker."""
    if j < 2 or not toks[j - 1].cap or toks[j - 2].text in (",", ";", ":"):
        return None
    if toks[j - 1].low in TIME_WORDS:
        return None  # "messages early Friday saying …": a date, not a speaker
    sp = _phrase_back(toks, j)
    if sp is None or _index_at(toks, sp[0]) == 0 or not toks[_index_at(toks, sp[0])].cap:
        return None
    return sp


def _after_comma(toks: list[_Tok], j: int) -> bool:
    """A comma right before ``toks[j]``, or one closing a quote before its mark ('"…,"
    adding that …')."""
    prev = toks[j - 1]
    return prev.text == "," or (j >= 2 and _is_quote_tok(prev) and toks[j - 2].text == ",")


# Most words a subject noun phrase may take before its finite verb ("his efforts to slow
# global warming will be …": seven).
_SUBJECT_SPAN = 8


def _finite_clause(toks: list[_Tok], k: int, bare_noun: bool = False) -> bool:
    """A clause without "that" opens at ``k``: a subject pronoun or a short noun phrase,
    then an auxiliary, a modal or a lower-case past form ("arguing the move was needed",
    "suggesting the debate erased …", "believes his efforts to slow warming will …"),
    before any comma. Not an object ("arguing the case before the court", "calling it a
    disgrace", "expects the plan to be approved": no finite verb follows)."""
    first = toks[k]
    if not first.text[0].isalnum():
        return False
    if first.low in SUBJECT_PRONOUNS:
        m = k + 1
        if m < len(toks) and (toks[m].low in FINITE_AUX or toks[m].low.endswith("n't")):
            return True
        return m < len(toks) and _past_form(toks[m])
    if first.low not in ARTICLES and not first.cap and not (bare_noun and _bare_noun(first)):
        return False
    infinitive = False  # "to" seen: only an auxiliary can still make it a clause
    words = 0
    for m in range(k + 1, len(toks)):
        t = toks[m]
        if _is_quote_tok(t) and m + 1 < len(toks) and toks[m + 1].text[0].isalnum():
            continue  # 'the words "harbour tax" was': a quoted phrase inside the subject
        words += 1
        if words > _SUBJECT_SPAN:
            return False
        if not (t.text[0].isalnum() or t.low in ("'s", "’s", "-")):
            return False
        if t.low in FINITE_AUX:
            return True
        if t.low in WH_WORDS or t.low in SUBORDINATORS or t.low == "that":
            return False  # "a version which appeared", "a man asking why …": no subject
        if not t.cap and t.low.endswith("ing") and len(t.low) > 4 and not infinitive:
            return False  # "rants blaming tainted water …": a participle's phrase (after
            # "to" it is the infinitive's object, "his efforts to slow global warming will")
        prev = toks[m - 1]
        if (
            _past_form(t)
            and not infinitive
            and prev.text[0].isalnum()
            and not prev.low.endswith("ly")  # "a slightly redacted version": an adjective
            and prev.low not in ARTICLES
            and prev.low not in PREPOSITIONS
            and prev.low not in NOT_BEFORE_FINITE
        ):
            return m + 1 < len(toks) and toks[m + 1].text[0].isalnum()
        if t.low == "to":
            infinitive = True
        elif t.low in PREPOSITIONS and t.low != "of":
            return False
    return False


def _bare_noun(t: _Tok) -> bool:
    """A lower-case word that can open a noun phrase with no determiner ("bigotry and
    xenophobia are …", "electric utilities would …"): a letter word that is no function
    word, adverb, participle or verb form."""
    w = t.low
    return (
        w.isalpha()
        and w not in BARE_NOT_NOUNS
        and w not in PREPOSITIONS
        and w not in SUBORDINATORS
        and w not in WH_WORDS
        and w not in FINITE_AUX
        and not w.endswith(("ly", "ing"))
        and not _past_form(t)
        and w not in CUE_FORMS
    )


def _in_condition(toks: list[_Tok]) -> list[bool]:
    """Per token: whether it lies inside an if/unless clause (after the opener, before
    the next comma, semicolon, colon or dash)."""
    out = []
    inside = False
    for t in toks:
        if t.text in (",", ";", ":", "--", "—", "–"):
            inside = False
        out.append(inside)
        if t.low in CONDITION_OPENERS:
            inside = True
    return out


def _aux_soon(toks: list[_Tok], k: int) -> bool:
    """An auxiliary or modal within a few words of ``k``, before any comma, "that" or
    wh-word: a clause whose subject is a bare noun phrase ("maintained police personnel
    had to intervene"), which :func:`_finite_clause` (an article or a capital first) does
    not read."""
    for m in range(k + 1, min(len(toks), k + 5)):
        t = toks[m]
        if t.text in ",;:" or t.low == "that" or t.low in WH_WORDS:
            return False
        if t.low in FINITE_AUX:
            return True
    return False


def _past_form(t: _Tok) -> bool:
    """A lower-case past form ("erased", "rose"): regular ones only ("-ed")."""
    return not t.cap and t.low.endswith("ed") and len(t.low) > 4


def _coordinated_cue(toks: list[_Tok], m: int) -> bool:
    """``and said …`` / ``but also argued that …``: a second finite speech verb of the
    same subject, coordinated without a comma, closes the content before it (the verb,
    not a participle or a noun: "and claims of fraud" stays content)."""
    k = m + 1
    if k < len(toks) and toks[k].low in COORD_ADVERBS:
        k += 1
    if k + 1 >= len(toks):
        return False
    c = _cue_at(toks, k, finite_only=True)
    if c is None:
        return False
    lemma = CUE_FORMS.get(" ".join(t.low for t in toks[c[0] : c[1]]))
    nxt = toks[c[1]] if c[1] < len(toks) else None
    return (
        lemma in INDIRECT_LEMMAS
        and not toks[k].low.endswith("ing")
        and nxt is not None
        and nxt.text[0].isalnum()
        and not nxt.low.endswith("ed")
    )


def _finite_verb(t: _Tok) -> bool:
    """An auxiliary, a contracted verb or a past form: the clause before has a verb."""
    return (
        t.low in FINITE_AUX
        or t.low.endswith(("n't", "n’t", "'re", "’re", "'ve", "’ve"))
        or t.low in CONTRACTED_IS  # not "the family's": a possessive
        or _past_form(t)
    )


def _new_speaker_cue(toks: list[_Tok], i: int) -> bool:
    """``and Democrats accused …`` / ``and she said …``: a new subject (a pronoun, or up
    to three capitalised words) and its own finite cue right after "and": the next
    attribution of the sentence, not more of the reported clause."""
    if i >= len(toks):
        return False
    if toks[i].low in SUBJECT_PRONOUNS and toks[i].low != "it":
        m = i + 1
        while m < len(toks) and (toks[m].low in CUE_PREFIX or ly_adverb(toks, m)):
            m += 1
        return _cue_at(toks, m, finite_only=True) is not None
    return _named_cue(toks, i)


def _clause_end(text: str, toks: list[_Tok], k: int, end: int, in_quote=None) -> int:
    """End of reported content starting at token ``k``: the sentence end without its
    final punctuation (kept when a closing quote mark follows it), or the end of its
    clause: before a ";", before ", and/but <subject>", before ", according to" and before
    a parenthetical ", he said". Marks inside a direct quote never end it."""
    e = end
    for m in range(k + 1, len(toks) - 1):
        t = toks[m]
        if t.start >= end:
            break
        if in_quote is not None and in_quote[m]:
            continue
        if (
            m >= 3
            and _is_quote_tok(toks[m - 1])
            and toks[m - 2].text == ","
            and (in_quote is None or in_quote[m - 1])
            and _breaks_after_comma(toks, m)
        ):
            # '… was "true," but the panel …': the comma sits inside the closing mark
            # (American style); the clause ends after the mark, which it keeps
            e = toks[m - 1].end
            break
        if t.text == ";" or (t.text in ".?!" and _url_like(toks[m + 1])):
            e = t.start  # a ";", or a stop before an embed's link the splitter kept
            break
        if t.low in CLAUSE_JOINS and toks[m - 1].text != "," and _coordinated_cue(toks, m):
            e = toks[m - 1].end  # "… supporting Clinton and said she would …": a new cue
            break
        if (
            t.low == "and"
            and toks[m - 1].text[0].isalnum()
            and not toks[m - 1].cap
            and _new_speaker_cue(toks, m + 1)
            and any(_finite_verb(x) for x in toks[k:m])
        ):
            e = toks[m - 1].end  # "… mishandled the case and Democrats accused …"
            break
        if t.text in DASHES and toks[m - 1].text not in DASHES:
            j = m + 1
            while j < len(toks) and toks[j].text in DASHES:
                j += 1  # "--" is two tokens
            if j + 1 < len(toks) and _breaks_after_comma(toks, j):
                e = t.start  # "… would be more intense -- and he noted that …"
                break
        if t.text != ",":
            continue
        if m + 2 >= len(toks):
            break
        if _breaks_after_comma(toks, m + 1):
            e = t.start
            break
    e = min(e, _fronted_clause_end(toks, k, in_quote))
    while e > toks[k].start and text[e - 1].isspace():
        e -= 1
    if in_quote is not None and e > toks[k].start and text[e - 1] in CLOSING_MARKS:
        last = _index_at(toks, e - 1)
        if last > k and not in_quote[last]:
            # a stray closing mark that closes no quote found (its opening mark was lost
            # or lies in an earlier paragraph): not part of the reported words
            e = toks[last].start
            while e > toks[k].start and text[e - 1].isspace():
                e -= 1
    if e > 0 and text[e - 1] in ".;" and not (e >= 2 and text[e - 2] in ".”\"'"):
        e -= 1
    return _before_final_appositive(toks, k, e, in_quote)


def _fronted_clause_end(toks: list[_Tok], k: int, in_quote=None) -> int:
    """``When Lund told the pilots that the quay would close, their mood changed``: a cue
    inside a fronted subordinate clause (rules/attribution.FRONTED_SUBORDINATORS opens
    the sentence, no comma before the content) reports only up to the comma where the
    main clause opens with its own subject and verb; the words after are the narrator's.
    Returns that comma's offset, or a large number when there is none."""
    none = 1 << 62
    first = 1 if toks and toks[0].low in LEAD_LINKS else 0
    if first >= len(toks) or toks[first].low not in FRONTED_SUBORDINATORS:
        return none
    if k > FRONTED_REACH or any(t.text in ",;:" for t in toks[first + 1 : k]):
        return none  # "After the vote, Lund said …": the cue is in the main clause
    for m in range(k + 1, min(len(toks) - 1, k + FRONTED_REACH)):
        if in_quote is not None and in_quote[m]:
            continue
        if toks[m].text == "," and _main_clause_opens(toks, m + 1):
            return toks[m].start
    return none


def _main_clause_opens(toks: list[_Tok], k: int) -> bool:
    """A subject (a pronoun, or a phrase opened by a determiner or a capital) and its
    finite verb within six words open at ``k`` ("the pilots walked out", "their mood
    changed."), with no comma between."""
    return _main_verb(toks, k) > k


def _main_verb(toks: list[_Tok], k: int) -> int:
    """Index of the finite verb of a main clause opening at ``k`` (see
    ``_main_clause_opens``), else -1. An adverb before it stays out of the subject."""
    first = toks[k]
    if not (first.low in SUBJECT_PRONOUNS or first.low in ARTICLES | DETERMINERS or first.cap):
        return -1
    for m in range(k + 1, min(len(toks), k + 7)):
        t = toks[m]
        if not t.text[0].isalnum():
            return -1
        if t.low in FINITE_AUX or (_past_form(t) and toks[m - 1].low not in ARTICLES):
            return m
    return -1


def _fronted_main_subject(toks: list[_Tok], j: int, in_quote) -> tuple[int, int] | None:
    """``While fans thought it a coincidence, Aayush actually spilled the beans, saying
    …``: the subject of the main clause after a fronted subordinate clause speaks for a
    participle in it (the fronted clause's speaker does not)."""
    first = 1 if toks and toks[0].low in LEAD_LINKS else 0
    if first >= len(toks) or toks[first].low not in FRONTED_SUBORDINATORS:
        return None
    for m in range(first + 1, min(j, FRONTED_REACH)):
        if in_quote[m] or toks[m].text != ",":
            continue
        v = _main_verb(toks, m + 1)
        if v < 0:
            continue
        end = v - 1
        while end > m + 1 and ly_adverb(toks, end):
            end -= 1  # "Aayush actually spilled": the adverb is no part of the name
        return (toks[m + 1].start, toks[end].end) if end < j else None
    return None


# Characters of text besides the headline below which there is no body to look in for
# the headline's speaker (a title alone, a one-line post): 80, about one short sentence.
HEADLINE_BODY_CHARS = 80
# Characters searched on each side of a headline for its speaker's name: a window, so a
# text of many "X: …" lines stays linear (a headline's body follows within a few pages).
HEADLINE_REACH = 6000


def _named_elsewhere(text: str, t: _Tok, s_start: int, s_end: int) -> bool:
    """Whether the word before a headline's colon names someone the article mentions
    outside this sentence, not as a label: "Lund: quay will reopen" over a story that
    quotes Lund. A caption's label ("Photograph: …", "Pooch: Lisa shares …") or an
    upper-case dateline ("PORTVELLA: Thousands of …") is not written elsewhere that way.
    A headline with no body to look in (a title alone) keeps its speaker."""
    if len(text) - (s_end - s_start) < HEADLINE_BODY_CHARS:
        return True
    pattern = re.compile(r"(?<![\w'’])" + re.escape(t.text) + r"(?![\w'’])")
    lo, hi = max(0, s_start - HEADLINE_REACH), min(len(text), s_end + HEADLINE_REACH)
    for m in pattern.finditer(text, lo, hi):
        if s_start <= m.start() < s_end:
            continue
        if not re.match(r"\s*:", text[m.end() : m.end() + 3]):
            return True
    return False


def _breaks_after_comma(toks: list[_Tok], i: int) -> bool:
    """Whether the words from ``toks[i]``, right after a comma, open a new clause that
    ends the reported content: ", and/but <subject>", ", and … <another cue>", ",
    according to", ", he said", a participle of the narrator's (", forcing …")."""
    if i + 1 >= len(toks):
        return False
    a, b = toks[i], toks[i + 1]
    return (
        (a.low in CLAUSE_JOINS and (b.low in SUBJECT_PRONOUNS or b.cap))
        or (a.low in CLAUSE_JOINS and _cue_soon(toks, i + 1))
        or (a.low == "according" and b.low == "to")
        or (a.low in SUBJECT_PRONOUNS and _cue_at(toks, i + 1, finite_only=True) is not None)
        or (a.low.endswith("ing") and not a.cap and a.low not in NOT_PARTICIPLES)
        or _named_cue(toks, i)
    )


def _named_cue(toks: list[_Tok], i: int) -> bool:
    """``…, Ham also noted …``: a name (up to three capitalised words) and its own finite
    cue right after a comma open the next attribution (the sentence's main clause after
    "While he acknowledged …,"), so the content before ends at the comma."""
    m = i
    while m < len(toks) and m - i < 3 and toks[m].cap and toks[m].text[0].isalpha():
        m += 1
    if m == i:
        return False
    while m < len(toks) and (toks[m].low in CUE_PREFIX or ly_adverb(toks, m)):
        m += 1
    return _cue_at(toks, m, finite_only=True) is not None


def _clause_after_adverbial(toks: list[_Tok], k: int) -> int | None:
    """``said on Tuesday the harbour board would …`` / ``said in a statement the quay
    was …``: the index of a clause opened by a noun phrase (an article, a determiner, a
    name or a number, then a finite verb: :func:`_finite_clause`) right after a short
    time or occasion phrase at ``k``; None otherwise. The phrase must hold a time word or
    an occasion noun, so "said the plan …" (handled elsewhere) and "said about 20 people
    were …" are not read here."""
    m = k
    anchored = False
    while m < min(len(toks), k + 6):
        t = toks[m]
        if t.low in TIME_WORDS or t.text[0].isdigit() and len(t.text) == 4:
            anchored = True
        elif t.low in OCCASION_NOUNS and m > k and toks[m - 1].low in ARTICLES:
            anchored = True
        elif not (
            t.low in TIME_EXTRA
            or (t.low in ARTICLES and m + 1 < len(toks) and toks[m + 1].low in OCCASION_NOUNS)
        ):
            break
        m += 1
    if not anchored or m >= len(toks) or m == k:
        return None
    first = toks[m]
    if not (
        first.low in ARTICLES or first.low in DETERMINERS or first.cap or first.text[0].isdigit()
    ):
        return None
    if first.low in TIME_WORDS or first.low in SUBJECT_PRONOUNS:
        return None
    return m if _finite_clause(toks, m) else None


def _aside_adjunct_comma(toks: list[_Tok], k: int, lemma: str | None, in_quote) -> int | None:
    """``The bridge, the mayor said on Friday, would reopen …``: the index of the comma
    that closes a short adjunct right after the cue at ``k`` (a time phrase, an adverb of
    ``ASIDE_TIME_ADVERBS`` or a prepositional phrase; after a listener verb its listener
    may come first: "he told me on Friday,", "she told the harbour committee,"), or None.
    The caller reads it only for a cue whose speaker follows a comma (rules/quotes_asides).
    No verb of saying, "that", a wh-word or a quote may stand in it: "…, Lund said on
    Friday that …" opens the reported clause itself; nor a clause of its own that no
    subordinator opens: in "Separately, Lund said on Friday the quay was closed, and …"
    the words before the comma are the reported clause ("after the vote failed" is an
    adjunct). A date or place set off by its own commas belongs to the adjunct ("on
    Friday, May 5,", "in Velm, Ostland,"); a quote after it is step 2's ('…, Lund said on
    Friday, "would …"')."""
    n = len(toks)
    m = k
    if lemma in LISTENER_LEMMAS and m < n:
        m = _aside_listener_end(toks, m)
    if m >= n or (m == k and toks[m].text == ","):
        return None  # nothing after the cue: the plain ", X said," aside is the caller's
    t = toks[m]
    if t.text != "," and not (
        _time_after(toks, m) > m or t.low in ASIDE_TIME_ADVERBS or _is_adverbial(t)
    ):
        return None  # "…, Lund said the board …": no adjunct opens here
    while m < n and m - k <= ASIDE_ADJUNCT_WORDS:
        t = toks[m]
        if t.text == ",":
            if not _aside_apposition(toks, m):
                break
            m += 1  # "on Friday, May 5,": the date goes on
            continue
        if (
            in_quote[m]
            or _is_quote_tok(t)
            or not (t.text[0].isalnum() or t.text in ("'s", "’s"))
            or t.low == "that"
            or t.low in WH_WORDS
            or t.low in CUE_FORMS
            or (
                m > k
                and toks[m - 1].low not in SUBORDINATORS
                and _finite_clause(toks, m)
            )  # "said on Friday the quay was closed,": the reported clause itself
        ):
            return None
        m += 1
    if m >= n or toks[m].text != "," or m - k > ASIDE_ADJUNCT_WORDS:
        return None
    if m + 1 < n and (_is_quote_tok(toks[m + 1]) or in_quote[m + 1]):
        return None  # '…, Lund said on Friday, "would …"': a quote follows (step 2)
    if m + 1 < n and toks[m + 1].low in WH_WORDS:
        return None  # "…, Vell told the board, which …": a relative clause, no aside
    return m


def _aside_listener_end(toks: list[_Tok], m: int) -> int:
    """The index after the listener of a listener verb at ``m`` ("told me", "told
    reporters", "told the harbour committee", "told Ilse Varga"), or ``m`` when none
    stands there: an object pronoun, or a determiner then at most
    ``ASIDE_LISTENER_WORDS`` lower-case nouns or capitalised name words (no article, no
    finite verb, no adverbial: "told the council the quay …" keeps its clause). A name
    right before a comma is no listener of an aside: "Citing …, Trump accused Rafael
    Cruz, who …" (PolNeAR valid) is a main clause, its comma an apposition's."""
    n = len(toks)
    if toks[m].low in OBJECT_PRONOUNS:
        return m + 1  # "told me"
    i = m + 1 if toks[m].low in _NP_DETERMINERS else m
    e = i
    while (
        e < n
        and e - i < ASIDE_LISTENER_WORDS
        and toks[e].text.isalpha()
        and toks[e].low not in _NP_DETERMINERS
        and toks[e].low not in FINITE_AUX
        and toks[e].low not in SUBJECT_PRONOUNS
        and toks[e].low not in CUE_FORMS
        and toks[e].low != "that"
        and toks[e].low not in WH_WORDS
        and not _past_form(toks[e])
        and not _is_adverbial(toks[e])
        and not (toks[e].cap and toks[e].low in TIME_WORDS)
    ):
        e += 1
    if e < n and toks[e].text == "," and any(t.cap for t in toks[i:e]):
        return m  # "accused Rafael Cruz, who …": a name's comma opens its apposition
    return e if e > i else m


def _aside_apposition(toks: list[_Tok], c: int) -> bool:
    """The comma at ``c`` inside an aside's adjunct opens a date's or place's own
    apposition ("on Friday, May 5,", "on May 5, 2024,", "in Velm, Ostland,"): one to
    three capitalised words or numbers after a capitalised word or number, then another
    comma."""
    if not (toks[c - 1].cap or toks[c - 1].text.isdigit()):
        return False  # "said in the old harbour, Lund, …": no date or place name
    e = c + 1
    while e < len(toks) and e - c <= 3 and (toks[e].cap or toks[e].text.isdigit()):
        e += 1
    return e > c + 1 and e < len(toks) and toks[e].text == ","


def _url_like(t: _Tok) -> bool:
    """A link ("pic.twitter.com/…", "https://…", "www.…"): an embedded post's debris."""
    low = t.low
    return "://" in low or low.startswith(("pic.twitter", "www.", "t.co/"))


def _before_final_appositive(toks: list[_Tok], k: int, e: int, in_quote) -> int:
    """Reported content ends before a final appositive ("said he did not support Vell, the
    presumed favourite", "critics say funds would go further with NATO, the existing
    alliance that …", "claimed that X attacked him, a claim not borne out by the video"):
    the first comma followed by "a"/"an"/"the" and a noun phrase with no verb, list word
    or quote of its own up to the end or to a relative pronoun. The description is the
    narrator's, not the reported words."""
    for m in range(k + 1, len(toks) - 2):
        if toks[m].start >= e:
            break
        if toks[m].text != "," or (in_quote is not None and in_quote[m]):
            continue
        if toks[m + 1].low in ("a", "an", "the") and toks[m - 1].text[0].isalnum():
            if _appositive_to_end(toks, m + 1, e, in_quote):
                return toks[m - 1].end
    return e


# Most words of a final appositive cut by :func:`_before_final_appositive`.
MAX_FINAL_APPOSITIVE = 12


def _appositive_to_end(toks: list[_Tok], a: int, e: int, in_quote) -> bool:
    words = 0
    for m in range(a, len(toks)):
        t = toks[m]
        if t.start >= e or t.low in ("that", "who", "which", "whose"):
            break
        if in_quote is not None and in_quote[m]:
            return False
        if not (t.text[0].isalnum() or t.low in ("'s", "’s", "-")) or t.low in FINITE_AUX:
            return False  # a clause or a list, not a description
        if t.low in CLAUSE_JOINS or t.low == "or":
            return False
        if not t.cap and t.low.endswith("ed") and len(t.low) > 4 and m > a + 1:
            return False  # a verb ("the crews were"); not "the presumed favourite"
        words += 1
    return 2 <= words <= MAX_FINAL_APPOSITIVE


# Every word (lower case) on which one of the rules :func:`_indirect` tries on a token
# that is no reported-speech cue can find anything: each of them returns None at once on
# any other word (the first test of each: a directive cue form, a stance adjective, a
# complement verb's form or "be" + its participle, a naming verb, a stance verb, an
# "expressed" verb, an evidence verb, an "as" attribute verb). Speed only: asked before
# the seven calls, per token of every sentence (~13,000 on the 50-article story of
# benchmarks/compare.py), it gives what they give.
_RULE_WORDS = frozenset(
    {w for w, lemma in CUE_FORMS.items() if lemma in DIRECTIVE_LEMMAS}  # _directive
    | STANCE_ADJECTIVES | set(COMPLEMENT_FORMS)  # _complement_attribution
    | {w for w, lemma in PARTICIPLE_LEMMAS.items() if lemma in COMPLEMENT_VERBS}
    | OBJECT_COMPLEMENT_FORMS  # _object_complement
    | set(NP_FORMS)  # _np_attribution
    | EXPRESS_FORMS  # _expressed
    | EVIDENCE_FORMS  # _evidence_object
    | set(AS_ATTRIBUTE_FORMS)  # _as_attribute
)


def _indirect(text: str, toks: list[_Tok], s_start: int, s_end: int, direct_marks):
    """Reported speech in one sentence: yields (speaker, cue, content) offset pairs."""
    n = len(toks)
    # only the marks that reach this sentence's tokens can contain one
    lo, hi = (toks[0].start, toks[-1].start) if toks else (0, -1)
    near = [(o, c) for o, c in direct_marks if o <= hi and c > lo]
    in_quote = inside_marks(toks, near)
    # index of the first token inside a quote: "any quote before token i" is then
    # ``first_quoted < i``, not a scan of the tokens before it per cue
    first_quoted = next((i for i, q in enumerate(in_quote) if q), n)
    # CLAUSE, X said [adverbial].   CLAUSE, according to X.  (whole sentence reported)
    out = _headline(toks, in_quote) or _trailing(text, toks, s_start, s_end, in_quote)
    used_until = -1
    if out:
        # the words after the attribution may hold another ("…, he said, citing …")
        sp, cue, _ = out[0]
        used_until = _last_before(toks, max(cue[1], sp[1] if sp else 0))
    hypothetical = _in_condition(toks)
    # a rule opened by one word: "It was reported (by X) that …"; "Lund was quoted as saying that …"
    word_rules = {"it": _impersonal, "quoted": _quoted_as_clause}
    for j in range(n):
        if in_quote[j] or j <= used_until or hypothetical[j]:
            continue
        word_rule = word_rules.get(toks[j].low)
        if word_rule:
            found = word_rule(text, toks, j, s_end, in_quote)
            if found:
                out.append(found)
                used_until = _last_before(toks, found[2][1])
                continue
        if toks[j].low in PARTICIPLE_LEMMAS and (  # (_participle reads no other word)
            toks[j].low not in CONTINUATION_INGS
            or PARTICIPLE_LEMMAS.get(toks[j].low) not in INDIRECT_LEMMAS
        ):  # ", calling for …": a stance verb among the continuing -ing cues
            found = _participle(text, toks, j, s_end, in_quote)
            if found:
                out.append(found)
                used_until = _last_before(toks, found[2][1])
                continue
        if toks[j].low in NOUN_COMPLEMENTS and not (
            toks[j].low in CLAIM_NOUNS and j and is_possessive(toks[j - 1].low)
        ):  # "amid fears that …", "her refusal to …" ("Vell's claim that …" is a cue's)
            found = _noun_complement(text, toks, j, s_end, in_quote)
            if found:
                out.append(found)
                used_until = _last_before(toks, found[2][1])
                continue
        c = _cue_at(toks, j, finite_only=False)
        lemma = CUE_FORMS[" ".join(t.low for t in toks[c[0] : c[1]])] if c else None
        if c and c[1] < n and lemma in INDIRECT_LEMMAS and toks[c[1]].low in _lemma_particles(lemma):
            # "warned against delays", "complained about the rota": a speech verb that
            # is also a stance verb with its particle reports the particle's object
            found = _np_attribution(text, toks, j, s_end, in_quote)
            if found:
                out.append(found)
                used_until = _last_before(toks, found[2][1])
                continue
        if lemma not in INDIRECT_LEMMAS:
            if toks[j].low not in _RULE_WORDS:
                continue  # none of the rules below reads this word (~9 tokens in 10)
            found = (
                _directive(text, toks, j, s_end, in_quote)
                or _complement_attribution(text, toks, j, s_end, in_quote)
                or _object_complement(text, toks, j, s_end, in_quote)
                or _np_attribution(text, toks, j, s_end, in_quote)
                or _expressed(text, toks, j, s_end, in_quote)
                or _evidence_object(text, toks, j, s_end, in_quote)
                or _as_attribute(text, toks, j, s_end, in_quote)
            )
            if found:
                found = _close_aside(toks, found, in_quote)
                out.append(found)
                used_until = _last_before(toks, found[2][1])
            continue
        assert c is not None
        form = toks[j].low
        k = c[1]
        # , adding that …  (speaker comes from the sentence's main attribution)
        progressive = j > 0 and toks[j - 1].low in BE_WORDS
        if form.endswith("ing") and not progressive:
            if form in CONTINUATION_INGS and _continues_clause(toks, j) and k < n:
                # after a comma "say"/"add" take any words (", saying the plan …"); after
                # "by" or an adverb only a that-clause or a clause with a finite verb
                any_words = lemma in ("say", "add") and (
                    _after_comma(toks, j)  # ", saying the plan …"
                    or (toks[j - 1].low in PARTICIPLE_ADVERBS and _after_comma(toks, j - 1))
                )  # ", now saying they think …"
                directive = (  # ", urging residents to stay indoors": listener and infinitive
                    lemma in DIRECTIVE_LEMMAS
                    and _after_comma(toks, j)
                    and _listener_infinitive(toks, k, in_quote, bare=True) == k
                )
                if toks[k].text[0].isalnum() and (
                    toks[k].low == "that" or any_words or directive or _finite_clause(toks, k)
                ):
                    ce = _clause_end(text, toks, k, s_end, in_quote)
                    if directive and toks[k].low != "that":
                        ce = _directive_end(toks, k, ce)
                    if _content_ok(toks, k, ce, in_quote):
                        # "with Modi declaring that …": a name right before speaks
                        own = _name_before_ing(toks, j) or _fronted_main_subject(toks, j, in_quote)
                        out.append((own, (toks[j].start, toks[c[1] - 1].end), (toks[k].start, ce)))
                        used_until = _last_before(toks, ce)
            continue
        if j > 0 and toks[j - 1].low in BE_WORDS | GET_FORMS and not form.endswith("ing"):
            continue  # "New footage has been revealed that …": a passive's subject is no speaker
        cs = _cue_prefix(toks, j - 1 if progressive else j, 0)  # "is promising"
        if _led_infinitive(toks, cs):
            cs = _cue_prefix(toks, cs - _lead_width(toks, cs), 0)  # "appeared to suggest that …"
        elif _planned_speech(toks, cs):
            cs = _cue_prefix(toks, cs - 3, 0)  # "is expected to say that …"
        rel = _aside_who(toks, cs)
        sp = _relative_subject(toks, _speaker_back(toks, cs)) or _coordinated_subject(toks, cs)
        lead = lead_phrase(toks, 0, cs) if cs > 2 else None
        if lead is None and sp is None and cs > 3 and toks[0].low in LEAD_LINKS:
            # "But Megan Vell, a harbour pilot, said …": the link word is not the speaker's
            lead = lead_phrase(toks, 1, cs)
        if lead and sp is None:
            sp = lead  # "Jean-Marc Ayrault, the foreign minister of France, …, said"
        if not (cs and toks[cs - 1].text in ",;:"):
            sp = _widen(toks, sp, subject_phrase(toks, cs))  # "Experts on X and Y said"
        if rel is not None:
            # "Vell, who said …, warned …", "…, said Mr. Kamin, who emphasized …": the
            # relative pronoun is the cue's subject (PolNeAR's source span); the name it
            # stands for is read in ``extract_quotes`` (``who_antecedent``)
            sp = (toks[rel].start, toks[rel].end)
        if sp is None:
            sp = _relative_speaker(toks, cs)  # "an architect who said …", "many of whom say"
        if sp is None:
            continue
        si = _index_at(toks, sp[0])
        gap = si if toks[si].low in OBJECT_GAP_PRONOUNS else si - 1
        if gap >= 0 and toks[gap].low in OBJECT_GAP_PRONOUNS and gap + 1 < cs and toks[gap + 1].text[0].isalnum():
            # "Everything Vell says is a lie", "Nothing the board said was new": a contact
            # relative clause; the pronoun is what was said, "is a lie" the writer's
            # (rules/quotes_gaps.py)
            spk = (toks[gap + 1].start, sp[1])
            out.append((spk, (toks[cs].start, toks[c[1] - 1].end), (toks[gap].start, toks[gap].end)))
            continue
        if si > 0 and (_is_quote_tok(toks[si - 1]) or in_quote[si - 1]):
            if (
                k + 2 < n
                and toks[k].text == ","
                and toks[k + 1].low in CLAUSE_JOINS
                and _quoted_continuation(toks, k + 1, in_quote)
            ):
                # '"I love Larry," he said, but "when it comes to …"': the second quote
                # goes on from the first (PolNeAR's content keeps the "but")
                ce = _clause_end(text, toks, k + 2, s_end, in_quote)
                if _content_ok(toks, k + 1, ce, in_quote):
                    out.append((sp, (toks[cs].start, toks[c[1] - 1].end), (toks[k + 1].start, ce)))
                    used_until = _last_before(toks, ce)
                continue
            if not opens_clause(toks, k):
                continue  # '"…," he said, …': the attribution of a direct quote
        if (
            si > 1
            and toks[si - 1].low in ("what", "which")
            # "in which he said …": a setting, not the cue's object ("between what" is)
            and not (toks[si - 1].low == "which" and toks[si - 2].low in PREPOSITIONS)
            and rel is None
        ):
            # "the gap between what Lund says her levy would do", "…, which Lund says she
            # will keep open": the cue's object is the pronoun before its subject
            # (PolNeAR's content). After "what" the words are the free relative's own, no
            # report; after a comma and "which" the clause is still reported ("she will
            # keep open" [it]: PolNeAR labels both, or the clause alone). A sentence
            # opened by "What" is a cleft, read as before.
            w = toks[si - 1]
            out.append((sp, (toks[cs].start, toks[c[1] - 1].end), (w.start, w.end)))
            if w.low == "what":
                continue
        if k >= n:
            continue  # "…, X said." is handled by _trailing
        nxt = toks[k]
        if _is_quote_tok(nxt) and _clause_opened_by_quote(toks, k, in_quote):
            # 'said "budget reforms" and new tolls would pay for it': a clause whose first
            # words are quoted, reported whole (the partial quote inside takes its speaker)
            ce = _clause_end(text, toks, k, s_end, in_quote)
            if _content_ok(toks, k, ce, in_quote):
                out.append((sp, (toks[cs].start, toks[c[1] - 1].end), (nxt.start, ce)))
                used_until = _last_before(toks, ce)
            continue
        if (
            _is_quote_tok(nxt)
            or nxt.text in (":", ",")
            and k + 1 < n
            and _is_quote_tok(toks[k + 1])
        ):
            continue  # a direct quote follows: handled in step 2
        if nxt.text in ".?!;":
            # "…, the AP reported." / "…, X said on Tuesday."
            continue
        pro = _pro_form(toks, k)
        if pro:
            # "Mook said as much in an interview", "73 percent said the same of Trump": the
            # reported words stand in for what was said before (PolNeAR's content span)
            out.append((sp, (toks[cs].start, toks[c[1] - 1].end), (nxt.start, toks[pro - 1].end)))
            used_until = _last_before(toks, toks[pro - 1].end)
            continue
        start_k = k
        before = None  # "The museum, Mr. Obama said, would …": content on both sides
        # "As Lund noted on Friday, the quay …": an "as" aside's adverbial runs to its comma
        aside_comma = _as_aside_comma(toks, si, k, lemma) if nxt.text != "," else None
        if aside_comma is not None:
            start_k = aside_comma + 1
        elif nxt.text == ":" and k + 1 < n and not _is_quote_tok(toks[k + 1]):
            start_k = k + 1  # "Limbaugh added: And from …"
        elif nxt.text == "," or (
            si >= 2
            and (toks[si - 1].text == "," or toks[si - 1].low == "as" and toks[si - 2].text == ",")
            and (aside_k := _aside_adjunct_comma(toks, k, lemma, in_quote)) is not None
        ):
            # "he said, local officials should …"; "…, the mayor said on Friday, would …"
            start_k = (k if nxt.text == "," else aside_k) + 1
            # (an "as" aside: "Hawaii, as one adviser pointed out, normally does not …")
            sc = si - 1 if si >= 3 and toks[si - 1].low == "as" and lemma in AS_ASIDE_LEMMAS else si
            if sc >= 2 and toks[sc - 1].text == "," and first_quoted >= si:
                # the comma-bounded chunk before it: "…, which, Tompkins said, is …"
                lead = next((m for m in range(sc - 2, -1, -1) if toks[m].text in ",;"), -1) + 1
                lead = _content_start(toks, lead, sc - 1)
                words = " ".join(t.low for t in toks[lead : sc - 1])
                if (
                    any(t.text[0].isalnum() for t in toks[lead : sc - 1])
                    and words not in CONNECTIVES  # "However, Lund said, …": a link
                    and words not in LEAD_LINKS  # "Yet, as Lund said, …"
                    and words not in SUBORDINATORS | CONDITION_OPENERS  # "If, as I said, …"
                    and not (
                        lead == 0 and toks[0].low != "to" and _fronted_adverbial(toks, lead, sc - 1)
                    )
                ):  # "During his years in office, Mr. Obama said, …": the narrator's
                    before = (toks[lead].start, toks[sc - 1].start)
            if start_k >= n or toks[start_k].low in CONTINUATION_INGS:
                if before is not None:  # "Many were older, she said, adding …"
                    out.append((sp, (toks[cs].start, toks[c[1] - 1].end), before))
                continue  # "said, adding that …": the -ing cue takes it
        elif (
            lemma in DIRECTIVE_LEMMAS
            and not _imperative(toks, j, lemma)
            and _listener_infinitive(toks, k, in_quote, bare=True) == k
        ):
            pass  # "warned fishermen to stay in port": the listener and its infinitive
        elif lemma in LISTENER_LEMMAS or _is_adverbial(
            nxt, toks[k + 1] if k + 1 < n else None
        ):
            # "told reporters that …", "said Sunday that …", "said in a statement that …"
            # (commas may set off a place: "says at a stop in Toledo, Ohio, that …")
            that = next(
                (
                    m
                    for m in range(k, min(n, k + 12))
                    if (toks[m].low == "that" and not _relative_that(toks, m, k))
                    or toks[m].text == ";"
                    or (toks[m].text == "," and m + 1 < n and _new_clause(toks, m + 1))
                    or (m > k and lemma in LISTENER_WH and _listener_wh(toks, k, m))
                ),
                None,
            )
            if lemma in LISTENER_WH and (that is None or toks[that].low != "that"):
                listener = _listener_infinitive(toks, k, in_quote, bare=not _imperative(toks, j, lemma))
                if listener is not None:  # "told his aides to find a way …"
                    that = listener
            if that is not None and lemma in LISTENER_WH and toks[that].low in WH_WORDS:
                pass  # "told reporters on Thursday how surprised she was …"
            elif that is not None and that == k and lemma in LISTENER_WH:
                pass  # the listener and its infinitive: "told [his aides to find …]"
            elif that is None or toks[that].low != "that" or in_quote[that]:
                # "told the forum he was …", "said after the debate he would …": a
                # subject pronoun opens the clause
                that = next(
                    (
                        m
                        for m in range(k + 1, min(n - 1, k + 8))
                        if toks[m].text in ",;"
                        or toks[m].low in SUBJECT_PRONOUNS
                        or toks[m].low in SUBORDINATORS
                        or toks[m].low in WH_WORDS
                    ),
                    None,
                )
                if (
                    that is None
                    or toks[k].low in WH_WORDS  # "have not said when they …"
                    or toks[that].low not in SUBJECT_PRONOUNS
                    or lemma not in BARE_CLAUSE_LEMMAS
                ):
                    # "said on Tuesday the harbour board would …": a noun-phrase subject
                    that = _clause_after_adverbial(toks, k) if lemma in BARE_CLAUSE_LEMMAS else None
                    if that is None and lemma in LISTENER_WH:
                        that = _clause_after_listener(toks, k)  # "told the Herald the quay …"
                    if that is None and lemma in OF_CHARGE_LEMMAS and _of_charge(toks, k):
                        that = k  # "accused the board of lying": the person and the charge
                    if that is None:
                        continue
            start_k = that
        if start_k == k and toks[k].low == "to":
            that = _recipient_that(toks, k, in_quote)
            if that is not None:
                start_k = that  # "said to reporters that …": a listener, then the clause
        if (
            start_k == k
            and toks[k].low == "to"
            and lemma not in NP_VERBS  # "promised to", "called for": the verb's own
            and "to" not in COMPLEMENT_VERBS.get(lemma, ())
            and k + 1 < n
            and toks[k + 1].text[0].isalpha()
            and not toks[k + 1].cap
            and not toks[k + 1].low.endswith("ing")  # "admitted to attacking …"
            and toks[k + 1].low not in _NP_OPENERS  # "explained to the …"
        ):
            continue  # "the latest EU state to ban …": a noun before an infinitive
        if (
            lemma in CLAUSE_ONLY_LEMMAS
            and start_k == k
            and toks[k].low != "that"
            and toks[k].low not in SUBJECT_PRONOUNS
            and not _finite_clause(toks, k)
            and not _aux_soon(toks, k)
        ):
            continue  # "will maintain control of …", "added two routes": an act
        if start_k == k and any(u.low in IDIOM_OBJECTS.get(lemma, ()) for u in toks[k : k + 3]):
            continue  # "the assault claimed the lives of 25 fighters": a death, no claim
        if lemma == "find" and toks[start_k].low != "that":
            found = _evidence_object(text, toks, j, s_end, in_quote)  # "a study found 31 …"
            if found:
                out.append(found)
                used_until = _last_before(toks, found[2][1])
            continue
        cue_span = (toks[cs].start, toks[c[1] - 1].end)
        if (
            toks[start_k].low.endswith("ing")
            and toks[start_k].low not in ("nothing", "everything", "something")
            and not _aux_soon(toks, start_k)  # "he said, replacing her would be …": a subject
        ) or (
            # "…, the board said, compared with $2,700 for …": the narrator's participle
            start_k == k + 1
            and nxt.text == ","
            and _past_form(toks[start_k])
            and start_k + 1 < n
            and toks[start_k + 1].low in PREPOSITIONS
        ):
            if before is not None:  # "…, Twitter announced, gaining …": the part before
                out.append((sp, cue_span, before))
            continue  # "said, going off-script": a participle, not reported content
        ce = _clause_end(text, toks, start_k, s_end, in_quote)
        if rel is not None or _aside_which(toks, cs) or _aside_which(toks, si):
            # ("The levy, which Lund said was fair, passed": "which" before the subject)
            ce = _aside_end(toks, start_k, _dash_aside_end(toks, rel, start_k, ce), in_quote)
            # ("…, warned …": the main clause's verb ends it; "-- who said … --" its dash)
        if start_k == k and (lemma in LISTENER_WH or lemma in DIRECTIVE_LEMMAS) and toks[k].low != "that":
            ce = _directive_end(toks, start_k, ce)  # "warned fishermen to …, and police …"
        need = 3
        if lemma in NP_VERBS and toks[start_k].low != "that":
            ce = _object_end(toks, start_k, ce)  # "mentioned X since …"
            need = 1  # an object may be one name
        if (
            before is not None
            and toks[start_k].low in CLAUSE_JOINS
            and _quoted_continuation(toks, start_k, in_quote)
        ):
            # "Many were older, she said, and "I had to …"": the speaker's words go on
            # past the aside, in her own quote (PolNeAR's content keeps the "and")
            ce = _clause_end(text, toks, start_k + 1, s_end, in_quote)
            if _content_ok(toks, start_k, ce, in_quote):
                out.append((sp, cue_span, before))
                out.append((sp, cue_span, (toks[start_k].start, ce)))
                used_until = _last_before(toks, ce)
                continue
        if not _content_ok(toks, start_k, ce, in_quote, need) or (
            before is not None and toks[start_k].low in CLAUSE_JOINS
        ):
            if before is not None:  # "…, she said, and "I had to …"": the part before
                out.append((sp, cue_span, before))
            continue
        if before is not None:
            out.append((sp, (toks[cs].start, toks[c[1] - 1].end), before))
        out.append((sp, (toks[cs].start, toks[c[1] - 1].end), (toks[start_k].start, ce)))
        used_until = _last_before(toks, ce)
    # Headline style  X: CLAUSE  ("Minister: bridge will reopen in May")
    if not out and n > 4 and not in_quote[0]:
        colon = next((m for m in range(1, min(n, 5)) if toks[m].text == ":"), None)
        if colon is not None and colon + 1 < n and not _is_quote_tok(toks[colon + 1]):
            name = toks[:colon]
            person = len(name) == 1 or (name[0].low in TITLE_WORDS and len(name) <= 3)
            # a clause with its own cue is a dateline's sentence ("Palghar: … Fadnavis
            # said"), not a headline's words of the one named before the colon
            own_cue = any(_cue_at(toks, m, finite_only=False) for m in range(colon + 1, n))
            if (
                person
                and all(t.cap for t in name)
                and name[0].low not in LABELS
                and name[-1].low not in CALENDAR_WORDS  # "April: $1,511.57": a list
                and not own_cue
                and (
                    name[0].low in TITLE_WORDS
                    or name[-1].low in HEADLINE_SOURCE_NOUNS
                    or _named_elsewhere(text, name[-1], s_start, s_end)
                )
            ):
                ce = _clause_end(text, toks, colon + 1, s_end, in_quote)
                if _content_ok(toks, colon + 1, ce, in_quote):
                    out.append(
                        (
                            (name[0].start, name[-1].end),
                            (toks[colon].start, toks[colon].end),
                            (toks[colon + 1].start, ce),
                        )
                    )
    # CLAUSE, according to X, and …   (mid-sentence; the trailing case is above)
    if not out:
        for m in range(2, n - 2):
            if (
                toks[m].low == "according"
                and toks[m + 1].low == "to"
                and toks[m - 1].text == ","
                and not in_quote[m]
            ):
                sp = _document_source(toks, _speaker_fwd(toks, m + 2) or _np_after(toks, m + 2))
                lead = next((i for i in range(m - 2, -1, -1) if toks[i].text == ";"), -1) + 1
                first = _content_start(toks, _after_dateline(toks, m) if lead == 0 else lead, m)
                if sp and _content_ok(toks, first, toks[m - 1].start, in_quote):
                    out.append(
                        (
                            sp,
                            (toks[m].start, toks[m + 1].end),
                            (toks[first].start, toks[m - 1].start),
                        )
                    )
                break
    # According to X, CLAUSE.
    if not out and n > 4 and toks[0].low == "according" and toks[1].low == "to":
        # "According to exit polls, …", "According to a report by the port board, …"
        sp = _document_source(toks, _speaker_fwd(toks, 2) or _np_after(toks, 2))
        if sp:
            k = next(
                (m for m in range(2, n) if toks[m].text == "," and toks[m].start > sp[1] - 1), None
            )
            if k is not None and k + 1 < n:
                ce = _clause_end(text, toks, k + 1, s_end, in_quote)
                if _content_ok(toks, k + 1, ce, in_quote):
                    out.append((sp, (toks[0].start, toks[1].end), (toks[k + 1].start, ce)))
    return out


def _quoted_continuation(toks: list[_Tok], k: int, in_quote) -> bool:
    """After an aside's comma, the conjunction at ``k`` opens a direct quote at once or
    past one adverb of ``COORD_ADVERBS`` / ``LEAD_LINKS`` ("and "I had to …"", "and
    still "got to …""): the speaker's words go on. Not "and intense wrangling could …" (no quote: the narrator's clause may join
    on) nor "and soon, the balloons …"."""
    for m in (k + 1, k + 2):
        if m >= len(toks):
            return False
        if _is_quote_tok(toks[m]) and m + 1 < len(toks) and in_quote[m + 1]:
            return True
        if m > k + 1 or not (toks[m].low in COORD_ADVERBS or toks[m].low in LEAD_LINKS):
            return False  # one adverb at most ("and still", "but also")
    return False


# Most words of a quoted phrase that opens a reported clause ('said "budget reforms" and …');
# a longer quote is a statement of its own, read by step 2.
MAX_OPENING_QUOTE = 6


def _clause_opened_by_quote(toks: list[_Tok], k: int, in_quote) -> bool:
    """The quote opening at ``toks[k]`` (right after a speech verb) is a short phrase with
    no punctuation of its own, and the clause goes on after its closing mark with a
    lower-case word that is no preposition ("and", a verb): the quote is the clause's
    first words ('said "budget reforms" and the collection of tolls would …'), not the
    whole statement ('said "We will rebuild."', 'said "no comment" to reporters')."""
    n = len(toks)
    m = k + 1
    words = 0
    while m < n and in_quote[m] and not _is_quote_tok(toks[m]):
        t = toks[m]
        if not (t.text[0].isalnum() or t.low in ("'s", "’s", "-")):
            return False
        words += 1
        m += 1
    if not (0 < words <= MAX_OPENING_QUOTE) or m >= n or not _is_quote_tok(toks[m]):
        return False
    m += 1
    if m + 2 >= n:
        return False
    after = toks[m]
    return (
        after.text[0].isalpha()
        and not after.cap
        and after.low not in PREPOSITIONS
        and after.low not in ADVERBIAL_START
        and _finite_clause_ahead(toks, m)
    )


def _finite_clause_ahead(toks: list[_Tok], m: int) -> bool:
    """A finite verb (an auxiliary, a modal or a past form) within a few words."""
    for i in range(m, min(len(toks), m + _SUBJECT_SPAN + 4)):
        t = toks[i]
        if t.text in ",;:.?!":
            return False
        if t.low in FINITE_AUX or _past_form(t):
            return True
    return False


# Most words of the outlet between "quoted" and "as" ("quoted by the Vella Herald as").
MAX_QUOTED_BY = 8


def _quoted_as_clause(text, toks, j, s_end, in_quote):
    """``X was quoted as saying (that) …`` / ``X has been quoted by the Herald as telling
    reporters that …``: a passive report of speech, its subject the speaker, the clause
    after the -ing verb the content. The cue runs from "quoted" to the -ing verb (as
    ``findings.attribution`` words it: "quoted as saying" vs "admitted")."""
    n = len(toks)
    if j < 2 or toks[j - 1].low not in BE_WORDS:
        return None
    be = j - 2 if toks[j - 1].low == "been" and toks[j - 2].low in FINITE_AUX else j - 1
    m = j + 1
    if m < n and toks[m].low == "by":
        m = next((i for i in range(m + 1, min(n, m + 2 + MAX_QUOTED_BY)) if toks[i].low == "as"), n)
    if m + 2 >= n or toks[m].low != "as" or toks[m + 1].low not in QUOTED_AS_INGS:
        return None
    ing = m + 1
    k = ing + 1
    if toks[ing].low == "telling":  # "telling reporters that …": the listener first
        k = next((i for i in range(k, min(n, k + 6)) if toks[i].low == "that"), n)
    if k >= n or in_quote[k] or _is_quote_tok(toks[k]):
        return None  # a direct quote follows: step 2 reads it
    if toks[k].low != "that" and not (_finite_clause(toks, k) or opens_clause(toks, k)):
        return None
    sp = _widen(toks, _speaker_back(toks, be), subject_phrase(toks, be))
    if sp is None:
        return None
    ce = _clause_end(text, toks, k, s_end, in_quote)
    if not _content_ok(toks, k, ce, in_quote):
        return None
    return (sp, (toks[j].start, toks[ing].end), (toks[k].start, ce))


# Most words of the listener before "to" ("told the harbour pilots' union to …").
MAX_LISTENER = 6


def _before_coordinated_past(toks: list[_Tok], k: int, ce: int) -> int:
    """An infinitive content ends before "and" with a past verb (after "then" or "-ly"
    adverbs): "told the crowd to disperse and then allegedly began pushing": the past
    verb is the subject's next act, not part of what was told."""
    for m in range(k + 1, len(toks) - 1):
        if toks[m].start >= ce:
            break
        if toks[m].low != "and":
            continue
        i = m + 1
        while i < len(toks) - 1 and (toks[i].low in COORD_ADVERBS or ly_adverb(toks, i)):
            i += 1
        if _past_form(toks[i]) or toks[i].low in IRREGULAR_PASTS:
            return toks[m - 1].end
    return ce


def _relative_that(toks: list[_Tok], m: int, k: int) -> bool:
    """``said in an interview that aired Sunday that …``: a "that" after a noun and
    before a finite verb opens a relative clause on the noun, not the reported clause."""
    return (
        m > k
        and m + 1 < len(toks)
        and toks[m - 1].text[0].isalpha()
        and toks[m - 1].low not in PREPOSITIONS | ARTICLES | DETERMINERS | TIME_WORDS
        and (toks[m + 1].low in FINITE_AUX or _past_form(toks[m + 1]))
    )


def _clause_after_listener(toks: list[_Tok], k: int) -> int | None:
    """``told the Herald the quay would close``: a short listener (a name, or a noun
    phrase opened by a determiner) and then a clause with its own subject and finite verb
    and no "that". Returns the clause's first token."""
    first = toks[k]
    if not (
        first.cap
        or first.low in ARTICLES | DETERMINERS
        or first.low in GROUP_NOUNS
        or _plural_noun(first)
    ) or first.low == "that":
        return None
    for m in range(k + 1, min(len(toks), k + MAX_LISTENER)):
        t = toks[m]
        if not t.text[0].isalnum() or t.low in PREPOSITIONS or t.low in WH_WORDS:
            return None
        prev = toks[m - 1].low
        opens = (t.low in ARTICLES | DETERMINERS and t.low != "that") or (
            t.cap and not toks[m - 1].cap and prev not in ARTICLES | DETERMINERS
        )
        if opens and _finite_clause(toks, m):
            return m
    return None


def _listener_wh(toks: list[_Tok], k: int, m: int) -> bool:
    """A wh-word at ``m`` right after a short listener and a time phrase ("told
    reporters on Thursday how …"); not one after another phrase ("told you about trends
    like the Apathy Belt, where …")."""
    if toks[m].low not in WH_WORDS or m - k > MAX_LISTENER + 3:
        return False
    for i in range(k, m):
        t = toks[i]
        if not t.text[0].isalnum() and t.low not in ("'s", "’s"):
            return False
        if t.low in PREPOSITIONS and not (i + 1 < m and toks[i + 1].low in TIME_WORDS):
            return False
    return True


def _listener_infinitive(toks: list[_Tok], k: int, in_quote, bare: bool = False) -> int | None:
    """``k`` when a short listener (an article, possessive or name first, no comma or
    verb) is followed by "to" and a lower-case verb: "told his aides to find a way".
    ``bare`` also takes a lower-case noun or an object pronoun first ("warned fishermen
    to", "urged them to"; not an adverb, preposition or time word: "asked again to")."""
    n = len(toks)
    first = toks[k]
    if not (first.low in ARTICLES or first.low in DETERMINERS or first.cap):
        if not bare or in_quote[k]:
            return None
        if first.low in DIRECTIVE_PRONOUNS:
            pass
        elif not (
            first.text.isalpha()
            and first.text.islower()
            and not first.low.endswith("ly")
            and first.low not in PREPOSITIONS
            and first.low not in FINITE_AUX
            and first.low not in PRONOUNS
            and first.low not in TIME_WORDS
            and first.low not in NOT_LISTENERS
            and not _past_form(first)
        ):
            return None
    for m in range(k + 1, min(n - 1, k + 1 + MAX_LISTENER)):
        t = toks[m]
        if in_quote[m] or not (t.text[0].isalnum() or t.low in ("'s", "’s")):
            return None
        if t.low == "to":
            v = toks[m + 1]
            ok = v.text[0].isalpha() and not v.cap and v.low not in ARTICLES | DETERMINERS
            return k if ok and v.low not in PRONOUNS else None
        if t.low in FINITE_AUX or t.low in WH_WORDS or t.low == "that" or _past_form(t):
            return None
    return None


def _coordinated_subject(toks: list[_Tok], cs: int) -> tuple[int, int] | None:
    """``Democrats described it as ominous, and said …``: a cue after "and" shares the
    subject that opens the sentence (a name, pronoun or short noun phrase before a verb),
    or the subject of a later clause opened by a comma and a contrast word ("Officials
    claimed …, while Mayor Lund has said … and warned …": Lund warned)."""
    if cs < 3 or toks[cs - 1].low not in ("and", "but"):
        return None  # ("… met Tuesday but noted that …": "but" joins the same subject's verbs)
    first = 0
    if toks[0].low in PREPOSITIONS or toks[1].text == ",":
        # "In his speech, Lund urged …, and criticized …", "Meanwhile, Lund blamed … and
        # said …": past a fronted adverbial
        comma = next((m for m in range(1, min(cs - 1, 10)) if toks[m].text == ","), None)
        if comma is None:
            return None
        first = comma + 1
    later = next(
        (
            m + 1
            for m in range(cs - 2, max(first + 1, cs - 2 - COORDINATION_REACH), -1)
            if toks[m].low in CONTRAST_WORDS and toks[m - 1].text == ","
        ),
        None,
    )
    if later is not None:
        first = later
    elif toks[0].low.endswith("ing"):
        return None  # "Citing …, Kim urged … and recommended": a participle opens it
    sp = _speaker_fwd(toks, first)
    if sp is None:
        return None
    end = _index_at(toks, sp[1] - 1) + 1
    verb = next(
        (
            m
            for m in range(first + 1, end)
            if _is_cue_word(toks, m) or _past_form(toks[m]) or toks[m].low in FINITE_AUX
        ),
        None,
    )
    if verb is not None:  # "The mayor promised …, and said": the phrase ends at its verb
        end = verb
        sp = (sp[0], toks[end - 1].end)
    elif end < cs - 1 and toks[end].text == ",":
        aside = _subject_aside_verb(toks, first, end, cs)
        if aside is None:
            return None
        sp, end = aside
    if end >= cs - 1 or toks[end].text in ",;:" or not toks[end].text[0].isalpha():
        return None  # the phrase must be followed by its verb
    if toks[end].low in ("that", "to"):
        return None  # "Given that …": no subject and verb
    if first and any(
        toks[m].low in RELATIVE_WORDS and not _is_cue_word(toks, m - 1)
        for m in range(max(end, cs - COORDINATION_REACH), cs)
    ):
        # past a fronted adverbial, not a verb of a relative clause: "…, Lund lauded the
        # crews that responded and defended the quay" is the crews' verb ("said that …"
        # opens a reported clause, not a relative one)
        return None
    return sp


# Tokens looked at, back from a coordinated cue, for a contrast clause or a relative
# pronoun: bounded, so a sentence of many "… and said …" stays linear.
COORDINATION_REACH = 40

# Most tokens of an aside between a subject and its verb (", in particular,", ", the
# harbour chief at Port Salvane,"): as long as a speaker's appositive (MAX_FINAL_APPOSITIVE).
MAX_SUBJECT_ASIDE = 12


def _subject_aside_verb(toks: list[_Tok], first: int, c: int, cs: int):
    """``Lund, in particular, has criticized … and called for …``: the subject at
    ``first`` closes at the comma ``c`` and an aside runs to a second comma, then its
    finite verb; the coordinated cue at ``cs`` shares that subject. Returns the speaker
    read as the first verb's (the name, or the name with its appositive) and the verb's
    index; None when the aside holds a cue, a quote or a clause of its own ("Lund, who
    said …,"), or no finite verb follows it."""
    close = next(
        (m for m in range(c + 2, min(cs - 1, c + 2 + MAX_SUBJECT_ASIDE)) if toks[m].text == ","),
        None,
    )
    if close is None:
        return None
    inner = toks[c + 1 : close]
    if any(not t.text[0].isalnum() and t.low not in ("'s", "’s", ".") for t in inner):
        return None  # a quote, a dash or a parenthesis: not a plain aside
    if inner[0].low in RELATIVE_WORDS or any(
        _is_cue_word(toks, m) or _finite_verb(toks[m]) for m in range(c + 1, close)
    ):
        # "Lund, he said,": a clause, not an aside. A relative aside ("Lund, who led the
        # campaign, admitted defeat and said …") is left too: its speaker made the
        # narrated verb before the cue a story-wide framing contrast (dev t129, s28)
        return None
    v = close + 1
    if not (toks[v].low in FINITE_AUX or _past_form(toks[v]) or _is_cue_word(toks, v)):
        return None  # "Lund, the harbour chief, the mayor and …": a list, not a subject
    sp = _speaker_back(toks, v) or lead_phrase(toks, first, v)
    if sp is None or sp[0] != toks[first].start:
        return None
    return sp, v


def _widen(toks, sp, whole):
    """The speaker found back from the cue, or the whole subject phrase holding it when
    that phrase was cut at "and" or a preposition ("Engineers from the mills and the port
    authority said": not just "the port authority")."""
    if sp is None:
        return whole
    if whole is None or whole[0] >= sp[0] or whole[1] != sp[1]:
        return sp
    si = _index_at(toks, sp[0])
    if si > 0 and (toks[si - 1].low in PREPOSITIONS or toks[si - 1].low in PLACE_PREPOSITIONS):
        ei = _index_at(toks, sp[1] - 1)
        if all(t.low in TIME_WORDS or t.text[0].isdigit() for t in toks[si : ei + 1]):
            # "David Vell on Wednesday said": the phrase before the time
            if si >= 2 and toks[si - 2].start >= whole[0]:
                return (whole[0], toks[si - 2].end)
            return sp
        return whole
    if si > 0 and toks[si - 1].low in ("and", "of", "&"):
        return whole
    return sp


def _is_cue_word(toks: list[_Tok], m: int) -> bool:
    """A finite cue of any kind at ``m`` (speech, thought or stance verb)."""
    low = toks[m].low
    return (
        low in COMPLEMENT_FORMS
        or (low in NP_FORMS and not low.endswith("ing"))
        or _cue_at(toks, m, finite_only=True) is not None
    )


def _complement_prefix(toks: list[_Tok], j: int) -> int:
    """Start of a thought/stance cue: auxiliaries, adverbs and "continued to" before it."""
    cs = j
    while True:
        if cs - 1 >= 0 and (
            toks[cs - 1].low in COMPLEMENT_PREFIX | BE_WORDS or ly_adverb(toks, cs - 1)
        ):
            cs -= 1  # "has long argued", "apparently believed"
        elif _led_infinitive(toks, cs):
            cs -= _lead_width(toks, cs)  # "continued to call for", "went on to say"
        else:
            return cs


def _lead_width(toks: list[_Tok], j: int) -> int:
    """How many tokens lead into the verb at ``j``: 2 for ``continued to``, 3 for ``went
    on to`` (the next thing the subject did: "went on to say that …"), else 0."""
    if j < 2 or toks[j - 1].low != "to":
        return 0
    if toks[j - 2].low in LEAD_VERBS:
        return 2
    if j >= 3 and toks[j - 2].low == "on" and toks[j - 3].low in GO_FORMS:
        return 3
    return 0


def _led_infinitive(toks: list[_Tok], j: int) -> bool:
    """``continued to`` / ``went on to`` right before the verb at ``j``."""
    return _lead_width(toks, j) > 0


def _planned_speech(toks: list[_Tok], j: int) -> bool:
    """``Lund is expected to say that …``: a speech verb after "is expected/scheduled/
    due/set to" (rules/attribution.PLANNED_SPEECH): the subject will say it (an advance
    text of a speech), the be-form and its participle are part of the cue."""
    return (
        j >= 3
        and toks[j - 1].low == "to"
        and toks[j - 2].low in PLANNED_SPEECH
        and toks[j - 3].low in BE_WORDS
    )


def _impersonal(text, toks, j, s_end, in_quote):
    """``It was reported that …`` / ``It is widely believed that …`` / ``It was announced
    by the board that …``: an impersonal passive of a verb of saying or belief
    (rules/attribution.IMPERSONAL_VERBS) reports its that-clause; the speaker is the
    agent after "by" when one is named, else no one. "It" must open its clause (the
    sentence start, or after a comma, "and" or "but")."""
    n = len(toks)
    if j > 0 and toks[j - 1].text not in ",;:" and toks[j - 1].low not in LEAD_LINKS:
        return None
    k = be = j + 1
    aux = 0
    while k < n and k - be < 5 and (
        toks[k].low in IMPERSONAL_AUX or toks[k].low in IMPERSONAL_ADVERBS or ly_adverb(toks, k)
    ):
        aux += toks[k].low in IMPERSONAL_AUX
        k += 1
    if not aux or k >= n or toks[k].low not in IMPERSONAL_VERBS:
        return None
    verb = k
    k += 1
    sp = None
    if k < n and toks[k].low == "by":
        m = next((m for m in range(k + 1, min(n, k + 10)) if toks[m].low == "that"), None)
        if m is None or m == k + 1:
            return None
        if not date_at(toks, k + 1):  # "by May 4" is when, not who: no agent
            sp = (toks[k + 1].start, toks[m - 1].end)  # "by the harbour board"
        k = m
    if k >= n or toks[k].low != "that" or in_quote[k]:
        return None
    ce = _clause_end(text, toks, k, s_end, in_quote)
    if not _content_ok(toks, k, ce, in_quote):
        return None
    return (sp or NO_SPEAKER, (toks[be].start, toks[verb].end), (toks[k].start, ce))


# The speaker of an impersonal report that names no agent: no one (``None`` from
# ``_indirect`` means "the sentence's main speaker" instead).
NO_SPEAKER = (-1, -1)


def _complement_attribution(text, toks, j, s_end, in_quote):
    """``X believes that …`` / ``X plans to …`` / ``X asked whether …``: a verb of thought,
    intent or evidence with its complement; the subject right before it is the source."""
    n = len(toks)
    t = toks[j]
    if t.low in STANCE_ADJECTIVES:
        return _stance_adjective(text, toks, j, s_end, in_quote)
    lemma = COMPLEMENT_FORMS.get(t.low)
    if lemma is None and j and toks[j - 1].low in BE_WORDS:
        lemma = PARTICIPLE_LEMMAS.get(t.low)  # "is demanding that …"
        if lemma not in COMPLEMENT_VERBS:
            lemma = None
    if lemma is None or t.cap or j + 2 >= n:
        return None
    if j and (toks[j - 1].low in ARTICLES or toks[j - 1].low in PREPOSITIONS):
        if not _led_infinitive(toks, j):
            return None  # "the hope that", "amid fears that": a noun
    kinds = COMPLEMENT_VERBS[lemma]
    k = j + 1
    nxt = toks[k].low
    if not (
        ("that" in kinds and nxt == "that")
        or (  # a bare clause opened by its subject pronoun: "agreed it was …"
            "that" in kinds
            and nxt in SUBJECT_PRONOUNS
            and toks[k + 1].text[0].isalpha()
            and not toks[k + 1].cap
            and toks[k + 1].low not in PREPOSITIONS | ARTICLES
        )
        or (  # "police believe the suspects were …" (not "I think", "you know": the writer)
            lemma in BARE_THOUGHT_LEMMAS
            and j > 0
            and toks[j - 1].low not in FIRST_SECOND
            and _finite_clause(toks, k, bare_noun=True)
        )
        or ("wh" in kinds and nxt in WH_WORDS)
        or (
            "to" in kinds
            and nxt == "to"
            and toks[k + 1].text[0].isalpha()
            and not toks[k + 1].cap
            and toks[k + 1].low not in _NP_OPENERS
        )
    ):
        return None
    found = _cue_speaker(toks, j, in_quote)
    if found is None:
        return None
    cs, sp = found
    ce = _clause_end(text, toks, k, s_end, in_quote)
    # an infinitive is whole with its verb ("declined to comment"), unless a wh-word or a
    # relative before the subject leaves it a gap ("what he plans to do")
    si = _index_at(toks, sp[0]) if sp[0] >= 0 else cs
    gap = si > 0 and (toks[si - 1].low in WH_WORDS or toks[si - 1].low in RELATIVE_WORDS)
    if not _content_ok(toks, k, ce, in_quote, 2 if nxt == "to" and not gap else 3):
        return None
    return (sp, (toks[cs].start, t.end), (toks[k].start, ce))


def _verb_reading(toks: list[_Tok], j: int, cs: int) -> bool:
    """Whether ``toks[j]`` is an active verb with the words before it as its subject: not a
    passive ("is expected to", "was called"), and a form that can be a noun ("plan",
    "claims") only right after a pronoun, a name, a group noun or an auxiliary ("its own
    plan to …" is a noun)."""
    form = toks[j].low
    if form.endswith(("ed", "en", "wn")) and (
        any(t.low in BE_WORDS for t in toks[cs:j]) or (cs and _is_contraction(toks[cs - 1]))
    ):
        return False  # ("she's not expected to", "It's not known where": "'s" is "is")
    if (
        cs == j >= 2
        and toks[j - 1].low.endswith("ing")
        and not toks[j - 1].cap
        and toks[j - 2].low in ARTICLES
    ):
        return False  # "the starting point to every goal": a noun after a modifier
    if form in NOUN_FORMS and cs == j >= 1 and (
        _past_form(toks[j - 1]) or toks[j - 1].low in IRREGULAR_PASTS
    ):
        return False  # "answered questions about …", "took questions from …": an object
    if (
        form in NOUN_FORMS
        and cs == j >= 2
        and toks[j - 2].low in ARTICLES | DETERMINERS | PREPOSITIONS | {"of"}
        and toks[j - 1].text[0].isalpha()
        and not toks[j - 1].cap
        and toks[j - 1].low not in GROUP_NOUNS
        and not _plural_noun(toks[j - 1])
    ):
        return False  # "A big question remains", "of white attacks": an adjective, a noun
    if form not in NOUN_FORMS or cs < j:
        return True
    # "its own plan to", "Trump's claims that": a possessive owns a noun
    return not any(t.low in POSSESSIVES or is_possessive(t.low) for t in toks[max(0, j - 3) : j])


def _is_contraction(t: _Tok) -> bool:
    """``she's``, ``it's``, ``that's``: a pronoun with "is" (or "has") glued on."""
    low = t.low
    return low.endswith(("'s", "’s")) and (
        low[:-2] in PRONOUNS or low[:-2] in ("that", "there", "what")
    )


def _stance_adjective(text, toks, j, s_end, in_quote):
    """``Protesters were frustrated that …``: be + a stance adjective + a that-clause."""
    k = j + 1
    if k + 1 >= len(toks) or toks[k].low != "that":
        return None
    cs = j - 1
    while cs >= 0 and toks[cs].low in ("also", "not", "still", "very", "so", "deeply"):
        cs -= 1
    if cs < 1 or toks[cs].low not in BE_WORDS:
        return None
    sp = _speaker_back(toks, cs)
    if sp is None or _first_second(toks, sp):
        return None
    ce = _clause_end(text, toks, k, s_end, in_quote)
    if not _content_ok(toks, k, ce, in_quote):
        return None
    return (sp, (toks[cs].start, toks[j].end), (toks[k].start, ce))


def _imperative(toks: list[_Tok], j: int, lemma: str | None) -> bool:
    """A bare verb opening the sentence or after "and", a comma or "please": an order to
    the reader ("Ask your pharmacist to …", "… and tell them to …"), no source's words."""
    return toks[j].low == lemma and (j == 0 or toks[j - 1].low in IMPERATIVE_BEFORE)


def _directive(text, toks, j, s_end, in_quote):
    """``X asked the council to delay the vote``: a directive speech verb
    (``DIRECTIVE_LEMMAS``) with its listener and to-infinitive, reported as "told X to"
    is (the listener and the infinitive). Not a passive ("was asked to"), a noun ("the
    urge to") or a verb with no listener ("asked to speak")."""
    n = len(toks)
    t = toks[j]
    lemma = CUE_FORMS.get(t.low)
    if lemma not in DIRECTIVE_LEMMAS or t.cap or t.low.endswith("ing") or j + 3 >= n:
        return None
    if j and toks[j - 1].low in ARTICLES | PREPOSITIONS | BE_WORDS | GET_FORMS:
        return None
    if j and is_possessive(toks[j - 1].low):
        return None
    if _imperative(toks, j, lemma):
        return None  # "Reach out to your neighbours and ask them to …": the reader is told
    k = j + 1
    if _listener_infinitive(toks, k, in_quote, bare=True) != k:
        return None
    found = _cue_speaker(toks, j, in_quote)
    if found is None:
        return None
    cs, sp = found
    ce = _directive_end(toks, k, _clause_end(text, toks, k, s_end, in_quote))
    if not _content_ok(toks, k, ce, in_quote):
        return None
    return (sp, (toks[cs].start, t.end), (toks[k].start, ce))


def _directive_end(toks: list[_Tok], k: int, ce: int) -> int:
    """Where a listener and its infinitive end ("told his aides to …", "asked the council
    to …"): before the subject's next act ("… to resign and then marched …"), at a comma
    and a subordinator or relative ("…, as if the state had no part in this", "…, which
    the board called illegal": the narrator's aside),
    or at ", and" with a clause of its own ("…, and senior consultants covered …"). A
    subordinate clause with no comma stays: it is part of what was asked ("told his staff
    never to speak of it when they raised concerns", "asked residents to stay in when the
    sirens sound")."""
    ce = _before_coordinated_past(toks, k, ce)
    finite = False  # a finite verb inside the infinitive ("to confirm the doors were locked")
    for m in range(k + 1, len(toks) - 2):
        if toks[m].start >= ce:
            break
        if toks[m].low in FINITE_AUX or _past_form(toks[m]):
            finite = True
        if toks[m].low == "and" and not finite and _finite_clause(toks, m + 1):
            # "warned voters to reject the plan and the mayor agreed": a clause with its own
            # subject and finite verb cannot join a bare infinitive; it is the narrator's
            # next sentence. After a finite verb inside the infinitive it may join that
            # ("asked staff to confirm the doors were locked and the alarms had been set").
            return toks[m - 1].end
        if toks[m].text != ",":
            continue
        if toks[m + 1].low in CLAUSE_JOINS and _finite_clause(toks, m + 2, bare_noun=True):
            return toks[m - 1].end
        if toks[m + 1].low in SUBORDINATORS or toks[m + 1].low in ("which", "who"):
            # "…, as if the state had no part in this", "…, which the board called illegal"
            return toks[m - 1].end
    return ce


def _np_attribution(text, toks, j, s_end, in_quote):
    """``X criticized the plan`` / ``X called for an inquiry``: a stance verb and its object
    (to the end of the clause, or a subordinator such as "since")."""
    n = len(toks)
    t = toks[j]
    lemma = NP_FORMS.get(t.low)
    if lemma is None or t.cap:
        return None
    if j and toks[j - 1].low in ARTICLES | PREPOSITIONS and not _led_infinitive(toks, j):
        return None
    if t.low.endswith("ing") and not (j and toks[j - 1].low in BE_WORDS):
        return None  # "calling for" only as "is calling for"
    k = None
    # "called Friday for", "called on Friday for" (not a noun: "Vell's comments Tuesday on")
    after = j + 1 if j and is_possessive(toks[j - 1].low) else _time_after(toks, j + 1)
    starts = [after, j + 1]
    noun = j and is_possessive(toks[j - 1].low)  # "Simba's points tally to 34": nouns
    if j + 2 < n and not noun and ly_adverb(toks, j + 1):
        starts.append(j + 2)  # "spoke emotionally of his flights": a manner adverb
    if lemma in INQUIRE_LEMMAS and j + 2 < n:
        m = _asked_person_end(toks, j + 1)
        if m is not None:
            starts.append(m)  # "asks him about his returns": the person asked
    for start in dict.fromkeys(starts):
        for particle in NP_VERBS[lemma].split("|"):
            words = particle.split()
            if all(start + i < n and toks[start + i].low == w for i, w in enumerate(words)):
                k = start + len(words)
                break
        if k is not None:
            break
    if k is None:
        return None
    if k >= n or not toks[k].text[0].isalnum() or in_quote[k]:
        return None
    if toks[k].low in WH_WORDS or toks[k].low in ("that", "to", "by"):
        return None  # a clause (handled above) or a passive agent
    if toks[k].low in REFLEXIVES:
        return None  # "will defend itself with full force": an act on oneself
    if toks[k].low in FINITE_AUX:
        return None  # "Republican support was more solid": a noun, its verb after it
    if k == j + 1 and toks[k].low in NOUN_PREPOSITIONS:
        return None  # "rising demand for loans", "an attack on the base": a noun, no object
    if lemma in HOSTING_VERBS and _hosted(toks, k):
        return None  # "Paris welcomed the new decade", "City welcome Rovers to the park"
    if any(u.low in IDIOM_OBJECTS.get(lemma, ()) for u in toks[k : k + 3]):
        return None  # "the assault claimed the lives of 25 fighters": a death, no claim
    found = _cue_speaker(toks, j, in_quote)
    if found is None:
        return None
    cs, sp = found
    ce = _object_end(toks, k, _clause_end(text, toks, k, s_end, in_quote))
    return (sp, (toks[cs].start, toks[k - 1].end), (toks[k].start, ce))


# Most modifiers between a determiner and its noun ("a tacit acknowledgment", "the
# widely shared belief"): three.
MAX_NOUN_MODIFIERS = 3


# Nouns of time that a demonstrative "that" makes a time phrase ("that night", "that
# week"): the weekdays, months and parts of the day of TIME_WORDS, and the other units
# and seasons; not its determiners ("that this would …", "that last year's …": a subject).
DEMONSTRATIVE_TIMES: frozenset[str] = (
    TIME_WORDS - {"this", "last", "today", "yesterday", "tonight"}
) | frozenset("day time season summer winter spring autumn hour minute moment".split())


def _owner_word(t: _Tok) -> bool:
    """A capitalised word of an owner's name ("Mayor Ana Lund's insistence"), or an
    article that opens it ("The Vell Herald's revelation": a subject); not a fronted
    preposition capitalised at the start of the sentence ("Despite Lund's insistence …,")."""
    return t.cap and t.text[0].isalpha() and t.low not in PREPOSITIONS and t.low not in FRONTED_PREPOSITIONS


def _noun_complement(text, toks, j, s_end, in_quote):
    """``amid fears that the pier will close`` / ``despite the board's insistence that …``:
    a noun of saying or thinking (rules/attribution.NOUN_COMPLEMENTS) with its that-clause
    reports the clause. The noun phrase must stand after a word of its clause (a
    preposition or a verb: "fueling worries that …"); one that opens its clause is a
    subject whose clause ends at a verb the rules cannot find ("Vell's conclusion that …
    is not shared"). The clause needs its own subject and verb ("the claim that made
    headlines" is a relative clause). The speaker is a named owner ("Vell's insistence"),
    else no one; no cue span: the noun is no reporting verb (``findings.framing`` compares
    those), and PolNeAR's cue for it runs over a light verb or an article as often as not
    ("signed an agreement", "a recognition")."""
    n = len(toks)
    t = toks[j]
    if t.cap or j + 3 >= n or in_quote[j + 1] or toks[j + 1].low != "that":
        return None
    k = j + 1
    after = toks[k + 1]
    if after.low not in SUBJECT_PRONOUNS and not _finite_clause(toks, k + 1, bare_noun=True):
        return None
    if after.low in DEMONSTRATIVE_TIMES:
        return None  # "the officer in charge that night said …": a demonstrative "that"
    if _object_gap(toks, k):
        return None  # "the ruling that the judge issued in March": a relative clause
    # the noun phrase: a determiner or owner, then at most a few modifiers
    a = j
    owner = None
    while a > 0 and j - a < MAX_NOUN_MODIFIERS + 1:
        p = toks[a - 1]
        if p.low in ARTICLES or p.low in DETERMINERS or p.low in POSSESSIVES:
            a -= 1
            break
        if is_possessive(p.low):
            a -= 1
            if p.cap:
                owner = a  # "Vell's insistence"
                break
            continue  # "the harbour board's insistence": on to the owner's article
        if (
            not p.text[0].isalpha()
            or p.cap
            or p.low in PREPOSITIONS
            or p.low in FINITE_AUX
            or p.low in CLAUSE_JOINS
            or _plural_noun(p)
        ):
            break
        a -= 1
    if not any(u.low in _NP_DETERMINERS or is_possessive(u.low) for u in toks[a:j]):
        a = j  # a bare noun: one that can be a verb ("fears") only after a preposition
        if (t.low in NOUN_FORMS or t.low in COMPLEMENT_FORMS or t.low in CUE_FORMS) and not (
            j and toks[j - 1].low in PREPOSITIONS
        ):
            return None
    if owner is not None:
        # "the Vell harbour board's insistence": the owner phrase, from its first word
        while a > 0 and _owner_word(toks[a - 1]):
            a -= 1
    if a == 0:
        return None
    p = toks[a - 1]
    if (
        not p.text[0].isalnum()
        or p.low in LEAD_LINKS
        or p.low in CLAUSE_JOINS
        or p.low in SUBORDINATORS
        or p.low in CONDITION_OPENERS
        or p.low in FINITE_AUX  # "the trouble is the belief that …": a predicate
    ):
        return None  # the noun phrase opens its clause: a subject
    if p.low in PREPOSITIONS and a >= 2 and (toks[a - 2].low in CUE_FORMS or toks[a - 2].low in NP_FORMS):
        return None  # "asked about Vell's claim that …": the topic of the cue before it
    ce = _clause_end(text, toks, k, s_end, in_quote)
    if toks[0].low in PREPOSITIONS or toks[0].low in FRONTED_PREPOSITIONS:
        # "Despite the board's insistence that the pier was safe, two cracks appeared":
        # a fronted phrase ends at its comma, where the main clause starts
        for m in range(k + 2, n - 1):
            if toks[m].text != ",":
                continue
            if not in_quote[m]:
                ce = min(ce, toks[m].start)
                break
            if _is_quote_tok(toks[m + 1]) and not in_quote[m + 1]:
                ce = min(ce, toks[m + 1].end)  # 'claim that it would "learn nothing,"'
                break
        else:
            if not any(t.text == "," for t in toks[1:a]):
                # no comma closes the phrase the noun sits in ("Amid fears that the pier
                # would close residents left"): where the main clause starts is unknown
                return None
    if not _content_ok(toks, k, ce, in_quote):
        return None
    if owner is not None:
        o = toks[owner]
        name_start = next(i for i in range(owner, -1, -1) if i == 0 or not _owner_word(toks[i - 1]))
        sp = (toks[name_start].start, o.end - (2 if o.low.endswith(("'s", "’s")) else 1))
    else:
        sp = NO_SPEAKER
    return (sp, None, (toks[k].start, ce))




def _object_gap(toks: list[_Tok], k: int) -> bool:
    """Whether the clause after the "that" at ``k`` lacks its verb's object: a relative
    clause whose object is the noun before it ("the ruling that the judge issued in
    March", "the statement that it had released on Friday", "the agreement that the
    nations reached in Paris", "the speculation that he has generated"), not the noun's
    complement ("the fear that the pier would close", "the belief that the pier was
    safe", "the suspicion that she had read the audit"). Read from its first verb group:
    an active past form (not after a form of "be": "that the pier was closed" is whole)
    followed by nothing, a comma, a preposition or a time word. An intransitive verb
    reads the same ("the claim that the ferry sank in May") and is not read either: a
    missed report costs less than a relative clause given as someone's words."""
    n = len(toks)
    m = k + 1
    if toks[m].low not in SUBJECT_PRONOUNS:  # the subject: up to its first verb
        m += 1
        while m < n and m <= k + 1 + _SUBJECT_SPAN:
            t = toks[m]
            if not t.text[0].isalnum() and t.low not in ("'s", "’s", "-"):
                return False
            if t.low in FINITE_AUX or _past_form(t) or t.low in IRREGULAR_PASTS:
                break
            m += 1
        else:
            return False
    else:
        m += 1
    passive = False
    while m < n and (toks[m].low in FINITE_AUX or toks[m].low in GROUP_ADVERBS or toks[m].low == "been"):
        passive = toks[m].low in BE_WORDS or (passive and toks[m].low in GROUP_ADVERBS)
        m += 1
    if m >= n or passive:
        return False
    verb = toks[m]
    if not (_past_form(verb) or verb.low in IRREGULAR_PASTS):
        return False
    if m + 1 >= n or not toks[m + 1].text[0].isalnum():
        return True  # "… that Mr. Vell has generated."
    nxt = toks[m + 1]
    if nxt.low == "to":
        # "sent to the board": a preposition; "planned to close the pier": an infinitive
        return m + 2 < n and (
            toks[m + 2].cap or toks[m + 2].low in _NP_OPENERS
        )
    return nxt.low in PREPOSITIONS or nxt.low in TIME_WORDS


def _asked_person_end(toks: list[_Tok], k: int) -> int | None:
    """Index after the person asked at ``k``: an object pronoun ("him") or a name of one to
    three capitalised words ("Mayor Vell"), else None."""
    if toks[k].low in OBJECT_PRONOUNS:
        return k + 1
    m = k
    while m < len(toks) and m - k < 3 and toks[m].cap and toks[m].text[0].isalpha():
        m += 1
    return m if m > k else None


def _expressed(text, toks, j, s_end, in_quote):
    """``X expressed deep concern about the levy`` / ``X voiced doubts that …``: a verb
    of ``EXPRESS_FORMS``, at most two lower-case modifiers, a noun of ``EXPRESSED_NOUNS``,
    then its topic: the object of "about"/"over"/"at"/"for"/"with" (the cue keeps the
    preposition) or a that-clause (the content keeps "that", as PolNeAR's spans do)."""
    n = len(toks)
    t = toks[j]
    if t.cap or t.low not in EXPRESS_FORMS:
        return None
    if j and (toks[j - 1].low in ARTICLES or is_possessive(toks[j - 1].low)):
        return None  # "the voice of …", "her voice about": a noun
    m = j + 1
    while m < n and m - j <= 2 and toks[m].low not in EXPRESSED_NOUNS:
        if not toks[m].text.isalpha() or toks[m].cap or toks[m].low in ARTICLES:
            return None
        m += 1
    if m + 2 >= n or toks[m].low not in EXPRESSED_NOUNS:
        return None
    p = m + 1
    if toks[p].low == "that":
        cue_end, k = m, p
    elif toks[p].low in ("about", "over", "at", "for", "with"):
        cue_end, k = p, p + 1
    else:
        return None
    if in_quote[k] or not toks[k].text[0].isalnum():
        return None
    found = _cue_speaker(toks, j, in_quote)
    if found is None:
        return None
    cs, sp = found
    if toks[k].low == "that":
        ce = _clause_end(text, toks, k, s_end, in_quote)
        if not _content_ok(toks, k, ce, in_quote):
            return None
    else:
        ce = _object_end(toks, k, _clause_end(text, toks, k, s_end, in_quote))
    return (sp, (toks[cs].start, toks[cue_end].end), (toks[k].start, ce))


def _time_after(toks: list[_Tok], k: int) -> int:
    """Index after a short time phrase at ``k`` ("Friday", "on Friday", "last week",
    "on Tuesday night"), or ``k``: a stance verb's particle may follow it ("called Friday
    for an inquiry"; the time had been read as the object of "called on")."""
    i = k
    if i < len(toks) and toks[i].low in ("on", "last", "this", "early", "late", "earlier"):
        i += 1
    m = i
    while m < len(toks) and m - i < 3 and toks[m].low in TIME_WORDS:
        m += 1
    if m == i or not any(t.low not in ("last", "this") for t in toks[i:m]):
        return k
    return m


def _hosted(toks: list[_Tok], k: int) -> bool:
    """The object at ``k`` is a time ("the new year", "2031") or a guest brought "to" a
    place within a few words ("Rovers to the park", "guests to Vella House"): a greeting,
    not a stance ("welcomed the decision to keep …" stays one). Also people received
    ("long lines of customers", ``HOSTING_GUESTS``). Only the object's own words count: a
    time after a preposition dates the act ("welcomed the ruling on Tuesday" is a stance)."""
    for m in range(k, min(len(toks), k + 5)):
        t = toks[m]
        if m > k and t.low in PREPOSITIONS and t.low not in ("to", "of"):
            return False  # "the ruling on Tuesday": an adverbial after the object
        if t.low in TIME_WORDS or t.low in HOSTING_TIMES or (t.text.isdigit() and len(t.text) == 4):
            return True
        if t.low in HOSTING_GUESTS:
            return True
        if t.low == "to" and m > k and m + 1 < len(toks):
            nxt = toks[m + 1]  # "to the park", "to Mar-a-Vella"; not "the decision to keep"
            return nxt.low in ARTICLES or nxt.low in DETERMINERS or nxt.cap
        if not (t.text[0].isalnum() or t.low in ("'s", "’s", "-")):
            return False
    return False


def _evidence_object(text, toks, j, s_end, in_quote):
    """``A 2031 study found 31 cases of …`` / ``The poll showed Lund leading …``: a verb
    of evidence whose subject is a piece of evidence (``EVIDENCE_NOUNS`` in the subject's
    words before any preposition) reports its object, a noun phrase or a bare clause, to
    the end of the clause."""
    n = len(toks)
    t = toks[j]
    if t.low not in EVIDENCE_FORMS or t.cap or in_quote[j]:
        return None
    k = j + 1
    if k + 1 >= n or in_quote[k] or not toks[k].text[0].isalnum():
        return None
    if toks[k].low in NOT_EVIDENCE_OBJECTS or toks[k].low in WH_WORDS:
        return None
    found = _cue_speaker(toks, j, in_quote)
    if found is not None:
        cs, sp = found
        # the subject's words up to a preposition or comma: "A 2031 study by Professor
        # Vell found …" is the study's finding (the whole phrase is the source), not Vell's
        phrase = subject_phrase(toks, cs) or sp
    if found is None or not _evidence_head(toks, phrase, cs):
        # a subject too long for the speaker rules: the whole sentence opening ("The
        # harbour board's survey of crews in Ostrava and Lenna shows …")
        phrase = _evidence_subject(toks, j, in_quote)
        cs = _cue_prefix(toks, j, 0)
        if phrase is None or not _evidence_head(toks, phrase, cs, head=True):
            return None
        sp = phrase
    sp = (min(sp[0], phrase[0]), max(sp[1], phrase[1]))
    ce = _clause_end(text, toks, k, s_end, in_quote)
    for m in range(k + 1, n - 1):
        if toks[m].start >= ce:
            break
        if toks[m].text == "," and not in_quote[m] and toks[m + 1].low in EVIDENCE_TAIL:
            ce = toks[m - 1].end  # "…, but instant polls are …", "…, where 18 votes …"
            break
    if not _content_ok(toks, k, ce, in_quote, need=2):
        return None
    return (sp, (toks[cs].start, t.end), (toks[k].start, ce))


def _evidence_head(toks, phrase: tuple[int, int], cs: int, head: bool = False) -> bool:
    """The subject ``phrase``'s words before any preposition or comma hold a piece of
    evidence (``EVIDENCE_NOUNS``). With ``head`` (a long sentence-opening subject), the
    piece of evidence must head its noun phrase: not a modifier of the lower-case noun
    after it ("The data centre that …", "The test track at …", "The report card …" show
    no finding; review14c)."""
    i0 = _index_at(toks, phrase[0])
    for i in range(i0, cs):
        x = toks[i]
        if x.start >= phrase[1] or x.low in PREPOSITIONS or x.text in ",;:":
            return False
        if x.low in EVIDENCE_NOUNS:
            if not head or i + 1 >= cs:
                return True
            y = toks[i + 1]
            if not (y.text[0].isalpha() and not y.cap and y.low not in PREPOSITIONS
                    and y.low not in NOT_COMPOUND and y.low not in EVIDENCE_NOUNS
                    and not y.low.endswith(("ed", "ing", "en", "wn"))
                    and y.low not in IRREGULAR_PASTS):
                return True  # "A study published in …": a reduced relative, no compound
    return False


# Most tokens of a sentence-opening subject headed by a piece of evidence ("A harbour
# board analysis of ferry fares that have risen since 2030 shows …").
MAX_EVIDENCE_SUBJECT = 30


def _evidence_subject(toks, j: int, in_quote) -> tuple[int, int] | None:
    """The subject of an evidence verb at ``j`` when it is the whole sentence opening, too
    long for the speaker rules: an article, a number or a capitalised word first, then
    words (prepositional phrases, a reduced or "that"/"which" relative clause, a date with
    commas) up to the verb, with no finite verb outside a relative clause and no ";" or
    quote: its span. Its head (checked by the caller) must be a piece of evidence."""
    if j < 2 or j > MAX_EVIDENCE_SUBJECT:
        return None
    first = toks[0]
    if not (first.low in ARTICLES or first.cap or first.text[0].isdigit()):
        return None
    if first.low in SUBJECT_PRONOUNS or first.low in DEMONSTRATIVES:
        return None  # "It shows …", "This shows …": a pronoun, read elsewhere
    relative = False
    for m in range(j):
        t = toks[m]
        if in_quote[m] or _is_quote_tok(t) or t.text in (";", ":"):
            return None
        if t.low in ("that", "which", "who"):
            relative = True  # "… that have raised $1 million …"
        elif t.low in FINITE_AUX and not relative:
            return None  # "The report was late and shows …": a clause of its own
    end = j - 1 if toks[j - 1].text == "," else j
    return (first.start, toks[end - 1].end)


# How far (tokens) the object of "called" may run before its predicate opens.
MAX_CALL_OBJECT = 12


def _object_complement(text, toks, j, s_end, in_quote):
    """``X called the plan "a costly gamble"`` / ``X called him a master at …``: a verb of
    naming, its object, and a predicate opened by a quote mark or "a"/"an" within
    ``MAX_CALL_OBJECT`` tokens. The content is object and predicate to the end of the
    clause (PolNeAR's "the plan a costly gamble"). "called for/on/off …", "called the
    police a second time" and an object that becomes a clause are not."""
    n = len(toks)
    t = toks[j]
    if t.low not in OBJECT_COMPLEMENT_FORMS or t.cap or in_quote[j]:
        return None
    if j and (toks[j - 1].low in ARTICLES | PREPOSITIONS or toks[j - 1].low in BE_WORDS):
        return None  # "the call", "was called"
    k = j + 1
    if k + 1 >= n or in_quote[k] or not toks[k].text[0].isalnum():
        return None
    if toks[k].low in NOT_CALL_OBJECTS or toks[k].low in ("a", "an"):
        return None
    after = _time_after(toks, k)
    if after > k and after < n and toks[after].low in NOT_CALL_OBJECTS:
        return None  # "called last week for an inquiry": the particle after a time
    pred = None
    for m in range(k + 1, min(n, k + 1 + MAX_CALL_OBJECT)):
        tm = toks[m]
        if _is_quote_tok(tm):
            if m + 1 < n and in_quote[m + 1]:
                first = toks[m + 1]
                # an opening mark: "called the plan "a costly gamble"", not a name
                # ("call the bridge "the Draven"", "dubbed it "Harbour Watch"")
                if not (first.cap or first.low == "the"):
                    pred = m
            break
        if tm.low in ("a", "an"):
            if m + 1 < n and toks[m + 1].low not in NOT_PREDICATE_NOUNS:
                pred = m
            break
        if not tm.text[0].isalnum() and tm.text not in ("'s", "’s"):
            break  # a comma, a stop, a bracket: no predicate in this clause
        if tm.low in CALL_OBJECT_BREAKS or tm.low in SUBJECT_PRONOUNS:
            break
    if pred is None:
        return None
    found = _cue_speaker(toks, j, in_quote)
    if found is None:
        return None
    cs, sp = found
    si = _index_at(toks, sp[0])
    if si and toks[si - 1].low == "what":
        return None  # "what he called tribalism": "what" is the object
    subject = [x for x in toks[si:cs] if x.start < sp[1]]
    if len(subject) == 1 and (subject[0].low in NOT_CALL_SUBJECTS or subject[0].low.endswith("ly")):
        return None  # "Madison, sometimes called the "Father" …": a participle
    ce = _clause_end(text, toks, k, s_end, in_quote)
    for m in range(pred + 1, n):
        if toks[m].start >= ce:
            break
        if in_quote[m]:
            continue
        as_clause = (
            toks[m].low == "as"
            and m + 1 < n
            and (toks[m + 1].low in SUBJECT_PRONOUNS or toks[m + 1].cap)
        )
        sub = toks[m].low in SUBORDINATORS and (toks[m].low != "as" or as_clause)
        if sub or (toks[m].low == "and" and _np_cue_follows(toks, m)):
            ce = toks[m - 1].end  # "… a mistake since …", "… "outrageous" and called for …"
            break
    if ce <= toks[pred].start:
        return None
    return (sp, (toks[cs].start, t.end), (toks[k].start, ce))


def _np_cue_follows(toks: list[_Tok], m: int) -> bool:
    """``and called for …`` / ``and describe …``: a second stance verb of the subject."""
    k = m + 1
    if k < len(toks) and toks[k].low in COORD_ADVERBS:
        k += 1
    return (
        k < len(toks)
        and not toks[k].cap
        and (toks[k].low in NP_FORMS or toks[k].low in OBJECT_COMPLEMENT_FORMS)
    )


# Most words of the object between an opinion verb and its "as" ("see the new canal as").
_AS_OBJECT_WORDS = 8


def _as_attribute(text, toks, j, s_end, in_quote):
    """``Farmers see the canal as a threat`` / ``the union portrayed the merger as a
    betrayal``: a verb of ``AS_ATTRIBUTE_FORMS`` with its subject, an object of a few words
    and "as" with an attribute reports the object and its attribute. Not "as" opening a
    clause ("saw the bus as it crossed"), a degree or time ("see it as soon as …"), or a
    life stage ("saw the film as a child")."""
    n = len(toks)
    t = toks[j]
    if t.low not in AS_ATTRIBUTE_FORMS or t.cap or j == 0 or j + 1 >= n or in_quote[j]:
        return None  # "… as they see": no object after the verb (and no token to read)
    if toks[j - 1].low in ARTICLES | PREPOSITIONS:
        return None  # "the view as …", "in view as …": a noun
    if toks[j - 1].low in BE_WORDS or toks[j + 1].low == "by":
        return None  # "was viewed by some as …": a passive, its object before the verb
    k = j + 1
    m = k
    while m < n and m - k < _AS_OBJECT_WORDS and toks[m].low != "as":
        u = toks[m]
        if not (u.text[0].isalnum() or is_possessive(u.low) or u.text == "-") or in_quote[m]:
            return None
        if u.low in FINITE_AUX or u.low in WH_WORDS or u.low == "that" or _past_form(u):
            return None  # another verb or a clause before any "as"
        m += 1
    if m == k or m + 2 >= n or toks[m].low != "as" or in_quote[m + 1]:
        return None
    a = toks[m + 1]
    if not a.text[0].isalnum() or a.low in NOT_AS_ATTRIBUTES or a.low in PREPOSITIONS \
            or a.low in ("of", "for"):
        return None  # "viewed the video as of Monday", "as for": a preposition, no attribute
    if _past_form(a) and (a.low in CUE_FORMS or a.low[:-2] in BARE_THOUGHT_LEMMAS
                          or a.low[:-1] in BARE_THOUGHT_LEMMAS):
        # "saw prices fall as expected", "as reported": the participle of a verb that takes
        # a clause makes a comparative clause, not an attribute ("as flawed" stays)
        return None
    if a.low not in ("a", "an") and (_finite_clause(toks, m + 1) or _irregular_clause(toks, m + 1)):
        return None  # "saw the bus as the bridge collapsed", "as the ferry left": a time clause
    if a.low in ("a", "an") and toks[m + 2].low in LIFE_STAGES:
        return None
    found = _cue_speaker(toks, j, in_quote)
    if found is None:
        cs = _cue_prefix(toks, j, 0)
        sp = _relative_speaker(toks, cs)  # "some who saw the comment as …": "some"
        if sp is None:
            return None
    else:
        cs, sp = found
    if any(
        toks[i].low in INFERENCE_MODALS and toks[i + 1].low == "have" for i in range(cs, j - 1)
    ):
        return None  # "He must have regarded X as …": the writer's guess at a view
    ce = _object_end(toks, k, _clause_end(text, toks, k, s_end, in_quote))
    for i in range(m + 2, n - 1):
        if toks[i].start >= ce:
            break
        nxt = toks[i + 1]
        if toks[i].low == "and" and (_past_form(nxt) or nxt.low in IRREGULAR_PASTS):
            ce = toks[i - 1].end  # "viewed X as Y and despised them": the subject's next act
            break
    if not _content_ok(toks, k, ce, in_quote, 3) or ce <= toks[m + 1].start:
        return None
    return (sp, (toks[cs].start, t.end), (toks[k].start, ce))


def _irregular_clause(toks: list[_Tok], k: int) -> bool:
    """An irregular past (``IRREGULAR_PASTS``: "left", "came") within a subject's span of
    ``k``, before any punctuation, "that" or wh-word: a clause's verb ("as the ferry left
    the harbour"), which :func:`_past_form` (regular forms only) does not see."""
    for t in toks[k : k + _SUBJECT_SPAN + 1]:
        if not t.text[0].isalnum() or t.low in WH_WORDS or t.low == "that":
            return False
        if t.low in IRREGULAR_PASTS and not t.cap:
            return True
    return False


def _participle(text, toks, j, s_end, in_quote):
    """``…, citing a threat to public health`` / ``…, promising to focus …`` /
    ``…, emphasizing it was time …``: a participle of an attribution verb after a comma
    shares the sentence's subject (the speaker is left to the caller, as for ``, adding
    that``). Its complement must be of the verb's kind: a that/to/wh clause for verbs of
    thought and intent, an object for stance verbs, a clause for speech verbs."""
    n = len(toks)
    t = toks[j]
    lemma = PARTICIPLE_LEMMAS.get(t.low)
    if lemma is None or j == 0 or not _after_comma(toks, j) or j + 2 >= n or in_quote[j + 1]:
        return None
    k = j + 1
    cue_end = t.end
    if lemma in ADDRESSEE_LEMMAS:
        # "…, telling the moderators that …": past the listener to the clause
        k = next(
            (
                m
                for m in range(j + 1, min(n - 1, j + 2 + MAX_LISTENER))
                if toks[m].low == "that"
                or not (toks[m].text[0].isalnum() or is_possessive(toks[m].low))
            ),
            k,
        )
        if k == j + 1 or toks[k].low != "that" or in_quote[k]:
            return None
    nxt = toks[k]
    kinds = COMPLEMENT_VERBS.get(lemma, frozenset())
    if lemma in OF_CHARGE_LEMMAS and _of_charge(toks, k):
        # "…, accusing the board of hiding the costs": the person and the charge, as the
        # finite "accused the board of …" reads them (rules/clauses.OF_CHARGE_LEMMAS); a
        # pronoun object goes with the cue ("accusing her of", as PolNeAR labels it) and
        # the charge alone is reported
        if toks[k].low in OBJECT_PRONOUNS and toks[k + 1].low == "of" and k + 2 < n:
            cue_end = toks[k + 1].end
            k += 2
            nxt = toks[k]
        ce = _clause_end(text, toks, k, s_end, in_quote)
        need = 2
    elif (
        ("that" in kinds and nxt.low == "that")
        or ("to" in kinds and nxt.low == "to" and not toks[k + 1].cap)
        or ("wh" in kinds and nxt.low in WH_WORDS)
        or (lemma in INDIRECT_LEMMAS and (nxt.low == "that" or opens_clause(toks, k)))
    ):
        ce = _clause_end(text, toks, k, s_end, in_quote)
        need = 3
    elif lemma in NP_VERBS and NP_VERBS[lemma] and _particle_end(toks, k, NP_VERBS[lemma]):
        # "…, calling for new tolls": the verb's particle, then its object
        k = _particle_end(toks, k, NP_VERBS[lemma])
        cue_end = toks[k - 1].end  # the cue keeps its particle ("calling for")
        if k + 1 >= n or not toks[k].text[0].isalnum() or in_quote[k]:
            return None
        if toks[k].low in WH_WORDS or toks[k].low in NOT_OBJECTS:
            return None
        nxt = toks[k]
        ce = _object_end(toks, k, _clause_end(text, toks, k, s_end, in_quote))
        need = 2
    elif lemma in NP_VERBS and NP_VERBS[lemma] == "" and nxt.text[0].isalnum():
        if nxt.low in WH_WORDS or nxt.low in NOT_OBJECTS or nxt.low in REFLEXIVES:
            return None
        if lemma in HOSTING_VERBS and _hosted(toks, k):
            return None  # "…, welcoming long lines of customers": a greeting
        ce = _object_end(toks, k, _clause_end(text, toks, k, s_end, in_quote))
        need = 2
    else:
        return None
    if not _content_ok(toks, k, ce, in_quote, need):
        return None
    return (None, (t.start, cue_end), (nxt.start, ce))


def _particle_end(toks: list[_Tok], k: int, particles: str) -> int | None:
    """The index after one of ``particles`` ("for|on") starting at ``k``, or None."""
    for particle in particles.split("|"):
        words = particle.split()
        if all(k + i < len(toks) and toks[k + i].low == w for i, w in enumerate(words)):
            return k + len(words)
    return None


def _object_end(toks, k: int, ce: int) -> int:
    """A noun-phrase content ends before a subordinator ("mentioned X since the debate").
    Not before "as" with a predicate: "described the plan as reckless", "cited the audit
    as a reason" keep it (PolNeAR's content is "X as Y"); "as he …" is a clause."""
    for m in range(k + 1, len(toks)):
        if toks[m].start >= ce:
            break
        t = toks[m]
        if t.low == "as" and (
            toks[m - 1].low == "such"  # "deals such as NAFTA": an example, no clause
            or not (m + 1 < len(toks) and (toks[m + 1].low in SUBJECT_PRONOUNS or toks[m + 1].cap))
        ):
            continue
        if t.low == "during" or (t.cap and t.low in TIME_WORDS and toks[m - 1].text != ","):
            # "… as a disgrace Wednesday on …", "… for president on Thursday", "during …"
            e = m
            while e - 1 > k and (toks[e - 1].low in PREPOSITIONS or toks[e - 1].low in TIME_WORDS):
                e -= 1
            return toks[e - 1].end
        if (
            t.text in (",", "--", "—")
            and m + 2 < len(toks)
            and toks[m + 1].low in CLAUSE_JOINS
            and not toks[m + 2].cap
            and (toks[m + 2].low.endswith("ed") or _is_cue_word(toks, m + 2))
        ):
            # "…, but stopped short of …", "…, and said the panel …", "…, and plans to
            # …": the subject's next verb
            return toks[m - 1].end
        after = m + 2 if t.text == "-" and m + 1 < len(toks) and toks[m + 1].text == "-" else m + 1
        if (
            t.text == ","
            and after + 1 < len(toks)
            and toks[after].low in PARTICIPLE_ADVERBS
            and _ends_object(toks[after + 1])
        ):
            return toks[m - 1].end  # "complained about the pumps, even suggesting …"
        if (
            (t.text in (",", "--", "—") or after == m + 2)
            and after < len(toks)
            and _ends_object(toks[after])
            and not _predicate_after(toks, after, ce)
        ):
            # "opposed a new trade deal, known as …", "questioned the health of Vell,
            # who is 70", "called for tax hikes -- lambasting …": the narrator's aside
            return toks[m - 1].end
        if t.low in SUBORDINATORS:
            prev = toks[m - 1] if toks[m - 1].text != "," else toks[m - 2]
            return prev.end
        if (
            t.low in ("and", "but")
            and m + 2 < len(toks)
            and toks[m - 1].text[0].isalnum()
            and _past_cue(toks, m + 1)
        ):
            # "criticized the deal and called for tariffs": the subject's next stance,
            # its own attribution, not part of this object
            return toks[m - 1].end
        if t.low in ("and", "but") and toks[m - 1].text[0].isalnum() and _next_predicate(toks, k, m + 1):
            return toks[m - 1].end  # "praised the crews but also had to …": the next verb
    return ce


def _next_predicate(toks: list[_Tok], k: int, i: int) -> bool:
    """After "and"/"but" at ``i - 1`` in a noun-phrase content opened at ``k``: the
    subject's next verb, no part of the object. An auxiliary ("and has …", "but also had
    to …"), or a lower-case past form with an object or infinitive after it ("and then
    purged them", "and attempted to …"); not a participle before a noun ("the crews and
    trained volunteers"), nor a verb of a relative clause in the object ("the crews that
    arrived and cleared the quay")."""
    if i < len(toks) and toks[i].low in COORD_ADVERBS:
        i += 1
    if i + 1 >= len(toks) or toks[i].cap:
        return False
    if any(toks[x].low in RELATIVE_WORDS for x in range(k, i)):
        return False
    v = toks[i]
    if v.low in FINITE_AUX:
        return True
    past = _past_form(v) or v.low in IRREGULAR_PASTS
    nxt = toks[i + 1].low
    return past and (nxt in _NP_OPENERS or nxt in OBJECT_PRONOUNS or nxt == "to")


def _past_cue(toks: list[_Tok], m: int) -> bool:
    """A cue in the past tense at ``m`` ("called", "said", "urged"), lower case: the next
    verb of a subject, not a noun ("and claims of fraud") or a participle."""
    t = toks[m]
    return (
        not t.cap
        and (t.low.endswith("ed") or t.low in IRREGULAR_PASTS or t.low in ("said", "told", "wrote"))
        and _is_cue_word(toks, m)
    )


def _predicate_after(toks: list[_Tok], m: int, ce: int) -> bool:
    """A comma and "as" or "to" later in the content: the aside is set off inside it ("described
    Kogler, who is expected to lead, as a pragmatist"), the content goes on after it."""
    return any(
        toks[i].text == "," and toks[i + 1].low in ("as", "to")
        for i in range(m, len(toks) - 1)
        if toks[i].start < ce
    )


def _ends_object(t: _Tok) -> bool:
    """A word after a comma or dash that closes a noun-phrase content: a nonrestrictive
    relative ("which", "who", "whose"), "known" ("…, known as X") or a participle of the
    narrator's ("-- lambasting …")."""
    if t.low in ("which", "who", "whose", "known"):
        return True
    return not t.cap and t.low.endswith("ing") and len(t.low) > 4 and t.low not in NOT_PARTICIPLES


def _last_before(toks: list[_Tok], offset: int) -> int:
    """Index of the last token starting before ``offset``: a found clause's last token, so
    the scan for the next attribution resumes after it (a sentence may hold two)."""
    return _index_at(toks, offset - 1)


# Commas looked at, back from the sentence end, for a trailing attribution: an
# appositive or a relative clause on the speaker may follow it ("…, said Brian Baker, a
# political adviser who …"). Bounded, so a sentence costs at most this many tries.
TRAILING_REACH = 40


def _recipient_that(toks: list[_Tok], k: int, in_quote) -> int | None:
    """``said to (local) reporters that the quay …``: the index of the ``that`` after a
    listener of one to three words opened by ``to`` at ``k``, when a clause follows it
    (an article, determiner, subject pronoun, number or name); None otherwise, so "the
    latest EU state to ban that practice" stays an infinitive (no clause after "that")."""
    n = len(toks)
    for m in range(k + 2, min(n - 1, k + 5)):
        if toks[m].low == "that":
            nxt = toks[m + 1]
            opens = (
                nxt.low in ARTICLES | DETERMINERS | SUBJECT_PRONOUNS
                or nxt.cap
                or nxt.text[0].isdigit()
            )
            return m if opens and not in_quote[m] else None
        if not toks[m].text[0].isalpha():
            return None
    return None


def _relative_speaker(toks: list[_Tok], cs: int) -> tuple[int, int] | None:
    """The speaker of a cue whose subject is a relative pronoun right before it: the
    antecedent noun phrase of a restrictive "who"/"which" ("an architect who said he was
    …", "the police department which reported …", "the Union, which contended that …"),
    or "many of whom" as a whole ("families, many of whom say …")."""
    if cs >= 4 and toks[cs - 1].low == "whom" and toks[cs - 2].low == "of":
        if toks[cs - 3].low in QUANTIFIERS:
            return (toks[cs - 3].start, toks[cs - 1].end)
        return None
    if cs < 2 or toks[cs - 1].low not in ("who", "which"):
        return None
    m = cs - 2
    if toks[m].text == ",":
        if toks[cs - 1].low != "which" or m < 1:
            return None  # ", who": the caller's rule (a capitalised antecedent)
        sp = _phrase_back(toks, _time_before(toks, m, needs_preposition=True))
        return sp if sp is not None and toks[_index_at(toks, sp[0])].cap else None
    prev = toks[m]
    if not prev.text[0].isalpha() or prev.low in STOP_WORDS or prev.low in PREPOSITIONS:
        return None
    if prev.low in PRONOUNS or prev.low in SUBJECT_PRONOUNS or _past_form(prev):
        return None
    if not prev.cap and prev.low.endswith("ing"):
        return None  # "a note detailing who said what": a question word, not a relative
    # the antecedent: its words back to a determiner (kept) or any other kind of word
    i = m
    while i > 0 and m - i < 5:
        t = toks[i - 1]
        if t.low in ARTICLES or t.low in DETERMINERS:
            i -= 1
            break
        if not t.text[0].isalnum() or t.low in STOP_WORDS or t.low in PREPOSITIONS:
            break
        if t.low in ("of", "for") or (not t.cap and (t.low.endswith("ing") or _past_form(t))):
            break
        i -= 1
    return (toks[i].start, prev.end)  # "an architect who said …", "listeners who said …"


def who_antecedent(toks: list[_Tok], who: tuple[int, int]) -> tuple[int, int] | None:
    """The speaker a non-restrictive "who" stands for: the name before its comma (``…,"
    said Mr. Kamin, who emphasized …``, ``Captain Vell on Thursday, who told …``), else
    the appositive phrase ``_speaker_back`` reads there (``McConnell, now the Senate
    majority leader, who …``); None when it is no capitalised name (``the crews, who``)."""
    i = _index_at(toks, who[0])
    if i < 2 or not _aside_opener(toks, i - 1):
        return None
    o = i - 1
    while o > 1 and toks[o].text == "-" and toks[o - 1].text == "-":
        o -= 1  # "Clinton -- who": the name ends before the whole dash
    end = _time_before(toks, o, needs_preposition=True)
    sp = _name_run_back(toks, end) or _phrase_back(toks, end)
    if sp is None or not toks[_index_at(toks, sp[0])].cap:
        sp = _speaker_back(toks, i)
    if sp is None or not toks[_index_at(toks, sp[0])].cap:
        # "McConnell, now the Senate majority leader, who …": the name before the
        # appositive the two commas set off
        comma = next((m for m in range(i - 2, max(0, i - 12), -1) if toks[m].text == ","), None)
        if comma is not None:
            sp = _phrase_back(toks, comma)
    if sp is not None and toks[_index_at(toks, sp[0])].cap:
        p = _index_at(toks, sp[0]) - 1
        if p >= 1 and toks[p].low in ("on", "in", "at", "from", "of") and (
            toks[p - 1].cap or _plural_noun(toks[p - 1])
        ):
            # "nervous Democrats on Capitol Hill, who …", "residents of Vell, who …": the
            # place tells which ones. The head is that noun and the capitalised words
            # before it ("Senate Democrats"), not the clause before it (``_phrase_back``
            # gave "The decision angered residents in Vell")
            h = p - 1
            while h > 0 and toks[h - 1].cap and toks[h - 1].text[0].isalpha():
                h -= 1
            return toks[h].start, sp[1]
    if sp is None or not toks[_index_at(toks, sp[0])].cap:
        return None
    return sp


def _name_run_back(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """The run of capitalised words ending before ``k`` (``Mr. Kamin``, ``Capitol
    Hill``; "of"/"'s" inside a name kept), or None when the word before ``k`` is not
    capitalised: in ``The board praised Lund, who …`` the name is "Lund", not the clause."""
    m = k - 1
    if m < 0 or not toks[m].cap:
        return None
    while m > 0 and (
        toks[m - 1].cap or (toks[m - 1].low in ("of", "'s", "’s") and m > 1 and toks[m - 2].cap)
    ):
        m -= 1
    if toks[m].low in ("the", "a", "an") or not toks[m].text[0].isalpha():
        m += 1  # "The Lund campaign": the article opens no name
    if m >= k:
        return None
    return toks[m].start, toks[k - 1].end


def _close_aside(toks: list[_Tok], found, in_quote):
    """A report made inside a non-restrictive relative aside (``Lund, who believed that
    the pier was unsafe, closed it``) ends where the aside does, before the main clause's
    verb (``_aside_end``), as the speech verbs' step ends one."""
    sp, cue, (a, e) = found
    if cue is None:
        return found
    cs = _index_at(toks, cue[0])
    if _aside_who(toks, cs) is None and not _aside_which(toks, cs):
        return found
    k = _index_at(toks, a)
    clause = toks[k].low == "that" or _finite_clause(toks, k, bare_noun=True)
    e = _dash_aside_end(toks, _aside_who(toks, cs), k, e)
    return (sp, cue, (a, _aside_end(toks, k, e, in_quote, clause)))


def _aside_which(toks: list[_Tok], cs: int) -> bool:
    """Whether the cue at ``cs`` opens a non-restrictive "which" aside (``the Vell
    Commission, which contended that …``)."""
    return cs >= 2 and toks[cs - 1].low == "which" and toks[cs - 2].text == ","


def _aside_who(toks: list[_Tok], cs: int) -> int | None:
    """The index of a non-restrictive "who" that is the subject of the cue at ``cs``
    (``X, who said …``, ``X, who in 2010 said …``), or None."""
    i = cs - 1
    if i >= 0 and toks[i].low not in ("who",):
        t0 = _time_before(toks, cs)
        i = t0 - 1 if t0 < cs else i
    if i < 1 or toks[i].low != "who" or not _aside_opener(toks, i - 1):
        return None
    return i


def _aside_opener(toks: list[_Tok], i: int) -> bool:
    """A comma, a dash ("--", "—", " - ") or a bracket at ``i``: what opens a non-restrictive
    aside (``Clinton -- who has called for … -- lambasted``)."""
    t = toks[i].text
    return t in (",", "—", "–", "(", "-")  # a lone "-" token is a spaced dash


def _dash_aside_end(toks: list[_Tok], rel: int | None, a: int, e: int) -> int:
    """The end of a report inside an aside that a dash or bracket opened before its "who"
    at ``rel`` (``Clinton -- who has called for tax hikes -- lambasted …``): before the
    closing dash or bracket; ``e`` for a comma aside or when none closes."""
    if rel is None or toks[rel - 1].text == ",":
        return e
    shut = (")",) if toks[rel - 1].text == "(" else ("—", "–", "-")
    for m in range(a + 1, len(toks)):
        if toks[m].start >= e:
            break
        if toks[m].text in shut:
            return toks[m - 1].end
    return e


def _time_before(toks: list[_Tok], k: int, needs_preposition: bool = False) -> int:
    """The start of a time phrase of at most four words ending before ``k`` (``in 2010``,
    ``on Tuesday``, ``last week``), else ``k``. With ``needs_preposition`` only a phrase
    opened by a preposition counts (``Captain Vell on Thursday, who told …``: the
    antecedent is the name, not "Thursday"; a bare "last week" is then no phrase)."""
    i = k
    while i > max(0, k - 4) and (toks[i - 1].low in TIME_WORDS or toks[i - 1].text[0].isdigit()):
        i -= 1
    if i < k and i > 0 and toks[i - 1].low in PREPOSITIONS:
        return i - 1
    return k if needs_preposition else i


def _aside_end(toks: list[_Tok], a: int, e: int, in_quote, clause: bool = True) -> int:
    """The end of a relative aside's reported words (``Vell, who said the quay was unsafe,
    warned …``): before a comma followed by the main clause's finite cue or auxiliary
    (an ``-ly`` adverb may come between), or its past-tense verb (``…, closed it``) once
    a reported ``clause`` has a verb of its own (a noun phrase needs none: ``who
    questioned the levy, left``); ``e`` when there is none (``… Trump, who says he is
    honored.``)."""
    for m in range(a + 1, len(toks) - 1):
        if toks[m].start >= e:
            break
        if toks[m].text != "," or in_quote[m]:
            continue
        v = m + 1
        if toks[v].low.endswith("ly") and v + 1 < len(toks):
            v += 1  # "…, later warned": "later" is no -ly adverb, "also" neither
        if toks[v].low in ("also", "later", "then") and v + 1 < len(toks):
            v += 1
        if toks[v].low in FINITE_AUX or _cue_at(toks, v, finite_only=True):
            return toks[m - 1].end
        if _lexical_past(toks[v]) and (
            not clause or any(t.low in FINITE_AUX or _lexical_past(t) for t in toks[a:m])
        ):
            # "Lund, who said the pier was unsafe, closed it": the main clause's own verb,
            # once the aside's clause has one ("who said the quay, damaged in May, was
            # closed": "the quay" has none, so the participle is no main verb)
            return toks[m - 1].end
    return e


def _lexical_past(t: _Tok) -> bool:
    """A lower-case past form of a verb that is no auxiliary ("closed", "rose"). Not a
    present in "-s": a plural noun reads the same ("who said prices, wages and rents
    were rising")."""
    return _past_form(t) or t.low in IRREGULAR_PASTS


def _headline_subject_ok(subject: list[_Tok], cue: _Tok) -> bool:
    """ "Shows"/"Finds" report only with a piece of evidence for subject ("New Poll Shows
    …"), as in body text (``EVIDENCE_NOUNS``); otherwise they are nouns or idioms
    ("Netflix Shows To Watch", "Vell Finds Its Voice")."""
    if cue.low not in ("shows", "finds"):
        return True
    return any(t.low in EVIDENCE_NOUNS for t in subject)


def _is_title_case(toks: list[_Tok]) -> bool:
    """A headline in title case: every word but short function words capitalised."""
    words = [t for t in toks if t.text[0].isalpha()]
    return len(words) >= 4 and all(t.cap or t.low in TITLE_SMALL for t in words)


def _headline(toks: list[_Tok], in_quote):
    """A title-case headline ``CLAUSE, Former Aide Says.`` or ``Lund Says CLAUSE``: its
    capitalised cue ("Says", which the cue rules read as part of a name elsewhere) and
    the clause it reports."""
    n = len(toks)
    if n < 5 or not _is_title_case(toks) or any(in_quote[:1]):
        return []
    last = n - 1 if toks[-1].text in ".!?" else n
    # CLAUSE, Speaker Words Says.
    if toks[last - 1].low in HEADLINE_CUES and toks[last - 1].cap:
        comma = next((m for m in range(last - 2, 0, -1) if toks[m].text == ","), None)
        if (
            comma is not None
            and 1 <= last - 1 - (comma + 1) <= 6
            and comma >= 3
            and _headline_subject_ok(toks[comma + 1 : last - 1], toks[last - 1])
        ):
            sp = (toks[comma + 1].start, toks[last - 2].end)
            return [
                (sp, (toks[last - 1].start, toks[last - 1].end), (toks[0].start, toks[comma].start))
            ]
    # Speaker Words Says CLAUSE
    for m in range(1, min(5, last - 2)):
        if (
            toks[m].low in HEADLINE_CUES
            and toks[m].cap
            and all(t.text[0].isalnum() and t.cap for t in toks[:m])
        ):
            if (
                last - (m + 1) < 3
                or toks[m + 1].low in HEADLINE_IDIOMS
                or not _headline_subject_ok(toks[:m], toks[m])
            ):
                return []
            end = (
                toks[last].end
                if last < n and toks[last - 1].text in ("'", "’", '"', "”")
                else toks[last - 1].end
            )
            return [
                (
                    (toks[0].start, toks[m - 1].end),
                    (toks[m].start, toks[m].end),
                    (toks[m + 1].start, end),
                )
            ]
    return []


def _trailing(text, toks, s_start, s_end, in_quote):
    """``CLAUSE, X said [adverbial].`` / ``CLAUSE, said X, a … who ….`` / ``CLAUSE,
    according to X.``: the whole clause before the comma is reported."""
    n = len(toks)
    appositive = False  # a comma back, past the speaker's appositive
    tail_seen = False  # a comma back, past a clause of the narrator's
    # a clause that quotes a phrase ('This is "roughly the same lead," Reuters reported.')
    # ends at the quote's closing mark: the comma is inside it (PolNeAR's content span
    # takes the clause with the mark). Not when the sentence opens inside a quote: then
    # it is a direct quote, attributed in step 2.
    # (after a dateline: 'PORT VELLA -- "…," the board said.' is a direct quote too)
    d = _after_dateline(toks, n) if toks else 0
    opens_outside = d < n and not in_quote[d] and not _is_quote_tok(toks[d])
    # a sentence may open with a quoted phrase its own words go on from ('"The only way
    # the port will change is if the board resigns" over the losses, Lund said.'): no
    # punctuation closes the quote, so step 2 attributes nothing, and the clause is reported
    phrase = not opens_outside and _opening_phrase(toks, in_quote, d)
    for m in range(n - 2, max(2, n - 2 - TRAILING_REACH), -1):
        closing = (
            opens_outside
            and _is_quote_tok(toks[m])
            and toks[m - 1].text == ","
            and in_quote[m - 1]
            and not in_quote[m + 1]  # the closing mark: the last token inside
        )
        if not closing and (toks[m].text != "," or in_quote[m]):
            continue
        clause_end = toks[m].end if closing else toks[m].start
        rest = toks[m + 1 : m + 1 + TRAILING_REACH]
        # "…, as police have said.": an "as" aside whose verb of saying has the clause
        # before it for its content (read as the "X said" after it; _as_aside checks it)
        if not appositive and len(rest) > 2 and rest[0].low == "as":
            if _as_aside(text, _attr_after(rest[1:]), rest[1:]):
                rest = rest[1:]  # else "…, as they bristled at …": a clause of the narrator's
        if (
            not appositive
            and len(rest) > 16
            and not _appositive_start(rest)
            and not _description_after_name(toks, m, rest)
            and not any(
                t.text == "," and _tail_clause(u)
                for t, u in zip(rest[:16], rest[1:17], strict=False)
            )
        ):
            return []
        if rest and rest[0].low == "according" and len(rest) > 2 and rest[1].low == "to":
            if appositive:
                return []
            sp = _document_source(rest, _speaker_fwd(rest, 2) or _np_after(rest, 2))
            first = _content_start(toks, 0, m)
            if sp and _content_ok(toks, first, toks[m].start, in_quote):
                return [(sp, (rest[0].start, rest[1].end), (toks[first].start, toks[m].start))]
            return []
        attr = _attr_after(rest)
        if not (attr and attr.cue) and not appositive:
            attr = _evidence_tail(rest) or attr  # "…, other studies have shown."
        if attr and attr.cue and rest[0].low in TRAILING_COORDINATORS:
            return []  # "…, yet Lund complains about …": a coordinated clause of its own
        if appositive and attr and attr.cue and attr.cue[0] != rest[0].start:
            return []  # past an appositive only "said X, a …" (the cue right after it)
        if not (attr and attr.cue):
            if not appositive and rest and _tail_clause(rest[0]) and not tail_seen:
                tail_seen = True  # "…, the agency said, and those …": a comma back
                continue
            if appositive or not (
                _appositive_start(rest) or _description_after_name(toks, m, rest)
            ):
                return []
            appositive = True  # "…, said Brian Baker, a political adviser …"
            continue
        # the attribution must end the sentence (a short adverbial may follow)
        # (past an appositive, after the speaker phrase it describes)
        # "…, said one source in the room.": the tail is counted after an inverted
        # speaker that runs to the sentence end (but for a time phrase); not "…, said
        # Ivanka Trump's statement didn't …", where the cue opens a clause
        inverted = (
            attr.speaker is not None
            and attr.speaker[0] > attr.cue[0]
            and all(
                not t.text[0].isalnum()
                or t.low in PREPOSITIONS
                or t.low in TIME_WORDS
                or t.text[0].isdigit()
                for t in rest
                if t.start >= attr.speaker[1]
            )
        )
        edge = (
            max(attr.cue[1], attr.speaker[1])
            if (appositive or inverted) and attr.speaker
            else attr.cue[1]
        )
        after = [t for t in rest if t.start >= edge]
        if after and after[0].low in _particles(text[attr.cue[0] : attr.cue[1]]):
            return []  # "…, Lund complained about the levy": the verb's own object follows
        if after and (after[0].text == ":" or _is_quote_tok(after[0])):
            return []  # "After the storm, Lund said: "…"": the attribution opens a quote
        if len(after) > 2 and after[0].text == "," and after[1].low.endswith("ing") and _aux_soon(
            after, 1
        ):
            return []  # "…, he said, replacing her would be …": content on both sides
        # "…, officials said Friday, as they …": a subordinate clause may follow;
        # "…, said X, a consultant who …": a relative clause on the speaker
        cut = next(
            (
                i
                for i, t in enumerate(after[:-1])
                if (t.text == "," and _tail_clause(after[i + 1]))
                or (t.low in ("who", "whose") and i <= 8)
            ),
            len(after),
        )
        tail = [t for t in after[:cut] if t.text[0].isalnum()]
        past = [t for t in rest if attr.speaker and t.start >= attr.speaker[1]]
        if attr.speaker and attr.speaker[0] > attr.cue[0] and past and past[0].low in AUXILIARIES:
            # "…, a pilot, said the crews were tired": "said" opens a clause whose subject
            # the inverted-speaker reading took for the speaker
            return []
        if (len(tail) <= 5 or _adverbial_tail(tail)) and _content_ok(
            toks, 0, toks[m].start, in_quote
        ):
            if any(in_quote[:m]) and not opens_outside and not (phrase and phrase < m):
                return []
            first = d if phrase else _content_start(toks, _after_dateline(toks, m), m)
            if _fronted_adverbial(toks, first, m):
                return []  # "In an essay last week, Lund acknowledged their battle"
            if _subject_aside(toks, first, m):
                return []  # "Lund, who visited the pier, warned Vell against …": her verb
            found = [(attr.speaker, attr.cue, (toks[first].start, clause_end))]
            if cut == 0 and len(after) > 2 and after[1].low in CLAUSE_JOINS:
                # "Many were older, she said, and "I had to …"": her words go on in a
                # quote past the aside (PolNeAR's content keeps the "and")
                j = _index_at(toks, after[1].start)
                if _quoted_continuation(toks, j, in_quote):
                    ce = _clause_end(text, toks, j + 1, s_end, in_quote)
                    if _content_ok(toks, j, ce, in_quote):
                        found.append((attr.speaker, attr.cue, (toks[j].start, ce)))
            return found
        return []
    return []


def _evidence_tail(rest: list[_Tok]) -> _Attr | None:
    """``, other studies have shown.`` / ``, the data show.``: a piece of evidence
    (a lower-case phrase of at most five words whose last is in ``EVIDENCE_NOUNS``), an
    optional "has"/"have"/"had", and a verb of evidence (``EVIDENCE_FORMS`` or "shown")
    that ends the sentence. Only evidence: with a person for subject these verbs report
    nothing ("…, the guards found.")."""
    i = 0
    while i < len(rest) and rest[i].text == ",":
        i += 1
    k = i
    while k < len(rest) and k - i < 5 and rest[k].text.isalpha() and not rest[k].cap:
        if rest[k].low in EVIDENCE_NOUNS:
            break
        k += 1
    if k >= len(rest) or rest[k].low not in EVIDENCE_NOUNS or rest[k].cap and k > i:
        return None
    v = k + 1
    if v < len(rest) and rest[v].low in ("has", "have", "had"):
        v += 1
    if v >= len(rest) or not (rest[v].low in EVIDENCE_FORMS or rest[v].low == "shown"):
        return None
    if v + 1 < len(rest) and rest[v + 1].text not in (".", "!"):
        return None  # "…, the records show no payment": the verb's own object follows
    return _Attr((rest[i].start, rest[k].end), (rest[k + 1].start, rest[v].end))


# Words at most of a name or short noun phrase before a non-restrictive "who" aside.
MAX_ASIDE_SUBJECT = 6


def _subject_aside(toks: list[_Tok], first: int, m: int) -> bool:
    """Whether the words before the comma at ``m`` are a subject and its aside: a name
    or short noun phrase (capitalised words, "the", "of"), a comma, then "who", "whose"
    or "which" running to ``m`` with no comma between ("Prime Minister Ana Lund, who visited the pier on
    Sunday, warned Vell against …"): the verb after the comma is that subject's, and
    its object ("Vell") no inverted speaker of a clause before it (invented dev t29,
    session 15: the quote after was given to the warned country)."""
    comma = next((i for i in range(first + 1, min(m, first + MAX_ASIDE_SUBJECT + 1))
                  if toks[i].text == ","), None)
    if comma is None or comma + 1 >= m or toks[comma + 1].low not in ("who", "whose", "which"):
        return False
    if any(t.text == "," for t in toks[comma + 1 : m]):
        return False  # "Hinton, who was …, was shot …, police said": the aside closed before
    return toks[first].cap and all(
        t.cap or t.low in ("the", "of", "a", "an") for t in toks[first:comma])


def _of_charge(toks: list[_Tok], k: int) -> bool:
    """``accused [the harbour board of lying …]``: a short object (at most
    ``MAX_LISTENER`` words, no comma, verb, quote or other preposition) then "of" and its
    charge, a lower-case word that opens no noun phrase of its own ("of lying", "of
    corruption"). An "of" before a determiner or a name is the object's own ("accused the
    head of the harbour board", "members of the board", "the board of Vella Ferries"): no
    charge said, nothing reported."""
    for m in range(k, min(len(toks) - 1, k + MAX_LISTENER + 1)):
        t = toks[m]
        if t.low == "of":
            nxt = toks[m + 1]
            if m > k and nxt.text[0].isalpha() and not nxt.cap and nxt.low not in CHARGE_NOT_FIRST:
                return True
            continue
        if not (t.text[0].isalnum() or is_possessive(t.low)) or _finite_verb(t) or t.low in PREPOSITIONS:
            return False  # "accused the board on Friday of …": the object ends before "on"
    return False


# Most tokens of the adverbial between an "as" aside's verb and its comma ("As Lund noted
# in a letter to the harbour board on Friday, …": nine).
MAX_ASIDE_ADVERBIAL = 10


def _as_aside_comma(toks: list[_Tok], si: int, k: int, lemma: str | None) -> int | None:
    """The comma closing a fronted "as" aside whose verb is followed by an adverbial ("As
    Lund noted on Friday, the quay …", "Yet, as Mr. Bown observed in 2031, …"): "as" opens
    the sentence or follows a comma or a link word, and the words to the comma hold no
    verb or quote. None otherwise."""
    if lemma not in AS_ASIDE_LEMMAS or si < 1 or toks[si - 1].low != "as":
        return None
    if si >= 2 and toks[si - 2].text not in ",;" and toks[si - 2].low not in LEAD_LINKS:
        return None
    if k + 1 >= len(toks) or not _is_adverbial(toks[k], toks[k + 1]):
        return None  # "As Lund explained the plan, …": an object, an act
    for m in range(k, min(len(toks) - 1, k + MAX_ASIDE_ADVERBIAL)):
        t = toks[m]
        if t.text == ",":
            return m if m > k else None
        if _is_quote_tok(t) or t.text in ".;:?!" or _cue_at(toks, m, finite_only=True):
            return None
        if _finite_verb(t) and not t.cap:
            return None  # "as Lund told reporters who had asked, …": a clause of its own
    return None


def _as_aside(text: str, attr, toks: list[_Tok]) -> bool:
    """An "as" clause that attributes the clause it sets off ("…, as police have said",
    "…, as police said in a statement"): a speaker before a verb of saying whose content
    may be a bare clause (``AS_ASIDE_LEMMAS``), with nothing after the verb but the
    sentence's end or an adverbial (``toks``: the clause's tokens). "as she spoke", "as he
    issued a statement" are a time or an act, and so is a verb of saying with an object
    ("…, as Lund said goodbye", "as Lund announced her resignation", "as Lund told a joke":
    session 11 review; "as Lund told reporters" is left unread with them)."""
    if not (attr and attr.cue and attr.speaker) or attr.speaker[0] > attr.cue[0]:
        return False
    if cue_lemma(text[attr.cue[0] : attr.cue[1]]) not in AS_ASIDE_LEMMAS:
        return False
    after = next((i for i, t in enumerate(toks) if t.start >= attr.cue[1]), len(toks))
    if after >= len(toks) or not toks[after].text[0].isalnum():
        return True  # "…, as police have said." / "…, as Lund noted, and …"
    if any(t.low == "that" for t in toks[after:]):
        return False  # "…, as the council said on Thursday that it would": its own clause
    return _is_adverbial(toks[after], toks[after + 1] if after + 1 < len(toks) else None)


def _particles(cue: str) -> frozenset[str]:
    """First words of the particles a stance verb takes before its object
    (rules/attribution.NP_VERBS: "complain" -> {"about"}); empty for other cues."""
    return _lemma_particles(cue_lemma(cue) or "")


def _lemma_particles(lemma: str) -> frozenset[str]:
    alts = NP_VERBS.get(lemma, "")
    return frozenset(a.split()[0] for a in alts.split("|") if a)


def _fronted_adverbial(toks: list[_Tok], first: int, m: int) -> bool:
    """The words before the attribution's comma are one phrase opened by a preposition
    or a participle, with no verb of their own ("In a statement on Tuesday", "After the
    storm", "Speaking to reporters"): the sentence's adverbial, not what was said."""
    t = toks[first]
    if not (
        t.low in PREPOSITIONS
        or t.low in ("after", "before", "following")
        or (t.low.endswith("ing") and t.cap and len(t.low) > 4)
    ):
        return False
    for i in range(first + 1, m):
        u = toks[i]
        if u.text in ",;:" or _is_quote_tok(u):
            return False
        if u.low in FINITE_AUX or _past_form(u) or u.low in IRREGULAR_PASTS:
            return False
    return True


def _tail_clause(t: _Tok) -> bool:
    """After a trailing attribution's comma, a clause that is the narrator's again: a
    subordinator ("…, officials said, as they …"), a conjunction ("…, the agency said in a
    report, and those …") or a participle ("…, Twitter announced, gaining …")."""
    return (
        t.low in SUBORDINATORS
        or t.low in CLAUSE_JOINS
        or (t.low.endswith("ing") and not t.cap and t.low not in NOT_PARTICIPLES)
    )


def _description_after_name(toks: list[_Tok], m: int, rest: list[_Tok]) -> bool:
    """``…, said Victor Cha, who served as …`` / ``…, says Paul Rieckhoff, founder and
    chief executive of …``: after a capitalised name, a relative clause or a title noun
    with no article describes the speaker named before the comma (the attribution is then
    a comma back, as after ``_appositive_start``)."""
    if m < 1 or not rest or not toks[m - 1].cap or toks[m - 1].low in TIME_WORDS:
        return False
    first = rest[0]
    if first.low in ("who", "whose"):
        return True
    return (
        not first.cap
        and (first.low in TITLE_WORDS or first.low in ROLE_NOUNS)
        and not any(_cue_at(rest, i, finite_only=True) for i in range(1, len(rest)))
    )


def _adverbial_tail(tail: list[_Tok]) -> bool:
    """``…, Lund wrote in an email to the harbour board.``: the words after a trailing
    attribution are one adverbial, opened by a preposition, with no verb, subordinator or
    clause of their own, however long (a short tail of any kind is allowed anyway). Not
    "to": "…, the chairman vowed to follow up …" is the cue's own infinitive."""
    if (
        not tail
        or tail[0].low not in PREPOSITIONS
        or tail[0].low == "to"  # "we agreed to part …": an infinitive, the cue's own content
        or len(tail) > MAX_ADVERBIAL_TAIL
    ):
        return False
    return not any(
        t.low in FINITE_AUX
        or _past_form(t)
        or t.low in IRREGULAR_PASTS
        or t.low in SUBORDINATORS
        or t.low in WH_WORDS
        or t.low == "that"
        or t.low in SUBJECT_PRONOUNS
        for t in tail[1:]
    )


# Most words of the adverbial after a trailing attribution ("in an email to the NFL
# Network's Rich Eisen": nine).
MAX_ADVERBIAL_TAIL = 14


def _appositive_start(rest: list[_Tok]) -> bool:
    """``a longtime adviser to …`` / ``the lawyer for …``: a description of the speaker
    before it, with no cue of its own (then the attribution is a comma back)."""
    if not rest or rest[0].low not in ("a", "an", "the") or len(rest) > TRAILING_REACH - 1:
        return False
    return not any(_cue_at(rest, i, finite_only=True) for i in range(len(rest)))


def _document_source(toks: list[_Tok], sp: tuple[int, int] | None):
    """``according to a statement from the port board`` / ``a report by Vell``: a source
    that is a document (``STATEMENT_NOUNS``, ``EVIDENCE_NOUNS``) takes the "from"/"by"/
    "of" phrase naming who issued it (the speaker phrase had stopped at the preposition)."""
    if sp is None:
        return None
    e = _index_at(toks, sp[1] - 1)
    if toks[e].low not in STATEMENT_NOUNS and toks[e].low not in EVIDENCE_NOUNS:
        return sp
    if e + 2 >= len(toks) or toks[e + 1].low not in ("from", "by", "of") or date_at(toks, e + 2):
        return sp
    issuer = _np_after(toks, e + 2)  # to the comma or the end ("by the port board")
    if issuer is None or _index_at(toks, issuer[1] - 1) - e > MAX_ISSUER_WORDS:
        issuer = _speaker_fwd(toks, e + 2)
    return (sp[0], issuer[1]) if issuer else sp


# Most words of a document's issuer ("a study by the Vella Harbour Research Group").
MAX_ISSUER_WORDS = 8


def _np_after(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """A lower-case source after "according to" ("according to federal statistics"): the
    words up to the next comma or the sentence end (at most 14)."""
    words = []
    for t in toks[k : k + 15]:
        if t.text in ",;:.?!" or _is_quote_tok(t):
            break
        words.append(t)
    if not words or len(words) > 14 or not any(t.text[0].isalnum() for t in words):
        return None
    return (words[0].start, words[-1].end)


def _content_start(toks: list[_Tok], first: int, stop: int) -> int:
    """Skip a leading "And"/"But" (a link to the previous sentence, not what was said),
    and a connective set off by a comma ("However, …", "In addition, …", "As for
    complexity, …"): the narrator's link between sentences, before the reported words."""
    if first + 1 < stop and toks[first].low in ("and", "but", "so") and toks[first + 1].text != ",":
        return first + 1
    reach = min(stop, first + MAX_CONNECTIVE_WORDS + 1)
    comma = next((i for i in range(first + 1, reach) if toks[i].text == ","), None)
    if comma is None or comma + 2 >= stop:
        return first
    words = " ".join(t.low for t in toks[first:comma])
    as_for = toks[first].low == "as" and toks[first + 1].low == "for" and comma - first <= 4
    if words in CONNECTIVES or as_for:
        return comma + 1
    return first


# Most words of a connective before its comma ("on the other hand": four).
MAX_CONNECTIVE_WORDS = 4


def _after_dateline(toks: list[_Tok], m: int) -> int:
    """Index of the first content token: after a "Port Vella:", "PORT VELLA, Oria --",
    "ORIA - " or "PORT VELLA, Oria (AP) —" dateline, if one opens the sentence (a few
    capitalised words, an agency's tag in brackets, then a colon or a dash)."""
    tag = False  # inside "(AP)"
    for i in range(1, min(m, DATELINE_TOKENS)):
        t = toks[i]
        if t.text == "(" and not tag:
            tag = True
            continue
        if tag:
            if t.text == ")":
                tag = False
            elif not t.cap:
                return 0
            continue
        if t.text == ":" or t.text in ("—", "–"):
            end = i + 1
        elif t.text == "-" and i + 1 < m and toks[i + 1].text == "-":
            end = i + 2
        elif t.text == "-" and _spaced(toks, i, m):
            end = i + 1  # "BERLIN - A fire …": a hyphen set off by spaces
        else:
            if not (t.cap or t.text in ".,"):
                return 0
            continue
        if all(w.cap or w.text in ".,()" for w in toks[:i]) and toks[0].cap:
            return end
        return 0
    return 0


def _spaced(toks: list[_Tok], i: int, m: int) -> bool:
    """The token at ``i`` has a space on both sides (a dash typed as a hyphen)."""
    return toks[i].start > toks[i - 1].end and i + 1 < m and toks[i + 1].start > toks[i].end


# Tokens a dateline may take before its colon or dash ("WATERVILLE , Maine ( AP ) —").
DATELINE_TOKENS = 10


def _pro_form(toks, k: int) -> int:
    """When a verb of saying's object at ``toks[k]`` is a pro-form for what was said ("as
    much", "so", "the same (thing)", "the same of Trump"), the index after it; else 0.
    Only when the sentence ends or a preposition, adverb of time or punctuation follows it
    ("said as much in an interview"): "said so many things", "said the same day that …",
    "said as much as 10 percent" are other words."""
    n = len(toks)
    words = [t.low for t in toks[k : k + 2]]
    if words == ["as", "much"]:
        e = k + 2
    elif words[:1] == ["so"]:
        e = k + 1
    elif words == ["the", "same"]:
        e = k + 2
        if e < n and toks[e].low == "thing":
            e += 1
        if e + 1 < n and toks[e].low == "of" and toks[e + 1].cap:
            e += 2  # "the same of Trump": of whom
            while e < n and toks[e].cap:
                e += 1
    else:
        return 0
    if e >= n:
        return e
    after = toks[e]
    if not after.text[0].isalnum():
        return e
    if after.low in ("as", "than", "that", "of") or after.text[0].isdigit():
        return 0
    return e if after.low in PREPOSITIONS or after.low in TIME_WORDS else 0


# Words a quoted phrase that opens a sentence holds at least, for the clause it opens to
# be reported (fewer: a name or a title in quote marks).
MIN_OPENING_PHRASE_WORDS = 3


def _opening_phrase(toks, in_quote, d: int) -> int:
    """When the sentence opens (at ``toks[d]``) with a quote closed without punctuation
    inside its marks and followed by the narrator's lower-case words, the index of the
    first token after it; else 0. Only one quote: a second one after it leaves the
    sentence to step 2."""
    n = len(toks)
    if d >= n or not _is_quote_tok(toks[d]) or not in_quote[d]:
        return 0
    k = d
    while k + 1 < n and in_quote[k + 1]:
        k += 1
    if k + 1 >= n or not _is_quote_tok(toks[k]) or k - d - 1 < MIN_OPENING_PHRASE_WORDS:
        return 0
    if not toks[k - 1].text[0].isalnum():
        return 0  # closed on its own punctuation: a direct quote, attributed in step 2
    nxt = toks[k + 1].text
    if not (nxt[0].isalpha() and nxt[0].islower()):
        return 0
    if any(in_quote[k + 1 :]):
        return 0
    return k + 1


def _content_ok(toks, k, ce, in_quote, need: int = 3) -> bool:
    """At least ``need`` words in ``[toks[k], ce)``: stops there (called per cue)."""
    words = 0
    for i in range(k, len(toks)):
        t = toks[i]
        if t.start >= ce:
            break
        if t.text[0].isalnum():
            words += 1
            if words >= need:
                return True
    return False


def _cue_speaker(toks, j: int, in_quote) -> tuple[int, tuple[int, int]] | None:
    """Where the cue at ``j`` (with any complement before it) starts, and its speaker
    span, when the cue reads as a verb and its speaker is not itself inside a quote."""
    cs = _complement_prefix(toks, j)
    if not _verb_reading(toks, j, cs):
        return None
    sp = _widen(toks, _relative_subject(toks, _speaker_back(toks, cs)), subject_phrase(toks, cs))
    if sp is None:
        sp = _coordinated_subject(toks, cs)  # "He proposes …, and plans to …"
        if sp is not None:
            verb = toks[_index_at(toks, sp[1] - 1) + 1]
            if verb.low in BE_WORDS or verb.low in ("will", "would", "must", "should"):
                sp = None  # "The tax was imposed after …, and refused to …": the subject
                # of a passive or a modal is seldom the one who refuses or hopes
    if sp is None:
        # the relative pronoun of a non-restrictive aside, read as the speech verbs' step
        # reads it: "Lund, who believed that …" (the "who"; its name is read in
        # ``extract_quotes``), "Vell Port Authority, which believes that …" (the name).
        # Not a restrictive one ("many voters who support him"): a class, seldom a source
        rel = _aside_who(toks, cs)
        if rel is not None:
            # only after a name ("Lund, who …"): after a common noun the "who" is often a
            # listener's ("told reporters, who had asked for it"), not the cue's speaker
            who = (toks[rel].start, toks[rel].end)
            sp = who if who_antecedent(toks, who) is not None else None
        elif _aside_which(toks, cs):
            sp = _relative_speaker(toks, cs)
    if sp is None or _first_second(toks, sp):
        return None
    si = _index_at(toks, sp[0])
    if si > 0 and (_is_quote_tok(toks[si - 1]) or in_quote[si - 1]):
        return None
    return cs, sp


# Most words of a relative clause between a subject and its cue ("Fishermen who use the
# old quay said": four after "who").
MAX_RELATIVE_WORDS = 8


def _present_form(t: _Tok) -> bool:
    """A lower-case present form in "-s" ("represents", "runs"; not "-ss": "business")."""
    return not t.cap and len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith(("ss", "'s", "’s"))


def _relative_subject(toks: list[_Tok], sp: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject a relative clause modifies, with the clause, when the phrase found back
    from the cue is that clause's object: "Fishermen who use the old quay said …" is said
    by the fishermen, not the quay; "The union that represents the dockers agreed …" by
    the union. The clause opens with "who"/"that" and its verb (a subject relative: "the
    board said that the union agreed …" has an article after "that", a clause of its own),
    holds no comma, and the phrase before it is a subject the rules read as one. Two
    relatives joined by "and"/"or" ("Fishermen who use the old quay and who sell at the
    market said …") are one clause of the subject: the first one's subject speaks."""
    if sp is None:
        return None
    si = _index_at(toks, sp[0])
    i, lo = si - 1, max(0, si - 1 - MAX_RELATIVE_WORDS)
    while i > lo:
        r, i = i, i - 1
        t = toks[r]
        if not (t.text[0].isalnum() or is_possessive(t.low)):
            return sp
        if t.low not in ("who", "that"):
            continue
        verb = toks[r + 1]
        if (
            r + 1 >= si
            or verb.cap
            or not verb.text[0].isalpha()
            or verb.low in _NP_OPENERS
            or verb.low in PREPOSITIONS
            or verb.low in SUBJECT_PRONOUNS
            or (t.low == "that" and not (_finite_verb(verb) or _present_form(verb)))
        ):
            return sp  # ("Officials that day said": a demonstrative, no clause)
        prev = toks[r - 1] if r else None
        if prev is None or prev.low in CUE_FORMS or prev.low in COMPLEMENT_FORMS or _past_form(prev):
            return sp  # "said that …", "agreed that …": a complement, not a relative
        if prev.low in ("and", "or") and r >= 2:
            # "… who use the old quay and who sell …": a relative before it opens the clause
            si, i, lo = r - 1, r - 2, max(0, r - 2 - MAX_RELATIVE_WORDS)
            continue
        head = _speaker_back(toks, r) or subject_phrase(toks, r)
        if head is None or _first_second(toks, head):
            return sp
        return (head[0], sp[1])
    return sp


def _first_second(toks, sp: tuple[int, int]) -> bool:
    """A subject "I", "we" or "you" (alone, or "we all", "you may"): a thought, intent or
    stance in the first or second person ("I really want to …", "we refuse to …", "you
    may want to …") is the writer's own voice or the reader addressed, not a source's
    attribution. Speech verbs are not asked ("we told the council …" stays)."""
    si = _index_at(toks, sp[0])
    return toks[si].low in FIRST_SECOND and _index_at(toks, sp[1] - 1) == si
