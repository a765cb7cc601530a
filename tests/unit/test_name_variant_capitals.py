"""``name_variant`` lists a name written in a dateline's capitals under the form the
articles write in running text: "VILAROCA, Aug 19 -" is the dateline's house style, not a
third spelling beside "Vilaroca" / "Villarroca" (blind-written dev story d07). Invented text."""

from __future__ import annotations

from storylens.models import Article
from storylens.pipeline import compare_articles


def _variants(*texts: str) -> list[dict]:
    arts = [Article(id=f"a{i}", source="t", outlet=f"Outlet {i}", text=t) for i, t in enumerate(texts, 1)]
    return [f.detail["spellings"] for f in compare_articles(arts).findings if f.type == "name_variant"]


WIRE = ("VILAROCA, Montevar, Aug 19 (MNA) - A wildfire has forced about 4,000 residents of Vilaroca to leave "
        "their homes, officials said.\n\nFire crews from Vilaroca and two nearby towns fought the blaze overnight.")
PAPER = ("A wildfire has forced thousands of residents of Villarroca to leave their homes on Tuesday.\n\n"
         "Crews from Villarroca fought the flames through the night, the regional fire service said.")


def test_dateline_capitals_are_not_a_spelling():
    found = _variants(WIRE, PAPER)
    assert len(found) == 1, found
    assert set(found[0]) == {"Vilaroca", "Villarroca"}, found[0]


def test_near_miss_capitals_with_no_running_text_form_stay_listed():
    only_caps = "VILAROCA, Montevar, Aug 19 (MNA) - A wildfire has forced about 4,000 residents to leave their homes."
    found = _variants(only_caps, PAPER)
    assert all(set(f) <= {"VILAROCA", "Villarroca"} for f in found), found


def test_case_only_forms_are_one_spelling():
    mixed = ("A wildfire has forced about 4,000 residents of VilaRoca to leave their homes, officials said.\n\n"
             "Fire crews from Vilaroca and two nearby towns fought the blaze overnight.")
    found = _variants(mixed, PAPER)
    assert len(found) == 1, found
    assert set(found[0]) == {"VilaRoca", "Villarroca"}, found[0]  # 'Vilaroca' listed as 'VilaRoca'
