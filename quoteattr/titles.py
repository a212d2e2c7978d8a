"""Speaker phrases: split "the Minister of Foreign Affairs of Russia, Sergei Lavrov"
into a name ("Sergei Lavrov") and a title ("Minister of Foreign Affairs of Russia"),
and decide whether the speaker is a person or an organisation.

Works on the words of the dependency subtree, so it survives the small parser's
attachment mistakes inside names (flat vs appos) by looking at word classes,
capitalisation and the title/organisation lexicons rather than exact arcs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import lexicon
from .marks import POSSESSIVE_ENDINGS
from .model import SpeakerKind
from .names import AFFILIATION, find_name_run, without_affiliation
from .parsing import Sentence, Word, is_quote_mark
from .tree import is_time_word
from .speaker_words import (DETERMINERS, countries, demonyms, honorifics, is_org_word, is_person_noun, is_title_word,
                            role_of_honorifics)

# Relations that hang asides and clauses on a speaker: never part of the phrase.
ASIDE_RELATIONS = frozenset({"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "dep", "punct:aside"})
_POSSESSIVE = "(?:" + "|".join(map(regex.escape, POSSESSIVE_ENDINGS)) + ")"
_POSSESSIVE_END = regex.compile(_POSSESSIVE + "$")  # "Cornyn's" as one token: the name is "Cornyn"
_TITLE_STOP = frozenset({"the", "a", "an", "of", "for", "at", "'s", "’s", "affairs", "and", "to", "in", "on"})


@dataclass(frozen=True)
class SpeakerPhrase:
    """What a sentence says about one speaker."""

    start: int
    end: int
    text: str
    name: str | None
    title: str | None
    kind: SpeakerKind
    organization: str | None
    pronoun: str | None  # lower-case pronoun when the phrase is one
    gender: str | None  # m / f from honorifics or pronouns


@lru_cache(maxsize=None)
def _pronouns() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("pronouns.tsv")}


# The most name words a speaker's phrase takes in from between its end and the cue.
MAX_NAME_WORDS_BEFORE_CUE = 3


def _name_before_cue(sentence: Sentence, words: list[Word], cue: Word | None) -> list[Word]:
    """The name words between the phrase and its cue that the parse hung elsewhere: "(UPI) —
    Presumptive Democratic presidential nominee Hillary Clinton told …", "Former President Bill
    Clinton criticized …" with the name attached to the dateline (never a day: "Smith Tuesday said")."""
    if cue is None or not words or words[-1].index >= cue.index:
        return []
    gap = list(sentence.words[words[-1].index:cue.index - 1])
    if not gap or len(gap) > MAX_NAME_WORDS_BEFORE_CUE:
        return []
    if all(w.upos == "PROPN" and w.text[:1].isupper() and not is_time_word(w) for w in gap):
        return gap
    return []


def phrase_words(sentence: Sentence, head: Word, avoid: tuple[int, int] | None = None,
                 cue: Word | None = None) -> list[Word]:
    """The speaker's words: the head's subtree without relative clauses and asides, never
    inside ``avoid`` (the reported content: a weak parse may hang it on the speaker) and never
    across the ``cue`` word ("a spokesman announced Monday" parsed as one noun phrase)."""
    words = sentence.subtree(head.index, exclude=ASIDE_RELATIONS)
    if avoid is not None:
        words = [w for w in words if not avoid[0] <= w.start < avoid[1] or w is head]
    # keep a contiguous run around the head, never across a quotation mark (drops material the
    # parser attached far away: '…office," said Quentin Kidd' is not Kidd's name)
    indexes = {w.index for w in words if w.start >= 0}

    def passable(i: int) -> bool:  # in the phrase, or a comma or bracket between its parts
        if not 1 <= i <= len(sentence.words) or is_quote_mark(sentence.word(i)):
            return False
        if avoid is not None and avoid[0] <= sentence.word(i).start < avoid[1]:
            return False
        if cue is not None and i == cue.index:
            return False
        return i in indexes or sentence.word(i).upos == "PUNCT"

    low = high = head.index
    while passable(low - 1):
        low -= 1
    while passable(high + 1):
        high += 1
    words = [w for w in words if low <= w.index <= high and w.index in indexes]
    while words and (words[0].upos in ("PUNCT", "ADP") or words[0].deprel in ("cc", "mark", "case", "fixed")):
        words.pop(0)
    while words and (words[-1].upos == "PUNCT" or words[-1].deprel in ("cc", "mark")
                     or words[-1].text in ("'s", "’s")):
        words.pop()
    opened = [i for i, w in enumerate(words) if w.text == "("]
    if opened and sum(w.text == ")" for w in words) < len(opened) and words[opened[-1]].index > head.index:
        words = words[:opened[-1]]  # "Rep. Elijah E. Cummings (D-Md." lost its ")" to trimming
    return words or [head]


