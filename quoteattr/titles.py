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
from .parsing import Sentence, Word, is_quote_mark

# Relations that hang asides and clauses on a speaker: never part of the phrase.
ASIDE_RELATIONS = frozenset({"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "dep", "punct:aside"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our"})
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


def is_title_word(word: str) -> bool:
    return word.lower() in lexicon.words("titles.txt")


def is_person_noun(word: str) -> bool:
    """A common noun or title word that names a person ("a teacher", "one poster", "an official"):
    data/person_nouns.txt and data/titles.txt."""
    lower = word.lower()
    return lower in lexicon.words("person_nouns.txt") or lower in lexicon.words("titles.txt")


@lru_cache(maxsize=None)
def honorifics() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in lexicon.table("honorifics.tsv")}


@lru_cache(maxsize=None)
def _honorific_roles() -> dict[str, str]:
    """"sen." → "Senator": the role an abbreviated title before a name stands for."""
    return {row[0].lower(): row[2] for row in lexicon.table("honorifics.tsv") if len(row) > 2 and row[2] != "-"}


def role_of_honorifics(words: list[str]) -> str | None:
    """"Lt. Gov." → "Lieutenant Governor": the title the honorifics before a name spell out."""
    roles = [_honorific_roles()[w.lower()] for w in words if w.lower() in _honorific_roles()]
    return " ".join(roles) or None


@lru_cache(maxsize=None)
def _pronouns() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("pronouns.tsv")}


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("demonyms.tsv")}


@lru_cache(maxsize=None)
def countries() -> frozenset[str]:
    return frozenset(demonyms().values())


def is_org_word(word: str) -> bool:
    return word.lower() in lexicon.words("organization_words.txt")


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
    words = _without_affiliation(text, phrase_words(sentence, head, avoid, cue))
    if extra:
        indexes = {w.index for w in words}
        for other in extra:
            indexes |= {w.index for w in phrase_words(sentence, other, avoid, cue)}
        low, high = min(indexes), max(indexes)
        # (the party and state may close the joined phrase too: "Leader Mitch McConnell, R-Ky.")
        words = _without_affiliation(text, [sentence.word(i) for i in range(low, high + 1)])
        if head not in words:  # the parse made "R-Ky." the subject and the name a split-off part
            head = next((w for w in extra if w in words), words[-1])
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
    name_run = _name_run(words, head)
    if _kind(words, head, name_run, _title(text, words, name_run), gender) is SpeakerKind.ORGANIZATION:
        words = _without_description(words, head)
        start, end = words[0].start, words[-1].end
        name_run = _name_run(words, head)
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


# A party and state after a legislator's name: "D-Mass.", "R-S.C.", "I-Vt.", "D-New York" (``match``
# for a phrase that opens with one, ``fullmatch`` for one that is nothing else).
_AFFILIATION = regex.compile(r"[DRI] ?- ?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\.?")


def _without_affiliation(text: str, words: list[Word]) -> list[Word]:
    """"Sen. Elizabeth Warren, D-Mass.": the party and state after the comma are no part of the name."""
    for i, w in enumerate(words[:-1]):
        if w.text == "," and i > 0 and _AFFILIATION.fullmatch(text[words[i + 1].start:words[-1].end]):
            return words[:i]
    return words


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


@lru_cache(maxsize=None)
def _bare_honorifics() -> frozenset[str]:
    return frozenset(h.rstrip(".") for h in honorifics())


def _is_name_token(w: Word) -> bool:
    if w.text[:1].isupper() and w.xpos == "MD" and w.deprel == "aux":
        return True  # "Will wrote": in a speaker's phrase only when the speaker rules read the modal as a name
    if not w.text[:1].isupper() or w.upos not in ("PROPN", "NOUN", "X", "ADJ", "VERB"):
        return False
    lw = w.text.lower()
    if is_title_word(lw) or lw in demonyms() or is_org_word(lw) or lw in DETERMINERS:
        return False
    # a capitalised "verb" inside a sentence is a name a small tagger did not know ("Husted said");
    # a word whose Penn tag says proper noun is a name word whatever its UPOS ("New" ADJ/NNP in "New York")
    mistagged = (w.upos == "VERB" and w.index > 1) or w.xpos in ("NNP", "NNPS")
    return w.upos == "PROPN" or mistagged or lw.rstrip(".") in _bare_honorifics()


def surname_only(name: str) -> bool:
    """"Scholz", "von der Leyen": a surname with nothing before it but particles."""
    words = name.split()
    return all(w in lexicon.words("name_particles.txt") for w in words[:-1])


def _name_particle(word: str, following: Word | None) -> bool:
    """"de" in "Bill de Blasio", "al-Amr" in "Suleiman al-Amr" (data/name_particles.txt)."""
    particle, hyphen, rest = word.partition("-")
    if particle not in lexicon.words("name_particles.txt"):
        return False
    if hyphen:
        return rest[:1].isupper()
    return following is not None and (following.text[:1].isupper() or following.text == "-"
                                      or following.text in lexicon.words("name_particles.txt"))


