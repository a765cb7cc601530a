"""``name_variant``: one entity written differently by different outlets.

Mentions are linked across articles by their link key (diacritics, transliteration and
documented abbreviations folded away, see :func:`storylens.analysis.names.link_key`), by
a one-letter typo in one word of a longer name ("Krasinksi" / "Krasinski"), a clipped
word ("Maha" / "Maharashtra") or one word whose consonants agree ("Hezbollah" /
"Hizbullah", inside a longer name), by one word written as two ("Black Heron" /
"BlackHeron"), by a given name one edit apart under the same title in both outlets
("Interior Minister Mattis Orrby" / "... Mattias Orrby"), by close spellings in the same
slot of two aligned sentences ("The captain, Orel Vasquin," / "The captain, Orel Vaskin,")
or beside one post both outlets give the person (the same, in sentences that do not
align), by a one-word place's two romanisations ("Drazhevo" / "Drashevo"), by a given
name's two romanisations ("Yevhen" / "Ievgen Korolchuk"), by the kind noun both outlets
write after two close spellings of a one-word place ("the Kvitbreen glacier" / "the
Kvitbre glacier"), or by context where the words differ: one bracketed
acronym after both forms ("National Register of Citizens (NRC)" / "National Citizens'
Register (NRC)") or a kind word for the last word that the other outlet writes beside
the name ("Jamia Millia University" / "universities — Jamia Millia Islamia").
Surname-only and other short forms never link across articles: through
them "Cordoba House" once met "White House" and "Melania" met "Donald Trump". Names of
two different kinds (a person and a place) never link.

Each linked entity is reported once, with the spellings and the sentences that carry
them, when two outlets write it in forms that differ by one of those spelling rules (a
name that merely contains another's words, or shares its last word, is not a variant),
and an outlet writes each form without the other (an article that writes both names two
people, "Andrés" and "Andrea Quiroga", unless one is a typing slip), and the role
phrases beside the forms do not set two people apart (two offices, two sexes; two mere
descriptions only where no aligned sentence pair writes the two forms: :func:`_told_alike`).
Not a variant either: a form an article capitalises only as title case does (it writes the
words in lower case too, or only in a title-case headline with words it writes small
elsewhere: "Hay-Loft Cough" over a body's "hay-loft cough", :func:`_title_case_only`);
case (but a capital inside a word, "EstraGaz" / "Estragaz", where no
article writes both: ``name.case``), initialism dots ("U.S." / "US" / "United States"), style
abbreviations ("St" / "Saint"), hyphen vs space (but a hyphen between two capitalised
parts of a person's or an organisation's name, "Jean-Luc" / "Jean Luc": ``name.hyphen``), possessives, a surname or
initial standing for the full name. A vowel's accent or umlaut dropped ("Renée" / "Renee") by a
page that writes no marked letter at all is a desk's style, graded under the display
floor; by a page that writes accents elsewhere it is that desk's spelling of the name
(shown, graded lower); any other diacritic dropped ("Staněk" / "Stanek") prints the name
with another letter: shown, graded lower (docs/findings.md).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..analysis.names import (
    _TOKEN,
    _title_cased,
    _written_lower,
    extract_entities,
    fold,
    link_key,
    lower_vocab,
    plain_key,
    sentence_openers,
    strip_accents,
)
from ..models import Document, Entity, Finding, Sentence, Span
from ..normalize import norm_key
from ..rules import names_forms as F
from ..rules import titles as T
from ..rules.attribution import HONORIFIC_GENDERS
from .common import FindingContext
from .confidence import rule_confidence

# Strength of each spelling rule, for choosing the weakest rule among a finding's reported
# pairs (it names the finding's rule): a known fold (-yan/-ian, ö/o) is near certain; a
# given-name short form, a one-letter typo, consonants that agree or a clipped word leave
# room for a different entity with a near-identical name. A ranking; the confidence a
# finding carries is its rule's calibrated value (rules/confidence.json).
STRENGTH: dict[str, float] = {
    "name.fold": 0.9,
    "name.given-form": 0.8,
    "name.typo": 0.7,
    # one inner vowel of a five-letter given name ("Yusuf" / "Yusef"): a transliteration's
    # vowel, but "Karen" / "Karin" may be two people
    "name.vowel": 0.62,
    "name.consonants": 0.65,
    "name.clipped": 0.6,
    # the same bracketed acronym after two forms of one name: the writers say it is one
    # body, but the forms differ in more than spelling (word order, one word)
    "name.acronym": 0.6,
    # a kind word for the name's last word, tied by the other outlet calling it that kind
    "name.kind-word": 0.55,
    # one word written as two ("Black Heron" / "BlackHeron"): a name's own spelling, but a
    # company and a ship may differ by a space alone
    "name.joined": 0.55,
    # a hyphen between two capitalised parts of a name written as a space ("Jean-Luc" /
    # "Jean Luc", "Wanjala-Obi" / "Wanjala Obi"): the name's own spelling, graded as one
    # word written as two is (a desk may yet drop hyphens as a style)
    "name.hyphen": 0.54,
    # a given name one edit apart, too short for a typo link, linked by the title both
    # outlets give the person ("Interior Minister Mattis Orrby" / "... Mattias Orrby"):
    # the evidence is the title, not the typo rule's calibration ("Lars" / "Lara Tamm"
    # under one title may yet be two people); since names35 also a given name and a
    # surname both one edit (or a romanisation) apart under one title or post ("Prime
    # Minister Aleksander Voigt" / "Prime Minister Alexander Voight")
    "name.titled": 0.52,
    # two spellings close but too far apart or too short for the spelling rules ("Ahmet" /
    # "Ahmed", "Marsk" / "Marsch", "Orlek" / "Orlyk"), linked by two aligned sentences
    # that put them in the same slot: the evidence is the alignment and the words beside
    # the name, which may yet hold two people in one post
    "name.aligned": 0.51,
    # the same close spellings (_near_spelling) tied by a post both outlets give the person
    # beside the name ("The captain, Orel Vasquin," / "The captain, Orel Vaskin,"), where
    # the sentences do not align: one post, one holder in a story; graded as that evidence.
    # Since names35 also the same age beside the name ("Tomas Rylek, 52," / "52-year-old
    # Tomasz Rylek") and a given name one edit apart (_given_name_apart: "Adjoa" / "Adjowa")
    "name.role": 0.51,
    # the same close spellings of a one-word place, tied by the kind noun both outlets write
    # right after the name ("the Kvitbreen glacier" / "the Kvitbre glacier": a definite
    # suffix, a transliteration): one glacier of that name in a story, as one post has one
    # holder; graded as that evidence (two rivers of a valley may yet be a letter apart)
    "name.kind-noun": 0.51,
    # one inner letter of a one-word place or unknown name that two romanisations write
    # differently ("Drazhevo" / "Drashevo", "Brezhno" / "Brezno"): a place's name in two
    # systems, but two villages may yet differ by a vowel
    "name.romanised": 0.55,
    # a given name in two romanisations, the rest of the name equal ("Yevhen" / "Ievgen
    # Korolchuk", "Agus" / "Agoes Daranta"): a documented letter correspondence, but
    # less sure than a fold of the whole key
    "name.given-romanised": 0.75,
    # a letter of another alphabet written as its plain letter ("Staněk" / "Stanek",
    # "Sølvang" / "Solvang"): how outlets differ on foreign names (the blind-written
    # stories' writers key it), graded under the spelling rules: a desk's house style too
    "name.letters": 0.5,
    # a capital inside a word written small ("EstraGaz" / "Estragaz", "MedRova" /
    # "Medrova"): the name's own spelling (a brand's inner capital), but a desk may yet
    # lower it as a style, as it drops a hyphen: graded as name.joined is
    "name.case": 0.55,
    # accents only ("Renée" / "Renee"): English-language desks drop them as a house
    # style, and both gold annotators called it style, not a variant (its calibrated
    # confidence is under the default floor, 0.5: shown only when asked for).
    "name.accents": 0.45,
    # the same, dropped by an outlet whose own text writes marked letters elsewhere: its
    # desk keeps diacritics, so the plain form is how it spells this name, not its style
    # ("Mirándola" / "Mirandola" from a page that writes "Ibargüen"; _desk_keeps_marks)
    "name.accent-dropped": 0.47,
    # the same, from a page with no marked letter, where three or more outlets write the
    # name and two of them agree on one form against the odd one ("Hana Lisková" in three
    # outlets, "Hana Liskova" in the fourth; _agreed_form): the story's coverage spells it
    # one way and that outlet another. Between two pages alone it stays the style
    "name.accent-agreed": 0.46,
}
# Marks on a vowel that give its stress, length or quality (grave, acute, circumflex,
# diaeresis: "Renée", "Lisková", "Inês", "Jürgen"): English-language desks drop them as a
# house style (AP style), and the gold guide calls "Renée" / "Renee" a convention
# (``name.accents``, under the display floor; "Jürgen Klopp" / "Jurgen Klopp" is the
# English press's usual form). Every other diacritic makes another letter of its alphabet
# ("č", "ř", "š", "ě", "ă", "ñ", "ç", "å"; and "ø", "ł", "æ" in ``strip_accents``): a name
# written with the plain letter is printed with another letter (``name.letters``).
_VOWEL_MARKS = frozenset("\u0300\u0301\u0302\u0308")
_VOWELS = frozenset("aeiouy")
# Shortest part of a name word written as two ("San Telmo" / "Santelmo"): a two-letter
# particle ("De Luca" / "DeLuca") is left to the key (it is often the same name, but "Al
# Vell" / "Alvell" is too little to tell).
JOINED_PART_MIN = 3
# Shortest differing word whose consonants alone may link two spellings ("Hizbullah" /
# "Hezbollah"; "Martin" / "Morton" are two people, so short words never link this way).
# Only inside a name of two or more words whose other words agree: alone, a word's
# consonants meet other words' far too often ("Indians" / "Indonesia", "Pakistan" /
# "Pakistani", "Centane" / "Continue": every pair of the non-test articles, 6 findings,
# all wrong).
CONSONANT_MIN_LEN = 7
# Shortest single-word name a transliteration fold may report: "Citi" (a bank) and
# "City" (a football club) share a key.
FOLD_MIN_LEN_SINGLE = 5
# Shortest lower-case tail that makes a longer form the other form with a word glued on
# ("Federal Election Commissiondecision": a page's missing space, s8 held-out report), when
# the article that writes it also writes the shorter form, or the tail apart in lower case
# (_glued). A real clipping ends inside a word ("Maha" of "Maharashtra": "rashtra" is no
# word of the text); two letters are too often a word by chance ("Jon"/"Jonas": "as").
GLUE_TAIL_MIN = 3
# Entity kinds that must agree for two names to be one entity ("other" and "norp" are
# not sure enough to keep two names apart).
DEFINITE_KINDS = frozenset({"person", "org", "place"})
# Shortest name word a one-edit typo link is allowed on: shorter words ("Iran"/"Iraq",
# "Ali"/"Eli") differ by one letter as different names far too often.
FUZZY_MIN_LEN = 6
# Inside a longer name whose other words agree ("Adel Abdul Mahdi" / "Adel Abdel Mahdi").
FUZZY_MIN_LEN_IN_NAME = 4
# A clipped word ("Maha" for "Maharashtra") links only in names of this many words, the
# others equal: in two-word names a clipped first name is too often someone else.
PREFIX_MIN_WORDS = 3
# A first word (usually a given name) needs more, unless two letters are swapped:
# "Jane" / "Janet" are two names, "Quiet" / "Quite" is a slip.
FUZZY_MIN_LEN_FIRST = 6
# A given name of this many letters (to FUZZY_MIN_LEN_FIRST - 1) links when one inner vowel
# differs (_vowel_inside: "Yusuf" / "Yusef", "Ahmad" / "Ahmed"; "Mara" / "Mira" is too short).
VOWEL_MIN_LEN = 5
# Kinds a single word may be typo-linked in (a place or an unknown capitalised word is not).
FUZZY_KINDS = frozenset({"person", "org"})
# A single-word place or unknown capitalised word links only by an edit two romanisations
# of one name make (_romanised_edit: "Drazhevo" / "Drashevo", "Brezhno" / "Brezno"), of
# this many letters or more: "Mosul" / "Mosel" are two places five letters long.
# Letters of a given name that the romanisations of one name write differently, each
# folded to one spelling, in this order, on a link key (doubled letters and "kh" already
# folded): the iotated "е" / "є" at the start ("Yevhen", "Ievgen", "Evgen"), "j" / "y" at
# the start, "th" / "t", Ukrainian "г" as "h" where Russian writes "g" ("Yevhen" /
# "Evgeny", "Hlib" / "Glib"; at the start only before a consonant), and the Dutch-era "oe" of Indonesian names for "u"
# ("Agoes" / "Agus", "Soekarno" / "Sukarno").
# Only on the given name of a person's full name whose other words agree.
GIVEN_ROMANISATION: tuple[tuple[str, str], ...] = (
    (r"^[yij]e", "e"),
    # "j" for the English "y" at the start (Serbo-Croatian, German, Dutch, Scandinavian
    # romanisations: "Jusuf" / "Yusuf", "Jovan" / "Yovan")
    (r"^j", "y"),
    # a written-plain "th" of a name's Latin or Greek spelling ("Thomas" / "Tomas",
    # "Theodor" / "Teodor"), before "h" / "g" below
    (r"th", "t"),
    # a silent "h" ending the name after a vowel ("Hannah" / "Hanna", "Sarah" / "Sara",
    # "Deborah" / "Debora": the Hebrew final "he" written or not), before "h" / "g" below
    (r"(?<=[aeiou])h$", ""),
    # a hard "c" before "a", "o", "u", "l" or "r" and "k": the Latin and the Slavic,
    # Germanic or Scandinavian spellings of one name ("Luca" / "Luka", "Marco" / "Marko",
    # "Nicola" / "Nikola", "Oscar" / "Oskar", "Carl" / "Karl"); not a soft "c" ("Celia" /
    # "Kelia"), nor a name's last letter ("Enric" / "Enrik", where a post beside the name
    # is what tells one holder from another: test_names_session19)
    (r"c(?=[aoulr])", "k"),
    # "h" / "g" inside the name ("Yevhen", "Olha", "Ihor", "Bohdan") and at its start only
    # before a consonant ("Hlib" / "Glib", "Hryhoriy"), where no Latin-script given name
    # starts so: before a vowel an initial "h" / "g" is two names ("Harry" / "Garry",
    # "Hilda" / "Gilda", "Hina" / "Gina"; review15b), so "Hanna" / "Ganna" is not linked
    (r"(?!^h[aeiouy])h", "g"),
    (r"oe", "u"),
    # the Latin "x" and the Slavic, Greek or Scandinavian "ks" of one given name
    # ("Alexander" / "Aleksander", "Alexandra" / "Aleksandra", "Maxim" / "Maksim", "Xenia" /
    # "Ksenia"): one Cyrillic or Greek letter pair, one name (names35, invented dev d240)
    (r"x", "ks"),
)
_GIVEN_FOLDS = tuple((re.compile(p), r) for p, r in GIVEN_ROMANISATION)
ROMANISED_KINDS = frozenset({"place", "other"})
ROMANISED_MIN_LEN = 6
# The letter pairs one letter of another script is romanised as: vowels heard or written
# differently (Cyrillic "е" as "e" or "ye", "ё" as "e" or "o", a written-plain umlaut)
# and "z" / "s" (a voiced sibilant, "ж" as "zh" or "sh"); not consonants of two places.
# A vowel pair links only where one written form marks a vowel (_romanised_edit).
ROMANISED_SWAPS = frozenset(
    frozenset(p) for p in ("ae", "ai", "ao", "au", "ay", "ei", "eo", "eu", "ey", "io", "iu",
                           "iy", "ou", "oy", "uy", "sz"))
# At most this many sentences listed per finding (each spelling keeps at least one).
MAX_SENTENCES = 8
# A bracketed acronym right after a name ("National Register of Citizens (NRC)"): two
# outlets that introduce two forms of a name with the same acronym name one body, even
# when the forms differ in word order or in one word, which no spelling rule links.
_ACRONYM = re.compile(r" ?\(([A-Z]{2,8})\)")
# A kind word for a name's last word ("Jamia Millia University") ties only names this
# long: in two-word names the one word left is too often another entity's first word.
KIND_WORD_MIN_WORDS = 3
# How close to the name the other outlet's kind word must stand (words on each side):
# an apposition ("universities — Jamia Millia Islamia") or a head noun after it.
KIND_WORD_WINDOW = 3
_BESIDE_CHARS = 40 * KIND_WORD_WINDOW  # room for the window's words (a word is rarely 40 chars)
# The aligned-slot link (_aligned_pairs): the differing word's shortest length inside a
# longer name ("davit" / "david"; "ivan" / "ivo" and "ana" / "anna" are other names),
# alone (a one-word place, "orlek" / "orlik"), and the most edits it may be apart
# (two: "marsk" / "marsch", "vasquin" / "vaskin"). "Mara" / "Mira", "Ivan" / "Ivo": too
# short, two names as often as one.
ALIGNED_MIN_LEN = 5
ALIGNED_MIN_LEN_SINGLE = 5
ALIGNED_MAX_EDITS = 2
# The same, where both outlets also give the person one post beside the name in the
# aligned pair (_aligned_pairs): a four-letter given name ("Petr" / "Piotr"); three
# letters stay two names ("Ivan" / "Ivo", "Jan" / "Jon")
ALIGNED_MIN_LEN_POSTED = 4
# Content words two acronym-tied forms must share: "Communist Party (CP)" and
# "Conservative Party (CP)" share one and are two parties.
ACRONYM_MIN_SHARED = 2


def find_name_variants(ctx: FindingContext) -> list[Finding]:
    """One finding per entity that two or more outlets spell non-trivially differently.
    An article the story warning names (``coverage.off_story``) is left out of every
    finding, as framing leaves it out: it tells another event, so its form may be
    another person's name, and it is no outlet's spelling in this story (invented dev
    d62's branch-closures piece listed among the writers of "Anders Brekkstad"). Only
    where two articles or more tell the story: a warning on two articles that share
    little says they may be two stories, not which one is off. A name the page credits
    (:func:`_credited`: "(Reporting by Ana Ruiz; Editing by ...)", "Photo: Ana Ruiz") is
    the newsroom's, no name of the story."""
    from .coverage import off_story

    groups, forms_acronyms, ties = name_clusters(ctx)
    off = off_story(ctx)
    if len(ctx.docs) - len(off) < 2:
        off = set()
    findings = []
    for group in groups:
        f = _variant_finding(ctx, [(a, e) for a, e in group if a not in off and not _credited(ctx, e)
                                   and not _posted(ctx, a, e)],
                             forms_acronyms, ties)
        if f is not None:
            findings.append(f)
    findings = _one_line_per_difference(_without_surname_echoes(findings))
    findings.sort(key=lambda f: f.sentences)
    return findings


# A credit right before a name (or before an earlier name of its list): the page's own
# sign-off, byline or picture credit that the cleaner kept ("(Reporting by Ana Ruiz in
# Orm; Editing by Mark Heinrich)": the wire's parenthesised sign-off; "Photo: Ana Ruiz /
# Orm Daily"; a sentence that opens "By Ana Ruiz"). Wire style's credit verbs and labels.
_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]hotos?|[Pp]hotographs?|[Pp]ictures?"
    r"|[Ii]llustrations?|[Gg]raphics?|[Vv]ideo)\s+by|\b(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage"
    r"|[Cc]redit)s?\s*:)\s+(?:[^.;:()]{0,80}?(?:,|\band\b|&)\s+)?$")
# ... where the credit line opens with its label: at the sentence's start or right after
# the bracket it opens ("(Reporting by Ana Ruiz; Editing by ...", "... on Tuesday. (Photo
# by Ana Ruiz/Orm Daily)", "Additional reporting by Ana Ruiz"), never inside the story's
# prose: "The list was compiled by Ana Ruiz", "Investigative reporting by Ana Ruiz
# revealed", "A video by Ana Ruiz showed" name a person of the story (review18d: such a
# compiler left out of the finding let another outlet's "Ana Ruiz" meet the farmer "Anna
# Ruiz" whom the compiler's own outlet also names, two people)
_CREDIT_OPENS = re.compile(
    r"^[\W_]*(?:(?:additional|further|with|text\s+and|words\s+and)\s+)?(?:reporting|writing|editing"
    r"|compiled|photos?|photographs?|pictures?|illustrations?|graphics?|video|image|credits?)\b",
    re.IGNORECASE)
