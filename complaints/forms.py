from captcha.fields import CaptchaField
from django import forms

from news.text import printable

from .models import RECEIPT_LENGTH, Complaint


class ComplaintForm(forms.ModelForm):
    captcha = CaptchaField(label="验证码", error_messages={"invalid": "验证码不对,请看图重新输入"})

    class Meta:
        model = Complaint
        fields = ["category", "url", "description", "contact"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["url"].assume_scheme = "https"  # a bare www.… is read as https://

    def clean(self):
        data = super().clean()
        return {name: printable(value) for name, value in data.items()}


class LookupForm(forms.Form):
    receipt = forms.CharField(label="受理编号", max_length=RECEIPT_LENGTH + 10)

    def clean_receipt(self):
        return "".join(self.cleaned_data["receipt"].split()).upper()
