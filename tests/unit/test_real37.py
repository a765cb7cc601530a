"""real37 (session 37): the wrong lines of a real multi-article read, each cause
reproduced on invented text (fictional people, places and outlets).

1. Omissions, with --all-findings. A real three-outlet extraction set (a band's reunion
   tour): "<outlet> leaves out Patrick S., which 2 other outlets give", where that outlet
   names him "Pat S." and then "S." alone. Cause: "Pat" is no entry of
   ``rules/titles.GIVEN_NAME_FORMS`` (kept to unambiguous pairs; "Pat" is Patrick or
   Patricia), so no name cluster joins the two forms (``findings/names``,
   "name.given-form"), and ``coverage._own_bearer`` then reads the outlet's own full
   "Pat S." as another bearer of the surname, so its bare "S." does not carry him either.
   Near misses: the outlet writes the full given name, or a listed short form ("Bill").
2. Shared source, by default. The same real set: "Rolling Stone shares 64% of its sentences
   with Billboard as copied narration, word for word or lightly edited", where the two
   wrote their own prose and each printed the promoter's 30-row list of tour dates (date,
   venue, city: "June 10 -- Venue, City, ST" / "June 10 – City, ST @ Venue"). Cause:
   ``findings/source.py`` counts any aligned verbatim or edited pair with
   ``MIN_NARRATION_WORDS`` words outside quotes as copied narration, and a listing row
   (no verb, a date and proper names) passes, so a shared schedule makes the share.
   Near miss: the prose copied too, which stays a copy.
3. Omissions, with --all-findings. A real three-outlet PolNeAR thread (tax plans): "<outlet>
   leaves out <think tank>, which 2 other outlets give", where one giver cites the body's
   estimate of one candidate's plan and the other its estimate of the rival's plan: one
   name in two unrelated matters, the organisation form of real36's row 2 (an omitted
   fact keyed by the name alone, ``coverage._omissions``). Near miss: both givers cite
   the body on the same plan.

Row 1 is tested at the link it lacks (``findings.names.spelling_rule``): an omission-level
row on invented text did not reproduce within the read's time (the real line needs the
givers' member-list sentences aligned with the omitter's as paraphrases). Row 2 is the
organisation form of real36's strict-xfail row 2 (same cause, coverage.py, coverage37's)
and is described in the report, not repeated here. Row 1 is fixed: a one-to-many short-form
table (``rules/titles.GIVEN_NAME_SHARED_FORMS``: "Pat" is Patrick or Patricia) that
``spelling_rule`` reads as "name.given-form"; the name cluster then tells coverage that the
outlet writing "Pat" names him.
"""

from __future__ import annotations

import pytest

from storylens.findings.names import spelling_rule
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# The cause of the wrong line, fixed here (rules/titles.GIVEN_NAME_SHARED_FORMS, read by
# findings.names._shared_short_form):
PAT_CAUSE = ("'Pat' is no entry of rules/titles.GIVEN_NAME_FORMS (Patrick or Patricia: the table "
             "keeps one full form per short form), so 'Pat Quell' and 'Patrick Quell' never "
             "link, and coverage._own_bearer reads the outlet's own 'Pat Quell' as another "
             "bearer of the surname (real37, extraction set doobie3: 'Billboard leaves out "
             "Patrick Simmons', which Billboard writes 'Pat Simmons')")

GIVEN_FORM_ROWS = [
    # (one outlet's form, another outlet's form, linked as one person's given-name forms)
    pytest.param("Pat Quell", "Patrick Quell", True, id="pat-patrick"),
    pytest.param("Sam Quell", "Samantha Quell", True, id="sam-samantha"),
    pytest.param("Pat Lee Quell", "Patrick Lee Quell", True, id="middle-name-kept"),
    # near misses: a listed short form links; another given name, and the other sex's full
    # form of the same short form, stay apart
    pytest.param("Bill Quell", "William Quell", True, id="bill-william"),
    pytest.param("Pat Quell", "Peter Quell", False, id="pat-peter"),
    pytest.param("Patricia Quell", "Patrick Quell", False, id="patricia-patrick"),
    pytest.param("Samuel Quell", "Samantha Quell", False, id="samuel-samantha"),
    pytest.param("Pat Quell", "Patrick Quinn", False, id="another-surname"),
    pytest.param("Pat Quell", "Patrick Lee Quell", False, id="a-word-more"),
]


@pytest.mark.parametrize(("a", "b", "linked"), GIVEN_FORM_ROWS)
def test_a_short_given_name_links_to_its_full_form(a, b, linked):
    assert (spelling_rule(a, b, {"person"}) == "name.given-form") is linked


BELL_MEMBERS = "\n\n".join([
    "The Marrow Hill Band will reunite with former singer Oren Vasko for a tour next summer.",
    "Guitarists Lukas Tenner and {given} Quell, keyboard player Vasko and drummer Ines Radu will "
    "play together for the first time in 20 years.",
    "Tickets go on sale on Friday.",
])
SOUND_MEMBERS = "\n\n".join([
    "Oren Vasko is going back on the road with the Marrow Hill Band.",
    "Founding members Lukas Tenner, Oren Vasko, {given} Quell and Ines Radu will reunite for a "
    "special tour next year.",
    "Quell teased the tour on Sunday in Lenz City.",
])

