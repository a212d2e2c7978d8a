"""The pipeline, wired: text → quote spans → parse → cues and speakers → entities → Quote objects."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Iterable, Iterator, Union

import regex

from . import lexicon
from .antecedents import antecedent_subject, description_pattern, fits, is_definite_description, pronoun_pattern
from .attribution import Attributed, Attributor
from .cues import cue_word_pattern
from .entities import EntityResolver, mention_kind
from .introductions import introduced_name, name_introductions
from .links import CueLink, speaker_phrase
from .model import Analysis, Cue, Mention, Quote, QuoteKind, Speaker, SpeakerKind
from .names import surname_only
from .parsing import Parser, Sentence, Word, document_from_conllu, sentences_from_document, word_from_stanza
from .positions import Coverage, Intervals
from .spans import QuoteSpan, find_quotes, paragraphs
from .titles import SpeakerPhrase, analyse_phrase

Input = Union[str, object]  # raw text, CoNLL-U text, or a stanza Document
_CONLLU_LINE = regex.compile(r"^\d+(?:[-.]\d+)?\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*\t[^\t]*$")


def looks_like_conllu(text: str) -> bool:
    """True when every non-comment line is a 10-column CoNLL-U row."""
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return bool(rows) and all(_CONLLU_LINE.match(line) for line in rows[:200])


def select_sentences(text: str, sentences: list[Sentence], spans: list[QuoteSpan] | None = None) -> set[int]:
    """Sentences that can carry an attribution: those overlapping a quote or holding a cue word,
    and the sentence before one of them that holds a pronoun or a definite description ("the
    Vermont senator") which may stand for its subject."""
    areas = Intervals()  # looked up by offset: a long document has thousands of quotes and sentences
    for span in find_quotes(text) if spans is None else spans:
        areas.add(span.mark_start, span.mark_end)
    pattern = cue_word_pattern()
    chosen: set[int] = set()
    for i, sentence in enumerate(sentences):
        if sentence.start < 0:
            continue
        if areas.crosses(sentence.start, sentence.end):
            chosen.add(i)
        elif pattern.search(text, sentence.start, sentence.end):
            chosen.add(i)
    # a pronoun or "the Vermont senator" may stand for the subject of the sentence before (antecedents.py)
    pronoun, description = pronoun_pattern(), description_pattern()
    for i in sorted(chosen):
        if i > 0 and sentences[i - 1].start >= 0 and (pronoun.search(text, sentences[i].start, sentences[i].end)
                                                     or description.search(text, sentences[i].start, sentences[i].end)):
            chosen.add(i - 1)
    return chosen


class Extractor:
    """Holds loaded models for reuse across documents.

    ``model``: ``None`` for the embedded English models, ``"stanza"`` for stanza's
    official models (already downloaded), or a directory with the same layout.
    Models load lazily, on the first document that needs a parse.
    """

    def __init__(self, model: str | os.PathLike[str] | None = None, device: str = "cpu",
                 parse_all: bool = False) -> None:
        self.parser = Parser(model, device)
        self.parse_all = parse_all  # parse every sentence (slower; same result)

    def parse(self, text: str) -> object:
        """The full stanza parse of ``text``."""
        return self.parser.parse(text)

    def extract(self, document: Input) -> list[Quote]:
        return list(self.analyze(document).quotes)

    def analyze(self, document: Input, source: str | None = None) -> Analysis:
        return next(self._analyze_batch([document], [source]))

    def pipe(self, documents: Iterable[Input], batch_size: int = 8, n_process: int = 1) -> Iterator[Analysis]:
        """Stream analyses for many documents, parsing ``batch_size`` documents at a time.

        ``n_process`` > 1 spreads the batches over that many worker processes (each loads the
        models once and uses its share of the CPU's threads); analyses come back in input order.
        As with any ``multiprocessing`` code, a script calling it needs ``if __name__ == "__main__":``.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if n_process < 1:
            raise ValueError("n_process must be at least 1")
        if n_process > 1:
            from .workers import pipe_in_processes

            yield from pipe_in_processes(self.parser.model, self.parser.device, self.parse_all,
                                         documents, batch_size, n_process)
            return
        batch: list[Input] = []
        for document in documents:
            batch.append(document)
            if len(batch) == batch_size:
                yield from self._analyze_batch(batch, [None] * len(batch))
                batch = []
        if batch:
            yield from self._analyze_batch(batch, [None] * len(batch))

    def _analyze_batch(self, documents: list[Input], sources: list[str | None]) -> Iterator[Analysis]:
        prepared: list[tuple[str, list[Sentence] | None]] = [_prepare(d) for d in documents]
        spans = {text: find_quotes(text) for text, _ in prepared}  # once per document
        raw = [i for i, (text, sents) in enumerate(prepared) if sents is None and text.strip()]
        if raw:
            def select(text: str, sentences: list[Sentence]) -> set[int]:
                return _select_all(text, sentences) if self.parse_all else select_sentences(text, sentences, spans[text])

            parsed = self.parser.parse_selected_many([prepared[i][0] for i in raw], select)
            for i, sents in zip(raw, parsed):
                prepared[i] = (prepared[i][0], sents)
        for (text, sentences), source in zip(prepared, sources):
            yield build_analysis(text, sentences or [], source, spans[text])


def analyze_keeping_errors(extractor: Extractor, documents: list[Input]) -> list[Analysis | Exception]:
    """The documents' analyses, parsed as one batch; when one is bad input (a CoNLL-U that is no
    tree), each document alone, its error in its place: the command line and worker processes
    report it and keep the others."""
    try:
        return list(extractor.pipe(documents, batch_size=max(1, len(documents))))
    except (ValueError, TypeError):
        out: list[Analysis | Exception] = []
        for document in documents:
            try:
                out.append(extractor.analyze(document))
            except (ValueError, TypeError) as exc:
                out.append(exc)
        return out


def _select_all(text: str, sentences: list[Sentence]) -> set[int]:
    return set(range(len(sentences)))


def _prepare(document: Input) -> tuple[str, list[Sentence] | None]:
    """Raw text (to be parsed) or an already parsed document (text and sentences)."""
    if isinstance(document, bytes):
        raise TypeError("quoteattr needs text (str), not bytes: decode it first, e.g. data.decode('utf-8')")
    if isinstance(document, str):
        if looks_like_conllu(document):
            return _from_stanza(document_from_conllu(document))
        return document, None
    if hasattr(document, "sentences"):
        return _from_stanza(document)
    raise TypeError(f"quoteattr needs str, CoNLL-U or a stanza Document, not {type(document).__name__}")


def _from_stanza(doc: object) -> tuple[str, list[Sentence]]:
    """Text and sentences of a parsed Document, rebuilding text and offsets when absent."""
    text = getattr(doc, "text", None)
    sentences = sentences_from_document(doc, parsed=True)
    if text and all(w.start >= 0 for s in sentences for w in s.words):
        return text, sentences
    return _rebuild(doc)


def _starts_paragraph(sentence: object) -> bool:
    comments = getattr(sentence, "comments", None) or []
    return any(c.startswith(("# newpar", "# newdoc")) for c in comments)


def _rebuild(doc: object) -> tuple[str, list[Sentence]]:
    """Text from the tokens: one paragraph per sentence, unless the CoNLL-U marks paragraphs
    with ``# newpar`` (as UD treebanks do); then sentences of one paragraph share a line."""
    pieces: list[str] = []
    pos = 0
    rebuilt: list[Sentence] = []
    marked = any(_starts_paragraph(sent) for sent in doc.sentences)  # type: ignore[attr-defined]
    for s_index, sent in enumerate(doc.sentences):  # type: ignore[attr-defined]
        if pieces:
            if marked and not _starts_paragraph(sent):
                if pieces[-1] != " ":
                    pieces.append(" ")
                    pos += 1
            else:
                if pieces[-1] == " ":
                    pieces.pop()
                    pos -= 1
                pieces.append("\n")
                pos += 1
        words: list[Word] = []
        for token in sent.tokens:
            t_start = pos
            pieces.append(token.text)
            pos += len(token.text)
            words.extend(word_from_stanza(word, t_start, pos) for word in token.words)
            if (token.spaces_after if hasattr(token, "spaces_after") else " ") != "":
                pieces.append(" ")
                pos += 1
        start = words[0].start if words else pos
        end = words[-1].end if words else pos
        rebuilt.append(Sentence(s_index, start, end, tuple(words), parsed=all(w.deprel for w in words)))
    return "".join(pieces).rstrip(" "), rebuilt


