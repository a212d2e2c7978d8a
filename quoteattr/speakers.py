"""Who speaks for a cue: the speaker's head word read off the parse.

Subject of the cue (active), agent of a passive, inverted order ("said Lavrov"), the object of
"according to", the subject inherited by a participle (", adding that …"), and the noun phrase
next to the verb when a weak parse gives none.
"""

from __future__ import annotations

from . import lexicon
from .cues import CueWord, has_role, relative_aside_opening, reporting_verbs
from .marks import CLOSING_QUOTE_CHARS, POSSESSIVE_ENDINGS
from .parsing import Sentence, Word, is_quote_mark
from .speaker_words import is_title_word
from .tree import (coordinated_cues, has_case, has_mark, holds_quote_mark, is_participle, is_possessive_apostrophe,
                   is_time, is_time_word, marks_between, phrase_bounds, phrase_head)


# The longest subject phrase (words) taken between a closing quote and its verb when the parse has none.
MAX_SUBJECT_WORDS = 40
# A name set off after a title phrase ("the company’s chief executive, Mary Barra, said") has at most this many words.
MAX_NAME_WORDS = 4
# How far after its subject's head word a quotation that continues the subject's sentence may open
# ("The new plans “will …”", "Cruz “has consistently demonstrated …”").
MAX_WORDS_BEFORE_QUOTE = 4
# How many words a dateline ("NEW YORK, Dec. 11 (UPI) —") may take before its dash.
MAX_DATELINE_WORDS = 10
# How many conj/xcomp/advcl links a cue may climb to find its speaker ("went after Trump over his
# refusal to release his taxes, calling it … and asserting that …" climbs three)
MAX_CLIMB = 5


def speaker_of(sentence: Sentence, cue: CueWord) -> Word | None:
    """The speaker's head word: subject, passive agent, "according to" object, or inherited subject.

    Not a subject inside the quotation that the cue stands right after or right before: '“It hits
    Hillary …,” wrote Larry O'Connor' (parsed with "wrote" coordinated to "hits"), '… endorsed
    Clinton, saying, “I think …”': the speaker follows the inverted cue, or is whom the participle
    reports for."""
    found = _speaker_from_tree(sentence, cue)
    word = cue.word
    if found is None or cue.family == "according" or marks_between(sentence, found, word) != 1:
        return found
    if found.index < word.index and _after_closing_mark(sentence, word) and _inverted(sentence, word):
        return _noun_phrase_after(sentence, word) or found
    if found.index > word.index and is_participle(word) and _before_opening_mark(sentence, word):
        return _participle_subject(sentence, word)
    return found


def _after_closing_mark(sentence: Sentence, word: Word) -> bool:
    """The word right after a quotation's closing mark (a comma may stand inside it: ',”')."""
    mark = sentence.word(word.index - 1) if word.index > 1 else None
    return mark is not None and is_quote_mark(mark) and bool(set(mark.text) & CLOSING_QUOTE_CHARS)


def _before_opening_mark(sentence: Sentence, word: Word) -> bool:
    """The word right before a quotation's opening mark, a comma or colon between."""
    j = word.index + 1
    if j <= len(sentence.words) and sentence.word(j).text in (",", ":"):
        j += 1
    return j <= len(sentence.words) and is_quote_mark(sentence.word(j))


