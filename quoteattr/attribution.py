"""Who said it: link quotation spans and reported speech to cues and speakers.

Sieves, most reliable first, for each direct quotation:
1. a cue whose clausal complement (or parataxis) reaches into the quote;
2. the nearest cue in the same sentence, outside any quotation;
3. a lead-in sentence in the same paragraph ("X said:" / "X was blunt:");
4. the speaker of the quote just before, when this quote opens a paragraph
   in the same run (the news convention for long quotes).
Cues that are left over with a clausal complement give indirect quotes;
a complement that embeds quoted words gives a mixed quote.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

import regex

from . import lexicon
from .cues import CueWord, find_cues, has_role, prepositional_object, reporting_verbs
from .model import QuoteKind, Span
from .parsing import QUOTE_CHARS, Sentence, Word, is_quote_mark
from .spans import QuoteSpan
from .titles import SpeakerPhrase, is_title_word, phrase_from_text

CONTENT_RELATIONS = ("ccomp", "parataxis")
# A statement-object verb's object is content only when it has at least this many words.
MIN_OBJECT_CONTENT_WORDS = 4
# A clause read off the words after a cue (when the parse gives none) needs this many words and a verb,
# and its "that" may come this many words after the cue ("told reporters on Monday that").
MIN_CLAUSE_WORDS = 3
MAX_WORDS_BEFORE_THAT = 6
_VERBAL_FAMILIES = ("say", "ask", "write")  # cues that are someone's own words (not belief, stance, "according to")
_SPEECH_FAMILIES = (*_VERBAL_FAMILIES, "according")
# Punctuation after which the writer, not the speaker, goes on ("…, and he left", "…; a charge that …").
_CLAUSE_BREAKS = (",", ";", ":", "—", "--")
_PUNCTUATION_CUES = ("dash", "colon", "transcript")
# How long the attribution between the two halves of an interrupted quote may be (characters).
MAX_INTERRUPTION_CHARS = 400
# The longest subject phrase (words) taken between a closing quote and its verb when the parse has none.
MAX_SUBJECT_WORDS = 40
# "…, Schiff said on Tuesday." -- words after a sentence-final cue before a quote that follows it.
MAX_WORDS_AFTER_FINAL_CUE = 4
# “…!” | Scott's niece, state Del. Marcia Price (D-Newport News), shouted. -- how far (characters)
# the cue of a split-off attribution sentence may stand from the quote it reports.
MAX_SPEAKER_CHARS_AFTER = 160
_DASH_SPEAKER = regex.compile(r"[ \t\u00a0]*(?P<dash>[—―–]|--)[ \t\u00a0]*(?P<who>\p{Lu}[^\n]{1,100}?)[ \t.\u00a0]*(?=\n|$)")


# A headline giving a claim to a name: "Sanders: Clinton needs to …", "Poll: Wealthy Voters …".
_HEADLINE_CLAIM = regex.compile(r"(?P<who>\p{Lu}[\w.’'\- ]{0,60}?)(?P<colon>:)[ \t]+(?P<said>\S)")
MAX_HEADLINE_WORDS = 30
MAX_HEADLINE_NAME_WORDS = 7
# A speaker label in capitals opening a paragraph, then a colon: "WALLACE:", "SEN. MIKE PENCE:".
_TRANSCRIPT_TURN = regex.compile(r"(?:[\"“][ \t]*)?(?P<who>\p{Lu}[\p{Lu}.'’ -]{1,40}?)(?P<colon>:)[ \t]+(?P<said>\S)")


def _synthetic_word(text: str, start: int, end: int) -> Word:
    """A stand-in word for cues that are punctuation outside the parse (dashes, colons)."""
    return Word(index=0, text=text[start:end], lemma=text[start:end], upos="PUNCT", xpos="", feats="",
                head=0, deprel="", start=start, end=end)


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

    @property
    def reach(self) -> tuple[int, int] | None:
        """The stretch a quotation must fall in to belong to this cue."""
        return self.content or self.extended


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


def speaker_of(sentence: Sentence, cue: CueWord) -> Word | None:
    """The speaker's head word: subject, passive agent, "according to" object, or inherited subject."""
    word = cue.word
    if cue.family == "according":
        return sentence.word(word.head) if word.head else None
    if cue.family == "noun":  # "Lavrov's statement", "remarks by the minister"
        return next((k for k in sentence.children(word.index) if k.deprel.startswith("nmod")), None)
    for _ in range(3):  # climb conj/xcomp/advcl chains: "went on to say", "was quoted as saying"
        kids = sentence.children(word.index)
        subj = [k for k in kids if (k.deprel in ("nsubj", "nsubj:outer") or _active_despite_label(sentence, word, k))
                and not _is_time(sentence, k)]
        # a second subject inside the quotation is the parser's error: '“…an ambition,” said Kidd'
        subj.sort(key=lambda k: _marks_between(sentence, k, word))
        if subj:
            if subj[0].lemma in _RELATIVE_PRONOUNS and word.deprel == "acl:relcl" and word.head:
                return sentence.word(word.head)  # "Morial, who told reporters ...": the antecedent speaks
            if subj[0].index > word.index and not _inverted(sentence, word):
                before = _nominal_before(sentence, word)
                if before is not None and before.upos in ("PROPN", "PRON"):
                    # "House Speaker Paul D. Ryan (R-Wis.) said the recent spate …": the parse took the
                    # reported clause's subject for the speaker; outside inverted order the name before speaks
                    return _phrase_head(sentence, before)
            owner = _owner_of_statement_noun(sentence, subj[0])
            if owner is not None:
                return owner  # "Cornyn's statement added, “…”": Cornyn speaks through it
            return _name_before_description(sentence, word, subj[0])
        for k in kids:
            if k.deprel.startswith("obl") and any(c.deprel == "case" and c.text.lower() == "by"
                                                  for c in sentence.children(k.index)):
                return k
        passive = [k for k in kids if k.deprel == "nsubj:pass"]
        if passive and word.lemma in ("quote", "cite"):
            return passive[0]
        if word.deprel == "acl" and word.head and word.xpos in ("VBG", "VBN", "") \
                and _can_speak(sentence.word(word.head)):
            return sentence.word(word.head)  # "Hillary Clinton asking, “…”"
        if word.deprel == "acl" and word.head and sentence.word(word.head).lemma in lexicon.words("cue_nouns.txt"):
            # "The Security Council issued a statement calling …": who issued the statement speaks
            owner = _statement_owner(sentence, sentence.word(word.head))
            if owner is not None:
                return owner
        if word.deprel == "acl" and word is cue.word and word.xpos == "VBG" and word.index > 1 \
                and sentence.word(word.index - 1).text == ",":
            # "… forced to defend not paying an architect who …, saying, “…”": the parse hung the
            # participle on a noun that cannot speak; it reports for the sentence's subject
            found = _participle_subject(sentence, word)
            if found is not None:
                return found
        if word.deprel not in ("conj", "xcomp", "advcl") or word.head == 0:
            return _adjacent_subject(sentence, cue.word)
        head = sentence.word(word.head)
        if word.deprel == "advcl" and word is cue.word and _is_participle(word) and head.deprel == "acl:relcl":
            # "… Stadium - where the Panthers played the Vikings - while chanting, “…”": the relative
            # clause describes a place; the participle reports for the sentence's subject
            return _participle_subject(sentence, word)
        if word.deprel == "conj" and word is cue.word and not any(k.deprel == "cc" for k in kids) \
                and word.index > 1 and sentence.word(word.index - 1).upos in ("PROPN", "PRON"):
            return _phrase_head(sentence, sentence.word(word.index - 1))  # "… ― Trump boasted": no "and", a misparse
        if word.deprel == "conj":
            top = head
            while top.deprel == "conj" and top.head:
                top = sentence.word(top.head)
            if top.deprel == "ccomp" and top.head and word in _coordinated_cues(sentence, top):
                head = sentence.word(top.head)  # "indicated that A and reiterated B": the parser hung B on A
        if word.deprel == "advcl" and head.lemma not in ("quote", "cite") and cue.word is word \
                and not _has_mark(sentence, word, "to"):  # "going on to say" misparsed as advcl climbs
            # "..., he said, adding that ..." inherits; a clause like "As reported by" does not
            marked = any(k.deprel == "mark" for k in kids)
            if not marked and _reads_finite(sentence, word, head):
                # "X, a historian who attended the session, recalled": a finite speech verb is no
                # adverbial clause; the parse lost its subject, so find it by position
                return _adjacent_noun_phrase(sentence, word)
            if not any(c.deprel in ("nsubj",) for c in sentence.children(head.index)):
                # "…,” Chaffetz said in a statement, adding that …": the head verb's speaker by position
                if not _is_participle(word):
                    return None
                found = _participle_subject(sentence, word)
                if found is None and marked and head.upos == "VERB":
                    word = head  # "Dean … appeared on MSNBC and began by saying": the head's speaker
                    continue
                return found or (_adjacent_noun_phrase(sentence, head) if head.upos == "VERB" else None)
            if word.xpos != "VBG":
                return None
        if passive := [k for k in sentence.children(head.index) if k.deprel == "nsubj:pass"]:
            if head.lemma in ("quote", "cite"):
                return passive[0]
        word = head
    return _adjacent_subject(sentence, cue.word)


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _active_despite_label(sentence: Sentence, verb: Word, subject: Word) -> bool:
    """A passive subject on a verb with no passive auxiliary and no participle form ("Dean
    appeared on MSNBC" labelled nsubj:pass) is the parser's slip: the subject of an active verb."""
    auxiliaries = [k.deprel for k in sentence.children(verb.index) if k.deprel.startswith("aux")]
    return subject.deprel == "nsubj:pass" and "aux:pass" not in auxiliaries and (verb.xpos != "VBN" or not auxiliaries)


