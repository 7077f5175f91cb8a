from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from contacts.names import free_slug, name_key
from newsroom.images import validate_picture


class Official(models.Model):
    """Someone in the news: an attorney general, a minister, one of our experts."""

    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("As the person writes it, in any script: it is not translated."),
    )
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("The person's part of the address. Filled from the name."),
    )
    honorific = models.CharField(
        _("honorific"),
        max_length=60,
        blank=True,
        help_text=_("As used in this language: Dr, Mr, Ms, H.E.…"),
    )
    position = models.CharField(
        _("position"),
        max_length=200,
        blank=True,
        help_text=_("The title in this language, e.g. “Attorney General of Paraguay”."),
    )
    organisation = models.ForeignKey(
        "contacts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officials",
    )
    country = CountryField(_("country"), blank=True)
    portrait = models.ImageField(
        _("portrait"),
        upload_to="officials/",
        blank=True,
        validators=[validate_picture],
        help_text=_("A JPEG, PNG or WebP head-and-shoulders photo you may publish."),
    )
    bio = models.TextField(_("biography"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("official")
        verbose_name_plural = _("officials")
        ordering = ["name_key"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.full_name = " ".join(self.full_name.split())
        self.name_key = name_key(self.full_name)
        if not self.slug:
            self.slug = free_slug(self.full_name, self._slug_taken)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("officials:detail", kwargs={"slug": self.slug})

    def _slug_taken(self, slug):
        return Official.objects.filter(slug=slug).exclude(pk=self.pk).exists()

    def same_name(self):
        """Other officials with this name, however it is accented or spaced."""
        return Official.objects.filter(name_key=name_key(self.full_name)).exclude(
            pk=self.pk
        )