def _speaker_from_tree(sentence: Sentence, cue: CueWord) -> Word | None:
    word = cue.word
    if cue.family == "according":
        return sentence.word(word.head) if word.head else None
    if cue.family == "noun":  # "Lavrov's statement", "remarks by the minister"
        return next((k for k in sentence.children(word.index) if k.deprel.startswith("nmod")), None)
    if has_role(cue.lemma, "unnamed-passive") and passive_without_agent(sentence, word):
        return None  # "The House is expected to pass …": the House expects nothing
    reporter = _reporter_above_participle(sentence, word)
    if reporter is not None:
        return reporter
    absolute = _absolute_with_subject(sentence, word)
    if absolute is not None:
        return absolute
    for _ in range(MAX_CLIMB):  # climb conj/xcomp/advcl chains: "went on to say", "was quoted as saying"
        kids = sentence.children(word.index)
        subj = [k for k in kids if (k.deprel in ("nsubj", "nsubj:outer") or _active_despite_label(sentence, word, k)
                                    or _name_read_as_modal(word, k))
                and not is_time(sentence, k) and not _governed_by_preposition(sentence, k)]
        # a second subject inside the quotation is the parser's error: '“…an ambition,” said Kidd';
        # of two outside it, the one nearer the verb ("At a rally in Portsmouth, N.H., …, Senator Bernie Sanders endorsed")
        subj.sort(key=lambda k: (marks_between(sentence, k, word), k.index > word.index,
                                 word.index - k.index if k.index < word.index else k.index))
        if len(subj) > 1:
            if subj[0].upos == "NOUN" and subj[1].upos == "PROPN" and subj[1].index < subj[0].index \
                    and marks_between(sentence, subj[1], word) == 0 and _opens_after_comma(sentence, subj[0]):
                subj[:2] = subj[1::-1]  # "Rendell, a Clinton surrogate, called it …": the name, not its description
            # "The weapons at its disposal, he added, are like …": the subject in the aside speaks
            subj.sort(key=lambda k: not _in_aside(sentence, k, word))
        if subj and marks_between(sentence, subj[0], word) and _inverted(sentence, word):
            # '“It's Bernie's to lose,” added another Democrat': the only subject the parse found is
            # inside the quotation, and the speaker follows the verb (as its object)
            after = _noun_phrase_after(sentence, word)
            if after is not None:
                return after
        dash = _in_dateline(sentence, subj[0], cue.word) if subj else None
        if dash is not None:
            # "WASHINGTON, June 10 (UPI) — Presumptive Democratic presidential nominee Hillary Clinton
            # told …": the parse made the dateline the subject; the phrase after its dash speaks
            after = _noun_phrase_after_index(sentence, dash, cue.word)
            if after is not None:
                return after
        if subj and _quote_continues_subject(sentence, subj[0], cue.word):
            # 'The new plans “will not solve this challenge,” Anne Richards … said': the subject
            # before the quotation is the quoted predicate's; the speaker follows the quote
            after = subject_after_quote(sentence, cue.word)
            if after is not None:
                return after
        if subj:
            if subj[0].lemma in _RELATIVE_PRONOUNS and word.deprel == "acl:relcl" and word.head:
                return sentence.word(word.head)  # "Morial, who told reporters ...": the antecedent speaks
            if subj[0].index > word.index and not _inverted(sentence, word):
                before = _nominal_before(sentence, word)
                if before is not None and before.upos in ("PROPN", "PRON"):
                    # "House Speaker Paul D. Ryan (R-Wis.) said the recent spate …": the parse took the
                    # reported clause's subject for the speaker; outside inverted order the name before speaks
                    return phrase_head(sentence, before)
            owner = _owner_of_statement_noun(sentence, subj[0])
            if owner is not None:
                return owner  # "Cornyn's statement added, “…”": Cornyn speaks through it
            return _name_before_description(sentence, word, subj[0])
        for k in kids:
            if k.deprel.startswith("obl") and k.index > word.index and any(
                    c.deprel == "case" and c.text.lower() == "by" for c in sentence.children(k.index)):
                return k  # the agent follows its verb ("By the end of the day, Trump … said" has none)
        passive = [k for k in kids if k.deprel == "nsubj:pass"]
        if passive and word.lemma in ("quote", "cite"):
            return passive[0]
        if word.deprel == "acl" and word.head and word.xpos in ("VBG", "VBN", "") \
                and can_speak(sentence.word(word.head)):
            return sentence.word(word.head)  # "Hillary Clinton asking, “…”"
        if word.deprel == "acl" and word is cue.word and _past_form_opening_quote(sentence, word):
            # "Another source familiar with Cruz's thinking said, “…”", "The mother of twins replied, “…”"
            return _phrase_owner(sentence, sentence.word(word.head), word)
        if word.deprel == "acl" and word.head and sentence.word(word.head).lemma in lexicon.words("cue_nouns.txt"):
            # "The Security Council issued a statement calling …": who issued the statement speaks
            owner = statement_owner(sentence, sentence.word(word.head))
            if owner is not None:
                return owner
        if word.deprel == "acl" and word is cue.word and word.xpos == "VBG" and word.index > 1 \
                and sentence.word(word.index - 1).text == ",":
            # "… forced to defend not paying an architect who …, saying, “…”": the parse hung the
            # participle on a noun that cannot speak; it reports for the sentence's subject
            found = _participle_subject(sentence, word)
            if found is not None:
                return found
        if word.deprel == "acl" and word is not cue.word and word.head:
            found = _subject_of_misread_predicate(sentence, word)
            if found is not None:
                return found
        if word.deprel not in ("conj", "xcomp", "advcl") or word.head == 0:
            return _adjacent_subject(sentence, cue.word)
        head = sentence.word(word.head)
        if word.deprel == "advcl" and word is cue.word and is_participle(word) and head.deprel == "acl:relcl":
            # "… Stadium - where the Panthers played the Vikings - while chanting, “…”": the relative
            # clause describes a place; the participle reports for the sentence's subject
            return _participle_subject(sentence, word)
        if word.deprel == "conj" and word is cue.word and not any(k.deprel == "cc" for k in kids) \
                and word.index > 1 and sentence.word(word.index - 1).upos in ("PROPN", "PRON"):
            return phrase_head(sentence, sentence.word(word.index - 1))  # "… ― Trump boasted": no "and", a misparse
        if word.deprel == "conj":
            top = head
            while top.deprel == "conj" and top.head:
                top = sentence.word(top.head)
            if top.deprel == "ccomp" and top.head and word in coordinated_cues(sentence, top):
                head = sentence.word(top.head)  # "indicated that A and reiterated B": the parser hung B on A
        if word.deprel == "advcl" and head.lemma not in ("quote", "cite") and cue.word is word \
                and not has_mark(sentence, word, "to"):  # "going on to say" misparsed as advcl climbs
            # "..., he said, adding that ..." inherits; a clause like "As reported by" does not
            marked = any(k.deprel == "mark" for k in kids)
            if not marked and _reads_finite(sentence, word, head):
                # "X, a historian who attended the session, recalled": a finite speech verb is no
                # adverbial clause; the parse lost its subject, so find it by position
                return _adjacent_noun_phrase(sentence, word)
            if not any(c.deprel in ("nsubj",) for c in sentence.children(head.index)):
                # "…,” Chaffetz said in a statement, adding that …": the head verb's speaker by position
                if not is_participle(word):
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
            if word.deprel == "conj" and word is cue.word and passive[0].index < head.index:
                return passive[0]  # "Mr. Trump was forced into damage control and said …": the shared subject
            if word.deprel == "xcomp" and word is cue.word and passive[0].index < head.index \
                    and passive[0].upos in ("PROPN", "PRON", "NOUN") and not is_time(sentence, passive[0]):
                return passive[0]  # "Mr. Trump was prompted to say, …": a passive verb's subject controls its complement
        word = head
    return _adjacent_subject(sentence, cue.word)


