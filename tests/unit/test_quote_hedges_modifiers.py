"""quote_changed at the edge of an excerpt: a hedge, a restrictive modifier or a belief
dropped or added is a change of what was said; a shorter excerpt that stops before a new
clause, a non-restrictive aside or a conjunction is not (session 13, quotes13).

Invented text (fictional Ostrava Bay, Kelling, Minister Orla Dunne), whole-compare rows
in the style of test_quote_change_kinds.py, each expected kind beside a near miss.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes
from storylens.findings.quotes import same_speaker
from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

PRE = (
    "Storms closed the port of Kelling on Ostrava Bay for a third day on Thursday. "
    "Ferries to the outer islands stayed in harbour.\n\n"
)
POST = "\n\nThe coastguard said it would review the harbour's storm plans next month."


def _changes(a: str, b: str):
    return support.quote_changes_between(a, b, PRE, POST, ('Bay Courier', 'Kelling Herald'), 'Storm')


TABLE = [
    # (a, b, expected change kind, or None for no finding)
    (  # a hedge after a comma at the end of a full quote, dropped
        '"No cargo was lost at sea, as far as we can tell at this stage," Dunne said.',
        '"No cargo was lost at sea," Dunne said.',
        "qualifier",
    ),
    (  # a sourcing tag added at the end
        '"The crew left the vessel in good order," Harbourmaster Ilan Ferro said.',
        '"The crew left the vessel in good order, according to the pilots we spoke to," '
        "Harbourmaster Ilan Ferro said.",
        "qualifier",
    ),
    (  # near miss: a new clause after the comma is a longer excerpt
        '"The crew left the vessel in good order," Harbourmaster Ilan Ferro said.',
        '"The crew left the vessel in good order, and the pilots stayed on board until dawn," '
        "Harbourmaster Ilan Ferro said.",
        None,
    ),
    (  # near miss: a non-restrictive "which" aside is a longer excerpt
        '"The sea wall was not built for waves of this size," Dunne said.',
        '"The sea wall was not built for waves of this size, which the storms of last winter showed," '
        "Dunne said.",
        None,
    ),
    (  # a prepositional modifier run straight on, dropped from a whole-sentence quote
        '"The guards only turned back boats that came in without lights," Ferro said.',
        '"The guards only turned back boats that came in," Ferro said.',
        "qualifier",
    ),
    (  # near miss: a partial quote woven into the outlet's sentence picks its words
        'Ferro said the port "owes the islanders the full story about the closure" and left.',
        'Ferro said the port "owes the islanders the full story" and left.',
        None,
    ),
    (  # a restrictive relative clause dropped from a partial quote
        'Dunne said the state "will repay every trader whose stock cannot be sold".',
        'Dunne said the state "will repay every trader".',
        "qualifier",
    ),
    (  # near miss: a subordinate clause opened by a conjunction is more of the statement
        '"We will not reopen the quays until the divers have checked every pier," Dunne said.',
        '"We will not reopen the quays," Dunne said.',
        None,
    ),
    (  # a belief at the front of the quote dropped: a belief becomes a fact
        '"She felt the ferry was listing badly. Anyone on deck could see it," Ferro said.',
        '"The ferry was listing badly. Anyone on deck could see it," Ferro said.',
        "qualifier",
    ),
    (  # a modal hedge in place of a plain verb
        '"The pumps do not appear to have been serviced since the spring," Dunne said.',
        '"The pumps may not have been serviced since the spring," Dunne said.',
        "qualifier",
    ),
    (  # a quantifier swapped for another word narrows the pledge
        '"We will rebuild the harbour for all islanders, whatever it costs," Dunne said.',
        '"We will rebuild the harbour for loyal islanders, whatever it costs," Dunne said.',
        "qualifier",
    ),
    (  # near miss: another content word alone is no qualifier; since session 15 a lone
        # content word put for another in a quote otherwise word for word is shown as a
        # swap with both words; since session 17 a change of meaning only when the word
        # table puts the two words far apart (tests/unit/test_quote_near_misses17.py)
        '"This closure is a heavy blow to the fishing families of the bay," Dunne said.',
        '"This closure is a hard blow to the fishing families of the bay," Dunne said.',
        "swap",
    ),
    (  # a condition left off a quote given as a whole sentence (session 14, d28)
        '"Ferries will sail to the outer islands tomorrow unless the wind rises again," '
        "Dunne said.",
        '"Ferries will sail to the outer islands tomorrow," Dunne said.',
        "qualifier",
    ),
    (  # near miss: the same condition left off a partial quote woven into the sentence
        'Dunne said ferries "will sail to the outer islands tomorrow unless the wind rises '
        'again" and thanked the crews.',
        'Dunne said ferries "will sail to the outer islands tomorrow" and thanked the crews.',
        None,
    ),
    (  # near miss: "until" opens a clause an excerpt may stop before (d05 trap)
        '"The port will stay closed to all ferries until the harbour wall is repaired," '
        "Dunne said.",
        '"The port will stay closed to all ferries," Dunne said.',
        None,
    ),
    (  # near miss: "if" after a verb of finding out opens what is asked, not a condition
        '"We will find out from the crews if the warnings reached the ferries," Dunne said.',
        '"We will find out from the crews," Dunne said.',
        None,
    ),
]


@pytest.mark.parametrize("a,b,kind", TABLE)
def test_edge_hedges_and_modifiers(a, b, kind):
    found = _changes(a, b)
    if kind is None:
        assert found == []
    else:
        assert [f.detail["change"] for f in found] == [kind]
        if kind == "swap":
            from storylens.findings.quotes import swap_changes_meaning

            similarity = found[0].detail["swap_similarity"]
            assert found[0].detail["meaningful"] is swap_changes_meaning(similarity)
        else:
            assert found[0].detail["meaningful"] is (kind != "word")


def test_a_hedge_survives_other_rewording():
    """Two renderings that also differ in other words keep the hedge one drops: the
    rewording alone is wording, the hedge a qualifier."""
    c = compare_quotes(
        "We have no sign at this stage that the harbour wall was weakened",
        "There is no sign that the harbour wall was weakened",
    )
    assert c is not None and c["change"] == "qualifier"
    assert [o["a"] for o in c["ops"] if o.get("hedge")] == ["at this stage"]


def test_a_hedge_said_outside_the_quote_marks_is_no_change():
    """The shorter excerpt's own sentence gives the hedge outside its quote marks."""
    c = compare_quotes(
        "No cargo was lost at sea, as far as we can tell",
        "No cargo was lost at sea",
        "",
        "Dunne said, as far as she could tell, that",
    )
    assert c is not None and c["ops"] == []


