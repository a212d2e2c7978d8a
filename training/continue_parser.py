"""Run stanza's parser trainer, encoding the data with the vocabulary of ``--continue_from``.

Why: stanza rebuilds the vocabulary from the training file even when it continues a saved
model.  On the gold-tag data the model was trained on, that gives the same vocabulary; on
data tagged by our tagger (``train_models.py retag``) it does not, and the continued model
meets tag indices its embeddings lack.  Resuming from stanza's checkpoint has the same need,
since the checkpoint descends from the same model.

    python training/continue_parser.py --continue_from MODEL.pt <stanza parser options>
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    import torch
    from stanza.models import parser as stanza_parser
    from stanza.models.pos.vocab import MultiVocab

    if "--continue_from" not in argv:
        sys.exit("continue_parser.py needs --continue_from MODEL.pt")
    model_path = argv[argv.index("--continue_from") + 1]
    saved = torch.load(model_path, map_location="cpu", weights_only=False)
    model_vocab = MultiVocab.load_state_dict(saved["vocab"])
    original = stanza_parser.DataLoader

    def loader_with_model_vocab(doc, batch_size, args, pretrain, vocab=None, **kwargs):  # type: ignore[no-untyped-def]
        return original(doc, batch_size, args, pretrain, vocab=vocab or model_vocab, **kwargs)

    stanza_parser.DataLoader = loader_with_model_vocab
    stanza_parser.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
