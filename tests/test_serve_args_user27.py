"""``kb serve`` / ``kb demo`` with a port or host it cannot listen on (user27's trial): one line and exit 2, never a
server on another port than the one announced, never a traceback; ``--port 0`` announces the port it got."""

from __future__ import annotations

import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _kb(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("command", [["serve", "--store", ":memory:"], ["demo", "--store", ":memory:"]])
@pytest.mark.parametrize("port", ["99999", "-1"])
def test_a_port_out_of_range_is_a_usage_error(command: list[str], port: str) -> None:
    result = _kb(*command, "--port", port)
    assert result.returncode == 2, result
    assert "Serving" not in result.stdout and "ingested" not in result.stdout  # refused before anything ran
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--port" in lines[0] and "0<=x<=65535" in lines[0], result.stderr


@pytest.mark.parametrize("host", ["nosuchhost.invalid", "999.1.1.1", "192.0.2.1"])
def test_a_host_it_cannot_listen_on_is_one_line(host: str) -> None:
    result = _kb("serve", "--store", ":memory:", "--host", host, "--port", "8123")
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and "Serving" not in result.stdout
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith(f"kb: {host}:8123: cannot listen there ("), result.stderr


def test_port_zero_announces_the_port_it_got() -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kb.cli", "serve", "--store", ":memory:", "--port", "0"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found and found.group(1) != "0", line
        with urllib.request.urlopen(f"http://127.0.0.1:{found.group(1)}/sparql", timeout=30) as answer:
            assert answer.status == 200  # the announced port is the one served
    finally:
        proc.terminate()
        proc.wait(timeout=30)
