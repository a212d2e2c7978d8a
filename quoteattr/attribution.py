"""Who said it: link quotation spans and reported speech to cues and speakers.

Sieves, most reliable first, for each direct quotation:
1. a cue whose clausal complement (or parataxis) reaches into the quote;
2. the nearest cue in the same sentence, outside any quotation;
3. a lead-in sentence in the same paragraph ("X said:" / "X was blunt:");
4. the speaker of the quote just before, when this quote opens a paragraph
   in the same run (the news convention for long quotes).
Cues that are left over with a clausal complement give indirect quotes;
a complement that embeds quoted words gives a mixed quote.

The sentence-level reading lives in its own modules: ``speakers`` (who speaks for a cue),
``content`` (what it reports), ``links`` (both together, one ``CueLink`` per cue) and ``tree``
(small questions about the parse). This module holds the document-level sieves.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from . import lexicon
from .content import MAX_WORDS_AFTER_FINAL_CUE
from .cues import CueWord, form_lemmas, has_role
from .links import (SPEECH_FAMILIES, VERBAL_FAMILIES, CueLink, governed_up_to, in_relative_clause, link_cues,
                    outermost_reporter)
from .model import QuoteKind, Span, SpeakerKind
from .marks import CLOSING_QUOTE_CHARS
from .parsing import Sentence, Word, is_quote_mark
from .positions import ByOffset, Coverage, Intervals
from .speakers import FINITE_TAGS, can_speak, passive_without_agent, statement_owner, subject_after_quote
from .spans import FRAGMENT_MAX_WORDS, QuoteSpan
from .text_cues import dash_attribution, headline_claim, name_lead_in, transcript_turn
from .titles import SpeakerPhrase, phrase_from_text

_PUNCTUATION_CUES = ("dash", "colon", "transcript")
# "In past campaigns, “…,” he said": the fewest words before a quote that make a fronted claim.
MIN_FRONTED_WORDS = 2
# How long the attribution between the two halves of an interrupted quote may be (characters).
MAX_INTERRUPTION_CHARS = 400
# “…!” | Scott's niece, state Del. Marcia Price (D-Newport News), shouted. -- how far (characters)
# the cue of a split-off attribution sentence may stand from the quote it reports.
MAX_SPEAKER_CHARS_AFTER = 160
def _synthetic_word(text: str, start: int, end: int) -> Word:
    """A stand-in word for cues that are punctuation outside the parse (dashes, colons)."""
    return Word(index=0, text=text[start:end], lemma=text[start:end], upos="PUNCT", xpos="", feats="",
                head=0, deprel="", start=start, end=end)


@dataclass(frozen=True)
class Attributed:
    """One quotation before entity resolution."""

    kind: QuoteKind
    start: int
    end: int
    span: QuoteSpan | None
    segments: tuple[Span, ...]
    link: CueLink | None
    method: str
    confidence: float
    paragraph_index: int
    sentence_index: int | None
    speaker_only: bool = False  # the speaker comes from ``link``, but its cue introduced other words


def _unnamed_source(link: CueLink) -> bool:
    """"Asked about his paid speeches, Huckabee's campaign said …", "uneasy when asked about his
    daughter's work": a passive question with no agent; "The House is expected to pass the bill"
    (the `unnamed-passive` role). What was asked or expected is still reported (PolNeAR annotates
    it, with no source); whoever asked or expects it goes unnamed."""
    word, sentence = link.cue.word, link.cue.sentence
    if has_role(link.cue.lemma, "unnamed-passive"):
        return passive_without_agent(sentence, word)
    if link.cue.family != "ask" or word.index == 0 or word.xpos != "VBN":
        return False
    kids = sentence.children(word.index)
    if any(k.deprel.startswith("nsubj") or k.deprel == "obl:agent" for k in kids):
        return False
    return any(k.deprel == "aux:pass" for k in kids) or word.deprel in ("advcl", "acl", "root", "conj")


def _last_quote(previous: list[Attributed]) -> Attributed | None:
    """The latest quotation attributed so far, fragments (titles, scare quotes) passed over."""
    return next((a for a in reversed(previous) if a.kind is not QuoteKind.FRAGMENT), None)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_WORD = regex.compile(r"\w+(?:['’]\w+)*")


_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})


def _segments(spans: list[QuoteSpan]) -> tuple[Span, ...]:
    """The quoted words of a mixed quote, one segment per quotation inside it."""
    return tuple(Span(s.text, s.start, s.end) for s in spans)


def _continues_sentence(span: QuoteSpan) -> bool:
    """The quote opens in lower case: it carries on a sentence begun outside the marks."""
    first = next((c for c in span.text if c.isalpha()), "")
    return first.islower()


# Where the writer takes over again after the last quoted words of a mixed quote: a relative clause or
# participle set off by a comma, a dash aside, a semicolon ("… “public option”, which would allow …").
# After a comma, "but he …" is the writer telling what the speaker did next; a spaced hyphen is a dash.
# A participle is the writer's unless it works as a preposition (data/ing_prepositions.txt: ", including …").
@lru_cache(maxsize=None)
def _resuming_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(writer resumes anywhere after the last quote, writer resumes right after a comma inside the marks)."""
    prepositions = "|".join(sorted(lexicon.words("ing_prepositions.txt")))
    # ", and said he …", ", and continued to defend …": the writer's next predicate for the same subject
    speech_forms = "|".join(sorted((regex.escape(f) for f in form_lemmas()), key=len, reverse=True))
    next_predicate = rf"(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:{speech_forms}|\p{{Ll}}+ed)"
    resuming = (r"(?:which|who|whose|where|while|although|though|but\s+(?:he|she|they)|\p{Ll}+ly\s+\p{Ll}+ing|an?\s+\p{Ll}+"
                rf"|{next_predicate}|(?!(?:{prepositions})\b)\p{{Ll}}+ing)\b")
    return (regex.compile(rf"\s*(?:,\s*{resuming}|;|\s--?\s|\s[—―]\s?|\s–\s)"), regex.compile(rf"\s+{resuming}"))


