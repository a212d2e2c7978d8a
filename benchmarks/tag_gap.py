"""How much the parser loses to the tagger: EWT dev LAS with gold tags and with predicted tags.

    python benchmarks/tag_gap.py [--model DIR] [--split dev|test] [--tag-dictionary training/work/tagdict.tsv]

Gold tokenisation and sentences throughout, so the difference between the LAS figures is
the cost of tagging errors alone (end to end, tokenisation and sentence splitting add theirs:
``benchmarks/parser.py``).  Also prints the tagger's UPOS accuracy on the same words, and with
``--tag-dictionary`` a third row where that table (``training/tag_dictionary.py``, an experiment
the package does not use) has corrected the tagger.
Session 4 found the session-3 parser at 88.39 (gold tags) vs 80.85 (predicted) on dev, which is
why the parser was then continued on retagged data (``training/train_models.py retag``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UD = REPO.parent / "shared" / "data" / "ud"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

import tag_dictionary  # noqa: E402
from tagging import copy_tags, pretokenized_pipeline, tag_words  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=REPO / "quoteattr" / "models" / "en")
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    ap.add_argument("--tag-dictionary", type=Path, default=None, help="a table from train_models.py tagdict")
    args = ap.parse_args(argv)
    gold_file = UD / f"en_ewt-ud-{args.split}.conllu"
    if not gold_file.exists():
        print(f"skipped: {gold_file} not found (needs ../shared)")
        return 0
    model = args.model
    pipe = pretokenized_pipeline(model / "pos.pt", model / "tokenize.pt", "tokenize,pos,lemma,depparse",
                                 lemma_model_path=str(model / "lemma.pt"), depparse_model_path=str(model / "depparse.pt"))
    tagged = tag_words(pipe, CoNLL.conll2doc(str(gold_file)))
    table_file = args.tag_dictionary
    runs = ["gold tags", "predicted tags"] + (["+ tag dictionary"] if table_file is not None else [])
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in runs:
            doc = CoNLL.conll2doc(str(gold_file))
            if name == "+ tag dictionary":
                tag_dictionary.retag(tagged, tag_dictionary.without_attribution_words(tag_dictionary.load(table_file)))
            same, total = copy_tags(doc, tagged, replace=name != "gold tags")
            for sentence in doc.sentences:
                for word in sentence.words:
                    word.head, word.deprel = None, None
            out = Path(tmp) / "pred.conllu"
            CoNLL.write_doc2conll(pipe.processors["depparse"].process(doc), str(out))
            scores = ud_scores(str(gold_file), str(out))
            results[name] = (100 * scores["UAS"].f1, 100 * scores["LAS"].f1, 100 * same / total)
    print(f"EWT {args.split}, gold tokens, {args.model}")
    for name, (uas, las, upos) in results.items():
        tagger = f"  (UPOS {upos:.2f})" if name != "gold tags" else ""
        print(f"  {name:17} UAS {uas:.2f}  LAS {las:.2f}{tagger}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
