from django import forms
from django.utils.translation import gettext_lazy as _


class FeedbackForm(forms.Form):
    helpful = forms.ChoiceField(label=_("Did this help you?"), choices=[("yes", _("Yes")), ("no", _("No"))])
    comment = forms.CharField(
        label=_("What can we do better? (optional, do not write your name)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )
