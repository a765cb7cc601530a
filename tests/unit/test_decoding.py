"""Decoding per line: a stray byte damages one character or line, and that is recorded;
real Latin-1/Windows-1252 text is recognised. Invented text (a harvest fair in the
fictional valley town of Valdoro, reported in English and Spanish)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import iter_path
from storylens.readers.decoding import decode_report, legacy_encoding

ES = (
    "El año pasado la feria de la cosecha de Valdoro atrajo a más de 8.000 visitantes, "
    "según el ayuntamiento. «Nunca habíamos visto tanta gente», dijo la alcaldesa Inés Ríos.\n"
    "Este año los organizadores esperan aún más público en la plaza mayor.\n"
)
EN = (
    "Stallholders at the Valdoro harvest fair \u2013 now in its 40th year \u2013 said the "
    "crowds were \u201cthe biggest we have seen\u201d, the town\u2019s mayor said.\n"
)


@pytest.mark.parametrize("enc", ["latin-1", "cp1252"])
def test_real_latin1_spanish_is_read_as_written(enc):
    data = ES.encode(enc)
    d = decode_report(data, "es.txt")
    assert d.text == ES and d.note is None  # one legacy encoding: nothing was damaged
    assert "año" in d.text and "ańo" not in d.text


def test_cp1252_curly_quotes_and_dashes():
    d = decode_report((EN * 3).encode("cp1252"), "en.txt")
    assert d.text == EN * 3 and d.encoding == "cp1252"


def test_one_latin1_byte_in_a_utf8_file_damages_that_line_only():
    good = (EN * 5).encode("utf-8")
    bad_line = "Caf\u00e9 owners said the fair was a success.\n".encode("latin-1")
    d = decode_report(good + bad_line + good, "mixed.txt")
    # every dash and curly quote of the UTF-8 lines intact (no whole-file mac_iceland)
    assert d.text == EN * 5 + "Caf\u00e9 owners said the fair was a success.\n" + EN * 5
    assert d.note and "line 6" in d.note and "cp1252" in d.note


def test_a_stray_byte_inside_a_utf8_line_changes_one_character():
    line = "The fair\u2019s caf\u00e9 sold out".encode() + b"\xff" + b" by noon.\n"
    d = decode_report(line + EN.encode(), "stray.txt")
    assert d.text.startswith("The fair\u2019s caf\u00e9 sold out\u00ff by noon.")
    assert d.note and "line 1" in d.note


def test_cyrillic_legacy_text_is_not_taken_for_western():
    text = "Ярмарка урожая в долине привлекла тысячи гостей из соседних городов.\n" * 4
    assert legacy_encoding(text.encode("cp1251"), "ru.txt") != "cp1252"


def test_latin1_row_in_a_utf8_csv_costs_that_row_at_most(tmp_path: Path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "title", "text"])
    rows = []
    for i in range(39):
        title = f"Valdoro fair report {i} \u2013 the mayor\u2019s view"
        text = f"Report {i}: " + EN.strip()
        rows.append((str(i), title, text))
        w.writerow(rows[-1])
    data = buf.getvalue().encode("utf-8")
    lines = data.split(b"\n")
    lines[17] = '16,Valdoro fair report 16,"Report 16: Inés Ríos said the año was good."\r'.encode("latin-1")
    p = tmp_path / "fair.csv"
    p.write_bytes(b"\n".join(lines))
    items = list(iter_path(p, Options()))
    arts = [i for i in items if isinstance(i, RawArticle)]
    notes = [i for i in items if isinstance(i, Skipped)]
    assert len(arts) == 39
    assert arts[16].text == "Report 16: Inés Ríos said the año was good."
    assert arts[20].title == "Valdoro fair report 20 \u2013 the mayor\u2019s view"
    assert [(n.reason, "line 18" in n.message) for n in notes] == [("repaired", True)]


def test_a_short_junk_line_does_not_decide_the_encoding_of_the_lines_after(tmp_path: Path):
    import json

    lines = [json.dumps({"text": "Valdoro fair \u2013 day one."}, ensure_ascii=False).encode(),
             b"\x81\x8d\x9d\xff\xfe",  # bytes no encoding places
             json.dumps({"text": "El año de la feria de Valdoro."}, ensure_ascii=False).encode("latin-1")]
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    items = list(iter_path(p, Options()))
    assert [getattr(i, "reason", "ok") for i in items] == ["ok", "bad-json", "ok", "repaired"]
    assert items[2].text == "El año de la feria de Valdoro."
    assert "line 2, 3" in items[3].message


# Invented: the council of the fictional town of Tarou approved a new library on Tuesday;
# residents welcomed it. Shift-JIS (cp932) byte pairs include valid UTF-8 pairs by chance,
# which once made the whole file "UTF-8 with stray bytes": mojibake and a repaired note.
JA = "タロウ町の議会は火曜日、新しい図書館の建設を承認した。住民は歓迎している。\n町長は来年の春に工事を始めると述べた。\n"


# The same invented report in Chinese and Korean.
ZH = "塔罗镇议会周二批准新建一座图书馆。居民表示欢迎。\n镇长说工程将于明年春天开始。\n"
KO = "타로 시의회는 화요일 새 도서관 건설을 승인했다. 주민들은 환영하고 있다.\n"


@pytest.mark.parametrize(
    ("enc", "text"),
    [("cp932", JA), ("euc_jp", JA), ("gb18030", ZH), ("gbk", ZH), ("euc_kr", KO)],
)
def test_a_cjk_legacy_file_is_read_as_written(enc, text):
    data = text.encode(enc)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    dec = decode_report(data, "tarou.txt")
    assert dec.text == text and dec.note is None and "\ufffd" not in dec.text


def test_a_shift_jis_file_is_one_article_with_no_repaired_row(tmp_path: Path):
    p = tmp_path / "tarou.txt"
    p.write_bytes(JA.encode("cp932"))
    items = list(iter_path(p, Options()))
    assert len(items) == 1 and isinstance(items[0], RawArticle) and items[0].text == JA


def test_a_stray_byte_in_utf8_japanese_is_still_a_repair_of_that_character():
    data = JA.encode("utf-8").replace("火曜日".encode(), "火曜日".encode() + b"\x92", 1)
    dec = decode_report(data, "tarou.txt")
    assert dec.encoding == "utf-8" and dec.note is not None and "line 1" in dec.note
    assert dec.text.replace("\u2019", "") == JA  # only the stray byte changed (0x92 -> ’)


# --- streamed JSONL/CSV: the legacy encoding is decided on a sample of the whole file --------
# The Tarou library report again, one short record per sentence: each line is far under the
# 256 bytes a detector needs, and used to be read as Windows-1252 mojibake.
SHORT = {
    "ja": ["タロウ町の議会は火曜日、新しい図書館の建設を承認した。", "住民は歓迎している。",
           "町長は来年の春に工事を始めると述べた。"],
    "zh": ["塔罗镇议会周二批准新建一座图书馆。", "居民表示欢迎。", "镇长说工程将于明年春天开始。"],
    "zh-tw": ["塔羅鎮議會週二批准新建一座圖書館。", "居民表示歡迎。", "鎮長說工程將於明年春天開始。"],
    "ko": ["타로 시의회는 화요일 새 도서관 건설을 승인했다.", "주민들은 환영하고 있다.",
           "공사는 내년 봄에 시작된다."],
    "ru": ["Совет города Тару одобрил новую библиотеку.", "Жители приветствуют решение.",
           "Работы начнутся весной, сообщает «ТТВ»."],  # "В»" is a valid UTF-8 pair
    "el": ["Το δημοτικό συμβούλιο της Ταρού ενέκρινε νέα βιβλιοθήκη.",
           "Οι κάτοικοι χαιρέτισαν την απόφαση.", "Τα έργα αρχίζουν την άνοιξη."],
}


def _records(texts: list[str], fmt: str) -> str:
    import json

    if fmt == "jsonl":
        return "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                       for i, t in enumerate(texts, 1))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([("id", "text"), *enumerate(texts, 1)])
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize(
    ("enc", "lang"),
    [("cp932", "ja"), ("euc_jp", "ja"), ("gbk", "zh"), ("gb18030", "zh"), ("big5", "zh-tw"),
     ("euc_kr", "ko"), ("cp1251", "ru"), ("cp1253", "el"),
     ("utf-16-le", "ja"), ("utf-16-be", "zh"), ("utf-16-le", "ko")],
)
def test_short_records_in_a_legacy_or_bomless_utf16_file_are_read_as_written(
    tmp_path: Path, enc, lang, fmt
):
    texts = SHORT[lang]
    data = _records(texts, fmt).encode(enc)
    assert all(len(ln) < 256 for ln in data.splitlines())
    p = tmp_path / f"tarou.{fmt}"
    p.write_bytes(data)
    items = list(iter_path(p, Options()))
    assert [getattr(i, "text", i) for i in items] == texts  # no mojibake, no repaired row


def test_the_sample_decides_for_short_lines_past_the_first_8_kb(tmp_path: Path):
    # 9 KB of ASCII records first: the sniffed head says nothing about the encoding.
    texts = ["Tarou council meets on Tuesday."] * 300 + SHORT["ja"]
    p = tmp_path / "tarou.jsonl"
    p.write_bytes(_records(texts, "jsonl").encode("cp932"))
    assert p.stat().st_size > 8192
    items = list(iter_path(p, Options()))
    assert [getattr(i, "text", i) for i in items] == texts


def test_an_euc_jp_record_that_is_valid_utf8_by_chance_is_read_as_euc_jp(tmp_path: Path):
    lines = [*SHORT["ja"], "町長"]  # EUC-JP "町長" is the valid UTF-8 sequence E7 C4 B9 ...
    data = _records(lines, "jsonl").encode("euc_jp")
    data.splitlines()[-1].decode("utf-8")  # the last record alone reads as UTF-8
    p = tmp_path / "tarou.jsonl"
    p.write_bytes(data)
    assert [getattr(i, "text", i) for i in iter_path(p, Options())] == lines


def test_a_utf8_jsonl_with_one_latin1_record_is_still_a_repair_of_that_line(tmp_path: Path):
    # Near miss: a UTF-8 file is not turned into a legacy one by one bad line.
    texts = ["Tarou\u2019s council \u2013 library approved.", "El año de la biblioteca.",
             "Residents welcomed the “new library”."]
    data = _records(texts, "jsonl").encode("utf-8").replace("año".encode(), "año".encode("latin-1"))
    p = tmp_path / "tarou.jsonl"
    p.write_bytes(data)
    items = list(iter_path(p, Options()))
    assert [getattr(i, "text", None) for i in items[:3]] == texts
    assert items[3].reason == "repaired" and "line 2" in items[3].message


def test_stray_nuls_on_both_byte_parities_are_still_binary():
    # Near miss for UTF-16 without a BOM: NULs in a UTF-8 file fall on both sides.
    data = bytearray(("Tarou council approved the library.\n" * 20).encode())
    for i in range(0, 160, 9):  # even and odd offsets alike
        data[i] = 0
    with pytest.raises(Exception, match="NUL"):
        decode_report(bytes(data), "tarou.txt")


def test_a_gzipped_jsonl_of_short_shift_jis_records_is_sampled_through_gzip(tmp_path: Path):
    import gzip

    texts = ["Tarou council meets on Tuesday."] * 300 + SHORT["ja"]  # past the 8 KB head
    p = tmp_path / "tarou.jsonl.gz"
    p.write_bytes(gzip.compress(_records(texts, "jsonl").encode("cp932")))
    assert [getattr(i, "text", i) for i in iter_path(p, Options())] == texts
