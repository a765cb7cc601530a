"""shared_source: a written statement pasted without quote marks after an announcing
sentence ("The Kessel harbour board said in a written statement on Friday.") is quoted
material of the organisation, not narration one outlet copied from the other. Invented
text (session 17): Kessel, Ondra Bay, the Marrow ferry line are fictional."""

from __future__ import annotations

import pytest

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles
from storylens.provenance import announces_statement

# shared_source findings are off by default since session 21 (its held-out read): these
# tables assert what the finder does when it is on.
pytestmark = pytest.mark.usefixtures("shared_sources_on")

STATEMENT = (
    "The Marrow ferry line will stay suspended until the damaged pier at Ondra Bay has been "
    "inspected by divers. Passengers holding tickets for next week will be refunded in full "
    "within ten working days. A replacement bus service will run from Kessel station every "
    "hour between six in the morning and midnight. The board regrets the disruption to "
    "islanders and will publish the inspection report once it is complete."
)
OWN_A = [
    "Islanders on Ondra Bay were left without their only ferry on Friday after a cargo ship "
    "struck the pier in high winds.",
    "Shopkeepers on the island said deliveries of fresh food had already stopped.",
]
OWN_B = [
    "The Kessel harbour board halted the Marrow ferry after a collision left the Ondra Bay "
    "pier with a cracked deck.",
    "Opposition councillors asked why the pier had not been repaired after last winter.",
]


def _found(a: str, b: str) -> list:
    raws = [RawArticle(source=f"s{i}", text=t, outlet=o, title="Ferry", record_id=f"r{i}")
            for i, (t, o) in enumerate(((a, "Kessel Gazette"), (b, "Island Courier")))]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options())
    return [f for f in comp.findings if f.type == "shared_source"]


def _story(own: list[str], middle: str) -> str:
    return "\n\n".join([own[0], middle, own[1]])


ANNOUNCE_TABLE = [
    ("The Kessel harbour board said in a written statement on Friday.", True),
    ("The harbour board said in a statement:", True),
    ("In a statement issued late on Friday, the harbour board said:", True),
    ("The ferry operator announced in a press release on Thursday evening.", True),
    # near misses
    ("The harbour board said on Friday.", False),  # no statement noun
    ("The board said in a statement that the pier would be repaired by June.", False),
    ("The board said in a statement on Friday that it regretted the delay.", False),
    ('The board said in a statement: "We regret the delay."', False),  # quoted already
    ("The statement was read out to passengers at Kessel station.", False),  # no speech verb
    # the outlet's own narration with a trailing credit: what follows is narration too
    ("The cargo ship struck the pier at dawn, the harbour board said in a statement.", False),
]


@pytest.mark.parametrize("sentence,expect", ANNOUNCE_TABLE)
def test_which_sentences_announce_a_pasted_statement(sentence, expect):
    assert announces_statement(sentence) is expect


@pytest.mark.parametrize("intro", [
    "The Kessel harbour board said in a written statement on Friday.",
    "The Kessel harbour board said in a statement:",
])
def test_one_statement_pasted_by_two_outlets_is_no_copying(intro):
    a = _story(OWN_A, f"{intro} {STATEMENT}")
    b = _story(OWN_B, f"{intro} {STATEMENT}")
    assert _found(a, b) == []


def test_the_same_sentences_after_said_on_friday_are_still_a_copy():
    # near miss: no statement announced; the outlet's own narration, copied from a wire
    intro = "The Kessel harbour board said on Friday."
    a = _story(OWN_A, f"{intro} {STATEMENT}")
    b = _story(OWN_B, f"{intro} {STATEMENT}")
    assert [f.type for f in _found(a, b)] == ["shared_source"]


def test_pasted_in_one_outlet_and_paraphrased_in_the_other_is_no_copying():
    a = _story(OWN_A, "The Kessel harbour board said in a written statement on Friday. "
               + STATEMENT)
    paraphrase = (
        "According to the board, the ferry will not sail again until divers have checked "
        "the pier, ticket holders will get their money back and buses will replace the "
        "boats from Kessel station."
    )
    b = _story(OWN_B, paraphrase)
    assert _found(a, b) == []


def test_a_colon_before_quote_marks_is_a_quote_and_the_paragraph_goes_on_as_narration():
    # near miss: "wrote:" opens a direct quote; the narration after it is the outlet's own
    own = ("He did not explain the decision, but the suspension follows months of "
           "complaints from islanders about the state of the Ondra Bay pier and its "
           "crumbling deck.")
    intro = ('In a notice on its website, the Kessel harbour board wrote: "We cannot run '
             'ferries to a pier we cannot trust." ')
    a = _story(OWN_A, intro + own + " " + STATEMENT)
    b = _story(OWN_B, intro + own + " " + STATEMENT)
    assert [f.type for f in _found(a, b)] == ["shared_source"]
