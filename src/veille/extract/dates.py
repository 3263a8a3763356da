"""Date expressions in the normalised text, resolved against the publication date.

dateparser handles whole date strings well but misses weekday + time-of-day
forms ("lundi matin", "hier vendredi"), Levantine month names, and its
search_dates costs ~10 ms a document; this reader is compiled once from the
pack's dates.toml and finds every expression in one regex pass. Resolution
never returns a day after publication.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from veille.extract.anchored import NEVER, AnchoredPattern, alternation
from veille.extract.numbers import NumberReader
from veille.extract.pack import LanguagePack
from veille.vocab import DatePrecision

# A weekday modifier naming another time zone's day ("23H50 GMT mercredi" beside a local
# 02H50 on Thursday): no date of the event, whose local day is told elsewhere.
OTHER_ZONE: Final = "other_zone"


@dataclass(slots=True, frozen=True)
class DateMention:
    start: int  # normalised offsets
    end: int
    kind: str  # explicit | month | weekday | publication | focus | ago | week | months_back | vague
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    offset: int = 0  # days, for publication/focus/ago; days back for week; months back
    until: int = 0  # week: the last day back it may name ("last week": 7 to 13 days back)
    modifier: str | None = None  # past | future (weekdays)
    since: bool = False  # "depuis le 17 octobre": a start date, not an event date
    numeric: bool = False  # "2024-01-08": a dateline or metadata, not the narrative's time

    def copy(self, start: int | None = None, since: bool | None = None,
             end: int | None = None) -> DateMention:
        """This mention starting elsewhere or read as a start date. (Spelt out rather than
        dataclasses.replace, whose field introspection cost more than the reading itself
        in the compiled build.)"""
        return DateMention(self.start if start is None else start,
                           self.end if end is None else end, self.kind, self.day,
                           self.month, self.year, self.weekday, self.offset, self.until,
                           self.modifier, self.since if since is None else since, self.numeric)


@dataclass(slots=True, frozen=True)
class Anchor:
    """The publication date as a resolution anchor."""

    day: date | None  # None when only the month (or nothing) is known
    month: tuple[int, int] | None  # (year, month) when known

    @classmethod
    def parse(cls, published: str | None) -> Anchor:
        if not published:
            return cls(None, None)
        parts = [int(p) for p in published.split("-")]
        if len(parts) == 3:
            d = date(*parts)
            return cls(d, (d.year, d.month))
        return cls(None, (parts[0], parts[1]))

    @property
    def latest(self) -> date | None:
        """The last day publication may fall on."""
        if self.day:
            return self.day
        if self.month:
            y, m = self.month
            return date(y, m, calendar.monthrange(y, m)[1])
        return None


@dataclass(slots=True, frozen=True)
class ResolvedDate:
    value: str | None  # YYYY-MM-DD | YYYY-MM | None
    precision: str

    @property
    def as_date(self) -> date | None:
        return date.fromisoformat(self.value) if self.value and self.precision == DatePrecision.DAY else None


UNKNOWN: Final = ResolvedDate(None, DatePrecision.UNKNOWN)
# Expressions of a period rather than a day ("récemment", "last week", "الشهر الماضي"):
# they date what they qualify (a month at best) but never put a day in focus.
PERIODS: Final = frozenset({"vague", "week", "months_back"})


# How many words before a date a since-opening phrase ("depuis le début de") may stand.
OPENING_REACH: Final = 16
# How many words (the joiner or opener and an article) a period's ends may stand apart by.
SPAN_GAP: Final = 2


class DateReader:
    def __init__(self, pack: LanguagePack, numbers: NumberReader) -> None:
        data = pack.dates
        key = pack.key
        self.months = {key(k): int(v) for k, v in data.get("months", {}).items()}
        self.weekdays = {key(k): int(v) for k, v in data.get("weekdays", {}).items()}
        relative = data.get("relative", {})
        self.from_publication = {key(k): int(v) for k, v in relative.get("publication", {}).items()}
        self.from_focus = {key(k): int(v) for k, v in relative.get("focus", {}).items()}
        # Periods that name a month at best: "last week" (7 to 13 days back), "last month".
        self.weeks = {key(k): (int(v[0]), int(v[1])) for k, v in relative.get("week", {}).items()}
        self.months_back = {key(k): int(v) for k, v in relative.get("months_back", {}).items()}
        modifiers = data.get("weekday_modifiers", {})
        self.modifiers = {key(w): "past" for w in modifiers.get("past", [])}
        self.modifiers |= {key(w): "future" for w in modifiers.get("future", [])}
        self.modifiers |= {key(w): OTHER_ZONE for w in modifiers.get("other_zone", [])}
        self.since_words = [key(w) for w in data.get("since", {}).get("words", [])]
        self.since_openings = [key(w) for w in data.get("since", {}).get("openings", [])]
        self.since_clauses = [key(w) for w in data.get("since", {}).get("clauses", [])]
        self.ordinal_days = {key(k): int(v) for k, v in data.get("ordinal_days", {}).items()}
        # Days named by a feast ("la nuit de Noël", "New Year's Day"): a month and a day.
        self.fixed_days = {key(k): (int(v[0]), int(v[1])) for k, v in data.get("fixed_days", {}).items()}
        self.numeric_order = data.get("numeric_order", "ymd")
        # "dans la nuit de samedi à dimanche": a night told by its two days is the second
        night = data.get("night", {})
        self.night_openers = tuple(key(w) for w in night.get("openers", []))
        self.night_joiners = frozenset(key(w) for w in night.get("joiners", []))
        # "entre le 24 octobre et le 2 décembre": a period's two ends, neither a day of an attack
        span = data.get("span", {})
        self.span_openers = frozenset(key(w) for w in span.get("openers", []))
        self.span_joiners = frozenset(key(w) for w in span.get("joiners", []))
        # how a clock time is written once normalised ("02h50", "2350"): another zone's day
        # right after two of them is not the day told
        self.clock = re.compile(data.get("clock", {}).get("pattern", NEVER))
        self.numbers = numbers
        self._pattern = AnchoredPattern(self._compile(data, key), self._opening_phrases(data, key),
                                       pack.clitic_prefixes)

    @property
    def opening_phrases(self) -> frozenset[str]:
        return self._pattern.opening_phrases

    def _opening_phrases(self, data: dict, key) -> list[str]:
        """The phrases a date expression may open with (digits always may)."""
        ago = data.get("ago", {})
        phrases = [*self.months, *self.weekdays, *self.modifiers, *self.from_publication,
                   *self.from_focus, *self.weeks, *self.months_back, *self.ordinal_days, *self.fixed_days,
                   *self.numbers.words,
                   *(key(w) for w in data.get("vague", {}).get("words", [])),
                   *(key(w) for w in ago.get("before", []))]
        return phrases

    def _compile(self, data: dict, key) -> re.Pattern[str]:
        month = alternation(self.months)
        weekday = alternation(self.weekdays)
        suffix = alternation(key(s) for s in data.get("ordinal_suffixes", [])) or NEVER
        day = rf"(?P<{{n}}>[0-3]?\d)(?:{suffix})?"
        year = r"(?: (?P<{n}>(?:19|20)\d\d))?"
        explicit = []
        for i, order in enumerate(data.get("order", ["day month"])):
            d, m, y = day.format(n=f"d{i}"), f"(?P<m{i}>{month})", year.format(n=f"y{i}")
            body = f"{d} {m}{y}" if order == "day month" else f"{m} {d}{y}"
            explicit.append(rf"(?:(?P<w{i}>{weekday}) )?{body}")
        ago = data.get("ago", {})
        ago_before = alternation(key(w) for w in ago.get("before", [])) or NEVER
        ago_after = alternation(key(w) for w in ago.get("after", [])) or NEVER
        units = alternation(key(w) for w in ago.get("units", [])) or NEVER
        vague = alternation(key(w) for w in data.get("vague", {}).get("words", [])) or NEVER
        modifier = alternation(self.modifiers) or NEVER
        day_bound = {key(w) for w in data.get("day_bound_months", {}).get("words", [])}
        lone_month = alternation([m for m in self.months if m not in day_bound]) or NEVER
        ordinal = alternation(self.ordinal_days) or NEVER
        words = alternation(self.numbers.words) or NEVER
        amount = rf"\d+|(?:{words})(?: (?:{words}))?"
        joiner = alternation(key(w) for w in data.get("ordinal_joiners", [])) or NEVER
        parts = explicit + [
            rf"(?P<od>{ordinal})(?: (?:{joiner}))? (?P<om>{month})(?: (?P<oy>(?:19|20)\d\d))?",
            # before the relative words: "la nuit de Noël" is a day, not "la nuit" in focus
            rf"(?P<fixed>{alternation(self.fixed_days) or NEVER})",
            r"(?P<n1>\d{1,4}) (?P<n2>[01]?\d) (?P<n3>\d{1,4})(?!\d)",
            r"(?P<iy>(?:19|20)\d\d) (?P<im>[01]\d)(?!\d)",
            rf"(?:{ago_before}) (?P<agon>{amount}) (?:{units})",
            rf"(?P<agom>{amount}) (?:{units}) (?:{ago_after})",
            rf"(?P<week>{alternation(self.weeks) or NEVER})",
            rf"(?P<mback>{alternation(self.months_back) or NEVER})",
            rf"(?P<vague>{vague})",
            rf"(?P<pub>{alternation(self.from_publication)})",
            rf"(?P<focus>{alternation(self.from_focus)})" if self.from_focus else NEVER,
            rf"(?:(?P<wpre>{modifier}) )?(?P<wd>{weekday})(?: (?P<wmod>{modifier}))?",
            rf"(?P<mo>{lone_month})(?: (?P<moy>(?:19|20)\d\d))?",
        ]
        return re.compile(r"(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?!\w)")

    def mentions(self, text: str, pauses: Sequence[int] = (),
                 starts: Iterable[int] | None = None) -> list[DateMention]:
        """The date expressions of a text; `pauses` (clause edges, in text offsets) bound
        how far back a since clause may open; `starts`, the openers already found."""
        found: list[DateMention] = []
        for m in self._pattern.finditer(text, starts):
            mention = self._mention(m)
            if mention is None or self._after_a_local_time(mention, text):
                continue
            if found and _names_same_day(found[-1], mention):
                # "hier vendredi", "overnight Thursday": one expression; the weekday is the
                # more precise of the two ("overnight" may have begun the day before).
                found[-1] = mention.copy(start=found[-1].start)
                continue
            if found and _names_same_day(mention, found[-1]):  # "Wednesday overnight"
                found[-1] = found[-1].copy(end=mention.end)
                continue
            if found and self._ends_a_night(found[-1], mention, text):
                found[-1] = mention.copy(start=found[-1].start)
                continue
            found.append(self._with_since(text, mention, pauses))
        for i in range(len(found) - 1):
            if self._ends_of_a_period(found[i], found[i + 1], text):
                found[i], found[i + 1] = found[i].copy(since=True), found[i + 1].copy(since=True)
        return found

    def _ends_of_a_period(self, first: DateMention, second: DateMention, text: str) -> bool:
        """"entre le 24 octobre et le 2 décembre", "between Oct. 24 and Dec. 2": the two ends
        of a period, read as start dates (a tally's since, never an event's day)."""
        between = text[first.end : second.start].split()
        if not between or len(between) > SPAN_GAP or between[0] not in self.span_joiners:
            return False
        return any(w in self.span_openers
                   for w in _words_before(text, first.start - 16, first.start, SPAN_GAP).split())

    def _after_a_local_time(self, mention: DateMention, text: str) -> bool:
        """"A environ 02H50 (23H50 GMT mercredi)": another zone's day, given after the local
        time, is not the day the report tells (its local day is told elsewhere). A lone
        "vers 01h30 GMT vendredi" still dates the event."""
        if mention.modifier != OTHER_ZONE:
            return False
        words = text[max(0, mention.start - 40) : mention.start].split()  # "GMT" opens the mention
        clocks = [i for i, w in enumerate(words) if self.clock.fullmatch(w)]
        return len(clocks) >= 2 and clocks[-1] == len(words) - 1

    def _ends_a_night(self, first: DateMention, second: DateMention, text: str) -> bool:
        """"la nuit de mercredi à jeudi", "overnight Saturday into Sunday": the second day."""
        if first.kind != "weekday" or second.kind != "weekday":
            return False
        if text[first.end : second.start].strip() not in self.night_joiners:
            return False
        # (the opener may stand inside the first mention: "overnight Saturday" is one)
        told = text[max(0, first.start - 16) : first.end].split()
        return any(" ".join(told[i:-1]) in self.night_openers for i in range(len(told) - 1))

    def _mention(self, m: re.Match[str]) -> DateMention | None:
        g = m.groupdict()
        s, e = m.start(), m.end()
        for i in range(4):
            if g.get(f"d{i}"):
                return self._explicit(s, e, g, i)
        if g["od"]:
            year = int(g["oy"]) if g["oy"] else None
            return DateMention(s, e, "explicit", day=self.ordinal_days[g["od"]],
                               month=self.months[g["om"]], year=year)
        if g["fixed"]:
            month, day = self.fixed_days[g["fixed"]]
            return DateMention(s, e, "explicit", day=day, month=month)
        if g["n1"]:
            return self._numeric(s, e, g["n1"], g["n2"], g["n3"])
        if g["iy"]:
            return DateMention(s, e, "month", month=int(g["im"]), year=int(g["iy"]), numeric=True)
        if g["agon"] or g["agom"]:
            n = _int_or_words(g["agon"] or g["agom"], self.numbers)
            return DateMention(s, e, "ago", offset=-n) if n is not None else DateMention(s, e, "vague")
        if g["week"]:
            first, last = self.weeks[g["week"]]
            return DateMention(s, e, "week", offset=first, until=last)
        if g["mback"]:
            return DateMention(s, e, "months_back", offset=self.months_back[g["mback"]])
        if g["vague"]:
            return DateMention(s, e, "vague")
        if g["pub"]:
            return DateMention(s, e, "publication", offset=self.from_publication[g["pub"]])
        if g.get("focus"):
            return DateMention(s, e, "focus", offset=self.from_focus[g["focus"]])
        if g["wd"]:
            word = g["wmod"] or g["wpre"]
            modifier = self.modifiers.get(word) if word else None
            return DateMention(s, e, "weekday", weekday=self.weekdays[g["wd"]], modifier=modifier)
        year = int(g["moy"]) if g["moy"] else None
        return DateMention(s, e, "month", month=self.months[g["mo"]], year=year)

    def _numeric(self, s: int, e: int, *numbers: str) -> DateMention | None:
        """2024-01-08 always; 8-1-2024 or 1-8-2024 as the pack's numeric_order says."""
        values = [int(n) for n in numbers]
        if len(numbers[0]) == 4:
            year, month, day = values
        elif self.numeric_order == "mdy":
            month, day, year = values
        else:
            day, month, year = values
        if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMention(s, e, "explicit", day=day, month=month, year=year, numeric=True)

    def _explicit(self, s: int, e: int, g: dict, i: int) -> DateMention | None:
        day = int(g[f"d{i}"])
        if not 1 <= day <= 31:
            return None
        weekday = self.weekdays.get(g[f"w{i}"]) if g.get(f"w{i}") else None
        year = int(g[f"y{i}"]) if g.get(f"y{i}") else None
        return DateMention(s, e, "explicit", day=day, month=self.months[g[f"m{i}"]], year=year,
                           weekday=weekday)

    def _with_since(self, text: str, mention: DateMention, pauses: Sequence[int]) -> DateMention:
        window = _words_before(text, mention.start - 30, mention.start, 3).strip()
        if any(w in window.split() or window.endswith(w) for w in self.since_words):
            return mention.copy(since=True)
        # "since the beginning of the Israel-Hamas war on Oct. 7": the war's start, not an
        # attack; not past a comma ("Depuis le début de l'année, ... a revendiqué le 5 mars")
        edge = pauses[bisect_left(pauses, mention.start) - 1] if pauses and pauses[0] < mention.start else 0
        wider = _words_before(text, max(edge, mention.start - 90), mention.start, OPENING_REACH)
        if any(f" {w} " in wider for w in self.since_openings):
            return mention.copy(since=True)
        # "since attacks on US forces escalated on October 17": a clause opened by "since"
        # that ends in the date, with no comma between (a comma closes the since clause:
        # "since Oct. 17, forces were attacked 66 times, including on Jan. 4").
        clause = _words_before(text, max(edge, mention.start - 120), mention.start, OPENING_REACH)
        if any(f" {w} " in clause for w in self.since_clauses):
            return mention.copy(since=True)
        return mention


