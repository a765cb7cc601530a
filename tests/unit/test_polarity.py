"""The polarity/modality guard on paraphrase links (align.polarity_clash; invented text)."""

import pytest

from storylens.align import align, polarity_clash
from storylens.models import Article, Document
from storylens.options import Options
from storylens.segment import segment

CLAIM = "Norvane is orchestrating an attack on the Ostrian embassy in Castelmar."


def test_denial_of_the_shared_claim_clashes():
    denial = ("Norvane's foreign ministry on Tuesday dismissed the empty accusations about Norvane "
              "orchestrating an attack on the Ostrian embassy in Castelmar.")
    assert polarity_clash(denial, CLAIM)


def test_plan_against_done_clashes():
    plan = "Minister Arlo Pesk said 600 troops of the Tarn Brigade were prepared to deploy to the Velm coast."
    done = "The minister has deployed 600 Tarn Brigade troops to the Velm coast, as 2,000 more are prepared for possible deployment."
    assert polarity_clash(plan, done)
    assert polarity_clash("Galdor and Velmark are due to sign their first fishing accord this month.",
                          "Galdor and Velmark have signed their first fishing accord.")


def test_both_negated_or_both_planned_is_no_clash():
    assert not polarity_clash("The Ostrian embassy in Castelmar was not attacked on Monday.",
                              "Officials said the Ostrian embassy in Castelmar had never been attacked on Monday.")
    assert not polarity_clash("Galdor plans to sign the fishing accord with Velmark in May.",
                              "Galdor is expected to sign the fishing accord with Velmark in May.")


# Both negated, one of them hedged with a modal: the same denial, no clash (align
# polarity_clash, BOTH_NEGATED). Near misses: a modal on both sides and a negation on one
# (a possibility against its denial), and a negated plan against the act it denies.
def test_both_negated_with_a_modal_on_one_side_is_no_clash():
    assert not polarity_clash(
        "The Tarn port authority said the strike would have no effect on ferry sailings to Velm.",
        "Ferry sailings to Velm are not affected by the strike, the Tarn port authority said.")
    assert not polarity_clash("Rescuers could not reach the village of Ostra Brenn on Tuesday.",
                              "Rescuers did not reach the village of Ostra Brenn on Tuesday.")
    assert polarity_clash("The Galdor steelworks may not close its blast furnace in Velm this year.",
                          "The Galdor steelworks may close its blast furnace in Velm this year.")
    assert polarity_clash("The Velm ferry would not sail to Ostra Brenn on Tuesday.",
                          "The Velm ferry sailed to Ostra Brenn on Tuesday.")


# Both negated is no clash only when neither undoes its negation and both hedge alike
# (align._double_negation, align._hedged): a negated negative ("did not rule out", "refused
# to rule out", "not unlikely", "could not exclude", "did not deny") leaves open or asserts
# what the other denies; "may not" and "might not" leave open what "did not" states.
@pytest.mark.parametrize(("a", "b"), [
    ("The Orvane finance minister did not rule out new taxes on fuel imports.",
     "The Orvane finance minister said there would be no new taxes on fuel imports."),
    ("The Orvane finance minister refused to rule out new taxes on fuel imports.",
     "The Orvane finance minister said there would be no new taxes on fuel imports."),
    ("It is not unlikely that the Galdor steelworks will close its blast furnace.",
     "The Galdor steelworks will not close its blast furnace."),
    ("Engineers could not exclude that the Tarn dam would fail.",
     "Engineers said the Tarn dam would not fail."),
    ("The dockers' union did not deny that the strike would halt ferry sailings to Velm.",
     "The dockers' union said the strike would not halt ferry sailings to Velm."),
    ("The Galdor steelworks may not close its blast furnace this year.",
     "The Galdor steelworks did not close its blast furnace this year."),
    ("The Galdor steelworks might not close its blast furnace this year.",
     "The Galdor steelworks has not closed its blast furnace this year."),
])
def test_double_negation_or_one_hedge_is_a_clash(a: str, b: str) -> None:
    assert polarity_clash(a, b)


# Near misses: "would not fail" negates no negative ("fail" is one only before "to"), and
# both hedging alike is the same denial.
def test_both_negated_alike_is_still_no_clash() -> None:
    assert not polarity_clash("Engineers said the Tarn dam would not fail in the spring floods.",
                              "The Tarn dam did not fail in the spring floods, engineers said.")
    assert not polarity_clash("The Galdor steelworks may not close its blast furnace this year.",
                              "The Galdor steelworks might not close its blast furnace this year.")


