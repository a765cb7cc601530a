"""A shared quote is "the same words" only when it is: one outlet's quote a cut of the
other's. Two quotes of one remark that go on past their shared words in different words
("… from dawn until midnight" / "… from dawn until dusk"), or whose longer one adds a
hedge at its edge ("…, as far as we can tell"), are said as "nearly the same words" with
the words that differ shown (invented dev d17: "including the state of the track" /
"including human error" was given as one quote the wire "gives more of"). Invented
articles (fictional Oskarn harbour, harbour master Teodor Brisk), each with near misses
that stay the same words: a trimmed excerpt, a partial quote woven into the outlet's
sentence, a clause of its own cut off, a determiner swapped, another sentence after the
shared one."""

from __future__ import annotations

import pytest
import support

LEAD_A = "The harbour master of Oskarn spoke to reporters on Friday after the fire at the north pier."
LEAD_B = "Oskarn's harbour master addressed the damage at the north pier for the first time on Friday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, ('Oskarn Post', 'Lund Mira Times'), 'Pier fire',
                                    "shared_quote")


SAME = " quote the same words"
NEARLY = " quote nearly the same words"

CASES = [
    # (id, a, b, how the finding says it, the words it shows)
    ("a trimmed excerpt is the same words, the longer gives more",
     '"The north pier will reopen to cargo ships on Monday," Brisk said.',
     '"The north pier will reopen to cargo ships on Monday, once the cranes are tested," '
     "Brisk said.",
     SAME, "gives more of it"),
    ("one word swapped at the end is not the same words",
     '"Ferries will run every hour from dawn until midnight," Brisk said.',
     '"Ferries will run every hour from dawn until dusk," Brisk said.',
     NEARLY, "has 'midnight' where Lund Mira Times has 'dusk'"),
    ("a number swapped at the end",
     '"The rescue boats have reached the trawler and we have contact with three men," '
     "Brisk said.",
     '"The rescue boats have reached the trawler and we have contact with four men," '
     "Brisk said.",
     NEARLY, "has 'three men' where Lund Mira Times has 'four men'"),
    ("a hedge the longer quote adds at its edge",
     '"No cargo was lost in the fire at the north pier," Brisk said.',
     '"No cargo was lost in the fire at the north pier, as far as we can tell," Brisk said.',
     NEARLY, "Lund Mira Times adds 'as far as we can tell'"),
    ("a word run on past the other's closed sentence",
     '"We will not stop until every fisherman is brought back to the harbour," Brisk said.',
     '"We will not stop until every fisherman is brought back to the harbour alive," '
     "Brisk said.",
     NEARLY, "Lund Mira Times adds 'alive'"),
    ("near miss: a partial quote, not closed on its own, is a cut",
     'Brisk said the north pier would "reopen to cargo ships on Monday" after an inspection.',
     '"The north pier will reopen to cargo ships on Monday morning," Brisk said.',
     SAME, "gives more of it"),
    ("near miss: a clause of its own cut off, a negation in it",
     '"The north pier will reopen to cargo ships on Monday," Brisk said.',
     '"The north pier will reopen to cargo ships on Monday, but the south pier will not '
     'open before June," Brisk said.',
     SAME, "gives more of it"),
    ("near miss: only a determiner differs where both go on",
     '"We will rebuild the harbour wall and the fish market before the storms," Brisk said.',
     '"We will rebuild the harbour wall and the fish market before those storms," '
     "Brisk said.",
     SAME, ""),
    ("near miss: each goes on in another sentence of its own",
     '"The north pier will reopen to cargo ships on Monday morning. Thank you," Brisk said.',
     '"The north pier will reopen to cargo ships on Monday morning. Fares stay the same," '
     "Brisk said.",
     SAME, ""),
    # review (session 13): a quote split by its attribution goes on in its second part
    ("near miss: one sentence split by 'Brisk said', the rest in the second part",
     '"We will not stop until every fisherman is brought back to the harbour," Brisk said, '
     '"and every boat with them."',
     '"We will not stop until every fisherman is brought back to the harbour and every '
     'boat with them," Brisk said.',
     SAME, "gives more of it"),
]


@pytest.mark.parametrize("case_id,a,b,said,shown", CASES, ids=[c[0] for c in CASES])
def test_same_words_only_when_they_are(case_id, a, b, said, shown):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert said in summary, summary
    assert shown in summary, summary
    if said == NEARLY:
        assert "gives more of it" not in summary, summary  # a change is no longer excerpt
        assert found[0].detail["quotes"][0]["change"], found[0].detail
    else:
        assert found[0].detail["quotes"][0]["change"] is None, found[0].detail


def test_a_changed_quote_in_the_tail_is_named_not_counted_as_shared():
    # d11's shape: one quote word for word, the other with its last words changed; the
    # line must not say "1 more shared quote" of the changed one
    found = _shared(
        '"We are doing everything we can to reach the men still on the trawler," Brisk '
        'said.\n\n"The pumps are working again and we have contact with one boat," he added.',
        '"We are doing everything we can to reach the men still on the trawler," Brisk '
        'told reporters.\n\n"The pumps are working again and we have contact with two boats," '
        "he said.")
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert SAME in summary and "We are doing everything" in summary, summary
    assert "more shared quote" not in summary, summary
    assert "1 more nearly the same" in summary, summary
    assert "'one boat'" in summary and "'two boats'" in summary, summary
    changes = [q["change"] for q in found[0].detail["quotes"]]
    assert changes == [None, "words"], changes
