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
