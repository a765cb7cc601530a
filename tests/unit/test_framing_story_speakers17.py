"""One speaker's statement across the story (session 17, from dev t44 and t45): a quote
over two sentences is linked by its second sentence too, and "the company" right after a
company's name the entity analysis left untyped is that company. Invented text about a
fictional grain-mill fire in Tarn; each case has a near miss where the link must not be
made."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Harbour Post", "Vella Times", "Coast Courier")
LEDE = ("A fire destroyed the Brask Foods grain mill in Tarn on Monday, and 40 workers were "
        "evacuated as the roof collapsed.")
LEDE_B = ("Forty workers were evacuated from the Brask Foods mill in Tarn on Monday when fire "
          "spread through the building and the roof fell in.")


def _attribution(*bodies: str) -> list:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=body)
            for i, body in enumerate(bodies)]
    return [f for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and "attribution" in str(f.detail.get("rule", ""))]


def _articles(f) -> set[str]:
    return {sid.split(":")[0] for sid in f.sentences}


STATEMENT = "framing.story.attribution"  # one statement linked (not the verb profile)


def _linked(found: list) -> list[set[str]]:
    return [_articles(f) for f in found if f.detail.get("rule") == STATEMENT]


def test_the_second_sentence_of_a_quote_is_the_statement() -> None:
    plain = (f"{LEDE}\n\nBrask Foods said in a statement: \"We are shocked by the fire and will "
             "help the inspectors in every way. Our mills employ 2,300 people in the Tarn "
             "valley.\"")
    loaded = (f"{LEDE_B}\n\nBrask Foods, which is owned by an offshore fund, claimed in a "
              "statement that it employs 2,300 people in the Tarn valley.")
    assert _linked(_attribution(plain, loaded)) == [{"a1", "a2"}]


def test_a_quote_whose_sentences_say_something_else_is_no_link() -> None:
    # near miss: the quote's second sentence is about the reopening, not the jobs (the
    # outlets' verbs for the company may still be told, as a profile, not one statement)
    plain = (f"{LEDE}\n\nBrask Foods said in a statement: \"We are shocked by the fire and will "
             "help the inspectors in every way. The mill will stay closed until the autumn.\"")
    loaded = (f"{LEDE_B}\n\nBrask Foods, which is owned by an offshore fund, claimed in a "
              "statement that it employs 2,300 people in the Tarn valley.")
    assert _linked(_attribution(plain, loaded)) == []


PLAIN_NAMED = (f"{LEDE}\n\nBrask Foods said in a statement: \"Our thoughts are with the injured. "
               "We are cooperating fully with the fire inspectors.\"")


def test_the_company_after_its_untyped_name_is_that_company() -> None:
    loaded = (f"{LEDE_B}\n\nWorkers said they had warned managers about faulty wiring. Six of "
              "the injured were Brask workers. Brask did not answer questions about the "
              "warnings.\n\nInstead, the company insisted it was \"cooperating fully with the "
              "fire inspectors\".")
    assert _linked(_attribution(PLAIN_NAMED, loaded)) == [{"a1", "a2"}]


def test_the_company_after_two_names_is_not_known() -> None:
    # near miss: two companies named before "the company": which one speaks is not known
    loaded = (f"{LEDE_B}\n\nWorkers said they had warned managers about faulty wiring. Six of "
              "the injured were Brask workers. Brask and Olvena did not answer questions about "
              "the warnings.\n\nInstead, the company insisted it was \"cooperating fully with "
              "the fire inspectors\".")
    assert _linked(_attribution(PLAIN_NAMED, loaded)) == []


def test_the_company_in_every_outlet_is_told_once() -> None:
    # each outlet names the company by an untyped name right before "the company": the
    # contrast is told once, under the name
    plain = (f"{LEDE}\n\nSix of the injured were Brask workers. Brask had bought the mill in "
             "2019.\n\nIn a statement on Tuesday evening the company said its managers were "
             "cooperating fully with the fire inspectors and would answer every question.")
    loaded = (f"{LEDE_B}\n\nSix of the injured were Brask workers. Brask did not answer questions "
              "about the warnings.\n\nInstead, the company insisted it was \"cooperating fully "
              "with the fire inspectors\".")
    assert len(_attribution(plain, loaded)) == 1



VELLA = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
         "unpaid wages, halting every crossing to the Osk islands.\n\n")


def _vanity(a: str, b: str) -> list[str]:
    return [f.detail["b"]["word"] for f in framings_between(VELLA, a, b)
            if (f.detail["b"]["word"] or "").lower().startswith("boast")]


def test_boasted_past_one_adverb_is_a_statement() -> None:
    # "boasted online that ...": a statement told as vanity (rules/attribution
    # STATEMENT_ADVERBS), set against the other outlet's plain verb for the same words
    plain = ('Union leader Dara Quill wrote on social media: "This is the largest strike on the '
             'islands in thirty years."')
    loaded = ('Union boss Dara Quill boasted online that it was "the largest strike on the '
              'islands in thirty years."')
    assert _vanity(plain, loaded) == ["boasted"]


def test_boasted_online_with_a_noun_object_is_had() -> None:
    # near miss: "boasted online booking" is "had", no statement
    plain = "The old ferry Osk Star sold tickets on its website for every crossing, the union said."
    loaded = "The old ferry Osk Star boasted online booking for every crossing, the union said."
    assert _vanity(plain, loaded) == []


def _sneer(a: str, b: str) -> list[str]:
    return [f.detail["b"]["word"] for f in framings_between(VELLA, a, b)
            if (f.detail["b"]["word"] or "").lower().startswith("sneer")]


def test_sneered_before_a_quote_is_a_sensational_verb() -> None:
    plain = ('Transport Minister Ilse Varro told reporters in Port Tarn that "no crossing will '
             'be cancelled because of threats."')
    loaded = ('Transport Minister Ilse Varro sneered that "no crossing will be cancelled because '
              'of threats."')
    assert _sneer(plain, loaded) == ["sneered"]


def test_sneered_at_a_thing_is_no_statement() -> None:
    # near miss: no quote or clause follows, so no statement is told as contempt
    plain = "Transport Minister Ilse Varro looked at the strikers' banners and walked on."
    loaded = "Transport Minister Ilse Varro sneered at the strikers' banners and walked on."
    assert _sneer(plain, loaded) == []


def test_the_company_after_a_persons_untyped_surname_is_not_that_person() -> None:
    # near miss (review17c): the one untyped name before "the company" is a person's
    # surname in the story (another outlet's "Fire chief Anton Velisk"): the company's
    # "insisted" is not his
    plain = (f"{LEDE}\n\nFire chief Anton Velisk said in a statement: \"Our crews are "
             "cooperating fully with the mill's inspectors. We will publish what we find.\"")
    loaded = (f"{LEDE_B}\n\nWorkers said they had warned managers about faulty wiring. "
              "Reporters asked Velisk about the warnings.\n\nInstead, the company insisted it "
              "was \"cooperating fully with the mill's inspectors\".")
    assert _linked(_attribution(plain, loaded)) == []


def test_the_company_after_a_titled_persons_untyped_name_is_not_that_person() -> None:
    # near miss (review17c): the entity analysis leaves a sentence-initial full name
    # untyped; another outlet writes the name with a person's title ("Fire chief")
    plain = (f"{LEDE}\n\nFire chief Anton Velisk said in a statement: \"Our crews are "
             "cooperating fully with the mill's inspectors. We will publish what we find.\"")
    loaded = (f"{LEDE_B}\n\nWorkers said they had warned managers about faulty wiring. "
              "Anton Velisk did not answer questions about the warnings.\n\nInstead, the company "
              "insisted it was \"cooperating fully with the mill's inspectors\".")
    assert _linked(_attribution(plain, loaded)) == []