def test_the_dropped_modifier_is_the_words_up_to_its_punctuation():
    c = compare_quotes(
        "The guards only turned back boats that came in without lights, and nobody else",
        "The guards only turned back boats that came in,",
    )
    assert c is not None
    assert [o["a"] for o in c["ops"] if o.get("modifier")] == ["without lights"]


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("rejk", "reyk", True),  # y / j
        ("dzhabarova", "jabarova", True),  # dzh / j
        ("aasen", "åsen", True),  # aa / å
        ("veres", "vereš", True),  # an accent
        ("vell", "vella", False),  # two short surnames, one letter apart
        ("holm", "holt", False),
        ("lund", "lind", False),
    ],
)
def test_romanised_surnames_link_one_speaker(a, b, same):
    assert same_speaker(a, b) is same


def test_a_key_past_the_name_limit_is_not_folded():
    """docs/limits.md: surname keys over MAX_NAME_CHARS are not compared; the
    romanisation fold (w / v) does not make two such keys one speaker (review2)."""
    assert same_speaker("w" * 60 + "ska", "v" * 60 + "ska") is False
    assert same_speaker("w" * 60 + "ska", "w" * 60 + "ska") is True  # one key
    assert same_speaker("wolska", "volska") is True


def test_one_phrase_put_inside_a_short_quote_is_a_change():
    """A phrase inserted inside a short quote, the rest word for word, is one quote
    changed, however large a share of it the phrase is; the same phrase at the end after
    a conjunction is a longer excerpt."""
    c = compare_quotes(
        "This ruling was drafted before the hearing even began.",
        "This ruling was drafted in the minister's office before the hearing even began.",
    )
    assert c is not None and c["change"] == "qualifier"
    longer = compare_quotes(
        "I will appeal, because I am innocent,",
        "I will appeal, because I am innocent and because this ruling is a political one,",
    )
    assert longer is None or longer["ops"] == []