def relative_subject(sentence: Sentence, verb: Word, speaker: Word) -> Word | None:
    """The relative pronoun that stands for the speaker in the cue's clause ("Morial, who told
    reporters …", "who went on to say"): the speaker's own mention there, as PolNeAR and CoreNLP mark it."""
    word = verb
    for _ in range(3):
        if word.deprel == "acl:relcl" and word.head == speaker.index:
            return next((k for k in sentence.children(word.index)
                         if k.deprel == "nsubj" and k.lemma in _RELATIVE_PRONOUNS), None)
        if word.deprel not in ("conj", "xcomp", "advcl") or not word.head:
            return None
        word = sentence.word(word.head)
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _past_form_opening_quote(sentence: Sentence, verb: Word) -> bool:
    """"Another source familiar with Cruz's thinking said, “…”" parsed with "said" as a participle on
    "familiar": a past form with no auxiliary and no subject, on a noun before it, and right after it a
    comma or colon and an opening quotation mark, is the noun's own finite verb."""
    if verb.xpos not in ("VBD", "VBN") or not verb.head or verb.head > verb.index or verb.index + 2 > len(sentence.words):
        return False
    if sentence.word(verb.head).upos not in ("NOUN", "PROPN"):
        return False
    if any(k.deprel.startswith(("aux", "nsubj")) for k in sentence.children(verb.index)):
        return False
    return sentence.word(verb.index + 1).text in (",", ":") and is_quote_mark(sentence.word(verb.index + 2))


def _governed_by_preposition(sentence: Sentence, word: Word) -> bool:
    """"but in a later interview said …" parsed with "interview" as the subject: a phrase with a
    preposition is never the one who speaks."""
    return any(k.deprel == "case" and k.upos == "ADP" for k in sentence.children(word.index))


