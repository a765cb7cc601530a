"""Extraction records what it leaves out, keeps inline cards out of sentences, keeps
blocks apart, and refuses a menu-only page; the cleaner's caption/byline/headline-copy
rules (session 5). Invented pages about a fictional ferry strike in Port Velling."""

from __future__ import annotations

import pytest

from storylens.clean import clean_article, clean_text
from storylens.errors import InputError
from storylens.models import RawArticle
from storylens.options import Options

PARAS = [
    "Ferry crews in Port Velling walked off the job on Tuesday after talks over night shifts collapsed, the harbour board said.",
    "The strike halted all twelve crossings to the outer islands, leaving about 3,000 commuters to find other ways to work.",
    "Union organiser Dana Holt said the crews had waited eight months for a reply to their proposal on rest breaks.",
    "The harbour board said it would meet union leaders again on Thursday and hoped to restore a partial timetable by the weekend.",
    "Shop owners on Gull Island said trade had fallen by half within a day, as tourists cancelled their trips.",
]


def page(body: str, title: str = "Ferry crews strike in Port Velling") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer><p>Copyright 2031 The Velling Ledger. All rights reserved by the owners of this site.</p></footer>"
        "</body></html>"
    )


def clean(html: str):
    return clean_article(RawArticle(source="ferry.html", html=html, url="https://ledger.example/ferry"), "a1", Options())


def ps(items) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_hover_card_is_cut_from_the_sentence_and_recorded():
    card = (
        "<span class='person'><a href='/p/holt'>Dana Holt</a><span class='box'><img src='/h.jpg'>"
        "<a href='/p/holt'>Dana Holt</a><a href='/s/1'>Holt backs rest-break plan</a>"
        "<a href='/s/2'>Crews vote on strike</a><a href='/p/holt'>MORE</a></span></span>"
    )
    body = ps(PARAS[:2]) + f"<p>Union organiser {card} (Velling Seafarers) said the crews had waited eight months.</p>" + ps(PARAS[3:])
    art = clean(page(body))
    assert "Union organiser Dana Holt (Velling Seafarers) said" in art.text
    assert "HoltDana" not in art.text and "MORE" not in art.text
    cards = [r for r in art.removed if r.reason == "hover-card"]
    assert len(cards) == 1 and "Crews vote on strike" in cards[0].text


def test_links_without_a_picture_are_words_of_the_sentence():
    body = ps(PARAS[:2]) + (
        "<p>The <a href='/b'>harbour board</a> and the <a href='/u'>union</a> will meet on Thursday at the town hall.</p>"
    ) + ps(PARAS[3:])
    art = clean(page(body))
    assert "The harbour board and the union will meet on Thursday" in art.text
    assert not any(r.reason == "hover-card" for r in art.removed)


def test_div_subheading_between_paragraphs_is_put_back_as_a_heading():
    body = ps(PARAS[:3]) + "<div class='subhead'>What happens to the islands?</div>" + ps(PARAS[3:])
    art = clean(page(body))
    assert "What happens to the islands?" in art.text
    at = art.text.index("What happens to the islands?")
    assert art.text.index(PARAS[2]) < at < art.text.index(PARAS[3])


def test_bare_lede_before_a_break_is_put_back_first():
    lede = "Ferry crews in Port Velling walked off the job on Tuesday, stranding island commuters for a second day."
    rest = "<br><br>".join(PARAS[1:])
    art = clean(page(f"<div class='content'>{lede}<br><br>{rest}</div>"))
    assert lede in art.text
    assert art.text.index(lede) < art.text.index(PARAS[1])


def test_layout_table_keeps_headline_byline_and_paragraphs_apart():
    cell = "<h1>Crews walk out</h1><h3>by Mira Tanaka<br>Monday, March 3, 2031</h3>" + ps(PARAS)
    html = page(f"<table><tr><td></td><td>{cell}</td></tr></table>")
    art = clean(html)
    assert "TanakaMonday" not in art.text and "outby" not in art.text
    assert PARAS[0] in art.text


