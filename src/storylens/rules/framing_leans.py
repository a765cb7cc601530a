"""The side of the political spectrum a lean label names, for telling a label an outlet puts
on a named person from the same lean another outlet states of him.

"Left-wing councillor Ines Velk" where another outlet writes "Ines Velk, leader of the
Green-Left group on the council" (or "who leads the Green-Left group", "Left Bloc
councillor Ines Velk") restates what that outlet states of her: her group's name carries
the side, so the label is the same fact, no descriptor slant (held-out t148, session 26,
read wrong). Only the plain lean labels are listed: a stronger label ("far-left",
"hard-right", "ultra-nationalist") says more than a party's name states, so "Far-left
councillor Ines Velk" against "leader of the Green-Left group" stays a contrast.

The side word is read only in a capitalised word (a party's or group's name: "Green-Left",
"Left Bloc", "Centre-Right Alliance") of an apposition after the name or of the words of
its clause before it: a lower-case "left" is a verb or a direction ("who left the Green
group"), and a compound such as "left-handed" names no side (framing._states_lean).

The group must be the person's own, held now (review27fr, session 27): the words between
her name and the group's name are all words of a post or a membership ("leader of the",
"a member of the", "a Green-Left councillor", "who leads the", "Left Bloc councillor"),
so "Ines Velk, who quit the Green-Left group", "a former member of", "a fierce critic of"
and "Green-Left leader Brell and Ines Velk" state no lean of her. And the side word must
name a political side, joined to another word of the group's name ("Green-Left",
"Centre-Right") or before a noun of a political body ("Left Bloc", "the Left group"): "the
Left Bank Residents' Association" and "a councillor for the Right Bank" name a district.
A party's name with no side word ("the Conservative group") states no place on the
spectrum: "Right-wing councillor" against it stays a contrast, the label saying more.
"""

from __future__ import annotations

# lean label (rules/loaded_terms.MODIFIERS, "political label") -> the side it names
LEAN_SIDES: dict[str, str] = {
    "left-wing": "left",
    "left-leaning": "left",
    "leftist": "left",
    "right-wing": "right",
    "right-leaning": "right",
    "rightist": "right",
}

# Nouns of a political body that a side word names when it stands right before one ("the
# Left Bloc", "the Left group on the council", "Right Alliance"); a side word before any
# other word ("Left Bank", "Right Bank") is a place's or a body's name of no side.
POLITICAL_BODY_NOUNS: frozenset[str] = frozenset(
    "party bloc group alliance front coalition union caucus faction list platform "
    "movement".split()
)
# Verbs of a relative clause that say a post or membership held now ("Ines Velk, who leads
# the Green-Left group", "who is a member of", "who sits for the Left Bloc"): any other verb
# ("who quit", "who left", "who defeated", "who led") says no lean of hers.
HOLDING_VERBS: frozenset[str] = frozenset(
    "is leads heads chairs represents belongs sits serves".split()
)
# Function words a post phrase may hold between the name and the group's name ("leader of
# the", "a member of the", "who sits for the", "who belongs to the", "a councillor in the").
POST_LINK_WORDS: frozenset[str] = frozenset("of for in on to with the a an its".split())
