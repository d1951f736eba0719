from django.urls import path

from . import views

urlpatterns = [
    path("", views.propose, name="propose"),
    path("thanks/", views.thanks, name="proposal_thanks"),
]
