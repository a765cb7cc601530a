"""Embedded posts: a tweet's words stay in the text as an "embed" block, never narration.

The cleaner drops a tweet's signature ("— Name (@handle) March 3, 2031") as boilerplate;
the words above it then read as the outlet's own, and two outlets that embed one post
looked like one copying the other. Invented posts, people and outlets.
"""

from __future__ import annotations

from storylens.clean import clean_text
from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

POST = ("The harbour of Orm stays shut until the storm passes. Ferries are cancelled and crews "
        "are on standby!")
SIGNATURE = "\u2014 Mara Velko (@maravelko) March 3, 2031"


TITLE = "Storm shuts the harbour of Orm"


def blocks(text: str) -> list[tuple[str, str]]:
    res = clean_text(text, TITLE)
    return [(b.kind, res.text[b.start:b.end]) for b in res.blocks if b.kind != "headline"]


def test_signature_under_the_post_marks_the_post():
    res = clean_text(f"The mayor spoke on Monday about the storm and the harbour.\n\n{POST}\n\n"
                     f"{SIGNATURE}\n\nCrews worked through the night at the quay.", TITLE)
    kinds = [(b.kind, res.text[b.start:b.end]) for b in res.blocks]
    assert ("embed", POST) in kinds
    assert ("paragraph", "Crews worked through the night at the quay.") in kinds
    assert ("paragraph", "The mayor spoke on Monday about the storm and the harbour.") in kinds
    assert [(r.text, r.reason) for r in res.removed] == [(SIGNATURE, "embed")]


def test_signature_on_the_posts_line_marks_the_line():
    line = f"{POST} pic.twitter.com/Ab12Cd {SIGNATURE}"
    got = blocks(f"The mayor spoke on Monday about the storm and the harbour.\n\n{line}\n\n"
                 "Crews worked through the night at the quay.")
    assert ("embed", line) in got
    assert got[-1][0] == "paragraph"


def test_a_picture_link_between_post_and_signature():
    got = blocks(f"The mayor spoke on Monday about the harbour.\n\n{POST}\n"
                 f"pic.twitter.com/Ab12Cd\n{SIGNATURE}\n\nCrews worked at the quay.")
    assert ("embed", POST) in got


def test_instagram_post_frame():
    got = blocks("Guests arrived at the gala in Orm on Friday evening.\n\nView this post on Instagram\n\n"
                 "Happy new year from Orm!\n\nA post shared by Tarik Vell (@tarikvell) on Dec 31, 2031 "
                 "at 7:08pm PST\n\nThe gala ended after midnight.")
    assert ("embed", "Happy new year from Orm!") in got


LONG_POSTS = (
    "The harbour of Orm stays shut until the storm passes, every ferry to Vell Island is cancelled "
    "today, and the fish market on the quay will not open before Thursday at the earliest!",
    "Crews from Vell and Port Kess are on their way with pumps and sandbags, and they will work "
    "through the night along the sea wall so that the old town stays dry when the tide comes in.",
    "The breakwater held, the fleet is safe inside the inner basin, and nobody was hurt in the "
    "storm, but two ferries were torn from their moorings and will need weeks of repairs.",
)


def test_several_posts_in_one_paragraph_are_each_a_post():
    """Each post starts after the previous one's signature: read from the paragraph's
    start, the third post (with the two above it) was too long for a post and stayed
    narration."""
    posts = "\n".join(f"{p}\n{SIGNATURE}" for p in LONG_POSTS)
    res = clean_text(f"The mayor spoke on Monday about the storm.\n\n{posts}\n\n"
                     "Crews worked at the quay.", TITLE)
    kinds = [(b.kind, res.text[b.start:b.end]) for b in res.blocks]
    assert ("embed", "\n".join(LONG_POSTS)) in kinds
    assert ("paragraph", "Crews worked at the quay.") in kinds
    assert [r.reason for r in res.removed] == ["embed"] * 3


def test_a_post_under_the_headline_is_no_standfirst():
    """A post right under the headline that matches the page description was typed a
    standfirst, then an embed: the result's standfirst must not be the post's words."""
    res = clean_text(f"{TITLE}\n\n{POST}\n\n{SIGNATURE}\n\nThe mayor spoke on Monday about "
                     "the storm and the harbour.\n\nCrews worked at the quay.", TITLE, standfirst=POST)
    assert ("embed", POST) in [(b.kind, res.text[b.start:b.end]) for b in res.blocks]
    assert res.standfirst is None


