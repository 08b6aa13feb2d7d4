"""Form classes compiled from `forms/*.ui`: generated, do not edit (see ui/forms_compiler.py)."""
