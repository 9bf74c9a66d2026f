from django import forms

from news.models import Channel
from portal.converters import row_id

from .services import ORDERS


class ChannelChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        # A number no row can have is refused here, before the database overflows on it.
        if value not in self.empty_values and row_id(value) is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)

    def label_from_instance(self, channel):
        return "\u3000" * (channel.depth - 3) + channel.title  # sub-channels indented under their parent


class SearchForm(forms.Form):
    q = forms.CharField(label="搜索词", required=False, strip=True)
    channel = ChannelChoiceField(
        label="栏目",
        queryset=Channel.objects.live().exclude(kind=Channel.Kind.LINK).order_by("path"),
        required=False,
        empty_label="全部栏目",
        error_messages={"invalid_choice": "没有这个栏目。"},
    )
    start = forms.DateField(label="起始日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="截止日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    order = forms.ChoiceField(
        label="排序",
        choices=list(zip(ORDERS, ("按相关度", "按时间"), strict=True)),
        required=False,
        error_messages={"invalid_choice": "排序方式只能是按相关度或按时间。"},
    )

    parts = forms.BooleanField(label="分开搜索各词", required=False)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("起始日期不能晚于截止日期。")
        return data
