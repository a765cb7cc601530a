"""Direct and reported quotes with their speaker and cue, by rules (no model).

Steps of :func:`extract_quotes`:

1. pair quote marks (straight, curly, single) into direct-quote spans; a quote left open
   at a paragraph end closes there (news style for multi-paragraph quotes);
2. attribute each direct quote from the words after it (``"…," X said`` / ``said X``)
   or before it (``X said: "…"``, ``According to X, "…"``, ``X: "…"``);
3. find reported speech per sentence (``X said (that) …``, ``…, X said.``,
   ``…, according to X``, ``, adding that …``) as indirect quotes;
4. quotes with no attribution inherit the speaker of the quote just before them when
   nothing else intervenes; a "he"/"she"/"they" speaker resolves to the last named
   speaker when it fits the pronoun (gender marks the article writes, number) and no
   other person who could be meant is named in between (else it stays a bare pronoun;
   ``pronouns.py``).

Offsets index ``article.text``; a direct quote's span excludes its quote marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ...models import Document, Quote
from ...rules.attribution import (
    CALENDAR_WORDS,
    CUE_FORMS,
    DEMONSTRATIVES,
    DETERMINERS,
    INDIRECT_LEMMAS,
    LEAD_ADVERBS,
    PERSONAL_PRONOUNS,
    TIME_WORDS,
)
from ...rules.numbers import TENS_WORDS, UNITS_WORDS
from .direct import _attr_after, _attr_before
from .indirect import NO_SPEAKER, _indirect, who_antecedent
from .marks import _MIN_UNATTRIBUTED_WORDS, _quote_spans
from .pronouns import antecedent, chain_start, gender_cues, inside_quotes
from .speakers import (
    _is_named,
    _name_part,
    _speaker_back,
    clause_subject,
    other_names_at,
    sentence_subject,
    subject_phrase,
)
from .tokens import _cue_at, _cue_prefix, _index_at, _is_quote_tok, _tokens

# A transcript line quoted whole: an upper-case name and a colon open it ("WALLACE: …").
_TRANSCRIPT = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s+(?=\S)")

# Reported clauses looked at (back from a partial quote's start) for the one holding it;
# clauses do not nest, so the holder is the nearest one or two.
HOST_LOOKBACK = 8
# A "he"/"she" resolves to the last named speaker only within this many characters (as
# ``analysis.PRONOUN_WINDOW``); the text between is scanned for another name, so an
# unbounded gap made many pronoun quotes quadratic.
PRONOUN_GAP = 1500


def extract_quotes(doc: Document, cues: dict[str, str] | None = None) -> tuple[Quote, ...]:
    """All direct and reported quotes of ``doc``, in text order. ``cues``: the article's
    ``pronouns.gender_cues``, when the caller has read them already (``analyse`` passes
    them on to ``resolve_pronouns`` too); else they are read here."""
    text = doc.article.text
    sents = doc.sentences
    starts = [s.start for s in sents]

    def sids(a: int, b: int) -> tuple[str, ...]:
        if not sents:
            return ()
        i = max(0, bisect_right(starts, a) - 1)
        out = []
        while i < len(sents) and sents[i].start < max(b, a + 1):
            if sents[i].end > a:
                out.append(sents[i].id)
            i += 1
        return tuple(out)

    def sentence_bounds(pos: int) -> tuple[int, int]:
        if not sents:
            return 0, len(text)
        i = max(0, bisect_right(starts, pos) - 1)
        return sents[i].start, sents[i].end

    spans = _quote_spans(text)
    marks = [(o, c) for o, _, _, c in spans]
    # paragraph ends by bisection: a find of the next and previous line break per quote
    # scanned its whole paragraph, quadratic in a long one
    breaks = [m.start() for m in re.finditer("\n", text)]
    # items: [content_start, content_end, direct, speaker_span, cue_span, open, close]
    items: list[list] = []
    # close offsets of quotes followed by an attribution step 2 could not read: they do not
    # inherit the previous speaker (an explicit trailing attribution wins over carry-over)
    cue_after: set[int] = set()
    headless_dropped: set[int] = set()
    # step 2: direct quotes with an explicit attribution (or none yet)
    for qi, (o, cs, ce, c) in enumerate(spans):
        _, s_end = sentence_bounds(max(o, c - 1))
        s_start, _ = sentence_bounds(o)
        nxt_open = spans[qi + 1][0] if qi + 1 < len(spans) else len(text)
        k = bisect_left(breaks, c)  # the first line break at or after c
        para_end = breaks[k] if k < len(breaks) else len(text)
        after_end = min(nxt_open, para_end, max(s_end, c))
        prev_close = spans[qi - 1][3] if qi else 0
        k = bisect_left(breaks, o)  # the last line break before o
        para_start = breaks[k - 1] + 1 if k else 0
        before_start = max(prev_close, para_start, s_start)
        label = _TRANSCRIPT.match(text, cs, ce)
        if label and o != cs:  # "PENCE: Well, the question …": a transcript's speaker
            items.append(
                [label.end(), ce, True, label.span(1), (label.end(1), label.end(1) + 1), o, c]
            )
            continue
        # a phrase quoted inside a clause ('those who "abused" Savarkar, the leader said')
        # is no quote the words after it attribute: only a quote closed by punctuation is
        inside = _inside_clause(text, o, cs, ce, c)
        after_toks = _tokens(text, c, after_end) if after_end > c and not inside else []
        attr = _attr_after(after_toks) if after_toks else None
        if attr is None and _unread_attribution(after_toks, text[cs:ce]):
            cue_after.add(c)  # '"…," the commissioner … said': never another's words
        if attr is None:
            attr = _attr_before(_tokens(text, before_start, o))
        if attr is not None and attr.speaker and _not_a_speaker(text[slice(*attr.speaker)]):
            attr = None
        if attr is None:
            if o == cs:
                # a headless quote needs its attribution to be believed; unbelieved, its
                # lone closing mark does not hide the paragraph's reported speech
                headless_dropped.add(o)
                continue
            items.append([cs, ce, True, None, None, o, c])
        else:
            items.append([cs, ce, True, attr.speaker, attr.cue, o, c])
    # step 3: indirect quotes, sentence by sentence
    bounds = [(s.start, s.end) for s in sents] or [(0, len(text))]
    if headless_dropped:
        marks = [m for m in marks if m[0] not in headless_dropped]
    opens = [o for o, _ in marks]
    reach = list(accumulate((c for _, c in marks), max))  # furthest close so far
    # the speakers of step 2's quotes by position, each with its item's index: a sentence
    # finds its first one by bisection, not by a scan of every item per ", adding that"
    speakers = sorted((it[3][0], i) for i, it in enumerate(items) if it[3])
    speaker_starts = [a for a, _ in speakers]
    for s_start, s_end in bounds:
        toks = _tokens(text, s_start, s_end)
        if len(toks) < 4:
            continue
        # only the marks that reach this sentence (found by bisection, not a scan of all)
        near = marks[bisect_right(reach, s_start) : bisect_right(opens, s_end)]
        main_sp: tuple[int, int] | None = None
        first_sp: list = []  # step 2's first speaker in this sentence, found once
        for sp, cue_span, (a, b) in _indirect(text, toks, s_start, s_end, near):
            if cue_span and _coordinated_verb(text, cue_span[1], a):
                continue  # "who said and did the same things": no reported words
            lead = _LEAD_ADVERB.match(text, a, b)
            if lead and lead.group(1).lower() in LEAD_ADVERBS | TIME_WORDS:
                a = lead.end() - 1  # "adding later, "…"": the quote is the content
            if sp == NO_SPEAKER:  # "It was reported that …": nobody named
                items.append([a, b, False, None, cue_span, a, b])
                continue
            if sp is None:  # ", adding that …": the sentence's main speaker
                # (the indirect items added so far have their speakers in earlier
                # sentences, or this sentence's main_sp is already set)
                if not first_sp:
                    first_sp.append(_first_speaker(items, speakers, speaker_starts, s_start, s_end))
                sp = (
                    main_sp
                    or first_sp[0]
                    or sentence_subject(toks)
                    or clause_subject(toks)
                    or _pronoun_subject(toks)
                )
                if sp is None:
                    continue
                items.append([a, b, False, None, cue_span, a, b, sp])
                continue
            if text[sp[0] : sp[1]].lower() in DEMONSTRATIVES or _bare_number(
                text[sp[0] : sp[1]].lower()
            ):
                continue  # "This was welcome as …", "Ten states allow …": not a speaker
            # (a day name stays: "The poll released Friday shows that …" has the right
            # cue and content; the speaker is the noun phrase before the participle that
            # the date belongs to, "The poll", when one is found; the headline rule
            # checks its own)
            if text[sp[0] : sp[1]].lower() in CALENDAR_WORDS:
                sp = _dated_subject(toks, sp) or sp
            main_sp = sp
            if text[sp[0] : sp[1]].lower() == "who":  # "Vell, who said …": Vell speaks
                ante = who_antecedent(toks, sp)
                if ante is not None:
                    items.append([a, b, False, sp, cue_span, a, b, ante])
                    main_sp = ante  # ", adding that …" after it is the same person's
                    continue
            items.append([a, b, False, sp, cue_span, a, b])
    _to_quote_close(text, items, spans)
    items.sort(key=lambda it: (it[0], not it[2]))
    # step 4: carry-over speakers, pronoun resolution, partial quotes in reported speech
    found: list[Quote] = []
    cues = gender_cues(text) if cues is None else cues
    quoted = inside_quotes([(o, c) for o, c in marks])
    last_named: str | None = None
    last_named_end = 0
    prev: tuple[str | None, int] | None = None  # (speaker, close offset) of the last quote
    indirect = [it for it in items if not it[2]]
    indirect_starts = [it[0] for it in indirect]
    for it in items:
        cs, ce, direct, sp_span, cue_span, o, c = it[:7]
        speaker = None
        if len(it) > 7:  # the main speaker of ", adding that …" or the name a "who" stands for
            speaker = _name_part(text[it[7][0] : it[7][1]])
        elif sp_span is not None:
            speaker = _name_part(text[sp_span[0] : sp_span[1]])
        if direct and sp_span is None:
            # the reported clause holding it starts at or before it: look a few back only
            k = bisect_right(indirect_starts, cs)
            host = next(
                (
                    h
                    for h in reversed(indirect[max(0, k - HOST_LOOKBACK) : k])
                    if h[3] and ce <= h[1]
                ),
                None,
            )
            if host is not None:  # a partial quote inside "X said (that) … '…' …"
                inner = _inner_attribution(text, host[0], o)
                if inner is not None:  # "X said the crews told her "…"": the crews'
                    sp_span, cue_span = inner
                    speaker = _name_part(text[sp_span[0] : sp_span[1]])
                else:  # the host's speaker (the name its "who" stands for)
                    named = host[7] if len(host) > 7 else host[3]
                    speaker = _name_part(text[named[0] : named[1]])
                    cue_span = host[4]
            elif (
                prev is not None
                and prev[0]
                and c not in cue_after
                and _continues(text, prev[1], o)
                and not _mid_clause(text, o)
            ):
                speaker = prev[0]
            elif (
                len(text[cs:ce].split()) < _MIN_UNATTRIBUTED_WORDS
                and not _standalone(text, o, cs, ce)
            ) or (_is_title(text[cs:ce]) and len(text[cs:ce].split()) >= _MIN_UNATTRIBUTED_WORDS):
                continue  # scare quotes, names of shows and reports ("Years of Hope.")
        here = sp_span[0] if sp_span else cs
        if speaker and speaker.lower() in PERSONAL_PRONOUNS and last_named:
            if here - last_named_end <= PRONOUN_GAP:
                # the last speaker when it fits the pronoun and nobody who could be meant
                # is named since; else keep the bare pronoun (pronouns.antecedent)
                named = list(
                    other_names_at(text, last_named_end, here, last_named, quoted=quoted)
                )
                since = chain_start(text, speaker, last_named_end, here, named)
                rivals = [n for pos, n in named if pos >= since]
                speaker = antecedent(speaker, last_named, rivals, cues) or speaker
        elif speaker and _is_named(speaker):
            if " and " in speaker and speaker.split()[-1].islower():
                last_named = None  # "Vell and other officers": a group, no antecedent of "he"
            else:
                last_named = speaker
                last_named_end = sp_span[1] if sp_span else ce
                if sp_span and cue_span and cue_span[0] >= sp_span[1]:
                    # "X, who runs the Y Retreat, said": names in the aside before the
                    # cue are about the speaker, no other person for a later "he"
                    last_named_end = cue_span[1]
        cue = text[cue_span[0] : cue_span[1]] if cue_span else None
        found.append(
            Quote(sids(cs, ce), cs, ce, text[cs:ce], direct, speaker, sp_span, cue, cue_span)
        )
        if direct or speaker:
            prev = (speaker, c)
    return tuple(found)


# An opening quote mark and the closing mark of its own style: a quote whose marks do not
# match ("“His mask fell off. …!”Shortly before … \"to take time") may be two quotes
# paired wrongly, and is not followed to its close.
_PAIRED = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "``": "''"}


def _to_quote_close(text: str, items: list[list],
                    spans: list[tuple[int, int, int, int]]) -> None:
    """A reported clause that opens a direct quote and stops inside it at a sentence end
    goes on to the quote's closing mark: the quote is one unit, whatever sentences it holds
    (Trump told Fox that "they hit Matt because …. What they are doing is …": one report,
    not its first sentence; PolNeAR labels the clause to the closing mark). ``spans`` are
    step 1's ``(open, content_start, content_end, close)``; items are changed in place."""
    if not spans:
        return
    opens = [o for o, _, _, _ in spans]
    for it in items:
        if it[2]:
            continue
        a, b = it[0], it[1]
        k = bisect_right(opens, b) - 1  # the last quote opened before the clause's end
        if k < 0:
            continue
        o, cs, ce, c = spans[k]
        if a < o and cs < b < ce and _PAIRED.get(text[o:cs].strip()) == text[ce:c].strip():
            it[1] = it[6] = c


