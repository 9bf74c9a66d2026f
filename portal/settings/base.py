"""Settings shared by every environment.

What differs between a laptop and production comes from environment variables
(DATABASE_URL, SECRET_KEY, ALLOWED_HOSTS, REDIS_URL, …); nothing secret lives here.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Runtime data of the embedded default: SQLite file, uploads, generated secrets.
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "accounts",
    "pictures",
    "news",
    "people",
    "siteconfig",
    "placement",
    "topics",
    "archive",
    "ranking",
    "importing",
    "demo",
    "sitesearch",
    "syndication",
    "api",
    "review",
    "screening",
    "delivery",
    "complaints",
    "submissions",
    "audit_trail",
    "mirror",  # 繁体版: the traditional-character mirror of the public pages
    "portal",  # the sidebar fragment and its template tag
    "captcha",  # the 举报 and 投稿 forms' picture CAPTCHA, drawn here (django-simple-captcha)
    "ninja",  # serves Swagger UI of /api/v1/docs from local static files, not a CDN
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.wagtail_users.UsersConfig",  # Wagtail's users app with the portal's user views
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "axes",  # login lockout
    "django_otp",  # 动态口令 (TOTP) as a second step of logging in
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Answers from the page cache before anything below runs, and stores pages with every
    # header the middleware below adds; marks what may be cached.
    "delivery.middleware.DeliveryMiddleware",
    # 繁体版: a request under the mirror is handed on as the original's and its response
    # converted, below the page cache, which files the converted copy under the mirror's address.
    "mirror.middleware.MirrorMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "siteconfig.middleware.RememberedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "audit_trail.middleware.CurrentRequestMiddleware",  # who acted, from where, for the audit trail
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.IdleTimeoutMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # An imported article's old address (旧地址) answers its 404 with a 301 (importing.addresses).
    "importing.addresses.OldAddressMiddleware",
    # Turns a login refused for too many failures into the lockout page (accounts.lockout).
    "axes.middleware.AxesMiddleware",
    # Last, so it sees a view's exception first: a POST no form made is a 400.
    "portal.middleware.MalformedPostMiddleware",
]

# Content-Security-Policy of the public pages (django-csp): scripts, styles, fonts and pictures
# from the site itself only, nothing inline; videos may come from the newsroom's CDN over
# HTTPS. Wagtail's admin is built on inline scripts and is left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "media-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

# The proxies whose X-Forwarded-For is believed (nginx on the same machine): the audit trail
# records the address nginx saw rather than nginx's own.
PROXY_ADDRESSES = [a for a in os.environ.get("PROXY_ADDRESSES", "127.0.0.1,::1").split(",") if a]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A connection broken by a database restart is replaced before a request uses it.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the reader pages and the ranking flush write side by side.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
WAGTAILIMAGES_IMAGE_MODEL = "pictures.Picture"
# A picture is decoded whole for every rendition (about 4 bytes a pixel): 40 million pixels
# (a 36-megapixel camera at full size) is some 160 MB at once; Wagtail's default of 128
# million let a 60000 × 2000 strip of 354 kB take 426 MB. Larger photos are scaled down first.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000

# Password policy (等保2.0): ten characters or more, three kinds of character of four, none of
# the last PASSWORD_HISTORY passwords (kept as hashes, accounts.PasswordRecord).
PASSWORD_HISTORY = int(os.environ.get("PASSWORD_HISTORY", "5"))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.passwords.CharacterKindsValidator", "OPTIONS": {"min_kinds": 3}},
    {"NAME": "accounts.passwords.PasswordHistoryValidator", "OPTIONS": {"remembered": PASSWORD_HISTORY}},
]

# Login lockout (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account from
# one address, that pair is refused for LOGIN_COOLOFF_MINUTES (counted again from each try
# made meanwhile); the other editors behind the same address still log in. A success resets.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"
AXES_CLIENT_IP_CALLABLE = "portal.clients.client_address"
# A signed-in session idle this long ends on its next request (accounts.middleware).
SESSION_IDLE_MINUTES = int(os.environ.get("SESSION_IDLE_MINUTES", "30"))
# 动态口令 (TOTP): optional for everyone; TOTP_REQUIRED_FOR_SUPERUSERS=1 sends a superuser
# without one to add it before any admin page (off by default: the demo's admin logs in at once).
TOTP_REQUIRED_FOR_SUPERUSERS = os.environ.get("TOTP_REQUIRED_FOR_SUPERUSERS", "0") == "1"
OTP_TOTP_ISSUER = "中工网"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
TIME_ZONE = "Asia/Shanghai"
# Beijing time for every admin user: with one zone Wagtail hides the per-user choice.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
USE_I18N = True
USE_TZ = True
# Chinese for what Wagtail and Django leave untranslated; Django reads these catalogs first.
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# The embedded default serves uploads itself; behind nginx this is switched off.
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "1") == "1"
# Behind nginx an original picture is sent by nginx from this internal location once the app
# has checked who asks (pictures.views.original); unset, the app sends the file itself.
MEDIA_ACCEL_PREFIX = os.environ.get("MEDIA_ACCEL_PREFIX", "")
# Readers' 投稿 attachments: beside media, never under it, so no web server publishes them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
PRIVATE_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"base_url": "/-/"}}
STORAGES = {
    "default": {"BACKEND": "pictures.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
    "private": {**PRIVATE_STORAGE, "OPTIONS": {**PRIVATE_STORAGE["OPTIONS"], "location": PRIVATE_MEDIA_ROOT}},
}
WHITENOISE_USE_FINDERS = True

# Without REDIS_URL everything stays in this process (the embedded default); with it, the
# cache, sessions, the view counter and the delivery index are shared by every process.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # With Redis stopped, pages are still served: a miss instead of an error.
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}

# Render once (delivery/): where cached copies live and how they are found again.
# DELIVERY_BACKENDS: the caches purged on every change; "local" is this process's page store.
# PURGE_URL (nginx's purge location; one per caching machine, comma-separated) switches to
# nginx's cache in front of the app.
PURGE_URLS = [url for url in os.environ.get("PURGE_URL", "").split(",") if url]
if PURGE_URLS:
    DELIVERY_BACKENDS = {
        f"nginx{n}": {"BACKEND": "delivery.backends.nginx.NginxPurge", "LOCATION": url}
        for n, url in enumerate(PURGE_URLS)
    }
    DELIVERY_KEY_HEADER = "X-Cache-Key"  # nginx says under which key it files the response
else:
    DELIVERY_BACKENDS = {"local": {"BACKEND": "delivery.backends.local.LocalPages"}}
    DELIVERY_KEY_HEADER = ""
# Which cached address showed which tag: in this process, or in Redis for many processes.
DELIVERY_INDEX = REDIS_URL or "memory"
# How long a cache may serve an old copy while the app cannot answer.
DELIVERY_STALE_SECONDS = 86400

# 繁体版 (mirror/): every public page in traditional characters, converted by OpenCC with
# MIRROR_VARIANT (s2t standard, s2tw Taiwan forms, s2twp Taiwan forms and phrases, s2hk Hong
# Kong forms), under MIRROR_PREFIX on every host ("" for no mirror), or on hosts of its own:
# MIRROR_HOSTS="big5.example.com=www.example.com,…" (mirror=original; the prefix is then not
# served; each mirror host belongs in ALLOWED_HOSTS).
MIRROR_VARIANT = os.environ.get("MIRROR_VARIANT", "s2t")
MIRROR_PREFIX = os.environ.get("MIRROR_PREFIX", "/big5/")
MIRROR_HOSTS = dict(
    pair.strip().lower().partition("=")[::2] for pair in os.environ.get("MIRROR_HOSTS", "").split(",") if pair.strip()
)

WAGTAIL_SITE_NAME = "中工网"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's admin search and choosers read the portal's Chinese index (sitesearch.admin_search).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "sitesearch.admin_search"}}
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False  # Wagtail's release notes are not the newsroom's business
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_FINDERS = []  # no embeds fetched from outside at run time
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"  # its password field has a Chinese label
# No Gravatar avatars in the admin: unreachable from mainland China, so every admin page kept loading.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "zip"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Mail (三审 notices): through SMTP when EMAIL_HOST is set (production), else each message
# is written as a file under var/mail/ (make run), where it can be read.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend" if EMAIL_HOST else "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "0") == "1"
EMAIL_TIMEOUT = 10  # a slow mail server must not hold a reviewer's click
DEFAULT_FROM_EMAIL = WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# Wagtail would copy every superuser on every review notice; the reviewers are enough.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# How often the in-process view counter writes its buffer to the database.
RANKING_FLUSH_SECONDS = int(os.environ.get("RANKING_FLUSH_SECONDS", "10"))
# How often the server process itself publishes and expires scheduled pages (定时发布); 0 = never.
SCHEDULER_SECONDS = int(os.environ.get("SCHEDULER_SECONDS", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# Where nginx writes the beacons it answers (production profile); `count_beacons` reads them.
BEACON_LOG_DIR = os.environ.get("BEACON_LOG_DIR", "")
# The CAPTCHA of the readers' forms: drawn here with Pillow, never a third-party service.
CAPTCHA_LENGTH = 5
CAPTCHA_FONT_SIZE = 30
CAPTCHA_IMAGE_SIZE = (130, 44)
CAPTCHA_TIMEOUT = 10  # minutes to fill the form

# 站内搜索 ranking within a tier (sitesearch.services): score = SEARCH_TITLE_WEIGHT if the
# title holds the query, plus 0.5 ** (age / SEARCH_HALF_LIFE_DAYS). A title weight of 1 or
# more puts every title match first and the newest next; below 1, a fresh body match can
# pass an old title match.
SEARCH_TITLE_WEIGHT = float(os.environ.get("SEARCH_TITLE_WEIGHT", "1.0"))
SEARCH_HALF_LIFE_DAYS = float(os.environ.get("SEARCH_HALF_LIFE_DAYS", "30"))

# Old addresses of imported archives (importing.addresses). The old site's own hosts: their
# paths are the portal's now and are kept without a host; any other host (a sub-site such
# as xz.example.cn) is kept with it. The old traditional mirror's addresses, as templates of
# an old page's {host} and {path}, answer with the portal's own traditional mirror.
OLD_SITE_HOSTS = [h.lower() for h in os.environ.get("OLD_SITE_HOSTS", "www.workercn.cn,workercn.cn").split(",") if h]
OLD_MIRROR_ADDRESSES = [
    t for t in os.environ.get("OLD_MIRROR_ADDRESSES", "big5.workercn.cn/gate/big5/{host}{path}").split(",") if t
]
# Where an old site's article pages keep each part (importing.formats.html): CSS selectors,
# tried in order; a page none fits is read by trafilatura. TRS_Editor and #zoom are the body
# of the TRS and CMS templates most Chinese news sites published with.
IMPORT_HTML_SELECTORS = {
    "title": ["h1", ".article-title", ".title"],
    "body": [".TRS_Editor", "#zoom", "#content", ".article-content", ".content", "article"],
    "byline": [".author", ".byline", ".article-author"],
    "channel": [".position", ".crumb", ".breadcrumb", ".location", ".path"],
}

# 投稿 and 举报 (content and the sender's address) are kept at least 60 days by law; handled
# ones older than this are deleted by `purge_submissions` and `purge_complaints`.
READERS_RECORDS_KEEP_DAYS = int(os.environ.get("READERS_RECORDS_KEEP_DAYS", "180"))