def analyse_phrase(text: str, sentence: Sentence, head: Word, extra: tuple[Word, ...] = (),
                   avoid: tuple[int, int] | None = None, cue: Word | None = None) -> SpeakerPhrase:
    """Name, title, kind and gender of the speaker headed by ``head`` (plus split-off ``extra`` heads),
    never reaching into ``avoid`` (the content the speaker reports) or across the ``cue``."""
    words = without_affiliation(text, phrase_words(sentence, head, avoid, cue))
    if extra:
        indexes = {w.index for w in words}
        for other in extra:
            indexes |= {w.index for w in phrase_words(sentence, other, avoid, cue)}
        low, high = min(indexes), max(indexes)
        # (the party and state may close the joined phrase too: "Leader Mitch McConnell, R-Ky.")
        words = without_affiliation(text, [sentence.word(i) for i in range(low, high + 1)])
        if head not in words:  # the parse made "R-Ky." the subject and the name a split-off part
            head = next((w for w in extra if w in words), words[-1])
    words = [*words, *_name_before_cue(sentence, words, cue)]
    opened = sum(w.text == "(" for w in words) - sum(w.text == ")" for w in words)
    if opened > 0 and words[-1].index < len(sentence.words) and sentence.word(words[-1].index + 1).text == ")":
        words = [*words, sentence.word(words[-1].index + 1)]  # "The World Health Organisation (WHO)"
    start, end = words[0].start, words[-1].end
    lower = head.text.lower()
    pronouns = _pronouns()
    if len(words) == 1 and head.upos == "PRON" and lower in pronouns:
        gender = pronouns[lower] if pronouns[lower] in ("m", "f") else None
        kind = SpeakerKind.PERSON if gender else SpeakerKind.UNKNOWN
        return SpeakerPhrase(start, end, text[start:end], None, None, kind, None, lower, gender)
    known_honorifics = honorifics()
    gender = None
    for w in words:
        h = known_honorifics.get(w.text.lower())
        if h in ("m", "f"):
            gender = h
    name_run = find_name_run(words, head)
    if _kind(words, head, name_run, _title(text, words, name_run), gender) is SpeakerKind.ORGANIZATION:
        words = _without_description(words, head)
        start, end = words[0].start, words[-1].end
        name_run = find_name_run(words, head)
    name = None
    if name_run:
        kept = [w for w in name_run if w.text.lower() not in known_honorifics]
        while kept and kept[0].upos == "PUNCT":  # "Ms" "." "Wahl": the honorific's split-off period
            kept.pop(0)
        if kept:
            name = _POSSESSIVE_END.sub("", text[kept[0].start:kept[-1].end])  # "Cornyn's statement"
    title = _title(text, words, name_run)
    if title is None and name_run:  # "Sen. Elizabeth Warren": the abbreviation names the office
        title = role_of_honorifics([w.text for w in words if w.index < name_run[-1].index
                                    and w.text.lower() in known_honorifics])
    organization = _organization(text, words, name_run)
    kind = _kind(words, head, name_run, title, gender)
    if kind is SpeakerKind.PERSON and title is not None and organization is None:
        title, organization = _possessive_organization(title)
    if kind is SpeakerKind.ORGANIZATION and name is None:
        name = organization or _strip_determiner(text, words)
        organization = None
    if kind is SpeakerKind.ORGANIZATION and organization == name:
        organization = None
    if kind is SpeakerKind.ORGANIZATION and title is not None and name is not None and title in name:
        title = None  # "the mayor's office": the office is named, it holds no title
    return SpeakerPhrase(start, end, text[start:end], name, title, kind, organization, None, gender)


def _without_description(words: list[Word], head: Word) -> list[Word]:
    """An organisation's phrase up to the comma before a descriptive apposition: in "the
    Berlin-Brandenburg Media Authority, the German regulator" the organisation is the name, and
    "the German regulator" describes it (it is no one's title)."""
    for i, w in enumerate(words):
        if (i > 0 and w.head == head.index and w.deprel == "appos" and w.upos == "NOUN"
                and w.text.islower() and w.index > head.index):
            comma = next((j for j in range(i - 1, 0, -1) if words[j].text == ","
                          and words[j].index > head.index), None)
            if comma is not None:
                return words[:comma]
    return words