def _reads_finite(sentence: Sentence, verb: Word, head: Word) -> bool:
    """A past or present form after its head and a comma, with no auxiliary: "…, recalled," is the
    clause's own verb (a tagger may call "recalled" a participle; "Asked about it, he said" precedes its head)."""
    if verb.xpos in _FINITE:
        return True
    return (verb.xpos == "VBN" and verb.index > head.index and verb.index > 1
            and sentence.word(verb.index - 1).text == ","
            and not any(k.deprel.startswith("aux") for k in sentence.children(verb.index)))


def _name_before_description(sentence: Sentence, verb: Word, subject: Word) -> Word:
    """'“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the parse
    took a description for the subject; the name that opens the phrase after the quote speaks."""
    if subject.upos == "PROPN":
        return subject
    opener = _subject_after_quote(sentence, verb)
    if opener is not None and opener.upos == "PROPN" and opener.index < subject.index \
            and any(w.text == "," for w in sentence.words[opener.index:subject.index - 1]):
        return opener
    return subject


def _is_participle(word: Word) -> bool:
    """"saying", "tweeting" (the tag, or the form when a parse carries no XPOS)."""
    return word.xpos == "VBG" or (not word.xpos and word.upos == "VERB" and word.text.lower().endswith("ing"))


def _owner_of_statement_noun(sentence: Sentence, noun: Word) -> Word | None:
    """The name or pronoun owning a statement noun ("Cornyn's statement", "her remarks")."""
    if noun.upos != "NOUN" or noun.lemma not in lexicon.words("cue_nouns.txt"):
        return None
    return next((k for k in sentence.children(noun.index) if k.deprel == "nmod:poss" and k.upos in ("PROPN", "PRON")), None)


def _statement_owner(sentence: Sentence, noun: Word) -> Word | None:
    """The subject of the verb whose object is the statement ("The council issued a statement")."""
    if noun.deprel != "obj" or not noun.head:
        return None
    verb = sentence.word(noun.head)
    return next((k for k in sentence.children(verb.index) if k.deprel == "nsubj" and not _is_time(sentence, k)), None)


def _can_speak(word: Word) -> bool:
    """A name, a pronoun or a title noun ("the minister saying"), not "sniffing" or "a statement"."""
    if _is_time_word(word):
        return False  # "tweets early Friday saying"
    return word.upos in ("PROPN", "PRON") or is_title_word(word.text)


def _participle_subject(sentence: Sentence, verb: Word) -> Word | None:
    """"Dean …, poked at Trump's sniffing, tweeting, “…”": a participle after a comma reports
    for the sentence's subject (or its nominal root, when the parse made the name the root)."""
    if not _follows_clause(sentence, verb):
        return None
    root = next((w for w in sentence.words if w.head == 0), None)
    if root is None or root is verb:
        return None
    subjects = [k for k in sentence.children(root.index) if k.deprel in ("nsubj", "nsubj:pass") and k.index < verb.index
                and not _is_time(sentence, k)]
    if subjects:
        return subjects[0]
    if root.index < verb.index and (root.upos == "PROPN" or (root.upos == "NOUN" and _can_speak(root))):
        return root  # "Dean, a former chairman, poked at …, tweeting": the parse made the title the root
    if root.index < verb.index and root.upos == "NOUN" and root.deprel == "root" and root.index <= 3 \
            and not _is_time(sentence, root) and root.lemma not in lexicon.words("cue_nouns.txt"):
        return root  # "Small groups of protesters continued to …, while chanting, “…”": the subject made root
    if root.index < verb.index and root.upos == "VERB":
        return _adjacent_noun_phrase(sentence, root)  # "…,” Chaffetz said in a statement, adding that …"
    return None


def _follows_clause(sentence: Sentence, verb: Word) -> bool:
    """A participle after a comma or a time phrase: "…, adding that", "tweets early Friday saying"."""
    if not _is_participle(verb) or verb.index < 2:
        return False
    previous = sentence.word(verb.index - 1)
    if previous.deprel == "mark" and previous.head == verb.index and verb.index > 2:
        previous = sentence.word(verb.index - 2)  # "…, while chanting", "- while chanting"
        return previous.text in (",", "-", "—", "–", "--")
    return previous.text == "," or _is_time(sentence, previous)


