"""The `extract` command: a thin layer over run.run()."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None)
err = Console(stderr=True, highlight=False)


def _schema() -> str:
    from pydantic.json_schema import models_json_schema

    from .models import Document, MeasureRow, RunManifest
    _, defs = models_json_schema([(Document, "validation"), (MeasureRow, "validation"),
                                  (RunManifest, "validation")],
                                 title="carepolicy-extract output")
    return json.dumps(defs, ensure_ascii=False, indent=1)


@app.command()
def extract(
    raw: Annotated[Optional[Path], typer.Argument(help="folder of raw pages (.txt dumps, .html pages)")] = None,
    out: Annotated[Optional[Path], typer.Argument(help="output folder (documents/, measures.jsonl, run.json)")] = None,
    workers: Annotated[int, typer.Option(help="worker processes (0: one per CPU)")] = 0,
    engine: Annotated[str, typer.Option(help="local (process pool) or dask")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (default: a LocalCluster)")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="reuse documents of inputs unchanged since the last run")] = False,
    no_repair: Annotated[bool, typer.Option("--no-repair", help="switch garbling repair off, for comparison")] = False,
    doc_timeout: Annotated[float, typer.Option(help="seconds one document may take before it is failed")] = 30.0,
    doc_memory: Annotated[int, typer.Option(help="memory limit per worker process, MB (0: none)")] = 2048,
    report: Annotated[bool, typer.Option("--report/--no-report", help="write report.html and the CSV/Parquet exports")] = True,
    golden: Annotated[Optional[Path], typer.Option(help="score the run against golden files in this folder")] = None,
    min_f1: Annotated[Optional[float], typer.Option(help="with --golden: exit 1 when measure F1 is below this")] = None,
    schema: Annotated[bool, typer.Option("--schema", help="print the output's JSON Schema and exit")] = False,
    version: Annotated[bool, typer.Option("--version", help="print the version and exit")] = False,
) -> None:
    """Extract numbered policy measures from the Chinese web pages under RAW into OUT."""
    if version:
        print(__version__)
        raise typer.Exit(0)
    if schema:
        print(_schema())
        raise typer.Exit(0)
    if raw is None or out is None:
        err.print("usage: extract RAW OUT [options]   (extract --help for more)")
        raise typer.Exit(2)
    if min_f1 is not None and golden is None:
        err.print("--min-f1 needs --golden DIR")
        raise typer.Exit(2)
    if golden is not None and not golden.is_dir():
        err.print(f"golden folder {golden} does not exist")
        raise typer.Exit(2)

    if engine not in ("local", "dask"):
        err.print(f"--engine must be local or dask, not {engine!r}")
        raise typer.Exit(2)
    from .pipeline import Options
    from .progress import Progress, print_summary
    from .run import RunConfig, UsageError, run

    cfg = RunConfig(raw=raw, out=out, options=Options(repair=not no_repair), workers=workers,
                    doc_timeout=doc_timeout or None, max_memory_mb=doc_memory or None, resume=resume,
                    workbench=report, engine=engine, scheduler=scheduler)
    try:
        with Progress(err) as progress:
            summary = run(cfg, progress=progress.advance)
    except UsageError as e:
        err.print(f"error: {e}")
        raise typer.Exit(2)
    print_summary(err, summary)
    status = 1 if summary.counts.get("failed") else 0
    if golden is not None:
        from .evaluate import report_lines, score
        figures, rows = score(golden, out)
        for line in report_lines(figures, rows):
            print(line)
        if min_f1 is not None and figures["measure_f1"] < min_f1:
            err.print(f"measure F1 {figures['measure_f1']} is below --min-f1 {min_f1}")
            status = 1
    raise typer.Exit(status)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