def _title(text: str, words: list[Word], name_run: list[Word]) -> str | None:
    """The role as written: the phrase minus the name, determiners and punctuation."""
    if name_run:
        i, j = words.index(name_run[0]), words.index(name_run[-1])
        pieces = [words[:i], words[j + 1:]]
    else:
        pieces = [words]
    best: str | None = None
    for n, piece in enumerate(pieces):
        if name_run and n == 1 and piece and piece[0].upos == "CCONJ":
            continue  # "Donald Trump and Texas Sen. Ted Cruz": a second speaker, not a title
        piece = [w for w in piece]
        while piece and (piece[0].upos in ("PUNCT", "DET", "CCONJ") or piece[0].text.lower() in DETERMINERS
                         or piece[0].text.lower() in honorifics()
                         or (piece[0].upos == "NUM" and len(piece) > 1 and piece[1].text == ",")):
            piece.pop(0)  # "Maria Lopez, 34, a nurse": the age is no part of the title
        if piece and AFFILIATION.match(text[piece[0].start:piece[-1].end]):
            # "Rep. Gregory W. Meeks (D-N.Y.), chairman of …": past the party and state
            close = next((n for n, w in enumerate(piece) if w.text in (")", ",")), None)
            piece = piece[close + 1:] if close is not None else []
            while piece and (piece[0].upos in ("PUNCT", "DET") or piece[0].text.lower() in DETERMINERS):
                piece.pop(0)
        while piece and (piece[-1].upos in ("PUNCT", "CCONJ", "ADP") or piece[-1].text.lower() in ("who", "which")):
            piece.pop()
        if not piece or not any(is_title_word(w.text) for w in piece):
            continue
        candidate = text[piece[0].start:piece[-1].end]
        if best is None or len(candidate) > len(best):
            best = candidate
    return best


_POSSESSED_ROLE = regex.compile(r"(?P<owner>\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,3})" + _POSSESSIVE + r" (?P<role>.+)")


def _possessive_organization(title: str) -> tuple[str, str | None]:
    """"General Motors’ chief executive" → title "chief executive" at "General Motors": a possessor
    named as an organisation (an organisation word or an acronym: "NATO’s secretary general") is
    where the person works. Anything else stays in the title: a country ("Russia’s foreign
    minister"), and a bare name, which may be a person's ("Obama’s chief of staff")."""
    found = _POSSESSED_ROLE.fullmatch(title)
    if found is None:
        return title, None
    owner = found["owner"]
    if owner.lower() in countries() or owner.lower() in demonyms() or any(
            is_title_word(w) or w.lower() in honorifics() for w in owner.split()):
        return title, None
    if not any(is_title_word(w) for w in found["role"].split()):
        return title, None
    if not (owner.isupper() and len(owner) > 1 or any(is_org_word(w) for w in owner.split())):
        return title, None  # "Apple’s", "Obama’s": a company or a person's aide? only the word can tell
    return found["role"], owner


def _organization(text: str, words: list[Word], name_run: list[Word]) -> str | None:
    """An organisation named in the phrase: "Veltrona Motors" in "a spokeswoman for Veltrona Motors"."""
    run: list[Word] = []
    best: list[Word] = []
    for i, w in enumerate(words):
        if w in name_run:
            run = []
            continue
        capital = w.text[:1].isupper() and w.upos in ("PROPN", "NOUN", "ADJ")
        if capital and not run:
            before = words[i - 1] if i > 0 else None
            if before is not None and before.text.lower() in ("the",) and i > 1:
                before = words[i - 2]
            if before is None or before.upos != "ADP" or before.text.lower() not in ("for", "at", "with", "from", "of"):
                continue
            if before.text.lower() == "of" and not (before.index > 1 and any(
                    is_title_word(v.text) and v.index == before.index - 1 for v in words)):
                continue  # "director of the Centers for …", not "the city of Boston"
        joined = i + 1 < len(words) and words[i + 1].text[:1].isupper()
        possessive = w.text in ("'s", "’s") and joined
        # "St. Mary's Hospital", "Centers for Disease Control and Prevention"
        if capital or (run and (w.text in ("-", "&", "of") or possessive or (joined and w.text in ("for", "and")))):
            run.append(w)
            if len(run) > len(best):
                best = list(run)
        else:
            run = []
    while best and best[-1].text in ("-", "&", "of", "for", "and"):
        best.pop()
    if best and best[0].index > 1 and _after_of(words, best[0]) and not (
            any(v.text.lower() == "the" and v.index == best[0].index - 1 for v in words)
            or any(is_org_word(w.text) or (w.text.isupper() and len(w.text) > 1) for w in best)):
        return None  # "attorney general of Oklahoma", "Democrat of California": a place, not an employer
    if not best or (len(best) == 1 and (is_title_word(best[0].text) or best[0].text.lower() in demonyms())):
        return None
    if any(is_title_word(w.text) for w in best) or all(w.text.lower() in demonyms() for w in best):
        return None
    return text[best[0].start:best[-1].end]


