"""Running builds: one case, a whole project, cases in parallel."""
