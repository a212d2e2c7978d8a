"""How much the parser loses to the tagger: EWT dev LAS with gold tags and with predicted tags.

    python benchmarks/tag_gap.py [--model DIR] [--split dev|test]

Gold tokenisation and sentences throughout, so the difference between the two LAS figures is
the cost of tagging errors alone (end to end, tokenisation and sentence splitting add theirs:
``benchmarks/parser.py``).  Also prints the tagger's UPOS accuracy on the same words.
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

from tagging import copy_tags, pretokenized_pipeline, tag_words  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=REPO / "quoteattr" / "models" / "en")
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    args = ap.parse_args(argv)
    gold_file = UD / f"en_ewt-ud-{args.split}.conllu"
    if not gold_file.exists():
        print(f"skipped: {gold_file} not found (needs ../shared)")
        return 0
    model = args.model
    pipe = pretokenized_pipeline(model / "pos.pt", model / "tokenize.pt", "tokenize,pos,lemma,depparse",
                                 lemma_model_path=str(model / "lemma.pt"), depparse_model_path=str(model / "depparse.pt"))
    tagged = tag_words(pipe, CoNLL.conll2doc(str(gold_file)))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("gold tags", "predicted tags"):
            doc = CoNLL.conll2doc(str(gold_file))
            same, total = copy_tags(doc, tagged, replace=name == "predicted tags")
            for sentence in doc.sentences:
                for word in sentence.words:
                    word.head, word.deprel = None, None
            out = Path(tmp) / "pred.conllu"
            CoNLL.write_doc2conll(pipe.processors["depparse"].process(doc), str(out))
            scores = ud_scores(str(gold_file), str(out))
            results[name] = (100 * scores["UAS"].f1, 100 * scores["LAS"].f1)
    print(f"EWT {args.split}, gold tokens, {args.model}: tagger UPOS {100 * same / total:.2f}")
    for name, (uas, las) in results.items():
        print(f"  {name:15} UAS {uas:.2f}  LAS {las:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