def test_unattributed_quotes_in_the_sentence_after_the_speaker_link():
    """Neither outlet gives the second quote a speaker (it follows the sentence that
    names him); nearly the same words still link as one quote."""
    found = _changes(
        '"I will appeal," Corin Vasse told reporters. '
        '"This ruling was drafted before the hearing even began."',
        '"I will appeal," Corin Vasse told a crowd outside. '
        '"This ruling was drafted in the minister\'s office before the hearing even began."',
    )
    assert [f.detail["change"] for f in found] == ["qualifier"]


def test_an_excerpt_too_short_to_compare_takes_no_side():
    """Three outlets: the wire's whole sentence, one outlet's shorter excerpt of its
    second half, one outlet's version without 'most of'. The excerpt holds none of the
    changed words and is not listed or cited."""
    texts = [
        ('"We have firm evidence linking the cooling plant at Kelling to most of the cases, '
         'but we cannot rule out other sources yet," Dr Ilse Maren said.', "Bay Wire"),
        ('"We cannot rule out other sources yet," Dr Ilse Maren said.', "Kelling Herald"),
        ('"We have firm evidence linking the cooling plant at Kelling to the cases," '
         'Dr Ilse Maren said.', "Bay Courier"),
    ]
    raws = [RawArticle(source=f"s{i}", text=PRE + t + POST, outlet=o, title="Storm",
                       record_id=f"r{i}") for i, (t, o) in enumerate(texts)]
    arts, _ = clean_all(raws, Options())
    comp = compare_articles(arts, Options(quote_changes=True, min_finding_confidence=0.0))
    found = [f for f in comp.findings if f.type == "quote_changed"]
    assert [f.detail["change"] for f in found] == ["qualifier"]
    assert "Kelling Herald" not in found[0].summary
    assert not any(s.startswith(comp.documents[1].id + ":") for s in found[0].sentences)


def test_a_headline_splice_of_fragments_is_no_change():
    """A headline joins two fragments of one sentence without an ellipsis; the words it
    skips are most of its own length: a splice, not a phrase cut out."""
    c = compare_quotes(
        "It was a harbour in which pilots who raised concerns were ignored, and crews who "
        "asked questions were treated as a nuisance.",
        "Ignored and treated as a nuisance",
    )
    assert c is None or c["ops"] == []


def test_a_condition_is_said_as_one():
    (f,) = _changes(
        '"Ferries will sail to the outer islands tomorrow unless the wind rises again," '
        "Dunne said.",
        '"Ferries will sail to the outer islands tomorrow," Dunne said.',
    )
    assert f.summary.endswith("(a condition dropped).")
    assert f.detail["explanation"].startswith(
        "meaning: a condition dropped ('unless the wind rises again'): a conditional")


def test_a_hedge_is_said_as_one():
    """The summary and the one-line explanation call a dropped hedge a hedge, and the
    quoted snippet shows it, not an earlier change of wording."""
    (f,) = _changes(
        '"No cargo was lost at sea, as far as we can tell at this stage," Dunne said.',
        '"No cargo was lost at sea," Dunne said.',
    )
    assert "(a hedge dropped)" in f.summary
    assert f.detail["explanation"].startswith(
        "meaning: a hedge dropped ('as far as we can tell at this stage')")
    assert f.detail["change"] == "qualifier"


def test_a_pronoun_opens_a_relative_clause_only_at_the_end_of_the_quote():
    """"standards we can afford" ends the quote: a relative clause left off. In a
    transcript without punctuation the pronoun opens the next sentence."""
    kept = compare_quotes("to the safest harbour walls", "to the safest harbour walls we can afford")
    assert kept is not None and kept["change"] == "qualifier"
    run_on = compare_quotes(
        "We will build the new sea wall",
        "We will build the new sea wall we will make, the islands pay for it",
    )
    assert run_on is None or run_on["ops"] == []