_NEW_SENTENCE = regex.compile(r"\s+\p{Lu}")


def _writer_resumes(text: str, last_mark: int, end: int) -> int:
    """The end of a mixed quote's content: cut where the writer's own words resume after its last quote
    (also when American style put the comma inside the marks: "only “partial,” meaning it …")."""
    writer_resumes, after_inner_comma = _resuming_patterns()
    found = writer_resumes.search(text, last_mark, end)
    quoted_end = _before_closing_marks(text, last_mark)
    if quoted_end == "," and after_inner_comma.match(text, last_mark, end):
        return last_mark
    if quoted_end in (".", "!", "?") and _NEW_SENTENCE.match(text, last_mark, end):
        return last_mark  # "… the United States.'' Facing a Trump presidency, …": a sentence the tokenizer ran on
    return found.start() if found is not None else end


def _scare_quote(span: QuoteSpan) -> bool:
    """A few lower-case words quoted inside the writer's own sentence ("puts together “tubular mixers,”
    batches of rods"): no quotation of its own, though American style put a comma inside the marks."""
    words = _WORD.findall(span.text)
    return 0 < len(words) <= FRAGMENT_MAX_WORDS and span.text[:1].islower()


def _before_closing_marks(text: str, end: int) -> str:
    """The character before the run of closing marks that ends at ``end`` ("" at the text's start);
    a backward scan, so that a document with many mixed quotes stays linear."""
    i = end
    while i > 0 and text[i - 1] in CLOSING_QUOTE_CHARS:
        i -= 1
    return text[i - 1] if i > 0 else ""


def _words_outside(text: str, start: int, end: int, spans: list[QuoteSpan]) -> int:
    """Alphabetic words of text[start:end] that lie outside every quotation."""
    count = 0
    in_word = False
    inside = sorted((s.mark_start, s.mark_end) for s in spans if s.mark_end > start and s.mark_start < end)
    for i in range(start, end):
        if any(a <= i < b for a, b in inside):
            in_word = False
            continue
        if text[i].isalpha():
            if not in_word:
                count += 1
            in_word = True
        else:
            in_word = False
    return count