# A sentence that opens "By Ana Ruiz": the byline the cleaner kept (not "By Ana Ruiz's
# count, ...": her count, review18d)
_BYLINE_OPEN = re.compile(r"\W*By\s+")
_POSSESSIVE_AFTER = re.compile(r"['\u2019](?:s\b|\s)")
# How far before a name a credit can begin: its label, "by" and a list of earlier names
# of up to 80 characters. The search reads only this much of the sentence before the
# name, so that a sentence of 500,000 characters with thousands of names costs work in
# proportion to its names, not to their number times its length (benchmarks/hostile.py's
# "word_dot" shape, 1.8 s -> over 300 s before the window)
_CREDIT_WINDOW = 240
# After a name: "Ana Ruiz contributed reporting from Orm.", and a reporter's one-line bio
# that ends the page ("Ana Ruiz is Orm Daily's environment reporter."): nothing else in its
# sentence, no verb of the story (matched from the name's end, without copying the rest)
_CREDIT_AFTER = re.compile(
    r"\s+(?:contributed\s+(?:reporting|to\s+this)|is\s+(?:a|an|the|[A-Z][\w'\u2019 ]{0,40}?['\u2019]s)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:reporter|correspondent|writer|columnist|photographer)\.?\s*$)")


def _credited(ctx: FindingContext, e: Entity) -> bool:
    """Whether the page credits this mention (``_CREDIT_BEFORE`` / ``_CREDIT_AFTER``): a
    reporter, editor or photographer of the page, not a person of the story, whom a
    letter-close name in another outlet ("Anna Ruiz, a farmer") would otherwise meet."""
    if e.kind not in ("person", "other"):
        return False
    sent = ctx.sentences.get(e.sentence)
    if sent is None:
        return False
    a, b = e.start - sent.start, e.end - sent.start
    if _BYLINE_OPEN.fullmatch(sent.text, 0, a):
        return not _POSSESSIVE_AFTER.match(sent.text, b)
    before = sent.text[max(0, a - _CREDIT_WINDOW):a]
    return bool(_CREDIT_BEFORE.search(before) and _CREDIT_OPENS.match(_credit_line(before, a <= _CREDIT_WINDOW))
                or _CREDIT_AFTER.match(sent.text, b))


def _credit_line(before: str, whole: bool) -> str:
    """The text before a name from where its credit line would open: right after the
    last bracket still open before it ("... on Tuesday. (Photo by "), else the sentence's
    start when ``before`` reaches it (``whole``); else none (a credit's label is more than
    ``_CREDIT_WINDOW`` characters back: not read)."""
    i = max(before.rfind("("), before.rfind("["))
    if i >= 0 and ")" not in before[i:] and "]" not in before[i:]:
        return before[i + 1:]
    return before if whole else ""


def _without_surname_echoes(findings: list[Finding]) -> list[Finding]:
    """The findings less those of one-word forms that another finding already shows as
    the last words of its full names: "Voskan" / "Woskan", the surname alone, beside
    "Emil Voskan" / "Emil Woskan" (the surname stays its own cluster when two people share
    it, the hijacker and his brother, so it would be reported twice)."""
    tails = [{t.split()[-1].casefold() for t in f.detail["spellings"] if len(t.split()) > 1}
             for f in findings]
    out = []
    for i, f in enumerate(findings):
        words = {t.casefold() for t in f.detail["spellings"]}
        if all(len(t.split()) == 1 for t in f.detail["spellings"]) \
                and any(j != i and words <= tail for j, tail in enumerate(tails)):
            continue
        out.append(f)
    return out


def _one_line_per_difference(findings: list[Finding]) -> list[Finding]:
    """The findings with each pair that shows one spelling difference twice made one line:
    "Korsgaard Arena" / "Korsgård Arena" and "Korsgaard Defence Systems" / "Korsgård Defence
    Systems" beside "Korsgaard" / "Korsgård" are one difference, shown three times (session
    34's invented dev d229). Where each spelling of the longer finding holds one spelling
    of the shorter as whole words, at one place, the words around it the same for every
    spelling, and both are read by one rule (:func:`_covered_spellings`), one line covers
    the other and takes its outlets and sentences, so it cites every sentence that carries
    the difference: the shorter line (the difference itself: "Korsgaard", "NordDraw" for
    "NordDraw Systems"), or the longer where that is a person's name ending in the
    shorter, the surname, which shows the person ("Gregor Lindqvist-Amar" over the
    surname's "Lindqvist-Amar"; a town's line, "Altavár" / "Altavar", stays the line over
    "Altavár Parents' Association", whatever kind that name was read as). "Ana Korsgaard" /
    "Ana Korsgard" beside "Korsgaard" / "Korsgård" differ otherwise and stay two lines."""
    out = list(findings)
    merged = True
    while merged:
        merged = False
        order = sorted(range(len(out)), key=lambda i: sum(len(t.split()) for t in out[i].detail["spellings"]))
        for a in order:
            for b in order:
                cover = None if a == b else _covered_spellings(out[a], out[b])
                if cover is None:
                    continue
                if out[b].detail.get("kind") == "person" and all(
                        long.split()[-len(t.split()):] == t.split() for long, t in cover.items()):
                    out[b] = _fold_finding(out[b], out[a], {t: long for long, t in cover.items()})
                    del out[a]
                else:
                    out[a] = _fold_finding(out[a], out[b], cover)
                    del out[b]
                merged = True
                break
            if merged:
                break
    return out


def _covered_spellings(short: Finding, long: Finding) -> dict[str, str] | None:
    """Per spelling of ``long``, the spelling of ``short`` it holds as whole words at one
    place with the same words around it in every spelling (:func:`_one_line_per_difference`);
    None when ``long`` is no such finding."""
    ss, ls = list(short.detail["spellings"]), list(long.detail["spellings"])
    if short.detail.get("rule") != long.detail.get("rule") or len(ss) != len(ls) \
            or len(ss[0].split()) >= len(ls[0].split()):
        return None
    cover: dict[str, str] = {}
    around: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    for text in ls:
        words = text.split()
        hits = [(t, n) for t in ss for n in range(len(words)) if words[n:n + len(t.split())] == t.split()]
        if len(hits) != 1:
            return None
        t, n = hits[0]
        cover[text] = t
        around.add((tuple(words[:n]), tuple(words[n + len(t.split()):])))
    return cover if len(around) == 1 and len(set(cover.values())) == len(ss) else None


def _fold_finding(keep: Finding, other: Finding, cover: dict[str, str]) -> Finding:
    """``keep`` with ``other``'s outlets and sentences, each spelling of ``other`` going to
    the spelling of ``keep`` that ``cover`` gives it (:func:`_one_line_per_difference`)."""
    spellings = {t: list(o) for t, o in keep.detail["spellings"].items()}
    for text, outlets in other.detail["spellings"].items():
        spellings[cover[text]] += [o for o in outlets if o not in spellings[cover[text]]]
    order = sorted(spellings, key=lambda t: (-len(spellings[t]), t))
    parts = [f"'{t}' ({_outlets(spellings[t])})" for t in order]
    summary = _VARIANT_LEADS[variant_form(order)] + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    sentences = list(keep.sentences) + [x for x in other.sentences if x not in keep.sentences]
    spans = list(keep.spans) + [x for x in other.spans if x not in keep.spans]

    def at(sid: str) -> tuple[str, int]:
        art, _, idx = sid.partition(":s")
        return art, int(idx) if idx.isdigit() else 0

    return replace(keep, sentences=tuple(sorted(sentences, key=at)), summary=summary,
                   detail={**keep.detail, "spellings": {t: spellings[t] for t in order}},
                   confidence=min(keep.confidence, other.confidence),
                   spans=tuple(sorted(spans, key=lambda x: (at(x.sentence), x.start))))


def variant_articles(ctx: FindingContext) -> dict[tuple[str, str], frozenset[str]]:
    """Per (article, name key): the articles that name the same entity, by the clusters
    this finder reports from (:func:`name_clusters`). The coverage summary matches
    people and organisations through it, so that a page never lists "Rudy Giuliani" as
    only one outlet's while its name_variant finding says another outlet's "Rudy
    Guiliani" is the same name (reader report, s6 item 5): one source of truth."""
    groups, _, _ = name_clusters(ctx)
    out: dict[tuple[str, str], frozenset[str]] = {}
    for group in groups:
        arts = frozenset(art for art, _ in group)
        for art, e in group:
            out[(art, e.key)] = arts
    return out


def name_clusters(ctx: FindingContext) -> tuple[list[list[tuple[str, Entity]]],
                                                 dict[str, set[str]], dict[frozenset[str], str]]:
    """The mentions of one entity across the story, grouped (key, spelling, acronym,
    kind-word and aligned-slot links), with the acronyms after each written form and the
    key pairs tied by context alone (-> "kind-word" or "aligned"). Once per story: the
    finder and the coverage summary both read it."""
    return ctx.per_story("name_clusters", _name_clusters)


def _name_clusters(ctx: FindingContext) -> tuple[list[list[tuple[str, Entity]]],
                                                  dict[str, set[str]], dict[frozenset[str], str]]:
    mentions: list[tuple[str, Entity]] = []  # (article id, entity)
    acronyms: dict[tuple[str, str], set[str]] = {}  # (article, key) -> acronyms after it
    for doc in ctx.docs:
        for e in _entities(doc):
            if e.key:
                mentions.append((doc.id, e))
                acr = _acronym_after(doc.article.text, e)
                if acr:
                    acronyms.setdefault((doc.id, e.key), set()).add(acr)
    mentions += _openers(ctx, mentions)
    mentions = _roles_unglued(ctx, mentions)
    nodes = sorted({(art, e.key) for art, e in mentions})
    kinds: dict[tuple[str, str], set[str]] = {}
    for art, e in mentions:
        kinds.setdefault((art, e.key), set()).add(e.kind)
    parent = {n: n for n in nodes}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_art: dict[str, list[str]] = {}
    for art, key in nodes:
        by_art.setdefault(art, []).append(key)
    # one key in two articles always links ("key"): join them without visiting every pair
    first_with: dict[str, tuple[str, str]] = {}
    for node in nodes:
        union(first_with.setdefault(node[1], node), node)
    # _link depends only on its arguments, which repeat across the articles of a big story
    memo: dict[tuple, str | None] = {}
    # nodes a written form of which marks a vowel ("Kössing"): _romanised_edit
    marked = {(art, e.key) for art, e in mentions if _marks(e.text)}
    # (article, key) -> the words around each mention: a descriptor beside the name
    said: dict[tuple[str, str], list[str]] = {}
    for art, e in mentions:
        sent = ctx.sentences.get(e.sentence)
        if sent is not None:
            said.setdefault((art, e.key), []).append(_beside(sent.text, e.start - sent.start,
                                                             e.end - sent.start))
    # (article, key) -> the titles the article gives the name ("interior minister"); an
    # honorific or a weak title word alone ("Dr", "General") says too little of the post
    titles: dict[tuple[str, str], set[str]] = {}
    for art, e in mentions:
        words = e.title.lower().replace(".", "").split() if e.title and e.kind == "person" else []
        if any(w in T.TITLE_WORDS and w not in T.WEAK_TITLE_WORDS and w not in T.HONORIFICS
               for w in words):
            titles.setdefault((art, e.key), set()).add(" ".join(words))
    # (article, key) of a one-word name -> the place's kind nouns written right after it
    # ("the Kvitbreen glacier": {"glacier"}), for the kind-noun tie below
    nouns: dict[tuple[str, str], set[str]] = {}
    noun_forms: dict[tuple[str, str], set[str]] = {}  # the same nodes' written forms, folded case
    for art, e in mentions:
        if " " not in e.key:
            sent = ctx.sentences.get(e.sentence)
            noun = _noun_after(sent.text, e.end - sent.start) if sent is not None else None
            if noun:
                nouns.setdefault((art, e.key), set()).add(noun)
                noun_forms.setdefault((art, e.key), set()).add(strip_accents(e.text).casefold())
    # keys each article writes in its running text (no headline, no line in capitals): two
    # keys a spelling rule or a tie would link, both written by one article, are two
    # entities of that article ("the prime minister's brother-in-law Genc Hoxhaj" beside
    # "Opposition MP Genc Hoxha"), as _variant_finding holds them apart, unless a typing
    # slip ("Krasinksi" beside "Krasinski"); the clusters other finders read (coverage,
    # framing) no longer join them through another outlet's form (names19, invented dev t62)
    body_arts: dict[str, set[str]] = {}
    for art, e in mentions:
        sent = ctx.sentences.get(e.sentence)
        if not e.text.isupper() and (sent is None or sent.block != "headline"):
            body_arts.setdefault(e.key, set()).add(art)

    def written_apart(ka: str, kb: str) -> bool:
        if not body_arts.get(ka, set()) & body_arts.get(kb, set()):
            return False
        diff = _one_word_apart(ka, kb)
        return not (diff is not None and _swapped(*diff))

    # nodes whose written forms the folds changed -> those forms' unfolded words (plain_key)
    plain_of: dict[tuple[str, str], tuple[str, ...]] = {}
    for art, e in mentions:
        p = plain_key(e.text)
        if p and p != e.key and len(p) == len(e.key) and len(p.split()) == len(e.key.split()):
            # only a fold that keeps the length (a letter for a letter: cz/ch): the
            # length floors of the typo link are set on keys ("Mattis" / "Mattias" fold
            # to five and six letters, too short for a first word's typo)
            plain_of[(art, e.key)] = tuple(sorted({*plain_of.get((art, e.key), ()), p}))
    ties: dict[frozenset[str], str] = {}  # key pairs tied by context alone -> how
    roles = name_roles(ctx)  # (article, key) -> the roles beside the name (roles_apart)
    past = _past_posts(ctx)  # (article, key) given a post held before ("former minister")
    ages = name_ages(ctx)  # (article, key) -> the ages beside the name (ages_apart)
    # each node's kinds, and the definite ones, as frozensets made once (not per pair)
    kinds_of = {n: frozenset(k) for n, k in kinds.items()}
    definite = {n: k & DEFINITE_KINDS for n, k in kinds_of.items()}
    def _described_alike(na: tuple[str, str], nb: tuple[str, str]) -> bool:
        # a descriptor both outlets give the person beside the name: the same post ("the
        # driver, Petar Ilkov," / "the driver, Petr Ilkov,"; not a former holder beside a
        # current one) or the same age ("Tomas Rylek, 52," / "52-year-old Tomasz Rylek")
        # An age alone ties only a letter added or dropped ("Tomas" / "Tomasz"), not one
        # letter for another: relatives or twins of one age and surname, "Marek" / "Mirek
        # Halvan, 40," are two names (review35n)
        if (na in past) != (nb in past):
            return False
        if _shared_post(roles.get(na, frozenset()), roles.get(nb, frozenset())):
            return True
        return bool(ages.get(na, frozenset()) & ages.get(nb, frozenset())) and all(
            len(x) != len(y) for x, y in zip(na[1].split(), nb[1].split(), strict=False) if x != y)

    # (key, key) -> whether the two keys have the kind-word shape (_kind_word_shape)
    shaped: dict[tuple[str, str], bool] = {}
    for na, nb in _candidate_pairs(nodes, plain_of):
        da, db = definite[na], definite[nb]
        if da and db and not da & db:
            continue  # a person and a place are two things, however spelled (_kinds_clash)
        ka, kb = na[1], nb[1]
        args = (ka, kb, kinds_of[na] | kinds_of[nb], na in marked or nb in marked)
        how = memo[args] if args in memo else memo.setdefault(
            args, _link(args[0], args[1], set(args[2]), args[3]))
        if how and find(na) == find(nb):
            # already joined: what follows only refuses the join or makes it, and records
            # a tie only where no link was found (a story whose outlets all write one
            # person's full name and surname links each article's pair again and again;
            # on the 50-article story of benchmarks/compare.py most candidate pairs find
            # no link, and the cheaper membership tests below are what saves there)
            continue
        if not how and (na in plain_of or nb in plain_of):
            # the letters as written, before the folds: a fold may put a second letter
            # between one name's two spellings ("Pelcz" / "Pelz": "pelch" / "pelz")
            # only one letter apart as written, as spelling_rule reads it (a length test
            # first: most node pairs are far apart, and _link is dear; review20d)
            how = next((h for pa in plain_of.get(na, (ka,)) for pb in plain_of.get(nb, (kb,))
                        if abs(len(pa) - len(pb)) <= 1
                        and (h := _link(pa, pb, set(args[2]), args[3])) == "fuzzy"
                        and (d := _one_word_apart(pa, pb)) is not None and _one_edit(*d)), None)
        if not how:
            shape = shaped.get((ka, kb))
            if shape is None:
                shape = shaped[(ka, kb)] = _kind_word_shape(ka, kb) is not None
            if shape and _kind_word_tie(ka, kb, said.get(na, []), said.get(nb, [])):
                how = "kind-word"
                ties[frozenset((ka, kb))] = "kind-word"
        if not how and na in titles and nb in titles and titles[na] & titles[nb] and _given_name_apart(ka, kb):
            how = "titled"  # "Interior Minister Mattis Orrby" / "Interior Minister Mattias Orrby"
        if not how and " " in ka and definite[na] | definite[nb] == {"person"} \
                and _described_alike(na, nb) \
                and (_near_spelling(ka, kb, set(kinds_of[na] | kinds_of[nb]))
                     or _given_name_apart(ka, kb) and ka[0] == kb[0]
                     and ka.split()[0][-1] == kb.split()[0][-1]):
            # (a given name one letter apart inside it, "Adjoa" / "Adjowa"; not another first
            # or last letter: "Celia" / "Kelia", "Sarai" / "Sarah" are two names)
            # a person's full name (given name and surname), never a single word: "Center"
            # / "Centres" beside one role word in two pages (wide population, s15)
            how = "role"  # "The captain, Orel Vasquin," / "The captain, Orel Vaskin,"
            ties[frozenset((ka, kb))] = "role"
        if not how and na in nouns and nb in nouns and nouns[na] & nouns[nb] \
                and (definite[na] | definite[nb]) <= {"place"} \
                and _near_spelling(ka, kb, {"place"}) \
                and any(_suffix_or_one_edit(x, y) for x in noun_forms[na] for y in noun_forms[nb]):
            how = "kind-noun"  # "the Kvitbreen glacier" / "the Kvitbre glacier"
            ties[frozenset((ka, kb))] = "kind-noun"
        if how and roles_apart(roles.get(na, frozenset()), roles.get(nb, frozenset())):
            how = None  # "Defence Minister Anton Velic" / "opposition leader Anton Valic"
        if how and ages_apart(ages.get(na, frozenset()), ages.get(nb, frozenset())):
            how = None  # "Marten Holst, 81," / "Martin Holst, 19,": a father and his son
        if how and how != "key" and written_apart(ka, kb):
            how = None  # one article names both: two people ("Genc Hoxhaj" / "Genc Hoxha")
        if how:
            union(na, nb)
    for na, nb in _two_word_pairs(nodes, definite):
        # a person's given name and surname both spelled otherwise ("Prime Minister Aleksander
        # Voigt" / "Prime Minister Alexander Voight"): no one-word link reads two words, so
        # only a descriptor both outlets give the person ties them: the same title, or the
        # same post beside the name (not a former holder beside a current one), never
        # two roles or two ages (names35, invented dev d240). An age alone is no tie here:
        # two people of one age in one crash ("Marek Halvan, 40," / "Mirek Halvin, 40,";
        # relatives, classmates) differ in two words as one person's two spellings do
        # (review35n)
        if find(na) == find(nb) or (na in past) != (nb in past):
            continue
        ra, rb = roles.get(na, frozenset()), roles.get(nb, frozenset())
        if not (titles.get(na, set()) & titles.get(nb, set()) or _shared_post(ra, rb)):
            continue
        if roles_apart(ra, rb) or ages_apart(ages.get(na, frozenset()), ages.get(nb, frozenset())) \
                or written_apart(na[1], nb[1]):
            continue
        union(na, nb)
        ties[frozenset((na[1], nb[1]))] = "described"
    for (a, ka), (b, kb) in _acronym_pairs(acronyms):
        if not _kinds_clash(kinds[(a, ka)], kinds[(b, kb)]):
            union((a, ka), (b, kb))
    joined = set(_joined_pairs(mentions))
    glued = _glued_kind_nodes(mentions, joined)
    for na, nb in joined:
        if (not _kinds_clash(kinds[na], kinds[nb]) or (na, nb) in glued) \
                and not kinds[na] | kinds[nb] <= {"norp"}:
            union(na, nb)
    for na, nb in _aligned_pairs(ctx, mentions, roles, past):
        ka, kb = na[1], nb[1]
        if _kinds_clash(kinds[na], kinds[nb]) or (na, nb) in joined \
                or ties.get(frozenset((ka, kb)), "role") != "role" \
                or _link(ka, kb, set(kinds[na] | kinds[nb]), na in marked or nb in marked):
            continue  # another rule links (or refuses) them: graded by that rule
        if titles.get(na, set()) & titles.get(nb, set()) and _given_name_apart(ka, kb):
            continue  # the title links them (name.titled)
        if roles_apart(roles.get(na, frozenset()), roles.get(nb, frozenset())) \
                or ages_apart(ages.get(na, frozenset()), ages.get(nb, frozenset())):
            continue  # one slot, two posts (the head teacher and a parent) or two ages
        union(na, nb)
        ties[frozenset((ka, kb))] = "aligned"  # the slot, where a post links them too
    forms_acronyms: dict[str, set[str]] = {}  # written form -> the acronyms any outlet puts after it
    for art, e in mentions:
        forms_acronyms.setdefault(e.text, set()).update(acronyms.get((art, e.key), ()))
    groups: dict[tuple[str, str], list[tuple[str, Entity]]] = {}
    for art, e in mentions:
        groups.setdefault(find((art, e.key)), []).append((art, e))
    return list(groups.values()), forms_acronyms, ties


