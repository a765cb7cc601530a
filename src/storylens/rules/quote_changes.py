"""Word classes that say what kind of change two wordings of one quote differ by.

Used by ``findings.quote_diff`` to grade a ``quote_changed`` finding: a changed negation or
number alters what was said; a changed article or determiner does not.
"""

from __future__ import annotations

from .words import DETERMINERS as _NP_DETERMINERS
from .words import STOPWORDS

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

# Intensifiers (Quirk et al. §8.104-8.112, "emphasizers" and "amplifiers" that heighten
# a statement without narrowing or widening it): "will never, ever be" / "will never be"
# says the same, louder (a real case, read as a dropped qualifier). Downtoners and
# restrictives ("only", "partly", "almost", "nearly") are NOT here: they change what was
# claimed. Words that can also be content ("real", "total") are left out.
EMPHASIS: frozenset[str] = frozenset(
    "ever very really truly absolutely totally extremely indeed certainly definitely "
    "simply actually literally surely "
    # maximizers beside "totally" and "absolutely" (Quirk et al. §8.105: "fully complied"
    # / "complied", invented dev d48, session 16)
    "fully completely entirely utterly thoroughly "
    # amplifiers of a feeling or a judgement (Quirk et al. §8.105: "deeply regret"; "We
    # are deeply sorry" / "We are sorry" says the same, louder; session 17)
    "deeply sincerely profoundly genuinely "
    # emphasizers of conviction (Quirk et al. §8.100: "clearly", "obviously", "frankly"
    # add the speaker's conviction, not a limit; session 17). Not "honestly" nor
    # "plainly", which are as often manner ("acted honestly", "dressed plainly")
    "clearly obviously frankly "
    # boosters (Quirk et al. §8.105: "an incredibly difficult day" / "a difficult day",
    # "highly unlikely" / "unlikely"; session 18). Not "particularly" or "especially":
    # particularizers that focus (§8.116), as "only" does
    "incredibly hugely terribly enormously immensely tremendously remarkably "
    "exceptionally highly awfully".split()
)
# "more than" before a word that is no quantity ("more than enough", "more than willing")
# is a booster (Quirk et al. §8.105, §15.70): emphasis. Before a number or an article
# ("more than 60", "more than half", "more than an hour") it changes the figure, a scope
# qualifier (findings.quote_diff.classify; invented dev d45, session 16).
BOOSTER_PHRASES: frozenset[tuple[str, ...]] = frozenset({("more", "than"), ("far", "more", "than")})
# Right after a negation an intensifier is in its scope and grades it: "not fully
# repaired" says partly repaired, "not simply a matter of money" says more than that, where
# "not repaired" and "not a matter of money" deny it whole (Quirk et al. §8.105, §10.64:
# a negated maximizer or emphasizer). There it is a qualifier, not emphasis
# (findings.quote_diff.classify; review16c). Only these reinforce the negation itself
# ("never, ever" / "never"): negative-polarity items, emphasis still.
NEGATION_REINFORCERS: frozenset[str] = frozenset({"ever"})

# Determiners that open a noun phrase. Words added or dropped that start with one and hold
# a content word are a whole phrase ("win the election by a little" / "win by a little",
# a real case in two transcripts of one remark): the statement is told with or without
# it, not narrowed by a modifier. A name, number or negation in the phrase is still graded
# as such (those checks come first).
DETERMINERS: frozenset[str] = _NP_DETERMINERS  # rules/words.DETERMINERS

# Function words (rules.words.STOPWORDS) that still narrow or widen a claim when added or
# dropped: quantifiers and the restrictive and additive focusing adverbs (Quirk et al.
# §8.116-8.121: "only", "even", "also"-type subjuncts; "all" / "some" / "most"). Any other
# function word added or dropped alone ("I'd rather have you be" / "I'd rather you be",
# two transcripts of one remark: a real case read as a dropped qualifier) is wording
# (kind "function").
SCOPE_WORDS: frozenset[str] = frozenset(
    "only all some most few more less each both every even still again already yet "
    "too".split()
)
# Scope words that say the same scope: "each charge" / "every charge" / "all the charges"
# (universal quantifiers, Quirk et al. §5.16-5.18); folded to one before two wordings'
# scope words are compared, so a swap among them is no change of scope while "all the
# charges" / "most of the charges" is (invented dev d23, session 14).
SCOPE_SAME: dict[str, str] = {"each": "every", "all": "every"}

# Hedges: words and phrases that mark a statement as provisional, sourced or believed,
# not asserted (Hyland, *Metadiscourse*, 2005, appendix "hedges"; Quirk et al. §8.127 on
# "as far as I know"-type style disjuncts). Dropping or adding one changes how firmly
# the speaker claimed it: "No passwords were taken, as far as we can tell at this stage" /
# "No passwords were taken" (invented dev d08), "do not appear to have been met" / "may not
# have been met" (t07). A hedge is a qualifier even when the two wordings also differ in
# other words (two renderings keep the speaker's hedges), and counts as one change however
# long it is (it is one stance, not evidence of a different remark).
# Single hedging words, on norm_key. "could" and "would" are left out: translators and
# transcribers swap them with "can" and "will" for tense alone.
HEDGE_WORDS: frozenset[str] = frozenset(
    "may might appear appears appeared seem seems seemed likely unlikely possibly perhaps "
    "probably apparently allegedly reportedly presumably".split()
)
# Hedge words that are also verbs of coming into view or attending: a hedge as a raising
# verb ("do not appear to have been met", "appears unlikely"), not when a place or an
# occasion follows ("will appear before the committee", "appeared in court": another verb
# for "testify", not a hedge; review2). Read with LITERAL_AFTER below.
HEDGE_OR_LITERAL: frozenset[str] = frozenset("appear appears appeared".split())
# Phrases that open a hedge or a sourcing tag, as runs of norm_key words; a run of words
# added or dropped that starts with one (after a comma at the end of the quote: "…were
# fired, according to every survivor we spoke to") is a hedge.
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "as far as", "according to", "at this stage", "at this point", "at the moment",
        "so far", "for now", "for the moment", "for the time being", "as of now",
        "to our knowledge", "to my knowledge", "in my view", "in our view",
        "in my opinion", "in our opinion", "it seems", "it appears",
        # the same limit to the present as "at the moment" (review16c: "The water is safe
        # to drink at this time" / "The water is safe to drink" was read as a time trim)
        "at this time", "at present", "at the present time",
        # the same limit to the present, said of the state of things (session 27: "Our
        # drivers are licensed under the law as it stands" / 'its drivers "are licensed
        # under the law"', invented dev d152: the law may change, the claim holds for now)
        "as it stands", "as things stand", "as matters stand",
    )
)
# Adverbials that limit a denial to the time up to now, one for another ("There is no
# evidence so far of lasting harm" / "There is no evidence yet of lasting harm": invented
# dev d181's trap, session 31): in a denial each says "not up to now", so a swap of one for
# another is wording (findings.quote_diff._present_limit_swap). One dropped or added stays
# a hedge (HEDGE_PHRASES: a denial for now made one for good), and a swap outside a denial
# is read as before ("the best yet" / "the best so far" is not asked here). "for now", "at
# this stage" and "at the moment" limit to the present moment, not the time up to it, and
# are not here. As runs of norm_key words (Quirk et al. 1985, §8.68: "yet" and "so far" as
# time-relationship adjuncts of duration up to now).
PRESENT_LIMITERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in (
        "so far", "thus far", "yet", "as yet", "to date", "until now", "up to now",
        "up until now", "till now",
    )
)
# Verbs of belief or perception that, after a pronoun subject at the front of a quote,
# make what follows the speaker's belief: "He felt his life was in danger" / "His life
# was in danger" (invented dev t07: a belief became a fact).
HEDGE_VERBS: frozenset[str] = frozenset(
    "think thinks thought believe believes believed feel feels felt suppose supposed "
    "guess suspect suspects suspected fear fears feared understand hope hopes "
    # a charge put as the speaker's claim, not as shown ("We allege that she …" / "We have
    # evidence that she …": the adverb "allegedly" is a hedge word above; session 22)
    "allege alleges alleged".split()
)
# Subject pronouns before which a verb of HEDGE_VERBS is the speaker's (or a person's)
# stance in the middle of a quote too: a change that puts "we believe" for "we have
# identified" (or "we allege" for "we have evidence") is a hedge added or dropped
# (findings.quote_diff._belief_marks; session 22). Not "it" ("it feels like a defeat":
# no one's belief) nor "you" ("you suspect nothing": addressed, not the speaker's stance).
BELIEF_SUBJECTS: frozenset[str] = frozenset("i we he she they".split())
# Verbs of HEDGE_VERBS read as a belief after a subject pronoun in the middle of a quote
# only when they are not these: verbs of feeling, fearing, hoping and grasping take an
# object, an adjective or "for" as often as a clause ("We feel betrayed" / "We are
# angry", "They understand the risks" / "They accept the risks", "We fear for their
# lives", "I hope to reopen": no belief put for a finding; review of session 22's
# _belief_marks, quotes22b). At the front of a quote (findings.quote_diff._edge_modifier)
# they stay hedges, as before.
BELIEF_OBJECT_VERBS: frozenset[str] = frozenset(
    "feel feels felt fear fears feared understand hope hopes".split())
# Words after a verb of belief that make it no belief in a clause: a preposition opens its
# object ("We believe in this project" / "We support this project", "I thought about the
# families"; quotes22b), where a belief takes a clause ("We believe [that] the leak …").
BELIEF_NOT_BEFORE: frozenset[str] = frozenset(
    "in of about for on with at by from into to".split())
# Words that open a restrictive modifier of the word before them when no comma parts them:
# prepositions ("attacked them with stones" / "attacked them", d16; only after a quote
# given as a whole sentence, findings.quote_diff._edge_modifier) and relative words
# ("every house that cannot be saved" / "every house", t08). A pronoun subject opens a
# relative clause without its "that" ("standards we can afford", t10). Conjunctions that
# open a clause of their own ("until", "because", "if", "and", "but") are not here: an
# excerpt that stops before one is a shorter excerpt (invented dev d05 and d12 traps).
# The compound and less frequent prepositions of place (Quirk et al. §9.15-9.28: "inside
# the stadium", "outside the camp", "beyond the border") complete the list in session 15
# ("did not fire tear gas inside the stadium" / "did not fire tear gas,", invented dev t13).
MODIFIER_OPENERS: frozenset[str] = frozenset(
    "of with for in on at from by about against without over under into within among "
    "between across through inside outside beyond behind beneath below above beside "
    "near throughout "
    # the preposition of exception (Quirk et al. §9.58-9.59): "worked in every village
    # except Tavessi" / "… in every village," widens a claim the speaker limited
    # (invented dev d56's keyed miss; session 19)
    "except".split()
)
RELATIVE_OPENERS: frozenset[str] = frozenset("that who whom whose which where".split())
# Subordinators that open a condition (Quirk et al. §15.33-15.36: "unless", "provided
# (that)"): a condition run straight on from the last shared word and left off by an
# excerpt given as the speaker's whole sentence makes a conditional claim a flat one ("no
# need to take children to emergency rooms unless they show symptoms" / "no need to take
# children to emergency rooms,", invented dev d28, session 14). "if" is read the same way
# unless a word of its clause before it is one of IF_QUESTION_WORDS (below): after a verb of knowing or
# asking it opens what is asked ("We will find out if …"), not a condition (session 15).
# "until" and "because" are not conditions here (d05 and d12 traps, above).
CONDITION_OPENERS: frozenset[str] = frozenset("unless provided providing".split())
# "provided" and "providing" open a condition as conjunctions ("…, provided the navy pays");
# before a preposition they are participles with their complement, a modifier of the noun
# before them, no condition ("the money provided by the navy", "providing for the families":
# review19e's near miss; opens_condition).
PARTICIPLE_OPENERS: frozenset[str] = frozenset("provided providing".split())
PARTICIPLE_PREPOSITIONS: frozenset[str] = frozenset(
    "by for to with in from under through at on as".split())


def opens_condition(words) -> bool:
    """Whether keys ``words`` open with a condition opener of CONDITION_OPENERS read as a
    conjunction, not a participle before its preposition ("provided by the navy")."""
    return bool(words) and words[0] in CONDITION_OPENERS and not (
        words[0] in PARTICIPLE_OPENERS and len(words) > 1
        and words[1] in PARTICIPLE_PREPOSITIONS)
