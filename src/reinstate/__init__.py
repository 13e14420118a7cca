"""reinstate: compile Amazon seller appeal cases into a checked site, texts and a PDF bundle."""

__version__ = "0.1.0"

from reinstate.core.precompiled import install as _install

_install()  # before any module of reinstate makes its dataclasses
