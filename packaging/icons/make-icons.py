#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
"""Writes resources/windows/pcauth.ico and resources/macos/pcauth.icns from the committed PNGs.

The PNGs in resources/icons are rendered from pcauth.svg once and committed; this script turns
them into the two container formats the installers need, with the Python standard library only
(zlib + struct), so it runs anywhere. Its output is committed too: nothing is rendered at
configure time. Run it again after the PNGs change:

    python3 packaging/icons/make-icons.py

The PNGs may be 16 bits per channel; both outputs carry 8-bit RGBA, which every Windows and macOS
icon reader accepts. The .ico holds 16-48 px as classic 32-bit DIBs (read by NSIS, WiX and
Explorer alike) and 64-256 px as PNG, the .icns holds PNG entries from 16 px to 512 px (and 256@2x; there is no
1024 px rendering, so no ic10).
"""
import pathlib
import struct
import sys
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def read_png(path):
    """Returns (width, height, rows of RGBA8 bytes) for an RGBA or RGB PNG of depth 8 or 16."""
    data = path.read_bytes()
    if not data.startswith(PNG_MAGIC):
        sys.exit(f"{path}: not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {6: 4, 2: 3}.get(colour)
    if channels is None or depth not in (8, 16) or interlace:
        sys.exit(f"{path}: only non-interlaced RGB/RGBA PNGs of depth 8 or 16 are supported")
    bpp = channels * depth // 8
    stride = width * bpp
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        previous = line
        samples = line[::2] if depth == 16 else line  # keep the high byte of 16-bit samples
        if channels == 3:
            samples = b"".join(bytes(samples[i:i + 3]) + b"\xff" for i in range(0, len(samples), 3))
        rows.append(bytes(samples))
    return width, height, rows


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def write_png8(width, height, rows):
    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return PNG_MAGIC + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def dib(width, height, rows):
    """A 32-bit BGRA DIB with its AND mask, as stored inside .ico files."""
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(
        bytes(v for i in range(0, len(row), 4) for v in (row[i + 2], row[i + 1], row[i], row[i + 3]))
        for row in reversed(rows))
    mask_stride = ((width + 31) // 32) * 4
    mask = bytearray()
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    return header + pixels + bytes(mask)


def write_ico(images, target):
    entries, payloads = [], []
    offset = 6 + 16 * len(images)
    for size, (width, height, rows) in sorted(images.items()):
        payload = dib(width, height, rows) if size <= 48 else write_png8(width, height, rows)
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(payload), offset))
        payloads.append(payload)
        offset += len(payload)
    target.write_bytes(struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(payloads))


def write_icns(images, target):
    # OSType -> pixel size of the PNG it holds (the @2x types reuse the larger renderings).
    types = [(b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
             (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512)]
    body = b""
    for kind, size in types:
        png = write_png8(*images[size])
        body += kind + struct.pack(">I", len(png) + 8) + png
    target.write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)


def main():
    images = {}
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        width, height, rows = read_png(ICONS / f"pcauth-{size}.png")
        if (width, height) != (size, size):
            sys.exit(f"pcauth-{size}.png is {width}x{height}, expected {size}x{size}")
        images[size] = (width, height, rows)
    (ROOT / "resources" / "windows").mkdir(exist_ok=True)
    (ROOT / "resources" / "macos").mkdir(exist_ok=True)
    write_ico({s: images[s] for s in (16, 24, 32, 48, 64, 128, 256)},
              ROOT / "resources" / "windows" / "pcauth.ico")
    write_icns(images, ROOT / "resources" / "macos" / "pcauth.icns")
    print("wrote resources/windows/pcauth.ico and resources/macos/pcauth.icns")


if __name__ == "__main__":
    main()
