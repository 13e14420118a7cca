"""A project opened for a build: settings, extensions, theme, output folder and cases.

Apart from the case build (case.py) so that a build that finds every case up to date
imports only this much: the settings, the theme's files and the listing of the cases.
`check` uses `with_extensions` and reads no theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.config import Config, check_output_folder, load_config
from reinstate.core.diagnostics import Reporter
from reinstate.output.job import BuildOptions
from reinstate.stages.discover import Project, discover

if TYPE_CHECKING:
    from reinstate.render.theme import Theme


def prepare(
    root: Path, options: BuildOptions, reporter: Reporter
) -> tuple[Project, Theme, Path, BuildOptions]:
    """Settings, theme, output folder, cases, and the options with the project's extension
    rules and steps added; raises ReinstateError when unusable."""
    from reinstate.render.theme import load_theme  # here: `check` reads no theme

    config = load_config(root, reporter)
    options = with_extensions(config, options, reporter)
    check_config(config, reporter, options)
    out_dir = check_output_folder(config, options.out)
    theme = load_theme(config)
    project = discover(config, reporter, options.only)
    return project, theme, out_dir, options


def with_extensions(config: Config, options: BuildOptions, reporter: Reporter) -> BuildOptions:
    """The options with the rules and steps of the extensions reinstate.yaml names (whose
    loader imports the rule catalogue: only for a project that names some)."""
    if not config.extensions:
        return options
    from reinstate.run.extensions import load_extensions

    return load_extensions(config, reporter).apply(options)


def check_config(config: Config, reporter: Reporter, options: BuildOptions) -> None:
    """The settings checked against the rule catalogue (`checks.check_settings`), which
    reads the marks of reinstate.yaml: without the file there is nothing to check, and
    the catalogue need not be imported."""
    if config.marks is None:
        return
    from reinstate.checks import check_settings

    check_settings(config, reporter, options.rules)
