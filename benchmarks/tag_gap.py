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


def _pipeline(model_dir: Path):  # type: ignore[no-untyped-def]
    import stanza

    return stanza.Pipeline(
        "en", dir=str(model_dir), resources_filepath=str(REPO / "quoteattr" / "models" / "en" / "resources.json"),
        allow_unknown_language=True, processors="tokenize,pos,lemma,depparse", tokenize_pretokenized=True,
        tokenize_model_path=str(model_dir / "tokenize.pt"), pos_model_path=str(model_dir / "pos.pt"),
        lemma_model_path=str(model_dir / "lemma.pt"), depparse_model_path=str(model_dir / "depparse.pt"),
        pos_pretrain_path=None, depparse_pretrain_path=None, download_method=None, logging_level="WARN")


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
    pipe = _pipeline(args.model)
    words = [[w.text for w in s.words] for s in CoNLL.conll2doc(str(gold_file)).sentences]
    tagged = pipe.processors["pos"].process(pipe.processors["tokenize"].process(words))
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("gold tags", "predicted tags"):
            doc = CoNLL.conll2doc(str(gold_file))
            same = total = 0
            for sentence, guess in zip(doc.sentences, tagged.sentences):
                for word, g in zip(sentence.words, guess.words):
                    same += word.upos == g.upos
                    total += 1
                    if name == "predicted tags":
                        word.upos, word.xpos, word.feats = g.upos, g.xpos, g.feats
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
