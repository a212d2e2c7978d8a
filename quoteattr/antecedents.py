"""Who a pronoun speaker stands for when that person has not spoken before.

"Harry Kane won the Man of the Match award. He said, …": the entity resolver knows only
speakers, and the most recent one is somebody else.  A reader takes the subject of the
sentence before (the centre of attention, in centering theory's terms) or, within one
sentence, the subject of a clause the cue's clause hangs from ("Scientology officials went to
the station, where they claimed …").  This module finds that subject and says whether it can
be what the pronoun stands for; entities.py then joins the pronoun to it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

import regex

from . import lexicon
from .model import SpeakerKind
from .parsing import Sentence, Word
from .titles import SpeakerPhrase

# the pronouns ``fits`` can match to an antecedent (a closed class)
PRONOUNS = ("he", "she", "they", "it")
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@lru_cache(maxsize=None)
def pronoun_pattern() -> regex.Pattern[str]:
    """Finds a sentence whose pronoun speaker could need the sentence before parsed."""
    return regex.compile(r"\b(?:" + "|".join(PRONOUNS) + r")\b", regex.IGNORECASE)


def is_definite_description(phrase: SpeakerPhrase) -> bool:
    """"the Kentucky Republican", "the Vermont senator": a person named by a title alone, with
    "the", which news writing uses for someone already introduced."""
    return (phrase.pronoun is None and phrase.name is None and phrase.title is not None
            and phrase.kind is SpeakerKind.PERSON and phrase.text.lower().startswith("the "))


@lru_cache(maxsize=None)
def description_pattern() -> regex.Pattern[str]:
    """Finds "the Vermont senator", "the former secretary of state": "the", up to three words,
    a title word (data/titles.txt), so that the sentence before such a speaker is parsed too."""
    titles = sorted(lexicon.words("titles.txt"), key=len, reverse=True)
    return regex.compile(r"\bthe\s+(?:[\w.'’-]+\s+){0,3}?(?:" + "|".join(map(regex.escape, titles)) + r")\b",
                         regex.IGNORECASE)


def antecedent_subject(sentences: Sequence[Sentence], sentence: Sentence, pronoun: Word, cue: Word | None,
                       quoted: Callable[[Word], bool],
                       readable: Callable[[int], bool] = lambda index: True) -> tuple[Sentence, Word] | None:
    """The subject a pronoun speaker most likely stands for, or None.

    First the subjects of the clauses above the cue's own, nearest first and before the
    pronoun; then the main subject of the sentence before, if ``readable`` (the sentences the
    selective parse always parses, so that parsing everything gives the same answer).  Pronouns
    and words inside quotations are never candidates (a quote's words are somebody's speech)."""
    def usable(w: Word) -> bool:
        return _nominal_subject(w) and not quoted(w)

    node = cue if cue is not None and cue.index > 0 else pronoun
    while node.head != 0 and node.deprel != "parataxis":  # a parenthetical "he said" hangs from the quote
        parent = sentence.word(node.head)
        for w in sentence.children(parent.index):
            if w.index < pronoun.index and w is not pronoun and usable(w):
                return sentence, w
        node = parent
    if _subject_before_pronoun_in_clause(sentence, pronoun):
        return None
    k = sentence.index - 1
    if k < 0 or k >= len(sentences) or sentences[k].index != k or not sentences[k].parsed or not readable(k):
        return None
    previous = sentences[k]
    for root in previous.children(0):
        for w in previous.children(root.index):
            if usable(w):
                return previous, w
    return None


def _subject_before_pronoun_in_clause(sentence: Sentence, pronoun: Word) -> bool:
    """A non-pronoun subject earlier in the pronoun's own sentence: the sentence before is then
    no longer the nearest place a reader looks."""
    return any(_nominal_subject(w) and w.index < pronoun.index
               and w.head != pronoun.index  # not a word of the speaker's own phrase ("the Kentucky Republican")
               for w in sentence.words)


def _nominal_subject(word: Word) -> bool:
    """A subject that names someone: not a pronoun, not a bare determiner ("that", "this")."""
    return word.deprel in _SUBJECTS and word.upos not in ("PRON", "DET")


def fits(pronoun: SpeakerPhrase, candidate: SpeakerPhrase, head: Word) -> bool:
    """Whether ``candidate`` (headed by ``head``) can be what ``pronoun`` (or a definite
    description) refers to: number, person or organisation, and gender where both show one."""
    # the features decide where they speak ("Sanders": NNPS by its -s, but Number=Sing)
    plural = "Number=Plur" in head.feats or (head.xpos in _PLURAL_TAGS and "Number=Sing" not in head.feats)
    if is_definite_description(pronoun):  # "the Vermont senator": one person, named
        return candidate.kind is SpeakerKind.PERSON and candidate.name is not None and not plural \
            and (pronoun.gender is None or candidate.gender in (None, pronoun.gender))
    if pronoun.pronoun in ("he", "she"):
        person = candidate.kind is SpeakerKind.PERSON or (
            candidate.kind is SpeakerKind.UNKNOWN and candidate.name is not None and head.upos == "PROPN")
        return person and not plural and candidate.gender in (None, pronoun.gender)
    if pronoun.pronoun == "they":  # people or bodies, not "several scenarios" or "the report"
        return plural and (head.upos == "PROPN" or head.text.lower() in lexicon.words("speaking_groups.txt"))
    if pronoun.pronoun == "it":
        return candidate.kind is SpeakerKind.ORGANIZATION and not plural
    return False
