"""Cleaner steps that read more than one line: related-story links set in capitals (only on a
page that sets its link lines in capitals) and an author bio closing the body (only its last
one or two lines). Each junk shape has a near miss of real content that must stay.

All text is invented (a fictional harbour fire in "Port Velling", fictional outlets, people
and handles).
"""

from __future__ import annotations

import pytest
import support

from storylens.clean import clean_text

P1 = "Crews fought the flames at the Port Velling grain terminal for six hours on Tuesday night."
P2 = "Fire chief Oskar Brandt said the alarm had been switched off for maintenance."
P3 = "The terminal will stay closed while insurers inspect the damaged silos."
P4 = "About 400 workers were sent home, and the union has called a meeting for Friday."
CUE = "CLICK HERE TO GET THE VELLING TRIBUNE APP"


_page = support.page
_removed = support.removed_reasons


# --- related-story headlines in capitals ------------------------------------------------

CAPS_LINKS = [
    "MAYOR SAYS HARBOUR WILL REOPEN 'WITHIN WEEKS' AFTER GRAIN TERMINAL FIRE",
    "VELLING DOCKERS VOTE TO STRIKE OVER SAFETY AT THE TERMINAL",
    "A SHORT HISTORY OF FIRES ON THE VELLING WATERFRONT",
    "OSKAR BRANDT: WHY THE ALARM WAS OFF (AND WHO KNEW). HERE'S WHAT THE INQUIRY MUST ASK",
]


@pytest.mark.parametrize("link", CAPS_LINKS)
def test_caps_related_headline_removed_on_a_page_with_a_caps_link_cue(link):
    removed = _removed(_page("Fire guts Velling grain terminal", P1, P2, link, P3, CUE, P4))
    assert removed == {link: "related-link", CUE: "widget"}


@pytest.mark.parametrize("link", CAPS_LINKS)
def test_caps_headline_stays_on_a_page_without_the_cue(link):
    text = _page("Fire guts Velling grain terminal", P1, P2, link, P3, P4)
    assert _removed(text) == {}
    assert link in clean_text(text).text


# Capitals that are the article's own: a shouted quotation, a question or a short section
# heading, a table row, a quotation from end to end, the line at the head of the page.
CAPS_CONTENT = [
    "'WE LOST EVERYTHING IN ONE NIGHT,' SAID CAFE OWNER ELIN MARSH.",
    "\u201cNOBODY TOLD US THE ALARM WAS SWITCHED OFF\u201d",
    "WHO WILL PAY FOR THE HARBOUR REPAIRS?",
    "THE NIGHT SHIFT",
    "VGR | VELLING GRAIN INC. | 12.40 | -0.30 | -2.36%",
    "THE UNION WANTS ANSWERS, ITS LEADER SAYS",
]


@pytest.mark.parametrize("line", CAPS_CONTENT)
def test_caps_content_stays_even_on_a_page_with_the_cue(line):
    text = _page("Fire guts Velling grain terminal", P1, P2, line, P3, CUE, P4)
    assert _removed(text) == {CUE: "widget"}


def test_caps_lines_of_one_block_are_a_list_not_links():
    block = "VELLING GRAIN TERMINAL FIRE: WHAT WE KNOW SO FAR\nVELLING DOCKERS VOTE TO STRIKE OVER SAFETY RULES"
    assert _removed(_page("Fire guts Velling grain terminal", P1, block, P2, CUE, P3)) == {CUE: "widget"}


def test_caps_kicker_above_the_first_paragraph_stays():
    kicker = "BREAKING NEWS FROM THE PORT VELLING WATERFRONT TONIGHT"
    assert _removed(_page(kicker, P1, P2, CUE, P3)) == {CUE: "widget"}


def test_caps_headline_that_is_the_title_stays():
    title = "FIRE GUTS VELLING GRAIN TERMINAL AS CREWS BATTLE THROUGH THE NIGHT"
    assert _removed(_page(P1, title, P2, CUE, P3), title=title) == {CUE: "widget"}


