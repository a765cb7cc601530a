"""An optional public lexicon of subjective adjectives, read at run time from TextBlob.

Issue 12, item 3 asks for loaded and subjective wording from a documented public lexicon.
The one that ships on PyPI under licences an MIT package may use is pattern's English
sentiment lexicon (De Smedt & Daelemans 2012, "Pattern for Python", JMLR 13), which
TextBlob installs as ``textblob/en/en-sentiment.xml``:

* TextBlob: MIT (its wheel's ``License-Expression: MIT``);
* the lexicon file itself: ``license="PDDL"`` (Open Data Commons Public Domain Dedication
  and Licence) in its root element; 2,918 adjective senses (1,341 words), each with a
  polarity (-1..1), a subjectivity (0..1) and a reliability ("hand-tagged 1.0, inferred
  0.7"); tagged for movie reviews (its own header: 75% accuracy on Pang & Lee).

Nothing of it is copied into this repository: :func:`subjective_adjectives` reads the file
from the installed package (found with ``importlib.util.find_spec``, without importing
TextBlob, which would import NLTK) and returns ``{}`` when it is not installed. Install
with the ``subjectivity`` extra (``pip install 'storylens[subjectivity]'``).

Status: **evaluated, not adopted** (``benchmarks/subjectivity_lexicon.py``, figures in
docs/findings.md, "Public lexicon: pattern's subjectivity scores"). Its strongly
subjective adjectives were added to the story-wide modifier rule as a class of their own
and read by hand on the dev pairs and the non-gold population; they read right well under
the 9 in 10 the project asks of a default, because a movie-review lexicon scores as
subjective the plain words of news ("deadly attack", "violent protests", "guilty plea",
"president-elect"). No finder reads it by default; the benchmark is how to re-measure it.
"""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

# The package and the file inside it.
PACKAGE = "textblob"
LEXICON_PATH = ("en", "en-sentiment.xml")

# Cut-offs of "strongly subjective": the mean subjectivity of the word's adjective senses,
# and the magnitude of their mean polarity (a subjective word of no polarity, "mysterious",
# asserts no judgement). 0.9 / 0.5 is the lexicon's own top band on both scales; 336 words.
MIN_SUBJECTIVITY = 0.9
MIN_POLARITY = 0.5


def lexicon_file() -> Path | None:
    """Where the installed TextBlob keeps pattern's lexicon, or ``None`` when TextBlob is
    not installed (or ships no such file)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root).joinpath(*LEXICON_PATH)
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=4)
def adjective_scores() -> dict[str, tuple[float, float]]:
    """word -> (mean polarity, mean subjectivity) over its adjective senses; ``{}`` when
    the lexicon is not installed."""
    path = lexicon_file()
    if path is None:
        return {}
    senses: dict[str, list[tuple[float, float]]] = {}
    for w in ET.parse(path).getroot().iter("word"):
        if w.get("pos") != "JJ":
            continue
        form = (w.get("form") or "").lower()
        if not form or " " in form:
            continue  # "in good taste": a phrase, not one modifier
        try:
            senses.setdefault(form, []).append(
                (float(w.get("polarity", 0)), float(w.get("subjectivity", 0))))
        except ValueError:
            continue
    return {k: (sum(p for p, _ in v) / len(v), sum(s for _, s in v) / len(v))
            for k, v in senses.items()}


def subjective_adjectives(min_subjectivity: float = MIN_SUBJECTIVITY,
                          min_polarity: float = MIN_POLARITY) -> dict[str, tuple[float, float]]:
    """The strongly subjective adjectives of the lexicon: word -> (polarity,
    subjectivity), ``{}`` when it is not installed."""
    return {w: ps for w, ps in adjective_scores().items()
            if ps[1] >= min_subjectivity and abs(ps[0]) >= min_polarity}
