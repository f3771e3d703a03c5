"""The speller reads a slip («اشتغلا», «صنعطی», «خوزتسان») as the known word meant, joins split words
(«قرار داد», «سرمایه گزاری»), and never turns a real Persian word into another word."""
import pytest

from bot.answer.engine import AnswerEngine
from bot.answer.question import analyze, respell
from bot.answer.respell import respelled, term_speller
from bot.answer.spelling import Speller, edit_distance, is_real_word

TODAY = (1403, 12, 25)
STORED = {"اشتغال": 47, "صنعتی": 182, "سرمایهگذاری": 56, "سرمایهگذار": 3, "واگذاری": 30, "واگذار": 20,
          "رسیده": 39, "اکنون": 5, "طور": 2, "مقام": 3, "مالی": 4, "پرداخت": 6, "قرارداد": 49, "قرار": 8,
          "داد": 46, "دانشبنیان": 4, "غیرفعال": 9, "هزینه": 7, "#راکد": 27, "#سرمایهگذاری": 68}


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("اشتغلا", "اشتغال", 1),        # two neighbours swapped: one edit
    ("صنعطی", "صنعتی", 1),
    ("سرمایگذاری", "سرمایهگذاری", 1),
    ("سرمایگذاری", "سرمایهگذار", 2),
    ("تمام", "مقام", 2),             # a shared deletion, yet two edits apart
    ("اصلی", "مالی", 2),
    ("احیا", "احیا", 0),
])
def test_edit_distance_counts_a_swap_as_one_edit(a, b, distance):
    """Damerau–Levenshtein (optimal string alignment), both ways round."""
    assert (edit_distance(a, b), edit_distance(b, a)) == (distance, distance)


@pytest.mark.parametrize(("typed", "meant"), [
    ("اشتغلا", "اشتغال"),
    ("صنعطی", "صنعتی"),
    ("سرمایگذاری", "سرمایهگذاری"),   # «سرمایهگذار» is two edits away, not a rival
    ("واگذاریی", "واگذاری"),
    ("کنونی", None),                  # a real word, one edit from «اکنون»: left alone
    ("چطور", None),                   # a question word, one deletion from «طور»
    ("نرسیده", None),                 # «not reached» is never «reached»
    ("تمام", None),
    ("اصلی", None),
    ("پرداختی", "پرداخت"),           # a real word read without its ending
    ("ماشین", None),                  # nothing near
    ("سنعتی", "صنعتی"),              # a letter of the same sound is no slip
    ("حزینه", "هزینه"),
    ("سرمایگزاری", "سرمایهگذاری"),   # one slip and a letter of the same sound
])
def test_slips_are_mended_and_real_words_left_alone(typed, meant):
    """Only a word no dictionary knows is read as another; a real one only loses an ending."""
    assert term_speller(STORED).correct(typed, is_real_word(typed)) == meant


@pytest.mark.parametrize(("counts", "meant"), [
    ({"واگذار": 20, "واگذاری": 30}, None),       # two close candidates as common: unclear
    ({"واگذار": 2, "واگذاری": 30}, "واگذاری"),    # one far more common: that one
])
def test_the_far_more_frequent_of_two_candidates_wins(counts, meant):
    """«واگذارر» is one edit from both; frequency decides only when it clearly does."""
    assert Speller(counts).correct("واگذارر") == meant


@pytest.mark.parametrize("word", ["جدید", "کنونی", "چطور", "نرسیده", "سرمایه‌گذاری"])
def test_real_words_are_recognised_however_spaced(word):
    """Written with a half-space or a space, a word of the lexicon is a real word."""
    assert is_real_word(word) and is_real_word(word.replace("\u200c", " "))


@pytest.mark.parametrize(("text", "joined", "counted"), [
    ("امسال چند قرار داد واگذاری زمین امضا شد", {"قرارداد"}, {"قرارداد"}),
    ("چند شرکت دانش بنیان در شهرکها مستقرند", {"دانشبنیان"}, {"شرکت"}),
    ("سرمایه گزاری واحدهای احیا شده چقدر بود", {"سرمایهگذاری", "#سرمایهگذاری"}, set()),
    ("چند واحد غیر فعال احیا شد", {"غیرفعال", "#راکد"}, set()),   # not the #مستقر of «فعال»
])
def test_split_words_are_joined_into_the_stored_word(text, joined, counted):
    """Two neighbours that are one stored word together (one slip allowed) become that word, with its concepts."""
    query = respelled(analyze(text, TODAY), term_speller(STORED))
    assert joined in [set(g.alternatives) for g in query.groups]
    assert (set(query.counted.alternatives) if query.counted else set()) == counted


