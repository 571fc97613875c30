"""Decoding: bytes in each encoding → the encoding label recorded and the exact text."""
import codecs
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carepolicy_extract.decode import DecodeError, decode_bytes

from conftest import RAW

SIMP = "为进一步关心关爱疫情防控一线医务人员，现提出如下措施。一、落实临时性工作补助。二、提高卫生防疫津贴标准。"
TRAD = "麗水市“四激勵四保障兩減輕”十條舉措關愛戰疫勇士。一、落實臨時性工作補助。二、提高衛生防疫津貼標準。"
MIXED = "2020年2月5日,市委組織部印發《通知》(第1號) guān ài ABC-123。"


def _html(meta: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={meta}">'
            f"<title>通知</title></head><body><p>{body}</p></body></html>")


_BROKEN_BIG5 = (TRAD * 3).encode("big5")[:60] + b"\xff" + (TRAD * 3).encode("big5")[61:]

# (case, bytes, html?, expected encoding label, expected text)
TABLE = [
    ("utf-8", SIMP.encode("utf-8"), False, "utf-8", SIMP),
    ("utf-8 traditional", TRAD.encode("utf-8"), False, "utf-8", TRAD),
    ("utf-8 with BOM", codecs.BOM_UTF8 + SIMP.encode(), False, "utf-8", SIMP),
    ("ascii", b"Notice No. 1\n", False, "utf-8", "Notice No. 1\n"),
    ("empty", b"", False, "utf-8", ""),
    ("utf-16 LE with BOM", SIMP.encode("utf-16"), False, "utf-16", SIMP),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + SIMP.encode("utf-16-be"), False, "utf-16", SIMP),
    ("utf-16 LE without BOM", SIMP.encode("utf-16-le"), False, "utf-16", SIMP),
    ("utf-16 BE without BOM", SIMP.encode("utf-16-be"), False, "utf-16", SIMP),
    ("utf-16 LE without BOM, mixed", MIXED.encode("utf-16-le"), False, "utf-16", MIXED),
    ("utf-32 with BOM", SIMP.encode("utf-32"), False, "utf-32-le", SIMP),
    ("gbk", SIMP.encode("gbk"), False, "gb18030", SIMP),
    ("gb2312", SIMP.encode("gb2312"), False, "gb18030", SIMP),
    ("gbk traditional", TRAD.encode("gbk"), False, "gb18030", TRAD),
    ("gb18030 beyond gbk", (SIMP + "𠀀€").encode("gb18030"), False, "gb18030", SIMP + "𠀀€"),
    ("big5", TRAD.encode("big5"), False, "big5", TRAD),
    ("big5 mixed", MIXED.replace("guān ài ", "").encode("big5"), False, "big5", MIXED.replace("guān ài ", "")),
    ("gbk with pinyin", MIXED.encode("gb18030"), False, "gb18030", MIXED),
    ("utf-8 with a broken byte", SIMP.encode()[:30] + b"\xff" + SIMP.encode()[30:], False, "utf-8",
     SIMP[:10] + "\ufffd" + SIMP[10:]),
    ("utf-8 cut inside a character", SIMP.encode()[:-1], False, "utf-8", SIMP[:-1] + "\ufffd"),
    ("utf-8 with NUL bytes", SIMP.encode() + b"\x00" * 64, False, "utf-8", SIMP + "\x00" * 64),
    ("NUL bytes only", b"\x00" * 100, False, "utf-8", "\x00" * 100),
    ("short gbk", "注册".encode("gbk"), False, "gb18030", "注册"),
    ("short utf-16 LE", "浙江杭州".encode("utf-16-le"), False, "utf-16", "浙江杭州"),
    ("html honest gb2312", _html("gb2312", SIMP).encode("gbk"), True, "gb18030", _html("gb2312", SIMP)),
    ("html honest big5", _html("big5", TRAD).encode("big5"), True, "big5", _html("big5", TRAD)),
    ("html says gb2312, bytes utf-8", _html("gb2312", SIMP).encode(), True, "utf-8", _html("gb2312", SIMP)),
    ("html says big5, bytes utf-8", _html("big5", TRAD).encode(), True, "utf-8", _html("big5", TRAD)),
    ("html says utf-8, bytes gbk", _html("utf-8", SIMP).encode("gbk"), True, "gb18030", _html("utf-8", SIMP)),
    ("html says utf-8, bytes big5", _html("utf-8", TRAD).encode("big5"), True, "big5", _html("utf-8", TRAD)),
    ("html says gb2312, bytes big5", _html("gb2312", TRAD).encode("big5"), True, "big5", _html("gb2312", TRAD)),
    ("html unknown charset label", _html("x-bogus", SIMP).encode("gbk"), True, "gb18030", _html("x-bogus", SIMP)),
    # Hong Kong characters (衞, 峯) are Big5-HKSCS, not Big5: a strict Big5 decode fails on them
    ("big5-hkscs", (TRAD * 3 + "衞生部門，峯值期間").encode("big5hkscs"), False, "big5hkscs",
     TRAD * 3 + "衞生部門，峯值期間"),
    # one broken byte in a Big5 page: GB18030 reads it strictly, but as mojibake
    ("big5 with a broken byte", _BROKEN_BIG5, False, "big5hkscs", _BROKEN_BIG5.decode("big5hkscs", "replace")),
]


