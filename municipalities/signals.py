from django.dispatch import Signal

# Sent after the reference rows are loaded, with ``report`` (a LoadReport) and ``stdout``.
# Capabilities that keep something per municipality (pages, editor groups, locales) connect a
# receiver here instead of editing the loader. Receivers run in INSTALLED_APPS order.
municipalities_loaded = Signal()
