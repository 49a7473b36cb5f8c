"""A missing environment resource skips on a developer's machine and fails in CI (issue 14's test audit)."""

from __future__ import annotations

import pytest

from tests.conftest import needs


def test_missing_resource_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="chromium"):
        needs("chromium is not installed")


def test_missing_resource_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required in CI: Virtuoso"):
        needs("Virtuoso: not installed")
