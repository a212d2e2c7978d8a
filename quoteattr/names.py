"""Names inside a speaker phrase: the run of capitalised words that is the name and not the title
("Sergei Lavrov" in "Foreign Minister Sergei Lavrov"), a party and state after it ("D-Mass."),
name particles ("de Blasio"), and whether a name is a surname alone.

Reads word classes and capitalisation rather than exact arcs, so that a small parser's
mistakes inside names (a surname tagged a noun, a given name an adjective) still give the name.
"""

from __future__ import annotations

import regex

from . import lexicon
from .parsing import Word
from .speaker_words import (DETERMINERS, bare_honorifics, demonyms, honorifics, is_org_word, is_title_word,
                            title_objects)


# A party and state after a legislator's name: "D-Mass.", "R-S.C.", "I-Vt.", "D-New York" (``match``
# for a phrase that opens with one, ``fullmatch`` for one that is nothing else).
AFFILIATION = regex.compile(r"[DRI] ?- ?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\.?")


def without_affiliation(text: str, words: list[Word]) -> list[Word]:
    """"Sen. Elizabeth Warren, D-Mass.": the party and state after the comma are no part of the name."""
    for i, w in enumerate(words[:-1]):
        if w.text == "," and i > 0 and AFFILIATION.fullmatch(text[words[i + 1].start:words[-1].end]):
            return words[:i]
    return words


_INITIAL = regex.compile(r"\p{Lu}\.")  # a middle initial: "J." in "Benjamin J. Rhodes"


def _names_no_one(word: str) -> bool:
    """A title, demonym or organisation word: capitalised, it still names a role, a people or a body."""
    lower = word.lower()
    return is_title_word(lower) or lower in demonyms() or is_org_word(lower)


def _plain_capitalised(w: Word) -> bool:
    """A capitalised word that may be part of a name ("Hicks", "Benjamin"), whatever its tag."""
    return w.text[:1].isupper() and not _names_no_one(w.text)


def _is_name_token(w: Word) -> bool:
    """A capitalised word that can stand in a name: not a title, demonym, organisation word or determiner."""
    if w.text[:1].isupper() and w.xpos == "MD" and w.deprel == "aux":
        return True  # "Will wrote": in a speaker's phrase only when the speaker rules read the modal as a name
    if not w.text[:1].isupper() or w.upos not in ("PROPN", "NOUN", "X", "ADJ", "VERB"):
        return False
    lw = w.text.lower()
    if _names_no_one(lw) or lw in DETERMINERS:
        return False
    # a capitalised "verb" inside a sentence is a name a small tagger did not know ("Husted said");
    # a word whose Penn tag says proper noun is a name word whatever its UPOS ("New" ADJ/NNP in "New York")
    mistagged = (w.upos == "VERB" and w.index > 1) or w.xpos in ("NNP", "NNPS")
    return w.upos == "PROPN" or mistagged or lw.rstrip(".") in bare_honorifics()


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


def _after_title_object(run: list[Word], titled: bool = False) -> list[Word]:
    """The name words after an office named at the run's start ("State" in "State John F. Kerry");
    empty when no office opens the run or no name of two words or more follows it. After a title
    word ("Governor of Washington Chris Gregoire") a run of three words or more ends in a name:
    its last two, or three with a middle initial."""
    for size in range(min(3, len(run) - 2), 0, -1):
        if " ".join(w.text.lower() for w in run[:size]) in title_objects():
            return run[size:]
    if titled and len(run) >= 3:
        size = 3 if len(run) >= 4 and _INITIAL.fullmatch(run[-2].text) else 2
        return run[-size:]
    return []


def find_name_run(words: list[Word], head: Word | None = None) -> list[Word]:
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
        # "Elijah Cummings", "Hope Hicks" with the surname tagged a plural noun: a capitalised noun goes on a name
        continued = bool(current) and current[-1].text[:1].isupper() and w.upos == "NOUN" and _plain_capitalised(w)
        # "Benjamin J. Rhodes" with the given name tagged an adjective: it opens the name that follows
        # (at a sentence's start, where any word is capitalised, only before a middle initial: "Andrew J.
        # Tabler"; never before an honorific: "Democratic Sen.")
        leading = not current and w.upos in ("ADJ", "NOUN") and _plain_capitalised(w) \
            and w.text.lower() not in DETERMINERS and following is not None \
            and (w.index > 1 or _INITIAL.fullmatch(following.text) is not None) \
            and _is_name_token(following) and following.text.lower() not in honorifics()
        # "spokeswoman Hope Hicks" with both names tagged common nouns: after a title word, a
        # capitalised noun (not the sentence's first word) opens a name
        titled = not current and n > 0 and is_title_word(words[n - 1].text.lower()) and w.upos == "NOUN" \
            and w.index > 1 and _plain_capitalised(w)
        if _is_name_token(w) or courtesy or surname or continued or leading or titled \
                or (current and w.text in ("-", ".")) or particle:
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
        if AFFILIATION.match(" ".join(w.text for w in run)):
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
