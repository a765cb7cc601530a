"""Title words, honorifics and cue words that tell what kind of name a capitalised span is.

This is a gazetteer of *words around names*, not of names: the only proper nouns here
are the handful of abbreviations editors write in several ways (``ALIASES``) and the
irregular demonyms that no suffix rule catches. Everything is lower case; code matches
case-insensitively. Entries come from wire-style guides (AP/Reuters title usage) and from
what the semeval2022-en articles actually put in front of names.
"""

from __future__ import annotations

# Title words, honorifics and organisation words live in rules/words.py (shared lists).
from .numbers import MONTH_LEADS, MONTHS, MONTHS_AS_NAMES, PLAIN_PERSON_NOUNS, WEEKDAYS
from .words import (  # noqa: F401
    COMPOUND_TITLE_LINKS,
    COMPOUND_TITLE_TAILS,
    HONORIFICS,
    ORG_WORDS,
    SURNAME_TITLE_WORDS,
    TITLE_WORDS,
    WEAK_TITLE_WORDS,
)

# Words that head or end a place name ("Vell River", "Lake Orm", "Mount Kess").
PLACE_WORDS: frozenset[str] = frozenset(
    """
    city town village county province state region district river lake mount mountain
    mountains island islands bay sea ocean valley gulf strait street avenue road square
    bridge airport port harbour harbor province peninsula desert coast
    """.split()
)

# Lower-case nouns of a place's kind written right after a one-word name ("the Kvitbreen
# glacier", "the Lenza river", "the Kessing dam"): two outlets that write one noun after
# two close spellings name one place (findings/names.py, name.kind-noun). The place words
# above and the features and works of a landscape that wire copy names so.
PLACE_KIND_NOUNS: frozenset[str] = PLACE_WORDS | frozenset(
    """
    glacier fjord dam reservoir canal pass plateau forest hill hills ridge cape delta creek
    lagoon marsh volcano basin plain mine
    """.split()
)

# Last words that make a name of two words or more a business, wherever the name stands
# ("Vella Ferries said", "by Kestrel Shipping Lines", "General Motors"): the sector nouns
# that end company names in wire copy. ORG_WORDS (rules/words.py) holds public bodies and
# company suffixes, and marks a name anywhere in it ("Bank of Orm"); these count only as
# the head, the name's last word ("Energy Minister Ana Lund" is a person by her title).
# Each is a plural or mass noun, never a surname or a given name in the SemEval articles
# (their capitalised runs ending so: Paramount Pictures, Whole Foods, Marvel Studios,
# Indian Railways, Tencent Holdings, Agilent Technologies, General Motors, Financial
# Services ... all businesses or public services). Without it two capitalised words before
# "said" were a person, so findings/quote_speakers.py kept a list of its own.
ORG_HEADS: frozenset[str] = frozenset(
    """
    ferries shipping lines holdings industries works motors energy partners systems
    technologies logistics foods pharmaceuticals mining resources investments
    enterprises studios pictures railways services
    materials metals minerals chemicals analytics ventures films hotels resorts products
    solutions laboratories labs therapeutics biosciences electronics semiconductors
    robotics dynamics textiles properties securities events
    medical
    """.split()
)
# (The fourth line, names28: "Medical", the adjective a supplier's or device maker's name
# ends in ("Nordgas Medical", "Orm Medical"), standing for the company as a mass noun does;
# no surname or given name. Without it the name was a place after "from" ("technicians from
# Kavgas Medical") and a person before "said" in another outlet, two kinds that never link,
# so "Kavgas Medical" / "Kav Gas Medical" was lost: invented dev d166.)
# (The third line, names20: more sector nouns of the same kind, plural or mass nouns that
# end company names and are no surname: a title word before one is part of the company's
# name, not a post ("MP Materials", "Marshal Metals", "Judge Analytics", "Director Films",
# "Admiral Ventures" were each a person with a title: analysis/names._make_candidate);
# not the singular "service", a surname too ("Robert Service", "Professor Service said":
# review20d); after "the" and a title word the singular of one of these ends a body's name,
# "The Public Prosecutor Service": analysis/names._singular_sector.)

# The common nouns that say what kind of thing a name of two words or more names ("Kovar
# Bridge", "Sunset Lane", "Halvard Bank", "Vella Ferries"): the place and organisation
# words above and the buildings and ways of a town that wire copy names so. Two names
# that differ in such a word name two things, however close the words' letters ("Kovar
# Bridge" / "Kovar Ridge", "Sunset Lane" / "Sunset Line": findings/names._kind_word_apart,
# session 18), as "North Kovar" / "South Kovar" do.
LANDMARK_WORDS: frozenset[str] = frozenset(
    """
    lane line way drive hall park gate tower station market stadium palace prison camp
    house court terminal quay pier wharf hotel lodge inn arena theatre theater centre center
    mall plaza
    """.split()
)
NAME_KIND_WORDS: frozenset[str] = PLACE_KIND_NOUNS | ORG_WORDS | ORG_HEADS | LANDMARK_WORDS

# A capitalised span right after one of these is most likely a place ("in Vell",
# "from Port Azul") unless its own words say organisation or person.
PLACE_CUES: frozenset[str] = frozenset("in at from near outside across towards toward to into".split())

# Demonym endings: a single capitalised word ending so, followed by a lower-case noun, is a
# nationality or group adjective (norp): "Ruritanian troops", "Vellese officials",
# "Bangladeshi workers", "Danish police". ("-ic" was dropped: it caught "Traffic was ...".)
NORP_SUFFIXES: tuple[str, ...] = ("an", "ans", "ese", "ish", "i")