def _marks_between(sentence: Sentence, a: Word, b: Word) -> int:
    """Quotation-mark tokens between two words of a sentence."""
    low, high = sorted((a.index, b.index))
    return sum(1 for w in sentence.words[low:high - 1] if is_quote_mark(w))


def _is_time(sentence: Sentence, word: Word) -> bool:
    """"Friday" / "Thursday morning": a time phrase a weak parse took for the subject."""
    return _is_time_word(_phrase_head(sentence, word))


def _is_time_word(word: Word) -> bool:
    return word.lemma.lower() in lexicon.words("time_nouns.txt")


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})


def _adjacent_subject(sentence: Sentence, verb: Word) -> Word | None:
    """The speaker by position when the parse gives none."""
    if _follows_clause(sentence, verb):
        return _participle_subject(sentence, verb)  # "…, tweeting": never the noun before the comma
    return _adjacent_noun_phrase(sentence, verb)


def _adjacent_noun_phrase(sentence: Sentence, verb: Word) -> Word | None:
    """When the parse gives a speech verb no subject, take the noun phrase right after it
    ("…,” said Mr. King, 82,) or right before it ("…,” Marc Kasowitz said)."""
    after = [w for w in sentence.words if w.index > verb.index and w.upos != "PUNCT"][:4] \
        if _inverted(sentence, verb) else []
    for w in after:  # only in inverted order: after "told" a noun is the listener, not the speaker
        if w.upos in _NOMINAL:
            return _phrase_head(sentence, w)
        if w.upos not in ("DET", "ADJ"):
            break
    opener = _subject_after_quote(sentence, verb)
    if opener is not None:
        return opener
    word = _nominal_before(sentence, verb)
    if word is None:
        return None
    head = _phrase_head(sentence, word, stop=verb)
    if _has_case(sentence, head) or any(w.text == "," for w in sentence.words[head.index:verb.index - 1]):
        return _phrase_owner(sentence, head, verb)
    return head


def _has_case(sentence: Sentence, word: Word, texts: tuple[str, ...] = ()) -> bool:
    """The word is governed by a preposition (one of ``texts``, when given)."""
    return any(k.deprel == "case" and (not texts or k.text.lower() in texts) for k in sentence.children(word.index))


def _phrase_owner(sentence: Sentence, word: Word, verb: Word) -> Word:
    """The noun phrase a word before the verb belongs to: "Flynn" for "Flynn, a top surrogate,",
    "Protesters" for "Protesters marching through the streets", "Douglas Brinkley" for "Douglas
    Brinkley, a historian who attended the session," (never one governed by a preposition)."""
    owner = word
    node = word
    for _ in range(len(sentence.words)):
        if not node.head or node.head >= verb.index:
            break
        node = sentence.word(node.head)
        if node.upos in _NOMINAL and not _has_case(sentence, node):
            owner = _phrase_head(sentence, node)
    return owner


def _inverted(sentence: Sentence, verb: Word) -> bool:
    """Where news puts the speaker after the verb: "…,” said X", "…”, said X", and a sentence
    opening with the verb ("Said Ellis: “…”"); never a participle ("…, saying X": X was said)."""
    if _is_participle(verb):
        return False
    previous = sentence.word(verb.index - 1) if verb.index > 1 else None
    before_previous = sentence.word(verb.index - 2) if verb.index > 2 else None
    return (previous is None or bool(set(previous.text) & QUOTE_CHARS)
            or (previous.text == "," and before_previous is not None and bool(set(before_previous.text) & QUOTE_CHARS)))


def _subject_after_quote(sentence: Sentence, verb: Word) -> Word | None:
    """“…,” Leonard E. Burman, director of ..., said -- the phrase that opens right after the quote."""
    closes = [w.index for w in sentence.words if w.index < verb.index and set(w.text) & QUOTE_CHARS]
    if not closes:
        return None
    between = [w for w in sentence.words if closes[-1] < w.index < verb.index and w.upos != "PUNCT"]
    if not between or len(between) > MAX_SUBJECT_WORDS:
        return None
    for w in between[:3]:
        if w.upos in _NOMINAL:
            return None if w.lemma in _RELATIVE_PRONOUNS else _phrase_head(sentence, w, stop=verb)
        if w.upos not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _nominal_before(sentence: Sentence, verb: Word) -> Word | None:
    """The last word of the noun phrase right before the verb, past adverbs, a parenthesis
    ("Rep. John Mica (R-Fla.) said") and one closing comma ("Flynn, a top Trump surrogate, said")."""
    words = [w for w in sentence.words if w.index < verb.index and w.upos not in ("ADV", "AUX", "PART")]
    commas = 0
    while words:
        last = words[-1]
        if last.text == ")":
            opening = max((i for i, w in enumerate(words) if w.text == "("), default=None)
            if opening is None:
                return None
            words = words[:opening]
        elif last.text == "," and commas == 0 and len(words) > 1:
            commas += 1
            words = words[:-1]
        else:
            break
    if not words or words[-1].lemma in _RELATIVE_PRONOUNS:
        return None
    last = words[-1]
    # a capitalised word inside the sentence is a name even when a small tagger calls it a verb
    if last.upos in _NOMINAL or (last.text[:1].isupper() and last.index > 1 and last.upos in ("VERB", "ADJ", "X")):
        return last
    return None


def _phrase_head(sentence: Sentence, word: Word, stop: Word | None = None) -> Word:
    """Climb flat/compound links to the head of a name: "Marc" -> "Kasowitz" (never onto ``stop``,
    the cue: "The New York Post reports" tagged as one noun phrase is still the Post speaking)."""
    for _ in range(4):
        if word.deprel in ("flat", "compound", "flat:name") and word.head and (stop is None or word.head != stop.index):
            word = sentence.word(word.head)
        else:
            break
    return word


