"""The self-contained HTML report: offline, escaped, complete."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_comparison import XSS_ATTR, XSS_SCRIPT, XSS_URL, sample_comparison

from storylens.report.html import environment, render_html, safe_url, script_json
from storylens.report.jsonout import to_json


class _Page(HTMLParser):
    """Collects tags with attributes, each sentence span's text and the script bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.sentences: dict[str, str] = {}
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._open: list[tuple[str, str | None]] = []  # (tag, sentence id)
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self._script = a
            self.scripts.append((a, ""))
        sid = a.get("data-sentence") if tag == "span" else None
        if sid:
            self.sentences[sid] = ""
        self._open.append((tag, sid))

    def handle_endtag(self, tag):
        while self._open:
            t, _ = self._open.pop()
            if t == tag:
                break
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, body = self.scripts[-1]
            self.scripts[-1] = (attrs, body + data)
            return
        for _, sid in reversed(self._open):
            if sid:
                self.sentences[sid] += data
                break


def _parse(markup: str) -> _Page:
    page = _Page()
    page.feed(markup)
    page.close()
    return page


@pytest.fixture(scope="module")
def hostile() -> str:
    return render_html(sample_comparison(hostile=True))


@pytest.fixture(scope="module")
def plain() -> str:
    return render_html(sample_comparison())


def test_is_one_html_document(plain):
    assert plain.startswith("<!DOCTYPE html>")
    assert plain.count("<html") == 1 and plain.rstrip().endswith("</html>")
    assert "<style>" in plain and "Content-Security-Policy" in plain


@pytest.mark.parametrize("fixture", ["plain", "hostile"])
def test_no_external_resource_loads(request, fixture):
    markup = request.getfixturevalue(fixture)
    page = _parse(markup)
    for tag, attrs in page.tags:
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href")
        if href is None:
            continue
        if re.match(r"\s*(https?:)?//", href, re.I):
            # only the link to the original article, a navigation the reader chooses
            assert tag == "a" and attrs.get("class") == "source-link", (tag, attrs)
            assert "noreferrer" in (attrs.get("rel") or "")
        else:
            assert href.startswith("#"), (tag, attrs)
    assert not any(tag == "link" for tag, _ in page.tags)
    assert not re.search(r"@import|url\(", markup)
    assert not re.search(r"\b(fetch|XMLHttpRequest|WebSocket|import\()", markup)


def test_payloads_are_escaped(hostile):
    assert XSS_SCRIPT not in hostile
    assert XSS_ATTR not in hostile
    assert "<b>Herald</b>" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    # only our own two script elements exist, and no event-handler attribute was injected
    page = _parse(hostile)
    assert len(page.scripts) == 2
    assert hostile.lower().count("</script") == 2
    for tag, attrs in page.tags:
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        for v in attrs.values():
            assert not (v or "").strip().lower().startswith("javascript:"), (tag, attrs)


def test_javascript_url_is_text_not_link(hostile):
    assert 'href="javascript:' not in hostile.lower()
    assert f'<span class="source-text">{XSS_URL}</span>' in hostile


def test_embedded_json_is_inert_and_round_trips(hostile):
    page = _parse(hostile)
    (attrs, body), _ = page.scripts
    assert attrs == {"type": "application/json", "id": "storylens-data"}
    assert "<" not in body and ">" not in body and "&" not in body
    data = json.loads(body)
    assert data["document"] == to_json(sample_comparison(hostile=True))
    assert data["groups"]["g2"] == ["a1:s2", "a2:s2"]


@pytest.mark.parametrize("hostile_flag", [False, True])
def test_every_sentence_present_with_its_text(hostile_flag):
    c = sample_comparison(hostile_flag)
    page = _parse(render_html(c))
    expected = {s.id: s.text for d in c.documents for s in d.sentences}
    assert page.sentences == expected


def test_sentence_spans_carry_kind_and_group(plain):
    assert re.search(
        r'<span class="s k-edited" id="a2:s2" data-sentence="a2:s2" data-group="g2"', plain
    )
    assert '<span class="s k-unique" id="a3:s2" data-sentence="a3:s2"' in plain
    assert '<span class="s k-verbatim" id="a1:s4"' in plain
    assert '<span class="s k-paraphrase" id="a3:s0"' in plain
    # finding spans are marked inside the sentence
    assert '<mark data-finding="f0">deal</mark>' in plain


def test_findings_grouped_in_order(plain):
    # registry order, kinds of one weight by confidence (findings.kinds.section_order)
    titles = [
        "Changed quotes",
        "Conflicting facts",
        "Framing and word choice",
        "Names spelled differently",
        "Omissions",
        "Additions",
        "Shared source text",
    ]
    pos = [plain.index(f"<h3>{t} ") for t in titles]
    assert pos == sorted(pos)
    assert 'data-finding="f1" data-sentences="a1:s3 a2:s3"' in plain


def test_diff_and_heatmap_and_removed(plain):
    assert "<del>contract</del> <ins>deal</ins>" in plain
    assert "likely source" in plain and "rgba(214, 69, 50, " in plain
    assert '<span class="reason">advert</span>' in plain and "Advertisement" in plain
    assert 'id="toggle-removed"' in plain


