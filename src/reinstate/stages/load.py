"""Load a case folder: read every file, validate its front matter, build the `Case`.

Structural problems are errors here (a missing required field, an `addresses` entry that
names no cause, an exhibit file that does not exist); appeal-quality problems are left to
the checks. A file with errors is skipped; its id stays known so that references to it do
not cascade into more messages.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from stat import S_ISLNK
from typing import Any, cast

from reinstate.core.config import Config
from reinstate.core.diagnostics import Diagnostic, Location, Reporter
from reinstate.core.fieldtypes import Context, did_you_mean, is_todo, todo_text
from reinstate.core.frontmatter import EXHIBIT_SUFFIXES, ID_PATTERN, ITEM_KINDS, SCHEMAS
from reinstate.core.limits import raise_hint
from reinstate.core.memo import MISSING, Memo, Same
from reinstate.core.model import (
    Action,
    Case,
    Cause,
    Contact,
    Exhibit,
    Highlight,
    Issuer,
    Item,
    Letter,
    Measure,
    Metric,
    Missed,
    Origin,
    Page,
    Seller,
    Signature,
    Submission,
    Violation,
)
from reinstate.core.vocabulary import (
    LETTER_TITLE,
    _,
    default_case_title,
    language,
    marketplace_date_style,
    marketplace_paper,
)
from reinstate.stages.discover import CASE_FILE, CaseDir
from reinstate.stages.read import Source, read_source

_ID = re.compile(ID_PATTERN)


@dataclass(slots=True)
class _Items:
    """Items by kind while loading, plus every id seen (including those of broken files)."""

    by_kind: dict[str, list[Item]] = field(default_factory=lambda: {k: [] for k in ITEM_KINDS})
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)
    """id → (kind, path) of the first file that used it."""
    unreadable: set[str] = field(default_factory=set)
    """File names (without .md) of files that could not be read: probably their ids."""


Known = Mapping[str, tuple[str, int]]
"""Project-relative path → (SHA-256, size) of an input file as the build's snapshot of its
inputs found it (output/fingerprint.py), for `read_sources` with the watcher's memo."""


def load_case(
    case_dir: CaseDir,
    config: Config,
    reporter: Reporter,
    today: dt.date,
    memo: Memo | None = None,
    known: Known | None = None,
) -> Case | None:
    """The validated case, or None when case.md itself cannot be used."""
    sources = read_sources(case_dir, config, reporter, memo, known)
    return load_sources(sources, case_dir, config, reporter, today, memo)


def read_sources(
    case_dir: CaseDir,
    config: Config,
    reporter: Reporter,
    memo: Memo | None = None,
    known: Known | None = None,
) -> list[Source | None]:
    """The case's files, read in order (None for one that cannot be used) while their sizes
    together stay within `max_case_bytes`: the file that would pass it is refused before it
    is read, located, and the files after it are not read. With a `memo` and what the
    snapshot of the inputs `known` of a file, a file read before with the same bytes is
    not read again (read.py's `read_source`), nor its size asked."""
    limit = config.limits.case_bytes
    total = 0
    sources: list[Source | None] = []
    use = known if memo is not None and known is not None else {}
    for file in case_dir.files:
        path = str(file)
        rel = config.rel(path)
        digest, size = use.get(rel, (None, -1))
        if total <= limit:
            try:
                if size < 0:
                    size = os.stat(path).st_size  # noqa: PTH116 (a str path: no Path to make)
            except OSError:
                size = 0  # read_source reports it
            if size > config.max_file_bytes:
                size = 0  # read_source refuses it, naming the file limit
            elif total + size > limit:
                reporter.error(
                    Location(rel, 1, 1),
                    "case.too-large",
                    f"the case's Markdown files come to {total + size:,} bytes with this one, "
                    f"over the limit of {limit:,}; this file and those after it are not read",
                    f"move material into exhibits, {raise_hint('case_bytes')}",
                )
            total += size
        if total > limit:
            sources.append(None)
            continue
        sources.append(read_source(path, rel, reporter, config.max_file_bytes, memo, digest))
    return sources


