"""Layer 7, the site: one build's state and the MkDocs wiring (plugin, generated files, search index)."""
