"""The web UI in a real browser: Playwright drives Debian's Chromium against a uvicorn
server started here on 127.0.0.1 with a free port.

Covers what only a browser can show: clicking a finding highlights its sentences,
hovering a sentence highlights its counterparts, the removed-boilerplate toggle, the
stories page filling in finding counts, no CSP violation on our own pages, and the XSS
payloads of ``test_web_security`` never running. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (dev extra)")

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} not found (apt-get install chromium)", allow_module_level=True)

from test_web_security import XSS_OUTLET, XSS_TEXT, XSS_TITLE, XSS_URLS, xss_raws  # noqa: E402

from storylens.web import create_app  # noqa: E402
from storylens.web.sample import build_store, demo_raws  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("webbrowser") / "news.db"
    build_store(db, [("Draven Viaduct collapse", demo_raws()), (XSS_TITLE, xss_raws())])
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="storylens-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page that records console errors, page errors and dialogs (alert() = XSS)."""

    def __init__(self, browser, width: int = 1500, height: int = 1000):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def close(self) -> None:
        self.context.close()

    def xss_flag(self):
        return self.page.evaluate("() => window.__xss")


@pytest.fixture
def tab(browser):
    t = Page(browser)
    yield t
    t.close()


def shot(tab: Page, name: str, full: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab.page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"), full_page=full)


def _ids(page, selector: str) -> set[str]:
    return set(page.eval_on_selector_all(selector, "els => els.map(e => e.id)"))


# --- the story page ---------------------------------------------------------------------


def test_clicking_a_finding_highlights_its_sentences(server, tab):
    page = tab.page
    page.goto(f"{server}/stories/1")
    findings = page.locator(".finding")
    assert findings.count() > 0
    shot(tab, "story")
    # a fact conflict (first group) spans several outlets: the most telling one to click
    first = findings.first
    expected = set(first.get_attribute("data-sentences").split())
    first.click()
    page.wait_for_function("() => document.querySelectorAll('.col-body .s.fhl').length > 0")
    assert _ids(page, ".col-body .s.fhl") == expected
    assert "active" in first.get_attribute("class")
    # the finding's first sentence in each column was scrolled into that column's view (a
    # finding may point at two far-apart sentences of one article: a headline and a body
    # sentence giving one figure)
    firsts: dict[str, str] = {}
    for sid in first.get_attribute("data-sentences").split():
        firsts.setdefault(sid.split(":")[0], sid)  # one column per article
    for sid in firsts.values():
        visible = page.evaluate(
            """sid => { const el = document.getElementById(sid), col = el.closest('.col-body');
                        const a = el.getBoundingClientRect(), b = col.getBoundingClientRect();
                        return a.bottom > b.top && a.top < b.bottom; }""",
            sid,
        )
        assert visible, sid
    shot(tab, "finding-clicked")
    # another finding moves the highlight
    second = findings.nth(1)
    expected2 = set(second.get_attribute("data-sentences").split())
    second.click()
    page.wait_for_timeout(100)
    assert _ids(page, ".col-body .s.fhl") == expected2
    assert not tab.errors, tab.errors


def test_hovering_a_sentence_highlights_its_counterparts(server, tab):
    page = tab.page
    page.goto(f"{server}/stories/1")
    doc = page.evaluate("() => JSON.parse(document.getElementById('storylens-data').textContent)")
    gid, members = next((g, m) for g, m in doc["groups"].items() if len(m) >= 3)
    page.locator(f'.col-body [id="{members[0]}"]').hover()
    assert _ids(page, ".col-body .s.hl") == set(members)
    columns = {sid.split(":")[0] for sid in members}
    assert len(columns) == len(members)  # one sentence per outlet column
    page.mouse.move(0, 0)
    assert _ids(page, ".col-body .s.hl") == set()


def test_clicking_an_edited_sentence_shows_the_word_diff(server, tab):
    page = tab.page
    page.goto(f"{server}/stories/1")
    edited = page.locator(".col-body .s.k-edited").first
    edited.click()
    detail = page.locator("#detail")
    detail.wait_for(state="visible")
    assert detail.locator(".diff").count() >= 1
    assert detail.locator("del, ins").count() >= 1
    shot(tab, "edited-diff")


def test_removed_boilerplate_toggle(server, tab):
    page = tab.page
    page.goto(f"{server}/stories/1")
    removed = page.locator(".removed").first
    assert not removed.is_visible()
    page.locator("#toggle-removed").check()
    assert removed.is_visible()
    assert removed.locator(".reason").count() >= 1
    page.locator("#toggle-removed").uncheck()
    assert not removed.is_visible()


def test_columns_scroll_together(server, browser):
    tab = Page(browser, width=1500, height=700)
    try:
        page = tab.page
        page.goto(f"{server}/stories/1")
        bodies = page.locator(".col-body")
        first = bodies.first
        first.scroll_into_view_if_needed()
        first.hover()
        page.mouse.wheel(0, 400)
        page.wait_for_timeout(300)
        tops = page.eval_on_selector_all(".col-body", "els => els.map(e => e.scrollTop)")
        assert tops[0] > 0 and all(t > 0 for t in tops[1:]), tops
    finally:
        tab.close()


def test_plots_render(server, tab):
    page = tab.page
    page.goto(f"{server}/stories/1")
    n = page.locator("article.column").count()
    assert page.locator("svg.sl-heatmap rect").count() == n * n
    assert page.locator("svg.sl-timeline circle").count() >= 1
    box = page.locator("svg.sl-heatmap").bounding_box()
    assert box and box["width"] > 200


@pytest.mark.parametrize("path", ["/", "/stories/1", "/docs", "/compare"])
def test_pages_do_not_scroll_sideways_at_390px(server, browser, path):
    """s7 reader: at 390 px the stories table made the page 598 px wide and the story
    page's coverage table 455 px; each table now scrolls inside its own box (the API
    page's parameter tables too: 392 px, user report s11)."""
    t = Page(browser, width=390, height=800)
    try:
        t.page.goto(f"{server}{path}")
        width = t.page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 390, width
    finally:
        t.close()


def test_stories_page_fills_in_finding_counts(server, tab):
    page = tab.page
    page.goto(f"{server}/")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.sl-fcount')].every(td => !td.querySelector('.sl-muted'))",
        timeout=60_000,
    )
    text = page.locator(".sl-fcount").first.inner_text()
    assert text.strip() and text.strip() != "—"
    shot(tab, "stories", full=True)
    assert not tab.errors, tab.errors