# Third-person pronouns that open a sentence as the subject of its participial cue ("He
# compared the raids to …, noting that …"); "it" is left out (a report, a law, a weather
# front), and "I"/"we"/"you" are the writer's or the reader's.
_SUBJECT_PRONOUNS = frozenset("he she they".split())


def _pronoun_subject(toks) -> tuple[int, int] | None:
    """A third-person pronoun opening the sentence, followed by a lower-case verb."""
    if len(toks) > 2 and toks[0].low in _SUBJECT_PRONOUNS and toks[1].text[0].islower():
        return toks[0].start, toks[0].end
    return None


def _inner_attribution(text: str, a: int, o: int):
    """A speech verb with its own subject inside a reported clause, right before the
    quote opening at ``o`` (``Lund said the crews told her "we are not going back"``):
    the quote is the inner speaker's words, which the outer speaker reports. Returns the
    inner ``(speaker_span, cue_span)`` or None. Only a cue at most a few words before the
    mark (its listener between), not one earlier in the clause."""
    toks = _tokens(text, a, o)
    n = len(toks)
    for m in range(n - 1, max(-1, n - 1 - INNER_CUE_REACH), -1):
        if toks[m].text in ",;:" and m < n - 1:
            return None
        c = _cue_at(toks, m, finite_only=True)
        if c is None:
            continue
        if CUE_FORMS.get(" ".join(t.low for t in toks[m : c[1]])) not in INDIRECT_LEMMAS:
            return None
        cs = _cue_prefix(toks, m, 0)
        sp = _speaker_back(toks, cs) if cs > 0 else None
        if sp is None or toks[0].start >= sp[0] and cs == 0:
            return None
        return sp, (toks[cs].start, toks[c[1] - 1].end)
    return None


