"""Jalali calendar words: months, seasons, relative years and spans of months."""

MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
SEASONS: dict[str, tuple[int, int]] = {
    "بهار": (1, 3), "تابستان": (4, 6), "پاییز": (7, 9), "پائیز": (7, 9), "زمستان": (10, 12),
}
# Words for «this year» / «last year» / «next year», as an offset from the reference year.
RELATIVE_YEARS: dict[str, int] = {
    "امسال": 0, "سال جاری": 0, "سال جاري": 0, "سال حاضر": 0, "سال کنونی": 0, "همین سال": 0,
    "پارسال": -1, "سال گذشته": -1, "سال قبل": -1, "سال پیش": -1, "سال پیشین": -1, "سال ماضی": -1,
    "پیارسال": -2, "دو سال پیش": -2, "دو سال قبل": -2,
    "سال آینده": 1, "سال بعد": 1, "سال دیگر": 1,
}
HALF_WORDS: dict[str, tuple[int, int]] = {"نیمه نخست": (1, 6), "نیمه اول": (1, 6), "نیمه دوم": (7, 12)}
# Named periods: government terms.
NAMED_PERIODS: dict[str, tuple[str, str]] = {
    "دولت سیزدهم": ("1400-05", "1403-05"),
    "دولت چهاردهم": ("1403-05", "1407-05"),
    "دولت دوازدهم": ("1396-05", "1400-05"),
    "دولت یازدهم": ("1392-05", "1396-05"),
}
# Years named by their motto («سال جهش تولید» is 1399): releases and readers date figures by them.
YEAR_MOTTOS: dict[str, int] = {
    "حمایت از کالای ایرانی": 1397, "رونق تولید": 1398, "جهش تولید": 1399, "مهار تورم و رشد تولید": 1402,
    "مهار تورم، رشد تولید": 1402, "جهش تولید با مشارکت مردم": 1403, "سرمایه‌گذاری برای تولید": 1404,
}
# «هم اکنون / تاکنون»: a figure as it stands on the release date.
NOW_WORDS = ("هم اکنون", "هم‌اکنون", "در حال حاضر", "اکنون", "هم‌ اکنون")
# Days said relative to today, as an offset in days («دیروز» is one day back).
RELATIVE_DAYS: dict[str, int] = {"امروز": 0, "دیروز": -1, "پریروز": -2, "فردا": 1}

# Yearly occasions a release dates figures by: their figures are the year's («در هفته دولت امسال»).
OCCASIONS = ("هفته دولت", "دهه فجر", "هفته صنعت و معدن", "روز صنعت و معدن")
# «در سفر خرداد رئیس جمهور»: an event named by its month dates what was decided at it to that month's year
EVENTS = ("سفر", "سفر استانی", "نشست", "جلسه", "اجلاس", "همایش", "نمایشگاه")
