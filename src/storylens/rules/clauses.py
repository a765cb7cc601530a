"""Closed-class words the reported-clause reader (``analysis.quotes.indirect``) tests tokens
against: where a reported clause opens and ends, which words make a cue a noun, which open
the narrator's next clause.

They were kept inline in that module until session 11; moved here as data (house style:
rules and word lists are data), unchanged, so quote extraction on all 3,739 PolNeAR units
stayed byte-identical. The attribution verbs themselves and the word lists shared with
other stages live in ``rules/attribution.py`` and ``rules/words.py``. Each entry says why
it exists; the examples are invented.
"""

from __future__ import annotations

from .attribution import BARE_CLAUSE_LEMMAS, CUE_PREFIX, DETERMINERS, WH_WORDS

# --- Clause openers and subjects ------------------------------------------------------

# A comma then one of these, then a new subject (a name or pronoun), starts a clause that
# is no longer the reported content: "… jobs, and Clinton is promising …".
CLAUSE_JOINS: frozenset[str] = frozenset("and but while although though whereas".split())

# Subject pronouns: one after a cue opens a "that"-less clause ("said she would …"), one
# after "and" with its own cue opens the sentence's next attribution ("and she said …").
SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she they we i it".split())

# First and second person: "I think …", "you know …", "we believe …" are the writer's or
# a speaker's own voice inside a quote, not an attribution to a source.
FIRST_SECOND: frozenset[str] = frozenset("i you we".split())

# Words that link a sentence to the one before and open it before its subject
# ("But Megan Vell, a pilot, said …", "Even Oria, its only ally, said …").
LEAD_LINKS: frozenset[str] = frozenset("but and yet so even still also meanwhile now".split())

# Adverbs allowed between a coordinating word and the next cue ("and also said").
COORD_ADVERBS: frozenset[str] = frozenset("also later then again further".split())

# Words after a comma that open a clause with its own subject ("…, while Lund has said").
CONTRAST_WORDS: frozenset[str] = frozenset("while whereas but".split())

# Relative pronouns: one between a fronted phrase and a coordinated verb makes the verb
# part of a relative clause ("…, Lund lauded the crews that responded and defended …").
RELATIVE_WORDS: frozenset[str] = frozenset("that who which whom whose".split())

# Quantifiers before "of whom" that speak for the group ("many of whom say …").
QUANTIFIERS: frozenset[str] = frozenset(
    "many most some all several both each few none half".split()
)

# Words that open a condition: a cue inside one reports nothing that was said ("if it
# cannot reach a deal and refuses to extend the talks", "If Lund says the quay is safe,
# …"): the clause runs to the next comma, semicolon, colon or dash.
CONDITION_OPENERS: frozenset[str] = frozenset("if unless".split())

# --- Verbs and auxiliaries --------------------------------------------------------------

# Forms of "be": before an -ing cue they make it progressive ("is promising"), before a
# past form passive ("was quoted as saying"); after a subject they make a copular clause.
BE_WORDS: frozenset[str] = frozenset("is are was were been be".split())

# Finite auxiliaries and modals: one after a short noun phrase makes it a clause's subject.
FINITE_AUX: frozenset[str] = frozenset(
    "is are was were has have had will would can could may might must should shall does "
    "did do".split()
)

# Words after which a past form is no finite verb ("to be approved", "has been named").
NOT_BEFORE_FINITE: frozenset[str] = frozenset("to be been being".split()) | FINITE_AUX

# Contracted "is" after a pronoun or wh-word ("it's", "she’s"): a finite verb, where "the
# family's" is a possessive. Both apostrophes.
CONTRACTED_IS: frozenset[str] = frozenset(
    f"{w}{a}s" for w in ("it", "he", "she", "that", "there", "what", "who") for a in "'’"
)

# Finite auxiliaries and copulas: right after an inverted "said X" they make X the
# subject of a reported clause, not a speaker.
AUXILIARIES: frozenset[str] = frozenset(
    "is are was were has have had will would can could should shall may might must do "
    "does did".split()
)

# Auxiliaries, modals and adverbs kept in a thought/intent cue ("doesn't think", "would
# consider", "have long argued").
COMPLEMENT_PREFIX: frozenset[str] = CUE_PREFIX | frozenset(
    "can could do does doesn't don't did didn't is are was were may might must should "
    "shall still long always".split()
)

# Verbs that lead another into a cue ("continued to call for", "began to question",
# "appeared to suggest that", "seemed to think"): the subject is the cue's source.
LEAD_VERBS: frozenset[str] = frozenset(
    "continue continues continued began begins begin appear appears appeared seem seems "
    "seemed".split()
)

