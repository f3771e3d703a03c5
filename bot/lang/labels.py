"""Numbers that name or locate things rather than count them («ماده ۴۸», «کیلومتر ۲ جاده», «سنندج ۴»)."""

# A number right after one of these words is part of a name, an address or a legal reference.
NAMING_WORDS: tuple[str, ...] = (
    "شماره", "کیلومتر", "فاز", "ماده", "تبصره", "بند", "اصل", "پلاک", "کد", "خیابان", "کوچه", "تلفن",
    "ناحیه صنعتی", "شهرک صنعتی", "منطقه", "بلوک", "قطعه", "سالن", "نسخه", "ردیف",
)
# A number right before one of these words is a threshold of a definition («زیر ۵۰ نفر کارکن»).
DEFINING_AFTER: tuple[str, ...] = ("کارکن",)
DEFINING_BEFORE: tuple[str, ...] = ("زیر",)
# Units of a technical specification, not of a statistic («شبکه ۲۰ کیلوولت»).
SPECIFICATION_UNITS: tuple[str, ...] = ("کیلوولت", "ولت", "اینچ", "میلیمتر", "میلی‌متر", "آمپر")
# «طی پنج سال آینده», «تا دو ماه آینده»: a horizon, not a figure.
HORIZON_AFTER: tuple[str, ...] = ("آینده",)
