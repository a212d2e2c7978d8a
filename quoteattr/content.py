"""What a cue reports: the character span of its content read off the parse.

The clausal complement or parataxis of the cue, the clause an "according to" phrase modifies,
statement objects ("denied the allegations"), and clauses read off the words around the cue when
the parse hung them elsewhere.
"""

from __future__ import annotations

from . import lexicon
from .cues import CueWord, has_role, prepositional_object, reporting_verbs
from .marks import QUOTE_CHARS
from .parsing import Sentence, Word, is_quote_mark
from .speakers import MAX_SUBJECT_WORDS
from .tree import (coordinated_cues, has_case, has_mark, is_participle, is_time, opens_time_phrase,
                   phrase_bounds, phrase_without_next_predicate, time_phrase_cut, trim_span)


CONTENT_RELATIONS = ("ccomp", "parataxis")
# Subordinators that open the question a cue of the ask family reports.
QUESTION_MARKS = ("about", "whether", "if")
# A statement-object verb's object is content only when it has at least this many words.
MIN_OBJECT_CONTENT_WORDS = 4
# A clause read off the words after a cue (when the parse gives none) needs this many words and a verb,
# and its "that" may come this many words after the cue ("told reporters on Monday that").
MIN_CLAUSE_WORDS = 3
MAX_WORDS_BEFORE_THAT = 6
# … or this many when only prepositional and time phrases stand between ("said in an interview with The
# Associated Press last week that …")
MAX_WORDS_BEFORE_THAT_AFTER_PHRASES = 14
# Punctuation after which the writer, not the speaker, goes on ("…, and he left", "…; a charge that …").
CLAUSE_BREAKS = (",", ";", ":", "—", "--")
# "…, Schiff said on Tuesday." -- words after a sentence-final cue before a quote that follows it.
MAX_WORDS_AFTER_FINAL_CUE = 4


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
        return trim_span(words), "according"
    if cue.family == "noun":
        # "his claim that people would “learn nothing”": the noun's content clause
        clauses = [k for k in sentence.children(word.index) if k.deprel in ("acl", "ccomp") and has_mark(sentence, k, "that")]
        if clauses:
            return trim_span(_from_complementizer(sentence, sentence.subtree(clauses[0].index))), "acl"
        for k in sentence.children(word.index):
            # "Trump's claim that there have been “thousands of shootings”" parsed as a relative
            # clause with "that" as a second subject: a relative "that" fills the only subject slot
            subjects = [c for c in sentence.children(k.index) if c.deprel.startswith("nsubj")]
            if k.deprel == "acl:relcl" and len(subjects) > 1 and subjects[0].text.lower() == "that" \
                    and subjects[0].index == word.index + 1:
                words = [w for w in sentence.subtree(k.index) if w.index != subjects[0].index]
                return trim_span(words), "acl"
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
            return trim_span(words), "obl"
    if has_role(cue.lemma, "naming"):
        # "called Trump a “pathological liar” who is “utterly amoral”": the name and what follows it
        # "described Clinton as a “disgrace”", "likened the rules to “burning the Constitution”"
        named = [k for k in sentence.children(word.index)
                 if k.index > word.index and (k.deprel in ("obj", "iobj", "xcomp", *CONTENT_RELATIONS)
                                              or (k.deprel == "obl" and has_case(sentence, k, ("as", "to"))))]
        if any(k.deprel in ("obj", "xcomp") for k in named):
            return trim_span([w for k in named + unbroken_after(sentence, word, named)
                               for w in phrase_without_next_predicate(sentence, k.index)]), "obj"
    complements = _complements(sentence, word)
    if len(complements) > 1:
        # 'He said: "…"; she replied: "…"': a report of someone else's hung on the first is not its
        # content, nor is what follows it ("Beck asked …, D’Souza replied, “…”" with the quote on "asked")
        others = [k for k in complements if _own_report(sentence, k, speaker)
                  and (any(c.deprel in CONTENT_RELATIONS and c.index > k.index for c in sentence.children(k.index))
                       or any(c.index > k.index for c in complements))]
        # (a report closing the sentence, '… “…,” Ms. Tempel said.', is the quotation's own cue)
        if others:
            cut = min(min(w.index for w in sentence.subtree(k.index)) for k in others)
            complements = [k for k in complements if k not in others and k.index < cut]
    if not complements:
        # "told reporters that Y": a small parser may hang the that-clause on the listener (acl)
        listeners = [k for k in sentence.children(word.index) if k.deprel in ("obj", "iobj")]
        complements = [c for k in listeners for c in sentence.children(k.index)
                       if c.deprel == "acl" and has_mark(sentence, c, "that")]
    if not complements and cue.family == "ask":
        # "Asked about taking a more forceful approach, …", "asked Clinton whether she would …" parsed
        # as an adverbial clause: the question, with whoever it was put to
        questions = [k for k in sentence.children(word.index) if k.deprel == "advcl" and k.index > word.index
                     and any(has_mark(sentence, k, m) for m in QUESTION_MARKS)]
        if questions:
            addressees = [k for k in sentence.children(word.index) if k.deprel in ("obj", "iobj")
                          and word.index < k.index < questions[0].index]
            return trim_span(_before_next_speaker(sentence, [w for k in addressees + questions[:1]
                                                             for w in sentence.subtree(k.index)])), "advcl"
    if complements:
        words = [w for k in complements for w in sentence.subtree(k.index)]
        relation = complements[0].deprel
        if not any(c.deprel.startswith("nsubj") for k in complements for c in sentence.children(k.index)):
            # "The report says the decline … appears to be due to …", "A cashier who “steals …” is
            # held accountable, Warren said": the parse hung the reported clause's subject on the
            # speech verb, right before the clause; it opens the content
            first = min(w.index for w in words)
            # ("said officers arrived …" with "officers" the speech verb's object: not after a listener's verb)
            hung = ("nsubj",) if has_role(cue.lemma, "recipient") else ("nsubj", "obj")
            words += [w for k in sentence.children(word.index) if k.deprel in hung and k is not speaker
                      and (k.deprel == "nsubj" or k.index > word.index)
                      and max(w.index for w in sentence.subtree(k.index)) == first - 1
                      for w in sentence.subtree(k.index)]
            subject = _subject_before_aside(sentence, word, speaker, first)
            if subject is not None:
                words += sentence.subtree(subject.index)
                relation = complements[0].deprel + "-around"
        words += [w for k in _reported_conjuncts(sentence, word, complements, speaker) for w in sentence.subtree(k.index)]
        coordinated = [c for k in complements for c in coordinated_cues(sentence, k)]
        if coordinated:
            cut = min(c.index for c in coordinated)
            if cut > 1 and sentence.word(cut - 1).deprel == "cc":
                cut -= 1
            words = [w for w in words if w.index < cut]
        return trim_span(_before_contrasting_report(sentence, word, _from_complementizer(sentence, words))), relation
    if cue.family in ("say", "write", "ask"):
        # "46 percent of voters said yes", "half said so", "26 percent said the same": a pro-form
        # right after the verb stands for what was said
        after = list(sentence.words[word.index:word.index + 2])
        if after and after[0].text.lower() == "the" and len(after) > 1:
            after = after[1:]  # "said the same"
        if after and after[0].head == word.index and after[0].text.lower() in lexicon.words("reported_pro_forms.txt"):
            return trim_span(sentence.subtree(after[0].index)), "pro-form"
    if cue.family in ("say", "write") and not has_role(cue.lemma, "no-infinitive"):
        # "vowed to fight", "urged Congress to act": a to-infinitive of a speech verb is what was said
        plans = [k for k in sentence.children(word.index) if k.deprel == "xcomp" and k.index > word.index
                 and any(c.deprel == "mark" and c.text.lower() == "to" for c in sentence.children(k.index))]
        if plans:
            addressees = [k for k in sentence.children(word.index) if k.deprel in ("obj", "iobj")
                          and word.index < k.index < plans[0].index]
            return trim_span([w for k in addressees + plans[:1] for w in sentence.subtree(k.index)]), "xcomp"
    if has_role(cue.lemma, "unnamed-passive") and speaker is None:
        # "The White House is expected to sign the measure, potentially …": the passive subject and
        # its to-infinitive, up to a comma
        subjects = [k for k in sentence.children(word.index) if k.deprel == "nsubj:pass"]
        plans = [k for k in sentence.children(word.index) if k.deprel == "xcomp" and k.index > word.index]
        if subjects and plans:
            words = sorted(sentence.subtree(plans[0].index), key=lambda w: w.index)
            comma = next((w.index for w in words if w.text == "," and w.index > plans[0].index), None)
            if comma is not None and not any(is_quote_mark(w) for w in words if w.index > comma):
                words = [w for w in words if w.index < comma]  # a quotation after it keeps the rest
            return trim_span(sentence.subtree(subjects[0].index) + words), "xcomp"
    if cue.family in ("attitude", "think") or has_role(cue.lemma, "naming") or has_role(cue.lemma, "object-content"):
        # "declined to comment", "a poll found Trump leading", "called him “a genius”", "blasted the deal"
        targets = [k for k in sentence.children(word.index) if k.deprel in ("xcomp", "obj") and k.index > word.index
                   and k is not speaker and not is_time(sentence, k)]  # not "tweeted Monday", "tweeted Rubio's spokesman"
        if targets:
            # "showed Clinton with a lead": what follows the object without a comma belongs to it
            first = min(k.index for k in targets)
            more = _until_time_phrase(sentence, [
                k for k in sentence.children(word.index) if k.index > first and k not in targets
                and k.deprel in ("obl", "xcomp", "advcl") and sentence.word(k.index - 1).text != ","
                and not any(w.text == "," for w in sentence.words[first:min(w.index for w in sentence.subtree(k.index)) - 1])])
            words = [w for k in targets + more for w in sentence.subtree(k.index)]
            return trim_span(_before_time_after_quote(sentence, words)), targets[0].deprel
    if has_role(cue.lemma, "statement-object"):
        objects = [k for k in sentence.children(word.index) if k.deprel == "obj"]
        if objects:
            # "stated his concern at X's promise to ...": clauses after the object belong to it
            after = [k for k in sentence.children(word.index) if k.index > objects[0].index
                     and k.deprel in ("advcl", "xcomp", "obl")]
            if len(sentence.subtree(objects[0].index)) + sum(len(sentence.subtree(k.index)) for k in after) \
                    >= MIN_OBJECT_CONTENT_WORDS:
                return trim_span([w for k in objects[:1] + _until_time_phrase(sentence, after)
                                  for w in sentence.subtree(k.index)]), "obj"
    if word.deprel == "advcl" and has_mark(sentence, word, "as") and cue.family == "think":
        return None, "none"  # "as shown by X's plan", "as many had hoped": evidence or belief, not speech
    if word.deprel in ("parataxis",) or (word.deprel == "advcl" and has_mark(sentence, word, "as")):
        if word.head:
            skip = {w.index for w in sentence.subtree(word.index)}
            words = [w for w in sentence.subtree(word.head) if w.index not in skip]
            return trim_span(words), "head-" + word.deprel
    if cue.family in ("say", "write", "think", "ask") and speaker is not None:
        rest = _clause_after(sentence, cue)
        if rest is not None:
            return rest, "clause-after"
        front = _clause_before(sentence, cue, speaker)
        if front is not None:
            return front, "clause-before"
    return None, "none"


