"""Bulk-load the benchmark's offers: thousands of OfferPages under the municipality pages.

The bulk path (see docs/benchmark.md): treebeard paths are built by hand, the wagtailcore_page
rows are inserted with ``bulk_create`` and the offers_offerpage rows one by one with
``save_base(raw=True, force_insert=True)`` (``bulk_create`` refuses multi-table inheritance),
one transaction per municipality. It skips revisions, log entries, signals, validation, the
search index and the reference index: right for a benchmark data set, wrong for content people
edit. Run ``manage.py fixtree`` and ``manage.py update_index`` afterwards (bench/run.py does).

Only for the benchmark database: the command refuses to run under any other settings."""

import datetime
import random
import time
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page

from municipalities.models import Municipality
from offers.choices import ContactLanguage, DutchLevel, Goal, OfferStatus, OfferType
from offers.models import MunicipalityPage, OfferPage, Organisation

try:
    from workflows.freshness import default_review_by, expiry_for
except ImportError:  # the publishing flow's derived dates, if that app is not there

    def default_review_by(published_at):
        return (published_at + datetime.timedelta(days=182)).date()

    def expiry_for(end_date):
        return None if end_date is None else timezone.make_aware(datetime.datetime.combine(end_date, datetime.time.max))


HAS_MUNICIPALITY_FIELD = any(f.name == "municipality" for f in OfferPage._meta.local_fields)
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEPLEN = 4
EXTERNAL_SOURCE = "bench"
FEATURED_MUNICIPALITY = "Gent"

# (offer type, title, summary) — plain Dutch, as editors would write them.
OFFER_TEMPLATES = [
    (OfferType.BUDDY, "Buddy voor een nieuwkomer", "Je spreekt elke week af met een buddy uit de buurt."),
    (OfferType.BUDDY, "Samen op stap met een buddy", "Samen met je buddy ontdek je de stad en oefen je Nederlands."),
    (OfferType.BUDDY, "Duoproject Nederlands", "Je praat met een vrijwilliger over wat je bezighoudt."),
    (
        OfferType.VOLUNTEER,
        "Vrijwilliger in het woonzorgcentrum",
        "Je drinkt koffie en speelt spelletjes met de bewoners.",
    ),
    (OfferType.VOLUNTEER, "Helpen in de sociale kruidenier", "Je vult rekken aan en helpt klanten in de winkel."),
    (OfferType.VOLUNTEER, "Vrijwilliger bij de voedselbank", "Je maakt samen met anderen voedselpakketten klaar."),
    (OfferType.VOLUNTEER, "Meehelpen in de kringwinkel", "Je sorteert spullen en helpt aan de kassa."),
    (OfferType.VOLUNTEER, "Vrijwilliger in de bibliotheek", "Je helpt bij voorleesuurtjes en zet boeken terug."),
    (OfferType.LANGUAGE_PRACTICE, "Taalcafé", "Je oefent Nederlands in een gezellig café, zonder les."),
    (OfferType.LANGUAGE_PRACTICE, "Praattafel Nederlands", "Je praat in een kleine groep over het nieuws van de week."),
    (OfferType.LANGUAGE_PRACTICE, "Wandelend Nederlands oefenen", "Je wandelt door de gemeente en praat onderweg."),
    (OfferType.LANGUAGE_PRACTICE, "Leesclub in makkelijk Nederlands", "Je leest een kort boek en praat erover."),
    (OfferType.LEISURE, "Samen koken", "Je kookt een gerecht uit je land en eet samen met de groep."),
    (OfferType.LEISURE, "Voetbal in de buurt", "Je speelt elke week voetbal met mensen uit de wijk."),
    (OfferType.LEISURE, "Moestuin in de wijk", "Je kweekt groenten in een gedeelde moestuin."),
    (OfferType.LEISURE, "Fietsles voor volwassenen", "Je leert fietsen in het verkeer, met een begeleider."),
    (OfferType.LEISURE, "Naaiatelier", "Je maakt en herstelt kleren samen met anderen."),
    (OfferType.LEISURE, "Wandelclub", "Je wandelt elke zondag mee met de wandelclub."),
    (OfferType.INTERNSHIP, "Stage bij de groendienst", "Je werkt een paar weken mee in de parken van de gemeente."),
    (OfferType.INTERNSHIP, "Meeloopdag in een bedrijf", "Je kijkt een dag mee in een bedrijf uit de buurt."),
    (OfferType.OTHER, "Repair café", "Je herstelt samen met vrijwilligers kapotte toestellen."),
    (OfferType.OTHER, "Buurtfeest mee organiseren", "Je helpt het jaarlijkse buurtfeest voorbereiden."),
]
ORGANISATION_KINDS = ["Bibliotheek", "Vzw Samen", "Buurtwerk", "Sportclub", "Woonzorgcentrum", "OCMW", "Jeugdhuis"]
STREETS = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Schoolstraat", "Marktplein", "Nieuwstraat"]
FIRST_NAMES = ["An", "Bart", "Fatima", "Hanne", "Jan", "Karim", "Lotte", "Mehmet", "Nina", "Olena", "Sofie", "Tom"]
GOALS = [code for code, _label in Goal.choices]
LANGUAGES = [code for code, _label in ContactLanguage.choices]
LEVELS = [value for value, _label in DutchLevel.choices]


