"""Small logistic models learned from the annotated real articles, with their weights in the repository.

Why learned and not one more rule: rounds of hand-written rules moved the articles they studied and left
articles nobody studied where they were (docs/extraction.md, session 17).  A rule encodes one wording; a
weight over the features the rules already compute (the verb's class, the words beside a mention, the
kind of speaker) is fitted on every annotated article at once and can be checked honestly on articles it
was not fitted on.  The models are plain sparse logistic regressions: a feature is a string, a model is a
bias and a weight per feature, scoring is a sum over the features present (linear in their number).

Weights live as JSON in ``kb/extract/models/`` beside this file, written by a training script under
``tests/realworld/`` from the annotations; nothing is downloaded and nothing is trained at run time.
Training here is deterministic (fixed order, no randomness), so retraining from the same annotations
writes the same file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

MODELS = Path(__file__).with_name("models")
Example = tuple[frozenset[str], bool]


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


@dataclass(frozen=True)
class Model:
    """A fitted model: ``score(features)`` is the probability that the candidate is right."""

    name: str
    bias: float
    weights: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.5

    def score(self, features: Iterable[str]) -> float:
        weights = self.weights
        return _sigmoid(self.bias + sum(weights.get(feature, 0.0) for feature in set(features)))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.score(features) >= self.threshold

    def to_json(self, **about: object) -> str:
        """Sorted keys, rounded weights, zeros dropped: a diff of two trainings shows what changed."""
        weights = {key: round(value, 4) for key, value in sorted(self.weights.items()) if round(value, 4)}
        body = {"name": self.name, **about, "bias": round(self.bias, 4), "threshold": self.threshold,
                "weights": weights}
        return json.dumps(body, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def fit(name: str, examples: Sequence[Example], *, epochs: int = 40, rate: float = 0.5,
        l2: float = 1e-4, min_count: int = 2, threshold: float = 0.5) -> Model:
    """Logistic regression by AdaGrad over ``examples`` in their given order.

    Features seen in fewer than ``min_count`` examples are dropped: a feature of one sentence is that
    sentence's wording, which is exactly what must not be learned.  Cost: epochs x total features.
    """
    seen: dict[str, int] = {}
    for feats, _ in examples:
        for feature in feats:
            seen[feature] = seen.get(feature, 0) + 1
    kept = [(sorted(f for f in feats if seen[f] >= min_count), label) for feats, label in examples]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 0.0
    for _ in range(epochs):
        for features, label in kept:
            error = _sigmoid(bias + sum(weights.get(f, 0.0) for f in features)) - float(label)
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square + 1e-8)
            for feature in features:
                grad = error + l2 * weights.get(feature, 0.0)
                squares[feature] = squares.get(feature, 0.0) + grad * grad
                weights[feature] = weights.get(feature, 0.0) - rate * grad / math.sqrt(squares[feature] + 1e-8)
    return Model(name, bias, weights, threshold)


def folds(examples: Sequence[tuple[str, Example]], k: int = 5) -> list[float]:
    """Out-of-fold probabilities, folds by group (an article): what the model says of articles it never saw.

    ``examples`` are (group, example); a group's examples always share a fold, so no article is scored by
    a model that was fitted on its other sentences.
    """
    groups = sorted({group for group, _ in examples})
    fold_of = {group: index % k for index, group in enumerate(groups)}
    scores = [0.0] * len(examples)
    for fold in range(k):
        model = fit("fold", [ex for group, ex in examples if fold_of[group] != fold])
        for index, (group, (features, _)) in enumerate(examples):
            if fold_of[group] == fold:
                scores[index] = model.score(features)
    return scores


@cache
def load(name: str) -> Model | None:
    """The shipped model ``name`` (``models/NAME.json``), or None when none was trained yet."""
    path = MODELS / f"{name}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["name"], float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                 float(data.get("threshold", 0.5)))


__all__ = ["MODELS", "Example", "Model", "fit", "folds", "load"]