def resolve(mention: DateMention, anchor: Anchor, focus: ResolvedDate | None = None) -> ResolvedDate:
    """The calendar date a mention points to, never after publication."""
    kind = mention.kind
    if kind == "explicit":
        return _explicit_date(mention, anchor)
    if kind == "month":
        return _month_date(mention, anchor)
    if kind in ("publication", "ago"):
        return _shifted(anchor, mention.offset)
    if kind == "weekday":
        return _weekday_date(mention, anchor)
    if kind == "focus" and focus and focus.as_date:
        return _day(focus.as_date + timedelta(days=mention.offset))
    if kind == "focus" and mention.offset < 0 and anchor.day:
        # "La veille, des groupes ont attaqué trois bases" with no day told before: the
        # day before the report's, as a reader of the morning paper takes it
        return _shifted(anchor, mention.offset)
    if kind == "week" and anchor.day:
        return _month_holding(anchor.day - timedelta(days=mention.until),
                              anchor.day - timedelta(days=mention.offset))
    if kind == "months_back" and anchor.month:
        y, m = anchor.month
        m -= mention.offset
        y, m = (y - 1, m + 12) if m < 1 else (y, m)
        return ResolvedDate(f"{y:04d}-{m:02d}", DatePrecision.MONTH)
    return UNKNOWN


