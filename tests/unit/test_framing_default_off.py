"""Framing is off by default since session 17 (the pre-registered rule on its held-out read:
19/22 right on t51-t60, under the 0.9 bar; docs/findings.md): a plain comparison gives no
framing finding, ``Options(framing=True)`` (``--framing``) gives the aligned and the
story-wide ones, and ``story_framing=False`` keeps the aligned ones only."""

from support import compare_paragraphs

from storylens.options import Options

_A = ["PORT ILSE - Harbour master Dina Voss said the crane had failed its last inspection.",
      "Dockers walked out on Monday after the crane collapsed onto a cargo ship."]
_B = ["PORT ILSE - Harbour master Dina Voss claimed the crane had failed its last inspection.",
      "Dockers walked out on Monday after the crane collapsed onto a cargo ship."]


def _framing(options=None):
    return [f for f in compare_paragraphs(_A, _B, options=options).findings if f.type == "framing"]


def test_no_framing_finding_by_default():
    assert not Options().framing
    assert _framing() == []


def test_the_flag_turns_framing_on():
    found = _framing(Options(framing=True))
    assert len(found) == 1 and "claimed" in found[0].summary


def test_the_flag_with_aligned_framing_only():
    found = _framing(Options(framing=True, story_framing=False))
    assert len(found) == 1 and "claimed" in found[0].summary