# Demonyms no suffix rule catches (irregular forms), plus religions/groups wire copy names.
NORP_WORDS: frozenset[str] = frozenset(
    """
    american americans british french dutch greek greeks thai swiss welsh irish scots
    scottish czech slovak arab arabs jewish muslim muslims christian christians hindu
    hindus sikh sikhs buddhist catholic catholics protestant shia shiite sunni kurdish
    kurds european europeans african africans asian asians
    """.split()
)

# Capitalised words that are not names when they start a sentence or stand alone:
# pronouns, determiners, conjunctions, weekdays and months (dates are numbers' job).
NOT_NAMES: frozenset[str] = frozenset(
    """
    a an the this that these those it its he she his her they their them we our us you
    your i my me there here what when where why how who which while but and or nor so
    yet if then after before since as at by for from in into of on to with without
    about above across against along among around because during except inside near
    over through under until upon within also however meanwhile still now today
    yesterday tomorrow tonight last next many more most some several other another
    each every all both few no not one two three four five six seven eight nine ten
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    read photo image video watch listen click sign subscribe advertisement related
    update updated breaking exclusive opinion analysis editor note source sources
    mr mrs ms dr according said says say told asked added later earlier instead then
    thus hence once even only just again already soon first finally despite although
    though unlike like whether please thanks yes
    plus besides moreover furthermore indeed nevertheless nonetheless otherwise overall
    perhaps maybe sadly unfortunately fortunately ultimately clearly notably similarly
    likewise separately elsewhere additionally afterwards hopefully apparently obviously
    luckily surprisingly interestingly importantly currently recently initially
    eventually together former neither either
    """.split()
)
# (The last lines above are sentence adverbs and conjunctions: capitalised only because
# they open a sentence, they once glued themselves to the name after them: "Plus Obama".
# "former" opens a sentence before the body a person once led: "Former Arsenal manager,
# Arsene Wenger, said …" made a person "Former Arsenal" (SemEval, third-session reading).)

# Endings of sentence adverbs ("Reportedly", "Thankfully", "Exactly"): capitalised only
# because they open the sentence, they glued themselves to the name after them
# ("Reportedly Mara Velko") when the article never writes them in lower case. Endings no
# given name in the SemEval articles has ("Emily", "Kimberly", "Beverly", "Orly", "Ally"
# end otherwise), on words of ``ADVERB_MIN_LEN`` letters or more ("Sally", "Wally").
ADVERB_SUFFIXES: tuple[str, ...] = (
    "ably", "ibly", "ally", "edly", "fully", "ously", "ively", "ently", "antly", "ately",
    "ingly", "ctly", "mply",
)
ADVERB_MIN_LEN = 7

# Weekdays and months (names and abbreviations) that a capitalised run glues to the end of
# the name before them ("Donald Trump Dec. 18", "Las Vegas Tuesday"); cut off when the
# article writes the name without them (``names._cut_trailing_dates``).
# (every weekday and month name and abbreviation: the date reader's own tables)
DATE_WORDS: frozenset[str] = frozenset(WEEKDAYS) | frozenset(MONTHS)

# Months (names and abbreviations): one before a day number or a year ("Ana Lund May 4",
# "Orm City June 12", "Velko Aug. 2019") is the date after a name, never a word of it; the
# run of capitalised words ends before it (AP style writes the date right after the name).
MONTH_WORDS: frozenset[str] = frozenset(MONTHS)

# A month that is also a surname (rules/numbers.MONTHS_AS_NAMES: "Theresa May"), standing
# alone, is the person the article names in full, not a date, when no day number or year
# follows it and no time preposition (rules/numbers.MONTH_LEADS: "in May", "until May")
# comes before it; "by" only as a passive's agent, after a participle ("backed by May and
# her ministers", not "reopen by May"). Without the full name it is a month as before.
SURNAME_MONTHS: frozenset[str] = frozenset(MONTHS_AS_NAMES)
MONTH_LEAD_WORDS: frozenset[str] = frozenset(MONTH_LEADS)
# Months that are also given names ("June Carrow, the harbour master", "April Vell said",
# "August Wilson"): before a capitalised word the article never writes in lower case, with
# no time preposition before it (MONTH_LEAD_WORDS: "By June Vell had left" is a date) and
# no day number before it ("30 June Vell"), the month is the name's first word, not a date
# dropped from it ("Carrow" alone had been the name; session 11 tidy). "May" is left out: a
# sentence's opening modal or wish ("May God Bless", "May Voters Decide") as often as a name.
GIVEN_NAME_MONTHS: frozenset[str] = frozenset(MONTHS_AS_NAMES) - {"may"}
# Words joining two months into a span or a list ("in April and May", "from May to July",
# "March or May"): such a month is a date, whatever its neighbours (session 11 review: with
# "Theresa May" in the article, "Sales fell in April and May" had read as the person).
MONTH_RANGE_WORDS: frozenset[str] = frozenset("and or to through until till".split())
# A month-surname standing where a month reads as a subject of its own (session 12; the
# s11 note: with "Theresa May" in the article "May was the wettest month on record" read
# as her). After the month, ``MONTH_COPULAS`` (with the auxiliaries and adverbs of
# ``MONTH_COPULA_FILLERS`` between: "has been", "is usually") and, in the same clause
# (up to a mark or a ``MONTH_CLAUSE_STOPS`` word: a conjunction, or a preposition, which
# ends the complement's noun phrase: "May has been in office for a month" is hers), a noun
# of a span of time or a weather
# word (``MONTH_PREDICATE_WORDS``): what the sentence says the month was, which no person
# is ("May was the wettest month", "May has been the driest spell since 1990"; not "May
# was the first leader to visit", "May was furious"). "time" is left out ("May was
# having a hard time" is the person), and so are plain weather adjectives that describe
# people too ("cold", "warm", "stormy"): only superlatives and the measured nouns.
MONTH_COPULAS: frozenset[str] = frozenset(
    "is was be been remains remained became becomes proved proves".split())
