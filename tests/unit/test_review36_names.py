"""Review of names36 (review36n): two near misses the merged change read as one person.

- The posted slot's four-letter given names: "Petr" / "Piotr" (a vowel written otherwise
  and one added) is one name, but two letters of four replaced or another consonant
  ("Lena" / "Lisa", "Neil" / "Noel", "Sean" / "Sven", "Omar" / "Oscar") is another name,
  post or no post (``names._short_name_respelled``).
- The aligned-sentence exception to the roles' veto (``names._told_alike``): two aligned
  sentences whose courtesy titles give two sexes ("Ms Vaslescu" / "Mr Vaslesku") do not
  tell the same thing of one person.

Invented names, places and outlets.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants
from storylens.models import Alignment


def variants(a: list[str], b: list[str], aligned: tuple[int, int] | None, *more: list[str]):
    """The outlets' findings, sentence ``aligned[0]`` of A aligned to ``aligned[1]`` of B
    (``more``: further outlets, C on, aligned to nothing)."""
    docs = [support.make_doc("a1", "Outlet A", a), support.make_doc("a2", "Outlet B", b)]
    docs += [support.make_doc(f"a{i + 3}", f"Outlet {'CDE'[i]}", m) for i, m in enumerate(more)]
    als = [] if aligned is None else [Alignment("paraphrase", (f"a1:s{aligned[0]}", f"a2:s{aligned[1]}"), 0.7)]
    return find_name_variants(FindingContext.build(docs, als))


def posted(ga: str, gb: str):
    return variants([f"Deputy housing minister {ga} Tarrowin will take over the ministry."],
                    [f"Deputy minister {gb} Tarrowin will take over the housing portfolio."], (0, 0))


def test_four_letter_respelling_under_one_post_still_links():
    (f,) = posted("Piotr", "Petr")
    assert f.detail["rule"] == "name.aligned", f.detail


@pytest.mark.parametrize(("ga", "gb"), [
    ("Lena", "Lisa"),   # another consonant and another vowel: two given names
    ("Neil", "Noel"),   # two letters of four replaced, consonants alike: two names
    ("Sean", "Sven"),   # two letters of four replaced
    ("Omar", "Oscar"),  # another consonant and one added
])
def test_four_letter_other_names_under_one_post_stay_apart(ga, gb):
    found = posted(ga, gb)
    assert not found, [f.summary for f in found]


EXEC = ["Construction executive Sasha Vaslescu was named in the indictment.",
        '"I learned only last week that Ms Vaslescu is my wife\'s cousin," the judge said.']
EXEC_C = ["Sasha Vaslescu was charged with bribery on Monday."]


def test_aligned_pair_of_one_sex_still_tells_one_person():
    b = ["Businesswoman Sasha Vaslesku, a co-defendant, declined to comment.",
         '"I learned only last month that Ms Vaslesku is my cousin," the judge said.']
    (f,) = variants(EXEC, b, (1, 1), EXEC_C)
    assert f.detail["rule"] == "name.typo", f.detail


def test_aligned_pair_of_two_sexes_tells_two_people():
    b = ["Businessman Sasha Vaslesku, a co-defendant, declined to comment.",
         '"I learned only last month that Mr Vaslesku is my cousin," the judge said.']
    found = variants(EXEC, b, (1, 1), EXEC_C)
    assert not found, [f.summary for f in found]