def _opens_after_comma(sentence: Sentence, word: Word) -> bool:
    """The word's phrase follows a comma: an apposition or a description set off from a name."""
    first, _ = phrase_bounds(sentence, word)
    return first > 1 and sentence.word(first - 1).text == ","


def _in_aside(sentence: Sentence, subject: Word, verb: Word) -> bool:
    """"…, he added, …": the subject and its verb set off by commas on both sides."""
    first, last = phrase_bounds(sentence, subject)
    return (first > 1 and sentence.word(first - 1).text == "," and last == verb.index - 1
            and verb.index < len(sentence.words) and sentence.word(verb.index + 1).text == ",")


def _active_despite_label(sentence: Sentence, verb: Word, subject: Word) -> bool:
    """A passive subject on a verb with no passive auxiliary and no participle form ("Dean
    appeared on MSNBC" labelled nsubj:pass) is the parser's slip: the subject of an active verb.
    Auxiliaries before a subject that precedes its verb are another clause's, hung here by the same
    slip ("… where the focus would be, Devine responded")."""
    auxiliaries = [k.deprel for k in sentence.children(verb.index) if k.deprel.startswith("aux")
                   and not k.index < subject.index < verb.index]
    return subject.deprel == "nsubj:pass" and "aux:pass" not in auxiliaries and (verb.xpos != "VBN" or not auxiliaries)


def _reads_finite(sentence: Sentence, verb: Word, head: Word) -> bool:
    """A past or present form after its head and a comma, with no auxiliary: "…, recalled," is the
    clause's own verb (a tagger may call "recalled" a participle; "Asked about it, he said" precedes its head)."""
    if verb.xpos in FINITE_TAGS:
        return True
    return (verb.xpos == "VBN" and verb.index > head.index and verb.index > 1
            and sentence.word(verb.index - 1).text == ","
            and not any(k.deprel.startswith("aux") for k in sentence.children(verb.index)))


def _name_before_description(sentence: Sentence, verb: Word, subject: Word) -> Word:
    """'“…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': the parse
    took a description for the subject; the name that opens the phrase after the quote speaks."""
    if subject.upos == "PROPN":
        return subject
    opener = subject_after_quote(sentence, verb)
    if opener is not None and opener.upos == "PROPN" and opener.index < subject.index \
            and any(w.text == "," for w in sentence.words[opener.index:subject.index - 1]):
        return opener
    return subject


def _owner_of_statement_noun(sentence: Sentence, noun: Word) -> Word | None:
    """The name or pronoun owning a statement noun ("Cornyn's statement", "her remarks")."""
    if noun.upos != "NOUN" or noun.lemma not in lexicon.words("cue_nouns.txt"):
        return None
    return next((k for k in sentence.children(noun.index) if k.deprel == "nmod:poss" and k.upos in ("PROPN", "PRON")), None)


def statement_owner(sentence: Sentence, noun: Word) -> Word | None:
    """The subject of the verb whose object is the statement ("The council issued a statement")."""
    if noun.deprel != "obj" or not noun.head:
        return None
    verb = sentence.word(noun.head)
    return next((k for k in sentence.children(verb.index) if k.deprel == "nsubj" and not is_time(sentence, k)), None)


def can_speak(word: Word) -> bool:
    """A name, a pronoun or a title noun ("the minister saying"), not "sniffing" or "a statement"."""
    if is_time_word(word):
        return False  # "tweets early Friday saying"
    return word.upos in ("PROPN", "PRON") or is_title_word(word.text)


def _subject_of_misread_predicate(sentence: Sentence, verb: Word) -> Word | None:
    """"Priebus, who has been in daily contact with the campaign, arrived at a breakfast … and
    acknowledged that …": the parse made "contact" the sentence's predicate and hung the finite
    verbs on it as a participle clause.  The cue, coordinated with that verb, reports for the
    predicate's subject when the verb reads finite (past tense, "-ed") and follows the subject."""
    head = sentence.word(verb.head)
    if head.deprel != "root" or verb.xpos not in ("VBN", "VBD") or not verb.text.lower().endswith("ed"):
        return None
    subjects = [k for k in sentence.children(head.index) if k.deprel == "nsubj" and k.index < verb.index
                and k.lemma not in _RELATIVE_PRONOUNS and k.upos in ("PROPN", "NOUN") and not is_time(sentence, k)]
    return subjects[0] if subjects else None