def load_sources(
    sources: Sequence[Source | None],
    case_dir: CaseDir,
    config: Config,
    reporter: Reporter,
    today: dt.date,
    memo: Memo | None = None,
) -> Case | None:
    """The case made of `sources` (case.md first; None for a file that could not be read).

    Separate from reading so a case can also be loaded from other text than the files on
    disk (the checks load the snapshot of an earlier submission from git). With a `memo`,
    an item whose source is unchanged is the very object the last build made (`load_item`).
    """
    head = sources[0] if sources else None
    if head is None:
        return None
    items = _Items()
    places = _Places(case_dir.folder) if memo is not None else None
    for path, source in zip(case_dir.files[1:], sources[1:], strict=True):
        if source is None:
            items.unreadable.add(Path(path).stem)
        else:
            load_item(source, case_dir, items, reporter, today, memo, places)
    for kind in ITEM_KINDS:
        items.by_kind[kind].sort(key=lambda item: item.sort_key)
    letters = items.by_kind["letter"]
    for extra in letters[1:]:
        reporter.error(
            extra.origin.key("kind"),
            "letter.duplicate",
            f"a case has at most one letter; this one is ignored ({letters[0].origin.rel} is used)",
        )
    check_links(items, reporter)
    case = load_case_file(head, case_dir, reporter, today)
    if case is None:
        return None
    marketplace = case["marketplace"]
    case["paper"] = case["paper"] or config.paper or marketplace_paper(marketplace)
    case["date_style"] = (
        case["date_style"] or config.date_style or marketplace_date_style(marketplace)
    )
    redline = case.pop("bundle_redline")
    case["bundle_redline"] = config.bundle_redline if redline is None else redline
    case["language"] = case["language"] or config.language or "en"
    if case["language"] != "en":
        with language(case["language"]):
            letters = [_translated_title(x) if isinstance(x, Letter) else x for x in letters]
    if case["title"] is None:
        with language(case["language"]):
            case["title"] = default_case_title(
                case["seller"].store_name, case["scope"], case["violation"].asins
            )
    inputs = [
        s.rel if s is not None else config.rel(str(p))
        for p, s in zip(case_dir.files, sources, strict=True)
    ]
    inputs += [
        config.rel(str(e.path))
        for e in items.by_kind["exhibit"]
        if isinstance(e, Exhibit) and e.path
    ]
    return Case(
        **case,
        causes=tuple(i for i in items.by_kind["cause"] if isinstance(i, Cause)),
        actions=tuple(i for i in items.by_kind["action"] if isinstance(i, Action)),
        measures=tuple(i for i in items.by_kind["measure"] if isinstance(i, Measure)),
        exhibits=tuple(i for i in items.by_kind["exhibit"] if isinstance(i, Exhibit)),
        letter=next((i for i in letters if isinstance(i, Letter)), None),
        pages=tuple(i for i in items.by_kind["page"] if isinstance(i, Page)),
        inputs=tuple(sorted(set(inputs))),
        unreadable=tuple(sorted(items.unreadable - set(items.ids))),
    )


def _translated_title(letter: Letter) -> Letter:
    """A letter whose file gives no title has the default title in the case's language."""
    if ("title",) in letter.origin.marks.keys or letter.title != LETTER_TITLE:
        return letter
    return dataclasses.replace(letter, title=_(LETTER_TITLE))


def origin_of(source: Source) -> Origin:
    # Bodies are kept without their leading blank lines, so line 0 of the body is the
    # first line with text: count the blank lines in, or every body location is off.
    blank = len(source.body) - len(source.body.lstrip("\n"))
    return Origin(source.rel, source.marks, source.body_line + blank, source.digest)


