"""The shared word lists: stopwords, title words and organisation words, each documented.

One module so that a list is defined once and every user imports it from here. Lists that
look alike but serve different jobs stay separate, and each says why (merging them would
change what each stage does):

* :data:`STOPWORDS` (alignment similarity) vs :data:`EVENT_STOPWORDS` (story clustering,
  which also drops date words) vs :data:`SPEAKER_STOP_WORDS` (words that *end* a speaker
  phrase: verbs, conjunctions, relatives);
* :data:`TITLE_WORDS` (a title written before a name: "Foreign Minister") vs
  :data:`SPEAKER_TITLE_WORDS` (lower-case words inside a speaker phrase: "press secretary",
  "senior official");
* :data:`ORG_WORDS` (lower-case words that make a name an organisation, for entities) vs
  :data:`AGENCY_WORDS` (capitalised last words of a news agency's name, for credit lines).

Everything is data; code matches case-insensitively unless a list says otherwise.
"""

from __future__ import annotations

# --- stopwords --------------------------------------------------------------------------

# A small stopword list: English function words plus the attribution verbs every news
# sentence carries ("said", "told"), so that they never make two sentences look alike.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but nor so yet if then than that this these those there here
    of in on at to for from by with about into onto over under after before between
    through during without within against among upon via per as up down out off
    is are was were be been being am has have had having do does did doing done
    will would shall should can could may might must
    i me my we us our you your he him his she her it its they them their
    who whom whose which what when where why how all any both each few more most other
    some such no not only own same too very just also even still now again ever
    s t's 's said says say saying told tell tells according added adding asked stated
    mr mrs ms dr one new
    """.split()
)

# Chinese and Japanese are tokenised as character bigrams (corpus/shingles.tokens), so
# function words cannot be listed as words. Story clustering drops two kinds of bigram:
# * one of hiragana only (HIRAGANA): Japanese writes its grammar in hiragana (particles
#   の に は を が と で, verb and adjective endings: "によ", "ると", "した"), its
#   content words mostly in kanji and katakana;
# * one holding a Chinese function character of CJK_STOP_CHARS: the five most frequent
#   particles and pronouns of Chinese news text (的 possessive, 了 aspect, 是 "is", 在
#   "at", 这 "this"), which mostly join two words ("江的", "的新", "在东") and, inside a
#   word, make filler words ("现在" now, "这些" these, "了解" understand, "目的" purpose).
#   Left out on purpose, because they start or end content words: 和 (和平 peace, 共和国),
#   都 (首都 capital, 成都), 也 (也门 Yemen), 着 (着火 catch fire, 着陆 landing),
#   那 (那不勒斯 Naples), 地 (地震 earthquake), 以 (以色列 Israel), 会 (会议 meeting).
# Without them, the bigrams Japanese and Chinese texts share whatever the event
# ("によ", "よる", "ると") were the only terms of a small batch's story graph.
HIRAGANA = ("\u3041", "\u309f")
CJK_STOP_CHARS: frozenset[str] = frozenset("的了是在这")

# Function words and news filler that say nothing about which event a text is about.
# Source: the common core of the NLTK and scikit-learn English lists, plus reporting
# verbs and date words that every news story uses ("said", "monday", "year").
EVENT_STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t don didn doesn isn wasn aren weren won
    said says say told according reported report reports told new one two three first last
    year years week weeks day days time monday tuesday wednesday thursday friday saturday
    sunday today yesterday tomorrow mr mrs ms us may might must shall get got make made
    many much well like even still back since just however including""".split()
)

# Words that end a speaker phrase when scanning (verbs, conjunctions, relatives).
SPEAKER_STOP_WORDS: frozenset[str] = frozenset(
    "after also although and are as be because been before being but can could did do "
    "does even had has have here how if is just may might must not now once only or "
    "said says should since so than that then there though to told was were what when "
    "where which while who whom why will would".split()
)


