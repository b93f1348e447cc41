"""The introductions map: one contact in the middle (an ego map) or the whole network.

A QGraphicsView over one item that paints through :mod:`networkapp.printing.introduction_map`
(the same drawing the printed summary uses). Click a contact to select it (the window
selects it in the table), double-click to put them in the middle. The wheel and
Ctrl++ / Ctrl+- (or + and -) zoom, 0 fits the map, dragging or the arrow keys move it.
The map exports as PNG or SVG and prints.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from networkapp.files import write_file
from networkapp.printing.introduction_map import (
    FOREST_RADIUS,
    NODE_RADIUS,
    ForestPicture,
    ego_bounds,
    paint_ego,
    paint_forest,
)
from networkapp.services.introduction_layout import EgoMap, ForestLayout

_ZOOM_STEP = 1.25


class MapSource(Protocol):
    """Where the map reads its data (the controller)."""

    def ego_map(self, contact_id: int) -> EgoMap | None:
        """Return one contact's map."""

    def forest_layout(self) -> ForestLayout:
        """Return the whole network's introduction forest, laid out."""

    def photo(self, contact_id: int) -> bytes | None:
        """Return a contact's photo, if any."""


class _MapItem(QGraphicsItem):
    """The whole map as one item: an ego map, or the forest's batched paths."""

    def __init__(self) -> None:
        super().__init__()
        self.ego: EgoMap | None = None
        self.forest: ForestPicture | None = None
        self.photos: dict[int, QImage] = {}
        self.selected: int | None = None

    def boundingRect(self) -> QRectF:  # noqa: N802 -- Qt override
        if self.ego is not None:
            return ego_bounds(self.ego)
        return self.forest.bounds if self.forest is not None else QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.ego is not None:
            paint_ego(painter, self.ego, self.photos, self.selected)
        elif self.forest is not None:
            zoom = option.levelOfDetailFromTransform(painter.worldTransform())
            paint_forest(painter, self.forest, option.exposedRect, zoom)


