"""The "may not be about the same story" warning reads the names and quotes the articles
share, not only the coverage fact inventory (s7 reader report item 1: one event told by
three outlets in their own words was warned on 3 of 3 dev sets and 4 of 27 dev
same-story pairs, and the warning said "no name ... found in both" beside a name_variant
finding that joined their names). Invented stories (fictional Vell, Tarn, Orsk):

- three salient names both articles give (twice, or in the lede or headline; one entity
  spelled two ways counts once) keep the story; two do not (a beat's actors recur);
- calendar names ('New Year', 'Eve', 'Day') never count;
- one statement quoted in two renderings (3 of its 4 content stems) keeps the story; a
  quote sharing three words with a long other one does not;
- one salient name beside a close aligned group keeps a third article in the story.
"""

from __future__ import annotations

from storylens.findings import coverage as C
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles


def _compare(*texts: list[str], titles=None):
    titles = titles or [None] * len(texts)
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABCD'[i]}", title=titles[i],
                    text="\n\n".join(t)) for i, t in enumerate(texts)]
    return compare_articles(arts, Options())


# One event: a series' premiere moved, told by two outlets in their own words. The names
# are single words (no person or organisation fact of the coverage inventory), as
# "WandaVision", "Disney" and "Vision" were on the dev pair this comes from.
SHOW_A = [
    "The streamer Vellflix moved the premiere of Starfall forward by six weeks on Monday.",
    "The first two episodes of Starfall will now arrive in early March.",
    "Fans of Kestrel, the pilot at the centre of the story, had waited two years.",
    "Vellflix gave no reason for the change, though rivals have crowded the autumn.",
    "Kestrel is played by a newcomer from the Tarn theatre school.",
]
SHOW_B = [
    "Good news for viewers: Starfall is coming sooner than expected.",
    "The streamer Vellflix confirmed the new March date in a short post.",
    "The trailer shows Kestrel stranded on an ice moon with a broken engine.",
    "Starfall was filmed over eight months on sound stages near the coast.",
    "Critics who saw early cuts praised the look of Kestrel's ship.",
]
# Near miss: another story on the same beat, two of the names alike.
SUBSCRIBERS = [
    "The streamer Vellflix lost subscribers for the first time in four years, its report showed.",
    "The streamer blamed higher prices and a thin slate of new shows.",
    "Its big spring release, Starfall, should win viewers back, Vellflix said.",
    "Shares fell by a tenth in early trading after the report.",
    "Analysts said the loss was smaller than they had feared.",
]


def test_three_shared_names_keep_one_story_told_in_own_words():
    comp = _compare(SHOW_A, SHOW_B)
    assert comp.provenance.warning is None
    assert "likely written independently" in comp.provenance.explanation


def test_near_miss_two_shared_names_on_another_story_still_warn():
    comp = _compare(SHOW_A, SUBSCRIBERS)
    w = comp.provenance.warning
    assert w and "may not be about the same story" in w
    assert "at most two main names, found in both" in w


NEW_YEAR_A = [
    "The first baby of the New Year in Tarn was born at 12:04 am on New Year's Day.",
    "Her parents, Ona and Piet Lisk, had expected her on New Year's Eve.",
    "Nurses at St Bride's hospital gave the family a basket of knitted hats.",
    "The Lisks said they would name her Maren after her grandmother.",
]
NEW_YEAR_B = [
    "Fireworks over the harbour closed New Year's Eve in Vell, watched by a large crowd.",
    "Police said the night passed quietly, with two arrests for public disorder.",
    "The New Year's Day swim drew more than 300 people into the cold sea.",
    "Council workers began clearing the promenade before dawn on New Year's Day.",
]


def test_calendar_names_are_no_shared_name():
    assert C._calendar("New Year") and C._calendar("Eve") and C._calendar("New Year's Day")
    assert not C._calendar("New York") and not C._calendar("Starfall")  # near misses
    comp = _compare(NEW_YEAR_A, NEW_YEAR_B)
    assert comp.provenance.warning and "may not be about the same story" in comp.provenance.warning