# Words right after an "if" that opens a set phrase, not a condition (Quirk et al. §15.36,
# §10.66): "…, if not sooner", "…, if anything", "…, if nothing else", "…, if any", "…,
# if so", "…, if ever", "…, if at all", "…, if only", "…, if necessary" / "if needed" / "if need be" /
# "if possible" (a speaker's stock reserve, said of any plan). A condition after a comma left off the end
# of a whole sentence is read only when none of these follows "if"
# (findings.quote_diff._edge_modifier; session 19).
IF_SET_PHRASES: frozenset[str] = frozenset(
    "not anything nothing any so ever at only necessary needed need possible required".split())
# (IF_COMMENT_CLAUSES, s19-source's table of two words after "if", "you ask", "I may", is
# gone since session 20: each of its pairs is read by is_stock_if below, over the whole
# clause, not its first two words, so "if you like the plan" stays a condition.)
# An "if" clause about the speaking, not about what is said (Quirk et al. §15.37, "indirect
# conditions": "…, if you ask me", "…, if I may say so", "…, if I'm honest", "…, if you
# like", "…, if truth be told", "…, if you know what I mean"): its subject is the speaker
# or the hearer (or "truth"), and every content word it has is one of these words of
# saying, asking, knowing or candour. Read as no condition wherever "if" opens a clause
# left off a whole sentence (is_stock_if; review19b). "if I'm not
# mistaken" is left a condition: a hedge of the claim itself.
IF_SPEECH_SUBJECTS: frozenset[str] = frozenset("i i'm you you're truth".split())
IF_SPEECH_WORDS: frozenset[str] = frozenset(
    "ask asked say said put way like wish want mind please honest frank candid blunt "
    "truthful remember recall know mean see told truth speak speaking excuse pardon "
    "forgive allow permit".split())
# The words of an "if" clause that says "if necessary" in other words, naming no case of
# its own (Quirk et al. §15.36, §10.66 on pro-forms: "…, if need be", "…, if we have to",
# "…, if we must", "…, if it comes to that", "…, if that is what it takes"): every content
# word of the clause is one of these and it has one at least; "if it takes a year", "if we
# have to sell the port" and "if they do" stay conditions (is_stock_if;
# review19b).
IF_NECESSITY_WORDS: frozenset[str] = frozenset(
    "need needs have has must come comes came take takes took".split())
# The class behind that table (Quirk et al. §15.36, §8.89 on comment clauses; review19e's
# near misses "…, if I remember rightly", "…, if you recall"; "if I'm not mistaken" hedges
# the claim itself and stays a qualifier, as review19b decided):
# an "if" whose clause has the speaker or hearer as subject and nothing but a verb of
# asking, saying, knowing or remembering (or a judgement of the speaker's own candour:
# "honest", "frank") with auxiliaries, a negation and a pro-form ("me", "so",
# "rightly") is an aside on the saying. One word more that names a matter ("if you
# remember to lock the gate", "if we ask the council", "if I win") makes it a condition
# (is_comment_clause).
# ("truth": the subjunctive comment clause "if truth be told", Quirk et al. §15.36)
IF_COMMENT_SUBJECTS: frozenset[str] = frozenset("i you we i'm you're we're truth".split())
IF_COMMENT_VERBS: frozenset[str] = frozenset(
    "ask like will please recall remember recollect know mind say put honest frank candid "
    "told".split())
IF_COMMENT_FILLERS: frozenset[str] = frozenset(
    "me us so it that rightly correctly right well am are do does did not n't don't must "
    "can could would may might will be to my saying".split())


def is_comment_clause(words) -> bool:
    """Whether the words after an "if" (keys, in order, up to the clause's end) are a
    comment clause (IF_COMMENT_SUBJECTS, IF_COMMENT_VERBS, IF_COMMENT_FILLERS): "you ask
    me", "I remember rightly"; not "you remember to lock the gate"."""
    ws = [w.lower() for w in words if w]
    if len(ws) < 2 or ws[0] not in IF_COMMENT_SUBJECTS:
        return False
    rest = ws[1:]
    return (any(w in IF_COMMENT_VERBS for w in rest)
            and all(w in IF_COMMENT_VERBS or w in IF_COMMENT_FILLERS for w in rest))


# Words of IF_SET_PHRASES that may also open a clause as its subject or its determiner
# ("if anything happens to the dam", "if any of the pumps fail", "if nothing is done": a
# condition), so that they make a set phrase only with nothing after them in the clause
# but these words ("if anything", "if nothing else", "if any at all"; review20b).
IF_SET_SUBJECTS: frozenset[str] = frozenset("any anything nothing".split())
IF_SET_TAILS: frozenset[str] = frozenset("else at all whatsoever".split())
# Modals that make an "if" clause on the speaking with its subject alone ("if I may", "if
# you will").
IF_SPEECH_MODALS: frozenset[str] = frozenset("may might will would can could".split())


def is_stock_if(words) -> bool:
    """Whether a clause opened by "if" (``words``: its keys, "if" first, up to the clause's
    end) states no case of its own, so that leaving it off takes nothing back from the
    claim: a set phrase ("if not sooner", "if necessary": IF_SET_PHRASES), a comment
    clause ("if you ask me", "if I remember rightly": is_comment_clause), a condition on
    the speaking ("if I may say so", "if truth be told", "if I may": IF_SPEECH_SUBJECTS,
    IF_SPEECH_WORDS, IF_SPEECH_MODALS) or "if necessary" in other words ("if need be", "if
    we have to", "if it comes to that": IF_NECESSITY_WORDS). "if the weather holds", "if
    you vote for us", "if it takes a year", "if you like the plan" are conditions. The one
    reading of "if" that quote_changed (findings.quote_diff) and shared_quote's condition
    tails (findings.shared_quote) both call (session 20; review19b, review19e)."""
    ws = list(words)
    if len(ws) < 2 or ws[0] != "if":
        return False
    parts = [p for k in ws[1:] for p in k.split()]
    if parts[0] in IF_SET_SUBJECTS and not all(p in IF_SET_TAILS for p in parts[1:]):
        # "if anything happens to the dam", "if any of the pumps fail", "if nothing is
        # done": the set word is the subject of a clause of its own, a condition (review20b)
        return False
    if parts[0] in IF_SET_PHRASES or is_comment_clause(ws[1:]):
        return True
    content = [p for p in parts if p not in STOPWORDS]
    if parts[0] in IF_SPEECH_SUBJECTS and all(
            p in IF_SPEECH_WORDS or p == parts[0] for p in content):
        # a word of saying ("if I may say so"), else a modal alone ("if I may", "if you
        # will"); not "if you do"
        return any(p in IF_SPEECH_WORDS for p in parts) or all(
            p in IF_SPEECH_SUBJECTS or p in IF_SPEECH_MODALS for p in parts)
    return (all(p in IF_NECESSITY_WORDS for p in content)
            and any(p in IF_NECESSITY_WORDS for p in parts))
# Quantifiers that take a partitive "of" ("part of", "most of", "all of"; Quirk et al.
# §5.24, §6.53): one alone with its "of" opening the longer excerpt before a whole sentence
# says part (or all) of what the other says of the whole (findings.quote_diff._edge_modifier;
# session 19). Not "both" (of two, "both of the pilots" / "the pilots" are the same two),
# nor "none" (a negation, read as such).
PARTITIVE_QUANTIFIERS: frozenset[str] = frozenset(
    "all most some part half many few much each several".split())
# Words of a trailing condition at most (one stance, as a hedge is).
MAX_CONDITION_WORDS = 10
# Prepositions of place and occasion after a HEDGE_OR_LITERAL verb: its literal sense.
LITERAL_AFTER: frozenset[str] = MODIFIER_OPENERS | frozenset(
    "before after beside alongside outside inside near onstage".split())
# (A first CLAUSE_OPENERS stood here, with "or nor so which who whom whose since as where"
# for findings.quote_diff._own_clause; the one defined further down, with NEGATIONS'
# neighbours, always replaced it at import, so both finders read that one: session 20 kept
# it alone, the findings unchanged.)
# Words of a trailing modifier at most: a longer run is more of the statement.
MAX_MODIFIER_WORDS = 5
# Words of a trailing hedge at most ("as far as we can tell at this stage" is 8).
MAX_HEDGE_WORDS = 10

# Time adjuncts: words that say when something was said or happened, not what (Quirk et
# al. §8.51-8.62, adjuncts of time position; §9.32-9.42, prepositions of time). An excerpt
# that leaves one off ("Tonight the people of X have written …" / "the people of X have
# written …"; "… since records began in 1951" / "… since records began"; "a larger
# explosive phase in the coming days" / "a larger explosive phase") says less, not
# something else: the longer wording entails the shorter one. Not when the clause it is
# cut from restricts what it claims (RESTRICTING_WORDS, a negation: "There is no danger …
# at this time" / "There is no danger …": a denial for now made a denial for good), when
# it is a hedge (HEDGE_PHRASES: "for now", "at this stage"), or when it holds a count ("for
# six years", "within 48 hours": a measure, findings.quote_diff._time_adjunct), nor from a
# pledge or forecast (TIMETABLE_MODALS: "We will reopen the bridge in March").
# Deictic time adverbs that make an adjunct on their own (§8.55-8.57). Not "currently":
# it limits a state to the present as "at the moment" does (HEDGE_PHRASES; "The dam is
# currently safe" / "The dam is safe", review16c), left to the other rules.
TIME_ADVERBS: frozenset[str] = frozenset(
    "today tonight yesterday tomorrow now nowadays recently lately earlier "
    "later soon then".split())
# Nouns that head a time adjunct ("in the coming days", "on Tuesday night", "at this time",
# "in the spring") besides the units of time (rules.units.DURATION_UNITS), the weekdays and
# months (rules.titles.DATE_WORDS) and a year ("in 1951").
TIME_NOUNS: frozenset[str] = frozenset(
    "morning mornings afternoon afternoons evening evenings night nights weekend weekends "
    "time times moment moments period spring summer autumn winter past future today tonight "
    "yesterday tomorrow dawn dusk midnight noon".split())
# Words that open a time adjunct: prepositions of time position (§9.32-9.36) and the
# deictic words of "this week", "last night", "next year", "earlier this month". Not the
# prepositions of a span's bound (§9.37-9.42: "by Friday", "until May", "since 2019",
# "before the vote"): a deadline or a limit is what a pledge or a count holds to.
TIME_OPENERS: frozenset[str] = frozenset(
    "in on at during this last next earlier later".split())
# Words that make the extent of a claim matter (downward-entailing and restrictive contexts,
# Ladusaw 1979; MacCartney & Manning 2007, "natural logic"): universal and restrictive
# quantifiers and focusing adverbs (Quirk et al. §5.16-5.18, §8.116-8.121). In a clause
# holding one of them or an odd number of negations, an adjunct cut off widens what is
# claimed ("did not fire tear gas inside the stadium" / "did not fire tear gas"; "only aimed
# at those who attacked them with stones" / "… attacked them"); a superlative ("the
# highest standards we can afford") restricts as they do (findings.quote_diff._restricted).
RESTRICTING_WORDS: frozenset[str] = frozenset("every all each any only always ever".split())
# Modals of a pledge or a forecast (Quirk et al. §4.42-4.46): the time of what a speaker
# says will happen is what the pledge commits to ("We will reopen the old bridge by May" /
# "… in March"), so a time adjunct cut from such a clause is a change; the time of what
# happened is detail ("The bridge was inspected in September 2024"). Contractions
# ("we'll") count too (findings.quote_diff._restricted).
TIMETABLE_MODALS: frozenset[str] = frozenset("will shall won't shan't".split())
# Verbs that negate what follows them (Klima 1964, "affective" predicates; Ladusaw 1979):
# "cannot rule out a larger phase in the coming days" is a claim that it may come, not a
# denial, so the negation before the verb is undone by it. Read by stem (normalize.stem);
# "out" must follow "rule".
NEGATIVE_VERBS: frozenset[str] = frozenset(
    "deny denies denied refuse refused reject rejected exclude excluded prevent prevented "
    "forbid forbade doubt doubted fail failed".split())
