"""Words of messages that are not questions: asking for help, thanking, and common English words."""

HELP_WORDS = frozenset({"راهنما", "راهنمایی", "کمک", "help", "راهنمام", "کمکم"})
THANKS_WORDS = frozenset({"ممنون", "ممنونم", "مرسی", "متشکرم", "متشکر", "مچکرم", "سپاس", "سپاسگزارم", "تشکر",
                          "thanks", "thank", "thx", "merci", "mersi", "mamnoon", "mamnun", "dastet", "dard",
                          "nakone", "درد", "نکنه", "نکند", "دستت", "دستتون", "دست", "شما"})
# Words that may stand around the key word without making the message a question.
FILLER_WORDS = frozenset({"خیلی", "لطفا", "لطفاً", "از", "ازتون", "ازت", "you", "very", "much", "so", "please",
                          "i", "need", "me", "kheili", "kheyli", "بسیار", "واقعا", "واقعاً", "یه",
                          "یک", "میخوام", "می‌خوام", "میخواهم", "می‌خواهم", "به", "نیاز", "دارم", "بده", "بدید"})
# Latin endings of Finglish words and their Persian spelling: the plural and the ezafe.
FINGLISH_ENDINGS = (("haye", "‌های"), ("ha", "‌ها"), ("ye", ""), ("e", ""))
# What a follow-up chip under an answer asks, as the engine's follow-up questions say it.
FOLLOW_UP_PHRASES: dict[str, str] = {"prev": "و سال قبلش؟", "regions": "و در استان‌های دیگر؟"}
