"""Reference data: the municipalities of Flanders and Brussels (Statbel REFNIS codes).

The data file owns every field here; editors never change them. Municipalities that ceased on
1 January 2025 stay as rows pointing to the municipality they merged into, so that an old code,
name or postcode still finds the right place."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class MunicipalityQuerySet(models.QuerySet):
    def current(self):
        """The municipalities as they are since 1 January 2025."""
        return self.filter(merged_into__isnull=True)

    def matching(self, text: str):
        """Municipalities whose Dutch or French name, NIS code or postcode is ``text``.

        Old (pre-2025) names and postcodes resolve to the municipality they belong to now."""
        text = (text or "").strip()
        if not text:
            return self.none()
        direct = Q(name_nl__iexact=text) | Q(name_fr__iexact=text) | Q(nis_code=text)
        direct |= Q(postcodes__code=text)
        matches = Municipality.objects.filter(direct).values_list("pk", flat=True)
        return self.filter(Q(pk__in=matches) | Q(absorbed__pk__in=matches)).current().distinct()


class Municipality(models.Model):
    class Region(models.TextChoices):
        FLANDERS = "Vlaams Gewest", _("Flemish Region")
        BRUSSELS = "Brussels Hoofdstedelijk Gewest", _("Brussels-Capital Region")

    nis_code = models.CharField(_("NIS code"), max_length=5, unique=True)
    name_nl = models.CharField(_("Dutch name"), max_length=100)
    name_fr = models.CharField(_("French name"), max_length=100)
    province = models.CharField(_("province"), max_length=50, blank=True)
    region = models.CharField(_("region"), max_length=40, choices=Region.choices)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into (1 January 2025)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="absorbed",
    )

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        ordering = ["name_nl"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name_nl

    @property
    def is_current(self) -> bool:
        return self.merged_into_id is None

    @property
    def current(self) -> "Municipality":
        """The municipality this one is today (itself, or the one it merged into)."""
        return self.merged_into if self.merged_into_id else self

    @property
    def postcode_list(self) -> list[str]:
        return sorted(postcode.code for postcode in self.postcodes.all())


class MunicipalityPostcode(models.Model):
    """A postcode of a municipality. A few postcodes (1040, 1050, 1804) belong to two."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="postcodes")
    code = models.CharField(_("postcode"), max_length=4, db_index=True)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "code"], name="unique_postcode_per_municipality")
        ]

    def __str__(self):
        return self.code
