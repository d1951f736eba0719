from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from . import receivers

        receivers.connect()
