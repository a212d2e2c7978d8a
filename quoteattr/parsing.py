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
import re
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from . import lexicon, tree_decoding

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


# Characters that make a parsed token a quotation mark: every mark of the span engine's table
# (data/quote_marks.tsv), so the attribution rules and the span engine agree on what a quote mark is.
QUOTE_CHARS = frozenset(char for row in lexicon.table("quote_marks.tsv") for char in row[0])


def _mark_chars(*roles: str) -> frozenset[str]:
    return frozenset(char for row in lexicon.table("quote_marks.tsv") if row[2] in roles for char in row[0])


# Characters of marks that may open / close a quotation, by their role in the same table
# (straight marks do both; "``" contributes the backtick, "''" the apostrophe).
OPENING_QUOTE_CHARS = _mark_chars("open", "either")
CLOSING_QUOTE_CHARS = _mark_chars("close", "either")


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
        doc = _repair_sentence_breaks(self.tokenize(text), text)
        return self.pipeline.process(doc, processors=TAGGING)  # type: ignore[attr-defined]

    def tokenize(self, text: str) -> object:
        return self.pipeline.process(text, processors="tokenize,mwt")  # type: ignore[attr-defined]

    def parse_selected(self, text: str, select: Selector) -> list[Sentence]:
        """Tokenise all of ``text``; tag and parse only the sentences ``select`` returns."""
        return self.parse_selected_many([text], select)[0]

    def parse_selected_many(self, texts: Sequence[str], select: Selector) -> list[list[Sentence]]:
        """Like :meth:`parse_selected` for many documents, tagged and parsed in one batch."""
        from stanza.models.common.doc import Document

        tokenized = [_repair_sentence_breaks(self.tokenize(text), text) for text in texts]
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


_SENTENCE_END = frozenset(".!?:;…)]") | CLOSING_QUOTE_CHARS


def _continues(previous: list[str], first: str, attached: bool = False) -> bool:
    """Whether a sentence break between tokens ``previous`` (the last three) and ``first`` is false:
    no final punctuation ("Foreign Minister Annalena | Baerbock, stated"), a title abbreviation
    before a name ("panel Chairman Rep. | Jason Chaffetz said", "Ms | . | Wahl told"), a plural's
    possessive apostrophe (``attached``: written right after the word; "the plaintiffs' | Muslim
    identity", "Fox News' | The Kelly File"), a middle initial between two names ("said Alan B. |
    Krueger, a professor"), or a lower-case opening right after a quotation or a bracket ("… pay
    his?” | a narrator in the ad asks.")."""
    if not previous:
        return False
    last = previous[-1]
    before = previous[-2] if len(previous) >= 2 else ""
    if last[-1] not in _SENTENCE_END:
        return True
    if attached and last in ("'", "’") and before.isalpha() and before[-1] in "sS":
        return True
    abbreviations = lexicon.words("name_abbreviations.txt")
    if last.lower() in abbreviations or (last == "." and before.lower() + "." in abbreviations):
        return True
    if _middle_initial(previous) and _opens_surname(first):
        return True
    return last[-1] in _CLOSING_MARKS and first[:1].islower()


def _middle_initial(previous: list[str]) -> bool:
    """Whether ``previous`` ends on a capitalised name and one initial: "Alan B." or "Alan B | ."."""
    if previous[-1] == ".":
        initial, name = (previous[-2], previous[-3]) if len(previous) >= 3 else ("", "")
        is_initial = re.fullmatch(r"[A-Z]", initial) is not None
    else:
        initial, name = previous[-1], previous[-2] if len(previous) >= 2 else ""
        is_initial = re.fullmatch(r"[A-Z]\.", initial) is not None
    return is_initial and name[:1].isupper() and name.replace(".", "").isalpha()


def _opens_surname(first: str) -> bool:
    """A capitalised word that no sentence-opening word is ("Krueger", not "The", "But", "While")."""
    return first[:1].isupper() and first.isalpha() and first.lower() not in lexicon.words("sentence_openers.txt")


