#!/usr/bin/env python3
"""Regenerate the expected-output files of the vmforge test corpus.

Usage:
    python3 tests/corpus/regen.py [--check] [NAME ...]

For every program ``tests/corpus/NAME.py`` (except ``helper_*.py`` and this
script) the program is run under CPython (``sys.executable``) with the working
directory set to ``tests/corpus`` and ``PYTHONHASHSEED=0``, and these files are
written next to it:

* ``NAME.exp``    -- exactly the program's stdout (always written);
* ``NAME.status`` -- the exit status followed by a newline, only when it is
                     not 0;
* ``NAME.err``    -- the program's stderr passed through
                     :func:`normalise_stderr`, only when stderr is non-empty.

Stale ``.status``/``.err`` files are removed when a program no longer
produces them.  With ``--check`` nothing is written: the expected files are
regenerated in memory and the script exits 1 listing every program whose
files differ from what is on disk.

Expected output ALWAYS comes from CPython, never from the VM.

The module can be imported without side effects; the project's tests use
``normalise_stderr`` to compare the VM's stderr with ``NAME.err``.
"""

import os
import re
import subprocess
import sys

CORPUS_DIR = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 10

_FILE_LINE = re.compile(r'^  File "(?P<path>[^"]*)"(?P<rest>.*)$')


def _basename(path):
    # Handle both POSIX and Windows separators; keep pseudo-files such as
    # "<string>" unchanged.
    return re.split(r"[\\/]", path)[-1]


def normalise_stderr(text):
    """Normalise a CPython-style stderr text for comparison with the VM.

    * line endings become "\\n";
    * ``  File "PATH", line N, in NAME`` lines keep only the basename of PATH;
    * lines indented by 4 or more spaces (source lines, ``^^^^``/``~~~~``
      caret lines printed by CPython 3.11) are dropped;
    * every other line (``Traceback (most recent call last):``, the chaining
      separator lines, the blank lines around them and the final exception
      lines) is kept, with trailing whitespace removed.

    The function is idempotent: normalise_stderr(normalise_stderr(t)) equals
    normalise_stderr(t).
    """
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for line in text.split("\n"):
        if line.startswith("    "):
            # Source text or caret line under a File line.
            continue
        m = _FILE_LINE.match(line)
        if m:
            line = '  File "%s"%s' % (_basename(m.group("path")), m.group("rest"))
        out.append(line.rstrip())
    result = "\n".join(out)
    # Exactly one trailing newline when there is any content.
    result = result.rstrip("\n")
    return result + "\n" if result else ""


def list_programs(names=None):
    """Return the sorted list of corpus program names (without ``.py``)."""
    progs = []
    for fn in os.listdir(CORPUS_DIR):
        if not fn.endswith(".py"):
            continue
        if fn.startswith("helper_") or fn == "regen.py":
            continue
        progs.append(fn[:-3])
    progs.sort()
    if names:
        wanted = []
        for n in names:
            n = os.path.basename(n)
            if n.endswith(".py"):
                n = n[:-3]
            if n not in progs:
                raise SystemExit("regen.py: no such corpus program: %s" % n)
            wanted.append(n)
        return wanted
    return progs


def run_program(name):
    """Run one program under CPython; return {suffix: content or None}."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run(
            [sys.executable, name + ".py"],
            cwd=CORPUS_DIR,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise SystemExit("regen.py: %s.py timed out after %d s" % (name, TIMEOUT))
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8", "replace")
    files = {
        ".exp": stdout,
        ".status": "%d\n" % proc.returncode if proc.returncode != 0 else None,
        ".err": normalise_stderr(stderr) if stderr else None,
    }
    return files


def _read(path):
    if not os.path.exists(path):
        return None
    with open(path, "r", encoding="utf-8", newline="") as f:
        return f.read()


def _write(path, content):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)


def main(argv):
    check = False
    names = []
    for a in argv:
        if a == "--check":
            check = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            names.append(a)
    progs = list_programs(names)
    differing = []
    n_status = n_err = 0
    for name in progs:
        files = run_program(name)
        if files[".status"] is not None:
            n_status += 1
        if files[".err"] is not None:
            n_err += 1
        changed = []
        for suffix, content in files.items():
            path = os.path.join(CORPUS_DIR, name + suffix)
            if _read(path) != content:
                changed.append(suffix)
                if not check:
                    if content is None:
                        os.remove(path)
                    else:
                        _write(path, content)
        if check:
            if changed:
                differing.append(name)
                print("DIFFERS %s (%s)" % (name, " ".join(changed)))
        else:
            extra = []
            if files[".status"] is not None:
                extra.append("status " + files[".status"].strip())
            if files[".err"] is not None:
                extra.append("err")
            print("wrote %s.exp%s%s" % (name, " + " if extra else "", ", ".join(extra)))
    if check:
        print("checked %d programs, %d differ" % (len(progs), len(differing)))
        return 1 if differing else 0
    print("regenerated %d programs (%d with non-zero status, %d with stderr)"
          % (len(progs), n_status, n_err))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