@pytest.mark.parametrize("case,data,html,encoding,text", TABLE, ids=[row[0] for row in TABLE])
def test_decode_table(case, data, html, encoding, text):
    d = decode_bytes(data, html=html)
    assert d.encoding == encoding
    assert d.text == text


def _random_bytes(seed: int, n: int, lo: int = 0, hi: int = 256) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(lo, hi) for _ in range(n))


BINARY = [
    ("random bytes", _random_bytes(1, 4096)),
    ("random bytes, short", _random_bytes(2, 64)),
    ("low bytes, mostly controls", b"\x7fELF\x02\x01\x01" + _random_bytes(3, 4000, 0, 40)),
    ("high bytes only", _random_bytes(4, 3000, 128, 256)),
]


@pytest.mark.parametrize("case,data", BINARY, ids=[row[0] for row in BINARY])
def test_binary_is_a_decode_error_with_a_reason(case, data):
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert str(info.value)  # the reason a person reads in run.json


ENCODINGS = ["gbk", "big5", "gb18030", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]
LABEL = {"gbk": "gb18030", "gb18030": "gb18030", "big5": "big5", "utf-8-sig": "utf-8"}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_samples_round_trip_in_every_encoding_that_can_hold_them(encoding):
    tried = 0
    for p in sorted(RAW.iterdir()):
        text = p.read_text(encoding="utf-8")
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue  # e.g. GBK and Big5 lack some characters of the simplified samples
        tried += 1
        d = decode_bytes(data)
        assert d.encoding == LABEL.get(encoding, "utf-16"), p.name
        assert d.text == text, p.name
    assert tried >= 1


def test_sample_lines_round_trip():
    """Single lines of the samples (≥ 6 characters), the hardest case: little evidence per input."""
    lines = [ln.strip() for p in sorted(RAW.iterdir()) for ln in p.read_text(encoding="utf-8").splitlines()]
    wrong, total = [], 0
    for line in (ln for ln in lines if len(ln) >= 6):
        for enc in ("gbk", "big5", "utf-16-le", "utf-16-be"):
            try:
                data = line.encode(enc)
            except UnicodeEncodeError:
                continue
            total += 1
            try:
                if decode_bytes(data).text != line:
                    wrong.append((enc, line))
            except DecodeError:
                wrong.append((enc, line))
    assert total > 300
    assert len(wrong) <= total // 100, wrong[:10]


@given(st.text())
def test_control_byte_check_finds_exactly_the_control_characters(text):
    # decode_bytes looks for control characters in the bytes of valid UTF-8, not in the text
    from carepolicy_extract.decode import _CONTROL, _NOT_CONTROL_BYTES
    assert bool(text.encode("utf-8").translate(None, _NOT_CONTROL_BYTES)) == bool(_CONTROL.search(text))
