#!/usr/bin/env python3
"""Runs the commands of the Vietnamese guide (HUONG-DAN.md) as a staffer would type them.

    python3 scripts/check-guide.py [GUIDE] [BANTIN] [--keep FOLDER] [--update]
                                    (defaults: HUONG-DAN.md .build/debug/bantin)

--update writes what bantin prints now into the output blocks that differ (after an intended change
to bantin's messages or to the theme's file count), as BANTIN_UPDATE_FIXTURES does for the fixtures;
review the diff before committing. --keep copies the folder the guide was acted in to FOLDER at the end (or at the failing step), to
look at the site or run `bantin serve` in it when copying outputs into the guide.

The guide is read top to bottom and acted on in one empty temporary folder, which is also HOME,
with BANTIN's folder first on PATH. What to do with a fenced block is said by an HTML comment on
the last non-blank line before it (the marks are in Vietnamese, as the guide is):

    <!-- chạy thử -->             ```sh block: run each command; each must exit 0.
    <!-- chạy thử: lỗi -->        ```sh block that shows an error on purpose: each command must exit 1.
    <!-- không chạy thử: LÝ DO --> ```sh block that needs a server or runs until Ctrl-C: shown only.
    <!-- kết quả -->              the block is what the sh block just before it printed (stdout and
                                  stderr together), compared line by line.
    <!-- tệp: ĐƯỜNG/DẪN -->       write the block to that file (as a staffer saving it in an editor);
                                  the text between the previous block and this one must name the file,
                                  since a reader does not see the mark.
    <!-- sửa tệp: ĐƯỜNG/DẪN -->   each `key: value` line of the block replaces the line of the file that
                                  starts with `key:` (as a staffer editing one setting).

and one mark stands alone, for a step done outside the terminal:

    <!-- chép tệp mẫu: ĐƯỜNG/DẪN -->  put a small sample picture (.jpg) or document (.pdf) there, as a
                                      staffer copies a photo or a scanned decision into content/media/.

Every ```sh block must carry one of the three run marks, so a command cannot slip into the guide
untested by accident. Before comparing, the temporary folder is written as /home/lan (the home
folder the guide's examples show) and durations (`0,08 giây`, `44,1 ms`, `0.08 s`) as `_`.
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from base64 import b64decode
from dataclasses import dataclass
from pathlib import Path

SHOWN_HOME = "/home/lan"
COMMAND_TIMEOUT = 30

MARK = re.compile(r"^<!--\s*(.+?)\s*-->\s*$")
FENCE = re.compile(r"^(`{3,}|~{3,})\s*([\w-]*)\s*$")
DURATION = re.compile(r"\b\d+(?:[.,]\d+)* (?:m?s|giây)(?!\w)")

# A 32×18 JPEG (made once with Pillow) and a one-page-less PDF: enough for bantin to copy them,
# read the picture's size and link them, which is all the guide's steps need.
SAMPLE_FILES = {
    ".jpg": b64decode(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRk"
        "xOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09P"
        "T09PT09PT09PT0//wAARCAASACADASIAAhEBAxEB/8QAFwABAQEBAAAAAAAAAAAAAAAAAAUEA//EACsQAAEBBQIPAAAAAAAAAA"
        "AAAAARAQQFEhMVYQIDFBYiI0JRVGRxoqPR4f/EABYBAQEBAAAAAAAAAAAAAAAAAAAFA//EABsRAAEFAQEAAAAAAAAAAAAAAAEA"
        "AgMEEXHh/9oADAMBAAIRAxEAPwDhC4baNXXU6abKqq33FDNrnPF9M8AfXdzr5RjJJ5ZdFrVRd3Ur21DuI7ML0SbElhshDNznizgj"
        "rmMF+b1YM2uc8X0nxSG2dS11SouyiIl95ftqHcR2YXokR99d3yhk+Mnkmm0WsRU39BXksOkAfuc8SeOuIyWZvVIABSU5AAEX/9k="
    ),
    ".pdf": b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n",
}


@dataclass
class Block:
    """A fenced block of the guide, with the mark that says what to do with it."""

    line: int
    language: str
    mark: str | None
    text: str
    prose: str


@dataclass
class Step:
    """A standalone mark (`chép tệp mẫu`) at a line of the guide."""

    line: int
    mark: str


class GuideFailure(Exception):
    """A step of the guide that did not do what the guide says; the message names its line."""


def read_guide(path: Path) -> list[Block | Step]:
    """The guide's fenced blocks and standalone marks, in order."""
    items: list[Block | Step] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    pending_mark: tuple[int, str] | None = None
    prose: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        fence = FENCE.match(stripped)
        mark = MARK.match(stripped)
        if fence:
            opened = index + 1
            indent = len(line) - len(line.lstrip())
            closing = re.compile("^" + re.escape(fence.group(1)[0]) + "{" + str(len(fence.group(1))) + ",}\\s*$")
            body: list[str] = []
            index += 1
            while index < len(lines) and not closing.match(lines[index].strip()):
                # A block inside a list item is indented; its lines lose that indent, and no more.
                text = lines[index]
                body.append(text[indent:] if text[:indent].strip() == "" else text.lstrip())
                index += 1
            if index == len(lines):
                raise GuideFailure(f"{path}:{opened}: this block never closes")
            block_mark = pending_mark[1] if pending_mark else None
            items.append(Block(opened, fence.group(2), block_mark, "\n".join(body) + "\n", "\n".join(prose)))
            pending_mark = None
            prose = []
        elif mark:
            if mark.group(1).startswith("chép tệp mẫu:"):
                items.append(Step(line=index + 1, mark=mark.group(1)))
            else:
                pending_mark = (index + 1, mark.group(1))
        elif stripped:
            pending_mark = None
            prose.append(stripped)
        index += 1
    return items