def _absolute_with_subject(sentence: Sentence, verb: Word) -> Word | None:
    """"…, with Sen. John McCain calling it a “Chinese menu.”": in the absolute construction the
    noun phrase after "with" is the participle's subject, wherever the parse hung the two."""
    if verb.xpos != "VBG" or any(k.deprel.startswith("nsubj") for k in sentence.children(verb.index)):
        return None
    before = _nominal_before(sentence, verb)
    if before is None or verb.index - before.index > 1:
        return None
    head = phrase_head(sentence, before, stop=verb)
    return head if has_case(sentence, head, ("with",)) and can_speak(head) else None


def passive_without_agent(sentence: Sentence, verb: Word) -> bool:
    """"is expected to", "was asked about": a passive verb with no "by" phrase naming who acts."""
    kids = sentence.children(verb.index)
    if verb.xpos != "VBN" or not any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids):
        return False
    return not any(k.deprel == "obl:agent" or (k.deprel.startswith("obl") and has_case(sentence, k, ("by",)))
                   for k in kids)


def _reporter_above_participle(sentence: Sentence, verb: Word) -> Word | None:
    """"Trump argued that a database would keep people from coming …, saying it's “all about
    management.”": a participle after a comma that the parse hung inside a speech verb's
    complement reports for that verb's subject, not for the complement's."""
    if not is_participle(verb) or verb.xpos != "VBG" or verb.index < 2 or sentence.word(verb.index - 1).text != ",":
        return None
    node = verb
    while node.head:
        head = sentence.word(node.head)
        if node.deprel == "ccomp":
            if head.upos != "VERB" or head.lemma not in reporting_verbs() or node is verb \
                    or head.deprel in ("acl:relcl", "acl"):
                return None  # "an architect who said he was stiffed …, saying": the relative clause describes
            return next((k for k in sentence.children(head.index) if k.deprel == "nsubj" and k.index < head.index
                         and k.upos in _NOMINAL and k.lemma not in _RELATIVE_PRONOUNS), None)
        node = head
    return None


def _participle_subject(sentence: Sentence, verb: Word) -> Word | None:
    """"Dean …, poked at Trump's sniffing, tweeting, “…”": a participle after a comma reports
    for the sentence's subject (or its nominal root, when the parse made the name the root)."""
    if not _follows_clause(sentence, verb):
        return None
    root = next((w for w in sentence.words if w.head == 0), None)
    if root is None or root is verb:
        return None
    subjects = [k for k in sentence.children(root.index) if k.deprel in ("nsubj", "nsubj:pass") and k.index < verb.index
                and not is_time(sentence, k)]
    if subjects:
        # "Amid responses from some …, The Blaze's Matt Walsh provided …, saying": the subject nearest the verb
        return min(subjects, key=lambda k: abs(root.index - k.index))
    if root.index < verb.index and (root.upos == "PROPN" or (root.upos == "NOUN" and can_speak(root))):
        return root  # "Dean, a former chairman, poked at …, tweeting": the parse made the title the root
    if root.index < verb.index and root.upos == "NOUN" and root.deprel == "root" and root.index <= 3 \
            and not is_time(sentence, root) and root.lemma not in lexicon.words("cue_nouns.txt"):
        return root  # "Small groups of protesters continued to …, while chanting, “…”": the subject made root
    if root.index < verb.index and root.upos == "VERB":
        return _adjacent_noun_phrase(sentence, root)  # "…,” Chaffetz said in a statement, adding that …"
    return None


def _follows_clause(sentence: Sentence, verb: Word) -> bool:
    """A participle after a comma or a time phrase: "…, adding that", "tweets early Friday saying"."""
    if not is_participle(verb) or verb.index < 2:
        return False
    previous = sentence.word(verb.index - 1)
    if previous.deprel == "mark" and previous.head == verb.index and verb.index > 2:
        previous = sentence.word(verb.index - 2)  # "…, while chanting", "- while chanting"
        return previous.text in (",", "-", "—", "–", "--")
    return previous.text == "," or is_time(sentence, previous)


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _adjacent_subject(sentence: Sentence, verb: Word) -> Word | None:
    """The speaker by position when the parse gives none."""
    if _follows_clause(sentence, verb):
        return _participle_subject(sentence, verb)  # "…, tweeting": never the noun before the comma
    return _adjacent_noun_phrase(sentence, verb)