@pytest.mark.parametrize(
    "a,b",
    [
        (  # two different remarks of one speaker, opening alike
            '"We will not rest until the harbour is open again," Dunne said.',
            '"We will not accept any delay from the contractors," Dunne said.',
        ),
        (  # two renderings of one remark (a translation): wording at most, never meaning
            '"The closure was a painful decision that we did not take lightly," Dunne said.',
            '"The closure was a painful choice which we did not make lightly," Dunne said.',
        ),
        (  # the same remark, the second a shorter excerpt closed on a full stop before
            # a set phrase after "if" (since session 19 a condition after the comma, "…, if
            # the wind drops", left off a whole sentence is a condition dropped: invented
            # dev d78's key, test_quote_near_misses19.py)
            '"The ferries will sail again on Monday, if necessary," Dunne said.',
            '"The ferries will sail again on Monday," Dunne said.',
        ),
    ],
)
def test_no_meaningful_change_between(a, b):
    assert not [f for f in _changes(a, b) if f.detail["meaningful"]]


def test_a_hedge_inside_other_words_is_no_hedge_change():
    """Two remarks opening and closing alike, the middle in other words of which one is a
    hedge ("probably"): not one quote with a hedge dropped (each word counts); a hedge
    swapped for a plain verb still is one."""
    c = compare_quotes(
        "Our crews reached the hamlet of Brask Mill at dawn and the river will probably rise "
        "well above the old stone weir tonight so everyone in the lower lanes must leave now",
        "Our crews reached the hamlet of Brask Mill at dawn and found the bakery and the "
        "chapel and the school hall flooded so everyone in the lower lanes must leave now",
    )
    assert c is None or not any(o.get("hedge") for o in c["ops"])
    plain = compare_quotes("The sluices appeared to fail within an hour of the surge",
                           "The sluices failed within an hour of the surge")
    assert plain is not None and plain["change"] == "qualifier"
    assert [o.get("hedge") for o in plain["ops"] if o["tag"] != "equal"] == [True]


@pytest.mark.parametrize(
    "a,b,kind",
    [
        (  # "that" and the clause's own subject: what was warned, a shorter excerpt
            "The surveyors had warned the parish for years that the weir would fail",
            "The surveyors had warned the parish for years",
            None,
        ),
        (  # ... with a pronoun subject
            "Our wardens have told the board repeatedly that we cannot patrol",
            "Our wardens have told the board repeatedly",
            None,
        ),
        (  # near miss: "that" and a verb is a restrictive relative clause left off
            "The fund will repay every grower that cannot sell the crop",
            "The fund will repay every grower",
            "qualifier",
        ),
        (
            "We will rebuild every barn that burned last week",
            "We will rebuild every barn",
            "qualifier",
        ),
    ],
)
def test_that_with_a_subject_of_its_own_opens_no_restrictive_clause(a, b, kind):
    c = compare_quotes(a, b)
    got = c["change"] if c and c["ops"] else None
    assert got == kind


@pytest.mark.parametrize(
    "a,b,kind",
    [
        (  # "appear" before a place or occasion: another verb for "testify", no hedge
            # (a lone content word put for another: a swap since session 15)
            "The harbourmaster will appear before the island council on Friday",
            "The harbourmaster will testify before the island council on Friday",
            "swap",
        ),
        (  # near miss: "appear to" is a hedge
            "The harbour cranes appear to have been moved before the storm",
            "The harbour cranes have been moved before the storm",
            "qualifier",
        ),
    ],
)
def test_appear_is_a_hedge_only_as_a_raising_verb(a, b, kind):
    c = compare_quotes(a, b)
    assert c is not None and c["change"] == kind


@pytest.mark.parametrize(
    "outside,changed",
    [
        ("Ferro believes", False),  # the belief in the outlet's words, another inflection
        ("Ferro said he believed", False),
        ("Ferro thinks", False),  # another verb of belief: still a belief
        ("Ferro said", True),  # near miss: the belief became a fact
    ],
)
def test_a_belief_the_outlet_states_outside_the_quote_marks_is_kept(outside, changed):
    c = compare_quotes("I believe the ferry was listing badly before it sailed",
                       "the ferry was listing badly before it sailed", "", outside)
    assert c is not None and bool(c["ops"]) is changed
