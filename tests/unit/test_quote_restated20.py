"""quote_changed, session 20: trims that restate what the rest of the quote says, on
invented text (session 19's three held-out wrongs, t71-t80, each read as a class).

The line between such a trim and a qualifier dropped is whether taking the words out
widens or narrows what is claimed:

1. A maximizer before a definite noun phrase: "denies all the charges" / "denies the
   charges" (the definite already names the whole). Near misses that stay changes: a
   part ("some of", "most of"), a bare plural ("all claims" / "claims"), a set phrase
   ("all the time"), and the maximizer under a negation, "only", a condition or a
   question ("We do not accept all the findings" / "… the findings").
2. The story's own country as a quantifier's domain: "every farm in the country" /
   "every farm". Near misses: a part of it ("in the north", "in the capital"), a named
   place, the world, a superlative's domain ("the biggest farm in the country"), a noun
   with no quantifier ("Farmers in the country").
3. The norm of a verb of functioning: "worked as designed" / "worked", "as designed" /
   "as intended". Near misses: under a negation or a negative verb, after "only", in a
   condition or a question, after another verb ("was built as designed"), a manner that
   says how ("worked as a team", "worked slowly").
4. Desk edits of the other kinds that must stay quiet (session 20's adversarial read):
   "not true" / "untrue" (one denial, clause or affixal; "not unfair" / "unfair" and
   "untrue" / "true" stay negations), a name moved from "of Pell" after a noun to before it
   ("the mayor of Pell" / "the Pell mayor"; another name stays a place), a negation said
   again between commas ("no warning, none at all, before" / "no warning before"; without
   a denial before it, a negation), "in our lives" after "never" (not "in my career", not
   without a negation), a day put on the other side of its month ("March 3" / "3 March";
   another day or month stays a change), a name made a possessive ("the capital of
   Vellaria" / "Vellaria's capital"), a currency's name for its symbol ("$5 million" / "5
   million dollars"; a currency named where the other names none stays a qualifier).
"""

from __future__ import annotations

import pytest
import support

MAXIMIZERS = [
    ("The mayor rejects all the claims made by the harbour board,",
     "The mayor rejects the claims made by the harbour board,", None),
    ("We have answered all of their questions about the ferry,",
     "We have answered their questions about the ferry,", None),
    ("Our crews repaired all these bridges before the winter,",
     "Our crews repaired these bridges before the winter,", None),
    ("All of the grain stores at Pell were emptied by Friday,",
     "The grain stores at Pell were emptied by Friday,", None),
    ("Mr Odran denies all the allegations and will fight them in court,",
     "Mr Odran denies the allegations and will fight them in court,", None),
    # near misses: a part, a bare plural, a set phrase, a downward context
    ("The mayor rejects some of the claims made by the harbour board,",
     "The mayor rejects the claims made by the harbour board,", "qualifier"),
    ("The mayor rejects most of the claims made by the harbour board,",
     "The mayor rejects the claims made by the harbour board,", "qualifier"),
    ("The mayor rejects all claims made by the harbour board,",
     "The mayor rejects claims made by the harbour board,", "qualifier"),
    ("We have been warning about the dyke all the time at Dunmere,",
     "We have been warning about the dyke the time at Dunmere,", "qualifier"),
    ("We do not accept all the findings of the Orvell inquiry,",
     "We do not accept the findings of the Orvell inquiry,", "qualifier"),
    ("Only all the members of the board can approve the sale,",
     "Only the members of the board can approve the sale,", "qualifier"),
    ("If all the pumps fail, the lower town of Kessel will flood,",
     "If the pumps fail, the lower town of Kessel will flood,", "qualifier"),
    ("Did you answer all the questions from the Tarvik families?",
     "Did you answer the questions from the Tarvik families?", "qualifier"),
    ("The mayor rejects all the claims made by the harbour board,",
     "The mayor rejects none of the claims made by the harbour board,", "negation"),
]

