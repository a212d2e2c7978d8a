"""Our tagger's tags on gold words: shared by ``train_models.py retag`` and ``benchmarks/tag_gap.py``.

Both feed the parser the tags it will see in use (the tagger's, not the treebank's) on the
treebank's own tokens, so that tagging errors are measured or trained on alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "quoteattr" / "models" / "en"


def pretokenized_pipeline(tagger: Path, tokenizer: Path, processors: str = "tokenize,pos",
                          **model_paths: str) -> Any:
    """A local stanza pipeline over given words (no hub: stanza's retagging looks for pretrained vectors there)."""
    import stanza

    return stanza.Pipeline(
        "en", dir=str(tagger.parent), resources_filepath=str(PACKAGE_DIR / "resources.json"),
        allow_unknown_language=True, processors=processors, tokenize_pretokenized=True,
        tokenize_model_path=str(tokenizer), pos_model_path=str(tagger), pos_pretrain_path=None,
        depparse_pretrain_path=None, download_method=None, logging_level="WARN", **model_paths)


def tag_words(pipe: Any, doc: Any) -> Any:
    """The pipeline's tags for the words of a gold document, sentence by sentence."""
    words = [[w.text for w in sentence.words] for sentence in doc.sentences]
    return pipe.processors["pos"].process(pipe.processors["tokenize"].process(words))


def copy_tags(doc: Any, tagged: Any, replace: bool = True) -> tuple[int, int]:
    """Put the predicted UPOS/XPOS/features on the gold words; returns (same UPOS, words)."""
    same = total = 0
    for sentence, predicted in zip(doc.sentences, tagged.sentences):
        for word, guess in zip(sentence.words, predicted.words):
            same += word.upos == guess.upos
            total += 1
            if replace:
                word.upos, word.xpos, word.feats = guess.upos, guess.xpos, guess.feats
    return same, total