def _adjacent_noun_phrase(sentence: Sentence, verb: Word) -> Word | None:
    """When the parse gives a speech verb no subject, take the noun phrase right after it
    ("…,” said Mr. King, 82,) or right before it ("…,” Marc Kasowitz said)."""
    after = _noun_phrase_after(sentence, verb) if _inverted(sentence, verb) else None
    if after is not None:  # only in inverted order: after "told" a noun is the listener, not the speaker
        return after
    opener = subject_after_quote(sentence, verb)
    if opener is not None:
        return opener
    word = _nominal_before(sentence, verb)
    if word is None:
        return None
    head = phrase_head(sentence, word, stop=verb)
    if is_time_word(head) and not is_time_word(word):
        head = word  # "Priebus later Thursday told": the name, not the time word the parse hung it on
    if has_case(sentence, head) or any(w.text == "," for w in sentence.words[head.index:verb.index - 1]):
        return _phrase_owner(sentence, head, verb)
    return head


def _noun_phrase_after(sentence: Sentence, verb: Word) -> Word | None:
    """The head of a noun phrase opening right after the verb ("said Mr. King", "added another Democrat",
    "wrote one commenter")."""
    following = [w for w in sentence.words if w.index > verb.index and w.upos != "PUNCT"][:6]
    for i, w in enumerate(following):
        if _in_possessor(following, i):
            continue  # "said the company’s chief executive, Mary Barra": not the company
        if w.upos in _NOMINAL:
            return _name_after_description(sentence, w, None) or phrase_head(sentence, w)
        first_name = w.text[:1].isupper() and i + 1 < len(following) and following[i + 1].upos == "PROPN"
        # a modifier of a later word belongs to the phrase ("said one well-connected Democrat")
        modifier = w.deprel in ("amod", "advmod", "nummod", "det") and w.head > w.index
        if w.upos not in ("DET", "ADJ", "NUM") and not first_name and not modifier:  # "said Whit Ayres", Whit SCONJ
            break
    return None


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
        if node.upos in _NOMINAL and not has_case(sentence, node):
            owner = phrase_head(sentence, node)
    return owner


def _inverted(sentence: Sentence, verb: Word) -> bool:
    """Where news puts the speaker after the verb: "…,” said X", "…”, said X", and a sentence
    opening with the verb ("Said Ellis: “…”"); never a participle ("…, saying X": X was said)."""
    if is_participle(verb):
        return False
    previous = sentence.word(verb.index - 1) if verb.index > 1 else None
    before_previous = sentence.word(verb.index - 2) if verb.index > 2 else None
    return (previous is None or holds_quote_mark(previous)
            or (previous.text == "," and before_previous is not None and holds_quote_mark(before_previous)))


def _in_dateline(sentence: Sentence, subject: Word, verb: Word) -> int | None:
    """The index of the dash that closes a dateline ("WASHINGTON (AP) —", "NEW YORK, Dec. 11 (UPI)
    —") when ``subject`` is its place name in capitals at the sentence start."""
    if not subject.text.isupper() or len(subject.text) < 2 or subject.index > MAX_DATELINE_WORDS:
        return None
    if not all(w.text.isupper() or not w.text[:1].isalpha() for w in sentence.words[:subject.index]):
        return None
    for w in sentence.words[subject.index:min(verb.index - 1, subject.index + MAX_DATELINE_WORDS)]:
        if w.text in _DATELINE_DASHES:
            return w.index
    return None


def _noun_phrase_after_index(sentence: Sentence, index: int, verb: Word) -> Word | None:
    """The head of the first noun phrase after word ``index`` and before the verb."""
    for w in sentence.words[index:verb.index - 1]:
        if w.upos in ("PROPN", "NOUN"):
            return phrase_head(sentence, w, stop=verb)
        if w.upos not in ("DET", "ADJ", "PUNCT", "NUM"):
            return None
    return None


_DATELINE_DASHES = frozenset({"—", "―", "–", "--", "-"})


def _quote_continues_subject(sentence: Sentence, subject: Word, verb: Word) -> bool:
    """A quotation opens right after the subject's phrase (no comma or colon) in lower case and
    closes before the verb: the subject is the quoted words' own ("An economic downturn “could be
    a good time …,” she said")."""
    if not subject.index < verb.index or marks_between(sentence, subject, verb) < 2:
        return False
    for i in range(subject.index + 1, min(verb.index - 1, subject.index + MAX_WORDS_BEFORE_QUOTE)):
        word = sentence.word(i)
        if is_quote_mark(word):
            return sentence.word(i + 1).text[:1].islower()
        if word.upos == "PUNCT" or word.upos == "VERB":
            return False  # "The plan, she said, “…”", "Smith said “…”": not the quoted words' subject
    return False


