from django.utils import translation


def ui_text(message: str, language: str) -> str:
    """An interface string as a reader of ``language`` sees it (from the compiled catalogue), so a
    test checks the page's language without hard-coding one translation."""
    with translation.override(language):
        return translation.gettext(message)
