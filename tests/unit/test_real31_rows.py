"""real31 (session 31): a headline's title case does not make a common noun a name.

Seen on a real article-extraction dev group (three outlets on one medical case report, by
default): "The same name is spelled '<Term> <Term> Lung' (two outlets) and
'<Term>-<Term> Lung' (the third)". The term is a disease's common name: the third outlet
capitalises it only in its title-case headline, and in its own body writes it in lower
case, once hyphenated and twice with a space. So the outlet writes both spacings, and
neither as a name.

Cause seen: ``findings.names.spelling_rule`` returns ``name.hyphen`` for any kind but a
place's or a demonym's (the entity's kind here is "other"), and the capitalised form comes
from the headline alone; the outlet's lower-case mentions of the same words in its own
narration (which say the words are no name, and that it writes both spacings) are not
read, so the documented condition "an outlet writes each form without the other"
(module docstring) holds only because lower-case words are no entity.

Invented: a farmer's lung illness in Carrow; the Marrow Gazette writes "Hay Loft Cough"
capitalised in its body; the Westmere Daily's headline has "'Hay-Loft Cough'", its body
"hay-loft cough" (and "hay loft cough") in lower case.
Wanted: no name-variant line where the hyphenated outlet's only capitalised form is its
title-case headline and its narration writes the words in lower case. Near misses that
pass on main: the same outlet writing "Hay-Loft Cough" capitalised in its body keeps the
line (two desks' spellings of a named condition), and so does a company's hyphenated name
("Brannock-Hale") against "Brannock Hale".

The first two rows failed on main by design (xfail(strict=True) rows for the owner); names31
(session 31, ``findings.names._title_case_only``) made them plain passing rows.
"""

from __future__ import annotations

import pytest
from support import headed_article, name_variant_lines

GAZETTE_HEAD = "How a Farmer's Barn Gave Him 'Hay Loft Cough'"
GAZETTE_BODY = (
    "Tobin Esk, a 51-year-old dairy farmer from Carrow, began coughing in March after he "
    "moved his bales into a new loft. Doctors at Carrow General found that mould spores from "
    "the stored hay had inflamed his lungs. Esk had Hay Loft Cough, a form of allergic lung "
    "disease, and was treated by {firm_a} staff. He took steroids for nine months and has "
    "since recovered.")

DAILY_HEAD = "A Farmer Develops '{b}' After Moving His Bales"
DAILY_BODY = (
    "A dairy farmer in Carrow was diagnosed with \"{b_body}\" after moving his bales into a "
    "new loft, his doctors wrote in a case report. Tobin Esk, 51, began coughing in March, "
    "and doctors at Carrow General traced the illness to mould spores in the stored hay. "
    "{b_again} is a type of allergic lung disease, and {firm_b} staff treated him. Esk took "
    "steroids for nine months and has since recovered.")


def _lines(b_body: str, b_again: str, firm_a: str = "the clinic's",
           firm_b: str = "the clinic's") -> list[str]:
    gazette = headed_article("a1", "Marrow Gazette", GAZETTE_HEAD, GAZETTE_BODY.format(firm_a=firm_a))
    head = DAILY_HEAD.format(b="Hay-Loft Cough")
    daily = headed_article("a2", "Westmere Daily", head,
                 DAILY_BODY.format(b_body=b_body, b_again=b_again, firm_b=firm_b))
    return name_variant_lines(gazette, daily)


ROWS = [
    # (name, the Daily's body form, its second body mention, a line naming 'Hay-Loft Cough'
    #  wanted)
    pytest.param("headline only; body lower case, both spacings", "hay-loft cough",
                 "Hay loft cough", False, id="headline-only-both-spacings"),
    pytest.param("headline only; body lower case, hyphenated", "hay-loft cough",
                 "The illness", False, id="headline-only-hyphen"),
    pytest.param("near miss: body capitalised as a name", "Hay-Loft Cough",
                 "Hay-Loft Cough", True, id="near-miss-body-capitalised"),
]


@pytest.mark.parametrize(("name", "b_body", "b_again", "wanted"), ROWS)
def test_headline_title_case_is_no_name(name, b_body, b_again, wanted):
    lines = [s for s in _lines(b_body, b_again) if "Hay-Loft Cough" in s]
    assert bool(lines) == wanted, (name, lines)


def test_near_miss_company_hyphen_still_shown():
    """A company's own hyphen, capitalised in both bodies, stays a name variant."""
    lines = _lines("hay-loft cough", "The illness", firm_a="Brannock Hale",
                   firm_b="Brannock-Hale")
    assert any("Brannock-Hale" in s for s in lines), lines
