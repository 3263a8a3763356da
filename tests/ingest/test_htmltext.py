from hypothesis import given
from hypothesis import strategies as st

from veille.ingest.htmltext import fragment_text


def test_blocks_become_lines_and_scripts_vanish():
    html = "<p>Rockets hit <b>Al-Asad</b>.</p><script>track()</script>"
    html += "<ul><li>one</li><li>two</li></ul>"
    assert fragment_text(html) == "Rockets hit Al-Asad.\none\ntwo"


def test_plain_text_is_returned_untouched():
    assert fragment_text("  Two rockets, no damage.  ") == "  Two rockets, no damage.  "


@given(st.text(alphabet=st.sampled_from("<>/&;p ab\x00\n"), max_size=80) | st.text(max_size=80))
def test_any_snippet_gives_text_without_raising(snippet):
    assert isinstance(fragment_text(snippet), str)
