"""Session 13 (fixes13): a page's ``og:site_name`` with a tagline after a spaced dash names
the outlet before the dash ("Riverside Rider - The magazine for every horse lover"), as a
tagline after a bar already did; near misses: a short capitalised tail that may be the
name's own part or a section ("Vella Times - Sport", "Orm Post - Gazette") keeps the whole
string. Invented outlets."""

from __future__ import annotations

import pytest

from storylens.readers.pagemeta import site_name, site_part


@pytest.mark.parametrize(("declared", "outlet"), [
    ("Riverside Rider - The magazine for every horse lover", "Riverside Rider"),
    ("Vella Times | News you can trust", "Vella Times"),
    ("Vella Times \u2013 news you can trust", "Vella Times"),
    ("Orm Post \u2014 The Voice of the North", "Orm Post"),
    ("Tarrow Courier - tarrowcourier.example", "Tarrow Courier"),
    # near misses: a section or a name's own part after the dash, a hyphenated name
    ("Vella Times - Sport", "Vella Times - Sport"),
    ("Orm Post - Gazette", "Orm Post - Gazette"),
    ("Kess Herald - Opinion Pages", "Kess Herald - Opinion Pages"),
    ("Ouest-Vella", "Ouest-Vella"),
    # near misses (review13): a masthead after the dash is a name, not a tagline, however
    # long; which part is the outlet cannot be told, so the string stays whole
    ("Home - The Vella Daily Herald", "Home - The Vella Daily Herald"),
    ("Local News - Orm Valley Gazette", "Local News - Orm Valley Gazette"),
    ("Opinion - Orm Daily Voice", "Opinion - Orm Daily Voice"),
    ("Kess - The Voice of Kess", "Kess"),
    ("Tri-Valley Ledger", "Tri-Valley Ledger"),
])
def test_site_part_drops_a_tagline_after_a_dash(declared, outlet):
    assert site_part(declared) == outlet
    head = f'<meta property="og:site_name" content="{declared}">'
    assert site_name(f"<html><head>{head}</head><body></body></html>") == outlet