NEGATIVE_PHRASAL: frozenset[tuple[str, str]] = frozenset(
    {("rule", "out"), ("ruled", "out"), ("ruling", "out"), ("rules", "out")})
# Subordinators that end the clause an operator restricts (§14.6, §15.17-15.20): a negation
# or a superlative before "since" does not reach into "since records began in 1951". The
# coordinators ("and", "but", "or") end it only after a comma (":func:`_clause`").
CLAUSE_SUBORDINATORS: frozenset[str] = frozenset(
    "since until till because although though while whereas when whenever unless if once "
    "as".split())
# Spans of time a record or a frequency is told against, after "a"/"an" ("the biggest
# rise in a generation", "once in a century", "the worst flood this town has seen in a
# decade"; Quirk et al. §7.59, a measure phrase): one put for another tells another span,
# a measure changed even with no number written (findings.quote_diff._span_swap; invented
# dev d-stories of session 27: 'in a generation' / 'in a decade', 'once in a generation'
# / 'once in a century', read as wording). In years. Only long calendar spans: "wait a
# minute" / "wait a second", "in a moment" are turns of phrase, and "once in a lifetime"
# is a set phrase for rare, not a span.
SPAN_NOUNS: dict[str, float] = {
    "year": 1.0, "decade": 10.0, "generation": 25.0, "century": 100.0, "millennium": 1000.0}

# Closed sets of values of one scale of time or direction (session 36): one member put for
# another in a quote otherwise word for word tells another time or place, as a weekday or a
# month does (rules.titles.DATE_WORDS, read as a capitalised "date"): "restored by Sunday
# morning" / "… by Sunday evening", "recover by the summer" / "… by the spring" (invented
# dev t166, t157: read as a one-word swap and hidden without the word table, which cannot
# tell a synonym from another word). Each word maps to its value; two words of one value
# ("north" / "northern") are one. Only these closed sets: an open class ("the main gate" /
# "the north gate") is left to the swap rule. Parts of the day and seasons are "date"
# (findings.quote_diff._value_swap), compass points "place".
DAY_PARTS: dict[str, str] = {
    "dawn": "dawn", "morning": "morning", "midday": "noon", "noon": "noon",
    "afternoon": "afternoon", "evening": "evening", "night": "night", "midnight": "midnight"}
SEASONS: dict[str, str] = {
    "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
    "winter": "winter"}
COMPASS_POINTS: dict[str, str] = {
    "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
    "northeast": "northeast", "north-east": "northeast", "northwest": "northwest",
    "north-west": "northwest", "southeast": "southeast", "south-east": "southeast",
    "southwest": "southwest", "south-west": "southwest"}
# Words before a calendar unit that make it one period of the calendar, counted from now
# (Quirk et al. §7.35, deictic time: "last week", "next year", "this month"): one unit put
# for another after one of them is another time, as after a number ("until last week" /
# "until last month", invented dev d196: read as wording). Only the calendar units here:
# "at the last minute" / "at the last second" is a turn of phrase for "late".
DEICTIC_TIME_WORDS: frozenset[str] = frozenset(
    {"last", "next", "this", "past", "coming", "previous", "following"})
CALENDAR_UNITS: frozenset[str] = frozenset(
    {"day", "week", "weekend", "month", "year", "decade", "century"})

# Subordinators that right after a negation are an adverb in its scope, not a clause's
# opener (Quirk et al. §10.64, a negated minimiser of frequency): "has never once lost a
# single match", "we have not once missed a payment" are one clause, the negation reaching
# all of it, where "Once the levy is paid, the pier will reopen" opens a clause of time
# (findings.quote_diff._clause; session 27).
ADVERB_AFTER_NEGATION: frozenset[str] = frozenset({"once"})
# Emphatic tails (Quirk et al. §10.64, a negated minimiser with a comparative; litotes):
# a verbless "…, not one day less" / "…, not a cent more" after a comma restates the bound
# the clause before it gives; an excerpt that leaves it off says the same. At most
# MAX_EMPHATIC_WORDS words, opened by a negation and closed by one of these comparatives.
EMPHATIC_COMPARATIVES: frozenset[str] = frozenset(
    "less more fewer longer shorter sooner later earlier".split())
MAX_EMPHATIC_WORDS = 5
# Conjunctions of contrast (§13.41, §15.20): a clause opened by one after a comma that
# reverses the polarity of the clause before it ("The reform will not be withdrawn, but we
# are open to discussing its timetable"; "The door to talks is open, but the budget is not
# up for negotiation") takes back part of what was said; an excerpt that stops before it
# keeps only one side (findings.quote_diff._contrast_tail). A clause of the same polarity
# ("… could campaign freely, but the incumbent enjoyed an undue advantage") or a parallel
# contrast, whose opening words repeat one of the first clause ("The north pier will
# reopen, but the south pier will not open before June": another thing set beside it), is
# more of the statement, as an "and" clause is (a clause of a further claim past a closed
# sentence is read as such since session 21: CLAIM_OPENERS below).
CONTRAST_OPENERS: frozenset[str] = frozenset("but though although yet whereas".split())
# Words of a contrast clause read at most (to its first sentence end).
MAX_CONTRAST_WORDS = 16
# Words after the conjunction read as the contrast clause's subject ("the south pier").
CONTRAST_SUBJECT_WORDS = 3
# Focusing adverbs that make an adjunct run on from the last shared word restrictive
# ("intervene only after all attempts at dialogue had failed" / "intervene"): left off an
# excerpt given as the speaker's whole sentence, a condition dropped (§8.116-8.121).
RESTRICTIVE_FOCUS: frozenset[str] = frozenset({"only"})
# The words after one that open the adjunct it restricts.
FOCUS_ADJUNCT_OPENERS: frozenset[str] = frozenset(
    "after before when once if until till while in on at by for with within".split())

# Letters one outlet writes and another spells out ("Åsen" / "Aasen", "Müller" /
# "Mueller", "Sørlie" / "Soerlie"): the usual romanisations (Norwegian and Danish å, æ, ø;
# German ä, ö, ü, ß), spelled out before accents are dropped (analysis.names.romanised).
SPELLED_OUT: dict[str, str] = {
    "å": "aa", "æ": "ae", "ø": "oe", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
}

# Letter groups one surname is written with in two romanisations (Slavic and Turkic names
# in English and German practice: "Dzhabarova" / "Jabarova", "Reyk" / "Rejk", "Aasen" /
# "Åsen", "Kovalchik" / "Kowalczyk" partly), each folded to one spelling, in this order,
# after SPELLED_OUT letters are spelled out and accents dropped; a spelled-out vowel
# ("aa", "ae", "oe", "ue") is folded to its plain vowel, so "Müller", "Mueller" and
# "Muller" are one spelling. Only for linking one speaker's quotes and statements across
# outlets (findings.quotes.same_speaker, findings.attribution), whose words must agree too.
ROMANISATION: tuple[tuple[str, str], ...] = (
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("ch", "c"), ("cz", "c"),
    ("ck", "k"), ("ph", "f"), ("w", "v"), ("aa", "a"), ("ae", "a"), ("oe", "o"), ("ue", "u"),
    ("y", "j"), ("ij", "j"), ("ii", "i"),
)

# Prefixes that make an adjective, noun or verb its opposite (Quirk et al., *A Comprehensive
# Grammar of the English Language*, App. I.21-I.24, "negative prefixes"): one wording's word
# that is the other's with one of them in front ("legal" / "illegal", "able" / "unable",
# "agree" / "disagree") reverses the statement as a "not" does, a negation. Only a prefix
# put on the other word whole, so "invest" / "vest"-like accidents need that other word.
NEGATIVE_PREFIXES: tuple[str, ...] = ("un", "in", "im", "il", "ir", "dis", "non", "non-")
# Of those, the ones that also open verbs and nouns that are no opposites ("tend" /
# "intend", "form" / "inform", "prove" / "improve", "charge" / "discharge", "close" /
# "disclose": review15c): "in-" and its forms negate adjectives (Quirk et al. App. I.22),
# so they are read only on a base of at least ADJECTIVE_BASE_CHARS letters that ends like
# an adjective (ADJECTIVE_ENDINGS, the adjective suffixes of App. I.36-I.40: "legal",
# "possible", "relevant", "accurate", "correct", "valid"). A verb that "dis-" reverses
# ("agree" / "disagree") is then a content-word swap, shown with both words.
ADJECTIVE_PREFIXES: frozenset[str] = frozenset({"in", "im", "il", "ir", "dis"})
ADJECTIVE_ENDINGS: tuple[str, ...] = (
    "able", "ible", "al", "ant", "ent", "ive", "ate", "ete", "ect", "ar", "ous", "ic", "id",
    "ure", "ane", "ful")
ADJECTIVE_BASE_CHARS = 5
# Where "not X" and the prefixed word say the same (findings.quote_diff._analytic_prefix,
# "not true" / "untrue"; review20b). "un-" and "non-" are the productive prefixes whose
# words keep their base's sense (Quirk et al. App. I.21); the "in-" family's words on an
# "-able"/"-ible"/"-ous" base drift from "not X" ("not valuable" / "invaluable", "not
# credible" / "incredible", "not famous" / "infamous", "not responsible" /
# "irresponsible"), so only its other bases are read ("not legal" / "illegal"). And after
# an auxiliary that takes a verb ("will not lock" / "will unlock", "has not covered" / "has
# uncovered") "un-" reverses the verb, no negation at all.
ANALYTIC_DRIFT_ENDINGS: tuple[str, ...] = ("able", "ible", "ous")
VERB_AUXILIARIES: frozenset[str] = frozenset(
    "do does did will would shall should can could may might must has have had "
    "to 'll".split())

# Forms of one verb that no suffix rule (normalize.stem) joins, so a tense or a participle
# changed ("get" / "got", "bring" / "brought") is not read as another word put in the
# speaker's mouth (a content-word swap, findings.quote_diff._swapped). The common
# irregular verbs of English (Quirk et al. §3.14-3.16, classes 3-7), base, past and past
# participle; the most frequent ones of news copy, not a list fitted to any story.
IRREGULAR_VERBS: tuple[str, ...] = (
    "arise arose arisen", "be was were been", "bear bore borne born", "beat beat beaten",
    "become became", "begin began begun", "bend bent", "bet", "bind bound", "bite bit bitten",
    "bleed bled", "blow blew blown", "break broke broken", "breed bred", "bring brought",
    "build built", "burn burnt", "burst", "buy bought", "cast", "catch caught",
    "choose chose chosen", "cling clung", "come came", "cost", "creep crept", "cut",
    "deal dealt", "dig dug", "do did done", "draw drew drawn", "dream dreamt",
    "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen",
    "feed fed", "feel felt", "fight fought", "find found", "flee fled", "fling flung",
    "fly flew flown", "forbid forbade forbidden", "forget forgot forgotten",
    "forgive forgave forgiven", "freeze froze frozen", "get got gotten", "give gave given",
    "go went gone", "grind ground", "grow grew grown", "hang hung", "have has had",
    "hear heard", "hide hid hidden", "hit", "hold held", "hurt", "keep kept", "kneel knelt",
    "know knew known", "lay laid", "lead led", "leap leapt", "learn learnt", "leave left",
    "lend lent", "let", "lie lay lain", "light lit", "lose lost", "make made", "mean meant",
    "meet met", "pay paid", "put", "quit", "read", "ride rode ridden", "ring rang rung",
    "rise rose risen", "run ran", "say said", "see saw seen", "seek sought", "sell sold",
    "send sent", "set", "shake shook shaken", "shed", "shine shone", "shoot shot",
    "show showed shown", "shrink shrank shrunk", "shut", "sing sang sung", "sink sank sunk",
    "sit sat", "sleep slept", "slide slid", "speak spoke spoken", "spend spent",
    "spin spun", "split", "spread", "spring sprang sprung", "stand stood", "steal stole stolen",
    "stick stuck", "sting stung", "strike struck stricken", "strive strove striven",
    "swear swore sworn", "sweep swept", "swim swam swum", "swing swung", "take took taken",
    "teach taught", "tear tore torn", "tell told", "think thought", "throw threw thrown",
    "understand understood", "undertake undertook undertaken", "wake woke woken",
    "wear wore worn", "weep wept", "win won", "wind wound", "withdraw withdrew withdrawn",
    "write wrote written",
)