def load_case_file(
    source: Source, case_dir: CaseDir, reporter: Reporter, today: dt.date
) -> dict[str, Any] | None:
    """The fields of `Case` that come from case.md, or None when it is unusable."""
    kind = source.meta.get("kind")
    if kind != "case":
        reporter.error(
            source.marks.value(("kind",)) if "kind" in source.meta else source.location(1, 1),
            "field.required" if kind is None else "field.invalid",
            f"{CASE_FILE} must have 'kind: case'" + (f", not '{kind}'" if kind else ""),
        )
        return None
    before = reporter.errors
    ctx = Context(reporter, source.marks)
    v = SCHEMAS["case"].check(source.meta, (), ctx)
    if reporter.errors > before and (v["seller"] is None or v["violation"] is None):
        return None
    seller, violation = v["seller"], v["violation"]
    if not _has(seller, "legal_name", "store_name", "merchant_token", "email"):
        return None
    notice = source.meta["violation"].get("notice_date") if violation is not None else None
    if isinstance(notice, str) and is_todo(notice):
        reporter.error(
            source.marks.value(("violation", "notice_date")),
            "placeholder.unfilled",
            f"to do: {todo_text(notice) or 'the date of the notice'}; the case is checked "
            "and built once it is filled in (deadlines and document ages count from it)",
            "write the date of Amazon's notice as YYYY-MM-DD",
        )
        return None
    if not _has(violation, "type", "notice_date") or v["marketplace"] is None:
        return None
    origin = origin_of(source)
    submissions = tuple(
        Submission(index=i, **_tuples(s)) if s["date"] else None
        for i, s in enumerate(v["submissions"])
    )
    check_submissions(submissions, origin, reporter, today)
    contact = seller.pop("contact")
    signature = v["signature"]
    return {
        "slug": case_dir.slug,
        "folder": case_dir.folder,
        "origin": origin,
        "title": v["title"],
        "mode": v["mode"],
        "seller": Seller(**seller, contact=Contact(**contact) if contact else None),
        "marketplace": v["marketplace"],
        "scope": v["scope"],
        "violation": Violation(
            **_tuples({k: x for k, x in violation.items() if k != "metrics"}),
            metrics=tuple(Metric(**m) for m in violation["metrics"] if m["name"] and m["value"]),
        ),
        "submissions": tuple(s for s in submissions if s is not None),
        "signature": Signature(**signature) if signature and signature["name"] else None,
        "paper": v["paper"],
        "date_style": v["date_style"],
        "bundle_redline": (v["bundle"] or {}).get("redline"),
        "language": v["language"],
        "opening": source.body.strip("\n"),
        "ignore": tuple(v["ignore"]),
    }


def _tuples(values: dict[str, Any]) -> dict[str, Any]:
    return {k: tuple(x) if isinstance(x, list) else x for k, x in values.items()}


def _has(values: dict[str, Any] | None, *names: str) -> bool:
    return values is not None and all(values.get(n) is not None for n in names)


def check_submissions(
    submissions: tuple[Submission | None, ...], origin: Origin, reporter: Reporter, today: dt.date
) -> None:
    previous: Submission | None = None
    for sub in submissions:
        if sub is None:
            continue
        i = sub.index
        if sub.date > today:
            reporter.error(
                origin.value("submissions", i, "date"),
                "date.future",
                f"submission date {sub.date} is in the future",
            )
        if sub.reply_date is not None and sub.reply_date < sub.date:
            reporter.error(
                origin.value("submissions", i, "reply_date"),
                "date.order",
                f"reply date {sub.reply_date} is before the submission date {sub.date}",
            )
        if previous is not None and sub.date < previous.date:
            reporter.warning(
                origin.value("submissions", i, "date"),
                "date.order",
                "submissions are not in date order",
                "list them oldest first",
            )
        previous = sub


PURE_KINDS = frozenset({"cause", "action", "measure", "page"})
"""Kinds whose item is a function of the file's source and the date alone (an exhibit or
a letter also looks at other files: the exhibit's, the case's items)."""

KEPT_KINDS = PURE_KINDS | {"exhibit"}
"""Kinds whose loading the watcher's memo keeps (`load_item`): an exhibit's item also
reads its file's place on disk, so it is kept with what that place was (`_Places`)."""


