"""The dialog of a 三审 action: an optional comment to approve, a required one to send back."""

from django import forms
from wagtail.forms import TaskStateCommentForm


class ReviewCommentForm(TaskStateCommentForm):
    comment = forms.CharField(
        label="审核意见", required=False, max_length=2000, widget=forms.Textarea({"rows": 3}), help_text="可不填"
    )


class ReturnForm(TaskStateCommentForm):
    comment = forms.CharField(
        label="退回意见",
        max_length=2000,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": "请写明要改什么,记者会在“我的稿件”里看到。"},
    )
