"""Cues: the words that introduce a quotation ("said", "pointed out", "according to").

Reporting verbs come from ``data/reporting_verbs.tsv``; a verb with a particle
("point out") only counts when the parse attaches that particle to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon
from .marks import CLOSING_QUOTE_CHARS, OPENING_QUOTE_CHARS
from .parsing import Sentence, Word, is_quote_mark

# A needs-clause verb ("remind") reports only when its "that" comes within this many words.
MAX_WORDS_BEFORE_CLAUSE = 15


@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    particle: str | None
    family: str
    forms: frozenset[str]
    # statement-object | naming | any-tag | prepositional | no-infinitive | needs-as (see the data file)
    roles: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CueWord:
    """A cue found in a parsed sentence."""

    sentence: Sentence
    word: Word  # the verb, or "according"
    lemma: str  # "say", "point out", "according to"
    family: str  # say | ask | write | think | attitude | according | noun
    start: int
    end: int

    @property
    def text_span(self) -> tuple[int, int]:
        return (self.start, self.end)


def _regular_forms(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    if len(lemma) >= 3 and lemma[-1] in "tpgmnd" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou" \
            and lemma.endswith(("it", "et", "ot", "ap", "op", "ip", "ag", "ug", "an", "ub")):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # admitted, regretted
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


@lru_cache(maxsize=None)
def _entries() -> tuple[VerbEntry, ...]:
    """Every row of ``data/reporting_verbs.tsv``."""
    entries = []
    for row in lexicon.table("reporting_verbs.tsv"):
        lemma, particle, irregular, family, roles = (row + ("-", "-", "say", "-"))[:5]
        forms = _regular_forms(lemma)
        if irregular != "-":
            forms |= {f.strip() for f in irregular.split(",")}
        entries.append(VerbEntry(lemma, None if particle == "-" else particle, family, frozenset(forms),
                                 frozenset() if roles == "-" else frozenset(r.strip() for r in roles.split(","))))
    return tuple(entries)


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, VerbEntry]:
    """Lemma -> entry: the row without a particle where a lemma has one ("call"), else its
    particle row ("point out")."""
    verbs: dict[str, VerbEntry] = {}
    for entry in _entries():
        if entry.lemma not in verbs or entry.particle is None:
            verbs[entry.lemma] = entry
    return verbs


@lru_cache(maxsize=None)
def _by_cue_lemma() -> dict[str, VerbEntry]:
    """Cue lemma ("call", "call for", "point out") -> its row."""
    return {e.lemma if e.particle is None else f"{e.lemma} {e.particle}": e for e in _entries()}


@lru_cache(maxsize=None)
def _prepositional(lemma: str) -> tuple[VerbEntry, ...]:
    """A verb's rows whose particle is a preposition heading what is reported ("call for", "plead for")."""
    return tuple(e for e in _entries() if e.lemma == lemma and e.particle is not None and "prepositional" in e.roles)


def has_role(lemma: str, role: str) -> bool:
    """Whether the cue lemma ("call", "call for", "point out") has ``role`` in the data file."""
    entry = _by_cue_lemma().get(lemma)
    return entry is not None and role in entry.roles


def prepositional_object(sentence: Sentence, verb: Word, preposition: str) -> Word | None:
    """"called for the repeal": the verb's oblique introduced by ``preposition``."""
    return next((k for k in sentence.children(verb.index) if k.deprel.startswith("obl") and k.index > verb.index
                 and any(c.deprel == "case" and c.text.lower() == preposition for c in sentence.children(k.index))),
                None)


@lru_cache(maxsize=None)
def _any_tag_forms() -> dict[str, str]:
    """Surface form -> lemma for verbs that count whatever their tag ("Said Ellis: …")."""
    return {form: e.lemma for e in reporting_verbs().values() if "any-tag" in e.roles for form in e.forms}


@lru_cache(maxsize=None)
def form_lemmas() -> dict[str, str]:
    """Surface form -> lemma for every reporting verb (a small lemmatizer errs on rare forms)."""
    found: dict[str, str] = {}
    for entry in reporting_verbs().values():
        for form in entry.forms:
            found.setdefault(form, entry.lemma)
    return found


