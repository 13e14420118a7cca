"""`reinstate new`: start a case from the template of its violation type.

With `--type` it runs without questions (facts not given on the command line become
`[TODO: ...]` markers or stand-in values); without it, it asks on the terminal and refuses
when there is no terminal to ask on. The work itself is in reinstate.scaffold.new.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from reinstate.commands import SUMMARIES
from reinstate.commands.common import (
    add_verbosity,
    parse_date,
    print_diagnostics,
    unknown_option,
    verbosity_of,
)
from reinstate.core.config import Config, load_config
from reinstate.core.diagnostics import Diagnostic, ReinstateError, Reporter
from reinstate.core.fieldtypes import Str, did_you_mean
from reinstate.core.frontmatter import SELLER
from reinstate.core.verbosity import Verbosity
from reinstate.core.vocabulary import LANGUAGES
from reinstate.scaffold.catalogue import (
    Template,
    available_templates,
    choose_template,
    choose_variant,
)
from reinstate.scaffold.new import (
    Facts,
    NewCase,
    add_placeholders,
    already_exists,
    check_slug,
    discard,
    ensure_schema_file,
    publish,
    render_case,
    stage_case,
    verify_staged,
)


def _seller_text(name: str) -> Str:
    """The declaration of a seller field, so answers are checked as the loader checks them."""
    found = next(f.type for f in SELLER.fields if f.name == name)
    assert isinstance(found, Str)
    return found


USAGE = "reinstate new SLUG [--type TYPE] [PROJECT] [options]"
TOKEN = _seller_text("merchant_token")
EMAIL = _seller_text("email")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "new",
        help=SUMMARIES["new"],
        usage=USAGE,
        description=(
            "Create content/SLUG/ with a case.md and the starter root causes, actions, "
            "measures and exhibits of the violation type. Without --type, asks on the "
            "terminal. Never overwrites an existing case."
        ),
        epilog="Run 'reinstate new --list' to see the templates.",
    )
    # argparse (before Python 3.13) cannot take an optional PROJECT after options that
    # follow SLUG, so the operands are collected here and parsed intermixed in `run`.
    parser.add_argument(
        "operands",
        nargs=argparse.REMAINDER,
        metavar="SLUG [PROJECT]",
        help="the case's folder name, and the project folder (default: the current folder; "
        "created when missing)",
    )
    add_options(parser)
    parser.set_defaults(run=run)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-t", "--type", metavar="TYPE", help="violation type (or a project template name)"
    )
    parser.add_argument(
        "--variant",
        metavar="NAME",
        help="the starting point within the type, e.g. 'genuine' for a trademark complaint "
        "about genuine goods (default: the template's neutral one; --list shows them)",
    )
    parser.add_argument("--list", action="store_true", help="list the templates and exit")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of the case's generated words (written as 'language:' in "
        "case.md) and of the template's guidance where it is translated (default: en)",
    )
    facts = parser.add_argument_group("facts of the case (asked for on a terminal)")
    facts.add_argument("--seller", metavar="NAME", help="the seller's registered business name")
    facts.add_argument("--store", metavar="NAME", help="the store name buyers see")
    facts.add_argument("--merchant-token", metavar="ID", help="the Seller ID (merchant token)")
    facts.add_argument("--email", metavar="ADDRESS", help="the seller account's e-mail address")
    facts.add_argument("--marketplace", metavar="SITE", help="e.g. amazon.com")
    facts.add_argument(
        "--notice-date", type=parse_date, metavar="YYYY-MM-DD", help="the date of Amazon's notice"
    )
    parser.add_argument(
        "--today",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the date to check the notice date against (default: today); dates you must "
        "supply are always left as to-do markers",
    )
    add_verbosity(parser)


def parse_operands(args: argparse.Namespace) -> argparse.Namespace:
    """SLUG, PROJECT and any options written after SLUG, into `args`."""
    inner = argparse.ArgumentParser(prog="reinstate new", usage=USAGE, add_help=False)
    inner.add_argument("slug", nargs="?")
    inner.add_argument("project", nargs="?", default=".")
    add_options(inner)
    args, extras = inner.parse_known_intermixed_args(args.operands, namespace=args)
    if extras:
        names = [name for action in inner._actions for name in action.option_strings]
        words = [unknown_option(word, names) for word in extras]
        inner.error("unrecognized arguments: " + " ".join(words))
    return args


def run(args: argparse.Namespace) -> int:
    return run_new(parse_operands(args), sys.stdin, sys.stdout)


@dataclass
class Prompter:
    """Asks questions on a terminal; the streams are handed in so tests can drive it."""

    input: TextIO
    output: TextIO

    def say(self, text: str = "") -> None:
        self.output.write(text + "\n")

    def ask(self, question: str, default: str = "", check: Checker | None = None) -> str:
        """The answer (or the default on Enter), asked again until `check` accepts it."""
        while True:
            shown = f" [{default}]" if default else ""
            self.output.write(f"{question}{shown}: ")
            self.output.flush()
            line = self.input.readline()
            if not line:
                self.say()
                raise ReinstateError("no answer (end of input); nothing was written")
            answer = line.strip() or default
            problem = check(answer) if check is not None and answer else None
            if problem is None:
                return answer
            self.say(f"  {problem}")


Checker = Callable[[str], "str | None"]


def check_token(text: str) -> str | None:
    if TOKEN.pattern is not None and re.fullmatch(TOKEN.pattern, text.upper()):
        return None
    return "a merchant token is 6 to 20 capital letters and digits, e.g. A2HLG7EXAMPLE"


def check_email(text: str) -> str | None:
    if EMAIL.pattern is not None and re.fullmatch(EMAIL.pattern, text):
        return None
    return "that is not an e-mail address"


def check_line(text: str) -> str | None:
    return None if text.strip() and "\n" not in text else "write it on one line"


def check_notice_date(today: dt.date) -> Checker:
    def check(text: str) -> str | None:
        try:
            date = dt.date.fromisoformat(text)
        except ValueError:
            return "write the date as YYYY-MM-DD"
        return "the notice cannot be dated in the future" if date > today else None

    return check


def facts_from_args(args: argparse.Namespace, today: dt.date) -> Facts:
    """The facts given as options, validated like the answers on the terminal."""
    checks: list[tuple[str, str | None, Checker]] = [
        ("--seller", args.seller, check_line),
        ("--store", args.store, check_line),
        ("--merchant-token", args.merchant_token, check_token),
        ("--email", args.email, check_email),
        ("--marketplace", args.marketplace, check_line),
    ]
    for option, value, check in checks:
        problem = check(value) if value is not None else None
        if problem is not None:
            raise ReinstateError(f"{option} '{value}': {problem}")
    if args.notice_date is not None and args.notice_date > today:
        raise ReinstateError(f"--notice-date {args.notice_date} is in the future")
    return Facts(
        args.seller,
        args.store,
        args.merchant_token.upper() if args.merchant_token else None,
        args.email,
        args.marketplace,
        args.notice_date,
        args.language,
    )


def ask_template(prompter: Prompter, templates: dict[str, Template]) -> Template:
    names = list(templates)
    prompter.say("Violation types:")
    width = max(len(n) for n in names)
    for i, name in enumerate(names, 1):
        prompter.say(f"  {i:2}  {name:<{width}}  {templates[name].description}")

    def check(text: str) -> str | None:
        if text.lower() in templates or (text.isdigit() and 1 <= int(text) <= len(names)):
            return None
        choose = f"type a number from 1 to {len(names)}, or one of the names above"
        close = did_you_mean(text.lower(), names)
        return f"'{text}' is not one of them; {close} (or {choose})" if close else choose

    answer = ""
    while not answer:
        answer = prompter.ask("Violation type (number or name)", check=check)
    return templates[names[int(answer) - 1]] if answer.isdigit() else templates[answer.lower()]


def ask_facts(prompter: Prompter, given: Facts, today: dt.date) -> Facts:
    """Ask for each fact not given as an option; Enter leaves it for later (a to-do)."""
    later = "Enter to fill in later"

    def ask(value: str | None, question: str, check: Checker, default: str = "") -> str | None:
        if value is not None:
            return value
        return prompter.ask(f"{question} ({later})" if not default else question, default, check)

    legal = ask(given.legal_name, "Seller's registered business name", check_line)
    store = ask(given.store_name, "Store name", check_line)
    token = ask(given.merchant_token, "Merchant token (Seller ID)", check_token)
    email = ask(given.email, "E-mail address of the seller account", check_email)
    site = ask(given.marketplace, "Marketplace", check_line, "amazon.com")
    notice = given.notice_date
    if notice is None:
        question = f"Date of Amazon's notice, YYYY-MM-DD ({later})"
        text = prompter.ask(question, "", check_notice_date(today))
        notice = dt.date.fromisoformat(text) if text else None
    return Facts(
        legal or None,
        store or None,
        token.upper() if token else None,
        email or None,
        site,
        notice,
        given.language,
    )


def ask_variant(prompter: Prompter, template: Template) -> str | None:
    """The template's variant the author picks (Enter: its default); None without variants."""
    variants = template.variants
    if variants is None:
        return None
    names = list(variants.described)
    prompter.say(f"Which fits this {template.name} case?")
    width = max(len(n) for n in names)
    for i, name in enumerate(names, 1):
        prompter.say(f"  {i:2}  {name:<{width}}  {variants.described[name]}")

    def check(text: str) -> str | None:
        if text in names or (text.isdigit() and 1 <= int(text) <= len(names)):
            return None
        return f"type a number from 1 to {len(names)}, or one of the names above"

    answer = prompter.ask("Starting point (number or name)", variants.default, check)
    return names[int(answer) - 1] if answer.isdigit() else answer


