"""Turn the demo content into organisation and offer specifications.

Pure Python, no database: the same seed always gives the same organisations and offers, so
``seed_demo`` can compare them with what exists and a second run creates nothing."""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.text import slugify

from .content import ORGANISATION_DESCRIPTIONS, PEOPLE, PLACES, Org, Place
from .templates import ACTIVITIES, ALL_CRITERIA, Activity

SEED = 2023
YEAR = 2027  # start, end and review dates all fall in this year (never in the past)

# Order of ContactLanguage, to store the codes in a stable order.
LANGUAGE_ORDER = ("en", "fr", "ar", "uk", "ru", "tr", "prs", "ps", "ti", "so", "es", "de")

DAY_NAMES = {
    "day": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"),
    "evening": ("maandag", "dinsdag", "woensdag", "donderdag"),
    "weekend": ("zaterdag", "zondag"),
}
START_MINUTES = {"day": (540, 570, 600, 810, 840), "evening": (1110, 1140, 1170), "weekend": (600, 840)}
START_OVERRIDES = {"huiswerkbegeleiding": {"day": (930,)}, "oudercafe": {"day": (525,)}}
PART_WORDS = {"day": "overdag", "evening": "'s avonds", "weekend": "in het weekend"}
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MOBILE_PREFIXES = ("0470", "0472", "0473", "0475", "0476", "0478", "0484", "0485", "0486", "0488", "0494", "0496")

JOIN_TEXTS = {
    "phone": (
        "Bel naar {first}. {pron} maakt een afspraak met jou.",
        "Bel naar {first} en zeg dat je wilt meedoen. {pron} vertelt je wanneer je kan komen.",
    ),
    "email": ("Stuur een e-mail naar {first}. Schrijf je naam en je telefoonnummer. {pron} belt je terug.",),
    "form": (
        "Schrijf je in via de website. {first} belt je binnen een week.",
        "Vul het formulier in op de website. Daarna neemt {first} contact met je op.",
    ),
    "walkin": (
        "Kom gewoon langs. Je hoeft je niet vooraf in te schrijven. Vraag naar {first}.",
        "Je bent welkom zonder afspraak. Zeg aan de deur dat je {first} zoekt.",
    ),
    "walkin-outdoor": ("Je hoeft je niet in te schrijven. Kom gewoon naar het vertrekpunt en vraag naar {first}.",),
    "trajectbegeleider": ("Je trajectbegeleider kan je aanmelden. Je kan ook zelf bellen naar {first}.",),
    "intake": ("Eerst is er een kennismakingsgesprek met {first}. Bel of mail voor een afspraak.",),
}
JOIN_CHANNELS = {
    "phone": ("phone",),
    "email": ("email",),
    "form": ("url",),
    "walkin": (),
    "trajectbegeleider": ("phone",),
    "intake": ("phone", "email"),
}
ACCOMPANY_TEXTS = (
    "De eerste keer kan iemand van {org} met je meegaan.",
    "Wil je niet alleen komen? {first} kan de eerste keer met je meegaan.",
)
MISSING_NOTES = {
    "signs_proof_of_participation": (
        "Let op: {org} tekent geen bewijs van deelname. Vraag aan je trajectbegeleider of deze activiteit "
        "meetelt voor je 40 uur."
    ),
    "in_duo_or_group": "Let op: je werkt hier meestal alleen.",
    "dutch_language_context": "Let op: in deze groep spreken de mensen vaak Engels of Frans.",
    "new_contacts": "Let op: het is een kleine groep die elkaar al lang kent.",
}
LASTING_NOTES = {
    True: "Let op: het is een korte activiteit. Je ziet de andere mensen maar een paar keer.",
    False: "Let op: de groep is elke keer anders. Het is moeilijk om de mensen beter te leren kennen.",
}


@dataclass(frozen=True)
class OrganisationSpec:
    name: str
    municipality: str
    kind: str
    description: str
    website: str
    email: str
    phone: str
    address: str
    postcode: str
    place: str

    @property
    def domain(self) -> str:
        return self.website.removeprefix("https://www.")