# --- XSS in the real browser ---------------------------------------------------------------


def _assert_no_xss(tab: Page) -> None:
    page = tab.page
    assert tab.xss_flag() is None
    assert not tab.dialogs
    protocols = page.eval_on_selector_all("a[href]", "els => els.map(a => a.protocol)")
    assert set(protocols) <= {"http:", "https:"}, protocols
    assert page.locator("img").count() == 0  # no injected <img onerror=...>


def test_xss_payloads_do_not_run_on_the_story_page(server, tab):
    page = tab.page
    page.goto(f"{server}/stories/2")
    assert page.locator("article.column").count() == len(XSS_URLS)
    # the payload text is visible as text
    assert "<script>window.__xss" in page.locator("article.column").first.inner_text()
    # touch everything a handler could hang on
    page.locator(".sl-prov-table summary").click()
    for el in page.locator(".col-head p, .col-body .s, .finding, .heatmap th, svg rect").all()[:80]:
        if el.is_visible():
            el.hover(force=True, timeout=5000)
    for el in page.locator(".col-body .s").all()[:20]:
        el.click(force=True, timeout=5000)
    page.locator("#toggle-removed").check()
    for el in page.locator(".source-text").all():  # the javascript: URLs, shown as text
        shown = "".join(el.inner_text().split()).lower()
        assert "javascript:" in shown or shown.startswith("data:"), shown
        el.click(force=True, timeout=5000)
    page.wait_for_timeout(200)
    _assert_no_xss(tab)
    shot(tab, "xss-story")
    assert not [e for e in tab.errors if "Content Security Policy" in e], tab.errors


def test_xss_payloads_do_not_run_on_the_stories_page(server, tab):
    page = tab.page
    page.goto(f"{server}/?q=" + "%22%3E%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E")
    page.goto(f"{server}/")
    page.wait_for_timeout(500)
    for el in page.locator(".sl-stories td").all():
        el.hover(force=True, timeout=5000)
    _assert_no_xss(tab)
    assert XSS_TITLE in page.locator(".sl-stories").inner_text()


def test_xss_payloads_do_not_run_on_the_compare_page(server, tab):
    page = tab.page
    page.goto(f"{server}/compare")
    pasted = (
        f"Outlet: {XSS_OUTLET}\nTitle: {XSS_TITLE}\nURL: {XSS_URLS[0]}\n\n{XSS_TEXT}\n---\n"
        f"Outlet: Second\nURL: {XSS_URLS[2]}\n\n{XSS_TEXT}\n\nA closing line."
    )
    page.fill("#articles", pasted)
    page.click("button[type=submit]")
    page.wait_for_selector("article.column")
    for el in page.locator(".col-head p, .col-body .s").all()[:40]:
        el.hover(force=True, timeout=5000)
    _assert_no_xss(tab)
    shot(tab, "xss-compare")


def test_compare_page_in_the_browser(server, tab):
    page = tab.page
    page.goto(f"{server}/compare")
    raws = demo_raws()
    pasted = "\n---\n".join(f"Outlet: {r.outlet}\n\n{r.text}" for r in raws if r.text)
    page.fill("#articles", pasted)
    page.click("button[type=submit]")
    page.wait_for_selector("article.column")
    assert page.locator("article.column").count() == sum(1 for r in raws if r.text)
    page.locator(".finding").first.click()
    assert page.locator(".col-body .s.fhl").count() >= 1
    shot(tab, "compare")
    assert not tab.errors, tab.errors


@pytest.mark.skipif(shutil.which("true") is None, reason="needs a POSIX shell")
def test_no_csp_violation_on_our_pages(server, tab):
    for url in ("/", "/stories/1", "/compare", "/nope"):
        tab.page.goto(server + url)
        tab.page.wait_for_timeout(200)
    csp = [e for e in tab.errors if "Content Security Policy" in e or "Refused" in e]
    assert not csp, csp
