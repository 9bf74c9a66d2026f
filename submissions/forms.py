from captcha.fields import CaptchaField
from django import forms
from django.core.files.uploadedfile import UploadedFile

from news.text import printable

from .models import Submission
from .uploads import MAX_FILE_BYTES, MAX_FILES, checked_attachments


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files in one input; each is checked by `uploads` in the form's clean."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*,.pdf,.docx"}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not all(isinstance(one, UploadedFile) for one in files):
            raise forms.ValidationError("附件没有按文件上传,请重新选择")
        return files


class SubmissionForm(forms.ModelForm):
    attachments = AttachmentsField(
        label="附件",
        required=False,
        help_text=f"选填,最多 {MAX_FILES} 个,每个不超过 {MAX_FILE_BYTES // 1024 // 1024} MB:"
        "图片(JPEG、PNG、GIF、WebP)或 PDF、Word(.docx)文档",
    )
    captcha = CaptchaField(label="验证码", error_messages={"invalid": "验证码不对,请看图重新输入"})

    class Meta:
        model = Submission
        fields = ["name", "contact", "title", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 12})}

    def clean_attachments(self):
        return checked_attachments(self.cleaned_data["attachments"])

    def clean(self):
        data = super().clean()
        return {name: printable(value) for name, value in data.items()}