# Words at most between an inner speech verb and the quote it introduces ("told her").
INNER_CUE_REACH = 4


def _dated_subject(toks, sp: tuple[int, int]) -> tuple[int, int] | None:
    """``A study by the Vell Centre published in August found …``: for a speaker that is
    a lone day or month name, the noun phrase before the participle it dates ("A study by
    the Vell Centre"); None when there is none."""
    i = _index_at(toks, sp[0]) - 1
    while i > 0 and toks[i].low in ("in", "on", "last", "this", "early", "late"):
        i -= 1
    if i <= 0 or toks[i].cap or not toks[i].low.endswith("ed"):
        return None
    return subject_phrase(toks, i)


def _not_a_speaker(phrase: str) -> bool:
    """A bare demonstrative ("This was welcome as …"), a day or month name ("April:
    $1,511.57") or a bare number ("Thirty-one states allow …", where the cue word is a
    plural noun): narration or a list, not someone speaking."""
    low = phrase.lower()
    return low in DEMONSTRATIVES or low in CALENDAR_WORDS or _bare_number(low)


# A coordinator right after a cue joins a second verb to it ("said and did the same
# things", "asked for or just were confused"): the words after are no reported content.
# Not when a subject follows it ("police said and only three people were cited …", a
# comma lost before "and"): a determiner, number, pronoun or name opens a clause.
_COORDINATED_VERB = re.compile(r"\s*(?:and|or|nor)\s+([\w'’]+)", re.IGNORECASE)
_SUBJECT_OPENERS = DETERMINERS | PERSONAL_PRONOUNS | frozenset(("only", "i", "we", "you", "it"))