MONTH_COPULA_FILLERS: frozenset[str] = frozenset(
    """has had have will would could should might may must also usually often again still
    now already typically normally traditionally so far""".split())
MONTH_CLAUSE_STOPS: frozenset[str] = frozenset(
    """that who which when because after before as but and while since though although
    to for in of on at with by from within during over under into than""".split())
MONTH_PREDICATE_WORDS: frozenset[str] = frozenset(
    """
    month months week weeks season seasons period spell stretch quarter
    wettest driest hottest warmest coldest coolest sunniest rainiest windiest snowiest
    stormiest mildest dullest rainfall temperatures
    """.split()
)
# After a sentence's opening "May": a determiner or a subject pronoun makes it the modal of
# a wish ("May the best crew win", "May God bless", "May you never need it"); a surname
# is followed by its verb, never by a new subject (session 12; the s11 review's "May the
# best crew win" read as the person).
MODAL_MAY_NEXT: frozenset[str] = frozenset(
    "the a an this these those all every god you we they he she it his her their our your".split())
# The word after that determiner that makes it an adverbial of the person's sentence, not
# a wish's new subject (s12 review: with "Theresa May" in the article, "May this week
# announced her resignation" and "May all but conceded defeat" had lost her): a time
# noun ("this week", "this morning", "this time") or "all but".
MAY_SUBJECT_NEXT: frozenset[str] = frozenset(
    """week weekend month year morning afternoon evening night summer winter spring autumn
    time but""".split())
# After "May" and such a time adjunct, the word that follows (``MAY_ADJUNCT_ADVERBS`` and
# "-ly" adverbs skipped) tells the two apart: a person's verb is finite ("May this week
# announced", "told", "says", "will"), a wish's is bare ("May this year be kinder to the
# farmers", "May this year bring rain"; s13). A verb reads as bare when it is "be", or a
# lower-case word that ends in neither "s" (but "ss": "pass", "bless"; review13) nor "ed"
# and is no finite form below: the irregular simple pasts of English (a closed class;
# those spelled as their base, "put", "set", "cut", "read", are in it, so they keep the
# person) and the finite auxiliaries.
MAY_FINITE_FORMS: frozenset[str] = frozenset(
    """
    is was has had will would could should might must can shall did does
    arose awoke bore beat became began bent bet bid bit bled blew broke bred brought built
    burnt burst bought cast caught chose clung came cost crept cut dealt dug dove drew
    dreamt drank drove ate fell fed felt fought found fled flung flew forbade forecast
    forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept knelt
    knew laid led leant leapt learnt left lent let lay lit lost made meant met mistook
    overcame overheard overtook paid put quit read rode rang rose ran said saw sought sold
    sent set shook shed shone shot showed shut sang sank sat slept slid slung spoke sped
    spent spilt spun spat split spread sprang stood stole stuck stung strode struck strove
    swore swept swam swung took taught tore told thought threw thrust trod understood
    undertook underwent upset woke wore wove wept won wound withdrew withheld wrote
    """.split()
)
# Adverbs that may stand between the adjunct and the verb ("May this week also said",
# "May all but never conceded").
MAY_ADJUNCT_ADVERBS: frozenset[str] = frozenset(
    "also again still now already even then once never not just finally first".split())
# Words that open a time adjunct after the complement ("May was the star guest last week",
# "May is the favourite this season"): a span-of-time noun after one of them is when the
# sentence happened, not what the month is said to be, and ends the reading (s12 review:
# these had read as the month).
MONTH_ADJUNCT_OPENERS: frozenset[str] = frozenset("this last next every each".split())

# Abbreviations that open a place or saint's name and end in a period without ending
# the name ("St. Louis", "Mt. Orm", "Ft. Vell"): the name continues after them.
NAME_ABBREVIATIONS: frozenset[str] = frozenset("st ste mt ft pt".split())

# Style abbreviations desks write either way: "St Peter" / "Saint Peter" is a house
# style, not a variant worth a finding (AP abbreviates Saint, Mount and Fort in places).
STYLE_ABBREVIATIONS: dict[str, str] = {
    "st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point",
    # Corporate suffixes, abbreviated or not by house style (AP: "Corp.", "Inc.", "Co.",
    # "Ltd." after a company name): "Sierra Nevada Corp" / "Sierra Nevada Corporation"
    # is one company written in two styles, not a spelling variant (a false finding the
    # reader report, section 8, met on a real three-outlet story).
    "corp": "corporation", "inc": "incorporated", "co": "company", "ltd": "limited",
    "bros": "brothers",
}

