"""Tails that only restate what an excerpt already says: a shorter excerpt, not a change.

Two mechanisms (session 26, from invented dev traps t134 and t137; the text here is new
invented text, fictional people and places):

* an elliptical conjunct, "and" with only an operator and "never"/"always"/"still" and the
  predicate elided ("… has never interfered in the count and never will"), says the
  clause before it again; an excerpt that stops before it is a shorter excerpt. Near
  misses: a conjunct of the other polarity ("raised the levy once and never will again"),
  one with a predicate of its own, one after "but", and a replacement of the tail;
* a last alternative ("or sublet their flats") cut from a quote under a negation that
  reaches it ("failed to show any danger that the tenants would default or sublet") leaves
  a claim the whole entails: no danger of either is no danger of the first. Near misses:
  the same cut in a positive claim, after "whether" or "until", an alternative with its own
  operator, and a qualifier put in ("any danger" / "a serious danger").

review26q's near misses (both rules read them as a shorter excerpt before its fix): a
negation inside a name ("the No Regrets Club"), "not only", "never to" (the infinitive's),
a negative verb that is part of the elided predicate ("failed to pay … and never will"), a
negative pronoun subject ("and nobody will"); an "or" past "and", a wh-word or a relative
word, an "or" that is no alternative ("or else", "or so", "or even", "or at least"), and an
alternative clause with its own operator ("or the roof will fall").
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes

CASES = [
    # (id, one wording, the other, the change kind or None for a shorter excerpt)
    ("elliptical: and never will",
     "The ministry has never interfered in the count in Orvella and never will,",
     "The ministry has never interfered in the count in Orvella,", None),
    ("elliptical: and never will, inserted",
     "The ministry has never interfered in the count in Orvella,",
     "The ministry has never interfered in the count in Orvella and never will,", None),
    ("elliptical: and always will",
     "Councillor Brask has always backed the tram line and always will.",
     "Councillor Brask has always backed the tram line.", None),
    ("elliptical: and still does",
     "Councillor Brask backed the tram line from the start and still does.",
     "Councillor Brask backed the tram line from the start.", None),
    ("elliptical: and will not",
     "The board has not sold a single share of Tervo Mills and will not,",
     "The board has not sold a single share of Tervo Mills,", None),
    ("elliptical: and never will be",
     "The old harbour at Kessvik has never been for sale to anyone and never will be.",
     "The old harbour at Kessvik has never been for sale to anyone.", None),
    ("near miss: the other polarity (a pledge dropped)",
     "We raised the harbour levy on the Kessvik fishing fleet once and never will again,",
     "We raised the harbour levy on the Kessvik fishing fleet once,", "negation"),
    ("near miss: a conjunct with a predicate of its own",
     "The ministry has never interfered in the count in Orvella and never will interfere,",
     "The ministry has never interfered in the count in Orvella,", "negation"),
    ("near miss: 'never will' replaced by 'will not again'",
     "The ministry has never interfered in the count and never will,",
     "The ministry has never interfered in the count and will not again,", "qualifier"),
    ("alternative under a negation",
     "The council has failed to show any danger that the tenants would default or sublet their flats,",
     "The council has failed to show a danger that the tenants would default,", None),
    ("alternative under 'no evidence'",
     "There is no evidence that Mayor Ostrin lied or hid the ledgers,",
     "There is no evidence that Mayor Ostrin lied,", None),
    ("near miss: the alternative in a positive claim",
     "The council has shown a danger that the tenants would default or sublet their flats,",
     "The council has shown a danger that the tenants would default,", "qualifier"),
    ("near miss: an alternative after 'whether'",
     "The inquiry did not establish whether the driver fell asleep or swerved,",
     "The inquiry did not establish whether the driver fell asleep,", "qualifier"),
    ("near miss: an alternative after 'until'",
     "We will not rest until Mayor Ostrin resigns or faces trial,",
     "We will not rest until Mayor Ostrin resigns,", "qualifier"),
    ("near miss: an alternative with its own operator",
     "The witness was not at home or was hiding,",
     "The witness was not at home,", "qualifier"),
    ("near miss: 'any danger' / 'a serious danger'",
     "The council has failed to show any danger that the tenants would default,",
     "The council has failed to show a serious danger that the tenants would default,",
     "qualifier"),
    # review26q: near misses that quotes26's two rules read as a shorter excerpt
    ("review26q: a negation inside a name is not the clause's polarity",
     "Tomas Ekre has played the No Regrets Club in the old Dunmarsh harbour quarter and never will again,",
     "Tomas Ekre has played the No Regrets Club in the old Dunmarsh harbour quarter,", "negation"),
    ("review26q: 'never to' negates the infinitive, not the clause ('and never did' a fact)",
     "Ilsa Brun vowed never to sell the family mill at Kessvik to the Tervo group and never did,",
     "Ilsa Brun vowed never to sell the family mill at Kessvik to the Tervo group,", "negation"),
    ("review26q: a negative verb is part of the elided predicate ('failed to pay ... and never will')",
     "The Dunmarsh club has failed to pay its players their wages for the spring season and never will,",
     "The Dunmarsh club has failed to pay its players their wages for the spring season,", "negation"),
    ("review26q: a negative verb said again ('refused ... and always will')",
     "The Dunmarsh club has refused to pay the harbour levy to the council every season and always will,",
     "The Dunmarsh club has refused to pay the harbour levy to the council every season,", None),
    ("review26q: a negative pronoun is a subject of its own ('and nobody will')",
     "The board of Tervo Mills has not paid the harbour levy to the council this year and nobody will,",
     "The board of Tervo Mills has not paid the harbour levy to the council this year,", "negation"),
    ("review26q: 'not only' affirms",
     "The board has not only paid the Dunmarsh harbour levy to the council in full and never will again,",
     "The board has not only paid the Dunmarsh harbour levy to the council in full,", "negation"),
    ("review26q: the alternative in a positive claim, a negation inside a name",
     "Officers found Ms Varo at the Never Again bar or the harbour,",
     "Officers found Ms Varo at the Never Again bar,", "qualifier"),
    ("review26q: 'not only' affirms: the alternative is a positive claim's",
     "The mayor not only lied or cheated,", "The mayor not only lied,", "qualifier"),
    ("review26q: a negation does not reach past 'and' into the next clause",
     "Nobody was hurt and the crews found the pilot or the co-pilot,",
     "Nobody was hurt and the crews found the pilot,", "qualifier"),
    ("review26q: a negation on one conjunct does not reach the next",
     "Mr Dorn did not pay the rent and then fled or hid,",
     "Mr Dorn did not pay the rent and then fled,", "qualifier"),
    ("review26q: 'or else' (otherwise), not an alternative",
     "Staff must not speak to the press or else face dismissal,",
     "Staff must not speak to the press,", "qualifier"),
    ("review26q: 'or so' hedges the claim",
     "Mr Dorn did not flee the country or so his lawyer says,",
     "Mr Dorn did not flee the country,", "qualifier"),
    ("review26q: 'or even', a scalar alternative, is the claim's strength",
     "There is no proof at all that Mr Dorn lied to the harbour inspectors or even exaggerated,",
     "There is no proof at all that Mr Dorn lied to the harbour inspectors,", "qualifier"),
    ("review26q: 'or at least', a scalar alternative",
     "There is no proof at all that Mr Dorn lied to the harbour inspectors or at least misled them,",
     "There is no proof at all that Mr Dorn lied to the harbour inspectors,", "qualifier"),
    ("review26q: an alternative clause of its own subject and operator",
     "Do not move the beams or the roof will fall,", "Do not move the beams,", "qualifier"),
    ("review26q: an alternative inside a relative clause of a definite noun",
     "Police have not found the man who attacked the guard or stole the van,",
     "Police have not found the man who attacked the guard,", "qualifier"),
    ("review26q: an alternative in an indirect question",
     "The inspectors did not say where Mr Dorn hid the ledgers or burned them,",
     "The inspectors did not say where Mr Dorn hid the ledgers,", "qualifier"),
    ("review26q control: still a shorter excerpt under 'not a cent'",
     "The budget puts not a cent into schools or hospitals,",
     "The budget puts not a cent into schools,", None),
    ("review26q control: 'has not paid … and will not', the clause's own polarity",
     "The Dunmarsh club has not paid the harbour levy to the council this season and will not,",
     "The Dunmarsh club has not paid the harbour levy to the council this season,", None),
]


@pytest.mark.parametrize("case_id,a,b,kind", CASES, ids=[c[0] for c in CASES])
def test_restating_tails(case_id, a, b, kind):
    got = compare_quotes(a, b)
    assert got is not None
    if kind is None:
        assert got["change"] in ("extent", "trivial"), got
        assert not [o for o in got["ops"] if o.get("kind") and o["kind"] != "trivial"], got
    else:
        assert got["change"] == kind, got