def test_negation_of_another_claim_elsewhere_is_no_clash():
    a = "Rebels seized the port of Velm on Sunday, while the army did not comment."
    b = "The port of Velm was seized by rebels on Sunday."
    assert not polarity_clash(a, b)


def test_cause_due_to_is_not_a_plan():
    assert not polarity_clash("The Velm ferry was cancelled on Friday due to the storm over the Tarn strait.",
                              "The Velm ferry was cancelled on Friday because of the storm over the Tarn strait.")


def test_relative_clause_between_commas_keeps_the_subject_marker():
    a = "Ostria's potential loss of the seat, which the census will decide, would cut its delegation from 12 to 11."
    b = "Ostria's potential loss of the seat would cut its delegation from 12 to 11."
    assert not polarity_clash(a, b)


def _doc(i: int, *sentences: str) -> Document:
    text = " ".join(sentences)
    return segment(Article(id=f"a{i}", source=f"test-{i}", outlet=f"Outlet {i}", text=text))


STATED = "Rebels of the Tarn Front seized the grain port of Velm and its two cranes on Sunday night."
PARAPHRASE = "Tarn Front fighters captured the grain port of Velm, cranes included, late on Sunday, witnesses reported."
DENIED = "The Tarn Front denied that its rebels seized the grain port of Velm and its two cranes on Sunday night."


def _kinds(a: str, b: str, options: Options) -> dict[frozenset[str], str]:
    als, _ = align([_doc(1, "Markets in Castelmar opened late.", a), _doc(2, "Schools in Castelmar stayed shut.", b)],
                   options)
    return {frozenset(x.sentences): x.kind for x in als}


def test_align_blocks_a_denied_paraphrase_only() -> None:
    for options in (Options(), Options(paraphrases=True)):
        control = _kinds(STATED, PARAPHRASE, options)
        assert "paraphrase" in control.values()
        assert "paraphrase" not in _kinds(DENIED, PARAPHRASE, options).values()


def test_an_edited_pair_is_never_blocked() -> None:
    # the guard is for paraphrases: an edit's word diff shows the inserted "did not" itself
    edited = "Rebels of the Tarn Front did not seize the grain port of Velm and its two cranes on Sunday night."
    assert list(_kinds(STATED, edited, Options()).values()) == ["edited"]


# "and" before a reporting verb opens the subject's next claim: the "would" of that claim
# is no marker of the first one, which both sentences state ("ordered an inquiry").
def test_and_before_a_reporting_verb_cuts_the_clause():
    a = "Harbour Minister Edda Vorn ordered an inquiry into the Tarsk pier collapse and said the state would pay each family 5,000 crowns."
    b = "Harbour Minister Edda Vorn ordered an inquiry into the Tarsk pier collapse and promised the families compensation."
    assert not polarity_clash(a, b)
    # near misses: the shared claim itself is the plan in one and done in the other
    assert polarity_clash("Harbour Minister Edda Vorn visited the Tarsk pier on Monday and said the state would rebuild it.",
                          "Harbour Minister Edda Vorn was due to visit the Tarsk pier on Monday.")
    assert polarity_clash("Harbour Minister Edda Vorn said she would resign over the Tarsk pier collapse.",
                          "Harbour Minister Edda Vorn resigned over the Tarsk pier collapse.")
    # a coordination of nouns or of two acts is not cut: "police and divers", "and found"
    assert not polarity_clash("Police and divers searched the Tarsk pier wreck on Monday and found no one.",
                              "Divers and police found no one in the Tarsk pier wreck on Monday.")


def test_and_before_a_name_spelled_as_a_verb_is_no_cut() -> None:
    # "Said" here is a given name ("Omar Nasser and Said Hamdan"): one clause, whose
    # negation is the shared claim's; only a verb written in lower case opens a clause
    assert polarity_clash(
        "Police did not question Omar Nasser and Said Hamdan about the fire at the Tarsk pier warehouse on Monday night.",
        "Omar Nasser and Said Hamdan were questioned by police about the Tarsk pier warehouse fire late on Monday.")


def test_and_before_a_verb_of_an_act_is_no_cut() -> None:
    # "recalled" of a product recall is an act of the same claim, not a second claim of
    # saying: the negation of "did not halt production" stays in the shared clause
    assert polarity_clash(
        "The Velo carmaker did not halt production and recalled 40,000 Arko hatchbacks over faulty brakes.",
        "Faulty brakes forced the Velo carmaker to halt production of the Arko and recall 40,000 of the hatchbacks.")
