from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    """Every content language gets its Locale row (migrate creates only Dutch's). The home pages
    and translators' groups follow in translations.locales.ensure_locales (after the load)."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
