from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from releases.models import Kind, Release, Status, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name_en = factory.Sequence(lambda n: f"Theme {n}")
    slug_en = factory.Sequence(lambda n: f"theme-{n}")
    name_fr = factory.Sequence(lambda n: f"Thème {n}")
    slug_fr = factory.Sequence(lambda n: f"theme-fr-{n}")


class ReleaseFactory(factory.django.DjangoModelFactory):
    """A public English release; pass other fields for other states."""

    class Meta:
        model = Release
        skip_postgeneration_save = True

    kind = Kind.PRESS_RELEASE
    title_en = factory.Sequence(lambda n: f"Release number {n}")
    slug_en = factory.Sequence(lambda n: f"release-number-{n}")
    summary_en = "A short summary of the release."
    body_en = "<p>The body of the release.</p>"
    dateline_place_en = "Geneva"
    original_language = "en"
    status = Status.PUBLISHED
    publish_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))
    first_published_at = factory.SelfAttribute("publish_at")

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


def user_in(group_name, username=None, **kwargs):
    """A staff user in one of the three roles the data migration creates."""
    user = get_user_model().objects.create_user(
        username=username or group_name.lower(),
        password="correct horse battery staple",
        is_staff=True,
        **kwargs,
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user
