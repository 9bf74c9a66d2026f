"""The article's admin form."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from .text import printable


class ArticleForm(WagtailAdminPageForm):
    """Hands each 同时发布栏目 row its article, so that the row can refuse the article's own
    channel (ArticleListing.clean). A new article is not filed yet: its channel is the one
    of the month folder it is being written in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.primary_channel_id is None and self.parent_page is not None:
            self.instance.primary_channel_id = self._channel().id
        if self.instance.pk is None and not self.initial.get("source") and self.parent_page is not None:
            # What a reporter knows: 来源 is the newsroom's own unless the story came from elsewhere.
            from siteconfig.models import SiteSettings

            self.initial["source"] = SiteSettings.for_site(self.parent_page.get_site()).source_for_new_articles()
        for form in self.formsets["listings"].forms:
            form.instance.article = self.instance
        # Reporters don't make up URLs: a blank slug becomes the day and time, as filing does.
        self.fields["slug"].required = False
        self.fields["slug"].help_text = "留空则按时间自动生成(如 25075626)"

    def _channel(self):
        """The channel the new article is written in: its parent, or its month folder's."""
        from .models import Channel

        parent = self.parent_page.specific
        return parent if isinstance(parent, Channel) else parent.get_parent().specific

    def clean(self):
        if self.parent_page is not None:
            self._fill_slug()
        for name in self.instance.TEXT_FIELDS:  # the draft's revision too, not only the live row
            if isinstance(self.cleaned_data.get(name), str):
                self.cleaned_data[name] = printable(self.cleaned_data[name])
        return super().clean()

    def _fill_slug(self):
        """A blank slug becomes the day and time; under its channel, the slug must be free
        in the month folder the article will be filed in."""
        from .filing import free_slug, month_folder  # filing imports the models, which import this form
        from .models import ArticleFolder

        siblings = self.parent_page
        if siblings.specific_class is not ArticleFolder:
            when = self.cleaned_data.get("publish_time") or timezone.now()
            siblings = month_folder(self._channel(), when, create=False) or siblings
        slug = self.cleaned_data.get("slug")
        if not slug:
            self.cleaned_data["slug"] = free_slug(siblings, f"{timezone.localtime():%d%H%M%S}")
        elif siblings is not self.parent_page and siblings.get_children().filter(slug=slug).exists():
            self.add_error("slug", "本月已有稿件使用这个地址,请换一个")
