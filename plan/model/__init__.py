"""Layer 1, the model: typed records, their vocabularies, and pure functions of them
(deadline parsing, unit-name reading, site paths). Imports nothing else of the package."""
