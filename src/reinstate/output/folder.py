"""The output folder as one build (or the watcher) sees it: case results in, files out.

`OutputFolder` writes what a case build produced, removes what it no longer produces,
writes the shared files (the site index and the theme's static files, which the run layer
renders from the rows this folder keeps: `index_rows`) and keeps the manifest in step. It
is the only writer of the output folder, so a superseded background job can never
overwrite newer outputs. A case whose files have errors keeps its last good outputs; a
build that skipped the slow steps (the PDF bundle) keeps the last bundle, which stays the
newest complete one until a build with the slow steps replaces it.

Every file is noted in the write journal before it is written (journal.py), so a build
that is killed before it saves the manifest is undone by the next one. A case whose files
changed while it was being built is not recorded as built from them (`moved`): when the
change came before the writing, its last outputs stay untouched; after, the outputs are
written but recorded with no fingerprint, so the next build redoes them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.config import Config
from reinstate.output.atomic import (
    WriteError,
    WriteStats,
    digest_of,
    remove_outputs,
    write_outputs,
)
from reinstate.output.fingerprint import Snapshot, moved
from reinstate.output.journal import Journal, journal_for, recover, settle
from reinstate.output.manifest import SHARED, CaseEntry, Manifest, load_manifest, save_manifest

if TYPE_CHECKING:
    from reinstate.core.model import Output
    from reinstate.output.job import CaseResult


KEEP_DIGEST = 1 << 16
"""Outputs from this size up have their digest kept with their bytes (`known`)."""


@dataclass(slots=True)
class OutputFolder:
    config: Config
    out_dir: Path
    manifest: Manifest = field(default_factory=Manifest)
    recovered: bool = False
    """An interrupted build was found: the manifest must be saved to finish undoing it."""
    known: dict[str, Known] | None = None
    """With a dict (the watcher's), the digest of each large output last recorded, kept
    with its very bytes and the stat of the file written from them: a rebuild that hands
    the same bytes object again (a long page kept in the memo beside a saved item) is not
    hashed again, nor read back from the file while the file's inode, size and time are
    those it had once written. None: not kept (a build would hold every case's outputs in
    memory)."""

    @classmethod
    def open(cls, config: Config, out_dir: Path) -> OutputFolder:
        """The output folder and its manifest, after undoing an interrupted build."""
        manifest = load_manifest(out_dir)
        written = recover(out_dir)
        distrust(manifest, written or set())
        return cls(config, out_dir, manifest, recovered=written is not None)

    @property
    def journal(self) -> Journal:
        return journal_for(self.out_dir)

    def entry(self, slug: str) -> CaseEntry | None:
        """The case's entry in full, with its inputs' hashes and stats."""
        self.manifest.load_files()
        return self.manifest.cases.get(slug)

    def recorded(self, slug: str) -> CaseEntry | None:
        """The case's entry, whose `inputs` and `stats` may not be read yet: for what the
        first part of the manifest holds (fingerprint, stamp, outputs, summary)."""
        return self.manifest.cases.get(slug)

    def write_case(self, result: CaseResult, inputs: Snapshot, fingerprint: str) -> WriteStats:
        """Write a freshly built case (or record its failure) and update its entry."""
        previous = self.entry(result.slug)
        if result.kept_last:
            summary = result.summary.as_json()
            entry = previous or CaseEntry(summary=summary)
            entry.ok = False
            entry.fingerprint = ""
            entry.summary = {**entry.summary, **_failed_fields(summary)}
            entry.diagnostics = list(result.diagnostics)
            self.manifest.cases[result.slug] = entry
            return WriteStats()
        if moved(inputs):
            # Changed while it was being built: keep the last outputs, build it again.
            if previous is not None:
                previous.fingerprint = ""
            return WriteStats(moved=[result.slug])
        kept: dict[str, str] = {}
        if previous is not None and not result.complete:
            kept = {
                rel: previous.outputs[rel]
                for rel in previous.slow
                if rel in previous.outputs and rel not in result.outputs
            }
        digests = self._digests(result.outputs, inputs, previous)
        if self.known is not None:  # the case's outputs it no longer makes
            prefix = f"{result.slug}/"
            for rel in [r for r in self.known if r.startswith(prefix)]:
                if rel not in result.outputs:
                    del self.known[rel]
        changed = self._untouched(self._changed(result.outputs, digests, previous))
        try:
            stats = write_outputs(self.out_dir, changed, self.journal.note)
            if previous is not None:
                stale = set(previous.outputs) - set(result.outputs) - set(kept)
                stats.removed += remove_outputs(self.out_dir, stale)
        except WriteError:
            if previous is not None:  # some files may be new, some old: redo them all
                distrust(self.manifest, set(previous.outputs))
            raise
        stats.unchanged = _unchanged(result.outputs, stats.written)
        self._stamped(result.outputs, stats.gone)
        if stats.gone or moved(inputs):
            # Changed while being written: what is on disk may not match the records.
            stats.moved.append(result.slug)
            fingerprint = ""
            digests = _unverified_copies(result.outputs, digests)
        self.manifest.cases[result.slug] = CaseEntry(
            outputs={**digests, **kept},
            inputs=inputs.hashes,
            ok=True,
            summary=result.summary.as_json(),
            stats=inputs.stats,
            checked=inputs.checked,
            fingerprint=fingerprint,
            stamp=inputs.stamp(),
            digest=inputs.digest(),
            complete=result.complete,
            slow=sorted({*result.slow_outputs, *kept}),
            diagnostics=list(result.diagnostics),
            revisions=list(result.revisions),
        )
        return stats

    def _digests(
        self, outputs: dict[str, Output], inputs: Snapshot, previous: CaseEntry | None
    ) -> dict[str, str]:
        """Output hashes; a copied input file reuses the hash taken by the snapshot."""
        digests = {}
        for rel, output in outputs.items():
            # The path as a string: `Config.rel` cuts it by its prefix (a Path it would
            # make relative part by part: a save copies every exhibit's file again).
            known = (
                inputs.hashes.get(self.config.rel(str(output)))
                if isinstance(output, Path)
                else None
            )
            try:
                digests[rel] = known or self._digest(rel, output)
            except OSError:
                digests[rel] = ""  # vanished: `write_outputs` reports it
        return digests

    def _digest(self, rel: str, output: Output) -> str:
        if self.known is None or not isinstance(output, bytes) or len(output) < KEEP_DIGEST:
            return digest_of(output)
        seen = self.known.get(rel)
        if seen is not None and seen.output is output:
            return seen.digest
        digest = digest_of(output)
        self.known[rel] = Known(output, digest)
        return digest

    def _untouched(self, changed: dict[str, Output]) -> dict[str, Output]:
        """`changed` without the outputs whose file still is the one written from the very
        same bytes (`known`): they are not read back to be found unchanged."""
        if not self.known:
            return changed
        left = {}
        for rel, output in changed.items():
            seen = self.known.get(rel)
            if (
                seen is None
                or seen.output is not output
                or seen.stamp is None
                or seen.stamp != _stamp(self.out_dir / rel)
            ):
                left[rel] = output
        return left

    def _stamped(self, outputs: Iterable[str], gone: Iterable[str]) -> None:
        """Note the stat of each known output's file, now that it holds the output."""
        if not self.known:
            return
        skip = set(gone)
        for rel in outputs:
            seen = self.known.get(rel)
            if seen is not None and rel not in skip:
                seen.stamp = _stamp(self.out_dir / rel)

    def _changed(
        self, outputs: dict[str, Output], digests: dict[str, str], previous: CaseEntry | None
    ) -> dict[str, Output]:
        """Outputs minus copied files the manifest shows as already in place.

        Exhibit scans can be large; comparing them byte for byte on every save would cost
        more than rendering the whole case.
        """
        if previous is None:
            return outputs
        changed = {}
        for rel, output in outputs.items():
            if (
                isinstance(output, Path)
                and previous.outputs.get(rel) == digests[rel]
                and _same_size(os.path.join(self.out_dir, rel), output)  # noqa: PTH118
            ):
                continue
            changed[rel] = output
        return changed

    def remove_case(self, slug: str) -> list[str]:
        """Delete every output of a case that no longer exists."""
        entry = self.manifest.cases.pop(slug, None)
        if self.known is not None:
            self.known = {r: v for r, v in self.known.items() if not r.startswith(f"{slug}/")}
        return remove_outputs(self.out_dir, entry.outputs) if entry is not None else []

    def remove_missing(self, slugs: Iterable[str]) -> list[str]:
        """Remove the outputs of every case in the manifest that is not in `slugs`."""
        keep = set(slugs)
        removed: list[str] = []
        for slug in sorted(self.manifest.cases):
            if slug != SHARED and slug not in keep:
                removed += self.remove_case(slug)
        return removed

    def shared_fresh(self, fingerprint: str) -> bool:
        entry = self.recorded(SHARED)
        return (
            entry is not None
            and entry.fingerprint == fingerprint
            and all((self.out_dir / rel).is_file() for rel in entry.outputs)
        )

    def write_shared(
        self, outputs: dict[str, Output], inputs: Snapshot, fingerprint: str
    ) -> WriteStats:
        """The shared files: the site index (made from `index_rows`) and the theme's static
        files, as the run layer rendered them."""
        previous = self.entry(SHARED)
        digests = self._digests(outputs, inputs, previous)
        changed = self._changed(outputs, digests, previous)
        stats = write_outputs(self.out_dir, changed, self.journal.note)
        stats.unchanged = _unchanged(outputs, stats.written)
        if previous is not None:
            stats.removed += remove_outputs(self.out_dir, set(previous.outputs) - set(outputs))
        if stats.gone or moved(inputs):  # the theme changed meanwhile: redo it next time
            fingerprint = ""
            digests = _unverified_copies(outputs, digests)
        self.manifest.cases[SHARED] = CaseEntry(
            outputs=digests,
            inputs=inputs.hashes,
            stats=inputs.stats,
            checked=inputs.checked,
            fingerprint=fingerprint,
            stamp=inputs.stamp(),
            digest=inputs.digest(),
        )
        return stats

    def index_rows(self) -> list[tuple[dict[str, object], bool]]:
        """The site index's rows: each case's summary as the manifest keeps it, in slug
        order, and whether its pages are on disk (False: its first build failed)."""
        rows = []
        for slug in sorted(self.manifest.cases):
            entry = self.manifest.cases[slug]
            if slug == SHARED or not entry.summary:
                continue
            rows.append((entry.summary, (self.out_dir / slug / "index.html").is_file()))
        return rows

    def save(self) -> None:
        """Save the manifest; then what interrupted builds left is no longer needed."""
        save_manifest(self.out_dir, self.manifest)
        settle(self.out_dir, self.manifest.generated(), self.journal)


def _unverified_copies(outputs: dict[str, Output], digests: dict[str, str]) -> dict[str, str]:
    """`digests` with the copied files' hashes blanked: a file that changed while it was
    copied may not hold what the hash says, so the next build compares it again."""
    return {rel: "" if isinstance(outputs[rel], Path) else d for rel, d in digests.items()}


def _unchanged(outputs: Iterable[str], written: Iterable[str]) -> list[str]:
    done = set(written)
    return sorted(rel for rel in outputs if rel not in done)


@dataclass(slots=True)
class Known:
    """A large output as last recorded: its very bytes, their digest, and the stat of the
    file once it held them (None until then)."""

    output: bytes
    digest: str
    stamp: tuple[int, int, int] | None = None


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """The file's inode, size and modification time (of the link itself, if it is one)."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def _same_size(target: str, source: Path) -> bool:
    try:
        # str paths: no Path made for each exhibit's copy on every save
        return os.stat(target).st_size == os.stat(source).st_size  # noqa: PTH116
    except OSError:
        return False


def _failed_fields(summary: dict[str, object]) -> dict[str, object]:
    keep = ("state", "status", "next_step", "ready", "errors", "warnings", "blocker", "history")
    return {k: v for k, v in summary.items() if k in keep}


def distrust(manifest: Manifest, written: set[str]) -> None:
    """Forget what the manifest says about files an interrupted build wrote: their content
    is unknown (so they are compared, not skipped) and their cases are rebuilt."""
    if not written:
        return
    for entry in manifest.cases.values():
        touched = written & set(entry.outputs)
        if touched:
            entry.fingerprint = ""
            entry.outputs.update(dict.fromkeys(touched, ""))
