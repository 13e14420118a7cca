"""What reading the word lists made is kept by a build and read by the next check.

checks/kept.py keeps the lists' patterns and the compiled expressions in
`<output>/.reinstate-cache/grammar/`. A kept entry must give the
very result the work it replaces gives; a damaged, foreign or outdated file is not used.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from array import array
from pathlib import Path

import pytest

from reinstate.checks import grammar, kept, reading
from reinstate.checks.words import DEFAULT_LANGUAGE
from reinstate.core.config import Config, load_config
from reinstate.core.diagnostics import Reporter
from support.common import ROOTS, SRC, TODAY, Run, run_process

CORPUS = Path(__file__).parents[1] / "corpus" / "realistic"
SOME = (
    "bergmann-elektro",
    "meridian-haus",
    "aurora-kitchen",
    "northfield-odr",
    "trackright-supply",
)
"""Two German cases and three English ones of different shapes."""


def forget() -> None:
    """Drop what this process made, as a new process starts without it."""
    grammar._LOADED.clear()
    grammar._CLASSES.clear()
    reading._WIDER.clear()
    for cached in (reading.narrowed, reading._narrowed_to, reading._regex, reading._kept_matches):
        cached.cache_clear()
    kept._CODES.clear()
    kept._SHARED.clear()


def changed(tmp_path: Path) -> Config:
    """A project that adds a pattern to tone.blame: that list is parsed and kept in the
    shared file (the others, as shipped, are prebuilt: checks/prebuild.py)."""
    root = tmp_path / "changed"
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "reinstate.yaml").write_text(
        "checks:\n  words:\n    tone.blame:\n      add: ['@party shrugged']\n", encoding="utf-8"
    )
    return load_config(root, Reporter())


def check(root: Path) -> Run:
    return run_process("check", root, "--today", TODAY, "--format", "json")


def test_check_with_the_kept_lists_finds_what_it_finds_without(tmp_path: Path) -> None:
    """Cases of the realistic corpus in both its languages: every diagnostic the same."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root, ignore=shutil.ignore_patterns("site", "content"))
    for case in SOME:
        shutil.copytree(CORPUS / "content" / case, root / "content" / case)
    fresh = check(root)
    assert not (root / "site").exists()
    built = run_process("build", root, "--today", TODAY, "--no-pdf", "-q")
    assert built.status == fresh.status, built.err
    folder = root / "site" / kept.CACHE_FOLDER
    assert not (folder / kept.SHARED).exists(), "the lists as shipped are prebuilt"
    assert len(list(folder.glob("*.json"))) == len(list((root / "content").iterdir()))
    again = check(root)
    assert json.loads(again.out) == json.loads(fresh.out)
    assert again.status == fresh.status


def _demo_store(tmp_path: Path) -> tuple[Path, list[grammar.Grammar]]:
    """The cache folder after checking the tone lists against a text, and the grammars."""
    folder = tmp_path / "grammar"
    config = changed(tmp_path)
    forget()
    with kept.kept(folder, "acme", write=True):
        found = [grammar.load(name, config, DEFAULT_LANGUAGE) for name in _LISTS]
        for loaded in found:
            assert loaded is not None
            compiled = reading.narrowed(loaded, (_TEXT,))
            compiled.keep()
            _expressions(compiled)
    return folder, [g for g in found if g is not None]


_LISTS = ("tone.blame", "detail.vague", "tone.denial", "action.not-done")
_TEXT = (
    "The carrier lost our parcels, so we will try to improve things soon. "
    "We did nothing wrong and the account was deactivated in error; "
    "our team has not yet finished the audit of every supplier invoice."
)


def _expressions(compiled: reading.Compiled) -> list[re.Pattern[str] | None]:
    """The expression of every pattern the narrowed list keeps, and of its exceptions."""
    indexes = [e.index for e in (*compiled.anchored, *compiled.free)]
    return [compiled.regex(index) for index in (*indexes, reading.UNLESS, reading.NOT)]


def _snapshot(grammars: list[grammar.Grammar]) -> list[object]:
    """What the lists read into, and what narrowing them to the text gives."""
    out: list[object] = []
    for found in grammars:
        compiled = reading.narrowed(found, (_TEXT,))
        out.append(found.patterns)
        out.append(
            (
                [(e.pattern, e.parts, e.lead) for e in compiled.anchored],
                [(e.pattern, e.parts, e.lead) for e in compiled.free],
                compiled.trigger,
            )
        )
        out.append(_expressions(compiled))
    return out


def test_kept_entries_equal_the_work_they_replace(tmp_path: Path) -> None:
    folder, made = _demo_store(tmp_path)
    expected = _snapshot(made)
    assert len(list(folder.glob("*.json"))) == 2
    forget()
    config = changed(tmp_path)
    with kept.kept(folder, "acme", write=False) as store:
        again = [grammar.load(name, config, DEFAULT_LANGUAGE) for name in _LISTS]
        got = _snapshot([g for g in again if g is not None])
        assert all(key in store.loaded for key in store.used), "all read from the cache"
        assert any(key.startswith("r:") for key in store.used)
        assert any(key.startswith("v:e:") for key in store.used), "the narrowed texts"
        assert [key for key in store.used if key.startswith("p:")] == [f"p:{again[0].key}"]
        assert [g.shipped for g in again] == [False, True, True, True]
    # re.Pattern compares its text, flags and compiled program: the kept program is the
    # one re.compile makes.
    assert got == expected