@pytest.mark.parametrize(("text", "parts"), [
    ("چند کارگاه در دست ساخته", ["دست", "ساخته"]),      # hazm's «دست‌ساخته» (handmade) is not what is asked
    ("چند واحد به بهره‌برداری رسید", ["بهره\u200cبرداری"]),  # a stored word stays whole
])
def test_a_joined_word_no_release_uses_is_read_as_its_stored_parts(text, parts):
    """A word that the normaliser joined but releases write apart is split back into the words they use."""
    stored = {"دست": 4, "ساخته": 5, "کارگاه": 9, "بهرهبرداری": 52, "#بهرهبرداری": 76}
    query = respelled(analyze(text, TODAY), term_speller(stored))
    assert [g.text for g in query.groups if g.text in ("دست", "ساخته") or "برداری" in g.text] == parts


@pytest.mark.parametrize(("text", "regions", "place"), [
    ("خوزتسان سال ۹۷ چند واحد به بهره برداری رسید", ("خوزستان",), None),
    ("مازندارن چند شهرک صنعتی دارد", ("مازندران",), None),
    ("ناحیه صنعتی ایجرد چند واحد دارد", ("زنجان",), "ایجرود"),   # a place of the gazetteer, one letter short
    ("تعرفه گمرکی واحدهای صنعتی چقدر است", (), None),             # two edits from «مرکزی»: no place
])
def test_place_names_are_mended_against_provinces_and_the_gazetteer(text, regions, place):
    query = analyze(text, TODAY)
    assert (query.regions, query.place) == (regions, place)


@pytest.mark.parametrize(("text", "abbreviation"), [
    ("معاون وزیر صمت کیست", "#صمت"),
    ("معاون وزیر صنعت، معدن و تجارت کیست", "#صمت"),
])
def test_an_abbreviation_means_what_it_stands_for(text, abbreviation):
    """«صمت» and «صنعت، معدن و تجارت» are one thing to look for."""
    assert any(abbreviation in g.alternatives for g in analyze(text, TODAY).groups)


@pytest.mark.parametrize(("misspelt", "written"), [
    ("اشتغلا واحدهای احیا شده در سال ۹۹ چقدر بود", "اشتغال واحدهای احیا شده در سال ۹۹ چقدر بود"),
    ("سرمایگذاری واحدهای احیا شده چقدر بود", "سرمایه‌گذاری واحدهای احیا شده چقدر بود"),
    ("سرمایه گزاری واحدهای احیا شده چقدر بود", "سرمایه‌گذاری واحدهای احیا شده چقدر بود"),
    ("امسال چند قرار داد واگذاری زمین در خراسان رضوی امضا شد", "امسال چند قرارداد واگذاری زمین در خراسان رضوی امضا شد"),
    ("چقدر زمین صنعتی در استان لرستان به سرمایه گذاران داده شد",
     "چقدر زمین صنعتی در استان لرستان به سرمایه‌گذاران داده شد"),
])
async def test_a_misspelt_question_gets_the_answer_of_the_written_one(full_db, misspelt, written):
    """The slip costs nothing: the same figure as the question written right."""
    engine = AnswerEngine(full_db)
    right, typed = await engine.answer(written, TODAY), await engine.answer(misspelt, TODAY)
    assert right.answered and (typed.answered, typed.value) == (True, right.value)


@pytest.mark.parametrize(("spoken", "written"), [
    ("مساحت شهرکها چند هکتاره", "مساحت شهرکها چند هکتار است"),
    ("سهم صنایع کوچک چند درصده", "سهم صنایع کوچک چند درصد است"),
    ("هدف صادرات چند میلیارد دلاره", "هدف صادرات چند میلیارد دلار است"),
    ("اشتغال واحدها چند نفره", "اشتغال واحدها چند نفر است"),  # at the question's end, «نفره» is «نفر است»
    ("شرکت‌های ۵۰ نفره", "شرکت‌های 50 نفره"),  # after a number it describes («fifty-person firms»); digits folded
    ("در ۹ ماهه امسال چند واحد", "در 9 ماهه امسال چند واحد"),  # «ماهه» is no «ماه است»
])
def test_a_spoken_is_after_a_unit_is_written_out(spoken, written):
    """«چند هکتاره؟» asks «چند هکتار است؟»: the unit is then read as the unit asked."""
    assert respell(spoken) == written


async def test_a_unit_said_with_a_spoken_is_is_the_unit_asked(full_db):
    """«… چند هکتاره» gets the same figure as «… چند هکتار است»."""
    engine = AnswerEngine(full_db)
    spoken = await engine.answer("امسال چند هکتار زمین در لرستان واگذار شده", TODAY)
    colloquial = await engine.answer("امسال زمین واگذار شده در لرستان چند هکتاره", TODAY)
    assert spoken.answered and (colloquial.answered, colloquial.value) == (True, spoken.value)
