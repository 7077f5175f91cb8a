from django.contrib import admin

from contacts.names import name_key


class PersonAdmin(admin.ModelAdmin):
    """Search people however their names are typed: "diaz veron" and "Díaz
    Verón" both find "Javier Díaz Verón"."""

    def get_search_results(self, request, queryset, search_term):
        results, duplicates = super().get_search_results(request, queryset, search_term)
        if key := name_key(search_term):
            results |= queryset.filter(name_key__contains=key)
        return results, duplicates
