"""Normalised texts and their tokens are remembered: what is remembered is what is worked out afresh."""
import pytest

from bot.text.normalize import SHORT, _normalized, normalize
from bot.text.tokens import _split, tokenize

SENTENCE = "در سال ۱۳۹۹ تعداد ۱٬۵۵۷ واحد صنعتی راكد احیا شد"


@pytest.mark.parametrize("text", [SENTENCE, SENTENCE * (SHORT // len(SENTENCE) + 1)])
def test_a_remembered_text_is_the_text_normalised_afresh(text):
    """Short (a sentence) or long (a release), asked twice, the normalised text is the one worked out anew."""
    assert normalize(text) == normalize(text) == _normalized(text)


@pytest.mark.parametrize("text", [normalize(SENTENCE), normalize(SENTENCE * (SHORT // len(SENTENCE) + 1))])
def test_each_caller_gets_its_own_list_of_tokens(text):
    """A caller that changes the tokens it got does not change what the next caller gets."""
    first = tokenize(text)
    first.clear()
    assert tokenize(text) == _split(text) != []
