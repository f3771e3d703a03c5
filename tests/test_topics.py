"""/topics: what can be asked, grouped by what the figures count."""
import itertools

from bot.ingest import ingest
from bot.release import parse_release
from bot.topics import TopicIndex, topics_text, year_ranges


async def test_topics_cover_units_measures_years_places_and_releases(full_db):
    """Each unit lists what its figures measure in the releases' own words («زمین واگذار»), not a concept that
    only stands near them."""
    topics = {t.unit: t for t in await TopicIndex(full_db).topics()}
    land = topics["هکتار"]
    assert land.concepts == ["زمین واگذار", "مساحت"]  # «مساحت آن‌ها حدود …»
    assert land.years == [1402, 1403] and land.regions == ["کل کشور", "خراسان رضوی", "لرستان"]
    assert land.releases == 3
    units = topics["واحد"]
    assert any("احیا" in m for m in units.concepts) and "راکد" in units.concepts and "شهرک" not in units.concepts
    assert units.regions[0] == "کل کشور" and {"مرکزی", "لرستان", "اصفهان"} <= set(units.regions)
    assert "لیتر بر ثانیه" in topics and "دلار" in topics  # kinds nobody listed in advance
    ordered = list(topics.values())
    assert all(a.releases >= b.releases for a, b in itertools.pairwise(ordered))


async def test_topics_text_is_persian_with_persian_digits(full_db):
    text = topics_text(await TopicIndex(full_db).topics())
    assert text.startswith("آنچه می‌توانید بپرسید")
    assert "• هکتار — زمین واگذار، مساحت\n   ۱۴۰۲ تا ۱۴۰۳ · کل کشور، خراسان رضوی، لرستان · ۳ خبر" in text
    assert not any(c.isascii() and c.isdigit() for c in text)


async def test_a_new_release_shows_up_in_the_topics(seed_db):
    index = TopicIndex(seed_db, recheck_every=0)
    assert "هکتار" not in {t.unit for t in await index.topics()}
    await ingest(seed_db, parse_release("---\ndate: 1404-11-05\ntitle: زمین\n---\n"
                                        "در ۱۰ ماهه امسال ۱۲۰۰ هکتار زمین در شهرک‌های صنعتی واگذار شد.\n"))
    assert "هکتار" in {t.unit for t in await index.topics()}


def test_year_ranges():
    assert year_ranges([1395, 1399, 1402, 1403, 1404]) == "۱۳۹۵، ۱۳۹۹، ۱۴۰۲ تا ۱۴۰۴"
    assert year_ranges([]) == ""
