"""ZIP archives damaged as real ones are: a member with a bad checksum, one
encrypted, one compressed by a method nobody reads, corrupt data, an archive
cut short. Built byte by byte from a good archive."""

import io
import struct
import zipfile

GOOD_TEXT = (
    "Communiqué de presse\n\nUn titre d'essai pour l'import\n\n"
    "Genève, 3 mars 2020 – Un paragraphe de texte, assez long pour un résumé.\n\n"
    "Un second paragraphe.\n"
).encode()

# How each member is damaged, and the words of the report that say so.
DAMAGES = {
    "bad_crc": "Damaged in the archive",
    "encrypted": "Encrypted",
    "method_99": "method 99",
    "corrupt": "Damaged in the archive",
}


def archive(members, damage=None):
    """The bytes of a ZIP of ``members`` (name → bytes), deflated, with the
    members named in ``damage`` (name → a key of DAMAGES) damaged."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    data = bytearray(buffer.getvalue())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as opened:
        infos = {info.filename: info for info in opened.infolist()}
    for name, kind in (damage or {}).items():
        local = infos[name].header_offset
        central = _central_entry(data, name)
        if kind == "bad_crc":
            crc = struct.unpack_from("<I", data, central + 16)[0]
            struct.pack_into("<I", data, central + 16, crc ^ 0xFFFF)
        elif kind == "encrypted":
            data[central + 8] |= 0x1
            data[local + 6] |= 0x1
        elif kind == "method_99":
            struct.pack_into("<H", data, central + 10, 99)
            struct.pack_into("<H", data, local + 8, 99)
        elif kind == "corrupt":
            name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
            start = local + 30 + name_length + extra_length
            for offset in range(start, start + 8):
                data[offset] ^= 0x5A
        else:
            raise ValueError(kind)
    return bytes(data)


def _central_entry(data, name):
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length].decode() == name:
            return position
        position = data.find(b"PK\x01\x02", position + 4)
    raise LookupError(name)
