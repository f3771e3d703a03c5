"""The place in force across a release: title → lead → paragraphs → sentences.

A province named by the title or the lead is the release's. A sentence that names one province, or
places in one («مدیرعامل شرکت شهرک‌های صنعتی استان اردبیل گفت», «در یزد، …»), sets it for what
follows, «این استان» included; a round-up moves on when the next paragraph names the next province.
In a national release each paragraph starts again from the whole country. A dateline («همدان – …»)
is where the news was written, not where its figures belong.
"""
import re

from bot.extract.clauses import CLAUSE_BREAK
from bot.extract.model import Amount, Mention
from bot.extract.places import (
    find_national,
    find_regions,
    finer_place,
    holds_nationally,
    province_of,
    says_national,
)
from bot.extract.reading import Sentence, nearest
from bot.extract.sentences import split_sentences
from bot.lang.regions import PARK_EPITHETS

_DATELINE = re.compile(r"^\s*(?:[^\s\d،:.]+\s){0,2}[^\s\d،:.]+\s*[-–—]\s")


def split_paragraphs(body: str) -> list[list[str]]:
    """The body's sentences, grouped by paragraph."""
    return [sentences for line in body.split("\n") if (sentences := split_sentences(line))]


def dateline_end(first_sentence: str) -> int:
    """Where a dateline at the start of the body ends (0 without one)."""
    m = _DATELINE.match(first_sentence)
    return m.end() if m else 0


def single_province(mentions: list[Mention]) -> str | None:
    """The one province the mentions are all in, if they are."""
    named = {province_of(m.value) for m in mentions}
    return named.pop() if len(named) == 1 else None


_THIS_PARK = re.compile(r"(?<!\w)(?:همین|این|آن)\s+(?:شهرک|ناحیه|پارک)(?!\w)")
_VENUE_BEFORE = re.compile(r"(?<!\w)در\s+(?:(?!شهرک|ناحیه|پارک|شرکت)\S+\s+){0,3}$")  # «در جمع خبرنگاران »
# «در حاشیه بازدید از واحدهای شهرک صنعتی شکوهیه », «در آیین افتتاح … », «در حاشیه گشایش ناحیه صنعتی جرون »:
# a visit or a ceremony is a venue too
_VISIT_BEFORE = re.compile(
    r"(?<!\w)در\s+(?:حاشیه\s+|جریان\s+)?(?:بازدید|آیین|مراسم|گشایش|افتتاح)(?![\w\u200c])[^:،؛.]{0,80}$")
_POINTS_TO_PLACE = re.compile(r"(?<!\w)(?:همین|این|آن)\s+(?:شهرک|ناحیه|پارک|شهرستان|شهر)(?!\w)")
_PARK_BEFORE = re.compile(  # «شهرک صنعتی ثامن‌الائمه», «شهرک صنعتی بزرگ شیراز»
    rf"(?<!\w)(?:شهرک|ناحیه|پارک)(?:\s+صنعتی)?(?:\s+(?:{'|'.join(PARK_EPITHETS)}))?\s*$")


class PlaceInForce:
    """The province a sentence that names none is about, and the town or park named last: «همین شهرک»
    in the next sentence is that park («… شهرک صنعتی ثامن‌الائمه … افتتاح شد. پروژه‌های همین شهرک …»).
    A release whose title is about one park («شهرک صنعتی بزرگ شیراز با ۴۷۸۰ قرارداد …») is about that park
    throughout, until another place is named."""

    def __init__(self, release: str | None, national: bool, park: str | None = None) -> None:
        self.release, self.national, self.park = release, national, park
        self.current = release
        self.finer: str | None = park

    def new_paragraph(self) -> None:
        if self.national:
            self.current = self.release

    def moves_to(self, mentions: list[Mention]) -> bool:
        """Whether the sentence names a province other than the one in force."""
        return single_province(mentions) not in (None, self.current)

    def for_sentence(self, text: str) -> str | None:
        """The place a sentence that names none is about: the park named last when it points back to it."""
        pointed = self.finer and province_of(self.finer) == self.current and (
            self.finer == self.park or _THIS_PARK.search(text))
        return self.finer if pointed else self.current

    def read(self, mentions: list[Mention], text: str) -> None:
        parks = {m.value for m in mentions if finer_place(m.value) and _PARK_BEFORE.search(text[: m.start])}
        if parks or self.moves_to(mentions):
            self.finer = parks.pop() if len(parks) == 1 else None
        self.current = single_province(mentions) or self.current