# Lower-case particles allowed inside a name ("Ministry of Defence", "Charles de Gaulle",
# "Ali al-Sadr", "Ludwig van Beethoven").
NAME_PARTICLES: frozenset[str] = frozenset(
    "of de del della der di da dos das du la le van von bin ibn al el y for".split()
)
# The second of two particles inside a name, after one of NAME_PARTICLES ("Ursula von der
# Leyen", "Marcos de la Vega", "Ana de los Santos", "Piet van den Berg"): lower case as
# written (a capitalised one, "de La Fontaine", is a name word already). Without it the
# name broke at the first particle into "Ursula" and "Leyen".
SECOND_PARTICLES: frozenset[str] = frozenset("der den la las los le di del da".split())
# Arabic name words bound to the word after them ("Abdel Fattah", "Abdul Mahdi", "Abu
# Bakr": "servant of", "father of"), which English desks write with a hyphen or a space by
# house style, as they write "al-" three ways: a hyphen after one is no spelling of the
# name (findings/names.py, name.hyphen; review16d). Their vowels vary too ("Abdul" /
# "Abdel"), which the spelling rules read.
BOUND_NAME_PREFIXES: frozenset[str] = frozenset(
    "abd abdel abdul abdal abdol abdoul abu abou umm".split()
)
# Of the particles, those that only join an organisation or place name, and only right
# after an organisation or place word ("Ministry of Defence", "Gulf of Orm").
ORG_ONLY_PARTICLES: frozenset[str] = frozenset("of for".split())

# Abbreviations written several ways: every key maps to one canonical long form, so that
# "U.S.", "US", "USA" and "United States" share one link key. Written as data because
# "US" is also the pronoun "us" when not capitalised (callers match these case-sensitively
# on the original text). Source: AP Stylebook abbreviation entries.
ALIASES: dict[str, str] = {
    "u.s.": "united states",
    "us": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "united states of america": "united states",
    "america": "united states",
    "u.k.": "united kingdom",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "u.n.": "united nations",
    "un": "united nations",
    "e.u.": "european union",
    "eu": "european union",
    "uae": "united arab emirates",
    "u.a.e.": "united arab emirates",
    "nato": "north atlantic treaty organization",
    "who": "world health organization",
    "imf": "international monetary fund",
    "fbi": "federal bureau of investigation",
    "cia": "central intelligence agency",
}

# Common English given-name short forms (hypocorisms): "Bill Bonney" and "William Bonney"
# are one person written two ways. Kept small on purpose: only unambiguous pairs.
GIVEN_NAME_FORMS: dict[str, str] = {
    "bill": "william",
    "billy": "william",
    "will": "william",
    "bob": "robert",
    "bobby": "robert",
    "rob": "robert",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "dick": "richard",
    "rick": "richard",
    "tom": "thomas",
    "tony": "anthony",
    "joe": "joseph",
    "dan": "daniel",
    "dave": "david",
    "steve": "stephen",
    "chris": "christopher",
    "alex": "alexander",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "katie": "katherine",
    "sasha": "alexander",
    "misha": "mikhail",
    "kolya": "nikolai",
    # a Ukrainian given name in its Ukrainian form (the national romanisation of 2010, which
    # English-language desks in Ukraine and most since 2022 use) against the Russian form
    # of the same name that other desks print ("Oleksandr" / "Aleksandr", "Mykola" /
    # "Nikolai", "Volodymyr" / "Vladimir"): one person, an outlet's choice of name form
    # (often a political one). Only names whose two forms no spelling fold joins ("Ihor" /
    # "Igor", "Olha" / "Olga", "Bohdan" / "Bogdan" already share a key), each mapped to
    # the Russian form's key spelling; both "-ii" and "-iy" endings of the Ukrainian form.
    **{ua: ru for ru, uas in (
        ("aleksandr", "oleksandr olexandr"),
        ("aleksey", "oleksii oleksiy"),
        ("vladimir", "volodymyr"),
        ("nikolai", "mykola"),
        ("mikhail", "mykhailo mykhaylo"),
        ("dmitry", "dmytro"),
        ("sergey", "serhii serhiy"),
        ("andrey", "andrii andriy"),
        ("vasily", "vasyl"),
        ("yuri", "yurii yuriy"),
        ("grigory", "hryhorii hryhoriy"),
        ("pavel", "pavlo"),
        ("pyotr", "petro"),
        ("kirill", "kyrylo"),
        ("nikita", "mykyta"),
        ("anatoly", "anatolii anatoliy"),
        ("vitaly", "vitalii vitaliy"),
        ("yelena", "olena"),
        ("galina", "halyna"),
        ("tatyana", "tetiana tetyana"),
        ("natalya", "nataliia natalia"),
        ("lyudmila", "liudmyla lyudmyla"),
        ("yekaterina", "kateryna"),
    ) for ua in uas.split()},
    # the Georgian and Armenian forms of a given name that English-language desks print in
    # its English or Russian form ("Davit" / "David Kereshvili", "Mikheil" / "Mikhail"):
    # one person, as "Oleksandr" / "Aleksandr" is (names19, invented dev t43, t69). Only
    # forms no spelling rule joins ("Giorgi" / "Georgi" is a typo apart already).
    "davit": "david",
    "mikheil": "mikhail",
}

# Short forms that stand for more than one full given name, most often one of each sex
# ("Pat" is Patrick or Patricia, "Sam" Samuel or Samantha), so GIVEN_NAME_FORMS cannot key
# them: a key has one full form. Such a short form links to any of its full forms under the
# same surname as a pairwise spelling rule (findings.names.spelling_rule, "name.given-form"),
# so that one outlet's "Pat Simmons" is another's "Patrick Simmons" (real37, a real band
# reunion set where an outlet writing "Pat" was said to leave the man out), while the two
# full forms ("Patrick" / "Patricia") and other names ("Pat" / "Peter") stay apart. Only
# short forms that begin their full forms, of three letters or more.
GIVEN_NAME_SHARED_FORMS: dict[str, frozenset[str]] = {
    "pat": frozenset({"patrick", "patricia"}),
    "sam": frozenset({"samuel", "samantha"}),
    "fran": frozenset({"francis", "frances", "francesca"}),
}