# --- author bios at the end of the body ----------------------------------------------------

BIOS = [
    ["Ana Cruz is a reporter for the Velling Tribune. Follow her on Twitter @anacruz_vt."],
    ["Tomas Reyes covers the harbour and shipping for the Velling Tribune."],
    ["Mara Lindqvist (@maralind) is a freelance writer.", "She is a columnist at the Nordholm Courier."],
    ["The author is chief economist at Velling Savings Bank."],
    ["Ines Vahl is senior editor of the Harbour Review, from which this column was adapted."],
    ["Jon Hale is an assistant editor. Feedback is welcome at jhale@velling-tribune.example."],
    ["Follow her on Twitter @anacruz_vt."],
    [
        "Lena Okafor's latest book, \u201cSalt and Smoke\u201d (Quayside Press, 2030), is out now. "
        "Follow her on Twitter @lenaokafor. Follow us on Twitter @vellingtribune or Facebook."
    ],
]


@pytest.mark.parametrize("bio", BIOS)
def test_author_bio_closing_the_body_removed(bio):
    removed = _removed(_page("Fire guts Velling grain terminal", P1, P2, P3, *bio))
    assert removed == {line: "author-bio" for line in bio}


@pytest.mark.parametrize("bio", BIOS)
def test_the_same_bio_mid_article_stays(bio):
    text = _page("Fire guts Velling grain terminal", P1, *bio, P2, P3, P4)
    assert _removed(text) == {}


def test_bio_followed_by_a_removed_prompt_is_still_at_the_end():
    bio = "Ana Cruz is a reporter for the Velling Tribune."
    removed = _removed(_page("Fire guts Velling grain terminal", P1, P2, bio, "Share this article"))
    assert removed == {bio: "author-bio", "Share this article": "widget"}


# Closing paragraphs about a person in the story: no bio cue, an event, speech, a pronoun
# with no bio above it, a follow prompt that is news, or the bio is the whole text.
BIO_NEAR_MISSES = [
    "Elin Marsh is a retired firefighter who still visits the docks every morning.",
    "Ana Cruz is a correspondent for the Velling Tribune who was detained on Monday.",
    "Oskar Brandt, a reporter for the Velling Tribune, said the alarm never sounded.",
    "Jon Hale is an author and historian who has written about the harbour.",
    "She is a reporter for the Velling Tribune.",
    "The fire service thanked residents on Twitter @VellingFire.",
    "Marsh is the cafe's owner and says she will reopen in the spring.",
    "Tomas Reyes, who covers the harbour for the Velling Tribune, was injured in the blast.",
]


@pytest.mark.parametrize("line", BIO_NEAR_MISSES)
def test_closing_paragraph_about_a_person_stays(line):
    text = _page("Fire guts Velling grain terminal", P1, P2, P3, line)
    assert _removed(text) == {}
    assert line in clean_text(text).text


def test_a_bio_line_before_a_last_body_line_stays():
    bio = "Ana Cruz is a reporter for the Velling Tribune."
    assert _removed(_page("Fire guts Velling grain terminal", P1, P2, bio, P3)) == {}


def test_a_bio_that_is_the_whole_body_stays():
    bio = "Ana Cruz is a reporter for the Velling Tribune. Follow her on Twitter @anacruz_vt."
    assert _removed(bio) == {}


def test_only_the_last_two_lines_are_read():
    bio = ["Mara Lindqvist (@maralind) is a freelance writer.", "She is a columnist at the Nordholm Courier."]
    extra = "Follow her on Twitter @maralind."
    removed = _removed(_page("Fire guts Velling grain terminal", P1, P2, *bio, extra))
    # the last two lines are read: the pronoun line cannot open a bio, the follow line can
    assert removed == {extra: "author-bio"}