def _complements(sentence: Sentence, verb: Word) -> list[Word]:
    """The clauses a speech verb reports, with a complement the parse hung past a speech participle
    moved to the participle: "said, adding of Mr. Trump, ''He cares …''" -- the quote is what he added."""
    own = [k for k in sentence.children(verb.index) if k.deprel in CONTENT_RELATIONS and not _venue_phrase(sentence, k)]
    mine = [k for k in own if _lending_participle(sentence, verb, k) is None]
    if not mine and verb.head and verb.deprel in _PARTICIPLE_RELATIONS:
        head = sentence.word(verb.head)
        mine = [k for k in sentence.children(head.index) if k.deprel in CONTENT_RELATIONS
                and _lending_participle(sentence, head, k) is verb]
    return mine


_PARTICIPLE_RELATIONS = ("advcl", "xcomp", "ccomp")
_OWN_PARTICIPLE_PHRASES = ("obj", "iobj", "xcomp", "mark")


def _lending_participle(sentence: Sentence, verb: Word, clause: Word) -> Word | None:
    """The speech participle of ``verb``, set off by a comma, right before ``clause`` when it has no
    complement of its own and nothing but its own words and punctuation stands between them."""
    for p in sentence.children(verb.index):
        if not (verb.index < p.index < clause.index and p.xpos == "VBG" and p.deprel in _PARTICIPLE_RELATIONS
                and sentence.word(p.index - 1).text == ","):
            continue  # set off by a comma: "said, adding …", not "wore a hat reading “…”"
        entry = reporting_verbs().get(p.lemma)
        if entry is None or entry.family not in ("say", "write"):
            continue
        if any(k.deprel in CONTENT_RELATIONS or k.deprel in _OWN_PARTICIPLE_PHRASES for k in sentence.children(p.index)):
            continue  # "referring to X", "by saying his refusal …": the participle has a report of its own
        phrase = {w.index for w in sentence.subtree(p.index)}
        first = min(w.index for w in sentence.subtree(clause.index))
        if first > p.index and all(i in phrase or sentence.word(i).upos == "PUNCT" for i in range(p.index, first)):
            return p
    return None


