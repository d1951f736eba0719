"""What the offers API needs to remember: which offers disappeared, so partners that synchronise
with ``updated_since`` can remove them too."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferRemoval(models.Model):
    """A Dutch source offer that was unpublished or deleted. Expired offers are not stored: their
    end date says when they left the listings."""

    class Reason(models.TextChoices):
        UNPUBLISHED = "unpublished", _("unpublished")
        DELETED = "deleted", _("deleted")

    page_id = models.PositiveIntegerField(_("page ID"), db_index=True)
    translation_key = models.UUIDField(_("translation key"))
    removed_at = models.DateTimeField(_("removed at"), db_index=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)

    class Meta:
        ordering = ["removed_at", "id"]
        verbose_name = _("offer removal")
        verbose_name_plural = _("offer removals")

    def __str__(self):
        return f"{self.page_id} {self.reason} {self.removed_at:%Y-%m-%d %H:%M}"