# -ing words after a comma that do not open a participial clause of the narrator's.
NOT_PARTICIPLES: frozenset[str] = frozenset(
    "including according nothing something everything anything".split()
)

# -ing forms after "quoted as" that report speech ("was quoted as saying / telling …").
QUOTED_AS_INGS: frozenset[str] = frozenset("saying telling writing adding stating".split())

# Speech verbs with a listener before their clause that may also take a wh-clause or an
# infinitive after it: "told reporters how …", "told his aides to …" (PolNeAR's content
# holds the listener and the infinitive: "told [his advisers to figure out …]").
LISTENER_WH: frozenset[str] = frozenset({"tell"})

# Directive speech verbs read as "tell" is with a listener and a to-infinitive: "warned
# fishermen to stay in port", "asked the council to delay the vote" report the listener
# and the infinitive (the told-to span above). Source: the VerbNet 3.3 classes whose frame
# "NP V NP to VP" is a reported directive, advise-37.9 (advise, caution, warn) and
# urge-58.1 (ask, urge), kept to the lemmas already cue verbs here (tell is above). Not
# force-59 or the train/teach verbs ("forced the crews to leave", "trained the pilots to
# steer"): an act, not something said. A bare lower-case listener ("warned fishermen to")
# or an object pronoun ("urged them to", "told reporters to wait") is read for these and
# for tell.
DIRECTIVE_LEMMAS: frozenset[str] = frozenset("warn ask advise caution urge".split())

# Object pronouns a bare directive listener may be ("urged them to vote"); not "me"/"us"/
# "you": the writer's or the reader's own voice.
DIRECTIVE_PRONOUNS: frozenset[str] = frozenset("him her them".split())

# Words after a directive verb that start no listener ("asked not to be named", "asked
# again to see …"): the verb's own infinitive, or no report at all.
NOT_LISTENERS: frozenset[str] = frozenset("not to never also again repeatedly for of as than".split())

# Words before a bare directive verb that make it an imperative to the reader ("… and ask
# them to …", "Please warn your neighbours to …").
IMPERATIVE_BEFORE: frozenset[str] = frozenset(["and", "or", ",", ";", ":", "please", "then", "just"])

# Speech verbs whose participle takes a listener before its that-clause ("…, telling
# reporters that …", "…, reminding voters that …").
ADDRESSEE_LEMMAS: frozenset[str] = frozenset("tell remind assure inform".split())

# Forms of thought/stance verbs that are as often nouns.
NOUN_FORMS: frozenset[str] = frozenset(
    "aim aims attack attacks call calls charge charges claim claims demand demands doubt "
    "doubts fear fears hope hopes need needs offer offers plan plans pledge pledges promise "
    "promises push pushes question questions report reports support supports vow vows".split()
)

# --- Objects and what follows a cue ----------------------------------------------------

# Prepositions right after a stance verb that takes a bare object, which make it a noun:
# "rising demand for loans", "the question of", "an attack on the base" (an adverbial
# such as "condemned in a statement …" or "on Tuesday" is not among them).
NOUN_PREPOSITIONS: frozenset[str] = frozenset("for of on".split())

# Possessives within three words before a cue form make it a noun ("her plan", "its
# claims"), not a verb with a subject.
POSSESSIVES: frozenset[str] = frozenset("its his her their our my your whose".split())

# Words that cannot open a stance verb's object: a clause, a passive agent, a pronoun
# object that is the addressee ("accusing her of …": what she is accused of follows).
NOT_OBJECTS: frozenset[str] = frozenset(
    "that to by he she they we i it him her them us me you".split()
)

# A reflexive object makes a stance verb an act on oneself ("defend itself", "support
# themselves"): no content to report.
REFLEXIVES: frozenset[str] = frozenset(
    "itself himself herself themselves ourselves myself yourself yourselves".split()
)

# Words after an evidence verb that make it another verb or a clause handled elsewhere.
NOT_EVIDENCE_OBJECTS: frozenset[str] = frozenset(
    "that to up out off in on by itself themselves".split()
)

# After a comma, words that open the narrator's next clause after an evidence object.
EVIDENCE_TAIL: frozenset[str] = CLAUSE_JOINS | WH_WORDS | frozenset("with including".split())

# Words that end the search for the predicate of "called X …": the object has become a
# clause.
CALL_OBJECT_BREAKS: frozenset[str] = frozenset(
    "that to who which whom whose when where while because".split()
)

# Nouns of a report's occasion, after "in (a|an|his|…)": "said in a statement the …".
OCCASION_NOUNS: frozenset[str] = frozenset(
    "statement interview speech email letter post tweet release briefing call report "
    "video message".split()
)