def _own_report(sentence: Sentence, clause: Word, speaker: Word | None) -> bool:
    """A speech verb with a subject of its own, not the speaker's, opening after a clause break."""
    verbs = reporting_verbs()
    if clause.lemma not in verbs or verbs[clause.lemma].family not in ("say", "write", "ask"):
        return False
    subjects = [k for k in sentence.children(clause.index) if k.deprel.startswith("nsubj")]
    if not subjects or (speaker is not None and subjects[0].index == speaker.index):
        return False
    opening = min(w.index for w in sentence.subtree(clause.index))
    return sentence.word(opening).text in CLAUSE_BREAKS or (
        opening > 1 and sentence.word(opening - 1).text in CLAUSE_BREAKS)


def _venue_phrase(sentence: Sentence, clause: Word) -> bool:
    """"said on ABC's “This Week with George Stephanopoulos.”" parsed with the show as a complement:
    a preposition of place or occasion opening it makes it where the words were said, not what."""
    first = min(sentence.subtree(clause.index), key=lambda w: w.index)
    return clause.upos in ("NOUN", "PROPN") and first.head == clause.index and first.deprel == "case" \
        and first.text.lower() in lexicon.words("venue_introducers.txt")


def _before_time_after_quote(sentence: Sentence, words: list[Word]) -> list[Word]:
    """"blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show": after the last quoted
    words, a time phrase the parse hung inside the object starts the writer's framing (as for a
    quotation read off what a cue governs, ``links.governed_up_to``)."""
    words = sorted(words, key=lambda w: w.index)
    last_mark = max((w.index for w in words if is_quote_mark(w)), default=None)
    if last_mark is None:
        return words
    # a time noun must open its phrase: "for a 63-year-old" goes on
    cut = time_phrase_cut(sentence, [w for w in words if w.index > last_mark
                                     and (w.upos in ("ADP", "SCONJ") or phrase_bounds(sentence, w)[0] == w.index)])
    return words if cut is None else [w for w in words if w.index < cut]


