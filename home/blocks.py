from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    url = blocks.URLBlock(label=_("or web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Button")
        template = "home/blocks/call_to_action.html"


class StandardBody(blocks.StreamBlock):
    """The small set of blocks free content needs: no layout tricks for editors to misuse."""

    heading = blocks.CharBlock(label=_("heading"), icon="title", template="home/blocks/heading.html")
    paragraph = blocks.RichTextBlock(label=_("paragraph"), features=["bold", "italic", "link", "ul", "ol"])
    image = ImageBlock(label=_("image"), template="home/blocks/image.html")
    call_to_action = CallToActionBlock()