def content_of(sentence: Sentence, cue: CueWord, speaker: Word | None) -> tuple[tuple[int, int] | None, str]:
    """Character span of what the cue reports, and the relation that gave it."""
    word = cue.word
    if cue.family == "according":
        if speaker is None or speaker.head == 0:
            # the parse made the source the root: read the clause off the commas instead
            return _according_by_commas(sentence, cue), "according"
        clause = sentence.word(speaker.head)
        skip = {w.index for w in sentence.subtree(speaker.index)}
        if _set_off(sentence, skip):
            # "..., according to X." / "According to X, ..." qualifies the whole sentence
            root = next((w for w in sentence.words if w.head == 0), clause)
            if root.index not in skip:
                clause = root
        words = [w for w in sentence.subtree(clause.index) if w.index not in skip]
        low, high = min(skip), max(skip)
        before = [w for w in words if w.index < low]
        after = [w for w in words if w.index > high]
        # the content is the clause on one side of the "according to X" phrase
        words = before if len(before) >= len(after) else after
        return _trim_span(words), "according"
    if cue.family == "noun":
        # "his claim that people would “learn nothing”": the noun's content clause
        clauses = [k for k in sentence.children(word.index) if k.deprel in ("acl", "ccomp") and _has_mark(sentence, k, "that")]
        if clauses:
            return _trim_span(_from_complementizer(sentence, sentence.subtree(clauses[0].index))), "acl"
        for k in sentence.children(word.index):
            # "Trump's claim that there have been “thousands of shootings”" parsed as a relative
            # clause with "that" as a second subject: a relative "that" fills the only subject slot
            subjects = [c for c in sentence.children(k.index) if c.deprel.startswith("nsubj")]
            if k.deprel == "acl:relcl" and len(subjects) > 1 and subjects[0].text.lower() == "that" \
                    and subjects[0].index == word.index + 1:
                words = [w for w in sentence.subtree(k.index) if w.index != subjects[0].index]
                return _trim_span(words), "acl"
    if has_role(cue.lemma, "prepositional"):
        # "called for the complete repeal of Obamacare": the preposition's object is the demand
        obj = prepositional_object(sentence, word, cue.lemma.split(" ")[-1])
        if obj is not None:
            words = [w for w in sentence.subtree(obj.index) if not (w.head == obj.index and w.deprel == "case")]
            # "called for compensation to be “clawed back”": a clause the parse hung on the verb goes with it
            for k in sentence.children(word.index):
                if k.index > obj.index and k.deprel in ("xcomp", "ccomp", "advcl") \
                        and sentence.word(min(w.index for w in sentence.subtree(k.index)) - 1).text != ",":
                    words += sentence.subtree(k.index)
            return _trim_span(words), "obl"
    if has_role(cue.lemma, "naming"):
        # "called Trump a “pathological liar” who is “utterly amoral”": the name and what follows it
        # "described Clinton as a “disgrace”", "likened the rules to “burning the Constitution”"
        named = [k for k in sentence.children(word.index)
                 if k.index > word.index and (k.deprel in ("obj", "iobj", "xcomp", *CONTENT_RELATIONS)
                                              or (k.deprel == "obl" and _has_case(sentence, k, ("as", "to"))))]
        if any(k.deprel in ("obj", "xcomp") for k in named):
            return _trim_span([w for k in named + _unbroken_after(sentence, word, named)
                               for w in sentence.subtree(k.index)]), "obj"
    complements = [k for k in sentence.children(word.index) if k.deprel in CONTENT_RELATIONS]
    if not complements:
        # "told reporters that Y": a small parser may hang the that-clause on the listener (acl)
        listeners = [k for k in sentence.children(word.index) if k.deprel in ("obj", "iobj")]
        complements = [c for k in listeners for c in sentence.children(k.index)
                       if c.deprel == "acl" and _has_mark(sentence, c, "that")]
    if complements:
        words = [w for k in complements for w in sentence.subtree(k.index)]
        if not any(c.deprel.startswith("nsubj") for k in complements for c in sentence.children(k.index)):
            # "The report says the decline … appears to be due to …", "A cashier who “steals …” is
            # held accountable, Warren said": the parse hung the reported clause's subject on the
            # speech verb, right before the clause; it opens the content
            first = min(w.index for w in words)
            words += [w for k in sentence.children(word.index) if k.deprel == "nsubj" and k is not speaker
                      and max(w.index for w in sentence.subtree(k.index)) == first - 1
                      for w in sentence.subtree(k.index)]
        words += [w for k in _reported_conjuncts(sentence, word, complements, speaker) for w in sentence.subtree(k.index)]
        coordinated = [c for k in complements for c in _coordinated_cues(sentence, k)]
        if coordinated:
            cut = min(c.index for c in coordinated)
            if cut > 1 and sentence.word(cut - 1).deprel == "cc":
                cut -= 1
            words = [w for w in words if w.index < cut]
        return _trim_span(_from_complementizer(sentence, words)), complements[0].deprel
    if cue.family in ("say", "write") and not has_role(cue.lemma, "no-infinitive"):
        # "vowed to fight", "urged Congress to act": a to-infinitive of a speech verb is what was said
        plans = [k for k in sentence.children(word.index) if k.deprel == "xcomp" and k.index > word.index
                 and any(c.deprel == "mark" and c.text.lower() == "to" for c in sentence.children(k.index))]
        if plans:
            addressees = [k for k in sentence.children(word.index) if k.deprel in ("obj", "iobj")
                          and word.index < k.index < plans[0].index]
            return _trim_span([w for k in addressees + plans[:1] for w in sentence.subtree(k.index)]), "xcomp"
    if cue.family in ("attitude", "think") or has_role(cue.lemma, "naming"):
        # "declined to comment", "a poll found Trump leading", "called him “a genius”"
        targets = [k for k in sentence.children(word.index) if k.deprel in ("xcomp", "obj") and k.index > word.index]
        if targets:
            # "showed Clinton with a lead": what follows the object without a comma belongs to it
            first = min(k.index for k in targets)
            more = [k for k in sentence.children(word.index) if k.index > first and k not in targets
                    and k.deprel in ("obl", "xcomp", "advcl") and sentence.word(k.index - 1).text != ","
                    and not any(w.text == "," for w in sentence.words[first:min(w.index for w in sentence.subtree(k.index)) - 1])]
            return _trim_span([w for k in targets + more for w in sentence.subtree(k.index)]), targets[0].deprel
    if has_role(cue.lemma, "statement-object"):
        objects = [k for k in sentence.children(word.index) if k.deprel == "obj"]
        if objects:
            words = sentence.subtree(objects[0].index)
            # "stated his concern at X's promise to ...": clauses after the object belong to it
            words += [w for k in sentence.children(word.index) if k.index > objects[0].index
                      and k.deprel in ("advcl", "xcomp", "obl") for w in sentence.subtree(k.index)]
            if len(words) >= MIN_OBJECT_CONTENT_WORDS:
                return _trim_span(words), "obj"
    if word.deprel in ("parataxis",) or (word.deprel == "advcl" and _has_mark(sentence, word, "as")):
        if word.head:
            skip = {w.index for w in sentence.subtree(word.index)}
            words = [w for w in sentence.subtree(word.head) if w.index not in skip]
            return _trim_span(words), "head-" + word.deprel
    if cue.family in ("say", "write", "think", "ask") and speaker is not None:
        rest = _clause_after(sentence, cue)
        if rest is not None:
            return rest, "clause-after"
        front = _clause_before(sentence, cue, speaker)
        if front is not None:
            return front, "clause-before"
    return None, "none"


def _unbroken_after(sentence: Sentence, verb: Word, taken: list[Word]) -> list[Word]:
    """The verb's phrases after what it names, up to the first comma: "called him ''a genius''
    for his tax strategies" says why, and that is part of the characterisation."""
    last = max(w.index for k in taken for w in sentence.subtree(k.index))
    found = []
    for k in sentence.children(verb.index):
        if k.index <= last or k in taken:
            continue
        first = min(w.index for w in sentence.subtree(k.index))
        if k.deprel != "obl" or _is_time(sentence, k) or _opens_time_phrase(sentence.word(first)) \
                or any(w.text in _CLAUSE_BREAKS for w in sentence.words[last:first - 1]):
            break  # "… when she was secretary", "during a stop", ", a charge that …": the writer's
        found.append(k)
        last = max(w.index for w in sentence.subtree(k.index))
    return found


