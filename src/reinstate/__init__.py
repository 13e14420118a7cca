"""reinstate: compile Amazon seller appeal cases into a checked site, texts and a PDF bundle."""

__version__ = "0.1.0"
