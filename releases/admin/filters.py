from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from releases.models import LANGUAGE_CODES, Release


class MissingLanguageFilter(admin.SimpleListFilter):
    title = _("missing language")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return settings.LANGUAGES

    def queryset(self, request, queryset):
        if self.value() in LANGUAGE_CODES:
            return queryset.missing_language(self.value())
        return queryset


class CountryFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        used = set()
        for value in Release.objects.values_list("countries", flat=True).distinct():
            used.update(code for code in (value or "").split(",") if code)
        return sorted(
            ((code, countries.name(code)) for code in used), key=lambda c: c[1]
        )

    def queryset(self, request, queryset):
        if self.value() and self.value() in countries:
            return queryset.filter(countries__contains=self.value())
        return queryset
