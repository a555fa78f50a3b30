"""Compare intent models on the project's corpus, holding out one voice (writer/style) at a time.

    python scripts/compare_models.py                  # rules, signals, TF-IDF, TF-IDF + signals
    /path/to/venv-with-torch/bin/python scripts/compare_models.py --embeddings   # adds MiniLM configs
    python scripts/compare_models.py --static --static-model DIR   # model2vec distillation of MiniLM

Each voice is predicted by a model trained on the other voices only, so the scores say how the model
does on a style it never saw. The dev sets are scored too, for the report only: nothing here is
chosen or tuned on them. Results go to docs/results/<config>.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.adapters.corpus import LabelledInvitation, read_corpus_folder, read_intent_examples  # noqa: E402
from linkscreen.adapters.training import (  # noqa: E402
    Featurised, TrainingSettings, featurise_examples, fit_featurised, fit_held_out_voices, predict_intents)
from linkscreen.core.baseline import classify_by_signals  # noqa: E402
from linkscreen.core.evaluation import evaluate_predictions  # noqa: E402
from linkscreen.core.manners import mask_names  # noqa: E402
from linkscreen.core.linear import LinearModel  # noqa: E402
from linkscreen.core.taxonomy import INTENTS  # noqa: E402

DEVSETS = {
    "invitations": REPO.parent / "shared" / "devset" / "invitations.jsonl",
    "real_world": REPO.parent / "shared" / "devset" / "real_world.jsonl",
}


def read_settings(config: dict) -> TrainingSettings:
    """The training settings of a configuration (min_df as shipped)."""
    return TrainingSettings(
        regularisation=config.get("C", 4.0),
        signal_scale=float(config.get("signals", 0.0)),
        text=bool(config.get("text")),
        embedding_scale=float(config.get("embeddings", 0.0)),
        word_dropout_copies=bool(config.get("dropout")),
    )


def predict_config(model: LinearModel | None, items: list[Featurised], config: dict) -> list[str]:
    """The configuration's guesses: the fitted model's, or the rules' when there is no model."""
    if model is None:
        return [classify_by_signals(item.hits).intent for item in items]
    return predict_intents(model, items, read_settings(config))


