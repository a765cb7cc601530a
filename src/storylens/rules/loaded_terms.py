"""Loaded-term equivalence sets: words different outlets use for the same referent.

Each set lists terms for one kind of referent with a *charge*: 0 = the neutral,
descriptive choice style guides recommend; 1 = common but coloured; 2 = loaded (implies a
judgement about legitimacy, violence or guilt). ``findings.framing`` reports two aligned
sentences that use terms of one set whose charges differ and at least one is loaded (2).

Sources:

* ``regime``  — BBC Editorial Guidelines (style guide, *regime*): "regime" implies an
  illegitimate government; prefer "government" / "administration" / "authorities".
* ``militant`` — AP Stylebook, *terrorism* / *militant*: prefer specific neutral terms
  ("fighters", "militants", "gunmen") over "terrorists" unless attributed; Reuters
  Handbook of Journalism, *terrorism*: "we do not use the word terrorist without
  attribution". BBC guidelines on "language when reporting terrorism".
* ``unrest``  — AP Stylebook guidance on *riot* (2020): "riot" for violent disorder only;
  "protest", "demonstration", "unrest" are the descriptive choices.
* ``immigrant`` — AP Stylebook (2013): "illegal immigrant" dropped; "illegal alien" is
  pejorative; prefer "undocumented" / "migrant".
* ``abortion`` — AP Stylebook, *abortion*: use "anti-abortion" and "abortion-rights",
  not "pro-life" / "pro-choice".
* ``killing`` — "massacre" / "slaughter" assert intent and scale; "killing(s)" / "deaths"
  are descriptive (Wikipedia *Words to watch*, "Contentious labels").
* ``crowd``   — "mob" / "thugs" are contentious labels for a crowd or protesters
  (Words to watch, "Contentious labels").
* ``stance`` / ``remarks`` — "warmongering", "diatribe", "rant", "tirade" judge a
  statement rather than report it (Words to watch, "Contentious labels" and
  "Expressions of doubt"); "martyr" is the glorifying mirror of "terrorist".
* ``territory`` — "occupied" vs "disputed" (BBC *Israel and the Palestinians* style
  guide, key terms).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TermSet:
    name: str
    terms: dict[str, int]  # term (lower case, singular) -> charge 0/1/2
    note: str


TERM_SETS: tuple[TermSet, ...] = (
    TermSet(
        "government",
        {"government": 0, "administration": 0, "authorities": 0, "regime": 2, "junta": 2},
        "BBC style guide: 'regime' implies illegitimacy",
    ),
    TermSet(
        "armed group",
        {
            "fighter": 0,
            "gunman": 0,
            "militant": 1,
            "rebel": 1,
            "insurgent": 1,
            "separatist": 1,
            "terrorist": 2,
            "extremist": 2,
            "jihadist": 2,
            "freedom fighter": 2,
            "martyr": 2,
        },
        "AP/Reuters: 'terrorist' only with attribution",
    ),
    TermSet(
        "unrest",
        {
            "protest": 0,
            "demonstration": 0,
            "rally": 0,
            "unrest": 1,
            "clash": 1,
            "disturbance": 1,
            "riot": 2,
            "uprising": 2,
            "insurrection": 2,
        },
        "AP on 'riot': violent disorder only",
    ),
    TermSet(
        "crowd",
        {
            "protester": 0,
            "demonstrator": 0,
            "crowd": 0,
            "activist": 0,
            "mob": 2,
            "thug": 2,
            "rioter": 2,
        },
        "Words to watch: contentious labels",
    ),
    TermSet(
        "immigrant",
        {
            "migrant": 0,
            "undocumented immigrant": 0,
            "asylum seeker": 0,
            "illegal immigrant": 2,
            "illegal alien": 2,
            "illegals": 2,
        },
        "AP 2013: drop 'illegal immigrant'",
    ),
    TermSet(
        "abortion",
        {"anti-abortion": 0, "abortion-rights": 0, "pro-life": 2, "pro-choice": 2},
        "AP: 'anti-abortion', 'abortion-rights'",
    ),
    TermSet(
        "killing",
        {"killing": 0, "death": 0, "massacre": 2, "slaughter": 2, "bloodbath": 2},
        "Words to watch: 'massacre' asserts intent",
    ),
    TermSet(
        "stance",
        {"firm": 0, "tough": 0, "hawkish": 1, "hardline": 1, "warmongering": 2, "belligerent": 2},
        "Words to watch: value-laden labels; 'warmongering' judges intent",
    ),
    TermSet(
        "remarks",
        {
            "remark": 0,
            "comment": 0,
            "statement": 0,
            "speech": 0,
            "diatribe": 2,
            "rant": 2,
            "tirade": 2,
        },
        "Words to watch: 'rant'/'tirade' dismiss what was said",
    ),
    TermSet(
        "territory",
        {"disputed": 1, "occupied": 2},
        "BBC key terms: 'occupied' vs 'disputed'",
    ),
)


# Compounds in which a term names equipment or a role, not the referent.
NOT_TERMS: frozenset[str] = frozenset(
    {
        "riot police",
        "riot gear",
        "riot squad",
        "riot shields",
        "riot officers",
        "protest leaders",
        "death toll",
        "death penalty",
        "death row",
        "government forces",
        "regime change",
        "rally point",
    }
)


def _plural(term: str) -> tuple[str, ...]:
    head, _, last = term.rpartition(" ")
    pre = head + " " if head else ""
    if last.endswith(("s", "sh", "ch", "x")):
        forms = (last, last + "es")
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = (last, last[:-1] + "ies")
    elif last.endswith("man"):
        forms = (last, last[:-3] + "men")
    else:
        forms = (last, last + "s")
    return tuple(pre + f for f in forms)


TERM_FORMS: dict[str, tuple[str, str, int]] = {
    form: (ts.name, term, charge)
    for ts in TERM_SETS
    for term, charge in ts.terms.items()
    for form in _plural(term)
}
"""surface form (lower case) -> (set name, base term, charge)."""
