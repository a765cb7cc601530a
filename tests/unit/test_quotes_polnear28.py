"""Session 28 (PolNeAR valid errors, content spans): four general mechanisms.

1. A subject with an aside before its verb ("Lund, in particular, has criticized … and
   called for …"; "Lund, the harbour chief, …"): a coordinated cue shares the subject,
   as it does without the aside. Before, the second cue was lost, or took "Lund, in
   particular, criticized the deal and" as its speaker. A relative aside ("Lund, who
   chairs the board, …") is left as it was.
2. A quoted phrase inside the subject of a reported clause ('by saying his refusal to use
   the words "harbour tax" was …'): the clause is still read as one.
3. A noun-phrase object followed by the subject's next verb ("praised the crews but also
   had to …", "promised a veto and attempted to …"): the object ends before it.
4. A directive participle after a comma (", urging her supporters to visit …"): the
   listener and its infinitive are the content, as for "urged her supporters to …".
5. An object pronoun before the cue's subject ("the gap between what Lund says her levy
   would do", "…, which Lund says she will keep open"): the pronoun is the content
   (PolNeAR's span); after "what" the words that follow are no report. Before, "her levy
   would do and what it does is wide" was reported as Lund's words.

Invented text (fictional people and places), each with near misses that must not change.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article, Document
from storylens.segment import segment


def _found(text: str) -> list[tuple[str | None, str | None, str]]:
    doc: Document = segment(Article(id="a1", source="test", outlet="Test Post", text=text))
    out = []
    for q in extract_quotes(doc):
        sp = text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
        cue = text[q.cue_span[0] : q.cue_span[1]] if q.cue_span else None
        out.append((sp, cue, text[q.start : q.end]))
    return out


# (text, an attribution that must be found: (speaker, cue, content))
FOUND = [
    # 1: an adverbial aside after the subject
    (
        "Mayor Tilda Orven, in particular, has criticized the harbour deal and called for "
        "new limits on dredging.",
        ("Mayor Tilda Orven", "called for", "new limits on dredging"),
    ),
    (
        "Mayor Tilda Orven, in particular, criticized the harbour deal and said the council "
        "would vote again.",
        ("Mayor Tilda Orven", "said", "the council would vote again"),
    ),
    # 1: an appositive: the second cue's speaker is the first cue's
    (
        "Mayor Tilda Orven, the harbour chief, has criticized the harbour deal and called for "
        "new limits on dredging.",
        ("Mayor Tilda Orven, the harbour chief", "called for", "new limits on dredging"),
    ),
    # 2: quoted words inside the reported clause's subject
    (
        'Mayor Tilda Orven answered a fisher by saying her refusal to use the words "harbour '
        'tax" was a manufactured issue.',
        (None, "saying", 'her refusal to use the words "harbour tax" was a manufactured issue'),
    ),
    # 3: the object ends before the subject's next verb
    (
        "Mayor Tilda Orven praised the harbour crews but also had to give them more time.",
        ("Mayor Tilda Orven", "praised", "the harbour crews"),
    ),
    (
        "Mayor Tilda Orven promised a veto and attempted to rally the council.",
        ("Mayor Tilda Orven", "promised", "a veto"),
    ),
    (
        "Mayor Tilda Orven criticized the levy and then purged it from the budget.",
        ("Mayor Tilda Orven", "criticized", "the levy"),
    ),
    # 4: a directive participle with its listener and infinitive
    (
        "Mayor Tilda Orven spoke at the quay, urging her supporters to visit the harbour office.",
        (None, "urging", "her supporters to visit the harbour office"),
    ),
    # 5: the object pronoun before the subject
    (
        "The gap between what Mayor Orven says her levy would do and what it does is wide.",
        ("Mayor Orven", "says", "what"),
    ),
    (
        "The deals amounted to what the auditors said was harbour gerrymandering.",
        ("the auditors", "said", "what"),
    ),
    (
        "The port kept the Velm quay, which Mayor Orven says she will keep open even at a loss.",
        ("Mayor Orven", "says", "which"),
    ),
    (
        "The port kept the Velm quay, which Mayor Orven says she will keep open even at a loss.",
        ("Mayor Orven", "says", "she will keep open even at a loss"),
    ),
]

# near misses: (text, a content that must still be found whole, or None; words no speaker
# may hold)
NEAR_MISSES = [
    # 1: a list of subjects, not a subject and its aside: the first cue's object is kept
    (
        "Mayor Tilda Orven, the harbour chief, the port pilots and the fishers criticized the "
        "harbour deal and said the council would vote again.",
        "the harbour deal",
        None,
    ),
    # 1: a relative aside is no plain aside: read as before (the first cue's object kept)
    (
        "Mayor Tilda Orven, who chairs the harbour board, criticized the harbour deal and said "
        "the council would vote again.",
        "the harbour deal",
        None,
    ),
    # 1: an aside that is itself an attribution keeps its own cue
    (
        "Mayor Tilda Orven, who said the deal was weak, criticized the harbour deal and said the "
        "council would vote again.",
        None,
        "criticized the harbour deal and",
    ),
    # 3: a participle before a noun is part of the object
    (
        "Mayor Tilda Orven praised the harbour crews and trained volunteers at Port Salvane.",
        "the harbour crews and trained volunteers at Port Salvane",
        None,
    ),
    # 3: a verb of a relative clause in the object stays in it
    (
        "Mayor Tilda Orven praised the crews that arrived and cleared the quay.",
        "the crews that arrived and cleared the quay",
        None,
    ),
    # 3: a reported clause (not an object) keeps its coordinated verb
    (
        "Mayor Tilda Orven said the crews arrived early and cleared the quay.",
        "the crews arrived early and cleared the quay",
        None,
    ),
    # 4: a directive participle without a listener and infinitive reports nothing new
    ("Mayor Tilda Orven spoke at the quay, urging calm.", None, None),
    ("Mayor Tilda Orven spoke at the quay, asking again to see the harbour books.", None, None),
    # 5: a cleft opened by "What" keeps its reported clause; "what" after the cue is its
    # object; "in which" is a setting, no object of the cue
    ("What Ena Vosk said was that the quay would close.", "was that the quay would close", None),
    ("Ena Vosk said what the board wanted to hear.", "what the board wanted to hear", None),
    (
        "The pilots met in the hall, in which Ena Vosk said the quay would close.",
        "the quay would close",
        None,
    ),
]


@pytest.mark.parametrize("text,want", FOUND)
def test_found(text, want):
    assert want in _found(text)


@pytest.mark.parametrize("text,content,not_in_speaker", NEAR_MISSES)
def test_near_misses(text, content, not_in_speaker):
    found = _found(text)
    if content is not None:
        assert content in [c for _, _, c in found]
    if not_in_speaker is not None:
        assert not any(sp and not_in_speaker in sp for sp, _, _ in found)
    if content is None and not_in_speaker is None:
        assert not any(cue and cue.endswith("ing") for _, cue, _ in found)


def test_no_pronoun_content_after_what_clause():
    """After "what" the free relative's words are no report of the speaker's."""
    found = _found("The gap between what Mayor Orven says her levy would do and what it does is wide.")
    assert not any("her levy" in c for _, _, c in found)