def load_item(
    source: Source,
    case_dir: CaseDir,
    items: _Items,
    reporter: Reporter,
    today: dt.date,
    memo: Memo | None = None,
    places: _Places | None = None,
) -> None:
    """Validate one item file and add its item to `items`. With a `memo`, the schema's
    reading and the item of a file whose source is the same `Source` as in the last build
    (read.py keeps it under the file's bytes) are the ones made then, diagnostics included:
    a save makes one item again, not three hundred. An exhibit's item is made again unless
    every folder and file on the way to its file is as it was when it was made (`places`:
    none of them a link, each the same inode of the same kind, not changed since)."""
    kind = source.meta.get("kind")
    if kind not in ITEM_KINDS:
        where = source.marks.value(("kind",)) if "kind" in source.meta else source.location(1, 1)
        if kind is None:
            reporter.error(
                where,
                "field.required",
                "'kind' is required",
                "use one of: " + ", ".join(ITEM_KINDS),
            )
        elif kind == "case":
            reporter.error(where, "field.invalid", f"only {CASE_FILE} can be 'kind: case'")
        else:
            hint = did_you_mean(str(kind), ITEM_KINDS) or "use one of: " + ", ".join(ITEM_KINDS)
            reporter.error(where, "field.invalid", f"'{kind}' is not a valid 'kind'", hint)
        return
    schema = SCHEMAS[kind]

    def read() -> tuple[dict[str, Any], str | None]:
        v = schema.check(source.meta, (), Context(reporter, source.marks))
        return v, item_id_of(source, v, reporter)

    def incomplete() -> bool:
        return any(
            f.required and v[f.name] is None and not is_todo(source.meta.get(f.name))
            for f in schema.fields
        )

    def make() -> Item | None:
        origin = origin_of(source)
        base: dict[str, Any] = {
            "kind": kind,
            "id": item_id,
            "title": v["title"],
            "origin": origin,
            "body": source.body.strip("\n"),
            "order": v["order"],
            "key": v["key"],
            "ignore": tuple(v["ignore"]),
        }
        return build_item(kind, base, v, case_dir, origin, reporter, today)

    loaded: _Loaded | None = None
    if memo is not None and kind in KEPT_KINDS:
        settings = (reporter.strict, reporter.disabled, reporter.case)
        key = ("item", Same((source,)), today, case_dir.folder, settings)
        kept = memo.get(key)
        if kept is MISSING:
            before = len(reporter.diagnostics)
            v, item_id = read()
            loaded = _Loaded(v, item_id, tuple(reporter.diagnostics[before:]))
            memo.put(key, loaded)
        else:
            loaded = cast("_Loaded", kept)
            reporter.diagnostics.extend(loaded.said)
            v, item_id = loaded.v, loaded.item_id
    else:
        v, item_id = read()
    if item_id is None:
        return
    first = items.ids.get(item_id)
    if first is not None:
        reporter.error(
            source.marks.value(("id",)) if "id" in source.meta else source.location(1, 1),
            "id.duplicate",
            f"id '{item_id}' is already used by {first[1]}",
            "ids must be unique within the case; set a different `id:`",
        )
        return
    items.ids[item_id] = (kind, source.rel)
    if loaded is None:
        if incomplete():
            return  # reported by the schema; the rest of the file can still be checked
        item = make()
    else:
        if loaded.incomplete is None:
            loaded.incomplete = incomplete()
        if loaded.incomplete:
            return
        place = None
        if kind == "exhibit":
            place = places.of(v["file"]) if places is not None else None
            if place is None or place != loaded.place:
                loaded.made = False  # its file's place is not known to be the same
        if loaded.made:
            reporter.diagnostics.extend(loaded.made_said)
        else:
            before = len(reporter.diagnostics)
            loaded.item, loaded.made = make(), True
            loaded.made_said = tuple(reporter.diagnostics[before:])
            loaded.place = place if places is not None and places.plain(loaded.item) else None
        item = loaded.item
    if item is not None:
        items.by_kind[kind].append(item)


class _Loaded:
    """What loading one item file gave, kept in the watcher's memo under the very `Source`
    (read.py keeps it under the file's bytes), the date and what reporting reads: one
    lookup an item. The item is made once its id is found not to be a duplicate; each part
    keeps the diagnostics it reported, replayed on a hit in the order a load reports them."""

    __slots__ = ("incomplete", "item", "item_id", "made", "made_said", "place", "said", "v")

    def __init__(self, v: dict[str, Any], item_id: str | None, said: tuple[Diagnostic, ...]):
        self.v = v
        self.item_id = item_id
        self.said = said
        self.incomplete: bool | None = None
        """A required field is missing (the schema reported it): no item is made."""
        self.made = False
        self.item: Item | None = None
        self.made_said: tuple[Diagnostic, ...] = ()
        self.place: tuple[tuple[int, ...], ...] | None = None
        """An exhibit's: its file's place when the item was made (`_Places.of`); None: it
        is made again on every build."""


