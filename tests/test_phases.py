"""kb.derived.phases: a phase logs its CPU, wall, memory and counts at INFO on ``kb.derived``, and costs nothing (no
line, no /proc read) when that logger is not enabled."""

from __future__ import annotations

import logging

import pytest

from kb.derived import phases


def test_a_phase_logs_its_cost_and_counts(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kb.derived"), phases.phase("claims loaded") as detail:
        detail["claims"] = 3
    (line,) = [r.getMessage() for r in caplog.records if r.name == "kb.derived"]
    assert line.startswith("phase claims loaded: cpu ") and " rss " in line and " peak " in line
    assert line.endswith(" claims=3")


def test_a_disabled_logger_reads_nothing(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phases, "memory_mb", lambda: pytest.fail("read /proc though nobody listens"))
    with caplog.at_level(logging.WARNING, logger="kb.derived"), phases.phase("rules") as detail:
        detail["conflicts"] = 1
    assert not [r for r in caplog.records if r.name == "kb.derived"]


def test_memory_is_read_from_proc() -> None:
    rss, peak = phases.memory_mb()
    assert 0 < rss <= peak
