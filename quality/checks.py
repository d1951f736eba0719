"""The machine's quality report on one offer: what a newcomer needs, valid contact details, and
whether the Dutch is plain.

``quality_report(offer_or_data)`` takes an ``OfferPage`` (saved or not, a revision's object too),
a ``Proposal`` or a plain dict of offer fields (an import row), and returns a ``QualityReport``:

- ``blocking``: problems that stop a submission for review (and an import row);
- ``warnings``: problems a reviewer should see, which do not block;
- ``score``: 0–100 (100 = nothing to improve).

No network: the word frequencies come from ``wordfreq``'s bundled Dutch list."""

import datetime
import html
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import gettext as _

# Plain-language limits (Dutch, B1-ish writing guidance for newcomers).
MAX_AVERAGE_SENTENCE_WORDS = 15
LONG_SENTENCE_WORDS = 20
LONG_WORD_LETTERS = 13
MAX_LONG_WORD_SHARE = 0.10
RARE_WORD_ZIPF = 3.0  # below: fewer than about 1 in a million words
MAX_RARE_WORD_SHARE = 0.12
MIN_TEXT_WORDS = 8
PHONE_PATTERN = re.compile(r"^\+?[0-9 ./()-]{6,20}$")
# Points taken off the score.
BLOCKING_PENALTY = 25
WARNING_PENALTY = 8

FIELDS = (
    "title",
    "summary",
    "description",
    "dutch_level",
    "contact_email",
    "contact_phone",
    "contact_url",
    "join_instructions",
    "start_date",
    "end_date",
    "hours_per_week",
    "hours_total",
    "duration_weeks",
    "weekday_daytime",
    "evening",
    "weekend",
    "is_online",
    "address",
    "postcode",
    "place",
    "image",
    "image_id",
    "image_alt_text",
)


@dataclass
class Problem:
    field: str
    message: str

    def __str__(self):
        return self.message


@dataclass
class PlainLanguage:
    sentences: int = 0
    words: int = 0
    average_sentence_words: float = 0.0
    long_word_share: float = 0.0
    rare_word_share: float = 0.0
    score: int = 100
    hints: list[str] = field(default_factory=list)


@dataclass
class QualityReport:
    blocking: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    plain_language: PlainLanguage = field(default_factory=PlainLanguage)

    @property
    def score(self) -> int:
        penalty = BLOCKING_PENALTY * len(self.blocking) + WARNING_PENALTY * len(self.warnings)
        return max(0, min(100, 100 - penalty))

    @property
    def is_complete(self) -> bool:
        return not self.blocking

    def messages(self) -> list[str]:
        return [problem.message for problem in self.blocking + self.warnings]


def _values(offer_or_data) -> dict:
    if isinstance(offer_or_data, dict):
        values = dict(offer_or_data)
    else:
        values = {name: getattr(offer_or_data, name, None) for name in FIELDS if hasattr(offer_or_data, name)}
        if "image_id" in values:
            values["image"] = values.get("image_id")
    return values


def plain_text(text: str) -> str:
    """Rich text (HTML) to plain text with sentence breaks at paragraphs and list items."""
    text = re.sub(r"</(p|li|h[1-6])>|<br\s*/?>", ". ", text or "", flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


SENTENCE_END = re.compile(r"(?<=[.!?])\s+|[.!?]+$|\.\s*\.")
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)