# Given names a company's sector noun after them does not make a business ("Tom Works said",
# "Liz Holdings": ``names._org_head``, session 12; the s11 note had "Tom Works" as an
# organisation) when the article also names the surname alone, as it names a person and
# never a company (s12 review: "Michael Foods", "Thomas Industries", "William Lines" are
# real companies named after a founder; named only in full they stay businesses,
# ``names._given_name_head``): the given names this module already knows, the short forms above and the
# names they stand for, and the months that are given names. A short list on purpose: a
# given name it lacks ("Ana Works") stays a business unless a title or honorific goes
# before it ("Mayor Ana Works", "Dr. Ana Lines"). No name is a given name by its look.
KNOWN_GIVEN_NAMES: frozenset[str] = (
    frozenset(GIVEN_NAME_FORMS) | frozenset(GIVEN_NAME_FORMS.values()) | GIVEN_NAME_MONTHS)

# Transliteration folds applied (in order) to each lower-cased, diacritic-free name word so
# that Russian/Armenian/Arabic names written by different desks share a key. Each pair is
# (regex, replacement). Sources: BGN/PCGN vs. AP vs. French-style romanisations.
TRANSLIT_FOLDS: tuple[tuple[str, str], ...] = (
    # Cyrillic "дж" is "dzh" in BGN/PCGN romanisation, "dj" in French and "j" in English
    # usage: Dzhabarov / Djabarov / Jabarov (before the "j" rule below)
    (r"dzh|dj", "j"),
    (r"off$", "ov"),  # Petroff / Petrov
    (r"eff$", "ev"),  # Medvedeff / Medvedev
    (r"yan$", "ian"),  # Nazaryan / Nazarian
    (r"ph", "f"),  # Stephan / Stefan
    # Polish "cz" is the English "ch" (Cyrillic "ч"): Demczak / Demchak,
    # Czerny / Cherny (names19, invented dev t46)
    (r"cz", "ch"),
    (r"ou", "u"),  # Mourad / Murad
    (r"kh", "h"),  # Khalid / Halid
    # Arabic and Turkic "q" (qaf, "қ") is "q" in scholarly and "k" in English romanisation:
    # Aqterek / Akterek, Qel Dara / Kel Dara, Qasim / Kasim (names28, invented dev d20,
    # d122). Not before "u": there it is the Latin "qu" of another language's name
    # ("Quara" / "Kuara", "Queralt" / "Keralt"), never folded; nor before "v", Swedish
    # "qv", which desks write "qu" as often as "kv": folded, "Lindqvist" would move a
    # letter further from "Lindquist" (two edits, no typo link; dev d102, names28).
    (r"q(?![uv])", "k"),
    (r"ck", "k"),
    (r"(?<!^)[yj]", "i"),  # Aliyev / Alijev / Aliev (not the first letter: initials)
    (r"ee", "i"),
    (r"(.)\1", r"\1"),  # doubled letters: Mohammed / Mohamed
    (r"w", "v"),  # Wladimir / Vladimir
)

# What kind of thing each canonical alias names (anything not listed is an organisation).
ALIAS_KINDS: dict[str, str] = {
    "united states": "place",
    "united kingdom": "place",
    "united arab emirates": "place",
}

# Compass points: "North East" / "Northeast" / "North-East" is a style of writing the
# direction (a region's name written closed or open by house style), never a name's own
# spelling (the joined-word rule of findings/names.py skips two compass words; the every-
# pair SemEval population met "North East" in India against "the Northeast" of the US).
COMPASS_WORDS: frozenset[str] = frozenset("north south east west".split())

# First words that make an otherwise unmarked two- or three-word name a place
# ("New Vell", "Port Azul", "San Isidro", "North Ruritania").
PLACE_PREFIXES: frozenset[str] = frozenset(
    "new north south east west northern southern eastern western central upper lower "
    "great greater port san santa saint st fort lake mount cape el los las".split()
)

# Verbs and function words that, right after a single capitalised word, show it is a
# person or thing acting ("Nazarian said"), not a nationality adjective ("Ruritanian troops").
NOT_NOUN_AFTER: frozenset[str] = frozenset(
    "said says told added was is has had will would who which and or of to in on at for "
    "with by as from that stated wrote argued insisted claimed denied also then now later "
    "never still too again only just first however".split()
)

# Words right after an unmarked two- to four-word name that show it is a person speaking
# or acting ("Mara Nazaryan said"). A comma is not one of them: what follows it decides
# (``APPOSITION_*`` below). It once was, and every organisation or place named before a
# comma became a person: "including Kataib Hezbollah, called on …", "facilities of Kataib
# Hezbollah, part of Hashd al-Shabi," (SemEval, fifth-session reading).
PERSON_AFTER: frozenset[str] = frozenset(
    "said says told added wrote explained insisted admitted denied who tweeted".split()
)

