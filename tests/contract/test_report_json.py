"""The storylens.compare/1 JSON document and its JSON Schema."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import jsonschema
import pytest
from sample_comparison import sample_comparison

from storylens import __version__
from storylens.models import Finding, Provenance
from storylens.report.jsonout import SCHEMA_ID, load_schema, to_json


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def doc():
    return to_json(sample_comparison())


def test_schema_is_draft_2020_12():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["schema"]["const"] == SCHEMA_ID == "storylens.compare/1"


def test_finding_types_enum():
    enum = load_schema()["$defs"]["finding"]["properties"]["type"]["enum"]
    assert set(enum) == {
        "quote_changed",
        "fact_conflict",
        "name_variant",
        "framing",
        "omission",
        "addition",
        "shared_source",
        "shared_quote",
    }


@pytest.mark.parametrize("hostile", [False, True])
def test_sample_validates(validator, hostile):
    validator.validate(to_json(sample_comparison(hostile)))


def test_timings_only_when_asked(validator):
    c = sample_comparison(False)
    assert "timings" not in to_json(c)  # same input, same document on every run
    with_t = to_json(c, timings=True)
    assert with_t["timings"] == {k: v for k, v in c.timings.items()}
    validator.validate(with_t)


def test_top_level_and_article_fields(doc):
    assert doc["schema"] == SCHEMA_ID
    assert doc["generated_by"] == f"storylens {__version__}"
    assert list(doc) == [
        "schema",
        "generated_by",
        "articles",
        "alignments",
        "unique",
        "provenance",
        "findings",
        "skipped",
        "coverage",
    ]
    a2 = doc["articles"][1]
    assert a2["id"] == "a2" and a2["author"] is None
    assert a2["removed"][0] == {"text": "Advertisement", "reason": "advert", "line": 3}
    assert a2["credits"] == ["CPA", "CPA Photo"]
    for art in doc["articles"]:
        for s in art["sentences"]:
            assert art["text"][s["start"] : s["end"]] == s["text"]
        for b in art["blocks"]:
            assert b["kind"] in {"headline", "standfirst", "heading", "paragraph"}


def test_alignment_diff_and_findings(doc):
    edited = [a for a in doc["alignments"] if a["kind"] == "edited"]
    d = edited[0]["diff"][0]
    assert d["a"] == "a1:s2" and d["b"] == "a2:s2"
    assert {"tag": "replace", "a": "contract", "b": "deal"} in d["ops"]
    qc = next(f for f in doc["findings"] if f["type"] == "quote_changed")
    assert qc["spans"][1]["sentence"] == "a2:s2"
    art = doc["articles"][1]
    assert art["text"][qc["spans"][1]["start"] : qc["spans"][1]["end"]] == "deal"
    framing = next(f for f in doc["findings"] if f["type"] == "framing")
    assert framing["detail"]["terms"] == ["said", "claimed"]  # tuple became a list
    assert doc["skipped"][0] == {
        "source": "broken.jsonl",
        "reason": "bad-json",
        "message": "line 3 is not valid JSON",
        "line": 3,
    }
    assert doc["provenance"]["source"] == "a1"


def test_round_trip_through_json(doc):
    text = json.dumps(doc, ensure_ascii=False, allow_nan=False)
    assert json.loads(text) == doc


def test_odd_values_become_json(validator):
    c = sample_comparison()
    odd = Finding(
        "fact_conflict",
        ("a1:s3",),
        "odd detail",
        {"set": {3, 1}, "nan": float("nan"), "nested": ({"k": (1, 2)},), "obj": object()},
        0.5,
    )
    prov = Provenance({}, None, {}, "no source")
    c = replace(c, findings=(odd,), provenance=prov)
    doc = to_json(c)
    validator.validate(doc)
    detail = doc["findings"][0]["detail"]
    assert detail["set"] == [1, 3] and detail["nan"] is None
    assert detail["nested"] == [{"k": [1, 2]}] and isinstance(detail["obj"], str)
    assert doc["provenance"]["source"] is None
    json.dumps(doc, allow_nan=False)


def test_non_finite_score_is_an_error():
    c = sample_comparison()
    c = replace(c, provenance=replace(c.provenance, overlap={"a1": {"a2": float("nan")}}))
    with pytest.raises(ValueError, match="not a finite number"):
        to_json(c)


BAD = [
    ("wrong schema id", lambda d: d.update(schema="storylens.compare/2")),
    ("missing key", lambda d: d.pop("provenance")),
    ("extra key", lambda d: d.update(extra=1)),
    ("bad kind", lambda d: d["alignments"][0].update(kind="similar")),
    ("bad finding type", lambda d: d["findings"][0].update(type="bias")),
    ("bad block kind", lambda d: d["articles"][0]["blocks"][0].update(kind="footer")),
    ("bad diff tag", lambda d: d["alignments"][2]["diff"][0]["ops"][0].update(tag="swap")),
    ("bad sentence id", lambda d: d["unique"].append("a1-s9")),
    ("negative offset", lambda d: d["articles"][0]["sentences"][0].update(start=-1)),
    ("similarity above 1", lambda d: d["alignments"][0].update(similarity=1.5)),
    ("confidence as text", lambda d: d["findings"][0].update(confidence="high")),
    ("title not string", lambda d: d["articles"][0].update(title=3)),
    ("no articles", lambda d: d.update(articles=[])),
    ("singleton group", lambda d: d["alignments"][0].update(sentences=["a1:s1"])),
]


@pytest.mark.parametrize(("name", "mutate"), BAD, ids=[b[0] for b in BAD])
def test_bad_documents_fail(validator, doc, name, mutate):
    bad = copy.deepcopy(doc)
    mutate(bad)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


@pytest.fixture(scope="module")
def demo_doc():
    from storylens.demo import demo_paths
    from storylens.options import Options
    from storylens.pipeline import compare

    # fact conflicts are on by default again since session 14 (off in session 13): asked for
    # by name, so that the schema always checks a fact_conflict's detail (values, measure) on
    # the demo's real findings
    return to_json(compare(demo_paths(), Options(fact_conflicts=True)))


def test_demo_document_validates(validator, demo_doc):
    validator.validate(demo_doc)
    assert "fact_conflict" in {f["type"] for f in demo_doc["findings"]}
    assert len(demo_doc["articles"]) == 5
    for art in demo_doc["articles"]:
        for s in art["sentences"]:
            assert art["text"][s["start"] : s["end"]] == s["text"]
    texts = {art["id"]: art["text"] for art in demo_doc["articles"]}
    for f in demo_doc["findings"]:
        for sp in f["spans"]:
            assert 0 <= sp["start"] <= sp["end"] <= len(texts[sp["sentence"].partition(":s")[0]])
    assert json.loads(json.dumps(demo_doc, allow_nan=False)) == demo_doc


def test_every_finding_names_the_rule_that_fired(demo_doc):
    """``evidence.rule`` comes from the finder (``detail.rule``), never the type as a
    stand-in, and ``evidence.words`` are the spans' exact text in the clean article."""
    texts = {art["id"]: art["text"] for art in demo_doc["articles"]}
    assert demo_doc["findings"]
    for f in demo_doc["findings"]:
        ev = f["evidence"]
        assert ev["rule"] == f["detail"]["rule"] and ev["rule"] != f["type"], f["summary"]
        assert len(ev["words"]) == len(f["spans"])
        for sp, w in zip(f["spans"], ev["words"], strict=True):
            assert w["text"] == texts[sp["sentence"].partition(":s")[0]][sp["start"]:sp["end"]]


def test_links_only_when_there_are_any(validator):
    from storylens.models import Link

    c = sample_comparison(False)
    assert "links" not in to_json(c)  # none: the key is absent (compare/1 as before)
    sid = [s.id for s in c.documents[0].sentences][0], [s.id for s in c.documents[1].sentences][0]
    with_links = to_json(replace(c, links=(Link(a=sid[0], b=sid[1], kind="paraphrase", similarity=0.61),)))
    assert with_links["links"] == [{"a": sid[0], "b": sid[1], "kind": "paraphrase", "similarity": 0.61}]
    validator.validate(with_links)
    bad = copy.deepcopy(with_links)
    bad["links"][0]["kind"] = "similar"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)