STORY_ROWS = [
    # (the Bellwire's given name, the Soundpost's, one person's two forms reported)
    pytest.param("Patrick", "Pat", True, id="pat-patrick"),
    pytest.param("William", "Bill", True, id="bill-william"),
    pytest.param("Patricia", "Patrick", False, id="patricia-patrick"),
    pytest.param("Pat", "Peter", False, id="pat-peter"),
]


@pytest.mark.parametrize(("bell", "sound", "linked"), STORY_ROWS)
def test_a_short_given_name_joins_the_story_cluster(bell, sound, linked):
    """Through the story's name clusters (findings.names._link, _candidate_pairs): the
    link coverage reads to tell that the outlet writing "Pat" names the man."""
    arts = [Article(id="a1", source="t", outlet="Bellwire", text=BELL_MEMBERS.format(given=bell)),
            Article(id="a2", source="t", outlet="Soundpost", text=SOUND_MEMBERS.format(given=sound))]
    lines = [f.summary for f in compare_articles(arts, Options()).findings
             if f.type == "name_variant" and "Quell" in f.summary]
    assert bool(lines) is linked, lines


# --- 2. a schedule listing both outlets print ------------------------------------------

VENUES = [("June 9", "Coral Bay Amphitheatre", "Port Vella", "KV"),
          ("June 12", "Harrow Savings Arena", "Lenz City", "MR"),
          ("June 15", "Orsk Lakeside Pavilion", "Orsk", "TN"),
          ("June 18", "Dunmore Music Park at Elm Creek", "Dunmore", "AL"),
          ("June 21", "Kelvo Civic Centre", "Kelvo", "KV"),
          ("June 24", "Tarsberg Mutual Amphitheatre", "Tarsberg", "OS"),
          ("June 27", "Brightgate Hall", "Ostrava Falls", "MR"),
          ("July 1", "Vellmar Credit Union Stage", "Vellmar", "TN"),
          ("July 4", "Northbank Theatre at Quell Park", "Quellford", "AL"),
          ("July 8", "Ridgeway Bowl", "Ridgeway", "OS")]
BELL_PROSE = [
    "The Marrow Hill Band will reunite with former singer Oren Vasko for a 40th anniversary "
    "tour next summer.",
    "The band announced the tour at the close of its Sunday concert at Dorrow Hall, bringing "
    "Vasko out for an encore.",
    "Tickets go on sale on Friday through the Brightgate box office.",
    "Vasko left the band in 1996 and has since recorded four solo albums.",
]
SOUND_PROSE = [
    "Oren Vasko is going back on the road with the Marrow Hill Band, four decades after it "
    "was formed.",
    "Guitarist Lukas Tenner teased the reunion from the stage on Sunday, telling the crowd "
    "that the band might tour again.",
    "He was not joking, the band's promoter confirmed on Monday.",
    "The run opens in Port Vella in June and ends in Ridgeway in July.",
]
BELL_ROWS = [f"{d} -- {v}, {c}, {st}" for d, v, c, st in VENUES]
SOUND_ROWS = [f"{d} – {c}, {st} @ {v}" for d, v, c, st in VENUES]

# The cause, fixed in session 38 (real38: a listing row is no narration, source._listing_row):
LISTING_CAUSE = ("findings/source.py counted a listing row (a date, a venue, a city: no verb) as "
                 "copied narration, so two outlets printing one promoter's tour dates read as "
                 "one copying the other (real37, extraction set doobie3: 'Rolling Stone shares "
                 "64% of its sentences with Billboard as copied narration')")

LISTING_ROWS = [
    # (the Soundpost's prose, its rows of dates, a shared_source line expected)
    # fixed in session 38 (real38: findings/source._listing_row)
    pytest.param(SOUND_PROSE, SOUND_ROWS, False, id="own-prose-reordered-rows"),
    pytest.param(SOUND_PROSE, BELL_ROWS, False, id="own-prose-same-rows"),
    # near misses: no listing, and the prose copied as well as the rows
    pytest.param(SOUND_PROSE, [], False, id="own-prose-no-rows"),
    pytest.param(BELL_PROSE, BELL_ROWS, True, id="prose-copied"),
]


@pytest.mark.parametrize(("prose", "rows", "copied"), LISTING_ROWS)
def test_a_shared_schedule_listing_is_no_copied_narration(prose, rows, copied):
    bell = "\n\n".join([*BELL_PROSE, "The Marrow Hill Band 40th Anniversary Tour dates:", *BELL_ROWS])
    sound = "\n\n".join([*prose, *(["Marrow Hill Band tour dates", *rows] if rows else [])])
    arts = [Article(id="a1", source="t", outlet="Bellwire", text=bell),
            Article(id="a2", source="t", outlet="Soundpost", text=sound)]
    lines = [f.summary for f in compare_articles(arts, Options()).findings
             if f.type == "shared_source"]
    assert bool(lines) is copied, lines