# What may open an apposition after "Name, …" before its head noun: articles and
# possessives ("Anton Petrov, a spokesman for …", "…, its armed wing").
APPOSITION_OPENERS: frozenset[str] = frozenset("a an the its his her their one".split())
# Words that end an apposition's noun phrase (its head is the word before): prepositions,
# relatives, conjunctions, verbs of saying ("…, a spokesman for Vell Group, said").
APPOSITION_STOPS: frozenset[str] = frozenset(
    "of for in at on with from to by who whom whose which that and or but as since "
    "said says told added is was has had will would".split()
)
# Head nouns of an apposition that make the name before the comma a person, besides the
# title words (``TITLE_WORDS``: "…, a former minister,"): the people nouns wire copy puts
# after a name ("Mara Velko, a local resident,", "…, the victim's mother,") or before it
# ("his father, Jon Vell,"). Kin nouns (session 14) as well: "Karim Amrani, the victim's
# cousin," was untyped, and "Cousin Yusuf Hadrami said" glued the opener to the name.
APPOSITION_PERSON_HEADS: frozenset[str] = frozenset(
    """
    official member resident student activist candidate founder owner worker teacher
    nurse veteran man woman boy girl mother son daughter wife husband brother sister
    friend neighbour neighbor spokesperson councillor councilor lawmaker legislator
    politician businessman businesswoman journalist writer author producer director
    player fan victim survivor witness suspect agent prosecutor assistant partner
    girlfriend boyfriend colleague fellow
    cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather
    stepson stepdaughter stepfather stepmother widow widower fiance fiancee relative
    """.split()
)
# People nouns that name a role in a story beside the title and apposition words, read
# only by the name finder's role guard (findings/names._roles): "Karin Holt, a parent,".
ROLE_HEADS_EXTRA: frozenset[str] = frozenset("parent guardian pupil".split())
# Posts on an organisation's staff (a union's, a party's, a campaign's, a company's) that
# are neither titles nor the people nouns above: read as a post by the name finder's role
# guard only (findings/names._role_head), so that "Its northern organiser, Tomas Keller,"
# is a post as "Mayor Tomas Kellner" is, and the two, a letter apart, two people (invented
# dev d92, session 21; they were one name, name.typo 0.96). Nouns of a post one holds in
# a body, not occupations a story holds many of ("worker", "driver") nor words one person
# is called in turn ("campaigner" beside "activist"). A shared one ties no spellings (it is
# no title word: findings/names._shared_post); it only keeps two posts apart.
STAFF_POST_NOUNS: frozenset[str] = frozenset(
    """
    organiser coordinator negotiator treasurer steward delegate adviser convenor
    administrator supervisor foreman trustee auditor
    """.split()
)
# Posts that are no title on their own (weak title words, which are common nouns too: "a
# chief concern"; the staff posts above) but name the post of the person right after them
# when they stand inside a capitalised run after their field: "Fire Chief Anna Brell",
# "Party Leader Eran Voss", "Union Organiser Tomas Keller" (analysis/names._post_in_run).
# Without it the run was one organisation's name ("Union Organiser Tomas Keller", for
# "union"), or another thing's ("Fire Chief Anna Brell"), and never met the person's
# other spellings (names22).
# "master": a post only after its field ("Harbour Master Jan Olsen", "Port Master"; no title
# alone: "Master Card", "a master plan"), which left the post glued to the name (review22n).
POSTS_IN_RUN: frozenset[str] = frozenset("chief leader officer master".split()) | STAFF_POST_NOUNS
# The last word of a thing named after a person, a title often before the person: "the Mayor
# Anna Brell Award", "Union Leader Eran Voss Prize", "down Leader Street", "the King Arvid
# Bridge". After a title and a name the run is that thing, not a person called "Anna Brell
# Award" or "Street" with a title (analysis/names._namesake; review22n), unless a verb of
# saying follows ("Mayor Anna Street said"). Prizes and honours, and the ways and works of a
# town that are no surname in wire copy; "hall", "park", "lane", "field", "house", "court"
# are left out ("Senator Jon Hall", "President Park": surnames as often), and the public
# bodies ("School", "Hospital", "Museum") are ORG_WORDS already.
NAMESAKE_HEADS: frozenset[str] = frozenset(
    """
    award awards prize prizes medal trophy cup lecture scholarship scholarships fellowship
    memorial street avenue road boulevard square bridge airport stadium tunnel highway
    motorway
    """.split()
)
# Nouns that call a body's people without naming their post: "a union official", "the
# union's representative", "a union member", "a veteran activist". Each fits any staff post
# (STAFF_POST_NOUNS): the union's organiser is one of its officials, its steward one of its
# members, so one outlet's "Ana Vastberg, the union's organiser" and another's "Ana
# Vasberg, a union official" stay one person's two spellings (findings/names._one_post;
# review21d: the staff posts made them two people, as they were not before). Not against a
# title ("Mayor Ana Vasberg" / "a union official": two posts, as before).
STAFF_POST_GENERIC_HEADS: frozenset[str] = frozenset("official representative member activist".split())
# Singular person nouns after a nationality ("their Dambaran driver", "a Velanian nurse"):
# the name is that person's nationality, not the place of a figure in its clause
# (findings/facts._places, rules/titles; s15-facts3, invented dev t15). The people nouns of apposition
# and roles (rules/titles) and plain person nouns, and the occupations wire copy puts
# after a nationality. Plural nouns are left to facts._other_group and the count's own
# phrase ("four Dravenian soldiers": their place).
PERSON_AFTER_NATIONALITY: frozenset[str] = (
    APPOSITION_PERSON_HEADS | ROLE_HEADS_EXTRA | PLAIN_PERSON_NOUNS
    | frozenset("""driver pilot guard doctor soldier officer engineer interpreter translator
    guide citizen national tourist volunteer employee contractor""".split()))