def test_a_kept_program_is_the_one_re_compiles() -> None:
    for source, flags in (
        (r"(?<![\w'’])(?:we|our team)[\s-]+(?:did|have) not\w*(?![\w'’])", re.IGNORECASE),
        (r"(a)(?P<b>b)", re.IGNORECASE),
        (r"(?:März|Mär|Mai)\.?(?![^\W\d_])", 0),
    ):
        compiled, record = kept._compile(source, flags)
        assert compiled == re.compile(source, flags)
        again = kept._from_record(source, json.loads(json.dumps(record)))
        assert again == compiled and again is not None
        assert again.groupindex == compiled.groupindex and again.groups == compiled.groups


def test_a_damaged_program_is_not_used() -> None:
    source = r"(?:carrier|courier)s?"
    _compiled, record = kept._compile(source, re.IGNORECASE)
    total, blob, groups, groupindex = record
    code = array("I", zlib.decompress(base64.b64decode(blob)))
    code[len(code) // 2] = 4_000_000  # no opcode nor a valid skip
    bad = base64.b64encode(zlib.compress(code.tobytes())).decode()
    assert kept._from_record(source, [total, bad, groups, groupindex]) is None
    assert kept._from_record(source, [total, "not base64!", groups, groupindex]) is None
    assert kept._from_record(source, ["x"]) is None


@pytest.mark.parametrize(
    "damage",
    ["cut", "edited", "not json", "other code", "wrong shapes", "empty"],
)
def test_a_damaged_or_foreign_file_means_doing_the_work(tmp_path: Path, damage: str) -> None:
    folder, made = _demo_store(tmp_path)
    expected = _snapshot(made)
    files = sorted(folder.glob("*.json"))
    for file in files:
        data = file.read_bytes()
        head, _, body = data.partition(b"\n")
        if damage == "cut":
            file.write_bytes(data[: len(data) // 2])
        elif damage == "edited":
            file.write_bytes(head + b"\n" + body[:-1] + b',"r:2:x":[0,"",0,{}]}')
        elif damage == "not json":
            file.write_bytes(b"{\n{")
        elif damage == "other code":
            header = json.loads(head)
            header["code"] = "0" * 64
            file.write_bytes(json.dumps(header).encode() + b"\n" + body)
        elif damage == "wrong shapes":
            entries = json.loads(body)
            entries = {key: [1, "x", None] for key in entries}
            _rewrite(file, entries)
        else:
            file.write_bytes(b"")
    forget()
    config = changed(tmp_path)
    with kept.kept(folder, "acme", write=True):
        again = [grammar.load(name, config, DEFAULT_LANGUAGE) for name in _LISTS]
        got = _snapshot([g for g in again if g is not None])
    assert got == expected
    # The next run reads the files this one wrote in their place.
    forget()
    with kept.kept(folder, "acme", write=False) as store:
        again = [grammar.load(name, config) for name in _LISTS]
        assert _snapshot([g for g in again if g is not None]) == expected
        assert store.used and all(key in store.loaded for key in store.used)
        assert not store.changed, "every entry read from the files is used as it is"


def _rewrite(file: Path, entries: dict[str, object]) -> None:
    """A well-sealed file of the current code holding `entries`."""
    body = json.dumps(entries).encode()
    head = json.dumps({"code": kept.code_digest(), "seal": hashlib.sha256(body).hexdigest()})
    file.write_bytes(head.encode() + b"\n" + body)


def test_another_version_does_not_read_the_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _made = _demo_store(tmp_path)
    monkeypatch.setattr(kept, "__version__", "0.0.0-other")
    monkeypatch.setattr(kept, "_CODE", [])
    assert (
        kept.code_digest()
        != json.loads(next(folder.glob("*.json")).read_bytes().partition(b"\n")[0])["code"]
    )
    forget()
    with kept.kept(folder, "acme", write=False) as store:
        assert store.loaded == {}


def test_check_never_writes_and_a_linked_folder_is_not_used(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(ROOTS / "minimal", root)
    check(root)
    assert not (root / "site").exists()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "site").mkdir()
    (root / "site/.reinstate-cache").symlink_to(elsewhere, target_is_directory=True)
    run_process("build", root, "--today", TODAY, "--no-pdf", "-q")
    assert not (elsewhere / "grammar").exists()
    assert kept.cache_folder(root / "site") is None


def test_clean_removes_the_kept_lists(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(ROOTS / "minimal", root)
    run_process("build", root, "--today", TODAY, "--no-pdf", "-q")
    folder = root / "site" / kept.CACHE_FOLDER
    assert list(folder.glob("*.json"))
    assert run_process("clean", root).status == 0
    assert not list(folder.glob("*.json"))


def test_check_after_a_build_imports_neither_jinja2_nor_babel(tmp_path: Path) -> None:
    """check renders nothing (Jinja2 is imported when a template is first needed), and
    what Babel says about a language's month names is kept with the word lists."""
    root = tmp_path / "p"
    shutil.copytree(ROOTS / "minimal", root)
    run_process("build", root, "--today", TODAY, "--no-pdf", "-q")
    probe = (
        "import sys\n"
        "from reinstate.cli import main\n"
        f"status = main(['check', {str(root)!r}, '--today', {TODAY!r}])\n"
        "print(status, *sorted(m for m in ('jinja2', 'babel') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.stdout.split() == [done.stdout.split()[0]], done.stdout + done.stderr
