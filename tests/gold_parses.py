"""Small hand-checked UD parses, written the way UD English draws attribution (see DESIGN.md).

Each row: form, lemma, upos, head, deprel[, "NoSpace"].  ``conllu()`` turns
sentences into a CoNLL-U string so tests run the attribution stages on gold
trees, independent of the shipped models.
"""

from __future__ import annotations

Row = tuple

INVERTED = [  # “We will win,” said Lavrov.
    ("“", "“", "PUNCT", 4, "punct", "NoSpace"), ("We", "we", "PRON", 4, "nsubj"), ("will", "will", "AUX", 4, "aux"),
    ("win", "win", "VERB", 7, "ccomp", "NoSpace"), (",", ",", "PUNCT", 4, "punct", "NoSpace"),
    ("”", "”", "PUNCT", 4, "punct"), ("said", "say", "VERB", 0, "root"), ("Lavrov", "Lavrov", "PROPN", 7, "nsubj", "NoSpace"),
    (".", ".", "PUNCT", 7, "punct"),
]

ORGANISATION = [  # The Interior Ministry said it would investigate the case.
    ("The", "the", "DET", 3, "det"), ("Interior", "Interior", "PROPN", 3, "compound"), ("Ministry", "Ministry", "PROPN", 4, "nsubj"),
    ("said", "say", "VERB", 0, "root"), ("it", "it", "PRON", 7, "nsubj"), ("would", "would", "AUX", 7, "aux"),
    ("investigate", "investigate", "VERB", 4, "ccomp"), ("the", "the", "DET", 9, "det"), ("case", "case", "NOUN", 7, "obj", "NoSpace"),
    (".", ".", "PUNCT", 4, "punct"),
]

ACCORDING = [  # Prices will rise next year, according to Helena Brandt, chief economist at Nordbank.
    ("Prices", "price", "NOUN", 3, "nsubj"), ("will", "will", "AUX", 3, "aux"), ("rise", "rise", "VERB", 0, "root"),
    ("next", "next", "ADJ", 5, "amod"), ("year", "year", "NOUN", 3, "obl:tmod", "NoSpace"), (",", ",", "PUNCT", 9, "punct"),
    ("according", "accord", "VERB", 9, "case"), ("to", "to", "ADP", 7, "fixed"), ("Helena", "Helena", "PROPN", 3, "obl"),
    ("Brandt", "Brandt", "PROPN", 9, "flat", "NoSpace"), (",", ",", "PUNCT", 13, "punct"), ("chief", "chief", "ADJ", 13, "amod"),
    ("economist", "economist", "NOUN", 9, "appos"), ("at", "at", "ADP", 15, "case"), ("Nordbank", "Nordbank", "PROPN", 13, "nmod", "NoSpace"),
    (".", ".", "PUNCT", 3, "punct"),
]

ACCORDING_DESCRIBED_ORG = [  # Prices will rise, according to the Interior Ministry, the national regulator.
    ("Prices", "price", "NOUN", 3, "nsubj"), ("will", "will", "AUX", 3, "aux"), ("rise", "rise", "VERB", 0, "root", "NoSpace"),
    (",", ",", "PUNCT", 9, "punct"), ("according", "accord", "VERB", 9, "case"), ("to", "to", "ADP", 5, "fixed"),
    ("the", "the", "DET", 9, "det"), ("Interior", "Interior", "PROPN", 9, "compound"), ("Ministry", "Ministry", "PROPN", 3, "obl", "NoSpace"),
    (",", ",", "PUNCT", 13, "punct"), ("the", "the", "DET", 13, "det"), ("national", "national", "ADJ", 13, "amod"),
    ("regulator", "regulator", "NOUN", 9, "appos", "NoSpace"), (".", ".", "PUNCT", 3, "punct"),
]

PASSIVE = [  # The figures were confirmed by Foreign Minister Sergei Lavrov.  (no content clause: no quote)
    ("The", "the", "DET", 2, "det"), ("figures", "figure", "NOUN", 4, "nsubj:pass"), ("were", "be", "AUX", 4, "aux:pass"),
    ("confirmed", "confirm", "VERB", 0, "root"), ("by", "by", "ADP", 9, "case"), ("Foreign", "foreign", "ADJ", 7, "amod"),
    ("Minister", "Minister", "PROPN", 9, "compound"), ("Sergei", "Sergei", "PROPN", 9, "compound"), ("Lavrov", "Lavrov", "PROPN", 4, "obl:agent", "NoSpace"),
    (".", ".", "PUNCT", 4, "punct"),
]

AS_REPORTED = [  # As reported by Mr. Smith, “the plant will close in May.”
    ("As", "as", "SCONJ", 2, "mark"), ("reported", "report", "VERB", 11, "advcl"), ("by", "by", "ADP", 5, "case"),
    ("Mr.", "Mr.", "PROPN", 5, "compound"), ("Smith", "Smith", "PROPN", 2, "obl", "NoSpace"), (",", ",", "PUNCT", 2, "punct"),
    ("“", "“", "PUNCT", 11, "punct", "NoSpace"), ("the", "the", "DET", 9, "det"), ("plant", "plant", "NOUN", 11, "nsubj"),
    ("will", "will", "AUX", 11, "aux"), ("close", "close", "VERB", 0, "root"), ("in", "in", "ADP", 13, "case"),
    ("May", "May", "PROPN", 11, "obl", "NoSpace"), (".", ".", "PUNCT", 11, "punct", "NoSpace"), ("”", "”", "PUNCT", 11, "punct"),
]

