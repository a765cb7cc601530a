"""Session 25: two pieces on another matter of the story's institution, weeks after it, that
the story warning kept (``findings.coverage._tells_another_event``).

1. Its first sentence writes the others' event verb, done to someone else
   (``_done_to_another``): the same court sentencing another defendant. The warning named a
   piece only when its headline and first sentence held none of the others' event words; a
   verdict on another person of the same court holds "sentenced" too. Now its first
   sentence may hold them when it names a person of its own (no other article names them)
   and no word of the people the others' ledes name. Near misses, not named: a later-day
   update of the same sentence (upheld on appeal), a reaction, an explainer and a
   co-defendant's verdict, each naming the others' person or one the others name; the
   verdict on another person dated within ``stories``' window. review25w: a follow-up that
   calls their person by the post the others give them ("the former governor") or by a
   possessive ("Kallen's lawyer") beside a person of its own is not named either.
2. A figure of its own is shared only where another article gives it (``_ordinal_only``): a
   fraction word that tells no share ("A fifth man was still being sought") gives no
   "18 percent". Near miss: "about a fifth of its routes" is a share and gives it; so do
   "by nearly a fifth", "half the", "two-thirds" (review25w).

Invented: the Tarsk Regional Court sentences former governor Ivo Kallen to 12 years for
bribery on Tuesday 10 March; three outlets. The other matter: the same court sentencing
former harbour director Pavel Rusk, 16 days later.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Former Tarsk governor Kallen jailed for 12 years", [
    "The Tarsk Regional Court on Tuesday convicted former governor Ivo Kallen of taking bribes "
    "from road builders and sentenced him to 12 years in prison.",
    "Judge Marta Ovel said Kallen had accepted 3.2 million crowns since 2018.",
    "Kallen, 61, denied the charges and his lawyer said he would appeal.",
    "Businessman Oren Slade, who paid the bribes, will be tried separately next month.",
    '"Nobody in this province is above the law," prosecutor Lea Marn told reporters.',
])
LEFT = ("Kallen sentenced: 12 years for the governor who sold the roads", [
    "Former governor Ivo Kallen was convicted of taking bribes and sentenced on Tuesday to 12 "
    "years in prison by the Tarsk Regional Court.",
    "The court found he had pocketed 3.2 million crowns from contractors.",
    '"Nobody in this province is above the law," said prosecutor Lea Marn.',
    "Campaigners said the roads he approved are still unfinished.",
    "Kallen governed Tarsk for eight years.",
])
RIGHT = ("Court jails Kallen in case his allies call political", [
    "The Tarsk Regional Court convicted former governor Ivo Kallen on Tuesday and sentenced him "
    "to 12 years in prison, a ruling his supporters called revenge.",
    "Kallen's lawyer said the 3.2 million crowns were legal campaign gifts.",
    '"Nobody in this province is above the law," prosecutor Lea Marn claimed.',
    "Kallen's party said it would protest outside the court on Saturday.",
    "Judge Marta Ovel read the verdict in an hour.",
])
DATES = ["2026-03-10", "2026-03-10", "2026-03-11"]
LATER = "2026-03-27"
OTHERS = ["a1", "a2", "a3"]

# Another matter of the same court, weeks later: named since s25.
HARBOUR = ("Former harbour director jailed over dredging contract", [
    "The Tarsk Regional Court on Thursday sentenced former harbour director Pavel Rusk to four "
    "years in prison for rigging a dredging contract.",
    "Judge Marta Ovel said Rusk had cost the port about 1.8 million crowns.",
    "Rusk, 55, was taken into custody after the hearing.",
    "On March 10 the same court sentenced former governor Ivo Kallen to 12 years in prison in a "
    "separate case.",
    "The port has 240 employees.",
])


def _piece(title: str, first: str) -> tuple[str, list[str]]:
    """A piece weeks later: ``first`` as its news, then lines of its own and the same recall of
    the others' verdict as the harbour piece's."""
    return (title, [first, "Judge Marta Ovel said the court had spent 1.8 million crowns on the case.",
                    "About 150 supporters gathered outside the courthouse.", HARBOUR[1][3]])


def test_the_same_courts_verdict_on_another_person_is_named():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, HARBOUR, published=DATES + [LATER])
    assert C._first_tells_theirs(ctx, "a4", OTHERS)  # "sentenced", as theirs
    assert C._done_to_another(ctx, "a4", OTHERS)  # of Pavel Rusk, none of theirs
    assert "a4" in C.off_story(ctx)
    assert C.story_person_strays(ctx) == {"a4"}
    assert "of a person none of them names" in comp.provenance.warning


NEAR_MISSES = {
    "upheld": ("Appeal court upholds Kallen sentence",
               "The Tarsk appeal court on Thursday upheld the 12-year sentence of former "
               "governor Ivo Kallen, rejecting his lawyer's claim of 1,200 procedural errors."),
    "reaction": ("Kallen's party elects new leader after his sentencing",
                 "Kallen's party on Thursday elected Dora Veit as its leader, two weeks after "
                 "the former governor was sentenced, with 312 of 400 delegates' votes."),
    "explainer": ("What the Kallen verdict means for Tarsk",
                  "The sentencing of former governor Ivo Kallen leaves Tarsk with 2.5 billion "
                  "crowns of unfinished roads, the province's auditor Nils Ardo said on Thursday."),
    "co-defendant": ("Businessman Slade jailed as co-accused",
                     "The Tarsk Regional Court on Thursday sentenced businessman Oren Slade to "
                     "three years for paying off officials over 3.4 million crowns of contracts."),
    # review25w: a person of its own beside the others' person called by the post the others
    # give them ("former governor Ivo Kallen") or by a possessive of their name: named before
    "prosecutor": ("Prosecutors to seek longer term for ex-governor",
                   "Chief prosecutor Dan Orel said on Thursday his office would appeal the 12-year "
                   "sentence handed to the former governor as too lenient."),
    "wife": ("Ex-governor's wife charged",
             "Vera Sund, the wife of the jailed former governor, was charged on Thursday with "
             "helping hide 1.1 million crowns of the bribes he was sentenced for."),
    "ex-governor's lawyer": ("Ex-governor loses appeal bid",
                             "The Tarsk Regional Court on Thursday rejected a bid by the "
                             "ex-governor's lawyer Nina Vost to suspend the 12-year sentence."),
    "possessive": ("Lawyer lodges appeal in road bribery case",
                   "Kallen's lawyer Nina Vost on Thursday lodged an appeal against the sentence, "
                   "citing 40 errors."),
    "their prosecutor's post": ("Prosecutors to appeal road bribery sentence",
                                "Chief prosecutor Dan Orel said on Thursday his office would "
                                "appeal the sentence as too lenient."),
}


@pytest.mark.parametrize("name", list(NEAR_MISSES))
def test_a_later_piece_of_the_same_sentence_or_its_people_is_not_named(name):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(*NEAR_MISSES[name]),
                                        published=DATES + [LATER])
    assert C._first_tells_theirs(ctx, "a4", OTHERS)
    assert not C._done_to_another(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)
    assert C.story_person_strays(ctx) == set()


def test_their_verb_beside_their_persons_post_is_no_post():
    """The name reader keeps a verb in the role phrase ("sentenced former governor Ivo
    Kallen"): only the post ("governor") is their person's word, and the same court's
    "sentenced former harbour director Pavel Rusk" is still named."""
    wire = (WIRE[0], ["The Tarsk Regional Court on Tuesday sentenced former governor Ivo Kallen to 12 "
                      "years in prison for taking bribes from road builders."] + WIRE[1][1:])
    comp, ctx = support.compare_stories(wire, LEFT, RIGHT, HARBOUR, published=DATES + [LATER])
    assert C._done_to_another(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)


def test_the_verdict_on_another_person_within_the_window_stays():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, HARBOUR, published=DATES + ["2026-03-12"])
    assert "a4" not in C.off_story(ctx)


# 2. a fraction word that tells no share gives no percentage
STRIKE_WIRE = ("Kidnapped Vell shipping owner freed after ransom", [
    "Shipping owner Ansel Dorn was freed on Saturday after 11 days in captivity, police in Vell "
    "said, after his family paid a ransom of 12 million crowns.",
    "Dorn, 70, founded Dorn Freight, which employs about 2,000 people.",
    "Police said three suspects were arrested on Sunday. A fifth man was still being sought.",
    '"He is tired but well," police chief Hana Lisk said.',
])
STRIKE_LEFT = ("Ransom of 12 million crowns frees Dorn", [
    "Shipping owner Ansel Dorn was freed on Saturday after his family paid 12 million crowns "
    "to the gang that seized him 11 days earlier, police said.",
    "Dorn Freight employs about 2,000 people in Vell and abroad.",
    '"He is tired but well," police chief Hana Lisk told reporters.',
    "Three suspects were arrested on Sunday.",
])
STRIKE_RIGHT = ("Dorn freed as family pays gang", [
    "Shipping owner Ansel Dorn was freed on Saturday after his family handed 12 million crowns "
    "to a criminal gang, police said.",
    '"He is tired but well," said police chief Hana Lisk.',
    "Dorn Freight's shares were suspended during the kidnapping.",
    "The opposition blamed the government for the rise in kidnappings.",
])
STRIKE = ("Dorn Freight drivers walk out over pay freeze", [
    "About 350 drivers at Dorn Freight's northern depot stopped work on Thursday in protest at a "
    "pay freeze, halting deliveries to four ports.",
    "Freight rates have fallen by about 18 percent since last summer, the company said.",
    "The founder, Ansel Dorn, has stepped back from public duties since his release.",
    "The union said it would ballot on further action next week.",
])
STRIKE_DATES = ["2026-03-15", "2026-03-15", "2026-03-16"]


def test_a_fraction_that_tells_no_share_gives_no_percentage():
    comp, ctx = support.compare_stories(STRIKE_WIRE, STRIKE_LEFT, STRIKE_RIGHT, STRIKE,
                                        published=STRIKE_DATES + ["2026-03-26"])
    assert C._figures_of_its_own(ctx, "a4")
    assert "a4" in C.off_story(ctx)


def test_a_fraction_that_tells_a_share_still_gives_it():
    wire = (STRIKE_WIRE[0], STRIKE_WIRE[1][:2] + [
        "Freight on about a fifth of its routes has stopped since the kidnapping."] + STRIKE_WIRE[1][3:])
    comp, ctx = support.compare_stories(wire, STRIKE_LEFT, STRIKE_RIGHT, STRIKE,
                                        published=STRIKE_DATES + ["2026-03-26"])
    index = ctx.per_story("coverage_carried", C._carried_once)[2]
    eighteen = next(f for f in C.facts_of(ctx.documents["a4"]) if f.kind == "percent")
    assert index.gives("a1", eighteen) and not C._ordinal_only(ctx, index, "a1", eighteen)


# review25w: a fraction word is an ordinal only as "a third/quarter/fifth" before a word that
# is no function word, with no word sizing it before ("A fifth man", "a third term"); halves,
# plurals, "one in five" and a sized "a fifth" are shares (read as ordinals before)
FRACTIONS = {
    # name: (the wire's line, the strike piece's percentage, a share)
    "a fifth man": ("Police said three suspects were arrested on Sunday. A fifth man was still being sought.",
                    18, False),
    "a fifth time": ("It was a fifth time the family had been threatened.", 18, False),
    "a third term": ("Police said the gang's leader was serving a third term in prison.", 32, False),
    "a quarter century": ("A quarter century ago Dorn founded the firm with one truck.", 25, False),
    "fifth-largest": ("Dorn Freight is the country's fifth-largest haulier.", 18, False),
    "one in five": ("One in five of the firm's trucks has stood idle since the kidnapping.", 18, True),
    "by nearly a fifth": ("Freight volumes have fallen by nearly a fifth since the kidnapping.", 18, True),
    "about a fifth.": ("Since the kidnapping freight volumes have dropped about a fifth.", 18, True),
    "almost a third": ("Freight volumes have dropped by almost a third since the kidnapping.", 32, True),
    "up a quarter": ("Insurance costs are up a quarter since the kidnapping.", 25, True),
    "more than half the": ("More than half the firm's drivers stayed home during the kidnapping.", 52, True),
    "half the": ("Half the firm's trucks stood idle during the kidnapping.", 50, True),
    "two-thirds": ("Two-thirds voted to keep working during the kidnapping.", 66, True),
    "three-quarters": ("Three-quarters stayed at work during the kidnapping, the union said.", 75, True),
}


@pytest.mark.parametrize("name", list(FRACTIONS))
def test_a_fraction_word_is_an_ordinal_only_before_a_noun(name):
    line, pct, share = FRACTIONS[name]
    wire = (STRIKE_WIRE[0], STRIKE_WIRE[1][:2] + [line] + STRIKE_WIRE[1][3:])
    strike = (STRIKE[0], [STRIKE[1][0], f"Freight rates have fallen by about {pct} percent since last "
                          "summer, the company said."] + STRIKE[1][2:])
    comp, ctx = support.compare_stories(wire, STRIKE_LEFT, STRIKE_RIGHT, strike,
                                        published=STRIKE_DATES + ["2026-03-26"])
    index = ctx.per_story("coverage_carried", C._carried_once)[2]
    figure = next(f for f in C.facts_of(ctx.documents["a4"]) if f.kind == "percent")
    assert (index.gives("a1", figure) and not C._ordinal_only(ctx, index, "a1", figure)) == share