def subject_after_quote(sentence: Sentence, verb: Word) -> Word | None:
    """“…,” Leonard E. Burman, director of ..., said -- the phrase that opens right after the quote."""
    closes = [w.index for w in sentence.words if w.index < verb.index and holds_quote_mark(w)
              and not is_possessive_apostrophe(sentence, w)]
    if not closes:
        return None
    between = [w for w in sentence.words if closes[-1] < w.index < verb.index and w.upos != "PUNCT"]
    if not between or len(between) > MAX_SUBJECT_WORDS:
        return None
    possessed = 0  # words of a possessor phrase passed over
    for j, w in enumerate(between[:5]):
        if j >= 3 + possessed:
            break
        if _in_possessor(between, j):
            possessed = 2
            continue  # “…,” the company’s chief executive said: the company speaks through its executive
        if w.upos in _NOMINAL:
            if w.lemma in _RELATIVE_PRONOUNS:
                return None
            return _name_after_description(sentence, w, verb) or _name_after_title(sentence, w, verb) \
                or phrase_head(sentence, w, stop=verb)
        if _mistagged_name(w) and len(between) == 1:
            return w  # '“… has to stop,” Husted said': the tagger read the surname as a past participle
        if w.upos not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _in_possessor(words: list[Word], i: int) -> bool:
    """``words[i]`` is a possessor or its "’s": "the company’s chief executive" speaks, not the company."""
    if words[i].upos in _NOMINAL and i + 1 < len(words) and _possessive(words[i + 1]):
        return True
    return i > 0 and _possessive(words[i]) and words[i - 1].upos in _NOMINAL


def _possessive(word: Word) -> bool:
    """The "’s" (or lone apostrophe) that makes the word before it a possessor."""
    return word.text.lower() in POSSESSIVE_ENDINGS and word.upos in ("PART", "PUNCT")


def _name_after_description(sentence: Sentence, first: Word, verb: Word | None) -> Word | None:
    """“…,” the company’s chief executive, Mary Barra, said: a title phrase, a comma, then a name
    set off up to the verb (or, after an inverted verb, up to the sentence's end) -- the name
    speaks, whatever the parse made of the title words."""
    end = verb.index - 1 if verb is not None else len(sentence.words)
    words = list(sentence.words[first.index - 1:end])
    if verb is None:
        words = [w for w in words if w.text not in (".", "!", "?") and not is_quote_mark(w)]
    comma = next((i for i, w in enumerate(words) if w.text == ","), None)
    if comma is None or not any(is_title_word(w.text) for w in words[:comma]):
        return None
    name = []
    for w in words[comma + 1:]:
        if w.text == ",":
            break
        name.append(w)
    if comma + 1 + len(name) < len(words) - 1:
        return None  # more than a closing comma before the verb
    return _name_head(sentence, name, verb)


def _name_after_title(sentence: Sentence, title: Word, verb: Word) -> Word | None:
    """“…,” Israel’s Prime Minister Benjamin Netanyahu said: the name that follows a title word
    up to the verb, whatever the parse hung on what ("Minister" as a modifier of "Benjamin")."""
    if not is_title_word(title.text):
        return None
    return _name_head(sentence, list(sentence.words[title.index:verb.index - 1]), verb, title_words=False)


def _name_head(sentence: Sentence, words: list[Word], stop: Word | None, title_words: bool = True) -> Word | None:
    """The head of ``words`` when they are a name: one to MAX_NAME_WORDS capitalised proper nouns
    (title words among them only where ``title_words``: "Charlie King" yes, after "Prime Minister" no)."""
    if not words or len(words) > MAX_NAME_WORDS or not all(
            w.upos == "PROPN" and w.text[:1].isupper() and (title_words or not is_title_word(w.text)) for w in words):
        return None
    return phrase_head(sentence, words[-1], stop=stop)


