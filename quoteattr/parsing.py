"""Loading stanza pipelines and parsing only the sentences that matter.

Three model sources: the compact English models shipped inside the package
(default, no network ever), stanza's official English models when already
installed (``model="stanza"``), or any directory with the same file layout.
Parsing is the expensive step, so the text is tokenised once and only the
sentences selected by the caller are tagged and parsed.
"""

from __future__ import annotations

import io
import logging
import os
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from . import tree_decoding
from .marks import QUOTE_CHARS
from .sentence_breaks import repair_sentence_breaks

EMBEDDED_DIR = Path(__file__).resolve().parent / "models" / "en"
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
}
TAGGING = "pos,lemma,depparse"
Selector = Callable[[str, "list[Sentence]"], "set[int]"]


class ModelError(RuntimeError):
    """A model could not be found or loaded; the message names the file and the fix."""


@dataclass(frozen=True)
class Word:
    """One syntactic word of a parsed sentence, with offsets into the original text."""

    index: int  # 1-based id within the sentence
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 0 = root
    deprel: str
    start: int
    end: int


def is_quote_mark(word: Word) -> bool:
    """The token is a quotation mark and nothing else."""
    return bool(word.text) and set(word.text) <= QUOTE_CHARS


@dataclass(frozen=True)
class Sentence:
    """A tokenised sentence; ``words`` carry tags and heads only when ``parsed``."""

    index: int
    start: int
    end: int
    words: tuple[Word, ...]
    parsed: bool

    def children(self, head: int) -> list[Word]:
        return [w for w in self.words if w.head == head]

    def word(self, index: int) -> Word:
        return self.words[index - 1]

    def subtree(self, index: int, exclude: frozenset[str] = frozenset()) -> list[Word]:
        """The word and its descendants, skipping dependents whose relation is in ``exclude``."""
        kids: dict[int, list[Word]] = {}
        for w in self.words:
            kids.setdefault(w.head, []).append(w)
        out: list[Word] = []
        seen: set[int] = set()
        todo = [self.word(index)]
        while todo:
            w = todo.pop()
            if w.index in seen:
                continue  # never loop, even on a malformed tree
            seen.add(w.index)
            out.append(w)
            todo.extend(k for k in kids.get(w.index, []) if k.deprel not in exclude)
        return sorted(out, key=lambda w: w.index)


def _resolve(model: str | os.PathLike[str] | None) -> tuple[str, Path | None]:
    if model is None or model == "embedded":
        return "embedded", EMBEDDED_DIR
    if model == "stanza":
        return "stanza", None
    return "path", Path(model)


def load_pipeline(model: str | os.PathLike[str] | None = None, device: str = "cpu") -> object:
    """Build a stanza pipeline without touching the network (with the faster tree decoder)."""
    pipeline = _load_stanza_pipeline(model, device)
    tree_decoding.install(pipeline)
    return pipeline


def _load_stanza_pipeline(model: str | os.PathLike[str] | None, device: str) -> object:
    import stanza

    kind, directory = _resolve(model)
    quiet = {"logging_level": "ERROR", "download_method": None, "device": device}
    if kind == "stanza":
        try:
            return stanza.Pipeline("en", processors="tokenize,mwt,pos,lemma,depparse", **quiet)
        except Exception as exc:  # stanza raises several unrelated types here
            raise ModelError(
                "stanza's official English models are not installed "
                f"({exc.__class__.__name__}: {exc}). Install them where a network is available with "
                "`python -c \"import stanza; stanza.download('en')\"`, or use the embedded models "
                "(model=None)."
            ) from exc
    assert directory is not None
    paths = {}
    for processor, name in MODEL_FILES.items():
        path = directory / name
        if not path.is_file():
            raise ModelError(f"model file missing: {path} (expected the layout {sorted(MODEL_FILES.values())})")
        paths[f"{processor}_model_path"] = str(path)
    resources = directory / "resources.json"
    if not resources.is_file():
        resources = EMBEDDED_DIR / "resources.json"
    try:
        with redirect_stderr(io.StringIO()):
            return stanza.Pipeline(
                "en", dir=str(directory), resources_filepath=str(resources), allow_unknown_language=True,
                processors="tokenize,mwt,pos,lemma,depparse", pos_pretrain_path=None,
                depparse_pretrain_path=None, **paths, **quiet,
            )
    except Exception as exc:
        bad = _first_unloadable(paths)
        where = f"model file {bad} is corrupt or not a stanza model" if bad else f"models in {directory}"
        raise ModelError(f"could not load {where}: {exc.__class__.__name__}: {exc}") from exc


def _first_unloadable(paths: dict[str, str]) -> str | None:
    import torch

    for path in paths.values():
        try:
            torch.load(path, map_location="cpu", weights_only=False)
        except Exception:
            return path
    return None


