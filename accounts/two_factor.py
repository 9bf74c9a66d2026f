"""动态口令 (TOTP, django-otp): an account may add an authenticator app from its account page;
from then on its password alone opens no admin page until the six-digit code is given."""

from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "动态口令"


class CodeForm(forms.Form):
    code = forms.CharField(
        label="动态口令",
        max_length=8,
        help_text="身份验证器应用中显示的 6 位数字",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_code(self):
        return self.cleaned_data["code"].replace(" ", "")


def needs_code(user):
    return user.is_authenticated and not user.is_verified() and user_has_device(user)


def needs_enrolment(user):
    return (
        settings.TOTP_REQUIRED_FOR_SUPERUSERS
        and user.is_authenticated
        and user.is_superuser
        and not user_has_device(user)
    )


def verify(request):
    """The second step of logging in."""
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = ""
    target = target or reverse("wagtailadmin_home")
    if not needs_code(request.user):
        return redirect(target)
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = _confirmed_device(request.user)
        error = _check(device, form.cleaned_data["code"], "动态口令不正确或已过期,请输入应用中当前显示的数字。")
        if error is None:
            otp_login(request, device)
            return redirect(target)
        form.add_error("code", error)
    return render(request, "accounts/two_factor_verify.html", {"form": form})


def enrol(request):
    """Add an authenticator app (scan a QR code drawn here, confirm with a code) or remove it."""
    user, form = request.user, CodeForm(request.POST or None)
    device = _confirmed_device(user)
    if device is not None:
        if form.is_valid():
            error = _check(device, form.cleaned_data["code"], "动态口令不正确,未停用。")
            if error is None:
                TOTPDevice.objects.filter(user=user).delete()
                messages.success(request, "已停用动态口令,今后登录只需密码。")
                return redirect("wagtailadmin_account")
            form.add_error("code", error)
        return render(request, "accounts/two_factor_enrol.html", {"form": form, "enrolled": True})
    # The same secret until it is confirmed, so a QR code already scanned stays good.
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    device = device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    if form.is_valid():
        error = _check(device, form.cleaned_data["code"], "动态口令不正确,请检查手机时间后重试。")
        if error is None:
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, "已启用动态口令,今后登录时需在密码之后输入它。")
            return redirect("wagtailadmin_account")
        form.add_error("code", error)
    context = {
        "form": form,
        "qr": segno.make(device.config_url, error="m").svg_data_uri(scale=5),
        "secret": b32encode(device.bin_key).decode(),
    }
    return render(request, "accounts/two_factor_enrol.html", context)


def _confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def _check(device, code, wrong):
    """None when the code is good, else what to say."""
    # After each wrong code the device checks none for a while (1 s, doubling): guessing is slow.
    if not device.verify_is_allowed()[0]:
        return "尝试过于频繁,请稍候再输入。"
    return None if device.verify_token(code) else wrong
