"""The command palette (ctrl+p): every action of the current screen and the app, by name."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode


def _commands(node: DOMNode) -> Iterator[tuple[str, str, Binding]]:
    for binding in getattr(type(node), "BINDINGS", []):
        if isinstance(binding, Binding) and binding.description and binding.id:
            key = binding.key.split(",")[0]
            yield f"{binding.description} ({key})", binding.action, binding


class WorkbenchCommands(Provider):
    """One palette entry per key binding of the screen it was opened on, and of the app."""

    def _entries(self) -> list[tuple[str, str, DOMNode, Binding]]:
        entries: list[tuple[str, str, DOMNode, Binding]] = []
        seen: set[str] = set()
        for node in (self.screen, self.app):
            for name, action, binding in _commands(node):
                if name not in seen:
                    seen.add(name)
                    entries.append((name, action, node, binding))
        return entries

    async def discover(self) -> Hits:
        for name, action, node, binding in self._entries():
            yield DiscoveryHit(
                name, partial(self.app.run_action, action, node), help=binding.tooltip
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, node, binding in self._entries():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self.app.run_action, action, node),
                    help=binding.tooltip,
                )
