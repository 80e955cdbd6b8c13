"""The demo scenes, one module per demo article; each scene is a draw(width, height) function."""