class _Places:
    """Where an exhibit's file is, as cheaply as it can be told to be the same: the
    `lstat` of each folder and file from the case folder down to it (kind, inode, device,
    change time). An exhibit's item is kept only while that holds and when its path is
    the case folder joined with its `file:` as written, with no link on the way (the case
    folder's own path included: asked once a build), so resolving it would give the same
    path and find the same file."""

    __slots__ = ("_real", "folder")

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._real: bool | None = None

    def real(self) -> bool:
        """True when the case folder's path holds no link (asked once a build)."""
        if self._real is None:
            self._real = os.path.realpath(self.folder) == str(self.folder)
        return self._real

    def of(self, file: object) -> tuple[tuple[int, ...], ...] | None:
        """The place of `file` (a `file:` value), or None: not a plain relative path, a
        link on the way, or something missing."""
        if not isinstance(file, str) or "\\" in file or not self.real():
            return None
        parts = file.split("/")
        if any(part in ("", ".", "..") for part in parts):
            return None
        found = []
        path = str(self.folder)
        for part in parts:
            path = os.path.join(path, part)  # noqa: PTH118 (a str path: no Path to make)
            try:
                stat = os.lstat(path)
            except OSError:
                return None
            if S_ISLNK(stat.st_mode):
                return None
            found.append((stat.st_mode, stat.st_ino, stat.st_dev, stat.st_ctime_ns))
        return tuple(found)

    def plain(self, item: Item | None) -> bool:
        """True when `item` is an exhibit whose path is its `file:` joined to the folder."""
        return (
            isinstance(item, Exhibit)
            and item.path is not None
            and str(item.path) == os.path.join(self.folder, item.file)  # noqa: PTH118
        )


def item_id_of(source: Source, v: dict[str, Any], reporter: Reporter) -> str | None:
    if v.get("id"):
        return str(v["id"])
    if "id" in source.meta:
        return None
    stem = Path(source.rel).stem
    if _ID.fullmatch(stem):
        return stem
    reporter.error(
        source.location(1, 1),
        "id.invalid",
        f"the file name '{stem}' cannot be used as an id",
        "add `id:` with letters, digits, '-' and '_', or rename the file",
    )
    return None


def build_item(
    kind: str,
    base: dict[str, Any],
    v: dict[str, Any],
    case_dir: CaseDir,
    origin: Origin,
    reporter: Reporter,
    today: dt.date,
) -> Item | None:
    evidence = tuple(v.get("evidence") or ())
    if kind == "cause":
        return Cause(**base, evidence=evidence)
    if kind == "action":
        if v["date"] is not None and v["date"] > today:
            reporter.error(
                origin.value("date"),
                "date.future",
                f"corrective action dated {v['date']}, which is in the future",
                "a corrective action is already done; date it the day it was completed",
            )
        return Action(**base, addresses=tuple(v["addresses"]), date=v["date"], evidence=evidence)
    if kind == "measure":
        return Measure(
            **base,
            addresses=tuple(v["addresses"]),
            starts=v["starts"],
            owner=v["owner"],
            cadence=v["cadence"],
            evidence=evidence,
        )
    if kind == "exhibit":
        issuer = v["issuer"]
        marks = highlight_entries(v["highlights"], origin, reporter)
        return Exhibit(
            **base,
            file=v["file"],
            path=exhibit_path(v["file"], case_dir, origin, reporter),
            type=v["type"],
            issued=v["issued"],
            issuer=Issuer(**issuer) if issuer and issuer.get("name") else None,
            covers=tuple(v["covers"].items()),
            marks=marks,
            highlight_ids=v["highlight_ids"],
        )
    if kind == "letter":
        missed = tuple(
            Missed(i, m["ref"], m["note"])
            for i, m in enumerate(v["missed"])
            if m["ref"] and m["note"]
        )
        return Letter(
            **base,
            to=v["to"],
            channel=v["channel"],
            date=v["date"],
            subject=v["subject"],
            ask=v["ask"],
            missed=missed,
        )
    return Page(**base, bundle=v["bundle"])