def _before_contrasting_report(sentence: Sentence, cue: Word, words: list[Word]) -> list[Word]:
    """"Several supporters said the former president had made a good case, while other voters said
    they had not heard anything …", "Six in 10 said …; 46 percent said …": the parse hung the second
    report inside the first one's complement. A speech verb with a subject of its own after a clause
    break (and a "while", "but", "whereas") is the writer's next report: the content ends there."""
    verbs = reporting_verbs()
    indexes = {w.index for w in words}
    for w in sorted(words, key=lambda x: x.index):
        if w.index <= cue.index or w.head == cue.index or verbs.get(w.lemma) is None \
                or verbs[w.lemma].family not in ("say", "write", "ask"):
            continue  # not the complement's own verb ("…, she plans to root for Iowa"), nor a stance
        subject = _reporter_subject(sentence, w, ("nsubj",))
        if subject is None:
            continue
        opening = phrase_bounds(sentence, subject)[0]
        j = opening - 1
        while j >= 1 and sentence.word(j).text.lower() in _CONTRAST_JOINS:
            j -= 1
        if j > cue.index and j in indexes and sentence.word(j).text in (*CLAUSE_BREAKS, "-"):
            return [x for x in words if x.index < j]
    return words


_CONTRAST_JOINS = frozenset({"while", "but", "whereas", "although", "though"})


