"""The README documents every command and every review key."""

from __future__ import annotations

from pathlib import Path

import click

from workbench.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _command_paths(group: click.Group, prefix: str = "workbench") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, path))
        else:
            paths.append(path)
    return paths


def test_every_command_is_in_the_readme() -> None:
    missing = [path for path in _command_paths(cli) if f"`{path}" not in README]
    assert not missing, f"not documented in README.md: {missing}"


def test_every_review_key_is_in_the_readme() -> None:
    from workbench.tui.screens.review import ReviewScreen

    keys = {b.key for b in ReviewScreen.BINDINGS}  # type: ignore[union-attr]
    named = {"ctrl+z", "space", "enter", "escape"}
    missing = [
        key
        for key in keys
        if key not in named and f"`{key}`" not in README and f"`{key.split(',')[0]}`" not in README
    ]
    assert not missing, f"review keys not in README.md: {missing}"
