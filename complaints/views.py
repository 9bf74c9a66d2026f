"""The public side of 举报: the form, the receipt, and the look-up of the result.

These pages carry a CSRF token or a reader's own result, so the delivery middleware never
caches them (no view here asks it to)."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from portal.clients import client_address, within_limit
from screening.hits import screen_fields

from .forms import ComplaintForm, LookupForm
from .models import Complaint

# A reader may send a few reports in a row; a flood from one address is turned away.
REPORTS_PER_HOUR = 10
LOOKUPS_PER_HOUR = 60


@require_http_methods(["GET", "HEAD", "POST"])
def report(request):
    if request.method != "POST":
        form = ComplaintForm(initial={"url": request.GET.get("url", "")[:500]})
        return render(request, "complaints/form.html", {"form": form})
    if not within_limit(request, "complaint", REPORTS_PER_HOUR, 3600):
        return render(request, "complaints/too_many.html", status=429)
    form = ComplaintForm(request.POST)
    if not form.is_valid():
        return render(request, "complaints/form.html", {"form": form}, status=400)
    complaint = form.save(commit=False)
    complaint.address = client_address(request)
    complaint.save()
    screen_fields(f"complaint:{complaint.pk}", {"description": complaint.description, "url": complaint.url})
    # The reader lands on their own result: a reload does not send the report twice.
    done = HttpResponseRedirect(f"{reverse('complaints:lookup')}?receipt={complaint.receipt}&new=1")
    done.status_code = 303
    return done


@require_http_methods(["GET", "HEAD"])
def lookup(request):
    form = LookupForm({"receipt": request.GET["receipt"]} if "receipt" in request.GET else None)
    complaint, status = None, 200
    if form.is_valid():
        if not within_limit(request, "complaint-lookup", LOOKUPS_PER_HOUR, 3600):
            return render(request, "complaints/too_many.html", status=429)
        complaint = Complaint.objects.filter(receipt=form.cleaned_data["receipt"]).first()
        status = 200 if complaint else 404
    elif form.is_bound:
        status = 400
    context = {"form": form, "complaint": complaint, "new": complaint and "new" in request.GET}
    return render(request, "complaints/lookup.html", context, status=status)