def description_before_name(sentence: Sentence, name: Word, cue: Word) -> Word | None:
    """The head of a title phrase set off right before the speaker's name ("the company’s chief
    executive, Mary Barra, said"), which a weak parse may hang elsewhere: it belongs to the speaker.
    The phrase opens the sentence or follows the quotation or the cue ("As a prosecutor, Mr.
    Christie …" and "After his time as secretary of state, Mr. Clinton …" describe no one)."""
    first = name
    while first.index > 1 and sentence.word(first.index - 1).upos == "PROPN":
        first = sentence.word(first.index - 1)
    if first.index < 3 or sentence.word(first.index - 1).text != ",":
        return None
    words: list[Word] = []
    for i in range(first.index - 2, 0, -1):
        w = sentence.word(i)
        if is_possessive_apostrophe(sentence, w) or (_possessive(w) and w.text[:1] not in ("'", "’")):
            words.insert(0, w)
            continue
        if w.lemma in _POSSESSIVE_DETERMINERS:
            words.insert(0, w)
            break  # "his chief of staff"
        if is_quote_mark(w) or w is cue or w.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"):
            break
        words.insert(0, w)
    if not words or words[0].upos in ("ADP", "SCONJ") or not any(is_title_word(w.text) for w in words):
        return None
    before = sentence.word(words[0].index - 1) if words[0].index > 1 else None
    if before is not None and before is not cue and not is_quote_mark(before) and not (
            before.text == "," and before.index > 1 and is_quote_mark(sentence.word(before.index - 1))):
        return None
    inside = {w.index for w in words}
    return min((w for w in words if w.head not in inside), key=lambda w: w.index, default=words[-1])


def _name_read_as_modal(verb: Word, word: Word) -> bool:
    """"Will wrote", "May says": no modal comes before a past or third-person form, so a capitalised
    "modal" there is a name (George Will, Theresa May) that the tagger read as the auxiliary.  The tag
    alone is not enough: after a "modal" the tagger calls "wrote" a base form, but its lemma differs."""
    finite = verb.xpos in ("VBD", "VBZ") or verb.text.lower() != verb.lemma.lower()
    return word.deprel == "aux" and word.xpos == "MD" and word.text[:1].isupper() and finite


def _mistagged_name(word: Word) -> bool:
    """A capitalised word inside the sentence that the tagger took for a verb or adjective."""
    return word.index > 1 and word.text[:1].isupper() and word.upos in ("VERB", "ADJ", "X")


def _nominal_before(sentence: Sentence, verb: Word) -> Word | None:
    """The last word of the noun phrase right before the verb, past adverbs, a time phrase, a parenthesis
    ("Rep. John Mica (R-Fla.) said") and one closing comma ("Flynn, a top Trump surrogate, said")."""
    words = [w for w in sentence.words if w.index < verb.index and w.upos not in ("ADV", "AUX", "PART")]
    commas = 0
    while words:
        last = words[-1]
        if is_time_word(last) and len(words) > 1:
            # "Dianne Feinstein (D-Calif.) last week said", "Beck on Wednesday called": past the time phrase
            # ("Priebus later Thursday told": a name the parse hung on the time word stays)
            phrase = {w.index for w in sentence.subtree(last.index) if w.upos != "PROPN" or is_time_word(w)}
            words = [w for w in words if w.index not in phrase]
        elif last.text == ")":
            opening = max((i for i, w in enumerate(words) if w.text == "("), default=None)
            if opening is None:
                return None
            words = words[:opening]
        elif last.text == "," and commas == 0 and len(words) > 1:
            commas += 1
            words = words[:-1]
            # "One Club for Growth ad, which is currently airing, argues": past the relative aside
            opening = relative_aside_opening(sentence, last.index)
            if opening is not None and words[0].index < opening:
                words = [w for w in words if w.index < opening]
        else:
            break
    if len(words) >= 3 and words[-1].upos == "NUM" and words[-2].text == "," and words[-3].upos == "PROPN":
        words = words[:-2]  # "Suu Kyi, 70, said": past the age to the name
    elif len(words) >= 2 and words[-1].upos == "NUM" and words[-2].upos in ("PROPN", "NOUN") \
            and words[-2].text[:1].isupper() and words[-2].end < words[-1].start:
        return words[-2]  # "Article 33 affirms:": a numbered document
    if not words or words[-1].lemma in _RELATIVE_PRONOUNS:
        return None
    last = words[-1]
    # a capitalised word inside the sentence is a name even when a small tagger calls it a verb
    if last.upos in _NOMINAL or _mistagged_name(last):
        return last
    return None