# Words of a time phrase besides ``TIME_WORDS``: "last week", "early on Friday".
TIME_EXTRA: frozenset[str] = frozenset("on at in early late earlier later next past ago".split())

# Prepositions of place not in PREPOSITIONS (there they would also end speaker phrases
# read forward): a subject cut after one is widened ("observers around the country").
PLACE_PREPOSITIONS: frozenset[str] = frozenset("around across near throughout beyond".split())

# --- Punctuation ------------------------------------------------------------------------

# Double closing marks only: a single one may end a word (the students').
CLOSING_MARKS = '"”»'

# Hyphen and dashes as tokens: a run of them ends a reported clause where a new clause
# follows ("… would be more intense -- and he noted that …"; "--" is two tokens).
DASHES: frozenset[str] = frozenset(("-", "—", "–"))

# --- Headlines --------------------------------------------------------------------------

# Headline cue forms in title case: "…, Former Aide Says." / "Lund Says Quay Will Reopen".
HEADLINE_CUES: frozenset[str] = frozenset(
    "says say said warns claims insists admits shows finds".split()
)

# Objects that make "Says" an idiom, not a report ("Harbour Says Goodbye to …").
HEADLINE_IDIOMS: frozenset[str] = frozenset(
    "goodbye farewell no yes sorry thanks thank hello grace".split()
)

# Lower-case words a title-case headline keeps ("Tell of", "Bump for the Islands").
TITLE_SMALL: frozenset[str] = frozenset(
    "a an and as at but by for from in into of on or over the to up with vs".split()
)

# --- Subjects ---------------------------------------------------------------------------

# Words that stand alone as a clause's subject in lower case after a fronted phrase ("In
# the end, all agreed that …", "Then someone asked how …"): quantifiers and indefinite
# pronouns. Without them a one-word lower-case subject was no subject at all (capitalised,
# "All agreed", it was one already).
INDEFINITE_SUBJECTS: frozenset[str] = QUANTIFIERS | frozenset(
    "someone somebody everyone everybody nobody anyone anybody others".split()
)

# Words linking a sentence to the one before that open it before its subject and are no
# part of it ("Then someone asked …", "But the pilots said …").
SUBJECT_LEAD_WORDS: frozenset[str] = frozenset("and but so or yet then".split())

# --- "as" asides ------------------------------------------------------------------------

# Verbs of saying whose "as" clause attributes the clause it sets off ("…, as police have
# said.", "As Lund noted on Friday, the quay …"): the verbs that report a bare clause
# (``BARE_CLAUSE_LEMMAS``) and those of remarking. Not "speak" or "talk" ("as she spoke",
# a time) nor verbs with an object ("as he issued a statement", an act).
AS_ASIDE_LEMMAS: frozenset[str] = BARE_CLAUSE_LEMMAS | frozenset(
    # "point out" is one lemma (rules/attribution.CUE_FORMS): a split on spaces gave
    # "point" and "out", so "As Vell pointed out on Friday, …" went unread (session 33)
    ("point out", *"observe report remark".split())
)

# --- Objects with a charge ----------------------------------------------------------------

# Verbs whose object is followed by "of" and the charge ("Democrats accused the board of
# stoking the issue"): the content is the person and the charge, as PolNeAR's is (valid:
# 3 of the 5 active "accused X of …" take "X of …"; the rest put X in the cue). A listener
# verb otherwise, so without this the sentence reported nothing.
OF_CHARGE_LEMMAS: frozenset[str] = frozenset({"accuse"})

# Words that, after the "of", make it the object's own noun phrase rather than the charge
# ("accused the head of the harbour board", "members of their crew", "the board of all
# three ferry firms"): determiners, possessives and quantifiers. Every active "accused X of
# ..." in PolNeAR valid has a lower-case word of the charge there ("of being", "of stoking",
# "of attempting"); a charge after a determiner ("of the murder") is left unread.
CHARGE_NOT_FIRST: frozenset[str] = DETERMINERS | POSSESSIVES | QUANTIFIERS

# --- Cue tokens (analysis/quotes/tokens.py) ---------------------------------------------
# Moved from analysis/quotes/tokens.py in the session 11 review, unchanged.

# Forms of "be" before an -ing cue form that make it a verb ("is saying"), not a noun ("a
# saying"); "am" too, unlike BE_WORDS ("I am saying").
CUE_BE_FORMS: frozenset[str] = frozenset("is are was were be been am".split())

