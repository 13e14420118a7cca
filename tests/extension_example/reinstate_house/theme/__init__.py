"""The house theme: this folder (static/ holds its stylesheet additions)."""
