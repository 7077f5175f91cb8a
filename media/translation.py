from modeltranslation.translator import TranslationOptions, register

from media.models import Attachment, Image


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption", "usage_terms")
    # Pages choose the language themselves (Image.text_for_reader) so that
    # they can mark text in another language with its lang attribute.
    fallback_languages = {"default": ()}


@register(Attachment)
class AttachmentTranslationOptions(TranslationOptions):
    fields = ("title",)
    fallback_languages = {"default": ()}
