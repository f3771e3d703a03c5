"""Words with which a question asks for a figure computed from others: a sum of parts or a difference.

A question in these words is never answered with one of its operands: either the arithmetic is done from
stored figures and shown, or the bot says it does not know.
"""
import re

# «مجموع …», «جمعاً», «روی هم», «سرجمع»: the parts named in the question added up
SUM = re.compile(r"(?<!\w)(?:مجموع|جمع|جمعا|جمعاً|روی‌هم|رویهم|روی هم|سرجمع|سر جمع|در مجموع)(?!\w)")
# «چقدر بیشتر از …», «چند واحد بیشتر», «چند نفر کمتر شده»: the difference between two figures
DIFFERENCE = re.compile(r"(?<!\w)(?:چقدر|چند(?:تا)?(?!\s+درصد)(?:\s+\S+){0,3}?)"
                        r"\s+(?:بیشتر|کمتر|افزایش|کاهش|زیاد|کم)(?!\w)"
                        r"|(?<!\w)چقدر\s+از\s+[^؟?]{1,40}?\s(?:بیشتر|کمتر)(?!\w)")  # «چقدر از … بیشتر بود»
# the words that ask for the arithmetic: not about any figure, so not looked for near one
ARITHMETIC_WORDS = frozenset({"مجموع", "جمع", "جمعا", "جمعاً", "روی‌هم", "رویهم", "سرجمع", "بیشتر", "کمتر"})
# «در کل سال ۹۹»: the whole period and nothing less
WHOLE = re.compile(r"(?<!\w)(?:کل|تمام|همه)\s+(?:سال|دوره)")
# «چند درصد رشد داشت», «چند درصد زیاد شده», «چند درصد بیشتر شده»: a growth asked as a percentage
GROWTH = re.compile(r"رشد|افزایش|کاهش|تغییر|(?<!\w)(?:زیاد|بیشتر|کمتر)(?!\w)")
# «رشد صادرات چقدر بود», «صادرات چقدر رشد داشت»: a growth named, not a count or amount after «چقدر»
GROWTH_NAMED = re.compile(r"(?<!\w)رشد(?!\w)")
PERCENT_ASKED = re.compile(r"(?<!\w)(?:چند|چه)\s+درصد")
# «از پایان ۹۶ تا الان»: the change of a stock from the end of a year to the latest figure
SINCE_YEAR_END = re.compile(r"(?<!\w)از\s+(?:پایان|انتهای|آخر)\s+(?:سال\s+)?\S+\s+تا\s+(?:الان|اکنون|کنون|حالا|امروز)")
# «به طور متوسط», «به‌طور میانگین»: the word left of the phrase once «به» is dropped
PER_UNIT_FILLERS = frozenset({"طور", "به‌طور", "بطور"})
# «… چقدر از سرمایه در گردش بیشتر بود»: what the asked figure is compared with
COMPARED_WITH = re.compile(r"(?<!\w)(?:چقدر|چند\s+\S+)\s+از\s+([^؟?]{1,40}?)\s(?:بیشتر|کمتر)(?!\w)")
# «نیاز مالی … چند برابر سرمایه فعلی صندوق است»: the figure before divided by the figure after
TIMES = re.compile(r"(?<!\w)چند\s+برابر(?!\w)")
# «چند درصد اراضی شهرک‌ها سند رسمی دارد»: what is said of the part begins at the last «در»/«با» (or after the
# place named): the words before it name the whole, those after it the part
SHARE_PREDICATE = re.compile(r"(?<!\w)(?:در|با)(?=\s)")
# «… ۱٬۴۶۶ هکتار است که ۳۵۰ هکتار آن سند رسمی دارد», «… که از این میان ۳۰ واحد»: a figure said of the whole
# named before it in its sentence (looked for right after the figure, or right before it)
PART_AFTER = re.compile(r"^\s*(?:\S+\s+){0,2}?آن(?:‌ها|ها)?(?!\w)")
PART_BEFORE = re.compile(r"از\s+(?:این|آن)(?:\s+میان|\s+تعداد|\s+رقم)?\s*$")
# «نسبت به مدت مشابه پارسال»: the baseline's year, which a release names by its number («مدت مشابه سال ۹۵»)
SAME_PERIOD_WORDS = frozenset({"پارسال", "قبل", "گذشته"})
