"""Name variants in session 19, on invented text (fictional people, places and outlets), each
with near misses both ways:

- one post written in two forms, a rank's abbreviation ("Cmdr." / "Commander") or a post's
  gendered and neutral words ("chairwoman" / "commission chair", "spokesman" /
  "spokesperson"), is one post: it no longer sets one person's two spellings apart as two
  people (``rules.titles.ROLE_WORD_FORMS`` read by ``names._role_phrase``), while two posts
  ("Commander" / "Colonel", "chairwoman" / "secretary") still do;
- a former post in apposition before the name's comma is a former post (``_past_posts``);
- "prosecutor" and "MP" are titles split off the name; a post's possessive names no person;
- Polish "cz" is the English "ch" in the link key; "Davit" is the Georgian form of "David";
- a dateline's capitals beside the running text are not the article's spelling;
- adversarial near names stay apart: a minister and a shopkeeper, a town and a company, a
  company and its parent group, a father and his daughter.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings import names as names_mod
from storylens.findings.names import _role_after, _role_before, find_name_variants, roles_apart

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald", "Kelby Courier"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


# --- one post in two written forms -------------------------------------------------------------

@pytest.mark.parametrize(("before", "role"), [
    ("Commander ", {"commander"}),
    ("said commission chair ", {"commission", "chair"}),
    ("Chairwoman ", {"chair", "(f)"}),    # the post, and its sex (review19a)
    ("the board's chairman, ", {"chair", "(m)"}),
    ("ministry spokeswoman ", {"ministry", "spokesperson", "(f)"}),
    # near misses: another post keeps its own word
    ("Colonel ", {"colonel"}),
    ("party secretary ", {"party", "secretary"}),
])
def test_role_before_reads_one_post_in_its_forms(before, role):
    assert _role_before(before) == role


def test_role_after_reads_a_gendered_post():
    assert _role_after(", the union's chairwoman, said") == {"chair", "(f)"}


@pytest.mark.parametrize(("a", "b", "apart"), [
    ({"commander"}, {"commander"}, False),   # "Cmdr." and "Commander", read
    ({"commission", "chair"}, {"chair"}, False),
    ({"commander"}, {"colonel"}, True),      # two ranks: two officers
    ({"chair"}, {"secretary"}, True),        # two posts of one board
])
def test_roles_apart_after_the_forms_are_read(a, b, apart):
    assert roles_apart(frozenset([frozenset(a)]), frozenset([frozenset(b)])) is apart


SUB_A = ["The submarine Velka is commanded by Commander Ivo Kestrani, a veteran of twenty years.",
         "The navy said the Velka last made contact on Tuesday night off Cape Orm."]
SUB_B = ["The submarine Velka is commanded by Cmdr. Ivo Kestrany, whom former crew members praised.",
         "The navy said the Velka last made contact on Tuesday night off Cape Orm."]
SUB_B_COLONEL = ["Colonel Ivo Kestrany, who leads the marine base at Tarn, said the search would go on.",
                 "The navy said the Velka last made contact on Tuesday night off Cape Orm."]


@pytest.mark.parametrize(("b", "found"), [
    (SUB_B, True),            # "Cmdr." is the commander: one officer, two spellings
    (SUB_B_COLONEL, False),   # near miss: a colonel is another post, so maybe another man
])
def test_an_abbreviated_rank_is_the_same_post(b, found):
    got = _spellings(SUB_A, b)
    assert bool(got) is found, got
    if found:
        assert set(got[0]) == {"Ivo Kestrani", "Ivo Kestrany"}


VOTE_A = ['"The law leaves us no choice," said election commission chair Zarina Olbekova.',
          "The commission barred the candidate from Sunday's vote in Tarsk."]
VOTE_B = ['Chairwoman Zarina Olbiekova said the commission "had no choice" under the law.',
          "The commission barred the candidate from Sunday's vote in Tarsk."]
VOTE_B_SECRETARY = ['Party secretary Zarina Olbiekova said the commission "had no choice" under the law.',
                    "The commission barred the candidate from Sunday's vote in Tarsk."]


@pytest.mark.parametrize(("b", "found"), [
    (VOTE_B, True),              # "chair" and "chairwoman": one post
    (VOTE_B_SECRETARY, False),   # near miss: a party secretary, another post
])
def test_a_gendered_post_is_the_same_post(b, found):
    got = _spellings(VOTE_A, b)
    assert bool(got) is found, got
    if found:
        assert set(got[0]) == {"Zarina Olbekova", "Zarina Olbiekova"}


# --- a former post in apposition before the name ------------------------------------------------

CLUB_A = ["Prosecutors charged the owner of Orm United along with the club's former finance director, "
          "Enric Tavel, on Tuesday.",
          "The club denied any wrongdoing."]
CLUB_B = ["The owner of Orm United was indicted on Tuesday alongside former finance director Enrik Tavel.",
          "The club denied any wrongdoing."]
CLUB_B_CURRENT = ["The owner of Orm United was indicted on Tuesday, and finance director Enrik Tavel was "
                  "questioned.",
                  "The club denied any wrongdoing."]


@pytest.mark.parametrize(("b", "found"), [
    # "the club's former finance director, Enric Tavel": a former holder, as the other
    # outlet's "former finance director Enrik Tavel" is: one post, one man (name.role)
    (CLUB_B, True),
    # near miss: the current finance director beside the former one: two people, whom a
    # letter apart may still be (the post tie reads a former and a current holder apart)
    (CLUB_B_CURRENT, False),
])
def test_a_former_post_before_the_comma_is_a_former_post(b, found):
    got = _spellings(CLUB_A, b)
    assert bool(got) is found, got
    if found:
        assert set(got[0]) == {"Enric Tavel", "Enrik Tavel"}


# --- a prosecutor's and an MP's post before the name -----------------------------------------

def _entities(text: str) -> list[tuple[str, str | None]]:
    ctx = support.verbatim_context([[text], ["Nothing else happened."]], OUTLETS[:2])
    return [(e.text, e.title) for e in names_mod._entities(ctx.docs[0])]


@pytest.mark.parametrize(("text", "want"), [
    ("The bill was tabled by Social Democrat MP Tomas Eskeli on Monday.", ("Tomas Eskeli", "MP")),
    ("The case is led by Prosecutor Vesna Tardi, the court said.", ("Vesna Tardi", "Prosecutor")),
    ("The case is led by Chief Anti-Graft Prosecutor Vesna Tardi, the court said.",
     ("Vesna Tardi", "Prosecutor")),
])
def test_a_post_before_the_name_is_its_title(text, want):
    assert want in _entities(text)


@pytest.mark.parametrize("text", [
    # near misses: a post's possessive is the post's office, no person called "General"
    "The Prosecutor General's office said it would appeal.",
    "The Attorney General's office said it would appeal.",
])
def test_a_possessive_post_names_no_person(text):
    assert _entities(text) == []


def test_the_plural_of_a_post_is_no_title():
    got = _entities("Two MPs, Ana Lundvik and Ivo Sarnek, walked out of the chamber.")
    assert ("Ana Lundvik", None) in got and ("Ivo Sarnek", None) in got


TABLED_A = ["The amendment was tabled by Social Democrat MP Tomas Eskeli on Monday.",
            "The chamber will vote on it next week."]
TABLED_B = ["Tomas Eskelli, who tabled the amendment, said the vote would be close.",
            "The chamber will vote on it next week."]


def test_an_mp_s_two_spellings_meet_past_the_party_before_the_post():
    # before, the wire's name was "Social Democrat MP Tomas Eskeli", four words, which no
    # other outlet's "Tomas Eskelli" linked to
    got = _spellings(TABLED_A, TABLED_B)
    assert got == [{"Tomas Eskeli": ["Orm Daily"], "Tomas Eskelli": ["Vell Post"]}]


# --- Polish "cz" for the English "ch" ----------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "same"), [
    ("Demczak", "Demchak", True),
    ("Czernik", "Chernik", True),
    # near misses: another letter, not the digraph; the name's feminine form
    ("Cernik", "Chernik", False),
    ("Demczak", "Demczakowa", False),
])
def test_cz_is_ch_in_the_link_key(a, b, same):
    assert (names.link_key(a) == names.link_key(b)) is same


SWAP_A = ["The prisoner exchange at the Tavrin bridge freed Yaroslav Demchak, who was held for two years.",
          "The exchange took place on Sunday."]
SWAP_B = ["Jaroslav Demczak, jailed two years ago, walked across the Tavrin bridge on Sunday.",
          "The exchange took place on Sunday."]


def test_two_romanisations_of_one_name_meet():
    got = _spellings(SWAP_A, SWAP_B)
    assert got == [{"Yaroslav Demchak": ["Orm Daily"], "Jaroslav Demczak": ["Vell Post"]}]


# --- a dateline's capitals beside the running text ---------------------------------------------

POST_A = ["MORVAL (Orm Daily) - A truck bomb exploded at the Sar Kavak border post on Sunday, killing 12 people.",
          "The Sar Kavak post was reopened on Monday."]
POST_B = ["SAR KAVAK - A truck bomb tore through the Sarkavak border post on Sunday, killing 12 people.",
          "Sarkavak had been attacked twice before."]
POST_B_BOTH = ["A truck bomb tore through the Sarkavak border post on Sunday, killing 12 people.",
               "The Sar Kavak post had been attacked twice before."]


@pytest.mark.parametrize(("b", "found"), [
    # the Post's own spelling is "Sarkavak"; its dateline's capitals are the line's style
    (POST_B, True),
    # near miss: the running text writes both forms: no outlet's spelling against another's
    (POST_B_BOTH, False),
])
def test_a_dateline_in_capitals_is_not_the_desk_s_spelling(b, found):
    got = _spellings(POST_A, b)
    assert bool(got) is found, got
    if found:
        assert got == [{"Sar Kavak": ["Orm Daily"], "Sarkavak": ["Vell Post"]}]


# --- adversarial: two people of near names, each named in one outlet --------------------------

BUDGET_NOTE = "The budget vote is due on Friday in Orm."
MINISTER = ["Finance Minister Ana Lindqvist said the sport budget would fall by 12 percent.", BUDGET_NOTE]


@pytest.mark.parametrize(("b", "found"), [
    # a shopkeeper a letter apart from the minister, her occupation as a title: two women
    # (an agent noun in apposition, "Ana Lindquist, a shopkeeper in Orm,", is no role the
    # lists know, and still links: names19 tried reading any agent noun as a role, and it
    # set one man's two descriptions apart, "the hotel's owner" / "a major donor", losing
    # two keyed variants and a keyed framing finding on dev: left alone)
    (["Shopkeeper Ana Lindquist said prices in Orm had doubled since May.", BUDGET_NOTE], False),
    # the minister herself, spelled otherwise: one woman
    (["Finance Minister Ana Lindquist said the budget would fall by 12 percent.", BUDGET_NOTE], True),
])
def test_a_minister_and_a_shopkeeper_of_near_names(b, found):
    got = _spellings(MINISTER, b)
    assert bool(got) is found, got


@pytest.mark.parametrize(("a", "b"), [
    # a town and a company a letter apart (a company named after a place), each in one outlet
    (["The blast hit the Narvik Energy plant on Monday.", BUDGET_NOTE],
     ["Residents of Norvik said the blast shook their homes on Monday.", BUDGET_NOTE]),
    # a company and its parent group
    (["Kaspar Bank said deposits were safe.", BUDGET_NOTE],
     ["Kaspar Bank Group said deposits were safe.", BUDGET_NOTE]),
    # a father and his daughter: the masculine and the feminine surname
    (["Pavel Dvorak, 71, a retired miner, said the water was rising.", BUDGET_NOTE],
     ["Pavla Dvorakova, 19, a student, said the water was rising.", BUDGET_NOTE]),
    (["Resident Dana Vokrel said the water was rising.", BUDGET_NOTE],
     ["Resident Dana Vokrelova said the water was rising.", BUDGET_NOTE]),
])
def test_adversarial_near_names_stay_apart(a, b):
    assert _spellings(a, b) == []


# --- a given name's Georgian or Armenian form ----------------------------------------------------

GUARD_A = ["A court document identified one of the detained guards as Davit Oraneli, 41.", BUDGET_NOTE]
GUARD_B = ["Among those detained is vault guard David Oraneli, whose lawyer called him a scapegoat.",
           BUDGET_NOTE]
GUARD_B_SON = ["Among those detained is David Oraneli, 19, the guard's son.", BUDGET_NOTE]


@pytest.mark.parametrize(("b", "found"), [
    (GUARD_B, True),        # "Davit" is the Georgian form of "David": one guard
    (GUARD_B_SON, False),   # near miss: a generation apart, the guard and his son of one name
])
def test_a_given_name_s_georgian_form_is_the_same_name(b, found):
    got = _spellings(GUARD_A, b)
    assert bool(got) is found, got
    if found:
        assert got == [{"David Oraneli": ["Vell Post"], "Davit Oraneli": ["Orm Daily"]}]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Davit Oraneli", "David Oraneli", True),
    ("Mikheil Oraneli", "Mikhail Oraneli", True),
    # near misses: another name, not its national form
    ("Davit Oraneli", "Dato Oraneli", False),
    ("Davit Oraneli", "Daviti Oraneli", False),
])
def test_georgian_given_name_forms_share_a_key(a, b, same):
    assert (names.link_key(a) == names.link_key(b)) is same


# --- two names one article writes are two entities in the clusters too -----------------------

def _clusters(*articles: list[str]) -> list[set[str]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    groups = names_mod.name_clusters(ctx)[0]
    return [{e.text for _, e in g} for g in groups if len({a for a, _ in g}) > 1 or len(g) > 1]


HIGHWAY_A = ["The contracts went to Vistra Building, part-owned by Genc Hoxhaj, the prime minister's brother-in-law.",
             "Opposition MP Genc Hoxha said parliament should summon the board."]
HIGHWAY_B = ["Vistra Building is part-owned by Genc Hoxhaj, the prime minister's brother-in-law.",
             "The board meets on Friday."]
HIGHWAY_C = ["Genc Hoxha, an opposition MP, called the firing a purge.",
             "The board meets on Friday."]


def test_two_near_names_one_article_writes_stay_two_clusters():
    # the owner and the MP a letter apart, both named by the Orm Daily: no other outlet's form
    # joins them into one entity for the finders that read the clusters (omission named the
    # MP's sentence as the owner's, names19 --on all, invented dev t62)
    got = _clusters(HIGHWAY_A, HIGHWAY_B, HIGHWAY_C)
    assert not any({"Genc Hoxhaj", "Genc Hoxha"} <= g for g in got), got
    assert _spellings(HIGHWAY_A, HIGHWAY_B, HIGHWAY_C) == []


def test_near_miss_a_typing_slip_beside_the_name_still_joins():
    a = ["Director John Krasinksi said the film would open in May.", "John Krasinski also stars in it."]
    b = ["John Krasinski said the film would open in May.", "The studio declined to comment."]
    got = _clusters(a, b)
    assert any({"John Krasinksi", "John Krasinski"} <= g for g in got), got


# --- review19a: a post's gendered words are one post, not one sex -----------------------------
# "spokesman" and "spokeswoman" are read as one post ("spokesperson"), so the roles of a
# brother and a sister one letter apart ("Andrej" / "Andrea Holub") no longer held them apart:
# each gendered word leaves its sex in the phrase, and two opposite sexes share no post.

PORT_A = ["Spokesman Andrej Holub said the port of Vell would reopen on Monday.",
          "Ships waited offshore for a third day."]
PORT_B_SISTER = ["Spokeswoman Andrea Holub said the port of Vell would reopen on Monday.",
                 "Ships waited offshore for a third day."]
PORT_B_NEUTRAL = ["Port authority spokesperson Andrei Holub said the port of Vell would reopen on Monday.",
                  "Ships waited offshore for a third day."]
TOWN_A = ["Councilwoman Daria Menkova voted against the harbour budget.",
          "The council meets again next month."]
TOWN_B_CHAIR = ["Council chairwoman Darya Menkova voted against the harbour budget.",
                "The council meets again next month."]


@pytest.mark.parametrize(("a", "b", "found"), [
    (PORT_A, PORT_B_SISTER, False),   # a spokesman and a spokeswoman: two people
    (PORT_A, PORT_B_NEUTRAL, True),   # near miss: the neutral word fits the spokesman
])
def test_a_spokesman_and_a_spokeswoman_are_two_people(a, b, found):
    got = _spellings(a, b)
    assert bool(got) is found, got


@pytest.mark.parametrize(("a", "b", "apart"), [
    ({"spokesperson", "(m)"}, {"spokesperson", "(f)"}, True),
    ({"chair", "(f)"}, {"commission", "chair", "(m)"}, True),
    ({"spokesperson", "(f)"}, {"spokesperson"}, False),   # the neutral form: either sex
    ({"chair", "(m)"}, {"chair", "(m)"}, False),
    ({"(f)"}, {"(f)"}, True),                             # a sex alone is no shared post
])
def test_roles_apart_reads_a_post_and_its_sex(a, b, apart):
    assert roles_apart(frozenset([frozenset(a)]), frozenset([frozenset(b)])) is apart


def test_roles_apart_one_person_two_phrases():
    # a councilwoman who is also the council's chair: the same sex, one post word shared
    assert not roles_apart(frozenset([frozenset({"councillor", "(f)"})]),
                           frozenset([frozenset({"council", "chair", "(f)"}),
                                      frozenset({"councillor"})]))


# review19a: a phrase before the name's comma that a preposition of contrast or sequence opens is no
# apposition: the name is set against the former holder ("Unlike the former director, ..."),
# and a wrong "former" mark both splits one person and joins two (the post tie asks both
# names to be former or both current).

@pytest.mark.parametrize(("sentence", "past"), [
    ("Unlike the club's former finance director, Enric Tavel signed the accounts.", False),
    ("Replacing the former finance director, Enric Tavel took over the accounts.", False),
    ("Following the former finance director, Enric Tavel resigned on Friday.", False),
    # near misses: an apposition, and a post introduced by "as", are his
    ("The club's former finance director, Enric Tavel, was charged on Tuesday.", True),
    ("As former finance director, Enric Tavel signed the accounts.", True),
    ("Four were charged, including the club's former finance director, Enric Tavel.", True),
])
def test_a_preposition_before_the_comma_makes_no_former_post(sentence, past):
    ctx = support.verbatim_context([[sentence], ["Nothing else happened."]], OUTLETS[:2])
    got = {k for a, k in names_mod._past_posts(ctx) if a == "a1"}
    assert ("enric tavel" in got) is past, got
