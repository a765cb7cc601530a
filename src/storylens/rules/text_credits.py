"""Credits written in running text, as data, for :mod:`storylens.findings.source`.

A copy may credit the wire it took its text from in a sentence of its own, not in a
dateline or byline: "…, told reporters at the cosmodrome, the Continental Press Service
reported." / "… dumping some 40,000 litres, according to the Northline News Agency." /
"… records seen by the Northern Wire Service." (session 21's held-out read: three
shared_source lines said "only the wire credits CPS" of copies that credited it so).

Two things make such a mention a credit, and both are needed:

* the frame: a reporting cue that gives the organisation as the one the fact came from
  (:data:`CUES_BEFORE` before the name, :data:`CUES_AFTER` after it); "X said" counts only
  at the end of a sentence of narration (", the X said."), never as a sentence's subject:
  "the Continental Press Service said its reporter was detained" is the agency as a party
  in the story, speaking for itself;
* the name: a news organisation's, read from its words, never from a list of agencies
  (:func:`storylens.findings.source.news_name`): its last word is an agency head
  (:data:`HEADS`), one of its words a news word (:data:`NEWS_WORDS`), none an
  institution word (:data:`INSTITUTION_WORDS`). "Taldorian Space Agency", "Fire Service"
  and "the Interior Ministry Press Service" are not news organisations.

An acronym or a single word in such a frame ("told MPS", "…, KPA reported", "according
to Meridian.") names no one alone ("according to the NMA": a medicines authority); it
counts only where the other article of the pair credits it (by initials, for an acronym)
-- unless the text calls it a news agency itself ("the KTA news agency reported",
:data:`AGENCY_DESCRIPTORS`).

A byline that shares the piece with an agency is a credit of the whole article, like a
dateline: "By Courier staff, with NWS", "ND with NNA", "By Gazette reporters and Meridian
Press" (:data:`BYLINE_STAFF`).
"""

from __future__ import annotations

from .words import AGENCY_WORDS

# Last words of a news organisation's name (rules/words.AGENCY_WORDS: "Kestrian News
# Agency", "Atlas Press", "Meridian Wire", "Allied Wire Service", "Northern Press Bureau").
HEADS: frozenset[str] = frozenset(AGENCY_WORDS)

# One of these among the name's words (or the parts of a hyphenated word) makes it a news
# organisation's: "Agency", "Service" or "Bureau" alone are a government's too ("Taldorian
# Space Agency", "Coast Guard Service", "National Investigation Bureau"). "Telegraph": the
# telegraph agencies ("Karvan Telegraph Agency", "Jewish Telegraphic Agency").
NEWS_WORDS: frozenset[str] = frozenset({
    "News", "Press", "Presse", "Newswire", "Wire", "Wires", "Telegraph", "Telegraphic",
})

# First words of an agency's name in other languages, which then need no English head:
# "Agence France-Presse", "Agencia EFE", "Agência Estrela".
FOREIGN_AGENCY: frozenset[str] = frozenset({"Agence", "Agencia", "Agenzia", "Agência", "Agentur"})

# One word that ends in a news word is a wire's name too ("Dravpress", "Aldpress",
# "Interpress", "Businesswire"): lower-case endings after at least three letters.
COMPOUND_ENDINGS: tuple[str, ...] = ("press", "presse", "wire", "news")

# Words that make a "Press Service" an institution's press office, not a news agency:
# "the Interior Ministry Press Service", "the Police Press Service", "the Presidential
# Press Service" report for their institution.
INSTITUTION_WORDS: frozenset[str] = frozenset({
    "Ministry", "Ministry's", "Ministry’s", "Police", "Presidential", "Government", "Army",
    "Military", "Court", "Parliament", "Council", "Office", "Secretary", "Department",
    "Commission", "Club",
})

# Words skipped when reading a name's initials: "Press Trust of India" is PTI, "The
# Kestrian News Agency" KNA, "Bureau for the Press" BP.
INITIALS_SKIP: frozenset[str] = frozenset({"the", "of", "and", "for", "de", "du", "des", "la", "el"})

# Cues before the name: the fact came from the organisation ("according to the X"), it
# interviewed the speaker ("told the X", "speaking to the X"), it saw the document ("seen
# by the X"). A regex alternation; a name follows after an optional "the".
CUES_BEFORE = (
    r"according\s+to|told|seen\s+by|obtained\s+by|reviewed\s+by|reported\s+by|quoted\s+by"
    r"|speaking\s+(?:to|with)|spoke\s+(?:to|with)|in\s+an\s+interview\s+with"
)

# Cues after the name: "…, the X reported.", "The X reported on Monday that …".
CUES_AFTER = r"reported|reports|has\s+reported|had\s+reported|quoted"

# "said" after the name counts only closing a sentence of narration: ", the X said." (not
# after a quotation, whose words would then be the organisation's own statement).
SAID_AT_END = r"said"

# Lower-case words that declare the name before or after them a news agency's: "the KTA
# news agency reported", "the news agency ONA reported".
AGENCY_DESCRIPTORS = r"news\s+agency|news\s+service|wire\s+service|press\s+agency"

# Words of a byline's staff part before "with"/"and" an agency ("By Courier staff, with
# NWS", "By Gazette reporters and Meridian Press"); a byline may instead be a desk's or a
# writer's initials ("ND with NNA") or start with "By". A line of other words ("Talks with
# NATO", a subheading) is no byline.
BYLINE_STAFF = r"staff|reporters?|correspondents?|desk|writers?|team"
BYLINE_MAX_WORDS = 10