# Words before "if" that make it open what is asked or known, not a condition (Quirk et al.
# §15.5, "if" as an interrogative subordinator after verbs of asking, knowing and
# finding out: "We will find out if …", "asked if …", "not sure if …"), in any inflection
# (normalize.stem), anywhere in the clause before the "if" (back to a punctuation mark: "find
# out from the crews if"; so "we will tell the families everything if …" is no condition, a
# miss). With none of them a trailing "if" clause left off an excerpt given
# as the speaker's whole sentence is a condition dropped ("… with all means at our
# disposal if the shelling does not stop" / "… at our disposal,").
IF_QUESTION_WORDS: frozenset[str] = frozenset(
    "find found know knew ask see saw check decide wonder determine clear unclear sure tell told "
    "show establish investigate examine learn assess judge doubt matter question verify "
    "confirm".split()
)

# The order a change kind is reported in when one quote differs in several ways: the
# first present wins (a reversal outweighs a changed number, which outweighs a name).
SEVERITY: tuple[str, ...] = (
    "negation", "number", "place", "qualifier", "ending", "swap", "claim", "word", "phrase",
    "time", "emphasis", "function", "trivial")

# Kinds that change what was said, not how it was worded (issue 11: a dropped or added
# qualifier, a changed place or number, negation): findings of rule
# ``quote_changed.meaning``; the others (word, phrase, emphasis, function) are
# ``quote_changed.wording``.
MEANINGFUL: frozenset[str] = frozenset(
    {"negation", "number", "place", "qualifier", "ending", "swap", "speaker"})

# A one-word swap (findings.quote_diff._swapped) changes what was said only when its two
# words are far apart in the static word table of the wordllama wheel (extra
# "embed-static"; findings.quotes.swap_changes_meaning): their cosine under this. Measured
# on a table of 80 invented pairs written for it (session 17, not from any story) and the
# two synonyms this project's tests already held: 42 editor's synonyms ("begin" / "start"
# 0.82, "stopped" / "halted" 0.60, "suspended" / "halted" 0.39, "bad" / "poor" 0.38,
# "heavy" / "hard" 0.20, "sacked" / "fired" 0.12) and 40 other words (antonyms,
# co-hyponyms, other predicates: "buy" / "sell" 0.44, "accepted" / "rejected" 0.31,
# "accountants" / "bankers" 0.22, "teachers" / "nurses" -0.01). Under 0.2: 29/40 other
# words and 3/42 synonyms; under 0.15: 21/40 and 1/42, taken, as a wrong finding costs
# more than a missed one. Antonyms sit close too ("buy" / "sell"), so such swaps are left
# unshown rather than read as synonyms.
SWAP_APART = 0.15

# The words a summary uses for each kind (``detail["change"]`` holds the key).
DESCRIPTION: dict[str, str] = {
    "negation": "a negation {verb}",
    "number": "a number changed",
    "place": "a name or place {verb}",
    # a place-kind change whose capitalised words are all weekdays or months (session 13)
    "date": "a date {verb}",
    # a number-kind change that is one unit of measure put for another (session 14)
    "unit": "a unit of measure changed",
    "qualifier": "a qualifier {verb}",
    "word": "wording changed",
    # one content word put for another in a quote otherwise word for word (session 15):
    # said as wording (a synonym cannot be told from another word), shown with both words
    "swap": "wording changed",
    # the words after a long shared opening replaced, both excerpts given whole (session 15)
    "ending": "its ending changed",
    "phrase": "a phrase {verb}",
    # a phrase that is one conjunct of a coordination spliced out (session 21)
    "conjunct": "a coordinated phrase {verb}",
    # a time adjunct or a date's part dropped or added in an unrestricted clause (session 16)
    "time": "a time phrase {verb}",
    # a qualifier that is a contrasting clause at the end (CONTRAST_OPENERS; session 16)
    "contrast": "a contrasting clause {verb}",
    # a qualifier that is a clause of a further claim at the end of a closed quote
    # (CLAIM_OPENERS; session 21)
    "claim": "a further claim {verb} at the end",
    # a negation-kind cut at the front that is whole sentences of the statement, the kept
    # words word for word (findings.quotes._dropped_sentences; session 40): no reversal
    "sentence": "a sentence {verb}",
    "emphasis": "an intensifier {verb}",
    "function": "a function word {verb}",
    "trivial": "a trivial change",
    "extent": "one excerpt is longer",
    # the same words given to another named person (findings.quote_speakers, session 10)
    "speaker": "the speaker changed",
    # a qualifier that is an editor's bracketed gloss inside the quote marks (gold guide G1)
    "gloss": "an editor's gloss {verb} inside the quote marks",
    # a qualifier that is a hedge (HEDGE_WORDS, HEDGE_PHRASES, HEDGE_VERBS; session 13)
    "hedge": "a hedge {verb}",
    # a qualifier that is a condition left off the end (CONDITION_OPENERS; session 14)
    "condition": "a condition {verb}",
    # a qualifier that is a wh-word put for "whether"/"if" (PRESUPPOSING_WH; session 18)
    "presupposition": "a question's presupposition changed",
    # a qualifier that is a modal of another kind (MODAL_KINDS; quotes22b)
    "modal": "a modal verb changed",
    # a time-kind change that is a measure of duration before a noun (MEASURE_COUNTS)
    "duration": "a measure of duration {verb}",
    # a qualifier that is a word of the quote moved into another part of it, in place of a
    # word the other wording lacks (findings.quote_diff._moved_word; session 19)
    "moved": "a word moved to another part of the quote",
}


# Why each kind is (or is not) a change of meaning: the second half of a finding's
# one-line explanation (``detail["explanation"]``).
WHY: dict[str, str] = {
    "negation": "the statement is reversed",
    "number": "the figure differs",
    "place": "it names another person, place or scope",
    "date": "it gives another time, or none",
    "unit": "the quantity differs",
    "qualifier": "the claim is narrowed or widened",
    "word": "other words for the same statement (a translation or an editor's choice)",
    "swap": ("the speaker is given a word of another meaning in an otherwise identical "
             "quote (the two words far apart in the word table)"),
    # a swap whose two words the word table does not put apart, or no table (session 17)
    "swap_unread": ("one word put for another that cannot be told from a synonym an editor "
                    "put in (no word table, or the two words close in it)"),
    "ending": "the same opening goes on to say something else",
    "phrase": "the statement is told with or without a phrase it does not depend on",
    "conjunct": ("one of the things said is spliced out with its coordinator; the words kept "
                 "are word for word"),
    "time": "it says when, not what: the claim is the same, told with less or more detail",
    "contrast": "the part that takes back or limits what was said is left out, or put in",
    "sentence": ("a sentence of the statement, a claim of its own, is left out or put in; "
                 "the words kept are word for word"),
    "claim": ("one outlet's quote goes on past where the others close the speaker's sentence, "
              "in a clause that says more (a reason, a result, a second claim)"),
    "emphasis": "emphasis only, the claim is the same",
    "function": "grammar, not what was said",
    "gloss": "words that are not the speaker's are put inside the quote marks",
    "speaker": "the same words are given to another person",
    "hedge": "a provisional, sourced or believed statement is made firm, or a firm one hedged",
    "condition": "a conditional statement is made unconditional, or the reverse",
    "presupposition": ("one wording takes for granted what the other asks about or makes a "
                       "condition"),
    "modal": ("what will happen, what can happen and what ought to happen are different "
              "claims (a pledge, a possibility, an obligation)"),
    "duration": "it says how long, not what: the claim is the same, told with less or more detail",
    "moved": ("what one part of the statement is about is given to another part, in place of "
              "a word the other wording does not have"),
}

def is_negation(key: str) -> bool:
    return key in NEGATIONS or key.endswith("n't")


# A verb of refusal turns the clause after it around as a negation does ("We refuse to
# seek a recount" says no recount is sought): read with NEGATIONS when a shared quote's
# words are looked at in their clause (findings.shared_quote._negator).
REFUSALS: frozenset[str] = frozenset(
    "refuse refuses refused refusing decline declines declined declining".split()
)
# The negations that turn a verb around, and so every word of its clause after it ("We will
# not seek to repeal this law", "I am not saying the result was stolen"), with "n't",
# REFUSALS and "no longer"; a no-word ("no", "nothing", "without") negates its noun ("no
# risk to the fuel supply" says nothing against "the fuel supply"), so it counts only right
# before the words (findings.shared_quote._lifted, where a wrong reading would be shown).
VERB_NEGATIONS: frozenset[str] = frozenset("not never cannot neither nor".split())
# A negation word that opens a phrase which affirms ("not only … but", "no doubt the
# result …"): no negation of what follows it.
AFFIRMING_NEGATIONS: frozenset[tuple[str, str]] = frozenset({
    ("not", "only"), ("not", "just"), ("not", "merely"), ("no", "doubt"),
    ("without", "doubt"), ("no", "question"),
})
# Words that open a clause of their own: a negation before them does not reach the words
# after them ("We will not seek to repeal this law but we will defend …"). Commas, colons,
# semicolons, dashes, brackets and sentence ends part clauses too (shared_quote._negator).
# findings.quote_diff reads them too: words an excerpt leaves off after a comma and one of
# these are a clause of their own, more of the statement even with a negation or a number
# in them ("…, but we cannot rule out other sources yet": invented dev t05 and d20 traps,
# session 13; _own_clause), and one opening an excerpt is no name (_edge_modifier).
# Quirk et al. §13.1 and §14.6 (coordinators, subordinators).
CLAUSE_OPENERS: frozenset[str] = frozenset(
    "but yet although though whereas while because however and "
    # an adverbial clause's opener: "We will not resign if the report clears us" says
    # nothing against "the report clears us" ("whether" and "that" stay: "I am not saying
    # that the result was stolen")
    "when after before until unless if".split()
)
# Words that open a clause of their own at the END of an excerpt, after a comma, besides
# CLAUSE_OPENERS (findings.quote_diff._own_clause): a non-restrictive relative clause
# (", which first went up in 1998", ", who led the rescue in 2011") and a comparative or
# manner clause with its own subject (", as we did in 1998", ", just as they promised in
# 2019"; Quirk et al. §17.22, §15.47). What such a clause tells is background beside the
# claim, so an excerpt that stops before it is a shorter quote, not a re-numbered one
# (quotes36's neutral-tail report, session 36). A bare "as" is no opener here: "as early
# as 2030", "as a result of the 1998 flood" are adjuncts of the claim itself, and a number
# cut from them still changes it; "as"/"like" counts only before a subject pronoun
# (TAIL_CLAUSE_SUBJECTS), the one subject read without a parser.
TAIL_RELATIVE_OPENERS: frozenset[str] = frozenset("which who whom whose".split())
TAIL_COMPARATIVE_OPENERS: tuple[tuple[str, ...], ...] = (("as",), ("like",), ("just", "as"))
TAIL_CLAUSE_SUBJECTS: frozenset[str] = frozenset("i we you he she they it".split())
# A verb that names words ('what he called "a humiliating deal"', 'described as "a
# campaign of lies"'): a negation before it is about the naming or the speaker's stance
# ("refused to accept what he called …"), not the words named, which are the speaker's as
# said (shared_quote._negator stops there).
NAMING_VERBS: frozenset[str] = frozenset(
    "call calls called calling describe describes described describing dub dubs dubbed "
    "term terms termed brand brands branded label labels labelled labeled".split()
)

# Session 18 (quotes18): classes of change read as meaning that are not, and one that is.

# Contractions ("We'll" / "We will", "won't" / "will not") are read from rules.contractions,
# one table with the shared-quote lookup's (findings.quote_diff._contracted folds with it).

# Relative pronouns (Quirk et al. §17.9-17.15): "the pumps that failed" / "the pumps which
# failed" / "the officers who fired" / "the officers that fired" is one clause, the
# pronoun a house style (invented dev d61, session 18: "a cascade that our protection
# systems could not contain" / "… which …", read as a qualifier changed). Only after a
# noun (findings.quote_diff._relative_swap): after a verb "that" opens a content clause
# and "which" a question ("We know that reports were false" / "We know which reports
# were false": another statement).
RELATIVE_PRONOUNS: frozenset[str] = frozenset("that which who whom".split())

