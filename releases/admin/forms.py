from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from media.admin import missing_alt_text


class ReleaseAdminForm(forms.ModelForm):
    """The change form, refusing a plain Save that would break an embargo."""

    def clean(self):
        cleaned_data = super().clean()
        release = self.instance
        # Pressing "Lift the embargo and publish now" or "Cancel the embargo"
        # says what to do; a plain Save with a new time only reschedules.
        explicit = "_publish_now" in self.data or "_withdraw" in self.data
        if (
            release.pk
            and release.is_embargoed
            and "publish_at" in self.changed_data
            and not explicit
        ):
            at = cleaned_data.get("publish_at")
            if at is None or at <= timezone.now():
                # A typo in the year must not publish a release early.
                self.add_error(
                    "publish_at",
                    _(
                        "An embargo must end in the future. To publish the release "
                        "now, use “Lift the embargo and publish now”."
                    ),
                )
        language = cleaned_data.get("original_language") or release.original_language
        error = missing_alt_text(cleaned_data.get("hero_image"), language)
        if error:
            self.add_error("hero_image", error)
        return cleaned_data
