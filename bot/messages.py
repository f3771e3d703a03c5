"""Every Persian text people see, in one place, with {placeholders}. The press office can correct them here.

Values are filled in by render functions; Telegram handlers escape the result for HTML.
"""

MESSAGES: dict[str, str] = {
    # answers
    "answer": "{amount}{what}{when}{where}.",
    "answer_quote": "«{quote}»",
    "source": "منبع: {title} ({date})",
    "also_reported": "در خبر «{title}» ({date}) رقم {amount} آمده بود.",
    "partial_note": "این رقم برای {have} است، نه کل {asked}.",
    "no_answer": "نمی‌دانم؛ در اخبار منتشرشده‌ی سازمان پاسخ دقیقی برای این سؤال پیدا نکردم.",
    "no_answer_offer": "آنچه نزدیک به سؤال شماست و می‌دانم:",
    "no_period": "برای {asked} آماری در اخبار سازمان ندارم.",
    "no_region": "برای {asked} آماری در اخبار سازمان ندارم.",
    "nearest": "نزدیک‌ترین رقمی که دارم: {amount}{what}{when}{where} (منبع: {title}، {date}).",
    "greeting": "سلام! من ربات آمار سازمان صنایع کوچک و شهرک‌های صنعتی ایران هستم. "
                "از آمار اخبار سازمان بپرسید؛ مثلاً: «پارسال چند واحد راکد احیا شد؟»",
    "empty": "سؤالتان را به فارسی بنویسید؛ مثلاً: «پارسال چند واحد راکد احیا شد؟»",
    "list_answer": "{head}:\n{items}",
    "person_answer": "{name}، {role}.",
    "latest_title": "تازه‌ترین خبرها:",
    "latest_item": "• {title} ({date})",
    "no_releases": "هنوز خبری ثبت نشده است.",
    "reverse_answer": "{amount}{what}{when}{where}.",
    # terminal
    "chat_welcome": "ربات آمار سازمان صنایع کوچک و شهرک‌های صنعتی ایران. سؤالتان را بنویسید (برای خروج: خروج).",
    "chat_bye": "خدا نگهدار!",
    "no_token_hint": "BOT_TOKEN تنظیم نشده است؛ گفتگو در ترمینال آغاز می‌شود. برای ربات تلگرام، توکن را از "
                     "@BotFather بگیرید و در پرونده‌ی .env بگذارید (نمونه: .env.example).",
    # ingest
    "ingest_stored": "خبر «{title}» ({date}) ثبت شد: {facts} آمار، {lists} فهرست، {people} نام.",
    "ingest_duplicate": "این متن قبلاً ثبت شده است (خبر شماره {release_id}).",
    "err_missing": "پرونده پیدا نشد: {detail}",
    "err_empty": "متن خبر خالی است.",
    "err_binary": "این پرونده متن نیست (داده‌ی دودویی دارد).",
    "err_not_utf8": "متن باید با کدگذاری UTF-8 باشد.",
    "err_too_large": "پرونده بزرگ‌تر از یک مگابایت است.",
    "err_no_date": "تاریخ خبر پیدا نشد؛ تاریخ شمسی را در سرصفحه (date:) یا با --date بدهید.",
    "err_bad_date": "تاریخ «{detail}» یک تاریخ شمسی درست نیست (نمونه: ۱۴۰۳-۰۵-۱۲).",
}


def say(key: str, **values: object) -> str:
    return MESSAGES[key].format(**values)
