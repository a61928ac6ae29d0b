"""Prediction <-> Label Studio JSON, driven by the LabelScheme (names come from label_config.xml).

A span is one `labels` region; each of its attributes is a separate result with the SAME id
(`choices` / `number` / `textarea`); a speaker link is a `relation` result from the QUOTE to the ACTOR.
"""

from __future__ import annotations

from typing import Any

from curation.document import Article, Prediction, Relation, Span
from curation.scheme import Attribute, LabelScheme

RELATION_TYPE = "relation"
REGION_TYPE = "labels"
# The region key naming the rule that proposed a predicted span: LabelInterface.validate_prediction accepts
# it and Label Studio keeps it in the predictions of an export snapshot (tests/test_scale.py checks both).
RULE_KEY = "rule"


def task_data(article: Article) -> dict[str, Any]:
    """The task's `data`: what the label config shows plus what push matches on (doc_id, text_sha256)."""
    return {
        "text": article.text,
        "doc_id": article.doc_id,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "text_sha256": article.text_sha256,
    }


def task_meta(article: Article) -> dict[str, str]:
    """The task's `meta`: the keys push matches on, which Label Studio's task list returns without `data`."""
    return {"doc_id": article.doc_id, "text_sha256": article.text_sha256}


def _attribute_value(attribute: Attribute, value: Any) -> Any:
    if attribute.tag == "Number":
        return value
    return [value]  # Choices and TextArea hold lists


def prediction_result(prediction: Prediction, scheme: LabelScheme) -> list[dict[str, Any]]:
    """The `result` list of a Label Studio prediction (regions, their attribute results, relations)."""
    result: list[dict[str, Any]] = []
    for span in prediction.spans:
        region: dict[str, Any] = {
            "id": span.id,
            "from_name": scheme.labels_control,
            "to_name": scheme.text_object,
            "type": REGION_TYPE,
            "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [span.label]},
        }
        if span.score is not None:
            region["score"] = span.score
        if span.rule:
            region[RULE_KEY] = span.rule
        result.append(region)
        for name, value in span.attributes.items():
            attribute = scheme.attribute(name)
            if attribute is None or value is None or value == "":
                continue  # unknown names are reported by validate_prediction_payload
            value_dict: dict[str, Any] = {"start": span.start, "end": span.end}
            if attribute.value_key != "text":  # a TextArea's value key *is* "text"
                value_dict["text"] = span.text
            value_dict[attribute.value_key] = _attribute_value(attribute, value)
            result.append(
                {
                    "id": span.id,
                    "from_name": attribute.name,
                    "to_name": scheme.text_object,
                    "type": attribute.result_type,
                    "value": value_dict,
                }
            )
    for relation in prediction.relations:
        result.append(
            {
                "from_id": relation.from_id,
                "to_id": relation.to_id,
                "type": RELATION_TYPE,
                "direction": "right",
                "labels": [relation.label],
            }
        )
    return result


def prediction_payload(prediction: Prediction, scheme: LabelScheme, model_version: str | None = None) -> dict[str, Any]:
    """A prediction as Label Studio imports it (inside a task, or with "task" added for import_predictions)."""
    return {
        "model_version": model_version or prediction.model_version,
        "score": prediction.score,
        "result": prediction_result(prediction, scheme),
    }


def task_payload(
    article: Article, prediction: Prediction | None, scheme: LabelScheme, model_version: str | None = None
) -> dict[str, Any]:
    # `meta` lets push list what it matches on without downloading every article text.
    task: dict[str, Any] = {"data": task_data(article), "meta": task_meta(article)}
    if prediction is not None:
        task["predictions"] = [prediction_payload(prediction, scheme, model_version)]
    return task


def validate_prediction_payload(payload: dict[str, Any], text: str, scheme: LabelScheme) -> list[str]:
    """Reasons why Label Studio would mis-show this prediction: the SDK's checks, then offsets, attributes, relations."""
    errors = [str(e) for e in scheme.interface.validate_prediction(payload, return_errors=True)]
    region_ids: dict[str, str] = {}
    for item in payload.get("result", []):
        if item.get("type") == RELATION_TYPE:
            continue
        rid, value = str(item.get("id")), item.get("value") or {}
        start, end = value.get("start"), value.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{rid}: offsets {start}..{end} outside the text (length {len(text)})")
            continue
        if item.get("type") == REGION_TYPE:
            if rid in region_ids:
                errors.append(f"{rid}: duplicate region id")
            labels = value.get("labels") or []
            region_ids[rid] = labels[0] if labels else ""
            if value.get("text") != text[start:end]:
                errors.append(f"{rid}: text {value.get('text')!r} != text[{start}:{end}] {text[start:end]!r}")
        else:
            attribute = scheme.attribute(str(item.get("from_name")))
            if attribute is None:
                errors.append(f"{rid}: unknown attribute {item.get('from_name')!r}")
                continue
            if attribute.value_key != "text" and "text" in value and value["text"] != text[start:end]:
                errors.append(f"{rid}: attribute {attribute.name} text does not match text[{start}:{end}]")
            reason = attribute.check(_plain_attribute_value(attribute, value))
            if reason:
                errors.append(f"{rid}: {reason}")
    for item in payload.get("result", []):
        rid = item.get("id")
        if item.get("type") == RELATION_TYPE:
            for end_id in (item.get("from_id"), item.get("to_id")):
                if end_id not in region_ids:
                    errors.append(f"relation {item.get('from_id')}->{item.get('to_id')}: no region {end_id!r}")
            for label in item.get("labels") or []:
                if label not in scheme.relation_labels:
                    errors.append(f"relation {item.get('from_id')}->{item.get('to_id')}: unknown label {label!r}")
        elif item.get("type") != REGION_TYPE:
            attribute = scheme.attribute(str(item.get("from_name")))
            if rid not in region_ids:
                errors.append(f"{rid}: attribute {item.get('from_name')} without its region")
            elif attribute is not None and attribute.label != region_ids[rid]:
                errors.append(f"{rid}: attribute {attribute.name} belongs to {attribute.label}, not {region_ids[rid]}")
    return errors


