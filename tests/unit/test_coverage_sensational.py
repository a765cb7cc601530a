"""The coverage summary's "sensational" attribution reads whole words, as the framing
finder does: a neutral "said" beside "restaurants" ("rants") or "granting" ("ranting")
is neutral (third-session reading of SemEval). Invented two-outlet story."""

from __future__ import annotations

from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = "Robbers have held up four cafes in the harbour district of Vella since Friday, police said."


def _attribution(line: str) -> dict[str, int]:
    texts = {
        "Harbour Post": [LEDE, line],
        "Vella Times": [LEDE, "Detectives asked cafe owners to keep their footage for a week."],
    }
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(texts.items())]
    cov = coverage_summary(compare_articles(arts, Options()))
    return next(o for o in cov["outlets"] if o["article"] == "a1")["attribution"]


def test_a_word_inside_another_is_not_sensational():
    got = _attribution("Police said the robbers targeted restaurants after granting the staff "
                       "a minute to empty the tills.")
    assert got["sensational"] == 0 and got["neutral"] >= 2, got


def test_a_sensational_verb_still_counts():
    # near miss: the whole word marks the sentence's cue as sensational
    got = _attribution("The mayor slammed the police response, the owners of the cafes said.")
    assert got["sensational"] == 1, got