def release_places(sentences: list[Sentence], title: str) -> PlaceInForce:  # title normalised
    """The province a release is about: the one its title or its lead sentence names. A province named
    only further down («… در استان تهران قرار دارند») is a detail, not the release's subject."""
    lead = sentences[0] if sentences else None
    named = find_regions(title) + (lead.regions if lead else [])
    if not named or (lead and says_national(lead.text) and not lead.regions):
        return PlaceInForce(None, national=True)  # a province named in one paragraph stays there
    province = single_province(named)
    parks = {m.value for m in find_regions(title) if finer_place(m.value) and _PARK_BEFORE.search(title[: m.start])}
    park = parks.pop() if len(parks) == 1 else None
    return PlaceInForce(province, national=False, park=park if park and province_of(park) == province else None)


def respective_regions(s: Sentence) -> dict[int, str]:
    """«استان‌های اصفهان، یزد و قزوین به ترتیب با ۴۵، ۳۸ و ۳۰ واحد»: the n-th place has the n-th number;
    with two parallel lists («… به ترتیب با ۲۰۸، ۱۶۵ و ۱۵۰ میلیارد ریال برای ۲۲، ۷ و ۱۳ واحد») each list
    starts again from the first place. The places are the last ones named before «به ترتیب»."""
    at = s.text.find("به ترتیب")
    if at < 0:
        return {}
    places = _list_items([m for m in s.regions if m.end <= at], s.text)
    after = [k for k, a in enumerate(s.amounts) if a.start > at]
    size = next((n for n in range(len(places), 1, -1) if after and len(after) % n == 0), 0)
    return {k: places[-size:][i % size].value for i, k in enumerate(after)} if size else {}


_EACH = re.compile(r"(?:هر ?کدام|هر ?یک)(?: از آنها)?\s*$")
_AND_OR_COMMA = re.compile(r"\s*(?:،|و)\s*")
# between two listed places, a third the gazetteer does not know («جرون، فین، هشتبندی»: «فین» needs «شهر»)
_LIST_GAP = re.compile(r"\s*(?:،|و)\s*(?:[^\s\d،.:؛]+\s*(?:،|و)\s*)?")


def each(s: Sentence, amount: Amount) -> list[str]:
    """«استان‌های بوشهر و فارس نیز هر کدام ۵ میلیارد ریال»: the figure is each listed place's."""
    if not _EACH.search(s.text[max(0, amount.start - 20) : amount.start]):
        return []
    listed: list[Mention] = []
    for m in reversed([m for m in s.regions if m.end <= amount.start]):
        if listed and not _AND_OR_COMMA.fullmatch(s.text[m.end : listed[-1].start]):
            break
        listed.append(m)
    return [m.value for m in reversed(listed)] if len(listed) > 1 else []


def _list_items(mentions: list[Mention], text: str) -> list[Mention]:
    """Places joined by a dash name one item: «زاهدان-جاده میرجاوه» is a park near Zahedan."""
    items: list[Mention] = []
    for m in mentions:
        if items and re.fullmatch(r"\s*[-–]\s*(?:جاده\s*)?", text[items[-1].end : m.start]):
            continue
        items.append(m)
    return items