def _reported_conjuncts(sentence: Sentence, verb: Word, complements: list[Word], speaker: Word | None) -> list[Word]:
    """Clauses the parse coordinated with the speech verb that continue its complement.

    "Flynn said Trump has “enormous respect” for the military and his comment was an
    expression of frustration": the second clause has a subject of its own that is not the
    speaker, no speech verb, and no comma before its "and", so it is still what Flynn said.
    """
    last = max(w.index for k in complements for w in sentence.subtree(k.index))
    verbs = reporting_verbs()
    found = []
    for conj in sentence.children(verb.index):
        if conj.deprel != "conj" or conj.index < last or conj.lemma in verbs:
            continue
        kids = sentence.children(conj.index)
        subjects = [k for k in kids if k.deprel.startswith("nsubj")]
        joins = [k for k in kids if k.deprel == "cc" and k.text.lower() in _CLAUSE_JOINS]
        if not subjects or not joins or (speaker is not None and subjects[0].index == speaker.index):
            continue
        if subjects[0].upos == "PRON" and subjects[0].text.lower() in _SPEAKER_PRONOUNS:
            continue  # "…, and he left": the writer tells what the speaker did next
        if joins[0].index > 1 and sentence.word(joins[0].index - 1).text in _CLAUSE_BREAKS:
            continue
        found.append(conj)
    return found


_CLAUSE_JOINS = frozenset({"and", "but"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "who"})


def _according_by_commas(sentence: Sentence, cue: CueWord) -> tuple[int, int] | None:
    """"According to X, CLAUSE." / "CLAUSE, according to X.": the clause on the far side of the comma."""
    words = [w for w in sentence.words if w.upos != "PUNCT" or w.text == ","]
    if not words:
        return None
    if words[0].index == cue.word.index:
        comma = next((i for i, w in enumerate(words) if w.text == "," and w.index > cue.word.index), None)
        clause = words[comma + 1:] if comma is not None else []
    else:
        before = [w for w in words if w.index < cue.word.index]
        clause = before[:-1] if before and before[-1].text == "," else []
    if len(clause) < MIN_CLAUSE_WORDS or not any(w.upos in ("VERB", "AUX") for w in clause):
        return None
    return _trim_span(clause)


def _clause_before(sentence: Sentence, cue: CueWord, speaker: Word) -> tuple[int, int] | None:
    """"CLAUSE, a spokesman announced Monday morning.": the clause before the comma that opens
    the speaker phrase, when the cue closes the sentence (the parse hung it elsewhere)."""
    after = [w for w in sentence.words if w.index > cue.word.index and w.upos != "PUNCT"]
    if len(after) > MAX_WORDS_AFTER_FINAL_CUE or not speaker.index < cue.word.index:
        return None
    commas = [w for w in sentence.words if w.text == "," and w.index < speaker.index]
    if not commas:
        return None
    comma = commas[-1]
    between = [w for w in sentence.words if comma.index < w.index < cue.word.index and w.upos != "PUNCT"]
    if not between or len(between) > MAX_SUBJECT_WORDS:
        return None
    clause = [w for w in sentence.words if w.index < comma.index]
    if len(clause) < MIN_CLAUSE_WORDS or not any(w.upos in ("VERB", "AUX") for w in clause):
        return None
    if any(set(w.text) & QUOTE_CHARS for w in clause):
        return None  # quotations before the cue are the quote sieves' business
    return _trim_span(clause)


def _clause_after(sentence: Sentence, cue: CueWord) -> tuple[int, int] | None:
    """The rest of the sentence when it reads as a reported clause the parse missed:
    "said the union expected production to improve" (parsed with "union" as a second subject)."""
    words = [w for w in sentence.words if w.index > cue.word.index and w.start >= cue.end]
    # "warned that week that some requests …": the complementizer, not the determiner of "week"
    opening = next((j for j, w in enumerate(words[:MAX_WORDS_BEFORE_THAT])
                    if w.text.lower() == "that" and w.upos in ("SCONJ", "PRON", "DET") and w.deprel != "det"), None)
    if opening is not None:
        words = words[opening + 1:]
    else:
        while words and (words[0].upos == "ADV" or _is_time(sentence, words[0])):
            words = words[1:]
        if not words or words[0].upos not in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"):
            return None
    for j, w in enumerate(words):
        following = words[j + 1] if j + 1 < len(words) else None
        if w.text in (";", ":", "—", "--") or (w.text == "," and following is not None and _is_participle(following)):
            words = words[:j]  # ", saying ...", "; he added"
            break
        if w.upos == "CCONJ" and following is not None and (
                following.xpos in ("VBD", "VBZ", "VBP") or _active_past(sentence, following)
                or (w.text.lower() == "but" and j > 0 and words[j - 1].text == ",")):
            words = words[:j]  # "… “a con” and encouraged Americans to …": the writer goes on
            break
    if len(words) < MIN_CLAUSE_WORDS or not any(w.upos in ("VERB", "AUX") for w in words):
        return None
    return _trim_span(words)


def _active_past(sentence: Sentence, verb: Word) -> bool:
    """"and encouraged Americans to …" tagged as a participle: no auxiliary, and an object of its own
    ("approved and signed by X" stays one passive clause)."""
    kids = sentence.children(verb.index)
    return (verb.xpos == "VBN" and any(k.deprel == "obj" for k in kids)
            and not any(k.deprel.startswith("aux") for k in kids))


def _coordinated_cues(sentence: Sentence, clause: Word) -> list[Word]:
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
    return _trim_span(words)


def _governed(sentence: Sentence, verb: Word) -> list[Word]:
    """The verb's object-like dependents to its right."""
    return [k for k in sentence.children(verb.index) if k.index > verb.index and k.deprel in _GOVERNED]


def _governed_up_to(link: CueLink, span: QuoteSpan) -> tuple[int, int] | None:
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
    words += [w for k in _unbroken_after(sentence, link.cue.word, heads) for w in sentence.subtree(k.index)]
    words.sort(key=lambda w: w.index)
    # a time phrase the parse hung inside the quote's phrase ("a “disgrace” Wednesday on …") ends it
    cut = next((w.index for w in words if w.start >= span.mark_end and _opens_time_phrase(w)), None)
    if cut is not None and cut > 1 and sentence.word(cut - 1).upos == "ADP" and sentence.word(cut - 1).head == cut:
        cut -= 1  # "… in the city between January 1 and …": the preposition goes with its time phrase
    return _trim_span([w for w in words if cut is None or w.index < cut])


def _opens_time_phrase(word: Word) -> bool:
    return _is_time_word(word) or (word.upos in ("ADP", "SCONJ")
                                   and word.text.lower() in lexicon.words("time_prepositions.txt"))


def _set_off(sentence: Sentence, indexes: set[int]) -> bool:
    """Whether a phrase starts its sentence or is set off by a comma before it."""
    first = min(indexes)
    if first == 1 or sentence.word(first).text == ",":
        return True  # the parse may hang the comma itself on the phrase
    return sentence.word(first - 1).text == ","