def _plain_attribute_value(attribute: Attribute, value: dict[str, Any]) -> Any:
    """The attribute's value as our dataclasses hold it: a choice string, a number, or text."""
    raw = value.get(attribute.value_key)
    if attribute.tag == "Number":
        return raw
    if not isinstance(raw, list):
        return raw
    items = [v for v in raw if v is not None and v != ""]
    if attribute.tag == "TextArea":
        items = [v.strip() if isinstance(v, str) else v for v in items]
        items = [v for v in items if v != ""]
        if not items:
            return None
        return "\n".join(map(str, items)) if len(items) > 1 else items[0]
    if not items:
        return None
    return items[0] if len(items) == 1 else items


def regions_from_result(
    result: list[dict[str, Any]],
    text: str,
    scheme: LabelScheme | None = None,
    problems: list[str] | None = None,
) -> tuple[list[Span], list[Relation]]:
    """Spans and relations of an annotation (or prediction) `result`.

    Robust to what annotators produce: results in any order, attribute results without start/end,
    several choices, empty text areas, relations drawn either way or without a label. Span text is
    recomputed as text[start:end]. Anything that cannot be turned into a span/relation is skipped and
    described in `problems` (when given) so callers can report it with the task id.
    """
    from curation.scheme import load_scheme

    scheme = scheme or load_scheme()
    issues: list[str] = problems if problems is not None else []
    regions: dict[str, Span] = {}
    attributes: dict[str, dict[str, Any]] = {}
    raw_relations: list[dict[str, Any]] = []
    for item in result:
        kind = item.get("type")
        if kind == RELATION_TYPE:
            raw_relations.append(item)
            continue
        rid = item.get("id")
        value = item.get("value") or {}
        if rid is None:
            issues.append(f"result without id ({item.get('from_name')})")
            continue
        rid = str(rid)
        if kind == REGION_TYPE or (kind is None and "labels" in value):
            labels = value.get("labels") or []
            start, end = value.get("start"), value.get("end")
            if not labels:
                issues.append(f"{rid}: region without a label")
                continue
            if len(labels) > 1:
                issues.append(f"{rid}: several labels {labels}; kept {labels[0]}")
            if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
                issues.append(f"{rid}: invalid offsets {start}..{end} (text length {len(text)})")
                continue
            if rid in regions:
                issues.append(f"{rid}: duplicate region id; kept the first")
                continue
            score, rule = item.get("score"), item.get(RULE_KEY)
            regions[rid] = Span(
                id=rid,
                label=str(labels[0]),
                start=start,
                end=end,
                text=text[start:end],
                score=float(score) if isinstance(score, (int, float)) else None,
                rule=rule if isinstance(rule, str) and rule else None,
            )
            continue
        attribute = scheme.attribute(str(item.get("from_name")))
        if attribute is None:
            issues.append(f"{rid}: unknown control {item.get('from_name')!r}")
            continue
        plain = _plain_attribute_value(attribute, value)
        if plain is not None:
            attributes.setdefault(rid, {})[attribute.name] = plain
    for rid, attrs in attributes.items():
        if rid in regions:
            regions[rid].attributes.update(attrs)
        else:
            issues.append(f"{rid}: attributes {sorted(attrs)} without a region")
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for item in raw_relations:
        from_id, to_id = str(item.get("from_id")), str(item.get("to_id"))
        if item.get("direction") == "left":  # drawn the other way round in the UI
            from_id, to_id = to_id, from_id
        if from_id not in regions or to_id not in regions:
            issues.append(f"relation {from_id}->{to_id}: endpoint is not a region")
            continue
        if item.get("direction") == "bi" and (regions[from_id].label, regions[to_id].label) == ("ACTOR", "QUOTE"):
            from_id, to_id = to_id, from_id  # a two-headed arrow has no direction: the speaker relation runs QUOTE -> ACTOR
        labels = item.get("labels") or []
        # An unlabeled arrow is the only relation the config defines (annotators rarely pick its label).
        label = str(labels[0]) if labels else (scheme.relation_labels[0] if len(scheme.relation_labels) == 1 else "")
        key = (from_id, to_id, label)
        if key not in seen:
            seen.add(key)
            relations.append(Relation(from_id=from_id, to_id=to_id, label=label))
    spans = sorted(regions.values(), key=lambda s: (s.start, s.end, s.label, s.id))
    return spans, relations
