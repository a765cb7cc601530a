"""A deterministic synthetic news corpus with known stories and injected near-copies.

Everything is invented: words are built from syllables, names are invented, outlets
are fictional. The same arguments give the same corpus in every process and on every
machine (one ``random.Random(seed)``, no global state), which is what tests,
benchmarks and the Spark parity test need.

Each story has its own topic words, named people and a place, and starts on its own
day; its articles are published over the following days and mix the story's words
with general vocabulary and function words. Some articles are near-copies of another
article of the same story (a wire copy re-run by another outlet):

* 5-20 % of the words edited, in runs of 1-3 words (substituted, deleted or
  inserted), the way a copy editor touches a sentence rather than random single words;
* paragraphs reordered (half of the copies);
* 1-3 boilerplate lines added at the top or the bottom (newsletter, copyright,
  "read more");
* a few copies are exact: the same words, only case, spacing and punctuation changed.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

# Onsets, vowels and codas for invented words; chosen so words look pronounceable.
_ONSETS = ("b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p",
           "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "th")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "ou")
_CODAS = ("", "", "n", "r", "s", "l", "m", "nd", "st", "rt", "x")
# Real English function words keep the text shaped like prose for the tokenizer.
_FUNCTION = ("the", "a", "of", "to", "in", "and", "for", "on", "that", "with", "as",
             "was", "is", "by", "at", "from", "it", "said", "has", "had", "were", "be")
# Lines that syndicating sites add around a wire copy (templated per outlet).
_BOILERPLATE = (
    "Sign up for the {outlet} morning newsletter.",
    "Copyright {year} {outlet}. All rights reserved.",
    "Read more: the latest headlines from {outlet}.",
    "This article was originally published by a news agency.",
    "Follow {outlet} on social media for updates.",
    "Advertisement",
)


@dataclass(frozen=True)
class SynthArticle:
    """One invented article; ``copy_of`` names the article it is a near-copy of."""

    id: str
    text: str
    title: str
    published: str  # ISO 8601 datetime
    outlet: str
    story: str
    copy_of: str | None = None
    edit_rate: float = 0.0  # share of words edited in a copy (0.0 for exact copies)


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables)
    )


def _vocab(rng: random.Random, n: int, lo: int = 1, hi: int = 3) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < n:
        seen.setdefault(_word(rng, rng.randint(lo, hi)), None)
    return list(seen)


def _sentence(rng: random.Random, topic: list[str], general: list[str], cum: list[float]) -> list[str]:
    words = []
    for _ in range(rng.randint(8, 20)):
        u = rng.random()
        if u < 0.3:
            words.append(rng.choice(topic))
        elif u < 0.75:
            words.append(general[bisect.bisect(cum, rng.random() * cum[-1])])
        else:
            words.append(rng.choice(_FUNCTION))
    return words


def _render(paragraphs: list[list[list[str]]]) -> str:
    out = []
    for para in paragraphs:
        out.append(" ".join(" ".join(s).capitalize() + "." for s in para))
    return "\n\n".join(out)


def _edit(rng: random.Random, paragraphs: list[list[list[str]]], rate: float, pool: list[str]) -> list[list[list[str]]]:
    """Edit about ``rate`` of the words, in runs of 1-3 words."""
    slots = [(p, s) for p, para in enumerate(paragraphs) for s in range(len(para))]
    total = sum(len(paragraphs[p][s]) for p, s in slots)
    budget = round(rate * total)
    paras = [[list(s) for s in para] for para in paragraphs]
    while budget > 0:
        p, s = rng.choice(slots)
        sent = paras[p][s]
        run = min(rng.randint(1, 3), budget)
        if len(sent) <= run + 2:
            continue
        i = rng.randrange(0, len(sent) - run)
        op = rng.random()
        if op < 0.6:
            sent[i : i + run] = [rng.choice(pool) for _ in range(run)]
        elif op < 0.8:
            del sent[i : i + run]
        else:
            sent[i:i] = [rng.choice(pool) for _ in range(run)]
        budget -= run
    return paras


def synth_corpus(
    n_stories: int = 40,
    per_story: tuple[int, int] = (3, 10),
    copy_share: float = 0.25,
    exact_share: float = 0.15,
    words: tuple[int, int] = (250, 550),
    seed: int = 0,
    start: str = "2024-03-01T06:00:00",
) -> list[SynthArticle]:
    """Invented articles in ``n_stories`` stories, about ``copy_share`` of them copies.

    ``per_story`` bounds the number of original (non-copy) articles per story; each
    original is copied with probability ``copy_share`` (``exact_share`` of the copies
    are exact). Articles come back sorted by ``published``, then id.
    """
    rng = random.Random(seed)
    general = _vocab(rng, 4000)
    # Zipf-like weights so a few general words are common, as in real text.
    cum = list(itertools.accumulate(1.0 / (i + 10) for i in range(len(general))))
    outlets = [w.capitalize() + " " + rng.choice(("Times", "Post", "Herald", "News", "Daily"))
               for w in _vocab(rng, 30, 2, 2)]
    t0 = datetime.fromisoformat(start)
    drafts: list[dict] = []
    for st in range(n_stories):
        story = f"story{st:04d}"
        topic = _vocab(rng, 25, 2, 3)
        names = [w.capitalize() for w in _vocab(rng, 4, 2, 3)]
        place = _word(rng, 2).capitalize()
        topic_all = topic + names + [place] * 3
        day0 = t0 + timedelta(hours=rng.randint(0, 24 * max(1, n_stories // 2)))
        for _ in range(rng.randint(*per_story)):
            target = rng.randint(*words)
            paras: list[list[list[str]]] = []
            count = 0
            while count < target:
                para = [_sentence(rng, topic_all, general, cum) for _ in range(rng.randint(2, 4))]
                count += sum(len(s) for s in para)
                paras.append(para)
            title = " ".join(rng.choice(topic_all) for _ in range(rng.randint(5, 9))).capitalize()
            when = day0 + timedelta(minutes=rng.randint(0, 60 * 24 * 3))
            outlet = rng.choice(outlets)
            drafts.append(dict(story=story, paras=paras, title=title, when=when, outlet=outlet,
                               copy_of=None, rate=0.0, extra=(), exact=False))
            if rng.random() < copy_share:
                exact = rng.random() < exact_share
                rate = 0.0 if exact else round(rng.uniform(0.05, 0.20), 3)
                cparas = paras if exact else _edit(rng, paras, rate, general + topic_all)
                if not exact and rng.random() < 0.5:
                    cparas = list(cparas)
                    rng.shuffle(cparas)
                c_outlet = rng.choice([o for o in outlets if o != outlet])
                extra = () if exact else tuple(
                    rng.choice(_BOILERPLATE).format(outlet=c_outlet, year=when.year)
                    for _ in range(rng.randint(1, 3)))
                drafts.append(dict(story=story, paras=cparas, title=title,
                                   when=when + timedelta(minutes=rng.randint(5, 60 * 30)),
                                   outlet=c_outlet, copy_of=len(drafts) - 1, rate=rate,
                                   extra=extra, exact=exact, top=rng.random() < 0.5))
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i]["when"], i))
    ids = {i: f"syn{n:06d}" for n, i in enumerate(order)}
    out = []
    for i in order:
        d = drafts[i]
        text = _render(d["paras"])
        if d["exact"]:
            text = text.upper().replace(". ", ".  ").replace("\n\n", "\n \n")
        elif d["extra"]:
            lines = "\n".join(d["extra"])
            text = f"{lines}\n\n{text}" if d.get("top") else f"{text}\n\n{lines}"
        out.append(SynthArticle(
            id=ids[i], text=text, title=d["title"], published=d["when"].isoformat(),
            outlet=d["outlet"], story=d["story"],
            copy_of=None if d["copy_of"] is None else ids[d["copy_of"]], edit_rate=d["rate"]))
    return out


def copy_pairs(articles: list[SynthArticle]) -> set[tuple[str, str]]:
    """The injected (original, copy) pairs, each as a sorted id tuple."""
    return {tuple(sorted((a.id, a.copy_of))) for a in articles if a.copy_of is not None}  # type: ignore[misc]
