"""A batch run tunes its own process, and only when asked."""

import gc
import subprocess
import sys

import pytest

from veille.runtime import YOUNG_GENERATION_THRESHOLD, tune_for_batch


@pytest.fixture
def restore_gc():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)
    gc.unfreeze()


def test_batch_tuning_raises_the_young_generation_threshold(restore_gc):
    older = gc.get_threshold()[1:]
    tune_for_batch()
    assert gc.get_threshold() == (YOUNG_GENERATION_THRESHOLD, *older)
    assert gc.get_freeze_count() > 0


def test_importing_veille_changes_nothing():
    probe = "import gc, veille.pipeline, veille.extract; print(gc.get_threshold()[0])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert int(out.stdout) != YOUNG_GENERATION_THRESHOLD
