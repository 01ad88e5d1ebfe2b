"""Developer tool: a contact sheet of every page, for reviewers and docs/.

    python tools/contact_sheet.py SHOTS_DIR OUT_DIR

SHOTS_DIR comes from ``kiosk --screenshots``; writes one sheet per language and size.
"""

from __future__ import annotations

import math
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

THUMB_LONG = 400
NAME = re.compile(r"^(\d+x\d+)-([a-z]{2,3})-t(\d+)-p(\d+)-(.+)\.png$")


def sheet(files: list[Path], out: Path, columns: int) -> None:
    first = QImage(str(files[0]))
    scale = THUMB_LONG / max(first.width(), first.height())
    w, h = round(first.width() * scale), round(first.height() * scale)
    caption, gap = 28, 12
    rows = math.ceil(len(files) / columns)
    image = QImage(columns * (w + gap) + gap, rows * (h + caption + gap) + gap,
                   QImage.Format.Format_RGB32)
    image.fill(QColor("#e8e4dc"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setFont(QFont("DejaVu Sans", 13))
    for index, path in enumerate(files):
        x = gap + (index % columns) * (w + gap)
        y = gap + (index // columns) * (h + caption + gap)
        thumb = QImage(str(path)).scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(x, y, thumb)
        match = NAME.match(path.name)
        label = f"{match.group(5)}" if match else path.stem
        painter.setPen(QColor("#264653"))
        painter.drawText(QRect(x, y + h + 2, w, caption), Qt.AlignmentFlag.AlignLeft, label)
    painter.end()
    image.save(str(out))
    print(f"wrote {out} ({len(files)} pages)")


def main(shots: Path, out_dir: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    groups: dict[tuple[str, str], list[Path]] = defaultdict(list)
    for path in sorted(shots.glob("*.png")):
        match = NAME.match(path.name)
        if match:
            groups[(match.group(1), match.group(2))].append(path)
    out_dir.mkdir(parents=True, exist_ok=True)
    for (size, language), files in sorted(groups.items()):
        portrait = int(size.split("x")[1]) > int(size.split("x")[0])
        sheet(files, out_dir / f"contact-sheet-{language}-{size}.png", 10 if portrait else 6)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
