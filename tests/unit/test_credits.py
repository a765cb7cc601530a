"""Credits to other publications and wires, in the text and in bylines (reader report s7,
items 2 and 7). Invented outlets and people throughout."""

from __future__ import annotations

import pytest

from storylens.clean import clean_text
from storylens.credits import credits_outlet, name_keys, names_own_outlet
from storylens.readers.pagemeta import agency_byline, clean_record_author, wire_credits

LEDE = "Fueled by residents leaving the county, Ostrava may lose a seat in the assembly."
BODY = "The county clerk's office counted 1,200 fewer voters than in the last census."

# (text, credits, removed (text, reason), what stays in the text)
CREDIT_LINES = [
    # a bracketed masthead after the lede: cut off, the sentence stays
    (f"{LEDE} [Vella Times]\n\n{BODY}", ("Vella Times",), [("[Vella Times]", "credit")], LEDE),
    (f"{LEDE} [Vella Times]\n\n{BODY}", ("Vella Times",), [("[Vella Times]", "credit")], BODY),
    # on a line of its own
    (f"{LEDE}\n\n[The Meridian Ledger]\n\n{BODY}", ("Meridian Ledger",),
     [("[The Meridian Ledger]", "credit")], BODY),
    # a syndication sign-off at the end: a credit, not a breadcrumb (was trailing-nav)
    (f"{LEDE}\n\n{BODY}\n\nThe Ostrava Herald/Asia News Network", ("Ostrava Herald", "Asia News Network"),
     [("The Ostrava Herald/Asia News Network", "credit")], BODY),
    # "Source: X" and "This article first appeared in X"
    (f"{LEDE}\n\n{BODY}\n\nSource: The Vella Herald", ("Vella Herald",),
     [("Source: The Vella Herald", "credit")], BODY),
    (f"{LEDE}\n\n{BODY}\n\nThis article first appeared in The Vella Herald.", ("Vella Herald",),
     [("This article first appeared in The Vella Herald.", "credit")], BODY),
    # the full name of a wire in a sign-off
    (f"{LEDE}\n\n{BODY}\n\n— Press Trust of India", ("PTI",), [("— Press Trust of India", "credit")], BODY),
]


@pytest.mark.parametrize("text,credits,removed,kept", CREDIT_LINES)
def test_credit_lines_become_credits(text, credits, removed, kept):
    res = clean_text(text)
    assert res.credits == credits
    assert [(r.text, r.reason) for r in res.removed] == removed
    assert kept in res.text and "[" not in res.text


