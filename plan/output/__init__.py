"""Layer 4, output primitives: escaping for each output context and Vietnamese formatting."""
