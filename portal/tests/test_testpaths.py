"""Every app's tests run: an app missing from pytest's testpaths would silently run none."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_folder_with_tests_is_in_testpaths():
    testpaths = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]["testpaths"])
    with_tests = {path.parent.name for path in ROOT.glob("*/tests") if any(path.glob("test_*.py"))}
    assert with_tests <= testpaths, sorted(with_tests - testpaths)
