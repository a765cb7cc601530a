"""British -> American spelling, as data, for :mod:`storylens.normalize`.

Both sides of a comparison go through the same mapping, so an over-eager rule only
matters when it merges two genuinely different words; the exception lists below
keep the common ones apart. Sources: the regular UK/US correspondences listed in
the Oxford and Merriam-Webster style notes (-our/-or, -ise/-ize, -yse/-yze,
-tre/-ter, -ogue/-og, doubled l before a suffix, -ence/-ense) plus the irregular
pairs seen in wire copy (grey/gray, programme/program, ...).
"""

from __future__ import annotations

# Irregular pairs, UK -> US, base forms; plural/inflected forms are listed where common.
WORD_PAIRS: dict[str, str] = {
    "defence": "defense", "defences": "defenses", "offence": "offense",
    "offences": "offenses", "licence": "license", "licences": "licenses",
    "pretence": "pretense", "grey": "gray", "greying": "graying",
    "programme": "program", "programmes": "programs", "tyre": "tire", "tyres": "tires",
    "aluminium": "aluminum", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "manoeuvring": "maneuvering", "paediatric": "pediatric", "paediatrician": "pediatrician",
    "anaemia": "anemia", "anaesthetic": "anesthetic", "oestrogen": "estrogen",
    "foetus": "fetus", "haemorrhage": "hemorrhage", "leukaemia": "leukemia",
    "diarrhoea": "diarrhea", "orthopaedic": "orthopedic", "encyclopaedia": "encyclopedia",
    "mould": "mold", "plough": "plow", "kerb": "curb", "draught": "draft",
    "sceptic": "skeptic", "sceptical": "skeptical", "scepticism": "skepticism",
    "sulphur": "sulfur", "ageing": "aging", "judgement": "judgment",
    "judgements": "judgments", "acknowledgement": "acknowledgment",
    "enrolment": "enrollment", "enrol": "enroll", "fulfil": "fulfill",
    "fulfilment": "fulfillment", "instalment": "installment", "skilful": "skillful",
    "wilful": "willful", "jewellery": "jewelry", "pyjamas": "pajamas",
    "moustache": "mustache", "cosy": "cozy", "storeys": "stories", "cheque": "check",
    "cheques": "checks", "gaol": "jail", "whilst": "while", "amongst": "among",
    "towards": "toward", "afterwards": "afterward", "learnt": "learned",
    "spelt": "spelled", "burnt": "burned", "dreamt": "dreamed",
    "travellers": "travelers", "marvellous": "marvelous", "woollen": "woolen",
}

# -our -> -or: stems that take "our" in British English (colour -> color, honourable ->
# honorable). Listed rather than a bare suffix rule because "four", "hour", "tour",
# "pour", "devour" and "contour" must not change.
OUR_STEMS: tuple[str, ...] = (
    "colo", "favo", "hono", "labo", "neighbo", "behavio", "harbo", "rumo", "humo",
    "vapo", "flavo", "armo", "endeavo", "savo", "vigo", "rigo", "odo", "parlo", "savio",
    "clamo", "cando", "splendo", "tumo", "valo", "fervo", "ardo", "demeano", "glamo",
)

# -ise/-isation -> -ize/-ization applies to any stem of 3+ letters except these words,
# which are spelled -ise in American English too (or are names).
ISE_EXCEPTIONS: frozenset[str] = frozenset({
    "advise", "arise", "comprise", "compromise", "despise", "devise", "disguise",
    "enterprise", "exercise", "franchise", "improvise", "merchandise", "premise",
    "promise", "revise", "supervise", "surprise", "televise", "treatise", "precise",
    "concise", "praise", "appraise", "chastise", "circumcise", "incise", "excise",
    "expertise", "paradise", "demise", "cruise", "bruise", "guise", "anise", "mortise",
    "reprise", "tortoise", "porpoise", "turquoise", "valise", "cerise", "marquise",
    "apprise", "surmise", "chemise", "advertise", "louise", "denise", "elise", "eloise",
    "sunrise", "uprise", "moonrise", "enfranchise", "disenfranchise", "noise", "poise",
})

# -yse -> -yze (analyse -> analyze); stems before "yse".
YSE_STEMS: tuple[str, ...] = ("anal", "paral", "catal", "dial", "electrol", "hydrol", "psychoanal")

# -tre -> -ter (centre -> center, kilometres -> kilometers); stems before "tre".
TRE_STEMS: tuple[str, ...] = (
    "cen", "thea", "me", "li", "fi", "cali", "som", "spec", "lus", "mea", "sa", "kilome",
    "centime", "millime", "epicen", "ampithea", "amphithea", "goi", "reconnoi", "sepul",
)

# -ogue -> -og (catalogue -> catalog); stems before "ogue".
OGUE_STEMS: tuple[str, ...] = ("catal", "dial", "anal", "monol", "prol", "epil", "trav")

# Doubled l before -ed/-ing/-er/-or in British English (travelled -> traveled); stems
# ending in the single l that American English keeps.
DOUBLE_L_STEMS: tuple[str, ...] = (
    "travel", "cancel", "label", "model", "fuel", "signal", "counsel", "level", "total",
    "channel", "quarrel", "tunnel", "dial", "equal", "rival", "pencil", "initial", "libel",
    "shovel", "marshal", "jewel", "duel", "snorkel", "yodel", "grovel", "swivel", "revel",
    "spiral", "pedal", "panel", "funnel", "kennel", "barrel", "enamel", "gravel", "marvel",
)