def test_a_standfirst_above_a_post_stays_the_standfirst():
    dek = "The mayor closed the port of Orm overnight as the storm hit"
    res = clean_text(f"{TITLE}\n\n{dek}\n\n{POST}\n\n{SIGNATURE}\n\nCrews worked at the quay.",
                     TITLE, standfirst=dek)
    assert res.standfirst == dek


# near misses: the outlet's own words stay paragraphs


def test_a_long_paragraph_above_a_signature_is_the_outlets():
    long = ("The mayor, who spent the night at the quay with the harbour master, said the storm "
            "had torn two ferries from their moorings, that the breakwater had held, that the "
            "fishing fleet was safe inside the inner basin, that crews from Vell and Port Kess "
            "were on their way with pumps, and that the harbour would stay shut until the "
            "engineers had walked every metre of the sea wall, which could take until Thursday.")
    got = blocks(f"{long}\n\n{SIGNATURE}\n\nCrews worked at the quay.")
    assert ("paragraph", long) in got


def test_the_introduction_above_the_post_is_the_outlets():
    got = blocks(f"The mayor wrote on Twitter:\n\n{POST}\n\n{SIGNATURE}\n\nCrews worked at the quay.")
    assert ("paragraph", "The mayor wrote on Twitter:") in got
    assert ("embed", POST) in got


def test_a_handle_in_a_sentence_is_not_a_signature():
    text = ("The mayor (@maravelko) wrote that the harbour stays shut until the storm passes.\n\n"
            "Crews worked through the night at the quay.")
    assert {k for k, _ in blocks(text)} == {"paragraph"}


def test_a_signature_without_a_date_is_not_a_signature():
    text = f"{POST} \u2014 Mara Velko (@maravelko)\n\nCrews worked through the night at the quay."
    assert {k for k, _ in blocks(text)} == {"paragraph"}


def _raw(_i: int, outlet: str, text: str) -> RawArticle:
    return RawArticle(source=f"{outlet}.txt", text=text, outlet=outlet, title="Storm shuts Orm harbour")


POSTS = [
    ("The harbour of Orm stays shut until the storm passes, and every ferry is cancelled today!",
     "\u2014 Mara Velko (@maravelko) March 3, 2031"),
    ("Crews from Vell and Port Kess are on their way with pumps and will work through the night.",
     "\u2014 Mara Velko (@maravelko) March 3, 2031"),
    ("The breakwater held, the fleet is safe in the inner basin, and nobody was hurt in the storm.",
     "\u2014 Mara Velko (@maravelko) March 3, 2031"),
]


def _story(own: tuple[str, str, str]) -> str:
    posts = "\n\n".join(f"{p}\n\n{s}" for p, s in POSTS)
    return f"{own[0]}\n\n{own[1]}\n\n{posts}\n\n{own[2]}"


def test_two_outlets_embedding_the_same_posts_are_not_copying():
    """Three posts both outlets embed word for word: quoted material, so no likely source
    is named (three copied sentences of narration would name one)."""
    arts, _ = clean_all([
        _raw(1, "Orm Daily", _story((
            "A storm closed the harbour of Orm on Monday, the port authority said.",
            "Mayor Mara Velko kept residents informed on social media overnight.",
            "The port authority will review the damage on Tuesday."))),
        _raw(2, "Vell Post", _story((
            "Orm's harbour was shut by a violent storm early on Monday morning.",
            "Velko, who has led the town since 2029, posted a string of messages.",
            "Engineers are expected to inspect the sea wall later this week."))),
    ], Options())
    assert sum(b.kind == "embed" for a in arts for b in a.blocks) == 6
    comp = compare_articles(arts, Options())
    embeds = {s.id for d in comp.documents for s in d.sentences if s.block == "embed"}
    assert len(embeds) == 6
    assert comp.provenance.source is None
    assert comp.findings == ()


