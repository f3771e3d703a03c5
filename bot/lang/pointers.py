"""Words that point back to what the sentence before named («از این زمین‌ها», «این واحدها», «از این تعداد»)."""

DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})
# Nouns after a demonstrative that point to a place, an organisation or a time, not to what was counted:
# «این استان», «این شرکت», «در این مدت» (their own readers handle them).
NOT_COUNTED_THINGS = frozenset({
    "استان", "شهرستان", "شهر", "شهرک", "ناحیه", "پارک", "منطقه", "شرکت", "سازمان", "اداره", "وزارت", "مدت", "سال",
    "ماه", "دوره", "مرحله", "حوزه", "زمینه", "راستا", "رابطه", "ارتباط", "خصوص", "باره", "میان", "بین", "حالی",
})
