"""One title for a story: the plainest, most shared headline of its articles.

Used wherever a story needs a title, so the terminal, the HTML report and the web page
name it the same way and say whose headline it is ("theguardian.com's headline"), and by
the stored story's label (:func:`storylens.corpus.rows.draft_story`). Rules are data in
:mod:`storylens.rules.headlines`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .rules.headlines import LEAD_LABEL, MEDIA_TAG, SHOUT_MIN_LETTERS, SPECIFIC_MIN_WORDS
from .rules.words import STOPWORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_REPEAT = re.compile(r"\b((?:\S+\s+){1,5}?\S+)(?:\s+\1\b)+", re.I)


def loudness(title: str) -> int:
    """How loudly ``title`` sells itself: one per word shouted in capitals (a headline all
    in capitals counts as one), two per media tag ("(VIDEO)") or leading label ("WATCH:"),
    one per exclamation mark. 0 for a plain headline."""
    score = 2 * len(MEDIA_TAG.findall(title)) + 2 * bool(LEAD_LABEL.search(title)) + title.count("!")
    words = [w for w in _WORD.findall(MEDIA_TAG.sub(" ", LEAD_LABEL.sub(" ", title))) if any(c.isalpha() for c in w)]
    caps = [w for w in words if w.isupper() and sum(c.isalpha() for c in w) >= SHOUT_MIN_LETTERS]
    lowered = [w for w in words if not w.isupper()]
    if caps and not lowered:  # a headline all in capitals: one mark, not one per word
        return score + 1
    return score + len(caps)


def content_words(title: str) -> list[str]:
    """The headline's words, lower case, without stop words (possessive 's dropped)."""
    out = []
    for w in _WORD.findall(title.lower().replace("’", "'")):
        w = w.removesuffix("'s")
        if w and w not in STOPWORDS and not w.isdigit():
            out.append(w)
    return out


def drop_repeats(title: str) -> str:
    """``title`` with a run of words said twice in a row said once ("kanye west kanye west
    collaborate adidas" -> "kanye west collaborate adidas"). Only runs of two or more
    words: a doubled single word is often a name ("Bora Bora", "Baden Baden")."""
    return " ".join(_REPEAT.sub(r"\1", title).split())


def shared_words(titles: Sequence[str]) -> list[int]:
    """Per headline, how many of its distinct content words another headline also has:
    the headline most like the others names the story, an outlier's least."""
    sets = [set(content_words(t)) for t in titles]
    df = Counter(w for s in sets for w in s)
    return [sum(1 for w in s if df[w] > 1) for s in sets]


@dataclass(frozen=True)
class Headline:
    """A candidate title: the article it heads and its outlet."""

    title: str
    article: str
    outlet: str | None = None


def choose(candidates: Sequence[Headline], prefer: str | None = None) -> Headline | None:
    """The story's title among its articles' headlines, or None when none has one.

    In order: the least loud (:func:`loudness`); then the most specific when another is
    generic (fewer than ``SPECIFIC_MIN_WORDS`` content words); then the one sharing most
    words with the others (:func:`shared_words`); then ``prefer`` (the likely source);
    then input order.
    """
    titled = [c for c in candidates if c.title and c.title.strip()]
    if not titled:
        return None
    shared = shared_words([c.title for c in titled])

    def key(ic: tuple[int, Headline]):
        i, c = ic
        generic = len(set(content_words(c.title))) < SPECIFIC_MIN_WORDS
        return (loudness(c.title), generic, -shared[i], c.article != prefer, i)

    return min(enumerate(titled), key=key)[1]


def whose(h: Headline) -> str:
    """"theguardian.com's headline" (the article id when the outlet is unknown)."""
    return f"{h.outlet or h.article}’s headline"


def story_title(
    articles: Sequence[tuple[str, str | None, str | None, str | None]],
    source: str | None = None,
    label: str | None = None,
) -> tuple[str, str] | None:
    """``(title, whose)`` of a compared story from its articles' ``(id, outlet, title,
    url)``: :func:`choose` over their headlines with the site's own suffix off
    ("Ferry aground | CBC News"), ``source`` the likely source. None when no title.

    ``label``: a stored story's label (``storylens story``, the web story page): the
    article whose headline it is gives the title, so the stories list and the story's
    page name it alike (the label was chosen over all its articles by the same rules).
    """
    from .extract import strip_site, url_domain

    names = {o for _, o, _, _ in articles if o} | {d for *_, u in articles if (d := url_domain(u))}
    if label:
        want = " ".join(label.split())
        for i, o, t, _ in articles:
            if t and " ".join(drop_repeats(t).split()) == want:
                return strip_site(want, names), whose(Headline(t, i, o))
    picked = choose(
        [Headline(strip_site(t, names) if t else "", i, o) for i, o, t, _ in articles], prefer=source
    )
    return None if picked is None else (picked.title, whose(picked))


__all__ = ["Headline", "story_title", "choose", "content_words", "drop_repeats", "loudness", "shared_words", "whose"]
