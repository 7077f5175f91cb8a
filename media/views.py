"""What journalists download: a picture in high resolution, a release's media
kit, its documents. Originals are private files: these views are the only
way to them, and each checks that what it serves is public."""

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_safe
from zipstream import ZIP_STORED, ZipStream

from media.models import Attachment, Image

CHUNK = 256 * 1024
# Public files may be kept by browsers and proxies for a while, but not for
# long: a release may still be unpublished.
MAX_AGE = 3600


def downloaded(response):
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def image_download(request, pk):
    """The original picture, named for what it shows and who took it."""
    picture = Image.objects.public().filter(pk=pk).first()
    if picture is None:
        raise Http404
    return downloaded(
        FileResponse(
            picture.file.open("rb"),
            as_attachment=True,
            filename=picture.download_name(),
            content_type=picture.content_type,
        )
    )


@require_safe
def attachment_download(request, pk, filename):
    attachment = (
        Attachment.objects.public()
        .filter(pk=pk)
        .only("pk", "file", "filename", "kind")
        .first()
    )
    if attachment is None:
        raise Http404
    if filename != attachment.filename:
        return redirect(attachment.get_download_url(), permanent=True)
    return downloaded(
        FileResponse(
            attachment.file.open("rb"),
            as_attachment=True,
            filename=attachment.filename,
            content_type=attachment.document_kind.content_type,
        )
    )


def read_in_chunks(file):
    with file.open("rb") as opened:
        while chunk := opened.read(CHUNK):
            yield chunk


def media_kit_response(request, *, pictures, filename, **context):
    """A ZIP of ``pictures`` in high resolution, with a credits.txt saying
    what each shows, who took it and on what terms (``context`` names what
    they illustrate: its ``title`` and ``url``).

    Streamed one file after another: the archive is never held in memory,
    and its length is known before the first byte, so downloads show
    their progress.
    """
    entries = [
        (f"{number:02d}_{picture.download_name()}", picture)
        for number, picture in enumerate(pictures, start=1)
    ]
    credits = render_to_string(
        "media/media_kit_credits.txt",
        {**context, "entries": entries, "made_at": timezone.now()},
        request=request,
    )
    stream = ZipStream(compress_type=ZIP_STORED, sized=True)
    stream.add(credits.replace("\n", "\r\n"), "credits.txt")
    for name, picture in entries:
        # The size kept at upload, as the page advertises it: no storage
        # lookup per picture.
        stream.add(read_in_chunks(picture.file), name, size=picture.file_size)
    response = StreamingHttpResponse(stream, content_type="application/zip")
    response["Content-Length"] = len(stream)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return downloaded(response)
