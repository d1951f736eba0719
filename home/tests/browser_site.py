"""A small site for the browser tests, built in the live server's own throwaway database:
``manage.py shell -c "from home.tests.browser_site import build; build()"``."""

from wagtail.models import Locale

from home.models import HomePage, StandardPage
from offers.tests import factories
from publishing.pages import create_page

BUDDY_TITLE = "Buddywerking Gent Samen"


def build():
    gent = factories.municipality_page("Gent")
    gent.introduction = "<p>In Gent kan je op veel plaatsen Nederlands oefenen en nieuwe mensen leren kennen.</p>"
    gent.contact_service = "Dienst Samenleven"
    gent.contact_email = "samenleven@stad.gent"
    gent.contact_phone = "09 266 12 34"
    gent.contact_address = "Woodrow Wilsonplein 1, 9000 Gent"
    gent.save_revision().publish()
    buddy_org = factories.organisation(name="Buddywerking Gent Samen vzw")
    factories.offer(
        gent,
        title=BUDDY_TITLE,
        slug="buddywerking-gent-samen",
        offer_type="buddy",
        goals=("make_friends", "meet_people"),
        organisation=buddy_org,
        summary="Een vrijwilliger uit Gent trekt een half jaar met je op.",
        dutch_level=1,
        contact_url="https://buddy.example.be/inschrijven",
        can_accompany_first_time=True,
        contact_languages=["ar", "en"],
    )
    factories.offer(gent, title="Buddy voor gevorderden", slug="buddy-gevorderden", offer_type="buddy", dutch_level=3)
    factories.offer(gent, title="Taalcafé De Sleutel", slug="taalcafe-de-sleutel", goals=("practise_dutch",))
    factories.offer(gent, title="Volle kookgroep", slug="volle-kookgroep", offer_type="leisure", status="full")
    factories.offer(gent, title="Open kookgroep", slug="open-kookgroep", offer_type="leisure")
    factories.offer(
        factories.municipality_page("Lochristi"),
        title="Buddy in Lochristi",
        slug="buddy-lochristi",
        offer_type="buddy",
        dutch_level=2,
    )
    home = HomePage.objects.get(locale=Locale.get_default())
    create_page(
        home,
        StandardPage(
            title="Over ikdoemee",
            slug="over-ikdoemee",
            introduction="ikdoemee toont activiteiten voor het participatie- en netwerktraject.",
            show_in_menus=True,
            body=[
                {"type": "heading", "value": "Wie zijn we?"},
                {"type": "paragraph", "value": "<p>Het Agentschap Integratie en Inburgering met Amal en Atlas.</p>"},
            ],
        ),
    )