@lru_cache(maxsize=None)
def cue_word_pattern() -> regex.Pattern[str]:
    """Matches any surface form of a cue word; used to pick sentences worth parsing."""
    forms: set[str] = {"according"}
    for entry in reporting_verbs().values():
        forms |= entry.forms
    forms |= lexicon.words("cue_nouns.txt")
    alternation = "|".join(sorted((regex.escape(f) for f in forms), key=len, reverse=True))
    return regex.compile(rf"(?i)\b(?:{alternation})\b")


def _ends_sentence(sentence: Sentence, word: Word) -> bool:
    """Only punctuation follows ``word`` in its sentence."""
    return all(w.upos == "PUNCT" for w in sentence.words[word.index:])


def find_cues(sentence: Sentence) -> list[CueWord]:
    """Every reporting verb and "according to" in a parsed sentence."""
    if not sentence.parsed:
        return []
    verbs = reporting_verbs()
    any_tag = _any_tag_forms()
    cues: list[CueWord] = []
    idiomatic = _in_idioms(sentence)
    for word in sentence.words:
        lower = word.text.lower()
        if lower == "according" and _next_is(sentence, word, "to"):
            nxt = sentence.word(word.index + 1)
            cues.append(CueWord(sentence, word, "according to", "according", word.start, nxt.end))
            continue
        if word.upos == "NOUN" and lower in lexicon.words("cue_nouns.txt") and _noun_has_source(sentence, word):
            cues.append(CueWord(sentence, word, word.lemma, "noun", word.start, word.end))
            continue
        if word.index in idiomatic:
            continue  # "It goes without saying that …", "needless to say"
        lemma = word.lemma if word.lemma in verbs else any_tag.get(lower)
        if lemma is None and word.upos == "VERB":
            lemma = form_lemmas().get(lower)  # the lemmatizer's slip ("conceded" -> "conced"): the form decides
        if lemma is None:
            continue
        if word.upos != "VERB" and not (lower in any_tag and (word.deprel in ("root", "parataxis", "ccomp", "conj")
                                                               or _ends_sentence(sentence, word))) \
                and not _verb_tagged_as_noun(sentence, word):
            continue  # "Said Ellis: …" or "…?” a narrator in the ad asks." may carry a noun's tag
        entry = verbs[lemma]
        end = word.end
        # "called for the repeal" has no object; "called him a genius for his plans" stays "call"
        has_object = any(k.deprel in ("obj", "iobj") for k in sentence.children(word.index))
        variant = None if has_object else next(
            ((e, o) for e in _prepositional(lemma) if (o := prepositional_object(sentence, word, e.particle or "")) is not None),
            None)
        if variant is not None:  # "called for the repeal …": its own row, not the naming "call"
            entry, obj = variant
            case = next(c for c in sentence.children(obj.index) if c.deprel == "case")
            cues.append(CueWord(sentence, word, f"{entry.lemma} {entry.particle}", entry.family, word.start, case.end))
            continue
        if "needs-as" in entry.roles and prepositional_object(sentence, word, "as") is None:
            continue  # "portrayed the president" characterises no one; "portrayed him as …" does
        if "needs-clause" in entry.roles and not _reports_clause(sentence, word):
            continue  # "reminded his staff about X's early work", "reminds him of a book": memory, not speech
        if entry.particle is not None:
            prt = [c for c in sentence.children(word.index)
                   if c.text.lower() == entry.particle and c.deprel in ("compound:prt", "advmod", "obl", "compound", "obj")]
            if not prt:
                continue
            end = max(end, prt[0].end)
            lemma = f"{entry.lemma} {entry.particle}"
        else:
            lemma = entry.lemma
        cues.append(CueWord(sentence, word, lemma, entry.family, word.start, end))
    return cues


def _reports_clause(sentence: Sentence, word: Word) -> bool:
    """A clause follows the verb: its complement, or a "that" the parse hung elsewhere
    ("reminded voters at a rally in Ohio that …")."""
    if any(k.deprel in ("ccomp", "parataxis") for k in sentence.children(word.index)):
        return True
    return any(w.text.lower() == "that" and w.deprel == "mark"
               for w in sentence.words[word.index:word.index + MAX_WORDS_BEFORE_CLAUSE])


