"""Train the compact English stanza models that quoteattr ships.

Why a script of our own: stanza's ``run_*`` wrappers look up pretrained word
vectors and character LMs on a model hub that no machine here can reach.  This
script prepares UD English-EWT with stanza's own dataset tools and calls each
trainer with explicit, hub-free options.  Every stage saves its best model as it
goes; the parser also keeps a resumable checkpoint, so rerunning the same
command continues where an interrupted run stopped.

Usage (see docs/models.md for the exact runs behind the shipped weights)::

    python training/train_models.py train --stage all --device cuda --minutes 8   # prepares data first
    python training/train_models.py package
    python training/train_models.py tagdict           # an experiment, not shipped: training/tag_dictionary.py
    python training/train_models.py retag             # parser data with the tagger's tags, then:
    python training/train_models.py train --stage depparse --predicted-tags --continue_from quoteattr/models/en/depparse.pt
    python training/train_models.py train --stage pos --halves a,b   # two taggers on halves of train, then
    python training/train_models.py retag --halves a,b                # train tagged by the tagger that did not see it
    training/gpu_session.sh                           # the whole plan on a lent GPU (docs/models.md)

Stages run side by side; ``--minutes`` stops each one (its best dev model is kept).
Extra options go to every trainer, e.g. ``--eval_interval 1000``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_WORK = REPO / "training" / "work"
PACKAGE_DIR = REPO / "quoteattr" / "models" / "en"
SHORT = "en_ewt"
PREDICTED_FOLDER = "depparse_predicted"  # parser data with the tagger's tags (the retag step)
STAGES = ("tokenize", "mwt", "pos", "lemma", "depparse")

# Sizes chosen to keep the shipped files small (<60 MB together, half precision)
# while staying close to stanza's defaults; see docs/models.md for the trade-off.
HYPER = {
    "tokenize": ["--steps", "30000", "--eval_steps", "500"],
    "mwt": ["--num_epoch", "30"],
    "pos": ["--no_pretrain", "--max_steps", "20000", "--eval_interval", "200",
            "--hidden_dim", "200", "--char_hidden_dim", "200",
            "--deep_biaff_hidden_dim", "200", "--word_emb_dim", "75"],
    "lemma": ["--num_epoch", "30"],
    "depparse": ["--no_pretrain", "--max_steps", "30000", "--eval_interval", "200",
                 "--hidden_dim", "300", "--char_hidden_dim", "200",
                 "--deep_biaff_hidden_dim", "300", "--word_emb_dim", "100",
                 "--batch_size", "5000"],
}


def retag(work: Path, tagger: Path) -> None:
    """Write the parser's data again with the tagger's tags in place of the gold ones.

    Why: a parser trained on gold tags leans on them and loses 7.5 LAS on EWT dev when fed the
    tagger's (88.4 -> 80.9, session 4).  stanza's own retagging looks for pretrained vectors on
    its hub, so this calls the tagger through a local pipeline instead.
    """
    from stanza.utils.conll import CoNLL
    from tagging import copy_tags, pretokenized_pipeline, tag_words

    pipe = pretokenized_pipeline(tagger, PACKAGE_DIR / "tokenize.pt")
    source = work / "data" / "depparse"
    target = work / "data" / PREDICTED_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        doc = CoNLL.conll2doc(str(source / f"{SHORT}.{split}.in.conllu"))
        same, total = copy_tags(doc, tag_words(pipe, doc))
        CoNLL.write_doc2conll(doc, str(target / f"{SHORT}.{split}.in.conllu"))
        print(f"{split}: {total} words retagged, UPOS agreement with gold {100 * same / total:.2f}", flush=True)


HALVES = ("a", "b")  # jackknifing: two taggers, each trained on half of train, tag the other half


def jackknife_split(work: Path) -> None:
    """Write the tagger's train data as two halves (even and odd sentences) for two taggers.

    Why: a parser retagged by a tagger that saw its training sentences learns tags better than it
    will meet in use (that tagger is 95% right on train against 93.5% on dev, session 4); each half
    retagged by the tagger trained on the other half carries the errors of unseen text.
    """
    source = work / "data" / "pos"
    blocks = _conllu_blocks(source / f"{SHORT}.train.in.conllu")
    for n, half in enumerate(HALVES):
        target = work / "data" / f"pos_{half}"
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{SHORT}.train.in.conllu").write_text("".join(blocks[n::2]), encoding="utf-8")
        shutil.copyfile(source / f"{SHORT}.dev.in.conllu", target / f"{SHORT}.dev.in.conllu")
        print(f"pos_{half}: {len(blocks[n::2])} training sentences", flush=True)


def _conllu_blocks(path: Path) -> list[str]:
    """The sentences of a CoNLL-U file, each with its comment lines and closing blank line."""
    text = path.read_text(encoding="utf-8").strip("\n")
    return [block.strip("\n") + "\n\n" for block in text.split("\n\n") if block.strip()]


def retag_jackknifed(work: Path, tagger: Path) -> None:
    """The retag step with jackknifed train tags: even sentences tagged by the tagger trained on the
    odd ones (half b) and the other way round; dev and test by ``tagger``, trained on all of train."""
    from stanza.models.common.doc import Document
    from stanza.utils.conll import CoNLL
    from tagging import copy_tags, pretokenized_pipeline, tag_words

    retag(work, tagger)  # dev and test (and a train file replaced below)
    source = work / "data" / "depparse"
    target = work / "data" / PREDICTED_FOLDER
    doc = CoNLL.conll2doc(str(source / f"{SHORT}.train.in.conllu"))
    same = total = 0
    for n, other in enumerate(reversed(HALVES)):  # even sentences (half a) by tagger b, odd by tagger a
        half_tagger = work / "saved_models" / f"pos_{other}" / "en_ewt_tagger.pt"
        if not half_tagger.exists():
            sys.exit(f"missing {half_tagger}; train it with --stage pos --half {other}")
        pipe = pretokenized_pipeline(half_tagger, PACKAGE_DIR / "tokenize.pt")
        part = Document([sentence.to_dict() for sentence in doc.sentences[n::2]])
        s, t = copy_tags(part, tag_words(pipe, part))
        same, total = same + s, total + t
        for sentence, tagged in zip(doc.sentences[n::2], part.sentences):
            for word, new in zip(sentence.words, tagged.words):
                word.upos, word.xpos, word.feats = new.upos, new.xpos, new.feats
    CoNLL.write_doc2conll(doc, str(target / f"{SHORT}.train.in.conllu"))
    print(f"train (jackknifed): {total} words, UPOS agreement with gold {100 * same / total:.2f}", flush=True)


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DATA_ROOT"] = str(work / "data")
    env["UDBASE"] = str(work / "ud")
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def prepare(work: Path, ud_dir: Path) -> None:
    """Lay out EWT the way stanza's dataset tools expect, then convert it."""
    treebank = work / "ud" / "UD_English-EWT"
    treebank.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        src = ud_dir / f"en_ewt-ud-{split}.conllu"
        if not src.exists():
            sys.exit(f"missing {src}")
        shutil.copyfile(src, treebank / src.name)
    env = _env(work)
    for tool, extra in (("prepare_tokenizer_treebank", []),
                        ("prepare_mwt_treebank", []),
                        ("prepare_pos_treebank", []),
                        ("prepare_depparse_treebank", ["--gold"])):
        subprocess.run([sys.executable, "-m", f"stanza.utils.datasets.{tool}",
                        "UD_English-EWT", *extra], check=True, env=env)
    # The lemmatizer reads the same files as the tagger; stanza's own lemma
    # preparation would try to reach the model hub, so copy instead.
    lemma = work / "data" / "lemma"
    lemma.mkdir(parents=True, exist_ok=True)
    pos = work / "data" / "pos"
    for split in ("train", "dev", "test"):
        shutil.copyfile(pos / f"{SHORT}.{split}.in.conllu", lemma / f"{SHORT}.{split}.in.conllu")
    shutil.copyfile(work / "data" / "tokenize" / f"{SHORT}.dev.gold.conllu",
                    lemma / f"{SHORT}.dev.gold.conllu")


