"""Units of measure: the words that follow a number, their base unit and factor.

Longest phrases first is not required: the matcher tries every phrase and keeps the longest.
Money is stored in rials, areas in hectares. A noun that is not listed here becomes its own
counting unit (e.g. «۱۲۰ کارگاه»), so new kinds of statistics need no code change.
"""
from typing import NamedTuple


class UnitSpec(NamedTuple):
    unit: str       # canonical unit shown to people
    factor: float   # multiply the number by this to get base units
    kind: str       # quantity kind used when matching questions


UNITS: dict[str, UnitSpec] = {
    "ریال": UnitSpec("ریال", 1, "money"),
    "تومان": UnitSpec("ریال", 10, "money"),
    "تومن": UnitSpec("ریال", 10, "money"),
    "همت": UnitSpec("ریال", 1e13, "money"),
    "هزار میلیارد تومان": UnitSpec("ریال", 1e13, "money"),
    "دلار": UnitSpec("دلار", 1, "foreign_money"),
    "یورو": UnitSpec("یورو", 1, "foreign_money"),
    "درصد": UnitSpec("درصد", 1, "percent"),
    "%": UnitSpec("درصد", 1, "percent"),
    "٪": UnitSpec("درصد", 1, "percent"),
    "واحد": UnitSpec("واحد", 1, "count"),
    "نفر": UnitSpec("نفر", 1, "people"),
    "شغل": UnitSpec("شغل", 1, "people"),
    "فرصت شغلی": UnitSpec("شغل", 1, "people"),
    "فرصت اشتغال": UnitSpec("شغل", 1, "people"),
    "اشتغال": UnitSpec("شغل", 1, "people"),
    "هکتار": UnitSpec("هکتار", 1, "area"),
    "متر مربع": UnitSpec("هکتار", 1e-4, "area"),
    "مترمربع": UnitSpec("هکتار", 1e-4, "area"),
    "کیلومتر مربع": UnitSpec("هکتار", 100, "area"),
    "لیتر بر ثانیه": UnitSpec("لیتر بر ثانیه", 1, "flow"),
    "لیتر در ثانیه": UnitSpec("لیتر بر ثانیه", 1, "flow"),
    "متر مکعب": UnitSpec("متر مکعب", 1, "volume"),
    "مترمکعب": UnitSpec("متر مکعب", 1, "volume"),
    "لیتر": UnitSpec("لیتر", 1, "volume"),
    "کیلومتر": UnitSpec("کیلومتر", 1, "length"),
    "متر": UnitSpec("متر", 1, "length"),
    "تن": UnitSpec("تن", 1, "mass"),
    "کیلوگرم": UnitSpec("کیلوگرم", 1, "mass"),
    "مگاوات": UnitSpec("مگاوات", 1, "power"),
    "کیلووات": UnitSpec("کیلووات", 1, "power"),
    "فقره": UnitSpec("فقره", 1, "count"),
    "مورد": UnitSpec("مورد", 1, "count"),
    "عدد": UnitSpec("عدد", 1, "count"),
    "دستگاه": UnitSpec("دستگاه", 1, "count"),
    "باب": UnitSpec("باب", 1, "count"),
    "سال": UnitSpec("سال", 1, "duration"),
    "ماه": UnitSpec("ماه", 1, "duration"),
    "روز": UnitSpec("روز", 1, "duration"),
}

# Classifier units: what was counted is the noun after them («۵۷۶ فقره جواز تاسیس»).
CLASSIFIERS = frozenset({"فقره", "مورد", "عدد", "دستگاه", "باب", "واحد"})
GENERIC_CLASSIFIERS = frozenset({"فقره", "مورد", "عدد"})  # count whatever noun they follow

# Words after «چقدر / چه میزان» that name the kind of quantity asked for.
MEASURE_NOUNS: dict[str, str] = {
    "سرمایه": "money", "سرمایه‌گذاری": "money", "پول": "money", "اعتبار": "money", "اعتبارات": "money",
    "تسهیلات": "money", "بودجه": "money", "مبلغ": "money", "هزینه": "money", "وام": "money",
    "ارزش": "money", "درآمد": "money", "فروش": "money", "صادرات": "money",
    "زمین": "area", "مساحت": "area", "وسعت": "area",
    "آب": "flow", "اشتغال": "people", "شغل": "people", "کار": "people", "نیرو": "people",
    "درصد": "percent",  # «درصد تحقق برنامه»: the unit said as the thing asked about
}

# Verbs that can follow a bare number: «به ۹۹۵ رسید» counts no «رسید».
VERBS_AFTER_NUMBERS = frozenset({
    "رسید", "رسیده", "رسیدند", "می‌رسد", "رسد", "است", "بود", "بوده", "شد", "شده", "شدند", "دارد", "دارند",
    "داشت", "داشته", "افزایش", "کاهش", "رشد", "یافت", "یافته", "هستند", "می‌باشد", "گردید",
    "دانست", "دانسته", "دانستند", "اعلام", "عنوان", "ذکر",  # «… را ۷۵ هزار فقره دانست / اعلام کرد»
})
