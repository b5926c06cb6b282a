"""Layer 2, load and validate: the data file's bytes to a checked `Plan`, or located issues."""