# Per stage: trainer module, the data folder it reads, its save name, and whether it takes
# --lang (the lemmatizer does not).  Tokenizer files are named differently and handled below.
TRAINERS = {
    "mwt": ("stanza.models.mwt_expander", "mwt", "en_ewt_mwt_expander.pt", True),
    "pos": ("stanza.models.tagger", "pos", "en_ewt_tagger.pt", True),
    "lemma": ("stanza.models.lemmatizer", "lemma", "en_ewt_lemmatizer.pt", False),
    "depparse": ("stanza.models.parser", "depparse", "en_ewt_parser.pt", True),
}


def stage_command(stage: str, work: Path, device: str, extra: list[str], predicted_tags: bool = False,
                  half: str | None = None) -> list[str]:
    """The exact trainer invocation for one stage (the parser on predicted tags, a tagger on half of
    train, if asked)."""
    data = work / "data"
    save = work / "saved_models" / (f"{stage}_{half}" if half else stage)
    common = ["--mode", "train", "--shorthand", SHORT, *(["--device", device] if device else [])]
    if stage == "tokenize":
        tok = data / "tokenize"
        return [sys.executable, "-m", "stanza.models.tokenizer", *common, "--lang", "en",
                "--txt_file", str(tok / f"{SHORT}.train.txt"),
                "--label_file", str(tok / f"{SHORT}-ud-train.toklabels"),
                "--mwt_json_file", str(tok / f"{SHORT}-ud-train-mwt.json"),
                "--dev_txt_file", str(tok / f"{SHORT}.dev.txt"),
                "--dev_label_file", str(tok / f"{SHORT}-ud-dev.toklabels"),
                "--dev_conll_gold", str(tok / f"{SHORT}.dev.gold.conllu"),
                "--conll_file", str(work / "tokenize.dev.pred.conllu"),
                "--save_dir", str(save), "--save_name", "en_ewt_tokenizer.pt", *HYPER["tokenize"], *extra]
    if stage not in TRAINERS:
        raise ValueError(f"unknown stage {stage!r}; choose from {STAGES}")
    module, folder, save_name, takes_lang = TRAINERS[stage]
    if stage == "depparse" and predicted_tags:
        folder = PREDICTED_FOLDER
        if not (data / folder).exists():
            sys.exit(f"missing {data / folder}; run the retag step first")
    if half is not None:
        if stage != "pos":
            raise ValueError("only the tagger trains on half of train (jackknifing)")
        folder = f"pos_{half}"
        if not (data / folder).exists():
            jackknife_split(data.parent)
    files = data / folder
    launcher = ["-m", module]
    if stage == "depparse" and predicted_tags:
        # stanza would rebuild the vocabulary from the retagged file; keep the model's own
        launcher = [str(REPO / "training" / "continue_parser.py")]
    command = [sys.executable, *launcher, *common, *(["--lang", "en"] if takes_lang else []),
               "--train_file", str(files / f"{SHORT}.train.in.conllu"),
               "--eval_file", str(files / f"{SHORT}.dev.in.conllu"),
               "--output_file", str(work / f"{stage}{'_' + half if half else ''}.dev.pred.conllu"),
               "--save_dir", str(save), "--save_name", save_name]
    if stage == "mwt":
        command += ["--gold_file", str(files / f"{SHORT}.dev.gold.conllu")]
    return [*command, *HYPER[stage], *extra]


