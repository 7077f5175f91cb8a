from newsroom.core.languages import for_reader


class TextForReader:
    """Translated texts shown to readers, with the language they are in."""

    def text_for_reader(self, field):
        return for_reader(self, field, self.language)
