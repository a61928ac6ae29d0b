"""`curate`: a thin typer layer. Each command parses, calls one library function, prints."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from curation.config import CurateError

app = typer.Typer(
    name="curate",
    help="German news articles -> Label Studio -> versioned Parquet gold sets.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
server_app = typer.Typer(help="The embedded Label Studio server (data in .labelstudio/).", no_args_is_help=True)
app.add_typer(server_app, name="server")
annotators_app = typer.Typer(help="The people who annotate: invite link, accounts and their work.", no_args_is_help=True)
app.add_typer(annotators_app, name="annotators")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])


def friendly(func: F) -> F:
    """Turn user-facing errors into one line on stderr and a non-zero exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CurateError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def show(report: Any, json_file: Path | None) -> None:
    """Print a figure report (agreement, audit, diff) and, when asked, write it as JSON."""
    out.print(report.render())
    if json_file:
        report.write_json(json_file)
        out.print(f"figures written to {json_file}")


@app.command()
@friendly
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders; default corpus/raw/*.txt")] = None,
) -> None:
    """Clean raw articles and add them to the ingested corpus (corpus/articles.jsonl)."""
    from curation.corpus import ingest as run

    report = run(paths or None)
    out.print(report.summary())
    for name, reason in report.rejected:
        err.print(f"rejected {name}: {reason}", highlight=False)
    if report.rejected:
        raise typer.Exit(1)


@app.command()
@friendly
def push(
    project: Annotated[str | None, typer.Option(help="Label Studio project title (exact match)")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path instead of the rules")] = None,
    update_predictions: Annotated[
        bool, typer.Option("--update-predictions", help="Attach new predictions to tasks already pushed")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, max=5000, help="Tasks per import request")] = 500,
    processes: Annotated[int, typer.Option(min=1, help="Processes for pre-annotation (spaCy's n_process)")] = 1,
    overlap: Annotated[
        int | None,
        typer.Option(min=1, help="Each task is annotated by N different annotators (the project's overlap settings)"),
    ] = None,
) -> None:
    """Pre-annotate the ingested corpus and import it into Label Studio (no duplicates on re-push)."""
    from rich.progress import Progress

    from curation.labelstudio.push import push as run

    with Progress(console=err, transient=True) as progress:
        report = run(
            project_title=project,
            model=model,
            update_predictions=update_predictions,
            batch_size=batch_size,
            progress=progress,
            processes=processes,
            overlap=overlap,
        )
    out.print(report.summary())
    if report.failed:  # the other articles were imported; these are retried by the next push
        raise typer.Exit(1)


@app.command()
@friendly
def export(
    version: Annotated[str | None, typer.Option(help="Gold version to write, v<number>; default: the next free one")] = None,
    project: Annotated[str | None, typer.Option(help="Label Studio project title (exact match)")] = None,
    skip_invalid: Annotated[
        bool, typer.Option("--skip-invalid", help="Write without invalid items and list them in the manifest")
    ] = False,
    require: Annotated[
        str,
        typer.Option(
            help="any | agreement | adjudicated: which tasks are exported. agreement: one annotator, annotators "
            "who agree, or a settling annotation (adjudicator or ground-truth star); disputed tasks are held out"
        ),
    ] = "agreement",
) -> None:
    """Write an immutable Parquet gold set datasets/vN/ from the completed annotations."""
    from curation.labelstudio.export import export as run

    report = run(version=version, project_title=project, skip_invalid=skip_invalid, require=require)
    out.print(report.summary())


@app.command()
@friendly
def agreement(
    project: Annotated[str | None, typer.Option(help="Label Studio project title (exact match)")] = None,
    json_file: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON")] = None,
    plot: Annotated[Path | None, typer.Option(help="Also write annotator x annotator F1 heatmaps (PNG)")] = None,
    no_gamma: Annotated[bool, typer.Option("--no-gamma", help="Skip gamma (pygamma is slow: ~2 s per task)")] = False,
    gamma_sample: Annotated[
        int | None, typer.Option(min=1, help="Compute gamma on a seeded sample of N multi-annotated tasks")
    ] = None,
) -> None:
    """Inter-annotator agreement over the project's tasks with several annotators."""
    from curation.agreement import plot_heatmaps
    from curation.labelstudio.snapshots import project_agreement

    report = project_agreement(project_title=project, gamma=not no_gamma, gamma_sample=gamma_sample)
    show(report, json_file)
    if plot:
        plot_heatmaps(report, plot)
        out.print(f"heatmaps written to {plot}")


@app.command()
@friendly
def audit(
    version: Annotated[str, typer.Argument(help="Gold version, e.g. v3")],
    json_file: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON")] = None,
) -> None:
    """What annotators did to the pre-annotations of a gold version (from its manifest)."""
    from curation.audit import version_audit
    from curation.config import Workspace

    show(version_audit(Workspace.current().datasets_dir, version), json_file)


@app.command()
@friendly
def diff(
    version_a: Annotated[str, typer.Argument(help="Older gold version, e.g. v1")],
    version_b: Annotated[str, typer.Argument(help="Newer gold version, e.g. v2")],
    json_file: Annotated[Path | None, typer.Option("--json", help="Also write the differences as JSON")] = None,
) -> None:
    """Documents, spans, relations and splits that changed between two gold versions."""
    from curation.config import Workspace
    from curation.diff import diff as run

    show(run(Workspace.current().datasets_dir, version_a, version_b), json_file)


@app.command()
@friendly
def evaluate(
    gold: Annotated[Path, typer.Argument(help="datasets/vN, gold JSONL, or a WikiNews quotation JSONL")],
    format: Annotated[str, typer.Option("--format", help="auto | version | jsonl | wikinews")] = "auto",
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path instead of the rules")] = None,
    json_file: Annotated[Path | None, typer.Option("--json", help="Also write the figures as JSON")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List misses and false alarms per article")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N documents")] = None,
    split: Annotated[str | None, typer.Option(help="Only this split of a gold version: train | dev | test")] = None,
) -> None:
    """Score the pre-annotator against gold: P/R/F1 per label and quote type, speaker accuracy."""
    from curation.evaluate import evaluate as run

    report = run(gold, fmt=format, model=model, limit=limit, split=split)
    out.print(report.render(errors=errors))
    if json_file:
        report.write_json(json_file, errors=errors)
        out.print(f"figures written to {json_file}")


@app.command("import")
@friendly
def import_(
    path: Annotated[Path, typer.Argument(help="A file, or a folder of train/dev/test files")],
    format: Annotated[str, typer.Option("--format", help="wikinews | jsonl | conll")],
    version: Annotated[str | None, typer.Option(help="Gold version to write, v<number>; default: the next free one")] = None,
    source: Annotated[str | None, typer.Option(help="Where the annotations come from (recorded in the manifest)")] = None,
    licence: Annotated[str | None, typer.Option(help="Licence of the annotations (recorded in the manifest)")] = None,
) -> None:
    """Write an immutable gold version datasets/vN/ from existing annotations (WikiNews, gold JSONL, CoNLL)."""
    from curation.importer import import_gold

    report = import_gold(path, format, version=version, source=source, licence=licence)
    out.print(report.summary(), highlight=False)


@app.command()
@friendly
def train(
    versions: Annotated[list[Path], typer.Argument(help="Gold versions datasets/vN (train split trains, dev stops)")],
    output: Annotated[Path, typer.Option("--output", help="Where the pipeline goes: models/NAME")],
    config: Annotated[Path | None, typer.Option(help="spaCy training config; default configs/curate.cfg")] = None,
    overrides: Annotated[
        list[str] | None, typer.Option("--set", help="Config override KEY=VALUE, e.g. training.max_steps=500")
    ] = None,
) -> None:
    """Train the spaCy pipeline (ACTOR, QUOTE, speaker) from gold versions; write models/NAME (combined + trained)."""
    from curation.train import parse_overrides
    from curation.train import train as run

    report = run(versions, output, config=config, overrides=parse_overrides(overrides or []))
    out.print(report.summary(), highlight=False)


@app.command("train-curve")
@friendly
def train_curve(
    versions: Annotated[list[Path], typer.Argument(help="Gold versions datasets/vN")],
    plot: Annotated[Path | None, typer.Option(help="Also draw the curve into this PNG")] = None,
    config: Annotated[Path | None, typer.Option(help="spaCy training config; default configs/curate.cfg")] = None,
    overrides: Annotated[
        list[str] | None, typer.Option("--set", help="Config override KEY=VALUE, e.g. training.max_steps=500")
    ] = None,
) -> None:
    """Train on 25/50/75/100 % of the train split; print dev F1 per label for each (does more annotation help?)."""
    from curation.train import parse_overrides
    from curation.train import train_curve as run

    report = run(versions, config=config, plot=plot, overrides=parse_overrides(overrides or []))
    out.print(report.summary(), highlight=False)


@app.command()
@friendly
def adjudicate(
    project: Annotated[str | None, typer.Option(help="Label Studio project title (exact match)")] = None,
    adjudicator: Annotated[
        list[str] | None,
        typer.Option("--adjudicator", help="E-mail whose annotation settles a task (repeatable; kept in curate.json)"),
    ] = None,
) -> None:
    """Give every task whose annotators disagree a consensus prediction to adjudicate in Label Studio."""
    from curation.labelstudio.adjudicate import adjudicate as run

    out.print(run(project_title=project, adjudicators=adjudicator or []).summary(), highlight=False)


@server_app.command("start")
@friendly
def server_start(
    port: Annotated[int | None, typer.Option(help="Port on 127.0.0.1; default 8080 or a free one")] = None,
    database: Annotated[
        str | None,
        typer.Option(
            envvar="CURATE_DATABASE_URL",
            show_envvar=True,
            help="postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME, or 'sqlite'; default: the one used last, "
            "else SQLite in .labelstudio/ (pass a password through the environment variable, not argv)",
        ),
    ] = None,
) -> None:
    """Start the embedded Label Studio in the background and wait until it answers."""
    from curation.labelstudio import start_server

    out.print(start_server(port=port, database=database).summary())


@server_app.command("stop")
@friendly
def server_stop() -> None:
    """Stop the embedded Label Studio this workspace started."""
    from curation.labelstudio import stop_server

    out.print("stopped" if stop_server() else "not running")


@server_app.command("status")
@friendly
def server_status() -> None:
    """URL, login and project counts of the embedded Label Studio."""
    from curation.labelstudio import server_status as run

    status = run()
    out.print(status.summary())
    if not status.running:
        raise typer.Exit(1)


@annotators_app.command("invite")
@friendly
def annotators_invite(
    project: Annotated[str | None, typer.Option(help="Also print where this project is (exact title)")] = None,
) -> None:
    """Print the organisation's invite link: annotators sign up through it."""
    from curation.labelstudio.annotators import invite

    out.print(invite(project_title=project).summary(), highlight=False)


@annotators_app.command("list")
@friendly
def annotators_list(
    project: Annotated[str | None, typer.Option(help="Only this project (exact title); default all")] = None,
) -> None:
    """Each account (e-mail, id) with its completed / skipped annotations per project."""
    from rich.table import Table

    from curation.labelstudio.annotators import list_annotators

    table = Table("e-mail", "id", "project", "completed", "skipped")
    for row in list_annotators(project_title=project).rows():
        table.add_row(*row)
    out.print(table)


def main() -> None:  # pragma: no cover - console-script entry
    app(prog_name="curate")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