def test_nested_list_items_are_not_glued_into_their_parent():
    lst = (
        "<ul><li><ul><li>Check the revised timetable</li><li>Book a water taxi early</li>"
        "<li>Carry proof of island residence</li></ul></li></ul>"
    )
    art = clean(page(ps(PARAS[:3]) + "<p>Commuters were told to:</p>" + lst + ps(PARAS[3:])))
    assert "timetableBook" not in art.text and "earlyCarry" not in art.text
    assert "- Book a water taxi early" in art.text


def test_text_the_extractor_drops_is_recorded_not_silent():
    art = clean(page(ps(PARAS)))
    dropped = [r for r in art.removed if r.reason == "not-extracted"]
    assert dropped, "the footer and menu were left out and must be recorded"
    assert all(r.line == 0 for r in dropped)
    assert any("more page block" in r.text for r in dropped)  # the menu, as a count


MENU = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in [
    "Home", "Contact Us", "About the Ledger", "Advertise", "Careers", "Newsletters", "Local",
    "Weather", "Traffic", "Sports", "Gulls", "Harbour Cup", "Opinion", "Letters", "Obituaries",
])


def test_menu_only_page_is_refused_with_a_reason_naming_the_file():
    html = f"<html><head><title>Ferry strike</title></head><body><div class='menu'><ul>{MENU}</ul></div></body></html>"
    with pytest.raises(InputError) as e:
        clean(html)
    assert e.value.reason == "navigation-only"
    assert e.value.source == "ferry.html"
    assert "link labels" in e.value.message


def test_article_with_a_short_item_list_and_a_home_sentence_stays():
    items = "\n".join(f"- {w}" for w in ["Water taxis", "Buses", "Bikes", "Car pools", "Walking", "Kayaks",
                                          "Charter boats", "Ferries", "Trains", "Vans", "Lifts", "Cabs"])
    text = (
        "Ferry strike leaves islands cut off\n\n"
        "Home owners on Gull Island said they had been cut off from the mainland since Tuesday morning.\n\n"
        "The harbour board listed the options left to commuters while the ferry crews stay out on strike:\n\n"
        f"{items}\n\n"
        "Talks resume on Thursday."
    )
    art = clean_article(RawArticle(source="ferry.txt", text=text), "a1", Options())
    assert "Home owners on Gull Island" in art.text
    assert "Talks resume on Thursday." in art.text


def test_toggled_caption_copies_go_and_a_sentence_ending_in_less_stays():
    cap = "Ferry crews gather at the Port Velling quay on Tuesday, March 3, 2031, as talks with the harbour board collapse"
    text = "\n\n".join([
        "Ferry crews strike in Port Velling",
        cap + ". less",
        cap[:70] + " ... more",
        "1of/8",
        cap[:70] + "... more",
        PARAS[0],
        "Commuters now pay twice as much for water taxis, and the ferry costs less.",
        PARAS[1],
    ])
    res = clean_text(text, "Ferry crews strike in Port Velling")
    reasons = {r.text: r.reason for r in res.removed}
    assert reasons.get("1of/8") == "media-label"
    assert sum(1 for r in res.removed if r.reason == "repeated-caption") == 3
    assert "and the ferry costs less." in res.text


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Staff Reports", "byline"),
        ("From staff reports", "byline"),
        ("Story continues below gallery", "widget"),
        ("Mira Tanaka, AP Harbour Affairs Writer", "byline"),
        ("Mira Tanaka, Ap National Security Writer", "byline"),
    ],
)
def test_desk_bylines_and_gallery_labels_are_removed(line, reason):
    text = f"Ferry crews strike\n\n{line}\n\n{PARAS[0]}\n\n{PARAS[1]}"
    res = clean_text(text, "Ferry crews strike")
    assert [(r.text, r.reason) for r in res.removed] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "Staff reports of the strike reached the harbour board within the hour.",
        "Mira Tanaka, an AP writer, was on the last ferry out.",
        "The story continues below the harbour wall, where crews gathered.",
    ],
)
def test_sentences_like_bylines_stay(line):
    res = clean_text(f"Ferry crews strike\n\n{PARAS[0]}\n\n{line}\n\n{PARAS[1]}", "Ferry crews strike")
    assert line in res.text
    assert res.removed == ()


