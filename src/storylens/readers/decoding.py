"""Bytes -> text, line by line: a stray byte damages one character, never the whole file.

Order of evidence: a byte-order mark; UTF-16 without one (NULs at every other byte);
strict UTF-8; then **per line**: a line that is valid UTF-8 stays UTF-8, a line that is
not is read in the file's legacy encoding (a multi-byte one, such as Shift-JIS, when it
reads the whole line: see :func:`_multibyte_line`). The legacy encoding is Windows-1252 (a
superset of Latin-1's printable characters) when that reading looks like Latin-script
text, else what charset-normalizer names. A file whose non-ASCII lines are *all* in the
legacy encoding is simply a legacy file (nothing to report); a file that mixes valid
UTF-8 lines with invalid ones gets a :class:`Decoded.note` naming the damaged lines, which
the readers record as a ``repaired`` row beside the article.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import InputError

SNIFF = 8192  # bytes read to tell binary/HTML/feed from text
# Magic numbers of common non-text files that carry no NUL in their first bytes.
MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"PAR1",
)
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# A valid multi-byte UTF-8 sequence (RFC 3629 table): evidence that a file *is* UTF-8.
_UTF8_MULTI = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Non-letter characters a Windows-1252 reading of Western text plausibly holds: typographic
# quotes, dashes, ellipsis, bullets, currency, the degree sign, guillemets, Spanish
# inverted marks, no-break space, section and copyright signs. Superscripts and the other
# rarely typed symbols are left out: in cp1250/cp1257 text those byte values are letters
# (0xB3 is Polish "ł", 0xB9 "ą"), so meeting them means Windows-1252 is the wrong guess.
_WESTERN_PUNCT = frozenset("\u201c\u201d\u2018\u2019\u201e\u201a\u2013\u2014\u2026\u2022\u20ac"
                           "\u00a3\u00a9\u00ae\u2122\u00b0\u00ab\u00bb\u00bf\u00a1\u00a0\u00a7"
                           "\u00b7\u00b4\u00a2\u00a5\u00d7\u00bd\u00bc\u00be\u2020\u2030")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # damaged lines, when valid UTF-8 and invalid lines mix


def decode(data: bytes, source: str) -> str:
    """Bytes -> str (see the module docstring); binary data is refused with a reason."""
    return decode_report(data, source).text


def decode_report(data: bytes, source: str) -> Decoded:
    for bom, enc in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Decoded(body.decode(enc), enc)
            except UnicodeDecodeError as e:
                text = body.decode(enc, "replace")
                return Decoded(text, enc, f"invalid {enc} bytes at offset {e.start:,} were replaced")
    head = data[:SNIFF]
    if head.startswith(MAGIC):
        raise InputError(source, "binary", "not a text file (binary format signature)")
    if b"\x00" in head:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(source, "binary", "not a text file (contains NUL bytes)")
        return Decoded(text, "utf-16")
    # Text has almost no C0 control bytes; 5% is far above any real text (0 in practice)
    # and far below random/compressed data (~12%).
    if control_share(head.decode("latin-1")) > 0.05:
        raise InputError(source, "binary", "not a text file (control characters)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    bad = b"".join(ln for ln in lines if not _is_utf8(ln))
    if _utf8_share(bad) >= 0.5:  # UTF-8 lines with stray bytes: only those bytes need a guess
        try:
            legacy = legacy_encoding(bad, source)
        except InputError:  # a few stray bytes in UTF-8 CJK text: nothing to place them by
            legacy = "cp1252"
    else:
        legacy = legacy_encoding(bad, source)
        whole = _multibyte_file(data, legacy)
        if whole is not None:
            return Decoded(whole, legacy)
    dec = LineDecoder(source, legacy=legacy)
    text = "".join(dec.line(raw, no) for no, raw in enumerate(lines, 1))
    return Decoded(text, "utf-8" if dec.utf8_seen else str(dec.legacy), dec.note())


def _utf8_share(raw: bytes) -> float:
    """The share of ``raw``'s non-ASCII bytes that sit in valid UTF-8 sequences: near 1
    for UTF-8 with a stray byte, low for legacy text whose byte pairs are UTF-8 by chance."""
    high = sum(1 for b in raw if b >= 0x80)
    if not high:
        return 1.0
    return sum(m.end() - m.start() for m in _UTF8_MULTI.finditer(raw)) / high


def _multibyte_file(data: bytes, legacy: str) -> str | None:
    """The whole file read in ``legacy`` when that is a multi-byte encoding (Shift-JIS,
    EUC-JP, GBK, Big5, EUC-KR) that reads every byte of it; else ``None``. Line by line
    would not do: EUC-JP lines are often valid UTF-8 by chance (its bytes 0xA1-0xFE are
    UTF-8 continuation bytes after an 0xE0-0xEF lead), and would become mojibake."""
    try:
        text = data.decode(legacy)
    except (UnicodeDecodeError, LookupError):
        return None
    return text if len(text) < len(data) else None  # fewer characters than bytes: multi-byte


def _multibyte_line(raw: bytes, legacy: str) -> str | None:
    """``raw`` read in ``legacy`` when that is a multi-byte encoding (Shift-JIS, GBK,
    Big5, EUC-KR) that reads the whole line without an error, and the line is not mostly
    valid UTF-8 sequences; else ``None``.

    Double-byte text holds byte pairs that happen to be valid UTF-8 (Shift-JIS
    "\x82\xcc\x92\x6d": "\xcc\x92" is a UTF-8 pair), so "has a UTF-8 sequence" cannot
    tell a damaged UTF-8 line from a legacy one: a Shift-JIS line would become mojibake
    and a "repaired" note. A strict multi-byte decode is strong evidence (random UTF-8
    bytes rarely form valid lead/trail pairs throughout a line); a single-byte code page
    decodes anything, so it is never used as evidence here.
    """
    try:
        text = raw.decode(legacy)
    except (UnicodeDecodeError, LookupError):
        return None
    if len(text) == len(raw):  # one character per byte: a single-byte code page
        return None
    return text if _utf8_share(raw) < 0.5 else None


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


# Bytes read from the start of a streamed JSONL/CSV file to decide its legacy encoding
# before its first line is decoded (:func:`sample_encoding`). One short line (a 60-byte
# Shift-JIS record) is too little for any detector, which used to leave such files read
# as Windows-1252 mojibake; 1 MiB is thousands of records, read once more at disk speed.
STREAM_SAMPLE = 1 << 20


@dataclass(frozen=True)
class StreamEncoding:
    """What the sample of a streamed file says about its lines that are not UTF-8:
    ``legacy`` their encoding (``None``: the sample held none, guess per line), and
    ``whole`` when every line of the sample reads in that multi-byte encoding (then a
    line is read in it first, as :func:`_multibyte_file` reads a whole file)."""

    legacy: str | None = None
    whole: bool = False


def sample_encoding(sample: bytes, source: str, complete: bool) -> StreamEncoding:
    """The legacy encoding of a streamed file, decided on its first bytes as a whole.

    ``sample`` is the file's first :data:`STREAM_SAMPLE` bytes (``complete``: the whole
    file); a line cut at the end of a partial sample is left out. The evidence is the
    sample's lines that are not UTF-8, taken together, as :func:`decode_report` takes a
    whole file's; but Windows-1252 when most of those lines read as Western text, so that
    one line of junk bytes (more high bytes than a Spanish line's one "ñ") cannot make
    charset-normalizer read the whole file in a DOS code page.
    """
    if not complete:
        sample = sample[: sample.rfind(b"\n") + 1]
    if sample.isascii():
        return StreamEncoding()
    try:
        sample.decode("utf-8")
        return StreamEncoding()
    except UnicodeDecodeError:
        pass
    lines = [ln for ln in sample.splitlines(keepends=True) if not _is_utf8(ln)]
    other = [ln for ln in lines if not _western(ln)]
    if 2 * len(other) <= len(lines):  # most lines read as Western text: a junk line is noise
        return StreamEncoding("cp1252")
    bad = b"".join(other)
    try:
        legacy = legacy_encoding(bad, source)
    except InputError:  # nothing to place them by: each line is guessed on its own
        return StreamEncoding()
    if _utf8_share(bad) >= 0.5:  # UTF-8 with stray bytes: those bytes read in ``legacy``
        return StreamEncoding(legacy)
    return StreamEncoding(legacy, _multibyte_file(sample, legacy) is not None)


class LineDecoder:
    """Decodes a stream line by line (JSONL, CSV, text), remembering what it repaired.

    ``legacy`` is the encoding for lines that are not UTF-8 (the readers decide it on a
    sample of the file: :func:`sample_encoding`); when not given it is guessed line by
    line (see :meth:`_guess`). ``whole``: the file is in the multi-byte ``legacy``
    encoding, so a line that reads in it is read in it even when it is also valid UTF-8
    by chance (EUC-JP byte pairs often are).
    """

    def __init__(self, source: str, legacy: str | None = None, whole: bool = False):
        self.source = source
        self.legacy = legacy
        self.whole = whole and legacy is not None
        self.damaged: list[int] = []
        self.utf8_seen = False  # a line with valid non-ASCII UTF-8 was met

    @classmethod
    def for_stream(cls, source: str, sample: StreamEncoding) -> LineDecoder:
        return cls(source, sample.legacy, sample.whole)

    def line(self, raw: bytes, no: int) -> str:
        if raw.isascii():
            return raw.decode("ascii")
        if self.whole:
            try:
                return raw.decode(str(self.legacy))
            except UnicodeDecodeError:
                pass
        try:
            text = raw.decode("utf-8")
            self.utf8_seen = True
            return text
        except UnicodeDecodeError:
            pass
        legacy = self.legacy or self._guess(raw)
        whole = _multibyte_line(raw, legacy)
        if whole is not None:  # the line *is* the legacy encoding: nothing was damaged
            return whole
        self.damaged.append(no)
        # A UTF-8 line with stray bytes: only those change. Mostly UTF-8, not merely one
        # sequence: a cp1251 acronym in guillemets ("«ТАСС»": "С»" is 0xD1 0xBB) is one.
        if _utf8_share(raw) >= 0.5:
            self.utf8_seen = True
            return raw.decode("utf-8", _handler(legacy))
        return raw.decode(legacy, "replace")

    def _guess(self, raw: bytes) -> str:
        """A streamed line's legacy encoding, never an error: Windows-1252 when it reads as
        Western text; a long line's charset-normalizer guess is kept for the lines after;
        a short line it cannot place (a few stray bytes) is read as Windows-1252."""
        if _western(raw):
            return "cp1252"
        if len(raw) >= 256:
            try:
                self.legacy = legacy_encoding(raw, self.source)
                return self.legacy
            except InputError:
                pass
        return "cp1252"

    def note(self) -> str | None:
        """One line for the ``repaired`` row, or ``None`` when the file was one encoding."""
        if not self.damaged or not self.utf8_seen:
            return None
        shown = ", ".join(str(n) for n in self.damaged[:10])
        more = f" and {len(self.damaged) - 10:,} more" if len(self.damaged) > 10 else ""
        return (
            f"{len(self.damaged):,} line(s) not valid UTF-8 (line {shown}{more}); "
            f"their stray bytes were read as {self.legacy or 'cp1252'}: check those characters"
        )


def legacy_encoding(data: bytes, source: str) -> str:
    """The single-byte encoding of text that is not UTF-8.

    Windows-1252 when its reading is Latin-script text: every non-ASCII character a
    letter or Western punctuation (:data:`_WESTERN_PUNCT`), and words of two or more
    letters mostly carrying ASCII letters too ("año", "café"): Cyrillic, Greek, Hebrew or
    Arabic in a legacy code page read as Windows-1252 gives words made *only* of accented
    letters ("Ïðèâåò"). Else charset-normalizer decides; bytes it cannot place are
    ``undecodable``.
    """
    if _western(data):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # charset-normalizer may fall back to "ascii" for bytes it cannot place at all.
    if best is None or best.encoding == "ascii":
        raise InputError(source, "undecodable", "bytes do not decode in any known text encoding")
    return best.encoding


def _western(data: bytes) -> bool:
    high = bytes(b for b in set(data) if b >= 0x80)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: not Windows-1252
        return False
    if not all(c.isalpha() or c in _WESTERN_PUNCT for c in high.decode("cp1252")):
        return False
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    return not words or sum(1 for w in words if any(c.isascii() for c in w)) >= 0.5 * len(words)


_HANDLERS: dict[str, str] = {}


def _handler(legacy: str) -> str:
    """A codec error handler that reads each invalid byte run in ``legacy``."""
    name = _HANDLERS.get(legacy)
    if name is None:
        name = f"storylens-{legacy}"

        def handle(e: UnicodeDecodeError) -> tuple[str, int]:
            return e.object[e.start : e.end].decode(legacy, "replace"), e.end

        codecs.register_error(name, handle)
        _HANDLERS[legacy] = name
    return name


def stream_encoding(head: bytes, source: str) -> str | None:
    """A BOM's or UTF-16's encoding (the stream is read through it), or ``None`` for
    byte-oriented text (read with :class:`LineDecoder`); binary data is refused."""
    for bom, enc in BOMS:
        if head.startswith(bom):
            return enc
    if head.startswith(MAGIC):
        raise InputError(source, "binary", "not a text file (binary format signature)")
    if b"\x00" in head:
        if _utf16_without_bom(head, complete=False) is not None:  # decoded with "replace"
            even, odd = head[0::2].count(0), head[1::2].count(0)
            return "utf-16-le" if odd > even else "utf-16-be"
        raise InputError(source, "binary", "not a text file (contains NUL bytes)")
    return None


def _utf16_without_bom(data: bytes, complete: bool = True) -> str | None:
    """UTF-16 text saved without a BOM: its ASCII characters (line breaks, digits,
    commas, JSON keys) put NULs at every other byte, and only there.

    Enough NULs at one parity (40% of the characters: mostly ASCII text), or at least
    :data:`_UTF16_MIN_NULS` with at most one in :data:`_UTF16_SKEW` as many at the other parity:
    CJK text has few ASCII characters (a CSV of Japanese rows holds about one in ten) but
    its NULs still fall on one side. A text file with stray NULs has them on both sides;
    and the reading must be strict UTF-16 (no lone surrogate) with no control characters.
    """
    head = data[:SNIFF]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2 or 1
    for enc, zeros, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros > 0.4 * half or (zeros >= _UTF16_MIN_NULS and other * _UTF16_SKEW <= zeros):
            try:
                # A sample cut inside a surrogate pair (not ``complete``) is not an error.
                text = codecs.getincrementaldecoder(enc)().decode(data, final=complete)
            except UnicodeDecodeError:
                continue
            if control_share(text) < 0.01:
                return text
    return None


# Fewest NULs on one side, and how lopsided the two sides must be, to call a file UTF-16
# when under 40% of its characters are ASCII. 8 is three short CSV rows' line breaks and
# commas. The other side is not always empty: a CJK character whose low byte is 0
# ("一" U+4E00) puts one there, two in three short Chinese rows; stray NULs in a UTF-8
# file fall on both sides about evenly.
_UTF16_MIN_NULS = 8
_UTF16_SKEW = 4


def control_share(text: str) -> float:
    sample = text[:SNIFF]
    if not sample:
        return 0.0
    # C0 controls other than whitespace, counted by what str.translate drops (C speed).
    return (len(sample) - len(sample.translate(_DROP_CONTROLS))) / len(sample)


_DROP_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r\f\v")

_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """Lone surrogates (JSON ``"\\ud800"``) -> U+FFFD: they cannot be written as UTF-8."""
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def label(path: str) -> str:
    """A path as a printable, UTF-8-safe name: undecodable bytes of a file name (``0xFF``)
    are shown as ``\\xff`` (the file is still opened by its real name)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        import os

        return os.fsencode(path).decode("utf-8", "backslashreplace")
