import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.model import Document, Quarantine

from .helpers import GOOD, HOSTILE, documents, quarantines, read_all

BAD_FILES = {
    "empty.txt": "empty",
    "whitespace.txt": "empty",
    "binary.txt": "binary",
    "latin1.txt": "undecodable",
    "image.png": "unsupported-kind",
}
SEED_TOOL = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seeds_docs.py"


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "inbox"
    shutil.copytree(GOOD, folder / "good")
    for name in BAD_FILES:
        shutil.copy(HOSTILE / name, folder / name)
    return folder


def test_folder_of_good_and_bad_files_keeps_every_good_document(mixed_folder):
    items = read_all(mixed_folder)
    expected = {d.id for d in documents(read_all(GOOD))}
    assert {d.id for d in documents(items)} == expected and len(expected) == 10
    found = {Path(q.source).name: q.code for q in quarantines(items)}
    assert found == BAD_FILES


def test_hidden_files_and_folders_are_not_inputs(mixed_folder):
    (mixed_folder / ".DS_Store").write_bytes(b"\x00\x01")
    (mixed_folder / ".git").mkdir()
    (mixed_folder / ".git" / "HEAD.txt").write_text("ref: refs/heads/main")
    assert len(read_all(mixed_folder)) == 15


def test_order_is_deterministic_and_rereading_gives_the_same_documents(mixed_folder):
    first, second = read_all(mixed_folder), read_all(mixed_folder)
    assert first == second
    sources = [item.source for item in first]
    assert sources[0].endswith("binary.txt")  # sorted by path within the folder
    assert [item.source for item in read_all(mixed_folder / "good")] == sources[2:12]


def test_paths_are_read_in_the_order_given(tmp_path):
    items = read_all(GOOD / "fr_article.html", tmp_path / "absent.txt", GOOD / "en_report.txt")
    assert [type(item) for item in items] == [Document, Quarantine, Document]
    assert (items[1].code, items[1].reason) == ("not-found", "no such file or folder")


def test_too_large_says_the_size_and_the_limit(tmp_path):
    (tmp_path / "big.txt").write_text("Rockets. " * 100)
    (problem,) = read_all(tmp_path / "big.txt", max_bytes=500)
    assert problem.code == "too-large"
    assert "900 bytes" in problem.reason and "500 bytes" in problem.reason
    assert problem.raw.startswith(b"Rockets.")


def test_dangling_link_is_unreadable(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (problem,) = read_all(tmp_path / "gone.txt")
    assert problem.code == "unreadable" and "vanished" in problem.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_is_unreadable(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Rockets.")
    path.chmod(0)
    (problem,) = read_all(path)
    assert problem.code == "unreadable" and "ermission" in problem.reason


def test_options_name_the_outlet_and_force_the_language(tmp_path):
    (tmp_path / "r.txt").write_text("Two rockets hit the base on Monday.")
    (doc,) = read_all(tmp_path / "r.txt", outlet="Desk", lang="fr")
    assert (doc.outlet, doc.lang, doc.lang_confidence) == ("Desk", "fr", 1.0)
    (html,) = read_all(GOOD / "fr_article.html", outlet="Desk")
    assert html.outlet == "Le Courrier du Levant"  # the page's own name wins


def test_every_reason_is_one_line(mixed_folder):
    for problem in quarantines(read_all(mixed_folder, HOSTILE)):
        assert problem.reason and "\n" not in problem.reason
        assert problem.raw is None or len(problem.raw) <= 64 * 1024


@pytest.mark.skipif(not SEED_TOOL.exists(), reason="../shared is absent")
def test_seed_documents_ingest_as_given(tmp_path):
    lines = subprocess.run(
        [sys.executable, str(SEED_TOOL)], capture_output=True, text=True, check=True
    ).stdout
    (tmp_path / "seeds.jsonl").write_text(lines, encoding="utf-8")
    docs = read_all(tmp_path / "seeds.jsonl")
    records = [json.loads(line) for line in lines.splitlines()]
    assert [(d.id, d.published, d.lang) for d in docs] == [
        (r["id"], r["published"], r["lang"]) for r in records
    ]
    assert [d.text for d in docs] == [r["text"] for r in records]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=300),
    extension=st.sampled_from([".html", ".rss", ".json", ".warc", ".warc.gz", ".md"]),
)
def test_arbitrary_bytes_of_any_kind_always_yield_something(tmp_path, data, extension):
    path = tmp_path / f"fuzz{extension}"
    path.write_bytes(data)
    items = read_all(path)
    assert items and all(isinstance(item, Document | Quarantine) for item in items)