def _from_complementizer(sentence: Sentence, words: list[Word]) -> list[Word]:
    """Content runs from its "that" on: "pointed out that while X, “Y”" keeps the while-clause."""
    marks = [w for w in words if w.deprel == "mark" and w.text.lower() == "that"]
    if not marks:
        return words
    first = min(words, key=lambda w: w.index)
    if marks[0] is not first:
        return words
    last = max(w.index for w in words)
    return [sentence.word(i) for i in range(first.index, last + 1)]


def _has_mark(sentence: Sentence, word: Word, text: str) -> bool:
    return any(c.deprel == "mark" and c.text.lower() == text for c in sentence.children(word.index))


def _trim_span(words: list[Word]) -> tuple[int, int] | None:
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


def link_cues(sentences: list[Sentence]) -> list[CueLink]:
    links: list[CueLink] = []
    for sentence in sentences:
        for cue in find_cues(sentence):
            speaker = speaker_of(sentence, cue)
            content, relation = content_of(sentence, cue, speaker)
            extra: tuple[Word, ...] = ()
            if speaker is not None and speaker.deprel == "nsubj" and speaker.head == cue.word.index:
                # "the spokesman ..., Dmitri Peskov pointed out": a small parser may give two subjects
                verb = sentence.word(speaker.head)
                # (on the speaker's side of the verb: "The report says the decline … appears" has the
                # reported clause's subject after it)
                extra = tuple(w for w in sentence.children(speaker.head) if w.deprel == "nsubj" and w is not speaker
                              and _marks_between(sentence, w, verb) == 0
                              and (w.index < verb.index) == (speaker.index < verb.index)
                              and not (content is not None and content[0] <= w.start < content[1]))
            links.append(CueLink(cue, speaker, content, relation, extra, _extended(sentence, cue)))
    return links


def _outermost_reporter(candidates: list[tuple[int, CueLink]]) -> list[tuple[int, CueLink]]:
    """Drop a cue inside another candidate's reported clause unless it is itself someone's speech.

    "Demonstrators said they want “justice”", "He said he did not mention “Russia's ties”":
    the outer speaker reports the words.  "Spicer said Trump told him “…”" keeps Trump.
    """
    def reported_inside(link: CueLink) -> bool:
        return any(other is not link and other.content is not None and other.cue.family in _SPEECH_FAMILIES
                   and other.content[0] <= link.cue.start < other.content[1] for _, other in candidates)

    def own_speech(link: CueLink) -> bool:
        speaker = link.speaker
        return (link.cue.family in _VERBAL_FAMILIES and speaker is not None and speaker.upos != "PRON"
                and not _negated(link))

    kept = [(i, l) for i, l in candidates if not reported_inside(l) or own_speech(l)]
    return kept or candidates


def _in_relative_clause(link: CueLink) -> bool:
    """A cue describing a noun ("X, who said …", "a spokesman quoted as saying") rather than a
    participle that reports for the sentence's subject (", saying, “…”" hung on a noun)."""
    word = link.cue.word
    if word.deprel == "acl:relcl":
        return True
    return word.deprel == "acl" and (link.speaker is None or link.speaker.index == word.head)


def _negated(link: CueLink) -> bool:
    return any(k.deprel == "advmod" and k.lemma in ("not", "never") for k in link.cue.sentence.children(link.cue.word.index))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside_any(pos: int, spans: list[QuoteSpan]) -> bool:
    for s in spans:
        if s.mark_start <= pos < s.mark_end:
            return True
    return False


_WORD = regex.compile(r"\w+(?:['’]\w+)*")


def _continues_sentence(span: QuoteSpan) -> bool:
    """The quote opens in lower case: it carries on a sentence begun outside the marks."""
    first = next((c for c in span.text if c.isalpha()), "")
    return first.islower()


# Where the writer takes over again after the last quoted words of a mixed quote: a relative clause or
# participle set off by a comma, a dash aside, a semicolon ("… “public option”, which would allow …").
_RESUMING_WORDS = r"(?:which|who|whose|where|while|although|though|\p{Ll}+ly\s+\p{Ll}+ing|\p{Ll}+ing)\b"
_WRITER_RESUMES = regex.compile(rf"\s*(?:,\s*{_RESUMING_WORDS}|;|\s--\s|\s[—―]\s?)")


_AFTER_INNER_COMMA = regex.compile(rf"\s+{_RESUMING_WORDS}")


