"""Widgets of the main window, one public widget per module."""
