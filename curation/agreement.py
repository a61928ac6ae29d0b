"""Inter-annotator agreement (`curate agreement`): pure figures over AnnotatedTasks.

Which annotations count: every task with at least two annotators (``curation.consensus.annotators_of``:
the latest annotation of each annotator who is not an adjudicator). Figures:

- **span F1 per label**, exact and overlap, with the one-to-one matching of ``curate evaluate``
  (``curation.evaluate.match_spans``): for an annotator pair (A, B), summed over the tasks both annotated,
  F1 = 2 * matched / (spans of A + spans of B) (symmetric, so no side is "gold"); then the mean over
  annotator pairs that have a span of that label. ``ALL`` pools the labels.
- **gamma** (Mathet, Widlöcher & Métivier 2015, "The Unified and Holistic Method Gamma for Inter-Annotator
  Agreement Measure and Alignment", Computational Linguistics 41(3)) for span placement and labelling,
  from ``pygamma-agreement`` with the combined positional + categorical dissimilarity. Tasks with the
  same number of annotators are laid end to end in one continuum (annotators as anonymous slots, so a
  task never penalises an annotator who did not see it); the figure is the mean over those groups
  weighted by their unit counts. The alignment is pygamma's fast-gamma (windowed; the exact alignment took
  over 13 minutes on 50 articles of ~54 spans each). Chance disorder is sampled, so numpy's global generator
  is seeded (``seed``). pygamma imports in 20-35 s (numba, cvxpy): ``gamma=False`` skips it.
- **attribute alpha**: Krippendorff's alpha (nominal, the ``krippendorff`` package) per attribute on
  matched spans. A unit is a group of spans of one label linked by pairwise overlap matches across
  annotators (union-find); an annotator with exactly one span in the unit contributes its value (an unset
  attribute counts as the value "(none)"), one with several contributes none. Values are compared as the
  export normalises them (numbers as floats).
- **speaker agreement**: over quotes matched by overlap between two annotators where at least one links a
  speaker: the share where both link it to actors that are matched with each other (same set); mean over
  annotator pairs.
- **per annotator**: the pair matrix of overlap F1 per label, and, on tasks settled by an adjudicator or a
  ground-truth star (``curation.consensus.task_agreement``), each other annotator against the settling
  annotation.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import random
import sys
from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curation.config import CurateError
from curation.report import Report
from curation.consensus import NO_VALUE, SETTLED, annotators_of, task_agreement
from curation.document import AnnotatedTask, Annotation, Span, normal_attrs
from curation.evaluate import LABELS, match_spans

MODES = ("exact", "overlap")
ALL = "ALL"
# The attributes whose agreement is measured, and the label they belong to (label_config.xml).
ATTRIBUTE_LABELS: dict[str, str] = {
    "actor_type": "ACTOR",
    "quote_type": "QUOTE",
    "qualifier": "FIGURE",
    "unit": "FIGURE",
    "value": "FIGURE",
}
METHODS = {
    "span_f1": "pairwise F1 = 2 * matched / (spans of A + spans of B), one-to-one matching as curate evaluate, "
    "summed over the tasks a pair shares, mean over pairs",
    "gamma": "Mathet et al. 2015 gamma (pygamma-agreement, fast-gamma, combined positional + categorical "
    "dissimilarity), tasks with the same number of annotators in one continuum, mean weighted by units",
    "attributes": "Krippendorff's alpha (nominal) over units of overlap-matched spans; unset = '(none)'",
    "speaker": "share of overlap-matched quotes (either side with a speaker) whose speakers map onto "
    "each other through the ACTOR matching, mean over pairs",
}
GAMMA_GAP = 1000  # characters between tasks laid end to end in one continuum


# ------------------------------------------------------------------------------------------- counts


@dataclass
class PairCounts:
    """Matched spans between two annotations and the span counts of each side."""

    matched: int = 0
    a: int = 0
    b: int = 0

    def add(self, other: PairCounts) -> None:
        self.matched += other.matched
        self.a += other.a
        self.b += other.b

    @property
    def f1(self) -> float | None:
        return 2 * self.matched / (self.a + self.b) if self.a + self.b else None

    def to_dict(self) -> dict[str, Any]:
        return {"matched": self.matched, "a": self.a, "b": self.b, "f1": _round(self.f1)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 4)


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


Counts = dict[str, dict[str, PairCounts]]  # label -> mode -> counts


def _empty_counts(labels: Sequence[str]) -> Counts:
    return {label: {mode: PairCounts() for mode in MODES} for label in (*labels, ALL)}


def pair_counts(a: Annotation, b: Annotation, labels: Sequence[str] = LABELS) -> Counts:
    """Per label and mode: spans of `a` and `b` and how many match one-to-one."""
    out = _empty_counts(labels)
    for label in labels:
        sa = [s for s in a.spans if s.label == label]
        sb = [s for s in b.spans if s.label == label]
        for mode in MODES:
            counts = PairCounts(len(match_spans(sa, sb, mode)), len(sa), len(sb))
            out[label][mode].add(counts)
            out[ALL][mode].add(counts)
    return out


def _add_counts(into: Counts, other: Counts) -> None:
    for label, modes in other.items():
        for mode, counts in modes.items():
            into[label][mode].add(counts)


# ------------------------------------------------------------------------------------------ speakers


@dataclass
class SpeakerCounts:
    agreed: int = 0
    total: int = 0  # matched quotes where at least one side links a speaker

    def add(self, other: SpeakerCounts) -> None:
        self.agreed += other.agreed
        self.total += other.total

    @property
    def share(self) -> float | None:
        return self.agreed / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"agreed": self.agreed, "total": self.total, "share": _round(self.share)}


def _speakers(annotation: Annotation) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for r in annotation.relations:
        if r.label == "speaker":
            out[r.from_id].add(r.to_id)
    return out


def _matched_ids(a: list[Span], b: list[Span]) -> list[tuple[str, str]]:
    return [(a[i].id, b[j].id) for i, j in match_spans(a, b, "overlap").items()]


def speaker_counts(a: Annotation, b: Annotation) -> SpeakerCounts:
    """Quotes matched by overlap; agreed when both link speakers and A's speakers map (through the ACTOR
    overlap matching) exactly onto B's."""
    def by_label(x: Annotation, label: str) -> list[Span]:
        return [s for s in x.spans if s.label == label]

    actor_map = dict(_matched_ids(by_label(a, "ACTOR"), by_label(b, "ACTOR")))
    speakers_a, speakers_b = _speakers(a), _speakers(b)
    out = SpeakerCounts()
    for qa, qb in _matched_ids(by_label(a, "QUOTE"), by_label(b, "QUOTE")):
        sa, sb = speakers_a.get(qa, set()), speakers_b.get(qb, set())
        if not sa and not sb:
            continue
        out.total += 1
        out.agreed += bool(sa) and {actor_map.get(x) for x in sa} == sb
    return out