def _month_holding(first: date, last: date) -> ResolvedDate:
    """The month a span of days falls in, when it falls in one."""
    if (first.year, first.month) != (last.year, last.month):
        return UNKNOWN
    return ResolvedDate(f"{first.year:04d}-{first.month:02d}", DatePrecision.MONTH)


def _explicit_date(m: DateMention, anchor: Anchor) -> ResolvedDate:
    latest = anchor.latest
    if m.month is None or m.day is None:
        return UNKNOWN
    if m.year:
        return _safe_day(m.year, m.month, m.day)
    if latest is None:
        return UNKNOWN
    for year in (latest.year, latest.year - 1):
        candidate = _safe_day(year, m.month, m.day)
        if candidate.as_date and candidate.as_date <= latest:
            return candidate
    return UNKNOWN


def _month_date(m: DateMention, anchor: Anchor) -> ResolvedDate:
    latest = anchor.latest
    if m.month is None:
        return UNKNOWN
    year = m.year or (latest.year if latest and m.month <= latest.month else
                      latest.year - 1 if latest else None)
    return ResolvedDate(f"{year:04d}-{m.month:02d}", DatePrecision.MONTH) if year else UNKNOWN


def _shifted(anchor: Anchor, offset: int) -> ResolvedDate:
    if anchor.day:
        return _day(anchor.day + timedelta(days=offset))
    return _publication_month(anchor)


