"""Layer 5, exports: the machine-readable files (JSON, CSV, Data Package, iCalendar), built in memory."""