# One statement in two translations: 3 of the short rendering's 4 content stems.
SORRY_A = [
    "The old bishop struck a pilgrim's hand away at the Vell shrine on Sunday night.",
    "\u201cI apologise for the bad example yesterday, sometimes even I lose my patience,\u201d Gall said on Monday.",
    "The pilgrim had pulled the bishop towards her as he greeted children.",
    "Video of the moment was shared widely overnight.",
]
SORRY_B = [
    "A short clip of a scuffle at a shrine travelled fast online this week.",
    "Speaking to schoolchildren and nuns in the cathedral square on Monday morning, Gall added:"
    " \u201cI apologize for the poor example yesterday.\u201d",
    "He then spoke at length about patience and forgiveness.",
    "Church officials said the woman was not hurt.",
]
# Near miss: a long quote of another event that happens to share three stems.
OTHER_QUOTE = [
    "A short clip of a ferry docking in Orsk travelled fast online this week.",
    "\u201cI apologize to every passenger for yesterday's delays, the poor weather example of winter crossings,"
    " and the engine trouble we could not foresee at the quay,\u201d the captain said.",
    "The ferry company promised new engines next year.",
    "Passengers said the crossing took six hours.",
]


def test_one_quote_in_two_renderings_keeps_the_story():
    comp = _compare(SORRY_A, SORRY_B)
    assert comp.provenance.warning is None


def test_near_miss_three_words_of_a_long_quote_still_warn():
    comp = _compare(SORRY_A, OTHER_QUOTE)
    assert comp.provenance.warning and "may not be about the same story" in comp.provenance.warning


def test_quotes_meet_needs_the_share_of_the_shorter():
    a, b = _compare(SORRY_A, SORRY_B).documents, _compare(SORRY_A, OTHER_QUOTE).documents
    assert C._quotes_meet(a[0], a[1])
    assert not C._quotes_meet(b[0], b[1])


def test_three_unrelated_articles_are_warned_in_words_that_fit_three():
    comp = _compare(SUBSCRIBERS, NEW_YEAR_B, SORRY_B)
    w = comp.provenance.warning
    assert w and "found in any two of them" in w and "found in both" not in w


def test_the_name_floor_is_what_warns_the_near_miss(monkeypatch):
    monkeypatch.setattr(C, "MIN_STORY_NAMES", 2)
    assert _compare(SHOW_A, SUBSCRIBERS).provenance.warning is None


# s7 reader report item 3: an article that shares too little with the others to say what
# it adds or leaves out shows "n/a", not 0 ("only here 0" read as "adds nothing").

def _render_text(comp):
    import io

    from rich.console import Console

    from storylens.report.terminal import render

    buf = io.StringIO()
    render(comp, Console(file=buf, width=160, no_color=True))
    return buf.getvalue()


def test_too_little_shared_reads_n_a_in_json_terminal_and_html():
    import jsonschema

    from storylens.report.html import render_html
    from storylens.report.jsonout import load_schema, to_json

    comp = _compare(SHOW_A, SHOW_B)  # one story (three names), no aligned group
    doc = to_json(comp)
    jsonschema.validate(doc, load_schema())
    rows = doc["coverage"]["outlets"]
    assert all(o["too_little_shared"] and not o["off_story"] for o in rows)
    assert all(o["omits"] == 0 for o in rows)
    assert "n/a (shares too little to tell)" in _render_text(comp)
    assert "n/a (shares too little to tell)" in render_html(comp)


def test_near_miss_a_shared_story_shows_its_counts():
    lede = "A landslide buried the mountain road above Vella on Monday, cutting off three villages."
    shared = [lede,
              "Rescue teams from Tarn reached the first village by helicopter on Tuesday morning.",
              "The landslide followed a week of heavy rain across the northern valleys of the province."]
    comp = _compare(shared + ["Our reporter counted forty stalls shut in the old market square."],
                    shared + ["Farmers upriver complained that the grain price kept falling."])
    from storylens.report.jsonout import to_json

    rows = to_json(comp)["coverage"]["outlets"]
    assert not any(o["too_little_shared"] for o in rows)
    assert "n/a (shares too little" not in _render_text(comp)


def test_a_name_inside_a_longer_title_word_is_not_in_the_headline():
    # "Tarn" once, late in the body: salient only if the headline names it. The headline's
    # "Tarnmoor" is another word (a name as a substring of a word is no mention of it);
    # the near miss's headline names Tarn itself.
    from storylens.findings.common import FindingContext
    from storylens.findings.names import name_clusters

    body = ["The ferry company raised fares on Monday.", "Commuters said the rise was steep.",
            "Officials promised a review within weeks.", "The route to Tarn is the busiest."]

    for title, salient in (("Tarnmoor ferry fares rise", False), ("Tarn ferry fares rise", True)):
        comp = _compare(body, body[:2] + ["The route to Tarn carries the most passengers."],
                        titles=[title, None])
        ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
        groups = name_clusters(ctx)[0]
        tarn = [i for i, g in enumerate(groups) if any(e.text == "Tarn" for a, e in g if a == "a1")]
        assert tarn, "Tarn is a name of a1"
        assert (tarn[0] in C._story_names(ctx).get("a1", frozenset())) is salient, title