def evaluate_config(name: str, config: dict, corpus: list[Featurised], devsets: dict[str, list[Featurised]]) -> dict:
    """Hold out each voice in turn; also score the held-out voice's headline-free copies (messages as exported)."""
    settings, copies = read_settings(config), bool(config.get("headline_free"))
    truth, predicted, per_voice, free_truth, free_predicted = [], [], {}, [], []
    for voice, model in _fit_each_voice(corpus, config, settings, copies):
        test = [i for i in corpus if i.example.voice == voice]
        free_test = [i.copy for i in test if i.copy]
        guesses, free_guesses = predict_config(model, test, config), predict_config(model, free_test, config)
        labels = [i.example.intent for i in test]
        per_voice[voice] = round(evaluate_predictions(labels, guesses, INTENTS).macro_f1, 4)
        truth += labels
        predicted += guesses
        free_truth += [i.example.intent for i in free_test]
        free_predicted += free_guesses
    pooled = evaluate_predictions(truth, predicted, INTENTS)
    result = {
        "config": name,
        "settings": config,
        "held_out_voice_macro_f1": round(pooled.macro_f1, 4),
        "held_out_headline_free_macro_f1": round(evaluate_predictions(free_truth, free_predicted, INTENTS).macro_f1, 4),
        "held_out_per_voice": per_voice,
        "held_out_per_label_f1": {s.label: round(s.f1, 3) for s in pooled.per_label},
        "featurise_requests_per_second": (
            round(1 / PREPARE_SECONDS["per_request"]) if PREPARE_SECONDS.get("per_request") else None
        ),
    }
    started = time.perf_counter()
    model = None if config.get("rules") or not devsets else fit_featurised(corpus, settings, copies)
    for set_name, items in devsets.items():
        guesses = predict_config(model, items, config)
        scored = evaluate_predictions([i.example.intent for i in items], guesses, INTENTS)
        result[f"dev_{set_name}_macro_f1"] = round(scored.macro_f1, 4)
        result[f"dev_{set_name}_per_label_f1"] = {s.label: round(s.f1, 3) for s in scored.per_label}
    result["seconds_for_train_and_dev"] = round(time.perf_counter() - started, 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--embeddings", action="store_true", help="add the MiniLM configurations (needs torch)")
    parser.add_argument("--static", action="store_true", help="add the static-embedding configurations (model2vec)")
    parser.add_argument(
        "--static-model", type=Path, help="folder of a model2vec distillation of MiniLM (see docs/classifier.md)"
    )
    parser.add_argument("--only", nargs="*", help="run only these configurations")
    parser.add_argument("--dev", action="store_true", help="also score the dev sets (report only; never tune on them)")
    args = parser.parse_args()
    examples = read_corpus_folder(REPO / "data" / "intent")
    dev_examples = {
        name: list(read_intent_examples(path)) for name, path in DEVSETS.items() if args.dev and path.exists()
    }
    embed = _load_embedder() if args.embeddings else None
    if args.static:
        embed = _load_static_embedder(args.static_model)
    corpus = _prepare(examples, embed)  # first, so the featurising speed reported is the corpus's (with copies)
    devsets = {name: _prepare(items, embed) for name, items in dev_examples.items()}
    configs = {
        "rules": {"rules": True},
        "signals-linear": {"signals": 1.0, "C": 10.0},
        "tfidf-linear": {"text": True, "C": 10.0, "headline_free": True},
        "tfidf+signals": {"text": True, "signals": 0.25, "C": 20.0},
        "tfidf+signals+headline-free": {"text": True, "signals": 0.25, "C": 20.0, "headline_free": True},
        "tfidf+signals+headline-free+dropout": {
            "text": True, "signals": 0.25, "C": 20.0, "headline_free": True, "dropout": True
        },
    }
    if args.embeddings:
        configs = {
            "embeddings-linear": {"embeddings": 1.0, "C": 10.0, "headline_free": True},
            "embeddings+tfidf+signals": {
                "text": True, "signals": 0.25, "embeddings": 1.0, "C": 10.0, "headline_free": True
            },
        }
    if args.static:
        configs = {
            "static-linear": {"embeddings": 1.0, "C": 10.0, "headline_free": True},
            "static+tfidf+signals": {
                "text": True, "signals": 0.25, "embeddings": 1.0, "C": 10.0, "headline_free": True
            },
        }
    for name, config in configs.items():
        if args.only and name not in args.only:
            continue
        result = evaluate_config(name, config, corpus, devsets)
        (REPO / "docs" / "results" / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
        print(
            f"{name:<28} held-out-voice {result['held_out_voice_macro_f1']:.3f}  "
            f"headline-free {result['held_out_headline_free_macro_f1']:.3f}  "
            f"dev {result.get('dev_invitations_macro_f1', 0):.3f}  "
            f"real {result.get('dev_real_world_macro_f1', 0):.3f}  "
            f"voices {result['held_out_per_voice']}",
            flush=True,
        )


PREPARE_SECONDS: dict[str, float] = {}


def _prepare(examples: list[LabelledInvitation], embed) -> list[Featurised]:
    """Featurise once (signals, terms, embeddings; with the headline-free copies); the time per request goes
    into the throughput."""
    started = time.perf_counter()
    prepared = featurise_examples(examples, None if embed is None else lambda batch: _embed_examples(embed, batch))
    PREPARE_SECONDS.setdefault("per_request", (time.perf_counter() - started) / max(len(examples), 1))
    return prepared


def _fit_each_voice(
    corpus: list[Featurised], config: dict, settings: TrainingSettings, copies: bool
) -> Iterable[tuple[str, LinearModel | None]]:
    """(voice, model fitted on the other voices), or (voice, None) for the rules, which need no fitting."""
    if config.get("rules"):
        return ((voice, None) for voice in sorted({i.example.voice for i in corpus}))
    return fit_held_out_voices(corpus, settings, copies)


def _embed_examples(embed, examples: list[LabelledInvitation]):
    from linkscreen.adapters.embeddings import describe_for_embedding

    texts = [
        describe_for_embedding(e.invitation.headline, mask_names(e.invitation.message, [e.invitation.name]))
        for e in examples
    ]
    return embed.embed(texts)


def _load_embedder():
    from linkscreen.adapters.embeddings import SentenceEmbedder

    return SentenceEmbedder()


class _StaticEmbedder:
    """A model2vec static distillation of MiniLM, from a folder made by the recipe in docs/classifier.md."""

    def __init__(self, folder: Path) -> None:
        import os

        os.environ["HF_HUB_OFFLINE"] = "1"
        from model2vec import StaticModel

        self._model = StaticModel.from_pretrained(str(folder))

    def embed(self, texts):
        import numpy as np

        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1.0, norms)


def _load_static_embedder(folder: Path | None):
    if folder is None:
        raise SystemExit("--static needs --static-model FOLDER (a model2vec distillation; see docs/classifier.md)")
    return _StaticEmbedder(folder)


if __name__ == "__main__":
    main()
