"""lexicon: jieba loaded once per process, its prefix dictionary from the table cache."""
from __future__ import annotations

from carepolicy_extract import lexicon


def test_cached_prefix_dictionary_is_the_one_jieba_builds():
    jieba = lexicon._import_jieba()
    own = jieba.Tokenizer()
    own.initialize()                   # jieba's own path: its cache file, or dict.txt
    ours = jieba.Tokenizer()
    lexicon._install_prefix_dict(ours)
    assert ours.initialized
    assert ours.total == own.total
    assert ours.FREQ == own.FREQ
    text = "为一线医务人员落实临时性工作补助，发放卫生防疫津贴，下拨专项资金"
    assert list(ours.cut(text, HMM=False)) == list(own.cut(text, HMM=False))