def _before_next_speaker(sentence: Sentence, words: list[Word]) -> list[Word]:
    """"Asked if he thought …, Devine responded: “I guess so.”" parsed with the answer inside the
    question: the question ends at the comma before a speech verb's own subject."""
    words = sorted(words, key=lambda w: w.index)
    for w in words[1:]:
        subject = _reporter_subject(sentence, w, ("nsubj", "nsubj:pass"))
        if subject is not None:
            opening = phrase_bounds(sentence, subject)[0]
            if opening > 1 and sentence.word(opening - 1).text == ",":
                return [x for x in words if x.index < opening - 1]
    return words


def _reporter_subject(sentence: Sentence, word: Word, relations: tuple[str, ...]) -> Word | None:
    """The subject before ``word`` when ``word`` is a reporting verb with one of its own."""
    if word.upos != "VERB" or word.lemma not in reporting_verbs():
        return None
    return next((k for k in sentence.children(word.index) if k.deprel in relations and k.index < word.index), None)


def _until_time_phrase(sentence: Sentence, phrases: list[Word]) -> list[Word]:
    """The phrases after a cue's object up to the first that tells when ("endorsed Clinton during a
    conference call Tuesday", "stressed those worries on Sunday at a forum"): from there on the
    writer frames the event, and PolNeAR's contents stop before it."""
    kept: list[Word] = []
    for n, k in enumerate(phrases):
        if is_time(sentence, k) or opens_time_phrase(sentence.word(phrase_bounds(sentence, k)[0])):
            if any(is_quote_mark(w) for later in phrases[n:] for w in sentence.subtree(later.index)):
                return phrases  # "released a letter Friday that says he has “good health”": the quote is the point
            break
        kept.append(k)
    return kept


def _subject_before_aside(sentence: Sentence, verb: Word, speaker: Word | None, clause_start: int) -> Word | None:
    """"The economic weapons at its disposal, he added, are like “nuclear bombs”": the reported clause's
    subject stands before an attribution set off by commas, and the parse hung it on the speech verb.
    The content then runs around the attribution (relation "…-around")."""
    if speaker is None or not speaker.index < verb.index < clause_start:
        return None
    opening, _ = phrase_bounds(sentence, speaker)
    if opening < 3 or sentence.word(opening - 1).text != ",":
        return None
    if not any(w.text == "," for w in sentence.words[verb.index:clause_start]):
        return None  # "…, he added, are like …": the aside closes with a comma too
    return next((k for k in sentence.children(verb.index) if k.deprel == "nsubj" and k is not speaker
                 and phrase_bounds(sentence, k)[1] == opening - 2), None)