# A time adverb and a comma between a cue and the quote it opens ("…, adding later,
# "NATO is costing us a fortune""): the narrator's, not the quoted words.
_LEAD_ADVERB = re.compile(r"([A-Za-z]+),\s*[\"“]")


def _coordinated_verb(text: str, cue_end: int, a: int) -> bool:
    """Whether the content at ``a`` opens with "and"/"or"/"nor" right after the cue and
    a verb, not a subject, follows it."""
    if a < cue_end or text[cue_end:a].strip():
        return False
    m = _COORDINATED_VERB.match(text, cue_end)
    if m is None:
        return False
    word = m.group(1)
    if word[0].isupper() or word[0].isdigit() or word.lower() in _SUBJECT_OPENERS:
        return False
    return True


def _bare_number(low: str) -> bool:
    """A number alone, in digits or words ("31", "thirty-one", "two")."""
    if low.replace(",", "").isdigit():
        return True
    parts = low.replace("\u2010", "-").split("-")
    return all(p in UNITS_WORDS or p in TENS_WORDS for p in parts)


def _first_speaker(items, speakers, starts, s_start: int, s_end: int):
    """The speaker span of the earliest step-2 item whose speaker starts in the sentence."""
    lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
    if lo == hi:
        return None
    return items[min(i for _, i in speakers[lo:hi])][3]


