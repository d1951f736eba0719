"""Synchronised fields reach every translation when the Dutch source is published.

wagtail-localize copies synchronised fields only when a translation is (re)saved from its
TranslationSource; publishing the source alone leaves existing translations as they were, and its
``copy_synchronised_fields`` skips an emptied ParentalManyToManyField (``if values:``). So on every
publication of a source page, copy the declared SynchronizedFields (categories, contact details,
places, dates, criteria…) to its live translations and publish them."""

from django.conf import settings
from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields


def copy_synchronised_fields_to_translations(sender, instance, revision=None, **kwargs):
    source = instance.specific
    if source.locale.language_code != settings.LANGUAGE_CODE:
        return
    synchronised = [field for field in get_translatable_fields(type(source)) if field.is_synchronized(source)]
    if not synchronised:
        return
    translations = (
        Page.objects.filter(translation_key=source.translation_key, alias_of__isnull=True)
        .exclude(locale_id=source.locale_id)
        .specific()
    )
    for translation in translations:
        if type(translation) is not type(source):
            continue
        changed = False
        for translatable_field in synchronised:
            model_field = translatable_field.get_field(type(source))
            name = model_field.name
            if isinstance(model_field, ParentalManyToManyField):
                wanted = sorted(value.pk for value in getattr(source, name).all())
                if sorted(value.pk for value in getattr(translation, name).all()) != wanted:
                    setattr(translation, name, list(getattr(source, name).all()))
                    changed = True
            elif getattr(model_field, "concrete", False) and not model_field.many_to_many:
                if name == "slug":
                    continue  # a translated slug may differ on purpose (sibling clash); routing uses the source's
                if getattr(translation, model_field.attname) != getattr(source, model_field.attname):
                    setattr(translation, model_field.attname, getattr(source, model_field.attname))
                    changed = True
        if changed:
            revision = translation.save_revision(log_action=False, clean=False)
            if translation.live:
                revision.publish(log_action=False)
