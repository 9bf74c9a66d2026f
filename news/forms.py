"""The article's admin form."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm


class ArticleForm(WagtailAdminPageForm):
    """Hands each 同时发布栏目 row its article, so that the row can refuse the article's own
    channel (ArticleListing.clean). A new article is not filed yet: its channel is the one
    of the month folder it is being written in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.primary_channel_id is None and self.parent_page is not None:
            self.instance.primary_channel_id = self.parent_page.get_parent().id
        for form in self.formsets["listings"].forms:
            form.instance.article = self.instance
        # Reporters don't make up URLs: a blank slug becomes the day and time, as filing does.
        self.fields["slug"].required = False
        self.fields["slug"].help_text = "留空则按时间自动生成(如 25075626)"

    def clean(self):
        if not self.cleaned_data.get("slug") and self.parent_page is not None:
            from .filing import free_slug  # filing imports the models, which import this form

            self.cleaned_data["slug"] = free_slug(self.parent_page, f"{timezone.localtime():%d%H%M%S}")
        return super().clean()
