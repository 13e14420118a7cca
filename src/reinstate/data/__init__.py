"""Data files shipped with reinstate: the word lists of the check rules (words/*.txt)."""