def build_analysis(text: str, sentences: list[Sentence], source: str | None = None,
                   spans: list[QuoteSpan] | None = None) -> Analysis:
    """Attribution and entity resolution over an already parsed document."""
    spans = find_quotes(text) if spans is None else spans
    attributed = Attributor(text, sentences, spans, paragraphs(text)).run()
    entity_of, mention_of, resolver = _resolve_speakers(text, attributed, sentences, spans)
    speakers = {s.id: s for s in resolver.speakers()}
    quotes = [_quote(text, a, speakers, entity_of, mention_of) for a in attributed]
    return Analysis(text=text, quotes=tuple(quotes), speakers=tuple(speakers.values()),
                    conflicts=tuple(resolver.conflicts()), source=source)


def _resolve_speakers(text: str, attributed: list[Attributed], sentences: list[Sentence],
                      spans: list[QuoteSpan]) -> tuple[dict[int, int | None], dict[int, Mention], EntityResolver]:
    links: dict[int, CueLink] = {}
    for a in attributed:
        if a.link is not None and a.link.speaker is not None:
            links.setdefault(id(a.link), a.link)
            root = _speaker_source(a.link)
            links.setdefault(id(root), root)  # a borrowed speaker is resolved where it was found
    own = [l for l in links.values() if l.borrowed_from is None]
    ordered = sorted(own, key=lambda l: l.phrase.start if l.phrase else (l.speaker.start if l.speaker else -1))
    resolver = EntityResolver()
    # for pronouns and descriptions only, built on first need: where the quotations are, and the
    # sentences a selective parse always parses (so that parsing everything gives the same answer)
    context: tuple[Coverage, set[int]] | None = None
    entity_of: dict[int, int | None] = {}
    mention_of: dict[int, Mention] = {}
    introductions: dict[str, list[tuple[str, SpeakerPhrase]]] = {}  # surname -> its full-name mentions
    for link in ordered:
        phrase = speaker_phrase(text, link)
        antecedent = None
        if (phrase.pronoun or is_definite_description(phrase)) and not link.phrase:
            if context is None:
                context = Coverage([(s.mark_start, s.mark_end) for s in spans]), select_sentences(text, sentences, spans)
            antecedent = _antecedent(text, sentences, *context, link, phrase)
        elif phrase.name and surname_only(phrase.name) and phrase.kind is not SpeakerKind.ORGANIZATION and not link.phrase:
            # "Scholz said" after "German Chancellor Olaf Scholz met …": who the surname stands for
            if phrase.name not in introductions:
                introductions[phrase.name] = name_introductions(text, phrase.name)
            antecedent = introduced_name(text, phrase.name, phrase.start, introductions[phrase.name])
        entity_of[id(link)] = resolver.add(phrase, antecedent)
        mention_of[id(link)] = Mention(text=phrase.text, start=phrase.start, end=phrase.end,
                                       kind=mention_kind(phrase))
        if link.relative is not None:
            # "Morial, who told reporters …": the quote's mention is "who", the entity is Morial's
            r = link.relative
            mention_of[id(link)] = Mention(text=text[r.start:r.end], start=r.start, end=r.end, kind="pronoun")
            resolver.add_mention(entity_of[id(link)], mention_of[id(link)])
    for link in links.values():
        if link.borrowed_from is not None:  # "Adding, “…”": the same speaker, the same mention
            root = _speaker_source(link)
            entity_of[id(link)], mention_of[id(link)] = entity_of[id(root)], mention_of[id(root)]
    return entity_of, mention_of, resolver