def _weekday_date(m: DateMention, anchor: Anchor) -> ResolvedDate:
    if m.modifier == "future" or m.weekday is None:
        return UNKNOWN
    if not anchor.day:
        return _publication_month(anchor)
    back = (anchor.day.weekday() - m.weekday) % 7
    if back == 0 and m.modifier == "past":
        back = 7
    return _day(anchor.day - timedelta(days=back))


def _publication_month(anchor: Anchor) -> ResolvedDate:
    if anchor.month:
        y, mo = anchor.month
        return ResolvedDate(f"{y:04d}-{mo:02d}", DatePrecision.MONTH)
    return UNKNOWN


def _safe_day(year: int, month: int, day: int) -> ResolvedDate:
    try:
        return _day(date(year, month, day))
    except ValueError:
        return UNKNOWN


def _day(d: date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), DatePrecision.DAY)


def _int_or_words(phrase: str, numbers: NumberReader) -> int | None:
    return int(phrase) if phrase.isdigit() else numbers.words_value(phrase)


def _words_before(text: str, start: int, end: int, count: int) -> str:
    """The last `count` words of text[start:end], padded with a space each side."""
    return f" {' '.join(text[max(0, start) : end].split()[-count:])} "


def _names_same_day(day_word: DateMention, weekday: DateMention) -> bool:
    """A day word and a weekday side by side, in either order ("hier vendredi",
    "Wednesday overnight")."""
    return (day_word.kind in ("publication", "focus") and weekday.kind == "weekday"
            and (0 <= weekday.start - day_word.end <= 1 or 0 <= day_word.start - weekday.end <= 1))



