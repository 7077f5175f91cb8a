"""What a press office had in its database before events, pictures and the
importer moved to apps of their own, written with the historical models of
the previous main's last migrations (tests/test_migrations.py)."""

import datetime as dt

from django.db.models import Q

UTC = dt.UTC


# releases/roles.py as the previous main had it. A database migrated then
# holds these; replaying its data migrations today does not, since they read
# today's lists, which name permissions of apps that do not exist yet.
OLD_CONTRIBUTOR = [
    "releases.view_release",
    "releases.add_release",
    "releases.change_release",
    "releases.submit_release",
    "releases.view_theme",
    "contacts.view_organisation",
    "contacts.add_organisation",
    "contacts.view_official",
    "contacts.add_official",
    "contacts.view_presscontact",
    "releases.view_event",
    "releases.view_speaker",
    *(
        f"releases.{action}_{model}"
        for model in ("mention", "releasecontact", "galleryimage", "attachment")
        for action in ("view", "add", "change", "delete")
    ),
    "releases.view_image",
    "releases.add_image",
]
OLD_EDITOR = [
    *OLD_CONTRIBUTOR,
    "releases.change_others_release",
    "releases.delete_release",
    "releases.add_theme",
    "releases.change_theme",
    "contacts.change_organisation",
    "contacts.change_official",
    "contacts.add_presscontact",
    "contacts.change_presscontact",
    "releases.add_event",
    "releases.change_event",
    *(f"releases.{action}_speaker" for action in ("add", "change", "delete")),
    "releases.change_image",
]
OLD_PUBLISHER = [
    *OLD_EDITOR,
    "releases.publish_release",
    "releases.withdraw_release",
    "releases.delete_theme",
    "releases.delete_event",
    "releases.delete_image",
    "contacts.delete_organisation",
    "contacts.delete_official",
    "contacts.delete_presscontact",
]
OLD_GROUPS = {
    "Contributor": OLD_CONTRIBUTOR,
    "Editor": OLD_EDITOR,
    "Publisher": OLD_PUBLISHER,
}


