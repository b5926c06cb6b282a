"""datapackage.json: a Frictionless Data Package describing every published file."""

from __future__ import annotations

import hashlib
import json

from plan.exports.catalogue import TABLES_BY_NAME
from plan.exports.tables import Column, Table
from plan.queries import PlanIndex

PACKAGE_NAME = "ke-hoach-cchc-2022-lam-dong"
MACHINE_NAME = "Tên cột dạng mã"  # how a field's description gives the column's stable machine name


def _hash(content: bytes) -> str:
    return "sha256:" + hashlib.sha256(content).hexdigest()


def _field(column: Column) -> dict:
    """A field named by its CSV header (Frictionless matches the two); the machine name closes its description."""
    return {"name": column.header, "type": column.type,
            "description": f"{column.description} {MACHINE_NAME}: {column.name}."}


def _foreign_key(table: Table, key: dict) -> dict:
    resource = key["reference"]["resource"]
    return {"fields": table.header_of(key["fields"]),
            "reference": {"resource": resource, "fields": TABLES_BY_NAME[resource].header_of(key["reference"]["fields"])}}


def table_schema(table: Table) -> dict:
    return {
        "fields": [_field(column) for column in table.columns],
        "primaryKey": [table.header_of(name) for name in table.primary_key],
        "foreignKeys": [_foreign_key(table, key) for key in table.foreign_keys],
        "missingValues": [""],
    }


def resource(name: str, path: str, content: bytes, media_type: str, title: str, table: Table | None = None) -> dict:
    """A resource entry; `path` is relative to datapackage.json."""
    entry = {
        "name": name,
        "path": path,
        "title": title,
        "mediatype": media_type,
        "encoding": "utf-8-sig" if table else "utf-8",
        "bytes": len(content),
        "hash": _hash(content),
    }
    if table is not None:
        entry.update(profile="tabular-data-resource", format="csv", schema=table_schema(table))
    else:
        entry["format"] = path.rsplit(".", 1)[-1]
        # Explicit, or frictionless reads a "*.schema.json" file as a Table Schema.
        entry["type"] = "json" if entry["format"] == "json" else "file"
    return entry


def _source(plan) -> dict:
    """The decision the data is copied from, with the address of its signed text once `meta` gives one."""
    document = plan.document
    source = {"title": f"{document.kind.capitalize()} số {document.number}: {document.title}"}
    if plan.meta.official_url:
        source["path"] = plan.meta.official_url
    return source


def datapackage(index: PlanIndex, resources: list[dict]) -> dict:
    plan = index.plan
    document = plan.document
    return {
        "profile": "data-package",
        "name": PACKAGE_NAME,
        "title": f"{plan.meta.site_title}: dữ liệu mở",
        "description": (
            f"Toàn bộ {document.kind.lower()} số {document.number} ngày {document.date:%d/%m/%Y} của "
            f"{document.issuer_lines[-1]} và kế hoạch, phụ lục kèm theo, dưới dạng dữ liệu: hoạt động, đơn vị, "
            "chỉ tiêu, kinh phí, lịch thời hạn."
        ),
        "version": plan.meta.last_updated.isoformat(),
        "created": plan.meta.last_updated.isoformat() + "T00:00:00Z",
        "licenses": [{"name": plan.meta.licence, "title": plan.meta.licence_title, "path": plan.meta.licence_url}],
        "sources": [_source(plan)],
        "contributors": [{"title": plan.meta.publisher, "role": "publisher"}],
        "resources": resources,
    }


def datapackage_text(index: PlanIndex, resources: list[dict]) -> str:
    return json.dumps(datapackage(index, resources), ensure_ascii=False, indent=2) + "\n"
