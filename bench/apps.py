from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark: its data set builder and the framework-floor view. Installed only by
    ``cms.settings.bench``."""

    name = "bench"
    verbose_name = "Benchmark"
    default_auto_field = "django.db.models.BigAutoField"
