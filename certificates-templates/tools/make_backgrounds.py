"""Draws the vector backgrounds (background.pdf) of the shipped templates. Run from the repository root:
python3 certificates-templates/tools/make_backgrounds.py"""
import math
import zlib


def pdf(width, height, content, path):
    stream = zlib.compress(content.encode("ascii"), 9)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] /Contents 4 0 R /Resources << >> >>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("ascii")
    offsets.append(len(out))
    out += f"4 0 obj\n<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode("ascii") + stream + b"\nendstream\nendobj\n"
    xref = len(out)
    out += f"xref\n0 5\n0000000000 65535 f \n".encode("ascii")
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    with open(path, "wb") as f:
        f.write(out)


def rgb(hex_colour):
    return " ".join(f"{int(hex_colour[i:i + 2], 16) / 255:.3f}" for i in (0, 2, 4))


def rect(x, y, w, h):
    return f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re\n"


def circle(cx, cy, r):
    k = 0.5523 * r
    return (f"{cx + r:.2f} {cy:.2f} m {cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
            f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
            f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
            f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h\n")


def guilloche(cx, cy, radius, waves, turns, steps=240):
    """A rosette of overlapping waves, the security pattern of printed certificates."""
    parts = []
    for t in range(turns):
        phase = 2 * math.pi * t / turns
        points = []
        for i in range(steps + 1):
            a = 2 * math.pi * i / steps
            r = radius * (0.78 + 0.22 * math.sin(waves * a + phase))
            points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        parts.append(f"{points[0][0]:.2f} {points[0][1]:.2f} m " + " ".join(f"{x:.1f} {y:.1f} l" for x, y in points[1:]) + " S\n")
    return "".join(parts)


def corner(x, y, sx, sy, size):
    """An ornament in a corner: two nested L-shapes and a diamond."""
    s = ""
    for inset, width in ((0, 1.6), (7, 0.6)):
        s += f"{width} w {x + sx * inset:.2f} {y + sy * (inset + size):.2f} m {x + sx * inset:.2f} {y + sy * inset:.2f} l {x + sx * (inset + size):.2f} {y + sy * inset:.2f} l S\n"
    d = 6
    cx, cy = x + sx * 16, y + sy * 16
    s += f"{cx:.2f} {cy + d:.2f} m {cx + d:.2f} {cy:.2f} l {cx:.2f} {cy - d:.2f} l {cx - d:.2f} {cy:.2f} l h f\n"
    return s


def sttp_standar():
    w, h = 842, 595
    navy, gold, cream, pale = "1b365d", "b8913a", "fbf8ef", "efe6cf"
    c = f"{rgb(cream)} rg\n" + rect(0, 0, w, h) + "f\n"
    # security rosettes, very light, behind the text
    c += f"{rgb(pale)} RG 0.35 w\n" + guilloche(w / 2, h / 2 + 10, 190, 18, 14) + guilloche(w / 2, h / 2 + 10, 120, 12, 10)
    # frame: navy band, gold rules
    c += f"{rgb(navy)} rg\n" + rect(18, 18, w - 36, h - 36) + rect(30, 30, w - 60, h - 60) + "f*\n"
    c += f"{rgb(gold)} RG 1.2 w\n" + rect(36, 36, w - 72, h - 72) + "S\n0.5 w\n" + rect(40, 40, w - 80, h - 80) + "S\n"
    c += f"{rgb(gold)} RG {rgb(gold)} rg\n"
    for x, y, sx, sy in ((48, 48, 1, 1), (w - 48, 48, -1, 1), (48, h - 48, 1, -1), (w - 48, h - 48, -1, -1)):
        c += corner(x, y, sx, sy, 44)
    # emblem above the title: a seal with rays
    cx, cy = w / 2, h - 88
    c += f"{rgb(navy)} rg\n" + circle(cx, cy, 24) + "f\n"
    c += f"{rgb(gold)} RG 1 w\n" + circle(cx, cy, 20) + "S\n" + circle(cx, cy, 28) + "S\n"
    c += f"{rgb(gold)} rg\n"
    star = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        r = 13 if i % 2 == 0 else 5.5
        star.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    c += f"{star[0][0]:.2f} {star[0][1]:.2f} m " + " ".join(f"{x:.2f} {y:.2f} l" for x, y in star[1:]) + " h f\n"
    # rule under the heading and above the signature block
    c += f"{rgb(gold)} RG 0.8 w {w / 2 - 170:.2f} {h - 192:.2f} m {w / 2 + 170:.2f} {h - 192:.2f} l S\n"
    pdf(w, h, c, "certificates-templates/sttp-standar/background.pdf")


def modern_portrait():
    w, h = 595, 842
    teal, deep, mint, grey = "0f766e", "134e4a", "ccfbf1", "e5e7eb"
    c = f"1 1 1 rg\n" + rect(0, 0, w, h) + "f\n"
    c += f"{rgb(deep)} rg\n" + rect(0, 0, 46, h) + "f\n"
    c += f"{rgb(teal)} rg\n" + rect(46, 0, 8, h) + "f\n"
    # diagonal stripes on the band
    c += f"{rgb(teal)} RG 0.6 w\n"
    for i in range(-20, 90):
        y = i * 12
        c += f"0 {y:.2f} m 46 {y + 46:.2f} l S\n"
    # top right accent: overlapping circles
    c += f"{rgb(mint)} rg\n" + circle(w - 40, h - 30, 120) + "f\n"
    c += f"{rgb(teal)} RG 1.2 w\n" + circle(w - 40, h - 30, 92) + "S\n" + circle(w - 40, h - 30, 70) + "S\n"
    c += f"{rgb(grey)} RG 0.4 w\n" + guilloche(w / 2 + 25, 360, 150, 16, 10)
    # thin frame and rules
    c += f"{rgb(grey)} RG 0.8 w\n" + rect(72, 28, w - 100, h - 56) + "S\n"
    c += f"{rgb(teal)} RG 2 w 96 {h - 232:.2f} m 196 {h - 232:.2f} l S\n"
    pdf(w, h, c, "certificates-templates/modern-portrait/background.pdf")


if __name__ == "__main__":
    sttp_standar()
    modern_portrait()