# ---------------------------------------------------------------------------------------- attributes


@dataclass
class AttributeAlpha:
    """Krippendorff's alpha (nominal) of one attribute; alpha is None when undefined (fewer than two
    pairable values, or a single value throughout: then observed agreement is 1)."""

    alpha: float | None
    units: int  # units with at least two values
    values: int  # pairable values
    observed: float | None  # share of agreeing value pairs within units

    def to_dict(self) -> dict[str, Any]:
        return {"alpha": _round(self.alpha), "units": self.units, "values": self.values, "observed": _round(self.observed)}


def _find(parent: dict[Any, Any], x: Any) -> Any:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def span_units(annotations: Sequence[Annotation], label: str) -> list[dict[str, Span | None]]:
    """Groups of spans of `label` linked by pairwise overlap matches: annotator -> their one span in the
    group (None when they have several)."""
    spans = {(k, s.id): s for k, a in enumerate(annotations) for s in a.spans if s.label == label}
    parent = {key: key for key in spans}
    for (i, a), (j, b) in itertools.combinations(enumerate(annotations), 2):
        sa = [s for s in a.spans if s.label == label]
        sb = [s for s in b.spans if s.label == label]
        for ida, idb in _matched_ids(sa, sb):
            parent[_find(parent, (i, ida))] = _find(parent, (j, idb))
    groups: dict[Any, list[tuple[int, str]]] = defaultdict(list)
    for key in spans:
        groups[_find(parent, key)].append(key)
    units = []
    for members in groups.values():
        unit: dict[str, Span | None] = {}
        for k, sid in members:
            name = annotations[k].annotator
            unit[name] = None if name in unit else spans[(k, sid)]
        units.append(unit)
    return units


def _value(span: Span, name: str) -> str:
    value = normal_attrs(span.attributes).get(name)
    return NO_VALUE if value is None else json.dumps(value, ensure_ascii=False)


def nominal_alpha(units: Sequence[Sequence[str]]) -> AttributeAlpha:
    """Alpha (nominal) over units, each the list of values the coders gave it."""
    import numpy as np
    import krippendorff

    pairable = [list(u) for u in units if len(u) >= 2]
    n_values = sum(len(u) for u in pairable)
    if not pairable:
        return AttributeAlpha(None, 0, 0, None)
    pairs = [(x, y) for u in pairable for x, y in itertools.permutations(u, 2)]
    observed = sum(x == y for x, y in pairs) / len(pairs)
    codes = {v: i for i, v in enumerate(sorted({v for u in pairable for v in u}))}
    if len(codes) < 2:
        return AttributeAlpha(None, len(pairable), n_values, observed)
    width = max(len(u) for u in pairable)
    matrix = np.full((width, len(pairable)), np.nan)
    for col, unit in enumerate(pairable):
        for row, value in enumerate(unit):
            matrix[row, col] = codes[value]
    alpha = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
    return AttributeAlpha(float(alpha), len(pairable), n_values, observed)


def attribute_values(tasks: Sequence[Sequence[Annotation]], name: str, label: str) -> list[list[str]]:
    """Per unit of matched `label` spans over all tasks, the values of attribute `name`."""
    return [
        [_value(span, name) for span in unit.values() if span is not None]
        for voters in tasks
        for unit in span_units(voters, label)
    ]


# --------------------------------------------------------------------------------------------- gamma


def span_gamma(tasks: Sequence[Sequence[Annotation]], seed: int = 0, precision: float = 0.05) -> float | None:
    """Mathet's gamma over span placement and label (see the module docstring); None without units."""
    by_size: dict[int, list[Sequence[Annotation]]] = defaultdict(list)
    for voters in tasks:
        by_size[len(voters)].append(voters)
    results = [_group_gamma(group, seed, precision) for _, group in sorted(by_size.items())]
    weighted = [(g, n) for g, n in results if g is not None and n]
    total = sum(n for _, n in weighted)
    return sum(g * n for g, n in weighted) / total if total else None


def _group_gamma(group: Sequence[Sequence[Annotation]], seed: int, precision: float) -> tuple[float | None, int]:
    import numpy as np

    import pygamma_agreement as pg
    from pyannote.core import Segment

    continuum = pg.Continuum()
    slots = [f"r{k}" for k in range(len(group[0]))]
    for slot in slots:
        continuum.add_annotator(slot)
    offset, units = 0, 0
    for voters in group:
        end = 0
        for slot, annotation in zip(slots, voters):
            for s in annotation.spans:
                continuum.add(slot, Segment(offset + s.start, offset + s.end), s.label)
                units += 1
                end = max(end, s.end)
        offset += end + GAMMA_GAP
    if units < 2:
        return None, units
    np.random.seed(seed)
    dissimilarity = pg.CombinedCategoricalDissimilarity(alpha=1, beta=1)
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)  # pygamma logs "CBC solver not installed. Using GLPK." per alignment
    try:
        with _native_stdout_silenced():
            return float(continuum.compute_gamma(dissimilarity, precision_level=precision, fast=True).gamma), units
    finally:
        logging.disable(previous)


@contextmanager
def _native_stdout_silenced() -> Iterator[None]:
    """GLPK (through cvxopt) writes its solver log to the C-level stdout, which no Python setting reaches."""
    sys.stdout.flush()
    saved = os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


# -------------------------------------------------------------------------------------------- report


@dataclass
class AgreementReport(Report):
    n_tasks: int
    annotators: list[str]
    labels: tuple[str, ...]
    pairs: dict[tuple[str, str], Counts]  # (annotator, annotator) sorted -> label -> mode -> counts
    speaker_pairs: dict[tuple[str, str], SpeakerCounts]
    attributes: dict[str, AttributeAlpha]
    gamma: float | None
    vs_adjudicated: dict[str, Counts] = field(default_factory=dict)  # annotator -> counts vs settling
    n_adjudicated: int = 0
    gamma_tasks: int = 0  # how many of the n_tasks gamma was computed on (a seeded sample, or all)

    def f1(self, label: str, mode: str) -> float | None:
        """Span F1 of `label` averaged over annotator pairs."""
        return _mean([counts[label][mode].f1 for counts in self.pairs.values()])

    @property
    def speaker(self) -> float | None:
        return _mean([c.share for c in self.speaker_pairs.values()])

    def matrix(self, label: str, mode: str = "overlap") -> list[list[float | None]]:
        """annotator x annotator F1 (1.0 on the diagonal, None for pairs without a shared task)."""
        def cell(a: str, b: str) -> float | None:
            if a == b:
                return 1.0
            counts = self.pairs.get((min(a, b), max(a, b)))
            return counts[label][mode].f1 if counts else None

        return [[cell(a, b) for b in self.annotators] for a in self.annotators]

    def to_dict(self) -> dict[str, Any]:
        labels = (*self.labels, ALL)
        return {
            "n_tasks": self.n_tasks,
            "annotators": self.annotators,
            "methods": METHODS,
            "span_f1": {label: {mode: _round(self.f1(label, mode)) for mode in MODES} for label in labels},
            "gamma": _round(self.gamma),
            "gamma_tasks": self.gamma_tasks,
            "attributes": {name: a.to_dict() for name, a in self.attributes.items()},
            "speaker": _round(self.speaker),
            "pairs": [
                {
                    "a": a,
                    "b": b,
                    "spans": {label: {m: c.to_dict() for m, c in modes.items()} for label, modes in counts.items()},
                    "speaker": self.speaker_pairs[(a, b)].to_dict(),
                }
                for (a, b), counts in sorted(self.pairs.items())
            ],
            "n_adjudicated": self.n_adjudicated,
            "vs_adjudicated": {
                who: {label: {m: c.to_dict() for m, c in modes.items()} for label, modes in counts.items()}
                for who, counts in sorted(self.vs_adjudicated.items())
            },
        }

    def renderables(self) -> list[Any]:
        return report_renderables(self)

    def markdown(self) -> str:
        return markdown_section(self)


def agreement(
    tasks: Sequence[AnnotatedTask],
    adjudicators: Collection[str] = (),
    labels: Sequence[str] = LABELS,
    attributes: Mapping[str, str] = ATTRIBUTE_LABELS,
    gamma: bool = True,
    seed: int = 0,
    gamma_sample: int | None = None,
) -> AgreementReport:
    """All figures over the tasks with at least two annotators (see the module docstring). Gamma is slow
    (seconds per task): `gamma_sample` computes it on a seeded random sample of at most that many of them."""
    multi = [(t, annotators_of(t, adjudicators)) for t in tasks]
    multi = [(t, voters) for t, voters in multi if len(voters) >= 2]
    pairs: dict[tuple[str, str], Counts] = {}
    speakers: dict[tuple[str, str], SpeakerCounts] = {}
    for _, voters in multi:
        for a, b in itertools.combinations(voters, 2):
            key = (a.annotator, b.annotator)
            _add_counts(pairs.setdefault(key, _empty_counts(labels)), pair_counts(a, b, labels))
            speakers.setdefault(key, SpeakerCounts()).add(speaker_counts(a, b))
    voter_lists = [voters for _, voters in multi]
    gamma_lists = _sample(voter_lists, gamma_sample, seed) if gamma else []
    alphas = {name: nominal_alpha(attribute_values(voter_lists, name, label)) for name, label in attributes.items()}
    vs_adjudicated, n_adjudicated = _against_settling(tasks, adjudicators, labels)
    return AgreementReport(
        n_tasks=len(multi),
        annotators=sorted({a.annotator for _, voters in multi for a in voters}),
        labels=tuple(labels),
        pairs=pairs,
        speaker_pairs=speakers,
        attributes=alphas,
        gamma=span_gamma(gamma_lists, seed=seed) if gamma_lists else None,
        vs_adjudicated=vs_adjudicated,
        n_adjudicated=n_adjudicated,
        gamma_tasks=len(gamma_lists),
    )


def _sample(items: list[Any], size: int | None, seed: int) -> list[Any]:
    """At most `size` of `items` (all when size is None), chosen reproducibly, in their original order."""
    if size is None or size >= len(items):
        return list(items)
    chosen = sorted(random.Random(seed).sample(range(len(items)), max(0, size)))
    return [items[i] for i in chosen]


def _against_settling(
    tasks: Sequence[AnnotatedTask], adjudicators: Collection[str], labels: Sequence[str]
) -> tuple[dict[str, Counts], int]:
    """Each annotator against the settling annotation, over every settled task (one annotator is enough)."""
    out: dict[str, Counts] = {}
    settled = 0
    for task in tasks:
        state = task_agreement(task, adjudicators)
        if state.state != SETTLED or state.annotation is None:
            continue
        settled += 1
        for voter in annotators_of(task, adjudicators):
            if voter.annotator != state.annotation.annotator:
                _add_counts(out.setdefault(voter.annotator, _empty_counts(labels)), pair_counts(voter, state.annotation, labels))
    return out, settled


# ----------------------------------------------------------------------------------------- rendering


def _table(title: str) -> Any:
    """A left-titled table at least as wide as its title (so the title never wraps)."""
    from rich import box
    from rich.table import Table

    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, min_width=len(title))


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def report_renderables(report: AgreementReport) -> list[Any]:
    """What `curate agreement` prints."""

    out: list[Any] = [f"[bold]Agreement[/] over {report.n_tasks} tasks with ≥ 2 annotators ({len(report.annotators)} annotators)"]
    spans = _table("Span F1, mean over annotator pairs")
    spans.add_column("label")
    for mode in MODES:
        spans.add_column(mode, justify="right")
    for label in (*report.labels, ALL):
        spans.add_row(label, *(_fmt(report.f1(label, mode)) for mode in MODES))
    out.append(spans)
    out.append(f"gamma (span placement and label, chance-corrected): {_fmt(report.gamma)}{_gamma_basis(report)}")
    out.append(f"speaker agreement on matched quotes: {_fmt(report.speaker)}")
    attrs = _table("Attributes on matched spans: Krippendorff's alpha (nominal)")
    for name in ("attribute", "alpha", "observed", "units", "values"):
        attrs.add_column(name, justify="left" if name == "attribute" else "right")
    for name, a in report.attributes.items():
        attrs.add_row(name, _fmt(a.alpha), _fmt(a.observed), str(a.units), str(a.values))
    out.append(attrs)
    out.append(_matrix_table(report, ALL, "Annotator x annotator, overlap F1 (all labels)"))
    if report.vs_adjudicated:
        adj = _table(f"Against the adjudicated annotation ({report.n_adjudicated} tasks), overlap F1")
        adj.add_column("annotator")
        for label in (*report.labels, ALL):
            adj.add_column(label, justify="right")
        for who, counts in sorted(report.vs_adjudicated.items()):
            adj.add_row(who, *(_fmt(counts[label]["overlap"].f1) for label in (*report.labels, ALL)))
        out.append(adj)
    return out


def _matrix_table(report: AgreementReport, label: str, title: str) -> Any:

    table = _table(title)
    table.add_column("")
    for name in report.annotators:
        table.add_column(name, justify="right")
    for name, row in zip(report.annotators, report.matrix(label)):
        table.add_row(name, *(_fmt(v) for v in row))
    return table


def _gamma_basis(report: AgreementReport) -> str:
    if report.gamma is None or report.gamma_tasks >= report.n_tasks:
        return ""
    return f" (on a seeded sample of {report.gamma_tasks} of the {report.n_tasks} tasks)"


def markdown_section(report: AgreementReport) -> str:
    """The dataset card's agreement section."""
    lines = [
        "## Inter-annotator agreement",
        "",
        f"{report.n_tasks} tasks with at least two annotators ({len(report.annotators)} annotators). "
        "Span F1 is the mean over annotator pairs with the one-to-one matching of `curate evaluate`.",
        "",
        "| label | exact F1 | overlap F1 |",
        "|---|---:|---:|",
        *(f"| {label} | {_fmt(report.f1(label, 'exact'))} | {_fmt(report.f1(label, 'overlap'))} |" for label in (*report.labels, ALL)),
        "",
        f"- gamma (Mathet et al. 2015, span placement and label): {_fmt(report.gamma)}{_gamma_basis(report)}",
        f"- speaker agreement on matched quotes: {_fmt(report.speaker)}",
        "",
        "| attribute | Krippendorff's alpha (nominal) | observed agreement | units |",
        "|---|---:|---:|---:|",
        *(f"| {name} | {_fmt(a.alpha)} | {_fmt(a.observed)} | {a.units} |" for name, a in report.attributes.items()),
    ]
    return "\n".join(lines) + "\n"


def plot_heatmaps(report: AgreementReport, path: str | Path, mode: str = "overlap") -> Path:
    """A PNG: one annotator x annotator F1 heatmap per label (and ALL)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    path = Path(path)
    labels = (*report.labels, ALL)
    n = len(report.annotators)
    fig, axes = plt.subplots(1, len(labels), figsize=(3.2 * len(labels) + 1, 0.45 * n + 2.2), squeeze=False)
    for ax, label in zip(axes[0], labels):
        data = np.array([[np.nan if v is None else v for v in row] for row in report.matrix(label, mode)], dtype=float)
        image = ax.imshow(data, vmin=0, vmax=1, cmap="viridis")
        ax.set_title(f"{label} ({mode} F1)")
        ax.set_xticks(range(n), report.annotators, rotation=90, fontsize=7)
        ax.set_yticks(range(n), report.annotators, fontsize=7)
        for i, j in itertools.product(range(n), range(n)):
            if not np.isnan(data[i, j]):
                ax.text(j, i, f"{data[i, j]:.2f}", ha="center", va="center", fontsize=7, color="white" if data[i, j] < 0.6 else "black")
    fig.colorbar(image, ax=axes[0].tolist(), shrink=0.8)
    try:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    except OSError as exc:
        raise CurateError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        plt.close(fig)
    return path
