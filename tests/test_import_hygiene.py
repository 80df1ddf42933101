"""The headless core never imports Textual (the TUI is a shell over it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEADLESS = [
    "workbench.models",
    "workbench.store",
    "workbench.extract",
    "workbench.evidence",
    "workbench.report",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{module} imports textual\n{result.stderr}"


def test_the_html_reader_imports_with_its_dependencies() -> None:
    """trafilatura pulls lxml.html.clean through jusText; a fresh install must have it."""
    import trafilatura  # noqa: F401