def train(work: Path, stages: list[str], device: str, minutes: float, extra: list[str],
          predicted_tags: bool = False, halves: tuple[str, ...] = ()) -> int:
    """Run the stages side by side (the tagger once per half of train when ``halves`` are given);
    stop each after ``minutes`` (best model is kept)."""
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    env = _env(work)
    procs = []
    runs = [(stage, half) for stage in stages for half in (halves if stage == "pos" and halves else (None,))]
    for stage, half in runs:
        cmd = stage_command(stage, work, device, extra, predicted_tags, half)
        if minutes > 0:
            # SIGINT lets a trainer stop between steps; one stuck in a long step is killed later
            cmd = ["timeout", "--signal=INT", "--kill-after=300s", f"{int(minutes * 60)}s", *cmd]
        log = open(logs / f"{stage}{'_' + half if half else ''}.log", "a")
        print("+", " ".join(cmd), flush=True)
        procs.append((f"{stage}{'_' + half if half else ''}", subprocess.Popen(cmd, env=env, stdout=log,
                                                                              stderr=subprocess.STDOUT), log))
    worst = 0
    for stage, proc, log in procs:
        rc = proc.wait()
        log.close()
        print(f"{stage}: exit {rc}", flush=True)
        if rc not in (0, 124, 130, -2):
            worst = rc or 1
    return worst