# Heads of a free relative that say what "what" says (Jacobson 1995, "On the
# quantificational force of English free relatives": a what-clause denotes the maximal
# thing that fits, so "that is what matters" and "that is all that matters", "publish what
# we found" and "publish everything that we found" claim the same; invented dev t53,
# session 18: read as a quantifier added). Put for "what" they add emphasis only. A
# quantifier that is less than all ("most of what", "some of what") stays a change.
FREE_RELATIVE_WHAT: frozenset[tuple[str, ...]] = frozenset(
    {("all", "that"), ("all",), ("everything", "that"), ("everything",), ("whatever",)})

# Emphatic words that heighten the determiner before them and nothing else (Quirk et al.
# §5.16 and §8.105: "every single job" is "every job", said louder). Only after these
# determiners: "a single mother", "a single system" say something else.
EMPHATIC_AFTER: dict[str, frozenset[str]] = {
    "single": frozenset({"every", "each", "any"}),
    # maximizers of a definite or counted noun phrase (§5.16: "the whole country", "the
    # entire region" name the country, the region; a key's trap in dev, "hold the whole
    # country hostage" / "hold the country hostage"; session 18)
    **{w: frozenset("the a an our their this that his her its my your".split())
       for w in ("whole", "entire")},
}
# The same after these determiners when a negation earlier in their clause reaches them
# ("did not lose a single life" / "did not lose a life", "not one single vote", "has never
# let her views sway a single ruling" / "… a ruling"): a minimiser in a denial. Not a
# negation after them ("a single councillor did not vote": a count) nor one in another
# clause or sentence (findings.quote_diff._denied_before; invented dev d153, session 27).
EMPHATIC_IN_DENIAL: dict[str, frozenset[str]] = {
    "single": frozenset({"a", "an", "one"}),
}
# Determiners of one noun that a denial reaching them makes one non-assertive "any" (Quirk et
# al. §10.64, the minimiser "a single" and the non-assertive "any"): "never influenced any
# procurement decision" / "never influenced a single procurement decision" (invented dev
# d233, two outlets' excerpts of one denial, session 37). Only set against each other, and
# only where a negation earlier in the clause reaches both sides (quote_diff.classify's
# ``a_denied`` / ``b_denied``): "any decision" / "a single decision" asserted say other
# things ("any": free choice).
DENIAL_DETERMINERS_ALIKE: frozenset[tuple[str, ...]] = frozenset(
    {("any",), ("a", "single"), ("an",), ("a",), ("one", "single"), ("any", "single")})
# Negative-polarity emphasis (Quirk et al. §10.64: "at all", "whatsoever" reinforce a
# negation or a question and limit nothing): "no trace of the toxin at all" / "no trace of
# the toxin".
# Also the negative-polarity adverbials of "any" with a noun of manner or occasion (§10.64,
# the "any"-forms as non-assertive reinforcers: "under any circumstances", "in any way", "by
# any means"): "we will not compromise on hygiene under any circumstances" / "… on hygiene"
# make one pledge, said louder (invented dev d210's unread line, session 32). A determiner
# that limits ("under these circumstances", "in some circumstances") stays a change.
POLARITY_EMPHASIS: frozenset[tuple[str, ...]] = frozenset({("at", "all"), ("whatsoever",)})
# The "any"-forms are non-assertive only where a negation reaches them (findings.quote_diff.
# classify: ``denial``, ``a_denied``); in an assertion "any" is free choice and the phrase
# says how or when of its own: "We will clear the quarry [by any means]" (whatever force it
# takes), "Players may use their hands [in any way]" (review32q).
NONASSERTIVE_EMPHASIS: frozenset[tuple[str, ...]] = frozenset({
    ("under", "any", "circumstances"), ("in", "any", "circumstances"), ("in", "any", "way"),
    ("by", "any", "means")})
# Phrases that only heighten: an attitudinal disjunct of conviction ("of course", as
# "clearly", "obviously", Quirk et al. §8.127) and a booster ("very much aware" /
# "aware", §8.105). Session 18.
EMPHATIC_PHRASES: frozenset[tuple[str, ...]] = frozenset({("of", "course"), ("very", "much")})

# Words right before "a"/"an" that make the unit after it a measure (Quirk et al. §7.59,
# approximators and bounds of a quantity): "for at least a week" / "for at least a month"
# (invented dev t52, session 18: read as a one-word swap), "within a day", "nearly a
# year". Without one, "a second" / "a minute" is as often a turn of phrase ("wait a
# minute"). As runs of norm_key words ending right before the article.
QUANTITY_BOUNDS: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split()) for p in (
        "at least", "at most", "more than", "less than", "fewer than", "up to", "within",
        "nearly", "almost", "about", "around", "roughly", "approximately", "over", "under",
        "barely", "only"))

# A measure of duration put before a noun ("three days of heavy rain", "two weeks of
# talks", "days of shelling"; Quirk et al. §5.8, partitive and measure phrases) says how
# long, not what: cut from a clause that does not restrict its claim it is less detail,
# like a time adjunct (findings.quote_diff._measure_trim; invented dev t52, session 18:
# "The wall failed after three days of heavy rain" / "… after heavy rain", read as a
# number changed). The words its count may be, besides a figure or a number word.
MEASURE_COUNTS: frozenset[str] = frozenset({"a", "an", "several", "many", "few"})

# A question that takes its event for granted and one that does not
# (Karttunen 1977 on the presupposition of wh-questions): "It is too early to say when
# launches can resume" takes it that they will; "… whether launches can resume" does not
# (invented dev t53, session 18: missed as wording). Not "when" / "if": one word in the
# languages wires translate from (German "wenn", Dutch "als"), so two translations of one
# remark differ by it; nor "whether" / "if", one question (§15.5); two wh-words put for each
# other ("when" / "where") ask another question about the same event: wording.
PRESUPPOSING_WH: frozenset[str] = frozenset("when where why how".split())
YES_NO_WORDS: frozenset[str] = frozenset({"whether"})
# Wh-words that open a question only where they stand for "whether" (a relative pronoun
# elsewhere: "the pumps which failed"): "We will find out whether safety rules were
# broken" / "… which safety rules were broken", "… whether this ferry was overloaded" /
# "… who allowed this ferry to be overloaded" take it that rules were broken, that it was
# overloaded (Karttunen 1977; invented dev t76's and d01's misses, quotes22b). In the
# slot of "whether" no noun comes before them, so they ask, not relate; the run that opens
# with one may go on into its clause ("who allowed").
PRESUPPOSING_WH_FOR_WHETHER: frozenset[str] = PRESUPPOSING_WH | frozenset(
    "who whom whose which what".split())

# Modal auxiliaries by the kind of claim they make (Quirk et al., *A Comprehensive
# Grammar of the English Language*, §4.49-4.58; Palmer, *Mood and Modality*, 2001):
# prediction and volition ("will": what will happen, a pledge), possibility
# and ability ("can", "could", "may", "might": what can happen) and obligation ("must",
# "should", "ought": what ought to happen). One put for another of another kind changes
# what is claimed: "No doctor will be forced to take part" (a guarantee) / "No doctor
# should be forced …" (an aim), "We cannot allow" (it is not possible) / "We will not
# allow" (a pledge) (invented dev t87, t88, d108: missed as wording; quotes22b). Two of one
# kind stay wording: "can" / "could", the past form translators and transcribers put for
# tense alone (see HEDGE_WORDS), and "must" / "should". "may" / "might" are
# hedges too (HEDGE_WORDS): a hedge put in or taken out is read as such first. "shall" is
# left out: a pledge in the first person ("we shall return") but a duty in a rule's third
# person ("No doctor shall be forced"), where a translation may give "should" or "must".
# So is "would": a conditional, a future in the past ("said it would"), a habit or a polite
# form ("I would say"), put for "will" for tense and for "could" as a wording (pinned near
# misses: tests/unit/test_quote_swaps_endings.py, test_findings_quotes.py).
# Negated contractions fold to their modal ("can't", "won't"); "'ll" is "will"; "'d" is
# left out ("would" or "had").
MODAL_KINDS: dict[str, str] = {
    **{w: "prediction" for w in "will won't".split()},
    **{w: "possibility" for w in
       "can could may might cannot can't couldn't mayn't mightn't".split()},
    **{w: "obligation" for w in "must should ought mustn't shouldn't oughtn't".split()},
}
# The suffix of a contracted "will" ("we'll", "they'll"): a prediction.
MODAL_WILL_SUFFIX = "'ll"

# What an "or" opens that adds no alternative (general extenders, Overstreet 1999, *Whales,
# Candlelight, and Stuff Like That*; "whether or not"): "whether it works or not", "smoke or
# anything". An "or" run straight on from the last shared word otherwise names another
# case, and an excerpt given as the speaker's whole sentence that stops before it makes the
# claim about one case of two (findings.quote_diff._edge_modifier; invented dev, two keyed
# misses d60 and t43, session 18: "whether it was human error or a mechanical fault" / "… human
# error,"). "or so" and "or more" stay alternatives: they loosen a figure.
GENERAL_EXTENDERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in (
        "not", "anything", "something", "whatever", "anything like that",
        "something like that", "anything else", "something else", "so on", "whatnot"))
# Words that end the scope of a negation over an "or" after it (Ladusaw 1979, downward
# entailment; Quirk et al. §10.64, §15.17-15.20): a negation before "whether", "until",
# "unless" and the other subordinators of CLAUSE_SUBORDINATORS does not make "A or B" say
# "not A and not B" ("did not establish whether the driver fell asleep or swerved", "will
# not rest until the mayor resigns or faces trial": each names one case of two, a change
# when cut). Read by findings.quote_diff._negated_disjunct.
# Also "and" (review26q: a negation on one conjunct does not reach the next, "did not pay
# the rent and then fled or hid", "Nobody was hurt and the crews found the pilot or the
# co-pilot"; "no evidence that he lied and hid A or B" stays a change, the safe side) and
# the wh-words of an indirect question or a relative clause ("did not say where he hid the
# ledgers or burned them": one question of two; "have not found the man who attacked the
# guard or stole the van": a definite description, not downward entailing).
DISJUNCT_SCOPE_ENDS: frozenset[str] = CLAUSE_SUBORDINATORS | frozenset(
    "whether before after than but and who whom whose which what where why how".split())
# Words after "or" that make it no alternative under the negation (review26q): "or else" /
# "or otherwise" (a consequence: "must not speak to the press or else face dismissal"),
# "or so" (a hedge: "did not flee, or so his lawyer says"), "or rather" (a correction),
# "or even" / "or at least" (a scalar alternative that sets the claim's strength: "no proof
# he lied or even exaggerated" says far more than "no proof he lied"). Cut, each is a
# change. Read by findings.quote_diff._negated_disjunct.
DISJUNCT_NON_ALTERNATIVES: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in ("else", "otherwise", "so", "rather", "even", "at least"))

# An elliptical conjunct (Quirk et al. §12.21-12.24, predication ellipsis after an
# operator): "and" with only an auxiliary or modal, perhaps with "never"/"not"/"always"/
# "still"/"ever"/"again", the predicate elided ("The ministry has never interfered in the
# count and never will", "She has always backed the plan and always will", "… backed the
# plan and still does"). It says the clause before it again for another time; an excerpt
# that stops before it is a shorter excerpt, not a negation or claim dropped
# (findings.quote_diff._elliptical_conjunct; invented dev t137's trap, session 26). Only
# when its polarity is the clause's own ("We have raised the tax once and never will
# again": a pledge of the other polarity, still a negation dropped), and with nothing
# else in it ("and never will interfere in the count": a predicate of its own).
ELLIPTICAL_COORDINATORS: frozenset[str] = frozenset({"and"})
ELLIPTICAL_OPERATORS: frozenset[str] = frozenset(
    "do does did will would shall should can could may might must has have had "
    "is are was were am be been".split())
ELLIPTICAL_ADVERBS: frozenset[str] = frozenset("never not always still ever again".split())