@lru_cache(maxsize=None)
def title_objects() -> frozenset[str]:
    return frozenset(lexicon.words("title_objects.txt"))


def _after_title_object(run: list[Word], titled: bool = False) -> list[Word]:
    """The name words after an office named at the run's start ("State" in "State John F. Kerry");
    empty when no office opens the run or no name of two words or more follows it. After a title
    word ("Governor of Washington Chris Gregoire") a run of three words or more ends in a name:
    its last two, or three with a middle initial."""
    for size in range(min(3, len(run) - 2), 0, -1):
        if " ".join(w.text.lower() for w in run[:size]) in title_objects():
            return run[size:]
    if titled and len(run) >= 3:
        size = 3 if len(run) >= 4 and regex.fullmatch(r"\p{Lu}\.", run[-2].text) else 2
        return run[-size:]
    return []


def _name_run(words: list[Word], head: Word | None = None) -> list[Word]:
    """The run of capitalised name words that is not inside the title.

    A run right after a preposition ("of Russia", "at Nordbank") or right before
    a title word ("US undersecretary") belongs to the title, not the name.
    """
    runs: list[list[Word]] = []
    current: list[Word] = []
    for n, w in enumerate(words):
        # "Mr. King", "Ms. Judge": after a courtesy honorific a title word is a surname
        courtesy = n > 0 and honorifics().get(words[n - 1].text.lower()) in ("m", "f") \
            and w.text[:1].isupper() and w.upos in ("PROPN", "NOUN")
        # "Charlie King,": a title word closing a run of given names is their surname
        following = words[n + 1] if n + 1 < len(words) else None
        surname = len(current) == 1 and current[0] is words[0] and w.xpos == "NNP" and w.text[:1].isupper() \
            and _is_name_token(current[0]) and not is_org_word(w.text) and (following is None or following.text == ",")
        # a particle opens a name only where the phrase does ("von der Leyen told reporters")
        particle = (bool(current) or w is words[0]) and _name_particle(w.text, following)
        # "Elijah Cummings" with the surname tagged a plural noun: a capitalised noun goes on a name
        continued = bool(current) and current[-1].upos == "PROPN" and w.upos == "NOUN" and w.text[:1].isupper() \
            and not is_title_word(w.text.lower()) and not is_org_word(w.text) and w.text.lower() not in demonyms()
        # "Benjamin J. Rhodes" with the given name tagged an adjective: it opens the name that follows
        # (not at a sentence's start, where any word is capitalised, nor before an honorific: "Democratic Sen.")
        leading = not current and w.upos in ("ADJ", "NOUN") and w.text[:1].isupper() and w.index > 1 \
            and following is not None and _is_name_token(following) and following.text.lower() not in honorifics() \
            and not is_title_word(w.text.lower()) and not is_org_word(w.text) and w.text.lower() not in demonyms() \
            and w.text.lower() not in DETERMINERS
        if _is_name_token(w) or courtesy or surname or continued or leading or (current and w.text in ("-", ".")) \
                or particle:
            current.append(w)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    eligible: list[tuple[list[Word], bool]] = []  # (run, set off by a comma)
    for run in runs:
        i = words.index(run[0])
        j = words.index(run[-1])
        k = i - 1
        # "a narrator in the Clinton ad", "head of the major Super PAC": past "the" and lower-case adjectives
        while k > 0 and (words[k].upos == "DET" or (words[k].upos == "ADJ" and words[k].text.islower())):
            k -= 1
        before = words[k] if k >= 0 else None
        after = words[j + 1] if j + 1 < len(words) else None
        if before is not None and before.upos == "ADP":
            titled = k > 0 and is_title_word(words[k - 1].text) and before.text.lower() == "of" \
                and words[k + 1].upos != "DET"  # not "president of the United Arab Emirates"
            holder = _after_title_object(run, titled and (after is None or after.text == ","))
            if holder:  # "Secretary of State John F. Kerry": the office ends the title, the name follows
                eligible.append((holder, False))
            continue
        if after is not None and (is_title_word(after.text) or is_org_word(after.text)):
            continue
        if after is not None and after.text in ("'s", "’s"):
            continue
        if after is not None and after.upos == "NOUN" and after.text[:1].islower():
            continue  # a name modifying a common noun describes it: "10 South Carolina voters", "the Clinton campaign"
        if _AFFILIATION.match(" ".join(w.text for w in run)):
            continue  # "Kevin McCarthy, R-Calif.": a party and state, not a name
        eligible.append((run, i > 0 and words[i - 1].text == ","))
    if not eligible:
        return []
    titled_head = head is not None and is_title_word(head.text)

    def preference(candidate: tuple[list[Word], bool]) -> tuple[bool, bool, int]:
        run, set_off = candidate
        # the phrase's own head names it ("Charlie King, a prominent New York Democrat"); under a
        # title head, the name set off after it ("The head of the major Super PAC …, Mike Murphy");
        # otherwise the longest run, the first of equals
        return (head is not None and head in run, titled_head and set_off, len(run))

    return max(eligible, key=preference)[0]


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
        if piece and _AFFILIATION.match(text[piece[0].start:piece[-1].end]):
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
