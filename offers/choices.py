"""Fixed vocabularies of the fourth pillar.

Offer types, goal categories and the taaliconen are fixed, translatable choices rather than
snippets: AgII defines them for all of Flanders, filters and the API key on their stable codes,
and their labels are interface text translated with gettext like the rest of the interface.
A snippet would let each editor invent categories that newcomers then see in one language only."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OfferType(models.TextChoices):
    BUDDY = "buddy", _("Buddy project")
    VOLUNTEER = "volunteer", _("Volunteer work")
    LANGUAGE_PRACTICE = "language_practice", _("Language practice")
    LEISURE = "leisure", _("Leisure or club activity")
    INTERNSHIP = "internship", _("Internship")
    OTHER = "other", pgettext_lazy("offer type", "Other")


class Goal(models.TextChoices):
    PRACTISE_DUTCH = "practise_dutch", _("Learn and practise Dutch")
    MEET_PEOPLE = "meet_people", _("Meet new people")
    MAKE_FRIENDS = "make_friends", _("Make friends")
    LEARN_SOMETHING = "learn_something", _("Learn something new")
    VOLUNTEER = "volunteer", _("Become a volunteer")
    PREPARE_FOR_WORK = "prepare_for_work", _("Prepare for work")


class DutchLevel(models.IntegerChoices):
    """The Flemish taaliconen: how much Dutch you need to take part (1 = very little)."""

    ONE = 1, _("1 language icon: you can take part with very little Dutch")
    TWO = 2, _("2 language icons: you understand and speak a little Dutch")
    THREE = 3, _("3 language icons: you understand and speak Dutch quite well")
    FOUR = 4, _("4 language icons: you understand and speak Dutch well")


class OfferStatus(models.TextChoices):
    OPEN = "open", _("Open: you can join")
    FULL = "full", _("Full at the moment")
    PAUSED = "paused", _("Paused at the moment")


class ContactLanguage(models.TextChoices):
    """Languages the contact person speaks besides Dutch (the newcomers' languages)."""

    EN = "en", "English"
    FR = "fr", "Français"
    AR = "ar", "العربية"
    UK = "uk", "Українська"
    RU = "ru", "Русский"
    TR = "tr", "Türkçe"
    PRS = "prs", "دری"
    PS = "ps", "پښتو"
    TI = "ti", "ትግርኛ"
    SO = "so", "Soomaali"
    ES = "es", "Español"
    DE = "de", "Deutsch"
