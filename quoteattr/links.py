"""Cue links: each cue of a sentence with its speaker and content, and how links compete.

A link is what one cue says on its own; the document-level sieves in ``attribution`` decide
which quotation it reports.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .content import content_of, unbroken_after
from .cues import CueWord, find_cues
from .parsing import Sentence, Word, is_quote_mark
from .speakers import FINITE_TAGS, description_before_name, relative_subject, speaker_of
from .spans import QuoteSpan
from .titles import SpeakerPhrase, analyse_phrase
from .tree import marks_between, time_phrase_cut, trim_span


VERBAL_FAMILIES = ("say", "ask", "write")  # cues that are someone's own words (not belief, stance, "according to")
SPEECH_FAMILIES = (*VERBAL_FAMILIES, "according")


@dataclass(frozen=True)
class CueLink:
    """A cue with its speaker head word and content span, read off the parse."""

    cue: CueWord
    speaker: Word | None
    content: tuple[int, int] | None
    relation: str  # how the content hangs on the cue
    speaker_extra: tuple[Word, ...] = ()  # further subject words the parser split off (appositions)
    extended: tuple[int, int] | None = None  # everything the cue verb governs to its right
    phrase: SpeakerPhrase | None = None  # speaker read off the text itself (dash attributions)
    relative: Word | None = None  # "who" in "Morial, who told reporters": the speaker's mention in the cue's clause
    # '"…," he said. Adding, "…"': the link of the sentence before, whose speaker this cue goes on with
    borrowed_from: CueLink | None = None

    @property
    def reach(self) -> tuple[int, int] | None:
        """The stretch a quotation must fall in to belong to this cue."""
        return self.content or self.extended


def speaker_phrase(text: str, link: CueLink) -> SpeakerPhrase:
    """The speaker's name, title and kind: read off the text where the link carries them (dash
    attributions), else off the speaker's words in the cue's sentence, never from the content
    (unless the speaker stands inside it: then the content is what the parse got wrong) and never
    across the cue word (punctuation cues have none)."""
    assert link.speaker is not None
    if link.borrowed_from is not None:
        return speaker_phrase(text, link.borrowed_from)  # the speaker's words are in that link's sentence
    if link.phrase is not None:
        return link.phrase
    content = link.content
    if content is not None and content[0] <= link.speaker.start < content[1]:
        content = None
    cue = link.cue.word if link.cue.word.index > 0 else None
    return analyse_phrase(text, link.cue.sentence, link.speaker, link.speaker_extra, avoid=content, cue=cue)


def link_cues(sentences: list[Sentence]) -> list[CueLink]:
    """Every cue of every sentence with its speaker, content and reach."""
    links: list[CueLink] = []
    for sentence in sentences:
        for cue in find_cues(sentence):
            speaker = speaker_of(sentence, cue)
            content, relation = content_of(sentence, cue, speaker)
            extra: tuple[Word, ...] = ()
            if speaker is not None and speaker.deprel in ("nsubj", "aux") and speaker.head == cue.word.index:
                # "the spokesman ..., Dmitri Peskov pointed out": a small parser may give two subjects
                # (or read a given name as the modal before the surname: "said Will Doyle")
                verb = sentence.word(speaker.head)
                # (on the speaker's side of the verb: "The report says the decline … appears" has the
                # reported clause's subject after it)
                extra = tuple(w for w in sentence.children(speaker.head) if w.deprel == "nsubj" and w is not speaker
                              and marks_between(sentence, w, verb) == 0
                              and (w.index < verb.index) == (speaker.index < verb.index)
                              and not (content is not None and content[0] <= w.start < content[1])
                              # two names apart are two people, one of them a misparse ("in Portsmouth, N.H., Sanders
                              # said"); side by side they are one name split in two ("Freddy Ortega said")
                              and not (w.upos == "PROPN" and speaker.upos == "PROPN" and abs(w.index - speaker.index) > 1))
            if speaker is not None and not extra and speaker.upos == "PROPN":
                described = description_before_name(sentence, speaker, cue.word)
                extra = (described,) if described is not None else ()
            relative = relative_subject(sentence, cue.word, speaker) if speaker is not None else None
            links.append(CueLink(cue, speaker, content, relation, extra, _extended(sentence, cue), relative=relative))
    return _split_coordinated_reports(links)


# Verb forms that read as one coordination: "said … and added", "saying … and calling"
_FORM_CLASSES = ({"VBD", "VBN"}, {"VBZ", "VBP"}, {"VBG"})


def _split_coordinated_reports(links: list[CueLink]) -> list[CueLink]:
    """"Lazar said he welcomed extradition and added, “I'll plead guilty”", "slammed the shift as a
    conversion and accused Sanders of a “flip-flop”": a speech verb with no subject, after an "and",
    in the same form as the cue, and followed by a quotation inside the cue's content is the
    speaker's next report, whatever the parse hung it on. The first content ends before the "and";
    the second verb reports for the same speaker, up to where the first content ended."""
    out = list(links)
    by_sentence: dict[int, list[int]] = {}  # only links of one sentence pair up: keep it linear
    for n, link in enumerate(links):
        by_sentence.setdefault(id(link.cue.sentence), []).append(n)
    for n, outer in enumerate(links):
        if outer.content is None or outer.speaker is None or in_relative_clause(outer):
            continue  # "tweets in which he called her “disgusting” and referred to …" describes the tweets
        sentence, verb = outer.cue.sentence, outer.cue.word
        form = next((f for f in _FORM_CLASSES if verb.xpos in f), None)
        for m in by_sentence[id(sentence)]:
            inner = links[m]
            word = inner.cue.word
            if m == n or form is None or word.xpos not in form \
                    or not outer.content[0] < word.start < outer.content[1] or word.upos != "VERB" \
                    or inner.speaker is not None and inner.speaker.start > outer.content[0] \
                    or any(k.deprel.startswith("nsubj") for k in sentence.children(word.index)):
                continue
            and_index = word.index - 1
            if and_index < 1 or sentence.word(and_index).text.lower() != "and":
                continue
            if not any(is_quote_mark(w) and word.end <= w.start < outer.content[1] for w in sentence.words):
                continue
            first = and_index - 1 if and_index > 1 and sentence.word(and_index - 1).text == "," else and_index
            end = sentence.word(first - 1).end if first > 1 else outer.content[0]
            if end <= outer.content[0]:
                continue
            content = inner.content
            if content is None or content[1] > outer.content[1]:
                rest = [w for w in sentence.words if w.start >= word.end and w.end <= outer.content[1]]
                content = trim_span(rest)
            out[m] = replace(inner, speaker=outer.speaker, content=content, relation="coordinated")
            kept = out[n].content or outer.content
            out[n] = replace(out[n], content=(kept[0], min(end, kept[1])))
    return out


_GOVERNED = frozenset({"obj", "iobj", "xcomp", "obl", "ccomp", "advcl", "parataxis", "obl:npmod"})


def _extended(sentence: Sentence, cue: CueWord) -> tuple[int, int] | None:
    """What a cue verb governs to its right: where scare quotes and partial quotes sit
    ("called him “a genius”", "dismissed Estonia as being in the “suburbs”")."""
    if cue.family == "according":
        return None
    kids = _governed(sentence, cue.word)
    if not kids:
        return None
    words = [w for k in kids for w in sentence.subtree(k.index)]
    return trim_span(words)


def _governed(sentence: Sentence, verb: Word) -> list[Word]:
    """The verb's object-like dependents to its right."""
    return [k for k in sentence.children(verb.index) if k.index > verb.index and k.deprel in _GOVERNED]