def test_templates_are_partials_with_autoescape():
    env = environment()
    names = set(env.list_templates())
    assert {
        "base.html",
        "report.html",
        "_story.html",
        "_findings.html",
        "_diff.html",
        "_provenance.html",
    } <= names
    assert env.from_string("{{ x }}").render(x="<i>") == "&lt;i&gt;"
    assert env.get_template("_story.html").environment.autoescape("_story.html")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x", True),
        ("http://a.example", True),
        ("HTTPS://A.EXAMPLE/", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,hi", False),
        ("//evil.example/x", False),
        ("vbscript:x", False),
        ("", False),
        (None, False),
        ("https://[::1", False),
    ],
)
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_script_json_escapes():
    out = str(script_json({"t": "</script><!-- & \u2028"}))
    assert out == '{"t": "\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(out) == {"t": "</script><!-- & \u2028"}


def test_demo_report_complete_and_offline():
    from storylens.demo import demo_paths
    from storylens.pipeline import compare

    c = compare(demo_paths())
    markup = render_html(c)
    page = _parse(markup)
    assert page.sentences == {s.id: s.text for d in c.documents for s in d.sentences}
    assert not any("src" in attrs or tag == "link" for tag, attrs in page.tags)
    assert len(page.scripts) == 2


# Pieces of markup, script and template syntax, joined into short strings.
_PIECES = list("<>&\"'/=`ab :\u2028é") + [
    "</script>",
    "<!--",
    "<script>",
    "-->",
    "javascript:",
    "{{",
    "{%",
    "onload=",
]
_TRICKY = (
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12)
    .map("".join)
    .filter(lambda s: s.strip() == s and s)
)


@settings(max_examples=60, deadline=None)
@given(sentence=_TRICKY, outlet=_TRICKY, title=_TRICKY)
def test_any_text_is_rendered_as_text(sentence, outlet, title):
    c = sample_comparison()
    docs = list(c.documents)
    doc = docs[2]
    s0 = doc.sentences[0]
    text = sentence + doc.article.text[s0.end :]
    shift = len(sentence) - len(s0.text)
    sents = tuple(
        [replace(s0, text=sentence, end=len(sentence))]
        + [replace(s, start=s.start + shift, end=s.end + shift) for s in doc.sentences[1:]]
    )
    art = replace(doc.article, text=text, outlet=outlet, title=title, blocks=())
    docs[2] = replace(doc, article=art, sentences=sents)
    c = replace(c, documents=tuple(docs), findings=())
    markup = render_html(c)
    page = _parse(markup)
    assert page.sentences["a3:s0"] == sentence
    assert len(page.scripts) == 2
    assert json.loads(page.scripts[0][1])["document"]["articles"][2]["outlet"] == outlet
    assert {t for t, _ in page.tags} <= ALLOWED_TAGS


ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "div",
    "label",
    "input",
    "span",
    "main",
    "section",
    "details",
    "summary",
    "ul",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "article",
    "code",
    "a",
    "mark",
    "del",
    "ins",
    "aside",
    "button",
    "footer",
    "script",
}


def test_confidence_is_labelled_as_the_rules_measured_precision():
    """A finding's confidence is its rule's calibrated precision: the report says so, with
    the evidence count, and explains it in a tooltip; never a bare percentage."""
    from storylens.findings.confidence import table

    c = sample_comparison()
    typo = replace(c.findings[4], detail={**c.findings[4].detail, "rule": "name.typo"},
                   confidence=table()["name.typo"].confidence)
    markup = render_html(replace(c, findings=(*c.findings[:4], typo, *c.findings[5:])))
    entry = table()["name.typo"]
    label = f"rule precision {entry.confidence:.0%} (n={entry.evidence})"
    spans = [a for tag, a in _parse(markup).tags if tag == "span" and a.get("class") == "conf"]
    assert len(spans) == len(c.findings)  # every sample finding is under 1.0
    titles = [a["title"] for a in spans]
    assert any("(name.typo)" in t and f"n={entry.evidence}" in t for t in titles)
    assert f">{label}</span>" in markup
    assert all(t.startswith("calibrated: share of this rule's findings") for t in titles)
    assert not re.search(r"· \d+%", markup)  # the old bare "· 95%"


def test_the_score_column_says_what_it_is(plain):
    # s6 reader report item 13: a bare "score" column read as an overlap
    assert ">source score</th>" in plain and "not an overlap" in plain


def test_no_score_column_without_a_likely_source():
    # s7 reader report item 9: scores of 1.00 shown where nothing is copied
    c = sample_comparison()
    bare = render_html(replace(c, provenance=replace(c.provenance, source=None)))
    assert "source score" not in bare and 'class="score"' not in bare
    assert "Who shares text with whom" in bare


def test_the_count_of_unread_inputs_links_to_their_list(plain):
    """The report's top line counts the inputs it could not read and links to their list
    at the end (user report, s11); a comparison that read everything says nothing."""
    comp = sample_comparison()
    n = len(comp.skipped)
    assert n and f'<a href="#skipped-h">{n} input{"s" if n != 1 else ""} not read</a>' in plain
    assert 'id="skipped-h"' in plain
    assert "not read</a>" not in render_html(replace(comp, skipped=()))
