"""A folder's own documentation (README, notes.md, LICENSE) is not an article: a folder
walk skips it with reason ``documentation`` and a row naming it, in compare and ingest;
named on the command line it is read. Invented articles about a ferry strike in the
fictional Port Velling."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.options import Options
from storylens.readers import read_inputs
from storylens.readers.files import documentation

STORY = (
    "Ferry crews in Port Velling walked off the job on Tuesday after talks over night shifts "
    "collapsed, the harbour board said. The strike halted all twelve crossings.\n"
)
NOTES = "# Notes\n\nScraped from the Velling Ledger and the Gull Island Post on 3 May.\n"


@pytest.mark.parametrize(
    ("name", "doc"),
    [("README.md", True), ("readme.txt", True), ("Read_Me.markdown", True), ("NOTES", True),
     ("notes.md", True), ("LICENSE", True), ("CHANGELOG.md", True), ("robots.txt", True),
     ("README.md.gz", True), ("readme.html", True),
     # near misses: a name that says more, a record file, a news article's own name
     ("notes-on-the-ferry-vote.txt", False), ("readme-2031.md", False), ("news.txt", False),
     ("notes.csv", False), ("notes.jsonl", False), ("license-plate-thefts.txt", False),
     ("ferry.txt", False), ("index.html", False)],
)
def test_documentation_is_told_by_the_whole_name(name, doc):
    assert (documentation(name) is not None) is doc


def test_a_folder_walk_skips_documentation_with_a_row_and_reads_the_rest(tmp_path: Path):
    for name in ("ledger.txt", "post.txt", "notes-on-the-ferry-vote.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    (tmp_path / "README").write_text(NOTES, encoding="utf-8")
    raws, skipped = read_inputs([tmp_path], Options())
    assert sorted(Path(r.source).name for r in raws) == ["ledger.txt", "notes-on-the-ferry-vote.txt", "post.txt"]
    assert [(Path(s.source).name, s.reason) for s in skipped] == [("README", "documentation"), ("notes.md", "documentation")]
    assert "name the file itself to read it anyway" in skipped[0].message
    raws, skipped = read_inputs([tmp_path / "notes.md"], Options())  # named: read
    assert len(raws) == 1 and not skipped


def test_ingest_records_the_documentation_row(tmp_path: Path):
    from storylens.engines.local.ingest import IngestOptions, ingest
    from storylens.store.memory import MemoryStore

    for name in ("ledger.txt", "post.txt"):
        (tmp_path / name).write_text(STORY.replace("Tuesday", name), encoding="utf-8")
    (tmp_path / "README.md").write_text(NOTES, encoding="utf-8")
    store = MemoryStore()
    summary = ingest([tmp_path], store, run=IngestOptions(workers=1))
    assert summary.ingested == 2 and summary.skipped == {"documentation": 1}
    assert [Path(r.source).name for r in store.iter_skipped()] == ["README.md"]
