"""Framing is on by default again since session 34 (the pre-registered rule on its held-out
read: 15/16 on t221-t230, the last three reads 40/43), after sessions 30-33 off (5/8 on t181-t190; on in sessions 28-29 at 9/10 and 10/11, off in session 27 at 17/20, on in
sessions 24-26, off in session 23 at 10/12, on in sessions 18-22, off in session 17 at 19/22;
docs/findings.md): a plain comparison gives the framing finding, ``Options(framing=False)``
(``--no-framing``) gives none, and ``story_framing=False`` keeps the aligned ones only. Session 19's read (t71-t80) kept framing on (16/16), turned quote changes
off again (9/12) and additions on (11/12). Session 20's (t81-t90) kept framing on (15/16),
turned fact conflicts on (7/7), quote changes on again (7/7) and shared quotes off (25/28).
Session 21's (t91-t100) kept framing (11/11) and quote changes (6/6) on, turned fact conflicts
(3/6), additions (5/6) and shared sources (3/6) off and shared quotes on again (25/25).
Session 22's (t101-t110) turned additions (8/8) and shared sources (8/8) on again; session
23's (t111-t120) turned framing (10/12) and quote changes (9/11) off; session 24's
(t121-t130) turned framing on again (12/13) and additions off (5/8); session 26's (t141-t150)
turned quote changes on again (5/5); session 27's (t151-t160) turned framing (17/20) and quote
changes (8/11) off; session 28's (t161-t170) turned framing on again (9/10); session 30's
(t181-t190) turned framing (5/8) and shared quotes (21/25) off; session 34's (t221-t230) turned framing
on again (15/16) and shared quotes off (23/26)."""

from support import compare_paragraphs

from storylens.options import Options

_A = ["PORT ILSE - Harbour master Dina Voss said the crane had failed its last inspection.",
      "Dockers walked out on Monday after the crane collapsed onto a cargo ship."]
_B = ["PORT ILSE - Harbour master Dina Voss claimed the crane had failed its last inspection.",
      "Dockers walked out on Monday after the crane collapsed onto a cargo ship."]


def _framing(options=None):
    return [f for f in compare_paragraphs(_A, _B, options=options).findings if f.type == "framing"]


def test_framing_finding_by_default():
    # session 40's defaults (its held-out read, docs/findings.md): shared sources, name
    # variants, framing, shared quotes and additions on; quote changes, fact conflicts,
    # omissions and descriptors off
    assert Options().shared_sources and Options().framing and Options().shared_quotes
    assert not Options().quote_changes
    assert not Options().fact_conflicts
    assert Options().additions
    assert not Options().fact_coverage and not Options().descriptors
    found = _framing()
    assert len(found) == 1 and "claimed" in found[0].summary
    assert _framing(Options(framing=False)) == []


def test_the_flag_turns_framing_off():
    assert _framing(Options(framing=False)) == []
    found = _framing(Options(framing=True))
    assert len(found) == 1 and "claimed" in found[0].summary


def test_the_flag_with_aligned_framing_only():
    found = _framing(Options(framing=True, story_framing=False))
    assert len(found) == 1 and "claimed" in found[0].summary