# An evidential frame opening a quote (Chafe 1986, "Evidentiality in English conversation
# and academic writing"; Hyland 2005's hedges): "We have evidence that …", "There is no
# indication that …", "We have seen no sign that …". Left off, what the speaker gave as
# what the evidence shows, or does not, is said as a fact: "We have no evidence that
# anyone has suffered lasting harm" / "No one has suffered lasting harm" (invented dev t58,
# a keyed miss; session 18). A frame is a pronoun or "there", one of these verbs, at most
# two words of determiner or adjective, one of these nouns and "that"
# (findings.quote_diff._evidential_frame). "no trace of" is not here: a trace is found, not
# inferred from.
EVIDENTIAL_VERBS: frozenset[str] = frozenset(
    "have has had is are was were see saw seen found find".split())
EVIDENCE_NOUNS: frozenset[str] = frozenset(
    "evidence indication indications sign signs proof suggestion grounds".split())
# A negative-polarity word in the clause after a negated frame and the negative word that
# says the same once the frame is gone ("no evidence that anyone" / "no one"): keys after
# findings.quote_diff.EQUIVALENT ("no one" is "nobody").
NPI_NEGATIVES: dict[str, str] = {
    "anyone": "nobody", "anybody": "nobody", "anything": "nothing", "any": "no",
}

# Vague quantities that say one amount in other words (Quirk et al. §5.25, "a few" /
# "several" / "a small number of"; §5.23, "many" / "a lot of"): "the actions of a small
# number of hooligans" / "of a few hooligans" is wording, not another scope (session 18).
# A few against many stays a change, and so does "a few" against "few" (review18c: see
# NEGATIVE_QUANTIFIERS). As runs of norm_key words.
VAGUE_QUANTITIES: dict[tuple[str, ...], str] = {
    **{tuple(p.split()): "few" for p in (
        "a few", "a handful of", "a small number of", "a small group of")},
    **{tuple(p.split()): "many" for p in (
        "many", "a lot of", "lots of", "a large number of", "plenty of", "numerous",
        "a great many", "a great number of")},
}
# Universal pronouns that say what "all" says as a pronoun ("did everything they could" /
# "did all they could"; §6.46): one for another is no change (session 18).
UNIVERSAL_PRONOUNS: frozenset[str] = frozenset({"all", "everything"})

# Review18c: the near variants that turn session 18's house styles and emphasis back into
# changes.

# Quantifiers that are negative without "a" and positive with it (Quirk et al. §5.23:
# "few" and "little" take "any" and a positive tag, "a few" and "a little" do not): "Few
# residents have returned" says hardly any, "A few residents have returned" some. An "a"
# added or dropped before one is a qualifier changed, not an article.
NEGATIVE_QUANTIFIERS: frozenset[str] = frozenset({"few", "little"})

# Words that emphasise only outside a denial: in a negation's scope a booster or a
# maximizer is graded (Quirk et al. §8.105, §10.64): "does not help very much" is "helps a
# little", "will not pay the whole bill" pays part of it, "The entire crew did not survive"
# lets some survive. As runs of norm_key words (EMPHATIC_PHRASES, EMPHATIC_AFTER).
GRADED_IN_DENIAL: frozenset[tuple[str, ...]] = frozenset(
    {("very", "much"), ("whole",), ("entire",)})

# Adverbs in "-ly" whose place says what they bear on, so that moving one past a word is
# another statement, not a house style (Quirk et al. §8.116-8.117, focusing subjuncts;
# §8.104-8.111, approximators, compromisers and minimizers): "We nearly lost everything"
# / "We lost nearly everything", "partly blamed the contractor" / "blamed partly the
# contractor". findings.quote_diff._moved_adverb leaves these where they stand.
PLACED_ADVERBS: frozenset[str] = frozenset(
    "nearly partly partially largely mostly mainly chiefly primarily merely simply purely "
    "solely exclusively particularly especially exactly precisely barely hardly scarcely "
    "slightly roughly approximately virtually practically only".split())

# Session 20 (quotes20): trims that restate what the rest of the quote already says, so
# that the longer wording and the shorter claim the same thing (session 19's three held-out
# wrongs, t71-t80, each a class). The line between such a trim and a qualifier dropped is
# whether taking the words out widens or narrows what is claimed, and to what: "in North
# Vellaria" / "in Vellaria" and "some of the charges" / "the charges" do; the three
# classes below do not, and each is read only outside a downward context (a negation, a
# restrictive "only", a negative quantifier, a condition or a question before the words in
# their clause: "did not work as designed" / "did not work", "We do not accept all the
# findings" / "… the findings" change the claim; findings.quote_diff._restated).
#
# 1. A maximizer before a definite noun phrase (Quirk et al. §5.17, the predeterminers
#    "all" and "both"; a definite plural or mass noun already names the whole of what it
#    names, Löbner 2000 on maximality): "denies all the charges" / "denies the charges",
#    "all of our members" / "our members". Not before a bare noun ("all charges" /
#    "charges": a generic made universal), nor in the set phrases below, where "all the"
#    quantifies no noun ("all the time": always; "all the more"; "all the same").
MAXIMIZER_RUNS: frozenset[tuple[str, ...]] = frozenset(
    {("all",), ("all", "of"), ("both",), ("both", "of")})
DEFINITE_OPENERS: frozenset[str] = frozenset(
    "the these those this that his her its our their my your".split())
MAXIMIZER_SET_PHRASES: frozenset[str] = frozenset(
    "time way more less same better worse while".split())
# 2. A locative that restates the story's own scope: the country the story is in, named by
#    a definite deictic noun ("in the country", "across the nation", "in our country";
#    Quirk et al. §5.29-5.35 on situational reference of "the"), as the domain of a
#    quantifier ("every farm in the country" / "every farm", "no school across the
#    nation" / "no school"; von Fintel 1994 on quantifier domains: the context restricts
#    "every farm" to the story's country already). Not a part of it ("in the north", "in
#    the capital"), not the world (a wider domain), not a named place ("in North
#    Vellaria": a place changed), and not after a superlative or "only" ("the biggest
#    farm in the country" / "the biggest farm": the domain is what the superlative is
#    measured against).
DOMAIN_PREPOSITIONS: frozenset[str] = frozenset("in across throughout".split())
DOMAIN_DETERMINERS: frozenset[str] = frozenset("the this our".split())
DOMAIN_NOUNS: frozenset[str] = frozenset("country nation".split())
DOMAIN_QUANTIFIERS: frozenset[str] = frozenset("every each all any no".split())
# Words between the quantifier and the locative at most ("every small family farm").
MAX_DOMAIN_HEAD_WORDS = 3
# 3. A manner adjunct that restates the norm of a verb of functioning (Quirk et al. §8.79,
#    adjuncts of manner; Levin 1993 §45-47 on "work", "function", "operate"): a system
#    that "worked" did what it is made to do, so "worked as designed" / "worked",
#    "functioned properly" / "functioned" claim the same; one such adjunct put for another
#    ("as designed" / "as intended") too. Not after another verb ("was built as designed"
#    / "was built": conformity to the design is the claim), nor a manner that says how
#    ("worked as a team", "worked slowly").
FUNCTION_VERBS: frozenset[str] = frozenset(
    "work works worked working function functions functioned functioning operate "
    "operates operated operating".split())
NORM_MANNER: frozenset[tuple[str, ...]] = frozenset({
    ("as", "designed"), ("as", "intended"), ("as", "planned"), ("as", "expected"),
    ("as", "programmed"), ("as", "required"), ("as", "it", "should"),
    ("as", "they", "should"), ("as", "it", "should", "have"),
    ("as", "they", "should", "have"), ("properly",), ("correctly",),
})
# ("as normal" and "normally" are no norm of function but of level, review20b: "the
# airport is operating normally" / "the airport is operating" says it runs as much as ever
# against at all, "staff will work as normal" / "staff will work" a full day against any.)
# Words before the trim in its clause that make the context downward (the trim's loss
# then changes the claim): a restrictive focus, a negative quantifier, or a subordinator
# of condition, question or exception (negations are read with NEGATIONS).
DOWNWARD_WORDS: frozenset[str] = frozenset(
    "only few little if unless whether except without "
    # the approximate negators (Quirk et al. §10.61, review20b): "the sirens barely
    # worked as intended" / "… barely worked", "hardly all the families"
    "hardly barely scarcely rarely seldom".split())
# Predicates negative in meaning that take a clause or an infinitive (Quirk et al.
# §10.60, §16.38; review20b): with rules NEGATIVE_VERBS, a maximizer in their complement
# is under them ("we failed to recover all the bodies" / "we failed to recover the
# bodies", "I doubt that all the ballots were counted"; findings.quote_diff._maximizer),
# not a maximizer of their own object ("denies all the charges" / "denies the charges").
NEGATIVE_PREDICATES: frozenset[str] = frozenset("unable unwilling reluctant".split())
COMPLEMENT_MARKS: frozenset[str] = frozenset({"to", "that"})
# 4. A negation said again, set off by commas right after a negated phrase (Quirk et al.
#    §10.64 and §17.65, an emphatic appended restatement): "There was no warning, none at
#    all, before the dam broke" / "There was no warning before …", "We found nothing, not a
#    thing," / "We found nothing,". Only negations and these words, at most
#    MAX_EMPHATIC_WORDS, after a clause that already denies; "There was a warning, none at
#    all before" (no denial before it) stays a negation.
NEGATIVE_ECHO_WORDS: frozenset[str] = frozenset(
    "at all whatsoever one single a not thing of them it ever".split())
# 5. The speaker's lifetime as the domain of "never" or "ever" (the default domain of an
#    experiential perfect, Quirk et al. §4.22): "We have never seen anything like this in
#    our lives" / "… like this". Not a narrower span ("in my career", "in ten years", "on
#    this coast": a change) nor without "never" / "ever".
LIFETIME_POSSESSIVES: frozenset[str] = frozenset("my our his her their your".split())
LIFETIME_NOUNS: frozenset[str] = frozenset("life lives lifetime lifetimes".split())
#    Nor before a definite noun phrase graded by a superlative (session 21): "the most
#    valuable documents" names the top of a scale with no bound the definite fixes (the
#    most valuable of them, how many not said; Quirk et al. §7.82 on the superlative's
#    comparison set), so "all of the most valuable documents" claims every one of them,
#    a wider claim (invented dev d79's keyed "all of the most valuable documents" / "The
#    most valuable documents", missed since session 20). The superlative as a word
#    ("best", "worst") or a degree word before an adjective ("most", "least": not "most of",
#    a quantifier); an "-est" form is not read (no parser: "all the honest witnesses",
#    "all the protest leaders").
SUPERLATIVE_WORDS: frozenset[str] = frozenset({"best", "worst"})
SUPERLATIVE_DEGREES: frozenset[str] = frozenset({"most", "least"})

# Session 21 (quotes21): a further claim added at the end of a closed quote.
# An excerpt given as the speaker's whole sentence (closed on its own punctuation inside
# the quote marks: '"I have always acted within the law and I will defend my officers'
# conduct before any inquiry," he said') against one that goes on in that sentence past a
# comma with a clause of its own ("…, because they were attacked first"; "We will not read
# propaganda written in ministers' offices, and we will not let our viewers be lied to"):
# the longer says something the shorter does not, a reason, a result, a second claim
# (Quirk et al. §13.1, §15.45 reason, §15.48 purpose and result). Session 20's held-out
# read three such pairs told as "X gives more of it" wrong (t83, t90). Read by
# findings.quote_diff._claim_tail, which gives the op the kind ``claim`` (in SEVERITY after
# the changes of meaning, not in MEANINGFUL: between two quotes alone it is undecided); the
# shared_quote line says it (shared_quote._edge_change). The quote_changed finder reads it
# as more of the quote since session 29 (findings.quotes._without_claims): the words both
# give are word for word, and a longer version quoted in full is not told from a clause
# added (sessions 21 to 28 made it a qualifier where two outlets or more closed the
# sentence there: 4 of 7 right on invented dev, t159 and t170 held out wrong; with one
# outlet each side a cut was never told from an addition, invented dev d05's trap: "…
# could campaign freely," against "…, but the incumbent enjoyed an undue advantage", the
# cut keyed as an omission). A contrast that reverses the clause before it is
# CONTRAST_OPENERS' (_contrast_tail), a condition CONDITION_OPENERS'.
# Not a further claim: an attribution tail ("…, she said"), a vocative ("…, my friends"), a
# trailing "too", a general extender ("…, and so on"): none opens with these words, or
# none holds a subject pronoun or a finite auxiliary (CLAIM_VERB_MARKS). Nor a second
# sentence after a full stop: one outlet quoting one sentence of a statement is a cut of
# it (invented dev t90's keyed shared quote "right drops the first sentence").
CLAIM_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in (
        "and", "but", "yet", "so", "so that", "because", "in order to", "nor"))
