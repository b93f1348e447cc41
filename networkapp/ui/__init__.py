"""Everything that imports QtWidgets: the window, dialogs, widgets, item models."""
