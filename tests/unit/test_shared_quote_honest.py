"""A shared quote is "the same words" only when it is: one outlet's quote a cut of the
other's. Two quotes of one remark that go on past their shared words in different words
("… from dawn until midnight" / "… from dawn until dusk"), or whose longer one adds a
hedge at its edge ("…, as far as we can tell"), are said as "nearly the same words" with
the words that differ shown (invented dev d17: "including the state of the track" /
"including human error" was given as one quote the wire "gives more of"). Invented
articles (fictional Oskarn harbour, harbour master Teodor Brisk), each with near misses
that stay the same words: a trimmed excerpt, a partial quote woven into the outlet's
sentence, a clause of its own cut off, a determiner swapped (another sentence after the
shared one in each, once a near miss, is each adding since s17-source: table EACH)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

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
    # review16c: the shorter quote's own sentence gives the hedge outside its quote marks,
    # whichever outlet comes first (each quote's outside words went to the other's slot)
    ("near miss: the hedge outside the shorter quote's marks, the longer first",
     '"No cargo was lost in the fire at the north pier, as far as we can tell," Brisk said.',
     'Brisk said that "no cargo was lost in the fire at the north pier," as far as he could '
     "tell.",
     SAME, "Oskarn Post gives more of it"),
    ("near miss: the hedge outside the shorter quote's marks, the shorter first",
     'Brisk said that "no cargo was lost in the fire at the north pier," as far as he could '
     "tell.",
     '"No cargo was lost in the fire at the north pier, as far as we can tell," Brisk said.',
     SAME, "Lund Mira Times gives more of it"),
    # review (session 13): a quote split by its attribution goes on in its second part
    # the second part holds the rest: neither gives more of it (was "Lund Mira Times gives
    # more of it" until s18-source: test_shared_quote_elsewhere.py)
    ("near miss: one sentence split by 'Brisk said', the rest in the second part",
     '"We will not stop until every fisherman is brought back to the harbour," Brisk said, '
     '"and every boat with them."',
     '"We will not stop until every fisherman is brought back to the harbour and every '
     'boat with them," Brisk said.',
     SAME + " of Brisk: 'We will not stop until every fisherman is brought back to the…' (",
     ""),
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


# Words inserted inside a shared statement (invented dev d47: "… put our soldiers and
# their families in danger" / "… put our soldiers in danger"; d49: "Those responsible,
# whoever they are, will face …" / "Those responsible will face …") are no longer excerpt:
# "X gives more of it" hid them. Said as nearly the same words with what each adds; a
# longer excerpt at an edge, and a cut the outlet marks with an ellipsis, still give more.
INSIDE = [
    # (id, a, b, how the finding says it, the words it shows, gives more?)
    # since session 21 an extension by a clause of a further claim past the other's closed
    # sentence is said (findings.quote_diff._claim_tail; was "gives more of it"); a sentence
    # more, or a phrase, is still more of it (below, and test_shared_quote_scope)
    ("an edge extension by a further claim is said",
     '"The dredgers will clear the channel for the grain ships by the end of May," '
     "Brisk said.",
     '"The dredgers will clear the channel for the grain ships by the end of May, and the '
     'lighthouse will be repaired after that," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and the lighthouse will be repaired after that'", False),
    ("words inserted inside, after the shared run",
     '"The thick smoke from the burning warehouse put our divers and the harbour pilots at '
     'risk," Brisk said.',
     '"The thick smoke from the burning warehouse put our divers and the harbour pilots and '
     'their crews at risk," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and their crews'", False),
    ("words inserted inside, before the shared run",
     '"The arsonists will answer in court for every damaged boat and every net," Brisk said.',
     '"The arsonists, and whoever paid them, will answer in court for every damaged boat and '
     'every net," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and whoever paid them'", False),
    ("words dropped inside by the second outlet",
     '"The trawlers that lost their nets in the blaze will be paid back in full by the '
     'port authority," Brisk said.',
     '"The trawlers will be paid back in full by the port authority," Brisk said.',
     NEARLY, "Oskarn Post adds 'that lost their nets in the blaze'", False),
    ("one outlet adds words inside at both ends of the shared run",
     '"The arsonists will answer in court for every damaged boat and every net and trap '
     'that was lost on Friday," Brisk said.',
     '"The arsonists, and whoever paid them, will answer in court for every damaged boat '
     'and every net and trap that was lost in the fire on Friday," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and whoever paid them' and 'in the fire'", False),
    ("each outlet adds words inside, one before and one after the shared run",
     '"The crews, and the volunteers from the town, kept the pumps running all night long '
     'and pulled every burning boat away from the old wooden pier before the strong east '
     'wind could still carry the flames to the depot," Brisk said.',
     '"The crews kept the pumps running all night long and pulled every burning boat away '
     'from the old wooden pier before the strong east wind could still carry the flames, '
     'and sparks, to the depot," Brisk said.',
     NEARLY, "Oskarn Post adds 'and the volunteers from the town' and Lund Mira Times adds "
     "'and sparks'", False),
    ("words inserted inside, and more of the statement at the end",
     '"The thick smoke from the burning warehouse put our divers and the harbour pilots at '
     'risk," Brisk said.',
     '"The thick smoke from the burning warehouse put our divers and the harbour pilots and '
     'their crews at risk, and we will not forget it," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and their crews'", False),
    ("two insertions at one edge, each said (not 'has X where B has ...X...')",
     '"We will pay the fishermen at risk on the night of the fire for every boat, every net '
     'and every trap that burned on the old north pier of Oskarn, and we will rebuild the '
     'pier, the fish market and the ice house before the winter storms come," Brisk said.',
     '"We will pay the fishermen and their families at risk, as the smoke spread, on the '
     'night of the fire for every boat, every net and every trap that burned on the old '
     'north pier of Oskarn, and we will rebuild the pier, the fish market and the ice house '
     'before the winter storms come," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and their families' and 'as the smoke spread'", False),
    ("two insertions before the shared run, in the text's order",
     '"The arsonists will answer in court for every damaged boat, every net and every trap '
     'that burned on the old north pier of Oskarn, and for the fear they brought to this '
     'town on the night of the fire," Brisk said.',
     '"The arsonists, and whoever paid them, will, I promise you, answer in court for every '
     'damaged boat, every net and every trap that burned on the old north pier of Oskarn, '
     'and for the fear they brought to this town on the night of the fire," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and whoever paid them' and 'I promise you'", False),
    ("near miss: a cut the outlet marks with an ellipsis is a longer excerpt",
     '"The thick smoke from the burning warehouse put our divers and the harbour pilots … at '
     'risk," Brisk said.',
     '"The thick smoke from the burning warehouse put our divers and the harbour pilots and '
     'their crews at risk," Brisk said.',
     SAME, "Lund Mira Times gives more of it", True),
    ("near miss: words inserted at one edge never hide two endings at the other",
     '"The arsonists will answer in court for every damaged boat and every net in the '
     'harbour of Oskarn, and we will rebuild," Brisk said.',
     '"The arsonists, and whoever paid them, will answer in court for every damaged boat and '
     'every net in the harbour of Oskarn, and we will grieve," Brisk said.',
     NEARLY, "Oskarn Post has 'rebuild' where Lund Mira Times has 'grieve' and Lund Mira Times "
     "adds 'and whoever paid them'", False),
    ("near miss: a sentence of the statement one outlet leaves out is a longer excerpt",
     '"The north pier is gone. We will rebuild it with our own hands, stone by stone," '
     "Brisk said.",
     '"The north pier is gone. The harbour is closed and the boats are lost. We will rebuild '
     'it with our own hands, stone by stone," Brisk said.',
     SAME, "Lund Mira Times gives more of it", True),
    ("words inserted at the end of a quote's first sentence, the second shared",
     '"We will rebuild the north pier, the ferry steps and the harbour wall before the '
     'winter storms come. The town deserves it," Brisk said.',
     '"We will rebuild the north pier, the ferry steps and the harbour wall before the '
     'winter storms come, as well as the fish market. The town deserves it," Brisk said.',
     NEARLY, "Lund Mira Times adds 'as well as the fish market'", False),
    ("an inserted 'and the …' that runs on a sentence is no word apart before two endings",
     '"We will rebuild the north pier, the ferry steps and the harbour wall before the '
     'winter storms come. The town deserves it," Brisk said.',
     '"We will rebuild the north pier, the ferry steps and the harbour wall before the '
     'winter storms come, and the fish market too. The town deserves it," Brisk said.',
     NEARLY, "Lund Mira Times adds 'and the fish market too'", False),
    ("near miss: one word inserted is a word apart, not more of it",
     '"The pumps have kept the dry dock from flooding since the storm began," Brisk said.',
     '"The pumps have kept the old dry dock from flooding since the storm began," '
     "Brisk said.",
     NEARLY, "a word apart: 'old'", False),
]


@pytest.mark.parametrize("case_id,a,b,said,shown,more", INSIDE, ids=[c[0] for c in INSIDE])
def test_words_inserted_inside_are_not_more_of_it(case_id, a, b, said, shown, more):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert said in summary, summary
    assert shown in summary, summary
    assert ("gives more of it" in summary) == more, summary


@pytest.mark.parametrize("case_id,fuller", [
    ("words inserted inside, after the shared run", None),
    ("words inserted inside, before the shared run", None),
    ("one outlet adds words inside at both ends of the shared run", None),
    ("words inserted inside, and more of the statement at the end", "second"),
])
def test_words_inserted_inside_are_no_more_of_it_in_the_detail(case_id, fuller):
    # the JSON's `fuller` (docs/json-schema.md) follows the summary: words inserted inside
    # the statement are not more of it at its edges; more words at an edge still are
    _, a, b, *_ = next(c for c in INSIDE if c[0] == case_id)
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    detail = found[0].detail
    expect = detail["articles"][1] if fuller == "second" else None
    assert detail["fuller"] == expect, (detail["fuller"], found[0].summary)


# Each side has words the other lacks (invented dev d57: the wire's Lorenz quote begins with
# a sentence the Review lacks, the Review's ends with 'including the age of the aircraft'):
# neither gives more of it, and what each adds is said. And words swapped inside the shared
# statement, every one a stopword (invented dev d59: "Mistakes may have been made, and …" /
# "Mistakes were made, and …"), are the words changed, not a longer excerpt; a determiner
# swapped is not.
EACH = [
    # (id, a, b, how the finding says it, the words it shows, gives more?)
    ("each side adds at an opposite edge: a sentence before, a clause after",
     '"Nobody was hurt in the night. The fire started in the net store, and the police will '
     'look at every lead," Brisk said.',
     '"The fire started in the net store, and the police will look at every lead, including '
     'the unpaid rents," Brisk said.',
     SAME + " of Brisk: 'The fire started in the net store, and the police will look…', and "
     "each gives words the other lacks",
     "Oskarn Post adds 'Nobody was hurt in the night' and Lund Mira Times adds 'including "
     "the unpaid rents'", False),
    ("each side adds at an opposite edge: a clause before, a sentence after",
     '"As far as the divers can see, the hull of the ferry is sound and the engines can be '
     'saved," Brisk said.',
     '"The hull of the ferry is sound and the engines can be saved. We hope to tow her in on '
     'Sunday," Brisk said.',
     " and each gives words the other lacks",
     "Oskarn Post adds 'As far as the divers can see' and Lund Mira Times adds 'We hope to "
     "tow her in on Sunday'", False),
    ("each goes on in another sentence of its own (was 'Lund Mira Times gives more of it')",
     '"The north pier will reopen to cargo ships on Monday morning. Thank you," Brisk said.',
     '"The north pier will reopen to cargo ships on Monday morning. Fares stay the same," '
     "Brisk said.",
     " and each gives words the other lacks",
     "Oskarn Post adds 'Thank you' and Lund Mira Times adds 'Fares stay the same'", False),
    ("near miss: one side adds at both edges, the other at none, gives more of it",
     '"The hull of the ferry is sound and the engines can be saved," Brisk said.',
     '"The tide was kind to us. The hull of the ferry is sound and the engines can be saved. '
     'We hope to tow her in on Sunday," Brisk said.',
     SAME, "Lund Mira Times gives more of it", True),
    ("a modal swapped inside, all stopwords, the rest shared",
     '"Errors may have been made by the pier office, and there will be a full inquiry into '
     'why the cranes were left running," Brisk said.',
     '"Errors were made by the pier office, and there will be a full inquiry into why the '
     'cranes were left running," Brisk said.',
     NEARLY, "Oskarn Post has 'may have been' where Lund Mira Times has 'were'", False),
    ("a pronoun swapped inside, the rest shared",
     '"On Thursday evening we should have closed the north pier to the public, when the first '
     'smoke was seen from the ferry steps," Brisk said.',
     '"On Thursday evening they should have closed the north pier to the public, when the '
     'first smoke was seen from the ferry steps," Brisk said.',
     NEARLY, "Oskarn Post has 'we' where Lund Mira Times has 'they'", False),
    ("a pronoun swapped at the quote's start, the rest shared",
     '"We should have closed the north pier to the public on Thursday evening, when the first '
     'smoke was seen from the ferry steps," Brisk said.',
     '"They should have closed the north pier to the public on Thursday evening, when the '
     'first smoke was seen from the ferry steps," Brisk said.',
     NEARLY, "Oskarn Post has 'We' where Lund Mira Times has 'They'", False),
    ("near miss: a determiner swapped at the quote's start is the same words",
     '"This storm broke the mooring lines of the ferry and threw her against the old north '
     'pier of Oskarn on Sunday," Brisk said.',
     '"The storm broke the mooring lines of the ferry and threw her against the old north '
     'pier of Oskarn on Sunday," Brisk said.',
     SAME, "", False),
    ("near miss: a determiner swapped inside is still the same words",
     '"Last night the storm broke the mooring lines of the ferry and threw her against the '
     'old north pier of Oskarn," Brisk said.',
     '"Last night this storm broke the mooring lines of the ferry and threw her against the '
     'old north pier of Oskarn," Brisk said.',
     SAME, "", False),
]


@pytest.mark.parametrize("case_id,a,b,said,shown,more", EACH, ids=[c[0] for c in EACH])
def test_each_side_adding_or_a_swap_inside_is_said(case_id, a, b, said, shown, more):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert said in summary, summary
    assert shown in summary, summary
    assert ("gives more of it" in summary) == more, summary
    if " and each gives" in said:
        assert found[0].detail["fuller"] is None, found[0].detail
        assert found[0].detail["quotes"][0]["change"] == "extent", found[0].detail


# A further shared quote with a word inserted inside it is told apart in the tail, as the
# first one is ("(a word apart: …)"): "every deposit is safe" / "every insured deposit is
# safe" was counted "1 more shared quote" (invented dev d45, d48 'fully', d51 'minimum')
TAIL = [
    # (id, second quote in b, the tail says)
    ("a word inserted inside the second quote",
     '"Every insured berth on the south quay is safe for the night," he added.',
     "; 1 more nearly the same (a word apart: 'insured')"),
    ("near miss: the second quote word for word",
     '"Every berth on the south quay is safe for the night," he added.',
     "; 1 more shared quote ("),
]


@pytest.mark.parametrize("case_id,second,tail", TAIL, ids=[c[0] for c in TAIL])
def test_a_word_apart_in_a_further_quote_is_said(case_id, second, tail):
    first = '"The north pier will reopen to cargo ships on Monday morning," Brisk said.'
    found = _shared(first + ' "Every berth on the south quay is safe for the night," he added.',
                    first + " " + second)
    assert len(found) == 1, [f.summary for f in found]
    assert SAME in found[0].summary and "'The north pier will reopen" in found[0].summary, \
        found[0].summary
    assert tail in found[0].summary, found[0].summary