# Of those, the subordinators open a clause by themselves (§14.12): "because the storm
# broke it twice" (not "because of the storm": a phrase, CLAIM_PHRASE_AFTER), "so that no
# patient was left alone", "in order to reach the valley". After a coordinator a clause is
# told from a phrase by its subject pronoun or a finite auxiliary in its first
# CLAIM_VERB_WINDOW words (no parser: "…, but the incumbent enjoyed an undue advantage"
# has neither and is left as more of the statement, a miss, not a wrong).
CLAIM_SUBORDINATORS: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split()) for p in ("because", "so that", "in order to"))
CLAIM_PHRASE_AFTER: frozenset[str] = frozenset({"of"})
CLAIM_VERB_MARKS: frozenset[str] = frozenset(
    "i you he she it we they there "
    "is are was were has have had will would can could should shall may might must do does "
    "did 'll won't can't cannot don't doesn't didn't isn't aren't wasn't weren't".split())
CLAIM_VERB_WINDOW = 3
# Words of the added clause read at most (to its first sentence end), and at least (a
# clause of two words, "and we", is a cut's stub, not a claim).
MAX_CLAIM_WORDS = 16
MIN_CLAIM_WORDS = 3
# A conjunct spliced out of a coordination inside a quote, with the coordinator after it
# and the next clause's subject pronoun: "The president is safe and [in good spirits, and
# he] will continue to Marsevin" / "… is safe and will continue …" (invented dev d81,
# read wrong as a dropped qualifier: the words kept are word for word and no claim left is
# narrowed). Read as a phrase dropped, a change of wording (findings.quote_diff._conjunct_cut).
# Only "and": a cut around "but" drops a contrast, around "or" an alternative. A conjunct
# the word grades read as a place, number or negation dropped stays that change ("The plant
# will close and [move to Orvell, and it] will reopen": where it goes, review21a).
CONJUNCT_COORDINATORS: frozenset[str] = frozenset({"and"})
# A descriptive aside set off by commas in the middle of a quote, opened by a preposition
# of accompaniment or a relative pronoun of a non-restrictive clause (Quirk et al. §17.22:
# the commas mark it as added description, not part of what the clause claims), spliced
# out with the rest word for word: "This vessel was fishing illegally inside our waters,
# [with nets that are banned under Calderian law,] and it will answer for that" / "…
# waters, and it will answer …" (invented dev t41, read wrong by reader22 as "a name or
# place dropped"). Read as a phrase dropped, a change of wording
# (findings.quote_diff._aside_cut). A name in it counts only as a modifier of a common
# noun after it ("Calderian law", "the Orvell yards"): a name at a phrase's head ("with
# the crew of Orvell," "with Mayor Lind,") is a place or person dropped, as is any
# negation, number or hedge in the aside; an evidential or conditional aside ("according
# to its own data," "if the court allows it,") is opened by no word here and stays a
# qualifier; an aside without commas around it ("We will strike in Orsk tomorrow") is
# restrictive and stays what it was.
ASIDE_OPENERS: frozenset[str] = frozenset({"with", "which", "who", "whose"})
MAX_ASIDE_WORDS = 12

# A relative clause left off the end of an excerpt that only ties a definite noun phrase
# to the story's own event, named by a demonstrative ("I bear full responsibility for the
# failures of my command that led to this tragedy" / "… for the failures of my command.",
# invented dev t113, read wrong in session 23's held-out read; session 24): "this tragedy"
# points back to what the whole story is about (Halliday & Hasan 1976, Cohesion in
# English §2.4: a demonstrative is anaphoric, its referent given), and the definite head
# ("the failures of my command") already names the things meant, so the clause restates
# the context rather than narrowing the claim. Read by findings.quote_diff._anaphoric_relative:
# a relative pronoun, at most MAX_ANAPHORIC_VERB_WORDS words (its verb and a preposition),
# one of these demonstratives and at most MAX_ANAPHORIC_NOUN_WORDS words closing the
# clause; no negation, number or modal in it; the head definite (DEFINITE_OPENERS, the
# nearest determiner back from the clause) and no downward context. An indefinite or a
# quantified head ("a single new stadium that this city does not need", "every house
# that …"), a denial ("We will not reopen the schools that failed this inspection") or a
# clause naming another event ("that led to the 2019 floods") stays a qualifier.
ANAPHORIC_DEMONSTRATIVES: frozenset[str] = frozenset({"this", "these"})
# The head must be anchored by an "of" complement of its own ("the failures OF my
# command", "the mistakes OF the night shift"): a bare definite head ("the soldiers who
# fired on this convoy", "the contracts that broke these rules", "the officers who ignored
# this warning") is identifiable only through the clause, which is then establishing
# (Hawkins 1978, Definiteness and Indefiniteness, ch. 3: a definite licensed by its own
# relative clause) and picks out which of them are meant: cut, it stays a qualifier
# dropped (review24q, session 24).
ANAPHORIC_ANCHOR = "of"
# And the clause's verb one of causing (read by stem: "led", "caused", "resulting"): a
# clause saying its head brought the story's event about names why the speaker speaks of
# it ("the failures of my command that led to this tragedy"), while any other verb picks
# out which of the head's members are meant ("the members of the council who voted for
# this plan", "the soldiers of the third brigade who fired on this convoy") and, cut,
# stays a qualifier dropped (review24q, session 24).
ANAPHORIC_CAUSAL_VERBS: frozenset[str] = frozenset(
    {"lead", "led", "cause", "result", "contribute", "trigger", "spark", "bring",
     "brought"})
MAX_ANAPHORIC_VERB_WORDS = 2
MAX_ANAPHORIC_NOUN_WORDS = 2
# Words back from a relative clause searched for the determiner of its head ("the
# failures of my command": "my").
MAX_ANAPHORIC_HEAD_WORDS = 6

# Verbs and adjectives of multiplication (Quirk et al. §6.65 on multiplicative numerals:
# "double", "treble/triple", "twofold"): each says a factor, so one put for another in a
# quote is another figure, a number changed, not a word an editor swapped ("The gas flux
# has tripled in 48 hours" / "… has doubled …", invented dev d106's keyed miss, session
# 24; without the word table a one-word swap is not shown). Base forms; findings.quote_diff
# ._multiplier reads their inflections ("doubled", "doubles", "doubling", "halved"). The
# same factor in two tenses ("doubled" / "doubling") is no change of figure.
MULTIPLIERS: dict[str, float] = {
    "halve": 0.5, "double": 2, "triple": 3, "treble": 3, "quadruple": 4,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
}

# Session 28 (quotes28): a trailing complement left off that names the story's own setting
# or event, which both outlets' ledes (headline and first sentences) already fix: "the end
# of a free press [in Damaria]" in a story about Damaria's press law, "no indication that
# anyone else was involved [in her death]" in a story about a girl's death (session 27's
# held-out t155 and t159, keys' traps: trims of words the story restates; Quirk et al.
# §5.29-5.35 on situational reference, §9.2 on a prepositional complement recoverable
# from context). findings.quote_diff._setting_restated reads them, only as the whole of the
# longer excerpt's extra words run straight on from the last shared word, with no number,
# and not after a superlative or "only" (the domain it is measured against). A place the
# ledes do not both name ("in North Vellaria" where they name "Vellaria") or an event
# noun they do not tell ("involved [in her disappearance]") stays a qualifier dropped.
# Prepositions of place and of a verb's or adjective's complement ("involved in",
# "responsible for", "linked to"); not of exception or exclusion ("except", "without",
# "beyond"), which widen what the speaker limited.
SETTING_PREPOSITIONS: frozenset[str] = frozenset(
    "in at on of for to over into across throughout within inside".split())
# Determiners that make the complement's noun definite, identified from context (Hawkins
# 1978 on anaphoric and situational definites): the article, a demonstrative, a third
# person possessive ("her death": the story's own person's). Not the first or second
# person (the speaker's own: "in our city" is read by _domain as the country only).
SETTING_DETERMINERS: frozenset[str] = frozenset("the this these his her its their".split())
# In a clause that restricts what it claims (a negation, a universal, a pledge's modal:
# findings.quote_diff._restricted, _downward) a locative cut widens the claim ("We did not
# fire tear gas [inside the stadium]" denies more than the speaker did, the stadium the
# story's own or not: invented dev t13's key), so there only a complement a predicate
# leaves out when context supplies it is restated: the predicates of definite null
# complements (Fillmore 1986, "Pragmatically controlled zero anaphora"; Ruppenhofer and
# Michaelis 2014), whose omitted complement is read as the one the context gives ("no one
# else was involved" is involved in the story's event), each with the prepositions of that
# complement. Not the symmetric predicates ("linked", "connected", "a connection"): their
# omitted complement is read as reciprocal with a plural subject ("the two deaths are
# linked" is linked to each other, not "[to the tannery]" the story names; Quirk et al.
# §6.28 on reciprocal pronoun omission; review28q), a claim the cut changes.
NULL_COMPLEMENT_PREDICATES: dict[str, frozenset[str]] = {
    "involved": frozenset({"in"}), "involvement": frozenset({"in"}),
    "implicated": frozenset({"in"}), "complicit": frozenset({"in"}),
    "responsible": frozenset({"for"}), "responsibility": frozenset({"for"}),
    "blame": frozenset({"for"}), "to blame": frozenset({"for"}),
    "role": frozenset({"in"}),
    "aware": frozenset({"of"}),
}
# Adjectives of frequency and typicality, true or false only against a domain as a
# superlative is (Kennedy 2007 on relative adjectives and their comparison class): "such
# floods are rare [in Tavessi]" says they are rare there, "such floods are rare" rare
# anywhere, the story's own place or not (review28q). A setting complement after one of
# these in the words before stays a qualifier dropped (findings.quote_diff._setting_restated).
DOMAIN_ADJECTIVES: frozenset[str] = frozenset(
    "rare rarer common commoner uncommon unusual usual typical atypical normal frequent "
    "unique unprecedented unheard".split())
# Words of the complement at most, its preposition included ("in North Vellaria",
# "into their deaths").
MAX_SETTING_WORDS = 4
# Event nouns whose verb or adjective no suffix rule (normalize.stem) joins to them, so
# that a lede telling the event by its verb ("A girl has died", "was born", "stole") fixes
# the noun a quote's complement names it by ("in her death"): the irregular deverbal nouns
# of news copy (Quirk et al. App. I.31-I.34 on deverbal nouns with a vowel or consonant
# change), each with its verb forms and adjective. Regular ones ("the attack" / "attacked",
# "the collapse" / "collapsed") are joined by the stem already.
EVENT_NOMINALS: dict[str, tuple[str, ...]] = {
    "death": ("die", "died", "dies", "dying", "dead"),
    "deaths": ("die", "died", "dies", "dying", "dead"),
    "loss": ("lose", "lost", "loses"),
    "losses": ("lose", "lost", "loses"),
    "birth": ("born", "bore"),
    "theft": ("steal", "stole", "stolen"),
    "sale": ("sell", "sold", "sells"),
    "flight": ("fly", "flew", "flown", "flee", "fled"),
    "choice": ("choose", "chose", "chosen"),
    "speech": ("speak", "spoke", "spoken"),
}

# --- unnamed speakers of two sexes (findings.quotes._unnamed_apart; session 29) --------
# Head nouns of an unnamed speaker's description that say the speaker's sex ("said one
# woman from a neighbouring country" / "said a young man from the coast"): two such
# descriptions of opposite sex are two people, whose two remarks a quote-change finding
# must not set against each other as one quote changed (invented dev d163's trap: two freed
# workers' "… beat us if we did not reach our targets" / "… beat us every day"). The
# gendered role nouns the pronoun reader uses (rules.attribution.MALE_MARKERS,
# FEMALE_MARKERS) and the plain person nouns; a neutral noun ("one freed worker", "a
# resident") says nothing.
UNNAMED_MALE_NOUNS: frozenset[str] = frozenset("man boy gentleman".split())
UNNAMED_FEMALE_NOUNS: frozenset[str] = frozenset("woman girl lady".split())

