"""Overlap matrix and likely source (invented story and outlets)."""

from __future__ import annotations

from storylens.align import align
from storylens.models import Article, Document
from storylens.options import Options
from storylens.provenance import provenance
from storylens.segment import segment

WIRE = [
    "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks.",
    "Ferries will carry commuters across the Elm estuary until repairs are finished in June.",
    "Repairs are expected to cost about $12 million, according to the city budget office.",
    "The Harbourview Bridge opened in 1931 and carries 20,000 cars a day.",
]


def doc(i: int, sentences: list[str]) -> Document:
    return segment(Article(f"a{i}", f"t{i}", f"Outlet {i}", " ".join(sentences)))


def test_single_article() -> None:
    d = doc(1, WIRE)
    p = provenance([d], [])
    assert p.overlap == {} and p.source is None and p.explanation


def test_overlap_and_source() -> None:
    docs = [doc(1, [WIRE[0], "A local baker said trade had fallen sharply this week.", WIRE[1]]),
            doc(2, WIRE),
            doc(3, [WIRE[2], "Tolls stay at two dollars for cars on the old crossing.", WIRE[3], WIRE[0]])]
    als, _ = align(docs, Options())
    p = provenance(docs, als)
    assert p.source == "a2"
    assert p.overlap["a1"] == {"a2": round(2 / 3, 4), "a3": round(1 / 3, 4)}
    assert p.overlap["a2"]["a1"] == 0.5 and p.overlap["a2"]["a3"] == 0.75
    assert p.overlap["a3"]["a2"] == 0.75
    assert set(p.scores) == {"a1", "a2", "a3"}
    assert p.scores["a2"] == max(p.scores.values()) == 1.0
    assert "a2" in p.explanation and "\n" not in p.explanation


def test_no_shared_sentences() -> None:
    docs = [doc(1, WIRE[:1]), doc(2, ["The Brightwater choir won a regional singing prize last weekend."])]
    p = provenance(docs, align(docs, Options())[0])
    assert p.source is None
    assert p.overlap == {"a1": {"a2": 0.0}, "a2": {"a1": 0.0}}


# A statement both outlets quote, and a site's contact lines: shared words, not copying.
STATEMENT = [
    "“We are rebuilding the Harbourview Bridge with steel from our own mills.",
    "Every commuter will have a faster and safer crossing by the end of June.",
    "This city does not abandon its bridges,” Mayor Ilse Varga said in a statement.",
]
CONTACTS = ["Contact the Elm Gazette newsroom:", "PRESS OFFICE HOTLINE", "Follow Elm Gazette Updates"]


def test_shared_quotes_and_stock_lines_name_no_source() -> None:
    from storylens.pipeline import compare_articles

    def art(i: int, lede: str) -> Article:
        return Article(f"a{i}", f"t{i}", f"Outlet {i}", "\n\n".join([lede, " ".join(STATEMENT), *CONTACTS]))

    c = compare_articles([art(1, "The Elm Gazette reported the closure first on Monday morning after a tip."),
                          art(2, "Commuters queued for ferries across the Elm estuary for a second day.")])
    # they do share the statement's three sentences and the stock lines word for word ...
    assert sum(al.kind in ("verbatim", "edited") for al in c.alignments) >= 5
    # ... which is quoting and a shared template, not one outlet copying the other
    assert c.provenance.source is None
    assert "fewer than the 3" in c.provenance.explanation


def test_three_copied_narration_sentences_name_the_source() -> None:
    # two articles tie (both are in every shared group): the copy's own credit decides
    a = doc(1, WIRE)
    b = segment(Article("a2", "t2", "Elm Gazette", " ".join(
        [WIRE[0], WIRE[1], "A local baker said trade had fallen sharply this week.", WIRE[3]]),
        credits=("Outlet 1",)))
    p = provenance([a, b], align([a, b], Options())[0])
    assert p.source == "a1" and "3 copied" in p.explanation


# Reader report s7 item 2: with two articles the scores always tie, and the old tie-break
# (the larger share of its own body shared) named the shorter article, a condensed
# rewrite, as the source of the page it credits. A tie is decided only by evidence from
# outside the shared text: a credit, or a clearly earlier publication time.
LEDE = "Fueled by residents leaving the state, Ostrava County is at risk of losing a seat in the assembly."
LONG = [LEDE, WIRE[0], WIRE[1], WIRE[3],
        "The county clerk's office counted 1,200 fewer voters than in the last census.",
        "Officials in the northern districts said the figures were still being checked."]


