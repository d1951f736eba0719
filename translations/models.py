from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TranslationCheck(models.Model):
    """A translator or reviewer read a translation and found it good, against one revision of the
    Dutch source. It counts only while that revision is the source's live one: a later source
    change resets "checked" without anyone having to clear a flag."""

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    locale = models.ForeignKey("wagtailcore.Locale", verbose_name=_("language"), on_delete=models.CASCADE)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("checked by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    checked_at = models.DateTimeField(_("checked at"), default=timezone.now)
    source_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("source revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The live revision of the Dutch page when the translation was checked."),
    )

    class Meta:
        verbose_name = _("translation check")
        verbose_name_plural = _("translation checks")
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "locale"], name="one_check_per_translation"),
        ]

    def __str__(self):
        return f"{self.translation_key} · {self.locale_id}"