def _is_title(quote: str) -> bool:
    """``"State of the Union"``: every long word capitalised, no sentence inside."""
    words = [w for w in re.findall(r"[^\W\d_]+", quote) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words) and len(words) <= 6


# Sentence-final punctuation inside a quote that stands as a sentence of its own.
_SENTENCE_END = ".?!…"


def _standalone(text: str, o: int, cs: int, ce: int) -> bool:
    """A short quote that is a sentence by itself ("Finally." / "We won!"): opened at the
    start of the text, of a paragraph or of a sentence (after ".", "?", "!" or a colon)
    and ended with its own sentence punctuation inside the marks. A statement, unlike a
    scare quote or a phrase quoted within the narrator's clause ("the "deal"", "called it
    "a disgrace""), which opens after a word and ends without a stop of its own."""
    inner = text[cs:ce].rstrip()
    if not inner or inner[-1] not in _SENTENCE_END or not inner[0].isupper():
        return False
    i = o
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return True
    return text[i - 1] in ".?!:" or (i >= 2 and text[i - 1] in "\"”’'" and text[i - 2] in ".?!")


def _mid_clause(text: str, o: int) -> bool:
    """A quote opened right after a word ("referred to her as "Miss Piggy""): a phrase
    quoted inside the narrator's clause, not a further quote of the previous speaker."""
    i = o
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and text[i - 1].isalnum()