_ROLE_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
_ROLE_POSSESSIVE = re.compile(r"['\u2019]s?$")
# An age written as an adjective ("the mayor's 19-year-old son", "a 54-year-old nurse"):
# blanked before a role phrase is read, so that the post beside it is read through it
_AGE_ADJECTIVE = re.compile(r"\b(\d{1,3})[-\s]year[-\s]old\b", re.IGNORECASE)


# An age standing first after a name, its own apposition before the next one ("…, 45, the
# mayor's wife", "… (45), a nurse", "…, aged 45, a nurse"): left out by _role_after.
_AGE_FIRST = re.compile(r"^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*|\(\s*\d{1,3}\s*\)\s*)(?=,)")


# What closes a post written with no article after a name's comma ("…, mayor of Orm,",
# "…, spokeswoman for the ministry,", "…, head teacher at Orm School,", "…, mayor, said"),
# and its most words ("chief executive", "deputy head teacher").
_BARE_ROLE_ENDS = frozenset({"of", "for", "at", ",", ";", ")"})
_BARE_ROLE_MAX_WORDS = 3


def _no_ages(text: str) -> str:
    return _AGE_ADJECTIVE.sub(lambda m: " " * len(m.group()), text)



def _role_head(word: str) -> bool:
    """A title, a person noun or a staff post ("organiser", "treasurer", in its spellings:
    "organizer", "advisor", ``T.ROLE_WORD_FORMS``) may head a role phrase."""
    return word in T.TITLE_WORDS or word in T.APPOSITION_PERSON_HEADS or word in T.ROLE_HEADS_EXTRA \
        or T.ROLE_WORD_FORMS.get(word, word) in T.STAFF_POST_NOUNS


def _role_phrase(words: list[str]) -> frozenset[str]:
    """The words of a role phrase that say what the post is: no article, possessive
    (the body's name, "the school's"), honorific or generic word ("former")."""
    out = set()
    for w in words:
        low = w.lower().replace(".", "")
        if low in T.GENDERED_POST_WORDS:
            out.add(T.GENDERED_POST_WORDS[low])  # "spokeswoman": the post and its sex
        low = T.ROLE_WORD_FORMS.get(low, low)  # "Cmdr." is "commander", "chairwoman" "chair"
        if _ROLE_POSSESSIVE.search(low) or low in T.APPOSITION_OPENERS or low in T.HONORIFICS \
                or low in T.ROLE_GENERIC_WORDS or low in T.APPOSITION_STOPS:
            continue
        if "-" in low and low in T.TITLE_WORDS:
            # a hyphenated title is its words, as the same title written with spaces is
            # ("Vice President" / "vice-president"): one holder called "the editor" by
            # another outlet shares the post's word. A tail that qualifies the post
            # ("-in-chief", "-general", "-elect": rules/words.COMPOUND_TITLE_TAILS) names
            # no post of its own: "editor-in-chief" is the editor, not the police chief,
            # and "attorney-general" no general (review17b)
            tail = next((t for t in T.COMPOUND_TITLE_TAILS if low.endswith("-" + t)
                         and low[:-len(t) - 1] in T.TITLE_WORDS), None)
            head = low[:-len(tail) - 1] if tail else low
            out.update(T.ROLE_WORD_FORMS.get(p, p) for p in head.split("-")
                       if p not in T.COMPOUND_TITLE_LINKS)
            continue
        out.add(low)
    return frozenset(out)


def _role_before(text: str) -> frozenset[str]:
    """The role phrase right before a name ("opposition leader Anton Valic", "the judge,
    Marta Brenn,"): up to three words, the one next to the name (or its comma) a title
    or person noun, read back to an article, a mark or a word of another kind."""
    text = _no_ages(text).rstrip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    words: list[str] = []
    end = len(text)
    for m in reversed(list(_ROLE_WORD.finditer(text))):
        if text[m.end():end].strip():
            break  # a mark between: another clause
        low = m.group().lower()
        if low in T.APPOSITION_OPENERS or low in T.APPOSITION_STOPS or len(words) == 3 \
                or _ROLE_POSSESSIVE.search(low):
            break
        if not words and not _role_head(low):
            return frozenset()
        words.append(m.group())
        end = m.start()
    return _role_phrase(words)


def _role_after(text: str) -> frozenset[str]:
    """The role an apposition gives a name ("Karen Holt, the head teacher,", "Anton Valic,
    the party's leader"): after the comma an article or a possessive, then up to
    ``APPOSITION_MAX_WORDS`` words to a mark or a stop word; its last word a title or
    person noun. An age alone ("X, 54,") or a relative clause ("X, who ...") gives none."""
    # an age in commas or brackets before the apposition is read past: "Ana Lund, 45, the
    # mayor's wife," is the wife as "Ana Lund, the mayor's wife," is (names20: the age hid
    # the role, and the wife and "Ana Lundh, the mayor" a letter apart were linked)
    text = _AGE_FIRST.sub("", _no_ages(text), count=1)
    m = re.match(r"\s*,\s*", text)
    if not m:
        return frozenset()
    words: list[str] = []
    pos = m.end()
    stop = ""
    for w in _ROLE_WORD.finditer(text, pos):
        if text[pos:w.start()].strip():
            stop = text[pos:w.start()].strip()[:1]
            break  # a mark ends the apposition
        low = w.group().lower()
        if low in T.APPOSITION_STOPS or len(words) > T.APPOSITION_MAX_WORDS:
            stop = low
            break
        words.append(w.group())
        pos = w.end()
    if not words:
        return frozenset()
    if words[0].lower() not in T.APPOSITION_OPENERS and not _ROLE_POSSESSIVE.search(words[0].lower()):
        # a post with no article, as wire copy writes it: "Ana Lund, mayor of Orm,",
        # "…, spokeswoman for the ministry,", "…, chief executive of Orm Bank," (names20:
        # no role was read, so the mayor and "Ana Lundh, owner of the bakery" a letter
        # apart were one woman). Only lower-case words headed by a title or person noun
        # and closed by "of"/"for"/"at" or a mark (", said" is a verb, not a post), after
        # at most one capitalised word that qualifies the post (", Vellian foreign
        # minister,", ", Orm police chief,"; not a name: its head is in lower case).
        lower = [w.islower() for w in words]
        if not (stop in _BARE_ROLE_ENDS and all(lower[1:]) and len(words) <= _BARE_ROLE_MAX_WORDS
                and (lower[0] or len(words) >= 2)):
            return frozenset()
    if not _role_head(_ROLE_POSSESSIVE.sub("", words[-1].lower())) or not words[-1].islower():
        return frozenset()
    return _role_phrase(words)


def name_roles(ctx: FindingContext) -> dict[tuple[str, str], frozenset[frozenset[str]]]:
    """(article, key) -> the role phrases the article gives a person's name right beside
    it: its title ("Defence Minister Anton Velic"), a role noun before it ("head teacher
    Karen Holt", "the judge, Marta Brenn,") or an apposition after it ("Karin Holt, a
    parent,"). A phrase of weak title words alone ("whose leader", "the chief") says too
    little of the post and is left out. Once per story."""
    return ctx.per_story("name_roles", _name_roles)


def _name_roles(ctx: FindingContext) -> dict[tuple[str, str], frozenset[frozenset[str]]]:
    out: dict[tuple[str, str], set[frozenset[str]]] = {}
    for aid, e, sent, a, b in _named_in(ctx):
        before = sent.text[max(0, a - 60):a]
        phrases = {_role_before(before), _role_after(sent.text[b:b + 120])}
        if e.title:
            words = e.title.replace(".", "").split()
            if any(w.lower() in T.TITLE_WORDS and w.lower() not in T.HONORIFICS for w in words):
                phrases.add(_role_phrase(words))
        # a phrase of weak title words alone ("whose leader", "the chief") fits many
        # posts: the union's "chairwoman" is its "leader" in another outlet
        phrases = {p for p in phrases if p - T.WEAK_TITLE_WORDS - T.GENDER_MARKS}
        if phrases and e.title and before.rstrip().endswith(e.title):
            # a post in apposition before a rank or title: "the regional fire commander,
            # Colonel Joaquim Albuquerque," is the fire commander as well as a colonel
            # (one person's two descriptions, another outlet giving one of them). Only
            # beside a post the name has already: it widens that, and never gives a
            # post to a name written with an honorific alone ("the inquiry's chair, Dr
            # Agnes Wirth" beside "obstetrician Dr Agnes Wirt": two descriptions of one
            # woman, which no shared word would tie)
            extra = _role_before(before.rstrip()[:-len(e.title)])
            if extra - T.WEAK_TITLE_WORDS - T.GENDER_MARKS:
                phrases.add(extra)
        if phrases:
            out.setdefault((aid, e.key), set()).update(phrases)
    return {k: frozenset(v) for k, v in out.items()}


# An age right beside a person's name: a bare number in commas or brackets after it
# ("Marten Holst, 81, laid ...", "Holst (81)"), an age adjective before it with at most
# three lower-case words between ("81-year-old former mayor Marten Holst") or in the
# apposition after it ("Martin Holst, the mayor's 19-year-old son"). Not across "of"
# ("the 19-year-old son of Marten Holst": the son's age) nor in a relative clause.
_AGE_AFTER = re.compile(r"\s*[,(]\s*(?:aged\s+)?(\d{1,3})\s*(?:[,);]|\.(?!\d)|$)")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})[-\s]year[-\s]old((?:\s+[a-z][\w'\u2019-]*){0,3})\s*$",
                         re.IGNORECASE)
_AGE_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|his|her|their|its|[A-Z][\w'\u2019-]*['\u2019]s?)\s"
                             r"([^,.;:()\"]{0,60})")
# words that hand an age before them to someone else ("the 19-year-old son of X", "a
# 54-year-old and X")
_AGE_BREAKS = frozenset("of and or with by to for from who whose than".split())
# the most two outlets' ages of one person may differ by: outlets get an age wrong (invented
# dev t04: "Dragan Veres, 52" / "Vereš, 54", one leader, a fact conflict, not two people),
# and a birthday may fall between two reports; a generation apart (a father and his son, a
# mother and her daughter of one name) is the class ages tell apart, and a parent is at
# least some fifteen years older than the child. Ten to fourteen years apart is no
# generation but one age with its tens digit mistyped ("52" / "62", "34" / "44": review18d;
# with a slack of 9 such a slip set one leader's two spellings apart as two people). Two
# digits swapped ("45" / "54", "19" / "91") are one age mistyped too.
AGE_SLACK = 14


def _age_beside(before: str, after: str) -> int | None:
    """The age written right beside a name (see ``_AGE_AFTER``), or None."""
    m = _AGE_AFTER.match(after)
    if m:
        return int(m.group(1)) if 0 < int(m.group(1)) <= 120 else None
    m = _AGE_BEFORE.search(before)
    if m and not {w.lower() for w in m.group(2).split()} & _AGE_BREAKS:
        return int(m.group(1)) if 0 < int(m.group(1)) <= 120 else None
    m = _AGE_APPOSITION.match(after)
    if m:
        inner = m.group(1)
        a = _AGE_ADJECTIVE.search(inner)
        if a and not {w.lower() for w in inner[:a.start()].split()} & _AGE_BREAKS:
            return int(a.group(1)) if 0 < int(a.group(1)) <= 120 else None
    return None


def name_ages(ctx: FindingContext) -> dict[tuple[str, str], frozenset[int]]:
    """(article, key) -> the ages the article writes right beside a person's name
    (:func:`_age_beside`). Once per story."""
    return ctx.per_story("name_ages", _name_ages)


def _name_ages(ctx: FindingContext) -> dict[tuple[str, str], frozenset[int]]:
    out: dict[tuple[str, str], set[int]] = {}
    for aid, e, sent, a, b in _named_in(ctx):
        age = _age_beside(sent.text[max(0, a - 80):a], sent.text[b:b + 120])
        if age is not None:
            out.setdefault((aid, e.key), set()).add(age)
    return {k: frozenset(v) for k, v in out.items()}


# a generation's suffix right after a name, with or without its comma and stop ("Novak Jr.",
# "Novak, Sr.", "Adler III"): ``T.GENERATION_SUFFIXES``
_GENERATION_AFTER = re.compile(r"\s*,?\s*([A-Za-z]{2,3})\b\.?")


def _named_in(ctx: FindingContext, people_only: bool = False
              ) -> Iterator[tuple[str, Entity, Sentence, int, int]]:
    """Each keyed mention of a person's name (``people_only``), or of any name but an
    organisation's, a place's or a group's, whose sentence is known: (article, entity,
    sentence, the name's start and end in the sentence's text), what the readers of the
    words beside a name (:func:`_name_roles`, :func:`_name_ages`, :func:`_past_posts`) read."""
    for doc in ctx.docs:
        for e in _entities(doc):
            if not e.key or (e.kind != "person" if people_only else e.kind in ("org", "place", "norp")):
                continue
            sent = ctx.sentences.get(e.sentence)
            if sent is None:
                continue
            end = e.end - sent.start
            m = _GENERATION_AFTER.match(sent.text, end)
            if m and m.group(1).lower() in T.GENERATION_SUFFIXES:
                end = m.end()  # "Petr Novak Jr., 31,": the age and the role after the suffix
            yield doc.id, e, sent, e.start - sent.start, end


def ages_apart(a: frozenset[int], b: frozenset[int]) -> bool:
    """Whether two spellings' ages name two people: both have one, and none of one is
    within ``AGE_SLACK`` years of one of the other or its digits swapped ("Marten Holst,
    81," / "Martin Holst, 19,": a father and his son; "52" / "54" is one leader whose age
    an outlet got wrong)."""
    return bool(a and b) and not any(abs(x - y) <= AGE_SLACK or str(x) == str(y)[::-1]
                                     for x in a for y in b)


def _past_posts(ctx: FindingContext) -> set[tuple[str, str]]:
    """(article, key) of the person names that a role phrase right beside them gives a
    post held before (``T.PAST_POST_WORDS``): "former defence minister Oskar Brandt",
    "ex-mayor ...", "Oskar Brandt, a former minister,". A former and a current holder of
    one post are two people as often as one (the name.role tie reads them apart)."""
    out: set[tuple[str, str]] = set()
    for aid, e, sent, a, b in _named_in(ctx, people_only=True):
        # the post in apposition before the name, its comma read past as _role_before reads
        # it ("the club's former finance director, Marco Ruel": a former holder as
        # "former finance director Marko Ruel" is; names19, invented dev t54)
        before = sent.text[max(0, a - 60):a].rstrip()
        comma = before.endswith(",")
        before = _PHRASE_END.split(before[:-1] if comma else before)[-1]
        if comma and _NOT_APPOSED.match(before):
            # a phrase a preposition of contrast or sequence opens is no apposition: "Unlike the
            # former director, Enric Tavel signed", "Replacing the former mayor, ...": the
            # name is set against the former holder, not one (review19a)
            before = ""
        # read past an age before the apposition ("Marco Ruel, 61, the club's former ...")
        after = re.match(r"\s*,([^,.;:()\"]*)", _AGE_FIRST.sub("", sent.text[b:b + 120], count=1))
        words = [w.lower() for w in _ROLE_WORD.findall(before)[-4:]]
        words += [w.lower() for w in _ROLE_WORD.findall(after.group(1))[:6]] if after else []
        words += (e.title or "").lower().split()
        if any(w in T.PAST_POST_WORDS or w.startswith("ex-") for w in words):
            out.add((aid, e.key))
    return out


_PHRASE_END = re.compile(r"[^\w\s'\u2019-]")
# the first word of a phrase before a name's comma that sets the name against that post, not
# in apposition to it: a preposition of contrast or sequence ("Unlike the former director,",
# "Replacing the former mayor,"). Not "as" ("As former director, Tavel ..." is his post) nor
# one that lists who the post is ("including the club's former finance director, Marco Ruel":
# invented dev t54)
_NOT_APPOSED = re.compile(
    r"\s*(?:unlike|like|than|after|before|since|despite|besides|beside|against|over|under|"
    r"from|replacing|succeeding|following|preceding)\b", re.IGNORECASE)


