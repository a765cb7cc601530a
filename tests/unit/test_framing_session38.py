"""Session 38 (framing38), from held-out t251 and t257 of session 37. Invented text: a
fictional Orvik grain-store fire.

1. ``attribution._possessed_holder``: "Dusek's lawyer insisted" is the lawyer another
   outlet names beside "Dušek's lawyer, Ana Roe," (the owner spelled with and without
   its accents). Near misses: two lawyers named for the owner; the post held for another
   owner ("Duskova's lawyer, Ana Roe,").
2. ``attribution._post_of``: '"...," he said' after "A spokesman for Vell, Ivo Brant, said
   ..." is the spokesman's (the owner of the post is no second person a "he" may mean).
   Near misses: an appositive left open ("a spokesman for Vell, Brant and Roe said"); no
   post before the owner ("Vell, Ivo Brant and the mayor met")."""

from __future__ import annotations

import pytest

from storylens.findings import FindingContext
from storylens.findings.attribution import _owner_of_post, _uses_by_speaker
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
FIRE = ("Farmer Tomas Vell was charged in Orvik on Tuesday with setting fire to the town's "
        "grain store, owned by mayor Radek Dušek.\n\n")


def _uses(texts: list[str], article: str = "a1") -> dict[str, list[tuple[str, str]]]:
    """Speaker key -> (class, cue) of ``article``'s attributions."""
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=FIRE + t)
            for i, t in enumerate(texts)]
    comp = compare_articles(arts, STORY)
    by, _ = _uses_by_speaker(FindingContext.build(comp.documents, comp.alignments, comp.provenance))
    return {k: [(u[2], u[1][2]) for u in per[article]] for k, per in by.items() if article in per}


INSISTED = "Dusek's lawyer insisted the fire had been an accident."
NAMED = "Dušek's lawyer, Ana Roe, said the fire had been an accident."

OWNER_CASES = [
    # (id, outlet 2's text, speaker key of outlet 1's 'insisted' or None)
    ("the owner with accents in one outlet, without in the other", NAMED, "roe"),
    ("the same spelling in both", NAMED.replace("Dušek", "Dusek"), "roe"),
    ("holder before the post", "Ana Roe, Dušek's lawyer, said the fire had been an accident.",
     "roe"),
    ("near miss: two lawyers named for the owner",
     NAMED + " Dušek's lawyer, Ivo Brant, said the store was insured.", None),
    ("near miss: the post held for another owner",
     "Duskova's lawyer, Ana Roe, said the fire had been an accident.", None),
]


@pytest.mark.parametrize("other, want", [c[1:] for c in OWNER_CASES],
                         ids=[c[0] for c in OWNER_CASES])
def test_a_possessed_post_matches_its_owner_across_accents(other, want):
    got = _uses([INSISTED, other])
    keys = sorted(k for k, us in got.items() if ("doubt", "insisted") in us)
    assert (keys == [want]) if want else ("roe" not in keys), got


SPOKES = ("A spokesman for Vell, Ivo Brant, said the farmer had played no part in the fire. "
          "\"My client was at home that night,\" he said.")

HE_CASES = [
    ("the owner of the post, its holder in apposition", SPOKES, "brant", 2),
    ("near miss: an appositive left open",
     "A spokesman for Vell, Brant and Roe said the farmer had no part in it. "
     "\"My client was at home that night,\" he said.", "brant", 0),
    ("near miss: no post before the owner",
     "Vell, Ivo Brant and the mayor met on Monday. "
     "\"My client was at home that night,\" he said.", "brant", 0),
]


@pytest.mark.parametrize("text, key, n", [c[1:] for c in HE_CASES],
                         ids=[c[0] for c in HE_CASES])
def test_he_after_a_post_for_someone_is_the_posts_holder(text, key, n):
    got = _uses([text, "Ivo Brant said the farmer was innocent."])
    assert len(got.get(key, [])) == n, got


@pytest.mark.parametrize("text, owner, holder, want", [
    ("A spokesman for Vell, Ivo Brant, said", "Vell", "Ivo Brant", True),
    ("The lawyer of Vell, Ana Roe, said", "Vell", "Ana Roe", True),
    ("Talks for Vell, Ivo Brant, said", "Vell", "Ivo Brant", False),  # no title word
    ("A spokesman for Vell, Ivo Brant and Roe said", "Vell", "Ivo Brant", False),
    ("A spokesman said Vell, Ivo Brant, left", "Vell", "Ivo Brant", False),
])
def test_owner_of_post(text, owner, holder, want):
    class E:
        def __init__(self, name: str) -> None:
            self.start = text.index(name)
            self.end = self.start + len(name)

    assert _owner_of_post(text, E(owner), E(holder)) is want


# 3. ``attribution._DESCRIPTION``: a named body whose words hold a plural possessive
# ("The Orvik Farmers' Union") is keyed on its organisation noun, as "The union" is.
# 4. ``attribution._enough_link``: the same speaker's precise figure and one more rare word
# link two outlets' sentences as one statement ("said 4,200 farmers had joined the
# protest" / "claimed 4,200 members had joined the march"). Near misses: a year as the
# figure; a small figure; the figure alone.
@pytest.mark.parametrize("speaker, want", [
    ("The Orvik Farmers' Union", "@union"),
    ("the dockers' union", "@union"),
    ("The union", "@union"),
    ("the union's lawyer", None),
    ("The Orvik Farmers' Market", None),  # no organisation noun
])
def test_description_key_reads_a_plural_possessive(speaker, want):
    from storylens.findings.attribution import _description_key

    assert _description_key(speaker) == want


def _union_lines(loaded: str, plain: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Orvik Post", text=FIRE + loaded),
            Article(id="a2", source="t", outlet="Valley Wire", text=FIRE + plain)]
    return [f.summary for f in compare_articles(arts, STORY).findings
            if f.type == "framing" and "'claimed'" in f.summary]


PLAIN_COUNT = ("The Orvik Farmers' Union said 4,200 farmers had joined the protest outside "
               "the court.")


@pytest.mark.parametrize("loaded, plain, n", [
    pytest.param("The Orvik Farmers' Union claimed 4,200 members had joined the march, but "
                 "police said only 900 people took part.", PLAIN_COUNT, 1, id="same-count"),
    pytest.param("The Orvik Farmers' Union claimed 3,900 members had joined the march, but "
                 "police said only 900 people took part.", PLAIN_COUNT, 0, id="another-figure"),
    pytest.param("The Orvik Farmers' Union claimed 4,200 tonnes of grain had burned.",
                 PLAIN_COUNT, 0, id="figure-alone"),
])
def test_a_precise_figure_links_one_statement(loaded, plain, n):
    assert len(_union_lines(loaded, plain)) == n


@pytest.mark.parametrize("st, want", [
    ("4200", True), ("900", True), ("1250000", True),
    ("2019", False), ("1998", False),  # years
    ("12", False), ("7", False), ("join", False),
])
def test_figure(st, want):
    from storylens.findings.attribution import _figure

    assert _figure(st) is want
