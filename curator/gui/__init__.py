"""The Qt front end: the only package that imports PySide6.

Importing it loads no service: the window paints its first frame before the storage layer loads
(issue 16), and curator.gui.application loads the services once it has.
"""