def commands(text: str) -> list[str]:
    """The commands of a shell block: one per line, `\\` joins lines, comments and blanks are skipped."""
    result: list[str] = []
    current = ""
    for line in text.splitlines():
        if not current and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        result.append(current + line)
        current = ""
    if current:
        result.append(current)
    return result


def inside(folder: Path, relative: str, where: str) -> Path:
    """The file a mark names, which must stay inside the folder the guide has reached."""
    if relative.startswith("/") or ".." in Path(relative).parts:
        raise GuideFailure(f"{where}: the path {relative!r} must be relative and stay inside the folder")
    return folder / relative


def normalised(text: str, root: Path) -> list[str]:
    """Lines as compared: the temporary folder shown as the guide's home folder, durations as `_`."""
    text = text.replace(str(root), SHOWN_HOME)
    return [DURATION.sub("_", line).rstrip() for line in text.rstrip("\n").splitlines()]


def edit_settings(path: Path, text: str, where: str) -> None:
    """Replaces each `key:` line of the file with the block's line for that key."""
    if not path.is_file():
        raise GuideFailure(f"{where}: there is no file {path.name} to edit")
    lines = path.read_text(encoding="utf-8").splitlines()
    for new_line in text.splitlines():
        if not new_line.strip() or new_line.lstrip().startswith("#"):
            continue
        key = new_line.split(":", 1)[0]
        matches = [i for i, old in enumerate(lines) if old.startswith(key + ":")]
        if len(matches) != 1:
            raise GuideFailure(f"{where}: {path.name} has {len(matches)} lines starting with {key + ':'!r}, expected 1")
        lines[matches[0]] = new_line
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