def sentences_of(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+", text)
    return [part.strip(" .") for part in parts if WORD.search(part or "")]


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl")


def plain_language(text: str) -> PlainLanguage:
    """Sentence length, long words and rare words of a Dutch text, with concrete hints."""
    result = PlainLanguage()
    sentences = sentences_of(plain_text(text))
    words_per_sentence = [WORD.findall(sentence) for sentence in sentences]
    words = [word for sentence_words in words_per_sentence for word in sentence_words]
    result.sentences, result.words = len(sentences), len(words)
    if not words:
        return result
    result.average_sentence_words = round(len(words) / len(sentences), 1)
    long_words = [word for word in words if len(word) >= LONG_WORD_LETTERS]
    rare_words = [word for word in words if not word[0].isupper() and _zipf(word.lower()) < RARE_WORD_ZIPF]
    result.long_word_share = round(len(long_words) / len(words), 3)
    result.rare_word_share = round(len(rare_words) / len(words), 3)

    for number, sentence_words in enumerate(words_per_sentence, start=1):
        if len(sentence_words) > LONG_SENTENCE_WORDS:
            result.hints.append(
                _("Sentence %(number)s has %(count)s words: split it into shorter sentences.")
                % {"number": number, "count": len(sentence_words)}
            )
    if result.average_sentence_words > MAX_AVERAGE_SENTENCE_WORDS:
        result.hints.append(
            _("Sentences have %(average)s words on average; aim for at most %(limit)s.")
            % {"average": result.average_sentence_words, "limit": MAX_AVERAGE_SENTENCE_WORDS}
        )
    if len(words) >= MIN_TEXT_WORDS and result.long_word_share > MAX_LONG_WORD_SHARE:
        result.hints.append(
            _("Many long words (%(share)s%%), for example: %(examples)s.")
            % {"share": round(result.long_word_share * 100), "examples": ", ".join(dict.fromkeys(long_words[:3]))}
        )
    if len(words) >= MIN_TEXT_WORDS and result.rare_word_share > MAX_RARE_WORD_SHARE:
        result.hints.append(
            _("Many rare words (%(share)s%%); use everyday words instead of: %(examples)s.")
            % {"share": round(result.rare_word_share * 100), "examples": ", ".join(dict.fromkeys(rare_words[:3]))}
        )
    # 100 for plain text, lower for each measure above its limit.
    score = 100.0
    score -= max(0.0, result.average_sentence_words - MAX_AVERAGE_SENTENCE_WORDS) * 4
    score -= max(0.0, result.long_word_share - MAX_LONG_WORD_SHARE) * 200
    score -= max(0.0, result.rare_word_share - MAX_RARE_WORD_SHARE) * 200
    score -= 5 * sum(1 for sentence_words in words_per_sentence if len(sentence_words) > LONG_SENTENCE_WORDS)
    result.score = max(0, min(100, round(score)))
    return result


def _valid(validator, value) -> bool:
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def _as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def quality_report(offer_or_data, *, today: datetime.date | None = None) -> QualityReport:
    """The quality report of an offer, a proposal or a dict of offer fields."""
    values = _values(offer_or_data)
    today = today or datetime.date.today()
    report = QualityReport()
    block = lambda name, message: report.blocking.append(Problem(name, message))  # noqa: E731
    warn = lambda name, message: report.warnings.append(Problem(name, message))  # noqa: E731

    # What a newcomer needs to decide and to join.
    if not (values.get("summary") or "").strip():
        block("summary", _("Add a summary: one sentence in plain Dutch."))
    email = (values.get("contact_email") or "").strip()
    phone = (values.get("contact_phone") or "").strip()
    url = (values.get("contact_url") or "").strip()
    working = []
    if email:
        if _valid(EmailValidator(), email):
            working.append("email")
        else:
            block("contact_email", _("The e-mail address %(value)s is not valid.") % {"value": email})
    if phone:
        if PHONE_PATTERN.match(phone):
            working.append("phone")
        else:
            block("contact_phone", _("The phone number %(value)s is not valid.") % {"value": phone})
    if url:
        if _valid(URLValidator(schemes=["http", "https"]), url):
            working.append("url")
        else:
            block("contact_url", _("The web address %(value)s is not valid.") % {"value": url})
    if not working:
        block("contact_email", _("Give at least one working way to join: e-mail, phone or website."))
    if values.get("dutch_level") in (None, ""):
        block("dutch_level", _("Choose the Dutch level (taaliconen)."))
    has_time = any(values.get(name) for name in ("weekday_daytime", "evening", "weekend", "start_date"))
    has_time = has_time or any(values.get(name) not in (None, "") for name in ("hours_per_week", "hours_total"))
    if not has_time:
        block("weekday_daytime", _("Say when it takes place: day parts, a start date or hours."))
    if not values.get("is_online") and not ((values.get("address") or "").strip() or values.get("postcode")):
        block("address", _("Give an address and postcode, or say it is online."))
    if values.get("image") and not (values.get("image_alt_text") or "").strip():
        block("image_alt_text", _("Describe the image for people who cannot see it (alt text)."))
    end_date = _as_date(values.get("end_date"))
    if end_date and end_date < today:
        block("end_date", _("The end date %(date)s is in the past.") % {"date": end_date.isoformat()})

    # Useful, not required.
    if not (values.get("join_instructions") or "").strip():
        warn("join_instructions", _("Explain how to join in one or two short sentences."))
    if not (values.get("place") or "").strip() and not values.get("is_online"):
        warn("place", _("Add the place (town or village)."))

    # Plain Dutch: the summary and the description together.
    text = ". ".join(
        part for part in (values.get("summary") or "", plain_text(values.get("description") or "")) if part
    )
    report.plain_language = plain_language(text)
    if report.plain_language.words and report.plain_language.words < MIN_TEXT_WORDS:
        warn("description", _("The description is very short: say what happens and who is welcome."))
    for hint in report.plain_language.hints:
        warn("description", hint)
    return report
