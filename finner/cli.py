"""The ``finner`` command (also ``python -m finner``).

    finner extract INPUT... -o OUT [--format jsonl|csv] [--text-field text] [--id-field id]
                   [--lines] [--n-process N] [--batch-size N] [--progress/--no-progress]
    finner demo [TEXT]
    finner validate PATH... [--label EXTRA]
    finner convert IN OUT [--from FORMAT] [--to FORMAT] [--report] [--allow-drop]
    finner train DATA... --output DIR [--base default|PATH] [--dev FILE] ...
    finner evaluate PIPELINE DATA...

Errors (a missing file, a bad JSON line) are printed as ``error: file:line:
message`` and the command exits with status 1.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(name="finner", help="Financial entities and exact amounts from Chinese text.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


def _fail(message: str, code: int = 1) -> "typer.Exit":
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


# ---------------------------------------------------------------- extract

@app.command()
def extract(
    inputs: List[Path] = typer.Argument(..., help="Input files: .txt, .jsonl or .csv."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file ('-' for standard output)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="Output format: jsonl or csv."),
    text_field: str = typer.Option("text", help="Field (JSONL) or column (CSV) holding the text."),
    id_field: str = typer.Option("id", help="Field or column holding the document id."),
    lines: bool = typer.Option(False, "--lines", help="Treat every line of a .txt file as a document."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=1, help="Worker processes."),
    batch_size: int = typer.Option(256, min=1, help="Documents per worker batch."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress",
                                            help="Progress bar (default: when standard error is a terminal)."),
) -> None:
    """Extract every mention from INPUT files: one output row per mention with its document id."""
    from finner.batch import ROW_FIELDS, iter_extract, rows
    from finner.inputs import InputError, iter_documents
    if fmt not in ("jsonl", "csv"):
        raise _fail(f"--format must be jsonl or csv, not {fmt!r}")
    try:
        docs = iter_documents(inputs, text_field=text_field, id_field=id_field, lines=lines)
        first = next(docs, None)                      # checks every path before writing anything
    except InputError as exc:
        raise _fail(str(exc))
    ids: List[object] = []

    def texts():
        if first is None:
            return
        ids.append(first[0])
        yield first[1]
        for doc_id, text in docs:
            ids.append(doc_id)
            yield text

    show = sys.stderr.isatty() if progress is None else progress
    out = sys.stdout if str(output) == "-" else None
    n_docs = n_rows = n_errors = 0
    try:
        fh = out or open(output, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror})")
    try:
        writer = csv.DictWriter(fh, fieldnames=list(ROW_FIELDS)) if fmt == "csv" else None
        if writer:
            writer.writeheader()
        results = iter_extract(texts(), n_process=n_process, batch_size=batch_size)
        if show:
            from tqdm import tqdm
            results = tqdm(results, unit="doc", file=sys.stderr)
        for k, res in enumerate(results):
            n_docs += 1
            n_errors += res["error"] is not None
            for row in rows([res], [ids[k]]):
                n_rows += 1
                if writer:
                    writer.writerow(row)
                else:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    except InputError as exc:
        raise _fail(str(exc))
    finally:
        if out is None:
            fh.close()
    typer.echo(f"{n_docs} documents, {n_rows} rows, {n_errors} documents with errors -> {output}", err=True)


# ---------------------------------------------------------------- demo

@app.command()
def demo(text: Optional[str] = typer.Argument(None, help="Text to read instead of the built-in example.")) -> None:
    """Print the entity table for a built-in example (or TEXT)."""
    from finner.__main__ import EXAMPLE, table
    if text is None:
        typer.echo(EXAMPLE + "\n")
    typer.echo(table(text if text is not None else EXAMPLE))


# ---------------------------------------------------------------- validate

@app.command()
def validate(paths: List[Path] = typer.Argument(..., help="Corpus JSONL files or directories."),
             label: List[str] = typer.Option([], "--label", help="Accept this label besides finner's.")) -> None:
    """Check corpus files: offsets, labels, overlaps, quantity fields, repeated texts."""
    from finner.training.corpus import LABELS, validate_path
    try:
        n, problems = validate_path(*paths, labels=LABELS + tuple(label))
    except FileNotFoundError as exc:
        raise _fail(str(exc))
    for p in problems:
        typer.echo(str(p))
    typer.echo(f"{n} records, {len(problems)} problems", err=True)
    if problems:
        raise typer.Exit(1)


def main(argv: Optional[List[str]] = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    try:
        app(args=argv, prog_name="finner")
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
