"""PDF documents drawn with reportlab."""