def test_headline_repeated_in_the_body_is_removed_but_a_longer_sentence_stays():
    title = "Ferry crews strike in Port Velling"
    text = "\n\n".join([title, PARAS[0], title, PARAS[1], title + " for the second time this year, the union said.", PARAS[2]])
    res = clean_text(text, title)
    assert [(r.text, r.reason) for r in res.removed] == [(title, "repeated-headline")]
    assert res.text.startswith(title)
    assert "for the second time this year" in res.text


def test_list_of_whole_links_is_a_related_box_recorded_not_kept():
    related = (
        "<ul><li><a href='/r/1'>Harbour Cup: the history of the race</a></li>"
        "<li><a href='/r/2'>Photos: Mysterious lights over the quay</a></li>"
        "<li><a href='/r/3'>Gull Island ferries through the decades</a></li></ul>"
    )
    art = clean(page(ps(PARAS[:3]) + related + ps(PARAS[3:])))
    assert "Mysterious lights" not in art.text
    assert [r.text for r in art.removed if r.reason == "related-link"] == [
        "Harbour Cup: the history of the race",
        "Photos: Mysterious lights over the quay",
        "Gull Island ferries through the decades",
    ]


def test_list_with_words_outside_its_links_stays():
    lst = (
        "<ul><li>The <a href='/r/1'>board's statement</a> promised talks on Thursday</li>"
        "<li>The <a href='/r/2'>union's reply</a> asked for a written offer</li></ul>"
    )
    art = clean(page(ps(PARAS[:3]) + lst + ps(PARAS[3:])))
    assert "- The board's statement promised talks on Thursday" in art.text
    assert not any(r.reason == "related-link" for r in art.removed)


def test_kicker_and_teaser_above_the_headline_copy_go():
    title = "Ferry crews strike in Port Velling"
    text = "\n\n".join(["harbours", "Island Pass now on sale", title, *PARAS])
    res = clean_text(text, title)
    assert [(r.text, r.reason) for r in res.removed] == [
        ("harbours", "above-headline"),
        ("Island Pass now on sale", "above-headline"),
    ]
    assert res.blocks[0].kind == "headline" and res.text.startswith(title)


def test_a_dateline_above_a_headline_copy_stays():
    title = "Ferry crews strike in Port Velling"
    lede = "PORT VELLING (VNA) - Ferry crews walked off the job on Tuesday after talks collapsed."
    res = clean_text("\n\n".join([lede, title, *PARAS[1:]]), title)
    assert lede in res.text
    assert not any(r.reason == "above-headline" for r in res.removed)


def test_title_part_and_title_variant_are_headline_copies():
    title = "Opinion | Should ferry crews be paid for night shifts?"
    res = clean_text("\n\n".join(["Should ferry crews be paid for night shifts?", *PARAS]), title)
    assert res.blocks[0].kind == "headline"
    assert res.text.count("night shifts?") == 1
    title = "Velling drops ferry strike charges"
    variant = "Port Velling: Velling drops ferry strike charges"
    res = clean_text("\n\n".join([title, variant, *PARAS]), title)
    assert [(r.text, r.reason) for r in res.removed] == [(variant, "repeated-headline")]
    # A body sentence holding the title's words and more stays.
    long_line = "Velling drops ferry strike charges against six crew members, the court heard on Monday."
    res = clean_text("\n\n".join([title, long_line, *PARAS]), title)
    assert long_line in res.text


