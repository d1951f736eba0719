"""Build offers and organisations for tests, the way an editor would fill them in."""

import itertools

from wagtail.models import Locale

from offers.models import GoalCategory, MunicipalityPage, OfferPage, Organisation
from publishing.pages import create_page

_numbers = itertools.count(1)


def municipality_page(name: str = "Gent") -> MunicipalityPage:
    return MunicipalityPage.objects.get(municipality__name_nl=name, locale=Locale.get_default())


def organisation(**fields) -> Organisation:
    values = {
        "name": f"Buurtcentrum De Sleutel {next(_numbers)}",
        "description": "Een buurtcentrum voor iedereen in de wijk.",
        "website": "https://desleutel.example.be",
        "email": "info@desleutel.example.be",
        "phone": "09 266 11 11",
        "locale": Locale.get_default(),
    }
    values.update(fields)
    return Organisation.objects.create(**values)


def offer(parent: MunicipalityPage | None = None, *, goals=("meet_people",), publish=True, **fields) -> OfferPage:
    number = next(_numbers)
    values = {
        "title": f"Taalcafé op dinsdag {number}",
        "slug": f"taalcafe-op-dinsdag-{number}",
        "offer_type": "language_practice",
        "summary": "Je praat Nederlands met andere mensen bij een kop koffie.",
        "description": "<p>Elke dinsdag praten we samen Nederlands. Je leert nieuwe mensen kennen.</p>",
        "dutch_level": 1,
        "dutch_language_context": True,
        "in_duo_or_group": True,
        "new_contacts": True,
        "lasting_contacts": True,
        "signs_proof_of_participation": True,
        "weekday_daytime": True,
        "address": "Sleutelstraat 1",
        "postcode": "9000",
        "place": "Gent",
        "contact_name": "Sara",
        "contact_email": "sara@desleutel.example.be",
        "contact_phone": "09 266 11 11",
        "join_instructions": "Kom gewoon langs. Of bel Sara.",
    }
    values.update(fields)
    page = OfferPage(**values)
    page.goals = list(GoalCategory.objects.filter(code__in=goals))
    return create_page(parent or municipality_page(), page, publish=publish)
