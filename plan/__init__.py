"""Model, validation, queries, rendering and exports of the Lâm Đồng 2022 reform plan.

The package is layered; each layer imports only from the layers before it
(README.md, "Package layers"; tests/test_layers.py checks it):

    model → load → queries → output → exports → render → site → entry points

This module imports nothing, so importing any layer does not pull in the others.
"""
