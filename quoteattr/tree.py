"""Reading the dependency parse: phrase heads, prepositions, time phrases, character spans.

Small questions about a stanza-style tree that the speaker and content rules both ask.
"""

from __future__ import annotations

from . import lexicon
from .cues import reporting_verbs
from .marks import QUOTE_CHARS
from .parsing import Sentence, Word, is_quote_mark


def is_participle(word: Word) -> bool:
    """"saying", "tweeting" (the tag, or the form when a parse carries no XPOS)."""
    return word.xpos == "VBG" or (not word.xpos and word.upos == "VERB" and word.text.lower().endswith("ing"))


def holds_quote_mark(word: Word) -> bool:
    """A token that is or ends a quotation ("”", "?”"), not a possessive or a clitic ("CBS'", "Trump’s", "'re")."""
    if word.upos == "PART" or word.deprel == "case" or not set(word.text) & QUOTE_CHARS:
        return False
    return not any(c.isalpha() for c in word.text) or word.text[-1] in QUOTE_CHARS - {"'", "’"}


def is_possessive_apostrophe(sentence: Sentence, word: Word) -> bool:
    """"CBS' Face the Nation" with the apostrophe tagged as punctuation: a lone apostrophe glued to a
    word ending in "s", with no single quotation opened before it in the sentence."""
    if word.text not in ("'", "’") or word.index < 2:
        return False
    before = sentence.word(word.index - 1)
    if before.end != word.start or not before.text.lower().endswith("s"):
        return False
    return not any(w.text in ("'", "‘") and w.index < word.index - 1 for w in sentence.words)


def phrase_bounds(sentence: Sentence, word: Word) -> tuple[int, int]:
    """First and last word index of the word's phrase, punctuation left out (a parse may hang the
    commas around a phrase on either side)."""
    indexes = [w.index for w in sentence.subtree(word.index) if w.upos != "PUNCT"] or [word.index]
    return min(indexes), max(indexes)


def marks_between(sentence: Sentence, a: Word, b: Word) -> int:
    """Quotation-mark tokens between two words of a sentence."""
    low, high = sorted((a.index, b.index))
    return sum(1 for w in sentence.words[low:high - 1] if is_quote_mark(w))


def is_time(sentence: Sentence, word: Word) -> bool:
    """"Friday" / "Thursday morning": a time phrase a weak parse took for the subject."""
    return is_time_word(phrase_head(sentence, word))


def is_time_word(word: Word) -> bool:
    """"Friday", "morning", "week" (data/time_nouns.txt)."""
    return word.lemma.lower() in lexicon.words("time_nouns.txt")


def has_case(sentence: Sentence, word: Word, texts: tuple[str, ...] = ()) -> bool:
    """The word is governed by a preposition (one of ``texts``, when given)."""
    return any(k.deprel == "case" and (not texts or k.text.lower() in texts) for k in sentence.children(word.index))


def has_mark(sentence: Sentence, word: Word, text: str) -> bool:
    """The word's clause is introduced by ``text`` ("that", "whether")."""
    return any(c.deprel == "mark" and c.text.lower() == text for c in sentence.children(word.index))


def phrase_head(sentence: Sentence, word: Word, stop: Word | None = None) -> Word:
    """Climb flat/compound links to the head of a name: "Marc" -> "Kasowitz", "Mr." -> "Smith" (EWT's
    ``nmod:desc`` for a title before a name; never onto ``stop``, the cue: "The New York Post reports"
    tagged as one noun phrase is still the Post speaking)."""
    for _ in range(4):
        if word.deprel in ("flat", "compound", "flat:name", "nmod:desc") and word.head and (stop is None or word.head != stop.index):
            word = sentence.word(word.head)
        else:
            break
    return word


def coordinated_cues(sentence: Sentence, clause: Word) -> list[Word]:
    """Reporting verbs without a subject coordinated inside a complement: they share the outer speaker."""
    verbs = reporting_verbs()
    found: list[Word] = []
    todo = [c for c in sentence.children(clause.index) if c.deprel == "conj"]
    while todo:  # follow conj chains: A and B and reiterated C
        c = todo.pop()
        todo.extend(k for k in sentence.children(c.index) if k.deprel == "conj")
        if c.upos == "VERB" and c.lemma in verbs and not any(
                k.deprel.startswith("nsubj") for k in sentence.children(c.index)):
            found.append(c)
    return found


def opens_time_phrase(word: Word) -> bool:
    """A time noun or a time preposition ("during", "after"): where the writer's own framing starts."""
    return is_time_word(word) or (word.upos in ("ADP", "SCONJ")
                                   and word.text.lower() in lexicon.words("time_prepositions.txt"))


def time_phrase_cut(sentence: Sentence, candidates: list[Word]) -> int | None:
    """Where the first of ``candidates`` (in order) that opens a time phrase starts it, its preposition
    included ("… on Wednesday", "… in the city between January 1 and …"): the writer's framing."""
    cut = next((w.index for w in candidates if opens_time_phrase(w)), None)
    if cut is not None and cut > 1 and sentence.word(cut - 1).upos == "ADP" and sentence.word(cut - 1).head == cut:
        cut -= 1
    return cut


def trim_span(words: list[Word]) -> tuple[int, int] | None:
    """Character span of the words without edge punctuation, complementizers or a writer's connective."""
    words = sorted((w for w in words if w.start >= 0), key=lambda w: w.start)
    # a closing mark the parse hung on a far head ("“You're right …,” he said, adding that “…”"
    # with the last ” on "right") would stretch the span over the words between: drop it
    indexes = {w.index for w in words}
    while len(words) > 1 and words[-1].upos == "PUNCT" and not indexes & {words[-1].index - 1, words[-1].index - 2}:
        indexes.discard(words.pop().index)
    while words and (words[0].upos == "PUNCT" and words[0].text not in QUOTE_CHARS
                     or (words[0].deprel == "mark" and words[0].text.lower() in ("that", "whether", "if"))
                     or _connective_before_comma(words)):
        words.pop(0)
    while words and words[-1].upos == "PUNCT" and not (set(words[-1].text) & QUOTE_CHARS):
        words.pop()
    if not words:
        return None
    return words[0].start, words[-1].end


def _connective_before_comma(words: list[Word]) -> bool:
    """"While, Germany cut off …" / "However, the plan …": the writer's connective, not reported."""
    return (len(words) > 2 and words[0].upos in ("ADV", "SCONJ", "CCONJ") and words[1].text == ","
            and not set(words[0].text) & QUOTE_CHARS)


def phrase_without_next_predicate(sentence: Sentence, index: int) -> list[Word]:
    """A named phrase without the verbs coordinated onto it: "call them “lone wolves” and describe their
    actions as crimes" (the tagger made "lone" a verb and hung "describe" on it) names only the wolves."""
    words = sentence.subtree(index)
    for k in sentence.children(index):
        if k.deprel == "conj" and k.upos == "VERB" and k.index > index \
                and any(c.deprel == "cc" for c in sentence.children(k.index)):
            drop = {w.index for w in sentence.subtree(k.index)}
            words = [w for w in words if w.index not in drop]
    return words
