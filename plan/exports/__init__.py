"""Machine-readable exports of the plan: JSON, CSV, Data Package, iCalendar."""