CONTINUED_1 = [  # “We are not done,” Mr. Smith said.
    ("“", "“", "PUNCT", 5, "punct", "NoSpace"), ("We", "we", "PRON", 5, "nsubj"), ("are", "be", "AUX", 5, "cop"),
    ("not", "not", "PART", 5, "advmod"), ("done", "done", "ADJ", 10, "ccomp", "NoSpace"), (",", ",", "PUNCT", 5, "punct", "NoSpace"),
    ("”", "”", "PUNCT", 5, "punct"), ("Mr.", "Mr.", "PROPN", 9, "compound"), ("Smith", "Smith", "PROPN", 10, "nsubj"),
    ("said", "say", "VERB", 0, "root", "NoSpace"), (".", ".", "PUNCT", 10, "punct"),
]
CONTINUED_2 = [  # “The work goes on tomorrow.”
    ("“", "“", "PUNCT", 4, "punct", "NoSpace"), ("The", "the", "DET", 3, "det"), ("work", "work", "NOUN", 4, "nsubj"),
    ("goes", "go", "VERB", 0, "root"), ("on", "on", "ADP", 4, "compound:prt"), ("tomorrow", "tomorrow", "NOUN", 4, "obl:tmod", "NoSpace"),
    (".", ".", "PUNCT", 4, "punct", "NoSpace"), ("”", "”", "PUNCT", 4, "punct"),
]
CONTINUED_3 = [  # He added that the union had agreed.
    ("He", "he", "PRON", 2, "nsubj"), ("added", "add", "VERB", 0, "root"), ("that", "that", "SCONJ", 7, "mark"),
    ("the", "the", "DET", 5, "det"), ("union", "union", "NOUN", 7, "nsubj"), ("had", "have", "AUX", 7, "aux"),
    ("agreed", "agree", "VERB", 2, "ccomp", "NoSpace"), (".", ".", "PUNCT", 2, "punct"),
]


def conllu(*sentences: list[Row], paragraphs: tuple[int, ...] = ()) -> str:
    """CoNLL-U for the sentences; ``paragraphs`` lists the sentences that open a paragraph
    (``# newpar``); without it every sentence is a paragraph of its own."""
    out: list[str] = []
    for number, rows in enumerate(sentences):
        if number in paragraphs:
            out.append("# newpar")
        text = "".join(r[0] + ("" if len(r) > 5 and r[5] == "NoSpace" else " ") for r in rows).strip()
        out.append(f"# text = {text}")
        for i, r in enumerate(rows, start=1):
            misc = "SpaceAfter=No" if len(r) > 5 and r[5] == "NoSpace" else "_"
            upos, _, xpos = r[2].partition("/")  # "VERB/VBD": a row may carry the XPOS too
            out.append("\t".join([str(i), r[0], r[1], upos, xpos or "_", "_", str(r[3]), r[4], "_", misc]))
        out.append("")
    return "\n".join(out) + "\n"

POSSESSIVE_NOUN = [  # Lavrov's statement was blunt: “We will not retreat.”
    ("Lavrov", "Lavrov", "PROPN", 3, "nmod:poss", "NoSpace"), ("'s", "'s", "PART", 1, "case"), ("statement", "statement", "NOUN", 5, "nsubj"),
    ("was", "be", "AUX", 5, "cop"), ("blunt", "blunt", "ADJ", 0, "root", "NoSpace"), (":", ":", "PUNCT", 10, "punct"),
    ("“", "“", "PUNCT", 10, "punct", "NoSpace"), ("We", "we", "PRON", 10, "nsubj"), ("will", "will", "AUX", 10, "aux"),
    ("not", "not", "PART", 10, "advmod"), ("retreat", "retreat", "VERB", 5, "parataxis", "NoSpace"),
    (".", ".", "PUNCT", 5, "punct", "NoSpace"), ("”", "”", "PUNCT", 10, "punct"),
]
# fix: "not" attaches to "retreat" (token 11), as do "We", "will", the marks
POSSESSIVE_NOUN = [(r[0], r[1], r[2], 11 if r[3] == 10 else r[3], r[4], *r[5:]) for r in POSSESSIVE_NOUN]

QUOTED_AS_SAYING = [  # The mayor was quoted as saying that the bridge would reopen.
    ("The", "the", "DET", 2, "det"), ("mayor", "mayor", "NOUN", 4, "nsubj:pass"), ("was", "be", "AUX", 4, "aux:pass"),
    ("quoted", "quote", "VERB", 0, "root"), ("as", "as", "SCONJ", 6, "mark"), ("saying", "say", "VERB", 4, "advcl"),
    ("that", "that", "SCONJ", 11, "mark"), ("the", "the", "DET", 9, "det"), ("bridge", "bridge", "NOUN", 11, "nsubj"),
    ("would", "would", "AUX", 11, "aux"), ("reopen", "reopen", "VERB", 6, "ccomp", "NoSpace"), (".", ".", "PUNCT", 4, "punct"),
]


def rows(spec: str) -> list[Row]:
    """Compact rows, one token per line: ``form lemma UPOS head deprel`` and a final ``-`` for no space
    after; ``UPOS/XPOS`` (``VERB/VBD``) adds the Penn tag where a rule reads it."""
    out: list[Row] = []
    for line in spec.strip().splitlines():
        parts = line.split()
        form, lemma, upos, head, deprel = parts[:5]
        out.append((form, lemma, upos, int(head), deprel, *(["NoSpace"] if parts[5:] == ["-"] else [])))
    return out
