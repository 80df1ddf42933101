"""workbench: a claim fact-checking workbench."""

__version__ = "0.1.0"
