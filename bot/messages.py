"""Every Persian text people see, in one place, with {placeholders}. The press office can correct them here.

Values are filled in by render functions; Telegram handlers escape the result for HTML.
"""

MESSAGES: dict[str, str] = {
    # answers
    "answer": "{amount}{what}{when}{where}.",
    "answer_quote": "«{quote}»",
    "computed": "حساب‌شده از آمار منتشرشده: {arithmetic}.",
    "source": "منبع: {title} ({date})",
    "also_reported": "در خبر «{title}» ({date}) رقم {amount} آمده بود.",
    "no_answer": "نمی‌دانم؛ در اخبار منتشرشده‌ی سازمان پاسخ دقیقی برای این سؤال پیدا نکردم.",
    "no_answer_offer": "آنچه نزدیک به سؤال شماست و می‌دانم:",
    "no_period": "برای {asked} آماری در اخبار سازمان ندارم.",
    "no_state": "آماری از وضعیت امروز ({date}) در اخبار سازمان ندارم.",
    "no_state_then": "آماری از وضعیت در {date} در اخبار سازمان ندارم.",
    "no_region": "برای {asked} آماری در اخبار سازمان ندارم.",
    "choose": "دو رقم به این سؤال نزدیک‌اند و نمی‌توانم با اطمینان یکی را برگزینم؛ کدام منظور شماست؟",
    "choice_line": "• {text} (منبع: {title})",
    "followup_alone": "این سؤال دنباله‌ی سؤال دیگری است، اما سؤالی از {minutes} دقیقه‌ی گذشته در یادم نیست"
                      " که آن را ادامه دهد؛ لطفاً کامل بپرسید، مثلاً: «سال ۱۳۹۹ چند واحد راکد احیا شد؟»",
    "followup_no_year": "سؤال قبلی سال مشخصی نداشت و رقمی هم برایش نیافتم که سال قبل یا بعدش را بگویم؛"
                        " لطفاً سال را بگویید، مثلاً: «همین را برای سال ۱۳۹۸ بگو».",
    "unknown_words": "درباره‌ی «{words}» چیزی در اخبار سازمان نیامده است؛ پاسخ دقیقی ندارم.",
    "which_region": "استان {region} با {amount}{when} — {rank}.",
    "ranked_among": "{extreme} رقم در میان {count} استانی که اخبار سازمان برایشان آمار داده‌اند",
    "ranked_against": "{extreme} از {others}",
    "extreme_max": "بیشترین",
    "extreme_min": "کمترین",
    "compared_max": "بیشتر",
    "compared_min": "کمتر",
    "nearest": "نزدیک‌ترین رقمی که دارم: {amount}{what}{when}{where} (منبع: {title}، {date}).",
    "greeting": "سلام! من ربات آمار سازمان صنایع کوچک و شهرک‌های صنعتی ایران هستم. "
                "از آمار اخبار سازمان بپرسید؛ مثلاً: «پارسال چند واحد راکد احیا شد؟»",
    "empty": "سؤالتان را به فارسی بنویسید؛ مثلاً: «پارسال چند واحد راکد احیا شد؟»",
    "list_answer": "{head}:\n{items}",
    "person_answer": "{name}، {role}.",
    "latest_title": "تازه‌ترین خبرها:",
    "latest_item": "• {title} ({date})",
    "no_releases": "هنوز خبری ثبت نشده است.",
    "topics_title": "آنچه می‌توانید بپرسید، به ترتیب شمار خبرها:",
    "topic_line": "• {unit}{about}\n   {covered}",
    "topic_releases": "{releases} خبر",
    "topics_more": "و {more} موضوع دیگر.",
    "no_topics": "هنوز آماری ثبت نشده است.",
    # telegram: people
    "welcome": "سلام! من ربات آمار سازمان صنایع کوچک و شهرک‌های صنعتی ایران هستم.\n"
               "از آمارِ {releases} خبر سازمان ({span}) بپرسید؛ به فارسی و همان‌طور که حرف می‌زنید.\n"
               "برای دریافت خبرهای تازه /subscribe را بزنید.",
    "bot_description": "ربات آمار سازمان صنایع کوچک و شهرک‌های صنعتی ایران: هر سؤالی درباره‌ی آمار خبرهای "
                       "سازمان را به فارسی بپرسید («پارسال چند واحد راکد احیا شد؟»)؛ پاسخ با عدد، دوره، استان و "
                       "منبع خبر می‌آید. با /subscribe هر خبر تازه را دریافت کنید.",
    "bot_short_description": "آمار خبرهای سازمان صنایع کوچک و شهرک‌های صنعتی، با منبع؛ به فارسی بپرسید.",
    "help_admin": "فرمان‌های مدیران: /post انتشار خبر تازه · /stats آمار ربات · /broadcasts ارسال‌ها · "
                  "/retry شماره‌ی ارسال · /export همه‌ی آمارها (CSV) · /cancel لغو",
    "help": "هر سؤالی درباره آمار سازمان بنویسید؛ مثلاً «پارسال چند واحد راکد احیا شد؟».\n"
            "/topics موضوع‌ها · /latest تازه‌ترین خبرها · /subscribe عضویت · /unsubscribe لغو عضویت · /status وضعیت\n"
            "در هر گفتگوی دیگری هم نام ربات را با @ بنویسید و بعد سؤال را؛ پاسخ با منبعش آماده‌ی فرستادن است.",
    "subscribed": "عضو شدید؛ هر خبر تازه‌ی سازمان برایتان فرستاده می‌شود.",
    "already_subscribed": "عضویت شما از قبل فعال است.",
    "unsubscribed": "عضویت لغو شد؛ دیگر خبری فرستاده نمی‌شود.",
    "not_subscribed": "شما عضو نیستید.",
    "status_on": "عضویت شما فعال است؛ همه‌ی خبرها را دریافت می‌کنید.",
    "status_some": "عضویت شما فعال است؛ خبرهای کل کشور و خبرهای استان‌های {provinces} را دریافت می‌کنید.",
    "subscribe_choose": "اگر فقط خبرهای استان‌های خاصی را می‌خواهید، آن‌ها را انتخاب کنید (خبرهای کل کشور همیشه "
                        "می‌رسد):",
    "btn_all_releases": "همه‌ی خبرها",
    "status_off": "عضو نیستید؛ برای عضویت /subscribe را بزنید.",
    "flood": "کمی آهسته‌تر لطفاً؛ چند دقیقه‌ی دیگر دوباره بپرسید.",
    "not_text": "فقط پیام متنی را می‌فهمم؛ سؤالتان را بنویسید.",
    "too_long": "پیام خیلی طولانی است؛ سؤال را کوتاه‌تر بنویسید.",
    "stale_button": "این دکمه دیگر معتبر نیست.",
    "read_release": "متن کامل خبر",
    "btn_chart": "📊 نمودار",
    "chart_failed": "رسم نمودار ممکن نشد؛ کمی بعد دوباره امتحان کنید.",
    "error": "متأسفم، خطایی پیش آمد. دوباره امتحان کنید.",
    # telegram: admins
    "admin_only": "این فرمان فقط برای مدیران روابط عمومی است.",
    "post_ask": "متن خبر را بفرستید (متن یا پرونده‌ی .txt با کدگذاری UTF-8، حداکثر یک مگابایت). برای لغو: /cancel",
    "post_preview": "پیش‌نمایش خبر\nعنوان: {title}\nتاریخ: {date}\n{facts}",
    "post_duplicate": "این متن قبلاً ثبت شده است (خبر شماره {release_id}).",
    "post_not_txt": "فقط پرونده‌ی متنی .txt پذیرفته می‌شود.",
    "post_ask_date": "تاریخ شمسی خبر را بفرستید (نمونه: ۱۵ اردیبهشت ۱۴۰۵، ۱۴۰۵/۲/۱۵، امروز یا دیروز).",
    "post_cancelled": "لغو شد.",
    "post_published": "خبر ثبت شد و برای {subscribers} عضو در حال ارسال است.",
    "broadcast_progress": "در حال ارسال خبر (شماره {broadcast_id}): {sent} فرستاده، {blocked} مسدود، "
                          "{failed} ناموفق، {unconfirmed} نامعلوم از {total}.",
    "broadcast_done": "ارسال خبر (شماره {broadcast_id}) پایان یافت: {sent} فرستاده، {blocked} مسدود، "
                      "{failed} ناموفق، {unconfirmed} نامعلوم (شاید رسیده) از {total}. "
                      "برای ارسال دوباره‌ی ناموفق‌ها و نامعلوم‌ها: /retry {broadcast_id}",
    "broadcast_line": "#{broadcast_id} {title}: {sent} فرستاده، {blocked} مسدود، {failed} ناموفق، "
                      "{unconfirmed} نامعلوم، {pending} در صف",
    "no_broadcasts": "هنوز خبری ارسال نشده است.",
    "retry_usage": "شماره‌ی ارسال را بدهید؛ مثلاً /retry ۳ (فهرست: /broadcasts)",
    "retry_started": "{count} ارسال ناموفق دوباره در صف قرار گرفت.",
    "btn_publish": "✅ انتشار",
    "btn_date": "📅 تغییر تاریخ",
    "btn_cancel": "❌ لغو",
    "export_caption": "همه‌ی آمارهای ثبت‌شده (CSV با کدگذاری UTF-8؛ در اکسل درست باز می‌شود).",
    "stats": "اعضا: {active} فعال، {inactive} غیرفعال\nخبرها: {releases}\n"
             "پرسش‌های ۷ روز گذشته: {answered} پاسخ‌داده، {unanswered} بی‌پاسخ",
    # terminal
    "chat_welcome": "ربات آمار سازمان صنایع کوچک و شهرک‌های صنعتی ایران. سؤالتان را بنویسید "
                    "(فهرست موضوع‌ها: /topics، برای خروج: خروج).",
    "no_chart": "برای این پرسش نموداری ندارم: آمار آن فقط برای یک دوره منتشر شده است.",
    "chart_saved": "نمودار در {path} ذخیره شد.",
    "chat_bye": "خدا نگهدار!",
    "bad_token": "توکن ربات نامعتبر است؛ BOT_TOKEN را در .env بررسی کنید (invalid BOT_TOKEN).",
    "api_unreachable": "به سرور Bot API در {root} نمی‌توان وصل شد: {error}",
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
    # h10b: admin flow and start-up
    "config_error": "پیکربندی نادرست است؛ پرونده‌ی .env را بررسی کنید (configuration error): {error}",
    "db_unavailable": "پایگاه داده در {path} باز یا نوشته نمی‌شود؛ مسیر DATABASE_PATH و دسترسی نوشتن را بررسی کنید "
                      "(database unavailable): {error}",
    "db_lost": "پایگاه داده در {path} نیست، در حالی که پیش از این عضو داشت؛ ربات با پایگاه خالی و بی‌عضو آغاز "
               "نمی‌شود (database lost): {error}",
    "draft_stale": "این پیش‌نمایش دیگر معتبر نیست (منتشر، لغو یا با پیش‌نمایش تازه‌تری جایگزین شده است)؛ "
                   "کاری انجام نشد.",
    "preview_failed": "فرستادن پیش‌نمایش ممکن نشد و خبر منتشر نشد. چند لحظه‌ی دیگر دوباره /post را بزنید.",
    # h14: people asking, inline mode, feedback, the press office's dates, export
    "span": "{first} تا {last}",
    "thanks_reply": "خواهش می‌کنم! هر وقت آماری خواستید، بپرسید.",
    "write_persian": "لطفاً به فارسی بنویسید؛ مثلاً: «پارسال چند واحد راکد احیا شد؟»",
    "finglish_guess": "منظورتان این است؟\n«{guess}»\nاگر درست است «بپرس» را بزنید؛ وگرنه لطفاً به فارسی بنویسید.",
    "btn_ask_this": "بپرس",
    "unknown_command": "فرمان {command} را نمی‌شناسم.",
    "nothing_to_cancel": "کاری در جریان نیست که لغو شود؛ سؤالتان را بنویسید.",
    "inline_answer": "{answer} — {source}",
    "inline_unknown_title": "نمی‌دانم",
    "inline_unknown": "«{question}»: {reason}.",
    "inline_hint_title": "از آمار سازمان بپرسید",
    "inline_hint": "سؤال را بعد از نام ربات بنویسید؛ مثلاً: پارسال چند واحد راکد احیا شد؟",
    "btn_prev": "سال قبلش؟",
    "btn_regions": "استان‌های دیگر",
    "btn_up": "👍",
    "btn_down": "👎",
    "feedback_up": "ممنون از نظرتان!",
    "feedback_why": "ممنون که گفتید. چه چیزی درست نبود؟ اگر خواستید، در پاسخ به همین پیام یک خط بنویسید (اختیاری).",
    "feedback_noted": "ممنون؛ یادداشت شد و به روابط عمومی سازمان می‌رسد.",
    "err_not_stored": "این خبر در پایگاه داده ذخیره نشد ({detail}).",
    "ingest_interrupted": "بارگذاری قطع شد: {stored} خبر تازه از {files} پرونده ذخیره شد و از دسته‌ی ناتمام چیزی"
                          " ذخیره نشد. برای ادامه همین فرمان را دوباره اجرا کنید؛ خبرهای ذخیره‌شده تکراری شمرده می‌شوند.",
    "chart_drawing": "در حال رسم نمودار…",
    "review_title": "پرسش‌های بی‌پاسخ و 👎 امروز و این هفته. اگر یکی از آمارهای زیر هر پرسش پاسخ آن است، "
                    "آن را بزنید تا همین عبارت از این پس با آن آمار پاسخ داده شود.",
    "review_none": "این هفته پرسش بی‌پاسخ یا 👎 تازه‌ای نبوده است.",
    "review_item": "{when} · «{question}» ({count} بار) — {status}",
    "review_today": "امروز",
    "review_week": "این هفته",
    "review_unanswered": "بی‌پاسخ",
    "review_down": "👎 {reason}",
    "review_no_facts": "آمار نزدیکی برای این پرسش پیدا نشد.",
    "taught": "یاد گرفتم: «{question}» از این پس این پاسخ را می‌گیرد:\n{answer}",
    "btn_undo": "↩️ برگرداندن",
    "untaught": "برگردانده شد: این عبارت دیگر با آن آمار پاسخ داده نمی‌شود.",
    # the broadcast card (bot/card.py) and its buttons
    "card_figures": "📌 ارقام کلیدی:",
    "card_target": "هدف",
    "btn_ask_release": "❓ بپرس",
    "btn_unsubscribe": "لغو عضویت",
    "ask_release": "درباره‌ی این خبر هر سؤالی دارید بنویسید؛ یا یکی از رقم‌های آن را بزنید تا با منبعش بیاید:",
    "ask_release_empty": "درباره‌ی این خبر هر سؤالی دارید بنویسید؛ مثلاً «پارسال چند واحد راکد احیا شد؟»",
}


