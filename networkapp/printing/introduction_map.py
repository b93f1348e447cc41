"""Painting the introductions: one contact's ego map, and the whole network's forest.

The one drawing of the maps (QtGui only): the window's map, its PNG/SVG export and
print, and the printed relationship summary all paint through these functions. A node
is a circle with the contact's photo or initials, ringed in the colour of the balance
(two-sided, one-sided, nothing exchanged yet); a red badge counts open warnings, an
archived contact is pale with a dashed ring. Solid lines join an introducer to whom
they introduced; dashed lines are introductions I made. The overview draws every
edge as one path and every node of one colour as one path, so 10,000 contacts paint
in a few milliseconds; names appear once zoomed in enough to read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from networkapp.services.introduction_layout import (
    CENTER,
    MINE_TO_THEM,
    MINE_TO_WHOM,
    EgoMap,
    EgoNode,
    ForestLayout,
)
from networkapp.services.introductions import Person

NODE_RADIUS = 24.0
FOREST_RADIUS = 9.0
BALANCE_COLORS = {"two_sided": QColor("#2e8b57"), "one_sided": QColor("#e67e22"),
                  "none": QColor("#8e9aa6")}
ARCHIVED_COLOR = QColor("#b9c0c7")
WARNING_COLOR = QColor("#c0392b")
EDGE_COLOR = QColor("#5d6d7e")
MINE_COLOR = QColor("#2874a6")
_HUES = (4, 28, 48, 140, 170, 200, 222, 260, 290, 330)


def node_color(person: Person) -> QColor:
    """The colour of a contact's ring: the balance, or pale grey when archived."""
    return ARCHIVED_COLOR if person.archived else BALANCE_COLORS[person.balance]


def ego_bounds(ego: EgoMap) -> QRectF:
    """The rectangle the ego map paints in (nodes, rings and names)."""
    xs = [n.x for n in ego.nodes]
    ys = [n.y for n in ego.nodes]
    margin = NODE_RADIUS * 2 + 40
    return QRectF(min(xs) - margin - 40, min(ys) - margin,
                  max(xs) - min(xs) + 2 * margin + 80, max(ys) - min(ys) + 2 * margin)