def unbroken_after(sentence: Sentence, verb: Word, taken: list[Word]) -> list[Word]:
    """The verb's phrases after what it names, up to the first comma: "called him ''a genius''
    for his tax strategies" says why, and that is part of the characterisation."""
    last = max(w.index for k in taken for w in sentence.subtree(k.index))
    found = []
    for k in sentence.children(verb.index):
        if k.index <= last or k in taken:
            continue
        first = min(w.index for w in sentence.subtree(k.index))
        if k.deprel != "obl" or is_time(sentence, k) or opens_time_phrase(sentence.word(first)) \
                or any(w.text in CLAUSE_BREAKS for w in sentence.words[last:first - 1]):
            break  # "… when she was secretary", "during a stop", ", a charge that …": the writer's
        found.append(k)
        last = max(w.index for w in sentence.subtree(k.index))
    return found


def _reported_conjuncts(sentence: Sentence, verb: Word, complements: list[Word], speaker: Word | None) -> list[Word]:
    """Clauses the parse coordinated with the speech verb that continue its complement.

    "Flynn said Trump has “enormous respect” for the military and his comment was an
    expression of frustration": the second clause has a subject of its own that is not the
    speaker, no speech verb, and no comma before its "and", so it is still what Flynn said. So
    does a predicate without a subject ("said he did well in the debate and is optimistic about
    …"), and, after a comma too, a clause holding quoted words ("…, and there was “no evidence”
    yet …": they are still the speaker's).
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
        if not joins or (subjects and speaker is not None and subjects[0].index == speaker.index):
            continue
        if subjects and subjects[0].upos == "PRON" and subjects[0].text.lower() in _SPEAKER_PRONOUNS:
            continue  # "…, and he left": the writer tells what the speaker did next
        if joins[0].index > 1 and sentence.word(joins[0].index - 1).text in CLAUSE_BREAKS \
                and not any(is_quote_mark(w) for w in sentence.subtree(conj.index)):
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
    return trim_span(clause)


def _clause_before(sentence: Sentence, cue: CueWord, speaker: Word) -> tuple[int, int] | None:
    """"CLAUSE, a spokesman announced Monday morning.": the clause before the comma that opens
    the speaker phrase, when the cue closes the sentence (the parse hung it elsewhere)."""
    if speaker.index > cue.word.index:
        return _clause_before_inverted(sentence, cue, speaker)
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
    return trim_span(clause)


def _clause_before_inverted(sentence: Sentence, cue: CueWord, speaker: Word) -> tuple[int, int] | None:
    """"CLAUSE, said David Gilbert, its president.": the clause before the comma that opens the cue,
    when everything after the comma is the cue's own (the parse coordinated the cue with the clause)."""
    if cue.word.index < 2 or sentence.word(cue.word.index - 1).text != ",":
        return None
    own = {w.index for w in sentence.subtree(cue.word.index)}
    if speaker.index not in own or any(w.index not in own for w in sentence.words
                                       if w.index > cue.word.index and w.upos != "PUNCT"):
        return None
    clause = [w for w in sentence.words if w.index < cue.word.index - 1]
    if len(clause) < MIN_CLAUSE_WORDS or not any(w.upos in ("VERB", "AUX") for w in clause):
        return None
    if any(set(w.text) & QUOTE_CHARS for w in clause) or any(w.index in own for w in clause):
        return None  # quotations before the cue are the quote sieves' business
    return trim_span(clause)


