"""The ``finner`` command (also ``python -m finner``).

    finner --version
    finner extract INPUT... -o OUT [--format jsonl|csv] [--text-field text] [--id-field id]
                   [--lines] [--n-process N] [--batch-size N] [--ner/--no-ner]
                   [--on-bad-lines error|skip] [--keep-empty] [--resume] [--quiet] [--piece-size N]
    finner demo [TEXT | -]
    finner validate PATH... [--label EXTRA]
    finner convert IN OUT [--from FORMAT] [--to FORMAT] [--report] [--allow-drop]
    finner train DATA... --output DIR [--base default|PATH] [--dev FILE] ...
    finner evaluate PIPELINE DATA...

Errors (a missing file, a bad JSON line) are printed as ``error: file:line:
message`` and the command exits with status 1 (130 when interrupted).

``extract`` never loses or destroys data: it writes to ``OUT.partial`` and
renames it to OUT at the end, so a failed or interrupted run leaves OUT as it
was; an output that is also an input is refused before anything is read; and
``--resume`` continues an interrupted run from its last complete document.
"""
from __future__ import annotations

import collections
import csv
import io
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

import typer

app = typer.Typer(name="finner", help="Financial entities and exact amounts from Chinese text.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


def _version(value: bool) -> None:
    if value:
        from finner import __version__
        typer.echo(f"finner {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Financial entities and exact amounts from Chinese text."""


def _fail(message: str, code: int = 1) -> "typer.Exit":
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


# ---------------------------------------------------------------- extract

PIECE_SIZE = 4000            # a longer document is read in pieces of about this many characters
MAX_CHARS = 4000             # and a batch closes once it holds this many characters (the NER model
                             # takes about 30 kB a character of its batch)
CHECKPOINT_SECONDS = 1.0     # how often an unfinished output records how far it got
PROGRESS_SECONDS = 10.0      # a progress line this often when standard error is not a terminal


def _same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` name one file, after links (symbolic or hard) are followed."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def _hms(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


class _Progress:
    """Documents done out of the total, and the share of the text read, on
    standard error: one line redrawn on a terminal, a new line every
    ``PROGRESS_SECONDS`` otherwise (so that logs keep it)."""

    def __init__(self, total_docs: int, total_chars: int, done_docs: int, done_chars: int, stream):
        self.total_docs, self.total_chars = total_docs, max(total_chars, 1)
        self.docs, self.chars, self.start_chars = done_docs, done_chars, done_chars
        self.stream = stream
        self.tty = stream.isatty()
        self.every = 0.2 if self.tty else PROGRESS_SECONDS
        self.t0 = time.monotonic()
        self.last = float("-inf")
        self.show()

    def line(self) -> str:
        elapsed = time.monotonic() - self.t0
        text = (f"{self.docs}/{self.total_docs} documents, {100 * self.chars / self.total_chars:.0f}% of the text, "
                f"{_hms(elapsed)}")
        rate = (self.chars - self.start_chars) / elapsed if elapsed > 0 else 0
        if rate > 0 and self.chars < self.total_chars:
            text += f", about {_hms((self.total_chars - self.chars) / rate)} left"
        return text

    def show(self, final: bool = False) -> None:
        now = time.monotonic()
        if not final and now - self.last < self.every:
            return
        self.last = now
        if self.tty:
            self.stream.write("\r" + self.line() + ("\n" if final else "\x1b[K"))
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def update(self, docs: int, chars: int) -> None:
        self.docs += docs
        self.chars += chars
        self.show()

    def close(self) -> None:
        self.show(final=True)


class _Output:
    """An output file written atomically and resumably.

    Rows go to ``OUT.partial`` in the output's folder; ``OUT.partial-log``
    starts with the settings of the run and then records, about once a second
    and after the last document, how many documents are complete and how many
    bytes of the partial file they take.  ``finish`` renames the partial file
    to OUT; until then OUT is untouched.  A resumed run cuts the partial file
    back to the last recorded size (a document cut off by a kill, a half
    written line) and goes on from the document after."""

    def __init__(self, output: Path, settings: Dict[str, Any]):
        self.output = output
        self.partial = output.with_name(output.name + ".partial")
        self.log_path = output.with_name(output.name + ".partial-log")
        self.settings = settings
        self.fh: Any = None
        self.log: Any = None
        self.docs = 0                 # complete documents in the partial file
        self.bytes = 0                # and the bytes they take
        self.last_mark = time.monotonic()

    def unfinished(self) -> bool:
        return self.partial.exists() or self.log_path.exists()

    def start(self, header: bytes) -> None:
        self.fh = open(self.partial, "wb")
        self.fh.write(header)
        self.bytes = len(header)
        self.log = open(self.log_path, "w", encoding="utf-8")
        self.log.write(json.dumps({"finner extract": self.settings}, ensure_ascii=False) + "\n")
        self.mark(force=True)

    def recorded(self) -> Tuple[int, int]:
        """The documents complete in the partial file and the bytes they take,
        from its log.  Raises ValueError when the run cannot be continued."""
        if not self.partial.exists() or not self.log_path.exists():
            raise ValueError(f"{self.partial.name} and {self.log_path.name} go together, and one is missing")
        lines = self.log_path.read_text(encoding="utf-8").splitlines()
        try:
            settings = json.loads(lines[0])["finner extract"]
        except (IndexError, ValueError, KeyError, TypeError):
            raise ValueError(f"{self.log_path} is not a finner extract log") from None
        if settings != self.settings:
            diff = sorted(k for k in set(settings) | set(self.settings) if settings.get(k) != self.settings.get(k))
            raise ValueError(f"the unfinished run used other settings or other input files (differs: "
                             f"{', '.join(diff)}), so its rows would not match this run's")
        docs = size = None
        for line in lines[1:]:
            try:
                mark = json.loads(line)
                docs, size = int(mark["docs"]), int(mark["bytes"])
            except (ValueError, KeyError, TypeError):
                break                                 # a line cut off by a kill: the marks before it stand
        if docs is None or size is None:
            raise ValueError(f"{self.log_path} records no complete document")
        if self.partial.stat().st_size < size:
            raise ValueError(f"{self.partial} is shorter ({self.partial.stat().st_size} bytes) than its log says "
                             f"({size} bytes)")
        return docs, size

    def resume(self) -> int:
        """Reopen the partial file at its last complete document (anything after
        it is cut off); the number of documents it holds."""
        docs, size = self.recorded()
        self.fh = open(self.partial, "r+b")
        self.fh.truncate(size)
        self.fh.seek(size)
        self.docs, self.bytes = docs, size
        self.log = open(self.log_path, "a", encoding="utf-8")
        self.mark(force=True)
        return docs

    def write(self, data: bytes) -> None:
        self.fh.write(data)

    def document_done(self, nbytes: int) -> None:
        """One more complete document, which took ``nbytes`` bytes in all."""
        self.docs += 1
        self.bytes += nbytes
        self.mark()

    def mark(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last_mark >= CHECKPOINT_SECONDS:
            self.fh.flush()
            self.log.write(json.dumps({"docs": self.docs, "bytes": self.bytes}) + "\n")
            self.log.flush()
            self.last_mark = now

    def close(self) -> None:
        """Stop, keeping what is complete for --resume (an interrupt or a failure)."""
        for f in (self.fh, self.log):
            if f is not None and not f.closed:
                if f is self.fh:
                    self.mark(force=True)
                f.close()

    def finish(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        self.log.close()
        os.replace(self.partial, self.output)
        self.log_path.unlink()

    def discard(self) -> None:
        for f in (self.fh, self.log):
            if f is not None and not f.closed:
                f.close()
        for p in (self.partial, self.log_path):
            if p.exists():
                p.unlink()


def _signature(paths: Sequence[Path]) -> List[List[Any]]:
    out = []
    for p in paths:
        st = p.stat()
        out.append([os.path.realpath(p), st.st_size, st.st_mtime_ns])
    return out


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
    on_bad_lines: str = typer.Option("error", "--on-bad-lines",
                                     help="error: stop at the first bad line and write nothing; skip: report "
                                          "each bad line, process the others."),
    keep_empty: bool = typer.Option(False, "--keep-empty",
                                    help="Give a document with no mention one row with its id, so every id "
                                         "appears."),
    resume: bool = typer.Option(False, "--resume",
                                help="Continue an interrupted run of the same command instead of starting over."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary on standard error."),
    progress: bool = typer.Option(True, "--progress/--no-progress", hidden=True),
    piece_size: int = typer.Option(PIECE_SIZE, min=100,
                                   help="Read a longer document in pieces of about this many characters, cut at "
                                        "line and sentence ends (bounds memory)."),
) -> None:
    """Extract every mention from INPUT files: one output row per mention with its document id."""
    from finner.batch import iter_pieces
    from finner.inputs import InputError, iter_items
    _check_extract(inputs, output, fmt, on_bad_lines, resume)

    def items():
        return iter_items(inputs, text_field=text_field, id_field=id_field, lines=lines)

    settings = {"inputs": _signature(inputs), "format": fmt, "text_field": text_field, "id_field": id_field,
                "lines": lines, "ner": ner, "keep_empty": keep_empty, "on_bad_lines": on_bad_lines,
                "piece_size": piece_size}
    sink = None if str(output) == "-" else _Output(output, settings)
    skip = 0                                          # documents complete in the output of an interrupted run
    if sink is not None and resume and sink.unfinished():
        try:
            skip = sink.recorded()[0]
        except ValueError as exc:
            raise _fail(f"{output}: cannot resume: {exc}. Run without --resume to start over")
    total_docs, total_chars, n_bad, skip_chars = _first_pass(items(), on_bad_lines, skip)
    write, skip = _open_output(sink, output, resume, _header(fmt), skip)

    ids: "collections.deque" = collections.deque()            # ids of documents sent, not yet written
    lengths: "collections.deque" = collections.deque()

    bar: Optional[_Progress] = None         # made before the first document is read
    main_thread = threading.current_thread() is threading.main_thread()
    old_handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)} if main_thread else {}
    interrupted: List[int] = []

    def on_signal(signum, frame):
        # remembered as well as raised: Python drops an exception raised while a finalizer
        # runs (a weakref callback), and _write_results then raises it after the piece
        interrupted.append(signum)
        raise KeyboardInterrupt

    try:
        for sig in old_handlers:                              # a kill from a job manager is an interrupt too
            signal.signal(sig, on_signal)
        results = iter_pieces(_texts(items(), on_bad_lines, skip, ids, lengths), n_process=n_process,
                              batch_size=batch_size, ner=ner, piece_size=piece_size, max_chars=MAX_CHARS)
        if progress and not quiet:
            bar = _Progress(total_docs, total_chars, skip, skip_chars, sys.stderr)
        n_docs, n_rows, n_errors = _write_results(results, ids, lengths, write, sink, bar, keep_empty, fmt,
                                                  interrupted)
    except KeyboardInterrupt:
        if bar is not None:
            bar.close()
        if sink is None:
            raise _fail("interrupted", 130)
        sink.close()
        raise _fail(f"interrupted after {sink.docs} of {total_docs} documents; {output} is unchanged. The "
                    f"complete documents are kept in {sink.partial}: run the same command with --resume to "
                    f"continue", 130)
    except InputError as exc:
        if sink is not None:
            sink.close()
        raise _fail(f"{exc} (the input changed while it was read)")
    except BaseException:
        if sink is not None:
            sink.close()
        raise
    finally:
        for sig, handler in old_handlers.items():
            signal.signal(sig, handler)
    if bar is not None:
        bar.close()
    _finish(sink, output)
    if not quiet:
        done = f" ({skip} done before)" if skip else ""
        typer.echo(f"{n_docs + skip} documents{done}, {n_rows} rows, {n_errors} documents with errors -> {output}",
                   err=True)
    if n_bad:
        typer.echo(f"{n_bad} bad line{'s' if n_bad != 1 else ''} skipped", err=True)


def _check_extract(inputs: List[Path], output: Path, fmt: str, on_bad_lines: str, resume: bool) -> None:
    """Refuse bad options, and an output that is also an input, before anything is read."""
    from finner.inputs import InputError, check_paths
    if fmt not in ("jsonl", "csv"):
        raise _fail(f"--format must be jsonl or csv, not {fmt!r}")
    if on_bad_lines not in ("error", "skip"):
        raise _fail(f"--on-bad-lines must be error or skip, not {on_bad_lines!r}")
    to_stdout = str(output) == "-"
    if to_stdout and resume:
        raise _fail("--resume needs an output file, not standard output")
    if not to_stdout:
        out = _Output(output, {})
        for p in inputs:
            for q, what in ((output, "the output"), (out.partial, "the unfinished output"),
                            (out.log_path, "the log of the unfinished output")):
                if _same_file(p, q):
                    raise _fail(f"{q}: is {what} and also an input ({p}); writing it would destroy the input, "
                                f"so nothing was done. Choose another output file")
        if output.is_dir():
            raise _fail(f"{output}: is a directory; give an output file")
        if not output.parent.is_dir():
            raise _fail(f"{output}: cannot write (no folder {output.parent})")
    try:
        check_paths(inputs)
    except InputError as exc:
        raise _fail(str(exc))


def _first_pass(items: Iterable[Any], on_bad_lines: str, skip: int) -> Tuple[int, int, int, int]:
    """Read the inputs once before anything is written: the documents and characters (the
    progress total), the bad lines (``--on-bad-lines error`` stops at the first), and the
    characters of the ``skip`` documents an interrupted run completed."""
    from finner.inputs import BadLine, InputError
    total_docs = total_chars = n_bad = skip_chars = 0
    try:
        for item in items:
            if isinstance(item, BadLine):
                if on_bad_lines == "error":
                    raise _fail(f"{item} (nothing written; --on-bad-lines skip leaves bad lines out)")
                n_bad += 1
                typer.echo(f"bad line skipped: {item}", err=True)
                continue
            total_docs += 1
            total_chars += len(item.text)
            if total_docs <= skip:
                skip_chars += len(item.text)
    except InputError as exc:
        raise _fail(str(exc))
    return total_docs, total_chars, n_bad, skip_chars


def _texts(items: Iterable[Any], on_bad_lines: str, skip: int, ids: "collections.deque",
           lengths: "collections.deque") -> Iterator[str]:
    """The texts to read, after the ``skip`` documents an interrupted run completed; the id
    and length of each go to ``ids`` and ``lengths`` as it is sent."""
    from finner.inputs import BadLine, InputError
    seen = 0
    for item in items:
        if isinstance(item, BadLine):
            if on_bad_lines == "error":               # only when a file changed since the first pass
                raise InputError(str(item))
            continue
        seen += 1
        if seen <= skip:                              # complete in the partial output already
            continue
        ids.append(item.id)
        lengths.append(len(item.text))
        yield item.text


def _header(fmt: str) -> bytes:
    """The CSV header row (nothing for JSON lines)."""
    from finner.batch import ROW_FIELDS
    if fmt != "csv":
        return b""
    buf = io.StringIO()
    csv.writer(buf).writerow(ROW_FIELDS)
    return buf.getvalue().encode("utf-8")


def _encode(row_list: List[Dict[str, Any]], fmt: str) -> bytes:
    from finner.batch import ROW_FIELDS
    if fmt == "csv":
        b = io.StringIO()
        csv.DictWriter(b, fieldnames=list(ROW_FIELDS)).writerows(row_list)
        return b.getvalue().encode("utf-8")
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in row_list).encode("utf-8")


def _open_output(sink: Optional[_Output], output: Path, resume: bool, header: bytes,
                 skip: int) -> Tuple[Callable[[bytes], None], int]:
    """Start the output, or continue an unfinished one with ``--resume``: the function that
    writes to it, and how many documents it holds complete (standard output when ``sink`` is
    None)."""
    if sink is None:
        stdout = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None

        def write(data: bytes) -> None:
            if stdout is not None:
                stdout.write(data)
            else:                                             # a text stream (tests)
                sys.stdout.write(data.decode("utf-8"))
        write(header)
        return write, skip
    try:
        if resume and sink.unfinished():
            skip = sink.resume()
        else:
            if resume:
                typer.echo(f"note: no unfinished run of {output} to resume; starting from the beginning", err=True)
            elif sink.unfinished():
                typer.echo(f"note: starting over; the unfinished output {sink.partial} of an earlier run is "
                           f"discarded (--resume continues it)", err=True)
            sink.start(header)
    except ValueError as exc:
        raise _fail(f"{output}: cannot resume: {exc}. Run without --resume to start over")
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror})")
    return sink.write, skip


def _write_results(results: Iterable[Tuple[Any, Dict[str, Any], bool]], ids: "collections.deque",
                   lengths: "collections.deque", write: Callable[[bytes], None], sink: Optional[_Output],
                   bar: Optional[_Progress], keep_empty: bool, fmt: str,
                   interrupted: Sequence[int] = ()) -> Tuple[int, int, int]:
    """Write the rows of each piece as it comes (``last``: a document's last piece, which
    completes it in the output); the documents, rows and documents with errors written.
    ``interrupted`` holds the signals received: the run stops after the piece in hand."""
    from finner.batch import rows
    n_docs = n_rows = n_errors = 0
    doc_bytes = doc_rows = 0
    for _, res, last in results:
        doc_id = ids[0]
        out_rows = list(rows([res], [doc_id]))
        if last and keep_empty and doc_rows == 0 and not out_rows:
            out_rows = list(rows([res], [doc_id], keep_empty=True))
        data = _encode(out_rows, fmt) if out_rows else b""
        write(data)
        doc_bytes += len(data)
        doc_rows += len(out_rows)
        n_rows += len(out_rows)
        if not last:
            continue
        ids.popleft()
        n_docs += 1
        n_errors += res["error"] is not None
        if sink is not None:
            sink.document_done(doc_bytes)
        doc_bytes = doc_rows = 0
        chars = lengths.popleft()
        if bar is not None:
            bar.update(1, chars)
        if interrupted:
            raise KeyboardInterrupt
    return n_docs, n_rows, n_errors


def _finish(sink: Optional[_Output], output: Path) -> None:
    """Rename the finished output into place (flush standard output)."""
    if sink is None:
        sys.stdout.flush()
        return
    try:
        sink.finish()
    except OSError as exc:
        sink.close()
        raise _fail(f"{output}: cannot write ({exc.strerror})")


# ---------------------------------------------------------------- demo

@app.command()
def demo(text: Optional[str] = typer.Argument(None, help="Text to read instead of the built-in example "
                                                        "('-': standard input).")) -> None:
    """Print the entity table for a built-in example (or TEXT)."""
    from finner.__main__ import EXAMPLE, table
    if text == "-":
        text = sys.stdin.read()
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
    for problem in problems:
        typer.echo(f"warning: {problem}", err=True)
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
    from finner import scoring
    # one run of the pipeline: the Examples' predicted docs are processed in place
    examples = scoring.examples_from_records(nlp, cases)
    for _ in nlp.pipe(eg.predicted for eg in examples):
        pass
    result = ev.evaluate(cases, [[ev.span_record(e) for e in eg.predicted.ents] for eg in examples])
    scores = scoring.score(examples)         # what nlp.evaluate's finner.scorer.v1 gives
    if as_json:
        typer.echo(json.dumps({**ev.to_json(result), "scorer": scores}, ensure_ascii=False, indent=2))
    else:
        typer.echo(ev.format_report(result))
        typer.echo(_scorer_line(scores))
        if errors:
            typer.echo("\n" + ev.format_errors(result, errors))


def _scorer_line(scores: Dict[str, Any]) -> str:
    def f(x: Optional[float]) -> str:
        return "n/a" if x is None else f"{x:.3f}"
    return (f"finner.scorer.v1: ents_p {f(scores['ents_p'])}  ents_r {f(scores['ents_r'])}  "
            f"ents_f {f(scores['ents_f'])}  quantity_acc {f(scores['quantity_acc'])}")


def main(argv: Optional[List[str]] = None) -> int:
    """Run the command line; returns the exit status instead of exiting."""
    try:
        app(args=argv, prog_name="finner")
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