@lru_cache(maxsize=None)
def _idioms() -> tuple[tuple[str, ...], ...]:
    """data/speech_idioms.txt as word sequences."""
    return tuple(tuple(line.split()) for line in lexicon.words("speech_idioms.txt"))


def _in_idioms(sentence: Sentence) -> set[int]:
    """Indexes of the words that stand inside a speech idiom in the sentence."""
    lower = [w.text.lower() for w in sentence.words]
    inside: set[int] = set()
    for idiom in _idioms():
        n = len(idiom)
        for i in range(len(lower) - n + 1):
            if tuple(lower[i:i + n]) == idiom:
                inside.update(range(i + 1, i + n + 1))
    return inside


_VERB_ENDINGS = ("s", "ing", "ed")


def relative_aside_opening(sentence: Sentence, closing: int) -> int | None:
    """The index of the comma that opens ", which …," or ", who …," when the comma at ``closing``
    ends it ("One Club for Growth ad, which is currently airing, argues"); None when the words
    before that comma are no relative aside."""
    for j in range(closing - 1, 1, -1):
        w = sentence.word(j)
        if w.text == ",":
            return j if sentence.word(j + 1).text.lower() in ("which", "who") else None
        if is_quote_mark(w) or w.text in (";", ":"):
            return None
    return None


def _after_relative_aside(sentence: Sentence, word: Word) -> bool:
    """The word follows a relative clause set off by commas right after a noun."""
    if sentence.word(word.index - 1).text != ",":
        return False
    opening = relative_aside_opening(sentence, word.index - 1)
    return opening is not None and sentence.word(opening - 1).upos in ("NOUN", "PROPN")


def _verb_tagged_as_noun(sentence: Sentence, word: Word) -> bool:
    """"The New York Post reports that …", "footage of Hillary Clinton asking, “…”", "The ad claims
    “…”": a speech verb's inflected form that a small tagger called a noun, right after a noun,
    name or pronoun, with no owner of its own ("his claims that" stays a noun), and followed by a
    quotation, a final colon, or "that" opening a clause with a subject ("reports that track …"
    is a noun with a relative clause)."""
    if word.upos != "NOUN" or word.index < 2:
        return False
    if not word.text.lower().endswith(_VERB_ENDINGS):
        # "“…,” the Saudis state in the white paper": a plural subject's bare form, after a quote
        return sentence.word(word.index - 1).xpos in ("NNS", "NNPS") and _after_quote_and_name(sentence, word) \
            and not _modifies_next(sentence, word)
    previous = sentence.word(word.index - 1)
    numbered = previous.upos == "NUM" and word.index > 2 and sentence.word(word.index - 2).upos in ("PROPN", "NOUN")
    if previous.upos not in ("PROPN", "PRON", "NOUN") and not numbered and not _after_relative_aside(sentence, word) \
            and not _after_appositive(sentence, word):
        return False  # ("Article 33 affirms: …" names its document with a number)
    if _after_quote_and_name(sentence, word) and not _modifies_next(sentence, word):
        return True  # "“Promise mama …,” Blige sings to Clinton", "” the website explains": after a quote
    if any(k.deprel == "nmod:poss" for k in sentence.children(word.index)):
        return False
    if _under_speech_verb(sentence, word):
        return False  # "Ryan said the spate of shootings and protests demands that …": said's content
    following = [w.text for w in sentence.words[word.index:word.index + 2]]
    if not following:
        return False
    if following[0].lower() == "that":
        # a complement clause opens with its subject; "reports that track …", "states that have
        # suffered …" are nouns with a relative clause
        # (a gerund opens a clause too: "notes that scoring 20% of the vote … is enough")
        return len(following) > 1 and (sentence.word(word.index + 2).upos not in ("VERB", "AUX")
                                       or sentence.word(word.index + 2).xpos == "VBG")
    if set(following[0]) & _OPENING_MARKS:
        return True
    if following == [":"]:
        return True  # "The New York Times reports:" closing its paragraph before a block quote
    return following[0] in (",", ":") and len(following) > 1 and bool(set(following[1]) & _OPENING_MARKS)