# Determiners that open a noun phrase: articles, possessives and demonstratives ("the
# charges", "her ruling", "those plans"). Used where a phrase's head is looked for past its
# determiner: a fact's verb and object in findings/facts.py ("recommend the charges":
# words that may stand between a verb and its object), and a phrase added or dropped in a
# quote in rules/quote_changes.DETERMINERS (the same set, its own reason there).
# Not rules/attribution.DETERMINERS (quantifiers and numbers too: "several", "two") nor
# rules/attribution.ARTICLES (without "this"/"that"): lists of other stages, kept apart.
DETERMINERS: frozenset[str] = frozenset(
    "a an the this that these those our their its his her my your".split()
)


# --- title words ------------------------------------------------------------------------

# Words that can make up a title written before a person's name ("Foreign Minister",
# "Deputy Prime Minister", "Gen.", "Chief Executive"). A run of these directly before a
# capitalised name is split off into ``Entity.title`` and marks the name as a person.
# Abbreviations are written without their stop ("gov": "Gov. J.B. Pritzker" was cut into a
# name "Gov" and another name). "warden": a prison governor's title ("Warden Carlos Brandão" was
# read as a name of three words, s15). "prosecutor", "mp": a prosecutor's and a member of
# parliament's posts as wire copy writes them before the name ("Chief Anti-Corruption
# Prosecutor Vesna Trdina", "Social Democrat MP Tomas Eskarra" were read as names of four and
# five words, the post glued to the name; names19, invented dev d77, d67). "mep": a member of
# the European Parliament's, written as "MP" is ("MEP Jana Kovar" was a name of three words;
# names20). A title word is a title only before a person's name: analysis/names reads one
# before a company's sector noun or a building's kind word as that name's first word.
TITLE_WORDS: frozenset[str] = frozenset(
    """
    president vice prime minister ministers deputy foreign interior defence defense finance
    health justice home secretary chancellor premier governor gov mayor senator sen rep
    representative congressman congresswoman speaker chairman chairwoman chair chief
    executive ceo cfo director commissioner ambassador envoy spokesman spokeswoman
    spokesperson king queen prince princess emperor sheikh emir sultan pope cardinal
    archbishop bishop reverend rev father imam rabbi judge justice attorney general
    general gen lt lieutenant colonel col major maj captain capt sergeant sgt admiral adm
    commander cmdr marshal brigadier corporal cpl private pvt officer constable detective
    inspector superintendent sheriff coach manager striker goalkeeper midfielder defender
    leader opposition lord lady sir dame baroness baron duke duchess count earl
    professor prof dr doctor coroner president-elect first secretary-general
    chief-executive ayatollah engineer lawyer economist analyst actor actress singer
    photographer reporter correspondent editor warden rector commodore commandant
    prosecutor mp mep
    """.split()
)

# Hyphenated titles built on a title word: "editor-in-chief", "commander-in-chief",
# "attorney-general", "editor-at-large", "minister-designate", "vice-chancellor",
# "deputy-governor". Written as one token, so a title word alone does not match them:
# "Editor-in-chief Vesna Maric said" opening a sentence was read as a name of four words,
# and "editor-in-chief Vesna Maric" as no title at all (names17). The post is the first
# part's ("editor"), the others qualify it (``COMPOUND_TITLE_LINKS`` joins them).
COMPOUND_TITLE_TAILS: tuple[str, ...] = ("in-chief", "at-large", "general", "elect", "designate")
COMPOUND_TITLE_PREFIXES: tuple[str, ...] = ("vice", "deputy", "co", "acting")
# The linking words inside such a title, which name no post of their own.
COMPOUND_TITLE_LINKS: frozenset[str] = frozenset({"in", "at"})
TITLE_WORDS = TITLE_WORDS | frozenset(
    [f"{w}-{t}" for w in TITLE_WORDS if "-" not in w for t in COMPOUND_TITLE_TAILS]
    + [f"{p}-{w}" for w in TITLE_WORDS if "-" not in w for p in COMPOUND_TITLE_PREFIXES])

