"""Loader for the C++ "Spatial resilience" Processing provider.

qgis_process (and QGIS's Python plugin manager) only load Python plugins. This package is that
plugin in name only: it loads libresilience_provider.so, which lives beside this file, and calls
its C entry point, which registers the provider unless the C++ desktop plugin already did.
Name, version and description come from metadata.txt next to this file.
"""
import ctypes
import os

_LIBRARY = os.path.join(os.path.dirname(__file__), "libresilience_provider.so")
_GUI_LIBRARY = os.path.join(os.path.dirname(__file__), "libresilience_gui.so")


def _register_provider():
    # RTLD_GLOBAL is not needed: the library links libqgis_core, which this process has loaded.
    library = ctypes.CDLL(_LIBRARY)
    library.resilience_register_provider.restype = ctypes.c_int
    return library.resilience_register_provider() == 1


def _register_widgets():
    # The dialog widgets need QGIS desktop's QgsGui: only called from initGui, never headless.
    if not os.path.exists(_GUI_LIBRARY):
        return False
    library = ctypes.CDLL(_GUI_LIBRARY)
    library.resilience_register_widgets.restype = ctypes.c_int
    return library.resilience_register_widgets() == 1


class ResilienceLoader:
    def __init__(self, iface=None):
        self.iface = iface

    def initProcessing(self):
        _register_provider()

    def initGui(self):
        self.initProcessing()  # first: the widget library needs the provider library loaded
        _register_widgets()

    def unload(self):
        # The provider stays registered for the session: the shared library cannot be unloaded
        # safely while QGIS holds algorithm instances from it.
        pass


def classFactory(iface):
    return ResilienceLoader(iface)
