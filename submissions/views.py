"""The public 投稿 form. It carries a CSRF token, so it is never cached (no view here asks)."""

from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from portal.clients import client_address, within_limit
from screening.hits import screen_fields

from .forms import SubmissionForm
from .uploads import MAX_TOTAL_BYTES

SUBMISSIONS_PER_HOUR = 5
# The body may carry the attachments and the form around them, no more.
MAX_REQUEST_BYTES = MAX_TOTAL_BYTES + 1024 * 1024


@require_http_methods(["GET", "HEAD", "POST"])
def submit(request):
    if request.method != "POST":
        return render(request, "submissions/form.html", {"form": SubmissionForm()})
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_REQUEST_BYTES:
        return render(request, "submissions/refused.html", {"reason": "附件太大"}, status=413)
    if not within_limit(request, "submission", SUBMISSIONS_PER_HOUR, 3600):
        return render(request, "submissions/refused.html", {"reason": "操作太频繁"}, status=429)
    form = SubmissionForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "submissions/form.html", {"form": form}, status=400)
    with transaction.atomic():
        submission = form.save(commit=False)
        submission.address = client_address(request)
        submission.save()
        for attachment in form.cleaned_data["attachments"]:
            attachment.submission = submission
            attachment.save()
        screen_fields(f"submission:{submission.pk}", {"title": submission.title, "text": submission.text})
    done = HttpResponseRedirect(reverse("submissions:received"))
    done.status_code = 303
    return done


@require_http_methods(["GET", "HEAD"])
def received(request):
    return render(request, "submissions/received.html")
