"""Progress bar on a terminal, and the one-screen summary at the end of a run."""
from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as _Bar
from rich.table import Table

from .models import FileEntry


class Progress:
    """Counts files as they finish; draws a bar only when stderr is a terminal."""

    def __init__(self, console: Console):
        self.console = console
        self.bar = None
        self.task = None

    def __enter__(self) -> Progress:
        if self.console.is_terminal:
            self.bar = _Bar(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[last]}"), TimeElapsedColumn(), console=self.console,
                            transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("extract", total=None, last="")
        return self

    def advance(self, entry: FileEntry) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, last=entry.path[-40:])

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def print_summary(console: Console, summary) -> None:
    c = summary.counts
    table = Table(title="extract: run summary", show_header=False, title_justify="left")
    table.add_row("documents ok", str(c.get("ok", 0)))
    table.add_row("failed", str(c.get("failed", 0)))
    table.add_row("skipped", str(c.get("skipped", 0)))
    table.add_row("measures found", str(summary.measures))
    for code, n in sorted(summary.warnings.items()):
        table.add_row(f"warning {code}", str(n))
    table.add_row("time", f"{summary.seconds:.2f} s")
    table.add_row("manifest", str(summary.manifest_path))
    console.print(table)