def governed_up_to(link: CueLink, span: QuoteSpan) -> tuple[int, int] | None:
    """What the cue governs, up to the phrase holding the quote: "called Clinton a “disgrace”
    Wednesday on The Laura Ingraham Show" reports "Clinton a “disgrace”", not the time and place."""
    if link.extended is None:  # also "according to", which governs nothing (see _extended)
        return None
    sentence = link.cue.sentence
    phrases = [sentence.subtree(k.index) for k in _governed(sentence, link.cue.word)]
    kept = [p for p in phrases if p and p[0].start < span.mark_end]
    if not kept:
        return link.extended
    words = sorted((w for p in kept for w in p), key=lambda w: w.index)
    heads = [k for k in _governed(sentence, link.cue.word) if k.index in {w.index for w in words}]
    words += [w for k in unbroken_after(sentence, link.cue.word, heads) for w in sentence.subtree(k.index)]
    words.sort(key=lambda w: w.index)
    # a time phrase the parse hung inside the quote's phrase ("a “disgrace” Wednesday on …") ends it
    cut = time_phrase_cut(sentence, [w for w in words if w.start >= span.mark_end])
    return trim_span([w for w in words if cut is None or w.index < cut])


def outermost_reporter(candidates: list[tuple[int, CueLink]]) -> list[tuple[int, CueLink]]:
    """Drop a cue inside another candidate's reported clause unless it is itself someone's speech.

    "Demonstrators said they want “justice”", "He said he did not mention “Russia's ties”":
    the outer speaker reports the words.  "Spicer said Trump told him “…”" keeps Trump.
    """
    def reported_inside(link: CueLink) -> bool:
        return any(other is not link and other.content is not None and other.cue.family in SPEECH_FAMILIES
                   and other.content[0] <= link.cue.start < other.content[1] for _, other in candidates)

    def own_speech(link: CueLink) -> bool:
        # someone's actual words: not "he" (the outer speaker's paraphrase), not "the platform should
        # reiterate …" (a modal: what should be said is still the outer speaker's claim)
        speaker = link.speaker
        return (link.cue.family in VERBAL_FAMILIES and speaker is not None and speaker.upos != "PRON"
                and not _negated(link) and not _modal(link) and _speech_event(link))

    kept = [(i, l) for i, l in candidates if not reported_inside(l) or own_speech(l)]
    return kept or candidates


def in_relative_clause(link: CueLink) -> bool:
    """A cue describing a noun ("X, who said …", "a spokesman quoted as saying") rather than a
    participle that reports for the sentence's subject (", saying, “…”" hung on a noun)."""
    word = link.cue.word
    if word.deprel == "acl:relcl":
        return True
    return word.deprel == "acl" and (link.speaker is None or link.speaker.index == word.head)


def _speech_event(link: CueLink) -> bool:
    """"told", "says", ", adding, “…”" report a speech event; "by calling out Trump", "to say" inside
    someone's report are part of what that someone said (a parse without XPOS counts as an event)."""
    word, sentence = link.cue.word, link.cue.sentence
    if word.xpos in FINITE_TAGS or not word.xpos or word.upos != "VERB":
        return True
    return word.xpos == "VBG" and word.index > 1 and sentence.word(word.index - 1).text == ","


def _modal(link: CueLink) -> bool:
    """"should reiterate", "would say": speech only wished for or imagined."""
    return any(k.deprel == "aux" and (k.xpos == "MD" or k.lemma in ("should", "would", "could", "might", "must", "may"))
               for k in link.cue.sentence.children(link.cue.word.index))


def _negated(link: CueLink) -> bool:
    """"did not say", "never told": the cue denies the speech."""
    return any(k.deprel == "advmod" and k.lemma in ("not", "never") for k in link.cue.sentence.children(link.cue.word.index))
