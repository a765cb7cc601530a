"""A plain text's first line is its title when it reads like a headline, with or without
a blank line after it and, in two shapes, with a final full stop (clean._reads_like_headline),
which the title loses (headlines take none; clean._without_stop) and the text keeps.

The false cases are a first-use report's (s8 reader item 12): a .txt title above body
lines written with single line breaks, or ending in ".", was lost, so story labels read
"Title. The first sentence…". Invented texts (fictional Port Velling); the near misses
are short ledes and lists that must stay body text.
"""

from __future__ import annotations

import pytest

from storylens.clean import clean_text

LEDE = "A fire shut the Port Velling docks on Tuesday, and hundreds of workers were sent home."
BODY = [
    "Firefighters from three towns fought the blaze for six hours before it was under control.",
    "No one was hurt, the harbour master said in a statement on Tuesday evening.",
]
DATELINE = "PORT VELLING - " + LEDE

CASES = [
    # (id, text, headline or None)
    ("title above single line breaks",
     "\n".join(["Harbour fire shuts Port Velling docks", LEDE, *BODY]),
     "Harbour fire shuts Port Velling docks"),
    ("title-cased title with a final stop",
     "\n\n".join(["Harbour Fire Shuts Port Velling Docks For A Day.", LEDE, *BODY]),
     "Harbour Fire Shuts Port Velling Docks For A Day"),
    ("title with a stop and an abbreviation, single line breaks",
     "\n".join(["Velling Rules Face Key Test In U.S. Court.", LEDE, *BODY]),
     "Velling Rules Face Key Test In U.S. Court"),
    # near misses: an abbreviation's stop is no full stop; the title keeps it
    ("title ending in an abbreviation keeps its stop",
     "\n".join(["Velling Harbour Fire Spreads To The U.S.", LEDE, *BODY]),
     "Velling Harbour Fire Spreads To The U.S."),
    ("title ending in a company suffix keeps its stop",
     "\n".join(["Velling Docks Sold To Orsk Shipping Co.", LEDE, *BODY]),
     "Velling Docks Sold To Orsk Shipping Co."),
    ("sentence-case title with a stop above the dateline",
     "\n\n".join(["Port Velling struggles to reopen after the harbour fire.", DATELINE, *BODY]),
     "Port Velling struggles to reopen after the harbour fire"),
    ("sentence-case title with a stop, a dek, then the dateline",
     "\n\n".join(["Port Velling struggles to reopen after the harbour fire.",
                  "Curfew lifted, but the docks are still closed.", DATELINE, *BODY]),
     "Port Velling struggles to reopen after the harbour fire"),
    ("a title without a stop, blank line after (as before)",
     "\n\n".join(["Harbour fire shuts Port Velling docks", LEDE, *BODY]),
     "Harbour fire shuts Port Velling docks"),
    # near misses: body text, no title
    ("near miss: a short lede sentence first",
     "\n\n".join(["The docks of Port Velling burned on Tuesday.", *BODY]), None),
    ("near miss: a short lede first, single line breaks",
     "\n".join(["The docks of Port Velling burned on Tuesday.", *BODY]), None),
    ("near miss: two title-cased sentences are no headline",
     "\n\n".join(["Fire At The Docks. Hundreds Flee.", *BODY]), None),
    ("near miss: a list's label above its items",
     "\n".join(["Key facts:", "- Six hours of fire", "- No one hurt"]) + "\n\n" + "\n\n".join(BODY),
     None),
]


@pytest.mark.parametrize("text,headline", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_txt_title(text: str, headline: str | None) -> None:
    res = clean_text(text)
    assert res.headline == headline
    if headline:
        assert res.blocks[0].kind == "headline"
        # the title loses a final full stop, the text keeps its first line as written
        assert res.text.startswith(text.split("\n")[0] + "\n\n")
        assert text.split("\n")[0].rstrip(".") == headline.rstrip(".")
        # the body after the title is all kept
        assert LEDE.split(",")[0] in res.text or "PORT VELLING" in res.text
