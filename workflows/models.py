"""Who may edit what, and the review step between an edit and the live site.

The rights themselves are Wagtail's own (groups, page and collection permissions, a workflow);
these models only remember which group and collection belong to which municipality or regional
network, the four-eyes approval task, and which review reminders were sent."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, Collection
from wagtail.search import index


class MunicipalityEditorGroup(models.Model):
    """The "Redactie <municipality>" group and the image/document collection of one municipality."""

    municipality = models.OneToOneField(
        "municipalities.Municipality", on_delete=models.CASCADE, related_name="editor_group"
    )
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="municipality_editors")
    collection = models.ForeignKey(Collection, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("municipal editor group")
        verbose_name_plural = _("municipal editor groups")

    def __str__(self):
        return self.group.name


class RegionalNetwork(index.Indexed, ClusterableModel):
    """One of the regional networks that work across municipalities. Its group gets the rights of
    each of its municipalities; reviewers manage the list in the admin."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    municipalities = ParentalManyToManyField(
        "municipalities.Municipality",
        verbose_name=_("municipalities"),
        related_name="regional_networks",
        blank=True,
        limit_choices_to={"merged_into__isnull": True},
    )
    group = models.OneToOneField(
        Group, null=True, editable=False, on_delete=models.SET_NULL, related_name="regional_network"
    )

    panels = [FieldPanel("name"), FieldPanel("municipalities")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("regional network")
        verbose_name_plural = _("regional networks")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # ParentalManyToManyField values are written by ClusterableModel.save(), so the group is
        # synchronised after it rather than in a post_save receiver.
        super().save(*args, **kwargs)
        from .roles import sync_regional_network

        sync_regional_network(self)


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Group approval where nobody approves their own edit: a member of the groups who saved any
    revision of the page since the workflow started may request changes, but not approve."""

    def user_may_approve(self, obj, user) -> bool:
        from .four_eyes import edited_since_workflow_started

        if user.is_superuser:
            return True
        return not edited_since_workflow_started(obj, user)

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and not self.user_may_approve(obj, user):
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and not self.user_may_approve(task_state.workflow_state.content_object, user):
            raise PermissionDenied(_("You edited this page during this review; another reviewer must approve it."))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, but never their own edits (four-eyes principle).")

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")


class ReviewReminder(models.Model):
    """A review-by date an editor digest already announced for one offer (so a second sweep sends
    nothing new)."""

    offer = models.ForeignKey("offers.OfferPage", on_delete=models.CASCADE, related_name="review_reminders")
    review_by = models.DateField(_("review by"))
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    recipients = models.TextField(_("recipients"), blank=True)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [models.UniqueConstraint(fields=["offer", "review_by"], name="one_reminder_per_review_date")]

    def __str__(self):
        return f"{self.offer_id} {self.review_by}"
