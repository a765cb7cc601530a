"""Two messages crash17 found misleading (session 17): an empty 'text' field is said to be
empty, not missing, and the one-article hint names a command ``clean`` accepts."""

import json

from click.testing import CliRunner

from storylens.cli.base import _cleanable
from storylens.cli.main import app
from storylens.errors import InputError
from storylens.readers.records import _record


def _why(rec: dict) -> str:
    try:
        _record(rec, "feed.jsonl", "feed", 3, [])
    except InputError as e:
        return str(e)
    raise AssertionError("no error")


def test_an_empty_text_field_is_said_to_be_empty():
    assert "record's 'text' is empty" in _why({"text": "", "title": "Ferry strike"})
    assert "record's 'text' and 'html' are empty" in _why({"text": " ", "html": ""})


def test_a_record_without_text_still_names_its_fields():
    assert "neither 'text' nor 'html' (its fields: headline, date)" in _why({"headline": "x", "date": "y"})


def test_a_records_source_is_cleaned_as_its_file(tmp_path):
    f = tmp_path / "odd.jsonl"
    f.write_text(json.dumps({"text": "A ferry strike in Vella halted crossings to Tarn on Monday."}) + "\n")
    assert _cleanable(f"{f}:45") == str(f)
    assert _cleanable(str(f)) == str(f)
    assert _cleanable(f"{tmp_path / 'gone.jsonl'}:3") == f"{tmp_path / 'gone.jsonl'}:3"
    assert _cleanable("https://example.org/a:8080") == "https://example.org/a:8080"


def test_one_readable_record_hints_a_clean_command_that_works(tmp_path):
    f = tmp_path / "odd.jsonl"
    f.write_text(json.dumps({"text": "A ferry strike in Vella halted crossings to Tarn on Monday. Crews "
                                     "walked out over unpaid wages."}) + "\n" + json.dumps({"text": ""}) + "\n")
    r = CliRunner().invoke(app, ["compare", str(f)])
    assert r.exit_code == 1
    assert f"storylens clean {f})" in r.output and f"clean {f}:1" not in r.output
    assert "record's 'text' is empty" in r.output
    shown = CliRunner().invoke(app, ["clean", str(f)])
    assert "A ferry strike in Vella" in shown.output