def region_for(s: Sentence, amount: Amount, lo: int, hi: int, default: str | None) -> str | None:
    said_from = _said_from(s.text, amount)
    regions = _venues_as_provinces(s.regions, s.text, said_from)
    if default and finer_place(default):  # «مدیرعامل شرکت شهرک‌های صنعتی فارس گفت: …» about the park in force
        regions = [m for m in regions if m.start >= said_from or m.value != province_of(default)]
    in_clause = [m for m in regions + find_national(s.text)  # not a place named after the clause ends
                 if m.end <= amount.start or not CLAUSE_BREAK.search(s.text[amount.end : m.start])]
    # «مدیرعامل … استان تهران گفت: ۳۰ واحد در شهرک صنعتی قرچک …»: a place said is nearer than the speaker's
    said = [m for m in in_clause if m.start >= said_from]
    own = nearest(said, amount.start, amount.end, lo, hi) or nearest(in_clause, amount.start, amount.end, lo, hi)
    if own:  # «که در همدان سخن می‌گفت، افزود: ۹۸۰ شهرک در سطح کشور»: the nearer one wins
        return None if own.value == "کشور" else _province_of_listed(regions, own, s.text) or own.value
    named = [m for m in regions if m.start < amount.start]
    if single_province(named):  # «مدیرعامل … استان لرستان گفت: … ۲۱۰ هکتار»: the speaker's province
        return named[-1].value
    before = s.text[_said_from(s.text, amount) : amount.start]
    if says_national(_speech_part(s.text, amount)) or holds_nationally(before):
        return None
    return default


def _province_of_listed(mentions: list[Mention], own: Mention, text: str) -> str | None:
    """«در پنج شهرک صنعتی در شهرستان‌های پاکدشت، رباط‌کریم، ری، قرچک و ورامین»: a figure said of several towns
    of one province, listed together, is the province's, not the first or the last town's."""
    k = mentions.index(own)
    first = last = k
    while first > 0 and _LIST_GAP.fullmatch(text[mentions[first - 1].end : mentions[first].start]):
        first -= 1
    while last + 1 < len(mentions) and _LIST_GAP.fullmatch(text[mentions[last].end : mentions[last + 1].start]):
        last += 1
    listed = {m.value for m in mentions[first : last + 1]}
    provinces = {province_of(v) for v in listed}
    if len(listed) < 2 or not all(finer_place(v) for v in listed) or len(provinces) != 1:
        return None
    return provinces.pop()


def _speech_part(text: str, amount: Amount) -> str:
    """The part of a sentence the amount is in, split at the colons of reported speech: «… از کاهش هشت درصدی …
    خبر داد و گفت: … در سطح کشور ۱۸ درصد افزایش …» — the country is the 18%'s, not the 8%'s."""
    end = text.find(":", amount.end)
    return text[_said_from(text, amount) : end if end >= 0 else len(text)]


def _said_from(text: str, amount: Amount) -> int:
    """Where what was said starts: after the colon of «… گفت:» before the amount (0 without one)."""
    return text.rfind(":", 0, amount.start) + 1


def _venues_as_provinces(mentions: list[Mention], text: str, said_from: int) -> list[Mention]:
    """A town where the speaker spoke, named before «گفت:» («در نشست خبری امروز در گرگان گفت: …», «در جمع
    خبرنگاران گرگان گفت: …»), keeps the province in force, but the figures said are not that town's, unless what
    is said points back to it («… ناحیه صنعتی ۲ قهاوند گفت: برای این ناحیه صنعتی …»). A town in the speaker's
    title («مدیر شهرک‌های صنعتی کاشان گفت: …») is not a venue."""
    if not said_from or _POINTS_TO_PLACE.search(text, said_from):
        return mentions
    return [Mention(m.start, m.end, province_of(m.value) or m.value)
            if m.start < said_from and finer_place(m.value) and _is_venue(text, m.start) else m
            for m in mentions]


def _is_venue(text: str, start: int) -> bool:
    return bool(_VENUE_BEFORE.search(text, 0, start) or _VISIT_BEFORE.search(text, 0, start))


def scope_for(s: Sentence, amount: Amount, lo: int, hi: int) -> str | None:
    """The kind of park a figure counts. What stands before the colon of «… گفت:» frames the speech: the
    venue «در نشست شورای گفت‌وگوی دولت و بخش خصوصی استان گفت: …» is not what the figures count."""
    said_from = _said_from(s.text, amount)
    scopes = [m for m in s.scopes if m.start >= said_from]
    own = nearest(scopes, amount.start, amount.end, lo, hi)
    if own:
        return own.value
    named = {m.value for m in scopes}
    return named.pop() if len(named) == 1 else None