def _writer_resumes(text: str, last_mark: int, end: int) -> int:
    """The end of a mixed quote's content: cut where the writer's own words resume after its last quote
    (also when American style put the comma inside the marks: "only “partial,” meaning it …")."""
    found = _WRITER_RESUMES.search(text, last_mark, end)
    inner = text[:last_mark].rstrip("\"'”’»").endswith(",")
    if inner and _AFTER_INNER_COMMA.match(text, last_mark, end):
        return last_mark
    return found.start() if found is not None else end


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
        self.links = [self._speaker_outside_quotes(link) for link in link_cues(sentences)]
        self.used: set[int] = set()

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
                or not _inside_any(speaker.start, self.spans) or _inside_any(link.cue.start, self.spans):
            return link
        sentence, verb = link.cue.sentence, link.cue.word
        outside = _subject_after_quote(sentence, verb)
        return replace(link, speaker=outside, speaker_extra=())

    def _cue_outside_quotes(self, link: CueLink) -> bool:
        return not _inside_any(link.cue.start, self.spans)

    def run(self) -> list[Attributed]:
        results: list[Attributed] = []
        for span in self.spans:
            found = self._direct(span, results)
            if found.kind is QuoteKind.MIXED and any(r.kind is QuoteKind.MIXED and (r.start, r.end) == (found.start, found.end)
                                                    for r in results):
                continue  # 'that Machado was “disgusting” and “a con”': one mixed quote, two segments
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
        for index, (p_start, p_end) in enumerate(self.paragraphs):
            m = _TRANSCRIPT_TURN.match(self.text, p_start, p_end)
            if m is None or any(a.link is not None and a.start < p_end and a.end > m.start("said") for a in found):
                continue
            phrase = phrase_from_text(self.text, m.start("who"), m.end("who"))
            link_index, link = self._punctuation_cue(m.start("colon"), m.end("colon"), "transcript", phrase=phrase)
            self.used.add(link_index)
            out.append(Attributed(QuoteKind.DIRECT, m.start("said"), p_end, None, (), link, "transcript-turn", 0.7,
                                  index, self.sentence_of(m.start("said"))))
        return out

    def _phrase_opens(self, word: Word, start: int) -> bool:
        """The word's phrase starts the text at ``start`` ("Zelensky says", "The president says")."""
        return len(_WORD.findall(self.text, start, word.start)) <= 2

    def _headline_claim(self, found: list[Attributed]) -> tuple[list[Attributed], list[Attributed]]:
        """A headline "Sanders: Clinton needs to ‘get away …’ with Trump" gives the claim to the name.

        Only the document's first paragraph, when it reads as a headline (one short line), the
        part before the colon is a short capitalised name, and no speech verb after the colon
        has a speaker of its own ("The Latest: Trump urges …").  Returns (new, replaced).
        """
        if not self.paragraphs:
            return [], []
        p_start, p_end = self.paragraphs[0]
        m = _HEADLINE_CLAIM.match(self.text, p_start, p_end)
        if m is None or "\n" in self.text[p_start:p_end] or len(_WORD.findall(self.text, p_start, p_end)) > MAX_HEADLINE_WORDS:
            return [], []
        who_start, who_end = m.span("who")
        who = self.text[who_start:who_end]
        if who.isupper() or len(who.split()) > MAX_HEADLINE_NAME_WORDS:
            return [], []
        source = regex.search(r"(?<=\bfrom )\p{Lu}.*$", who)  # "A lesson from Loretta Lynch"
        if source is not None:
            who_start += source.start()
        if any(not w[0].isupper() and w.lower() not in lexicon.words("headline_function_words.txt")
               for w in self.text[who_start:who_end].split()):
            return [], []  # "McCaskill scolded him:", "Lavrov said:" -- a sentence, not a headline's name
        if source is None:
            name = regex.match(r"\p{Lu}[\w.’'-]*(?: \p{Lu}[\w.’'-]*)*", who)  # "Obama on Climate Change"
            who_end = who_start + name.end() if name is not None else who_end
        if any(w.lower() in lexicon.words("headline_function_words.txt") for w in self.text[who_start:who_end].split()):
            return [], []  # "Stealth Over Health:", "The Latest:": a phrase, not a name
        content_start = m.start("said")
        content_end = p_end
        while content_end > content_start and self.text[content_end - 1] in ". \t":
            content_end -= 1
        if any(l.cue.family in _VERBAL_FAMILIES and l.speaker is not None and content_start <= l.cue.start < p_end
               and l.cue.word.xpos in _FINITE and self._phrase_opens(l.speaker, content_start) for l in self.links):
            return [], []  # "Ukraine: Zelensky says …" -- the clause names its own speaker
        inside = [a for a in found if a.span is not None and content_start <= a.span.mark_start and a.span.mark_end <= p_end]
        if any(a.link is not None for a in inside):
            return [], []  # "Said Ellis: “…”" -- a cue of the parse already took the quote
        phrase = phrase_from_text(self.text, who_start, who_end)
        link_index, link = self._punctuation_cue(m.start("colon"), m.end("colon"), "colon", phrase=phrase)
        self.used.add(link_index)
        sentence = self.sentence_of(content_start)
        whole = [a for a in inside if a.span is not None and a.span.mark_start == content_start
                 and self.text[a.span.mark_end:content_end].strip(". ") == ""]
        if whole:  # "Lynch: ‘Be the voice that people hear.’" -- the quote is the whole claim
            q = whole[0]
            return [replace(q, kind=QuoteKind.DIRECT, link=link, method="headline-colon", confidence=0.6)], [q]
        segments = tuple(Span(a.span.text, a.span.start, a.span.end) for a in inside if a.span is not None)
        kind = QuoteKind.MIXED if segments else QuoteKind.INDIRECT
        claim = Attributed(kind, content_start, content_end, inside[0].span if inside else None, segments, link,
                           "headline-colon", 0.6, 0, sentence)
        return [claim], inside

    def _direct(self, span: QuoteSpan, previous: list[Attributed]) -> Attributed:
        area = (span.mark_start, span.mark_end)
        sentence_ids = {s.index for s in self.sentences if s.end > area[0] and s.start < area[1]}
        in_reach = [(i, link) for i, link in enumerate(self.links)
                    if link.cue.sentence.index in sentence_ids and self._cue_outside_quotes(link)]
        # belief and stance verbs take quotes only through their structure, never by proximity;
        # punctuation cues (dash, colon, transcript turn) belong to the quote they were found for
        candidates = [(i, l) for i, l in in_reach if l.cue.family not in ("think", "attitude", *_PUNCTUATION_CUES)]
        structural = [(i, l) for i, l in in_reach if l.reach and _overlap(l.reach, (span.start, span.end)) > 0]
        structural = _outermost_reporter(structural)
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
            i, link = min(structural, key=lambda il: (_in_relative_clause(il[1]),
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
                    or self._continuation(span, previous))
            if cont is not None:
                return cont
        kind = QuoteKind.FRAGMENT if span.fragment else QuoteKind.DIRECT
        return Attributed(kind, span.start, span.end, span, (), None, "no-cue" if kind is QuoteKind.DIRECT else "fragment",
                          0.2, span.paragraph_index, self.sentence_of(span.start))

    def _adjacent_speech_cue(self, span: QuoteSpan, in_reach: list[tuple[int, CueLink]]) -> tuple[int, CueLink] | None:
        """A say-family verb followed by nothing but a comma or colon before the quote's mark."""
        for i, link in in_reach:
            if link.cue.family in _VERBAL_FAMILIES and link.cue.end <= span.mark_start and link.content is None \
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
        content = link.content or _governed_up_to(link, span)
        if content is None or _overlap(content, (span.start, span.end)) == 0:
            content = self._reported_around(span, link) if method == "same-sentence-cue" else None
        if content is not None and _overlap(content, (span.start, span.end)) > 0:
            start = min(content[0], span.mark_start)
            end = max(content[1], span.mark_end)
            if start <= link.cue.start < end:
                # complements on both sides of the cue (a weak parse, or “A,” he said, “B.”): keep the quote's side
                if link.cue.end <= span.mark_start:
                    gap = self.text[link.cue.end:span.mark_start]
                    start = link.cue.end + len(gap) - len(gap.lstrip())
                else:
                    end = min(end, link.cue.start)
            speaker = link.speaker
            if speaker is not None and start <= speaker.start < end:
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
                last_mark = max(s.mark_end for s in self.spans if s.mark_start >= start and s.mark_end <= end)
                end = _writer_resumes(self.text, last_mark, end)
                segments = tuple(Span(s.text, s.start, s.end) for s in self.spans
                                 if s.mark_start >= start and s.mark_end <= end)
                return Attributed(QuoteKind.MIXED, start, end, span, segments, link, method, confidence,
                                  self.paragraph_of(start), self.sentence_of(start))
        return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), link, method, confidence,
                          span.paragraph_index, self.sentence_of(span.start))

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
        self.links.append(CueLink(cue, speaker or mark, None, family, phrase=phrase))
        return len(self.links) - 1, self.links[-1]

    def _dash(self, span: QuoteSpan) -> tuple[int, CueLink, str] | None:
        """“…” — Professor Lin Zhao: a dash and a name closing the paragraph."""
        p_end = self.paragraphs[span.paragraph_index][1] if span.paragraph_index < len(self.paragraphs) else span.mark_end
        m = _DASH_SPEAKER.match(self.text, span.mark_end, p_end)
        if m is None or (m.end() != p_end and self.text[m.end()] != "\n"):
            return None  # the name must close its line or paragraph
        phrase = phrase_from_text(self.text, m.start("who"), m.end("who"))
        return (*self._punctuation_cue(m.start("dash"), m.end("dash"), "dash", phrase=phrase, lemma="—"), "dash")

    def _lead_in(self, span: QuoteSpan) -> tuple[int, CueLink, str] | None:
        """"X said:" / "X was blunt: “…”": a colon right before the quote, in its sentence or the one before."""
        before = self.text[max(0, span.mark_start - 3):span.mark_start].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.text.rindex(":", 0, span.mark_start)
        sentence = self._sentence_at(colon)
        if sentence is None or not sentence.parsed:
            return None
        links = [(i, l) for i, l in enumerate(self.links) if l.cue.sentence.index == sentence.index
                 and l.speaker is not None and l.cue.start < colon and l.cue.family != "according"]
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
        for i, link in enumerate(self.links):
            gap = self.text[span.mark_end:link.cue.sentence.start] if link.cue.sentence.start >= span.mark_end else None
            if gap is None or gap.strip() or link.speaker is None or link.content is not None:
                continue
            if link.cue.start - span.mark_end > MAX_SPEAKER_CHARS_AFTER or link.cue.family not in _SPEECH_FAMILIES:
                continue
            sentence, cue_word = link.cue.sentence, link.cue.word
            speaker_words = {w.index for w in sentence.subtree(link.speaker.index)}
            # the sentence must open with just "speaker + cue": "she said." / "said Mr. Ellis."
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
            if prev.paragraph_index != span.paragraph_index or prev.link is None or prev.link.speaker is None:
                return None
            gap = (prev.span.mark_end, span.mark_start)
            link = prev.link
            if not gap[0] <= link.cue.start < gap[1]:
                # '… because “A,” she said. “B.”' where A went to an earlier cue of its sentence
                # ("DuVernay said she felt …"): the speech cue right after A interrupts the quote
                after = [l for l in self.links if gap[0] <= l.cue.start < gap[1] and l.speaker is not None
                         and l.cue.family in _VERBAL_FAMILIES and l.cue.sentence.index == prev.sentence_index]
                if not after:
                    return None
                link = after[0]
            cue = link.cue
            if gap[1] - gap[0] > MAX_INTERRUPTION_CHARS:
                return None
            if any(gap[0] <= s.mark_start < gap[1] and not s.fragment for s in self.spans):
                return None
            if any(gap[0] <= other.cue.start < gap[1] and other.cue.sentence.index != cue.sentence.index
                   and other.speaker is not None for other in self.links):
                return None
            return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), link,
                              "interrupted-quote", 0.75, span.paragraph_index, self.sentence_of(span.start))
        return None

    def _after_reported_sentence(self, span: QuoteSpan) -> Attributed | None:
        """'The administration may be reluctant to act, Schiff said. “The other factor …”': a quote
        opening right after a sentence that reports its speaker, same paragraph: one that ends with
        its speech verb and speaker, or one that opens "X said …"."""
        before = [s for s in self.sentences if 0 <= s.end <= span.mark_start and s.parsed]
        if not before:
            return None
        sentence = max(before, key=lambda s: s.end)
        if self.text[sentence.end:span.mark_start].strip() or "\n" in self.text[sentence.end:span.mark_start]:
            return None
        if any(sentence.start <= s.mark_start < sentence.end for s in self.spans if not s.fragment):
            return None  # a quote in that sentence: the interrupted-quote sieve decides
        links = [l for l in self.links if l.cue.sentence.index == sentence.index
                 and l.speaker is not None and l.cue.family in ("say", "write") and l.content is not None]
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

    def _issued_statement(self, sentence: Sentence) -> CueLink | None:
        """"Senator Cornyn issued a statement regarding the decision. “Like many Texans, …”": a main
        verb whose object is a statement noun, with a subject who can speak, leads in the quote after it."""
        root = next((w for w in sentence.words if w.head == 0), None)
        if root is None or root.upos != "VERB":
            return None
        nouns = [k for k in sentence.children(root.index) if k.deprel == "obj" and k.upos == "NOUN"
                 and k.lemma in lexicon.words("cue_nouns.txt")]
        subject = _statement_owner(sentence, nouns[0]) if nouns else None
        if subject is None or not (_can_speak(subject) or subject.upos == "NOUN"):
            return None
        noun = nouns[0]
        cue = CueWord(sentence, noun, noun.lemma, "noun", noun.start, noun.end)
        self.links.append(CueLink(cue, subject, None, "obj"))
        return self.links[-1]

    def _continuation(self, span: QuoteSpan, previous: list[Attributed]) -> Attributed | None:
        """A quote opening a paragraph continues the speaker of the quote just before it."""
        p_start = self.paragraphs[span.paragraph_index][0] if span.paragraph_index < len(self.paragraphs) else -1
        if span.mark_start != p_start:
            return None
        for back in range(len(previous) - 1, -1, -1):
            prev = previous[back]
            if prev.kind is QuoteKind.FRAGMENT:
                continue
            if prev.paragraph_index < span.paragraph_index - 1:
                return None
            if prev.link is None or prev.link.speaker is None:
                return None
            if span.unclosed and prev.span is not None and prev.span.open_mark != span.open_mark:
                return None  # a block-quote paragraph in another style of mark is no one's next words
            return Attributed(QuoteKind.DIRECT, span.start, span.end, span, (), prev.link,
                              "continuation", 0.6, span.paragraph_index, self.sentence_of(span.start))
        return None

    def _introduced(self, link: CueLink) -> bool:
        """The content follows its cue after a colon: "He said: the plan is dead"."""
        assert link.content is not None
        return link.content[0] >= link.cue.end and self.text[link.cue.end:link.content[0]].strip().endswith(":")

    def _indirect(self, direct: list[Attributed]) -> list[Attributed]:
        """Leftover cues with a clausal complement report speech indirectly."""
        taken = [(a.start, a.end) for a in direct if a.kind is not QuoteKind.FRAGMENT]
        out: list[Attributed] = []
        # "according to" first: its clause is the content even inside another cue's complement
        # then speech before belief and stance, so that "X said" wins a clause over "plans"
        rank = {"according": 0, "say": 1, "ask": 1, "write": 1, "think": 2}
        order = sorted(range(len(self.links)), key=lambda i: rank.get(self.links[i].cue.family, 3))
        for i in order:
            link = self.links[i]
            if i in self.used or link.content is None or link.speaker is None:
                continue
            if not self._cue_outside_quotes(link):
                continue
            if link.relation == "none" or (link.relation == "parataxis" and not self._introduced(link)):
                continue  # a parataxis the parse hung on a cue is mostly the writer's next clause
            content = link.content
            if any(_overlap(content, t) > 0 for t in taken):
                continue
            confidence = {"think": 0.5, "attitude": 0.5, "according": 0.8}.get(link.cue.family, 0.7)
            method = "according-to" if link.cue.family == "according" else "indirect-" + link.relation
            inside = [s for s in self.spans if s.mark_start >= content[0] and s.mark_end <= content[1]]
            if inside:
                content = (content[0], _writer_resumes(self.text, max(s.mark_end for s in inside), content[1]))
            segments = tuple(Span(s.text, s.start, s.end) for s in inside)
            kind = QuoteKind.MIXED if segments else QuoteKind.INDIRECT
            out.append(Attributed(kind, content[0], content[1], None, segments, link, method, confidence,
                                  self.paragraph_of(content[0]), link.cue.sentence.index))
            taken.append(content)
        return out