# near misses: brackets and slashes that are no credit stay as they are
NEAR_MISSES = [
    f"{LEDE}\n\nThe minister called the count a mistake [sic] and left the hall.",
    f"{LEDE}\n\nThe count, he said, was wrong [the clerk's office disagrees].",
    f"{LEDE}\n\nThe council [Ostrava County Council] meets on Friday to discuss it.",  # mid-line
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_brackets_that_are_no_credit_stay(text):
    res = clean_text(text)
    assert res.credits == () and res.removed == () and res.text.endswith(text.split("\n\n")[-1])


def test_a_route_at_the_end_stays_navigation():
    res = clean_text(f"{LEDE}\n\n{BODY}\n\nPolitics / Europe")
    assert res.credits == () and [r.reason for r in res.removed] == ["trailing-nav"]


@pytest.mark.parametrize("credit,outlet,url,hit", [
    ("LA Times", "latimes.com", None, True),
    ("Los Angeles Times", "latimes.com", None, True),
    ("LA Times", "Daily Courier", "https://www.latimes.com/story/x", True),
    ("The Korea Herald", "koreaherald.com", None, True),
    ("CPA", "CPA Wire", None, True),
    ("CPA", "Continental Press Agency", None, True),
    # near misses
    ("Boston Globe", "latimes.com", None, False),
    ("AP", "apnews.example", None, False),  # two letters say nothing
    ("Vella Times", "Vella Herald", None, False),
    ("NPA", "CPA Wire", None, False),
])
def test_a_credit_names_an_outlet(credit, outlet, url, hit):
    assert (credits_outlet([credit], "", outlet, url) is not None) is hit


def test_a_credit_to_the_crediting_outlet_itself_is_no_evidence():
    # a wire's own page credits the wire: it says nothing about another article
    assert credits_outlet(["Vella Times"], "", "Vella Times", None, "vellatimes.example", None) is None


def test_credit_in_running_text():
    text = "According to the Los Angeles Times, the county may lose a seat."
    assert credits_outlet([], text, "latimes.com", None) == "Los Angeles Times"
    # near miss: "according to" a person or an office is not a publication
    assert credits_outlet([], "According to Mayor Ilse Varga, the county may lose a seat.",
                          "latimes.com", None) is None


def test_name_keys_and_own_outlet():
    assert name_keys("Los Angeles Times") == {"losangelestimes", "latimes"}
    assert name_keys("https://www.koreatimes.co.kr/www/nation") == {"koreatimes"}
    assert names_own_outlet("Vellavision News", "vellavision.example", None)
    assert names_own_outlet("Ostrava Today", "ot.example", None)  # initials
    assert not names_own_outlet("Ostrava Today", "vellavision.example", None)


# Record author fields as scrapers leave them (title case, comma-joined): the names only.
RECORD_AUTHORS = [
    ("Ilse Varga, Please Enter Your Name Here", "Ilse Varga"),
    ("Ostrava Gazette Editorial, Required Field", "Ostrava Gazette Editorial"),
    ("Ilse Varga Covers Ostrava S Schools, Housing For The Vella Times, Metro Desk., "
     "Tomas Reyl Joined The Vella Times As Bureau Chief In, Has Spent Two Decades Covering Politics, "
     "State Government", "Ilse Varga, Tomas Reyl"),
    ("Author, Vella Staff, Published, Pm Pst December, Updated, Am Pst January", "Vella Staff"),
    ("Ilse Varga, Writer Of Various Things On The Internet, Mostly About Movies", "Ilse Varga"),
    ("Ilse Varga, I Ve Been A Gaming Journalist For More Than Years", "Ilse Varga"),
    ("Ilse Varga, Ilse Varga Daily News Staff Writer", "Ilse Varga"),
    ("Ilse Varga, Ilse Varga Is A Reporter In Ostrava. She Covers City Hall.", "Ilse Varga"),
    ("Contact Author", None),
    ("Jan, Dec, May, Sep", None),
    # near misses: real names stay, however they look
    ("Ilse Varga, Tomas Reyl", "Ilse Varga, Tomas Reyl"),
    ("Ilse Varga; Tomas Reyl", "Ilse Varga; Tomas Reyl"),
    ("Brian May", "Brian May"),
    ("Jarvis J. Williams, Ana de la Cruz", "Jarvis J. Williams, Ana de la Cruz"),
    ("Tomas Reyl Jr.", "Tomas Reyl Jr."),
]


@pytest.mark.parametrize("raw,clean", RECORD_AUTHORS)
def test_record_author_is_cleaned(raw, clean):
    assert clean_record_author(raw) == clean


@pytest.mark.parametrize("author,outlet,left,credits", [
    ("The Canadian Press", "vellanews.example", None, ("The Canadian Press",)),
    ("Press Trust of India", "India Today", None, ("PTI",)),
    ("Ilse Varga; Ostrava Today", "news.portal.example", "Ilse Varga", ("Ostrava Today",)),
    # near misses: the outlet's own desk, and people, stay authors
    ("Vellavision News", "vellavision.example", "Vellavision News", ()),
    ("Ilse Varga; Tomas Reyl", "vellanews.example", "Ilse Varga; Tomas Reyl", ()),
    ("Ilse Varga, Tomas Reyl", "vellanews.example", "Ilse Varga, Tomas Reyl", ()),
    ("Ilse Varga, The Canadian Press", "vellanews.example", "Ilse Varga", ("The Canadian Press",)),
])
def test_wire_and_publication_bylines_become_credits(author, outlet, left, credits):
    assert wire_credits(author, outlet, None) == (left, credits)


def test_agency_byline_cut_by_the_extractor_is_restored_from_the_page():
    page = '<a title="Press Trust of India" href="/author/pti">Press Trust of India</a>'
    assert agency_byline("Press Trust", page) == "Press Trust of India"
    # near miss: the page does not spell it out, or the name is a person's
    assert agency_byline("Press Trust", "<p>nothing</p>") == "Press Trust"
    assert agency_byline("Ilse Varga", page) == "Ilse Varga"


def test_a_lone_address_ending_the_page_credits_its_site_unless_it_is_the_outlets_own():
    from storylens.clean import clean_article
    from storylens.models import RawArticle
    from storylens.options import Options

    text = f"{LEDE}\n\n{BODY}\n\nhttps://www.ostrava-times.example/biz/2026/12/367_281170.html"
    art = clean_article(RawArticle("s", text=text, outlet="portal.example"), "a1", Options())
    assert art.credits == ("ostrava-times.example",) and "https" not in art.text
    own = clean_article(RawArticle("s", text=text, outlet="Ostrava Times"), "a1", Options())
    assert own.credits == ()
    # near miss: an address in a list of links is body text, and credits nothing
    listed = f"{LEDE}\n\n{BODY}\n\n22) Harbour board game\nhttps://shop.example/2hWbQ1f"
    assert clean_article(RawArticle("s", text=listed, outlet="portal.example"), "a1", Options()).credits == ()
