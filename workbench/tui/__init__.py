"""The review TUI: a Textual shell over the store (every read and write runs in a worker)."""