def _after_of(words: list[Word], first: Word) -> bool:
    """The run opens after "of" or "from" (or "of the"): "Senator from Texas" may name a place."""
    before = [v for v in words if v.index < first.index]
    if before and before[-1].text.lower() == "the":
        before = before[:-1]
    return bool(before) and before[-1].text.lower() in ("of", "from")


def _kind(words: list[Word], head: Word, name_run: list[Word], title: str | None, gender: str | None) -> SpeakerKind:
    head_lower = head.text.lower()
    if gender is not None:
        return SpeakerKind.PERSON
    if is_title_word(head_lower) and not is_org_word(head_lower):
        return SpeakerKind.PERSON
    if head.upos == "NOUN" and (head.text.islower() or head.index == 1) and is_person_noun(head_lower) \
            and not is_org_word(head_lower) and head.xpos != "NNS" and "Number=Plur" not in head.feats:
        # "a teacher", "one poster": a person named by what they are (a plural, "residents", stays a
        # group of unknown kind: the entities take "they" for several, "he" or "she" for a person)
        return SpeakerKind.PERSON
    if is_org_word(head_lower) or head.text.upper() == head.text and len(head.text) > 1 and head.upos == "PROPN":
        return SpeakerKind.ORGANIZATION
    if name_run and " ".join(w.text for w in name_run).lower() in countries():
        return SpeakerKind.ORGANIZATION  # "the United States said": a state speaks through its government
    at = words.index(name_run[0]) if name_run else 0
    before = words[at - 1] if at > 0 else None
    if before is not None and head in name_run and name_run[0].text.lower() not in honorifics():
        # "the Daily Caller", "The Islamic State", "all Central Americans": a person's name takes no
        # determiner ("the Rev. Peter Wherry" is a person; "this Trump" may be one too)
        plural = name_run[-1].xpos in ("NNPS", "NNS")
        if before.text.lower() == "the" or (before.upos == "DET" and plural):
            return SpeakerKind.UNKNOWN if plural else SpeakerKind.ORGANIZATION
    if len(name_run) >= 2 and (head in name_run or words[-1] is name_run[-1]):
        return SpeakerKind.PERSON  # "NBC News moderator Matt Lauer": the organisation is where the person works
    if any(is_org_word(w.text) for w in words if w.text[:1].isupper()):
        return SpeakerKind.ORGANIZATION
    if title is not None:
        return SpeakerKind.PERSON
    if len(name_run) >= 2:
        return SpeakerKind.PERSON
    return SpeakerKind.UNKNOWN


def _strip_determiner(text: str, words: list[Word]) -> str:
    while len(words) > 1 and words[0].text.lower() in DETERMINERS:
        words = words[1:]
    return text[words[0].start:words[-1].end]


@dataclass(frozen=True)
class TitleKey:
    """A title reduced for matching: role words and the country it belongs to."""

    role: frozenset[str]
    countries: frozenset[str]


def normalize_title(title: str) -> TitleKey:
    """"Minister of Foreign Affairs of Russia" ≡ "Russian Foreign Minister" ≡ "foreign minister" (role part)."""
    known_demonyms = demonyms()
    role: set[str] = set()
    countries: set[str] = set()
    for raw in title.replace(",", " ").replace("’s", " ").replace("'s", " ").split():
        word = raw.lower().strip(".")
        if word in known_demonyms or raw.lower() in known_demonyms:
            countries.add(known_demonyms.get(word, known_demonyms.get(raw.lower(), word)))
        elif word not in _TITLE_STOP:
            role.add(word)
    return TitleKey(frozenset(role), frozenset(countries))


def phrase_from_text(text: str, start: int, end: int) -> SpeakerPhrase:
    """A speaker phrase with no parse: "Professor Lin Zhao", "Helena Brandt, chief economist at Nordbank"."""
    raw = text[start:end]
    name_part, _, title_part = raw.partition(",")
    tokens = name_part.split()
    lead: list[str] = []
    while tokens and (is_title_word(tokens[0]) or tokens[0].lower() in honorifics()):
        lead.append(tokens.pop(0))
    if tokens and all(t.isupper() for t in tokens):
        tokens = [t.capitalize() for t in tokens]  # "WALLACE" in a transcript is the name Wallace
    name = " ".join(tokens) or None
    title = title_part.strip() or (" ".join(w for w in lead if w.lower() not in honorifics()) or None) \
        or role_of_honorifics(lead)
    gender = next((honorifics()[w.lower()] for w in lead if honorifics().get(w.lower()) in ("m", "f")), None)
    kind = SpeakerKind.PERSON if (title or gender or len(tokens) >= 2) else SpeakerKind.UNKNOWN
    if name and any(is_org_word(t) for t in tokens):
        kind = SpeakerKind.ORGANIZATION
    return SpeakerPhrase(start, end, raw, name, title, kind, None, None, gender)
