"""An editor's note or disclaimer stays in the text as a "note" block, never narration.

s8 held-out report: one outlet's stock editor's note under each of its campaign stories
("Editor's note: <candidate> regularly incites political violence and is a serial liar
...") was counted by provenance as a copied sentence of narration between two of its
articles, and coverage listed a figure from it as a fact only that outlet gives. The label
rule and why: ``rules/boilerplate.NOTE_LABEL``. Invented notes, people and outlets.
"""

from __future__ import annotations

import pytest

from storylens.clean import clean_text
from storylens.findings.summary import coverage_summary
from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all, compare_articles

TITLE = "Storm shuts the harbour of Orm"
BODY = "A storm closed the harbour of Orm on Monday, the port authority said."


def kinds(line: str) -> list[str]:
    res = clean_text(f"{BODY}\n\n{line}\n\nCrews worked through the night at the quay.", TITLE)
    return [b.kind for b in res.blocks if b.kind != "headline"]


CASES = [
    ("Editor's note: Ivo Brant is a serial liar who has pledged to close the port to 40,000 "
     "workers.", "note"),
    ("Editor\u2019s Note \u2014 This story was first published in the Orm Daily.", "note"),
    ("EDITORS' NOTE: The Orm Daily is owned by the port authority.", "note"),
    ("(Disclosure: The Vell Post's owner sits on the harbour board.)", "note"),
    ("Disclaimer: The views of the writer are not those of the Vell Post.", "note"),
    ("Note to readers: Our harbour coverage is free to read this week.", "note"),
    # near misses: a sentence that mentions a note, and a correction (it changes the story)
    ("The editor's note under the story was removed on Monday, the paper said.", "paragraph"),
    ("Correction: The storm closed the harbour on Monday, not on Sunday.", "paragraph"),
    ("Disclosure of the harbour accounts was delayed until March, officials said.", "paragraph"),
]


@pytest.mark.parametrize("line, kind", CASES, ids=[c[0][:40] for c in CASES])
def test_note_blocks(line, kind):
    assert kinds(line) == ["paragraph", kind, "paragraph"]


WRAPPED = [
    # (the paragraph after BODY, written with single line breaks; blocks after BODY's)
    ("a note hard-wrapped mid-sentence keeps its next lines (they were a paragraph of "
     "narration)",
     "Editor's note: The Orm Daily is owned by\nthe port authority, which sets\nthe harbour fees.",
     [("note", "Editor's note: The Orm Daily is owned by\nthe port authority, which sets\n"
               "the harbour fees.")]),
    ("near miss: the line after a note's full stop is narration again",
     "Editor's note: This story was updated.\nCrews worked through the night at the quay.",
     [("note", "Editor's note: This story was updated."),
      ("paragraph", "Crews worked through the night at the quay.")]),
    ("two wrapped notes are two blocks, and the story goes on after them",
     "Editor's note: The Orm Daily is owned by\nthe port authority.\nDisclosure: The writer "
     "owns shares in\nthe ferry line.\nCrews worked through the night at the quay.",
     [("note", "Editor's note: The Orm Daily is owned by\nthe port authority."),
      ("note", "Disclosure: The writer owns shares in\nthe ferry line."),
      ("paragraph", "Crews worked through the night at the quay.")]),
]


@pytest.mark.parametrize("_id, para, want", WRAPPED, ids=[c[0][:50] for c in WRAPPED])
def test_a_wrapped_note_is_one_block(_id, para, want):
    res = clean_text(f"{BODY}\n\n{para}", TITLE)
    got = [(b.kind, res.text[b.start:b.end]) for b in res.blocks if b.kind != "headline"]
    assert got == [("paragraph", BODY), *want]


def test_a_note_run_on_after_a_paragraph_is_its_own_block():
    # a record's text that runs the note on after the last paragraph's quote
    res = clean_text(f'{BODY}\n\n"We will reopen on Thursday." Editor\'s note: The Orm Daily is '
                     "owned by the port authority.", TITLE)
    got = [(b.kind, res.text[b.start:b.end]) for b in res.blocks if b.kind != "headline"]
    assert got == [("paragraph", BODY), ("paragraph", '"We will reopen on Thursday."'),
                   ("note", "Editor's note: The Orm Daily is owned by the port authority.")]
    # near miss: a note mentioned inside a sentence stays in it
    res = clean_text(f"{BODY} The paper added an editor's note: it was wrong.", TITLE)
    assert [b.kind for b in res.blocks if b.kind != "headline"] == ["paragraph"]


NOTE = ("Editor's note: Ivo Brant regularly threatens the harbour unions and has pledged to "
        "sack 4,000 dock workers. He has called the port's pilots traitors more than 30 times. "
        "The Orm Daily endorses his rival in the harbour election.")


def _raw(outlet: str, paras: list[str], title: str = "Storm shuts Orm harbour") -> RawArticle:
    return RawArticle(source=f"{outlet}.txt", text="\n\n".join(paras), outlet=outlet, title=title)


def test_a_stock_note_is_no_copied_narration():
    """Two of one outlet's stories on different events, each with the outlet's stock note
    (three sentences, word for word): no likely source is named, as three copied
    sentences of narration would, and they share no sentence (provenance leaves the
    note's groups out)."""
    arts, _ = clean_all([
        _raw("Orm Daily", ["A storm closed the harbour of Orm on Monday, the port authority said.",
                           "The ferries to Vell will not sail before Thursday, the operator said.",
                           NOTE]),
        _raw("Orm Daily", ["The Orm city council voted to rebuild the fish market by 2032.",
                           "Traders will move to a car park near the station during the works.",
                           NOTE], title="Orm to rebuild its fish market"),
    ], Options())
    assert [b.kind for a in arts for b in a.blocks].count("note") == 2
    comp = compare_articles(arts, Options())
    assert comp.provenance.source is None
    assert comp.provenance.explanation.startswith("no shared sentences"), comp.provenance
    assert comp.provenance.overlap == {"a1": {"a2": 0.0}, "a2": {"a1": 0.0}}
    # the note still aligns: both articles carry it, shown as shared text
    assert len(comp.alignments) == 3


def test_a_note_gives_no_fact_only_here():
    """A figure in the outlet's note is no fact the other outlet leaves out; near miss: the
    same figure in a body paragraph is."""
    story = ["A storm closed the harbour of Orm on Monday, the port authority said.",
             "The ferries to Vell will not sail before Thursday, the operator said.",
             "Crews from Port Kess worked through the night to clear the quay."]
    other = _raw("Vell Post", [
        "Orm's harbour was shut by a violent storm early on Monday, the port authority said.",
        "Ferries to Vell are cancelled until Thursday, according to the operator.",
        "Crews from Port Kess cleared the quay overnight."])

    def only_here(paras):
        arts, _ = clean_all([_raw("Orm Daily", paras), other], Options())
        cov = coverage_summary(compare_articles(arts, Options()))
        o = next(o for o in cov["outlets"] if o["outlet"] == "Orm Daily")
        return " | ".join(t["label"] for t in o["only_here_top"])

    assert "4,000" not in only_here([*story, NOTE])
    assert "4,000" in only_here([*story, NOTE.replace("Editor's note: ", "")])