def no_terminal(templates: dict[str, Template]) -> ReinstateError:
    return ReinstateError(
        "no --type given, and there is no terminal to ask on; run "
        "'reinstate new SLUG --type TYPE' with one of: " + ", ".join(templates)
    )


def list_templates(templates: dict[str, Template], out: TextIO) -> None:
    width = max(len(n) for n in templates)
    for name, template in templates.items():
        out.write(f"{name:<{width}}  {template.description}\n")
        variants = template.variants
        if variants is None:
            continue
        for variant, said in variants.described.items():
            mark = " (default)" if variant == variants.default else ""
            out.write(f"{'':<{width}}    --variant {variant}{mark}: {said}\n")


def run_new(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    if args.list and args.slug is not None and args.project == ".":
        args.slug, args.project = None, args.slug  # `reinstate new --list PROJECT`
    root = Path(args.project)
    if args.slug is not None:
        check_slug(args.slug)
    if not root.exists() and args.slug is not None and not args.list:
        root.mkdir(parents=True)
    reporter = Reporter()
    config = load_config(root, reporter)
    templates = available_templates(config)
    if args.list:
        list_templates(templates, stdout)
        return 0
    if args.slug is None:
        raise ReinstateError("name the case: reinstate new SLUG --type TYPE")
    if (config.content / args.slug).exists():
        raise ReinstateError(already_exists(config, config.content / args.slug))
    today = args.today or dt.date.today()
    facts = facts_from_args(args, today)
    if args.type is not None:
        template = choose_template(templates, args.type)
        variant = choose_variant(template, args.variant)
    elif not stdin.isatty():
        raise no_terminal(templates)
    else:
        prompter = Prompter(stdin, stdout)
        template = ask_template(prompter, templates)
        if args.variant is not None:
            variant = choose_variant(template, args.variant)
        else:
            variant = ask_variant(prompter, template)
        facts = ask_facts(prompter, facts, today)
    quiet = verbosity_of(args) <= Verbosity.QUIET
    return create(config, template, args.slug, facts, today, stdout, variant, quiet)


def create(
    config: Config,
    template: Template,
    slug: str,
    facts: Facts,
    today: dt.date,
    out: TextIO,
    variant: str | None = None,
    quiet: bool = False,
) -> int:
    """Make the case; `quiet`: without the list of what was written and what comes next."""
    new = add_placeholders(
        render_case(config, template, slug, facts, today, variant), facts.language
    )
    errors = verify(config, new, facts, today)
    if errors:
        print_diagnostics(errors, sys.stderr)
        print(
            f"reinstate: the '{template.name}' template does not make a valid case "
            "(see above); nothing was written",
            file=sys.stderr,
        )
        return 1
    staged = stage_case(config, new)
    folder = publish(config, staged, slug)
    schema = ensure_schema_file(config.root)
    if not quiet:
        report(config, new, folder, schema, out)
    return 0


def verify(config: Config, new: NewCase, facts: Facts, today: dt.date) -> list[Diagnostic]:
    """The errors of the rendered case's files, as a build would report them.

    Without the notice date the case cannot be loaded (everything counts from it), so the
    files are checked as they would be with a date filled in: a stand-in date for this
    check only, never written.
    """
    checked = new
    if facts.notice_date is None:
        dated = replace(facts, notice_date=today)
        rendered = render_case(config, new.template, new.slug, dated, today, new.variant)
        checked = replace(new, files={**new.files, "case.md": rendered.files["case.md"]})
    staged = stage_case(config, checked)
    try:
        return verify_staged(config, checked, staged, today)
    finally:
        discard(staged)


def report(config: Config, new: NewCase, folder: Path, schema: str, out: TextIO) -> None:
    rel = config.rel(folder)
    chosen = f", variant '{new.variant}'" if new.variant else ""
    out.write(f"created {rel}/ from the '{new.template.name}' template{chosen}:\n")
    for name in sorted(new.files):
        note = "  (stand-in: replace it with the real document)" if name in new.placeholders else ""
        out.write(f"  {rel}/{name}{note}\n")
    if schema in ("written", "updated"):
        out.write(f"{schema} reinstate.schema.json (field completion in your editor)\n")
    elif schema == "kept":
        out.write("kept your own reinstate.schema.json; 'reinstate schema' prints ours\n")
    out.write(
        f"\n{new.todo_count()} places to fill in are marked [TODO: ...]; "
        "'reinstate check' lists them.\n"
    )
    others = new.template.variants
    if others is not None and len(others.described) > 1:
        out.write(
            "Other starting points ('reinstate new --list' describes them): "
            + ", ".join(f"--variant {v}" for v in others.described if v != new.variant)
            + "\n"
        )
    if re.search(rb'^ +notice_date: +"\[TODO:', new.files.get("case.md", b""), re.M):
        out.write(
            f"Fill in violation.notice_date in {rel}/case.md first: the case is checked and "
            "built once it has the date of Amazon's notice.\n"
        )
    out.write(
        f"Next: edit {rel}/case.md, then run 'reinstate build' and open "
        f"{config.rel(config.output)}/{new.slug}/plan-of-action.html\n"
    )