def say(key: str, **values: object) -> str:
    return MESSAGES[key].format(**values)

# The command menus Telegram shows (handlers/menus.py): people's, and the admins' shown after them.
USER_COMMANDS = [("start", "شروع و معرفی"), ("help", "راهنما"), ("topics", "درباره‌ی چه می‌توان پرسید"),
                 ("latest", "تازه‌ترین خبرها"), ("subscribe", "عضویت در خبرها"), ("unsubscribe", "لغو عضویت"),
                 ("status", "وضعیت عضویت")]
ADMIN_COMMANDS = [("post", "انتشار خبر تازه"), ("stats", "آمار ربات و سؤال‌های بی‌پاسخ"),
                  ("broadcasts", "وضعیت ارسال‌ها"), ("export", "همه‌ی آمارها در CSV"), ("cancel", "لغو")]

# h11h: the press office's corrections in the preview, and a question typed after /post
MESSAGES.update({
    "fix_drop": "این آمار نیست",
    "fix_line": "{number}. {line}",
    "fix_line_corrected": "{number}. {line} ✏️",
    "fix_line_dropped": "{number}. حذف شد (این آمار نیست): {line}",
    "btn_fix": "✏️ اصلاح",
    "fix_pick_line": "کدام سطر پیش‌نمایش اصلاح شود؟",
    "fix_pick_choice": "{line}\nدرست آن کدام است؟",
    "fix_nothing": "این خبر آماری ندارد که اصلاح شود.",
    "btn_more_lines": "سطرهای بعدی ◀️",
    "post_kind": "این متن خبر است یا سؤال؟",
    "btn_kind_release": "خبر",
    "btn_kind_question": "سؤال",
})

# answerq: a plan added to what was done, in a sum asked with the copula («… روی هم چقدر بود»)
MESSAGES.update({
    "planned_part": "{label}، برنامه",
    "made_of": "به گفته‌ی همان خبر، از این میان: «{parts}».",  # the parts of a stated total, in its own words
    "planned_mark": "(برنامه)",  # a plan's figure read alone: «۷ هکتار (برنامه) — سال ۱۴۰۴، سقز»
})