# Words of a role phrase that say nothing of the post itself ("a former judge", "the
# current governor"): left out when two outlets' roles for a name are compared.
ROLE_GENERIC_WORDS: frozenset[str] = frozenset(
    "former current then now acting new local senior top longtime long-time veteran".split()
)
# One post written in another form: a rank's abbreviation ("Cmdr. Aurel Vasiliou" /
# "Commander Aurel Vasiliu", "Gov." / "Governor") and a post's gendered or neutral forms
# ("commission chair Gulnara Sadykova" / "Chairwoman Gulnara Sadikova"; "spokesman" /
# "spokeswoman" / "spokesperson"). Read as the one word on the right when two outlets'
# roles for a name are compared (findings/names ``_role_phrase``): without it the two forms
# of one post shared no word and set one person's two spellings apart as two people
# (invented dev d76, d80; names19). The keys are the wire-style abbreviations of
# rules/words.TITLE_WORDS and the gendered compounds of its posts; each value is a title
# word or a person noun itself (so a shared post still counts as a post).
ROLE_WORD_FORMS: dict[str, str] = {
    "cmdr": "commander", "cdr": "commander", "gen": "general", "col": "colonel",
    "capt": "captain", "lt": "lieutenant", "sgt": "sergeant", "maj": "major",
    "adm": "admiral", "gov": "governor", "sen": "senator", "rep": "representative",
    "cpl": "corporal", "pvt": "private", "insp": "inspector", "supt": "superintendent",
    "det": "detective",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "congresswoman": "congressman", "councilwoman": "councillor", "councilman": "councillor",
    "councilor": "councillor", "businesswoman": "businessman",
    # a staff post's spellings and its usual synonym (STAFF_POST_NOUNS): "union organizer" /
    # "the union's organiser", "an advisor" / "an adviser" / "a senior aide" are one post
    "organizer": "organiser", "advisor": "adviser", "aide": "adviser", "convener": "convenor",
    "forewoman": "foreman",
}
# The gendered words of ROLE_WORD_FORMS (and their pairs written apart), each with the sex
# it says: one post read as one word must not make a man and a woman one person.
# "Spokesman Andrej Holub" / "Spokeswoman Andrea Holub" share the post but are two people
# (a brother and a sister, a name one letter apart): their phrases carry a mark
# (findings/names ``_role_phrase``, GENDER_MARKS) and two opposite marks share no post
# (``roles_apart``; review19a). The neutral form ("chair", "spokesperson") fits either.
GENDERED_POST_WORDS: dict[str, str] = {
    **{w: "(m)" for w in "chairman spokesman congressman councilman businessman".split()},
    **{w: "(f)" for w in
       "chairwoman spokeswoman congresswoman councilwoman businesswoman".split()},
}
GENDER_MARKS: frozenset[str] = frozenset(GENDERED_POST_WORDS.values())
# A generation's suffix written after a person's name ("Petr Novak Jr., 31,", "Jan Holm Sr,
# the founder,", "Karl Adler III"): part of the name, which the entity pass leaves out. The
# readers of the words beside a name (findings/names._named_in: its age, its role) read
# past it, or "Petr Novak Jr., 31," had no age, and the son was one name with his father
# "Petr Novák, 64," in another outlet (review27n). Lower case, without the stop.
GENERATION_SUFFIXES: frozenset[str] = frozenset("jr jnr sr snr ii iii iv".split())
# The two sides of a crime or an attack, as the role phrases beside a name call them: the
# one it was done to ("the victim, Pavel Hórak", "a survivor") and the one held for it ("a
# suspect, Pavel Horak"). One outlet's side and another's other side for one name, even in
# the same letters, are two people (a father killed and his son of one name arrested): the
# name finder keeps them apart (findings/names.roles_exclude; review27n), as it keeps a
# man and a woman, or two offices, apart. Only person nouns the role reader takes as a
# phrase's head (APPOSITION_PERSON_HEADS); "witness" is on neither side (a victim is often
# the witness too).
CASE_SIDES: tuple[frozenset[str], frozenset[str]] = (
    frozenset("victim survivor".split()),
    frozenset("suspect".split()),
)
# Words of a role phrase that say the post was held before, not now ("former defence
# minister", "ex-mayor", "a onetime judge"): the post tie of the name finder (findings/
# names, name.role) reads a former and a current holder of one post as two people, who
# may be a few letters apart ("Oskar Brandel" / "former ... Oskar Brandt"; review15b).
PAST_POST_WORDS: frozenset[str] = frozenset("former ex onetime one-time erstwhile".split())
# Roles held in a body: "<role> of/for/at the <Name>" makes the name an organisation
# ("the governor of the Financial Supervisory Service", "a spokesman for the Vell
# Brigade"). Only with "the": without it the name is as often a place ("governor of Orm")
# or a person ("a spokesman for Anton Petrov").
ORG_ROLE_WORDS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson governor director chairman chairwoman chair
    president head member members leader leaders chief commander commanders founder ceo
    secretary-general official officials
    """.split()
)
# Plural nouns for the members of an armed or organised group: right after a name they
# make it the group ("Kata'ib Hezbollah militants", "Kotar Brigadun fighters"). Not
# "supporters" or "loyalists": a person has those too ("Anton Petrov supporters").
GROUP_MEMBER_NOUNS: frozenset[str] = frozenset(
    "militants fighters militiamen rebels guerrillas insurgents gunmen members".split()
)
# Position tags of a photo caption after a person's name ("Jon Vell, left, of Orm, and
# …"): only people are placed left or right in a picture.
CAPTION_POSITIONS: frozenset[str] = frozenset("left right center centre front rear".split())
# How many words an apposition's noun phrase may run to its head ("…, an Iran-backed
# Shiite militia" is four after the article); longer runs are not read.
APPOSITION_MAX_WORDS = 5


# Words that show an honorific before a name is part of a title held, not a courtesy
# title: "former Miss Universe Alicia Machado", "reigning Miss World ...", "a onetime
# Mr. Olympia". A courtesy "Miss"/"Mr." is never "former", so after one of these the
# honorific and the next word are the role, not the name (s8 reader report item 7: the
# summary listed "Universe Alicia Machado").
HELD_TITLE_CUES: frozenset[str] = frozenset(
    "former reigning onetime one-time ex then current crowned".split()
)
# ... and the word after the honorific must be a contest's title word ("Miss Universe",
# "Miss World", "Mr. Olympia", "Mrs. America"): "then" and "current" also stand before a
# courtesy title and a three-word name ("the then Mrs. Anna Maria Kessel", "the current
# Ms. Mary Ann Quill"), whose first name is no title (s8 review: they read "Maria Kessel",
# role "then mrs. anna"). A state's or a town's title ("Miss Texas") is not read.
HELD_TITLE_HEADS: frozenset[str] = frozenset(
    "universe world america usa earth international olympia".split()
)


# Words that qualify the title after them and so belong to it: "Assistant Attorney
# General Peter Kadzik" holds the office of assistant attorney general, not attorney
# general (s8 held-out report item 1: the coverage summary showed "Peter Kadzik (attorney
# general)" where the article also names the Attorney General, another person). The
# name analysis keeps a run of these in the title when a title word follows ("Acting
# Mayor", "former chief minister", "Deputy Assistant Secretary"); alone they are no
# title ("Assistant Ilse Varn" is not read as one), and before an honorific they are the
# honorific's business ("former Miss Universe": HELD_TITLE_CUES). "deputy" and "vice" are
# title words already (rules/words.TITLE_WORDS). Not "under": "under President Obama" is
# the preposition (PolNeAR valid: 2 of 2), and "Under Secretary" is rare.
TITLE_HEAD_MODIFIERS: frozenset[str] = frozenset(
    "assistant associate acting former interim outgoing deputy vice principal "
    "senior special".split()
)


# Glued list lines: a page whose list items lost their separators runs one name into the
# next item's title or acronym ("Ronna Romney McDonaldSen. Roy Blunt", "Gov. Dan PatrickRNC
# chair Reince Priebus": PolNeAR, s8 held-out report). A capitalised word whose tail,
# after a lower-case letter, is one of these title abbreviations (or an acronym of two or
# more capitals that a title word follows: "RNC chair") is two tokens: the name, then the
# next item's title. An acronym tail alone is part of a name ("BlackPAC", "SiriusXM": the
# two such words of the PolNeAR valid and SemEval dev articles). Abbreviations only,
# written with a stop when apart: a full title word glued to a name is as often a real
# name ("NextGen", "BurgerKing"), and a head of fewer than GLUED_HEAD_MIN letters is a
# name's prefix ("McDonald", "DeVos", "LaGuardia": "Mc", "De", "La"; "McCAIN" in caps).
GLUED_TITLE_TAILS: frozenset[str] = frozenset(
    "sen rep gov lt sgt capt cmdr cpl pvt adm maj col mr mrs ms dr prof rev".split()
)
GLUED_HEAD_MIN = 3

# Cue verbs of a quote that gives written text as its writer wrote it ("Renk wrote,
# "Welcome to VelmarRecords"", "..., she posted on Instagram", "tweeted"): a post, a letter,
# a caption, copied with the writer's own spelling of the names in it. A name form an
# article gives only there (or as a handle, "@VelmarRecords", or a hashtag) is the writer's,
# not the outlet's spelling of the name, so it makes no name_variant against another
# outlet's form (findings/names._posted; the SemEval gold's "MarlianMusic", written inside
# a quoted Instagram post, read wrong as one outlet's spelling of "Marlian Music"). A
# spoken quote ("said", "told") is the outlet's transcription: its spelling counts.
WRITTEN_QUOTE_CUES: frozenset[str] = frozenset(
    """
    wrote writes write posted posts post tweeted tweets tweet captioned captions caption
    """.split()
)

# The small words that join a name's capitalised words ("National Register of Citizens",
# "Federation of Norvenian Farmers", "Bank of the North", "Brandt and Oyelaran"): the
# name_variant finding reads two forms of one name word by word to tell the reader how they
# differ (findings/names.variant_form), and a form that drops or moves one of these has
# moved its words, not spelled them ("National Register of Citizens" / "National Citizens'
# Register" is the same words in another order; "Bank of Ostrava" / "Ostrava Bank" too).
# English joiners only: a particle of a person's name ("de", "van", "al") is part of it.
NAME_JOINERS: frozenset[str] = frozenset({"of", "the", "and", "for", "&"})

# Titles of one who speaks or acts for another: after "for" / "of" the capitalised run is as
# often the person they act for ("Lawyer for Ana Maria Lund", "Spokeswoman for Ines Calloway
# Marr") as a body, so it opens with no portfolio unless it holds an organisation's or a
# place's word ("Spokesman for Orvik Shipping Tor Brask"; analysis/names._portfolio_len,
# review24n: "Lawyer for Ana Maria Lund" was a person "Maria Lund" titled "Lawyer for Ana").
# Not "envoy" or "representative": their "for" takes a portfolio ("Envoy for Climate").
AGENT_TITLE_WORDS: frozenset[str] = frozenset(
    "spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys".split()
)
