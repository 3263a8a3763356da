"""The optional compiled build of the extraction engine.

`pyproject.toml` holds the whole project; this file only adds extension modules
when asked: with VEILLE_COMPILE=1, every module of `veille/extract` is compiled
to C by mypyc (part of mypy), from the type hints the code already carries.
The compiled modules behave as the Python ones (the test suite runs on both,
`make test`) and extract about 1.6x faster; everything else stays Python.

    VEILLE_COMPILE=1 pip install --no-build-isolation .   # needs mypy==2.4.1 and a C compiler

mypyc rather than Cython: it compiles the annotated Python as written, so there
is one source of truth and no second dialect to maintain.
"""

import os
from pathlib import Path

from setuptools import setup

COMPILED_PACKAGE = Path("src/veille/extract")


def compiled_modules() -> list:
    if os.environ.get("VEILLE_COMPILE") != "1":
        return []
    from mypyc.build import mypycify  # only the compiled build needs mypy

    sources = sorted(str(p) for p in COMPILED_PACKAGE.glob("*.py") if p.name != "__init__.py")
    return mypycify(sources, opt_level="3")


setup(ext_modules=compiled_modules())
