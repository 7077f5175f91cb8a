"""The peer's press releases, written the way Wagtail's tutorial ("blog")
and its bakery demo write them: a page per item, an index page that lists
the latest, tags through django-modelcluster, people as snippets."""

from django.core.paginator import Paginator
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

PER_PAGE = 20


@register_snippet
class Person(models.Model):
    """Someone a release names: a spokesperson, an official."""

    name = models.CharField(max_length=255)
    job_title = models.CharField(max_length=255)

    panels = [FieldPanel("name"), FieldPanel("job_title")]

    class Meta:
        verbose_name_plural = "people"

    def __str__(self):
        return self.name


class NewsIndexPage(Page):
    """The list of releases, newest first, 20 a page, filtered by ?tag=."""

    intro = RichTextField(blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["news.NewsPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .prefetch_related("tags")
        )
        tag = request.GET.get("tag")
        if tag:
            news = news.filter(tags__slug=tag)
        context["news"] = Paginator(news, PER_PAGE).get_page(request.GET.get("page"))
        context["tag"] = tag
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPage(Page):
    """A press release."""

    date = models.DateField("release date")
    dateline = models.CharField(max_length=100, help_text='Where from: "GENEVA"')
    intro = models.CharField(max_length=500)
    body = RichTextField()
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True)

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("dateline"), FieldPanel("tags")],
            heading="Release information",
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("news_people", label="People", min_num=0),
    ]
    parent_page_types = ["news.NewsIndexPage"]

    def people(self):
        """The people the release names, in their order, with one query."""
        return [link.person for link in self.news_people.select_related("person")]


class NewsPagePerson(Orderable):
    """A person named on a release, in order (the bakery's BlogPersonRelationship)."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="news_people")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("person")]