class Parser:
    """Holds one stanza pipeline, loaded lazily on first use."""

    def __init__(self, model: str | os.PathLike[str] | None = None, device: str = "cpu") -> None:
        self.model = model
        self.device = device
        self._pipeline: object | None = None
        logging.getLogger("stanza").setLevel(logging.ERROR)

    @property
    def pipeline(self) -> object:
        if self._pipeline is None:
            self._pipeline = load_pipeline(self.model, self.device)
        return self._pipeline

    def parse(self, text: str) -> object:
        """The full stanza parse of ``text`` (every sentence)."""
        doc = repair_sentence_breaks(self.tokenize(text), text)
        return self.pipeline.process(doc, processors=TAGGING)  # type: ignore[attr-defined]

    def tokenize(self, text: str) -> object:
        return self.pipeline.process(text, processors="tokenize,mwt")  # type: ignore[attr-defined]

    def parse_selected(self, text: str, select: Selector) -> list[Sentence]:
        """Tokenise all of ``text``; tag and parse only the sentences ``select`` returns."""
        return self.parse_selected_many([text], select)[0]

    def parse_selected_many(self, texts: Sequence[str], select: Selector) -> list[list[Sentence]]:
        """Like :meth:`parse_selected` for many documents, tagged and parsed in one batch."""
        from stanza.models.common.doc import Document

        tokenized = [repair_sentence_breaks(self.tokenize(text), text) for text in texts]
        all_sentences = [sentences_from_document(doc, parsed=False) for doc in tokenized]
        chosen = [sorted(select(text, sents)) for text, sents in zip(texts, all_sentences)]
        subs = [Document([doc.sentences[i].to_dict() for i in ids], text=text)  # type: ignore[attr-defined]
                for doc, ids, text in zip(tokenized, chosen, texts) if ids]
        if subs:
            subs = self.pipeline.process(subs, processors=TAGGING)  # type: ignore[attr-defined]
        parsed_iter = iter(subs)
        results: list[list[Sentence]] = []
        for sentences, ids in zip(all_sentences, chosen):
            result = list(sentences)
            if ids:
                parsed = sentences_from_document(next(parsed_iter), parsed=True)
                for i, sent in zip(ids, parsed):
                    result[i] = Sentence(index=i, start=sent.start, end=sent.end, words=sent.words, parsed=True)
            results.append(result)
        return results


def word_from_stanza(word: object, start: int | None, end: int | None, parsed: bool = True) -> Word:
    """quoteattr's Word for a stanza word, at the given character offsets (-1 when unknown)."""
    text = word.text  # type: ignore[attr-defined]
    lemma = word.lemma if parsed else None  # type: ignore[attr-defined]
    head = word.head  # type: ignore[attr-defined]
    return Word(index=int(word.id), text=text, lemma=(lemma or text).lower(),  # type: ignore[attr-defined]
                upos=word.upos or "", xpos=word.xpos or "", feats=word.feats or "",  # type: ignore[attr-defined]
                head=int(head) if head is not None else 0, deprel=word.deprel or "",  # type: ignore[attr-defined]
                start=start if start is not None else -1, end=end if end is not None else -1)


def sentences_from_document(doc: object, parsed: bool = True) -> list[Sentence]:
    """Convert a stanza Document into quoteattr's light sentences (offsets kept)."""
    out: list[Sentence] = []
    for s_index, sent in enumerate(doc.sentences):  # type: ignore[attr-defined]
        words: list[Word] = []
        for token in sent.tokens:
            t_start, t_end = token.start_char, token.end_char
            for word in token.words:
                start = word.start_char if getattr(word, "start_char", None) is not None else t_start
                end = word.end_char if getattr(word, "end_char", None) is not None else t_end
                words.append(word_from_stanza(word, start, end, parsed))
        has_parse = parsed and all(w.deprel for w in words)
        if has_parse and (broken := _not_a_tree(words)) is not None:
            raise ValueError(f"sentence {s_index + 1}: the dependency heads do not form a tree ({broken}); "
                             "pass a valid parse, or raw text")
        start = min((w.start for w in words if w.start >= 0), default=-1)
        end = max((w.end for w in words if w.end >= 0), default=-1)
        out.append(Sentence(index=s_index, start=start, end=end, words=tuple(words), parsed=has_parse))
    return out


def _not_a_tree(words: list[Word]) -> str | None:
    """Why the heads are not a tree (a head out of range, a cycle), or None when they are."""
    n = len(words)
    for w in words:
        if not 0 <= w.head <= n:
            return f"word {w.index} has head {w.head}, outside 0..{n}"
    for w in words:
        seen = {w.index}
        head = w.head
        while head:
            if head in seen:
                return f"word {w.index} is its own ancestor"
            seen.add(head)
            head = words[head - 1].head
    return None


def document_from_conllu(conllu: str) -> object:
    """A stanza Document from a CoNLL-U string (offsets from ``start_char``/``end_char`` in MISC)."""
    from stanza.utils.conll import CoNLL

    return CoNLL.conll2doc(input_str=conllu)
