"""Name variants in session 23, on invented text (fictional people, labels and outlets),
each with near misses both ways:

- a name form an article gives only inside a quoted written post (a quote whose cue is a
  verb of writing or posting, "Renk wrote, "Welcome to VelmarRecords"", or whose text holds
  a handle or a hashtag), or as a handle itself ("@VelmarRecords"), keeps its writer's
  spelling: it is not the outlet's spelling of the name, so no variant against another
  outlet's "Velmar Records". Near misses: the same form in the article's own narration,
  and inside a spoken quote (the outlet's transcription): still a variant;
- a sentence's capitalised first word read into a person's name ("Sponsor Elin Varsas,
  a Social Liberal, claimed ..."), where the story writes the name without it and the word
  in lower case somewhere ("who sponsored the bill"), is the person's role: the name is
  "Elin Varsas", a form of another outlet's "Elin Varsås". Near misses: a first word no
  article writes in lower case (a given name: "Anna Maria Lund"), the run in mid-sentence.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


OTHER = ["Tavo Renk has signed three artists to Velmar Records, the label said on Monday."]
LEDE = "The singer Tavo Renk has signed three young artists."
POST = ("Sharing the news on his Instagram page, Renk wrote, \u201cWelcome my talented brothers "
        "to VelmarRecords. Big year ahead.\u201d")


@pytest.mark.parametrize(("a", "found"), [
    # a post quoted with a verb of writing, with and without the label named in narration
    ([LEDE, POST], False),
    ([LEDE + " They join his label, Velmar Records Imprint.", POST], False),
    ([LEDE, 'Renk posted: "Welcome to VelmarRecords, brothers."'], False),
    # a quote holding handles: a post's text, whatever its cue
    ([LEDE, '"Welcome to VelmarRecords @kisu_b @jotal," Renk said on Instagram.'], False),
    # a handle or a hashtag
    ([LEDE, "Renk sent a message to @VelmarRecords on Monday."], False),
    ([LEDE, "Fans shared the news under #VelmarRecords on Monday."], False),
    # near misses: the outlet's own narration, and a spoken quote (its transcription)
    ([LEDE + " They join his label, VelmarRecords."], True),
    ([LEDE, '"Welcome to VelmarRecords," Renk told a news conference.'], True),
    # near miss: the post quoted, but the outlet's own narration writes the joined form too
    ([LEDE + " They join VelmarRecords.", POST], True),
    # a post's closing tag, whatever its cue (review23n)
    ([LEDE, '"Welcome to VelmarRecords. Big year ahead. #blessed" Renk said on Instagram.'], False),
    # near misses (review23n): one hashtag or handle inside spoken words is a thing the
    # speaker names; the quote is the outlet's transcription
    ([LEDE, '"Welcome to VelmarRecords, and follow the #VelmarSummer tour," Renk told a news '
            'conference.'], True),
    ([LEDE, '"Welcome to VelmarRecords, write to @velmar_jobs for work," Renk told a news '
            'conference.'], True),
])
def test_a_form_only_in_a_written_post_is_not_the_outlets(a, found):
    got = _spellings(a, OTHER)
    assert bool(got) is found, got
    if found:
        assert got == [{"Velmar Records": ["Vell Post"], "VelmarRecords": ["Orm Daily"]}], got


WIRE = ['"We have given people the right to choose," said Elin Varsås, the lawmaker who '
        'sponsored the bill.']
WIRE_PLAIN = ['"We have given people the right to choose," said Elin Varsås, the lawmaker '
              'behind the bill.']


@pytest.mark.parametrize(("a", "b", "found"), [
    (WIRE, ['Sponsor Elin Varsas, a Social Liberal, claimed the law was fair.'], True),
    (WIRE, ['Organiser Elin Varsas, a Social Liberal, claimed the law was fair.'], False),
    # the word in lower case in the article itself ("the bill's sponsor")
    (WIRE_PLAIN, ["Sponsor Elin Varsas, a Social Liberal, claimed the law was fair.",
                  "The bill's sponsor spoke for an hour."], True),
    # near miss: no article writes the word in lower case: a given name, no role
    (WIRE_PLAIN, ["Sponsor Elin Varsas, a Social Liberal, claimed the law was fair."], False),
    # near miss: a given name before the name the story writes ("Anna Maria Lund")
    (['"The vote was fair," said Maria Lund, who sponsored the bill.'],
     ["Anna Maria Lunð, a Social Liberal, claimed the law was fair."], False),
])
def test_a_role_opening_the_sentence_is_cut_off_the_name(a, b, found):
    got = _spellings(a, b)
    if found:
        assert got == [{"Elin Varsås": ["Orm Daily"], "Elin Varsas": ["Vell Post"]}], got
    else:
        assert not any("Elin Varsas" in g or "Maria Lunð" in g for g in got), got


# A given name in two spellings of one name, the surname equal: a hard "c" for "k" ("Luca" /
# "Luka"), a silent final "h" after a vowel ("Hannah" / "Hanna"). Near misses: a soft "c"
# ("Celia" / "Kelia"), another letter at the end ("Sarai" / "Sarah"), the letters in the
# surname, and one outlet writing both forms (two people).
@pytest.mark.parametrize(("x", "y", "found"), [
    ("Luca Ferrand", "Luka Ferrand", True),
    ("Marco Dellin", "Marko Dellin", True),
    ("Hannah Kuosmanen", "Hanna Kuosmanen", True),
    ("Sarah Ovelund", "Sara Ovelund", True),
    ("Celia Dorn", "Kelia Dorn", False),
    ("Sarai Ovelund", "Sarah Ovelund", False),
    ("Ilse Roc", "Ilse Rok", False),
    ("Nico Dellin", "Niko Dellin", True),
    ("Eca Dellin", "Eka Dellin", False),
])
def test_a_given_names_two_spellings(x, y, found):
    got = _spellings([f'"The strike goes on," said {x}, the union president.'],
                     [f'"We will not back down," said {y}, the union president.'])
    assert bool(got) is found, got
    if found:
        assert got == [{x: ["Orm Daily"], y: ["Vell Post"]}] or got == [{y: ["Vell Post"], x: ["Orm Daily"]}], got


def test_one_outlet_writing_both_given_names_names_two_people():
    got = _spellings(['"The strike goes on," said Luca Ferrand, the union president.',
                      'His cousin Luka Ferrand, a pilot, was not at work.'],
                     ['"We will not back down," said Luka Ferrand, the union president.'])
    assert got == [], got



# review23n: a given name that is also a word written in lower case ("prices rose") opens
# two outlets' sentences ("Rose Marie Lund, the owner, said"), and the story writes "Marie
# Lund" alone: an article writing the whole name in mid-sentence ("The shop's owner Rose
# Marie Lund said") shows "Rose" is the name's, so the finding lists each outlet's whole
# name, not "Marie Lund" / "Marie Lunð" (a form neither outlet wrote).
ROSE = ["Prices rose in May.", "Rose Marie Lund, the owner, said she would close.",
        "Marie Lund has run the shop since 1990."]


@pytest.mark.parametrize(("c", "want"), [
    ("The shop's owner Rose Marie Lund said she would close.",
     [{"Rose Marie Lund": ["Vell Post"], "Rose Marie Lunð": ["Tarn Herald"]}]),
])
def test_a_given_name_opening_the_sentence_stays_the_names(c, want):
    got = _spellings(ROSE, [c], ["Rose Marie Lunð, the owner, said she would close."])
    assert got == want, got


# review23n: two people whose given names differ only so, one article naming both (a father
# and his son, two cousins), or each given another post or age: no variant.
@pytest.mark.parametrize(("a", "b"), [
    (["Carl Brenner founded the farm in 1971.", "His son Karl Brenner runs it now."],
     ["Karl Brenner said the harvest was poor."]),
    (["Carl Brenner, 81, founded the farm."], ["Karl Brenner, 19, said the harvest was poor."]),
    (['"We lost everything," said Marco Vidal.', '"It was the river," said his cousin Marko Vidal.'],
     ['"We lost everything," said Marco Vidal, a farmer.']),
    (['"The budget is fair," said Sara Lind, the mayor.'],
     ['"The school is closing," said Sarah Lind, a nurse.']),
    (['"The budget is fair," said Sara Lind, the mayor.', "Sarah Lind, a nurse, disagreed."],
     ['"The school is closing," said Sarah Lind.']),
])
def test_two_people_whose_given_names_differ_only_so(a, b):
    assert _spellings(a, b) == []
