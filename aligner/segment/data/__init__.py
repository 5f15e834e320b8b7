"""Per-language rule data files (``<lang>.txt``) read by :mod:`aligner.segment.langdata`."""