class GuideRun:
    """One walk through the guide in a fresh folder."""

    def __init__(self, guide: Path, bantin: Path, root: Path, update: bool = False):
        self.guide = guide
        self.update = update
        self.replacements: list[tuple[int, int, str]] = []
        self.root = root
        self.cwd = root
        self.last_output: str | None = None
        self.command_count = 0
        self.env = {
            "PATH": f"{bantin.parent}{os.pathsep}/usr/local/bin:/usr/bin:/bin",
            "HOME": str(root),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "dumb",
        }

    def where(self, line: int) -> str:
        return f"{self.guide}:{line}"

    def perform(self, item: Block | Step) -> None:
        if isinstance(item, Step):
            target = inside(self.cwd, item.mark.split(":", 1)[1].strip(), self.where(item.line))
            sample = SAMPLE_FILES.get(target.suffix.lower())
            if sample is None:
                raise GuideFailure(f"{self.where(item.line)}: no sample file for {target.suffix!r} (have {', '.join(SAMPLE_FILES)})")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(sample)
            return
        mark = item.mark or ""
        if item.language == "sh":
            if mark == "chạy thử":
                self.run(item, expected_status=0)
            elif mark == "chạy thử: lỗi":
                self.run(item, expected_status=1)
            elif not mark.startswith("không chạy thử:"):
                raise GuideFailure(
                    f"{self.where(item.line)}: a ```sh block needs <!-- chạy thử -->, <!-- chạy thử: lỗi --> "
                    "or <!-- không chạy thử: lý do --> on the line before it"
                )
        elif mark == "kết quả":
            self.compare(item)
        elif mark.startswith("tệp:"):
            target = inside(self.cwd, mark.split(":", 1)[1].strip(), self.where(item.line))
            if target.name not in item.prose:
                # The mark is invisible when the guide is read: the reader learns the file from the text.
                raise GuideFailure(f"{self.where(item.line)}: the text before this block must name the file {target.name}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(item.text, encoding="utf-8")
        elif mark.startswith("sửa tệp:"):
            target = inside(self.cwd, mark.split(":", 1)[1].strip(), self.where(item.line))
            edit_settings(target, item.text, self.where(item.line))
        if item.language != "sh" and mark != "kết quả":
            self.last_output = None

    def run(self, block: Block, expected_status: int) -> None:
        outputs: list[str] = []
        pwd_file = self.root.parent / "guide-pwd"
        for command in commands(block.text):
            script = f'{command}\nstatus=$?\npwd > "{pwd_file}"\nexit $status\n'
            try:
                done = subprocess.run(
                    ["bash", "-c", script], cwd=self.cwd, env=self.env, stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=COMMAND_TIMEOUT,
                )
            except subprocess.TimeoutExpired:
                raise GuideFailure(f"{self.where(block.line)}: `{command}` ran over {COMMAND_TIMEOUT} s")
            output = done.stdout.decode("utf-8", errors="replace")
            outputs.append(output)
            self.command_count += 1
            if done.returncode != expected_status:
                raise GuideFailure(
                    f"{self.where(block.line)}: `{command}` exited {done.returncode}, the guide expects {expected_status}\n{output}"
                )
            if pwd_file.exists():
                self.cwd = Path(pwd_file.read_text().strip())
                pwd_file.unlink()
        self.last_output = "".join(outputs)

    def write_updates(self) -> None:
        """Puts what bantin printed into the guide's differing output blocks (with --update)."""
        lines = self.guide.read_text(encoding="utf-8").splitlines(keepends=True)
        for fence_line, last_body_line, printed in reversed(self.replacements):
            lines[fence_line:last_body_line] = [printed if printed.endswith("\n") else printed + "\n"]
        self.guide.write_text("".join(lines), encoding="utf-8")

    def compare(self, block: Block) -> None:
        if self.last_output is None:
            raise GuideFailure(f"{self.where(block.line)}: <!-- kết quả --> must follow a block that was run")
        shown = normalised(block.text, self.root)
        actual = normalised(self.last_output, self.root)
        if shown != actual and self.update:
            printed = self.last_output.replace(str(self.root), SHOWN_HOME)
            self.replacements.append((block.line, block.line + len(block.text.splitlines()), printed))
        elif shown != actual:
            diff = "\n".join(difflib.unified_diff(shown, actual, "in the guide", "printed now", lineterm=""))
            raise GuideFailure(f"{self.where(block.line)}: the output shown differs from what bantin prints:\n{diff}")
        self.last_output = None


def main() -> int:
    arguments = argparse.ArgumentParser(description="Run the commands of the Vietnamese guide as written.")
    arguments.add_argument("guide", nargs="?", default="HUONG-DAN.md")
    arguments.add_argument("bantin", nargs="?", default=".build/debug/bantin")
    arguments.add_argument("--keep", metavar="FOLDER", help="copy the folder the guide ran in here at the end")
    arguments.add_argument("--update", action="store_true", help="write what bantin prints now into the output blocks")
    options = arguments.parse_args()
    guide = Path(options.guide).resolve()
    bantin = Path(options.bantin).resolve()
    if options.keep and Path(options.keep).exists():
        print(f"check-guide: {options.keep} already exists; --keep needs a new folder", file=sys.stderr)
        return 2
    if not os.access(bantin, os.X_OK):
        print(f"check-guide: {bantin} is not a program; run swift build first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="bantin-guide-") as scratch:
        root = Path(scratch) / "lan"
        root.mkdir()
        run = GuideRun(guide, bantin, root, update=options.update)
        try:
            items = read_guide(guide)
            for item in items:
                run.perform(item)
        except GuideFailure as failure:
            print(f"check-guide: FAILED at {failure}", file=sys.stderr)
            return 1
        finally:
            if options.keep:
                shutil.copytree(root, options.keep, symlinks=True)
        if run.replacements:
            run.write_updates()
            print(f"check-guide: updated {len(run.replacements)} output blocks in {guide.name}; review the diff")
        blocks = sum(1 for item in items if isinstance(item, Block) and item.language == "sh")
        print(f"check-guide: {run.command_count} commands of {blocks} shell blocks in {guide.name} ran as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
