"""Faster tree decoding for stanza's graph parser, with the same trees.

Why: stanza decodes every sentence with Chu-Liu-Edmonds, and its cycle search (Tarjan's
algorithm in Python) takes a fifth of quoteattr's parsing time.  For most sentences the
best-scoring head of each word already forms a tree with one root; that tree is then the
best single-root tree and the search adds nothing.  Otherwise stanza's own algorithm runs.  The decoder is installed on one loaded model instance, never
on stanza's classes, so other stanza users in the process are untouched.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """Exactly what ``stanza.models.common.chuliu_edmonds.chuliu_edmonds_one_root`` returns.

    stanza weights every root arc down so that its search keeps one; when the unweighted best
    heads already form a tree with one root arc, no single-root tree scores higher, so that
    tree is the answer.
    """
    from stanza.models.common import chuliu_edmonds as cle

    best = scores.astype(np.float64)  # a copy: stanza's scores stay as they are
    cle.prepare_scores(best)
    tree = np.argmax(best, axis=1)
    if int(np.count_nonzero(tree[1:] == 0)) == 1 and is_acyclic(tree):
        return tree
    return cle.chuliu_edmonds_one_root(scores)


def is_acyclic(tree: np.ndarray) -> bool:
    """Every word reaches the root (index 0) by following heads."""
    heads = tree.tolist()
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 reaches the root
    state[0] = 2
    for start in range(1, len(heads)):
        path = []
        node = start
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node]
        if state[node] == 1:
            return False
        for visited in path:
            state[visited] = 2
    return True


def decode_graph_predictions(vocab: Any, batch_size: int, preds: list[np.ndarray], sentlens: list[int],
                             resolve_head_constraints: bool = False) -> list[list[list[Any]]]:
    """stanza's ``GraphParser.decode_graph_predictions`` with :func:`one_root_tree` inside."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse.head_constraints import resolve_head_constraint_violations

    head_seqs = []
    deprel_seqs = []
    for i, length in enumerate(sentlens):
        scores = preds[0][i][:length, :length]
        labels = preds[1][i]
        tree = one_root_tree(scores)
        if resolve_head_constraints:
            label_log_probs = preds[2][i][:length, :length, :]
            tree, raw_label_ids = resolve_head_constraint_violations(scores, label_log_probs, tree, vocab)
            deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw_label_ids])
        else:
            deprels = vocab.unmap([labels[j + 1][h] for j, h in enumerate(tree[1:])])
        head_seqs.append(tree[1:])
        deprel_seqs.append(deprels)
    return [[[head_seqs[i][j], deprel_seqs[i][j]] for j in range(sentlens[i] - 1)] for i in range(batch_size)]


def install(pipeline: object) -> bool:
    """Give the pipeline's graph parser the faster decoder; False when stanza's layout differs."""
    processor = getattr(pipeline, "processors", {}).get("depparse")
    model = getattr(getattr(processor, "_trainer", None), "model", None)
    if model is None or not hasattr(type(model), "decode_graph_predictions"):
        return False
    model.decode_graph_predictions = decode_graph_predictions
    return True