def _speaker_source(link: CueLink) -> CueLink:
    """The link whose sentence names the speaker: past every "Adding, …" that goes on with another's."""
    while link.borrowed_from is not None:
        link = link.borrowed_from
    return link


def _antecedent(text: str, sentences: list[Sentence], quoted: Coverage, readable: set[int], link: CueLink,
                pronoun: SpeakerPhrase) -> SpeakerPhrase | None:
    """The mention a pronoun (or "the Vermont senator") stands for, when the parse shows one that fits."""
    assert link.speaker is not None
    found = antecedent_subject(sentences, link.cue.sentence, link.speaker, link.cue.word,
                               lambda w: quoted.covers(w.start), readable.__contains__)
    if found is None:
        return None
    sentence, head = found
    candidate = analyse_phrase(text, sentence, head)
    return candidate if fits(pronoun, candidate, head) else None


@lru_cache(maxsize=None)
def _measured_confidence() -> dict[tuple[str, str], float]:
    """How often each rule is right, measured on PolNeAR train (data/method_confidence.tsv)."""
    return {(row[0], row[1]): float(row[2]) for row in lexicon.table("method_confidence.tsv")}


def _quote(text: str, a: Attributed, speakers: dict[int, Speaker], entity_of: dict[int, int | None],
           mention_of: dict[int, Mention]) -> Quote:
    speaker = mention = cue = None
    if a.link is not None:
        c = a.link.cue
        if not a.speaker_only:
            cue = Cue(text=text[c.start:c.end], start=c.start, end=c.end, lemma=c.lemma)
        entity = entity_of.get(id(a.link))
        speaker = speakers.get(entity) if entity is not None else None
        mention = mention_of.get(id(a.link))
    return Quote(
        text=text[a.start:a.end], start=a.start, end=a.end, kind=a.kind, speaker=speaker, cue=cue,
        mention=mention, segments=a.segments, nested=tuple(_nested(s) for s in (a.span.nested if a.span else ())),
        confidence=_measured_confidence().get((a.method, a.kind.value), a.confidence) if speaker is not None
        else a.confidence if a.kind is QuoteKind.FRAGMENT else min(a.confidence, 0.3),
        method=a.method, sentence_index=a.sentence_index, paragraph_index=a.paragraph_index,
        unclosed=a.span.unclosed if a.span is not None else False,
    )


def _nested(span: QuoteSpan) -> Quote:
    return Quote(text=span.text, start=span.start, end=span.end,
                 kind=QuoteKind.FRAGMENT if span.fragment else QuoteKind.DIRECT,
                 nested=tuple(_nested(s) for s in span.nested), confidence=0.5, method="nested",
                 paragraph_index=span.paragraph_index, unclosed=span.unclosed)
