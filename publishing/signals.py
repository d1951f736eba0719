from django.dispatch import Signal

# Sent by ``publishing.pages.create_page`` once a page exists (and is live when published),
# with ``page``, ``user`` and ``published``.
page_created = Signal()
