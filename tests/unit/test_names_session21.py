"""Name variants in session 21, on invented text (fictional people, places and outlets),
each with near misses both ways:

- the posts each outlet gives a spelling set two people apart when they are two posts of
  different bodies: a town's mayor and a union's organiser, a letter apart in the surname,
  are two people ("Dalmo Mayor Erik Vastberg" / "Its southern organiser, Erik Vasberg,");
  a post of an organisation's staff ("organiser", "coordinator", "negotiator",
  "treasurer", "adviser") is a post as a title is. The same post written two ways ("Mayor
  X" / "X, the mayor of Dalmo"; "former minister" / "minister"; "organiser" /
  "organizer") or no post beside one spelling leaves the finding;
- the name clusters' candidate pairs come from indexes of the one word two keys differ in
  (its forms with letters deleted, its romanised given name, its consonants, a clipped
  word, a kind word), never every pair of names that share their other words.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings import names as names_mod
from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald"]
NOTE = "The rail budget vote is due on Friday in Dalmo."


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


# --- the posts beside two spellings: one person or two ---------------------------------------

MAYOR = ["Dalmo Mayor Erik Vastberg said the town would seek legal advice.", NOTE]


@pytest.mark.parametrize(("b", "found"), [
    # a union's organiser, negotiator, coordinator, treasurer, an adviser: not the mayor
    (["The rail union fears for 900 jobs. Its southern organiser, Erik Vasberg, said members "
      "heard of the plan on the radio.", NOTE], False),
    (["Erik Vasberg, the union's chief negotiator, said the talks had failed.", NOTE], False),
    (["Erik Vasberg, a coordinator for the tenants' group, said the talks had failed.", NOTE],
     False),
    (["The union's treasurer, Erik Vasberg, said the strike fund was empty.", NOTE], False),
    (["Erik Vasberg, an adviser to the rail workers, said the talks had failed.", NOTE], False),
    # near misses: the same post written otherwise, or no post at all: one mayor
    (["Erik Vasberg, the mayor of Dalmo, said the town would seek legal advice.", NOTE], True),
    (["Mayor Erik Vasberg said the town would seek legal advice.", NOTE], True),
    (["Erik Vasberg said the town would seek legal advice.", NOTE], True),
    (["The town's mayor, Erik Vasberg, said it would seek legal advice.", NOTE], True),
])
def test_a_mayor_and_a_union_post_are_two_people(b, found):
    assert bool(_spellings(MAYOR, b)) is found


@pytest.mark.parametrize(("a", "b", "found"), [
    # the same staff post in two outlets' words: one organiser
    (["Its southern organiser, Erik Vastberg, said members were angry.", NOTE],
     ["Erik Vasberg, the union's organiser, said members were angry.", NOTE], True),
    (["Its southern organiser, Erik Vastberg, said members were angry.", NOTE],
     ["Union organizer Erik Vasberg said members were angry.", NOTE], True),
    (["Erik Vastberg, an adviser to the minister, said the plan was sound.", NOTE],
     ["Erik Vasberg, a senior adviser, said the plan was sound.", NOTE], True),
    (["Erik Vastberg, an advisor to the minister, said the plan was sound.", NOTE],
     ["Erik Vasberg, a senior adviser, said the plan was sound.", NOTE], True),
    # a former holder and the post: one minister
    (["Former transport minister Erik Vastberg said the plan was sound.", NOTE],
     ["Transport Minister Erik Vasberg said the plan was sound.", NOTE], True),
    # a spokesman and a minister a letter apart: two men
    (["Ministry spokesman Erik Vastberg said the plan was sound.", NOTE],
     ["Transport Minister Erik Vasberg said the plan was sound.", NOTE], False),
    # the union's organiser and its treasurer: two posts of one body, two people
    (["Its southern organiser, Erik Vastberg, said members were angry.", NOTE],
     ["The union's treasurer, Erik Vasberg, said members were angry.", NOTE], False),
])
def test_staff_posts_read_as_posts(a, b, found):
    assert bool(_spellings(a, b)) is found


@pytest.mark.parametrize(("after", "role"), [
    (", the union's organiser, said", {"organiser"}),
    (", a union organizer, said", {"union", "organiser"}),
    (", its chief negotiator, said", {"chief", "negotiator"}),
    (", an advisor to the minister, said", {"adviser"}),
    # near misses: no post noun heads the phrase
    (", the union's plan, said", set()),
    (", its northern branch, said", set()),
])
def test_a_staff_post_after_a_name(after, role):
    assert set(names_mod._role_after(after)) == role


# --- the candidate pairs of the name clusters: indexed, not every pair ------------------------

def _all_pairs(nodes):
    """Every node pair of two articles whose keys of as many words differ in one word: what
    any link of _name_clusters reads, and what _candidate_pairs prunes."""
    out = set()
    for i, x in enumerate(nodes):
        for y in nodes[i + 1:]:
            if x[0] != y[0] and x[1] != y[1] and names_mod._one_word_apart(x[1], y[1]):
                out.add((x, y) if x[0] < y[0] else (y, x))
    return out


def _may_link(ka: str, kb: str) -> bool:
    kinds = ({"person"}, {"org"}, {"place"}, {"other"}, {"person", "other"})
    return any(names_mod._link(ka, kb, set(k), m) for k in kinds for m in (False, True)) \
        or names_mod._kind_word_shape(ka, kb) is not None or names_mod._given_name_apart(ka, kb) \
        or any(names_mod._near_spelling(ka, kb, set(k)) for k in kinds)


def test_the_candidate_index_keeps_every_pair_a_link_can_join():
    import random
    rnd = random.Random(21)
    letters = "abcdeghiklmnoprstuvyz"
    words = ["".join(rnd.choice(letters) for _ in range(rnd.randint(3, 10))) for _ in range(10)]
    words += ["ievgen", "yevhen", "hizbulah", "hezbolah", "maha", "maharashtra", "universiti"]
    keys = set()
    for w in words:
        for _ in range(3):
            v = w
            for _ in range(rnd.randint(0, 2)):
                i = rnd.randrange(len(v))
                v = rnd.choice([v[:i] + v[i + 1:], v[:i] + rnd.choice(letters) + v[i:],
                                v[:i] + rnd.choice(letters) + v[i + 1:], v[:i] + v[i:i + 2][::-1] + v[i + 2:]])
            keys |= {v, f"ana {v}", f"vel orm {v}", f"orm {v} ministry"}
    nodes = sorted({(f"a{rnd.randint(1, 3)}", k) for k in sorted(keys) for _ in range(2)})
    every = _all_pairs(nodes)
    got = set(names_mod._candidate_pairs(nodes))
    assert got <= every
    assert not [p for p in every - got if _may_link(p[0][1], p[1][1])]
    assert len(got) * 10 < len(every)  # the index is what keeps a story of many names fast



def test_a_hostile_long_word_is_not_indexed_letter_by_letter():
    # thousands of letters glued into one capitalised word (hostile text): its deleted-letter
    # forms would be millions; it is paired through the rarer-shape indexes only
    long_a, long_b = "vel" * 2000, "vel" * 1999 + "vek"
    nodes = [("a1", f"orm {long_a}"), ("a2", f"orm {long_b}"), ("a1", "orm kesavi"), ("a2", "orm kesavy")]
    assert names_mod._candidate_pairs(nodes) == [(("a1", "orm kesavi"), ("a2", "orm kesavy"))]
