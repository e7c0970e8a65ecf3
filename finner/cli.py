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
    ner: bool = typer.Option(True, "--ner/--no-ner", help="Use the statistical NER (--no-ner: rules only, "
                                                        "much faster, only listed names)."),
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
    import collections
    ids: "collections.deque[object]" = collections.deque()      # ids of documents read, not yet written

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
        results = iter_extract(texts(), n_process=n_process, batch_size=batch_size, ner=ner)
        if show:
            from tqdm import tqdm
            results = tqdm(results, unit="doc", file=sys.stderr)
        for res in results:
            n_docs += 1
            n_errors += res["error"] is not None
            for row in rows([res], [ids.popleft()]):
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


# ---------------------------------------------------------------- convert

@app.command()
def convert(input: Path = typer.Argument(..., help="Annotation file to read."),
            output: Path = typer.Argument(..., help="File to write."),
            from_format: Optional[str] = typer.Option(None, "--from", help="Input format (default: guessed)."),
            to_format: str = typer.Option("finner", "--to", help="Output format."),
            label: List[str] = typer.Option([], "--label", help="Expected labels: others are reported."),
            report: bool = typer.Option(False, "--report", help="Print the report even when nothing is wrong."),
            allow_drop: bool = typer.Option(False, "--allow-drop",
                                            help="Write the output although spans were repaired or left out."),
            ) -> None:
    """Convert annotations between doccano, Label Studio, Prodigy, CLUENER, BIO/BMES, .spacy and finner JSONL.

    Every misaligned, overlapping or unknown-label span is reported; when there
    is any, nothing is written (exit 1) unless --allow-drop is given."""
    import collections

    from finner.training.readers import FORMATS, read, write
    if to_format not in FORMATS:
        raise _fail(f"--to must be one of {', '.join(FORMATS)}, not {to_format!r}")
    try:
        res = read(input, from_format, labels=label or None)
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc))
    for p in res.problems:
        typer.echo(str(p), err=True)
    counts = collections.Counter(s["label"] for r in res.records for s in r["spans"])
    if report or res.problems:
        typer.echo(f"{len(res.records)} records, {sum(counts.values())} spans "
                   f"({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}), {len(res.problems)} problems",
                   err=True)
    if res.problems and not allow_drop:
        raise _fail(f"{len(res.problems)} problems: nothing written (fix them, or pass --allow-drop to write "
                    f"what was kept)")
    try:
        write(res.records, output, to_format)
    except ValueError as exc:
        raise _fail(str(exc))
    typer.echo(f"wrote {len(res.records)} records to {output}", err=True)


# ---------------------------------------------------------------- train

@app.command()
def train(data: List[Path] = typer.Argument(..., help="Annotated files (any format `finner convert` reads)."),
          output: Path = typer.Option(..., "--output", "-o", help="Directory for the trained pipeline."),
          base: str = typer.Option("default", help="'default' (finner's model), a model or pipeline "
                                                   "directory, or 'none' to train from scratch."),
          dev: Optional[List[Path]] = typer.Option(None, help="Annotated dev files (default: 15% of DATA)."),
          epochs: int = typer.Option(30, min=1), patience: int = typer.Option(6, min=1),
          max_seconds: Optional[float] = typer.Option(None, help="Stop after this long."),
          seed: int = typer.Option(0)) -> None:
    """Train or fine-tune the NER and write a pipeline that finner.load(OUTPUT) loads (rules included)."""
    import json

    from finner.training.readers import read
    from finner.training.train import split_dev
    from finner.training.train import train as run_train
    records, problems = [], []
    try:
        for p in data:
            res = read(p)
            records += res.records
            problems += res.problems
        dev_records = []
        for p in dev or []:
            res = read(p)
            dev_records += res.records
            problems += res.problems
    except (FileNotFoundError, ValueError) as exc:
        raise _fail(str(exc))
    for p in problems:
        typer.echo(f"warning: {p}", err=True)
    if not records:
        raise _fail("no annotated records in the training data")
    if not dev_records:
        records, dev_records = split_dev(records, 0.15, seed)
    model, rep = run_train(records, dev_records, base=None if base == "none" else base, epochs=epochs,
                           patience=patience, max_seconds=max_seconds, seed=seed,
                           log=lambda m: typer.echo(m, err=True))
    from finner.training.train import save_pipeline
    save_pipeline(model, output)
    (output / "training.json").write_text(json.dumps(rep, ensure_ascii=False, indent=1), encoding="utf-8")
    typer.echo(f"best dev F {rep['best_dev_f']:.3f} at epoch {rep['best_epoch']}, {rep['seconds']} s; "
               f"labels {', '.join(rep['labels'])}; pipeline written to {output}", err=True)


# ---------------------------------------------------------------- evaluate

@app.command()
def evaluate(pipeline: str = typer.Argument(..., help="A pipeline directory, 'default', or 'rules' "
                                                      "(the default pipeline without the NER)."),
             data: List[Path] = typer.Argument(..., help="Annotated files (any format `finner convert` reads)."),
             errors: int = typer.Option(0, help="List up to N errors per label and kind."),
             as_json: bool = typer.Option(False, "--json", help="Scores as JSON.")) -> None:
    """Per-label precision, recall and F of PIPELINE on DATA (exact span and label)."""
    import json

    import finner
    from finner.training import evaluate as ev
    from finner.training.readers import read
    cases = []
    try:
        for p in data:
            cases += read(p).records
        nlp = finner.load(ner=pipeline != "rules") if pipeline in ("default", "rules") else finner.load(pipeline)
    except (FileNotFoundError, ValueError, OSError) as exc:
        raise _fail(str(exc))
    result = ev.evaluate(cases, ev.predict(nlp, cases))
    if as_json:
        typer.echo(json.dumps(ev.to_json(result), ensure_ascii=False, indent=2))
    else:
        typer.echo(ev.format_report(result))
        if errors:
            typer.echo("\n" + ev.format_errors(result, errors))


def main(argv: Optional[List[str]] = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    try:
        app(args=argv, prog_name="finner")
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