def _shared_post(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> bool:
    """Whether two sets of role phrases share a post: one phrase's words all in the
    other's ("the captain" / "Captain"; "Defence Minister" / "the minister"), among them a
    title word that is not weak or an honorific ("captain", "mayor", "judge"; not
    "leader", "chief" or "Dr"), which one person holds in a story. Not two posts that
    share a word ("Defence Minister" / "Finance Minister"), not an occupation ("a nurse",
    "a teacher", "a resident": a story holds many, and two may share a surname)."""
    return any((x <= y or y <= x) and any(
        w in T.TITLE_WORDS and w not in T.WEAK_TITLE_WORDS and w not in T.HONORIFICS
        for w in x & y) for x in a for y in b)


def roles_apart(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> bool:
    """Whether two sets of role phrases given to two spellings of a name are two
    people's: both have some, and no phrase of one shares a word with a phrase of the
    other ("defence minister" / "opposition leader", "head teacher" / "parent", "judge" /
    "governor"). One person's titles across outlets share a word ("Defence Minister" /
    "the defence minister" / "the minister"); a name with no role beside it fits either."""
    return bool(a and b) and not any(_one_post(x, y) for x in a for y in b)


def roles_exclude(a: frozenset[frozenset[str]], b: frozenset[frozenset[str]]) -> bool:
    """Whether two spellings' role phrases, already apart (:func:`roles_apart`), say two
    people however alike the names: a phrase of each says a sex, and the sexes differ
    ("the spokesman, Kim Arvó" / "the spokeswoman, Kim Arvo": a man and a woman of one
    name), a phrase of each takes another side of a crime (``T.CASE_SIDES``: "the victim,
    Pavel Hórak" / "a suspect, Pavel Horak"), or a phrase of each names an office (a title
    word neither weak nor an honorific, as :func:`_shared_post` reads one: "Mayor Elin
    Vasko" / "Governor Elin Vaskó", "Judge Mira Soltić" / "Prosecutor Mira Soltic"), which
    one person holds in a story and which the other outlet would give. Not a description
    beside an office ("labour leader" / "its president", "businessman" / "business
    partner", "reporter" / "journalist": one outlet's office, the other's way of calling
    the same person), which a name of the same letters joins (review27n)."""
    if any((x & T.GENDER_MARKS) and (y & T.GENDER_MARKS) and not x & y & T.GENDER_MARKS
           for x in a for y in b):
        return True
    harmed, held = T.CASE_SIDES
    if any(x & harmed for x in a) and any(y & held for y in b) \
            or any(x & held for x in a) and any(y & harmed for y in b):
        return True  # "the victim, Pavel Hórak" / "a suspect, Pavel Horak"
    return any(_office(x) for x in a) and any(_office(y) for y in b)


def _office(phrase: frozenset[str]) -> bool:
    """A role phrase names an office: a title word that is not weak or an honorific
    ("mayor", "judge", "captain"; not "leader", "chief", "Dr")."""
    return any(w in T.TITLE_WORDS and w not in T.WEAK_TITLE_WORDS and w not in T.HONORIFICS
               for w in phrase)


def _one_post(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two role phrases share a post word, or one is a staff post and the other a word
    for any of a body's people ("organiser" / "a union official":
    ``rules/titles.STAFF_POST_GENERIC_HEADS``), and they say no opposite sex: "spokesman" /
    "spokeswoman" are one post read as "spokesperson" but two people (a gender mark of
    ``rules/titles.GENDERED_POST_WORDS`` on each); "spokeswoman" / "spokesperson" are one."""
    sx, sy = x & T.GENDER_MARKS, y & T.GENDER_MARKS
    if sx and sy and not sx & sy:
        return False
    if x & T.STAFF_POST_NOUNS and y & T.STAFF_POST_GENERIC_HEADS \
            or y & T.STAFF_POST_NOUNS and x & T.STAFF_POST_GENERIC_HEADS:
        return True  # "the union's organiser" / "a union official": the post and its body's word
    return bool((x & y) - T.GENDER_MARKS)


def _openers(ctx: FindingContext, mentions: list[tuple[str, Entity]]) -> list[tuple[str, Entity]]:
    """Sentence-opening words the entity pass left out (``analysis.names.sentence_openers``)
    that another article writes, spelled otherwise, as a one-word name of the same key
    mid-sentence: "Granitstroi insisted ..." (only ever at a sentence's start in its
    article) beside another outlet's "the construction company Granitstroy". The other
    outlet's name is the evidence that the capitalised opener is a name at all; the same
    spelling adds nothing to report, and a key shorter than ``FOLD_MIN_LEN_SINGLE``
    letters is too often a common word's ("Citi" / "City"). The article must not write
    the key's name itself (then its own entities carry it), and no article of the story
    may write the word in lower case: "Summit talks collapsed" opens one outlet's report
    beside another's "the summit" and its envoy "Sumit" (review16d; the opener's own
    article is ``sentence_openers``'s check)."""
    single: dict[str, dict[str, set[str]]] = {}  # key -> article -> written forms
    for art, e in mentions:
        if " " not in e.key and len(e.key) >= FOLD_MIN_LEN_SINGLE and e.kind != "norp":
            single.setdefault(e.key, {}).setdefault(art, set()).add(_typographic(e.text))
    if not single:
        return []
    own = {(art, e.key) for art, e in mentions}
    keys = frozenset(single)
    vocabs: dict[str, frozenset[str]] = {}  # read only when an opener gets that far

    def vocab(d: Document) -> frozenset[str]:
        if d.id not in vocabs:
            vocabs[d.id] = lower_vocab(d)
        return vocabs[d.id]

    out: list[tuple[str, Entity]] = []
    for doc in ctx.docs:
        for o in sentence_openers(doc, _entities(doc), keys):
            by_art = single.get(o.key)
            if not by_art or (doc.id, o.key) in own:
                continue
            written = _typographic(o.text)
            if any(art != doc.id and not any(_trivial(written, f) for f in forms)
                   for art, forms in by_art.items()) \
                    and not any(o.text.lower() in vocab(d) for d in ctx.docs if d is not doc):
                out.append((doc.id, o))
    return out


def _roles_unglued(ctx: FindingContext, mentions: list[tuple[str, Entity]]) -> list[tuple[str, Entity]]:
    """The mentions with a sentence's capitalised first word cut off a person's name it was
    read into ("Sponsor Elin Varsas, a Social Liberal, said ..." -> "Elin Varsas", the word
    kept as the title), where the words after it are a person's name of two words or more
    that the story writes without it (the same link key, in any article), and an article of
    the story writes the word in lower case in some form ("who sponsored the bill"): a role
    noun capitalised only because it opens the sentence, not a given name the entity pass
    could tell (``analysis.names._role_before_name`` knows a list of such nouns; this reads
    the story). The name after it is a person's or an untyped one in every article that
    writes it, never a place's or a body's. Without it "Sponsor Elin Varsas" was no form of "Elin Varsås" (invented dev
    t87). Near misses kept: a word no article writes in lower case ("Anna Maria Lund" beside
    "Maria Lund": a given name), a run in mid-sentence, a rest that is no person's name, and
    a name any article writes whole in mid-sentence ("the shop's owner Rose Marie Lund":
    "Rose" is the name's, however often "prices rose")."""
    kinds: dict[str, set[str]] = {}
    for _, e in mentions:
        if " " in e.key:
            kinds.setdefault(e.key, set()).add(e.kind)
    people = {k for k, ks in kinds.items() if ks <= {"person", "other"}}  # no place's, no body's
    if not people:
        return mentions
    # the keys some article writes other than at a sentence's opening ("The shop's owner
    # Rose Marie Lund said"): there the first word is the name's own, a given name that is
    # also a word written in lower case ("prices rose"), never a capitalised role (review23n)
    inside = {e.key for _, e in mentions if " " in e.key and (sent := ctx.sentences.get(e.sentence))
              is not None and e.start != _opening(sent)}
    vocabs: list[frozenset[str]] | None = None
    out: list[tuple[str, Entity]] = []
    for art, e in mentions:
        sent = ctx.sentences.get(e.sentence)
        words = e.key.split()
        rest = " ".join(words[1:])
        if sent is None or len(words) < 3 or rest not in people or e.start != _opening(sent) \
                or e.title or e.kind not in ("person", "other") or e.key in inside:
            out.append((art, e))
            continue
        head = re.match(r"\S+\s+", e.text)
        first = e.text[:head.end()].strip().casefold() if head else ""
        if vocabs is None:
            vocabs = [lower_vocab(d) for d in ctx.docs]
        if not head or not first.isalpha() or first in T.KNOWN_GIVEN_NAMES \
                or not any(_written_lower(first, v, True) for v in vocabs):
            out.append((art, e))
            continue
        cut = head.end()
        out.append((art, replace(e, text=e.text[cut:], start=e.start + cut, key=rest, kind="person",
                                 title=e.text[:cut].strip())))
    return out


def _opening(sent: Sentence) -> int:
    """Where a sentence's first word starts in its article (after opening quotes and marks)."""
    m = re.match(r"[\W_]*", sent.text)
    return sent.start + (m.end() if m else 0)


# The shortest differing word any link between two keys of as many words reads (the typo,
# vowel, given-name, clipped, titled and near-spelling links all ask for four letters or
# more of the shorter word; the kind-word tie alone reads any word, through its own index):
# shorter words are left out of the spelling indexes of _candidate_pairs.
LINK_WORD_MIN = 4
# ... and the longest: a word's deleted-letter forms grow with its square (times its length),
# and hardly a name word is this long, while hostile text may glue thousands of letters into
# one (benchmarks/hostile.py): a longer word is paired through the rarer-shape indexes only,
# so its one- and two-edit spellings are lost ("Llanfairpwllgwyngyll…gogogoch", 53 letters
# folded, and its "s" written "z": a romanised spelling _link joins; review21d).
LINK_WORD_MAX = 40


def _candidate_pairs(nodes: list[tuple[str, str]],
                     plain_of: dict[tuple[str, str], tuple[str, ...]] | None = None
                     ) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Node pairs of two articles with two different keys that the links of
    :func:`_name_clusters` can join, found through indexes instead of every pair. Every
    link reads two keys of as many words that differ in one word (:func:`_one_word_apart`),
    so the nodes are bucketed by their other words at each position; inside a bucket two
    differing words are paired only where some link could join them: one or two edits
    apart (one word, or a form of it with one letter deleted, or two after the first, is
    a form of the other's: the typo, vowel, romanised, titled and near-spelling links), one given name's romanisations
    (:func:`_given_fold`), one consonant skeleton, one word the other's start (a clipped
    word, in names of ``PREFIX_MIN_WORDS``), or a kind word last (:func:`_kind_word_shape`).
    ``plain_of``: a node's forms before the folds, whose words are indexed too (the typo
    link reads them). Visiting every pair of a bucket was quadratic where many names share
    their other words (every one-word name of a story, every "X Ministry"). Sorted; the
    union-find result does not depend on the order anyway."""
    buckets: dict[tuple, dict[str, list[tuple[str, str]]]] = {}
    plain_words: dict[tuple[tuple, str], set[str]] = {}  # (bucket, key word) -> its plain words
    for node in nodes:
        words = node[1].split()
        plains = [p.split() for p in (plain_of or {}).get(node, ())]
        for i in range(len(words)):
            bucket = (len(words), i, *words[:i], *words[i + 1:])
            buckets.setdefault(bucket, {}).setdefault(words[i], []).append(node)
            for p in plains:
                if len(p) == len(words) and p[i] != words[i]:
                    plain_words.setdefault((bucket, words[i]), set()).add(p[i])
    pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()

    def join(group: set[str], by_word: dict[str, list[tuple[str, str]]]) -> None:
        if len(group) < 2:
            return
        ws = sorted(group)
        for i, p in enumerate(ws):
            for q in ws[i + 1:]:
                for x in by_word[p]:
                    for y in by_word[q]:
                        if x[0] != y[0]:
                            pairs.add((x, y) if x[0] < y[0] else (y, x))

    kind_words = _kind_words()
    for bucket, by_word in buckets.items():
        if len(by_word) < 2:
            continue  # one key only: joined directly by the caller
        n, pos = bucket[0], bucket[1]
        index: dict[tuple, set[str]] = {}
        for w in by_word:
            forms = {w} | plain_words.get((bucket, w), set())
            for f in forms:
                if not LINK_WORD_MIN <= len(f) <= LINK_WORD_MAX:
                    continue
                index.setdefault(("del", f), set()).add(w)
                for k in range(len(f)):
                    index.setdefault(("del", f[:k] + f[k + 1:]), set()).add(w)
                for k in range(1, len(f)):  # two deleted after the first letter (near spelling)
                    for m in range(k + 1, len(f)):
                        index.setdefault(("del", f[:k] + f[k + 1:m] + f[m + 1:]), set()).add(w)
            if pos == 0:  # a short form of several given names beside each full form
                for short in ({w} if w in _SHARED_SHORT else set()) | _SHARED_FULL.get(w, set()):
                    index.setdefault(("shared", short), set()).add(w)
            if len(w) >= LINK_WORD_MIN - 1:
                index.setdefault(("given", _given_fold(w)), set()).add(w)
                index.setdefault(("skeleton", w[0], _consonants(w)), set()).add(w)
        for group in index.values():
            join(group, by_word)
        ws = sorted(by_word)
        if n >= PREFIX_MIN_WORDS:
            for i, p in enumerate(ws):
                j = i + 1  # the words that start with p follow it in sorted order
                while j < len(ws) and ws[j].startswith(p):
                    join({p, ws[j]}, by_word)
                    j += 1
        if n >= KIND_WORD_MIN_WORDS and pos == n - 1:
            for p in ws:
                if p in kind_words:
                    for q in ws:
                        join({p, q}, by_word)
    return sorted(pairs)


def _aligned_pairs(ctx: FindingContext, mentions: list[tuple[str, Entity]],
                   roles: dict[tuple[str, str], frozenset[frozenset[str]]] | None = None,
                   past: set[tuple[str, str]] | None = None,
                   ) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Nodes of two articles whose names fill the same slot of two aligned sentences
    (one alignment group, the same word right before or right after each name) and whose
    spellings are close (:func:`_near_spelling`): "The captain, Orel Vasquin, ..." /
    "The captain, Orel Vaskin, ..."; "in Drazhevo" / "in Drashevo". Two outlets that say
    the same thing about a name spelled nearly alike name one entity, where the spelling
    alone is too short or too far apart to tell ("Ahmet" / "Ahmed", "Marsk" / "Marsch").
    A person's given name of ``ALIGNED_MIN_LEN_POSTED`` letters ("Petr" / "Piotr
    Zelinski") is close enough where both outlets also give the person one post beside
    the name (``roles``: "Deputy minister Petr Zelinski will take over ..." / "Deputy
    housing minister Piotr Zelinski will take over ..."; not a former holder beside a
    current one, ``past``): the slot, the post and the surname make one holder."""
    if not ctx.alignments:
        return []
    # per sentence, its full forms (a short form standing for a fuller name never links)
    by_sent: dict[str, list[tuple[str, Entity]]] = {}
    for art, e in mentions:
        if link_key(e.text) == e.key:
            by_sent.setdefault(e.sentence, []).append((art, e))
    near: dict[tuple[str, str, frozenset[str]], bool] = {}
    pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for al in ctx.alignments:
        # the group's mentions by key: only two different keys can be two spellings
        by_key: dict[str, list[tuple[str, Entity]]] = {}
        for sid in al.sentences:
            for art, e in by_sent.get(sid, ()):
                by_key.setdefault(e.key, []).append((art, e))
        if len(by_key) < 2:
            continue
        keys = sorted(by_key)
        for i, ka in enumerate(keys):
            for kb in keys[i + 1:]:
                if ka.count(" ") != kb.count(" "):
                    continue
                for art_a, ea in by_key[ka]:
                    for art_b, eb in by_key[kb]:
                        if art_a == art_b:
                            continue
                        memo = (ka, kb, frozenset((ea.kind, eb.kind)))
                        close = near.get(memo)
                        if close is None:
                            close = near[memo] = _near_spelling(ka, kb, {ea.kind, eb.kind})
                        if not close and roles is not None and " " in ka \
                                and {ea.kind, eb.kind} == {"person"} \
                                and ((art_a, ka) in (past or ())) == ((art_b, kb) in (past or ())) \
                                and _shared_post(roles.get((art_a, ka), frozenset()),
                                                 roles.get((art_b, kb), frozenset())):
                            close = _near_spelling(ka, kb, {"person"}, ALIGNED_MIN_LEN_POSTED) \
                                and _short_name_respelled(ka, kb)
                        if close and _same_slot(ctx, ea, eb):
                            x, y = (art_a, ka), (art_b, kb)
                            pairs.add((x, y) if x < y else (y, x))
    return sorted(pairs)


def _short_name_respelled(ka: str, kb: str) -> bool:
    """Whether the word two keys differ in, where it is shorter than ``ALIGNED_MIN_LEN``
    (the four letters the posted slot allows), is one name's other spelling: the same
    consonants, only a vowel written otherwise or added ("petr" / "piotr"), and not two
    letters of four replaced. Another consonant or two letters replaced make another
    name: "Lena" / "Lisa", "Omar" / "Oscar", "Neil" / "Noel" (review36n)."""
    diff = _one_word_apart(ka, kb)
    if diff is None:
        return False
    x, y = diff
    if min(len(x), len(y)) >= ALIGNED_MIN_LEN:
        return True
    return _consonants(x) == _consonants(y) and (len(x) != len(y) or _one_edit(x, y))


_NOUN_AFTER = re.compile(r" ([a-z]+)\b")
# Longest ending one spelling of a place adds to the other's letters that the kind-noun tie
# reads as a suffix ("Kvitbreen" / "Kvitbre": the Norwegian definite "-en"), not another name.
KIND_NOUN_MAX_SUFFIX = 2


def _suffix_or_one_edit(a: str, b: str) -> bool:
    """Whether two written one-word place names (case folded) are one edit apart
    ("orteratsch" / "orterasch") or one is the other with a short ending
    (``KIND_NOUN_MAX_SUFFIX``: "kvitbreen" / "kvitbre"), as the kind-noun tie needs: two
    rivers of one valley are often two letters apart inside ("the Drina river" / "the
    Drava river", both in one flood story), which a shared kind noun cannot tell from one
    river spelled twice (review16d)."""
    short, long_ = sorted((a, b), key=len)
    return _one_edit(a, b) or (long_.startswith(short)
                               and len(long_) - len(short) <= KIND_NOUN_MAX_SUFFIX)



def _noun_after(text: str, end: int) -> str | None:
    """The place's kind noun (``rules/titles.PLACE_KIND_NOUNS``) written in lower case
    right after a name ending at ``end`` of its sentence: "the Kvitbreen glacier" ->
    "glacier"; None after "Kvitbreen, a glacier" or "Kvitbreen Glacier" (the name's own
    word, part of the entity)."""
    m = _NOUN_AFTER.match(text, end)
    return m.group(1) if m and m.group(1) in T.PLACE_KIND_NOUNS else None


_EDGE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


def _same_slot(ctx: FindingContext, ea: Entity, eb: Entity) -> bool:
    """Whether two mentions have the same word right before them or right after them in
    their sentences (case aside): "captain, Orel Vasquin" / "captain, Orel Vaskin"."""
    sa, sb = ctx.sentences.get(ea.sentence), ctx.sentences.get(eb.sentence)
    if sa is None or sb is None:
        return False

    def edges(s, e) -> tuple[str, str]:
        before = _EDGE_WORD.findall(s.text[max(0, e.start - s.start - 40):e.start - s.start])
        after = _EDGE_WORD.findall(s.text[e.end - s.start:e.end - s.start + 40])
        return (before[-1].casefold() if before else "", after[0].casefold() if after else "")

    (b1, a1), (b2, a2) = edges(sa, ea), edges(sb, eb)
    return bool(b1 and b1 == b2 or a1 and a1 == a2)


_VOWELS = frozenset("aeiouy")


def _near_spelling(ka: str, kb: str, kinds: set[str], least: int | None = None) -> bool:
    """Whether two keys differ in one word only, that word starting with the same letter
    and at most ``ALIGNED_MAX_EDITS`` edits apart, of ``ALIGNED_MIN_LEN`` letters or more (``ALIGNED_MIN_LEN_SINGLE``
    in a one-word name): "davit" / "david", "marsk" / "marsch", "orlek" / "orlik"; not
    "ivan" / "ivo", not "radan" / "ana" (another person), not a plural, not another ending
    vowel outside a place's name ("carlo" / "carla", "simon" / "simone")."""
    if kinds <= {"norp"} or _kind_word_apart(ka, kb, kinds):
        return False
    diff = _one_word_apart(ka, kb)
    if diff is None:
        return False
    x, y = diff
    least = least or (ALIGNED_MIN_LEN_SINGLE if len(ka.split()) == 1 else ALIGNED_MIN_LEN)
    if min(len(x), len(y)) < least or x[0] != y[0] or x.rstrip("s") == y.rstrip("s"):
        return False
    if gendered_ending(ka, kb, kinds) or x[-1] != y[-1] and (x[-1] in _VOWELS or y[-1] in _VOWELS) \
            and not kinds <= {"place"}:
        # another ending vowel: a name's other gender ("Carlo" / "Carla", "Simon" /
        # "Simone", "Marek" / "Marta", "Petrov" / "Petrova"), two people as often as one
        # (the boy's father and mother in one slot of two aligned sentences), as the
        # vowel link reads it (_vowel_inside: "Maria" / "Mario")
        return False
    return _edits(x, y, ALIGNED_MAX_EDITS) <= ALIGNED_MAX_EDITS


# The endings that make a given name's feminine form: an "a" added ("Daniel" / "Daniela",
# "Michael" / "Michaela") or put for the masculine "o" ("Mario" / "Maria", "Carlo" /
# "Carla"). Not an "e" added: "Rosalind" / "Rosalinde", "Christin" / "Christine" are one
# woman's spellings as often as "Justin" / "Justine" are two people (and "Simon" /
# "Simone" is too short for the typo link anyway).
_FEMININE_ADDED = frozenset("a")
_GENDER_SWAP = frozenset("ao")


def gendered_ending(ka: str, kb: str, kinds: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether two keys differ only at the end of one word by a final "a" added
    ("daniel" / "daniela", "ivan" / "ivana", "jan" / "jana") or an "o" changed to "a"
    ("mario" / "maria", "carlo" / "carla"): a name's other gender, most often two people
    (a father and a daughter in one story), so no spelling rule links them. Not an "e"
    added (``_FEMININE_ADDED``: "Rosalind" / "Rosalinde"), not another feminine ending
    ("Melania" / "Melanie": one woman's name misspelt as often as two women), not an "o"
    added ("Mark" / "Marko": one name's Slavic form). Not inside a place's
    name ("Vela" / "Velo" may be one village's spellings) or an organisation's ("Banca" /
    "Banco Orm"), not "y" for "i" ("Andrei" / "Andrey", "Dmitri" / "Dmitry": one name's
    romanisations), not a transliteration's inner vowels ("Yusuf" / "Yusef") or
    consonants ("Aleksandr" / "Alexander"). Also the last two letters swapped or the last
    one changed into the "a" ending of a name of six letters or more that ends in a
    consonant ("Kristian" / "Kristina", "Aleksandar" / "Aleksandra", "Alexis" / "Alexia";
    not "Hannah" / "Hanna", an "h" dropped). A given name only: a word before the last of
    a name of two or more words (a surname's ending, "Petrov" / "Petrova", is left to
    each rule's own limits)."""
    if kinds & DEFINITE_KINDS and "person" not in kinds:
        return False
    diff = _one_word_apart(ka, kb)
    if diff is None or ka.split()[-1] != kb.split()[-1]:
        return False
    short, long_ = sorted(diff, key=len)
    if len(long_) == len(short) + 1:
        return long_.startswith(short) and long_[-1] in _FEMININE_ADDED \
            and short[-1] not in _VOWELS
    if len(long_) != len(short):
        return False
    if long_[:-1] == short[:-1] and {long_[-1], short[-1]} == _GENDER_SWAP:
        return True
    # two letters swapped or one changed that make the feminine "a" ending of a name that
    # ends in a consonant ("Kristian" / "Kristina", "Aleksandar" / "Aleksandra", "Alexis" /
    # "Alexia": session 18's near misses, a brother and a sister); not an "h" after the
    # "a" dropped, which is one woman's spelling ("Hannah" / "Hanna", "Sarah" / "Sara")
    fem, masc = (long_, short) if long_.endswith("a") else (short, long_)
    if not fem.endswith("a") or masc[-1] in _VOWELS or masc[-1] == "h" \
            or len(masc) < FUZZY_MIN_LEN_FIRST:
        # (shorter given names are no typo link anyway; under one title both outlets
        # give, "Finance Minister Lars / Lara Tamberg", the post's one holder: name.titled)
        return False
    return fem[:-1] == masc[:-1] or fem[:-2] == masc[:-2] and fem[-2:] == masc[-2:][::-1]


def _edits(a: str, b: str, most: int) -> int:
    """Optimal-string-alignment distance of two words (a swap counts one), or ``most + 1``
    when it is more than ``most``."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[len(b)], most + 1)


def _joined_pairs(mentions: list[tuple[str, Entity]]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Nodes of two articles whose written forms are one name with one word written as two
    ("Black Heron" / "BlackHeron", "Harbour Gate Centre" / "Harbourgate Centre"), read on
    the written words (diacritics off), not on the link keys: a key folds each word
    alone ("blackheron" and "black heron" fold differently)."""
    by_letters: dict[str, dict[tuple[str, str], tuple[tuple[str, ...], frozenset[str]]]] = {}
    for art, e in mentions:
        words = tuple(strip_accents(w) for w in _surface_words(e.text))
        if len(words) >= 1:
            by_letters.setdefault("".join(words), {}).setdefault(
                (art, e.key), (words, _capital_parts(e.text)))
    pairs = set()
    for nodes in by_letters.values():
        if len(nodes) < 2:
            continue
        items = sorted(nodes.items())
        for i, (x, (wx, cx)) in enumerate(items):
            for y, (wy, cy) in items[i + 1:]:
                if x[0] != y[0] and x[1] != y[1] and _joined(list(wx), list(wy), cx & cy):
                    pairs.add((x, y) if x[0] < y[0] else (y, x))
    return sorted(pairs)


def _glued_kind_word(a: str, b: str) -> bool:
    """Whether one written form ends in an organisation word ("Kaspar Bank", "Orm Group":
    ``rules/words.ORG_WORDS``) that the other writes glued to the word before it
    ("Kasparbank", "Ormgroup"): the glued form names that organisation too, whatever kind
    its sentence gave it ("a credit line for Kasparbank" read as a place after "for"), so
    the two kinds do not keep the spellings apart (names20, invented dev d45). Not a place
    word ("Orm Bridge" / "Ormbridge", a town named after a bridge: two things)."""
    wa = [strip_accents(w) for w in _surface_words(a)]
    wb = [strip_accents(w) for w in _surface_words(b)]
    if len(wa) < len(wb):
        wa, wb = wb, wa
    return len(wa) == len(wb) + 1 and len(wa) >= 2 and wa[-1] in T.ORG_WORDS \
        and wb[-1] == wa[-2] + wa[-1] and wa[:-2] == wb[:-1] and len(wa[-1]) >= JOINED_PART_MIN


def _glued_kind_nodes(mentions: list[tuple[str, Entity]], joined: set[tuple[tuple[str, str], tuple[str, str]]]
                      ) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """The joined node pairs (:func:`_joined_pairs`) whose written forms
    :func:`_glued_kind_word` makes one organisation."""
    if not joined:
        return set()
    forms: dict[tuple[str, str], set[str]] = {}
    for art, e in mentions:
        forms.setdefault((art, e.key), set()).add(e.text)
    out = set()
    for x, y in joined:
        if any(_glued_kind_word(a, b) for a in forms[x] for b in forms[y]):
            out.add((x, y))
    return out


def _acronym_after(text: str, e: Entity) -> str | None:
    """The acronym the writer puts in brackets right after a name ("… Citizens (NRC)")."""
    m = _ACRONYM.match(text, e.end)
    return m.group(1) if m else None


def _acronym_pairs(acronyms: dict[tuple[str, str], set[str]]):
    """Nodes of two articles that one acronym introduces and that :func:`_acronym_tie`
    accepts as one name."""
    by_acronym: dict[str, list[tuple[str, str]]] = {}
    for node, acrs in sorted(acronyms.items()):
        for acr in acrs:
            by_acronym.setdefault(acr, []).append(node)
    pairs = set()
    for acr, nodes in by_acronym.items():
        for i, x in enumerate(nodes):
            for y in nodes[i + 1:]:
                if x[0] != y[0] and x[1] != y[1] and _acronym_tie(x[1], y[1], acr):
                    pairs.add((x, y) if x[0] < y[0] else (y, x))
    return sorted(pairs)


def _acronym_tie(ka: str, kb: str, acr: str) -> bool:
    """Whether two keys that one acronym introduces are one name written in two forms:
    the acronym spells one of them (so it is the name's own, not a party tag such as "(D)"
    or "(DFL)" after two people), and they share at least ``ACRONYM_MIN_SHARED`` content
    words and differ by at most one word each way ("National Register of Citizens" /
    "National Citizens' Register"; "Communist Party (CP)" / "Conservative Party (CP)"
    share one word: two parties)."""
    wa, wb = _content(ka), _content(kb)
    shared = len(set(wa) & set(wb))
    if shared < ACRONYM_MIN_SHARED or len(set(wa) ^ set(wb)) > 2:
        return False
    letters = sorted(acr.lower())
    return any(sorted(w[0] for w in ws) == letters for ws in (wa, wb))


def _beside(text: str, start: int, end: int) -> str:
    """The ``KIND_WORD_WINDOW`` words on each side of a name in its sentence.

    Read from a bounded stretch each side (``_BESIDE_CHARS``), not the whole sentence: a
    run-on "sentence" of 100,000 characters with thousands of names made this quadratic."""
    start, end = max(start, 0), max(end, 0)
    lo, hi = max(0, start - _BESIDE_CHARS), end + _BESIDE_CHARS
    before = text[lo:start].split()
    if lo > 0 and not text[lo - 1].isspace():
        before = before[1:]  # the window cut this word: not a word of the text
    after = text[end:hi].split()
    if hi < len(text) and not text[hi].isspace():
        after = after[:-1]
    before, after = before[-KIND_WORD_WINDOW:], after[:KIND_WORD_WINDOW]
    return " ".join(before + ["|"] + after)


def _kind_word_tie(ka: str, kb: str, said_a: list[str], said_b: list[str]) -> bool:
    """Whether one outlet writes a name with a kind word ("university") in place of its
    last word and the other outlet calls the entity that kind itself, right beside the
    name: "Jamia Millia University" / "one of the oldest universities — Jamia Millia
    Islamia —".

    Names of ``KIND_WORD_MIN_WORDS`` or more words, all equal but the last; exactly one last
    word is an organisation word (``ORG_WORDS``); and the other form has that word in lower
    case within ``KIND_WORD_WINDOW`` words of it. Two kind words ("Vell Defence Forces" /
    "Vell Defence Council") are two bodies. Without the descriptor beside the name, the
    shape alone linked "New York City" with "New York Islanders" and "New York Gov"
    (every pair of the non-test articles: 10 such findings, all wrong; place words such
    as "city" and "county" are left out for the same reason: a sentence says them anyway)."""
    shape = _kind_word_shape(ka, kb)
    if shape is None:
        return False
    kind, other_said = shape[0], said_b if shape[1] == "a" else said_a
    plural = kind[:-1] + "ies" if kind.endswith("y") else kind + "s"
    word = re.compile(rf"\b(?:{kind}|{plural})\b")  # lower case only: the common noun
    return any(word.search(text) for text in other_said)


def _kind_word_shape(ka: str, kb: str) -> tuple[str, str] | None:
    """The shape :func:`_kind_word_tie` needs of two keys, which depends on the keys
    alone: (the kind word, "a" or "b": the key that ends with it), or ``None``."""
    ta, tb = ka.split(), kb.split()
    if len(ta) != len(tb) or len(ta) < KIND_WORD_MIN_WORDS or ta[:-1] != tb[:-1]:
        return None
    kinds_ = _kind_words()  # link keys are folded ("universiti"): folded -> the word
    x, y = ta[-1], tb[-1]
    if (x in kinds_) == (y in kinds_):
        return None
    return (kinds_[x], "a") if x in kinds_ else (kinds_[y], "b")


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, str]:
    return {fold(w): w for w in T.ORG_WORDS}


def _content(key: str) -> list[str]:
    return [w for w in key.split() if w not in T.NAME_PARTICLES and w not in ("the", "and")]


def _entities(doc: Document) -> tuple[Entity, ...]:
    if doc.analysis is not None and doc.analysis.entities:
        return doc.analysis.entities
    return extract_entities(doc)


def _kinds_clash(a: set[str], b: set[str]) -> bool:
    da, db = a & DEFINITE_KINDS, b & DEFINITE_KINDS
    return bool(da and db and not da & db)


def _one_word_apart(a: str, b: str) -> tuple[str, str] | None:
    """The one pair of words in which two forms of as many words differ (``a``'s, ``b``'s),
    or None ("Ada Vell" / "Ada Vel" -> ("Vell", "Vel"))."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return None
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return diff[0] if len(diff) == 1 else None


@lru_cache(maxsize=1)
def _folded_kind_words() -> frozenset[str]:
    return frozenset(fold(w) for w in T.NAME_KIND_WORDS)


def _kind_word_apart(ka: str, kb: str, kinds: set[str] | frozenset[str]) -> bool:
    """Whether two keys of a name that is not a person's differ in one word that says
    what kind of thing it names (``T.NAME_KIND_WORDS``: "Kovar Bridge" / "Kovar Ridge",
    "Sunset Lane" / "Sunset Line"): two things, not two spellings, however close the
    words' letters. Not in a person's name ("Anna Hall" / "Anna Hull" is a surname's
    spelling), nor a clipped word, one the other's start (the clipping rule's matter), nor
    one kind word's two spellings ("Orm Fisheries Organisation" / "Organization": one body,
    whose two forms the typo link joins; the name finding calls them a convention)."""
    if "person" in kinds and not kinds & {"place", "org"}:
        return False
    diff = _one_word_apart(ka, kb)
    if diff is None or len(ka.split()) < 2 or diff[0].startswith(diff[1]) or diff[1].startswith(diff[0]):
        return False
    if norm_key(diff[0]) == norm_key(diff[1]):
        return False  # one kind word in two spellings: "Organisation" / "Organization" (review18d)
    words = _folded_kind_words()
    return any(w in words or w.rstrip("s") in words for w in diff)


# T.GIVEN_NAME_SHARED_FORMS as link keys are folded: a short form -> its full forms, and
# a full form -> the short forms that may stand for it (_candidate_pairs indexes both)
_SHARED_SHORT: dict[str, frozenset[str]] = {
    fold(short): frozenset(fold(f) for f in fulls) for short, fulls in T.GIVEN_NAME_SHARED_FORMS.items()}
_SHARED_FULL: dict[str, frozenset[str]] = {
    full: frozenset(s for s, fs in _SHARED_SHORT.items() if full in fs)
    for fs in _SHARED_SHORT.values() for full in fs}


def _shared_short(ka: str, kb: str) -> bool:
    """Whether two person keys differ only in a first given name that one writes as a short
    form of several full names and the other as one of them (``T.GIVEN_NAME_SHARED_FORMS``:
    "pat simmons" / "patrick simmons"; not "patrick" / "patricia", not "pat" / "peter")."""
    ta, tb = ka.split(), kb.split()
    if len(ta) < 2 or len(ta) != len(tb) or ta[1:] != tb[1:]:
        return False
    x, y = ta[0], tb[0]
    return y in _SHARED_SHORT.get(x, ()) or x in _SHARED_SHORT.get(y, ())


def _link(ka: str, kb: str, kinds: set[str], marked: bool = False) -> str | None:
    """How two keys from two articles name one entity: "key", "fuzzy" or None.
    ``marked``: whether either written form marks a vowel (``_romanised_edit``).

    Only full forms link: a surname-only or other short form ("Trump", "House", "Police")
    fits several full names in a story, and linking through it joined different
    entities ("Cordoba House" / "White House")."""
    if ka == kb:
        return "key"
    if _shared_short(ka, kb):
        return "key"  # "Pat Simmons" / "Patrick Simmons": one given name's short form
    ta = ka.split()
    diff = _one_word_apart(ka, kb)
    if diff is None:
        return None
    x, y = diff
    if x.rstrip("s") == y.rstrip("s"):
        return None  # "Rose Parade" / "Roses Parade": a plural, not a spelling
    if _kind_word_apart(ka, kb, kinds):
        return None  # "Kovar Bridge" / "Kovar Ridge": two things
    if gendered_ending(ka, kb, kinds):
        return None  # "Daniel Orsk" / "Daniela Orsk": the name's other gender
    short, long_ = sorted((x, y), key=len)
    if len(ta) >= PREFIX_MIN_WORDS and len(short) >= FUZZY_MIN_LEN_IN_NAME \
            and long_.startswith(short) and not kinds <= {"place", "norp"}:
        return "fuzzy"  # "Maha Vikas Aghadi" / "Maharashtra Vikas Aghadi"
    if len(ta) == 1:
        ok = kinds <= FUZZY_KINDS and min(len(x), len(y)) >= FUZZY_MIN_LEN
    else:  # the other words already agree, so a shorter differing word is safe enough
        first = ta.index(x) == 0 and not _swapped(x, y)  # "Quiet" / "Quite" is a typo
        least = FUZZY_MIN_LEN_FIRST if first else FUZZY_MIN_LEN_IN_NAME
        ok = (min(len(x), len(y)) >= least or first and _vowel_inside(ka, kb)) \
            and not kinds <= {"place", "norp"}
    if ok and _one_edit(x, y):
        return "fuzzy"
    if len(ta) == 1 and kinds <= ROMANISED_KINDS and _romanised_edit(x, y, marked):
        return "fuzzy"  # "Drazhevo" / "Drashevo", "Brezhno" / "Brezno": a place's romanisations
    if len(ta) >= 2 and ta[0] == x and "person" in kinds and not kinds & {"place", "org"} \
            and _romanised_given(x, y):
        return "fuzzy"  # "Yevhen" / "Ievgen Korolchuk": one given name in two romanisations
    if len(ta) >= 2 and min(len(x), len(y)) >= CONSONANT_MIN_LEN \
            and not kinds <= {"place", "norp"} \
            and _consonants(x) == _consonants(y) and x[0] == y[0]:
        return "fuzzy"  # "Hizbullah" / "Hezbollah": the vowels of a transliteration
    return None


def _given_fold(word: str) -> str:
    """A folded given name through ``GIVEN_ROMANISATION`` (the other romanisations'
    letters): "yevhen" and "ievgen" -> "evgen", "agoes" -> "agus"."""
    for pat, rep in _GIVEN_FOLDS:
        word = pat.sub(rep, word)
    return word


def _romanised_given(x: str, y: str) -> bool:
    """Whether two folded given names of ``VOWEL_MIN_LEN`` - 1 letters or more differ
    only in letters that two romanisations of one name write differently
    (``GIVEN_ROMANISATION``: "Yevhen" / "Ievgen" / "Evgen", "Yevhenia" / "Evgenia",
    "Agus" / "Agoes"): not "Ivan" / "Ivo", not "Jana" / "Jan", not "Mara" / "Mira"."""
    return x != y and min(len(x), len(y)) >= VOWEL_MIN_LEN - 1 and _given_fold(x) == _given_fold(y)


def _romanised_edit(x: str, y: str, marked: bool = False) -> bool:
    """Whether two folded words of ``ROMANISED_MIN_LEN`` letters or more, with the same
    first and last letters, differ by one edit inside that two romanisations of one name
    make (``ROMANISED_SWAPS``: one vowel for another, "s" for "z", an "h" after a
    sibilant or "k" dropped): "drazhevo" / "drashevo", "brezhno" / "brezno", "kessing" /
    "kossing" ("Kössing" written plain). A vowel for another vowel only where one written
    form marks a vowel (``marked``: an umlaut or accent written plain as another vowel,
    "Kössing" / "Kessing"): between two plain forms it is two places as often as one
    ("Walton" / "Wilton", "Milton" / "Melton", "Bolton" / "Belton", "Hamburg" /
    "Homburg"; review15b). Not another consonant ("Ireland" / "Iceland" are two
    countries), not the first or last letter (an ending: "Serbia" / "Serbian")."""
    if min(len(x), len(y)) < ROMANISED_MIN_LEN or x[0] != y[0] or x[-1] != y[-1] \
            or not _one_edit(x, y) or _swapped(x, y):
        return False
    if len(x) == len(y):
        i = next(i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q)
        pair = frozenset((x[i], y[i]))
        return 0 < i < len(x) - 1 and pair in ROMANISED_SWAPS and (marked or not pair <= _VOWELS)
    short, long_ = sorted((x, y), key=len)
    i = next((i for i, (p, q) in enumerate(zip(short, long_, strict=False)) if p != q), len(short))
    return long_[i] == "h" and 0 < i < len(long_) - 1 and long_[i - 1] in "szck" \
        and long_[:i] + long_[i + 1:] == short


def _vowel_inside(ka: str, kb: str) -> bool:
    """Whether two keys of a name of two or more words differ only in a given name too
    short for the typo link (``VOWEL_MIN_LEN``..``FUZZY_MIN_LEN_FIRST`` - 1 letters) by one
    vowel for another inside it, neither its first nor its last letter: "yusuf" / "yusef",
    "ahmad" / "ahmed", where a transliteration writes the vowels a script leaves out or
    hears them differently. Not the last letter ("Maria" / "Mario", "Eleni" / "Elena" are
    two people's names), not a letter added ("Paul" / "Paula"), not a consonant ("Jonas" /
    "Jonah"), not four letters ("Mara" / "Mira"). Only the vowels a transliteration writes
    two ways (``_TRANSLITERATED_VOWELS``): an "e" for another vowel, "o" for "u"; "a" for
    "i" or "u" is another name ("Hamid" / "Hamad", "Samir" / "Samar", "Walid" / "Walad")."""
    ta, tb = ka.split(), kb.split()
    diff = _one_word_apart(ka, kb)
    if diff is None or len(ta) < 2 or ta[0] == tb[0] or ta[1:] != tb[1:]:
        return False
    x, y = diff
    if len(x) != len(y) or not VOWEL_MIN_LEN <= len(x) < FUZZY_MIN_LEN_FIRST:
        return False
    d = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    return len(d) == 1 and 0 < d[0] < len(x) - 1 and x[d[0]] in "aeiou" and y[d[0]] in "aeiou" \
        and _transliterated_vowel(x[d[0]], y[d[0]])


# Vowel pairs that two romanisations of one given name write in one place: the short vowels
# an Arabic, Persian or Turkic script leaves unwritten are heard as "e" or as "a" / "i"
# ("Ahmad" / "Ahmed", "Hamid" / "Hamed", "Yusuf" / "Yusef"), and "o" / "u" for one vowel
# ("Mahmud" / "Mahmod"). "a" against "i", "o" or "u" (and "i" against "o" or "u") are
# different vowels of the name, so different names: "Hamid" / "Hamad", "Samir" / "Samar",
# "Walid" / "Walad" (session 18's near misses).
_TRANSLITERATED_VOWELS = frozenset({frozenset("ae"), frozenset("ei"), frozenset("eo"), frozenset("eu"),
                                    frozenset("ou")})


def _transliterated_vowel(p: str, q: str) -> bool:
    return frozenset((p, q)) in _TRANSLITERATED_VOWELS


def _two_word_pairs(nodes: list[tuple[str, str]], definite: dict[tuple[str, str], frozenset[str]]
                    ) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Node pairs of two articles whose person keys differ in two words, each a near
    spelling of the other (:func:`_two_words_near`), found through buckets of the keys'
    first letters (every word keeps its first letter there)."""
    buckets: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for node in nodes:
        words = node[1].split()
        if len(words) >= 2 and definite.get(node) == {"person"}:
            buckets.setdefault(tuple(w[0] for w in words), []).append(node)
    pairs = []
    for group in buckets.values():
        for i, na in enumerate(group):
            for nb in group[i + 1:]:
                if na[0] != nb[0] and _two_words_near(na[1], nb[1]):
                    pairs.append((na, nb) if na[0] < nb[0] else (nb, na))
    return sorted(pairs)


def _two_words_near(ka: str, kb: str) -> bool:
    """Whether two person keys of as many words differ in exactly two words, each pair
    with the same first letter and ``FUZZY_MIN_LEN_IN_NAME`` letters or more, and each
    one edit apart or, for the given name, one name in two romanisations
    (:func:`_romanised_given`): "aleksander voigt" / "alexander voight". Not a letter
    added at a given name's end ("Jane" / "Janet"), not a name's other gender ("Daniel" /
    "Daniela", "Petrov" / "Petrova"), not another first letter ("Anna Berg" / "Hanna
    Borg"). Too far apart for the spelling rules alone: the caller asks for a descriptor
    both outlets give the person (:func:`_name_clusters`)."""
    ta, tb = ka.split(), kb.split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    diff = [i for i, (x, y) in enumerate(zip(ta, tb, strict=True)) if x != y]
    if len(diff) != 2:
        return False  # one word apart: the one-word links' (_link); more: another name
    for i in diff:
        x, y = ta[i], tb[i]
        short, long_ = sorted((x, y), key=len)
        if x[0] != y[0] or len(short) < FUZZY_MIN_LEN_IN_NAME or x.rstrip("s") == y.rstrip("s"):
            return False
        if i == 0 and _romanised_given(x, y):
            continue
        if not _one_edit(x, y) or long_.startswith(short) and i < len(ta) - 1:
            return False
        # the word's other gender, read as a one-word difference ("daniel" / "daniela")
        rest = ta[:i] + ta[i + 1:]
        if gendered_ending(" ".join([x, *rest]), " ".join([y, *rest]), {"person"}) \
                or len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] == "a":
            return False
    return True


def _given_name_apart(ka: str, kb: str) -> bool:
    """Whether two person keys differ only in a given name one edit apart, of
    ``FUZZY_MIN_LEN_IN_NAME`` letters or more ("matis orbi" / "matias orbi"): too short
    for a typo link alone ("Jane" / "Janet" are two names), but one person when the two
    outlets give both the same title (:func:`_name_clusters`). Not a letter added at the
    end: that makes another given name ("Paul" / "Paula", "Jane" / "Janet")."""
    ta, tb = ka.split(), kb.split()
    diff = _one_word_apart(ka, kb)
    if diff is None or len(ta) < 2 or ta[0] == tb[0]:
        return False
    short, long_ = sorted(diff, key=len)
    return len(short) >= FUZZY_MIN_LEN_IN_NAME and not long_.startswith(short) and _one_edit(*diff) \
        and not gendered_ending(ka, kb)  # "Mario" / "Maria Orsk": two people under one title


def _titled_only(a: str, b: str, kinds: set[str]) -> bool:
    """Whether two written forms are a given name one edit apart that the typo link
    alone does not join (:func:`_link`), so only the title both outlets give the person
    linked them (:func:`_given_name_apart`): graded as ``name.titled``."""
    ka, kb = link_key(a), link_key(b)
    return _given_name_apart(ka, kb) and _link(ka, kb, kinds) is None


def _unmark(word: str) -> str:
    """``word`` without the marks a vowel carries (``_VOWEL_MARKS``): "renée" -> "renee",
    "staněk" stays (a caron makes another letter)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", word):
        if ch in _VOWEL_MARKS and out and out[-1] in _VOWELS:
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _marks(text: str) -> int:
    """How many letters of ``text`` carry a diacritic ("Górska" 1, "Gorska" 0)."""
    return sum(1 for ch in unicodedata.normalize("NFD", text) if unicodedata.combining(ch))


def _desk_keeps_marks(ctx: FindingContext, a: str, b: str, arts_of: dict[str, set[str]]) -> bool:
    """Whether every article that writes the plainer of two forms differing in a vowel's
    accents only ("Mirandola" beside another outlet's "Mirándola") writes a marked letter
    in another name of its text (one of its entities, not any capitalised word: a
    loanword, "café", "élite", "coup d'état", in lower case or opening a sentence, "Café
    owners ...", says nothing of how the desk writes names; review15b): its desk keeps
    diacritics on names, so dropping them from this name is
    its spelling of the name, not its house style. A page that writes no marked letter at
    all (an English-language desk that drops them everywhere, as the gold's "Renee
    Silberman" and "Carles Alena" pages do) is read as the style (``name.accents``)."""
    plain = a if _marks(a) < _marks(b) else b
    arts = arts_of.get(plain, set())
    if not arts:
        return False
    for art in arts:
        doc = ctx.documents.get(art)
        if doc is None or not any(_marks(e.text) for e in _entities(doc)):
            return False
    return True


# Fewest outlets whose articles write a name, one form or the other and not both (two
# pieces of one desk count once: review28n), for a vowel's
# accent dropped (or added) by one of them to be shown as the odd outlet's spelling
# (_agreed_form): with three, two of them agree on one form. Two pages alone ("Renée
# Silberman" / "Renee Silberman", "Jürgen Klopp" / "Jurgen Klopp": the gold's and the
# real pairs' only accent pairs, each one page against one) tell nothing but two desks'
# styles, and the gold guide calls that a convention.
ACCENT_AGREED_MIN_ARTS = 3


def _agreed_form(arts_a: set[str], arts_b: set[str], outlet=lambda art: art) -> bool:
    """Whether two forms that differ in a vowel's accent only are written by
    ``ACCENT_AGREED_MIN_ARTS`` articles or more, each writing one form and not the other,
    so that two or more of them agree on one form ("Hana Lisková" in three outlets, "Hana
    Liskova" in the fourth; "Liana Morvath" in three, "Liana Morváth" in one): the story's
    coverage spells the name one way and the odd outlet another, which a reader comparing
    the outlets wants shown, whatever the odd desk's style. An article that writes both
    forms counts for neither (it names two people or writes the name two ways). Counted
    by outlet (``outlet``: an article's outlet, :meth:`FindingContext.outlet`): two pages
    of one desk are its house style twice, no agreement ("Hanna Veskova" in two Vell Post
    pieces against one Orm Daily "Hanna Vesková" stays ``name.accents``; review28n)."""
    only_a, only_b = arts_a - arts_b, arts_b - arts_a
    return bool(only_a and only_b) and len({outlet(a) for a in only_a}) + len(
        {outlet(b) for b in only_b}) >= ACCENT_AGREED_MIN_ARTS


# Letters written in capitals inside a form, two or more in a row ("ID" of "KestID" and
# "Kest ID", "AI" of "OpenAI"): an acronym part (_capital_parts).
_CAPITAL_RUN = re.compile(r"[A-Z]{2,}")


def _capital_parts(text: str) -> frozenset[str]:
    """The acronyms a form writes in capitals, folded ("Kest ID", "KestID": {"id"}); none
    for a form written all in capitals (a headline's or a caption's)."""
    plain = strip_accents(text)
    if plain.isupper():
        return frozenset()
    return frozenset(m.casefold() for m in _CAPITAL_RUN.findall(plain))


def _joined(wa: list[str], wb: list[str], acronyms: frozenset[str] = frozenset()) -> bool:
    """Whether one form writes as one word two neighbouring words of the other, the rest
    equal: "black heron" / "blackheron", "harbour gate centre" / "harbourgate centre"; or
    a run of two particles and the word after them (:func:`_particles_joined`).
    Each of the two words has ``JOINED_PART_MIN`` letters or more, or is an acronym of
    two capitals or more that both forms write in capitals (``acronyms``: "Kest ID" /
    "KestID", session 34's invented dev d222; "De Luca" / "DeLuca", "Al Vell" / "Alvell"
    stay out), and they are not two compass points ("North East" / "Northeast" is a
    style, ``rules/titles.COMPASS_WORDS``)."""
    if len(wa) < len(wb):
        wa, wb = wb, wa
    if len(wa) > len(wb) + 1:
        return _particles_joined(wa, wb)
    if len(wa) != len(wb) + 1:
        return False
    for i in range(len(wb)):
        if wa[:i] != wb[:i]:
            return False
        if wa[i] + wa[i + 1] == wb[i] and wa[i + 2:] == wb[i + 1:]:
            return all(len(p) >= JOINED_PART_MIN or len(p) >= 2 and p in acronyms
                       for p in (wa[i], wa[i + 1])) \
                and not {wa[i], wa[i + 1]} <= T.COMPASS_WORDS  # "North East": a style
    return False


def _particles_joined(wa: list[str], wb: list[str]) -> bool:
    """Whether ``wb`` writes as one word a run of two or more particles of ``wa`` and the
    word after them, the rest equal: "marcos de la vega" / "marcos delavega", "piet van
    den berg" / "piet vandenberg". Two particles make a surname's own run (one alone,
    "De Luca" / "DeLuca", "Al Vell" / "Alvell", is left out, as ``JOINED_PART_MIN`` says);
    the word after them has ``JOINED_PART_MIN`` letters or more."""
    k = len(wa) - len(wb)  # particles in the run
    for i in range(len(wb)):
        if wa[:i] != wb[:i]:
            return False
        run = wa[i:i + k]
        if "".join(wa[i:i + k + 1]) == wb[i] and wa[i + k + 1:] == wb[i + 1:]:
            return run[0] in T.NAME_PARTICLES and run[0] not in T.ORG_ONLY_PARTICLES \
                and all(w in T.SECOND_PARTICLES for w in run[1:]) \
                and len(wa[i + k]) >= JOINED_PART_MIN
    return False


def _consonants(word: str) -> str:
    """The consonant skeleton of a folded name word, doubled letters once."""
    out = re.sub(r"[aeiouy'\u2019]", "", word)
    return re.sub(r"(.)\1+", r"\1", out)


def spelling_rule(a: str, b: str, kinds: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The spelling rule that makes two written forms of one name a variant, or ``None``
    when they differ in some other way (another word, a missing part, ...) or in a
    gendered ending outside a place's name (:func:`gendered_ending`: "Daniel" /
    "Daniela")."""
    ka, kb = link_key(a), link_key(b)
    wa, wb = _surface_words(a), _surface_words(b)
    if _hyphen_dropped(a, b):
        # "Jean-Luc" / "Jean Luc", "Wanjala-Obi" / "Wanjala Obi" (accents aside: "Inés
        # Cardoso-Reis" / "Ines Cardoso Reis" is shown for its hyphen); never a demonym's
        # ("African-American" / "African American": a style), nor a place's ("Nagorno-
        # Karabakh" / "Nagorno Karabakh", "Schleswig-Holstein": desks drop it as a style,
        # as they write "St" for "Saint"; the gold guide's hyphenation; review16d), read
        # where every mention is a place's (one "other" mention keeps a company: "the
        # Sorvik-Kemi plant" beside a text that reads "Sorvik Kemi" as a place)
        if kinds and (kinds <= {"norp"} or "place" in kinds and kinds <= {"place", "norp"}):
            return None
        return "name.hyphen"
    if inner_caps_apart(a, b):
        return "name.case"  # "EstraGaz" / "Estragaz", "MedRova" / "Medrova"
    if [_unmark(w) for w in wa] == [_unmark(w) for w in wb]:
        return "name.accents"
    if [strip_accents(w) for w in wa] == [strip_accents(w) for w in wb]:
        return "name.letters"
    if _joined([strip_accents(w) for w in wa], [strip_accents(w) for w in wb],
               _capital_parts(a) & _capital_parts(b)):
        return "name.joined"
    if ka == kb:
        if len(wa) == 1 and min(len(wa[0]), len(wb[0])) < FOLD_MIN_LEN_SINGLE:
            return None  # "Citi" / "City": short single words fold into other names
        if len(wa) == len(wb) and len(wa) >= 2 and wa[0] != wb[0] and wa[1:] == wb[1:] \
                and T.GIVEN_NAME_FORMS.get(wa[0], wa[0]) == T.GIVEN_NAME_FORMS.get(wb[0], wb[0]):
            return "name.given-form"
        return "name.fold"
    if _shared_short(ka, kb):
        return "name.given-form"
    ta = ka.split()
    diff = _one_word_apart(ka, kb)
    if diff is None or gendered_ending(ka, kb, kinds) or _kind_word_apart(ka, kb, kinds):
        return None
    x, y = diff
    short, long_ = sorted((x, y), key=len)
    if len(ta) >= PREFIX_MIN_WORDS and len(short) >= FUZZY_MIN_LEN_IN_NAME and long_.startswith(short):
        return "name.clipped"
    if len(ta) == 1 and kinds and kinds <= ROMANISED_KINDS \
            and _romanised_edit(x, y, bool(_marks(a) or _marks(b))):
        return "name.romanised"  # a place's two romanisations, linked by that edit alone
    if len(ta) >= 2 and ta[0] == x and _romanised_given(x, y) and not (
            _one_edit(x, y) and min(len(x), len(y)) >= FUZZY_MIN_LEN_FIRST):
        # "Yevhen" / "Ievgen Korolchuk", "Jusuf" / "Yusuf"; a given name long enough for
        # the typo link keeps that rule ("Jelena" / "Yelena", as before this rule)
        return "name.given-romanised"
    if len(ta) >= 2 and ta[-1] == x and wa[0] != wb[0] and _romanised_given(x, y):
        # "Oleksandr Hrynko" / "Aleksandr Grinko": the given name in its other national
        # form (one key through GIVEN_NAME_FORMS) and the surname in the same other
        # romanisation (Ukrainian "h" for Russian "g"): a whole name romanised two ways
        return "name.given-romanised"
    if _one_edit(x, y):
        return "name.vowel" if _vowel_inside(ka, kb) else "name.typo"
    if len(ta) >= 2 and min(len(x), len(y)) >= CONSONANT_MIN_LEN \
            and _consonants(x) == _consonants(y) and x[0] == y[0]:
        return "name.consonants"
    pa, pb = plain_key(a), plain_key(b)
    if (pa, pb) != (ka, kb) and (len(pa), len(pb)) == (len(ka), len(kb)) \
            and _link(pa, pb, set(kinds)) == "fuzzy":
        diff = _one_word_apart(pa, pb)
        if diff is not None and _one_edit(*diff):
            # one letter apart as written, farther apart folded ("Pelcz" / "Pelz")
            return "name.typo"
    return None


def _glued(ctx: FindingContext, a: str, b: str, arts_of: dict[str, set[str]]) -> bool:
    """Whether one written form is the other with a lower-case tail glued to one of its
    words ("Federal Election Commission" / "Federal Election Commissiondecision"): the tail
    has ``GLUE_TAIL_MIN`` letters, and every article that writes the longer form also
    writes the shorter one, or the tail as a word of its own in lower case. Not a
    spelling: the page lost a space. (A real clipping, "Maha" / "Maharashtra Vikas
    Aghadi", is one outlet's form against another's, its tail no word.)"""
    diff = _one_word_apart(a, b)
    if diff is None:
        return False
    x, y = diff
    long_form = b
    if len(x) > len(y):
        x, y, long_form = y, x, a
    tail = y[len(x):]
    if not (y.startswith(x) and len(tail) >= GLUE_TAIL_MIN and tail.isalpha() and tail.islower()):
        return False
    short_form = a if long_form is b else b
    arts = arts_of.get(long_form, ())
    return bool(arts) and all(art in arts_of.get(short_form, ()) or tail in lower_vocab(ctx.documents[art])
                              for art in arts)


def grammatical_forms(a: str, b: str, kinds: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether two written forms of a name that is not (only) a person's are one name in two
    grammatical forms, not two spellings: otherwise identical, they differ in one word, and
    that word is one stem of ``F.STEM_MIN`` letters or more with two endings of
    ``F.ENDING_ROLE`` that make two forms (``_two_forms``; "Social Democrats" / "Social
    Democratic": the party's member plural and its adjective; "Kovaria" / "Kovarian": a country and its demonym; "Socialist"
    / "Socialism"). The morphology is read from the two words, not from a list of names
    (session 33, invented dev d215). Not a misspelling ("Democrats" / "Democarts": no
    shared stem with such endings), not a person's name, whose surname takes no such
    suffix in English ("Petrov" / "Petrovic" are two surnames or one misspelt)."""
    if not kinds or kinds <= {"person"}:
        return False
    diff = _one_word_apart(plain_key(a), plain_key(b))
    if diff is None:
        return False
    x, y = (strip_accents(w) for w in diff)
    for n in range(F.STEM_MIN, min(len(x), len(y)) + 1):
        if x[:n] != y[:n]:
            break
        if x[n:] != y[n:] and _two_forms(x[n:], y[n:]):
            return True
    return False


def _two_forms(e: str, f: str) -> bool:
    """Whether two endings of ``F.ENDING_ROLE`` make two forms of one name: two roles
    ("Democrat" / "Democratic"), or one ending with and without the plural "-s"; two
    endings of one role are rival spellings ("Guatemalan" / "Guatemalian")."""
    re_, rf = F.ENDING_ROLE.get(e), F.ENDING_ROLE.get(f)
    if re_ is None or rf is None:
        return False
    return re_ != rf or e == f + "s" or f == e + "s"


def _slip(a: str, b: str) -> bool:
    """Whether two written forms differ by two neighbouring letters swapped in one word
    ("John Krasinski" / "John Krasinksi", "A Quiet Place" / "A Quite Place")."""
    diff = _one_word_apart(link_key(a), link_key(b))
    return diff is not None and _swapped(*diff)


def _swapped(a: str, b: str) -> bool:
    """Two neighbouring letters swapped: the commonest typing slip."""
    d = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(d) == 2 and d[1] == d[0] + 1 \
        and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly one (one insert, delete, swap or change)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        d = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(d) == 1:
            return True
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False


_POSS = re.compile(r"'s?\b")
_DOTS = re.compile(r"(?<=\w)\.(?=\w)|\.$|\.(?=\s)")
_SPLIT = re.compile(r"[\s\-]+")


def _surface_words(text: str) -> list[str]:
    return list(_surface_tuple(text))


@lru_cache(maxsize=65536)
def _surface_tuple(text: str) -> tuple[str, ...]:
    """Words as written, up to case, dots, hyphens, quotes and possessives."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").casefold()
    text = _POSS.sub("", text)
    text = _DOTS.sub("", text)
    return tuple(w for w in _SPLIT.split(text) if w)


_PARTS = re.compile(r"[^\W\d_](?:[^\W\d_'.]|'(?=[^\W\d_]))*|[-\s]+")


@lru_cache(maxsize=65536)
def _hyphen_dropped(a: str, b: str) -> bool:
    """Whether two written forms are one name's words, one joining two of them with a
    hyphen where the other writes a space, both parts capitalised in both forms: a double
    given name ("Jean-Luc" / "Jean Luc"), a double-barrelled surname ("Wanjala-Obi" /
    "Wanjala Obi"), a compound company name ("Sorvik-Kemi" / "Sorvik Kemi"). That hyphen
    is the name's own spelling, as a letter is. Not a romanised syllable after the hyphen
    ("Kim Jong-un" / "Kim Jong Un": the Korean name's romanisation style, a convention by
    the gold guide; nor two capitalised ones after a surname, "Kim Jong-Un", "Tsai
    Ing-Wen", ``_ROMAN_SYLLABLE``), not a lower-case particle ("al-Sadr" / "al Sadr": "al", "el", "bin"
    are written three ways by house styles), not "Saint-" ("Saint-Orbe" / "Saint Orbe":
    the French place name's hyphen, which English desks drop as a style, as they write
    "St"), not two demonyms ("African-American" / "African American", a style; a gold
    dev pair), not capitals (a headline's or a dateline's)."""
    a, b = _typographic(a), _typographic(b)
    if a.isupper() or b.isupper():
        return False
    pa, pb = _PARTS.findall(a), _PARTS.findall(b)
    if len(pa) != len(pb) or len(pa) < 3:
        return False
    seen = False
    for i, (x, y) in enumerate(zip(pa, pb, strict=True)):
        if i % 2 == 0:
            if strip_accents(x).casefold() != strip_accents(y).casefold():
                return False
            continue
        hx, hy = "-" in x, "-" in y
        if hx == hy:
            continue
        before, after = pa[i - 1], pa[i + 1]
        if not (before[:1].isupper() and after[:1].isupper()
                and pb[i - 1][:1].isupper() and pb[i + 1][:1].isupper()):
            return False  # "Jong-un" / "Jong Un"
        w, z = (strip_accents(p).casefold().rstrip(".") for p in (before, after))
        if w in T.NAME_PARTICLES or w in T.STYLE_ABBREVIATIONS \
                or w in T.STYLE_ABBREVIATIONS.values() or w in T.BOUND_NAME_PREFIXES:
            return False  # "Al-Qaeda" / "Al Qaeda", "Saint-Orbe" / "Saint Orbe", "Abdel-Fattah"
        if w in T.NORP_WORDS or z in T.NORP_WORDS \
                or w.endswith(T.NORP_SUFFIXES) and z.endswith(T.NORP_SUFFIXES):
            return False  # "African-American", "Vellish-Torvian": two demonyms, a style
        if len(pa) == 5 and i == 3 and _ROMAN_SYLLABLE.match(w) \
                and _ROMAN_SYLLABLE.match(z) and "-" not in pa[1] + pb[1]:
            # "Kim Jong-Un" / "Kim Jong Un", "Tsai Ing-Wen": a surname, then a given name of
            # two romanised syllables, capitalised or not: the romanisation's style
            return False
        seen = True
    return seen


# The fewest capitalised words of a form for its capitals to be read as a title case's
# (_title_case_only): one capital is a single word's ("Cough"), whose lower-case use elsewhere
# is a common word beside a name ("Rose" the person, "a rose"), not a phrase's title case.
TITLE_CASE_MIN_CAPS = 2


def _title_case_only(ctx: FindingContext, art: str, mentions: list[Entity]) -> bool:
    """Whether an article's form of a name, two or more capitalised words, is capitalised
    only by title case, so that the article writes no name at all: (1) the article writes
    the same words in lower case too, spaced, hyphenated or joined any way ("a farmer
    diagnosed with hay-loft cough", "Hay loft cough is ..." opening a sentence): a common
    noun, which a title-case line or a desk's headline style capitalised; or (2) every
    mention stands in a title-case line (a headline: :func:`analysis.names._title_cased`)
    and every capitalised word of the form is one the article writes in lower case
    ("Develops 'Hay-Loft Cough'" over a body of "hay", "loft", "cough"). Either way the
    outlet spells no name, and its spacing of the words is no spelling of one (real31: a
    disease's common name, capitalised by one outlet's title-case headline alone). Not a
    name the article capitalises in its running text and never writes small ("Brannock-
    Hale", "Hay-Loft Cough" as a named condition), nor one word alone."""
    doc = ctx.documents.get(art)
    if doc is None or not mentions:
        return False
    form = _typographic(mentions[0].text)
    words = [w for w in _PARTS.findall(form) if not _SPLIT.fullmatch(w)]
    caps = [i for i, w in enumerate(words) if w[:1].isupper() and not w.isupper()]
    if len(words) < 2 or len(caps) < TITLE_CASE_MIN_CAPS:
        return False
    text = _article_typographic(doc.article.text)
    # sentence openers: where a common noun's first word takes a capital of its own (made
    # once per article: each of its forms reads them)
    memo = ctx.__dict__.setdefault("_names_title_case", {})
    openers = memo.get(art)
    if openers is None:
        openers = memo[art] = {s.start + m.start() for s in doc.sentences
                               for m in [_FIRST_LETTER.search(s.text)] if m}
    phrase = re.compile(r"(?<![\w-])" + r"[\s-]*".join(f"({re.escape(w)})" for w in words)
                        + r"(?![\w-])", re.IGNORECASE)
    for m in phrase.finditer(text):
        read = [i for i in caps if not (i == 0 and m.start() in openers)]
        if read and all(m.group(i + 1)[:1].islower() for i in read):
            return True  # (1) the words written small
    lines = {ctx.sentences[e.sentence] for e in mentions if e.sentence in ctx.sentences}
    if len(lines) < len({e.sentence for e in mentions}) or not all(
            _title_case_line(ctx, s) for s in lines):
        return False
    vocab = lower_vocab(doc)
    return all(_written_lower(_POSS.sub("", words[i]).casefold(), vocab, True) for i in caps)


_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _title_case_line(ctx: FindingContext, s: Sentence) -> bool:
    """:func:`analysis.names._title_cased` of one sentence, once per sentence: each form
    of a name mentioned there reads it (:func:`_title_case_only`)."""
    memo = ctx.__dict__.setdefault("_names_title_case_lines", {})
    got = memo.get(s.id)
    if got is None:
        got = memo[s.id] = _title_cased([(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(s.text)])
    return got


@lru_cache(maxsize=256)
def _article_typographic(text: str) -> str:
    """An article's whole text folded by :func:`_typographic`, once per text: each of its
    forms of a name reads it (:func:`_title_case_only`)."""
    return _typographic(text)


# One syllable of a romanised Korean or Chinese given name (an initial, a vowel run, a final
# n, ng, m, k, l, p or t: "jong", "un", "jae", "in", "hsien", "loong", "ing", "wen"); a
# Western name part rarely has the shape ("luc", "remy", "lund", "hall", "bright" do not)
_ROMAN_SYLLABLE = re.compile(r"[^\Waeiouy\d_]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t)?$")


def _trivial(a: str, b: str) -> bool:
    """Two spellings an editor would not call a variant."""
    wa, wb = _surface_words(a), _surface_words(b)
    if wa == wb or norm_key(a) == norm_key(b):
        # case, dots, quotes, US/UK spelling ("Center" / "Centre"); not a hyphen between
        # two capitalised parts of the name written as a space ("Jean-Luc" / "Jean Luc"),
        # nor a capital inside a word ("EstraGaz" / "Estragaz": name.case)
        return not _hyphen_dropped(a, b) and not inner_caps_apart(a, b)
    ja, jb = " ".join(wa), " ".join(wb)
    if T.ALIASES.get(ja, ja) == T.ALIASES.get(jb, jb):
        return True  # "U.S." / "US" / "United States"
    if [T.STYLE_ABBREVIATIONS.get(w, w) for w in wa] == [T.STYLE_ABBREVIATIONS.get(w, w) for w in wb]:
        return True  # "St Peter" / "Saint Peter", "Mt Orm" / "Mount Orm"
    sa, sb = set(wa), set(wb)
    if sa <= sb or sb <= sa:
        return True  # a surname (or a name without its middle name) for the full name
    if len(wa) == len(wb) and wa[-1] == wb[-1] and all(
            x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
            for x, y in zip(wa, wb, strict=True)):
        return True  # "J. Smith" / "John Smith"
    return False


def _variant_finding(ctx: FindingContext, group: list[tuple[str, Entity]],
                     forms_acronyms: dict[str, set[str]] | None = None,
                     ties: dict[frozenset[str], str] | None = None) -> Finding | None:
    per_art: dict[str, list[Entity]] = {}
    for art, e in group:
        per_art.setdefault(art, []).append(e)
    if len(per_art) < 2:
        return None
    # each article's fullest forms: a surname-only mention is dropped when the same article
    # also has a form that contains it
    forms: dict[str, dict[str, Entity]] = {}
    shown_as: dict[str, str] = {}  # typographic fold -> the first form written that way
    cased: dict[str, str] = {}  # case fold -> the first form not in capitals
    for art in sorted(per_art):
        for e in per_art[art]:
            shown_as.setdefault(_typographic(e.text), e.text)
            if not e.text.isupper():
                cased.setdefault(_typographic(e.text).casefold(), e.text)
    # a dateline's or a headline's capitals ("VILAROCA, Aug 19 -") are the house style of
    # that line, not a spelling: listed under the form the articles write in running text;
    # so is any other form that differs only in case ("Kestrelnet" beside "KestrelNet")
    for t in shown_as:
        if t.casefold() in cased:
            shown_as[t] = cased[t.casefold()]
    # ... unless the forms differ in a capital inside a word ("EstraGaz" / "Estragaz") and
    # no article writes both in its running text: then each outlet's form is its spelling
    # of the name (name.case), listed as its running text writes it, headline included
    own_form = _inner_caps_forms(ctx, per_art)

    def display(art: str, e: Entity) -> str:
        return own_form.get((art, _typographic(e.text).casefold())) or shown_as[_typographic(e.text)]

    for art, ents in per_art.items():
        texts: dict[str, Entity] = {}
        for e in ents:
            # "Kata'ib" and "Kata’ib" are one spelling: one outlet is never listed under
            # two forms that differ only in the apostrophe or quote glyph
            t = display(art, e)
            if t not in texts or texts[t].text.isupper() and not e.text.isupper():
                # the sentence cited for the form: its first mention in running text, not
                # a dateline's capitals ("VARCEK, Orsenia -") when the article has one
                texts[t] = e
        if any(not e.text.isupper() for e in texts.values()):
            # a form the article writes only in capitals (its dateline, "KEL TEPE -", or a
            # headline in capitals) beside the name in its running text ("Keltepe"): the
            # capitals are the line's house style, and the form they are listed under is
            # another article's case, not this desk's spelling (names19, invented dev d63).
            # Not an acronym ("NATO", five letters or fewer, no space): its capitals are its
            # spelling.
            texts = {t: e for t, e in texts.items()
                     if not (e.text.isupper() and (" " in e.text or len(e.text) > 5))}
        # a form its article capitalises only as title case does: a phrase whose words the
        # article writes in lower case as well ("hay-loft cough", "Hay loft cough" opening a
        # sentence), or one written only in a title-case line with every capitalised word one
        # the article writes small ("A Farmer Develops 'Hay-Loft Cough'" over a body of
        # "cough", "hay", "loft"): a common noun's capitals, no name the outlet spells (real31)
        texts = {t: e for t, e in texts.items()
                 if not _title_case_only(ctx, art, [x for x in ents if display(art, x) == t])}
        full = {t: e for t, e in texts.items()
                if not any(t != u and _contained(t, u) for u in texts)}
        forms[art] = full
    # spellings that differ non-trivially from one written by another article; each
    # distinct pair of spellings is checked once (_trivial is symmetric), not per article pair
    arts_of: dict[str, set[str]] = {}
    for art, texts in forms.items():
        for t in texts:
            arts_of.setdefault(t, set()).add(art)
    # the same, from outside the headline: a headline is a subeditor's, often in another
    # style ("Selk Hydro's midnight release" over a story that writes "SelkHydro"), so a
    # form only there does not make its article one that writes both forms (below)
    body_arts_of: dict[str, set[str]] = {}
    # the same, outside direct quotes too: a speaker's words as the page transcribes them
    # (often the wire's copy of the quote), not the outlet's own spelling, for two forms
    # of the same letters (_SPACING_RULES: "Kasparbank" inside the governor's quote beside
    # the page's own "Kaspar Bank")
    narrated_arts_of: dict[str, set[str]] = {}
    # and the articles that write a form in their running text other than as a quoted word
    # (the name alone between quotation marks, 'a misspelt logo reading "Lactora Premuim"'):
    # a form an article writes only so is a spelling it reports, not its own (apart, below)
    plain_arts_of: dict[str, set[str]] = {}
    unquoted_arts_of: dict[str, set[str]] = {}  # the same, its headline too
    for art, ents in per_art.items():
        for e in ents:
            t, sent = display(art, e), ctx.sentences.get(e.sentence)
            if t not in forms[art]:
                continue
            plain = sent is None or not _quoted_word(sent, e)
            if plain:
                unquoted_arts_of.setdefault(t, set()).add(art)
            if sent is None or sent.block != "headline":
                body_arts_of.setdefault(t, set()).add(art)
                if not _quoted(ctx, art, e):
                    narrated_arts_of.setdefault(t, set()).add(art)
                if plain:
                    plain_arts_of.setdefault(t, set()).add(art)
    kinds_of: dict[str, set[str]] = {}
    for texts in forms.values():
        for t, e in texts.items():
            kinds_of.setdefault(t, set()).add(e.kind)
    distinct = sorted(arts_of)
    # each form's roles beside it, in every article that writes it (roles_apart): a form
    # joined to the group through a third outlet that gives no role keeps the others' roles
    node_roles = name_roles(ctx)
    roles_of: dict[str, frozenset[frozenset[str]]] = {}
    for art, texts in forms.items():
        for t, e in texts.items():
            roles_of[t] = roles_of.get(t, frozenset()) | node_roles.get((art, e.key), frozenset())
    node_ages = name_ages(ctx)
    ages_of: dict[str, frozenset[int]] = {}
    for art, texts in forms.items():
        for t, e in texts.items():
            ages_of[t] = ages_of.get(t, frozenset()) | node_ages.get((art, e.key), frozenset())
    ruled: dict[tuple[str, str], str] = {}  # (form, form) -> the rule that links them
    for i, ta in enumerate(distinct):
        for tb in distinct[i + 1:]:
            if arts_of[ta] == arts_of[tb] and len(arts_of[ta]) == 1:
                continue  # both only in one article: never compared across articles
            if _trivial(ta, tb) or _kinds_clash(kinds_of[ta], kinds_of[tb]) \
                    and not _glued_kind_word(ta, tb):
                continue
            if roles_apart(roles_of[ta], roles_of[tb]) \
                    and (roles_exclude(roles_of[ta], roles_of[tb])
                         or not _same_letters(ta, tb, kinds_of[ta] | kinds_of[tb])
                         and not _told_alike(ctx, ta, tb, group, kinds_of[ta] | kinds_of[tb])):
                continue  # two posts: the judge "Marta Brenn", the governor "Marta Bren"
            if ages_apart(ages_of[ta], ages_of[tb]):
                continue  # two ages: "Marten Holst, 81," and his son "Martin Holst, 19,"
            if grammatical_forms(ta, tb, kinds_of[ta] | kinds_of[tb]):
                continue  # "Social Democrats" / "Social Democratic": one name's two forms
            rule = spelling_rule(ta, tb, kinds_of[ta] | kinds_of[tb])
            if rule is None and forms_acronyms:
                tied = forms_acronyms.get(ta, set()) & forms_acronyms.get(tb, set())
                if any(_acronym_tie(link_key(ta), link_key(tb), acr) for acr in tied):
                    rule = "name.acronym"  # another form of the name the acronym stands for
            tie = ties.get(frozenset((link_key(ta), link_key(tb)))) if ties else None
            if rule is None and tie == "described":
                rule = "name.titled"  # two words apart, linked by the title or post alone
            if rule is None and tie == "kind-word":
                rule = "name.kind-word"  # the kind for the name's own last word
            if tie == "role" and _link(link_key(ta), link_key(tb), kinds_of[ta] | kinds_of[tb],
                                       bool(_marks(ta) or _marks(tb))) is None:
                # only the post both outlets give the person links the two forms (two
                # letters apart, "Vasquin" / "Vaskin", in sentences that do not align)
                rule = "name.role"
            if tie == "kind-noun" and _link(link_key(ta), link_key(tb), kinds_of[ta] | kinds_of[tb],
                                            bool(_marks(ta) or _marks(tb))) is None:
                # only the place's kind noun both outlets write after the name links the two
                # forms ("the Kvitbreen glacier" / "the Kvitbre glacier")
                rule = "name.kind-noun"
            if tie == "aligned" and _link(link_key(ta), link_key(tb), kinds_of[ta] | kinds_of[tb],
                                          bool(_marks(ta) or _marks(tb))) is None:
                # only the slot two aligned sentences give the name links the two forms
                # (a typo too short for the typo link, "Ahmet" / "Ahmed", or two letters
                # apart, "Marsk" / "Marsch"): graded as that evidence, not as a spelling
                rule = "name.aligned"
            if rule is None:
                continue  # another word, not another spelling ("Plus Obama" / "Barack Obama")
            if rule == "name.accents" and _desk_keeps_marks(ctx, ta, tb, arts_of):
                rule = "name.accent-dropped"  # not the desk's style: it writes accents elsewhere
            elif rule == "name.accents" and _agreed_form(arts_of[ta], arts_of[tb], ctx.outlet):
                rule = "name.accent-agreed"  # the odd outlet out of three or more
            if rule == "name.typo" and _titled_only(ta, tb, kinds_of[ta] | kinds_of[tb]):
                rule = "name.titled"  # linked by the shared title, not by the typo rule
            ruled[(ta, tb)] = rule
    # every article that writes one form writes the other too: such an article tells two
    # people apart ("Andrés Quiroga", a minister, beside "Andrea Quiroga", a passenger; a
    # company "North Star" and its ship "Northstar"), or writes the name two ways itself
    # ("Carles Alena" and "Carles Aleñá" in one report, the other outlet's "Alena"): no
    # two outlets differ. Unless the other form is a typing slip ("Krasinksi" beside
    # "Krasinski"), which names no second person: that outlet misspells the name once. (A
    # form in the headline alone does not count: body_arts_of.)
    # (also pairs no rule links, "Brisco" / "Bruscia", for _nearer_apart)
    # A form of the same letters only inside a direct quote, beside the page's own other
    # form, does not count either ("Kaspar Bank" in the page's narration, "Kasparbank" in
    # the governor's quote, as the other outlets write it): narrated_arts_of.
    def writes_both(ta: str, tb: str) -> bool:
        of = narrated_arts_of if ruled.get((ta, tb)) in _SPACING_RULES else body_arts_of
        return not arts_of[ta] - of.get(tb, set()) or not arts_of[tb] - of.get(ta, set())

    def one_writes_both(ta: str, tb: str) -> bool:
        # one article's running text writes two forms that another letter, not a
        # convention, sets apart ("Tomás Ferrer", the fire chief, and "Tomas Ferrero", the
        # union leader, in one report): it names two people, whatever the other outlets
        # write (a desk's two spellings of one name are a convention's, "Aleñá" / "Alena",
        # or a slip's; names17, dev d52)
        rule = ruled.get((ta, tb))
        return rule not in _CONVENTION_RULES and bool(body_arts_of.get(ta, set())
                                                       & body_arts_of.get(tb, set()))

    def reported(ta: str, tb: str) -> bool:
        # every article that writes ``ta`` writes it only as a quoted word, beside ``tb`` in
        # its own running text: the article presents ``ta`` as a spelling seen somewhere (a
        # counterfeit's misspelt logo, a sign), however near a slip ("Premuim"); a slip
        # written plainly is the article's own, and a quoted form the article's only one is
        # its spelling of the name, quoted (names22, t93)
        return arts_of[ta] <= plain_arts_of.get(tb, set()) \
            and not arts_of[ta] & unquoted_arts_of.get(ta, set())

    apart = {(ta, tb) for i, ta in enumerate(distinct) for tb in distinct[i + 1:]
             if (writes_both(ta, tb) or one_writes_both(ta, tb))
             and (not _slip(ta, tb) or reported(ta, tb) or reported(tb, ta))
             and not _trivial(ta, tb)}
    variant_texts: set[str] = set()
    rules: list[str] = []
    for (ta, tb), rule in ruled.items():
        if (ta, tb) in apart:
            continue
        if _nearer_apart(ta, tb, rule, ruled, apart) or _nearer_apart(tb, ta, rule, ruled, apart):
            continue
        if _glued(ctx, ta, tb, arts_of):
            continue  # one name, a word glued to it by the page ("Commissiondecision")
        variant_texts.update((ta, tb))
        rules.append(rule)
    if not variant_texts:
        return None
    spellings: dict[str, list[str]] = {}  # spelling -> outlets
    sentences: list[str] = []
    spans: list[Span] = []
    for art in sorted(forms):
        for text, e in sorted(forms[art].items()):
            if text not in variant_texts or _quote_only(art, text, forms[art], narrated_arts_of, ruled):
                continue
            outlet = ctx.label(art)  # one outlet's two articles told apart
            if outlet not in spellings.setdefault(text, []):
                spellings[text].append(outlet)
            if e.sentence not in sentences and len(sentences) < MAX_SENTENCES:
                sentences.append(e.sentence)
                spans.append(Span(e.sentence, e.start, e.end))
    if len(spellings) < 2:
        return None
    # the most common written form first
    order = sorted(spellings, key=lambda t: (-len(spellings[t]), t))
    parts = [f"'{t}' ({_outlets(spellings[t])})" for t in order]
    summary = _VARIANT_LEADS[variant_form(order)] + ", ".join(parts[:-1]) + " and " + parts[-1] + "."
    kinds = sorted({e.kind for _, e in group})
    any_entity = group[0][1]
    rule = min(rules, key=lambda r: (STRENGTH[r], r))  # the weakest rule decides
    return Finding(
        type="name_variant",
        sentences=tuple(sentences),
        summary=summary,
        detail={
            "key": any_entity.key,
            "kind": "person" if "person" in kinds else kinds[0],
            "spellings": {t: spellings[t] for t in order},
            "linked_by": "key" if rule in ("name.fold", "name.given-form", "name.letters", "name.case")
            else "joined" if rule in ("name.joined", "name.hyphen")
            else "title" if rule == "name.titled"
            else "acronym" if rule == "name.acronym"
            else "kind-word" if rule == "name.kind-word"
            else "aligned" if rule == "name.aligned"
            else "role" if rule == "name.role"
            else "kind-noun" if rule == "name.kind-noun" else "fuzzy",
            "rule": rule,
        },
        confidence=rule_confidence(rule),
        spans=tuple(spans),
    )


# How the finding's line opens for each way two forms of one name differ (variant_form):
# "spelled" only where they are the same words spelled otherwise; a form with its words
# moved, a word more or a word swapped is the same name *written* another way, not spelled.
_VARIANT_LEADS: dict[str | None, str] = {
    "spelling": "The same name is spelled ",
    "order": "The same name is written with its words in another order: ",
    "words": "The same name is written in a longer and a shorter form: ",
    "swapped": "The same name is written with a word swapped: ",
    None: "The same name is written ",
}
# Two words of two forms at one place are one word spelled two ways when one opens the
# other ("North" / "Northern", "B" / "Bravo" is no spelling: a clipped word needs
# _CLIPPED_MIN letters), only their vowels differ ("Layla" / "Leila", "Leyla" / "Laila")
# or their letters match this much (difflib's ratio, either way round: "Kholmgrad" /
# "Holmgrad" 0.94, "Piotr" / "Petr" 0.67, "Statistics" / "Statistical" 0.86; "Court" /
# "Tribunal" 0.15, "Register" / "Citizens" 0.25); two forms of unequal word counts that
# are no word more or less are one spelling when their letters, spaces left out, match
# _SPELLED_JOINED ("Waste Pickers Union" / "Wastepickers Union" as one word written two).
_SPELLED_WORD = 0.5
_VOWEL_LETTERS = re.compile(r"[aeiouy]")
_SPELLED_JOINED = 0.9
_CLIPPED_MIN = 3
# Two words at one place that are no spelling of each other, the shorter of fewer letters
# than this: too few letters to tell a romanisation ("Xu" / "Hsu", "Qi" / "Chi") from
# another word, so the line says no kind for them rather than "a word swapped" (review24n)
_SWAP_MIN_LETTERS = 4


def _form_words(text: str) -> list[str]:
    """A form's words, folded for telling how two forms differ: case, accents, hyphens,
    dots and possessives ("Farmers' Federation") aside."""
    return [w for w in (strip_accents(w).rstrip("'") for w in _surface_words(text)) if w]


def _same_word(x: str, y: str) -> bool:
    """Whether two words at one place of two forms are one word spelled two ways."""
    short, long_ = sorted((x, y), key=len)
    if len(short) >= _CLIPPED_MIN and long_.startswith(short):
        return True
    if _VOWEL_LETTERS.sub("", x) == _VOWEL_LETTERS.sub("", y):
        return True  # only the vowels apart: "Layla" / "Leila", "Leyla" / "Laila"
    return max(difflib.SequenceMatcher(None, x, y).ratio(),
               difflib.SequenceMatcher(None, y, x).ratio()) >= _SPELLED_WORD


def _subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(w in it for w in short)


def _pair_form(a: str, b: str) -> str | None:
    """How two written forms of one name differ, read from the forms alone: ``spelling``
    (the same words, spelled, spaced, hyphenated or accented otherwise: "Teodor Walczuk" /
    "Teodor Valchuk", "SonoraLive" / "Sonora Live"; or only a joining word apart, "Brandt &
    Oyelaran" / "Brandt-Oyelaran"), ``order`` (the same content words in another order,
    "National Register of Citizens" / "National Citizens' Register"), ``words`` (one form
    is the other with a word more, "Adela Montoya" / "Adela Montoya Ruiz"), ``swapped`` (as
    many words, one of them another word, "Constitutional Court" / "Constitutional
    Tribunal"; a word cut to its initial, "J. Marr" / "Jana Marr", is ``words``), or
    ``None`` where none of these tells it (two short words apart: "Ivo Xu" / "Ivo Hsu")."""
    wa, wb = _form_words(a), _form_words(b)
    if "".join(wa) == "".join(wb):
        return "spelling"
    ca = [w for w in wa if w not in T.NAME_JOINERS]
    cb = [w for w in wb if w not in T.NAME_JOINERS]
    if ca == cb:
        return "spelling"
    if sorted(ca) == sorted(cb):
        return "order"
    if len(ca) != len(cb):
        short, long_ = sorted((ca, cb), key=len)
        if _subsequence(short, long_):
            return "words"
        ratio = difflib.SequenceMatcher(None, "".join(ca), "".join(cb)).ratio()
        return "spelling" if ratio >= _SPELLED_JOINED else None
    last = len(ca) - 1
    apart = [(n, x, y) for n, (x, y) in enumerate(zip(ca, cb, strict=True)) if x != y]
    same = [_same_word(x, y) for _, x, y in apart]
    if all(same):
        return "spelling"
    initials = [n < last and _initial_of(x, y) for n, x, y in apart]
    if all(s or i for s, i in zip(same, initials, strict=True)):
        return "words"  # "J. Marr" / "Jana Marr", "Ana M. Lund": a word cut to its initial
    if len(apart) < len(ca) and not any(same) and not any(initials) \
            and all(min(len(x), len(y)) >= _SWAP_MIN_LETTERS for _, x, y in apart):
        return "swapped"  # a word kept, and each other word another
    return None


def _initial_of(x: str, y: str) -> bool:
    """Whether one of two words is the other's initial ("J" / "Jana"): before a name's last
    word only (the caller's check), as a letter ending a name is a designation ("Skarre B")."""
    short, long_ = sorted((x, y), key=len)
    return len(short) == 1 and len(long_) > 1 and long_.startswith(short)


def variant_form(forms: list[str]) -> str | None:
    """How a finding's written forms differ (:func:`_pair_form` of every two): one way
    for every two, or ``None`` where they differ in more than one way ("Kataib" / "Kata'ib"
    / "Kataib Hezbollah"), which the line then tells with no word for it."""
    ways = {_pair_form(a, b) for i, a in enumerate(forms) for b in forms[i + 1:]}
    return ways.pop() if len(ways) == 1 else None


# Rules whose two forms have the same letters, spaced or hyphenated otherwise ("Kaspar
# Bank" / "Kasparbank", "Jean-Luc" / "Jean Luc"): a quote's transcription of the name is
# no second entity of the page (_variant_finding).
_SPACING_RULES = frozenset({"name.joined", "name.hyphen"})


def _quote_only(art: str, text: str, texts: dict[str, Entity], narrated: dict[str, set[str]],
                ruled: dict[tuple[str, str], str]) -> bool:
    """Whether article ``art`` writes ``text`` only inside direct quotes (or its headline)
    and, in its own narration, another form of the same letters (``_SPACING_RULES``): the
    finding lists the article under the form it writes itself ("Merutinggi"), not under
    the quote's ("Meru Tinggi", the governor's words as the wire gave them) or the
    subeditor's ("Selk Hydro's midnight release" over a story that writes "SelkHydro")."""
    if art in narrated.get(text, set()):
        return False
    return any(u != text and art in narrated.get(u, set())
               and (ruled.get((text, u)) or ruled.get((u, text))) in _SPACING_RULES for u in texts)


# A handle or a hashtag: the mark right before a name ("@VelmarRecords", "#VelmarRecords")
_HANDLE_MARKS = frozenset("@#")
# ... or inside a quote: a post's text ("... Big year ahead. @kisu_b")
_HANDLE_IN = re.compile(r"(?<![\w.])[@#][^\W\d_]\w+")
# ... closing the quote: the tags a post ends with ("Big year ahead. #blessed")
_HANDLE_LAST = re.compile(r"(?<![\w.])[@#][^\W\d_]\w+[\W_]*$")


def _posted(ctx: FindingContext, art: str, e: Entity) -> bool:
    """Whether mention ``e`` is a written post's, not the article's: a handle or a hashtag
    ("@VelmarRecords"), or a name inside a direct quote of written text, its cue a verb of
    writing or posting (``rules/titles.WRITTEN_QUOTE_CUES``: "Renk wrote, "Welcome to
    VelmarRecords"") or its text holding a handle or a hashtag. Such a form keeps its
    writer's spelling (a brand's one-word tag, a handle's), so it is not the outlet's
    spelling of the name (the SemEval gold test's "MarlianMusic", inside a quoted Instagram
    post, read wrong as a variant of another outlet's "Marlian Music"). A spoken quote
    ("said", "told") is the outlet's transcription, and its spelling counts."""
    doc = ctx.documents.get(art)
    if doc is None:
        return False
    text = doc.article.text
    if e.start > 0 and text[e.start - 1] in _HANDLE_MARKS:
        return True
    return any(q.start <= e.start and e.end <= q.end for q in _written_quotes(ctx).get(art, ()))


def _written_quotes(ctx: FindingContext) -> dict[str, tuple]:
    """Per article, its direct quotes of written text (:func:`_posted`), once per story."""
    return ctx.per_story("name_written_quotes", lambda c: {
        d.id: tuple(q for q in d.analysis.quotes if q.direct and (
            _cue_verb(q.cue) in T.WRITTEN_QUOTE_CUES or _post_tags(q.text)))
        for d in c.docs if d.analysis is not None})


def _post_tags(text: str) -> bool:
    """Whether a quote's text, whatever its cue, reads as a post's by its handles and
    hashtags: two or more ("Welcome to VelmarRecords @kisu_b @jotal"), or one closing it,
    the tags a post ends with ("... Big year ahead. #blessed"). One inside spoken words is
    a thing the speaker names ("follow the #VelmarSummer tour," Renk told a news
    conference): the quote is the outlet's transcription, its spelling counts (review23n)."""
    return len(_HANDLE_IN.findall(text)) >= 2 or bool(_HANDLE_LAST.search(text))


def _cue_verb(cue: str | None) -> str:
    """A quote's cue verb as a bare lower-case word ("Wrote" -> "wrote"; "" for none)."""
    words = re.findall(r"[^\W\d_]+", (cue or "").casefold())
    return words[0] if words else ""


def _quoted(ctx: FindingContext, art: str, e: Entity) -> bool:
    """Whether mention ``e`` of article ``art`` stands inside a direct quote."""
    return any(a <= e.start and e.end <= b for a, b in _quote_spans(ctx).get(art, ()))


# Quotation marks around a quoted word: double and single, straight and curly.
_OPENING_QUOTES = frozenset('"\u201c\u2018\'')
_CLOSING_QUOTES = frozenset('"\u201d\u2019\'')


def _quoted_word(sent: Sentence, e: Entity) -> bool:
    """Whether mention ``e`` stands alone between quotation marks ('a logo reading "Lactora
    Premuim"', '"Lactora Premuim."'): the article shows the form as a word, not as its
    spelling of the name. Not a speaker's quote that holds more than the name, nor a
    possessive's apostrophe ("Premuim's"), nor the head of a speaker's sentence that its
    attribution splits ('"Premuim," the inspector said, "is what the fakes say."': the
    comma inside the quote, and the quote reopening in lower case after it; review22n)."""
    a, b, text = e.start - sent.start, e.end - sent.start, sent.text
    if a < 1 or b > len(text) or text[a - 1] not in _OPENING_QUOTES \
            or a > 1 and text[a - 2].isalnum():
        return False
    rest = text[b:b + 2]
    close = 1 if rest[:1] in (",", ".") else 0  # the comma or stop inside the quote
    if not (rest[close:close + 1] in _CLOSING_QUOTES and rest[close:close + 1] != ""
            and not text[b + close + 1:b + close + 2].isalnum()):
        return False
    return not (rest[:1] == "," and _SPLIT_QUOTE_GOES_ON.search(text, b + close + 1))


# A quote reopening in lower case after a space: the rest of a speaker's sentence after its
# attribution (', the inspector said, "is what the fakes say."'; not an apostrophe's "'s").
_SPLIT_QUOTE_GOES_ON = re.compile('\\s["\u201c\u2018\'][a-z]')


def _quote_spans(ctx: FindingContext) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per article, the spans of its direct quotes (once per story, not per mention)."""
    return ctx.per_story("name_quote_spans", lambda c: {
        d.id: tuple((q.start, q.end) for q in d.analysis.quotes if q.direct)
        for d in c.docs if d.analysis is not None})


def _nearer_apart(ta: str, tb: str, rule: str, ruled: dict[tuple[str, str], str],
                  apart: set[tuple[str, str]]) -> bool:
    """Whether ``tb`` is held apart (one article writes both, :func:`_variant_finding`)
    from a form ``tc`` that links to ``ta`` by a rule at least as strong as ``rule``, the
    one between ``ta`` and ``tb``: then ``ta`` names ``tc``'s entity, and ``tb`` is the
    other one. One article writes the governor "Vadim Kostrenko" and the judge "Vadim
    Kostenko"; another outlet's "Vadym Kostrenko" is the governor (a fold) and no variant
    of the judge (a typo on top of the fold). Likewise "Briscoe", a typo of the captain
    "Brisco", is not the doctor "Bruscia" whose consonants it shares."""
    for pair in apart:
        if tb not in pair:
            continue
        tc = pair[0] if pair[1] == tb else pair[1]
        if tc == ta:
            continue
        near = ruled.get((ta, tc)) or ruled.get((tc, ta))
        if near is not None and _nearness(near) >= _nearness(rule):
            return True
    return False


# Rules whose two forms are one spelling written under another convention: the same
# letters with a diacritic dropped, a hyphen or a space, or a folded transliteration. They
# are graded low for display (a desk's style, STRENGTH), but no spelling is nearer: "Vesna
# Maric" beside the editor "Vesna Marić" is her, not the spokeswoman "Vesna Marin" whom an
# article tells apart from the editor, however much surer a one-letter typo is graded
# (_nearer_apart; names17, t50).
# Rules whose forms name one person when two aligned sentences tell the same thing of
# each (_told_alike): a transliteration's fold ("Brancato" / "Brancatto") or one letter
# typed otherwise ("Irimescu" / "Irimesku"). Not a romanisation or a vowel rule: the
# aligned-slot link (name.aligned) already reads those from the slot.
TOLD_ALIKE_RULES = frozenset({"name.fold", "name.typo"})


def _told_alike(ctx: FindingContext, ta: str, tb: str, group: list[tuple[str, Entity]],
                kinds: set[str]) -> bool:
    """Whether two forms of a person's name that the role phrases beside them set apart
    without excluding each other ("local businessman Silvio Brancatto" / "Brancato, owner
    of the casino": two descriptions, no two offices, sexes or sides of a crime) are one
    person by the outlets' own sentences: one article writes a mention of ``ta`` (the
    form or a shorter one it contains, the surname) and another a mention of ``tb`` in
    two sentences of one alignment group, each mention's spelling the one form's and not
    the other's ("Mr Irimescu is related to my wife" / "Mr Irimesku is related to me").
    Two outlets that report the same sentence of a name spelled a fold or one letter
    apart report one person, whatever else they call him. Two people's sentences rarely
    align; a minister and a spokesman of one name stay apart (roles_exclude), and so do
    two given names ("Maria" / "Marie Lindqvist": the fold and typo rules read the whole
    name, and a first word that differs is no surname's spelling)."""
    if not ctx.group_of or "person" not in kinds \
            or spelling_rule(ta, tb, kinds) not in TOLD_ALIKE_RULES:
        return False
    wa, wb = _surface_words(ta), _surface_words(tb)
    if len(wa) < 2 or len(wa) != len(wb) or wa[:-1] != wb[:-1]:
        return False  # only the surname spelled otherwise, the given names the same

    def of_form(text: str, form: str, other: str) -> bool:
        own = text == form or _contained(text, form)
        return own and not (text == other or _contained(text, other))

    ours = [(art, e) for art, e in group if of_form(e.text, ta, tb)]
    theirs = [(art, e) for art, e in group if of_form(e.text, tb, ta)]
    for art_a, ea in ours:
        ga = ctx.group_of.get(ea.sentence)
        if ga is None:
            continue
        if any(art_b != art_a and ctx.group_of.get(eb.sentence) == ga
               and not _courtesy_sexes_apart(ea, eb) for art_b, eb in theirs):
            return True
    return False


def _courtesy_sexes_apart(ea: Entity, eb: Entity) -> bool:
    """Whether two mentions' courtesy titles give two sexes ("Ms Vaslescu" / "Mr
    Vaslesku", ``HONORIFIC_GENDERS``): two aligned sentences that call one a woman and
    the other a man tell no same thing of one person (review36n)."""
    def sex(e: Entity) -> str | None:
        word = (e.title or "").split()[:1]
        return HONORIFIC_GENDERS.get(word[0].rstrip(".")) if word else None
    sa, sb = sex(ea), sex(eb)
    return bool(sa and sb and sa != sb)


_CONVENTION_RULES = frozenset({"name.accents", "name.accent-dropped", "name.accent-agreed",
                               "name.letters", "name.fold",
                               "name.hyphen", "name.joined", "name.case"})


# Rules whose two forms write the same letters in the same order, only a diacritic, a
# space, a hyphen or a capital apart ("Goran Teslić" / "Goran Teslic", "Lior Benhamou" /
# "Lior Ben Hamou"): no other person's name, so two role phrases that share no word
# ("businessman" / "business partner", "labour leader" / "its president") are two
# outlets' descriptions of one person, not two posts (roles_apart stays a veto for every
# other rule: the judge "Marta Brenn" and the governor "Marta Bren", a doubled letter's
# fold, are two women). Ages apart still part them (a father and a son of one name), and
# so do roles that exclude each other (roles_exclude: two sexes, two offices). The
# conventions' rules but a folded transliteration, whose letters differ.
_SAME_LETTER_RULES = _CONVENTION_RULES - {"name.fold"}


def _same_letters(a: str, b: str, kinds: set[str]) -> bool:
    """Whether two written forms are one name's letters written under another convention
    (``_SAME_LETTER_RULES``): the role phrases beside them do not tell two people apart."""
    return spelling_rule(a, b, kinds) in _SAME_LETTER_RULES


def _nearness(rule: str) -> float:
    """How near two forms a rule links are, for telling which of two people a third form
    names: a convention's forms are one spelling (1.0), the others by their STRENGTH."""
    return 1.0 if rule in _CONVENTION_RULES else STRENGTH[rule]


# Typographic apostrophes and quotes and their ASCII forms (a desk's or a CMS's choice,
# not the writer's spelling).
_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
                              "`": "'", "\u00b4": "'", "\u201c": '"', "\u201d": '"'})


def _typographic(text: str) -> str:
    """``text`` with typographic apostrophes and quotes folded to ASCII (NFC first)."""
    return unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC)


_CAPS_WORD = re.compile(r"[^\W\d_]+")


def _inner_caps(text: str) -> tuple[tuple[int, ...] | None, ...]:
    """Per word of a written form, the places of its capitals after its first letter
    ("EstraGaz" -> ((5,),)); None for a word in capitals ("NATO": an acronym's or a
    headline's style, no inner capital to read)."""
    return tuple(None if w.isupper() and len(w) > 1 or _capitals_tail(w) else
                 () if _shift_slip(w) else
                 tuple(i for i, ch in enumerate(w) if i and ch.isupper())
                 for w in _CAPS_WORD.findall(_typographic(text)))


def _shift_slip(word: str) -> bool:
    """Whether a word's only inner capital is its second letter, the rest small ("HIllary"
    in a PolNeAR valid page beside "Hillary"): the shift key held one letter too long, no
    part of the name's own spelling; a brand's or a prefix's inner capital starts a part
    after a head of two letters or more ("EstraGaz", "McDonald", "DeVos")."""
    return len(word) >= 4 and word[0].isupper() and word[1].isupper() and word[2:].islower()


# The shortest run of capitals ending a word after its first inner capital that reads as
# the word written in capitals ("McDONALD", "DeVRIES": a surname in capitals by house
# style, its prefix's small letter kept), not a brand's own capitals ("iOS", "macOS":
# two letters).
CAPITALS_TAIL = 3


def _capitals_tail(word: str) -> bool:
    """Whether a word is in capitals from its first inner capital on, at least
    CAPITALS_TAIL of them: "McDONALD", "MacARTHUR", "DeVRIES" (review17b: each was a
    name.case finding beside "McDonald"); not "EstraGaz", "iOS"."""
    first = next((i for i, ch in enumerate(word) if i and ch.isupper()), None)
    return first is not None and len(word) - first >= CAPITALS_TAIL and word[first:].isupper()


def inner_caps_apart(a: str, b: str) -> bool:
    """Whether two forms of the same letters (case aside) differ in a capital inside a word
    that neither writes in capitals: "EstraGaz" / "Estragaz", "MedRova Pharma" / "Medrova
    Pharma", "McDonald" / "Mcdonald". Not a first letter ("de Luca" / "De Luca"), not a
    word in capitals ("NATO" / "Nato": a house style), not two other spellings."""
    if _typographic(a).casefold() != _typographic(b).casefold():
        return False
    sa, sb = _inner_caps(a), _inner_caps(b)
    return len(sa) == len(sb) and any(x is not None and y is not None and x != y
                                      for x, y in zip(sa, sb, strict=True))


def _inner_caps_forms(ctx: FindingContext, per_art: dict[str, list[Entity]]
                      ) -> dict[tuple[str, str], str]:
    """(article, case fold) -> the form the article writes in its running text, for the
    names whose outlets write them with other capitals inside a word and no article writes
    two such forms in its running text (then it writes the name both ways, as a desk's
    slip: "KestrelNet" beside "Kestrelnet", listed as one form)."""
    body: dict[str, dict[str, list[str]]] = {}  # case fold -> article -> running-text forms
    for art, ents in per_art.items():
        for e in ents:
            sent = ctx.sentences.get(e.sentence)
            if e.text.isupper() or sent is None or sent.block == "headline":
                continue
            body.setdefault(_typographic(e.text).casefold(), {}).setdefault(art, []).append(e.text)
    out: dict[tuple[str, str], str] = {}
    for fold_, by_art in body.items():
        firsts = [texts[0] for texts in by_art.values()]
        if len(firsts) < 2 or not any(inner_caps_apart(firsts[0], t) for t in firsts[1:]):
            continue
        if any(inner_caps_apart(texts[0], t) for texts in by_art.values() for t in texts[1:]):
            continue  # one article writes both
        for art, texts in by_art.items():
            out[(art, fold_)] = texts[0]
    return out


def _contained(short: str, long: str) -> bool:
    ws, wl = _surface_words(short), _surface_words(long)
    return len(ws) < len(wl) and set(ws) <= set(wl)


def _outlets(names: list[str]) -> str:
    if len(names) <= 3:
        return ", ".join(names)
    return ", ".join(names[:3]) + f" and {len(names) - 3} more"