def paint_ego(painter: QPainter, ego: EgoMap, photos: Mapping[int, QImage] | None = None,
              selected: int | None = None) -> None:
    """Paint the ego map in scene coordinates (the centre contact at 0, 0)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    at = {n.person.id: QPointF(n.x, n.y) for n in ego.nodes}
    for node in ego.nodes:
        if node.parent is None:
            continue
        mine = node.relation in (MINE_TO_THEM, MINE_TO_WHOM)
        pen = QPen(MINE_COLOR if mine else EDGE_COLOR, 2.0)
        pen.setStyle(Qt.PenStyle.DashLine if mine else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(at[node.parent], at[node.person.id])
    for node in ego.nodes:
        _paint_node(painter, node, (photos or {}).get(node.person.id),
                    selected == node.person.id)
    painter.restore()


def _paint_node(painter: QPainter, node: EgoNode, photo: QImage | None,
                selected: bool) -> None:
    person = node.person
    radius = NODE_RADIUS * (1.3 if node.relation == CENTER else 1.0)
    centre = QPointF(node.x, node.y)
    disc = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    hue = _HUES[sum(map(ord, person.name)) % len(_HUES)]
    painter.setPen(Qt.PenStyle.NoPen)
    fill = QColor.fromHsl(hue, 60 if person.archived else 110, 200 if person.archived else 150)
    painter.setBrush(fill)
    painter.drawEllipse(disc)
    if photo is not None and not photo.isNull():
        clip = QPainterPath()
        clip.addEllipse(disc)
        painter.save()
        painter.setClipPath(clip)
        painter.drawImage(disc, photo)
        painter.restore()
    else:
        font = QFont()
        font.setPixelSize(int(radius * 0.8))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, person.initials)
    ring = QPen(node_color(person), 5.0 if node.relation == CENTER else 3.5)
    if person.archived:
        ring.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(ring)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(disc)
    if selected:
        painter.setPen(QPen(QColor("#1f6feb"), 2.0, Qt.PenStyle.DotLine))
        painter.drawEllipse(disc.adjusted(-6, -6, 6, 6))
    if person.open_warnings:
        _badge(painter, QPointF(disc.right() - 4, disc.top() + 4), str(person.open_warnings))
    _label(painter, centre, radius, person.name, bold=node.relation == CENTER,
           faint=person.archived)


def _badge(painter: QPainter, at: QPointF, text: str) -> None:
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    width = max(16.0, QFontMetricsF(font).horizontalAdvance(text) + 8)
    box = QRectF(at.x() - width / 2, at.y() - 8, width, 16)
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(WARNING_COLOR)
    painter.drawRoundedRect(box, 8, 8)
    painter.setPen(QColor("white"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _label(painter: QPainter, centre: QPointF, radius: float, name: str, *, bold: bool,
           faint: bool) -> None:
    font = QFont()
    font.setPixelSize(12)
    font.setBold(bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, 150)
    width = metrics.horizontalAdvance(text) + 8
    box = QRectF(centre.x() - width / 2, centre.y() + radius + 4, width, metrics.height() + 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 210))
    painter.drawRoundedRect(box, 4, 4)
    painter.setPen(QColor("#7f8c8d") if faint else QColor("#1c2833"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def ego_image(ego: EgoMap, photos: Mapping[int, QImage] | None = None, *,
              scale: float = 1.0) -> QImage:
    """Return the ego map as an image on white (the printed summary's small map)."""
    bounds = ego_bounds(ego)
    image = QImage(int(bounds.width() * scale), int(bounds.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-bounds.topLeft())
    paint_ego(painter, ego, photos)
    painter.end()
    return image


@dataclass
class ForestPicture:
    """The overview's paths, built once per layout: one for the edges, one per colour."""

    layout: ForestLayout
    edges: QPainterPath
    nodes: dict[str, QPainterPath]
    warned: QPainterPath
    bounds: QRectF

    @classmethod
    def build(cls, layout: ForestLayout) -> ForestPicture:
        """Batch the layout's lines and circles into a few paths."""
        edges = QPainterPath()
        at = layout.positions
        for parent, child in layout.links:
            if parent in at and child in at:
                edges.moveTo(*at[parent])
                edges.lineTo(*at[child])
        nodes: dict[str, QPainterPath] = {}
        warned = QPainterPath()
        r = FOREST_RADIUS
        for cid, (x, y) in at.items():
            person = layout.people[cid]
            key = "archived" if person.archived else person.balance
            nodes.setdefault(key, QPainterPath()).addEllipse(QPointF(x, y), r, r)
            if person.open_warnings:
                warned.addEllipse(QPointF(x + r * 0.8, y - r * 0.8), r * 0.45, r * 0.45)
        bounds = edges.boundingRect().united(QRectF()).adjusted(-40, -40, 40, 40)
        for path in nodes.values():
            bounds = bounds.united(path.boundingRect().adjusted(-40, -40, 40, 40))
        return cls(layout, edges, nodes, warned, bounds)


def paint_forest(painter: QPainter, picture: ForestPicture, exposed: QRectF, zoom: float
                 ) -> None:
    """Paint the overview: the edges, the nodes by colour, the warning marks; the names
    of the nodes in ``exposed`` once ``zoom`` (device pixels per unit) makes them legible."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, zoom > 0.3)
    painter.setPen(QPen(EDGE_COLOR, 1.0 / max(zoom, 0.05) if zoom < 1 else 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(picture.edges)
    painter.setPen(Qt.PenStyle.NoPen)
    for key, path in picture.nodes.items():
        painter.setBrush(QBrush(ARCHIVED_COLOR if key == "archived" else BALANCE_COLORS[key]))
        painter.drawPath(path)
    painter.setBrush(WARNING_COLOR)
    painter.drawPath(picture.warned)
    if zoom >= 0.9:
        font = QFont()
        font.setPixelSize(10)
        painter.setFont(font)
        painter.setPen(QColor("#1c2833"))
        layout = picture.layout
        for cid, (x, y) in layout.positions.items():
            if exposed.contains(x, y):
                painter.drawText(QPointF(x + FOREST_RADIUS + 2, y + 4), layout.people[cid].name)
    painter.restore()