def _under_speech_verb(sentence: Sentence, word: Word) -> bool:
    """Whether a verb-tagged speech verb governs ``word`` (through any chain of heads)."""
    verbs = reporting_verbs()
    seen: set[int] = set()
    head = word.head
    while head and head not in seen:
        seen.add(head)
        above = sentence.word(head)
        if above.upos == "VERB" and above.lemma in verbs:
            return True
        head = above.head
    return False


_OPENING_MARKS = OPENING_QUOTE_CHARS
_CLOSING_QUOTE_MARKS = CLOSING_QUOTE_CHARS


def _after_quote_and_name(sentence: Sentence, word: Word) -> bool:
    """The word follows a closing quotation mark and a name or short noun phrase ("”, Blige sings",
    "” Mr. Ellis says", "”, the website explains")."""
    i = word.index - 1
    while i >= 1 and word.index - i <= MAX_SUBJECT_WORDS_AFTER_QUOTE and sentence.word(i).upos in _SUBJECT_TAGS:
        i -= 1
    if i == word.index - 1 or i < 1 or sentence.word(word.index - 1).upos not in ("PROPN", "NOUN"):
        return False
    mark = set(sentence.word(i).text)
    if not mark or not mark <= _CLOSING_QUOTE_MARKS | {","}:
        return False
    if all(w.upos == "PROPN" for w in sentence.words[i:word.index - 1]):
        return True  # a name after a closing mark or a comma: "”, Blige sings", ", Joel sings"
    # any other noun phrase only right after the quotation: "”, the website explains", not ", phone calls"
    return bool(mark & _CLOSING_QUOTE_MARKS) or (i > 1 and bool(set(sentence.word(i - 1).text) & _CLOSING_QUOTE_MARKS))


# A subject between a closing quotation mark and a noun-tagged speech verb: "”, the campaign's website explains".
MAX_SUBJECT_WORDS_AFTER_QUOTE = 5
_SUBJECT_TAGS = ("PROPN", "NOUN", "DET", "ADJ")


def _modifies_next(sentence: Sentence, word: Word) -> bool:
    """A noun before another noun modifies it ("” White House press secretary Josh Earnest said")."""
    return word.index < len(sentence.words) and sentence.word(word.index + 1).upos in ("NOUN", "PROPN", "ADJ")


def _after_appositive(sentence: Sentence, word: Word) -> bool:
    """The word follows a name and a description set off by commas: "Gerry O'Brien, a GOP political
    consultant, notes that …"."""
    if sentence.word(word.index - 1).text != ",":
        return False
    for j in range(word.index - 2, max(word.index - 2 - MAX_APPOSITIVE_WORDS, 1), -1):
        w = sentence.word(j)
        if w.text == ",":
            inside = sentence.words[j:word.index - 2]
            return sentence.word(j - 1).upos == "PROPN" and bool(inside) and inside[0].upos in ("DET", "ADJ", "NOUN", "PROPN") \
                and any(x.upos == "NOUN" for x in inside) and not any(x.upos in ("VERB", "AUX", "PRON") for x in inside)
        if is_quote_mark(w) or w.text in (";", ":"):
            return False
    return False


# The longest description between a name's commas that still reads as its apposition.
MAX_APPOSITIVE_WORDS = 8


def _noun_has_source(sentence: Sentence, noun: Word) -> bool:
    """"Lavrov's statement", "remarks by the minister": the noun names whose words they are."""
    return any(k.deprel == "nmod:poss" and k.upos in ("PROPN", "NOUN", "PRON") or
               (k.deprel.startswith("nmod") and any(c.deprel == "case" and c.text.lower() in ("by", "from")
                                                     for c in sentence.children(k.index)))
               for k in sentence.children(noun.index))


def _next_is(sentence: Sentence, word: Word, text: str) -> bool:
    return word.index < len(sentence.words) and sentence.word(word.index + 1).text.lower() == text
