"""The script of an article is judged on all of it (issue 16: only the first 400 Han characters
were looked at, so a simplified article opening with a traditional quotation was called traditional)."""

from curator.core.types import Script
from curator.ingest.metadata import detect_script

QUOTE = "「這項政策對於農業發展與農會經營都會帶來長遠的影響，我們會持續關注。」" * 2  # about 60 Han characters
BODY = "中国农业银行长治分行今年以来持续加大对小微企业的信贷支持力度，助力地方经济发展。" * 60


def test_a_traditional_quotation_does_not_make_a_simplified_article_traditional():
    assert detect_script(QUOTE + BODY) == Script.SIMPLIFIED


def test_a_traditional_article_is_traditional():
    traditional = "中國農業銀行長治分行今年以來持續加大對小微企業的信貸支持力度，助力地方經濟發展。" * 60
    assert detect_script(traditional) == Script.TRADITIONAL
    assert detect_script(BODY) == Script.SIMPLIFIED


def test_a_very_long_text_is_judged_on_all_of_it():
    long_simplified = QUOTE * 3 + BODY * 20
    assert detect_script(long_simplified) == Script.SIMPLIFIED
    assert detect_script(BODY * 20 + QUOTE * 200) == Script.TRADITIONAL  # the end weighs as much as the start


def test_text_without_han_characters_is_simplified():
    assert detect_script("") == detect_script("Hello, 2024! 😀") == Script.SIMPLIFIED


def test_characters_beyond_the_basic_plane_do_not_count():
    """They are read at U+FFFF in the script table, which is no Han character: a traditional
    sentence among thousands of rare characters is still traditional, and they alone are simplified."""
    traditional = "中國農業銀行長治分行今年以來持續加大對小微企業的信貸支持力度。"
    assert detect_script("𠀀𪚥" * 2000 + traditional) == Script.TRADITIONAL
    assert detect_script("𠀀𪚥" * 10) == Script.SIMPLIFIED
