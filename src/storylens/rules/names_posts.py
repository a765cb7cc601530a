"""The words that end a post's portfolio before its holder's name, as data, for the name
reader (:mod:`storylens.analysis.names`, ``_portfolio_cut``).

A post written with its portfolio runs straight into the holder's name in one capitalised
run: "Minister for Digital Affairs Sanna Holm", "Secretary of State for Transport Ada
Korr", "Head of Security Wim Orlo", "Commissioner for Energy Security Ola Brenn". The
reader cut such a run after one portfolio word, so the name shown was "Affairs Sanna
Holm" (session 34's invented dev d222: "The same name is spelled 'Affairs Sanna
Holmqvist' ... and 'Affairs Sanna Holmkvist'"). A portfolio ends with the noun that names
the field of the post; no given name is one of these words, so the run's words up to the
last of them, with two words or more left after it, are the post and the rest is the
person.

Sources: the departments and portfolios that government, agency and company posts are
named after in English (UK, EU, Commonwealth and US cabinet and agency titles: "Minister
for Foreign Affairs", "Secretary of State for Work and Pensions", "Director of Public
Prosecutions", "Commissioner for Human Rights", "Head of Security"), plural and singular
as they are written. Left out: title words the reader already splits at ("health",
"justice", "defence", "finance", "interior", "home", rules/words.TITLE_WORDS), and field
nouns that are also common surnames or given names ("Trade" stays in: no given name;
"Major", "Marshal" are title words; "Temple", "Church", "Law" are left out).
"""

from __future__ import annotations

# A noun that ends a portfolio ("... Affairs", "... Security", "... Prosecutions").
PORTFOLIO_HEADS: frozenset[str] = frozenset(
    """
    affairs security prosecutions rights relations development planning resources
    communications transport transportation trade education culture energy environment
    industry infrastructure housing agriculture fisheries forestry employment labour labor
    innovation sport sports tourism welfare integration migration immigration equality
    equalities heritage science technology digitalisation digitalization
    telecommunications revenue customs intelligence policy strategy operations safety
    economy enterprise investment procurement pensions elections statistics
    communities regions cooperation preparedness emergencies
    state government
    """.split()
)
# ("state", "government": the head of state's and of government's posts, "Head of State Ana
# Lund", "Head of Government Ola Brenn", read as "State Ana Lund" before session 35; a post
# noun of PORTFOLIO_POSTS or a title word opens them, and two name words must follow)

# Post nouns that are no title before a bare name ("the head of the family") but head a
# post with a portfolio ("Head of Security Wim Orlo", "Chief of Security Ana Lund"): read
# as a post only when the run after "of" / "for" holds a ``PORTFOLIO_HEADS`` word.
PORTFOLIO_POSTS: frozenset[str] = frozenset("head chief".split())

# Posts written before a holder's full name that are no title word of the shared lists
# (rules/words.TITLE_WORDS), because each is also a given name, a surname or a common
# noun ("Dean Morrow", "a principal concern", "Canon cameras"): a title only before a name
# of two words or more with no organisation's or place's word in it ("Dean Tomáš Kralj"
# is the dean, Tomáš Kralj, shown bare as "Mayor Ana Lund" is shown "Ana Lund"; session
# 34's invented dev d228 showed "Dean Tomáš Kralj" / "Dean Tomas Kralj"). "Dean Morrow"
# alone stays a name. Sources: church, university, school and civic posts as English
# style guides write them before a name (AP: "Dean", "Provost", "the Rev.", "Canon").
NAME_POSTS: frozenset[str] = frozenset(
    """
    dean provost provost-elect chaplain pastor vicar canon abbot abbess prior prioress
    principal headmaster headmistress headteacher registrar bursar treasurer ombudsman
    councillor councilor alderman alderwoman magistrate curator
    """.split()
)