@dataclass
class OfferSpec:
    municipality: str
    organisation: str
    goals: tuple[str, ...]
    also_serves: tuple[str, ...]
    fields: dict = field(default_factory=dict)  # keyword arguments for OfferPage

    @property
    def slug(self) -> str:
        return self.fields["slug"]


# --- small helpers ---------------------------------------------------------------------------


def landline(rng: random.Random, zone: str) -> str:
    if len(zone) == 2:  # 02, 03, 09: seven digits follow
        return f"{zone} {rng.randint(200, 899)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"{zone} {rng.randint(20, 89)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def clock(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}" if rest == 0 else f"{hours}.{rest:02d}"


def long_date(day: datetime.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def join_words(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def join_or(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " of " + words[-1]


def paragraph(text: str) -> str:
    return "<p>" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>"


def weighted_level(rng: random.Random, levels: tuple[int, ...]) -> int:
    weights = [0.6**index for index in range(len(levels))]
    return rng.choices(levels, weights=weights)[0]


def monday(week: int) -> datetime.date:
    """The Monday of week ``week`` of YEAR (4 January 2027 is a Monday)."""
    return datetime.date(YEAR, 1, 4) + datetime.timedelta(weeks=week)


def hours_decimal(value: float) -> Decimal:
    return Decimal(str(round(value, 1)))


# --- organisations ---------------------------------------------------------------------------


def organisation_spec(rng: random.Random, place: Place, org: Org) -> OrganisationSpec:
    domain = slugify(org.name) + ".be"
    description = rng.choice(ORGANISATION_DESCRIPTIONS[org.kind]).format(place=place.name, wijk=org.wijk)
    return OrganisationSpec(
        name=org.name,
        municipality=place.name,
        kind=org.kind,
        description=description,
        website=f"https://www.{domain}",
        email=f"{rng.choice(('info', 'contact', 'hallo', 'welkom'))}@{domain}",
        phone=landline(rng, place.phone_zone),
        address=org.address,
        postcode=org.postcode,
        place=place.name,
    )


def build_organisations() -> list[OrganisationSpec]:
    rng = random.Random(f"{SEED}-organisations")
    return [organisation_spec(rng, place, org) for place in PLACES for org in place.organisations]


# --- offers ----------------------------------------------------------------------------------


def eligible_activities(place: Place) -> list[Activity]:
    kinds = {org.kind for org in place.organisations}
    return [
        activity
        for activity in ACTIVITIES
        if (not activity.only_in or place.name in activity.only_in) and any(kind in kinds for kind in activity.kinds)
    ]


class OfferBuilder:
    """Builds the offers of one municipality; keeps their slugs unique."""

    def __init__(self, rng: random.Random, place: Place, organisations: dict[str, OrganisationSpec]):
        self.rng = rng
        self.place = place
        self.organisations = organisations
        self.by_kind: dict[str, list[Org]] = {}
        for org in place.organisations:
            self.by_kind.setdefault(org.kind, []).append(org)
        self.slugs: set[str] = set()

    def build(self) -> list[OfferSpec]:
        eligible = eligible_activities(self.place)
        chosen = self.rng.sample(eligible, min(self.place.offers, len(eligible)))
        while len(chosen) < self.place.offers:
            chosen.append(self.rng.choice(eligible))
        return [self.offer(activity) for activity in chosen]

    # -- parts of one offer --

    def pick_organisation(self, activity: Activity) -> Org:
        kinds = [kind for kind in activity.kinds if kind in self.by_kind]
        kind = kinds[0] if self.rng.random() < 0.75 else self.rng.choice(kinds)
        return self.rng.choice(self.by_kind[kind])

    def unique_title(self, activity: Activity, values: dict, wijk: str) -> tuple[str, str]:
        titles = [title.format(**values) for title in activity.titles]
        first = self.rng.choice(titles)
        candidates = [first] + [title for title in titles if title != first]
        candidates += [f"{title} in {wijk}" for title in candidates if "{wijk}" not in title]
        candidates += [f"{first} ({values['org']})"]
        candidates += [f"{first} ({number})" for number in range(2, 20)]
        for title in candidates:
            slug = slugify(title)
            if slug not in self.slugs:
                self.slugs.add(slug)
                return title, slug
        raise ValueError(f"No unique title for {activity.key} in {self.place.name}")

    def pick_parts(self, activity: Activity) -> list[str]:
        if activity.frequency == "flexible" or activity.length == "event" or activity.key == "festival":
            parts = list(activity.parts)
            if len(parts) == 3 and self.rng.random() < 0.3:
                parts.remove(self.rng.choice(parts))
            return parts
        if len(activity.parts) == 1 or self.rng.random() < 0.8:
            return [self.rng.choice(activity.parts)]
        return self.rng.sample(list(activity.parts), 2)

    def session(self, activity: Activity, part: str) -> str:
        day = self.rng.choice(DAY_NAMES[part])
        starts = START_OVERRIDES.get(activity.key, {}).get(part, START_MINUTES[part])
        start = self.rng.choice(starts)
        end = start + int(activity.hours * 60)
        times = f"van {clock(start)} tot {clock(end)} uur"
        if activity.frequency == "biweekly":
            return f"om de twee weken op {day}, {times}"
        if activity.frequency == "monthly":
            return f"elke eerste {day} van de maand, {times}"
        return f"elke {day} {times}"

    def schedule(self, activity: Activity, parts: list[str]) -> tuple[str, float | None]:
        """The sentence that says when, and the hours per week."""
        hours = activity.hours
        if activity.frequency == "flexible":
            moments = join_or([PART_WORDS[part] for part in parts])
            if activity.offer_type == "buddy":
                return (
                    f"Jullie spreken ongeveer {clock(int(hours * 60))} uur per week af. Wanneer? Dat kiezen "
                    f"jullie samen: {moments}.",
                    hours,
                )
            return f"Je kiest zelf wanneer: {moments}. Reken op ongeveer {clock(int(hours * 60))} uur per week.", hours
        if activity.frequency == "workdays":
            if activity.length == "summer":
                return "Je werkt van maandag tot vrijdag, van 9 tot 16 uur.", 5 * hours
            days = self.rng.choice((2, 3))
            if hours <= 4:
                return f"Je werkt {days} halve dagen per week, van 9 tot 13 uur.", days * hours
            return f"Je werkt {days} dagen per week, van 9 tot 16 uur, met een middagpauze.", days * hours
        if activity.length == "event":
            return "", None
        if activity.key == "festival":
            return "Je kiest zelf op welke dagen je helpt. Een dienst duurt ongeveer 5 uur.", None
        sessions = [self.session(activity, part) for part in parts]
        if len(sessions) == 1:
            sentence = sessions[0][0].upper() + sessions[0][1:] + "."
        else:
            sentence = f"Er zijn twee groepen. Je kiest zelf: {sessions[0]} of {sessions[1]}."
        factor = {"weekly": 1, "biweekly": 0.5, "monthly": 0.25}[activity.frequency]
        return sentence, max(hours * factor, 0.5)

    def dates(self, activity: Activity, hours_per_week: float | None) -> dict:
        """Start and end date, duration and total hours, and a sentence about them."""
        rng = self.rng
        result = {"start_date": None, "end_date": None, "duration_weeks": None, "hours_total": None, "text": ""}
        if activity.length == "ongoing":
            if rng.random() < activity.commitment:
                months = rng.choice((3, 6))
                weeks = 13 if months == 3 else 26
                result.update(duration_weeks=weeks, hours_total=round(hours_per_week * weeks))
                result["text"] = f"Je engageert je voor minstens {months} maanden."
            elif rng.random() < 0.12:
                start = datetime.date(YEAR, rng.randint(1, 4), 1)
                result.update(start_date=start)
                result["text"] = f"Deze activiteit is nieuw. Ze start in {MONTHS[start.month - 1]} {YEAR}."
        elif activity.length == "course":
            weeks = rng.randint(*activity.weeks)
            start = monday(rng.randint(1, 48 - weeks))
            end = start + datetime.timedelta(weeks=weeks, days=-3)
            result.update(
                start_date=start, end_date=end, duration_weeks=weeks, hours_total=round(hours_per_week * weeks)
            )
            result["text"] = f"De reeks start in de week van {long_date(start)} en duurt {weeks} weken."
        elif activity.length == "buddy":
            weeks = rng.randint(*activity.weeks)
            result.update(duration_weeks=weeks, hours_total=round(hours_per_week * weeks))
            result["text"] = f"Het buddyproject duurt ongeveer {round(weeks / 4.33)} maanden."
        elif activity.length == "internship":
            weeks = rng.randint(*activity.weeks)
            result.update(duration_weeks=weeks, hours_total=round(hours_per_week * weeks))
            if rng.random() < 0.6:
                start = monday(rng.randint(1, 46 - weeks))
                result.update(start_date=start, end_date=start + datetime.timedelta(weeks=weeks, days=-3))
                result["text"] = f"De stage start op {long_date(start)} en duurt {weeks} weken."
            else:
                result["text"] = f"De stage duurt {weeks} weken. Je kiest samen met je begeleider wanneer je start."
        elif activity.length == "event":
            weeks = rng.randint(*activity.weeks)
            party = monday(rng.randint(18, 36)) + datetime.timedelta(days=5)  # a Saturday, May to September
            meetings = rng.choice((3, 4))
            total = rng.choice((12, 15, 16, 20))
            result.update(
                start_date=party - datetime.timedelta(weeks=weeks, days=5),
                end_date=party,
                duration_weeks=weeks,
                hours_total=total,
            )
            result["text"] = (
                f"Het feest is op zaterdag {long_date(party)}. Vooraf komen jullie {meetings} keer samen op een avond."
            )
        elif activity.length == "summer":
            if activity.key == "festival":
                start, end = datetime.date(YEAR, 6, 1), datetime.date(YEAR, 8, 31)
                result["text"] = f"De festivals zijn in juni, juli en augustus {YEAR}."
            else:
                start, end = datetime.date(YEAR, 7, 5), datetime.date(YEAR, 8, 27)
                result["text"] = f"Van {start.day} juli tot {end.day} augustus {YEAR}."
            result.update(start_date=start, end_date=end, duration_weeks=round((end - start).days / 7))
        return result

    def contact_languages(self) -> list[str]:
        rng = self.rng
        count = rng.choices((0, 1, 2, 3), weights=(20, 35, 30, 15))[0]
        pool = list(self.place.languages)
        chosen = []
        for _ in range(min(count, len(pool))):
            pick = rng.choices(pool, weights=[1 / (index + 1) for index in range(len(pool))])[0]
            pool.remove(pick)
            chosen.append(pick)
        return sorted(chosen, key=LANGUAGE_ORDER.index)

    def also_serves(self, online: bool, org: Org) -> tuple[str, ...]:
        rng = self.rng
        neighbours = list(self.place.neighbours)
        if online:
            count = min(len(neighbours), rng.randint(2, 4))
        elif org.kind == "buddy" and rng.random() < 0.3:
            count = rng.randint(1, 2)
        elif rng.random() < 0.04:
            count = rng.randint(1, 2)
        else:
            return ()
        return tuple(sorted(rng.sample(neighbours, count)))

    def contact(self, activity: Activity, org: Org, online: bool, outdoor: bool) -> dict:
        rng = self.rng
        organisation = self.organisations[org.name]
        first, last, gender = rng.choice(PEOPLE)
        joins = [
            join
            for join in activity.joins
            if not (join == "walkin" and (online or activity.length != "ongoing" or activity.frequency == "flexible"))
        ] or ["phone"]
        join = rng.choice(joins)
        channels = set(JOIN_CHANNELS[join])
        for channel in ("phone", "email", "url"):
            if rng.random() < 0.45:
                channels.add(channel)
        if not channels:
            channels.add("phone")
        phone = mobile(rng) if org.kind == "buddy" or rng.random() < 0.3 else organisation.phone
        path = rng.choice(("doe-mee", "inschrijven", "aanbod", "activiteiten"))
        text_key = "walkin-outdoor" if join == "walkin" and outdoor else join
        values = {"first": first, "pron": "Ze" if gender == "f" else "Hij", "org": org.name}
        instructions = [rng.choice(JOIN_TEXTS[text_key]).format(**values)]
        accompany = not online and rng.random() < activity.accompany
        if accompany:
            instructions.append(rng.choice(ACCOMPANY_TEXTS).format(**values))
        return {
            "contact_name": f"{first} {last}",
            "contact_email": f"{slugify(first)}@{organisation.domain}" if "email" in channels else "",
            "contact_phone": phone if "phone" in channels else "",
            "contact_url": f"{organisation.website}/{path}" if "url" in channels else "",
            "join_instructions": " ".join(instructions),
            "can_accompany_first_time": accompany,
        }

    def offer(self, activity: Activity) -> OfferSpec:
        rng = self.rng
        place = self.place
        org = self.pick_organisation(activity)
        online = rng.random() < activity.online
        if online:
            address, postcode, wijk = "", "", org.wijk
        elif activity.outdoor:
            address, postcode, wijk = rng.choice(place.meeting_points)
        else:
            address, postcode, wijk = org.address, org.postcode, org.wijk
        values = {"org": org.name, "place": place.name, "wijk": wijk}
        title, slug = self.unique_title(activity, values, wijk)

        parts = self.pick_parts(activity)
        when, hours_per_week = self.schedule(activity, parts)
        dates = self.dates(activity, hours_per_week)
        if activity.length == "event":
            hours_per_week = round(dates["hours_total"] / dates["duration_weeks"], 1)

        criteria = dict.fromkeys(ALL_CRITERIA, True)
        notes = []
        if rng.random() < activity.miss_chance:
            missing = rng.choice(activity.may_miss)
            criteria[missing] = False
            if missing == "lasting_contacts":
                notes.append(LASTING_NOTES[activity.length != "ongoing"])
            else:
                notes.append(MISSING_NOTES[missing].format(**values))

        also_serves = self.also_serves(online, org)
        paragraphs = [text.format(**values) for text in activity.paragraphs]
        paragraphs.append(" ".join(text for text in (dates["text"], when) if text))
        if online:
            paragraphs.append("Je doet mee van thuis uit, via een videogesprek. Je krijgt de link per e-mail.")
        elif activity.outdoor:
            paragraphs.append(f"Het vertrekpunt is: {address}.")
        if also_serves:
            paragraphs.append(f"Ook voor mensen uit {join_words(list(also_serves))}.")
        paragraphs += notes

        status_roll = rng.random()
        status = "full" if status_roll < 0.05 else "paused" if status_roll < 0.10 else "open"
        is_free = not (activity.costs and rng.random() < activity.cost_chance)
        fields = {
            "title": title,
            "slug": slug,
            "offer_type": activity.offer_type,
            "summary": activity.summary.format(**values),
            "description": "".join(paragraph(text) for text in paragraphs),
            "status": status,
            "dutch_level": weighted_level(rng, activity.levels),
            "contact_languages": self.contact_languages(),
            **criteria,
            "hours_per_week": hours_decimal(hours_per_week) if hours_per_week is not None else None,
            "hours_total": dates["hours_total"],
            "duration_weeks": dates["duration_weeks"],
            "start_date": dates["start_date"],
            "end_date": dates["end_date"],
            "weekday_daytime": "day" in parts,
            "evening": "evening" in parts,
            "weekend": "weekend" in parts,
            "is_online": online,
            "address": address,
            "postcode": postcode,
            "place": "" if online else place.name,
            "is_free": is_free,
            "cost_description": "" if is_free else rng.choice(activity.costs),
            "has_childcare": rng.random() < activity.childcare,
            "is_child_friendly": rng.random() < activity.child_friendly,
            "is_wheelchair_accessible": not online and rng.random() < (0.3 if activity.outdoor else 0.6),
            **self.contact(activity, org, online, activity.outdoor),
            "review_by": datetime.date(YEAR, 1, 4) + datetime.timedelta(days=rng.randrange(0, 340)),
        }
        goal_count = rng.choice((1, 2, 2, 3, 3))
        goals = activity.goals[:goal_count]
        return OfferSpec(
            municipality=place.name, organisation=org.name, goals=goals, also_serves=also_serves, fields=fields
        )


def build_offers(organisations: list[OrganisationSpec] | None = None) -> list[OfferSpec]:
    by_name = {spec.name: spec for spec in organisations or build_organisations()}
    rng = random.Random(SEED)
    offers = []
    for place in PLACES:
        offers += OfferBuilder(rng, place, by_name).build()
    return offers
