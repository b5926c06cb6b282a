"""The JSON Schema of data/plan.yaml, generated from the records (never written by hand)."""

from __future__ import annotations

from plan.model.records import Plan

SCHEMA_ID = "https://example.invalid/ke-hoach-cchc-2022/du-lieu/plan.schema.json"


def dataset_schema() -> dict:
    schema = Plan.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Kế hoạch cải cách hành chính năm 2022 tỉnh Lâm Đồng (data/plan.yaml)",
        "description": "Toàn bộ Quyết định 3090/QĐ-UBND và kế hoạch kèm theo: mục tiêu, nhiệm vụ, hoạt động, "
        "đơn vị, kinh phí, cùng ghi chú về nguồn. Mỗi trường có mô tả; xem thêm CONTRIBUTING.md.",
        **{key: value for key, value in schema.items() if key != "title"},
    }
