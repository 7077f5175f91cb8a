# Arabic dates day first, with the Arabic comma, for dates and times alike
# ("27 نوفمبر، 2026، 22:14"); Django's default puts the month first.
DATE_FORMAT = "j F، Y"
DATETIME_FORMAT = "j F، Y، H:i"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