class Attributor:
    """Runs the sieves over one document."""

    def __init__(self, text: str, sentences: list[Sentence], spans: list[QuoteSpan],
                 paragraphs: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.spans = spans
        self.paragraphs = paragraphs
        self._para_starts = [p[0] for p in paragraphs]
        self._located = sorted((s for s in sentences if s.start >= 0), key=lambda s: s.start)
        self._sentence_starts = [s.start for s in self._located]
        self._unlocated = [s for s in sentences if s.start < 0]
        self._longest_sentence = max((s.end - s.start for s in self._located), default=0)
        self._quoted = Coverage([(s.mark_start, s.mark_end) for s in spans])
        self._spans_by_mark = ByOffset(lambda s: s.mark_start, spans)
        self._links_by_cue: ByOffset[CueLink] = ByOffset(lambda l: l.cue.start)
        self._links_by_sentence_start: ByOffset[CueLink] = ByOffset(lambda l: l.cue.sentence.start)
        self._links_of_sentence: dict[int, list[tuple[int, CueLink]]] = {}
        self.links: list[CueLink] = []
        for link in link_cues(sentences):
            self._add_link(self._opening_participle(self._speaker_outside_quotes(link)))
        self.used: set[int] = set()

    def _opening_participle(self, link: CueLink) -> CueLink:
        """'Maher stated … that the report “wasn't good.” Adding, “Now, …”': a sentence opened by a
        speech participle with no subject goes on with the speaker of the sentence before, in the
        same paragraph."""
        word, sentence = link.cue.word, link.cue.sentence
        if link.speaker is not None or word.index != 1 or word.xpos != "VBG" or sentence.index == 0:
            return link
        before = [l for _, l in self._links_of_sentence.get(sentence.index - 1, []) if l.speaker is not None
                  and l.cue.family in ("say", "write", "ask") and l.cue.word.upos == "VERB"]
        if not before or self.paragraph_of(before[-1].cue.start) != self.paragraph_of(link.cue.start):
            return link
        previous = before[-1]
        return replace(link, speaker=previous.speaker, speaker_extra=previous.speaker_extra, borrowed_from=previous)

    def _add_link(self, link: CueLink) -> int:
        """Register a cue link (also those the sieves create) in every index; returns its number."""
        self._links_by_cue.add(link)
        self._links_by_sentence_start.add(link)
        self._links_of_sentence.setdefault(link.cue.sentence.index, []).append((len(self.links), link))
        self.links.append(link)
        return len(self.links) - 1

    def _spans_opening(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotations whose opening mark is in ``[start, end)``, in document order."""
        return self._spans_by_mark.within(start, end)

    def _quotes_within(self, start: int, end: int) -> list[QuoteSpan]:
        """Quotations wholly inside ``[start, end)``, marks included, in document order."""
        return [s for s in self._spans_opening(start, end) if s.mark_end <= end]

    def _sentences_overlapping(self, start: int, end: int) -> list[Sentence]:
        lo = bisect_left(self._sentence_starts, start - self._longest_sentence)
        hi = bisect_left(self._sentence_starts, end)
        return [s for s in self._located[lo:hi] + self._unlocated if s.end > start and s.start < end]

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self._para_starts, pos) - 1)

    def sentence_of(self, pos: int) -> int | None:
        """Index of the sentence holding ``pos`` (a bisect: documents can be long)."""
        at = bisect_right(self._sentence_starts, pos) - 1
        if at < 0:
            return None
        s = self._located[at]
        return s.index if pos < max(s.end, s.start + 1) else None

    def _speaker_outside_quotes(self, link: CueLink) -> CueLink:
        """A cue outside the quotes never has its speaker inside them (a sentence split inside a
        quote gives '…of the entire Congress," Rep. Elijah E. Cummings said' the subject "One")."""
        speaker = link.speaker
        if speaker is None or link.cue.family == "according" or speaker.start < 0 \
                or not self._quoted.covers(speaker.start) or self._quoted.covers(link.cue.start):
            return link
        sentence, verb = link.cue.sentence, link.cue.word
        outside = subject_after_quote(sentence, verb)
        return replace(link, speaker=outside, speaker_extra=())

    def _cue_outside_quotes(self, link: CueLink) -> bool:
        return not self._quoted.covers(link.cue.start)

    def run(self) -> list[Attributed]:
        results: list[Attributed] = []
        mixed: set[tuple[int, int]] = set()
        for span in self.spans:
            found = self._direct(span, results)
            if found.kind is QuoteKind.MIXED:
                if (found.start, found.end) in mixed:
                    continue  # 'that Machado was “disgusting” and “a con”': one mixed quote, two segments
                mixed.add((found.start, found.end))
            results.append(found)
        results.extend(self._transcript_turns(results))
        claims, replaced = self._headline_claim(results)
        results = [r for r in results if all(r is not q for q in replaced)] + claims
        results.extend(self._indirect(results))
        results.sort(key=lambda a: (a.start, a.end))
        return results

    def _transcript_turns(self, found: list[Attributed]) -> list[Attributed]:
        """Interview transcripts: "WALLACE: Let's start ..." -- the paragraph is the speaker's words."""
        out: list[Attributed] = []
        attributed = Intervals()
        for a in found:
            if a.link is not None:
                attributed.add(a.start, a.end)
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            turn = transcript_turn(self.text, p_start, p_end)
            if turn is None or attributed.crosses(turn.said_start, p_end):
                continue
            phrase = phrase_from_text(self.text, turn.who_start, turn.who_end) if turn.role is None else SpeakerPhrase(
                turn.who_start, turn.who_end, self.text[turn.who_start:turn.who_end], None, turn.role,
                SpeakerKind.PERSON, None, None, None)
            link_index, link = self._punctuation_cue(turn.mark_start, turn.mark_end, "transcript", phrase=phrase)
            self.used.add(link_index)
            out.append(Attributed(QuoteKind.DIRECT, turn.said_start, p_end, None, (), link, "transcript-turn", 0.7,
                                  index, self.sentence_of(turn.said_start)))
        return out

    def _phrase_opens(self, word: Word, start: int) -> bool:
        """The word's phrase starts the text at ``start`` ("Zelensky says", "The president says")."""
        return len(_WORD.findall(self.text, start, word.start)) <= 2

    def _headline_claim(self, found: list[Attributed]) -> tuple[list[Attributed], list[Attributed]]:
        """A headline "Sanders: Clinton needs to ‘get away …’ with Trump" gives the claim to the name.

        Only the document's first paragraph, when it reads as a headline with a name before the colon
        (``text_cues.headline_claim``), and no speech verb after the colon has a speaker of its own
        ("The Latest: Trump urges …").  Returns (new, replaced).
        """
        if not self.paragraphs:
            return [], []
        p_start, p_end = self.paragraphs[0]
        claim = headline_claim(self.text, p_start, p_end)
        if claim is None:
            return [], []
        content_start = claim.said_start
        content_end = p_end
        while content_end > content_start and self.text[content_end - 1] in ". \t":
            content_end -= 1
        if any(l.cue.family in VERBAL_FAMILIES and l.speaker is not None and content_start <= l.cue.start < p_end
               and l.cue.word.xpos in FINITE_TAGS and self._phrase_opens(l.speaker, content_start) for l in self.links):
            return [], []  # "Ukraine: Zelensky says …" -- the clause names its own speaker
        inside = [a for a in found if a.span is not None and content_start <= a.span.mark_start and a.span.mark_end <= p_end]
        if any(a.link is not None for a in inside):
            return [], []  # "Said Ellis: “…”" -- a cue of the parse already took the quote
        phrase = phrase_from_text(self.text, claim.who_start, claim.who_end)
        link_index, link = self._punctuation_cue(claim.mark_start, claim.mark_end, "colon", phrase=phrase)
        self.used.add(link_index)
        sentence = self.sentence_of(content_start)
        whole = [a for a in inside if a.span is not None and a.span.mark_start == content_start
                 and self.text[a.span.mark_end:content_end].strip(". ") == ""]
        if whole:  # "Lynch: ‘Be the voice that people hear.’" -- the quote is the whole claim
            q = whole[0]
            return [replace(q, kind=QuoteKind.DIRECT, link=link, method="headline-colon", confidence=0.6)], [q]
        segments = tuple(Span(a.span.text, a.span.start, a.span.end) for a in inside if a.span is not None)
        kind = QuoteKind.MIXED if segments else QuoteKind.INDIRECT
        reported = Attributed(kind, content_start, content_end, inside[0].span if inside else None, segments, link,
                              "headline-colon", 0.6, 0, sentence)
        return [reported], inside

    def _direct(self, span: QuoteSpan, previous: list[Attributed]) -> Attributed:
        if span.venue_title:  # "said on CNN's “State of the Union.”": where, not what
            return Attributed(QuoteKind.FRAGMENT, span.start, span.end, span, (), None, "fragment", 0.2,
                              span.paragraph_index, self.sentence_of(span.start))
        area = (span.mark_start, span.mark_end)
        sentence_ids = sorted({s.index for s in self._sentences_overlapping(*area)})
        in_reach = sorted((il for index in sentence_ids for il in self._links_of_sentence.get(index, ())
                           if self._cue_outside_quotes(il[1])), key=lambda il: il[0])
        # belief and stance verbs take quotes only through their structure, never by proximity;
        # punctuation cues (dash, colon, transcript turn) belong to the quote they were found for
        candidates = [(i, l) for i, l in in_reach if l.cue.family not in ("think", "attitude", *_PUNCTUATION_CUES)]
        structural = [(i, l) for i, l in in_reach if l.reach and _overlap(l.reach, (span.start, span.end)) > 0]
        structural = outermost_reporter(structural)
        adjacent = self._adjacent_speech_cue(span, in_reach)
        if adjacent is not None and all(link is not adjacent[1] for _, link in structural):
            # '…, while chanting, "Hands up, don't shoot."': the speech verb right before the
            # quote introduces it, whatever clause the parse hung the quote on
            i, link = adjacent
            return self._from_link(span, i, link, "adjacent-cue", 0.75)
        if structural:
            # prefer main-clause cues over ones inside a relative clause ("…,” said X, who said …);
            # a speech cue reported inside another's clause survived only as someone's own speech,
            # and then the words are theirs ("X scolded him: “A,” she said.": X's "scolded")
            def reported_by_other(link: CueLink) -> bool:
                return any(o is not link and o.content is not None and o.content[0] <= link.cue.start < o.content[1]
                           for _, o in structural)
            i, link = min(structural, key=lambda il: (in_relative_clause(il[1]),
                                                      not reported_by_other(il[1]),
                                                      self._distance(il[1], span)))
            relation = link.relation if link.content else "governed"
            return self._from_link(span, i, link, "cue-" + relation, 0.9 if link.content else 0.8)
        with_speaker = [(i, l) for i, l in candidates if l.speaker is not None and l.cue.family != "according"]
        if with_speaker and not span.fragment:
            i, link = min(with_speaker, key=lambda il: self._distance(il[1], span))
            return self._from_link(span, i, link, "same-sentence-cue", 0.75)
        if not span.fragment:
            for sieve in (self._dash, self._lead_in, self._after):
                found = sieve(span)
                if found is not None:
                    i, link, method = found
                    return self._from_link(span, i, link, method, 0.7)
            cont = (self._interrupted(span, previous) or self._after_reported_sentence(span)
                    or self._continuation(span, previous) or self._continuation_in_paragraph(span, previous))
            if cont is not None:
                return cont
        kind = QuoteKind.FRAGMENT if span.fragment else QuoteKind.DIRECT
        return Attributed(kind, span.start, span.end, span, (), None, "no-cue" if kind is QuoteKind.DIRECT else "fragment",
                          0.2, span.paragraph_index, self.sentence_of(span.start))

    def _adjacent_speech_cue(self, span: QuoteSpan, in_reach: list[tuple[int, CueLink]]) -> tuple[int, CueLink] | None:
        """A say-family verb followed by nothing but a comma or colon before the quote's mark."""
        for i, link in in_reach:
            if link.cue.family in VERBAL_FAMILIES and link.cue.end <= span.mark_start and link.content is None \
                    and link.speaker is not None \
                    and regex.fullmatch(r"[ \t\u00a0]*[,:][ \t\u00a0]*", self.text[link.cue.end:span.mark_start]):
                return i, link
        return None

    def _distance(self, link: CueLink, span: QuoteSpan) -> int:
        pos = link.cue.start
        if span.mark_start <= pos < span.mark_end:
            return 0
        return min(abs(pos - span.mark_start), abs(pos - span.mark_end))

    def _from_link(self, span: QuoteSpan, index: int, link: CueLink, method: str, confidence: float) -> Attributed:
        self.used.add(index)
        if link.speaker is None:
            confidence = 0.3
        content = link.content or governed_up_to(link, span)
        if content is None or _overlap(content, (span.start, span.end)) == 0:
            content = self._reported_around(span, link) if method == "same-sentence-cue" else None
        if content is not None and _overlap(content, (span.start, span.end)) > 0:
            start = min(content[0], span.mark_start)
            end = max(content[1], span.mark_end)
            around = link.relation.endswith("-around")  # "X, he added, is “…”": the content runs around the cue
            if start <= link.cue.start < end and not around:
                # complements on both sides of the cue (a weak parse, or “A,” he said, “B.”): keep the quote's side
                if link.cue.end <= span.mark_start:
                    gap = self.text[link.cue.end:span.mark_start]
                    start = link.cue.end + len(gap) - len(gap.lstrip())
                else:
                    end = min(end, link.cue.start)
            if start < span.mark_start and link.cue.start >= span.mark_end and self._writer_frames(start, span):
                start = span.mark_start
            speaker = link.speaker
            if speaker is not None and start <= speaker.start < end and not around:
                # a weak parse hung the attribution on the quote: the speaker is never the content
                if speaker.start >= span.mark_end:
                    end = span.mark_end
                else:
                    start = span.mark_start
            outside = _words_outside(self.text, start, end, [span])
            # a quote that opens in lower case continues a reported sentence: one word around it will do
            needed = 1 if _continues_sentence(span) else 2
            if outside >= needed:
                # reported words around the quoted ones, before or after: a mixed quote
                last_mark = max(s.mark_end for s in self._quotes_within(start, end))
                end = _writer_resumes(self.text, last_mark, end)
                segments = _segments(self._quotes_within(start, end))
                return Attributed(QuoteKind.MIXED, start, end, span, segments, link, method, confidence,
                                  self.paragraph_of(start), self.sentence_of(start))
        fronted = self._fronted_claim(span, link)
        if fronted is not None:
            return Attributed(QuoteKind.MIXED, fronted, span.mark_end, span, (Span(span.text, span.start, span.end),),
                              link, method, confidence, self.paragraph_of(fronted), self.sentence_of(fronted))
        carried = self._carried_from_cue(span, link)
        if carried is not None:
            segments = _segments(self._quotes_within(carried, span.mark_end))
            return Attributed(QuoteKind.MIXED, carried, span.mark_end, span, segments, link, method, confidence,
                              self.paragraph_of(carried), self.sentence_of(carried))
        return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), link, method, confidence,
                          span.paragraph_index, self.sentence_of(span.start))

    def _carried_from_cue(self, span: QuoteSpan, link: CueLink) -> int | None:
        """Where the reported words start when a lower-case quote ends a sentence its cue began and the
        parse gave no clause to carry it: "Ramos believes in journalism that “takes sides.”", "now says
        the ones are “top secret.”" (the words between cue and quote are reported too)."""
        if not _continues_sentence(span) or link.cue.end > span.mark_start:
            return None
        sentence = self._sentence_at(span.mark_start)
        if sentence is None or link.cue.sentence is not sentence:
            return None
        if self._links_by_cue.within(link.cue.end, span.mark_start):
            return None  # another cue between: its own report
        start = link.cue.end
        # past the listener or the channel: after the last comma, from the last "that"
        # ("told one of his protégés on a regular basis that “…”", "put it in an exposé, “…”")
        complementizer = False
        subordinators = {w.start for w in sentence.words if w.upos == "SCONJ" or w.deprel == "mark"}
        for boundary in regex.finditer(r",|\bthat\b", self.text, pos=start, endpos=span.mark_start):
            if boundary.group() != ",":
                # the complementizer is no reported word; "that plan" is
                start = boundary.end() if boundary.start() in subordinators else boundary.start()
                complementizer = True
            elif not complementizer:  # "said that in her state, ''there is …''": the clause goes on past its comma
                start = boundary.end()
        words = regex.findall(r"\w+", self.text[start:span.mark_start])
        if not words or all(w.lower() in _CONJUNCTIONS for w in words):
            return None  # 'said, “…”', 'and “…”': the quote itself is what was said
        while self.text[start].isspace():
            start += 1
        return start

    def _fronted_claim(self, span: QuoteSpan, link: CueLink) -> int | None:
        """Where the claim starts when the sentence opens with the speaker's own framing before the quote:
        "With thousands of systems, “there is no single point of failure,” he said" (PolNeAR counts
        "With thousands of systems" as said; a connective alone, "Yet,", is the writer's)."""
        sentence = self._sentence_at(span.mark_start)
        if sentence is None or link.cue.start < span.mark_end or link.cue.sentence is not sentence \
                or link.content is None or _overlap(link.content, (span.start, span.end)) == 0:
            return None  # the quote must be what the cue after it reports
        before = [w for w in sentence.words if w.end <= span.mark_start]
        # "But with other voters split …, “…,” says X": the connective opens the claim, but alone is none
        framing = before[1:] if before and before[0].upos == "CCONJ" else before
        if len(framing) < MIN_FRONTED_WORDS + 1 or before[-1].text != "," or framing[0].upos in ("CCONJ", "PUNCT"):
            return None
        if any(is_quote_mark(w) for w in before) or self._links_by_cue.within(before[0].start, span.mark_start):
            return None
        return before[0].start

    def _writer_frames(self, start: int, span: QuoteSpan) -> bool:
        """'Rhimes declared the need for drive: “Change the world,” she said': words before a quote whose
        cue follows it are the writer's framing, not the claim, when they end in a colon or hold a cue
        of their own ("Biden weighed in, telling Mic, “…,” he said")."""
        if self.text[start:span.mark_start].rstrip().endswith(":"):
            return True
        return any(l.cue.family in SPEECH_FAMILIES and not self._quoted.covers(l.cue.start)
                   for l in self._links_by_cue.within(start, span.mark_start))

    def _reported_around(self, span: QuoteSpan, link: CueLink) -> tuple[int, int] | None:
        """Without a usable parse: the reported words a lower-case quote continues, in the cue's sentence.

        "said that the epidemic should be recognized as “intolerable.”" -- from after the cue (and
        "that") to the quote; "the weapons are like ''nuclear bombs,'' he said" -- from the sentence
        start to the quote.
        """
        if not _continues_sentence(span):
            return None
        sentence = link.cue.sentence
        if not (sentence.start <= span.mark_start < max(sentence.end, span.mark_start + 1)):
            return None
        if link.cue.end <= span.mark_start:
            words = [m for m in _WORD.finditer(self.text, link.cue.end, span.mark_start)]
            if words and words[0].group().lower() == "that":
                words = words[1:]
            if len(words) < 2 or ":" in self.text[link.cue.end:span.mark_start]:
                return None
            if words[-1].group().lower() in ("and", "or") and self._quotes_within(sentence.start, link.cue.start) \
                    and not self._quotes_within(link.cue.end, span.mark_start):
                return None  # "Oz is “smart as hell,” Brown wrote in an email, and “full of it.”": a second quote
            return words[0].start(), span.mark_end
        if link.cue.start >= span.mark_end:
            words = [m for m in _WORD.finditer(self.text, sentence.start, span.mark_start)]
            if len(words) < 2:
                return None
            return words[0].start(), span.mark_end
        return None

    def _punctuation_cue(self, start: int, end: int, family: str, speaker: Word | None = None,
                         phrase: SpeakerPhrase | None = None, lemma: str | None = None) -> tuple[int, CueLink]:
        """Register a cue that is punctuation outside the parse (dash, colon) and return it with its index."""
        mark = _synthetic_word(self.text, start, end)
        sentence = self._sentence_at(start) or Sentence(-1, start, end, (), parsed=False)
        cue = CueWord(sentence, mark, lemma or mark.text, family, start, end)
        index = self._add_link(CueLink(cue, speaker or mark, None, family, phrase=phrase))
        return index, self.links[index]

    def _dash(self, span: QuoteSpan) -> tuple[int, CueLink, str] | None:
        """“…” — Professor Lin Zhao: a dash and a name closing the paragraph (``text_cues``)."""
        found = dash_attribution(self.text, span, self.paragraphs)
        if found is None:
            return None
        phrase = phrase_from_text(self.text, found.who_start, found.who_end)
        return (*self._punctuation_cue(found.mark_start, found.mark_end, "dash", phrase=phrase, lemma="—"), "dash")

    def _lead_in(self, span: QuoteSpan) -> tuple[int, CueLink, str] | None:
        """"X said:" / "X was blunt: “…”": a colon right before the quote, in its sentence or the one before."""
        before = self.text[max(0, span.mark_start - 3):span.mark_start].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.text.rindex(":", 0, span.mark_start)
        named = name_lead_in(self.text, colon, span)
        if named is not None:  # "Jeffrey M. Jones: “…”" (``text_cues``)
            phrase = phrase_from_text(self.text, named.who_start, named.who_end)
            return (*self._punctuation_cue(colon, colon + 1, "colon", phrase=phrase), "name-lead-in")
        sentence = self._sentence_at(colon)
        if sentence is None or not sentence.parsed:
            return None
        links = [(i, l) for i, l in self._links_of_sentence.get(sentence.index, ())
                 if l.speaker is not None and l.cue.start < colon and l.cue.family != "according"]
        if links:
            i, link = max(links, key=lambda il: il[1].cue.start)
            return i, link, "lead-in"
        heads = [w for w in sentence.words if w.end <= colon and w.upos in ("VERB", "ADJ", "NOUN", "AUX")
                 and any(k.deprel in ("nsubj", "nsubj:pass") for k in sentence.children(w.index))]
        if not heads:
            return None
        head = heads[-1]
        subject = next(k for k in sentence.children(head.index) if k.deprel in ("nsubj", "nsubj:pass"))
        return (*self._punctuation_cue(colon, colon + 1, "colon", speaker=subject), "colon-lead-in")

    def _after(self, span: QuoteSpan) -> tuple[int, CueLink, str] | None:
        """“You winning?” she said. -- the tokenizer split the cue into the next sentence."""
        reach = span.mark_end  # the gap may hold spaces, never a line break
        while reach < len(self.text) and self.text[reach].isspace() and self.text[reach] != "\n":
            reach += 1
        for i, link in self._links_by_sentence_start.numbered_in(span.mark_end, reach + 1):
            gap = self.text[span.mark_end:link.cue.sentence.start] if link.cue.sentence.start >= span.mark_end else None
            if gap is None or gap.strip() or "\n" in gap or link.speaker is None or link.content is not None:
                continue  # (the cue's sentence follows in the same paragraph)
            if link.cue.start - span.mark_end > MAX_SPEAKER_CHARS_AFTER or link.cue.family not in SPEECH_FAMILIES:
                continue
            sentence, cue_word = link.cue.sentence, link.cue.word
            speaker_words = {w.index for head in (link.speaker, *link.speaker_extra) for w in sentence.subtree(head.index)}
            # the sentence must open with just "speaker + cue": "she said." / "said Mr. Ellis."
            # ("Freddy Ortega said." may come with the name split into two subjects)
            if cue_word.deprel == "root" and all(w.index in speaker_words for w in sentence.words
                                                 if w.index < cue_word.index and w.upos != "PUNCT"):
                return i, link, "next-sentence-cue"
        return None

    def _sentence_at(self, pos: int) -> Sentence | None:
        index = self.sentence_of(pos)
        return self.sentences[index] if index is not None else None

    def _interrupted(self, span: QuoteSpan, previous: list[Attributed]) -> Attributed | None:
        """“A,” X said. “B.” -- B goes on the quote the cue interrupted, in the same paragraph.

        The attribution between A and B may be long ("said Don Fowler, who helmed the DNC ...")
        and may hold quoted titles; it must not hold another quotation or another sentence's cue.
        """
        for prev in reversed(previous):
            if prev.kind is QuoteKind.FRAGMENT or prev.span is None or prev.span.fragment:
                continue  # a scare quote or title in the attribution ("on “Fox and Friends.”") is no first half
            if _scare_quote(prev.span) and prev.link is not None and prev.link.cue.start < prev.span.mark_start:
                continue  # '“A,” she said, describing how she puts together “tubular mixers,” rods … “B.”'
            if prev.paragraph_index != span.paragraph_index or prev.link is None or prev.link.speaker is None:
                return None
            gap = (prev.span.mark_end, span.mark_start)
            link = prev.link
            if not gap[0] <= link.cue.start < gap[1]:
                # '… because “A,” she said. “B.”' where A went to an earlier cue of its sentence
                # ("DuVernay said she felt …"): the speech cue right after A interrupts the quote
                after = [l for l in self._links_by_cue.within(*gap) if l.speaker is not None
                         and l.cue.family in VERBAL_FAMILIES and l.cue.sentence.index == prev.sentence_index]
                if not after:
                    return None
                link = after[0]
            cue = link.cue
            if gap[1] - gap[0] > MAX_INTERRUPTION_CHARS:
                return None
            if any(not s.fragment and not _scare_quote(s) for s in self._spans_opening(*gap)):
                return None
            if any(other.cue.sentence.index != cue.sentence.index and other.speaker is not None
                   and other.cue.family in SPEECH_FAMILIES for other in self._links_by_cue.within(*gap)):
                return None
            return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), link,
                              "interrupted-quote", 0.75, span.paragraph_index, self.sentence_of(span.start))
        return None

    def _after_reported_sentence(self, span: QuoteSpan) -> Attributed | None:
        """'The administration may be reluctant to act, Schiff said. “The other factor …”': a quote
        opening right after a sentence that reports its speaker, same paragraph: one that ends with
        its speech verb and speaker, or one that opens "X said …"."""
        sentence = self._last_parsed_sentence_before(span.mark_start)
        if sentence is None:
            return None
        if self.text[sentence.end:span.mark_start].strip() or "\n" in self.text[sentence.end:span.mark_start]:
            return None
        if any(not s.fragment for s in self._spans_opening(sentence.start, sentence.end)):
            return None  # a quote in that sentence: the interrupted-quote sieve decides
        links = [l for _, l in self._links_of_sentence.get(sentence.index, ())
                 if l.speaker is not None and l.cue.family in ("say", "write") and l.content is not None]
        final = [l for l in links if l.content is not None and l.content[1] <= l.cue.start]
        # "His partner, Lawrence Cummings, called him a master at deals. “He showed again …”": the
        # sentence is the speaker's report (the cue is its main verb, the speaker opens it)
        opening = [l for l in links if l.cue.word.deprel == "root" and l.speaker is not None
                   and l.speaker.start < l.cue.start and l.content is not None and l.content[0] >= l.cue.end]
        if final:
            link = max(final, key=lambda l: l.cue.start)
            tail = [w for w in sentence.words if w.start >= link.cue.end and w.upos != "PUNCT"]
            if len(tail) > MAX_WORDS_AFTER_FINAL_CUE:
                return None
        elif opening:
            link = opening[0]
        else:
            issued = self._issued_statement(sentence)
            if issued is None:
                return None
            link = issued
        # the link stays unused: its own reported clause is still an indirect quote
        return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), link, "after-reported-sentence", 0.6,
                          span.paragraph_index, self.sentence_of(span.start))

    def _last_parsed_sentence_before(self, pos: int) -> Sentence | None:
        """The parsed sentence ending last at or before ``pos`` (the first such in document order on a tie)."""
        best: Sentence | None = None  # (sentences without offsets end before 0 and never qualify)
        i = bisect_right(self._sentence_starts, pos) - 1
        while i >= 0:
            s = self._located[i]
            if best is not None and s.start + self._longest_sentence < best.end:
                break  # no earlier sentence can end later
            if 0 <= s.end <= pos and s.parsed and (best is None or s.end >= best.end):
                best = s
            i -= 1
        return best

    def _issued_statement(self, sentence: Sentence) -> CueLink | None:
        """"Senator Cornyn issued a statement regarding the decision. “Like many Texans, …”": a main
        verb whose object is a statement noun, with a subject who can speak, leads in the quote after it."""
        root = next((w for w in sentence.words if w.head == 0), None)
        if root is None or root.upos != "VERB":
            return None
        nouns = [k for k in sentence.children(root.index) if k.deprel == "obj" and k.upos == "NOUN"
                 and k.lemma in lexicon.words("cue_nouns.txt")]
        subject = statement_owner(sentence, nouns[0]) if nouns else None
        if subject is None or not (can_speak(subject) or subject.upos == "NOUN"):
            return None
        noun = nouns[0]
        cue = CueWord(sentence, noun, noun.lemma, "noun", noun.start, noun.end)
        return self.links[self._add_link(CueLink(cue, subject, None, "obj"))]

    def _continuation(self, span: QuoteSpan, previous: list[Attributed]) -> Attributed | None:
        """A quote opening a paragraph continues the speaker of the quote just before it."""
        p_start = self.paragraphs[span.paragraph_index][0] if span.paragraph_index < len(self.paragraphs) else -1
        if span.mark_start != p_start:
            return None
        prev = _last_quote(previous)
        if prev is None or prev.paragraph_index < span.paragraph_index - 1:
            return None
        if prev.link is None or prev.link.speaker is None:
            return None
        if span.unclosed and prev.span is not None and prev.span.open_mark != span.open_mark:
            return None  # a block-quote paragraph in another style of mark is no one's next words
        # after a run of direct speech the paragraph goes on with it (same cue); after a report that
        # only embeds quoted words ("called for compensation to be “clawed back”") it is the same
        # speaker's next statement, which that cue did not introduce
        return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), prev.link,
                          "continuation", 0.6, span.paragraph_index, self.sentence_of(span.start),
                          speaker_only=prev.kind is not QuoteKind.DIRECT)

    def _continuation_in_paragraph(self, span: QuoteSpan, previous: list[Attributed]) -> Attributed | None:
        """'“We've had problems …,” Obama said after meeting Putin. He didn't suggest retaliation.
        “Our goal is not …”': a quote opening a sentence later in the paragraph of a direct quote goes
        on with that speaker, when no one else is named as speaking in between."""
        sentence = self.sentence_of(span.mark_start)
        if sentence is None or self.sentences[sentence].start != span.mark_start:
            return None
        prev = _last_quote(previous)
        if prev is None or prev.kind is not QuoteKind.DIRECT or prev.paragraph_index != span.paragraph_index \
                or prev.link is None or prev.link.speaker is None or prev.link.cue.family not in VERBAL_FAMILIES:
            return None
        between = [l for l in self.links if prev.end <= l.cue.start < span.mark_start and l.speaker is not None
                   and l.speaker.upos != "PRON" and l.speaker is not prev.link.speaker]
        if between:
            return None
        return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), prev.link, "continuation", 0.6,
                          span.paragraph_index, sentence)

    def _introduced(self, link: CueLink) -> bool:
        """The content follows its cue after a colon: "He said: the plan is dead"."""
        assert link.content is not None
        return link.content[0] >= link.cue.end and self.text[link.cue.end:link.content[0]].strip().endswith(":")

    def _reports_report(self, content: tuple[int, int], direct: list[Attributed]) -> bool:
        """"“…,” Sanders said, according to CNN.": the clause holds whole quotations together with the
        cues that report them, so CNN is the source of the report (a nested attribution)."""
        inside = [a for a in direct if a.kind is not QuoteKind.FRAGMENT and a.method != "transcript-turn"
                  and _overlap((a.start, a.end), content) > 0]
        return bool(inside) and all(
            content[0] <= a.start and a.end <= content[1] and a.link is not None and a.link.cue.word.index > 0
            and content[0] <= a.link.cue.start < content[1] for a in inside)

    def _indirect(self, direct: list[Attributed]) -> list[Attributed]:
        """Leftover cues with a clausal complement report speech indirectly."""
        taken = Intervals()
        for a in direct:
            # a transcript turn's paragraph is not in quotation marks: the reports inside it
            # ("A: … a neighbor told me they had been taken away") are attributions of their own
            if a.kind is not QuoteKind.FRAGMENT and a.method != "transcript-turn":
                taken.add(a.start, a.end)
        out: list[Attributed] = []
        # "according to" first: its clause is the content even inside another cue's complement
        # then speech before belief and stance, so that "X said" wins a clause over "plans"
        rank = {"according": 0, "say": 1, "ask": 1, "write": 1, "think": 2}
        order = sorted(range(len(self.links)), key=lambda i: rank.get(self.links[i].cue.family, 3))
        for i in order:
            link = self.links[i]
            if i in self.used or link.content is None or (link.speaker is None and not _unnamed_source(link)):
                continue
            if not self._cue_outside_quotes(link):
                continue
            if link.relation == "none" or (link.relation == "parataxis" and not self._introduced(link)):
                continue  # a parataxis the parse hung on a cue is mostly the writer's next clause
            content = link.content
            if taken.overlaps(*content) and not (link.cue.family == "according" and self._reports_report(content, direct)):
                continue
            confidence = {"think": 0.5, "attitude": 0.5, "according": 0.8}.get(link.cue.family, 0.7)
            method = "according-to" if link.cue.family == "according" else "indirect-" + link.relation
            if link.speaker is None:  # the question or expectation of someone the text does not name
                method = "expected-unnamed" if has_role(link.cue.lemma, "unnamed-passive") else "asked-unnamed"
            inside = self._quotes_within(*content)
            if inside:
                content = (content[0], _writer_resumes(self.text, max(s.mark_end for s in inside), content[1]))
            segments = _segments(inside)
            kind = QuoteKind.MIXED if segments else QuoteKind.INDIRECT
            out.append(Attributed(kind, content[0], content[1], None, segments, link, method, confidence,
                                  self.paragraph_of(content[0]), link.cue.sentence.index))
            taken.add(*content)
        return out
