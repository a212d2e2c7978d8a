"""Which characters are quotation marks, read from the span engine's table (data/quote_marks.tsv),
so that the tokenizer repair, the attribution rules and the span engine agree on what a mark is."""

from __future__ import annotations

from . import lexicon

# Characters that make a parsed token a quotation mark: every mark of the span engine's table
# (data/quote_marks.tsv), so the attribution rules and the span engine agree on what a quote mark is.
QUOTE_CHARS = frozenset(char for row in lexicon.table("quote_marks.tsv") for char in row[0])


def _mark_chars(*roles: str) -> frozenset[str]:
    return frozenset(char for row in lexicon.table("quote_marks.tsv") if row[2] in roles for char in row[0])


# Characters of marks that may open / close a quotation, by their role in the same table
# (straight marks do both; "``" contributes the backtick, "''" the apostrophe).
OPENING_QUOTE_CHARS = _mark_chars("open", "either")
CLOSING_QUOTE_CHARS = _mark_chars("close", "either")

# The possessive endings of English ("Cornyn's", "NATO’s", "General Motors'"), both apostrophes.
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
