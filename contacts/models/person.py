from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from contacts.names import name_key
from newsroom.core.old_slugs import KeepsOldSlugs
from newsroom.core.slugs import free_slug


class PersonQuerySet(models.QuerySet):
    def with_name_of(self, name):
        """People with this name, however it is accented, cased or spaced."""
        return self.filter(name_key=name_key(name))


class Person(KeepsOldSlugs, models.Model):
    """What officials and press contacts share: a name, a key, a slug, and
    the slugs they had (each kind's model of them links ``old_slugs``)."""

    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("As the person writes it, in any script: it is not translated."),
    )
    # "javier diaz veron" for "Javier  Díaz Verón": finds the same person
    # typed twice, and lets a search without accents find them.
    name_key = models.CharField(max_length=200, editable=False, db_index=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("The person's part of web addresses. Filled from the name."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name_key"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.full_name = " ".join(self.full_name.split())
        self.name_key = name_key(self.full_name)
        if not self.slug:
            self.slug = free_slug(self.full_name, self._slug_taken)
        super().save(*args, **kwargs)
        self.keep_old_slugs()

    @classmethod
    def from_db(cls, db, field_names, values):
        person = super().from_db(db, field_names, values)
        person.remember_slugs()
        return person

    def clean(self):
        super().clean()
        # The unique slug is checked by the form; an address someone else
        # had before is not, and would take over their old links.
        if self.slug and self.slug_retired(self.slug):
            raise ValidationError(
                {
                    "slug": _(
                        "Someone else had this address before. Choose another slug."
                    )
                }
            )

    def _slug_taken(self, slug):
        return type(self).objects.filter(slug=slug).exclude(
            pk=self.pk
        ).exists() or self.slug_retired(slug)
