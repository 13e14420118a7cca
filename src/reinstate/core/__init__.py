"""Shared types every stage uses: diagnostics, the case model, settings, field types, words."""