# Title words that are only a title when directly followed by a name (these are also common
# nouns: "the general public", "a chief concern"), so they never start a title run alone.
# "major", "warden": surnames too ("John Major", "Edith Warden": a strong title word at
# the end of a name cut it, and "Edith" alone was dropped; review15b).
WEAK_TITLE_WORDS: frozenset[str] = frozenset(
    "general chief first home major private father justice count leader officer warden".split()
)

# Strong title words that are surnames too ("Dan Rector", "Kevin Rector"): at the end of a
# capitalised run, with no name after them, they are the name's last word, not a title
# starting a new name ("Dan Rector, 45," was "Dan", read as a demonym, once s16 made
# "rector" a title word; review16d). Kept strong, unlike WEAK_TITLE_WORDS, since the post
# ties two spellings of its one holder ("Rector Helena Carvalhal" / "the rector, Helena
# Carvalhais": findings/names.py, name.role).
SURNAME_TITLE_WORDS: frozenset[str] = frozenset("rector".split())

# Honorifics: always a title, always mark the following name as a person.
HONORIFICS: frozenset[str] = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady mme mlle herr frau sr jr".split()
)

# Lower-case title words that may open or sit inside a speaker phrase ("press secretary").
SPEAKER_TITLE_WORDS: frozenset[str] = frozenset(
    "adviser advisor aide attorney campaign chair chairman chief commissioner deputy "
    "director executive foreign former general governor head lawyer leader manager "
    "mayor minister national official officials president press prime secretary "
    "senator senior spokesman spokesperson spokeswoman state".split()
)


# --- organisation words -----------------------------------------------------------------

# Words that end an organisation name ("Interior Ministry", "Acme Inc") or head one
# ("Ministry of Defence", "Bank of Ruritania"). Sources: company-suffix lists and the
# public-body names that appear in wire copy.
ORG_WORDS: frozenset[str] = frozenset(
    """
    ministry agency council party inc ltd llc plc corp corporation company co group
    bank university college school institute foundation association union committee
    commission court parliament assembly congress senate government administration
    department office authority board bureau police army navy force forces guard militia
    brigade brigades front movement church club fc united league federation organisation
    organization network times post news press tribune herald journal channel tv radio
    airlines airways hospital museum fund trust coalition alliance cabinet
    """.split()
)

# Last words that make a capitalised name an organisation rather than a person, so that
# "Continental Press Agency contributed to this report" is a credit and "Jane Doe
# contributed ..." is not. From the names of news agencies (Agence France-Presse, Kyodo
# News, Press Trust of India's "Press", United News Service, Wire/Newswire services).
AGENCY_WORDS: tuple[str, ...] = (
    "Agency",
    "Agencies",
    "Press",
    "Presse",
    "News",
    "Newswire",
    "Wire",
    "Service",
    "Services",
    "Bureau",
    "Syndicate",
)

# Last words of a newspaper's, magazine's or news network's name, so that a credit line
# naming another publication ("[LA Times]", "The Korea Herald/Asia News Network", "This
# article first appeared in The Vella Herald") is read as a credit like an agency's. From
# the mastheads of the English-language press (Times, Post, Herald, Journal, ...) and the
# syndication networks that sign pieces off ("Asia News Network"). Capitalised: a credit
# names the masthead; "the morning post" in prose is not one.
PUBLICATION_WORDS: tuple[str, ...] = (
    "Times",
    "Post",
    "Herald",
    "Journal",
    "Tribune",
    "Telegraph",
    "Guardian",
    "Gazette",
    "Chronicle",
    "Independent",
    "Observer",
    "Express",
    "Mirror",
    "Standard",
    "Courier",
    "Ledger",
    "Examiner",
    "Inquirer",
    "Dispatch",
    "Bulletin",
    "Register",
    "Monitor",
    "Globe",
    "Mail",
    "Sun",
    "Star",
    "Today",
    "Daily",
    "Weekly",
    "Magazine",
    "Review",
    "Network",
    "Networks",
    "Online",
    "Insider",
    "Reporter",
)