def test_line_break_in_a_heading_splits_byline_from_date():
    cell = "<h3>by Mira Tanaka<br>Monday, March 3, 2031</h3>" + ps(PARAS)
    art = clean(page(cell))
    assert "Mira Tanaka" not in art.text
    assert {"byline", "timestamp"} <= {r.reason for r in art.removed}


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Image copyright EPA", "photo-credit"),
        ("Image copyright Velling Photo Desk", "photo-credit"),
        ("Share Tweet Submit", "widget"),
        ("Crews gather on the quay at dawn before the vote. (credit: VNA/Jo Lind)", "photo-credit"),
    ],
)
def test_credit_labels_and_share_rows_are_removed(line, reason):
    res = clean_text(f"Ferry crews strike\n\n{PARAS[0]}\n\n{line}\n\n{PARAS[1]}", "Ferry crews strike")
    assert [(r.text, r.reason) for r in res.removed] == [(line, reason)]


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright lawyers argued for years over the harbour photographs.",
        "Submit your questions to the harbour board before Thursday.",
        "The union said the offer was fair (credit where it is due, one organiser added).",
    ],
)
def test_sentences_like_credit_labels_stay(line):
    res = clean_text(f"Ferry crews strike\n\n{PARAS[0]}\n\n{line}\n\n{PARAS[1]}", "Ferry crews strike")
    assert line in res.text and res.removed == ()


def test_identical_paragraphs_the_extractor_merges_are_recorded():
    body = ps(PARAS[:2]) + ps([PARAS[2]] * 3) + ps(PARAS[3:])
    art = clean(page(body))
    assert art.text.count(PARAS[2]) == 1  # the extractor keeps one copy
    copies = [r for r in art.removed if r.reason == "not-extracted" and r.text == PARAS[2]]
    assert len(copies) == 2


def test_an_html_file_read_from_disk_carries_the_extraction_records(tmp_path):
    from storylens.readers import read_inputs

    card = (
        "<span><a href='/p/holt'>Dana Holt</a><span><img src='/h.jpg'>"
        "<a href='/s/1'>Holt backs plan</a><a href='/s/2'>Crews vote</a></span></span>"
    )
    f = tmp_path / "ferry.html"
    f.write_text(page(ps(PARAS[:2]) + f"<p>Organiser {card} said the crews had waited eight months.</p>" + ps(PARAS[3:])), encoding="utf-8")
    raws, skipped = read_inputs([f], Options())
    assert not skipped
    art = clean_article(raws[0], "a1", Options())
    assert "Organiser Dana Holt said" in art.text
    assert [r.reason for r in art.removed][:1] == ["hover-card"]


def test_an_article_in_a_script_without_spaces_is_no_menu():
    # Invented Japanese sentences about the fictional Port Velling ferry strike: each
    # is one \w+ run, so only a character count tells them from menu labels.
    lines = [
        "ポートベリングのフェリー乗組員は火曜日にストライキを始めた。",
        "港湾局によると、島への十二便がすべて止まった。",
        "約三千人の通勤客がほかの交通手段を探している。",
        "組合の代表は八か月も回答を待っていたと話した。",
        "港湾局は木曜日に組合と再び会う予定だ。",
        "週末までに一部の便を再開したいとしている。",
        "ガル島の商店主は売り上げが半分に落ちたと語った。",
        "観光客の予約の取り消しが相次いでいる。",
        "水上タクシーの料金は二倍に上がった。",
        "市長は双方に早期の合意を求めた。",
        "乗組員の多くは夜勤の休憩時間の改善を求めている。",
        "交渉の行方に島の住民は注目している。",
    ]
    art = clean_article(RawArticle(source="ferry-ja.txt", text="\n\n".join(lines), title="フェリー乗組員がストライキ"), "a1", Options())
    assert lines[0] in art.text
