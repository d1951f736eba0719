import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from insight import counting
from insight.store import _store_for, get_store
from offers.tests.factories import municipality_page

TEST_REDIS_URL = "redis://127.0.0.1:6379/13"  # a database number no one else uses here


@pytest.fixture(params=["spool", pytest.param("redis", marks=pytest.mark.redis)])
def store(request, settings, tmp_path):
    """The counter store, once as the spool (no Redis) and once as Redis (a test-only database
    number and key prefix)."""
    if request.param == "redis":
        settings.INSIGHT_REDIS_URL = TEST_REDIS_URL
        settings.INSIGHT_REDIS_PREFIX = f"insight-test-{uuid.uuid4().hex}"
    else:
        settings.INSIGHT_REDIS_URL = ""
        settings.INSIGHT_SPOOL_DIR = tmp_path / "spool"
    _store_for.cache_clear()
    current = get_store()
    yield current
    current.clear()
    _store_for.cache_clear()


@pytest.fixture
def on_day(monkeypatch):
    """Pretend the counting happens on a given day."""

    def set_day(day: str):
        monkeypatch.setattr(counting, "today", lambda: day)

    return set_day


PHONE = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Mobile Safari/537.36"
)
DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Safari/537.36"


def beacon_params(page, **extra):
    params = {
        "k": str(page.translation_key),
        "t": {"offerpage": "offer", "municipalitypage": "municipality", "homepage": "home"}.get(
            page._meta.model_name, "standard"
        ),
        "m": getattr(page, "municipality_id", "") or "",
        "l": page.locale.language_code,
        "rh": "",
    }
    params.update(extra)
    return params


def view(client, page, *, ip="198.51.100.1", user_agent=PHONE, **extra):
    return client.get("/i/v.gif", beacon_params(page, **extra), HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip)


def editor_of(municipality_name: str, django_user_model, username: str):
    """A municipal editor: a group with Wagtail page permissions on that municipality's page."""
    group = Group.objects.create(name=f"Redactie {municipality_name} (test)")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=municipality_page(municipality_name),
            permission=Permission.objects.get(codename=codename, content_type__app_label="wagtailcore"),
        )
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(group)
    return user


def reviewer(django_user_model, username="reviewer"):
    group, _ = Group.objects.get_or_create(name="AgII reviewers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(group)
    return user
