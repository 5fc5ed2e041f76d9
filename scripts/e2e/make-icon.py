# Generates media/icon.png (128×128): a dark rounded tile with a 3×4 grid of cells in a
# viridis-like ramp — an array drawn as a heatmap, the extension's mark. Pure standard library
# (zlib + struct), so it needs no imaging package. Run: python3 scripts/e2e/make-icon.py
import struct
import zlib
from pathlib import Path

SIZE = 128
STOPS = [(68, 1, 84), (59, 81, 139), (33, 144, 141), (92, 200, 99), (253, 231, 37)]


def ramp(t):
    x = t * (len(STOPS) - 1)
    i = min(len(STOPS) - 2, int(x))
    f = x - i
    a, b = STOPS[i], STOPS[i + 1]
    return tuple(round(a[k] + (b[k] - a[k]) * f) for k in range(3))


def inside_rounded(x, y, r=22):
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


rows, cols, margin, gap = 3, 4, 18, 6
cell_w = (SIZE - 2 * margin - (cols - 1) * gap) / cols
cell_h = (SIZE - 2 * margin - (rows - 1) * gap) / rows
pixels = bytearray()
for y in range(SIZE):
    pixels.append(0)  # filter: none
    for x in range(SIZE):
        if not inside_rounded(x, y):
            pixels += bytes((0, 0, 0, 0))
            continue
        colour = (30, 30, 36)
        gx, gy = x - margin, y - margin
        c, r = int(gx // (cell_w + gap)), int(gy // (cell_h + gap))
        if 0 <= c < cols and 0 <= r < rows and gx - c * (cell_w + gap) < cell_w and gy - r * (cell_h + gap) < cell_h:
            colour = ramp((r * cols + c) / (rows * cols - 1))
        pixels += bytes((*colour, 255))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(bytes(pixels), 9)) + chunk(b'IEND', b'')
out = Path(__file__).resolve().parents[2] / 'media' / 'icon.png'
out.write_bytes(png)
print(f'wrote {out} ({len(png)} bytes)')
