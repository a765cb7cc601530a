"""Name variants found in session 16, on invented text (each with near misses):

- "Rector" is a title: "Rector Oriana Mirandal" is the person Oriana Mirandal, so the post
  both outlets give her ties her two spellings (``name.role``), and a minister of a near
  name is not her;
- a Ukrainian given name in its Russian form ("Mykola" / "Nikolai": ``name.given-form``),
  and with the surname romanised the same other way ("Volodymyr Hlushko" / "Vladimir
  Glushko": ``name.given-romanised``);
- a name the entity pass never sees, because its article writes it only as a sentence's
  first word ("Tervastroi insisted ..."), read where another outlet writes a name of its
  key;
- a one-word place's two spellings tied by the kind noun both outlets write after it
  ("the Skarvbreen glacier" / "the Skarvbre glacier": ``name.kind-noun``);
- a hyphen between two capitalised parts of a name written as a space ("Jean-Remy" /
  "Jean Remy": ``name.hyphen``), but not a romanised syllable, a particle, "Saint-" or two
  demonyms (styles).
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis.names import link_key, sentence_openers
from storylens.findings.names import _hyphen_dropped, find_name_variants, spelling_rule

OUTLETS = ["Orm Daily", "Vell Post"]


def _variants(a: list[str], b: list[str]):
    """name_variant findings of two invented articles (no sentence aligned unless equal)."""
    return find_name_variants(support.verbatim_context([a, b], OUTLETS))


def _check(a, b, spellings, rule):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == rule
    assert f.confidence >= 0.5  # shown by default


# --- "Rector" is a title --------------------------------------------------------------------

RECTOR = [
    pytest.param(["Rector Oriana Mirandal said the police had been called after talks failed."],
                 ["The rector, Oriana Mirandais, defended the eviction on Thursday."],
                 {"Oriana Mirandal", "Oriana Mirandais"}, id="rector-both"),
    pytest.param(["Rector Oriana Mirandal said the police had been called after talks failed.",
                  "Education Minister Oriana Mirando backed the decision."],
                 ["The rector, Oriana Mirandais, defended the eviction on Thursday.",
                  "Students booed when the decision was read out."],
                 {"Oriana Mirandal", "Oriana Mirandais"}, id="a-minister-of-a-near-name-beside"),
    # near misses
    pytest.param(["Education Minister Oriana Mirando backed the decision."],
                 ["The rector, Oriana Mirandais, defended the eviction on Thursday."],
                 None, id="the-minister-is-not-the-rector"),
    pytest.param(["Rector Oriana Mirandal said the police had been called after talks failed."],
                 ["The dean, Oriana Mirandais, defended the eviction on Thursday."],
                 None, id="a-rector-and-a-dean"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), RECTOR)
def test_rector_is_a_post(a, b, spellings):
    _check(a, b, spellings, "name.role")


def test_rector_is_split_off_the_name():
    ctx = support.verbatim_context([["Rector Oriana Mirandal said the talks had failed."]], OUTLETS[:1])
    (e,) = [e for e in ctx.docs[0].analysis.entities if "Mirandal" in e.text]
    assert (e.text, e.title) == ("Oriana Mirandal", "Rector")


# --- Ukrainian and Russian forms of one name ------------------------------------------------

UKRAINIAN = [
    pytest.param(["Deputy mayor Mykola Tkachenko visited the harbour on Monday."],
                 ["Nikolai Tkachenko visited the harbour on Monday afternoon."],
                 {"Mykola Tkachenko", "Nikolai Tkachenko"}, "name.given-form", id="given-name-form"),
    pytest.param(["The pilot, Volodymyr Hlushko, radioed the tower at 5 a.m."],
                 ["Its pilot, Vladimir Glushko, had flown the route for years."],
                 {"Volodymyr Hlushko", "Vladimir Glushko"}, "name.given-romanised",
                 id="given-name-and-surname"),
    pytest.param(["Halyna Petrenko, a teacher, was evacuated on Sunday."],
                 ["Galina Petrenko, a teacher, left the village on Sunday."],
                 {"Halyna Petrenko", "Galina Petrenko"}, "name.given-form", id="feminine-h-g"),
    # near misses
    pytest.param(["Mykola Tkachenko visited the harbour on Monday."],
                 ["Mykhailo Tkachenko visited the harbour on Monday afternoon."],
                 None, None, id="two-given-names"),
    pytest.param(["The pilot, Volodymyr Hrushko, radioed the tower at 5 a.m."],
                 ["Its pilot, Vladimir Glushko, had flown the route for years."],
                 None, None, id="another-letter-in-the-surname"),
    pytest.param(["Oleksandr Hrynko was questioned on Sunday."],
                 ["Oleksandra Hrynko was questioned on Sunday evening."],
                 None, None, id="the-feminine-form"),
]


@pytest.mark.parametrize(("a", "b", "spellings", "rule"), UKRAINIAN)
def test_ukrainian_and_russian_forms(a, b, spellings, rule):
    _check(a, b, spellings, rule)


def test_national_forms_share_a_key():
    assert link_key("Oleksandr Hrynko") == link_key("Aleksandr Hrynko")
    assert link_key("Serhiy Marchuk") == link_key("Sergei Marchuk") == link_key("Sergey Marchuk")
    assert link_key("Mykola Marchuk") != link_key("Mykhailo Marchuk")
    assert link_key("Mykola") != link_key("Nikolai")  # a one-word name: no form read


# --- a name only ever written as a sentence's first word -----------------------------------

OPENERS = [
    pytest.param(["The bridge was renovated in 2017 by the construction company Tervastroy.",
                  "The firm said it would cooperate with investigators."],
                 ["Tervastroi, the contractor that renovated the bridge, won the work without a tender.",
                  "Tervastroi insisted that it had followed the design."],
                 {"Tervastroy", "Tervastroi"}, id="opener-only"),
    # near misses
    pytest.param(["The bridge was renovated in 2017 by the construction company Tervastroy."],
                 ["Tervastroy insisted that it had followed the design."],
                 None, id="the-same-spelling"),
    pytest.param(["Shares of the lender Citi fell on Monday."],
                 ["City said the match would go ahead."],
                 None, id="a-short-word"),
    pytest.param(["The bridge was renovated in 2017 by the construction company Tervastroy."],
                 ["Tervastroi: a contractor under fire.",
                  "Lawyers said the contract had been signed in 2016."],
                 {"Tervastroy", "Tervastroi"}, id="read-from-a-body-line"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), OPENERS)
def test_a_sentence_opener_named_by_another_outlet(a, b, spellings):
    _check(a, b, spellings, "name.fold")


def test_openers_are_single_capitalised_words_the_pass_left_out():
    ctx = support.verbatim_context([[
        "Tervastroi insisted that it had followed the design.",
        "Officials said the bridge was old.",  # 'officials' written in lower case below
        "The officials met on Monday.",
        "Mayor Ilse Varn said the bridge would reopen.",  # a title: the pass's own name
        "Ilse Varn visited the site.",  # a run of capitals: the pass's business
        "However, the work continued.",  # a function word
    ]], OUTLETS[:1])
    doc = ctx.docs[0]
    assert [o.text for o in sentence_openers(doc, doc.analysis.entities)] == ["Tervastroi"]


# --- a one-word place tied by its kind noun -----------------------------------------------

KIND_NOUN = [
    pytest.param(["The helicopter crashed near the Skarvbreen glacier on Monday."],
                 ["Residents near the Skarvbre glacier said the flights were too low."],
                 {"Skarvbreen", "Skarvbre"}, id="a-definite-suffix"),
    pytest.param(["Water rose in the Velmarka river overnight."],
                 ["Farms along the Velmarca river were flooded on Tuesday."],
                 {"Velmarka", "Velmarca"}, id="k-c"),
    # near misses
    pytest.param(["The helicopter crashed near the Skarvbreen glacier on Monday."],
                 ["Residents near the Skarvfonna glacier said the flights were too low."],
                 None, id="too-far-apart"),
    pytest.param(["The flood wave reached the Lenskova river on Monday."],
                 ["The flood wave reached the Lenskovo dam on Monday."],
                 None, id="two-kinds-a-river-and-a-dam"),
    pytest.param(["Water rose in the Velmara river overnight."],
                 ["Water rose in the Selmara river overnight."],
                 None, id="another-first-letter"),
    pytest.param(["Water rose in the Velmara river and the Velmar river overnight."],
                 ["Water rose in the Velmar river overnight."],
                 None, id="one-article-names-both-rivers"),
    pytest.param(["The helicopter crashed near the Skarvbreen glacier on Monday."],
                 ["Residents near Skarvbre said the flights were too low."],
                 None, id="no-kind-noun-in-one"),
    pytest.param(["The Holmgrena family left the village on Monday."],
                 ["The Holmgren family left on Monday."],
                 None, id="not-a-place-noun"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), KIND_NOUN)
def test_one_kind_noun_after_two_close_spellings(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] in ("name.kind-noun", "name.romanised")
    if f.detail["rule"] == "name.kind-noun":
        assert f.detail["linked_by"] == "kind-noun" and 0.5 <= f.confidence < 0.9


# --- a hyphen written as a space -----------------------------------------------------------

HYPHEN = [
    pytest.param(["Mayor Jean-Remy Castaing said the village was in shock."],
                 ["Mayor Jean Remy Castaing said the village was in mourning."],
                 {"Jean-Remy Castaing", "Jean Remy Castaing"}, id="double-given-name"),
    pytest.param(["Minister Adaeze Okafor-Bright announced the inquiry."],
                 ["Minister Adaeze Okafor Bright announced an inquiry on Friday."],
                 {"Adaeze Okafor-Bright", "Adaeze Okafor Bright"}, id="double-surname"),
    pytest.param(["The leak began at the Tarnvik-Stal plant shortly after 3 a.m."],
                 ["The leak began at the Tarnvik Stal plant on Wednesday."],
                 {"Tarnvik-Stal", "Tarnvik Stal"}, id="company"),
    pytest.param(["Minister Inés Okafor-Bright announced the inquiry."],
                 ["Minister Ines Okafor Bright announced an inquiry on Friday."],
                 {"Inés Okafor-Bright", "Ines Okafor Bright"}, id="and-an-accent"),
    # near misses: styles
    pytest.param(["President Kim Sun-ok arrived in the capital on Monday."],
                 ["President Kim Sun Ok arrived in the capital."],
                 None, id="a-romanised-syllable"),
    pytest.param(["The cleric Yusuf al-Hamdani spoke at the rally."],
                 ["The cleric Yusuf al Hamdani spoke at the rally on Friday."],
                 None, id="a-particle"),
    pytest.param(["The summit was held in Saint-Orvan on Monday."],
                 ["The summit was held in Saint Orvan on Monday afternoon."],
                 None, id="saint"),
    pytest.param(["Many Vellish-Torvian families fled the town."],
                 ["Many Vellish Torvian families fled the town on Monday."],
                 None, id="two-demonyms"),
    pytest.param(["Mayor Jean-Remy Castaing said the village was in shock.",
                  "Jean Remy Castaing later visited the school."],
                 ["Mayor Jean Remy Castaing said the village was in mourning."],
                 None, id="one-article-writes-both"),
    pytest.param(["Mayor Jean-Remy Castaing said the village was in shock."],
                 ["Jean Castaing, the mayor's brother, said the village was in mourning."],
                 None, id="another-person"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), HYPHEN)
def test_a_hyphen_written_as_a_space(a, b, spellings):
    _check(a, b, spellings, "name.hyphen")


@pytest.mark.parametrize(("a", "b", "dropped"), [
    ("Jean-Remy Castaing", "Jean Remy Castaing", True),
    ("Okafor-Bright", "Okafor Bright", True),
    ("Kim Sun-ok", "Kim Sun Ok", False),  # a lower-case syllable after the hyphen
    ("Yusuf al-Hamdani", "Yusuf al Hamdani", False),
    ("Al-Vestra", "Al Vestra", False),  # a particle, capitalised
    ("Saint-Orvan", "Saint Orvan", False),
    ("St-Orvan", "St Orvan", False),
    ("Vellish-Torvian", "Vellish Torvian", False),
    ("Orvan-American", "Orvan American", False),  # a listed demonym
    ("JEAN-REMY CASTAING", "Jean Remy Castaing", False),  # capitals: a dateline's
    ("Jean-Remy Castaing", "Jean-Remy Castaing", False),
    ("Jean-Remy Castaing", "Jean Remi Castaing", False),  # another letter: not this rule
])
def test_hyphen_dropped_table(a, b, dropped):
    assert _hyphen_dropped(a, b) is dropped
    assert _hyphen_dropped(b, a) is dropped


def test_demonym_kind_is_never_a_hyphen_variant():
    assert spelling_rule("Jean-Remy Castaing", "Jean Remy Castaing") == "name.hyphen"
    assert spelling_rule("Orvanese-Kell", "Orvanese Kell", {"norp"}) is None


# --- two particles inside a name ------------------------------------------------------------

def test_two_particles_stay_inside_the_name():
    ctx = support.verbatim_context([[
        "Commissioner Ilse von der Brandt arrived on Monday.",
        "Judge Marcos de la Vellosa ruled on Tuesday.",
        "Mayor Ana de los Rimos spoke first.",
        "The Bank of the Vell Republic said nothing.",  # "of the": an organisation's, not two particles
    ]], OUTLETS[:1])
    names = {e.text for e in ctx.docs[0].analysis.entities}
    assert {"Ilse von der Brandt", "Marcos de la Vellosa", "Ana de los Rimos"} <= names
    assert "Brandt" not in names and "Vellosa" not in names


PARTICLES = [
    pytest.param(["Judge Marcos de la Vellosa of the civil court ordered the channel to pay costs."],
                 ["Judge Marcos Delavellosa found that the report had no evidence."],
                 {"Marcos de la Vellosa", "Marcos Delavellosa"}, id="de-la-joined"),
    pytest.param(["Coach Piet van den Hoorn named his squad on Friday."],
                 ["Coach Piet Vandenhoorn named the squad for the final."],
                 {"Piet van den Hoorn", "Piet Vandenhoorn"}, id="van-den-joined"),
    # near misses: one particle ("De Luca" / "DeLuca", "Al Vell" / "Alvell": too little)
    pytest.param(["Striker Ana de Vellosa scored twice on Friday."],
                 ["Striker Ana Devellosa scored twice in the final."],
                 None, id="one-particle"),
    pytest.param(["Judge Marcos de la Vellosa ruled on Tuesday."],
                 ["Judge Marcos Delavelosa ruled on Tuesday afternoon."],
                 None, id="joined-and-another-letter"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), PARTICLES)
def test_a_particle_run_written_as_one_word(a, b, spellings):
    _check(a, b, spellings, "name.joined")


# --- the other form only inside a quote ---------------------------------------------------

QUOTED = [
    pytest.param(["A wall of mud buried Tembak Raya, a village of 400 people, before dawn."],
                 ["The death toll in Tembakraya rose to 24 on Tuesday.",
                  "\"We warned the people of Tembak Raya to leave last year,\" the governor said."],
                 {"Tembak Raya": ["Orm Daily"], "Tembakraya": ["Vell Post"]}, id="quote-transcribes-it"),
    # near misses: the page writes both forms itself; a near name of another letter in a quote
    pytest.param(["A wall of mud buried Tembak Raya, a village of 400 people, before dawn."],
                 ["The death toll in Tembakraya rose to 24 on Tuesday.",
                  "Rescuers reached Tembak Raya by noon."],
                 None, id="the-page-writes-both"),
    pytest.param(["Transport Minister Andrea Quiroval visited the site."],
                 ["Transport Minister Andres Quiroval visited the site on Monday.",
                  "\"Andrea Quiroval was on that train,\" her brother said."],
                 None, id="another-person-in-a-quote"),
]


@pytest.mark.parametrize(("a", "b", "listed"), QUOTED)
def test_a_form_only_in_a_quote(a, b, listed):
    found = _variants(a, b)
    if listed is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert f.detail["spellings"] == listed
    assert f.detail["rule"] == "name.joined"