def child_path(parent_path: str, number: int) -> str:
    """Treebeard materialised path of the ``number``-th child (1-based), steplen 4, base 36."""
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    if len(digits) > STEPLEN:
        raise CommandError("Too many children for one parent.")
    return parent_path + digits.rjust(STEPLEN, "0")


def path_number(path: str) -> int:
    return int(path[-STEPLEN:], 36)


def spread(total: int, featured: int, others: int) -> list[int]:
    """``featured`` offers for the featured municipality, the rest as evenly as possible."""
    rest = total - featured
    base, extra = divmod(rest, others)
    return [base + (1 if i < extra else 0) for i in range(others)]


class Command(BaseCommand):
    help = "Bulk-load benchmark offers under the municipality pages (benchmark database only)."

    def add_arguments(self, parser):
        parser.add_argument("--offers", type=int, default=20_000, help="Total number of offers (default 20000).")
        parser.add_argument(
            "--featured-offers", type=int, default=100, help=f"Offers under {FEATURED_MUNICIPALITY} (default 100)."
        )
        parser.add_argument("--seed", type=int, default=2025)

    def handle(self, *args, **options):
        if "bench" not in settings.INSTALLED_APPS or settings.ROOT_URLCONF != "bench.urls":
            raise CommandError("Run this with DJANGO_SETTINGS_MODULE=cms.settings.bench only.")
        if OfferPage.objects.filter(external_source=EXTERNAL_SOURCE).exists():
            raise CommandError("Benchmark offers already exist; rebuild the database (bench/run.py --rebuild).")
        self.random = random.Random(options["seed"])
        self.today = datetime.date.today()
        self.now = timezone.now()
        self.locale = Locale.get_default()
        self.content_type_id = ContentType.objects.get_for_model(OfferPage).pk

        pages = list(
            MunicipalityPage.objects.filter(locale=self.locale).select_related("municipality").order_by("path")
        )
        if not pages:
            raise CommandError("No municipality pages: run load_municipalities first.")
        featured = [p for p in pages if p.title == FEATURED_MUNICIPALITY]
        if len(featured) != 1:
            raise CommandError(f"Expected one municipality page titled {FEATURED_MUNICIPALITY!r}.")
        others = [p for p in pages if p.title != FEATURED_MUNICIPALITY]
        featured_count = options["featured_offers"]
        counts = dict(zip((p.pk for p in others), spread(options["offers"], featured_count, len(others)), strict=True))
        counts[featured[0].pk] = featured_count
        self.postcodes = {}
        for municipality in Municipality.objects.current().prefetch_related("postcodes"):
            self.postcodes[municipality.pk] = municipality.postcode_list or ["1000"]
        self.other_municipality_ids = [p.municipality_id for p in others]

        started = time.perf_counter()
        organisations = self.create_organisations(pages)
        self.stdout.write(f"  organisations: {sum(len(v) for v in organisations.values())}")

        written = 0
        for number, parent in enumerate(pages, start=1):
            with transaction.atomic():
                written += self.create_offers(
                    parent, counts[parent.pk], organisations[parent.pk], featured=parent.title == FEATURED_MUNICIPALITY
                )
            if number % 25 == 0 or number == len(pages):
                elapsed = time.perf_counter() - started
                self.stdout.write(
                    f"  offers: {written:>6} under {number}/{len(pages)} municipalities, "
                    f"{written / elapsed:,.0f} pages/s"
                )
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Bulk-loaded {written} offers in {elapsed:.1f} s: {written / elapsed:,.0f} pages/s "
                f"({featured_count} under {FEATURED_MUNICIPALITY})."
            )
        )
        self.stdout.write(f"BENCH_BUILD offers={written} seconds={elapsed:.3f} rate={written / elapsed:.1f}")
        self.validate_sample()

    def validate_sample(self, size=50):
        """The bulk path skips validation: run the model's full_clean() on a sample, so that
        generated data that the editor would refuse is noticed."""
        ids = list(OfferPage.objects.filter(external_source=EXTERNAL_SOURCE).values_list("pk", flat=True))
        failures = []
        for offer in OfferPage.objects.filter(pk__in=self.random.sample(ids, min(size, len(ids)))):
            try:
                offer.full_clean()
            except ValidationError as error:
                failures.append(f"{offer.url_path}: {error.message_dict}")
        if failures:
            raise CommandError("Generated offers fail validation:\n" + "\n".join(failures[:10]))
        self.stdout.write(f"  validation: full_clean() passes on a sample of {min(size, len(ids))} offers")

    # --- organisations ------------------------------------------------------------------------

    def create_organisations(self, pages):
        rows, owner = [], []
        for page in pages:
            for kind in self.random.sample(ORGANISATION_KINDS, 2):
                name = f"{kind} {page.title}"
                rows.append(
                    Organisation(
                        name=name,
                        description=f"{kind} in {page.title}. Iedereen is welkom.",
                        website=f"https://{slugify(name)}.example",
                        email=f"info@{slugify(name)}.example",
                        postcode=self.postcodes[page.municipality_id][0],
                        place=page.title,
                        locale=self.locale,
                        translation_key=uuid.uuid4(),
                    )
                )
                owner.append(page.pk)
        with transaction.atomic():
            created = Organisation.objects.bulk_create(rows, batch_size=1000)
        result = {page.pk: [] for page in pages}
        for page_pk, organisation in zip(owner, created, strict=True):
            result[page_pk].append(organisation)
        return result

    # --- offers -------------------------------------------------------------------------------

    def create_offers(self, parent, count, organisations, *, featured):
        if count <= 0:
            return 0
        rnd = self.random
        last_child = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
        first_number = path_number(last_child.path) + 1 if last_child else 1
        existing_children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()

        page_rows, offer_values = [], []
        for i in range(count):
            number = first_number + i
            offer_type, base_title, summary = rnd.choice(OFFER_TEMPLATES)
            title = f"{base_title} in {parent.title}"
            slug = f"{slugify(base_title)}-{number}"
            first_published = self.now - datetime.timedelta(days=rnd.randint(1, 700), minutes=rnd.randint(0, 1440))
            last_published = min(first_published + datetime.timedelta(days=rnd.randint(0, 60)), self.now)
            values = self.offer_fields(parent, offer_type, base_title, summary, organisations, featured)
            # What the publishing flow derives (workflows.freshness): the review-by date from the
            # publication, expire_at from the end date; an offer past its end date has been taken
            # offline by publish_scheduled.
            values["review_by"] = default_review_by(last_published)
            expire_at = expiry_for(values["end_date"])
            expired = expire_at is not None and expire_at < self.now
            page_rows.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type_id=self.content_type_id,
                    path=child_path(parent.path, number),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    locale_id=self.locale.pk,
                    translation_key=uuid.uuid4(),
                    live=not expired,
                    expired=expired,
                    expire_at=expire_at,
                    has_unpublished_changes=False,
                    show_in_menus=False,
                    first_published_at=first_published,
                    last_published_at=last_published,
                    search_description=summary,
                )
            )
            offer_values.append(values)

        created = Page.objects.bulk_create(page_rows)
        goal_rows, serves_rows = [], []
        Goals = OfferPage.goals.through
        Serves = OfferPage.also_serves.through
        for page, values in zip(created, offer_values, strict=True):
            goals = values.pop("_goals")
            serves = values.pop("_serves")
            offer = OfferPage(page_ptr_id=page.pk, content_type_id=self.content_type_id, **values)
            # What OfferPage.save() derives, since the bulk path bypasses it.
            offer.counts_for_trajectory = OfferPage.derive_counts_for_trajectory(offer)
            if HAS_MUNICIPALITY_FIELD:
                offer.municipality_id = parent.municipality_id
            offer.save_base(raw=True, force_insert=True)
            goal_rows += [Goals(offerpage_id=page.pk, goalcategory_id=code) for code in goals]
            serves_rows += [Serves(offerpage_id=page.pk, municipality_id=pk) for pk in serves]
        Goals.objects.bulk_create(goal_rows)
        Serves.objects.bulk_create(serves_rows)
        Page.objects.filter(pk=parent.pk).update(numchild=existing_children + count)
        return count

    def jitter(self, coordinate: Decimal) -> Decimal:
        """A point up to ~1 km from the municipality's centre."""
        return coordinate + Decimal(self.random.randint(-900, 900)) / 100000

    def phone_number(self) -> str:
        rnd = self.random
        return f"0{rnd.randint(2, 9)} {rnd.randint(100, 999)} {rnd.randint(10, 99)} {rnd.randint(10, 99)}"

    def offer_fields(self, parent, offer_type, base_title, summary, organisations, featured):
        rnd = self.random
        municipality = parent.municipality
        is_online = rnd.random() < 0.08
        is_free = rnd.random() < 0.8
        roll = rnd.random()
        if roll < 0.7:  # ongoing
            start = self.today + datetime.timedelta(days=rnd.randint(-400, 60))
            end = None
        elif roll < 0.95 or featured:  # ends later
            start = self.today + datetime.timedelta(days=rnd.randint(-400, 60))
            end = max(start, self.today) + datetime.timedelta(days=rnd.randint(30, 365))
        else:  # has ended: no longer listed
            start = self.today - datetime.timedelta(days=rnd.randint(250, 400))
            end = self.today - datetime.timedelta(days=rnd.randint(1, 200))
        day_parts = rnd.choice([(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0, 1, 1), (1, 0, 1)])
        has_coordinates = rnd.random() < 0.5
        contact = rnd.choice(FIRST_NAMES)
        slug = slugify(parent.title)
        status_roll = rnd.random()
        status = (
            OfferStatus.OPEN if status_roll < 0.8 else OfferStatus.FULL if status_roll < 0.9 else OfferStatus.PAUSED
        )
        serves = []
        if is_online and rnd.random() < 0.3:
            # Regional or online offers also listed elsewhere (never under the featured page,
            # so that its list stays exactly the offers below it).
            serves = rnd.sample(self.other_municipality_ids, rnd.randint(1, 3))
            serves = [pk for pk in serves if pk != municipality.pk]
        return {
            "offer_type": offer_type,
            "organisation": rnd.choice(organisations) if rnd.random() < 0.7 else None,
            "summary": summary,
            "description": (
                f"<p>{summary} Je hoeft niet veel Nederlands te kennen om mee te doen.</p>"
                f"<p>We komen samen in {parent.title}. <b>Iedereen is welkom</b>, ook als je pas in België woont.</p>"
                "<ul><li>Je leert nieuwe mensen kennen.</li><li>Je oefent Nederlands.</li>"
                "<li>Je krijgt een bewijs van deelname als je dat vraagt.</li></ul>"
            ),
            "status": status,
            "dutch_level": rnd.choice(LEVELS),
            "contact_languages": rnd.sample(LANGUAGES, rnd.randint(0, 3)),
            "dutch_language_context": rnd.random() < 0.9,
            "in_duo_or_group": rnd.random() < 0.9,
            "new_contacts": rnd.random() < 0.85,
            "lasting_contacts": rnd.random() < 0.75,
            "signs_proof_of_participation": rnd.random() < 0.7,
            "hours_per_week": Decimal(rnd.choice(["1.0", "1.5", "2.0", "3.0", "4.0"])),
            "hours_total": rnd.choice([None, 20, 40, 60]),
            "duration_weeks": rnd.choice([None, 8, 12, 26]),
            "start_date": start,
            "end_date": end,
            "weekday_daytime": bool(day_parts[0]),
            "evening": bool(day_parts[1]),
            "weekend": bool(day_parts[2]),
            "is_online": is_online,
            "address": "" if is_online else f"{rnd.choice(STREETS)} {rnd.randint(1, 120)}",
            "postcode": "" if is_online else rnd.choice(self.postcodes[municipality.pk]),
            "place": "" if is_online else parent.title,
            "latitude": self.jitter(municipality.latitude) if has_coordinates else None,
            "longitude": self.jitter(municipality.longitude) if has_coordinates else None,
            "is_free": is_free,
            "cost_description": "" if is_free else f"€ {rnd.choice([2, 5, 10, 25])} per keer",
            "has_childcare": rnd.random() < 0.2,
            "is_child_friendly": rnd.random() < 0.4,
            "is_wheelchair_accessible": rnd.random() < 0.5,
            "contact_name": contact,
            "contact_email": f"{slugify(contact)}@{slug}.example",
            "contact_phone": self.phone_number(),
            "contact_url": rnd.choice(["", f"https://{slug}.example/aanbod"]),
            "join_instructions": "Stuur een mailtje of bel ons. De eerste keer gaat er iemand met je mee.",
            "can_accompany_first_time": rnd.random() < 0.6,
            "external_source": EXTERNAL_SOURCE,
            "external_id": str(uuid.UUID(int=rnd.getrandbits(128))),
            "_goals": rnd.sample(GOALS, rnd.randint(1, 3)),
            "_serves": serves,
        }
