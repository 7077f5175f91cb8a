"""What every app builds on and that imports no app: languages, text
normalising, HTML cleaning, slugs, JSON-LD helpers, the page cache."""