DOMAINS = [
    ("No school in the country will close its doors on Monday,",
     "No school will close its doors on Monday,", None),
    ("We will compensate every farm across the nation for the hail,",
     "We will compensate every farm for the hail,", None),
    ("Each small family farm in our country deserves help after the storm,",
     "Each small family farm deserves help after the storm,", None),
    ("Taxpayers cannot insure every orchard in the country against hail,",
     "Taxpayers cannot insure every orchard against hail,", None),
    # near misses: a part, a named place, the world, a superlative, no quantifier
    ("We will compensate every farm in the north for the hail,",
     "We will compensate every farm for the hail,", "qualifier"),
    ("We will compensate every farm in the capital for the hail,",
     "We will compensate every farm for the hail,", "qualifier"),
    ("We will compensate every farm in North Drenska for the hail,",
     "We will compensate every farm for the hail,", "place"),
    ("We will compensate every farm in the world for the hail,",
     "We will compensate every farm for the hail,", "qualifier"),
    ("The biggest farm in the country lost its whole harvest,",
     "The biggest farm lost its whole harvest,", "qualifier"),
    ("Farmers in the country are angry about the hail money,",
     "Farmers are angry about the hail money,", "qualifier"),
]

NORMS = [
    ("The sirens worked as designed when the dam gave way,",
     "The sirens worked when the dam gave way,", None),
    ("The pumps functioned properly throughout the storm at Kessel,",
     "The pumps functioned throughout the storm at Kessel,", None),
    # (review20b: "normally" is a level, not the norm of function: running as much as
    # ever against running at all, a change)
    ("The backup generators are operating normally at the plant,",
     "The backup generators are operating at the plant,", "qualifier"),
    ("The sirens worked as designed when the dam gave way,",
     "The sirens worked as intended when the dam gave way,", None),
    ("The sirens worked as designed when the dam gave way,",
     "The sirens worked properly when the dam gave way,", None),
    # near misses: a downward context, another verb, a manner that says how
    ("The sirens did not work as designed when the dam gave way,",
     "The sirens did not work when the dam gave way,", "qualifier"),
    ("The sirens never worked as designed when the dam gave way,",
     "The sirens never worked when the dam gave way,", "qualifier"),
    ("Only the backup pump worked as designed during the flood,",
     "Only the backup pump worked during the flood,", "qualifier"),
    ("We deny that the sirens worked as designed at Kessel,",
     "We deny that the sirens worked at Kessel,", "qualifier"),
    ("If the sirens work as designed, nobody will be hurt at Kessel,",
     "If the sirens work, nobody will be hurt at Kessel,", "qualifier"),
    ("Did the sirens work as designed at Kessel on Monday?",
     "Did the sirens work at Kessel on Monday?", "qualifier"),
    ("The bridge was built as designed by the Orvell engineers,",
     "The bridge was built by the Orvell engineers,", "qualifier"),
    ("The crews worked as a team through the night at Kessel,",
     "The crews worked through the night at Kessel,", "qualifier"),
    ("The crews worked slowly through the night at Kessel,",
     "The crews worked through the night at Kessel,", "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), MAXIMIZERS + DOMAINS + NORMS)
def test_a_trim_that_restates_the_claim(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


LEAD_A = ("ORVELL - Thieves took three paintings from the Orvell city museum on Sunday night, "
          "police said.\n\n")
LEAD_B = ("ORVELL - Three paintings were stolen from the Orvell city museum overnight on Sunday, "
          "police said.\n\n")

STORIES = [
    # (a's quote sentence, b's quote sentence, whether a quote_changed is found)
    ('"Our alarm systems worked as designed, and the guards were there within minutes," '
     "director Ilse Marek said.",
     'Director Ilse Marek said: "Our alarm systems worked, and the guards were there within '
     'minutes."', False),
    ('"The state cannot be the insurer of last resort for every museum in the country," '
     "culture minister Pavel Orsk said.",
     '"The state cannot be the insurer of last resort for every museum," Orsk said in an '
     "interview.", False),
    ('"My client denies all the charges and will plead not guilty," lawyer Tomas Behr said.',
     'Lawyer Tomas Behr said: "My client denies the charges and will plead not guilty."',
     False),
    # near misses that change the claim
    ('"Our alarm systems did not work as designed, and the guards came too late," '
     "director Ilse Marek said.",
     'Director Ilse Marek said: "Our alarm systems did not work, and the guards came too '
     'late."', True),
    ('"My client denies some of the charges and will plead not guilty," lawyer Tomas Behr '
     "said.",
     'Lawyer Tomas Behr said: "My client denies the charges and will plead not guilty."',
     True),
    ('"The state cannot be the insurer of last resort for every museum in the north," '
     "culture minister Pavel Orsk said.",
     '"The state cannot be the insurer of last resort for every museum," Orsk said in an '
     "interview.", True),
]


@pytest.mark.parametrize(("a", "b", "found"), STORIES)
def test_restated_trims_in_a_story(a, b, found):
    assert bool(support.quote_changes_found(LEAD_A + a, LEAD_B + b)) is found


DESK_EDITS = [
    ("It is not true that the mayor took the harbour money,",
     "It is untrue that the mayor took the harbour money,", None),
    ("The crews were not able to reach the village of Pell,",
     "The crews were unable to reach the village of Pell,", None),
    ("This strike is not legal under the law of Vellaria,",
     "This strike is illegal under the law of Vellaria,", None),
    ("The town council of Dunmere voted against the plan,",
     "The Dunmere town council voted against the plan,", None),
    ("The mayor of Pell has resigned over the affair,",
     "The Pell mayor has resigned over the affair,", None),
    ("There was no warning, none at all, before the dam broke,",
     "There was no warning before the dam broke,", None),
    ("We found nothing, not a thing, in the ruins of the hall,",
     "We found nothing in the ruins of the hall,", None),
    ("I have never seen a flood like this in my whole life,",
     "I have never seen a flood like this,", None),
    ("The inquiry will report on March 3 in the capital,",
     "The inquiry will report on 3 March in the capital,", None),
    ("The inquiry will report on March 3rd in the capital,",
     "The inquiry will report on 3 March in the capital,", None),
    ("The capital of Vellaria has never seen such a crowd,",
     "Vellaria's capital has never seen such a crowd,", None),
    ("We have set aside $5 million for the families of Pell,",
     "We have set aside 5 million dollars for the families of Pell,", None),
    # near misses
    ("The inquiry will report on March 3 in the capital,",
     "The inquiry will report on 4 March in the capital,", "number"),
    ("The inquiry will report on 3 March in the capital,",
     "The inquiry will report on May 3 in the capital,", "place"),
    ("The capital of Vellaria has never seen such a crowd,",
     "Tarvia's capital has never seen such a crowd,", "place"),
    ("We have set aside 5 million for the families of Pell,",
     "We have set aside 5 million dollars for the families of Pell,", "qualifier"),
    ("It is not unfair to ask the mayor about the money,",
     "It is unfair to ask the mayor about the money,", "negation"),
    ("It is untrue that the mayor took the harbour money,",
     "It is true that the mayor took the harbour money,", "negation"),
    ("The mayor of Pell has resigned over the affair,",
     "The Tarvik mayor has resigned over the affair,", "place"),
    ("The Pell mayor has resigned over the affair,",
     "The deputy of Pell has resigned over the affair,", "qualifier"),
    ("There was a warning, none at all before the dam broke,",
     "There was a warning before the dam broke,", "negation"),
    ("I have never seen a flood like this in my career,",
     "I have never seen a flood like this,", "qualifier"),
    ("I have seen a flood like this once in my life,",
     "I have seen a flood like this once,", "qualifier"),
]


@pytest.mark.parametrize(("a", "b", "kind"), DESK_EDITS)
def test_desk_edits_of_other_kinds(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind
