"""Trainable components of the pre-annotator (trained with `curate train`, configs/curate.cfg).

The pipeline shares one small tok2vec between

* ``ner`` (spaCy's own): ACTOR mentions, the entity label is the actor_type;
* ``curate_quote_finder``: spaCy's SpanFinder proposing QUOTE boundaries (quotes are too long for n-gram
  suggesters);
* ``curate_quote_types``: spaCy's single-label SpanCategorizer choosing quote_type (or no quote) for each
  proposed span;
* ``curate_regions``: writes the trained ACTOR / QUOTE regions into ``doc.spans`` with attributes and a
  score calibrated on dev, either alone ("trained") or beside the rule components' regions ("combined");
* ``curate_speaker``: a TrainablePipe scoring (QUOTE, candidate ACTOR) pairs; it replaces the speaker pairs.

A label a gold version does not cover is missing, not negative: every reference Doc carries the labels its
version covers in ``user_data[COVERAGE_KEY]`` (None = all). NER reads uncovered ACTOR tokens as missing
(``ent_iob`` 0, set by the corpus builder, known mentions stay positive); the quote components below zero
the gradient of documents whose coverage lacks QUOTE; the speaker component learns only from documents that
cover QUOTE (the speaker relation belongs to QUOTE).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import SpanCategorizer, TrainablePipe
from spacy.pipeline.span_finder import SpanFinder
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.training import Example
from spacy.util import registry
from thinc.api import set_dropout_rate
from thinc.api import Linear, Maxout, Model, chain

from curation.preannotate.pipeline import doc_text, token_offsets
from curation.preannotate.quotes.cues import SPEECH_SCAN
from curation.preannotate.quotes.speakers import SPEAKER_PATHS, SPEAKER_PATHS_KEY
from curation.preannotate.spans import SPEAKERS_KEY, set_span_values, span_values

COVERAGE_KEY = "curate_labels"  # reference Docs: labels the gold version covers (None: all)
GOLD_SPEAKERS_KEY = "curate_gold_speakers"  # reference Docs: [[q_start, q_end, a_start, a_end], ...] (chars)
RULE_ACTORS_KEY = "curate_rule_actors"  # reference Docs: the rules' ACTORs [[start, end, actor_type], ...]
RULE_SPEAKERS_KEY = "curate_rule_speakers"  # reference Docs: the rules' speaker pairs (as GOLD_SPEAKERS_KEY)
RULE_PATHS_KEY = "curate_rule_speaker_paths"  # reference Docs: the rules' speaker paths (as SPEAKER_PATHS_KEY)
QUOTE_CANDIDATES_KEY = "trained_quote_candidates"  # spans the quote finder proposes
TRAINED_QUOTES_KEY = "trained_QUOTE"  # quotes the quote typer keeps (label = quote_type)


def covers(doc: Doc, label: str) -> bool:
    """Whether the gold version of this reference Doc annotated `label` (no coverage given: every label)."""
    labels = doc.user_data.get(COVERAGE_KEY)
    return labels is None or label in labels


# -------------------------------------------------------------------------------------------- quotes


STARTS_PER_TOKEN = 1 / 25  # at most this many quote starts per token are proposed (the likeliest)
ENDS_PER_START = 2  # each start is paired with its nearest likely ends only


class MaskedSpanFinder(SpanFinder):
    """SpanFinder whose loss ignores documents whose gold does not cover QUOTE, and whose proposals are
    bounded: spaCy's pairs every likely start with every likely end, which for quotes of up to 150 tokens
    (and an untrained model, where every token is likely) gives tens of thousands of spans per article."""

    def set_annotations(self, docs: Iterable[Doc], scores: Any) -> None:
        scores = self.model.ops.to_numpy(scores)
        threshold, max_length = float(self.cfg["threshold"]), self.cfg["max_length"] or 10**9
        offset = 0
        for doc in docs:
            doc_scores = scores[offset : offset + len(doc)]
            offset += len(doc)
            limit = max(5, int(len(doc) * STARTS_PER_TOKEN))
            starts = [i for i in numpy.argsort(-doc_scores[:, 0])[:limit] if doc_scores[i, 0] >= threshold]
            ends = sorted(i for i in numpy.argsort(-doc_scores[:, 1])[: 2 * limit] if doc_scores[i, 1] >= threshold)
            spans = []
            for start in sorted(starts):
                after = [end for end in ends if start <= end < start + max_length][:ENDS_PER_START]
                spans.extend(doc[int(start) : int(end) + 1] for end in after)
            doc.spans[self.cfg["spans_key"]] = spans

    def _get_aligned_truth_scores(self, examples, ops):  # type: ignore[no-untyped-def]
        truths, masks = super()._get_aligned_truth_scores(examples, ops)
        offset = 0
        for eg in examples:
            n = len(eg.predicted)
            if not covers(eg.reference, "QUOTE"):
                masks[offset : offset + n] = 0
            offset += n
        return truths, masks


class MaskedSpanCategorizer(SpanCategorizer):
    """Single-label SpanCategorizer whose loss ignores documents whose gold does not cover QUOTE. In training,
    the gold quotes join the finder's proposals (teacher forcing): an untrained finder rarely proposes a gold
    quote exactly, and without positives the typer would only learn to reject."""

    def update(self, examples: Iterable[Example], *, drop: float = 0.0, sgd: Any = None,
               losses: dict[str, float] | None = None) -> dict[str, float]:
        examples = list(examples)
        for eg in examples:
            if not covers(eg.reference, "QUOTE") or len(eg.reference) != len(eg.predicted):
                continue
            proposed = list(eg.predicted.spans.get(QUOTE_CANDIDATES_KEY, []))
            seen = {(s.start, s.end) for s in proposed}
            gold = [eg.predicted[s.start : s.end] for s in eg.reference.spans.get(self.key, [])
                    if (s.start, s.end) not in seen]
            eg.predicted.spans[QUOTE_CANDIDATES_KEY] = proposed + gold
        return super().update(examples, drop=drop, sgd=sgd, losses=losses)

    def get_loss(self, examples: Iterable[Example], spans_scores: Any) -> tuple[float, Any]:
        examples = list(examples)
        _, d_scores = super().get_loss(examples, spans_scores)
        lengths = self.model.ops.to_numpy(spans_scores[0].lengths)
        offset = 0
        for eg, n in zip(examples, lengths):
            if not covers(eg.reference, "QUOTE"):
                d_scores[offset : offset + int(n)] = 0
            offset += int(n)
        return float((d_scores**2).sum()), d_scores


@Language.factory(
    "curate_quote_finder",
    assigns=["doc.spans"],
    default_config={"threshold": 0.3, "max_length": 150, "min_length": None, "spans_key": QUOTE_CANDIDATES_KEY,
                    "scorer": {"@scorers": "spacy.span_finder_scorer.v1"}},
    default_score_weights={f"spans_{QUOTE_CANDIDATES_KEY}_f": 0.0},
)
def make_quote_finder(nlp: Language, name: str, model: Model, spans_key: str, threshold: float,
                      max_length: int | None, min_length: int | None, scorer: Any) -> MaskedSpanFinder:
    return MaskedSpanFinder(nlp, model=model, threshold=threshold, name=name, scorer=scorer,
                            max_length=max_length, min_length=min_length, spans_key=spans_key)


@Language.factory(
    "curate_quote_types",
    assigns=["doc.spans"],
    default_config={"spans_key": TRAINED_QUOTES_KEY, "negative_weight": 1.0, "allow_overlap": False,
                    "scorer": {"@scorers": "spacy.spancat_scorer.v1"}},
    default_score_weights={f"spans_{TRAINED_QUOTES_KEY}_f": 1.0},
)
def make_quote_types(nlp: Language, name: str, suggester: Any, model: Model, spans_key: str,
                     negative_weight: float, allow_overlap: bool, scorer: Any) -> MaskedSpanCategorizer:
    return MaskedSpanCategorizer(nlp.vocab, model=model, suggester=suggester, name=name, spans_key=spans_key,
                                 negative_weight=negative_weight, allow_overlap=allow_overlap, max_positive=1,
                                 add_negative_label=True, threshold=None, scorer=scorer)


# ------------------------------------------------------------------------------------------- regions


def _overlaps(start: int, end: int, others: Sequence[tuple[int, int]]) -> bool:
    return any(start < o_end and o_start < end for o_start, o_end in others)


class TrainedRegions:
    """Writes NER entities as ACTOR and the quote typer's spans as QUOTE into ``doc.spans``.

    mode "trained": they are the regions; "combined": the rules' regions stay and a trained region is added
    where no rule region of its label overlaps it, for the labels in `add_labels` (chosen on dev).
    Scores come from `calibration` ({"ACTOR": precision on dev, ...}) so they compare with the rules'."""

    def __init__(self, mode: str, add_labels: list[str], calibration: dict[str, float]) -> None:
        self.mode = mode
        self.add_labels = set(add_labels)
        self.calibration = calibration

    def __call__(self, doc: Doc) -> Doc:
        actors = [(e.start, e.end, {"actor_type": e.label_}) for e in doc.ents]
        quotes = [(s.start, s.end, {"quote_type": s.label_}) for s in doc.spans.get(TRAINED_QUOTES_KEY, [])]
        for label, found in (("ACTOR", actors), ("QUOTE", quotes)):
            if self.mode == "combined" and label not in self.add_labels:
                continue
            kept = list(doc.spans[label]) if self.mode == "combined" and label in doc.spans else []
            taken = [(s.start_char, s.end_char) for s in kept]
            for start, end, attrs in found:
                span = SpacySpan(doc, start, end, label=label)
                if _overlaps(span.start_char, span.end_char, taken):
                    continue
                set_span_values(doc, label, span.start_char, span.end_char, attrs,
                                round(self.calibration.get(label, 0.5), 3))
                kept.append(span)
            doc.spans[label] = sorted(kept, key=lambda s: (s.start, s.end))
        return doc


@Language.factory("curate_regions", default_config={"mode": "trained", "add_labels": [], "calibration": {}})
def make_regions(nlp: Language, name: str, mode: str, add_labels: list[str],
                 calibration: dict[str, float]) -> TrainedRegions:
    return TrainedRegions(mode, add_labels, calibration)


# ------------------------------------------------------------------------------------------- speaker

QUOTE_TYPES = ("direct", "indirect", "free_indirect", "reported")
ACTOR_TYPES = ("PERSON", "ORGANIZATION", "STATE")
DISTANCE_BUCKETS = (1, 3, 7, 15, 31, 63)
# The word before a mention that marks it as no subject (an oblique article, a preposition) or as a source.
OBLIQUE_WORDS = frozenset({"dem", "den", "des", "einem", "einen", "eines"})
PREPOSITIONS = frozenset({"mit", "von", "vom", "gegen", "über", "an", "am", "für", "bei", "beim", "zu", "zum", "zur",
                          "auf", "um", "gegenüber", "nach", "aus", "in", "im", "unter", "vor", "hinter", "zwischen"})
SOURCE_WORDS = frozenset({"laut", "so", "zufolge"})
N_FRAME_FEATURES = (len(SPEAKER_PATHS) + 1) + 1 + 3 + 3 + 4
N_FEATURES = (2 + 3 + (len(DISTANCE_BUCKETS) + 1) + 6 + 1 + (len(ACTOR_TYPES) + 1) + (len(QUOTE_TYPES) + 1) + 3
              + N_FRAME_FEATURES)
WINDOW_BEFORE, WINDOW_AFTER, MAX_CANDIDATES = 80, 40, 16
N_TOKEN_SLOTS = 6  # token vectors per pair: actor first/last/before/after, quote first/last


@dataclass(frozen=True)
class RuleContext:
    """What the rules said around one quote: the path of their speaker decision (SPEAKER_PATHS) and the last
    word of the speaker they gave the quote before it (a speaker often goes on speaking)."""

    path: str | None = None
    previous: str | None = None


@dataclass
class QuoteCase:
    """One quote and its candidate speakers (token offsets), with pair features and the gold choice."""

    doc_index: int
    quote: tuple[int, int]
    candidates: list[tuple[int, int]]
    features: numpy.ndarray  # (n_candidates, N_FEATURES)
    slots: numpy.ndarray  # (n_candidates, N_TOKEN_SLOTS) token indices in the doc, -1 = none
    gold: numpy.ndarray | None = None  # (n_candidates,) bool
    rule: int | None = None  # the index of the rules' choice among the candidates


def _bucket(distance: int) -> int:
    return next((k for k, limit in enumerate(DISTANCE_BUCKETS) if distance <= limit), len(DISTANCE_BUCKETS))


def _one_hot(value: str | None, values: Sequence[str]) -> list[float]:
    return [float(value == v) for v in values] + [float(value not in values)]


def _pair_features(quote: tuple[int, int], quote_type: str | None, actor: tuple[int, int], actor_type: str | None,
                   rank: int, before: bool, rule_choice: bool, rule_any: bool, gap: str) -> list[float]:
    q_start, q_end = quote
    a_start, a_end = actor
    inside = q_start <= a_start and a_end <= q_end
    distance = 0 if inside else (q_start - a_end if before else a_start - q_end)
    newline = "\n" in gap  # "" for a mention inside the quote
    ranks = [0.0] * 6
    ranks[(0 if before else 3) + min(rank, 2)] = 1.0
    length = a_end - a_start
    return [float(rule_choice), float(rule_any), float(before and not inside), float(inside),
            float(not before and not inside), *_one_hot_index(_bucket(max(distance, 0)), len(DISTANCE_BUCKETS) + 1),
            *ranks, float(newline), *_one_hot(actor_type, ACTOR_TYPES), *_one_hot(quote_type, QUOTE_TYPES),
            float(length == 1), float(length == 2), float(length > 2)]


def _gap(doc: Doc, quote: tuple[int, int], actor: tuple[int, int], before: bool) -> str:
    """The text between a mention and the quote ("" for a mention inside it)."""
    if quote[0] <= actor[0] and actor[1] <= quote[1]:
        return ""
    lo, hi = (actor[1], quote[0]) if before else (quote[1], actor[0])
    starts, ends = token_offsets(doc)  # character offsets: no Token objects in this per-pair loop
    text = doc_text(doc)
    lo_char = ends[lo - 1] if lo > 0 else 0
    hi_char = starts[hi] if hi < len(starts) else len(text)
    return text[lo_char:hi_char]


def _frame_features(doc: Doc, actor: tuple[int, int], gap: str, context: RuleContext,
                    name_counts: Counter[str]) -> list[float]:
    """The speech frame around a pair: the rules' path, whether the mention names the previous speaker, how often
    the document names it, the word before it (oblique / preposition / source), and what stands between the
    mention and the quote (a colon, a sentence end, a verb of saying, a comma only)."""
    last = doc[actor[1] - 1].lower_
    count = name_counts[last]
    word_before = doc[actor[0] - 1].lower_ if actor[0] > 0 else ""
    word_after = doc[actor[1]].lower_ if actor[1] < len(doc) else ""
    return [*_one_hot(context.path, SPEAKER_PATHS), float(context.previous == last),
            float(count == 1), float(2 <= count <= 3), float(count > 3),
            float(word_before in OBLIQUE_WORDS), float(word_before in PREPOSITIONS),
            float(word_before in SOURCE_WORDS or word_after == "zufolge"),
            float(":" in gap), float(bool(re.search(r"[.!?]\s", gap))),
            float(SPEECH_SCAN.search(gap, 0, len(gap)) is not None), float(gap.strip() in {",", ""})]


def _one_hot_index(index: int, size: int) -> list[float]:
    row = [0.0] * size
    row[index] = 1.0
    return row


def _token_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return None if span is None or len(span) == 0 else (span.start, span.end)


def quote_case(doc: Doc, doc_index: int, quote: tuple[int, int], quote_type: str | None,
               actors: Sequence[tuple[int, int, str | None]], rule_actor: tuple[int, int] | None,
               context: RuleContext = RuleContext()) -> QuoteCase | None:
    """The candidates (token offsets) of one quote: ACTOR mentions near it, nearest first on each side."""
    q_start, q_end = quote
    before = sorted((a for a in actors if a[1] <= q_start and a[0] >= q_start - WINDOW_BEFORE), key=lambda a: -a[1])
    inside = [a for a in actors if q_start <= a[0] and a[1] <= q_end]
    after = sorted((a for a in actors if a[0] >= q_end and a[1] <= q_end + WINDOW_AFTER), key=lambda a: a[0])
    chosen: list[tuple[tuple[int, int, str | None], int, bool]] = []
    for group, is_before in ((before, True), (inside, False), (after, False)):
        chosen.extend((a, rank, is_before) for rank, a in enumerate(group))
    chosen.sort(key=lambda c: c[1])
    chosen = chosen[:MAX_CANDIDATES]
    if rule_actor is not None and all((a[0], a[1]) != rule_actor for a, _, _ in chosen):
        # the rules' speaker may stand further away (an earlier mention of the frame's subject): keep it
        far = next((a for a in actors if (a[0], a[1]) == rule_actor), (*rule_actor, None))
        chosen.append((far, 2, far[1] <= q_start))
    if not chosen:
        return None
    name_counts = Counter(doc[a[1] - 1].lower_ for a in actors)
    features, slots, candidates, rule = [], [], [], None
    for (a_start, a_end, a_type), rank, is_before in chosen:
        is_rule = rule_actor is not None and rule_actor == (a_start, a_end)
        rule = len(candidates) if is_rule else rule
        gap = _gap(doc, quote, (a_start, a_end), is_before)  # one text slice per pair, for both feature groups
        features.append(_pair_features(quote, quote_type, (a_start, a_end), a_type, rank, is_before, is_rule,
                                       rule_actor is not None, gap)
                        + _frame_features(doc, (a_start, a_end), gap, context, name_counts))
        slots.append([a_start, a_end - 1, a_start - 1, a_end if a_end < len(doc) else -1, q_start, q_end - 1])
        candidates.append((a_start, a_end))
    return QuoteCase(doc_index, quote, candidates, numpy.asarray(features, dtype="f"),
                     numpy.asarray(slots, dtype="i"), rule=rule)


def _char_pairs_to_tokens(doc: Doc, pairs: Iterable[Sequence[int]]) -> dict[tuple[int, int], tuple[int, int]]:
    out = {}
    for q_s, q_e, a_s, a_e in pairs:
        quote, actor = _token_span(doc, q_s, q_e), _token_span(doc, a_s, a_e)
        if quote and actor:
            out.setdefault(quote, actor)
    return out


def _matching(quote: tuple[int, int], by_quote: dict[tuple[int, int], Any]) -> Any:
    """The value of `quote` in `by_quote`, else of the quote there that overlaps it most (rules and gold cut quotes
    differently)."""
    if quote in by_quote:
        return by_quote[quote]  # not the reported clause around a direct quote, which overlaps it as much
    best, best_overlap = None, 0
    for (s, e), value in by_quote.items():
        overlap = min(e, quote[1]) - max(s, quote[0])
        if overlap > best_overlap:
            best, best_overlap = value, overlap
    return best


def _rule_context(doc: Doc, quote: tuple[int, int], rules: dict[tuple[int, int], tuple[int, int]],
                  paths: dict[tuple[int, int], str]) -> RuleContext:
    """The rules' path for `quote` and the last word of the speaker of their nearest earlier quote."""
    earlier = [q for q in rules if q[1] <= quote[0]]
    previous = rules[max(earlier)] if earlier else None
    return RuleContext(_matching(quote, paths), doc[previous[1] - 1].lower_ if previous else None)


def _rule_paths(doc: Doc, paths: dict[str, str] | None) -> dict[tuple[int, int], str]:
    """The rules' speaker paths ({"start-end": path}, character offsets) by the quotes' token offsets."""
    out = {}
    for key, path in (paths or {}).items():
        tokens = _token_span(doc, *map(int, key.split("-")))
        if tokens:
            out[tokens] = path
    return out


def inference_cases(doc: Doc, doc_index: int) -> list[QuoteCase]:
    """Cases from the regions already in the Doc: its QUOTEs, its ACTORs, the rules' speaker pairs and paths if
    any."""
    actors = []
    for span in doc.spans.get("ACTOR", []):
        attrs, _ = span_values(doc, "ACTOR", span.start_char, span.end_char)
        actors.append((span.start, span.end, (attrs or {}).get("actor_type")))
    rules = _char_pairs_to_tokens(doc, doc.user_data.get(SPEAKERS_KEY) or [])
    paths = _rule_paths(doc, doc.user_data.get(SPEAKER_PATHS_KEY))
    cases = []
    for span in doc.spans.get("QUOTE", []):
        attrs, _ = span_values(doc, "QUOTE", span.start_char, span.end_char)
        quote = (span.start, span.end)
        case = quote_case(doc, doc_index, quote, (attrs or {}).get("quote_type"), actors, _matching(quote, rules),
                          _rule_context(doc, quote, rules, paths))
        if case is not None:
            cases.append(case)
    return cases


def training_cases(eg: Example, doc_index: int, rule_dropout: float, rng: numpy.random.Generator) -> list[QuoteCase]:
    """Cases from the gold quotes of a reference Doc; candidates are the rules' ACTORs (computed when the corpus
    was built), as at inference: a quote whose gold speaker none of them overlaps teaches nothing. The rules'
    choice, path and previous speaker are hidden at random so that the component also learns to choose without
    them (the trained pipeline has no rules)."""
    ref = eg.reference
    if not covers(ref, "QUOTE") or len(ref) != len(eg.predicted):
        return []
    gold_by_quote: dict[tuple[int, int], set[tuple[int, int]]] = {}
    for q_s, q_e, a_s, a_e in ref.user_data.get(GOLD_SPEAKERS_KEY) or []:
        quote, actor = _token_span(ref, q_s, q_e), _token_span(ref, a_s, a_e)
        if quote and actor:
            gold_by_quote.setdefault(quote, set()).add(actor)
    actors: dict[tuple[int, int], str | None] = {}
    for start, end, actor_type in ref.user_data.get(RULE_ACTORS_KEY) or []:
        tokens = _token_span(ref, start, end)
        if tokens:
            actors.setdefault(tokens, actor_type)
    rules = _char_pairs_to_tokens(ref, ref.user_data.get(RULE_SPEAKERS_KEY) or [])
    paths = _rule_paths(ref, ref.user_data.get(RULE_PATHS_KEY))
    hide_rules = rng.random() < rule_dropout
    types = {(s.start, s.end): s.label_ for s in ref.spans.get(TRAINED_QUOTES_KEY, [])}
    cases = []
    actor_list = [(s, e, t) for (s, e), t in actors.items()]
    for quote, speakers in gold_by_quote.items():
        rule_actor = None if hide_rules else _matching(quote, rules)
        context = RuleContext() if hide_rules else _rule_context(ref, quote, rules, paths)
        case = quote_case(ref, doc_index, quote, types.get(quote), actor_list, rule_actor, context)
        if case is None:
            continue
        case.gold = numpy.asarray([any(c[0] < a[1] and a[0] < c[1] for a in speakers) for c in case.candidates])
        if case.gold.any():
            cases.append(case)
    return cases


def _pair_inputs(cases: Sequence[QuoteCase], docs: Sequence[Doc]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Row indices into the stacked token vectors of `docs` (-1: none) and the pair features."""
    offsets = numpy.cumsum([0] + [len(d) for d in docs])
    if not cases:
        return numpy.zeros((0, N_TOKEN_SLOTS), dtype="i"), numpy.zeros((0, N_FEATURES), dtype="f")
    rows = []
    for case in cases:
        slots = case.slots.copy()
        slots[slots >= 0] += offsets[case.doc_index]
        rows.append(slots)
    return numpy.concatenate(rows), numpy.concatenate([c.features for c in cases])


@registry.architectures("curate.SpeakerScorer.v1")
def speaker_scorer(tok2vec: Model, hidden_width: int = 64) -> Model:
    """Scores (quote, candidate) pairs: token vectors at six slots around the pair plus the pair features
    -> Maxout -> one logit. Input: (docs, slot indices (n, 6), features (n, N_FEATURES))."""
    n_inputs = tok2vec.get_dim("nO") * N_TOKEN_SLOTS + N_FEATURES
    hidden = Maxout(nO=hidden_width, nI=n_inputs, nP=2, dropout=0.1, normalize=True)
    scorer = chain(hidden, Linear(nO=1, nI=hidden_width))
    return Model("curate_speaker_scorer", _scorer_forward, init=_scorer_init, layers=[tok2vec, scorer],
                 refs={"tok2vec": tok2vec, "scorer": scorer})


def _scorer_init(model: Model, X: Any = None, Y: Any = None) -> None:
    tok2vec, scorer = model.get_ref("tok2vec"), model.get_ref("scorer")
    tok2vec.initialize()
    scorer.initialize()


def _scorer_forward(model: Model, inputs: tuple[list[Doc], Any, Any], is_train: bool) -> tuple[Any, Any]:
    docs, slots, features = inputs
    ops = model.ops
    vectors, backprop_vectors = model.get_ref("tok2vec")(docs, is_train)
    width = model.get_ref("tok2vec").get_dim("nO")
    stacked = ops.xp.vstack([*vectors, ops.alloc2f(1, width)]) if docs else ops.alloc2f(1, width)
    index = ops.xp.where(slots < 0, stacked.shape[0] - 1, slots)
    n = index.shape[0]
    if n == 0:
        def backprop_empty(d_scores: Any) -> Any:
            backprop_vectors([ops.alloc2f(*v.shape) for v in vectors])
            return inputs
        return ops.alloc1f(0), backprop_empty
    X = ops.xp.hstack([stacked[index].reshape(n, N_TOKEN_SLOTS * width), ops.asarray2f(features)])
    scores, backprop_scorer = model.get_ref("scorer")(X, is_train)

    def backprop(d_scores: Any) -> Any:
        d_X = backprop_scorer(d_scores.reshape(-1, 1))
        d_stacked = ops.alloc2f(*stacked.shape)
        ops.xp.add.at(d_stacked, index.ravel(), d_X[:, : N_TOKEN_SLOTS * width].reshape(-1, width))
        lengths = numpy.cumsum([len(v) for v in vectors])[:-1]
        backprop_vectors(ops.xp.split(d_stacked[:-1], lengths))
        return inputs

    return scores.ravel(), backprop


def choose(case: QuoteCase, scores: numpy.ndarray, margin: float) -> tuple[int, int]:
    """The linker's candidate, unless the rules chose one whose probability is within `margin` of it: 0 = the
    linker's choice always, 1 = the rules' wherever they chose (the linker only fills the quotes they left)."""
    probabilities = numpy.exp(scores - scores.max())
    probabilities /= probabilities.sum()
    best = int(numpy.argmax(probabilities))
    if case.rule is not None and probabilities[best] - probabilities[case.rule] <= margin:
        best = case.rule
    return case.candidates[best]


class SpeakerLinker(TrainablePipe):
    """Chooses each QUOTE's speaker among the ACTOR mentions near it (see quote_case); writes doc._.speakers.
    cfg["margin"] (calibrated on dev by `curate train`, saved with the pipeline) says how much more probable the
    linker's choice must be than the rules' choice to replace it (see `choose`)."""

    def __init__(self, vocab: Any, model: Model, name: str = "curate_speaker", rule_dropout: float = 0.1,
                 seed: int = 0) -> None:
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg = {"rule_dropout": rule_dropout, "seed": seed, "margin": 0.0}
        self._rng = numpy.random.default_rng(seed)

    def predict(self, docs: Iterable[Doc]) -> tuple[list[QuoteCase], Any]:
        docs = list(docs)
        cases = [case for i, doc in enumerate(docs) for case in inference_cases(doc, i)]
        slots, features = _pair_inputs(cases, docs)
        scores = self.model.predict((docs, slots, features))
        return cases, self.model.ops.to_numpy(scores)

    def set_annotations(self, docs: Iterable[Doc], cases_scores: tuple[list[QuoteCase], Any]) -> None:
        docs = list(docs)
        cases, scores = cases_scores
        chosen: list[list[list[int]]] = [[] for _ in docs]
        offset = 0
        margin = float(self.cfg.get("margin", 0.0))
        for case in cases:
            n = len(case.candidates)
            best = choose(case, scores[offset : offset + n], margin)
            offset += n
            doc = docs[case.doc_index]
            quote, actor = doc[case.quote[0] : case.quote[1]], doc[best[0] : best[1]]
            chosen[case.doc_index].append([quote.start_char, quote.end_char, actor.start_char, actor.end_char])
        for doc, pairs in zip(docs, chosen):
            doc.user_data[SPEAKERS_KEY] = pairs

    def update(self, examples: Iterable[Example], *, drop: float = 0.0, sgd: Any = None,
               losses: dict[str, float] | None = None) -> dict[str, float]:
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = list(examples)
        docs = [eg.predicted for eg in examples]
        cases = [c for i, eg in enumerate(examples)
                 for c in training_cases(eg, i, float(self.cfg["rule_dropout"]), self._rng)]
        slots, features = _pair_inputs(cases, docs)
        set_dropout_rate(self.model, drop)
        # the tok2vec listener must always get its gradient back, even for a batch without quotes
        scores, backprop = self.model.begin_update((docs, slots, features))
        loss, d_scores = self.get_loss(cases, self.model.ops.to_numpy(scores))
        backprop(self.model.ops.asarray1f(d_scores))
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def get_loss(self, cases: Sequence[QuoteCase], scores: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        """Softmax over each quote's candidates; the gold mass is the sum over the candidates that overlap a
        gold speaker. Gradient p - p(gold-renormalised)."""
        d_scores = numpy.zeros_like(scores)
        loss, offset = 0.0, 0
        for case in cases:
            n = len(case.candidates)
            s = scores[offset : offset + n]
            p = numpy.exp(s - s.max())
            p /= p.sum()
            gold = case.gold.astype("f")
            p_gold = float((p * gold).sum())
            target = p * gold / max(p_gold, 1e-12)
            d_scores[offset : offset + n] = (p - target) / max(len(cases), 1)
            loss -= numpy.log(max(p_gold, 1e-12))
            offset += n
        return loss, d_scores

    def initialize(self, get_examples: Any, *, nlp: Language | None = None) -> None:
        self.model.initialize()

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        """speaker_acc: share of the gold (quote, speaker) pairs whose quote got an overlapping predicted quote
        with a speaker overlapping a gold speaker (end to end)."""
        right = total = 0
        for eg in examples:
            if not covers(eg.reference, "QUOTE"):
                continue
            predicted = eg.predicted.user_data.get(SPEAKERS_KEY) or []
            for q_s, q_e, a_s, a_e in eg.reference.user_data.get(GOLD_SPEAKERS_KEY) or []:
                total += 1
                right += any(p[0] < q_e and q_s < p[1] and p[2] < a_e and a_s < p[3] for p in predicted)
        return {"speaker_acc": right / total if total else 0.0}


@Language.factory(
    "curate_speaker",
    assigns=["doc.user_data"],
    default_config={"rule_dropout": 0.1, "seed": 0},
    default_score_weights={"speaker_acc": 1.0},
)
def make_speaker(nlp: Language, name: str, model: Model, rule_dropout: float, seed: int) -> SpeakerLinker:
    return SpeakerLinker(nlp.vocab, model, name=name, rule_dropout=rule_dropout, seed=seed)