# --- a rejected alternative spliced out (quote_diff._corrective_cut; session 29) -------
# "This is not a strike, it is a fight for survival" / "This is a fight for survival"; "It
# is not a protest but a fight" / "It is a fight": a negation that rejects one description
# only to put the kept one in its place (Quirk et al. §13.42 on "not X but Y", §10.66 on
# the replacive "not X, it is Y"). The words kept say what the speaker asserts, word for
# word: the rejected alternative left out is a cut of the statement, not its polarity
# reversed (invented dev d152's trap, "trivial trim of 'not a strike'"). Read only where
# the run spliced out is "not", at most CORRECTIVE_MAX_WORDS words of the alternative, and
# either a comma, a subject (CORRECTIVE_SUBJECTS) and the verb the run follows again
# ("is not a strike, it is"), or "but" ("not a strike but"). Not after a focusing adverb
# that keeps both ("not only a strike, it is …": CORRECTIVE_NOT_AFTER_NOT asserts the
# first too).
CORRECTIVE_SUBJECTS: frozenset[str] = frozenset("it this that he she they we i you".split())
CORRECTIVE_NOT_AFTER_NOT: frozenset[str] = frozenset("only just merely simply even".split())
CORRECTIVE_MAX_WORDS = 6

# Session 29 (quotes29b): two one-word differences that make no other claim.
# 1. A negative quantifier as subject and a pronoun of no fixed referent with the same
#    modal negated say one negative claim two ways (Quirk et al. §6.21: generic "they",
#    people at large; §10.58 on "nobody" / "not anybody"): "Nobody can lock up the truth" /
#    "They cannot lock up the truth" (invented dev d179's trap). Only the third person
#    plural: "We cannot" / "I cannot" narrow the claim to the speaker (a change), and the
#    modal must be of one kind (MODAL_KINDS): "Nobody will" / "They cannot" stays a change.
NEGATIVE_SUBJECTS: frozenset[tuple[str, ...]] = frozenset(
    {("nobody",), ("no", "one"), ("no-one",)})
GENERIC_SUBJECTS: frozenset[str] = frozenset({"they"})
# 2. "all" put before a bare plural (no determiner, no number) inside an embedded yes/no
#    question (YES_NO_WORDS): the question asserts nothing, and a bare plural there asks of
#    the kind as a whole (Carlson 1977 on generic bare plurals; Quirk et al. §5.52), so
#    "look at whether testing at all depots is sufficient" asks what "… at depots …" asks
#    (invented dev d171's trap). Not in a statement, where a bare plural may be some of
#    them ("rejects all claims" / "rejects claims", session 20's near miss); not under a
#    negation or a restrictive word ("whether depots that did not test all trains …",
#    "whether only all depots …"); nor before a plural of time, where "at times" is
#    "sometimes" and "at all times" always (BARE_PLURAL_SET_NOUNS, with DURATION_UNITS);
#    nor "all" put for another quantifier ("some depots" / "all depots": a replace, read
#    as a scope).
BARE_PLURAL_ALL: frozenset[str] = frozenset({"all"})
BARE_PLURAL_SET_NOUNS: frozenset[str] = frozenset({"times", "costs", "sorts", "kinds"})

# --- Session 30 (quotes30) ------------------------------------------------------------
# 1. The rejected alternative's own modifier cut (quote_diff._foil_relative). In "X, not Y"
#    the speaker asserts X and names Y only as the foil it replaces (Quirk et al. §13.42,
#    the contrastive "not"; session 29 read the whole foil spliced out as no change,
#    CORRECTIVE_* above). A relative clause run on from the foil's bare head describes the
#    foil, it claims nothing of its own: "Homes are for people who live here, not for
#    suitcases that come and go" / "…, not for suitcases" (invented dev t176's trap). Only
#    after ", not" and at most an opening preposition (FOIL_PREPOSITIONS) and
#    FOIL_MAX_HEAD_WORDS content words, none a determiner, pronoun or pro-form
#    (FOIL_PRO_HEADS: "not the ones who …", where the clause is the whole foil); not after a
#    focusing or additive word that asserts the foil too (FOIL_NOT_AFTER: "not only
#    farmers who …", "not least families who …", "not to mention …"); not where the
#    asserted side is itself negated; and the clause holds no negation, number, name,
#    modal, restrictive word or hedge (those are what it says of the foil: "not for firms
#    that do not pay tax" / "not for firms" stays a change).
FOIL_PREPOSITIONS: frozenset[str] = MODIFIER_OPENERS | frozenset({"to", "as"})
FOIL_PRO_HEADS: frozenset[str] = frozenset({"one", "ones"})
FOIL_NOT_AFTER: frozenset[tuple[str, ...]] = frozenset(
    {(w,) for w in CORRECTIVE_NOT_AFTER_NOT} | {("least",), ("yet",), ("to", "mention")})
FOIL_MAX_HEAD_WORDS = 3
#    Not a cleft or an existential on the asserted side (review30q): in "It was farmers, not
#    traders who paid" the clause after the foil is the cleft's own, said of both sides and
#    the claim itself (Quirk et al. ch. 18 on the cleft and on existential "there" with a
#    relative clause: "There were nurses, not doctors who stayed"); read in the comma
#    stretch that holds X, as one of FOIL_CLEFT_SUBJECTS before a form of "be"
#    (FOIL_CLEFT_BE, up to FOIL_CLEFT_GAP words on, over a modal or FOIL_CLEFT_AUX: "it will
#    be", "it has been") or as a contraction (FOIL_CLEFT_FORMS). Nor a foil that opens on a
#    participle (FOIL_VERB_SUFFIX, in a word of at least FOIL_VERB_MIN_LEN letters, so not
#    "king" or "wing"): "…, not paying cleaners who worked nights" negates a verb of the
#    asserted side, the clause says which cleaners went unpaid.
FOIL_CLEFT_SUBJECTS: frozenset[str] = frozenset({"it", "there"})
FOIL_CLEFT_FORMS: frozenset[str] = frozenset({"it's", "there's", "'tis"})
FOIL_CLEFT_BE: frozenset[str] = frozenset({"is", "are", "was", "were", "be", "been"})
FOIL_CLEFT_GAP = 3
FOIL_CLEFT_AUX: frozenset[str] = frozenset({"have", "has", "had"})
FOIL_VERB_SUFFIX = "ing"
FOIL_VERB_MIN_LEN = 6
# 2. One middle item of a list of three or more cut, the list kept a list (quote_diff.
#    _list_item_cut): "Do not swim, paddle or fish at the closed beaches" / "Do not swim or
#    fish at …" (invented dev d161's trap: the warning is the same). The items left are
#    word for word and joined as they were (Quirk et al. §13.62 on lists of more than two
#    conjuncts: a comma for each coordinator but the last), so what the list is about is
#    said. Only an item between a comma and the list's coordinator (LIST_COORDINATORS) or
#    the next comma of a list that goes on to one, of at most LIST_MAX_ITEM_WORDS words
#    (a phrase or a clause cut is what _conjunct_cut and the edge rules read); an item the
#    word grades read as a place, number or negation stays that change ("Velmar, Orsk and
#    Tiel" / "Velmar and Tiel"), as does a hedge in it; a list of two made one ("work and
#    pay taxes" / "pay taxes") is no list kept, and a list of premodifiers before the noun
#    they qualify ("a full, fair and independent inquiry" / "a full and independent
#    inquiry") drops a qualifier of one head: only a list whose last item is followed by a
#    function word, a mark or the quote's end counts.
LIST_COORDINATORS: frozenset[str] = frozenset({"and", "or", "nor"})
LIST_MAX_ITEM_WORDS = 3
#    Not a list of predicates after a form of "be" (LIST_PREDICATE_BE, review30q): each
#    item is a claim of its own about the subject, so one cut drops a claim ("He was
#    arrested, charged and released" / "He was arrested and released"; "The plan is safe,
#    illegal and cheap" / "… safe and cheap"), where a list of objects or of acts under
#    one verb ("Do not swim, paddle or fish") names what the one claim covers. Read as the
#    form of "be" just before the list's first item (each item at most
#    LIST_MAX_ITEM_WORDS words back from its comma).
LIST_PREDICATE_BE: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am",
     "it's", "he's", "she's", "that's", "there's", "they're", "we're", "you're", "i'm"})

# Session 32 (quotes32): the story's own setting as the comparison set of "other".
# "We have no evidence that any other horse [in the race] was affected" (invented dev d205's
# trap: trivial, the same claim). "other" (and "another", "else") is anaphoric: it picks
# alternatives to something named, out of a set the context gives (Quirk et al. §6.56 on
# "other" as a postdeterminer of contrast; Partee 1989 and von Fintel 1994 on the
# contextual domain of a quantifier), here the horses of the race the story is about. A
# locative that names that set by the story's own setting, a definite the shorter outlet
# itself has written before the quote or that its lede and the longer outlet's article both
# name, restates the set the quantifier ranges over already, in a denial too (quote_diff.
# _setting_domain). What stays a change: a quantified noun phrase without "other" ("any
# horse [in the stable]", "every viewer [in the north]": the locative narrows the domain
# the speaker chose), a part of the place (PART_PLACE_WORDS, CAPITAL_WORDS: "in the north"),
# a hedge or time adjunct ("at this stage"), a place the shorter outlet never names, a
# count in it, a superlative before it, and any complement that is not a locative ("to
# healthy adults", "of the board": who the claim covers), nor a locative after a verb ("did
# not fire tear gas [inside the stadium]": where the act was, a claim of its own).
ALTERNATIVE_WORDS: frozenset[str] = frozenset({"other", "another", "else"})
# Locative prepositions only: where the set is, not whom or what a claim is about.
DOMAIN_SETTING_PREPOSITIONS: frozenset[str] = frozenset(
    "in at on across throughout within inside aboard".split())
# The article and the demonstratives: a definite the context identifies (Hawkins 1978).
DOMAIN_SETTING_DETERMINERS: frozenset[str] = frozenset("the this that these those".split())
# Content words of the locative's noun phrase at most ("in the main race").
MAX_DOMAIN_SETTING_NOUNS = 2
# A noun the shorter outlet moved outside its quote marks (quote_diff._noun_told_outside):
# at most this many content words only the longer excerpt has ("find"; "Line 3"), each
# written outside the shorter excerpt's quote marks as the head of a definite noun phrase
# (DOMAIN_SETTING_DETERMINERS: 'hailed the find as "the most important …"', 'said the line
# "could open …"'). Longer runs are a cut of their own (invented dev d289, session 40).
MAX_NOUN_OUTSIDE = 2
# A comparative clause with its own subject after a comma ("…, as we condemn every lie told
# in this campaign"; TAIL_COMPARATIVE_OPENERS before TAIL_CLAUSE_SUBJECTS) says a further
# claim of the speaker's (quote_diff._claim_tail; invented dev d283, session 40), unless it
# is a comment clause (Quirk et al. §15.53-15.55: "as you know", "as I said", "as we
# promised", "as we expected"), whose verb of knowing, saying or expecting (these forms)
# only frames the claim before it. The verb is read within the clause's first
# COMMENT_VERB_WINDOW words after the subject (room for an auxiliary and an adverb).
COMMENT_CLAUSE_VERBS: frozenset[str] = frozenset(
    "know knew known say said tell told promise promised expect expected predict predicted "
    "warn warned mention mentioned note noted explain explained see saw seen hear heard "
    "understand understood believe believed think thought hope hoped fear feared agree "
    "agreed announce announced report reported state stated point pointed put".split())
COMMENT_VERB_WINDOW = 4
# Adverbs read past, with auxiliaries (CLAIM_VERB_MARKS) and "-ly" adverbs, to reach that
# verb ("as we have always said", "as I already told you").
COMMENT_ADVERBS: frozenset[str] = frozenset("always already also just often ever once since".split())
# Prepositional phrases at most, each of MAX_MODIFIER_WORDS, that a quote may run on with
# past the word where another outlet's quote closes on its own punctuation and still be told
# as words that quote lacks (shared_quote._runs_on): a place and a time limit ("… will
# disappear from Isla Serrana within a decade" / "… will disappear,": invented dev d288,
# session 40). Three or more are more of the statement.
MAX_RUN_ON_MODIFIERS = 2
