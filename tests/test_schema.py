"""schema/plan.schema.json: generated from the model, described, usable by editors' tools."""

from __future__ import annotations

import json

import jsonschema
import yaml

from devtools.project import DATA_FILE as DEFAULT_PATH
from devtools.project import SCHEMA_FILE as SCHEMA_PATH
from plan.schema_export import schema_text


class EditorYamlLoader(yaml.SafeLoader):
    """Reads YAML as yaml-language-server does: timestamps stay strings."""


EditorYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def editor_view(text: str):
    return yaml.load(text, Loader=EditorYamlLoader)  # noqa: S506 - a SafeLoader subclass


def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_committed_schema_matches_the_model():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "schema/plan.schema.json is stale: run `.venv/bin/python -m plan.schema_export`"
    )


def test_every_property_has_a_vietnamese_description():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    undescribed = []

    def walk(node, path):
        if isinstance(node, dict):
            for name, prop in node.get("properties", {}).items():
                if not prop.get("description", "").strip():
                    undescribed.append(f"{path}.{name}")
            for key, value in node.items():
                walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, path)

    walk(schema, "")
    assert not undescribed
    assert "Mã hoạt động" in schema["$defs"]["Activity"]["properties"]["id"]["description"]


def test_the_real_dataset_validates_as_an_editor_sees_it():
    errors = list(validator().iter_errors(editor_view(DEFAULT_PATH.read_text(encoding="utf-8"))))
    assert not errors, [error.message for error in errors[:5]]


def test_the_schema_flags_common_editor_mistakes():
    text = DEFAULT_PATH.read_text(encoding="utf-8")
    unquoted = text.replace("- id: '3.45'", "- id: 3.45", 1)
    misspelt = text.replace("    deadline: Nhiệm vụ hàng năm", "    dealine: Nhiệm vụ hàng năm", 1)
    for broken in (unquoted, misspelt):
        assert broken != text
        assert list(validator().iter_errors(editor_view(broken)))


def test_the_yaml_names_its_schema_for_editors():
    first_line = DEFAULT_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=../schema/plan.schema.json"
