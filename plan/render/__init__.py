"""Turn the plan into page fragments (Markdown headings + escaped HTML).

Fragments come from Jinja templates in `plan/templates/`, rendered by an
environment of our own with autoescaping on: data is always a template
*variable*, never template source, so text such as `{{ x }}` or `<script>`
in the YAML is shown literally.
"""
