"""Letter and digit maps used by normalisation."""

ARABIC_TO_PERSIAN = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه",
    "أ": "ا", "إ": "ا", "ٱ": "ا", "ؤ": "و",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "\u200f": None, "\u200e": None, "\u202a": None, "\u202b": None, "\u202c": None, "\ufeff": None,
    "\u00a0": " ", "\u200b": None, "ـ": None,
})
# Harakat, tanvin, superscript alef: removed.
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"

TO_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ZWNJ = "\u200c"
