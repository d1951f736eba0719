from django.urls import path

from . import views

app_name = "insight"

urlpatterns = [
    path("v.gif", views.beacon, name="beacon"),
    path("join/<int:page_id>/<str:channel>/", views.join, name="join"),
    path("prompt/", views.prompt_answer, name="prompt"),
    path("feedback/", views.feedback, name="feedback"),
]