# Tokens after a closing quote mark searched for an attribution cue (",” the head of the
# port authority's press office said": a long speaker phrase the rules did not read).
TRAILING_CUE_TOKENS = 12


def _unread_attribution(toks, quote: str) -> bool:
    """A comma, dash, "?" or "!" ending the quote (inside or right after its marks), then
    a finite cue verb within a few words before any sentence end or further quote: the
    quote is attributed after it, even when the speaker phrase was not read."""
    if not toks:
        return False
    first = 1 if toks[0].text in (",", "—", "–", "-", "--") else 0
    if not first and not quote.rstrip().endswith((",", "—", "–", "-", "?", "!")):
        return False
    for m in range(first, min(len(toks), TRAILING_CUE_TOKENS)):
        if toks[m].text in ".?!;" or _is_quote_tok(toks[m]):
            return False
        if _cue_at(toks, m, finite_only=True):
            return True
    return False


def _inside_clause(text: str, o: int, cs: int, ce: int, c: int) -> bool:
    """A quote opened right after a word and closed with no punctuation inside or right
    after it (``who "abused" Savarkar``): a phrase within the narrator's sentence."""
    if not _mid_clause(text, o):
        return False
    inner = text[cs:ce].rstrip()
    if inner and inner[-1] in ",.?!;:…—–-":
        return False
    if re.fullmatch(r"[A-Z][\w'’.-]*", inner) and re.match(r" [A-Z]", text[c : c + 2]):
        return False  # a nickname inside a name (Marcia "Cia" Price): the name speaks
    after = text[c : c + 2].lstrip(" ")
    return not (after and after[0] in ",.?!;:—–-")


def _continues(text: str, prev_close: int, o: int) -> bool:
    """A quote continues the previous speaker's when only a short bridge lies between
    (``said. "``, a paragraph break, or a few words)."""
    gap = text[prev_close:o]
    if gap.count("\n") > 2:  # more than one blank line
        return False
    words = re.findall(r"[^\W_]+", gap)
    return len(words) <= 8 and not re.search(r"\b(?:asked|replied|responded)\b", gap)


def find_cues(
    text: str, start: int = 0, end: int | None = None, finite_only: bool = True
) -> list[tuple[int, int, str]]:
    """Attribution cue verbs used as verbs in ``text[start:end]``: ``(start, end, form)``.

    Noun readings ("the claims", "United States") are left out by the same checks the
    quote extractor uses. ``finite_only=False`` also finds the participles ("recalled
    Morrow saying …").
    """
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        return _cues(text, start, end, finite_only)
    # the cues of a span are those of its words and of the few characters before it that
    # the token pattern's look-behinds read: once per such text (wire copies repeat a
    # story's sentences word for word), kept by offsets from ``start``
    key = (text[max(0, start - _LOOK_BEHIND) : start], text[start:end], finite_only)
    got = _CUES_MEMO.get(key)
    if got is None:
        if len(_CUES_MEMO) >= MAX_CUE_SPANS:
            _CUES_MEMO.clear()
        got = _CUES_MEMO[key] = tuple((a - start, b - start, w)
                                      for a, b, w in _cues(text, start, end, finite_only))
    return [(a + start, b + start, w) for a, b, w in got]


# Characters before a span that :data:`tokens._TOKEN` may read when it tokenises the span
# (its longest look-behind: a title's "Sen. " before initials, 7 characters, and the
# word boundary before it, 1 more).
_LOOK_BEHIND = 8
# Distinct spans whose cues are kept before the memo is emptied and starts again (a
# long-running process holds no more than one large story's sentences).
MAX_CUE_SPANS = 8192
_CUES_MEMO: dict[tuple[str, str, bool], tuple[tuple[int, int, str], ...]] = {}


def _cues(text: str, start: int, end: int, finite_only: bool) -> list[tuple[int, int, str]]:
    toks = _tokens(text, start, end)
    out = []
    for k in range(len(toks)):
        c = _cue_at(toks, k, finite_only=finite_only)
        if c:
            a, b = toks[c[0]].start, toks[c[1] - 1].end
            out.append((a, b, text[a:b]))
    return out


__all__ = ["extract_quotes", "find_cues"]