def test_signature_after_a_dash_run():
    """The signature's dashes are read from the first of a run (the regex takes a run
    whole, so a long dash line with a handle stays linear: benchmarks/hostile.py
    dash_handle): a doubled dash on the post's line and a long dash rule opening the
    signature line under the post still mark the post; a handle in a line with no
    signature date marks nothing."""
    line = f"{POST} \u2014\u2014 Mara Velko (@maravelko) March 3, 2031"
    got = blocks(f"The mayor spoke on Monday about the storm and the harbour.\n\n{line}\n\n"
                 "Crews worked through the night at the quay.")
    assert ("embed", line) in got
    rule = "-" * 3000 + " Mara Velko (@maravelko) March 3, 2031"
    got = blocks(f"The mayor spoke on Monday about the storm and the harbour.\n\n{POST}\n\n"
                 f"{rule}\n\nCrews worked through the night at the quay.")
    assert ("embed", POST) in got
    got = blocks(f"The mayor spoke on Monday about the storm and the harbour.\n\n{POST} "
                 + "-" * 3000 + " Mara Velko (@maravelko)\n\nCrews worked through the night.")
    assert all(kind != "embed" for kind, _ in got)


def test_a_chunk_of_many_signed_lines_is_many_posts():
    """Thousands of signed lines in one chunk (a scraped feed): each signed line is its own
    post (a post starts after the previous signature; each reads its size from running
    totals, so this stays linear), never the whole chunk up to a signature."""
    feed = "\n".join(f"Tide log {k} at the quay {SIGNATURE}" for k in range(2000))
    res = clean_text(f"The mayor spoke on Monday about the storm and the harbour.\n\n{feed}\n\n"
                     f"{POST} {SIGNATURE}\n\nCrews worked through the night at the quay.", TITLE)
    kinds = [(b.kind, res.text[b.start:b.end]) for b in res.blocks]
    assert ("embed", f"{POST} {SIGNATURE}") in kinds
    assert ("embed", feed) in kinds
    assert ("paragraph", "The mayor spoke on Monday about the storm and the harbour.") in kinds


def test_a_post_only_one_outlet_embeds_is_listed_as_unique():
    """A post one outlet embeds and the other does not is material only that outlet
    shows: its sentences are listed as unique, and their block says they are a post's."""
    only = ("Tonight the inner basin of Orm is closed to every boat, including the lifeboats "
            "of Vell.", "\u2014 Tarik Vell (@tarikvell) March 3, 2031")
    story = _story(("A storm closed the harbour of Orm on Monday, the port authority said.",
                    "Mayor Mara Velko kept residents informed on social media overnight.",
                    "The port authority will review the damage on Tuesday."))
    arts, _ = clean_all([
        _raw(1, "Orm Daily", f"{story}\n\n{only[0]}\n\n{only[1]}"),
        _raw(2, "Vell Post", story),
    ], Options())
    comp = compare_articles(arts, Options())
    unique = {s.id: s for d in comp.documents for s in d.sentences if s.id in comp.unique}
    assert [s.text for s in unique.values()] == [only[0]]
    assert [s.block for s in unique.values()] == ["embed"]


def _one_post_story():
    only = ("Tonight the inner basin of Orm is closed to every boat, including the lifeboats "
            "of Vell.", "\u2014 Tarik Vell (@tarikvell) March 3, 2031")
    own = "Harbour staff in Orm said the lifeboat crews would stay on call until Wednesday."
    story = _story(("A storm closed the harbour of Orm on Monday, the port authority said.",
                    "Mayor Mara Velko kept residents informed on social media overnight.",
                    "The port authority will review the damage on Tuesday."))
    arts, _ = clean_all([
        _raw(1, "Orm Daily", f"{story}\n\n{only[0]}\n\n{only[1]}\n\n{own}"),
        _raw(2, "Vell Post", story),
    ], Options())
    return compare_articles(arts, Options()), only[0], own


def test_the_terminal_says_which_unique_sentences_are_embedded_posts():
    import io

    from rich.console import Console

    from storylens.report.terminal import render

    comp, post, own = _one_post_story()
    console = Console(record=True, width=200, color_system=None, file=io.StringIO())
    render(comp, console)
    out = console.export_text()
    assert "Only one outlet says (2; 1 in embedded posts)" in out
    lines = {ln.split(":s", 1)[1][2:].strip() for ln in out.splitlines() if ln.startswith("  a1:s")}
    assert f"[embedded post] {post}" in lines
    assert own in lines  # near miss: the outlet's own unique sentence carries no label


def test_the_html_report_labels_embedded_posts_and_counts_them():
    from storylens.report.html import render_html

    comp, post, own = _one_post_story()
    page = render_html(comp)
    assert page.count('<span class="embed-label"') == 7  # the six shared posts and the one only Orm Daily shows
    assert page.count("(1 unique in embedded posts)") == 1  # Orm Daily's column, not Vell Post's
