"""Loader for the C++ "Spatial resilience" Processing provider.

qgis_process (and QGIS's Python plugin manager) only load Python plugins. This package is that
plugin in name only: it loads libresilience_provider.so, which lives beside this file, and calls
its C entry point, which registers the provider unless the C++ desktop plugin already did.
Name, version and description come from metadata.txt next to this file.
"""
import ctypes
import os

_LIBRARY = os.path.join(os.path.dirname(__file__), "libresilience_provider.so")


def _register_provider():
    # RTLD_GLOBAL is not needed: the library links libqgis_core, which this process has loaded.
    library = ctypes.CDLL(_LIBRARY)
    library.resilience_register_provider.restype = ctypes.c_int
    return library.resilience_register_provider() == 1


class ResilienceLoader:
    def __init__(self, iface=None):
        self.iface = iface

    def initProcessing(self):
        _register_provider()

    def initGui(self):
        self.initProcessing()

    def unload(self):
        # The provider stays registered for the session: the shared library cannot be unloaded
        # safely while QGIS holds algorithm instances from it.
        pass


def classFactory(iface):
    return ResilienceLoader(iface)