# Relative pronouns: a subject before a cue form that is as often a noun ("many of whom
# say …", "who claims …").
CUE_RELATIVES: frozenset[str] = frozenset("who whom which".split())

# Words that open a reported clause right after a cue ("said the plan …", "said he …",
# "… say that"): after "say" as a verb, and as the test that a quote before "X said" is
# not what X said.
REPORTED_CLAUSE_OPENERS: frozenset[str] = frozenset("that he she they we it i there the a an".split())

# Modals and "do" before "say": "you could say that …" is read with its modal elsewhere,
# not as the verb after a subject noun.
SAY_MODALS: frozenset[str] = frozenset("can could may might must should shall will would do does did".split())

# Cue forms that, as nouns owned by a speaker, still attribute a that-clause ("Trump's
# claim that there were thousands of shootings", "the minister's pledge that …").
CLAIM_NOUNS: frozenset[str] = frozenset("claim claims charge charges remark remarks pledge promise".split())

# Cues whose next noun phrase is the addressee ("told the crowd"), not a clause: after
# them only "that" opens the reported clause.
ADDRESSEE_CUES: frozenset[str] = frozenset("tell remind assure inform ask urge warn advise".split())

# Words in "-ly" that are nouns or adjectives, not adverbs ("the family said", "the daily
# reported"): never an adverb between a subject and its cue.
LY_NOT_ADVERBS: frozenset[str] = frozenset(
    "family assembly ally rally supply reply monopoly anomaly daily weekly monthly "
    "yearly elderly friendly lonely lovely only early likely holy ugly silly belly "
    "bully jelly lily folly homily italy july tally".split()
)

# Words after an evidence noun that close its phrase rather than extend it into a compound
# ("A study of …", "The poll that …": the noun heads its phrase; "The test track …" does
# not), for the long evidence subjects of indirect._evidence_head (review14c).
NOT_COMPOUND: frozenset[str] = frozenset("of that which who and or".split())

# Modals that, with "have", make a past view the writer's inference, not a reported opinion
# ("He must have regarded the vote as a blunder": indirect._as_attribute, polnear14).
INFERENCE_MODALS: frozenset[str] = frozenset("must may might could".split())

# Object pronouns: the person asked, between an inquiry verb and the topic of its question
# ("Holt asks him about his tax returns").
OBJECT_PRONOUNS: frozenset[str] = frozenset("him her them me us you".split())
# Inquiry verbs that put the person asked between the verb and the particle of their topic
# ("asked Vell about the levy", "asks him about his returns"). Source: VerbNet 3 class
# inquire-37.1.2 (frame "NP V NP about NP": "Ellen asked Helen about the situation"), only
# its members in rules/attribution.NP_VERBS with a topic particle ("ask": about|for).
INQUIRE_LEMMAS: frozenset[str] = frozenset({"ask"})

# Verbs that put a feeling or opinion into words, then name it ("expressed concern about the
# levy", "voiced doubts that the quay will open"): FrameNet frame Expressing_publicly
# (lexical units express.v, voice.v, air.v, vent.v). The finite forms only.
EXPRESS_FORMS: frozenset[str] = frozenset(
    "express expresses expressed voice voices voiced air aired vent vents vented".split()
)
# The feelings and opinions such a verb names, whose topic (after "about", "over", "at",
# "for", "with" or a that-clause) is the content (PolNeAR valid: "have expressed deep
# concern about the policy", "expressed outrage over North Korea's latest gambit",
# "have expressed concern that changing the policy could lead to voter fraud"). Nouns of
# feeling or opinion chosen by hand, with their plurals; no noun of another sense.
EXPRESSED_NOUNS: frozenset[str] = frozenset(
    "concern concerns worry worries doubt doubts misgivings reservations outrage anger "
    "frustration dismay alarm fears fear hope hopes optimism confidence skepticism "
    "scepticism regret regrets sympathy surprise disappointment displeasure "
    "dissatisfaction satisfaction support opposition unease anxiety gratitude".split()
)

# Words that open a fronted phrase besides the prepositions ("Contrary to his claim that …,",
# "Given the ministry's insistence that …,"): the noun-complement reader (s16-polnear) reads a
# fronted phrase to its comma, never as the sentence's subject. Closed class of English
# words that work as prepositions before a noun phrase.
FRONTED_PREPOSITIONS: frozenset[str] = frozenset("contrary notwithstanding given".split())

# Adverbs that may stand inside a verb group ("had already issued", "has not published"):
# the object-gap reader (review16a, indirect._object_gap) walks past them to the verb.
GROUP_ADVERBS: frozenset[str] = frozenset("not never also already just since recently once".split())
