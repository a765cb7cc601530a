"""The optional public lexicon reader (rules/subjectivity.py): pattern's adjective scores
read from an installed TextBlob, never shipped; absent package -> empty table."""

from __future__ import annotations

from pathlib import Path

from storylens.rules import subjectivity

# An invented file in the lexicon's own format (two senses of one word are averaged; a
# noun sense and a multi-word phrase are not adjectives the modifier rule could read).
XML = """<?xml version="1.0" encoding="utf-8"?>
<sentiment language="en" version="1.3" license="PDDL">
<word form="grisly" pos="JJ" polarity="-0.9" subjectivity="1.0" />
<word form="grisly" pos="JJ" polarity="-0.7" subjectivity="0.9" />
<word form="plain" pos="JJ" polarity="0.1" subjectivity="0.3" />
<word form="mysterious" pos="JJ" polarity="0.0" subjectivity="1.0" />
<word form="wonder" pos="NN" polarity="0.8" subjectivity="1.0" />
<word form="in good taste" pos="JJ" polarity="0.7" subjectivity="1.0" />
</sentiment>
"""


def _with_file(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(subjectivity, "lexicon_file", lambda: path)
    subjectivity.adjective_scores.cache_clear()


def test_scores_average_senses_and_keep_adjectives_only(tmp_path, monkeypatch):
    f = tmp_path / "en-sentiment.xml"
    f.write_text(XML, encoding="utf-8")
    _with_file(monkeypatch, f)
    try:
        scores = subjectivity.adjective_scores()
        assert set(scores) == {"grisly", "plain", "mysterious"}
        assert scores["grisly"] == (-0.8, 0.95)
        # strongly subjective AND polar: not "plain" (objective), not "mysterious" (no polarity)
        assert set(subjectivity.subjective_adjectives()) == {"grisly"}
    finally:
        subjectivity.adjective_scores.cache_clear()


def test_absent_lexicon_is_an_empty_table(monkeypatch):
    _with_file(monkeypatch, None)
    try:
        assert subjectivity.adjective_scores() == {}
        assert subjectivity.subjective_adjectives() == {}
    finally:
        subjectivity.adjective_scores.cache_clear()


def test_lexicon_is_not_shipped_in_the_package():
    package = Path(subjectivity.__file__).resolve().parents[1]
    assert not list(package.rglob("en-sentiment.xml"))
