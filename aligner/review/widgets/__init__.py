"""Widgets of the review app."""

from aligner.review.widgets.bead_list import BeadList
from aligner.review.widgets.minimap import Minimap
from aligner.review.widgets.status_bar import StatusBar

__all__ = ["BeadList", "Minimap", "StatusBar"]