def held(apps, group_name):
    """The group's permissions, as ``app_label.codename``."""
    group = apps.get_model("auth", "Group").objects.get(name=group_name)
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def give_old_roles(apps):
    """Give each group exactly what the previous main's roles listed."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in OLD_GROUPS.items():
        query = Q(pk__in=[])
        for permission in permissions:
            app_label, codename = permission.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        Group.objects.get(name=name).permissions.set(Permission.objects.filter(query))
        # Each exists at the old state: the editor can change events.
        assert held(apps, name) == set(permissions), f"{name} lacks a permission"


def translated(field, **by_language):
    """A translated field's columns; the base one holds the default language,
    as modeltranslation leaves it."""
    return {field: by_language["en"]} | {
        f"{field}_{language}": text for language, text in by_language.items()
    }


def write_rows(apps):
    """Rows of every moved model and of each one that points at them;
    returns their primary keys by name."""
    get = apps.get_model
    ana = get("auth", "User").objects.create(
        username="ana", password="!", is_staff=True
    )
    organisations = _organisations(get)
    pictures = _pictures(get, ana)
    official = get("contacts", "Official").objects.create(
        full_name="Emiliano Rolón Fernández",
        name_key="emiliano rolon fernandez",
        slug="emiliano-rolon-fernandez",
        **translated("position", en="Attorney General", fr="Procureur général"),
        organisation=organisations["ministerio"],
        country="PY",
        portrait=pictures["portrait"],
    )
    contact = get("contacts", "PressContact").objects.create(
        full_name="Juan Pérez",
        name_key="juan perez",
        slug="juan-perez",
        office=organisations["iom_paraguay"],
        email="jperez@iom.int",
        # As printed on the release: it does not validate, so it is kept.
        mobile="+595 21 981-50-90-20",
        needs_review=True,
        landline="+595 21 498 230",
        landline_e164="+59521498230",
        languages=["es", "en"],
    )
    event = _event(get, organisations, pictures["event"])
    speaker = get("releases", "Speaker").objects.create(
        event=event,
        official=official,
        **translated("topic", en="Protecting victims", fr="Protéger"),
        order=1,
    )
    theme = get("releases", "Theme").objects.create(
        **translated("name", en="Counter-trafficking", fr="Traite"),
        **translated("slug", en="counter-trafficking", fr="traite"),
    )
    release = _published_release(get, ana, event, pictures["hero"], theme)
    gallery = get("releases", "GalleryImage").objects.create(
        release=release, image=pictures["gallery"], order=1
    )
    attachment = get("releases", "Attachment").objects.create(
        release=release,
        **translated("title", en="Programme", fr="Programme"),
        language="fr",
        file="documents/2026/programme.pdf",
        kind="pdf",
        file_size=48_213,
        filename="programme.pdf",
    )
    mention = get("releases", "Mention").objects.create(
        release=release,
        official=official,
        **translated("role", en="opened the seminar", fr="a ouvert"),
    )
    release_contact = get("releases", "ReleaseContact").objects.create(
        release=release, contact=contact
    )
    draft = get("releases", "Release").objects.create(
        **translated("title", en="Old release", fr="Ancien communiqué"),
        **translated("slug", en="old-release", fr="ancien-communique"),
        original_language="fr",
        status="draft",
    )
    imported = get("releases", "ImportedText").objects.create(
        release=draft,
        source="archive/2019/paraguay.fr.txt",
        digest="ab" * 32,
        key="2019-paraguay",
        language="fr",
        caption="Asunción, 2019.",
        warnings=["No dateline found."],
        imported_at=dt.datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
        imported_by=ana,
    )
    entry = get("admin", "LogEntry").objects.create(
        user=ana,
        content_type=get("contenttypes", "ContentType").objects.get(
            app_label="releases", model="event"
        ),
        object_id=str(event.pk),
        object_repr=event.title,
        action_flag=2,
        change_message='[{"changed": {"fields": ["Venue"]}}]',
    )
    return {
        **{name: organisation.pk for name, organisation in organisations.items()},
        **{f"{name}_picture": picture.pk for name, picture in pictures.items()},
        "user": ana.pk,
        "official": official.pk,
        "contact": contact.pk,
        "event": event.pk,
        "speaker": speaker.pk,
        "theme": theme.pk,
        "release": release.pk,
        "gallery": gallery.pk,
        "attachment": attachment.pk,
        "mention": mention.pk,
        "release_contact": release_contact.pk,
        "draft": draft.pk,
        "imported": imported.pk,
        "log_entry": entry.pk,
    }


def _organisations(get):
    Organisation = get("contacts", "Organisation")
    iom = Organisation.objects.create(
        **translated("name", en="International Organization for Migration"),
        **translated("acronym", en="IOM", fr="OIM"),
        kind="intergovernmental",
        website="https://www.iom.int/",
    )
    return {
        "iom": iom,
        "iom_paraguay": Organisation.objects.create(
            **translated("name", en="IOM Paraguay", fr="OIM Paraguay"),
            kind="own_office",
            country="PY",
            parent=iom,
        ),
        "ministerio": Organisation.objects.create(
            **translated("name", en="Public Prosecutor's Office"),
            kind="prosecution",
            country="PY",
        ),
    }


def _pictures(get, uploaded_by):
    Image = get("releases", "Image")
    return {
        name: Image.objects.create(
            # Only the name is stored: the migration moves no file.
            file=f"pictures/2026/{name}.jpg",
            language="fr",
            **translated("alt_text", en=f"The {name}", fr=f"Le {name}"),
            **translated("caption", en="Asunción, May 2026."),
            credit="IOM / Juan Pérez",
            focal_x=40,
            width=1600,
            height=1067,
            file_size=234_567,
            original_name=f"{name.upper()}.JPG",
            uploaded_by=uploaded_by,
            rendition_bytes={"640": 51_200},
        )
        for name in ("portrait", "event", "hero", "gallery")
    }


def _event(get, organisations, picture):
    event = get("releases", "Event").objects.create(
        kind="seminar",
        **translated("title", en="Seminar on trafficking", fr="Séminaire"),
        **translated("slug", en="seminar-trafficking", fr="seminaire"),
        starts_at=dt.datetime(2026, 5, 12, 12, 0, tzinfo=UTC),
        ends_at=dt.datetime(2026, 5, 12, 20, 0, tzinfo=UTC),
        time_zone="America/Asuncion",
        **translated("venue", en="Sheraton Hotel", fr="Hôtel Sheraton"),
        **translated("city", en="Asunción"),
        country="PY",
        image=picture,
    )
    event.organisers.set([organisations["ministerio"]])
    event.supporters.set([organisations["iom"], organisations["iom_paraguay"]])
    return event


def _published_release(get, author, event, hero, theme):
    release = get("releases", "Release").objects.create(
        **translated("title", en="Prosecutors meet", fr="Les procureurs"),
        **translated("slug", en="prosecutors-meet", fr="les-procureurs"),
        **translated("summary", en="A seminar.", fr="Un séminaire."),
        **translated("body", en="<p>They met.</p>", fr="<p>Réunis.</p>"),
        **translated("dateline_place", en="Paraguay", fr="Paraguay"),
        countries=["PY"],
        region="global",
        original_language="fr",
        status="published",
        publish_at=dt.datetime(2026, 5, 13, 8, 0, tzinfo=UTC),
        first_published_at=dt.datetime(2026, 5, 13, 8, 0, tzinfo=UTC),
        created_by=author,
        event=event,
        hero_image=hero,
    )
    release.themes.set([theme])
    return release