def _pair(short_text: str, *, long_outlet: str = "latimes.com", long_url: str | None = None,
          short_credits: tuple[str, ...] = (), long_published: str | None = None,
          short_published: str | None = None) -> tuple[str | None, str]:
    long = segment(Article("a1", "t1", long_outlet, " ".join(LONG), url=long_url, published=long_published))
    short = segment(Article("a2", "t2", "calcoast.example", short_text, credits=short_credits,
                            published=short_published))
    docs = [long, short]
    p = provenance(docs, align(docs, Options())[0])
    return p.source, p.explanation


SHORT = " ".join([LEDE, WIRE[0], WIRE[1], WIRE[3]])


def test_tie_names_no_source_without_evidence() -> None:
    src, why = _pair(SHORT)
    assert src is None and "a tie" in why and "the most of any article" not in why


def test_tie_decided_by_a_credit_to_the_other_outlet() -> None:
    # the cleaner records "[LA Times]" after the rewrite's lede as a credit
    src, why = _pair(SHORT, short_credits=("LA Times",))
    assert src == "a1" and "a credit: a2 names it ('LA Times')" in why and "as many as a2" in why
    # spelled out, and matched through the URL's domain when the outlet is a site name
    assert _pair(SHORT, long_outlet="Los Angeles Times", short_credits=("Los Angeles Times",))[0] == "a1"
    assert _pair(SHORT, long_outlet="LAT", long_url="https://www.latimes.com/x",
                 short_credits=("LA Times",))[0] == "a1"
    # in running text: "according to the Los Angeles Times"
    cited = SHORT.replace("Fueled by", "According to the Los Angeles Times, fueled by", 1)
    assert _pair(cited)[0] == "a1"


def test_tie_credit_near_misses() -> None:
    # a credit to a third outlet, or to an agency, says nothing about these two
    assert _pair(SHORT, short_credits=("Boston Globe",))[0] is None
    assert _pair(SHORT, short_credits=("AP",))[0] is None
    # "according to" a name that is no masthead (a person, an office) is no credit
    cited = SHORT.replace("Fueled by", "According to Mayor Ilse Varga, fueled by", 1)
    assert _pair(cited)[0] is None


def test_tie_decided_by_clearly_earlier_publication() -> None:
    src, why = _pair(SHORT, long_published="2026-03-02T09:00:00Z", short_published="2026-03-04T10:00:00Z")
    assert src == "a1" and "published first" in why
    # the later one is never the source, whichever is shorter
    assert _pair(SHORT, long_published="2026-03-04T18:00:00+00:00",
                 short_published="2026-03-04T09:00:00+00:00")[0] == "a2"


def test_tie_publication_time_near_misses() -> None:
    # dates alone (or midnight) a day apart: time zones can make them one moment
    assert _pair(SHORT, long_published="2026-03-02", short_published="2026-03-03")[0] is None
    assert _pair(SHORT, long_published="2026-03-02T00:00:00", short_published="2026-03-03T00:00:00")[0] is None
    # zoned times within the hour: one CMS clock against another
    assert _pair(SHORT, long_published="2026-03-04T09:00:00Z", short_published="2026-03-04T09:40:00Z")[0] is None
    # one side without a date
    assert _pair(SHORT, long_published="2026-03-02T09:00:00Z")[0] is None


def test_unquoted_words_table() -> None:
    from storylens.provenance import unquoted_words

    cases = {
        "Mayor Ilse Varga closed the Harbourview Bridge on Monday.": 9,
        "“We will rebuild every bridge in the country by next year.": 0,  # a quoted paragraph runs on
        "He said: “We will rebuild every bridge in the country by next year.": 2,
        "and safer by June,” the mayor told reporters at the ferry terminal.": 8,  # closes an earlier quote
        "and safer by June,\" the mayor told reporters at the ferry terminal.": 8,
        "The mayor said the bridge was “a scandal” and promised a full inquiry.": 11,
    }
    for text, words in cases.items():
        assert unquoted_words(text) == words, text
