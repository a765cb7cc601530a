"""quote_changed kinds ``swap`` and ``ending`` (session 15), with their near misses, on
invented text: one content word put for another in a quote otherwise word for word, and
the end of a quote replaced after a long shared opening, both excerpts given whole."""

from __future__ import annotations

import pytest
import support
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.findings import find_all
from storylens.findings.quote_diff import compare_quotes
from storylens.models import Article
from storylens.options import Options
from storylens.segment import segment

# quote_changed is off by default since session 15 (the held-out read): these tables ask for it
QUOTES_ON = Options(quote_changes=True)


SWAPS = [
    # (a, b, kind)
    (  # a content noun put for another: the speaker is given another word
        "We will not let drones and lawyers run this harbour,",
        "We will not let drones and bankers run this harbour,",
        "swap",
    ),
    (  # an adjective put for another
        "The blockade held because ordinary dockers refused to move the cranes,",
        "The blockade held because striking dockers refused to move the cranes,",
        "swap",
    ),
    (  # a verb put for another, inside the quote
        "Those who sank the trawler will answer for it before the island court,",
        "Those who sank the trawler will pay for it before the island court,",
        "swap",
    ),
    (  # at the end of two quotes each closing on its own punctuation
        "The storm surge wrecked the old pier at the north end of the bay.",
        "The storm surge wrecked the old jetty at the north end of the bay.",
        "swap",
    ),
    (  # near miss: an article or determiner for another is trivial, no change
        "We will not pay any single cent of the harbour levy,",
        "We will not pay a single cent of the harbour levy,",
        None,
    ),
    (  # near miss: one verb in another tense (a stem): wording, not shown
        "We cannot back a council that hides the harbour accounts from the islanders,",
        "We cannot back a council that hid the harbour accounts from the islanders,",
        "word",
    ),
    (  # near miss: an irregular verb's other form (IRREGULAR_VERBS): wording
        "We got the dredging permits from the ministry last spring,",
        "We get the dredging permits from the ministry last spring,",
        "word",
    ),
    (  # near miss: a derived form of one word (letters alike): wording
        "This raid is an attempt to intimidate the fishermen of Dunmore Bay,",
        "This raid is an attempt at intimidation of the fishermen of Dunmore Bay,",
        "word",
    ),
    (  # near miss: a modal put for another (function words): wording
        "The ferry would sail again once the pier is repaired,",
        "The ferry could sail again once the pier is repaired,",
        "word",
    ),
    (  # near miss: a word and its opposite by a prefix is a negation
        "This is a legal blockade of the harbour by the dockers,",
        "This is an illegal blockade of the harbour by the dockers,",
        "negation",
    ),
    (  # near miss: "in-" on a verb makes another verb, no opposite: a swap (review15c)
        "We tend to agree with the harbour inspectors on this point,",
        "We intend to agree with the harbour inspectors on this point,",
        "swap",
    ),
    (  # near miss: "dis-" on a verb that it does not reverse: a swap, not a negation
        "The clinic in Ostrava will charge the flood patients on Monday,",
        "The clinic in Ostrava will discharge the flood patients on Monday,",
        "swap",
    ),
    (  # near miss: "in-" on a noun-verb: another word (letters alike but no form of it)
        "We will form the new harbour committee next week,",
        "We will inform the new harbour committee next week,",
        "swap",
    ),
    (  # "in-" on an adjective is its opposite
        "The council's decision on the Varna pier was correct,",
        "The council's decision on the Varna pier was incorrect,",
        "negation",
    ),
    (  # "un-" on any base is its opposite
        "The old footbridge over the Lessa was safe for walkers,",
        "The old footbridge over the Lessa was unsafe for walkers,",
        "negation",
    ),
    (  # near miss: a particle inside a name spelled two ways is a name variant (review15c)
        "We owe the new pier to the late Sergio de Mello and his crews,",
        "We owe the new pier to the late Sergio di Mello and his crews,",
        "word",
    ),
    (  # near miss: the same, "bin" / "ibn" between two names
        "The order to open the sluices came from Omar bin Talal himself,",
        "The order to open the sluices came from Omar ibn Talal himself,",
        "word",
    ),
    (  # near miss: a verb between two names is the speaker's word, not a particle
        "The order came when Mayor Lund warned Varga about the pier,",
        "The order came when Mayor Lund blamed Varga about the pier,",
        "swap",
    ),
    (  # a word swapped beside one name only is the speaker's word
        "Mayor Varga ordered the evacuation of Kessa on Sunday night,",
        "Mayor Varga ordered the closure of Kessa on Sunday night,",
        "swap",
    ),
    (  # near miss: two renderings differing in two places stay wording
        "I regret the harsh words I spoke to the dockers on Monday,",
        "I regret the rough words to the dockers on Monday,",
        "word",
    ),
    (  # near miss: a partial quote stopping at another word is where it stopped
        "the storm surge had wrecked the old pier beyond repair",
        "the storm surge had wrecked the old pier beyond rescue",
        "word",
    ),
]