class IntroductionMapWidget(QGraphicsView):
    """Draws an ego map or the overview, and lets the user move around in it.

    Signals:
        contact_clicked(int): a contact was clicked (select it elsewhere).
        centre_changed(int): the ego map now has this contact in the middle.
    """

    contact_clicked = Signal(int)
    centre_changed = Signal(int)

    def __init__(self, source: MapSource, parent: QWidget | None = None) -> None:
        """An empty map; :meth:`show_ego` or :meth:`show_overview` fills it."""
        super().__init__(parent)
        self._source = source
        self._scene = QGraphicsScene(self)
        self._item = _MapItem()
        self._item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._scene.addItem(self._item)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setBackgroundBrush(QColor("white"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Introductions map"))
        self._centre: int | None = None
        self._fitted = True  # the whole map shown: a resize fits it again
        self.paint_count = 0

    def sizeHint(self) -> QSize:
        """A modest size: the view would ask for its whole scene, widening the tabs."""
        return QSize(320, 260)

    def minimumSizeHint(self) -> QSize:
        """Small: the map zooms and scrolls."""
        return QSize(120, 100)

    # -- what it shows ----------------------------------------------------------------

    @property
    def centre(self) -> int | None:
        """The contact in the middle of the ego map (None for the overview)."""
        return self._centre

    @property
    def ego(self) -> EgoMap | None:
        """The ego map shown, if any."""
        return self._item.ego

    @property
    def forest(self) -> ForestPicture | None:
        """The overview shown, if any."""
        return self._item.forest

    def show_ego(self, contact_id: int) -> bool:
        """Put a contact in the middle; False when it does not exist (any more)."""
        ego = self._source.ego_map(contact_id)
        if ego is None:
            return False
        photos = {}
        for node in ego.nodes:
            data = self._source.photo(node.person.id) if node.person.has_photo else None
            if data:
                photos[node.person.id] = QImage.fromData(data)
        self._set(ego, None, photos)
        self._centre = contact_id
        self.centre_changed.emit(contact_id)
        return True

    def show_overview(self) -> ForestLayout:
        """Show every introduction tree of the network; return its layout."""
        layout = self._source.forest_layout()
        self._set(None, ForestPicture.build(layout), {})
        self._centre = None
        return layout

    def _set(self, ego: EgoMap | None, forest: ForestPicture | None,
             photos: dict[int, QImage]) -> None:
        self._item.prepareGeometryChange()
        self._item.ego, self._item.forest, self._item.photos = ego, forest, photos
        self._item.selected = None
        rect = self._item.boundingRect()
        self._scene.setSceneRect(rect.adjusted(-200, -200, 200, 200))
        self.fit()

    def fit(self) -> None:
        """Show the whole map (never larger than life)."""
        rect = self._item.boundingRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
        self.centerOn(rect.center())
        self._fitted = True

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within 1/50 and 8 times life size."""
        current = self.transform().m11()
        factor = max(0.02 / current, min(8.0 / current, factor))
        self.scale(factor, factor)
        self._fitted = False

    # -- finding a contact ------------------------------------------------------------

    def contact_at(self, scene: QPointF) -> int | None:
        """Return the contact drawn at a scene point, if any."""
        if self._item.ego is not None:
            for node in self._item.ego.nodes:
                if math.hypot(node.x - scene.x(), node.y - scene.y()) <= NODE_RADIUS * 1.3:
                    return node.person.id
            return None
        if self._item.forest is not None:
            best, reach = None, (FOREST_RADIUS * 1.5) ** 2
            for cid, (x, y) in self._item.forest.layout.positions.items():
                distance = (x - scene.x()) ** 2 + (y - scene.y()) ** 2
                if distance <= reach:
                    best, reach = cid, distance
            return best
        return None

    def scene_point_of(self, contact_id: int) -> QPointF | None:
        """Where a contact is drawn (scene coordinates), if on the map."""
        if self._item.ego is not None:
            node = self._item.ego.node(contact_id)
            return QPointF(node.x, node.y) if node is not None else None
        if self._item.forest is not None:
            at = self._item.forest.layout.positions.get(contact_id)
            return QPointF(*at) if at is not None else None
        return None

    # -- mouse and keys -----------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a contact selects it; elsewhere the map can be dragged."""
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.contact_at(self.mapToScene(event.position().toPoint()))
            if found is not None:
                self._item.selected = found
                self._item.update()
                self.contact_clicked.emit(found)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 -- Qt override
        """A double-click on a contact puts them in the middle."""
        found = self.contact_at(self.mapToScene(event.position().toPoint()))
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.show_ego(found)
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 -- Qt override
        """The wheel zooms around the pointer."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(_ZOOM_STEP ** steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ and - zoom, 0 fits, Enter puts the selected contact in the middle; the
        arrow keys move the map (QGraphicsView's own handling)."""
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(_ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / _ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._item.selected is not None:
            self.show_ego(self._item.selected)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A map shown whole stays whole (a zoomed one keeps its zoom)."""
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Count the frames (the benchmark reads it)."""
        self.paint_count += 1
        super().paintEvent(event)

    # -- export and print ---------------------------------------------------------------

    def _render(self, painter: QPainter, target: QRectF) -> None:
        source = self._item.boundingRect()
        self._scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)

    def image(self, longest: int = 2400) -> QImage:
        """Return the whole map as an image (its longest side ``longest`` pixels at most,
        never more than twice life size)."""
        source = self._item.boundingRect()
        scale = min(2.0, longest / max(source.width(), source.height(), 1.0))
        size = QSize(max(1, int(source.width() * scale)), max(1, int(source.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def export(self, path: str | Path) -> None:
        """Write the map as PNG, or SVG when the name ends in .svg (temp file, renamed).

        Raises:
            WriteError: the file could not be written; it is as it was.
        """
        target = Path(path)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if target.suffix.lower() == ".svg":
            source = self._item.boundingRect()
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(self.tr("Introductions"))
            painter = QPainter(generator)
            self._render(painter, QRectF(0, 0, source.width(), source.height()))
            painter.end()
        else:
            self.image().save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes, PySide6 takes str
        buffer.close()
        write_file(target, bytes(data.data()))

    def print_map(self, printer: QPrinter) -> None:
        """Paint the whole map on one page of ``printer``."""
        source = self._item.boundingRect()
        orientation = (QPageLayout.Orientation.Landscape if source.width() > source.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageOrientation(orientation)
        painter = QPainter(printer)
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        self._render(painter, QRectF(0, 0, page.width(), page.height()))
        painter.end()
