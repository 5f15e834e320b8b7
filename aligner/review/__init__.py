"""The terminal review app: ``ReviewApp(project).run()`` or ``bitext review NAME.bitext``."""

from aligner.review.app import ReviewApp

__all__ = ["ReviewApp"]
