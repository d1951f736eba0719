"""The quality report in the page editor: a panel above the offer's fields."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .checks import quality_report


class QualityPanel(Panel):
    """Shows the machine's quality report of the revision being edited (blocking problems first)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Quality check"))
        super().__init__(**kwargs)

    @property
    def clean_name(self):
        return super().clean_name or "quality"

    class BoundPanel(Panel.BoundPanel):
        template_name = "quality/panel.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["report"] = quality_report(self.instance)
            return context
