"""The faster tree decoder returns exactly stanza's trees, and is installed on the pipeline."""

from __future__ import annotations

import numpy as np
import pytest

from quoteattr.tree_decoding import is_acyclic, one_root_tree

cle = pytest.importorskip("stanza.models.common.chuliu_edmonds")


def _scores(rng: np.random.Generator, n: int, planted: bool) -> np.ndarray:
    """Log-probability-like scores for n words (+ root); optionally with one tree standing out."""
    scores = rng.normal(size=(n + 1, n + 1)).astype(np.float32)
    if planted:
        heads = [0, 0] + [int(rng.integers(1, i)) for i in range(2, n + 1)]  # a random one-root tree
        order = rng.permutation(n) + 1  # relabel words so heads may follow their dependents
        label = {0: 0, **{i + 1: int(order[i]) for i in range(n)}}
        for dep in range(1, n + 1):
            scores[label[dep], label[heads[dep]]] += 6.0
    return scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))


@pytest.mark.parametrize("planted", [True, False])
def test_same_trees_as_stanza(planted):
    rng = np.random.default_rng(7)
    for n in list(range(1, 40)) * 5:
        scores = _scores(rng, n, planted)
        expected = cle.chuliu_edmonds_one_root(scores)
        assert one_root_tree(scores).tolist() == expected.tolist()


def test_fast_path_is_taken_when_the_best_heads_form_a_tree():
    tree = np.array([0, 2, 0, 2, 3])
    assert is_acyclic(tree)
    assert not is_acyclic(np.array([0, 2, 1, 0]))  # 1 <-> 2


def test_installed_on_the_embedded_pipeline(extractor):
    from quoteattr.tree_decoding import decode_graph_predictions

    model = extractor.parser.pipeline.processors["depparse"]._trainer.model
    assert model.decode_graph_predictions is decode_graph_predictions
    assert type(model).decode_graph_predictions is not decode_graph_predictions  # stanza's class untouched