def package(work: Path, target: Path, stages: list[str]) -> None:
    """Copy the best models into the package, in half precision, without optimiser state.

    Only ``stages`` are replaced, so one retrained model can ship beside the others.
    """
    import torch

    names = {"tokenize": "en_ewt_tokenizer.pt", "mwt": "en_ewt_mwt_expander.pt",
             "pos": "en_ewt_tagger.pt", "lemma": "en_ewt_lemmatizer.pt",
             "depparse": "en_ewt_parser.pt"}
    target.mkdir(parents=True, exist_ok=True)
    for stage in stages:
        name = names[stage]
        src = work / "saved_models" / stage / name
        if not src.exists():
            sys.exit(f"missing trained model {src}; run the train step first")
        state = torch.load(src, map_location="cpu", weights_only=False)
        for key in ("optimizer", "optimizer_state_dict", "scheduler"):
            state.pop(key, None)
        _halve(state)
        torch.save(state, target / f"{stage}.pt")
        print(f"{stage}: {(target / f'{stage}.pt').stat().st_size / 1e6:.1f} MB")


def tagdict(ud_dir: Path, work: Path) -> None:
    """The tag dictionary experiment (training/tag_dictionary.py) from EWT train only."""
    from stanza.utils.conll import CoNLL

    import tag_dictionary

    doc = CoNLL.conll2doc(str(ud_dir / "en_ewt-ud-train.conllu"))
    table = tag_dictionary.build((w.text, w.upos, w.xpos, w.feats) for s in doc.sentences for w in s.words)
    work.mkdir(parents=True, exist_ok=True)
    path = work / tag_dictionary.FILE_NAME
    tag_dictionary.write(table, path)
    print(f"{path}: {len(table)} words, {path.stat().st_size / 1e3:.0f} kB")


def _halve(obj: object) -> object:
    """Store float32 tensors as float16 in place (stanza casts back on load)."""
    import torch

    if isinstance(obj, dict):
        for key, value in obj.items():
            obj[key] = _halve(value)
    elif isinstance(obj, list):
        return [_halve(v) for v in obj]
    elif isinstance(obj, torch.Tensor) and obj.dtype == torch.float32:
        return obj.half()
    return obj


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=["prepare", "split", "retag", "train", "package", "tagdict"])
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--ud-dir", type=Path, default=REPO.parent / "shared" / "data" / "ud")
    parser.add_argument("--stage", default="all", help="comma-separated stages or 'all'")
    parser.add_argument("--device", default="", help="cuda or cpu (stanza picks when empty)")
    parser.add_argument("--minutes", type=float, default=0, help="wall-clock budget per stage")
    parser.add_argument("--target", type=Path, default=PACKAGE_DIR)
    parser.add_argument("--tagger", type=Path, default=PACKAGE_DIR / "pos.pt", help="tagger for the retag step")
    parser.add_argument("--predicted-tags", action="store_true",
                        help="train the parser on the retag step's files instead of gold tags")
    parser.add_argument("--halves", default="", help="train: 'a,b' trains the tagger on each half of train "
                        "(jackknifing); retag: use those two taggers for train")
    args, extra = parser.parse_known_args(argv)
    if args.step == "prepare":
        prepare(args.work, args.ud_dir)
        return 0
    if args.step == "split":  # the tagger's train data in two halves (jackknifing)
        if not (args.work / "data" / "pos").exists():
            prepare(args.work, args.ud_dir)
        jackknife_split(args.work)
        return 0
    if args.step == "tagdict":
        tagdict(args.ud_dir, args.work)
        return 0
    halves = tuple(h for h in args.halves.split(",") if h)
    if any(h not in HALVES for h in halves):
        sys.exit(f"--halves takes {','.join(HALVES)}")
    if args.step == "retag":
        if not (args.work / "data" / "depparse").exists():
            prepare(args.work, args.ud_dir)
        (retag_jackknifed if halves else retag)(args.work, args.tagger)
        return 0
    stages = list(STAGES) if args.stage == "all" else args.stage.split(",")
    if args.step == "train":
        if not (args.work / "data" / "depparse").exists():
            prepare(args.work, args.ud_dir)  # one command from a fresh checkout
        return train(args.work, stages, args.device, args.minutes, extra, args.predicted_tags, halves)
    package(args.work, args.target, stages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
