"""Fill a development or demo site with invented but plausible content. Idempotent."""

import time
from itertools import groupby

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from demo.content import DEMO_PASSWORD, PLACES, STANDARD_PAGES, USERS
from demo.generator import build_offers, build_organisations
from home.models import HomePage, StandardPage
from municipalities.models import Municipality
from offers.models import GoalCategory, MunicipalityPage, OfferPage, Organisation
from publishing.pages import create_page

MUNICIPALITY_FIELDS = ("introduction", "contact_service", "contact_email", "contact_phone", "contact_address")
PROGRESS_EVERY = 50


class Command(BaseCommand):
    @property
    def help(self):
        return _(
            "Create demo organisations, offers, standard pages and development users. Safe to run again: "
            "what exists is left alone."
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        locale = Locale.get_default()
        home = HomePage.objects.filter(locale=locale).first()
        if home is None:
            raise CommandError(_("There is no home page in the default language. Run 'manage.py migrate' first."))
        pages = self.municipality_pages(locale)

        organisation_specs = build_organisations()
        organisations, orgs_created, orgs_existing = self.seed_organisations(organisation_specs, locale)
        offers_created, offers_existing = self.seed_offers(build_offers(organisation_specs), pages, organisations)
        standard_created = self.seed_standard_pages(home, locale)
        filled = self.fill_municipality_pages(pages)
        users_created = self.seed_users()

        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Demo: %(orgs)d organisations created (%(orgs_existing)d existing), %(offers)d offers created "
                    "(%(offers_existing)d existing), %(standard)d standard pages, %(users)d users"
                    " (%(filled)d municipality pages filled in, %(seconds).1f s)"
                )
                % {
                    "orgs": orgs_created,
                    "orgs_existing": orgs_existing,
                    "offers": offers_created,
                    "offers_existing": offers_existing,
                    "standard": standard_created,
                    "users": users_created,
                    "filled": filled,
                    "seconds": time.monotonic() - started,
                }
            )
        )

    # --- municipalities ----------------------------------------------------------------------

    def municipality_pages(self, locale) -> dict[str, MunicipalityPage]:
        names = [place.name for place in PLACES]
        pages = {
            page.municipality.name_nl: page
            for page in MunicipalityPage.objects.filter(
                locale=locale, municipality__name_nl__in=names, municipality__merged_into__isnull=True
            ).select_related("municipality")
        }
        missing = [name for name in names if name not in pages]
        if missing:
            raise CommandError(
                _("No municipality page for %(names)s. Run 'manage.py load_municipalities' first.")
                % {"names": ", ".join(missing)}
            )
        return pages

    def fill_municipality_pages(self, pages: dict[str, MunicipalityPage]) -> int:
        """Fill the editor fields of the demo municipalities' pages, only where they are empty."""
        filled = 0
        for place in PLACES:
            page = pages[place.name]
            empty = [name for name in MUNICIPALITY_FIELDS if not getattr(page, name)]
            if not empty:
                continue
            if page.has_unpublished_changes:
                self.stdout.write(
                    _("%(name)s: the page has a draft that is not published; left as it is.") % {"name": place.name}
                )
                continue
            for name in empty:
                setattr(page, name, getattr(place, name))
            page.save_revision(log_action=True).publish()
            filled += 1
        return filled

    # --- organisations -----------------------------------------------------------------------

    def seed_organisations(self, specs, locale) -> tuple[dict[str, Organisation], int, int]:
        existing = {org.name: org for org in Organisation.objects.filter(locale=locale)}
        organisations, created = {}, 0
        with transaction.atomic():
            for spec in specs:
                org = existing.get(spec.name)
                if org is None:
                    org = Organisation(
                        locale=locale,
                        name=spec.name,
                        description=spec.description,
                        website=spec.website,
                        email=spec.email,
                        phone=spec.phone,
                        address=spec.address,
                        postcode=spec.postcode,
                        place=spec.place,
                    )
                    org.full_clean()
                    org.save()
                    log(instance=org, action="wagtail.create")
                    created += 1
                organisations[spec.name] = org
        self.stdout.write(_("organisations: %(count)d/%(total)d") % {"count": len(specs), "total": len(specs)})
        return organisations, created, len(specs) - created

    # --- offers ------------------------------------------------------------------------------

    def seed_offers(self, specs, pages, organisations) -> tuple[int, int]:
        goals = {goal.code: goal for goal in GoalCategory.objects.all()}
        neighbour_names = sorted({name for spec in specs for name in spec.also_serves})
        neighbours = {m.name_nl: m for m in Municipality.objects.current().filter(name_nl__in=neighbour_names)}
        unknown = [name for name in neighbour_names if name not in neighbours]
        if unknown:
            self.stdout.write(
                self.style.WARNING(
                    _("Unknown neighbouring municipalities left out: %(names)s") % {"names": ", ".join(unknown)}
                )
            )
        existing = {
            (page.pk, slug) for page in pages.values() for slug in page.get_children().values_list("slug", flat=True)
        }
        postcodes = {page.pk: page.municipality.postcode_list for page in pages.values()}
        created = skipped = number = 0
        # One transaction per municipality: far fewer commits (SQLite syncs the file on each),
        # and an interrupted run leaves whole municipalities, which the next run completes.
        for municipality, batch in groupby(specs, key=lambda spec: spec.municipality):
            parent = pages[municipality]
            with transaction.atomic():
                for spec in batch:
                    number += 1
                    if (parent.pk, spec.slug) in existing:
                        skipped += 1
                    else:
                        page = OfferPage(
                            locale=parent.locale,
                            organisation=organisations[spec.organisation],
                            goals=[goals[code] for code in spec.goals],
                            also_serves=[neighbours[name] for name in spec.also_serves if name in neighbours],
                            **spec.fields,
                        )
                        page.postcode = self.checked_postcode(page.postcode, parent, postcodes)
                        create_page(parent, page)
                        created += 1
                    if number % PROGRESS_EVERY == 0 or number == len(specs):
                        self.stdout.write(_("offers: %(count)d/%(total)d") % {"count": number, "total": len(specs)})
        return created, skipped

    @staticmethod
    def checked_postcode(postcode: str, parent: MunicipalityPage, postcodes: dict[int, list[str]]) -> str:
        """The offer's postcode, or the municipality's first one if the reference data changed."""
        codes = postcodes[parent.pk]
        return postcode if not postcode or postcode in codes else codes[0]

    # --- standard pages ----------------------------------------------------------------------

    def seed_standard_pages(self, home: HomePage, locale) -> int:
        existing = set(home.get_children().values_list("slug", flat=True))
        created = 0
        for spec in STANDARD_PAGES:
            if spec["slug"] in existing:
                continue
            create_page(
                home,
                StandardPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    introduction=spec["introduction"],
                    body=spec["body"],
                    show_in_menus=True,
                    locale=locale,
                ),
            )
            created += 1
        return created

    # --- users -------------------------------------------------------------------------------

    def seed_users(self) -> int:
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            self.stdout.write(
                self.style.WARNING(_("Demo users not created: DEMO_CONTENT_ALLOWED is off on this site."))
            )
            return 0
        User = get_user_model()
        existing = set(User.objects.filter(username__in=[user[0] for user in USERS]).values_list("username", flat=True))
        created = 0
        for username, first_name, last_name, email, is_superuser in USERS:
            if username in existing:
                continue
            user = User(
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=email,
                is_staff=True,
                is_superuser=is_superuser,
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
            created += 1
        return created
