"""Layer 6, render: the pages' Markdown and HTML fragments.

Fragments come from Jinja templates in `plan/render/templates/`, rendered by an
environment of our own with autoescaping on: data is always a template
*variable*, never template source, so text such as `{{ x }}` or `<script>`
in the YAML is shown literally.
"""
