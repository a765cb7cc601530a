"""Step 2: attribute a direct quote from the words after it or before it."""

from __future__ import annotations

from ...rules.attribution import (
    ARTICLES,
    CLAUSE_VERBS,
    CONTINUATION_INGS,
    CUE_FORMS,
    DEMONSTRATIVES,
    DETERMINERS,
    INDIRECT_LEMMAS,
    LABELS,
    NOT_INVERTED_LEMMAS,
    PREPOSITIONS,
    PRONOUNS,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    STOP_WORDS,
    SUBJECT_BREAKS,
    TIME_WORDS,
    TITLE_WORDS,
)
from .speakers import _appositive, _speaker_back, _speaker_fwd, _valid_phrase, subject_phrase
from .tokens import _Attr, _cue_at, _cue_prefix, _index_at, _is_quote_tok, _Tok, opens_clause


def _attr_after(toks: list[_Tok]) -> _Attr | None:
    """``," X said`` / ``, said X`` right after a closing quote mark."""
    i = 0
    while i < len(toks) and toks[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= len(toks):
        return None
    # said X[, appositive]
    c = _cue_at(toks, i, finite_only=True)
    if c and CUE_FORMS.get(toks[i].low) in NOT_INVERTED_LEMMAS:
        c = None  # "…, blasted the board as reckless": the board is the object
    if c:
        sp = _speaker_fwd(toks, c[1]) or _name_after(toks, c[1])
        if CUE_FORMS.get(toks[i].low) in INDIRECT_LEMMAS:
            # "…, said one source in the room.": the whole description to the sentence end
            whole = _described_after(toks, c[1])
            if whole and (sp is None or (sp[0] == whole[0] and sp[1] < whole[1])):
                sp = whole
        if sp and _holds_verb(toks, sp):
            sp = None  # "…, said the videos show the pilot …": a clause, not a speaker
        if sp:
            return _Attr(_appositive(toks, sp), (toks[c[0]].start, toks[c[1] - 1].end))
    # X said (a speaker phrase, then optional adverbs, then the cue)
    for j in range(i + 1, min(len(toks), i + MAX_SPEAKER_TOKENS)):
        if _is_quote_tok(toks[j]) or toks[j].text in "?!;":
            break
        if toks[j].text == "." and (j + 1 >= len(toks) or _is_quote_tok(toks[j + 1])):
            break  # the sentence ends ("N.Y." inside a name does not)
        c = _cue_at(toks, j, finite_only=True) or _quoted_as(toks, j)
        if not c:
            continue
        if opens_clause(toks, c[1]):
            return None  # "X said the plan …": X's own reported clause follows
        cs = _cue_prefix(toks, j, i + 1)
        sp = _speaker_back(toks[:cs], cs)
        if sp and sp[0] > toks[i].start and _modifiers(toks[i : _index_at(toks, sp[0])]):
            sp = (toks[i].start, sp[1])  # "retired Air Force general Lloyd Newton said"
        if sp and sp[0] > toks[i].start and _coordinated_names(toks[i : _index_at(toks, sp[0])]):
            sp = (toks[i].start, sp[1])  # "Hier and Cooper said": both speak
        if sp and sp[0] == toks[i].start:
            return _Attr(sp, (toks[cs].start, toks[c[1] - 1].end))
        sp = lead_phrase(toks, i, cs)
        if sp:
            return _Attr(sp, (toks[cs].start, toks[c[1] - 1].end))
        sp = subject_phrase(toks, cs) if CUE_FORMS.get(toks[j].low) in INDIRECT_LEMMAS else None
        if sp and sp[0] == toks[i].start:
            # a described subject with no name or title: "lawyers said", "attorneys for
            # the family said", "officials at the port authority said"
            return _Attr(sp, (toks[cs].start, toks[c[1] - 1].end))
        break
    return None


def _quoted_as(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """``X was quoted as saying`` / ``… as telling investigators``: a passive report of
    speech after a quote, its subject the speaker (the cue is the four words)."""
    if j + 3 < len(toks) and toks[j].low in ("was", "is", "were", "has", "had"):
        k = j + 1
        if toks[k].low == "been":
            k += 1
        if (
            k + 2 < len(toks)
            and toks[k].low == "quoted"
            and toks[k + 1].low == "as"
            and toks[k + 2].low in _SPEECH_INGS
        ):
            return (j, k + 3)
    return None


# -ing forms after "quoted as" ("was quoted as saying / telling investigators").
_SPEECH_INGS = frozenset("saying telling writing adding stating".split())


# Auxiliaries, modals and "not": one before the first comma makes a clause, not a name.
_FINITE_WORDS = frozenset(
    "am are be been can could did do does had has have is may might must shall should "
    "was were will would not".split()
)

# First words of a described speaker after an inverted cue ("said one source in the
# room", "said a person familiar with the talks", "said several officials").
_DESCRIBED_OPENERS = frozenset("a an the one another two three four several some many both".split())
# Most words such a description may take before the sentence ends.
MAX_DESCRIBED_WORDS = 9


def _described_after(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """``…, said one GOP source in the room.``: a described speaker after a speech cue,
    running to the sentence end: an article or a number first, then at most
    ``MAX_DESCRIBED_WORDS`` words with no verb, relative or clause word in them."""
    words: list[_Tok] = []
    for m in range(k, min(len(toks), k + MAX_DESCRIBED_WORDS + 1)):
        t = toks[m]
        if t.text in ".?!" or _is_quote_tok(t):
            break
        if t.low in PREPOSITIONS and m + 1 < len(toks) and _time_word(toks[m + 1]):
            break  # "said the harbour master on Tuesday": the time is no part of it
        if not t.text[0].isalnum() or t.low in SUBJECT_BREAKS or t.low in PRONOUNS:
            return None
        words.append(t)
    else:
        return None  # no sentence end within reach
    if len(words) < 2 or words[0].low not in _DESCRIBED_OPENERS:
        return None
    if any(not w.cap and w.low.endswith(("ed", "ing")) and len(w.low) > 4 for w in words):
        return None  # "said the board wanted …": a clause, not a speaker
    return (words[0].start, words[-1].end)


def _holds_verb(toks: list[_Tok], sp: tuple[int, int]) -> bool:
    """A clause verb after the first word of a speaker phrase read after an inverted
    cue, then an article, determiner, pronoun, "that" or a name: a clause, not a
    speaker ("the videos show the pilot leaving …", "the report found that …")."""
    i, j = _index_at(toks, sp[0]), _index_at(toks, sp[1] - 1)
    for m in range(i + 1, min(j + 1, len(toks) - 1)):
        t, nxt = toks[m], toks[m + 1]
        if t.low in CLAUSE_VERBS and not t.cap and (
            nxt.low in DETERMINERS or nxt.low in PRONOUNS or nxt.low == "that" or nxt.cap
        ):
            return True
    return False


def _time_word(t: _Tok) -> bool:
    return t.low in TIME_WORDS or t.text[0].isdigit()


def _modifiers(words: list[_Tok]) -> bool:
    """A few descriptive words before a name, between a quote and its cue ("retired",
    "9/11 widow"): no clause words, no punctuation but "/" and "-"."""
    return 0 < len(words) <= 4 and all(
        (w.text[0].isalnum() or w.text in "/-")
        and w.low not in STOP_WORDS
        and w.low not in PREPOSITIONS
        and w.low not in PRONOUNS
        for w in words
    )


def _coordinated_names(words: list[_Tok]) -> bool:
    """``Hier and`` before a name that ends at the cue: one to three capitalised words
    (a first name), then "and"."""
    return (
        2 <= len(words) <= 4
        and words[-1].low == "and"
        and all(w.cap and w.low not in STOP_WORDS and w.low not in PRONOUNS for w in words[:-1])
    )


def _name_after(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """``said 9/11 widow Terry Strada``: the words after a cue to the clause end, when a
    capitalised name ends them (at most 8 words)."""
    words = []
    for t in toks[k : k + 9]:
        if t.text in ",;:.?!" or _is_quote_tok(t):
            break
        words.append(t)
    if not words or len(words) > 8 or not words[-1].cap or not _modifiers(words[:1]):
        return None
    if any(w.low in STOP_WORDS or w.low in PREPOSITIONS for w in words):
        return None
    return (words[0].start, words[-1].end)


# Tokens a speaker phrase with its appositives may take ("Scott Pruitt, the Republican
# attorney general of Oklahoma, one of the states suing the EPA, said").
MAX_SPEAKER_TOKENS = 40


def lead_phrase(toks: list[_Tok], i: int, cs: int) -> tuple[int, int] | None:
    """``toks[i:cs]`` as one speaker phrase when it opens with a name or title (not a
    pronoun, preposition or verb) and holds no other cue or quote: a name with one or more
    appositives, which :func:`_speaker_back` does not take whole."""
    if cs - i > MAX_SPEAKER_TOKENS:
        return None  # before slicing: a long sentence must not cost its length per cue
    words = toks[i:cs]
    while words and words[-1].text in ",—–-":
        words = words[:-1]
    if len(words) < 2:
        return None
    first = words[0]
    if not (first.cap or first.low in TITLE_WORDS) or first.low in PRONOUNS:
        return None
    if first.low in PREPOSITIONS or first.low in STOP_WORDS or first.low in LABELS:
        return None
    if first.low.endswith("ing") or (len(words) > 1 and words[1].text == ":"):
        return None
    head = next((m for m, t in enumerate(words) if t.text in (",", "(", "--")), len(words))
    if any(t.low in _FINITE_WORDS or t.low.endswith(("n't", "n’t")) for t in words[:head]):
        return None  # "Kadzik's refusal to answer did not go over well, …": a clause
    if any(_is_quote_tok(t) for t in words) or any(
        _cue_at(toks, m, finite_only=True) for m in range(i, cs)
    ):
        return None
    if not any(t.text == "," or t.text == "(" or t.text == "--" for t in words):
        return None  # without an appositive the plain phrase rules already decided
    return (words[0].start, words[-1].end)


def _attr_before(toks: list[_Tok]) -> _Attr | None:
    """``X said: "`` / ``X said, "`` / ``According to X, "`` / ``X: "`` before a quote;
    ``X said "`` with no mark between; ``X issued a statement: "``."""
    if toks and toks[-1].text not in (":", ","):
        return _cue_right_before(toks)
    if not toks:
        return None
    punct = toks[-1]
    body = toks[:-1]
    n = len(body)
    if n == 0:
        return None
    # According to X,
    for j in range(n - 1, max(-1, n - 14), -1):
        if body[j].low == "according" and j + 1 < n and body[j + 1].low == "to":
            sp = _speaker_fwd(body, j + 2)
            if sp:
                return _Attr(sp, (body[j].start, body[j + 1].end))
    # X said [up to 6 words]:   /   said X:
    for j in range(n - 1, max(-1, n - 8), -1):
        c = _cue_at(body, j, finite_only=True)
        if not c:
            continue
        if c[1] == n or (punct.text == ":" or c[1] + 6 >= n):
            cs = _cue_prefix(body, j, 0)
            sp = _speaker_back(body, cs)
            cue_end = body[c[1] - 1].end
            if punct.text == ":" and c[1] == n:
                cue_end = punct.end
            if sp:
                return _Attr(sp, (body[cs].start, cue_end))
            # "…, said Ana Lund: "…"": the speaker after the cue only when no subject
            # stands before it ("if anyone threatens Iran, "…"": Iran is the object)
            sp = _speaker_fwd(body, c[1]) if cs == 0 or not body[cs - 1].text[0].isalnum() else None
            if sp:
                return _Attr(sp, (body[cs].start, body[c[1] - 1].end))
        break
    # X apologised on Wednesday, declaring: "…"  (the -ing cue's subject opens the clause)
    last = body[-1]
    if last.low in CONTINUATION_INGS or (last.low.endswith("ing") and last.low in CUE_FORMS):
        if n >= 3 and body[-2].text == ",":
            sp = _speaker_fwd(body, 0)
            if sp and body[0].cap and body[0].low not in DETERMINERS:
                return _Attr(sp, (last.start, last.end))
    # X issued a statement: "…"  /  The ministry had a short message: "…"
    if punct.text == ":":
        found = _statement_noun(body)
        if found is not None:
            return found
    # Headline style  X: "…"  (not a demonstrative phrase: 'This year's theme: "Who is …?"'
    # names a topic, not a speaker)
    # nor a label ('Read: "If Vella Calls Me …"', a link to another story)
    if (
        punct.text == ":"
        and n <= 6
        and body[0].low not in DEMONSTRATIVES
        and not (len(body) == 1 and body[0].low in LABELS)
    ):
        sp = _valid_phrase([t for t in body if t.text[0].isalnum()])
        if sp and sp[0] == body[0].start and sp[1] == body[-1].end:
            return _Attr(sp, (punct.start, punct.end))
    return None


# Speech verbs whose listener comes before the words: right before a quote they are a
# headline's passive ("Residents told "we need to evacuate"" = residents were told).
_LISTENER_FIRST = frozenset("tell assure remind inform".split())


def _cue_right_before(toks: list[_Tok]) -> _Attr | None:
    """``Lund said "The quay is safe."``: a finite speech verb right before the opening
    mark, with its subject before it (not a noun reading: "the so-called", "the claims")."""
    n = len(toks)
    for j in range(n - 1, max(-1, n - 3), -1):
        c = _cue_at(toks, j, finite_only=True)
        if c is None:
            continue
        lemma = CUE_FORMS.get(" ".join(t.low for t in toks[j : c[1]]))
        if c[1] != n or lemma not in INDIRECT_LEMMAS or lemma in _LISTENER_FIRST:
            return None  # "Metung told "we need to …"": a headline's passive, no speaker
        cs = _cue_prefix(toks, j, 0)
        sp = _speaker_back(toks, cs)
        return _Attr(sp, (toks[cs].start, toks[c[1] - 1].end)) if sp else None
    return None


def _statement_noun(body: list[_Tok]) -> _Attr | None:
    """``X issued a statement:`` / ``X posted a message:``: a past verb, an optional
    article or possessive and adjective, then a noun of ``STATEMENT_NOUNS`` before the
    colon. The subject before the verb speaks; the cue is the verb phrase."""
    n = len(body)
    if n < 3 or body[-1].low not in STATEMENT_NOUNS:
        return None
    v = n - 2
    while (
        v > 0
        and (body[v].low in ARTICLES or body[v].low in DETERMINERS or not body[v].cap)
        and not (body[v].low.endswith("ed") or body[v].low in STATEMENT_VERBS)
    ):
        v -= 1
    if v < 1 or n - v > 5 or not (body[v].low.endswith("ed") or body[v].low in STATEMENT_VERBS):
        return None
    sp = _speaker_back(body, v)
    if sp is None:
        return None
    return _Attr(sp, (body[v].start, body[-1].end))
