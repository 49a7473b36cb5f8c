"""The learned models' machinery: fitting separates what the features separate, deterministically;
out-of-fold scores never come from a model fitted on the same group; shipped weights load back."""

from __future__ import annotations

import json

from kb.extract import learned


def _examples() -> list[learned.Example]:
    good = [frozenset({"verb:said", "speaker:known", f"w:{i % 3}"}) for i in range(30)]
    bad = [frozenset({"verb:none", "speaker:outlet", f"w:{i % 3}"}) for i in range(30)]
    return [(f, True) for f in good] + [(f, False) for f in bad]


def test_fit_learns_the_separating_features_and_ignores_shared_ones() -> None:
    model = learned.fit("toy", _examples())
    assert model.score({"verb:said", "speaker:known"}) > 0.9
    assert model.score({"verb:none", "speaker:outlet"}) < 0.1
    assert abs(model.weights.get("w:1", 0.0)) < abs(model.weights["verb:said"])
    assert model.accepts({"verb:said"}) and not model.accepts({"verb:none"})


def test_fit_is_deterministic_and_drops_rare_features() -> None:
    examples = [*_examples(), (frozenset({"verb:said", "once:only"}), True)]
    first, second = learned.fit("toy", examples), learned.fit("toy", examples)
    assert first.to_json() == second.to_json()
    assert "once:only" not in first.weights


def test_out_of_fold_scores_never_see_their_own_group() -> None:
    # Group "a" alone carries the feature; its own fold cannot have learned it, so it scores ~ the prior.
    examples = [("a", (frozenset({"only:a"}), True))] * 6 + [
        (f"g{i}", (frozenset({"other"}), i % 2 == 0)) for i in range(20)]
    scores = learned.folds(examples, k=5)
    fitted_on_all = learned.fit("all", [ex for _, ex in examples])
    assert fitted_on_all.score({"only:a"}) > 0.8
    assert all(0.3 < score < 0.75 for score in scores[:6])


def test_a_model_round_trips_through_its_json(tmp_path, monkeypatch) -> None:
    model = learned.fit("toy", _examples(), threshold=0.4)
    monkeypatch.setattr(learned, "MODELS", tmp_path)
    learned.load.cache_clear()
    assert learned.load("toy") is None
    (tmp_path / "toy.json").write_text(model.to_json(trained_on="toy examples"), encoding="utf-8")
    learned.load.cache_clear()
    loaded = learned.load("toy")
    assert loaded is not None and loaded.threshold == 0.4
    assert json.loads((tmp_path / "toy.json").read_text())["trained_on"] == "toy examples"
    features = {"verb:said", "speaker:known", "w:1"}
    assert abs(loaded.score(features) - model.score(features)) < 1e-3
    learned.load.cache_clear()
