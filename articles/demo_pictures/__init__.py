"""Flat illustrations for the demo articles, drawn with Pillow so the demo ships no downloaded photos.

Parts: catalogue (the pictures of each article with their words), scenes/ (one module per article, one function per
scene), shapes (the drawing helpers scenes share), canvas (the design box, scaled and supersampled), palette (colours).
"""

from .catalogue import CREDIT, PICTURES_BY_ARTICLE, DemoPicture, render

__all__ = ["CREDIT", "PICTURES_BY_ARTICLE", "DemoPicture", "render"]
