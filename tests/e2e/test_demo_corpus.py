"""The demo corpus: files exist, decode, and hold every phenomenon EXPECTED.md lists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storylens.demo import DEMO_FILES, DEMO_OUTLETS, demo_dir, demo_paths, expected_path

# The Herald is the one legacy-encoded file (it exercises encoding detection).
ENCODINGS = {"vella-herald.txt": "cp1252"}

# Real outlets and agencies that must never appear: the demo is invented text only.
REAL_OUTLETS = (
    "Reuters",
    "Associated Press",
    "AFP",
    "BBC",
    "CNN",
    "Guardian",
    "New York Times",
    "Bloomberg",
    "Al Jazeera",
    "Xinhua",
    "TASS",
    "Le Monde",
)


def _decoded(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".jsonl":
        rec = json.loads(raw.decode("utf-8"))
        return "\n".join(str(v) for v in rec.values())
    return raw.decode(ENCODINGS.get(path.name, "utf-8"))


def _expected_rows() -> list[tuple[str, str, str]]:
    text = expected_path().read_text(encoding="utf-8")
    section = text.split("## Planted phenomena", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith("| phenomenon") or "`" not in line:
            continue
        phenomenon, file, _ = (c.strip() for c in line.strip("|").split("|", 2))
        snippet = line[line.index("`") + 1 : line.rindex("`")].replace("\\|", "|")
        rows.append((phenomenon, file, snippet))
    return rows


ROWS = _expected_rows()


def test_demo_paths_exist_in_order():
    paths = demo_paths()
    assert [p.name for p in paths] == list(DEMO_FILES)
    assert all(p.is_file() for p in paths)
    assert {p.suffix for p in paths} == {".txt", ".html", ".jsonl"}
    assert sum(p.suffix == ".txt" for p in paths) == 3


def test_expected_md_parses_and_covers_every_file():
    assert len(ROWS) > 60
    assert {f for _, f, _ in ROWS} == set(DEMO_FILES)


@pytest.mark.parametrize(("phenomenon", "file", "snippet"), ROWS, ids=lambda v: v[:40])
def test_planted_phenomenon_present(phenomenon, file, snippet):
    assert snippet in _decoded(demo_dir() / file), f"{phenomenon}: not found in {file}"


@pytest.mark.parametrize(
    "family",
    [
        "wire dateline",
        "wire credit",
        "verbatim",
        "edited",
        "paraphrase",
        "unique",
        "quote changed",
        "name variant",
        "diacritic",
        "date conflict",
        "number conflict",
        "doubt-casting",
        "loaded term",
        "omitted",
        "junk: photo caption",
        "junk: bare archive",
        "junk: caption repeated",
        "junk: read more",
        "junk: also read",
        "junk: related",
        "junk: loading",
        "junk: advertisement",
        "junk: share",
        "junk: subscribe",
        "junk: menu label",
        "subheading",
    ],
)
def test_every_phenomenon_family_is_planted(family):
    assert any(p.startswith(family) or family in p for p, _, _ in ROWS), family


def test_word_counts_are_article_sized():
    for path in demo_paths():
        text = _decoded(path)
        if path.suffix == ".html":
            body = text.split('class="story-body">', 1)[1].split("</div>\n\n      <footer", 1)[0]
            text = re.sub(r"<[^>]+>", " ", body)
        assert 400 <= len(text.split()) <= 800, path.name


def test_herald_is_cp1252_not_utf8():
    raw = (demo_dir() / "vella-herald.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode("cp1252")
    for s in ("Joaquín", "Café", "Zoë", "–"):
        assert s in text


def test_herald_caption_is_repeated_in_body():
    lines = _decoded(demo_dir() / "vella-herald.txt").splitlines()
    caption = "Rescue workers search the wreckage of the Draven Viaduct on Tuesday night."
    assert sum(line.startswith(caption) for line in lines) == 2


def test_omitted_sentence_is_missing_from_one_outlet_only():
    key = "postponed a 14-million-crown repair contract"
    missing = [p.name for p in demo_paths() if key not in _decoded(p)]
    assert missing == ["national-courier.jsonl"]


def test_jsonl_is_one_full_record():
    lines = (demo_dir() / "national-courier.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    for field in ("url", "outlet", "title", "published", "author", "text"):
        assert rec[field], field
    assert rec["outlet"] in DEMO_OUTLETS


def test_only_invented_outlets_and_domains():
    for path in demo_paths():
        text = _decoded(path)
        assert any(o in text for o in DEMO_OUTLETS), path.name
        for real in REAL_OUTLETS:
            assert not re.search(rf"\b{re.escape(real)}\b", text), (path.name, real)
        hosts = re.findall(r"https?://([^/\"'?#\s]+)", text)
        assert all(h.endswith(".example") or h == "schema.org" for h in hosts), (path.name, hosts)


def test_herald_detected_encoding_gives_the_same_text():
    # charset-normalizer (what the readers use) may name cp1250, but the text must match.
    from charset_normalizer import from_bytes

    raw = (demo_dir() / "vella-herald.txt").read_bytes()
    assert str(from_bytes(raw).best()) == raw.decode("cp1252")
