"""Layer 3, queries: read-only lookups over a validated plan, shared by exports and pages."""

from plan.queries.index import BodyRef, PlanIndex

__all__ = ["BodyRef", "PlanIndex"]
