"""Outcome documents (chair's conclusions): structured text, drafts, comparison, recommendations."""
