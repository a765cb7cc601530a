"""A name's grammatical forms, as data, for the name-variant finding
(:mod:`storylens.findings.names`).

English makes a party's, a movement's or a people's name into a member plural, an
adjective or a demonym with a suffix on the same stem: "the Social Democrats" (the
party, its members), "the Social Democratic candidate" (its adjective), "a Social
Democrat"; "Socialists" / "Socialist" / "Socialism"; "Kovaria" (the country) /
"Kovarian" (its adjective, its people) / "Kovarians". Two outlets that write one name
in two of these forms wrote two grammatical forms of one name, not two spellings
(session 33's invented dev d215, "Social Democrats" / "Social Democratic", graded wrong).

The check reads the morphology from the two forms, not from a list of names: two words
in the same place of two otherwise identical forms are grammatical forms when both are
one stem of at least ``STEM_MIN`` letters with one of these endings (the empty ending
for the bare stem), the two endings differing.

Sources: the productive English suffixes for a member or follower (-ist, -ite, -an,
-ian), an adjective (-ic, -ish, -ese, -ian, -an), a doctrine (-ism), a country's name in
-ia beside its -ian demonym, and the plural -s on each. Left out on purpose: a bare
"-a", "-o", "-n", "-i" or "-y" (one letter that a real misspelling, a gendered given
name or a romanisation changes as often: "Kovar" / "Kovara", "Vela" / "Velo"), and "-e"
("Rosalind" / "Rosalinde"). A real misspelling ("Democarts" for "Democrats") shares no
such stem and ending, and stays a finding.
"""

from __future__ import annotations

# Each entry: one suffix that makes a name's grammatical form; "" is the bare stem.
GRAMMATICAL_ENDINGS: frozenset[str] = frozenset({
    "",  # the stem itself: "Democrat", "Kovar" (beside "Democratic", "Kovarian")
    "s",  # member plural: "Democrats", "Greens", "Liberals"
    "ic", "ics",  # adjective: "Democratic", "Baltic"
    "ian", "ians",  # adjective, demonym: "Kovarian", "Kovarians"
    "ia",  # a country's name beside its -ian demonym: "Kovaria"
    "an", "ans",  # adjective, demonym: "Republican", "Republicans" (stem "republic")
    "ish",  # adjective, demonym: "Brenmoorish"
    "ist", "ists",  # follower: "Socialist", "Socialists"
    "ism",  # doctrine: "Socialism"
    "ese",  # adjective, demonym: "Vantese"
    "ite", "ites",  # follower: "Marlowite", "Marlowites"
})

# The shortest stem the endings attach to: four letters keeps short words apart whose
# letters differ only at the end ("Ban" / "Banks", "Ana" / "Anas") and still reads
# "Green" / "Greens" and "Tory"-length stems.
STEM_MIN = 4
