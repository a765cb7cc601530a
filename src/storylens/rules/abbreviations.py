"""Abbreviations that end in a full stop, as data, for :mod:`storylens.segment`.

Three kinds, because a full stop after an abbreviation sometimes also ends the sentence:

* ``TITLES``: come before a name or number and never end a sentence ("Dr.", "Gen.",
  "No. 10"), so the stop after them is never a boundary.
* ``AMBIGUOUS``: can end a sentence ("... in the U.S.", "... Acme Inc."). The stop is
  a boundary only when the next word is a typical sentence opener (``SENTENCE_STARTERS``).
* ``TIME_LIKE``: "a.m.", "p.m.", "etc."; the stop is a boundary when the next word is
  capitalised (but not an all-caps time zone such as "ET").

Entries are lower-case without the final stop. Sources: AP Stylebook abbreviations
(titles, months, states, corporate suffixes) and what wire copy uses in practice.
A single capital letter ("J." in "J. R. R. Tolkien") is treated as an initial in code.
"""

from __future__ import annotations

TITLES: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "rep", "reps", "sen", "sens", "gen", "gov",
    "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp",
    "det", "cpl", "pvt", "mt", "ft", "fr", "sr", "atty", "amb", "gens", "govs", "brig",
    "vs", "v", "approx", "dept", "univ", "assn", "bros", "e.g", "i.e", "cf", "ca", "st",
    "ste",
})

# Abbreviations that are titles only before a number ("No. 10", "Vol. 3"); before
# anything else the stop is an ordinary full stop ("She said no.").
NUMBER_PREFIXES: frozenset[str] = frozenset({"no", "nos", "vol", "fig", "op", "art", "pt"})

AMBIGUOUS: frozenset[str] = frozenset({
    # corporate and name suffixes
    "inc", "co", "corp", "ltd", "plc", "llc", "jr", "esq", "cos",
    # months (AP abbreviates them before a day)
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # US states in AP style
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo",
    # places and streets
    "ave", "blvd", "rd", "hwy",
    # dotted initialisms
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "n.y", "l.a",
})

TIME_LIKE: frozenset[str] = frozenset({"a.m", "p.m", "etc", "am", "pm"})

# Days that follow a clock time in the same sentence: AP style puts the time before the
# day ("at 4:15 p.m. Wednesday near the bridge"), so a capitalised weekday after "a.m."/
# "p.m." continues the sentence (the capital is the day's, not a new sentence's).
CLOCK_DAYS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})

# Words that commonly open a sentence; after an ambiguous abbreviation a capitalised
# word from this list means a new sentence ("... in the U.S. The ministry said").
SENTENCE_STARTERS: frozenset[str] = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
    "its", "our", "this", "that", "these", "those", "there", "but", "and", "or", "so",
    "yet", "in", "on", "at", "for", "after", "before", "when", "while", "as", "if",
    "although", "though", "because", "since", "meanwhile", "however", "also", "then",
    "now", "today", "yesterday", "last", "earlier", "later", "many", "some", "most",
    "more", "other", "others", "one", "two", "three", "several", "no", "not", "what",
    "who", "why", "how", "where", "officials", "police", "authorities",
})

# Top-level domains: a capitalised one after a stop with no space ("Amazon.Com") is part
# of a domain name, not a sentence glued to the previous one (see ``segment``). The common
# generic domains and a few country codes seen in news copy.
TLDS: frozenset[str] = frozenset({
    "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "co", "uk", "us",
    "ca", "au", "de", "fr", "in", "news", "tv", "me", "ly",
})