@pytest.mark.parametrize("a,b,kind", SWAPS)
def test_content_word_swaps(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


ENDINGS = [
    (  # the named example changed after a long shared opening
        "It is too soon to rule out any cause, including a fault in the signalling,",
        "It is too soon to rule out any cause, including driver fatigue,",
        "ending",
    ),
    (  # a condition put in other words
        "We will stay on strike until the board puts a written offer on the table,",
        "We will stay on strike until the board gives in,",
        "ending",
    ),
    (  # near miss: one excerpt stops earlier, nothing replaced
        "It is too soon to rule out any cause, including a fault in the signalling,",
        "It is too soon to rule out any cause,",
        None,
    ),
    (  # near miss: each goes on in another clause of its own after a comma
        "The ferry service will resume on Monday at the harbour, and fares will stay the same,",
        "The ferry service will resume on Monday at the harbour, but the night crossing is off,",
        None,
    ),
    (  # near miss: a short shared opening is two remarks that start alike
        "We will fight for the harbour jobs of this town,",
        "We will fight for our children and the future they deserve,",
        None,
    ),
    (  # near miss: partial quotes woven into the outlet's sentence stop where they stop
        # (a short replaced run at the edge is wording, not shown)
        "had failed to inspect the signalling on the coast line for a decade",
        "had failed to inspect the signalling on the coast line properly",
        "word",
    ),
    (  # near miss: an ellipsis marks the outlet's cut
        "It is too soon to rule out any cause, including a fault in the signalling,",
        "It is too soon to rule out any cause ... including the weather,",
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", ENDINGS)
def test_endings_replaced(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


def test_a_swap_is_shown_with_both_words(monkeypatch):
    # the word table puts the two words apart (session 17: only then is a swap a change of
    # meaning; tests/unit/test_quote_near_misses17.py has the rest)
    monkeypatch.setattr("storylens.embed.word_cosine", lambda a, b: 0.05)
    docs = support.quote_docs(
        'Union leader Maren Holt said: "We will not let drones and lawyers run this '
        'harbour," to cheers from the quay.',
        '"We will not let drones and bankers run this harbour," union leader Maren Holt '
        "told the crowd.",
    )
    (f,) = [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"]
    assert f.detail["change"] == "swap" and f.detail["meaningful"] is True
    assert f.summary.endswith("(wording changed: 'lawyers' -> 'bankers').")
    assert f.detail["explanation"].startswith("swap: wording changed ('lawyers' / 'bankers')")
    assert f.detail["rule"] == "quote_changed.meaning"
    assert f.detail["swap_similarity"] == 0.05


def test_a_tense_change_is_not_shown():
    docs = support.quote_docs(
        '"We cannot back a council that hides the harbour accounts from the islanders," '
        "Maren Holt said.",
        '"We cannot back a council that hid the harbour accounts from the islanders," '
        "Maren Holt said.",
    )
    assert [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"] == []


def test_an_ending_is_shown():
    docs = support.quote_docs(
        '"It is too soon to rule out any cause, including a fault in the signalling," '
        "Transport Minister Brenna Kolle said.",
        '"It is too soon to rule out any cause, including driver fatigue," Kolle told '
        "reporters.",
    )
    (f,) = [f for f in find_all(docs, [], None, QUOTES_ON) if f.type == "quote_changed"]
    assert f.detail["change"] == "ending"
    assert "(its ending changed)" in f.summary
    assert "'…any cause, including a fault in the signalling'" in f.summary


CONDITIONS = [
    (  # "if" after a noun: a condition left off an excerpt given whole
        "We will close the harbour to every ferry if the storm reaches the coast,",
        "We will close the harbour to every ferry,",
        "qualifier",
    ),
    (  # "rule out" is no verb of finding out: a condition
        "We cannot rule out a strike at the harbour if the talks fail,",
        "We cannot rule out a strike at the harbour,",
        "qualifier",
    ),
    (  # near miss: "if" after a verb of finding out opens what is asked
        "We will find out who sank the trawler and check if the crew was paid,",
        "We will find out who sank the trawler and check,",
        None,
    ),
    (  # near miss: the verb of finding out earlier in the clause, its object between
        "We will learn from the ferry crews if the warnings reached them,",
        "We will learn from the ferry crews,",
        None,
    ),
    (  # near miss: a partial quote woven into the outlet's sentence picks its words
        "close the harbour to every ferry if the storm reaches the coast",
        "close the harbour to every ferry",
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", CONDITIONS)
def test_an_if_condition_left_off(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    if kind:
        op = next(o for o in compare_quotes(a, b)["ops"] if o.get("kind"))
        assert op.get("condition") is True


def _reported(text: str):
    from storylens.analysis.quotes import extract_quotes

    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.direct, q.speaker, q.text) for q in extract_quotes(doc)]


SUBJECT_ASIDES = [
    # (text, a speaker that must not be read, one that must)
    (  # the subject and its "who" aside before the verb: the object is no speaker
        "Harbour Minister Ilse Varga, who toured Dunmore on Sunday, warned Kestria against "
        "further raids. \"We will answer every raid,\" she told reporters.",
        "Kestria",
        None,
    ),
    (  # near miss: the aside closes earlier and a clause follows: reported by the police
        "Varga, who was touring the harbour, was hit by a falling crate near the quay, "
        "police said.",
        None,
        "police",
    ),
]


@pytest.mark.parametrize("text,not_speaker,speaker", SUBJECT_ASIDES)
def test_a_subject_aside_is_no_reported_clause(text, not_speaker, speaker):
    speakers = [sp for _, sp, _ in _reported(text)]
    if not_speaker:
        assert not_speaker not in speakers, _reported(text)
    if speaker:
        assert speaker in speakers, _reported(text)


FRONT_HEDGES = [
    (  # a hedge phrase alone opening the longer excerpt, dropped: a hedge
        "At this stage there is no sign that the pier was overloaded,",
        "There is no sign that the pier was overloaded,",
        True,
    ),
    (  # the same with its comma
        "So far, no ferry has left the harbour without a permit,",
        "No ferry has left the harbour without a permit,",
        True,
    ),
    (  # near miss: a phrase of place that only looks like one ("in my view" is a hedge)
        "In my village there is no sign of the flood water yet,",
        "There is no sign of the flood water yet,",
        False,
    ),
]


@pytest.mark.parametrize("a,b,hedge", FRONT_HEDGES)
def test_a_hedge_phrase_cut_off_the_front(a, b, hedge):
    c = compare_quotes(a, b)
    ops = [o for o in (c["ops"] if c else []) if o.get("kind")]
    assert any(o.get("hedge") and o["kind"] == "qualifier" for o in ops) is hedge, ops


CUTS = [
    (  # two runs cut out of a quote both outlets give whole: one quote, its figures gone
        "We warned the harbour board twice this year that the cranes on Pier 4 were unsafe,",
        "We warned the harbour board that the cranes were unsafe.",
        "number",
    ),
    (  # one run cut out, over MAX_ONE_RUN (4 words in 7) but both given whole
        "The harbour is damaged, but it is open to all ferries again,",
        "The harbour is open to all ferries again,",
        "qualifier",
    ),
    (  # near miss: a headline's fragments of a long quote close on no punctuation
        "It was a harbour in which dockers who raised concerns were ignored, and families "
        "who asked questions were treated as a nuisance.",
        "Ignored and treated as a nuisance",
        None,
    ),
    (  # near miss: more than MAX_CUT_SHARE of the shorter cut: two remarks
        "We warned the harbour board twice this year, in writing, that the old cranes on "
        "Pier 4 were unsafe,",
        "We warned the board the cranes were unsafe,",
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", CUTS)
def test_runs_cut_out_of_a_whole_quote(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


def test_a_cut_at_the_edge_is_no_inner_cut():
    # "once" is a number word: a longer excerpt with it after a comma stays a longer excerpt
    assert support.quote_change_kind(
        "The north pier will reopen to cargo ships on Monday, once the cranes are tested,",
        "The north pier will reopen to cargo ships on Monday,") is None


OPENINGS = [
    (  # a partial quote opening with another quantifier than the words it stands for
        "The fire reached the top floor in ten minutes, and several fire doors were jammed,",
        "all the fire doors were jammed",
        "qualifier",
    ),
    (  # near miss: the same quantifier: a shorter excerpt
        "The fire reached the top floor in ten minutes, and several fire doors were jammed,",
        "several fire doors were jammed",
        None,
    ),
    (  # near miss: an opening that is a clause of its own, with a negation in it
        "I would be glad to face the harbour board because we did nothing wrong,",
        "It does not matter because we did nothing wrong,",
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", OPENINGS)
def test_an_excerpt_opening_inside_the_other(a, b, kind):
    assert support.quote_change_kind(a, b) == kind


PLACE_MODIFIERS = [
    (  # a compound preposition of place run on from the last shared word, left off
        '"Our wardens did not close any gate inside the ferry terminal," Holt said.',
        '"Our wardens did not close any gate," Holt said.',
        "qualifier",
    ),
    (  # near miss: after a comma it is more of the quote, not a modifier
        '"Our wardens did not close any gate, outside the night shift at least," Holt said.',
        '"Our wardens did not close any gate," Holt said.',
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", PLACE_MODIFIERS)
def test_a_place_modifier_left_off(a, b, kind):
    from storylens.findings.common import FindingContext
    from storylens.findings.quotes import find_quote_changes

    docs = support.quote_docs(a, b)
    found = find_quote_changes(FindingContext.build(docs, [], options=QUOTES_ON))
    assert [f.detail["change"] for f in found] == ([kind] if kind else [])


_WORDS = ("the", "harbour", "will", "not", "reopen", "all", "several", "if", "at", "this",
          "stage", "but", "inside", "Vell", "two", "ferries", "legal", "illegal", "hid",
          "hides", "and", "...", "so", "far", "we", "said")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=18),
       st.lists(st.sampled_from(_WORDS), min_size=1, max_size=18),
       st.sampled_from(("", ",", ".")), st.sampled_from(("", ",", ".")))
def test_compare_quotes_never_fails_and_grades_every_change(a, b, end_a, end_b):
    from storylens.rules.quote_changes import SEVERITY

    c = compare_quotes(" ".join(a) + end_a, " ".join(b) + end_b)
    if c is not None:
        assert c["change"] in (*SEVERITY, "extent", None)
        assert all(op.get("kind", "trivial") in SEVERITY for op in c["ops"])
