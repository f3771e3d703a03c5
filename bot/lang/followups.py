"""How a follow-up question is said: the cues that it continues the last one, and its filler words."""
import re

# «و …», «همین رو …», «… قبلش؟», «… چطور؟», «… چی؟»: said as a continuation of the last question
FOLLOW_UP_CUE = re.compile(r"^(?:و|خب|خوب|اون|آن|همین(?:و|رو|را)?|اینو|پس)(?!\w)|قبلش|بعدش|پیشش|قبلی|بعدی"
                           r"|چطور|چی\s?طور|چه طور|(?<!\w)چی(?:ه|ست)?\s*[؟?]?\s*$")
# «سال قبلش», «بعدی»: a year before or after the period of the figure last given
YEAR_SHIFTS: dict[str, int] = {"قبلش": -1, "قبلی": -1, "پیشش": -1, "بعدش": 1, "بعدی": 1}
# words that only carry the continuation («و در استان‌های دیگر؟» asks about places): never what it is about
FILLER_WORDS = frozenset({"استان", "استانها", "چطور", "چی", "چیه", "چیست", "طور", "همین", "بگو", "بگید",
                          "بگویید", "بفرمایید", "چه", "خب", "خوب", "پس", "سال", "قبلش", "بعدش", "پیشش", "قبلی",
                          "بعدی", "اون", "آن", "همینو", "اینو"})