def _clause_after(sentence: Sentence, cue: CueWord) -> tuple[int, int] | None:
    """The rest of the sentence when it reads as a reported clause the parse missed:
    "said the union expected production to improve" (parsed with "union" as a second subject)."""
    words = [w for w in sentence.words if w.index > cue.word.index and w.start >= cue.end]
    # "warned that week that some requests …": the complementizer, not the determiner of "week"
    opening = next((j for j, w in enumerate(words[:MAX_WORDS_BEFORE_THAT_AFTER_PHRASES])
                    if w.text.lower() == "that" and w.upos in ("SCONJ", "PRON", "DET") and w.deprel != "det"), None)
    if opening is not None and opening >= MAX_WORDS_BEFORE_THAT and any(
            w.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ") and not is_quote_mark(w) for w in words[:opening]):
        # "said in an interview with The Associated Press last week that …" -- phrases only, though a
        # show's title may be quoted ('said on ABC's "This Week" that he would …')
        opening = None
    told = _past_recipient(sentence, cue, words)
    if told is not None:
        words = told
    elif opening is not None:
        words = words[opening + 1:]
    else:
        while words and (words[0].upos == "ADV" or is_time(sentence, words[0])):
            words = words[1:]
        if not words or words[0].upos not in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"):
            return None
    for j, w in enumerate(words):
        following = words[j + 1] if j + 1 < len(words) else None
        if w.text in (";", ":", "—", "--") or (w.text == "," and following is not None and is_participle(following)):
            words = words[:j]  # ", saying ...", "; he added"
            break
        if w.upos == "CCONJ" and following is not None and (
                following.xpos in ("VBD", "VBZ", "VBP") or _active_past(sentence, following)
                or (w.text.lower() == "but" and j > 0 and words[j - 1].text == ",")):
            words = words[:j]  # "… “a con” and encouraged Americans to …": the writer goes on
            break
    words = _before_next_speaker(sentence, words)  # "… his push for it in the Senate, he said."
    if len(words) < MIN_CLAUSE_WORDS or not any(w.upos in ("VERB", "AUX") for w in words):
        return None
    return trim_span(words)


def _past_recipient(sentence: Sentence, cue: CueWord, words: list[Word]) -> list[Word] | None:
    """The words after who is addressed: "assures his audience he will …", "telling customers at a
    popular … breakfast spot that “I need you tomorrow.”" (the parse hangs the clause on the audience
    or the spot). None when the cue takes no recipient or no clause follows one."""
    if not has_role(cue.lemma, "recipient") or not words:
        return None
    recipient = next((k for k in sentence.children(cue.word.index) if k.deprel in ("obj", "iobj")), None)
    if recipient is None:
        return None
    addressed = {w.index for w in sentence.subtree(recipient.index)}
    if words[0].index not in addressed:
        return None
    for j, w in enumerate(words[:MAX_WORDS_BEFORE_THAT_AFTER_PHRASES]):
        if w.text in (";", ":") or is_quote_mark(w) or (
                w.upos in ("VERB", "AUX", "CCONJ") and w.index not in addressed):
            break  # "tell stories and share ideas in a manner that …": a relative "that" of another verb's
        if w.index > recipient.index and w.text.lower() == "that" and w.deprel != "det":
            return words[j + 1:]
    rest = [w for w in words if w.index > recipient.index]
    if not rest:
        return None
    subject = rest[0]  # "told reporters the talks were “productive”": "the" opens the subject "talks"
    while subject.deprel in ("det", "amod", "compound", "nmod:desc", "nmod:poss", "nummod") and subject.head > subject.index:
        subject = sentence.word(subject.head)
    if subject.deprel.startswith("nsubj") and subject.upos in ("PRON", "PROPN", "NOUN", "DET"):
        return rest
    return None


def _active_past(sentence: Sentence, verb: Word) -> bool:
    """"and encouraged Americans to …" tagged as a participle: no auxiliary, and an object of its own
    ("approved and signed by X" stays one passive clause)."""
    kids = sentence.children(verb.index)
    return (verb.xpos == "VBN" and any(k.deprel == "obj" for k in kids)
            and not any(k.deprel.startswith("aux") for k in kids))


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
