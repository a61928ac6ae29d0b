"""The label scheme, derived from label_config.xml (the single source of truth).

Label names and per-region attributes come from the SDK's LabelInterface; which
label an attribute belongs to comes from the `whenLabelValue` of the View that
shows it, and relation labels from <Relations>.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from label_studio_sdk.label_interface import LabelInterface

from curation.config import CurateError, Workspace

# Label Studio result type and the key inside `value` for each control tag.
RESULT_KEYS = {"Choices": ("choices", "choices"), "Number": ("number", "number"), "TextArea": ("textarea", "text")}


@dataclass(frozen=True)
class Attribute:
    name: str  # control name, e.g. "actor_type"
    tag: str  # Choices | Number | TextArea
    label: str  # the span label it belongs to, e.g. "ACTOR"
    choices: tuple[str, ...] = ()

    @property
    def result_type(self) -> str:
        return RESULT_KEYS[self.tag][0]

    @property
    def value_key(self) -> str:
        return RESULT_KEYS[self.tag][1]

    def check(self, value: Any) -> str | None:
        """None when `value` is allowed, else the reason."""
        if value is None:
            return None
        if self.tag == "Choices" and value not in self.choices:
            return f"{self.name}={value!r} is not one of {', '.join(self.choices)}"
        if self.tag == "Number" and (isinstance(value, bool) or not isinstance(value, (int, float))):
            return f"{self.name}={value!r} is not a number"
        if self.tag == "TextArea" and not isinstance(value, str):
            return f"{self.name}={value!r} is not text"
        return None


@dataclass(frozen=True)
class LabelScheme:
    xml: str
    labels_control: str  # "label"
    text_object: str  # "text"
    labels: tuple[str, ...]
    relation_labels: tuple[str, ...]
    attributes: tuple[Attribute, ...]

    @property
    def interface(self) -> LabelInterface:
        """The parsed config, built once per config text (parsing costs ~1 ms: once per task adds up)."""
        return _interface(self.xml)

    def attributes_for(self, label: str) -> tuple[Attribute, ...]:
        return tuple(a for a in self.attributes if a.label == label)

    def attribute(self, name: str) -> Attribute | None:
        return self._attributes_by_name.get(name)

    @cached_property
    def _attributes_by_name(self) -> dict[str, Attribute]:
        return {a.name: a for a in reversed(self.attributes)}  # reversed: the first of a name wins, as before


def load_scheme(path: Path | None = None) -> LabelScheme:
    path = path or Workspace.current().label_config_path
    try:
        xml = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CurateError(f"cannot read label config {path}: {exc.strerror}") from exc
    return _parse(xml, str(path))


@cache
def _interface(xml: str) -> LabelInterface:
    return LabelInterface(xml)


@cache
def _parse(xml: str, where: str) -> LabelScheme:
    try:
        interface = _interface(xml)
        root = ET.fromstring(xml)
    except Exception as exc:  # the SDK raises several types for a bad config
        raise CurateError(f"invalid label config {where}: {exc}") from exc
    labels_controls = [c for c in interface.controls if c.tag == "Labels"]
    if len(labels_controls) != 1:
        raise CurateError(f"invalid label config {where}: expected exactly one <Labels>")
    labels_control = labels_controls[0]
    owner = _attribute_owners(root)
    attributes = []
    for control in interface.controls:
        if control.tag not in RESULT_KEYS or control.attr.get("perRegion") != "true":
            continue
        if control.name not in owner:
            raise CurateError(f"invalid label config {where}: {control.name} is not inside a View with whenLabelValue")
        attributes.append(
            Attribute(
                name=control.name,
                tag=control.tag,
                label=owner[control.name],
                choices=tuple(control.labels) if control.tag == "Choices" else (),
            )
        )
    return LabelScheme(
        xml=xml,
        labels_control=labels_control.name,
        text_object=labels_control.to_name[0],
        labels=tuple(labels_control.labels),
        relation_labels=tuple(r.get("value", "") for r in root.iter("Relation")),
        attributes=tuple(attributes),
    )


def _attribute_owners(root: ET.Element) -> dict[str, str]:
    owners: dict[str, str] = {}
    for view in root.iter("View"):
        label = view.get("whenLabelValue")
        if view.get("visibleWhen") != "region-selected" or not label:
            continue
        for element in view.iter():
            if element is not view and element.get("perRegion") == "true" and element.get("name"):
                owners[element.get("name")] = label
    return owners
