"""Draws Kindred's toolbar icon (a teal disc with two linked rings: people kept together) as PNGs.
Run once; the PNGs are committed. Pure Python, so it needs nothing outside the machine."""
import struct, zlib, math, os

def png(size, path):
    rows = []
    c = size / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            d = math.hypot(px - c, py - c)
            a = max(0.0, min(1.0, (size * 0.48 - d) + 0.5))  # anti-aliased disc
            r, g, b = 15, 118, 110
            # two rings
            for cx in (c - size * 0.12, c + size * 0.12):
                rd = abs(math.hypot(px - cx, py - c) - size * 0.2)
                ring = max(0.0, min(1.0, size * 0.055 - rd + 0.5))
                r, g, b = (int(r + (255 - r) * ring), int(g + (255 - g) * ring), int(b + (255 - b) * ring))
            row += bytes([r, g, b, int(255 * a)])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

here = os.path.dirname(os.path.abspath(__file__))
for s in (16, 32, 48, 128):
    png(s, os.path.join(here, '..', 'public', 'icon', f'{s}.png'))
