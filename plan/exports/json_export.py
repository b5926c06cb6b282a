"""ke-hoach.json: the whole validated dataset, unit names beside unit ids; and its JSON Schemas."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import get_args

from pydantic import BaseModel

from plan.model.records import Activity, Plan, UnitCell, UnitRef
from plan.model.schema import dataset_schema as build_schema
from plan.model.deadlines import Kind as DeadlineKind
from plan.queries import PlanIndex

UNIT_NAMES_SCHEMA = {
    "type": "array",
    "items": {"type": "string"},
    "description": "Tên các đơn vị, cùng thứ tự với `units` (thêm khi xuất dữ liệu).",
}
UNIT_NAME_SCHEMA = {"type": "string", "description": "Tên đơn vị `unit` (thêm khi xuất dữ liệu)."}
DATE_OR_NULL = {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]}
DEADLINE_PARSED_SCHEMA = {
    "anyOf": [
        {
            "type": "object",
            "properties": {
                "kind": {"type": "string", "enum": list(get_args(DeadlineKind))},
                "start": DATE_OR_NULL,
                "end": DATE_OR_NULL,
            },
            "required": ["kind", "start", "end"],
            "additionalProperties": False,
        },
        {"type": "null"},
    ],
    "description": "Thời hạn đã phân tích (thêm khi xuất dữ liệu): loại, ngày đầu, ngày cuối (YYYY-MM-DD); "
    "ngày là null với việc thường xuyên, hàng năm, theo quy định.",
}


def _export(value, index: PlanIndex):
    if isinstance(value, BaseModel):
        data = {name: _export(getattr(value, name), index) for name in type(value).model_fields}
        data.update(_additions(value, index))
        return data
    if isinstance(value, list):
        return [_export(item, index) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _additions(record: BaseModel, index: PlanIndex) -> dict:
    if isinstance(record, UnitCell):
        return {"unit_names": [index.units[unit_id].name for unit_id in record.units]}
    if isinstance(record, UnitRef):
        return {"unit_name": index.units[record.unit].name}
    if isinstance(record, Activity):
        deadline = index.deadline(record)
        parsed = None
        if deadline is not None:
            parsed = {
                "kind": deadline.kind,
                "start": deadline.start.isoformat() if deadline.start else None,
                "end": deadline.end.isoformat() if deadline.end else None,
            }
        return {"deadline_parsed": parsed}
    return {}


def plan_json(index: PlanIndex) -> dict:
    return _export(index.plan, index)


def plan_json_text(index: PlanIndex) -> str:
    return json.dumps(plan_json(index), ensure_ascii=False, indent=2) + "\n"


def _json_value(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def tables_json_text(tables: list, index: PlanIndex, site_url: str | None) -> str:
    """Tables as JSON: one list of rows per table, with the CSV's column names and typed values."""
    data = {table.name: [{name: _json_value(value) for name, value in row.items()}
                         for row in table.rows(index, site_url)] for table in tables}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dataset_schema() -> dict:
    """Schema of data/plan.yaml: the same document as schema/plan.schema.json."""
    return build_schema()


def export_schema() -> dict:
    """Schema of ke-hoach.json: the dataset's schema plus the fields added on export."""
    schema = copy.deepcopy(Plan.model_json_schema(mode="serialization"))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Kế hoạch CCHC (bản xuất ke-hoach.json)"
    definitions = schema["$defs"]
    for name, field, field_schema in (
        ("UnitCell", "unit_names", UNIT_NAMES_SCHEMA),
        ("UnitRef", "unit_name", UNIT_NAME_SCHEMA),
        ("Activity", "deadline_parsed", DEADLINE_PARSED_SCHEMA),
    ):
        definitions[name]["properties"][field] = field_schema
    for definition in [schema, *definitions.values()]:
        if "properties" in definition:  # every field is always written, defaults included
            definition["required"] = list(definition["properties"])
    return schema


def schema_text(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