# also brackets: 'he "honestly [doesn't] | know the answer"' (an editor's insertion ends no sentence)
_CLOSING_MARKS = CLOSING_QUOTE_CHARS | {")", "]"}


def _repair_sentence_breaks(doc: object, text: str) -> object:
    """Undo false sentence breaks inside one line of text (see :func:`_continues`), and break after a
    closed quotation that a new sentence follows (see :func:`_new_sentence_after`)."""
    from stanza.models.common.doc import Document

    sentences = doc.sentences  # type: ignore[attr-defined]
    groups: list[list[dict]] = []
    prev_end = -1
    prev_tokens: list[str] = []
    prev_attached = False
    for sent in sentences:
        words = sent.to_dict()
        first_start = sent.tokens[0].start_char
        gap = text[prev_end:first_start] if prev_end >= 0 and first_start is not None else "\n"
        if groups and "\n" not in gap and _continues(prev_tokens, sent.tokens[0].text, prev_attached):
            offset = _last_id(groups[-1])
            for w in words:
                w["id"] = tuple(i + offset for i in w["id"]) if isinstance(w["id"], (tuple, list)) else int(w["id"]) + offset
            groups[-1].extend(words)
        else:
            groups.append(words)
        prev_end = sent.tokens[-1].end_char if sent.tokens[-1].end_char is not None else -1
        prev_tokens = [t.text for t in sent.tokens[-3:]]
        prev_attached = len(sent.tokens) > 1 and sent.tokens[-2].end_char == sent.tokens[-1].start_char
    parts = [part for group in groups for part in _split_after_closed_quotes(group)]
    if len(parts) == len(sentences) and len(groups) == len(sentences):
        return doc
    return Document(parts, text=text)


def _last_id(words: list[dict]) -> int:
    return max(int(w["id"][-1]) if isinstance(w["id"], (tuple, list)) else int(w["id"]) for w in words)


def _split_after_closed_quotes(words: list[dict]) -> list[list[dict]]:
    """One sentence's word entries, cut where :func:`_new_sentence_after` says a sentence starts."""
    tokens = _token_positions(words)
    cuts = [tokens[n + 1] for n in range(1, len(tokens) - 1)
            if _new_sentence_after(words[tokens[n - 1]]["text"], words[tokens[n]]["text"], words[tokens[n + 1]]["text"])]
    if not cuts:
        return [words]
    parts: list[list[dict]] = []
    for low, high in zip([0, *cuts], [*cuts, len(words)]):
        part = words[low:high]
        offset = _last_id(parts[-1]) if parts else 0
        for w in part:
            w["id"] = tuple(i - offset for i in w["id"]) if isinstance(w["id"], (tuple, list)) else int(w["id"]) - offset
        parts.append(part)
    return parts


def _token_positions(words: list[dict]) -> list[int]:
    """Where each token starts in a sentence's word entries (a multi-word token's entry, then its words)."""
    positions: list[int] = []
    covered = 0
    for n, w in enumerate(words):
        if isinstance(w["id"], (tuple, list)):
            positions.append(n)
            covered = int(w["id"][-1])
        elif int(w["id"]) > covered:
            positions.append(n)
    return positions


def _new_sentence_after(before: str, mark: str, first: str) -> bool:
    """"… are not helping.'' | But Ms. Capito also said …": a quotation closed after its own final
    punctuation, then a capitalised function word or pronoun, starts a new sentence the tokenizer
    ran on. A name there may be the speaker ("?'' Mrs. Clinton asked"), and so may "I" ("“Why?” I
    asked"), so those go on."""
    return before in (".", "?", "!", "…") and bool(mark) and set(mark) <= CLOSING_QUOTE_CHARS \
        and first[:1].isupper() and first.isalpha() and first != "I" and not _opens_surname(first)


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
