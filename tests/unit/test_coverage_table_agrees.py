"""The coverage table says what it counts (s8 reader report item 11), on invented outlets:

- a row's loaded words are listed up to the cap and the rest said as "+N more" in the row:
  a count with no word shown ("3 (2.31/1000 words)") and a footer "… and 1 more" for a
  word already shown above were the false cases; a word every side writes is listed in
  each row that counts it (near miss: it is still left out of the story-wide list);
- "n/a (shares too little to tell)" is the "leaves out" cell of every row that shares too
  little with the others; "only here" is a plain count in every row (was: "n/a" for one
  row's 0 while rows sharing as little listed facts).
"""

from __future__ import annotations

import io

from rich.console import Console

from storylens.findings.summary import MAX_PER_OUTLET, coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.report import TOO_LITTLE
from storylens.report.html import render_html
from storylens.report.terminal import render

CHARGED = [
    "The notorious Vell smuggling ring was broken up by harbour police on Monday night, officials said.",
    "Police said the reckless gang had run boats past the Kessel lighthouse for a decade.",
    "The vicious feud between two families had drawn the ring into the open, the officers said.",
    "A diatribe by the ring's leader was read out in court on Tuesday.",
    "The infamous boat yard at Orvik was sealed by the police.",
    "The divisive case will go to trial in the spring.",
]
PLAIN = [
    "The notorious Vell smuggling ring was broken up by harbour police on Monday, the ministry said.",
    "Officers seized six boats and a warehouse of spirits at the Kessel quay.",
    "Twelve people were charged with smuggling on Tuesday.",
]


def _compare(*texts, outlets=("Delta Post", "River News")):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(zip(outlets, texts, strict=True))]
    return compare_articles(arts, Options())


def _text(comp) -> str:
    buf = io.StringIO()
    render(comp, Console(file=buf, width=200, no_color=True))
    return buf.getvalue()


def test_each_row_lists_what_it_counts_or_says_how_many_more():
    comp = _compare(CHARGED, PLAIN)
    cov = coverage_summary(comp)
    rows = {o["outlet"]: o for o in cov["outlets"]}
    delta, river = rows["Delta Post"], rows["River News"]
    assert delta["loaded"] > MAX_PER_OUTLET == len(delta["loaded_top"])
    # near miss: both outlets write "notorious" (no difference between them); it is
    # counted, and now listed, in the row that counts it (was: counted, listed nowhere)
    assert river["loaded"] == 1 and [w["word"] for w in river["loaded_top"]] == ["notorious"]
    assert not cov["wording"]  # ... but not in the story-wide "most different" list
    text = _text(comp)
    assert f"+{delta['loaded'] - MAX_PER_OUTLET} more" in text
    assert "… and" not in text  # every counted word is in a row or its "+N more"
    html = render_html(comp)
    assert f"+{delta['loaded'] - MAX_PER_OUTLET} more" in html
    assert "past the cap" not in html


def test_a_row_within_the_cap_says_no_more():
    comp = _compare(CHARGED[:2], PLAIN)
    assert "more" not in _text(comp).split("Coverage by outlet")[1].split("Aligned")[0]


# One event told in two outlets' own words (no aligned group): both rows share too little.
SHOW_A = [
    "The streamer Vellflix moved the premiere of Starfall forward by six weeks on Monday.",
    "The first two episodes of Starfall will now arrive in early March.",
    "Fans of Kestrel, the pilot at the centre of the story, had waited two years.",
    "Vellflix gave no reason for the change, though rivals have crowded the autumn.",
    "Kestrel is played by a newcomer from the Tarn theatre school, director Mara Linde said.",
    "Linde said the shoot had finished early because the weather on the coast held.",
]
SHOW_B = [
    "Good news for viewers: Starfall is coming sooner than expected.",
    "The streamer Vellflix confirmed the new March date in a short post.",
    "The trailer shows Kestrel stranded on an ice moon with a broken engine.",
    "Starfall was filmed over eight months on sound stages near the coast.",
    "Critics who saw early cuts praised the look of Kestrel's ship.",
]


def test_n_a_is_the_leaves_out_cell_of_every_row_that_shares_too_little():
    comp = _compare(SHOW_A, SHOW_B)
    cov = coverage_summary(comp)
    rows = cov["outlets"]
    assert all(o["too_little_shared"] for o in rows)
    text = _text(comp)
    table = text.split("Coverage by outlet")[1].split("Aligned")[0].split("Only one")[0]
    lines = {o["outlet"]: next(x for x in table.splitlines() if x.lstrip().startswith(o["outlet"]))
             for o in rows}
    for o in rows:
        line = lines[o["outlet"]]
        # one n/a per row, in "leaves out"; "only here" shows its count (0 included)
        assert line.count(TOO_LITTLE) == 1, line
        assert line.split(o["outlet"], 1)[1].split()[0] == str(o["only_here"]), line
    # the row with a listed fact and the row without one read alike
    assert {o["only_here"] > 0 for o in rows} == {True, False}, [o["only_here"] for o in rows]
    assert render_html(comp).count(TOO_LITTLE) == len(rows)
