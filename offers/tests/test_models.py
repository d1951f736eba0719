import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField

from home.models import HomePage, StandardPage
from municipalities.models import Municipality
from offers.models import MunicipalityPage, OfferPage
from offers.tests import factories

pytestmark = pytest.mark.django_db


def test_page_tree_rules():
    home = HomePage.objects.get(locale=Locale.get_default())
    gent = factories.municipality_page("Gent")
    assert MunicipalityPage.can_create_at(home)
    assert not MunicipalityPage.can_create_at(gent)
    assert OfferPage.can_create_at(gent)
    assert not OfferPage.can_create_at(home)
    assert StandardPage.can_create_at(home)
    assert not StandardPage.can_create_at(gent)
    assert OfferPage.allowed_subpage_models() == []
    assert not HomePage.can_create_at(home)
    assert HomePage.can_create_at(Page.get_first_root_node())


def test_an_offer_cannot_be_created_under_the_home_page():
    home = HomePage.objects.get(locale=Locale.get_default())
    with pytest.raises(ValidationError):
        factories.offer(parent=home)


@pytest.mark.parametrize(
    "missing",
    ["dutch_language_context", "in_duo_or_group", "new_contacts", "lasting_contacts", "signs_proof_of_participation"],
)
def test_offer_counts_for_the_trajectory_only_when_all_five_hold(missing):
    complete = factories.offer()
    assert complete.counts_for_trajectory
    assert OfferPage.objects.filter(pk=complete.pk, counts_for_trajectory=True).exists()

    incomplete = factories.offer(**{missing: False})
    assert not incomplete.counts_for_trajectory
    assert len(incomplete.missing_trajectory_criteria) == 1


def test_trajectory_flag_follows_an_edit_through_a_revision():
    offer = factories.offer()
    offer.lasting_contacts = False
    offer.save_revision().publish()
    offer.refresh_from_db()
    assert not offer.counts_for_trajectory


def test_a_second_page_for_the_same_municipality_and_language_is_refused():
    home = HomePage.objects.get(locale=Locale.get_default())
    duplicate = MunicipalityPage(
        title="Gent bis", slug="gent-bis", municipality=Municipality.objects.get(name_nl="Gent")
    )
    with pytest.raises(ValidationError) as error:
        home.add_child(instance=duplicate)
    assert "municipality" in error.value.message_dict


def test_a_page_for_a_merged_municipality_is_refused():
    home = HomePage.objects.get(locale=Locale.get_default())
    page = MunicipalityPage(
        title="Borsbeek", slug="borsbeek", municipality=Municipality.objects.get(name_nl="Borsbeek")
    )
    with pytest.raises(ValidationError):
        home.add_child(instance=page)


@pytest.mark.parametrize(
    "fields, field_in_error",
    [
        ({"start_date": "2027-05-01", "end_date": "2027-04-01"}, "end_date"),
        ({"address": "", "postcode": "", "is_online": False}, "address"),
        ({"is_free": False, "cost_description": ""}, "cost_description"),
        ({"contact_email": "", "contact_phone": "", "contact_url": ""}, "contact_email"),
        ({"contact_phone": "bel me"}, "contact_phone"),
        ({"postcode": "900"}, "postcode"),
        ({"latitude": "51.05"}, "longitude"),
    ],
)
def test_offer_validation_explains_what_is_wrong(fields, field_in_error):
    with pytest.raises(ValidationError) as error:
        factories.offer(**fields)
    assert field_in_error in error.value.message_dict


def test_an_online_offer_needs_no_address_and_ongoing_means_no_end_date():
    offer = factories.offer(is_online=True, address="", postcode="")
    assert offer.live
    assert offer.is_ongoing
    assert offer.map_coordinates == (
        offer.municipality_page.municipality.latitude,
        offer.municipality_page.municipality.longitude,
    )


def test_translatable_and_synchronised_fields_are_declared_for_every_content_field():
    """Nothing is left to wagtail-localize's defaults (which would translate slugs and phone
    numbers and skip many-to-many fields)."""
    for model in (OfferPage, MunicipalityPage):
        declared = {field.field_name for field in model.translatable_fields}
        own_fields = {
            field.name
            for field in model._meta.get_fields()
            if field.concrete and field.model is model and not field.primary_key and field.name != "page_ptr"
        } | {field.name for field in model._meta.many_to_many}
        derived = {"counts_for_trajectory"}
        assert own_fields - derived <= declared, own_fields - derived - declared
    synchronised = {f.field_name for f in OfferPage.translatable_fields if isinstance(f, SynchronizedField)}
    assert {"slug", "contact_phone", "postcode", "goals", "also_serves", "external_id"} <= synchronised


def test_an_offer_knows_its_municipality_from_its_parent_page():
    offer = factories.offer(factories.municipality_page("Hasselt"))
    assert offer.municipality.name_nl == "Hasselt"
    assert OfferPage.objects.filter(municipality__nis_code=offer.municipality.nis_code).count() == 1
