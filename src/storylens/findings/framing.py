"""``framing``: aligned sentences that describe the same statement or referent with
differently charged words.

Three signals, each from a data table:

* the attribution verb: neutral ("said", "told") in one outlet, doubt-casting
  ("claimed", "insisted") or culpability ("admitted", "denied") in another
  (:mod:`storylens.rules.attribution`);
* a doubt hedge ("alleged", "so-called") in one outlet only;
* loaded terms for one referent ("regime" vs "government", "riot" vs "protest"),
  from :mod:`storylens.rules.loaded_terms`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..analysis.descriptors import (
    APPOSITION_OPENING,
    ModifierUse,
    TermUse,
    _inside,
    _quoted,
    in_name,
    label_hedges,
    modifier_uses,
    other_act,
    post_spans,
    same_anchor,
    sum_after,
    term_holders,
    term_matches,
    term_uses,
    verb_reading,
)
from ..analysis.quotes import find_cues
from ..models import Finding, Sentence
from ..normalize import content_stems
from ..rules.attribution import (
    ASPECT_LEMMAS,
    CALENDAR_WORDS,
    CUE_PREFIX,
    CULPABILITY,
    DOUBT,
    DOUBT_MARKERS,
    ENDORSING,
    ENDORSING_NOT_COMPARED,
    EVIDENCE_SUBJECT_HEADS,
    FRAMING_CLAUSE_ONLY_LEMMAS,
    FURTHER_POINT_CUE_FORMS,
    FURTHER_POINT_PATTERN,
    LEGAL_HEDGES,
    NEUTRAL,
    NOT_VOICE_WORDS,
    PLAIN_COUNTERPART_LEMMAS,
    PREPOSITIONS,
    RELATIVE_OPENERS,
    ROLE_HEDGE_WORDS,
    ROLE_SOURCE_FORMS,
    SENSATIONAL_PATTERN,
    VOICE_FILLER_STOPS,
    cue_class,
    cue_lemma,
)
from ..rules.framing_events import SEQUENCE_CONNECTIVE, SEQUENCE_PHRASE_END
from ..rules.framing_leans import HOLDING_VERBS, LEAN_SIDES, POLITICAL_BODY_NOUNS, POST_LINK_WORDS
from ..rules.loaded_terms import (
    AMOUNT_SETS,
    ANAPHORIC_DETERMINERS,
    ANCHOR_ONLY,
    DOER_SETS,
    IMPOSTOR_FRAMES,
    INTENSIFIERS,
    INTRODUCED_BEFORE,
    INTRODUCING_MODIFIERS,
    LEGAL_CONTEXT,
    LEMMA_SETS,
    MODIFIER_LINK_MIN_WORDS,
    MODIFIERS,
    NAMED_ONLY_MODIFIERS,
    NAMED_ONLY_TERMS,
    NOUN_COMPLEMENTS,
    NOUN_SETS,
    OBJECT_SETS,
    OBJECT_WORDS,
    PART_NOUNS,
    RULES_REGIME_HEADS,
    STOP_HEADS,
    TERM_FORMS,
    TERM_OF_ART_WORDS,
    TERM_SETS,
    UNASSERTING_RELATIVES,
    UNASSERTING_SCOPE_ENDS,
    UNASSERTING_WORDS,
    armed_premodifier,
    figurative_burning,
    intensity_class,
    kindred_modifiers,
    literal_use,
    no_instrument,
    no_vote,
    other_impact,
)
from ..rules.titles import (
    APPOSITION_PERSON_HEADS,
    MAY_FINITE_FORMS,
    PAST_POST_WORDS,
    STAFF_POST_NOUNS,
)
from ..rules.words import ORG_WORDS, SPEAKER_TITLE_WORDS, STOPWORDS, TITLE_WORDS
from .attribution import (
    _QUOTED_SPAN,
    CONTACT_RELATIVE,
    NOUN_READING,
    SpeakerStatements,
    _reports_past_aside,
    _verb_before,
    find_attribution,
    gerund_cue,
    speaker_before,
    speaker_cue_class,
    statements_apart,
    told_elsewhere,
    unrealised_cue,
    with_speaker_context,
)
from .common import FindingContext, sentence_cues, span
from .confidence import rule_confidence
from .linking import Linker, link_tokens, set_token
from .opportunism import find_opportunism
from .quotes import same_speaker, speaker_key

LOADED_CLASSES = (DOUBT, CULPABILITY)
# Endorsing verbs ("explained", "noted") vs "said" is a weak signal: its own rule id,
# held under the default min_finding_confidence (0.5) in rules/confidence.json.
ENDORSING_RULE = "framing.aligned.endorsing_verb"
# Outlets named in a summary before the rest are counted (the detail keeps every one).
MAX_OUTLETS_NAMED = 4
_SENSATIONAL = re.compile(SENSATIONAL_PATTERN, re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
BODY = frozenset({"paragraph", "standfirst"})
# Sets that name actors and groups: a contrast there is a descriptor finding.
DESCRIPTOR_SETS = frozenset({"government", "armed group", "crowd", "immigrant", "leader",
                             "business owner"})
TERM_NOTES = {ts.name: ts.note for ts in TERM_SETS}
MODIFIER_NOTES = {**{k: v[1] for k, v in MODIFIERS.items()}, **INTENSIFIERS}


_TO_INFINITIVE = re.compile(r"\s+to\s+[a-z]")


def _cues(s: Sentence, text: str, quoted: list[tuple[int, int]] = (),
          speakers: dict[int, str] | None = None,
          found: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, str, str]]:
    """Attribution cues of ``s`` as (start, end, form, class): none inside ``quoted``
    spans (a verb in someone's quote is theirs, not the outlet's attribution), and none
    whose speaker is a legal actor or document ("prosecutors claimed", "the indictment
    alleges": AP Stylebook, *allege*), nor an "allege" in a sentence of legal context.
    ``speakers`` (cue start -> speaker as written, from the quote analysis) names the
    speaker where it knows one; else the words right before the cue are read. ``found``:
    the sentence's cues as ``find_cues`` gives them, when the caller has them."""
    out = []
    legal = None
    for a, b, form in find_cues(text, s.start, s.end) if found is None else found:
        if NOUN_READING.search(text, max(s.start, a - 12), a):
            continue  # "Falk's comments": a noun, not an attribution
        if CONTACT_RELATIVE.search(text, max(s.start, a - 40), a):
            continue  # 'the "bomb" he claimed to carry': inside a noun phrase
        if gerund_cue(text, a, b):
            continue  # "after months of insisting that ...": another, earlier act of speech
        if _inside(quoted, a):
            continue  # "... whatever Brant claimed," Quill said: the quote's verb
        cls = cue_class(form)
        if not cls:
            continue
        if cue_lemma(form) in ASPECT_LEMMAS and _TO_INFINITIVE.match(text, b):
            continue  # "continues to offer free repairs": aspect, no statement
        if ((cue_lemma(form) in FRAMING_CLAUSE_ONLY_LEMMAS or cls == DOUBT)
                and not _trails_quote_marks(text, s.start, a)
                and not _reports_past_aside(text, b, _trails_clause(text, s.start, a))
                and not (cls == DOUBT and _QUOTE_IN_CLAUSE.match(text, b, s.end))):
            # a speech verb that also names a plain act, here with a noun object, reports
            # no statement ("the company that supplied and maintained the draw software",
            # dev d54, set against "Investigators say"): as the quote analysis reads it;
            # so does a doubt verb with a noun object, as the story-wide rule reads it
            # ("a crash that has now claimed five lives", "claimed the title", session 17,
            # dev d51, set against "told")
            continue
        if cls in (*LOADED_CLASSES, ENDORSING) and unrealised_cue(text, a, b):
            continue  # "has never claimed", "refused to explain": no statement made
        if _subjectless_cue(text, s.start, a, form):
            continue  # "had a simple choice: explain to viewers why ...": narration
        if cls in LOADED_CLASSES:
            speaker = (speakers or {}).get(a) or _words_before(text, s.start, a)
            if _legal_speaker(speaker, form):
                continue  # "prosecutors claimed", "the indictment alleges": procedure
            if speaker_cue_class(form, speaker) is None:
                continue  # "The scan revealed that ...": evidence, no speaker it frames
            if cue_lemma(form) == "allege":
                if legal is None:
                    legal = any(w.group().lower() in LEGAL_CONTEXT
                                for w in _WORD.finditer(text, s.start, s.end))
                if legal:
                    continue  # "police allege the driver ...": the word a charge requires
        out.append((a, b, form, cls))
    relative = [c for c in out if _in_relative_clause(text, s.start, c[0])]
    if relative and len(relative) < len(out):
        # "Vell, who denies the charges, told reporters: ...": the main verb ("told")
        # attributes the statement; a relative clause's verb alone is kept ("the strikers,
        # who claim to be deckhands, blocked the gate": the label's hedge)
        out = [c for c in out if c not in relative]
    return out


# A verb of saying with no subject before it: at the sentence's start or right after a
# clause break (colon, semicolon, dash, bracket) or "or"/"either", an adverb allowed.
_NO_SUBJECT = re.compile(r"(?:^|[:;(\u2014\u2013]|\s-|\bor|\beither)\s*(?:\w+ly\s+)?$",
                         re.IGNORECASE)


def _subjectless_cue(text: str, lo: int, a: int, form: str) -> bool:
    """Whether the cue ``form`` at ``a`` is a bare verb with no subject: an imperative or
    infinitive of the narration ("Vosk had a simple choice: explain to viewers why ..., or
    leave", dev d243, --on all: read as the outlet's 'explain' against 'asked'), no act
    of speech the outlet attributes. A verb with its subject ("Vosk explained", "critics
    say") or a past form is read as before."""
    if " " in form.strip() or form.lower() != cue_lemma(form):
        return False
    return _NO_SUBJECT.search(text[lo:a]) is not None


# A quote that opens in the clause right after a doubt cue, past its subject: the clause
# is the speaker's statement ('insisted the government "owes the families the truth"',
# dev d06, whose "owes" no finite-verb list knows).
_QUOTE_IN_CLAUSE = re.compile(r"\s+[^\W\d_][^.,;:!?\"\u201c\u201d]{0,80}?\s[\"\u201c]\w")

# A quote that closes with punctuation ('...,"', '...?”', British '...",'), then the
# cue's subject of at most TRAILING_SUBJECT_WORDS words, commas allowed ('"...," Quarnby's
# chief, Ana Velk, maintained')
_AFTER_QUOTE = re.compile(r"(?:[,.?!…]\s*[\"”’']|[\"”’']\s*,)([^\"“”;:()—–]*)$")


def _trails_quote_marks(text: str, lo: int, a: int) -> bool:
    """Whether the cue at ``a`` trails the quote it attributes ('"...," he maintained at
    the briefing'): a quote closing with punctuation, then only a short subject with no
    relative or coordinated verb. A name or a word in quote marks before the verb is no
    quote it trails ('a technician at the firm "Quarnby Signals" maintained the ticket
    machines': review17c)."""
    m = _AFTER_QUOTE.search(text, lo, a)
    if m is None:
        return False
    return _bare_subject(m.group(1), 0, TRAILING_SUBJECT_WORDS + 3)


# The most words a cue's subject may have after the comma that closes the clause it
# reports ("..., the investigators maintained on Tuesday.": _trails_clause)
TRAILING_SUBJECT_WORDS = 5


def _trails_clause(text: str, lo: int, a: int) -> bool:
    """Whether the cue at ``a`` trails the clause it reports, set off by a comma and
    told by a short subject with no verb of its own ("A technician copied the records,
    the investigators maintained on Tuesday."): a day or medium may then end its clause,
    as after a quote (review17c). Not a relative clause or a coordinated verb ("Quarnby
    Signals, which maintained the machines", "the firm that supplied and maintained")."""
    m = re.search(r",([^,;:()\"“”—–]*)$", text[lo:a])
    if m is None:
        return False
    return _bare_subject(m.group(1), 1, TRAILING_SUBJECT_WORDS)


def _bare_subject(span: str, least: int, most: int) -> bool:
    """Whether the words of ``span`` between what a cue reports and the cue are its
    subject alone: ``least`` to ``most`` words, none of them a relative or a conjunction
    that gives it a verb of its own (:func:`_trails_quote_marks`, :func:`_trails_clause`)."""
    words = [w.lower() for w in _WORD.findall(span)]
    return least <= len(words) <= most and not any(
        w in RELATIVE_OPENERS or w in ("that", "and", "or", "but") for w in words)


def _in_relative_clause(text: str, lo: int, a: int) -> bool:
    """Whether the cue at ``a`` is in a relative clause set off by a comma ("Vell, who
    denies the charges, ..."): its clause, back to the last punctuation, opens with a
    relative pronoun (``rules.attribution.RELATIVE_OPENERS``)."""
    m = re.search(r"[,;:()\"“”—–]([^,;:()\"“”—–]*)$", text[lo:a])
    if m is None or m.group(0)[0] != ",":
        return False
    first = _WORD.findall(m.group(1))[:1]
    return bool(first) and first[0].lower() in RELATIVE_OPENERS


# Words read before a cue as its speaker when the quote analysis names none.
SPEAKER_WORDS_BEFORE = 4


def _words_before(text: str, lo: int, a: int) -> str:
    """Up to :data:`SPEAKER_WORDS_BEFORE` words before ``a``, back to punctuation."""
    before = re.split(r"[,;:()\"“”—–]", text[max(lo, a - 60) : a])[-1]
    return " ".join(_WORD.findall(before)[-SPEAKER_WORDS_BEFORE:])


def _legal_speaker(speaker: str | None, cue: str | None = None) -> bool:
    from .attribution import _legal

    return bool(speaker) and _legal(speaker, cue)


def _all_markers(s: Sentence, text: str) -> tuple[list[tuple[int, int, str]], bool]:
    """Doubt hedges anywhere in ``s``, quoted or not, from one pass over its words (the
    aligned finder asks for them with and without the quoted spans: the sentence was
    read four times), and whether a hedge stands there that a legal word exempts ("police
    are probing the alleged links": procedure, not doubt; such a sentence still hedges,
    so it is no plain side either: "The alleged ringleader, Farid Noorzai, was arrested",
    session 17, dev d58)."""
    words = list(_WORD.finditer(text, s.start, s.end))
    low = [w.group().lower() for w in words]
    found = [(m.start(), m.end(), m.group()) for i, (m, w) in enumerate(zip(words, low, strict=True))
             if w in DOUBT_MARKERS and not _names_term(text, words, i)]
    if (found or any(w in LEGAL_HEDGES for w in low)) and any(w in LEGAL_CONTEXT for w in low):
        # the legal hedges ("a suspected price-fixing cartel") hedge too: dev d48, where the
        # Left's "suspected" was told as stating the cartel without a hedge
        return [], True
    return found, False


def _names_term(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether the introducing modifier at sentence word ``i`` ("so-called") names a kind
    or a coined term rather than doubting it: a lower-case compound of
    rules/loaded_terms.TERM_OF_ART_WORDS words follows, spaces only between, the first
    singular, none a stopword or a loaded term ("so-called ghost employees")."""
    if words[i].group().lower() not in INTRODUCING_MODIFIERS:
        return False
    nxt = words[i + 1:i + 1 + TERM_OF_ART_WORDS]
    if len(nxt) < TERM_OF_ART_WORDS:
        return False
    prev = words[i].end()
    for w in nxt:
        if text[prev:w.start()] != " ":
            return False  # a quote mark, a comma or a dash: not one plain compound
        prev = w.end()
    forms = [w.group() for w in nxt]
    if any(not f[:1].islower() or f in STOPWORDS or f in TERM_FORMS or f in MODIFIERS
           for f in forms):
        return False
    return not forms[0].endswith("s")


def _term_at(ctx: FindingContext, article: str, start: int) -> bool:
    """Whether the introducing modifier starting at ``start`` of ``article`` names a kind
    or a coined term (:func:`_names_term`), for the story-wide modifier line."""
    text = ctx.documents[article].article.text
    words = list(_WORD.finditer(text, start, min(len(text), start + 200)))
    return bool(words) and words[0].start() == start and _names_term(text, words, 0)


def _terms(s: Sentence, text: str, quoted: list[tuple[int, int]] = ()
           ) -> dict[str, list[tuple[int, int, str, str, int]]]:
    """set name -> [(start, end, surface, base term, charge)] found in ``s``, words
    inside ``quoted`` spans left out: there the word is the speaker's, not the outlet's
    (Tasnim's "over their “warmongering statements”, the ministry said" quotes the
    ministry; set against another outlet's own "hawkish" it was a false finding)."""
    words = list(_WORD.finditer(text, s.start, s.end))
    lowered = [w.group().lower() for w in words]  # once a sentence, as term_uses reads it
    out: dict[str, list] = {}
    for a, b, form in term_matches(words):
        if _inside(quoted, a):
            continue
        name, base, charge = TERM_FORMS[form]
        if base in ANCHOR_ONLY or base in NAMED_ONLY_TERMS:
            # "the group", "boss": only the label of a named entity (story-wide rules:
            # "Port boss Edvin Saar" is not the "leader Mara Velk" of the aligned sentence)
            continue
        if name in LEMMA_SETS and other_act(text, b):
            continue  # "pulling his hand free": another act than "pulled him"
        if name in NOUN_SETS and verb_reading(text, b):
            continue  # "clutches a photograph": the verb, not "the clutches of"
        if name in AMOUNT_SETS and not sum_after(text, b):
            continue  # "took part", "received a call": no sum taken
        if literal_use(name, lowered):
            continue  # "the fire gutted the warehouse": the literal act
        if name == "burning" and figurative_burning(base, words, a, b, lowered):
            continue  # "Critics torched the plan": no fire
        if no_instrument(name, lowered, sum(1 for w in words if w.start() < b)):
            continue  # "ripped up the tram tracks": no rule ended
        if other_impact(name, base, lowered, sum(1 for w in words if w.start() < b)):
            continue  # "rammed the bill through": no collision
        if no_vote(name, base, charge, lowered, sum(1 for w in words if w.start() < b)):
            continue  # "approved by a deputy minister": no chamber's vote
        # a capitalised term inside a name ("Taliban Government", "Rally Road") is a name
        if not in_name(text, s.start, a):
            out.setdefault(name, []).append((a, b, text[a:b], base, charge))
    return out


def find_framing(ctx: FindingContext, aligned: list[Finding] | None = None) -> list[Finding]:
    """Framing in aligned sentences (one finding per group and differing word, naming
    every outlet on each side); with ``options.story_framing`` also across the whole
    story (:func:`story_framing`), each kept only where no aligned finding already shows
    the same contrast. The story-wide rules are on by default since session 13 (held-out
    15/15, every dev population >= 0.9; ``--no-story-framing`` turns them off,
    docs/findings.md). ``aligned``: the aligned findings where they were found already
    (the pipeline's two-process path, ``findings.find_after``, which finishes them here
    too: review18d, without :func:`finish` that path kept an off-story article's framing
    and cited no speaker's sentence, invented dev d21 --on all)."""
    aligned = aligned_framing(ctx) if aligned is None else aligned
    found = aligned if not ctx.options.story_framing else merge(aligned, story_framing(ctx), ctx)
    return finish(ctx, found)


def finish(ctx: FindingContext, found: list[Finding]) -> list[Finding]:
    """The framing findings as shown: without the off-story articles
    (:func:`_without_off_story`), each statement with its speaker's context
    (``attribution.with_speaker_context``)."""
    return with_speaker_context(ctx, _without_off_story(ctx, found))


def _without_off_story(ctx: FindingContext, found: list[Finding]) -> list[Finding]:
    """``found`` less the articles the story warning names (``coverage.off_story``): an
    article about another event sets no framing against the story's outlets, on either
    side (session 15: dev t02's off-story piece on a mayor's arrest stood on the plain side
    of 'the disgraced former transport minister Brancu'). A finding keeps its other
    articles, its line rebuilt without the off-story outlet; one left with an empty side,
    or whose line cannot be rebuilt, is dropped."""
    if not found:
        return found
    from .coverage import off_story

    off = off_story(ctx)
    if not off:
        return found
    out = []
    for f in found:
        arts = set(f.detail["a"]["articles"]) | set(f.detail["b"]["articles"])
        if not arts & off:
            out.append(f)
            continue
        g = _drop_articles(ctx, f, off)
        if g is not None:
            out.append(g)
    return out


def _drop_articles(ctx: FindingContext, f: Finding, off: set[str]) -> Finding | None:
    """Framing finding ``f`` without the sentences of articles ``off`` (see
    :func:`_without_off_story`); None when a side is left empty or the line does not start
    with the two sides as :func:`_finding` writes them."""
    sides = {}
    for k in ("a", "b"):
        d = f.detail[k]
        old = [(ctx.sentences[sid], (0, 0, w)) for sid, w in zip(d["sentences"], d["words"], strict=False)]
        new = [(s, w) for s, w in old if s.article not in off]
        if not new:
            return None
        sides[k] = (old, new)
    (ox, nx), (oy, ny) = sides["a"], sides["b"]
    head = f"{_side_text(ctx, oy)} where {_side_text(ctx, ox)}"
    if not f.summary.startswith(head):
        return None
    summary = f"{_side_text(ctx, ny)} where {_side_text(ctx, nx)}" + f.summary[len(head):]
    detail = dict(f.detail)
    for k, (_old, new) in sides.items():
        detail[k] = dict(f.detail[k], articles=[s.article for s, _ in new], outlets=_names(
            ctx, [s for s, _ in new]), word=new[0][1][2], words=[w[2] for _, w in new],
            sentences=[s.id for s, _ in new])
    keep = {s.id for _o, new in sides.values() for s, _ in new}
    return Finding(
        type=f.type,
        sentences=tuple(sid for sid in f.sentences if sid in keep or ctx.sentences[sid].article not in off),
        summary=summary,
        detail=detail,
        confidence=f.confidence,
        spans=tuple(sp for sp in f.spans if ctx.sentences[sp.sentence].article not in off),
    )


def story_framing(ctx: FindingContext) -> list[Finding]:
    """Framing anywhere in the story, between linked sentences: descriptors, loaded
    terms and modifiers, and one speaker's attribution (:mod:`.attribution`). Also used,
    whatever the options, by the coverage summary to show how other outlets say a word."""
    return list(ctx.per_story("story_framing", _story_framing))


def keep_story_framing(ctx: FindingContext, found: Sequence[Finding]) -> None:
    """Keep ``found``, :func:`story_framing` of an equal context made in another process
    (the pipeline's forked child: ``findings.find_after``), as this story's, unless it
    already has its own."""
    made = tuple(found)
    ctx.per_story("story_framing", lambda _ctx: made)


def _story_framing(ctx: FindingContext) -> tuple[Finding, ...]:
    linker = Linker(ctx)
    terms = {d.id: term_uses(d) for d in ctx.docs}  # read once, by both term finders
    story = [*_story_terms(ctx, linker, terms), *_story_actors(ctx, linker, terms),
             *_story_modifiers(ctx, linker), *_story_labels(ctx, linker)]
    story.extend(find_attribution(ctx, linker))
    story.extend(find_opportunism(ctx, linker))
    if ctx.options.descriptors:
        # imported here: off by default, and its patterns cost ~20 ms to compile at start
        from .group_labels import find_group_labels

        story.extend(find_group_labels(ctx, linker, terms))
    return tuple(story)


def merge(aligned: list[Finding], story: list[Finding],
          ctx: FindingContext | None = None) -> list[Finding]:
    """``aligned`` plus the story-wide findings that show a contrast not already there.
    With ``ctx``, a story-wide attribution finding whose loaded cue an aligned finding
    already shows keeps the plain outlets that one does not name (:func:`_rest_of`), or,
    where their verbs are all neutral, adds them to that aligned line (:func:`_widened`)."""
    aligned = list(aligned)
    out = list(aligned)
    seen = {_words_of(f) for f in aligned}
    charged = {(sid, _charged_word(f)) for f in aligned for sid in f.detail["b"]["sentences"]}
    told: set[tuple[str, str]] = set()  # (sentence, charged verb) of the kept story lines
    for f in story:
        shown = [g for g in aligned if any((sid, _charged_word(f)) in charged
                                           and sid in g.detail["b"]["sentences"]
                                           for sid in f.detail["b"]["sentences"])]
        mine = {(sid, _charged_word(f)) for sid in f.detail["b"]["sentences"]}
        if f.detail.get("rule") == _STATEMENT_RULE:
            # a statement-linked verb contrast is that statement's: the same pair of verbs
            # for another speaker's statement is another framing, shown apart (invented dev
            # t137: the Baluarte's 'claimed' for the election chief's letter was dropped
            # because the Voz's 'claimed' for the government spokeswoman showed 'said' /
            # 'claimed'); the same charged cue in the same sentence is the one already
            # shown. A profile line (no statement links it) stays one per verb pair: held-out
            # t192's profile 'insisted' for the rail chief, read wrong, came back so
            repeated = bool(shown) or mine <= told
        else:
            repeated = _words_of(f) in seen or bool(shown)
        if repeated:
            rest = _rest_of(ctx, f, shown) if ctx is not None else None
            if rest is not None and (_words_of(rest) not in seen or set(
                    rest.detail.get("voice_sentences", ())) & set(rest.detail["a"]["sentences"])):
                # (a voice's "said" is a contrast of its own though the words are seen:
                # _rest_of)
                seen.add(_words_of(rest))
                out.append(rest)
            elif rest is None and ctx is not None and len(shown) == 1:
                wide = _widened(ctx, shown[0], f)
                if wide is not None:  # (out begins as aligned: one place in both)
                    at = next(i for i, g in enumerate(aligned) if g is shown[0])
                    out[at] = aligned[at] = wide
            continue  # the same charged word in the same sentence, already shown aligned
        seen.add(_words_of(f))
        told |= mine
        out.append(f)
    return out


# The story-wide attribution rules whose plain side another finding may already show.
_ATTRIBUTION_RULES = frozenset({"framing.story.attribution", "framing.story.attribution_profile"})
# ... and the one of them that links one statement on both sides (attribution.RULE): its
# verb pair is that statement's, so the same pair shown for another statement hides none of
# it (merge). A speaker profile links none and stays one per verb pair.
_STATEMENT_RULE = "framing.story.attribution"


def _rest_of(ctx: FindingContext, f: Finding, shown: list[Finding]) -> Finding | None:
    """Story-wide attribution finding ``f`` without the plain outlets the aligned findings
    ``shown`` (those that show its loaded cue in its sentence) already name: "claimed"
    against the wire's "said" is shown aligned, and the Sentinel's "confirmed" for the
    same statement, which the aligned group lacks, was dropped with it (invented dev t66:
    "Varengaz claimed its last inspection of the building was in October 2024" /
    "Varengaz confirmed its engineers had inspected the building in October 2024"). None
    where nothing is left, or ``f`` is no attribution finding."""
    if f.detail.get("rule") not in _ATTRIBUTION_RULES or not shown:
        return None
    named = {a for g in shown for a in g.detail["a"]["articles"]}
    left = set(f.detail["a"]["articles"]) - named
    if not left:
        return None
    rest = _drop_articles(ctx, f, named - set(f.detail["b"]["articles"]))
    # only a contrast of its own: a verb that tells the statement as true ("confirmed",
    # "explained") against the doubt the aligned line already sets against "said"; one
    # more outlet's "said" would be the shown line again, unless it is said by another
    # speaker, the organisation's voice ("Mar Vivo claimed" against "spokeswoman Teresa
    # Lobo said" the same words, invented dev t98: attribution._org_voices), which the
    # aligned line does not show
    if rest is None:
        return None
    voiced = set(f.detail.get("voice_sentences", ()))
    if all(cue_class(w) == NEUTRAL for w in rest.detail["a"]["words"]) \
            and not voiced & set(rest.detail["a"]["sentences"]):
        return None
    return rest


def _widened(ctx: FindingContext, g: Finding, f: Finding) -> Finding | None:
    """Aligned attribution finding ``g`` naming also the outlets whose plain verb the
    story-wide finding ``f`` links to the same statement of the same loaded cue, where
    ``g`` does not name them and their verbs are all neutral (what :func:`_rest_of` drops
    as "the shown line again"): "claimed" against the centre's "said" is shown aligned,
    and the wire's "said" for the same quote, set apart by its sentence's other words,
    was dropped with it (invented dev d120). Only for :data:`attribution.RULE` (its plain
    side linked per statement, not the profile's verbs for the speaker), and ``g`` must
    be an aligned attribution finding with ``f``'s charged word; None otherwise."""
    from .attribution import RULE as STATEMENT_RULE
    from .attribution import _lifted_quote, _marked_stems, _quoted_link, _quoted_stems

    if f.detail.get("rule") != STATEMENT_RULE \
            or g.detail.get("rule") != "framing.aligned.attribution_verb" \
            or _charged_word(g) != _charged_word(f):
        return None
    named = set(g.detail["a"]["articles"]) | set(g.detail["b"]["articles"])
    fa, ga, gb = f.detail["a"], g.detail["a"], g.detail["b"]
    more = [(sid, w) for sid, w in zip(fa["sentences"], fa["words"], strict=False)
            if ctx.sentences[sid].article not in named]
    if not more or any(cue_class(w) != NEUTRAL for _sid, w in more):
        return None
    # each added sentence is one statement with a sentence of the aligned line by its
    # words (aligned with it, the same quoted words, or its quote lifted): the story-wide
    # line also takes a plain verb whose neighbour tells the matter ("Vesk confirmed that 43
    # suspects had been arrested. 'We have no evidence that any foreign government was
    # involved,' he said": another statement, invented dev d26), and rare words shared
    # with the loaded sentence may be the occasion's ("announced an aid package of 150
    # million marks" / "admitted that the 150-million-mark package would go first to
    # insured farmers", dev t77). A quote of the line's lifted whole into the added
    # sentence's quote ("The safety of our visitors is our absolute priority" within the
    # wire's two-sentence quote, d120), not a fragment of it lifted into another matter
    # ('said the new carriage would be "our first concern" when the ride reopens' beside
    # "The comfort of our guests is our first concern": review26fr). Shared quoted words
    # count where the line's quoted words all stand in the added sentence's quote, a
    # fuller telling of it ('said it was "disappointed by the ruling"' within 'said in a
    # statement: "We are disappointed by the ruling and will study it ..."', dev t45)
    linker = Linker(ctx)
    speaker = str(f.detail.get("speaker") or "")
    ignore = frozenset(content_stems(speaker))
    shown = [ctx.sentences[sid] for sid in (*gb["sentences"], *ga["sentences"])]

    def one(x: Sentence, s: Sentence) -> bool:
        gx = ctx.group_of.get(x.id)
        if gx is not None and gx == ctx.group_of.get(s.id):
            return True
        if _lifted_quote(ctx, s.text, x, ignore, speaker):
            return True
        held = (_quoted_stems(ctx, s) | _marked_stems(s)) - ignore
        return bool(held) and held <= _quoted_stems(ctx, x) | _marked_stems(x) \
            and _quoted_link(ctx, linker, x, s, ignore)

    more = [(sid, w) for sid, w in more if any(one(ctx.sentences[sid], s) for s in shown)
            and not _later_cue_tells(ctx, ctx.sentences[sid], [ctx.sentences[y] for y in gb["sentences"]])]
    if not more:
        return None
    ox = [(ctx.sentences[sid], (0, 0, w)) for sid, w in zip(ga["sentences"], ga["words"], strict=False)]
    oy = [(ctx.sentences[sid], (0, 0, w)) for sid, w in zip(gb["sentences"], gb["words"], strict=False)]
    nx = ox + [(ctx.sentences[sid], (0, 0, w)) for sid, w in more]
    head = f"{_side_text(ctx, oy)} where {_side_text(ctx, ox)}"
    if not g.summary.startswith(head):
        return None
    added = {sid for sid, _w in more}
    return Finding(
        type=g.type,
        sentences=tuple(dict.fromkeys([*g.sentences, *(sid for sid in f.sentences if sid in added)])),
        summary=f"{_side_text(ctx, oy)} where {_side_text(ctx, nx)}" + g.summary[len(head):],
        detail=dict(g.detail, a=dict(ga, articles=[s.article for s, _ in nx], outlets=_names(
            ctx, [s for s, _ in nx]), words=[w[2] for _, w in nx],
            sentences=[s.id for s, _ in nx])),
        confidence=g.confidence,
        spans=(*g.spans, *(sp for sp in f.spans if sp.sentence in added)),
    )


def _words_of(f: Finding) -> tuple[str, str]:
    """The contrast a framing finding shows, e.g. ("hawkish", "warmongering")."""
    a, b = f.detail["a"]["word"] or "", f.detail["b"]["word"] or ""
    return a.lower(), b.lower()


def _charged_word(f: Finding) -> str:
    """The loaded side's cue verb, past the auxiliaries and adverbs a cue span keeps
    (rules/attribution.CUE_PREFIX): the story-wide line's "has claimed" is the aligned
    line's "claimed" for the same statement, not another contrast (real28)."""
    words = (f.detail["b"]["word"] or "").lower().split()
    while len(words) > 1 and words[0] in CUE_PREFIX:
        words = words[1:]
    return words[0] if words else ""


def _cue_speakers(ctx: FindingContext, article: str) -> dict[int, str]:
    """An article's quote speakers as written, by the start of their cue: what
    :func:`_cues` and :func:`_cue_speaker` read of the quote analysis."""
    return {q.cue_span[0]: q.speaker for q in ctx.quotes(article) if q.cue_span and q.speaker}


def aligned_framing(ctx: FindingContext) -> list[Finding]:
    """The framing findings in aligned sentences alone (what :func:`find_framing` finds
    with ``options.story_framing`` off; it reads none of the story-wide framing)."""
    out: list[Finding] = []
    text_of = {d.id: d.article.text for d in ctx.docs}
    quoted: dict[str, list[tuple[int, int]]] = {}  # article -> quoted spans, found once
    speakers: dict[str, dict[int, str]] = {}  # article -> cue start -> speaker as written
    for al in ctx.alignments:
        sents = [ctx.sentences[sid] for sid in al.sentences if sid in ctx.sentences]
        if len({s.article for s in sents}) < 2:
            continue
        for s in sents:
            if s.article not in quoted:
                quoted[s.article] = _quoted(ctx.documents[s.article])
                speakers[s.article] = _cue_speakers(ctx, s.article)
        cues = {s.id: _cues(s, text_of[s.article], quoted[s.article], speakers[s.article],
                            sentence_cues(ctx.documents[s.article], s))
                for s in sents}
        for s in sents:
            cues[s.id] = _past_passive(text_of[s.article], s, cues[s.id])
        keys = {s.id: _cue_speaker(text_of[s.article], s, cues[s.id], speakers[s.article])
                for s in sents}
        out.extend(_verb_framing_continued(ctx, sents, cues, keys, text_of, quoted, speakers))
        out.extend(_marker_framing(ctx, sents, cues, text_of, quoted))
        out.extend(_term_framing(ctx, sents, text_of, quoted))
        out.extend(_sensational_framing(ctx, sents, cues, text_of))
        if ctx.options.story_framing:
            out.extend(_named_label_framing(ctx, sents, text_of, quoted))
    return out


def _verb_framing_continued(ctx, sents, cues, keys, text_of, quoted, speakers) -> list[Finding]:
    """:func:`_verb_framing` over an aligned group where a sentence that only continues a
    quote, with no cue of its own ('"No ransom was paid."'), stands for the sentence right
    before it that attributes the quote ('"The ambassador is safe," the minister told
    reporters.': :func:`_continued_from`): its verb tells the continued words too. A
    finding that cites such a sentence cites the continuation after it (held-out t101,
    session 22: the wire's 'told reporters' for the no-ransom line was not read, the key's
    plain side)."""
    stand: dict[str, Sentence] = {}  # continuation id -> the sentence that attributes it
    ids = {s.id for s in sents}
    led = {s.id: c for s in sents
           if (c := _loaded_lead_in(ctx, s, cues[s.id], keys, text_of, quoted, speakers))}
    for s in sents:
        if cues[s.id]:
            continue
        prev = _continued_from(ctx, s, text_of[s.article])
        if prev is None or prev.id in ids:
            continue
        pc = _cues(prev, text_of[prev.article], quoted[prev.article], speakers[prev.article],
                   sentence_cues(ctx.documents[prev.article], prev))
        if not pc:
            continue
        cues[prev.id] = pc
        keys[prev.id] = _cue_speaker(text_of[prev.article], prev, pc, speakers[prev.article])
        stand[s.id] = prev
    if not stand:
        return _verb_framing(ctx, sents, cues, keys, led)
    back = {p.id: sid for sid, p in stand.items()}
    found = _verb_framing(ctx, [stand.get(s.id, s) for s in sents], cues, keys, led,
                          {pid: ctx.sentences[sid] for pid, sid in back.items()})
    out = []
    for f in found:
        if not any(sid in back for sid in f.sentences):
            out.append(f)
            continue
        sids: list[str] = []
        for sid in f.sentences:
            sids.append(sid)
            if sid in back:
                sids.append(back[sid])
        out.append(Finding(type=f.type, sentences=tuple(sids), summary=f.summary,
                           detail=f.detail, confidence=f.confidence, spans=f.spans))
    return out


# A sentence that opens a quote: its first character, past spaces, is a quote mark.
_OPENS_QUOTE = re.compile(r"\s*[\"“]")


_FURTHER_POINT = re.compile(FURTHER_POINT_PATTERN, re.IGNORECASE)


def _before_in_paragraph(d, s: Sentence, text: str) -> Sentence | None:
    """The sentence right before ``s`` in its article ``d``, where it lies in the body and
    no line break parts them (another paragraph: another statement may begin); else
    ``None``. ``s.index`` is trusted where it points at ``s``."""
    i = s.index if 0 <= s.index < len(d.sentences) and d.sentences[s.index].id == s.id else \
        next((k for k, x in enumerate(d.sentences) if x.id == s.id), 0)
    if i == 0:
        return None
    prev = d.sentences[i - 1]
    if prev.block not in BODY or "\n" in text[prev.end:s.start]:
        return None
    return prev


def _loaded_lead_in(ctx, s: Sentence, cs, keys, text_of, quoted, speakers) -> str | None:
    """Whether ``s``, a direct quote told with a plain cue (\'"...," he said\'), is led into
    by the sentence right before it in its paragraph, whose main cue is a loaded one of
    the same speaker and which holds no direct quote of its own ("Lunde insisted the
    response had been swift. \'Every available resource has been deployed,\' he said."):
    news style puts the outlet's gist before the words, and its verb is the outlet's verb
    for the quote (as attribution._lead_in_quote reads it story-wide). Such a quote is no
    plain side of that statement against a verb of the lead-in's class (dev d156: the
    Sentinel's trailing "he said" was set as 'said' against the Herald's 'insisted'): the
    lead-in's class, else None. Not so for a quote of another speaker, in another
    paragraph, or told as a further point ("she added", "also")."""
    if not cs or cs[0][3] != NEUTRAL or s.block not in BODY:
        return None
    if any(c[2].lower() in FURTHER_POINT_CUE_FORMS for c in cs):
        return None
    text = text_of[s.article]
    qs = ctx.quotes(s.article)
    mine = [q for q in qs if q.direct and q.start < s.end and q.end > s.start]
    if not mine or any(_FURTHER_POINT.search(q.text) for q in mine):
        return None
    d = ctx.documents[s.article]
    prev = _before_in_paragraph(d, s, text)
    if prev is None:
        return None
    if any(q.direct and q.start < prev.end and q.end > prev.start for q in qs):
        return None  # the sentence before gives words of its own: its own statement
    pc = _cues(prev, text, quoted[prev.article], speakers[prev.article],
               sentence_cues(d, prev))
    if not pc or pc[0][3] not in LOADED_CLASSES:
        return None
    kp, hp, _w = _cue_speaker(text, prev, pc, speakers[prev.article])
    ks, hs, _w = keys.get(s.id, (None, None, ""))
    if ks:
        same = bool(kp) and same_speaker(ks, kp)
    else:
        same = hs is None and (kp is not None or hp is not None)  # "he said": the one before's
    return pc[0][3] if same else None


def _continued_from(ctx, s: Sentence, text: str) -> Sentence | None:
    """The sentence right before ``s`` in its paragraph whose direct quote, attributed by
    a cue there to a speaker, ``s`` continues: ``s`` opens with a quote mark, lies mostly
    inside direct quotes (:data:`QUOTED_SHARE`) and holds no quote the quote analysis
    attributes; the one before opens direct quotes of one speaker, with its cue. Else
    ``None``."""
    if s.block not in BODY or not _OPENS_QUOTE.match(text, s.start):
        return None
    qs = ctx.quotes(s.article)
    inside = sum(max(0, min(q.end, s.end) - max(q.start, s.start)) for q in qs if q.direct)
    if inside < QUOTED_SHARE * (s.end - s.start):
        return None
    own = [q for q in qs if q.sentences and s.id in q.sentences]
    if any(q.cue_span for q in own):
        return None  # a quote with its own cue
    prev = _before_in_paragraph(ctx.documents[s.article], s, text)
    if prev is None:
        return None
    said = {q.speaker for q in qs if q.direct and q.speaker and q.cue_span and q.sentences
            and q.sentences[0] == prev.id and prev.start <= q.cue_span[0] < prev.end}
    if len(said) != 1 or any(q.speaker and q.speaker not in said for q in own):
        # no attributed quote before, two speakers' quotes before (whose words go on is
        # not told: '"The harbour is safe," Varga told reporters, but Brand said: "We will
        # see."' — session 23 review), or the quote analysis names another
        return None
    return prev


NAMED_LABEL_RULE = "framing.aligned.named_label"
# The name a descriptor labels, written right before it ("the Tarvosk regime", "the Osk
# junta"): one to three capitalised words.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,3})$")
_ARTICLES = frozenset({"the", "a", "an"})


def _named_label_framing(ctx, sents, text_of, quoted) -> list[Finding]:
    """A loaded descriptor (charge 2, a :data:`DESCRIPTOR_SETS` set) put on a name in one
    outlet ("recalled its ambassador from the Tarvosk regime") where another outlet's
    aligned sentence names the same thing bare and uses no word of the set ("recalled its
    ambassador from Tarvosk"): the label is the outlet's addition (BBC: 'regime' implies
    illegitimacy). Aligned sentences only; with ``options.story_framing`` (on by default; dev t06, session 13)."""
    terms = {s.id: _terms(s, text_of[s.article], quoted[s.article]) for s in sents}
    out: list[Finding] = []
    for s in sents:
        text = text_of[s.article]
        for name in sorted(DESCRIPTOR_SETS & terms[s.id].keys()):
            for a, b, _surface, _base, charge in terms[s.id][name]:
                if charge < 2:
                    continue
                m = _NAME_BEFORE.search(text[s.start:a])
                if not m:
                    continue
                words = [w for w in m.group(1).split() if w.lower() not in _ARTICLES]
                if not words:
                    continue
                label = " ".join(words)
                if words[-1].lower() in RULES_REGIME_HEADS:
                    continue  # "the Tarn Accord regime": a body of rules, not a government
                start = s.start + m.start(1) + m.group(1).index(words[0])
                plain = []
                for o in sents:
                    if ctx.same_outlet(o.article, s.article) or name in terms[o.id]:
                        continue  # one outlet, or a word of the set of its own
                    found = re.search(r"\b" + re.escape(label) + r"\b(?!['’]s?\b)(?!\s+[A-Z])",
                                      text_of[o.article][o.start:o.end])
                    if found and not _inside(quoted[o.article], o.start + found.start()):
                        at = o.start + found.start()
                        plain.append((o, (at, at + len(label), label)))
                if plain:
                    out.append(_finding(ctx, "descriptor", plain,
                                        [(s, (start, b, text[start:b]))], name, NAMED_LABEL_RULE))
    return out


# A speaker written as a description ("officials said", "the head of the agency said",
# "The company insisted"): a determiner or possessive, up to two modifiers, a head noun, and
# an "of" phrase, the whole stretch between punctuation and the cue. The head is read only
# where it is a title or organisation word (rules/words TITLE_WORDS, SPEAKER_TITLE_WORDS,
# ORG_WORDS): any other words before a cue ("facing hostile questions in parliament",
# "the chemical giant") leave the speaker unknown, as before (session 15).
_DESCRIPTION_SPEAKER = re.compile(
    r"(?:(?:the|a|an|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,2}?([\w-]+)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?", re.IGNORECASE)
DESCRIPTION_NOUNS = TITLE_WORDS | SPEAKER_TITLE_WORDS | ORG_WORDS


def _noun(word: str) -> str:
    """``word`` lower-case, a plural of a :data:`DESCRIPTION_NOUNS` word made singular
    ("officials" -> "official")."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in DESCRIPTION_NOUNS else w


def _description_head(written: str) -> str | None:
    """The head noun of a speaker written as a description, or None (a name, a pronoun,
    anything else): "health officials" -> "official", "The head of the company" -> "head",
    "The Interior Ministry" -> "ministry"."""
    m = _DESCRIPTION_SPEAKER.fullmatch(written.strip())
    if m is None:
        return None
    head = m.group(1).lower()
    return _noun(head) if head in DESCRIPTION_NOUNS else None


def _cue_speaker(text: str, s: Sentence, cues, speakers: dict[int, str]):
    """(key, head, written) of the sentence's main cue's speaker: the surname key of
    the quote analysis's speaker, else of a name right before the cue; else the head noun of a description (:func:`_description_head`),
    and the words that name it: the quote analysis's speaker and the sentence's words
    from its last quotation mark to the cue ("Rafael Oquendo, head of the agency,")."""
    if not cues:
        return None, None, ""
    a = cues[0][0]
    if _passive_cue(text, s, cues[0]):
        return None, PASSIVE_SPEAKER, text[s.start:a]
    written = speakers.get(a) or ""
    key = speaker_key(written or _words_before(text, s.start, a))
    if key is None and written:
        # "His lawyer Levan Oridze claimed": the name closing the phrase is the speaker
        # (attribution._named_tail), not a speaker unread that agrees with anyone
        from .attribution import _named_tail

        tail = _named_tail(written)
        key = speaker_key(tail) if tail else None
    head = None
    if key is None and written:
        from .attribution import spokes_body

        # "A bank spokesman" is the bank; "a spokesman for a rival bank" no one's here
        got = spokes_body(written)
        if got is not None:
            return None, ("@other" if got[1] else got[0]), f"{written} "
    # a key that is itself a description noun ("Police claimed", "The Interior Ministry
    # said") is read as the description: its head, no name
    if key is None or _noun(key) in DESCRIPTION_NOUNS:
        seg = re.split(r"[,;:()\"“”—–]", text[max(s.start, a - 80):a])[-1]
        head = _description_head(written or seg)
        key = None if head else key
        m = None if head else _DESCRIPTION_SPEAKER.fullmatch((written or seg).strip())
        if m is not None and m.group(1) in EVIDENCE_SUBJECT_HEADS:
            # "the report says", "the audit found": a document, no speaker, so never the
            # same as a person or body told in the aligned sentence (dev d267: the
            # Chronicle's "the report says" set against the bank's "insisted")
            head = DOCUMENT_SPEAKER
    before = re.split(r"[\"“”]", text[s.start:a])[-1]
    return key, head, f"{written} {before}"


# The speaker of a subject that is a document or evidence (rules/attribution
# EVIDENCE_SUBJECT_HEADS, written lower case): "the report says".
DOCUMENT_SPEAKER = "@document"
# The speaker of a passive cue with no agent ("Kostelnik is alleged to have copied the
# files", "is said to have"): no one named; its subject is what the statement is about.
PASSIVE_SPEAKER = "@passive"
# A form of "be" (an "-ly" adverb may follow it) right before a cue: the cue is passive.
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$",
                        re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


def _passive_cue(text: str, s: Sentence, cue) -> bool:
    """Whether ``cue`` is a passive participle with no agent after it ("is alleged to
    have", "was said to be"; not "was alleged by prosecutors"): a statement told without
    a speaker (held-out t106, session 22: the Sentinel's "Kostelnik ... is alleged to have
    copied the files", the prosecutors' charge, was set as 'alleged' against the CPA's
    "Open Ledger said it had verified the files", another statement)."""
    a, b = cue[0], cue[1]
    if _BE_BEFORE.search(text, max(s.start, a - 30), a) is None:
        return False
    return not _BY_AFTER.match(text, b)


def _past_passive(text: str, s: Sentence, cues: list) -> list:
    """``cues`` without the passive ones with no agent (:func:`_passive_cue`) that come
    before another cue: "Speaking after the result was announced, Hradek said: ..." is
    Hradek's statement told with "said", not "announced" (session 23, dev: the wire's line
    read 'announced')."""
    k = 0
    while k < len(cues) - 1 and _passive_cue(text, s, cues[k]):
        k += 1
    return cues[k:] if k else cues


def _speakers_agree(ctx, x: Sentence, y: Sentence, who) -> bool:
    """Whether the main cues of aligned sentences ``x`` and ``y`` may be one speaker's: two
    names by their keys; a name and a description when the description's head noun is a
    word the named speaker is written or titled with in either article ("the minister" /
    "Health Minister Ines Cardoso Reis"; "the agency" / "Rafael Oquendo, head of the
    agency"), or is an organisation word and the name an organisation's of its article
    ("The company said" / "Brannock insisted"); two descriptions by one head noun ("officials"
    / "the ministry" are two speakers). A pronoun or a speaker not read is still taken as
    the same (the sentences align). Before session 15 any unknown speaker matched: the
    wire's "officials said" was set against the minister's "admitted" (dev t28)."""
    (kx, hx, wx), (ky, hy, wy) = who.get(x.id, (None, None, "")), who.get(y.id, (None, None, ""))
    if (hx == PASSIVE_SPEAKER) != (hy == PASSIVE_SPEAKER):
        return False  # a statement told with no speaker is no named one's (t106)
    if kx and ky:
        return same_speaker(kx, ky)
    if kx is None and ky is None:
        return hx is None or hy is None or hx == hy
    key, named, written, head, other = (kx, x, wx, hy, y) if kx else (ky, y, wy, hx, x)
    if head is None:
        return True
    from .attribution import _speaker_roles

    words = {_noun(w) for w in _WORD.findall(written)}
    described = who.get(other.id, (None, None, ""))[2]
    if head in words and _other_body(written, head, described):
        words.discard(head)
    mods = set(_modifiers(_WORD.findall(described), head))
    for article in {named.article, other.article}:
        for phrase in _speaker_roles(ctx, key, article):
            low = {w.lower() for w in phrase}
            if head not in ORG_WORDS and (low & NOT_VOICE_WORDS) - mods:
                continue  # "Former governor Teo Brask" is not "the governor" (review22b)
            words.update(_noun(w) for w in phrase)
    if head in words and head not in ORG_WORDS and (
            not mods <= {w.lower() for w in words}
            or not mods & PAST_POST_WORDS and _past_holder(ctx, key, named.article)):
        # "the deputy governor" / "Governor Ilse Marn": another post; "the governor" /
        # "former governor Teo Brask": the post's holder before (review22b)
        return False
    if head in words:
        return True
    if head in ORG_WORDS:
        # the name is an organisation's: a word of an organisation its article names
        # ("Brannock" of "Brannock Property Group"); a person's kind is not read, as a
        # name alone in one sentence is often of no kind ("Tobin Hask, a local farmer")
        d = ctx.documents[named.article]
        return any(e.kind == "org" and any(speaker_key(w) == key for w in _WORD.findall(e.text))
                   for e in (d.analysis.entities if d.analysis else ()))
    return False


def _past_holder(ctx, key: str, article: str) -> bool:
    """Whether ``article`` gives a name of speaker ``key`` a post held before ("former
    governor Teo Brask": findings/names._past_posts)."""
    from .names import _past_posts

    return any(a == article and same_speaker(speaker_key(k.title()) or "", key)
               for a, k in ctx.per_story("past_posts", _past_posts))


def _other_body(written: str, head: str, described: str) -> bool:
    """Whether every ``head`` noun in a named speaker's words ``written`` is another body
    than the description ``described`` ("The port agency"): one of a past or rival word
    ("a former head of the agency", "director of a rival company"), the object of a
    preposition or verb ("head of the campaign against the agency", "the group suing the
    company"; rules/attribution NOT_VOICE_WORDS, VOICE_FILLER_STOPS), or, an organisation
    word, with modifiers none of which the description gives ("head of the environment
    agency" / "the port agency")."""
    words = _WORD.findall(written)
    mods = set(_modifiers(_WORD.findall(described), head))
    at = [i for i, w in enumerate(words) if _noun(w) == head]
    for i in at:
        near = words[max(0, i - 6):i]
        low = [w.lower() for w in near]
        tie = max((k for k, w in enumerate(low) if w in ("of", "for", "at")), default=-1)
        between = [w for w in near[tie + 1:] if w.lower() not in ("the", "a", "an")]
        if any(w in NOT_VOICE_WORDS for w in low) or any(
                w.lower() in VOICE_FILLER_STOPS for w in between) or (
                between and _verb_before(between[-1])):
            continue
        own = set(_modifiers(words[:i + 1], head))
        if head in ORG_WORDS and mods and own and not mods & own:
            continue
        return False
    return bool(at)


_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def _modifiers(words: list[str], head: str) -> list[str]:
    """The lower-case words right before the last ``head`` noun of ``words`` that modify
    it ("port" of "The port agency"; none of "the agency")."""
    at = [i for i, w in enumerate(words) if _noun(w) == head]
    out: list[str] = []
    for w in reversed(words[:at[-1]] if at else []):
        if not w.islower() or w in _DETERMINERS or w in VOICE_FILLER_STOPS:
            break
        out.append(w)
    return out


def _verb_framing(ctx, sents, cues, keys=None, led=None, more=None) -> list[Finding]:
    """Neutral verb in some outlets, a doubt / culpability (or endorsing) verb in others,
    for one speaker: two sentences whose main cues name two different people
    ("Quill said" / "Brant claimed", ``keys``: :func:`_cue_speaker` per sentence) are not
    the same statement attributed twice (:func:`_speakers_agree`). A quote whose outlet
    leads into it with a loaded verb (``led``: sentence id -> the lead-in's class,
    :func:`_loaded_lead_in`) is no plain side against a verb of that class: a denial told
    with 'denied' before its quote still stands against another outlet's 'claimed'."""
    keys = keys or {}
    led = led or {}
    more = more or {}
    told = _matching_cues(ctx, sents, cues)
    neutral = [
        s
        for s in sents
        if cues[s.id] and s.id not in told
        and all(c[3] == NEUTRAL for c in cues[s.id][:1])
        and not any(c[3] in LOADED_CLASSES for c in cues[s.id])
    ]
    # sentences whose main verb tells the statement without doubt ("stressed", "confirmed",
    # "explained"): also the neutral side against a doubt or culpability verb
    # (attribution._counterpart; "denied" is itself a culpability verb here), beside a
    # neutral one: without one, the story-wide rule sets the loaded verb against the
    # story's plain "said" (a group of "claimed" and "stressed" alone hid it, dev t16)
    if not neutral:
        return []
    others = [s for s in sents if s not in neutral and cues[s.id]
              and not any(c[3] in LOADED_CLASSES for c in cues[s.id])
              and s.id not in told and cue_lemma(cues[s.id][0][2]) in PLAIN_COUNTERPART_LEMMAS]

    def plain_for(cls: str) -> list[Sentence]:
        return [s for s in (neutral + others if cls in LOADED_CLASSES else neutral)
                if led.get(s.id) != cls]

    by_lemma: dict[str, list[tuple[Sentence, tuple]]] = {}
    group = frozenset(z.id for z in sents) | frozenset(z.id for z in more.values())
    # (the group's sentences, the continued quotes ``more`` stands for among them; ``apart``:
    # (charged, plain) sentence ids read by _told_elsewhere)
    apart: dict[tuple[str, str], bool] = {}
    for s in sents:
        if s in neutral:
            continue
        cs = cues[s.id]
        if not cs or cs[0][3] not in (*LOADED_CLASSES, ENDORSING):
            continue  # the main (first) attribution verb is not a charged one
        c = cs[0]
        lemma = cue_lemma(c[2])
        if c[3] == ENDORSING and lemma in ENDORSING_NOT_COMPARED:
            continue  # "the audit found": a finding's verb, no endorsement of a speaker
        mates = [x for x in plain_for(c[3]) if x is not s and _speakers_agree(ctx, x, s, keys)
                 and not _statements_apart(ctx, s, c, x, more)
                 and not _told_elsewhere(ctx, s, c, x, keys, group, apart)]
        if not mates or lemma in {cue_lemma(c[2]) for x in mates for c in cues[x.id]}:
            continue
        if _other_statement_shared(ctx, s, c, cs, mates):
            # "Sorel denied claiming the piers were sound and said the bridge would
            # reopen" / "Sorel said the bridge would reopen": two statements, the shared
            # one told with a neutral verb of its own (session 18 probe)
            continue
        by_lemma.setdefault(lemma or c[2], []).append((s, c))
    out = []
    for items in by_lemma.values():
        cls = items[0][1][3]
        rule = None if cls in LOADED_CLASSES else ENDORSING_RULE
        mine = {y.id for y, _ in items}
        side_x = [(s, next(c for c in cues[s.id] if c[3] == NEUTRAL) if s in neutral else cues[s.id][0])
                  for s in plain_for(cls) if s.id not in mine
                  and any(_speakers_agree(ctx, s, y, keys)
                          and not _statements_apart(ctx, y, c, s, more)
                          and not _told_elsewhere(ctx, y, c, s, keys, group, apart)
                          for y, c in items)]
        if side_x:
            out.append(_finding(ctx, "attribution_verb", side_x, items, cls, rule))
    return out


def _matching_cues(ctx, sents, cues) -> dict[str, tuple]:
    """Sentence id -> the later of two coordinated cues of one subject ("X said A but
    stressed B", "... and confirmed B") where it, not the first, tells the statement that
    the group's charged sentences (a doubt or culpability verb first, in other articles)
    tell: its clause shares more of their content words than the first cue's clause does.
    Where that cue is no neutral verb, the sentence is no plain side at all (dev d253
    cf3394786e3a, reader37: the Herald's 'said it did not yet know ... but stressed that
    the train had been within the limit' was named 'said' against another outlet's
    'insisted the train had been ... within the speed limit'; an emphatic 'stressed' is
    "hardly weaker than 'insisted'", so it is not offered as the plain side either)."""
    charged = [(y, cues[y.id][0]) for y in sents
               if cues[y.id] and cues[y.id][0][3] in LOADED_CLASSES]
    if not charged:
        return {}
    out = {}
    for s in sents:
        cs = cues[s.id]
        if len(cs) < 2 or cs[0][3] != NEUTRAL:
            continue
        text = ctx.documents[s.article].article.text
        picks = [cs[0]] + [o for o in cs[1:] if o[0] > cs[0][1]
                           and _COORDINATED_CUE.search(text, max(s.start, o[0] - 20), o[0])]
        if len(picks) < 2:
            continue
        theirs: set[str] = set()
        for y, c in charged:
            if y.article != s.article:
                theirs |= set(content_stems(ctx.documents[y.article].article.text[c[1]:y.end]))
        ends = [p[0] for p in picks[1:]] + [s.end]
        shared = [len(set(content_stems(text[p[1]:e])) & theirs) for p, e in zip(picks, ends, strict=True)]
        best = max(range(len(picks)), key=lambda i: (shared[i], -i))
        if best and picks[best][3] != NEUTRAL:
            out[s.id] = picks[best]
    return out


def _later_cue_tells(ctx, x: Sentence, charged: list[Sentence]) -> bool:
    """Whether :func:`_matching_cues` reads the plain sentence ``x`` as told by a later,
    non-neutral cue against the ``charged`` sentences: the story-wide line's 'said' for it
    is no plain side to add either (:func:`_widened`, dev d253)."""
    cues = {}
    for z in (x, *charged):
        d = ctx.documents[z.article]
        speakers = _cue_speakers(ctx, z.article)
        cues[z.id] = _cues(z, d.article.text, _quoted(d), speakers, sentence_cues(d, z))
    return x.id in _matching_cues(ctx, [x, *charged], cues)


def _statements_apart(ctx, y: Sentence, c, x: Sentence, more: dict[str, Sentence]) -> bool:
    """:func:`~storylens.findings.attribution.statements_apart` of the charged sentence
    ``y``'s cue ``c`` and the plain sentence ``x`` of one alignment group, read with the
    quote it goes on with where it stands for that quote (``more``:
    :func:`_verb_framing_continued`)."""
    return statements_apart(ctx, y, c[0], c[1], x, *([more[x.id]] if x.id in more else []))


def _told_elsewhere(ctx, y: Sentence, c, x: Sentence, keys, group: frozenset[str],
                    apart: dict[tuple[str, str], bool]) -> bool:
    """:func:`~storylens.findings.attribution.told_elsewhere` of the charged sentence
    ``y``'s cue ``c`` and the group's plain sentence ``x`` against the sentences of every
    other article that carry a cue of a named speaker who agrees with ``y``'s
    (:func:`_speakers_agree`); read once per pair (``apart``)."""
    if (y.id, x.id) not in apart:
        apart[(y.id, x.id)] = _told_elsewhere_of(ctx, y, c, x, keys, group)
    return apart[(y.id, x.id)]


def _told_elsewhere_of(ctx, y: Sentence, c, x: Sentence, keys, group: frozenset[str]) -> bool:
    # (the speaker's sentences elsewhere depend on ``y``, its speaker and the group only:
    # read once for every plain sentence ``x`` of the group)
    memo = ctx.__dict__.setdefault("_framing_told_others", {})
    k = (y.id, keys.get(y.id), group)
    if k not in memo:
        others: dict[str, list[Sentence]] = {}
        cued = ctx.per_story("framing_cued_sentences", _cued_sentences)
        for d in ctx.docs:
            if d.id == y.article or not any(z.id in group for z in d.sentences):
                continue
            for z, speaker in cued[d.id]:
                if z.id in group:
                    continue
                who = dict(keys)
                who[z.id] = speaker
                if _speakers_agree(ctx, z, y, who):
                    others.setdefault(d.id, []).append(z)
        memo[k] = others
    return told_elsewhere(ctx, y, c[0], c[1], group, memo[k], x)


def _cued_sentences(ctx) -> dict[str, tuple[tuple[Sentence, tuple], ...]]:
    """Per article, its body sentences that carry a cue of a speaker read
    (:func:`_cue_speaker`), with that speaker: what :func:`_told_elsewhere_of` reads of
    every other article for each charged and plain pair, read once per story (a
    50-article story asked it ~290,000 times, ~7 s, before session 29's speed check)."""
    out: dict[str, tuple[tuple[Sentence, tuple], ...]] = {}
    for d in ctx.docs:
        tx = d.article.text
        quoted = _quoted(d)
        speakers = _cue_speakers(ctx, d.id)
        rows = []
        for z in d.sentences:
            if z.block not in BODY:
                continue
            zc = _cues(z, tx, quoted, speakers, sentence_cues(d, z))
            if not zc:
                continue
            speaker = _cue_speaker(tx, z, zc, speakers)
            if speaker[0] is not None:
                rows.append((z, speaker))
        out[d.id] = tuple(rows)
    return out


_COORDINATED_CUE = re.compile(r"\b(?:and|but|then)\s+(?:(?:also|later|then|\w+ly)\s+)?$",
                             re.IGNORECASE)


def _other_statement_shared(ctx, s: Sentence, c, cs, mates) -> bool:
    """Whether the charged sentence ``s`` reports two statements, the charged cue ``c``'s
    and a later neutral cue's ("denied claiming the piers were sound and said the bridge
    would reopen"), and the plain sentences tell the neutral one's: its complement shares
    more content words with them than the charged cue's own complement does. "Ressin
    insisted that officers had 'acted with restraint' and said three of the injured ..."
    against "Ressin said officers had 'acted with restraint' ..." keeps its 'insisted'."""
    from ..normalize import content_stems

    text = ctx.documents[s.article].article.text
    # the later verb coordinated with the charged one, the same subject's ("... and said");
    # not a passive or another clause's verb ("the verdict had been written")
    later = [o for o in cs if o[0] > c[1] and o[3] == NEUTRAL
             and _COORDINATED_CUE.search(text, max(s.start, o[0] - 20), o[0])]
    if not later:
        return False
    o = later[0]
    own = set(content_stems(text[c[1]:o[0]]))
    other = set(content_stems(text[o[1]:s.end]))
    plain = set()
    for x in mates:
        plain |= set(content_stems(ctx.documents[x.article].article.text[x.start:x.end]))
    return len(other & plain) > len(own & plain)


# A sentence mostly inside direct quotes ('"Vell is hiding the figures," Quill said.') is
# the speaker's claim, attributed by the outlet, not stated by it.
QUOTED_SHARE = 0.6


def _others_words(ctx, s: Sentence, text: str) -> bool:
    """Whether sentence ``s`` is someone else's words rather than the outlet's own: inside
    a direct quote, or in a paragraph that embeds a social-media post. Such a sentence
    states nothing "without a hedge" in the outlet's voice (a real miss: a politician's
    embedded post set against another outlet's "allegedly")."""
    quoted = sum(max(0, min(q.end, s.end) - max(q.start, s.start))
                 for q in ctx.quotes(s.article) if q.direct)
    if quoted >= QUOTED_SHARE * (s.end - s.start):
        return True
    return any(a <= s.start < b for a, b in post_spans(text))


def _kindred_in(text: str, s: Sentence, word: str, quoted) -> bool:
    """Whether sentence ``s`` writes, in its own words (outside ``quoted``), a word of the
    hedge's kin (rules/loaded_terms.KINDRED_MODIFIER_GROUPS: "self-styled activists" for
    "so-called activists"): it hedges the same way, so it is no plain side (session 23
    review: 'so-called' was set against a 'self-styled' line as stated without a hedge)."""
    kin = kindred_modifiers(word)
    if not kin:
        return False
    return any(w.group().lower() in kin and not _inside(quoted, w.start())
               for w in _WORD.finditer(text, s.start, s.end))


def _marker_framing(ctx, sents, cues, text_of, quoted) -> list[Finding]:
    """A doubt hedge ("alleged", "so-called") in some outlets only."""
    marked: dict[str, list] = {}
    plain = []
    for s in sents:
        cue_starts = {c[0] for c in cues[s.id]}
        every, exempt = _all_markers(s, text_of[s.article])
        if exempt:
            continue  # a hedge the legal word exempts: hedged all the same, neither side
        ms = [m for m in every if not _inside(quoted[s.article], m[0]) and m[0] not in cue_starts]
        if ms:
            marked.setdefault(ms[0][2].lower(), []).append((s, ms[0]))
        elif every:
            continue  # hedged inside a quote: the speaker's hedge, neither side
        elif not _others_words(ctx, s, text_of[s.article]):
            plain.append(s)
    if not plain or not marked:
        return []
    out = []
    for word, items in marked.items():
        # each side only with a counterpart that tells the hedged claim itself
        claims = {s.id: _hedged_claim(text_of[s.article], s, m) for s, m in items}
        items = [(s, m) for s, m in items if any(_tells(p, claims[s.id]) for p in plain)]
        mine = [p for p in plain if any(_tells(p, claims[s.id]) for s, _ in items)
                and not _kindred_in(text_of[p.article], p, word, quoted[p.article])]
        items = [(s, m) for s, m in items if any(_tells(p, claims[s.id]) for p in mine)]
        if not items:
            continue
        ys = _names(ctx, [s for s, _ in items])
        xs = _names(ctx, mine)
        sy, sx = _names(ctx, [s for s, _ in items], MAX_OUTLETS_NAMED), \
            _names(ctx, mine, MAX_OUTLETS_NAMED)
        out.append(
            Finding(
                type="framing",
                sentences=tuple(s.id for s in mine) + tuple(s.id for s, _ in items),
                summary=f"{sy} {'calls' if len(items) == 1 else 'call'} it '{word}' where "
                f"{sx} {'states' if len(mine) == 1 else 'state'} it without a hedge.",
                detail={
                    "rule": "framing.aligned.doubt_hedge",
                    "kind": "doubt_hedge",
                    "class": DOUBT,
                    "a": {
                        "articles": [s.article for s in mine],
                        "outlets": xs,
                        "word": None,
                        "sentences": [s.id for s in mine],
                    },
                    "b": {
                        "articles": [s.article for s, _ in items],
                        "outlets": ys,
                        "word": word,
                        "sentences": [s.id for s, _ in items],
                    },
                },
                confidence=rule_confidence("framing.aligned.doubt_hedge"),
                spans=tuple(span(s, m[0], m[1]) for s, m in items),
            )
        )
    return out


# Words after a doubt hedge that make up the claim it hedges ("alleged ties to Tarn",
# "allegedly sent an email to the board"), up to punctuation.
HEDGED_WORDS = 6
_CLAIM_END = re.compile(r"[,;:.()\"“”!?]")


def _hedged_claim(text: str, s: Sentence, m) -> tuple[frozenset[str], frozenset[str]]:
    """(name stems, other content stems) of the claim a hedge at ``m`` qualifies: the
    :data:`HEDGED_WORDS` words after it, to punctuation, and the capitalised word(s) right
    before it ("Brant allegedly sent", "Dunn's alleged ties")."""
    from ..normalize import content_stems

    end = _CLAIM_END.search(text, m[1], s.end)
    after = _WORD.findall(text, m[1], end.start() if end else s.end)[:HEDGED_WORDS]
    before = _WORD.findall(text, max(s.start, m[0] - 40), m[0])
    names = [w for w in after if w[:1].isupper()]
    for w in reversed(before):
        if not w[:1].isupper():
            break
        names.append(w)
    name_stems = frozenset(st for w in names for st in content_stems(w))
    return name_stems, frozenset(content_stems(" ".join(after))) - name_stems


def _tells(s: Sentence, claim: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether sentence ``s`` tells the hedged claim: every name in it and two of its other
    content words (its one, if it has one). An aligned group can hold sentences about other
    claims (PolNeAR test, session 10: "Trump's alleged ties to Russia" set against
    sentences on the Podesta hack; "Brazile allegedly sent an email" against Palmieri's
    email; review2: "was allegedly overloaded when it left the quay" against "left the
    quay with 300 people", one shared word)."""
    from ..normalize import content_stems

    names, words = claim
    stems = frozenset(content_stems(s.text))
    return names <= stems and len(words & stems) >= min(2, len(words))


def _sensational(s: Sentence, text: str) -> tuple[int, int, str] | None:
    m = _SENSATIONAL.search(text, s.start, s.end)
    return (m.start(), m.end(), m.group()) if m else None


def _sensational_framing(ctx, sents, cues, text_of) -> list[Finding]:
    """ "said" in some outlets, "slammed" / "took a swipe at" in others; the phrase's
    subject a possible speaker (:func:`.attribution.speaker_before`)."""
    hot = {s.id: _sensational(s, text_of[s.article]) for s in sents}
    hot = {k: (h if h is None or speaker_before(ctx, ctx.sentences[k], text_of[
        ctx.sentences[k].article], h[0]) else None) for k, h in hot.items()}
    # a phrase followed by its sentence's own neutral cue is the reported content, not the
    # attribution ("Riot police blasted the crowd with water cannon, a police spokesman
    # said": framing18b review)
    hot = {k: (None if h is not None and any(c[3] == NEUTRAL and c[0] >= h[1] for c in cues[k])
               else h) for k, h in hot.items()}
    neutral = [
        (s, cues[s.id][0])
        for s in sents
        if hot[s.id] is None and cues[s.id] and cues[s.id][0][3] == NEUTRAL
    ]
    loud = [(s, hot[s.id]) for s in sents if hot[s.id] is not None]
    # the statement is one speaker's: a neutral cue whose speaker is another than the
    # phrase's subject tells another statement ("Board officials slammed the door on
    # reporters" / "..., witnesses said": framing18b review)
    neutral = [(s, c) for s, c in neutral
               if any(_one_teller(text_of[s.article], s, c, text_of[t.article], t, h)
                      for t, h in loud)]
    if not neutral or not loud:
        return []
    return [_finding(ctx, "sensational_verb", neutral, loud, "sensational")]


_TELLER_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TELLER_PRONOUNS = frozenset("he she they we i it".split())
# Words after which a second verb shares the clause's subject ("... and lashed out at").
_ELIDED = frozenset("and but then or also later".split())


def _teller(text: str, s: Sentence, a: int, b: int) -> str | None:
    """The head word of the subject of a verb at ``text[a:b]``: the last word before it
    in its clause ("a police spokesman said" -> spokesman, '"...," Renn said' -> Renn),
    else, for an inverted cue, the last capitalised word of the run right after it ("said
    Governor Ivo Renn" -> Renn); ``None`` when there is none."""
    before = text[s.start:a]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    words = _TELLER_WORD.findall(before[cut + 1:] if cut >= 0 else before)
    if words and words[-1].lower() in _ELIDED:
        return None  # 'insisted that "..." and lashed out at': the subject is elided
    if words:
        return words[-1]
    after = []
    for w in _TELLER_WORD.finditer(text, b, s.end):
        if not w.group()[:1].isupper() or text[b if not after else after[-1].end():w.start()].strip():
            break
        after.append(w)
    return after[-1].group() if after else None


def _one_teller(text_x: str, sx: Sentence, cue, text_y: str, sy: Sentence, hot) -> bool:
    """Whether the neutral cue ``cue`` of ``sx`` and the sensational phrase ``hot`` of
    ``sy`` have one subject: the same head word or surname key (spellings folded,
    quotes.same_speaker), or a pronoun on either side (resolved by the alignment of the
    two sentences)."""
    kx, ky = _teller(text_x, sx, cue[0], cue[1]), _teller(text_y, sy, hot[0], hot[1])
    if kx is None or ky is None:
        return True  # no subject read: the alignment's own word
    if kx.lower() in _TELLER_PRONOUNS or ky.lower() in _TELLER_PRONOUNS:
        return True
    a, b = kx.lower(), ky.lower()
    return a == b or (kx[:1].isupper() and ky[:1].isupper() and same_speaker(a, b))


def _term_framing(ctx, sents, text_of, quoted) -> list[Finding]:
    """Terms of one equivalence set with different charge (one of them loaded), each
    outside quotes."""
    terms = {s.id: _terms(s, text_of[s.article], quoted[s.article]) for s in sents}
    out = []
    names = sorted({n for t in terms.values() for n in t})
    for name in names:
        having = [s for s in sents if name in terms[s.id]]
        if len({s.article for s in having}) < 2:
            continue
        all_bases = {s.id: {t[3] for t in terms[s.id][name]} for s in having}
        loaded: dict[str, list] = {}
        calm: list = []
        for s in having:
            others = set().union(*(all_bases[o.id] for o in having if o.article != s.article))
            hot = [t for t in terms[s.id][name] if t[4] == 2 and t[3] not in others]
            if hot:
                loaded.setdefault(hot[0][3], []).append((s, hot[0]))
            elif all(t[4] < 2 for t in terms[s.id][name]):
                calm.append((s, sorted(terms[s.id][name], key=lambda t: t[4])))
        if not calm:
            continue
        for base, items in loaded.items():
            # the calm side's words of another intensity class: "broke into" is no plain
            # counterpart of "stormed" (both a forced entry), "hawkish" is of "warmongering"
            cls = intensity_class(name, base, 2)
            plain = [(s, ts[0]) for s, ts in calm if intensity_class(name, ts[0][3], ts[0][4]) != cls]
            if name not in DESCRIPTOR_SETS and name not in STATEMENT_SETS:
                # a loaded sentence that writes a plain word of the set itself on the other
                # side of a time order ("banning street protests ... after a weekend of
                # rioting") names two events, and the other outlets' plain word stands on
                # its plain word's side ("banned all street demonstrations ..., five days
                # after a march"): the loaded term is no other word for it (held-out t148,
                # session 26, read wrong; rules/framing_events). "jailed for rioting during
                # the protests", "killing four ... calling it a massacre" stay (review27fr);
                # an actor's or a speaker's term is paired by its referent instead.
                items = [(s, t) for s, t in items
                         if not _other_event(text_of, s, t, terms[s.id][name], plain)]
                if not items:
                    continue
            if name in DESCRIPTOR_SETS:
                # a plain word of another person is no word for the loaded one's: "President
                # Ivo Lund said the Osk leader Marek Dunn signed" has "leader", not "President",
                # for "Dictator Marek Dunn" (the story-wide rule's :func:`_labels_another`)
                plain = _same_actor_plain(ctx, name, items, calm, cls)
                items = [(s, t) for s, t in items
                         if any(not _other_actor(ctx, _use(ctx, s, t, name), _use(ctx, o, u, name))
                                for o, u in plain)]
                if not items:
                    continue
            if name in DOER_SETS:
                # two doers, two acts ("Riot police moved in" / "The Rovers charged into
                # the record books" aligned on their shared words; review14c)
                def doer(s, t):
                    return _doer_stems(text_of[s.article], s.start, t[0])

                items = [(s, t) for s, t in items
                         if any(_one_doer(doer(s, t), doer(o, u)) for o, u in plain)]
                plain = [(o, u) for o, u in plain
                         if any(_one_doer(doer(s, t), doer(o, u)) for s, t in items)]
                if not items:
                    continue
            if plain:
                out.append(_finding(ctx, "loaded_term", plain, items, name))
    return out


def _in_sequel(text: str, s: Sentence, at: int) -> bool:
    """Whether offset ``at`` of ``s`` lies in the phrase of a time-order connective ("after
    a weekend of rioting", rules/framing_events), up to the next clause mark."""
    for c in SEQUENCE_CONNECTIVE.finditer(text, s.start, at):
        end = SEQUENCE_PHRASE_END.search(text, c.end(), s.end)
        if at < (end.start() if end else s.end):
            return True
    return False


def _other_event(text_of, s: Sentence, t, own, plain) -> bool:
    """Whether the loaded match ``t`` of ``s`` names another event than the calm side's
    ``plain`` words: ``s`` writes a plain word of the set itself (``own``: a charge
    STORY_MIN_GAP below) on the other side of a time order from ``t``, and every calm plain
    word stands on that plain word's side of its own sentence's (rules/framing_events)."""
    text = text_of[s.article]
    mine = _in_sequel(text, s, t[0])
    for u in own:
        if u[4] > t[4] - STORY_MIN_GAP or _in_sequel(text, s, u[0]) == mine:
            continue
        if plain and all(_in_sequel(text_of[o.article], o, p[0]) != mine for o, p in plain):
            return True
    return False


def _use(ctx, s: Sentence, t, name: str) -> TermUse:
    """The :class:`TermUse` of ``_terms``' match ``t`` in ``s`` (its anchor read by
    :func:`term_uses`; None where that reader left the match out)."""
    for u in term_uses(ctx.documents[s.article]):
        if u.sentence == s.id and u.start == t[0]:
            return u
    return TermUse(s.id, t[0], t[1], t[2], name, t[3], t[4])


def _other_actor(ctx, uy: TermUse, ux: TermUse) -> bool:
    """Whether the plain ``ux`` labels another person than the loaded ``uy``: both
    referents known (a name beside the term, or :func:`term_holders`) and none the same,
    or :func:`_labels_another`."""
    mine, theirs = _referents(ctx, uy), _referents(ctx, ux)
    if mine and theirs and not any(same_anchor(a, b, loose=True) for a in mine for b in theirs):
        return True
    return _labels_another(ctx, uy, ux)


def _same_actor_plain(ctx, name: str, items, calm, cls) -> list:
    """The plain side of a descriptor contrast: for each calm sentence its least charged
    word of another intensity class than ``cls`` that labels the person of one of the
    loaded ``items`` (the sentence left out when every word labels someone else)."""
    out = []
    for o, ts in calm:
        if intensity_class(name, ts[0][3], ts[0][4]) == cls:
            continue  # as for any set: the sentence's least charged word decides
        for u in ts:
            if intensity_class(name, u[3], u[4]) == cls:
                continue
            ux = _use(ctx, o, u, name)
            if any(not _other_actor(ctx, _use(ctx, s, t, name), ux) for s, t in items):
                out.append((o, u))
                break
    return out


def _names(ctx, sents, limit: int | None = None) -> str:
    """Outlets of ``sents`` in an English list; with ``limit``, past that many only the
    first three are named and the rest counted (summaries of a 50-outlet story)."""
    names = list(dict.fromkeys(ctx.label(s.article) for s in sents))
    if limit is not None and len(names) > limit:
        return ", ".join(names[:3]) + f" and {len(names) - 3} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _side_words(ctx, side) -> list[tuple[list[str], list[str]]]:
    """(outlets, words) of one side, outlets grouped by the words they wrote: each
    outlet's own words (case folded, first spelling kept, in order), never one word
    printed for a group that wrote several ("demonstrators" for outlets that wrote
    "protesters")."""
    per: dict[str, dict[str, str]] = {}
    for s, w in side:
        per.setdefault(ctx.label(s.article), {}).setdefault(w[2].lower(), w[2])
    groups: dict[tuple[str, ...], list[str]] = {}
    for outlet, words in per.items():
        groups.setdefault(tuple(words), []).append(outlet)
    return [(outlets, [per[outlets[0]][k] for k in key]) for key, outlets in groups.items()]


# Word groups named per side of a summary before the rest are counted.
MAX_GROUPS_NAMED = 3


def _side_text(ctx, side) -> str:
    """One side of a summary: "ewn.co.za writes 'demonstrators', sputniknews.com and
    ifpnews.com write 'protesters'"."""
    groups = _side_words(ctx, side)
    parts = []
    for outlets, words in groups[:MAX_GROUPS_NAMED]:
        if len(outlets) > MAX_OUTLETS_NAMED:
            who = ", ".join(outlets[:3]) + f" and {len(outlets) - 3} more"
        else:
            who = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
        verb = "writes" if len(outlets) == 1 else "write"
        parts.append(f"{who} {verb} " + " / ".join(f"'{w}'" for w in words))
    rest = sum(len(o) for o, _ in groups[MAX_GROUPS_NAMED:])
    if rest:
        parts.append(f"{rest} more outlet{'s write' if rest > 1 else ' writes'} other words")
    return ", ".join(parts)


def _finding(ctx, kind, side_x, side_y, cls, rule: str | None = None,
             ending: str | None = None) -> Finding:
    """``side_x``: the neutral wording; ``side_y``: the charged one; each a list of
    (sentence, (start, end, word, ...)). ``rule`` defaults to ``framing.aligned.<kind>``;
    the confidence is the rule's calibrated value. Each side's ``words`` gives the word
    of each of its ``sentences`` (``word`` is the first), and the summary names every
    outlet with the words it wrote; ``ending`` (the words after the two sides) is the
    caller's own when given (a story rule's line says whose verbs it compares)."""
    rule = rule or f"framing.aligned.{kind}"
    ox, oy = _names(ctx, [s for s, _ in side_x]), _names(ctx, [s for s, _ in side_y])
    tx, ty = _side_text(ctx, side_x), _side_text(ctx, side_y)
    if ending is not None:
        summary = f"{ty} where {tx}{ending}"
    elif kind in ("attribution_verb", "sensational_verb"):
        summary = f"{ty} where {tx} for the same statement."
    else:
        summary = f"{ty} where {tx}."
    return Finding(
        type="framing",
        sentences=tuple(s.id for s, _ in side_x) + tuple(s.id for s, _ in side_y),
        summary=summary,
        detail={
            "rule": rule,
            "kind": kind,
            "class": cls,
            "a": {
                "articles": [s.article for s, _ in side_x],
                "outlets": ox,
                "word": side_x[0][1][2],
                "words": [w[2] for _, w in side_x],
                "sentences": [s.id for s, _ in side_x],
            },
            "b": {
                "articles": [s.article for s, _ in side_y],
                "outlets": oy,
                "word": side_y[0][1][2],
                "words": [w[2] for _, w in side_y],
                "sentences": [s.id for s, _ in side_y],
            },
        },
        confidence=rule_confidence(rule),
        spans=tuple(span(s, w[0], w[1]) for s, w in (*side_x, *side_y)),
    )


# --- across the story -------------------------------------------------------------------

# Across a story only a loaded term (charge 2) is compared: "clashes" (1) against
# "protest" (0) in unlinked sentences was wrong on every dev pair that showed it.
STORY_MIN_CHARGE = 2
# Sentences shown per other outlet for one contrast (its linked mentions, best first).
MAX_COUNTERPARTS = 3
# ... against a plain term at least this much lower ("stormed" 2 vs "broke into" 1 is a
# difference of degree, not of framing: wrong on the dev pair that showed it).
STORY_MIN_GAP = 2


def _story_finding(ctx, rule, kind, cls, xs, ys, note, score) -> Finding:
    """``xs``: [(sentence, (start, end, word))] of the plain side, ``ys`` of the charged
    side (one outlet). The link score is evidence shown in ``detail``; the confidence is
    the rule's calibrated value."""
    f = _finding(ctx, kind, xs, ys, cls, rule)
    detail = dict(f.detail, score=round(score, 3), note=note, scope="story")
    return Finding(
        type=f.type,
        sentences=f.sentences,
        summary=f.summary,
        detail=detail,
        confidence=f.confidence,
        spans=f.spans,
    )


def _story_terms(ctx: FindingContext, linker: Linker,
                 terms: dict[str, tuple[TermUse, ...]] | None = None) -> list[Finding]:
    """An outlet calls a referent by a loaded term ("mob", "regime", "martyrs") that the
    other outlets never use, where they use a plainer term of the same set in a sentence
    about the same thing (linked by :class:`Linker`)."""
    if len(ctx.docs) < 2:
        return []
    uses: dict[str, dict[str, list[TermUse]]] = {}
    for d in ctx.docs:
        for u in terms[d.id] if terms is not None else term_uses(d):
            uses.setdefault(d.id, {}).setdefault(u.set_name, []).append(u)
    out: list[Finding] = []
    acc: dict[tuple[str, str], tuple[list, list, list[float]]] = {}  # (set, term) -> xs, ys, best
    said = None  # SpeakerStatements, built when a loaded statement noun needs it
    for y, sets in uses.items():
        for set_name, ys in sets.items():
            shown: list[tuple[set[str], set[str]]] = []  # (charged, plain) sentences reported
            # a coloured label (charge 1) only where it names an entity another outlet
            # calls an organisation ("Kataib Osk militants" / "Kataib Osk is a group")
            anchored_only = {u.term for u in ys if u.charge == 1 and u.anchor is not None
                             and set_name in DESCRIPTOR_SETS}
            for term in sorted({u.term for u in ys if u.charge >= STORY_MIN_CHARGE}
                               | anchored_only):
                charge = next(u.charge for u in ys if u.term == term)
                mine = [u for u in ys if u.term == term]
                # a sentence that names something of the set plainly itself ("the Osk
                # administration's talks with hostile regimes") uses its loaded term for
                # another referent than the plain word: no story-wide contrast from it
                # (a statement noun is matched by its speaker instead: "his diatribe ...
                # at Thackeray's comments" / "Falk's remarks")
                own_plain = set() if set_name in STATEMENT_SETS else {
                    u.sentence for u in mine
                    if _names_plainly(ctx, u, set_name, charge - STORY_MIN_GAP)}
                xs_found: list[tuple] = []
                ys_found: list[tuple] = []
                best_score = 0.0
                for x, xsets in uses.items():
                    if not ctx.contrasted(x, y) or set_name not in xsets:
                        continue
                    xs = xsets[set_name]
                    if any(u.term == term for u in xs):
                        continue  # the other outlet uses the word too: no contrast
                    if term in NAMED_ONLY_TERMS:
                        # "Union boss Kari Holm" / "union leader Kari Holm": one named
                        # person, or no contrast ("her boss" is anyone's)
                        pairs = _anchored_pairs(mine, xs, charge, [])
                    elif charge < STORY_MIN_CHARGE:
                        orgs = [u for u in xs if u.term in ANCHOR_ONLY]
                        pairs = _anchored_pairs(mine, orgs, charge, [])
                    else:
                        plain = [u for u in xs if u.charge <= charge - STORY_MIN_GAP
                                 and not u.intensified]
                        free = [u for u in mine if u.sentence not in own_plain]
                        pairs = _best_pairs(ctx, linker, free, plain) if plain and free else []
                        pairs = [p for p in pairs if not _dated_apart(
                            ctx, ctx.sentences[p[0].sentence], ctx.sentences[p[1].sentence])]
                        if set_name in OBJECT_SETS:
                            pairs = [p for p in pairs if _same_object(ctx, p[0], p[1])]
                        if set_name in DOER_SETS:
                            pairs = [p for p in pairs if _same_doer(ctx, p[0], p[1])]
                        if set_name in STATEMENT_SETS:
                            said = said or SpeakerStatements(ctx, linker)
                            pairs = _same_speaker_pairs(ctx, said, pairs)
                        if set_name in DESCRIPTOR_SETS:
                            pairs = _anchored_pairs(mine, xs, charge, pairs)
                    for uy, ux, sc in pairs:
                        xs_found.append(
                            (ctx.sentences[ux.sentence], (ux.start, ux.end, ux.surface))
                        )
                        if not any(s.id == uy.sentence for s, _ in ys_found):
                            ys_found.append(
                                (ctx.sentences[uy.sentence], (uy.start, uy.end, uy.surface))
                            )
                        best_score = max(best_score, sc)
                if set_name in STATEMENT_SETS and charge >= STORY_MIN_CHARGE:
                    said = said or SpeakerStatements(ctx, linker)
                    _statement_counterparts(ctx, said, uses, y, term, mine, xs_found, ys_found)
                sids = ({s.id for s, _ in ys_found}, {s.id for s, _ in xs_found})
                if xs_found and any(sids[0] <= a and sids[1] <= b for a, b in shown):
                    continue  # "jerking ... a yank": one sentence, one contrast already shown
                if xs_found:
                    shown.append(sids)
                    got = acc.setdefault((set_name, term), ([], [], [0.0]))
                    for side, found in ((got[0], xs_found), (got[1], ys_found)):
                        side.extend(f for f in found if all(f[0].id != s.id for s, _ in side))
                    got[2][0] = max(got[2][0], best_score)
    # one finding per loaded term: every outlet that writes it on the charged side ("ifp
    # and theprint write 'stormed'"), never one of them as if it alone did
    for (set_name, _term), (xs_found, ys_found, best) in acc.items():
        kind = "descriptor" if set_name in DESCRIPTOR_SETS else "loaded_term"
        out.append(_story_finding(ctx, f"framing.story.{kind}", kind, set_name, xs_found,
                                  ys_found, TERM_NOTES.get(set_name, ""), best[0]))
    return out


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dated_apart(ctx: FindingContext, a: Sentence, b: Sentence) -> bool:
    """Whether the charged sentence ``a``, unaligned with the plain ``b``, names a year
    that is neither its article's own (the publication year) nor named in ``b``: its
    loaded term may tell another event ("In 2023, rioting broke out after Darius Fenn …
    was shot" is no account of the night the other outlet's lede calls protests, invented
    dev, session 19, read wrong at first sight; dev's 'riots' of 2019 against this year's
    'protests', read wrong). A year only the plain side names dates the act it tells
    ("accused of receiving 2 million in 2021" / "pocketed 2 million"), kept. Aligned
    sentences tell one thing whatever they date."""
    ga = ctx.group_of.get(a.id)
    if ga is not None and ga == ctx.group_of.get(b.id):
        return False
    own = set(_YEAR.findall(str(ctx.documents[a.article].article.published or "")))
    return bool(set(_YEAR.findall(a.text)) - own - set(_YEAR.findall(b.text)))


# Sets whose terms name a statement: a loaded one ("diatribe", "rant") is also compared
# with how the other outlets attribute the speaker's statement ("… asked Falk").
STATEMENT_SETS = frozenset({"remarks"})


def _statement_counterparts(ctx, said, uses, y, term, mine, xs_found, ys_found) -> None:
    """Add to ``xs_found`` each other outlet's neutral attribution of the speaker whose
    statement ``mine`` names with a loaded noun ("his diatribe"), linked to it; the
    outlets that use the same noun are left out."""
    for uy in mine:
        key = said.speaker_of(ctx.sentences[uy.sentence], uy.start)
        if key is None:
            continue
        sy = ctx.sentences[uy.sentence]
        for x in ctx.documents:
            if not ctx.contrasted(x, y) or any(u.term == term
                                            for u in uses.get(x, {}).get(uy.set_name, ())):
                continue
            hit = said.neutral(key, sy, x)
            if hit is None or any(s.id == hit[0].id for s, _ in xs_found):
                continue
            xs_found.append((hit[0], hit[1]))
            if not any(s.id == sy.id for s, _ in ys_found):
                ys_found.append((sy, (uy.start, uy.end, uy.surface)))


def _names_plainly(ctx, u: TermUse, set_name: str, most: int) -> bool:
    """Whether the sentence of ``u`` also writes a term of its set of charge at most
    ``most`` ("President" in "President Osk and other dictators", "administration" in
    "the Osk administration's engagement with hostile regimes"), as a title or a name's
    part too (term uses leave those out)."""
    s = ctx.sentences[u.sentence]
    text = ctx.documents[s.article].article.text
    words = list(_WORD.finditer(text, s.start, s.end))
    # the head of a two-word term is that term's ("migrants" in "illegal migrants" is no
    # plain use: dev d27, session 14b)
    pairs = [(a, b, form) for a, b, form in term_matches(words) if " " in form]
    for w in words:
        if any(a <= w.start() < b for a, b, _form in pairs):
            continue
        got = TERM_FORMS.get(re.sub(r"['’]s?$", "", w.group().lower()))
        if got is not None and got[0] == set_name and got[2] <= most:
            return True
    return any(TERM_FORMS[form][0] == set_name and TERM_FORMS[form][2] <= most
               for _a, _b, form in pairs)


# A person's name right before a statement noun, possessive ("Falk's remarks", "Vell'
# remarks").
_POSSESSOR_END = re.compile(r"['’]s?\s+$")


def _statement_speaker(ctx, said, u: TermUse) -> str | None:
    """Whose statement a statement noun names: the person named right before it as its
    possessor ("Falk's remarks"), else the sentence's subject when the noun is possessed
    ("Continuing his diatribe, Falk ...": :meth:`SpeakerStatements.speaker_of`)."""
    s = ctx.sentences[u.sentence]
    d = ctx.documents[s.article]
    for e in d.analysis.entities if d.analysis else ():
        if (s.start <= e.start < u.start and e.kind == "person"
                and _POSSESSOR_END.fullmatch(d.article.text, e.end, u.start)):
            return speaker_key(e.text)
    return said.speaker_of(s, u.start)


def _same_speaker_pairs(ctx, said, pairs) -> list[tuple[TermUse, TermUse, float]]:
    """The (loaded, plain) pairs of statement nouns that name one speaker's statement on
    both sides ("his diatribe" / "Falk's remarks"): a statement noun with no known
    speaker, or another speaker's, is another statement ("an on-air diatribe" by one
    host against a government's "statement" in the 84-article PolNeAR valid run)."""
    out = []
    for uy, ux, sc in pairs:
        ky, kx = _statement_speaker(ctx, said, uy), _statement_speaker(ctx, said, ux)
        if ky is not None and kx is not None and same_speaker(ky, kx):
            out.append((uy, ux, sc))
    return out


def _best_pairs(ctx, linker, mine, plain) -> list[tuple[TermUse, TermUse, float]]:
    """The linked (loaded use, plain use) pairs, best first, at most
    :data:`MAX_COUNTERPARTS`, one per plain sentence."""
    pairs = []
    for uy in mine:
        sy = ctx.sentences[uy.sentence]
        before_y = _word_before(ctx, uy)
        for ux in plain:
            if (ux.anchor is not None and ux.surface.lower() == ux.term
                    and not same_anchor(ux.anchor, uy.anchor, loose=True)):
                # a singular term with a name is that entity: "the Trump administration"
                # is not the "regime" of another sentence (a plural names members of a
                # side, "Kateb Hezbollah protesters": still the crowd another calls a mob)
                continue
            if _labels_another(ctx, uy, ux):
                continue
            sx = ctx.sentences[ux.sentence]
            ignore = frozenset(linker.stems(sy) & _term_stems(uy, ux)) | {set_token(uy.set_name)}
            sc = linker.score(sy, sx, ignore)
            if sc > 0:
                pairs.append((uy, ux, sc, _word_before(ctx, ux) != before_y))
    # best link first; within one sentence the plain term after the same word ("North
    # Korean dictator" / "North Korean leader", not "the president" before it)
    pairs.sort(key=lambda p: (-p[2], p[3]))
    out, used = [], set()
    for p in pairs:
        if p[1].sentence in used:
            continue
        used.add(p[1].sentence)
        out.append(p)
    return [p[:3] for p in out[:MAX_COUNTERPARTS]]


def _referents(ctx, u: TermUse) -> frozenset[str]:
    """The keys of whom a singular actor term names: its own name ("Dictator Kim Jong
    Un"), else whom its article gives that term (:func:`term_holders`: the bare "the
    president" of an article that writes "President Ivo Lund" is Lund); empty when
    unknown, or for a plural (members of a side, not one actor)."""
    if u.anchor is not None:
        return frozenset({u.anchor})
    if u.surface.lower() != u.term:
        return frozenset()
    d = ctx.documents[ctx.sentences[u.sentence].article]
    return term_holders(d).get(u.term, frozenset())


def _labels_another(ctx, uy: TermUse, ux: TermUse) -> bool:
    """Whether the plain actor term ``ux``, with no name beside it, labels another actor
    than the loaded ``uy`` does, so it is no other outlet's word for ``uy``'s actor (real26
    D3: "the president said" of one outlet against another's "Dictator Kim Jong Un"):
    its article gives the term only to others ("President Trump"), or ``ux`` is the
    speaker of a quote that names ``uy``'s actor ("'I have a very good relationship with
    Kim Jong-un,' the president said": no one names himself so)."""
    if uy.set_name not in DESCRIPTOR_SETS or ux.anchor is not None \
            or ux.surface.lower() != ux.term:
        return False
    mine = _referents(ctx, uy)
    if not mine:
        return False
    theirs = _referents(ctx, ux)
    if theirs and not any(same_anchor(a, b, loose=True) for a in mine for b in theirs):
        return True
    d = ctx.documents[ctx.sentences[ux.sentence].article]
    if d.analysis is None:
        return False
    for q in d.analysis.quotes:
        if q.speaker_span is None or not q.speaker_span[0] <= ux.start < q.speaker_span[1]:
            continue
        if any(q.start <= e.start < q.end and same_anchor(e.key, a, loose=True)
               for e in d.analysis.entities for a in mine):
            return True
    return False


def _object_stems(ctx, u: TermUse) -> frozenset[str]:
    from ..normalize import content_stems

    s = ctx.sentences[u.sentence]
    text = ctx.documents[s.article].article.text
    words = _WORD.findall(text, u.end, s.end)[:OBJECT_WORDS]
    return frozenset(content_stems(" ".join(words)))


def _same_object(ctx, uy: TermUse, ux: TermUse) -> bool:
    """Whether two verbs of an :data:`OBJECT_SETS` set tell one act: the words after
    them share a content word ("stormed the headquarters" / "raided the headquarters")."""
    return bool(_object_stems(ctx, uy) & _object_stems(ctx, ux))


# A clause break before a verb: its doer is named after the last one ("Under a warrant,
# officers raided the offices"). A dash breaks a clause too ("jerking the official around
# – a yank ...": the yank's doer is not named before the dash): an em dash, or a spaced
# en dash or hyphen; an unspaced en dash joins a compound ("the Tarn–Vella force": review36b)
_CLAUSE_BREAK = re.compile(r"[,;:\u2014]|(?<=\s)\u2013|\u2013(?=\s)|\s-\s")
# The marks that come in pairs around an aside (an appositive, an interruption)
_PAIRED_BREAK = frozenset(",\u2013\u2014-")
_PASSIVE_BE = frozenset("is are was were be been being".split())


def _doer_stems(text: str, start: int, a: int) -> frozenset[str]:
    """The content stems of the words before a verb at ``a`` in its clause of the
    sentence starting at ``start``: its doer's, when it names one. A verb right after
    the second of a pair of commas or dashes follows an aside ("Dock workers – some armed
    with iron bars – charged"): its doer is named before the pair (review36b)."""
    from ..normalize import content_stems

    before = text[start:a]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    while len(breaks) >= 2 and not _WORD.search(before, breaks[-1].end()):
        mark = breaks[-1].group().strip()
        if mark not in _PAIRED_BREAK or breaks[-2].group().strip() != mark:
            break
        before = before[:breaks[-2].start()]
        breaks = breaks[:-2]
    if breaks:
        before = before[breaks[-1].end():]
    words = _WORD.findall(before)[-OBJECT_WORDS:]
    if words and words[-1].lower() in _PASSIVE_BE:
        return frozenset()  # "the offices were searched": the words before are no doer
    return frozenset(content_stems(" ".join(words)))


def _one_doer(dy: frozenset[str], dx: frozenset[str]) -> bool:
    return not dy or not dx or bool(dy & dx)


def _same_doer(ctx, uy: TermUse, ux: TermUse) -> bool:
    """Whether two verbs of a :data:`DOER_SETS` set may tell one act by their doers: the
    words before them in their clauses share a content word ("Riot police moved in" /
    "Riot police charged into the crowd"), or either names none ("They stormed")."""
    def stems(u: TermUse) -> frozenset[str]:
        s = ctx.sentences[u.sentence]
        return _doer_stems(ctx.documents[s.article].article.text, s.start, u.start)

    return _one_doer(stems(uy), stems(ux))


def _word_before(ctx, u: TermUse) -> str:
    text = ctx.documents[ctx.sentences[u.sentence].article].article.text
    words = _WORD.findall(text, max(0, u.start - 40), u.start)
    return words[-1].lower() if words else ""


# A loaded label and a plainer one for the same named entity ("dictator Kim Jong-un" /
# "leader Kim Jong-un", "Hezbollah terrorists" / "Hezbollah militants"): the name is the
# link, so no sentence overlap is needed, and a coloured term (charge 1, "militants")
# counts as the plainer one (Reuters: no "terrorist" without attribution).
ANCHORED_SCORE = 1.0


def _anchored_pairs(mine, xs, charge, pairs) -> list[tuple[TermUse, TermUse, float]]:
    """``pairs`` plus (loaded use, plainer use) pairs that label the same named entity
    (:attr:`TermUse.anchor`), best first, one per plain sentence."""
    have = {p[1].sentence for p in pairs}
    extra = []
    for uy in mine:
        if uy.anchor is None:
            continue
        for ux in xs:
            if (same_anchor(ux.anchor, uy.anchor) and ux.charge < charge
                    and ux.sentence not in have):
                have.add(ux.sentence)
                extra.append((uy, ux, ANCHORED_SCORE))
    return (extra + pairs)[:MAX_COUNTERPARTS]


# Who did it: the subject of one act ("... supporters stormed the embassy" / "...
# militiamen stormed the embassy") named as civilians (CIVILIAN_SET, a neutral term) in
# one outlet and as armed men (ARMED_SET, a coloured or loaded term) in another. The act
# is the verb right after the term (an "on Tuesday" between is skipped); the two
# sentences must also be linked by other content. A subject of two nouns ("militiamen and
# their supporters stormed") names both, so that outlet makes no contrast for that act.
CIVILIAN_SET, ARMED_SET = "crowd", "armed group"
_ACTOR_TOKENS = frozenset({set_token(CIVILIAN_SET), set_token(ARMED_SET)})
# An adverb between the doers and the act is skipped too ("rebels also seized"): read as
# the act, "also" made one act of "rebels also seized" and "protesters also marched".
_ACT_AFTER = re.compile(r"\s+(?:(?:on|late|early)\s+[A-Z][a-z]+\s+|who\s+|had\s+|have\s+)?"
                        r"(?:(?:also|still|then|again|just|now|even|later|already|reportedly|"
                        r"allegedly)\s+)?([a-z]{3,})\b")
# Words that are no act: function words (STOPWORDS, checked too) and the prepositions of
# place that follow a subject ("rebels near the border", "protesters outside the embassy").
_NOT_ACTS = frozenset(
    "and or but are were was is had have has been being who which that from with in on at "
    "of for to by into the a an said say says told near outside inside across around along "
    "behind beyond throughout".split())
_COORDINATED = re.compile(r"\b(?:and|or)\s+(?:(?:their|its|his|her|the|other)\s+)?$|^\s+(?:and|or)\b")


# The word right before a term, joined to it by spaces only ("militia supporters").
_PREMODIFIER = re.compile(r"([A-Za-z]+)\s+$")


def _acts(d, uses: list[TermUse]) -> dict[str, list[tuple[TermUse, str]]]:
    """act stem -> [(term use, its class)] for the civilian / armed terms of ``d`` that
    are the subject of that act; a coordinated subject ("militiamen and their supporters")
    puts both classes on it."""
    from ..normalize import stem

    text = d.article.text
    out: dict[str, list[tuple[TermUse, str]]] = {}
    for u in uses:
        if u.set_name not in (CIVILIAN_SET, ARMED_SET) or u.term in ANCHOR_ONLY:
            continue
        m = _ACT_AFTER.match(text, u.end)
        if m is None or m.group(1) in _NOT_ACTS or m.group(1) in STOPWORDS:
            continue
        act = stem(m.group(1))
        cls = u.set_name
        if _COORDINATED.search(text[max(0, u.start - 30) : u.start]) or \
                _COORDINATED.match(text[u.end : u.end + 6]):
            out.setdefault(act, []).extend([(u, CIVILIAN_SET), (u, ARMED_SET)])
            continue
        out.setdefault(act, []).append((u, cls))
    return out


def _story_actors(ctx: FindingContext, linker: Linker,
                  terms: dict[str, tuple[TermUse, ...]] | None = None) -> list[Finding]:
    """One act whose doers some outlets call armed men ("militiamen", "militants") and
    others call civilians ("protesters", "supporters"), in linked sentences: one finding
    per act, every outlet that names the doers armed on the charged side. An outlet that
    names both ("militiamen and their supporters", "militia supporters") is on neither
    side and is named after them, so the line never reads as if one outlet alone wrote
    the armed word."""
    if len(ctx.docs) < 2:
        return []
    acts = {}
    for d in ctx.docs:
        acts[d.id] = _acts(d, list(terms[d.id] if terms is not None else term_uses(d)))
    out: list[Finding] = []
    for act in sorted({a for ya in acts.values() for a in ya}):
        armed_by = {y: [u for u, _ in ya[act] if u.charge >= 1] for y, ya in acts.items()
                    if act in ya and not any(c == CIVILIAN_SET for _, c in ya[act])}
        armed_by = {y: us for y, us in armed_by.items() if us}
        civil_by = {x: [u for u, _ in xa[act] if u.charge == 0] for x, xa in acts.items()
                    if act in xa and not any(c == ARMED_SET for _, c in xa[act])}
        if not armed_by or not civil_by:
            continue
        xs_found, ys_found, best = [], [], 0.0
        for y, armed in armed_by.items():
            for x, civ in civil_by.items():
                if not ctx.contrasted(x, y):
                    continue
                pairs = []
                for uy in armed:
                    for ux in civ:
                        sy, sx = ctx.sentences[uy.sentence], ctx.sentences[ux.sentence]
                        sc = linker.score(sy, sx, _term_stems(uy, ux) | _ACTOR_TOKENS)
                        if sc > 0:
                            pairs.append((sc, uy, ux))
                for sc, uy, ux in sorted(pairs, key=lambda t: -t[0])[:MAX_COUNTERPARTS]:
                    if not any(s.id == ux.sentence for s, _ in xs_found):
                        xs_found.append((ctx.sentences[ux.sentence], _with_premodifier(ctx, ux)))
                    if not any(s.id == uy.sentence for s, _ in ys_found):
                        ys_found.append((ctx.sentences[uy.sentence],
                                         (uy.start, uy.end, uy.surface)))
                    best = max(best, sc)
        if not xs_found:
            continue
        f = _story_finding(ctx, "framing.story.descriptor", "actor_role", "actor role",
                           xs_found, ys_found,
                           "the same act's doers named as armed men in one outlet, "
                           "as civilians in another", best)
        first = ys_found[0]
        verb = next(m.group(1) for m in [_ACT_AFTER.match(
            ctx.documents[first[0].article].article.text, first[1][1])] if m)
        both = _both_named(ctx, acts, act, {s.article for s, _ in (*xs_found, *ys_found)})
        summary = f.summary[:-1] + f" for those who {verb}"
        if both:
            summary += " (" + "; ".join(f"{o}: '{w}'" for o, w, _ in both) + ")"
        out.append(Finding(type=f.type, sentences=f.sentences, summary=summary + ".",
                           detail=dict(f.detail, both=[{"outlet": o, "words": w, "sentence": sid}
                                                       for o, w, sid in both]),
                           confidence=f.confidence, spans=f.spans))
    return out


# The first noun of a coordinated subject, before the one the act follows.
_COORDINATED_BEFORE = re.compile(
    r"[A-Za-z]+\s+(?:and|or)\s+(?:(?:their|its|his|her|the|other)\s+)?$")


def _with_premodifier(ctx, u: TermUse) -> tuple[int, int, str]:
    """The span of a civilian term with an armed premodifier before it ("militia
    supporters", :func:`~storylens.rules.loaded_terms.armed_premodifier`): the outlet's
    own words, which say whose supporters they are (the line must not print "supporters"
    for them)."""
    text = ctx.documents[ctx.sentences[u.sentence].article].article.text
    pre = _PREMODIFIER.search(text, max(0, u.start - 30), u.start)
    a = pre.start(1) if pre is not None and armed_premodifier(pre.group(1)) else u.start
    return a, u.end, text[a : u.end]


def _both_named(ctx, acts, act, shown: set[str]) -> list[tuple[str, str, str]]:
    """(outlet, words, sentence) of each other outlet whose doers of ``act`` are named
    both ways ("militiamen and their supporters", "militia supporters")."""
    out = []
    for d, da in acts.items():
        subs = da.get(act, [])
        if d in shown or not subs or {c for _, c in subs} != {CIVILIAN_SET, ARMED_SET}:
            continue
        u = subs[0][0]
        text = ctx.documents[d].article.text
        mine = [v for v, _ in subs if v.sentence == u.sentence]
        lo, hi = min(v.start for v in mine), max(v.end for v in mine)
        pre = _PREMODIFIER.search(text, max(0, lo - 30), lo)
        coord = _COORDINATED_BEFORE.search(text, max(0, lo - 40), lo)
        if coord is not None:
            lo = coord.start()  # "militiamen and their supporters"
        elif pre is not None and armed_premodifier(pre.group(1)):
            lo = pre.start(1)
        out.append((ctx.label(d), text[lo:hi], u.sentence))
    return out


def _term_stems(*uses: TermUse) -> frozenset[str]:
    return frozenset(st for u in uses for st in content_stems(u.surface))


def _story_modifiers(ctx: FindingContext, linker: Linker) -> list[Finding]:
    """An outlet qualifies a noun with a loaded modifier ("suspicious death", "so-called
    nuclear option") where another outlet names the same noun, in a sentence about the
    same thing, without it (and never uses the modifier)."""
    if len(ctx.docs) < 2:
        return []
    mods = {d.id: modifier_uses(d) for d in ctx.docs}
    lowered: dict[str, str] = {}  # article -> its text in lower case
    family: dict[tuple[str, str], bool] = {}
    kin: dict[tuple[str, str, str], bool] = {}  # (article, modifier, head) -> kindred use
    hedged: dict[str, bool] = {}
    intensified: dict[str, bool] = {}
    terms_of: dict[str, list] = {}  # article -> its body sentences' terms (_forced_elsewhere)
    quoted_of: dict[str, list[tuple[int, int]]] = {}  # article -> its quoted spans (_head_in)
    out: list[Finding] = []
    # a stated role (outlet, sentence, span) -> the hedged phrases it is set against
    stated: dict[tuple[str, str, int, int], list[tuple[Sentence, tuple[int, int, str]]]] = {}
    for y, ms in mods.items():
        for m in ms:
            sy = ctx.sentences[m.sentence]
            if m.modifier in INTRODUCING_MODIFIERS and _term_at(ctx, y, m.start):
                continue  # "so-called ghost employees": a term named, as the aligned hedge reads it
            if _shared_label(ctx, y, m, mods):
                continue  # "the left-wing Popular Renewal Party" in two outlets: its label
            xs_found, best_score = [], 0.0
            role = _hedged_role(ctx, y, m)
            compound = _compound_phrase(ctx.documents[y].article.text, m)
            head = m.heads[1] if compound else m.heads[0]
            for d in ctx.docs:
                if not ctx.contrasted(d.id, y):
                    continue
                if (d.id, m.modifier) not in family:
                    if d.id not in lowered:
                        lowered[d.id] = d.article.text.lower()
                    family[d.id, m.modifier] = _uses_family(lowered[d.id], m.modifier)
                if family[d.id, m.modifier]:
                    continue  # the other outlet writes the word too ("allegedly" for "alleged")
                if (d.id, m.modifier, head) not in kin:
                    if d.id not in lowered:
                        lowered[d.id] = d.article.text.lower()
                    kin[d.id, m.modifier, head] = kindred_modifiers(m.modifier) != set() \
                        and _kindred_on(lowered[d.id], m.modifier, head, _quoted(d))
                if kin[d.id, m.modifier, head]:
                    continue  # "forged notes" for "bogus notes": the same judgement
                if m.anchor and _judges(d, m, mods[d.id]):
                    continue  # that outlet judges the same person or thing itself
                if m.anchor and _states_lean(ctx, d, m):
                    continue  # "Ines Velk, leader of the Green-Left group": the same fact
                if role is not None:
                    # "alleged cartel leader Ivo Brant": the hedge is on a role; its plain
                    # side is another outlet stating such a role of the same person,
                    # read over all its mentions of him ("Brant, the cartel boss"); a bare
                    # "Brant" states none (session 18, held-out t55)
                    for sx, (a, b) in _stated_roles(ctx, d, m, role, mods[d.id]):
                        text_y = ctx.documents[y].article.text
                        stated.setdefault((d.id, sx.id, a, b), []).append(
                            (sy, (m.start, m.head_end, text_y[m.start : m.head_end])))
                    continue
                cands = [s for s in d.sentences if s.block in BODY and m.heads[0] in linker.stems(s)
                         and not (m.cls == "doubt" and _hedged(s, d.article.text, hedged))
                         and not (m.cls == "intensifier"
                                  and _intensified(s, d.article.text, intensified))]
                scored = sorted(
                    ((linker.score(sy, c, frozenset(m.heads[:1])), c) for c in cands),
                    key=lambda t: -t[0],
                )
                named = _named_mentions(ctx, d, m, mods[d.id]) if m.anchor else []
                named = [(sx, (a, b)) for sx, (a, b) in named
                         if not (m.standard == "introduces" and _INTRODUCED.search(
                             d.article.text, max(sx.start, a - 40), a))]
                for sx, (a, b) in named:
                    xs_found.append((sx, (a, b, d.article.text[a:b])))
                    best_score = ANCHORED_SCORE
                seen = {sx.id for sx, _ in named}
                for sc, sx in [t for t in scored if t[0] > 0 and t[1].id not in seen][
                        :MAX_COUNTERPARTS - len(named)]:
                    got = _head_in(sx, d.article.text, m, compound, _quoted_of(d, quoted_of))
                    if got is None:
                        # "routine tests" is no plain "suspicious test results"; nor is a
                        # noun only inside a quote the outlet's own plain wording
                        continue
                    a, b, phrase_end = got
                    if m.cls == "doubt" and _unasserted(d.article.text, sx, a):
                        continue  # "questioned whether the exchange held": not stated
                    if sc < 1.0 and _shared_words(linker, sy, sx, m) < MODIFIER_LINK_MIN_WORDS:
                        continue  # two chance words: another law, another comment
                    if sc < 1.0 and m.anchor and not _names_anchor(d, sx, m.anchor):
                        continue  # "liberal filmmaker Ivo Brant" / "another liberal
                        # politician": the plain word must be on the same named referent
                    if m.standard == "introduces" and _INTRODUCED.search(
                            d.article.text, max(sx.start, a - 40), a):
                        continue  # "known as the Tessel Accord": a name introduced there too
                    if any(o.sentence == sx.id and o.heads[:1] == m.heads[:1]
                           for o in mods[d.id]):
                        continue  # "the notorious loophole": that outlet qualifies it too
                    if m.cls == "intensifier" and other_act(d.article.text, b):
                        continue  # "pulling his hand free": another act than "pulled him"
                    if m.cls == "intensifier" and _forced_elsewhere(d, sx, a, b, terms_of):
                        continue  # "kept jerking the mayor around" in that piece too
                    if m.cls != "intensifier" and _VERB_FORM.search(d.article.text[a:b]) \
                            and not _VERB_FORM.search(_head_word(ctx, y, m)):
                        continue  # "jets attacked five bases" is no plain "alleged attacks"
                    if m.cls != "intensifier" and (a, b) != (sx.start, sx.end) \
                            and _verb_read(d.article.text, sx, a, b):
                        continue  # "the Cup, run over three miles" is no plain "heroic run"
                    if sc < 1.0 and _anaphoric(d.article.text, sx, a, b):
                        # "The attack was ...": the act its article named before
                        ante = _antecedent(d, sx, m.heads[0], linker)
                        if ante is not None and linker.score(sy, ante, frozenset(m.heads[:1])) <= 0:
                            continue  # another act, named by the same noun
                    if _part_of_another(d.article.text, sx, a, b, sy, linker):
                        continue  # "the sharp end of a wider culture": a part of another thing
                    a = _with_own_premodifier(d.article.text, sx, a)
                    if d.article.text[a:a + 1].isupper():
                        # a name goes on to its last capitalised word ("Southern Liberty
                        # Front", not "Southern Liberty")
                        phrase_end = min(sx.end, _NAME_GOES_ON.match(d.article.text, phrase_end).end())
                    xs_found.append((sx, (a, phrase_end, d.article.text[a:phrase_end])))
                    best_score = max(best_score, sc)
            if xs_found:
                text = ctx.documents[y].article.text
                ys = [(sy, (m.start, m.head_end, text[m.start : m.head_end]))]
                out.append(
                    _story_finding(
                        ctx, "framing.story.modifier", "loaded_modifier", m.cls, xs_found, ys,
                        MODIFIER_NOTES.get(m.modifier, ""), best_score,
                    )
                )
    for (article, sid, a, b), ys in stated.items():
        text = ctx.documents[article].article.text
        sx = ctx.sentences[sid]
        ys = list({(s.id, span): (s, span) for s, span in ys}.values())
        out.append(_label_finding(ctx, [(sx, (a, b, text[a:b]))], ys, text[a:b], ANCHORED_SCORE))
    return out


def _forced_elsewhere(d, sx: Sentence, a: int, b: int, terms_of: dict[str, list]) -> bool:
    """Whether outlet ``d``, whose plain verb at ``a:b`` of ``sx`` would be the plain side
    of an intensified act ("pulled him violently" / "pulled"), tells the act elsewhere in
    its piece with a charged verb of the same term set and another intensity class
    (rules/loaded_terms INTENSITY_CLASSES: "kept jerking the mayor around", "a yank"), by
    the same doer (:func:`_doer_stems`; either naming none counts as the same): the outlet
    is then no plain side, its plain verb read sentence by sentence (real33, session 33:
    a six-outlet story's "pulled" side held an outlet whose body says "jerking ...
    around"). A charged verb of another doer tells another act ("police later dragged the
    dockhand away"). ``terms_of``: each article's body sentences with their terms, read once
    per story."""
    text = d.article.text
    if d.id not in terms_of:
        quoted = _quoted(d)
        terms_of[d.id] = [(s, _terms(s, text, quoted)) for s in d.sentences if s.block in BODY]
    plain = [(name, t) for s, terms in terms_of[d.id] if s.id == sx.id
             for name, ts in terms.items() for t in ts if t[0] < b and t[1] > a]
    if not plain:
        return False
    doer = _doer_stems(text, sx.start, plain[0][1][0])
    for s, terms in terms_of[d.id]:
        if s.id == sx.id:
            continue
        for name, ts in terms.items():
            for t in ts:
                if any(name == n and t[4] > p[4]
                       and intensity_class(name, t[3], t[4]) != intensity_class(n, p[3], p[4])
                       for n, p in plain) and _one_doer(doer, _doer_stems(text, s.start, t[0])) \
                        and _one_patient(text, t[1], s.end, sx):
                    return True
    return False


def _one_patient(text: str, b: int, end: int, sx: Sentence) -> bool:
    """Whether the charged verb ending at ``b`` (its sentence ending at ``end``) may tell
    the act of the plain verb's sentence ``sx`` by what it is done to: the first content
    word after it, past a determiner (rules/attribution ARTICLES: "kept jerking the mayor
    around"), is a word of ``sx`` ("The mayor had turned away ... pulled him toward the
    stalls"), or that word is none ("kept jerking him about for some seconds"). "The
    dockhand then yanked a crate of cod off the stall" tells another act of the same doer
    (review35f, session 35), and the plain side stands."""
    from ..normalize import content_stems
    from ..rules.attribution import ARTICLES

    for w in _WORD.findall(text, b, end)[:OBJECT_WORDS]:
        if w.lower() in ARTICLES:
            continue
        st = content_stems(w)
        return not st or bool(frozenset(st) & frozenset(content_stems(sx.text)))
    return True


def _shared_label(ctx, y: str, m: ModifierUse, mods: dict[str, tuple[ModifierUse, ...]]) -> bool:
    """Whether a lean label on a name (``m``: rules/loaded_terms.NAMED_ONLY_MODIFIERS, with
    an anchor) is put on the same name by another outlet of the story too, in its own
    voice, the label or a kindred one (KINDRED_MODIFIER_GROUPS: "left-leaning" for
    "left-wing"): then it is how the story's outlets identify the party or person ("Quentero,
    of the left-wing Popular Renewal Party" in the wire and in a paper that prints the wire's
    sentence: held-out t189, session 30, read wrong), not one outlet's label set against
    the others' plain name. One outlet's own label stays a finding ("The right-wing
    Moderate Party" where the others write "the opposition Moderate Party": dev d82, d146,
    t176, read right). The other outlet's use counts only in its own voice: none after a
    cue verb of its sentence ("Rival candidate Sende said the left-wing Civic Renewal Party
    had cheated" reports the rival's label, which ``modifier_uses`` keeps: review31fr)."""
    if m.anchor is None or m.modifier.lower() not in NAMED_ONLY_MODIFIERS:
        return False
    kin = kindred_modifiers(m.modifier) | {m.modifier.lower()}
    return any(
        d.id != y and not ctx.same_outlet(d.id, y) and ctx.contrasted(d.id, y)
        and any(o.modifier.lower() in kin and same_anchor(o.anchor, m.anchor)
                and not _after_cue(ctx, d.id, o) for o in mods[d.id])
        for d in ctx.docs)


def _after_cue(ctx, article: str, o: ModifierUse) -> bool:
    """Whether modifier use ``o`` follows a cue verb of its sentence (a reported label)."""
    doc = ctx.documents[article]
    s = ctx.sentences.get(o.sentence)
    return s is not None and any(c[0] < o.start for c in sentence_cues(doc, s))


# The words of a hedged role read after the modifier, up to punctuation (the name's words
# left out): "alleged cartel leader Ivo Brant" -> cartel, leader; "the alleged leader of
# the Red Coast cartel" -> leader, red, coast, cartel.
ROLE_WORDS = 8
_ROLE_END = re.compile(r"[,;:.()\"“”—–!?]")


def _role_parts(words: list[str], names: frozenset[str] = frozenset()):
    """(head stem, stems before it) of a role phrase's words: the phrase is cut at "of"
    and after its last possessive, so the head is the role's own noun ("leader of the Red
    Coast cartel" -> leader; "the gang boss's brother" -> brother, a role of another
    kind), the name's words and stop words left out; ``None`` when no word is left."""
    from ..normalize import stem

    low = [w.lower() for w in words]
    if "of" in low:
        low = low[: low.index("of")]
    for i in range(len(low) - 1, -1, -1):
        if low[i].endswith(("'s", "’s")):
            low = low[i + 1:]
            break
    low = [w for w in low if w not in STOPWORDS and not any(p in names for p in w.split("-"))]
    if not low:
        return None
    return stem(low[-1]), frozenset(stem(w) for w in low[:-1])


def _role_words(text: str, a: int, b: int) -> list[str]:
    """The words of a hedged role after its modifier, up to punctuation (ROLE_WORDS)."""
    end = _ROLE_END.search(text, a, b)
    return [w.group() for w in _WORD.finditer(text, a, end.start() if end else b)][:ROLE_WORDS]


def _hedged_role(ctx, article: str, m: ModifierUse):
    """The role a doubt modifier hedges on a named person ("alleged cartel leader Ivo
    Brant", "Brant, the alleged leader of the cartel"), as (head stem, all its content
    stems): a lower-case word in the qualified phrase, so the modifier qualifies a role,
    not the name itself ("the so-called Digital Rights Lab"). ``None`` for any other
    modifier."""
    from ..normalize import stem

    if m.cls != "doubt" or not m.anchor:
        return None
    text = ctx.documents[article].article.text
    if not any(w.group()[:1].islower() for w in _WORD.finditer(text, m.end, m.head_end)):
        return None
    names = frozenset(m.anchor.lower().replace("-", " ").split())
    words = _role_words(text, m.end, ctx.sentences[m.sentence].end)
    parts = _role_parts(words, names)
    if parts is None:
        return None
    every = frozenset(stem(w.lower()) for w in words if w.lower() not in STOPWORDS
                      and not any(p in names for p in w.lower().split("-")))
    return parts[0], every


def _same_role(parts, role) -> bool:
    """Whether a stated role (head, stems before it) is of the hedged role's kind: the
    same head ("leader"), or a word before its head that the hedged role has ("Red Coast
    cartel boss" / "alleged leader of the Red Coast cartel")."""
    head, before = parts
    return head == role[0] or bool(before & role[1])


# A role stated in apposition after a name: a comma, an optional age, an article ("Brant,
# 52, the Red Coast cartel boss serving ..."); its words run to punctuation, a relative
# pronoun or an "-ing" verb, at most ROLE_WORDS.
_ROLE_AFTER = re.compile(APPOSITION_OPENING, re.IGNORECASE)
_ROLE_STOPS = frozenset("who whom whose which that serving convicted jailed sentenced".split())
# ... or before it: lower-case words right before the name ("cartel boss Ivo Brant").
ROLE_WORDS_BEFORE = 3


def _sourced(text: str, s: Sentence) -> bool:
    """Whether sentence ``s`` attributes what it tells to a source: a form of a verb of
    saying or describing, or "according to" (rules/attribution.ROLE_SOURCE_FORMS), outside
    quote marks. A role stated there is the source's, not the outlet's own statement."""
    body = _QUOTED_SPAN.sub(" ", text[s.start:s.end]).lower()
    return "according to" in body or any(
        w.group() in ROLE_SOURCE_FORMS for w in _WORD.finditer(body))


def _stated_roles(ctx, d, m: ModifierUse, role, their_mods):
    """Where outlet ``d`` states a role of the person a doubt modifier hedges a role of
    (``m.anchor``), over all its mentions of him outside quotes: an appositive ("Brant, the
    cartel boss") or lower-case words right before the name ("cartel boss Brant"), with no
    hedge of its own ("Brant, the suspected boss"), of the hedged role's kind
    (:func:`_same_role`): a role of another kind ("Brant, a father of three", "the gang
    boss's brother") is no plain side. None when ``d`` hedges a role of that person
    itself."""
    if any(o.cls == m.cls and same_anchor(o.anchor, m.anchor) for o in their_mods):
        return []
    text = d.article.text
    quoted = _quoted(d)
    out: list[tuple[Sentence, tuple[int, int]]] = []
    for e in d.analysis.entities if d.analysis else ():
        if not same_anchor(e.key, m.anchor) or _inside(quoted, e.start):
            continue
        s = ctx.sentences.get(e.sentence)
        if s is None or s.block not in BODY or any(x.id == s.id for x, _ in out):
            continue
        span = None
        after = _ROLE_AFTER.match(text, e.end, s.end)
        if after is not None:
            words = []
            for w in _WORD.finditer(text, after.end(), s.end):
                between = text[(words[-1].end() if words else after.end()):w.start()]
                if between.strip() or w.group().lower() in _ROLE_STOPS \
                        or (words and w.group().lower().endswith("ing")) or len(words) == ROLE_WORDS:
                    break
                words.append(w)
            if words:
                span = (words[0].start(), words[-1].end())
        if span is None:
            before = [w for w in _WORD.finditer(text, max(s.start, e.start - 40), e.start)]
            kept = []
            for w in reversed(before):
                low = w.group().lower()
                gap = text[w.end():(kept[-1].start() if kept else e.start)]
                opening = not text[s.start:w.start()].strip()  # "Gang boss Ivo Brant ..."
                if gap.strip() or not (w.group()[:1].islower() or opening) or low in STOPWORDS \
                        or low in STOP_ROLE or len(kept) == ROLE_WORDS_BEFORE:
                    break
                kept.append(w)
            if kept:
                span = (kept[-1].start(), kept[0].end())
        if span is None:
            continue
        a, b = span
        near = [w.group().lower() for w in _WORD.finditer(text, max(s.start, a - 25), b)]
        if any(w in _HEDGE_WORDS or w in ROLE_HEDGE_WORDS for w in near):
            continue  # "Brant, the suspected boss": that outlet hedges it too
        if _sourced(text, s):
            continue  # "Police say Brant, the gang boss, ...": the role is the source's
        parts = _role_parts([w.group() for w in _WORD.finditer(text, a, b)])
        if parts is not None and _same_role(parts, role):
            out.append((s, (a, b)))
    return out


_INTRODUCED = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in INTRODUCED_BEFORE)
    + r")\s+(?:(?:the|a|an)\s+)?[\"“'‘]?(?:[A-Z][\w.'’]*(?:\s*-\s*|\s+))?$")


def _names_anchor(d, s: Sentence, anchor: str) -> bool:
    """Whether sentence ``s`` of document ``d`` names the entity ``anchor`` (a modifier's
    named referent). PolNeAR test, session 10: "Controversial liberal filmmaker Michael
    Moore" was set against "another liberal politician", a student's words about someone
    else, linked by common words only."""
    return any(e.sentence == s.id and same_anchor(e.key, anchor)
               for e in (d.analysis.entities if d.analysis else ()))


def _shared_words(linker: Linker, sy: Sentence, sx: Sentence, m: ModifierUse) -> int:
    """Content words (link tokens) two sentences share besides the qualified noun."""
    return len((linker.links(sy) & linker.links(sx)) - link_tokens(frozenset(m.heads[:1])))


# The first mentions of an entity shown as the plain side of a modifier on it.
MAX_NAMED = 1
# A role word right before a name ("rapper Marek Dunn", "the financier Ivo Brant").
_ROLE_BEFORE = re.compile(r"(?:\b(?:the|a|an)\s+)?\b([a-z][a-z-]{2,})\s+$")


# A loaded term in an appositive right after a name, at most three words in ("Ivo Brant,
# the port oligarch"): a judgement of that name's bearer.
_APPOSED_TERM = re.compile(APPOSITION_OPENING + r"(?:[\w'’-]+\s+){0,3}")


def _judges(d, m: ModifierUse, their_mods) -> bool:
    """Whether outlet ``d`` itself judges the entity a modifier qualifies (``m.anchor``),
    read over all its mentions: a modifier of the same class on it, or, for a judging
    (not a doubt) modifier, any other judging modifier ("the disgraced mayor Brant" / "the
    embattled Brant") or a loaded term on it ("Brant, the port oligarch"). Then neither
    outlet names him plainly and there is no contrast to show (session 18)."""
    if any(same_anchor(o.anchor, m.anchor) and (o.cls == m.cls or "doubt" not in (o.cls, m.cls))
           for o in their_mods):
        return True
    if m.cls == "doubt":
        return False
    loaded = [u for u in term_uses(d) if u.charge >= STORY_MIN_CHARGE]
    if not loaded:
        return False
    if any(same_anchor(u.anchor, m.anchor) for u in loaded):
        return True
    text = d.article.text
    for e in d.analysis.entities if d.analysis else ():
        if same_anchor(e.key, m.anchor) and any(
                e.end < u.start <= e.end + 60 and _APPOSED_TERM.fullmatch(text, e.end, u.start)
                for u in loaded):
            return True
    return False


def _named_mentions(ctx, d, m: ModifierUse, their_mods) -> list[tuple[Sentence, tuple[int, int]]]:
    """Where outlet ``d`` names the entity a modifier qualifies (``m.anchor``), plainly:
    body sentences outside quotes with a mention of the same entity, none when ``d``
    itself qualifies that entity with a modifier of the same class (both outlets judge
    it), and, read over all its mentions (session 18), none when it judges that entity
    otherwise anywhere: another judging modifier ("the disgraced mayor" where the other
    writes "the corrupt mayor") or a loaded term on it ("Korolchuk, the tycoon"), so its
    first plain mention is not its word for him. The span takes a role word right before
    the name ("rapper Marek Dunn")."""
    if _judges(d, m, their_mods):
        return []
    text = d.article.text
    quoted = _quoted(d)
    out = []
    for e in d.analysis.entities if d.analysis else ():
        if not same_anchor(e.key, m.anchor) or _inside(quoted, e.start):
            continue
        s = ctx.sentences.get(e.sentence)
        if s is None or s.block not in BODY or any(x.id == s.id for x, _ in out):
            continue
        role = _ROLE_BEFORE.search(text, max(s.start, e.start - 30), e.start)
        # a word in "-ed" right before the name is a verb or a participle, no role
        # ("officers arrested Leyla Haddan": the span showed 'arrested Leyla Haddan')
        a = (role.start(1) if role and role.group(1) not in STOP_ROLE
             and not role.group(1).endswith("ed") else e.start)
        out.append((s, (a, e.end)))
        if len(out) == MAX_NAMED:
            break
    return out


# What an outlet states of a named person around his name: an apposition or a relative
# clause after it, up to punctuation ("Ines Velk, leader of the Green-Left group, said"),
# or the title run before it ("Left Bloc councillor Ines Velk").
_APPOSITION_AFTER = re.compile(r"\s*,\s*")
_CLAUSE_BEFORE = re.compile(r"[^,;:()\"“”—–]*$")
LEAN_WORDS_BEFORE = 4
# the words of a post held: title, people and staff-post nouns, a political body's noun
_POST_WORDS = (TITLE_WORDS | SPEAKER_TITLE_WORDS | APPOSITION_PERSON_HEADS | STAFF_POST_NOUNS
               | POLITICAL_BODY_NOUNS)


def _side_group(text: str, w, b: int, side: str) -> bool:
    """Whether the capitalised word ``w`` names a political side ``side`` as part of a
    group's name: the side joined to another word ("Green-Left") or right before a noun
    of a political body ("Left Bloc", "the Left group"); "the Left Bank" names none."""
    word = w.group()
    parts = word.lower().split("-")
    if not word[:1].isupper() or side not in parts:
        return False
    if len(parts) > 1:
        return True
    nxt = _WORD.search(text, w.end(), b)
    return (nxt is not None and not text[w.end():nxt.start()].strip()
            and nxt.group().lower() in POLITICAL_BODY_NOUNS)


def _post_path(words: list[str]) -> bool:
    """Whether the words between a name and a group's name say a post or a membership
    held now (rules/framing_leans): post nouns, their link words, the group's own
    capitalised words, a relative "who" with a verb of holding; no past post ("former")."""
    for i, w in enumerate(words):
        low = w.lower()
        if any(p in PAST_POST_WORDS for p in low.split("-")):
            return False
        if low in _POST_WORDS or low in POST_LINK_WORDS or w[:1].isupper():
            continue
        if low == "who" and i + 1 < len(words) and words[i + 1].lower() in HOLDING_VERBS:
            continue
        if low in HOLDING_VERBS and i and words[i - 1].lower() == "who":
            continue
        return False
    return True


def _states_lean(ctx, d, m: ModifierUse) -> bool:
    """Whether outlet ``d`` states the lean a lean label (``m``, rules/framing_leans.
    LEAN_SIDES) puts on a named person, over all its mentions of him outside quotes: a
    group's name with the label's side (:func:`_side_group`) in an apposition or relative
    clause after the name or in the title run before it, joined to the name by the words
    of a post held now (:func:`_post_path`). The label then restates that outlet's fact
    (held-out t148, session 26: "Left-wing councillor Ines Montaner" / "Ines Montaner,
    leader of the Green-Left group"); a group she quit or criticises, or another person's,
    states nothing of her (review27fr)."""
    side = LEAN_SIDES.get(m.modifier.lower())
    if side is None or d.analysis is None:
        return False
    text = d.article.text
    quoted = _quoted(d)
    for e in d.analysis.entities:
        if not same_anchor(e.key, m.anchor, loose=True) or _inside(quoted, e.start):
            continue
        s = ctx.sentences.get(e.sentence)
        if s is None:
            continue
        after = _APPOSITION_AFTER.match(text, e.end, s.end)
        if after is not None:
            end = _ROLE_END.search(text, after.end(), s.end)
            b = end.start() if end else s.end
            ws = list(_WORD.finditer(text, after.end(), b))
            for i, w in enumerate(ws):
                if _side_group(text, w, b, side):
                    if _post_path([x.group() for x in ws[:i]]):
                        return True
                    break
        # the title run: the words right before the name, back to the first that is
        # neither capitalised nor a post's ("Left Bloc councillor Ines Velk"; not "Green-
        # Left leader Brell and Ines Velk")
        before = _CLAUSE_BEFORE.search(text, s.start, e.start)
        ws = list(_WORD.finditer(text, before.start() if before else e.start, e.start))
        run = []
        for w in reversed(ws[-LEAN_WORDS_BEFORE:]):
            if not w.group()[:1].isupper() and w.group().lower() not in _POST_WORDS:
                if w.group().lower().split("-")[0] in PAST_POST_WORDS:
                    run = []  # "former Left Bloc councillor": a post held once
                break
            run.insert(0, w)
        for w in run:
            if _side_group(text, w, e.start, side):
                if _post_path([x.group() for x in run]):
                    return True
                break
    return False


# Words before a name that are no role ("said Dunn", "with Dunn").
STOP_ROLE = frozenset("said says told asked and or of to in on at by for with from as than "
                      "that when while after before about".split())


# A sentence that hedges on its own ("the alleged madam", "accused of being ...") does not
# state a label as fact.
_HEDGE_WORDS = DOUBT_MARKERS | frozenset(
    "accused accuses accusing accusation accusations suspected alleged allegedly allegation "
    "allegations reportedly rumoured rumored claimed claims".split()
)


def _uses_family(lowered: str, modifier: str) -> bool:
    """Whether an article's text (in lower case) has a word of the modifier's family
    ("allegedly", "allegations" for "alleged"; "suspiciously" for "suspicious"): its
    first letters up to the last two (at least five) begin the word."""
    root = modifier[: max(5, len(modifier) - 2)].lower()
    return re.search(r"\b" + re.escape(root), lowered) is not None


def _kindred_on(lowered: str, modifier: str, head: str,
                quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether an article's text (in lower case) qualifies the noun of stem ``head`` with
    a word of the modifier's kin (rules/loaded_terms.KINDRED_MODIFIER_GROUPS: "forged
    notes", "fake-note" for "bogus notes"), right before it or one word before ("forged
    500-kurat notes"), in its own words: not inside a quote (``quoted``: a buyer's "fake
    tickets" is the buyer's judgement, as :func:`modifier_uses` reads a loaded word), and
    not on a compound's head after it ("a fake ticket seller" judges the seller:
    :func:`_compound_goes_on`; session 23 review)."""
    from ..normalize import stem

    words = kindred_modifiers(modifier)
    if not words:
        return False
    alts = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    for m in re.finditer(r"\b(?:" + alts + r")(?![\w'’])", lowered):
        if _inside(quoted, m.start()):
            continue
        after = list(_WORD.finditer(lowered[m.end() : m.end() + 40].replace("-", " ")))[:3]
        for i, w in enumerate(after[:2]):
            if stem(w.group()) != head:
                continue
            if not _compound_goes_on(lowered, m.end(), after, i):
                return True
    return False


def _compound_goes_on(lowered: str, at: int, after: list, i: int) -> bool:
    """Whether the noun ``after[i]`` (word matches in ``lowered[at:]``, hyphens read as
    spaces) is only the first part of a compound that goes on, its head the next word:
    a singular noun then a space and a lower-case content word ("ticket seller", "activist
    leader"; not "tickets sold", "notes worth", "note was"). Written with a hyphen to the
    modifier ("fake-ticket trade") the modifier is the first noun's."""
    w = after[i]
    if i + 1 >= len(after) or w.group().endswith("s"):
        return False
    if lowered[at + w.start() - 1 : at + w.start()] == "-" and i == 0:
        return False  # "fake-ticket trade": the hyphen binds the modifier to "ticket"
    nxt = after[i + 1]
    raw = nxt.group()
    if lowered[at + w.end() : at + nxt.start()] != " ":
        return False
    return not (raw in STOP_HEADS or raw in STOPWORDS or raw.endswith(("ed", "ly")))


# The word right before a plain side's noun that may be its own premodifier: a lower-case
# word, and the word before it (:func:`_with_own_premodifier`).
_OWN_PREMODIFIER = re.compile(r"(?:(?<![\w'’-])([\w'’-]+)\s+)?(?<![\w'’-])([a-z][a-z'’-]*) $")
# What opens a noun phrase before a premodifier ("the unusual betting", "of forged notes",
# "500 forged notes", "its crumbling blocks"): an article, a possessive or demonstrative
# determiner (not "that", mostly a relative pronoun in news copy: "a shop that made
# tickets"), a number, a preposition.
_NP_OPENERS = frozenset(
    "a an the his her its their our my your these those this some many several few no "
    "of in on at for from with by into over under about among against after before".split())
# The prepositions among them: after one an "-ing" word is mostly a gerund taking the noun
# as its object ("by selling tickets", "after printing notes"), a verb, not shown.
_PREPOSITION_OPENERS = frozenset(
    "of in on at for from with by into over under about among against after before".split())
# Adjective endings: a word that ends so, right before the noun, qualifies it whatever
# precedes it ("seized suspicious packages"); an "-ed" or "-ing" word may be the verb
# ("police seized notes"), so it counts only after a noun phrase's opener.
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "al", "ic", "able", "ible", "ent", "ant", "less",
                      "ary", "ish")


def _with_own_premodifier(text: str, s: Sentence, a: int) -> int:
    """Where a plain side's span opens: at the word right before its noun at ``a`` when
    that word qualifies it ("unusual betting", "the forged notes", "of apartment blocks"),
    so the line quotes the outlet's words as they are, not the bare noun (held-out t109,
    session 22: 'notes' for the Free Press's 'forged notes'); else at ``a``. The word
    qualifies the noun when a noun phrase opens right before it (:data:`_NP_OPENERS`) or
    it ends as an adjective does (:data:`_ADJECTIVE_ENDINGS`); a verb ("seized notes", a
    gerund after a preposition: "by selling notes") is not shown."""
    m = _OWN_PREMODIFIER.search(text, max(s.start, a - 40), a)
    if m is None:
        return a
    w, before = m.group(2), (m.group(1) or "").lower()
    if (w in STOP_HEADS or w in STOPWORDS or w in _DETERMINERS or w.endswith("ly")
            or w in ANAPHORIC_DETERMINERS):
        return a
    if w.endswith("ing") and before in _PREPOSITION_OPENERS:
        return a  # "by selling tickets": a gerund and its object (session 23 review)
    opened = before in _NP_OPENERS or before[:1].isdigit()
    if opened or (w.endswith(_ADJECTIVE_ENDINGS) and not w.endswith(("ed", "ing"))):
        return m.start(2)
    return a


_PART_OF = re.compile(r"\s+of\s+([^,;:.!?()\"“”—–]*)")
PART_OF_WORDS = 4  # "of a wider culture of abuse": the words that say whose part it is


def _part_of_another(text: str, sx: Sentence, a: int, b: int, sy: Sentence,
                     linker: Linker) -> bool:
    """A plain side whose noun names a part of something (:data:`PART_NOUNS`: "the sharp end
    of a wider culture", "the heart of the dispute") describes that thing's part: when no
    content word of what follows its "of" is in the modified side's sentence, the two
    nouns are on two referents, a figure of speech beside the event (session 29, dev
    d172: 'shameful end' of a stopped match against the Diario's 'sharp end' of a
    culture of abuse)."""
    from ..normalize import stem

    if stem(text[a:b].lower()) not in PART_NOUNS:
        return False
    m = _PART_OF.match(text, b, sx.end)
    if m is None:
        return False
    words = {stem(w.lower()) for w in _WORD.findall(m.group(1))[:PART_OF_WORDS]
             if w.lower() not in STOPWORDS and w.lower() not in _DETERMINERS}
    return bool(words) and not (words & linker.stems(sy))


def _hedged(s: Sentence, text: str, cache: dict[str, bool]) -> bool:
    """A counterpart sentence with a doubt hedge of its own is not the plain wording."""
    got = cache.get(s.id)
    if got is None:
        got = cache[s.id] = any(
            w.group().lower() in _HEDGE_WORDS for w in _WORD.finditer(text, s.start, s.end))
    return got


def _intensified(s: Sentence, text: str, cache: dict[str, bool]) -> bool:
    """A counterpart sentence with an intensifier of its own does not tell the act plainly."""
    got = cache.get(s.id)
    if got is None:
        got = cache[s.id] = any(
            w.group().lower() in INTENSIFIERS for w in _WORD.finditer(text, s.start, s.end))
    return got


# A verb's inflection: the modified noun's stem in it is another word ("attacked", not
# "attacks": read on the report's population, US jets that attacked bases were set as
# the plain side of "alleged attacks targeting American forces").
_VERB_FORM = re.compile(r"(?:ed|ing)$", re.IGNORECASE)
# Words right before a bare word that make it a verb, whatever its form: a form of "be"
# or a modal ("is run", "will cut") or the infinitive's "to" ("to cut"). "have" is not
# among them: "had talks" is a noun after it as often as "had run" is a verb.
_VERB_BEFORE = frozenset(
    "am is are was were be been being will would shall should can could may might must "
    "to".split())
# A singular count noun opens with a determiner; a bare word after a comma that a
# preposition follows opens a participle clause instead ("The Cup, run over three miles").
_CLAUSE_PREPOSITIONS = frozenset(
    "over in on at by for from with into through across under along to".split())


def _verb_read(text: str, s: Sentence, a: int, b: int) -> bool:
    """Whether the counterpart word at ``text[a:b]`` of ``s`` is a verb, so that it names
    another thing than a loaded modifier's noun of the same spelling (held-out t280,
    session 39: a 'heroic run', the horse's performance, was set against the wire's "The
    Gold Cup, run over three miles", the race's distance): right after a form of "be", a
    modal or "to" (:data:`_VERB_BEFORE`), or bare and singular after a comma with a
    preposition next (:data:`_CLAUSE_PREPOSITIONS`). An "-ed"/"-ing" form is
    :data:`_VERB_FORM`'s."""
    before = text[max(s.start, a - 30):a]
    prev = re.search(r"([A-Za-z]+)(\s*,?\s*)$", before)
    if prev is None:
        return False
    if prev.group(2) == " " and prev.group(1).lower() in _VERB_BEFORE:
        return True
    nxt = re.match(r" ([a-z]+)\b", text[b:min(s.end, b + 20)])
    return (prev.group(2) == ", " and not text[a:b].lower().endswith("s")
            and nxt is not None and nxt.group(1) in _CLAUSE_PREPOSITIONS)


def _anaphoric(text: str, s: Sentence, a: int, b: int) -> bool:
    """Whether the noun at ``text[a:b]`` refers back: a definite or demonstrative
    determiner right before it and no complement of its own after it ("The attack was
    believed ...", not "the attack on the embassy", "the attack targeting troops" or "the
    attack Sunday"; rules/loaded_terms.ANAPHORIC_DETERMINERS, NOUN_COMPLEMENTS)."""
    before = [w.group().lower() for w in _WORD.finditer(text, max(s.start, a - 12), a)]
    if not before or before[-1] not in ANAPHORIC_DETERMINERS:
        return False
    after = _WORD.match(text, b + 1) if text[b:b + 1] == " " else None
    if after is None:
        return True  # punctuation or the sentence's end
    w = after.group().lower()
    return not (w in NOUN_COMPLEMENTS or w in CALENDAR_WORDS or w.endswith("ing"))


def _antecedent(d, s: Sentence, head: str, linker: Linker) -> Sentence | None:
    """The last sentence of ``d`` before ``s`` that names ``head`` (its stem): the
    mention an anaphoric "the attack" refers to, by recency; ``None`` when none does
    (then the sentence's own words stay the only evidence)."""
    i = next((k for k, x in enumerate(d.sentences) if x.id == s.id), 0)
    for x in reversed(d.sentences[:i]):
        if head in linker.stems(x):
            return x
    return None


def _head_word(ctx, article: str, m: ModifierUse) -> str:
    """The qualified noun as the charged outlet wrote it ("attacks")."""
    from ..normalize import stem

    text = ctx.documents[article].article.text
    for w in _WORD.finditer(text, m.end, m.head_end):
        if stem(w.group().lower()) == m.heads[0]:
            return w.group()
    return ""


def _unasserted(text: str, s: Sentence, a: int) -> bool:
    """Whether the word at ``a`` of sentence ``s`` sits after a word that puts it in
    question ("questioned whether the exchange held", "denied that soldiers fired";
    rules/loaded_terms.UNASSERTING_WORDS), with no semicolon between: the sentence does
    not state it, so it is no plain side of a doubt modifier. Not a word of another clause
    before it: one after a comma and a clause opener before the word's
    (rules/loaded_terms.UNASSERTING_SCOPE_ENDS: "denied any wrongdoing, but auditors
    confirmed that the exchange held"), or one inside a relative clause closed before it
    ("Analysts, who had questioned its growth, said ... the exchange held")."""
    lo = max(s.start, text.rfind(";", s.start, a) + 1)
    for w in _WORD.finditer(text, lo, a):
        if w.group().lower() not in UNASSERTING_WORDS:
            continue
        after = [m.group(1).lower() for m in _CLAUSE_OPENER.finditer(text, w.end(), a)]
        if any(o in UNASSERTING_SCOPE_ENDS for o in after):
            continue  # another clause after it
        opened = [m.group(1).lower() for m in _CLAUSE_OPENER.finditer(text, lo, w.start())]
        if opened and opened[-1] in UNASSERTING_RELATIVES and after:
            continue  # a relative clause, closed before the head
        return True
    return False


# The word right after a comma (or a dash): the opener of the clause or phrase there.
_CLAUSE_OPENER = re.compile(r"(?<=[,—–])\s*([^\W\d_]+)")


# The capitalised words that carry a name on past a phrase's last head.
_NAME_GOES_ON = re.compile(r"(?: [A-Z][\w'’-]*)*")


def _compound_phrase(text: str, m: ModifierUse) -> bool:
    """Whether the phrase a modifier qualifies is a noun compound of its two head words,
    the second its head ("suspicious test results": results; "unusual betting patterns":
    patterns): the last two words of the phrase are the two heads, in lower case, one space
    apart, the first singular and the second no verb or adverb form by its ending (as
    :func:`_compound_goes_on` reads a compound; "alleged attackers fled" is no compound,
    nor "suspicious money flowing", a participle after its noun) nor an irregular past
    that the stemmer reads as another word (rules/titles.MAY_FINITE_FORMS: "the brutal
    crackdown left twelve injured", "the notorious broker fled"; session 30 review: the
    plain side's "crackdown" was lost). A past spelled as its base ("cut", "cost", "set",
    "hit") is a noun as often ("tax cut") and stays a head; so do other -s words ("the
    mysterious buyer owns") for want of a tagger. A named referent's
    phrase (``m.anchor``) is read through its name, not here."""
    if len(m.heads) < 2 or m.anchor is not None:
        return False
    from ..normalize import stem

    words = list(_WORD.finditer(text, m.end, m.head_end))
    if len(words) < 2:
        return False
    w1, w2 = words[-2], words[-1]
    first, second = w1.group(), w2.group()
    return (text[w1.end():w2.start()] == " " and first.islower() and second.islower()
            and stem(first) == m.heads[0] and stem(second) == m.heads[1]
            and not first.endswith("s") and not second.endswith(("ed", "ly", "ing"))
            and not (second in MAY_FINITE_FORMS and stem(second) != second)
            and second not in STOP_HEADS and second not in STOPWORDS)


def _quoted_of(d, memo: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """An article's quoted spans (:func:`_quoted`), read once per story."""
    if d.id not in memo:
        memo[d.id] = _quoted(d)
    return memo[d.id]


def _head_in(s: Sentence, text: str, m: ModifierUse, compound: bool = False,
             quoted: Sequence[tuple[int, int]] = ()) -> tuple[int, int, int] | None:
    """The span of the modified noun's first occurrence in ``s`` (the whole sentence when
    the stem is not found as a word), and where the phrase it heads ends: of a two-word
    phrase ("betting patterns"), the first occurrence of both words together, when there
    is one, and the end of its second word (in "an international betting monitor flagged
    unusual betting patterns" the phrase is the second "betting": session 23, dev d35's
    line quoted 'international betting'); else the noun's own end.

    ``compound``: the phrase is a noun compound whose head is its second word
    (:func:`_compound_phrase`); the two words together describe the same thing, and so
    does the head alone as a noun ("a levy on carbon-intensive industry" for "punishing
    carbon levy": a determiner, a preposition or an adjective right before it,
    :func:`_noun_opened`; a figure is not read there: "40 counts of pollen" gives no
    span), so that is the span where ``s`` lacks the two together; else
    ``None``: the first word alone is another noun that shares a word (session 29,
    held-out t172: 'suspicious test results' was set against 'routine tests', the tests
    and not their results).

    ``quoted``: the article's quoted spans; a word inside one is the speaker's, not the
    outlet's plain wording, and is passed over. A noun found only there gives ``None``
    (dev d273: the wire's own "collectors reported suspicious bottles" was set against
    "a bottle" inside the estate director's quote in two outlets, another referent in
    another voice; fix39, session 39)."""
    from ..normalize import stem

    every = list(_WORD.finditer(text, s.start, s.end))
    words = [w for w in every if not _inside(quoted, w.start())]
    if len(words) < len(every) and not any(stem(w.group().lower()) in m.heads for w in words) \
            and any(stem(w.group().lower()) in m.heads for w in every):
        return None  # the noun only in a quote
    first = None
    for i, w in enumerate(words):
        if stem(w.group().lower()) != m.heads[0]:
            continue
        if len(m.heads) < 2:
            return w.start(), w.end(), w.end()
        if first is None:
            first = (w.start(), w.end(), w.end())
        if (i + 1 < len(words) and text[w.end():words[i + 1].start()] == " "
                and stem(words[i + 1].group().lower()) == m.heads[1]):
            return w.start(), w.end(), words[i + 1].end()
    if compound:
        for i, w in enumerate(words):
            if stem(w.group().lower()) == m.heads[1] and _noun_opened(text, words, i):
                return w.start(), w.end(), w.end()
        return None
    return first if first is not None else (s.start, s.end, s.end)


def _noun_opened(text: str, words: list, i: int) -> bool:
    """Whether the word ``words[i]`` stands as a noun: right after a noun phrase's opener
    (:data:`_NP_OPENERS`) or an adjective (:data:`_ADJECTIVE_ENDINGS`), one space apart
    ("a levy", "unusual results"; not "was left", a verb). A figure right before it is
    not read (``_WORD`` has no digits: "40 counts" is the gap " 40 ", no opener)."""
    if i == 0 or text[words[i - 1].end():words[i].start()] != " ":
        return False
    before = words[i - 1].group().lower()
    return (before in _NP_OPENERS or (before.endswith(_ADJECTIVE_ENDINGS)
                                      and not before.endswith(("ed", "ing"))))


def _story_labels(ctx: FindingContext, linker: Linker) -> list[Finding]:
    """An outlet puts a label as an accusation ("accused of serving as Vell's enforcer")
    where another outlet states it as fact ("the enforcer") in a sentence about the same
    thing, outside quotes and with no hedge of its own, and never hedges it."""
    if len(ctx.docs) < 2:
        return []
    from ..normalize import stem

    hedges = {d.id: label_hedges(d) for d in ctx.docs}
    quoted_in: dict[str, list[tuple[int, int]]] = {}  # article -> its quoted spans, found once (not per label)
    out: list[Finding] = []
    for y, hs in hedges.items():
        for h in hs:
            sy = ctx.sentences[h.sentence]
            xs_found, best = [], 0.0
            for d in ctx.docs:
                if not ctx.contrasted(d.id, y) or any(o.stem == h.stem for o in hedges[d.id]):
                    continue
                text = d.article.text
                if d.id not in quoted_in:
                    quoted_in[d.id] = _quoted(d)
                quoted = quoted_in[d.id]
                cands = []
                for s in d.sentences:
                    if s.block not in BODY or h.stem not in linker.stems(s):
                        continue
                    words = list(_WORD.finditer(text, s.start, s.end))
                    if any(w.group().lower() in _HEDGE_WORDS for w in words):
                        continue
                    hit = next((w for w in words if stem(w.group().lower()) == h.stem
                                and w.group()[:1].islower() and not _inside(quoted, w.start())
                                and not _ATTRIBUTED_LABEL.search(
                                    text, max(s.start, w.start() - 40), w.start())
                                and not _impostor_label(
                                    text, max(s.start, w.start() - 40), w.start())),
                               None)
                    if hit is None:
                        continue
                    sc = linker.score(sy, s, frozenset({h.stem}))
                    if sc > 0:
                        cands.append((sc, s, hit))
                for sc, s, w in sorted(cands, key=lambda t: -t[0])[:MAX_COUNTERPARTS]:
                    xs_found.append((s, (w.start(), w.end(), w.group())))
                    best = max(best, sc)
            if xs_found:
                text = ctx.documents[y].article.text
                ys = [(sy, (h.start, h.end, text[h.start : h.end]))]
                out.append(_label_finding(ctx, xs_found, ys, h.label, best))
    return out


# A label the counterpart itself attributes ("villagers who say they are farmers", "said
# to be the union's bagman", "described as a spy") is not stated as fact: that is the
# relative-clause rule's neutral side, not the plain side of a hedged label.
_ATTRIBUTED_LABEL = re.compile(
    r"\b(?:say|says|said|saying|describ\w+|call\w*|known)\s+(?:(?:they|he|she|it|themselves|"
    r"himself|herself)\s+)?(?:are|is|was|were|to\s+be|as)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE)
# ... nor is one under a verb of false identity ("callers posing as bank fraud officers":
# rules/loaded_terms IMPOSTOR_FRAMES), within the assumed role (:func:`_impostor_label`)
_IMPOSTOR_LABEL = re.compile(
    r"\b(?:" + "|".join(IMPOSTOR_FRAMES) + r")\s+((?:[\w'’-]+\s+){0,3})$", re.IGNORECASE)
# Words after which a noun phrase goes on with a determiner or a participle ("officers
# of the tax office", "a retired nurse"): rules/attribution PREPOSITIONS and the two it
# leaves inside a phrase
_PHRASE_LINKS = PREPOSITIONS | {"of", "for"}


def _impostor_label(text: str, lo: int, hi: int) -> bool:
    """Whether a label ending the span ``lo``-``hi`` sits in the role of a verb of false
    identity. The role is one noun phrase: a determiner or a past form ('-ed') after a
    word of it that is no determiner or preposition opens the next clause, and a label
    past it is stated ("Detectives posing as buyers arrested the ringleader": the
    ringleader is no assumed role; review36b)."""
    m = _IMPOSTOR_LABEL.search(text, lo, hi)
    if m is None:
        return False
    words = m.group(1).lower().split()
    return not any(
        (w in _DETERMINERS or w.endswith("ed")) and prev not in _DETERMINERS
        and prev not in _PHRASE_LINKS for prev, w in zip(words, words[1:], strict=False))


def _label_finding(ctx, xs, ys, label, score) -> Finding:
    # the rule id of the doubt modifier ("alleged X" vs "X"), whose calibrated confidence
    # it shares until it has findings of its own (rules/confidence.json is the lead's)
    f = _story_finding(ctx, "framing.story.modifier", "label_hedge", DOUBT, xs, ys,
                       "a label stated as fact in one outlet, as an accusation in another",
                       score)
    sx = _names(ctx, [s for s, _ in xs], MAX_OUTLETS_NAMED)
    sy = _names(ctx, [s for s, _ in ys], MAX_OUTLETS_NAMED)
    summary = (f"{sx} {'states' if len({s.article for s, _ in xs}) == 1 else 'state'} "
               f"'{label}' as fact where {sy} {'writes' if len(ys) == 1 else 'write'} "
               f"'{ys[0][1][2]}'.")
    return Finding(type=f.type, sentences=f.sentences, summary=summary, detail=f.detail,
                   confidence=f.confidence, spans=f.spans)
