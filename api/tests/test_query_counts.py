"""List endpoints cost a bounded number of queries, whatever the number of offers."""

import pytest

from api.tests.conftest import translate
from offers.tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def fifty_offers(db, english):
    organisations = [factories.organisation() for _ in range(5)]
    pages = [factories.municipality_page(name) for name in ("Gent", "Merelbeke-Melle", "Antwerpen")]
    offers = [
        factories.offer(pages[number % 3], organisation=organisations[number % 5], goals=("meet_people", "volunteer"))
        for number in range(50)
    ]
    for offer in offers[:10]:
        translate(offer, english, title=f"{offer.title} (en)")
    return offers


@pytest.mark.parametrize(
    "url, bound",
    [
        ("/api/offers/?limit=50", 10),
        ("/api/offers/?limit=50&locale=en", 12),
        # postcode lookup, bounding box + served offers, distances of the page, removals: all constant
        ("/api/offers/?limit=50&locale=en&postcode=9000&radius=60&q=Taal&updated_since=2020-01-01", 22),
        ("/api/offers/export.json?locale=en", 11),
        ("/api/offers/export.csv", 9),
        ("/api/municipalities/?limit=500&locale=en", 13),
    ],
)
def test_list_endpoints_cost_a_bounded_number_of_queries(
    client, fifty_offers, url, bound, django_assert_max_num_queries
):
    client.get(url)  # warm the site root paths cache
    with django_assert_max_num_queries(bound) as captured:
        response = client.get(url)
    assert response.status_code == 200
    print(f"{url}: {len(captured.captured_queries)} queries")