def exhibit_path(file: str, case_dir: CaseDir, origin: Origin, reporter: Reporter) -> Path | None:
    """The exhibit's file inside the case folder, or None after reporting why not."""
    where = origin.value("file")
    if "\\" in file or PureWindowsPath(file).drive or Path(file).is_absolute():
        reporter.error(
            where,
            "file.outside",
            f"'{file}' is not a path inside the case folder",
            "write a relative path with '/', e.g. files/invoice.pdf",
        )
        return None
    suffix = Path(file).suffix.lower()
    if suffix not in EXHIBIT_SUFFIXES:
        reporter.error(
            where,
            "exhibit.format",
            f"'{file}' is not a supported exhibit file",
            "use one of: " + ", ".join(s.lstrip(".") for s in EXHIBIT_SUFFIXES),
        )
        return None
    folder = case_dir.folder
    try:
        path = (folder / file).resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Python 3.11, 3.12)
        reporter.error(
            where,
            "file.unreadable",
            f"'{file}' leads through a symbolic link loop (a link that points back to itself)",
            "replace the link with the file itself",
        )
        return None
    if not path.is_relative_to(folder):
        reporter.error(where, "file.outside", f"'{file}' leads outside the case folder")
        return None
    if not path.is_file():
        known = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
        reporter.error(
            where,
            "exhibit.missing",
            f"exhibit file '{file}' does not exist",
            did_you_mean(file, known),
        )
        return None
    return path


def highlight_entries(
    values: Sequence[Any], origin: Origin, reporter: Reporter
) -> tuple[Highlight, ...]:
    """`highlights:` entries: text, `{text, page}` or `{page, box, note}`."""
    found = []
    for n, value in enumerate(values):
        if isinstance(value, str):
            found.append(Highlight(n, text=value))
            continue
        if not value.get("text") and value.get("box") is None:
            if "box" not in value:  # a box that is wrong has been reported already
                reporter.error(
                    origin.value("highlights", n),
                    "field.required",
                    f"'highlights[{n}]' needs 'text:' (to find) or 'box:' (an area of a page)",
                    "e.g. {text: Invoice date, page: 1} or {page: 2, box: [0.1, 0.2, 0.5, 0.1]}",
                )
            continue
        found.append(
            Highlight(
                n,
                text=value.get("text") or "",
                page=value.get("page"),
                box=value.get("box"),
                note=value.get("note") or "",
            )
        )
    return tuple(found)


def check_links(items: _Items, reporter: Reporter) -> None:
    """`addresses`, `evidence` and `missed[].ref` name items of the right kind."""
    for kind, expected, key in (
        ("action", "cause", "addresses"),
        ("measure", "cause", "addresses"),
        ("cause", "exhibit", "evidence"),
        ("action", "exhibit", "evidence"),
        ("measure", "exhibit", "evidence"),
    ):
        for item in items.by_kind[kind]:
            for i, target in enumerate(getattr(item, key)):
                check_link(items, reporter, item.origin.value(key, i), target, expected, key)
    for letter in items.by_kind["letter"]:
        assert isinstance(letter, Letter)
        for missed in letter.missed:
            where = letter.origin.value("missed", missed.index, "ref")
            check_link(items, reporter, where, missed.ref, None, "missed")


def check_link(
    items: _Items, reporter: Reporter, where: Location, target: str, expected: str | None, key: str
) -> None:
    found = items.ids.get(target)
    noun = expected or "item"
    if found is None and target in items.unreadable:
        return  # its file has an error of its own; do not pile up more
    if found is None:
        candidates = [i for i, (k, _) in items.ids.items() if expected is None or k == expected]
        reporter.error(
            where,
            "ref.unknown",
            f"unknown {noun} '{target}' in '{key}'",
            did_you_mean(target, candidates),
        )
    elif expected is not None and found[0] != expected:
        reporter.error(
            where,
            "ref.kind",
            f"'{target}' in '{key}' is a {found[0]}, not a {expected}",
            f"'{key}' lists {expected} ids",
        )


def item_key(item: Item) -> Hashable:
    """What a later stage keeps an item's part under in the watcher's memo (its plan
    article, its plain text): the item itself, by identity. While its file is unchanged,
    `load_item` gives the very item again; an exhibit's also while every folder and file
    on the way to its file is as it was (`_Places`), else it is made again and its parts
    with it."""
    return Same((item,))
