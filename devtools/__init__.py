"""Helpers shared by the tests, the benchmarks and the scripts (not part of the site build).

- `project`: where the project's files are.
- `chromium`: Debian's Chromium with the flags that work here, honouring $CHROMIUM_PATH.
- `static_server`: a built site served on a free localhost port, optionally gzip-compressed.
- `site_build`: a copy of the site built from another dataset, in a subprocess.
"""
