"""Starting new cases: the template catalogue and `reinstate new`."""
