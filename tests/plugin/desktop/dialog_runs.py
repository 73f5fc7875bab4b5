# Runs every algorithm of the "resilience" provider inside real QGIS desktop the way a user does:
# `qgis --code dialog_runs.py` (under Xvfb, in a fresh profile with the plugin ZIP installed).
# For each algorithm it opens the Processing dialog (processing.createAlgorithmDialog), sets the
# user's choices in the widgets, and presses Run: AlgorithmDialog.runAlgorithm reads the parameters
# back from the widgets (createProcessingParameters: widget defaults, empty tables as ['']), makes
# the context with Processing's settings (dataobjects.createContext: the default "Stop algorithm
# execution when a geometry is invalid"), runs the algorithm as a task, and loads temporary outputs
# through the desktop's post-processing (Postprocessing.handleAlgorithmResults).
#
# It writes a JSON report for tests/plugin/test_desktop_dialogs.cpp to assert on, and PNG
# screenshots (toolbox, composite-index dialog, hot spot map) for a reviewer. Environment:
#   RESILIENCE_DESKTOP_REPORT     the JSON report to write
#   RESILIENCE_DESKTOP_ARTEFACTS  the folder for the screenshots
#   RESILIENCE_TESTDATA           the project's testdata folder
#   RESILIENCE_STYLES             the project's styles folder (to compare the loaded styles with)
# Every step is guarded: whatever happens, the report is written and QGIS quits.
import csv
import json
import os
import time
import traceback

from qgis.core import (Qgis, QgsApplication, QgsFeature,
                       QgsMapLayerType, QgsMapRendererParallelJob, QgsMapSettings,
                       QgsProcessingFeedback, QgsProject, QgsRectangle, QgsRenderContext,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QEventLoop, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QMessageBox
from qgis.utils import iface

REPORT = os.environ['RESILIENCE_DESKTOP_REPORT']
ARTEFACTS = os.environ['RESILIENCE_DESKTOP_ARTEFACTS']
TESTDATA = os.environ['RESILIENCE_TESTDATA']
STYLES = os.environ['RESILIENCE_STYLES']
STEP_TIMEOUT_S = 600

report = {'steps': [], 'screenshots': {}, 'errors': [], 'gdal_log': []}


def write_report():
    with open(REPORT, 'w') as f:
        json.dump(report, f, indent=1, default=str)


def wait(condition, timeout_s):
    """Runs the event loop until condition() holds or timeout_s pass; returns condition()."""
    loop = QEventLoop()
    deadline = time.time() + timeout_s
    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(lambda: (condition() or time.time() > deadline) and loop.quit())
    timer.start()
    if not condition():
        loop.exec_()
    timer.stop()
    return condition()


def settle(seconds=0.5):
    end = time.time() + seconds
    wait(lambda: time.time() > end, seconds + 1)


def screenshot(name, widget):
    path = os.path.join(ARTEFACTS, name + '.png')
    ok = widget.grab().save(path)
    report['screenshots'][name] = path if ok else None


class RecordingFeedback(QgsProcessingFeedback):
    """Forwards everything to the dialog's own feedback (so its log shows it) and records the
    errors and warnings for the report."""

    def __init__(self, target, step):
        super().__init__()
        self.target = target
        self.step = step
        self.progressChanged.connect(target.setProgress)

    def setProgressText(self, text):
        self.target.setProgressText(text)

    def reportError(self, error, fatalError=False):
        self.step['errors'].append(error)
        self.target.reportError(error, fatalError)

    def pushWarning(self, warning):
        self.step['warnings'].append(warning)
        self.target.pushWarning(warning)

    def pushInfo(self, info):
        self.step['log'].append(info)
        self.target.pushInfo(info)

    def pushCommandInfo(self, info):
        self.target.pushCommandInfo(info)

    def pushDebugInfo(self, info):
        self.target.pushDebugInfo(info)

    def pushConsoleInfo(self, info):
        self.target.pushConsoleInfo(info)

    def pushVersionInfo(self, provider=None):
        self.target.pushVersionInfo(provider)


current_step = {'step': None}


def on_message(message, tag, level):
    if tag == 'GDAL':
        report['gdal_log'].append(message)
    step = current_step['step']
    if step is not None and level >= Qgis.Critical:
        step['message_log'].append('[{}] {}'.format(tag, message))


def close_message_boxes():
    """A modal message box (checkParameterValues failed, CRS warning) would block the run: record
    its text as an error and close it."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        step = current_step['step']
        if step is not None:
            step['errors'].append('message box: {}: {}'.format(box.windowTitle(), box.text()))
            step['blocked'] = True
        box.reject()


def renderer_summary(layer):
    renderer = layer.renderer()
    if renderer is None:
        return {'type': None, 'colours': [], 'labels': []}
    context = QgsRenderContext()
    colours = [symbol.color().name() for symbol in renderer.symbols(context)]
    labels = [item.label() for item in renderer.legendSymbolItems()]
    return {'type': renderer.type(), 'colours': colours, 'labels': labels}


def legend_texts(layer):
    """What the Layers panel shows under the layer."""
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    model = iface.layerTreeView().layerTreeModel()
    if node is None or model is None:
        return []
    return [legend.data(Qt.DisplayRole) for legend in model.layerLegendNodes(node)]


def style_summary(layer, style):
    """The renderer QGIS itself makes of styles/<style>.qml on a copy of the layer."""
    path = os.path.join(STYLES, style + '.qml')
    copy = layer.clone()
    message, ok = copy.loadNamedStyle(path)
    summary = renderer_summary(copy)
    summary['loaded'] = bool(ok)
    return summary


def run_dialog(name, algorithm_id, choices, styles, screenshot_name=None):
    """Opens the algorithm's dialog, sets choices in its widgets, presses Run and records what
    happened. styles: output name -> style file the loaded layer must be drawn with."""
    step = {'name': name, 'algorithm': algorithm_id, 'choices': {k: str(v) for k, v in choices.items()},
            'errors': [], 'warnings': [], 'log': [], 'message_log': [], 'outputs': {},
            'finished': False, 'ok': False, 'blocked': False}
    report['steps'].append(step)
    current_step['step'] = step
    missing = [k for k, v in choices.items() if v is None]
    if missing:
        step['errors'].append('not run: no layer for {} (the step that makes it failed)'.format(
            ', '.join(missing)))
        current_step['step'] = None
        write_report()
        return step
    try:
        import processing
        from processing.tools import dataobjects
        dialog = processing.createAlgorithmDialog(algorithm_id, {})
        if dialog is None:
            step['errors'].append('no dialog for ' + algorithm_id)
            return step
        # The user's choices, set in the widgets as the dialog does for a history entry.
        dialog.setParameters(choices)
        dialog.resize(1200, 900)
        dialog.show()
        settle(0.5)
        if screenshot_name:
            screenshot(screenshot_name, dialog)
        parameters = dialog.createProcessingParameters()
        step['parameters'] = {k: repr(v) for k, v in parameters.items()}
        step['context_invalid_geometry_check'] = int(
            dataobjects.createContext().invalidGeometryCheck())

        original_feedback = dialog.createFeedback
        dialog.createFeedback = lambda: RecordingFeedback(original_feedback(), step)
        original_finish = dialog.finish
        results = {}

        def finish(successful, result, context, feedback, in_place=False):
            step['ok'] = bool(successful)
            results.update(result or {})
            # What the desktop's post-processing is about to load.
            step['layers_to_load'] = list(context.layersToLoadOnCompletion().keys())
            try:
                original_finish(successful, result, context, feedback, in_place=in_place)
            finally:
                step['finished'] = True

        dialog.finish = finish
        started = time.time()
        dialog.runAlgorithm()
        wait(lambda: step['finished'] or step['blocked'] or
             (time.time() - started > 5 and QgsApplication.taskManager().countActiveTasks() == 0
              and not step['finished']), STEP_TIMEOUT_S)
        settle(0.3)
        if not step['finished']:
            bar = [item.text() for item in dialog.messageBar().items()] if dialog.messageBar() else []
            step['errors'].append('the run did not finish: ' + '; '.join(bar))
        step['seconds'] = round(time.time() - started, 1)
        step['results'] = {k: str(v) for k, v in results.items()}
        for output, style in styles.items():
            value = results.get(output)
            layer = QgsProject.instance().mapLayer(value) if isinstance(value, str) else None
            if layer is None and isinstance(value, str):
                found = [l for l in QgsProject.instance().mapLayers().values()
                         if l.source() == value or l.source().startswith(value)]
                layer = found[0] if found else None
            entry = {'value': str(value), 'loaded': layer is not None}
            if layer is not None:
                entry['layer_id'] = layer.id()
                entry['layer_name'] = layer.name()
                entry['features'] = layer.featureCount() if layer.type() == QgsMapLayerType.VectorLayer else None
                entry['renderer'] = renderer_summary(layer)
                entry['legend'] = legend_texts(layer)
                entry['style'] = style_summary(layer, style) if style else None
            step['outputs'][output] = entry
        dialog.close()
    except Exception:
        step['errors'].append('script: ' + traceback.format_exc())
    finally:
        current_step['step'] = None
        write_report()
    return step


def layer_of(step, output='OUTPUT'):
    entry = step['outputs'].get(output, {})
    return QgsProject.instance().mapLayer(entry['layer_id']) if entry.get('layer_id') else None


def facilities_layer(municipalities):
    """Points inside every 25th municipality, standing in for facilities (the project ships no
    real facility locations); made in Python so nothing but the algorithms under test runs."""
    layer = QgsVectorLayer('Point?crs=EPSG:28992&field=name:string', 'Facilities', 'memory')
    features = []
    valid = [f for f in municipalities.getFeatures() if f.geometry().isGeosValid()]
    for feature in valid[::25]:
        point = QgsFeature(layer.fields())
        point.setGeometry(feature.geometry().pointOnSurface())
        point.setAttributes([feature['gemeentenaam']])
        features.append(point)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def indicator_rows(count):
    """The first rows of the demo's indicator spec, flattened as the INDICATORS table's cells."""
    with open(os.path.join(TESTDATA, 'noord_brabant_indicators.csv')) as f:
        rows = [r for r in csv.reader(line for line in f if not line.startswith('#'))][1:]
    cells = []
    for row in rows[:count]:
        cells += (row + [''] * 9)[:9]
    return cells


def show_toolbox():
    dock = iface.mainWindow().findChild(QDockWidget, 'ProcessingToolbox')
    if dock is None:
        report['errors'].append('no Processing toolbox dock')
        return
    dock.show()
    dock.setFloating(True)  # a docked widget keeps the main window's height
    dock.raise_()
    tree = dock.algorithmTree
    model = tree.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index) == 'Spatial resilience':
            tree.expand(index)
            for child in range(model.rowCount(index)):
                tree.expand(model.index(child, 0, index))
            tree.scrollTo(index)
    dock.resize(420, 980)
    settle(0.5)
    screenshot('toolbox', dock)
    dock.setFloating(False)


def draw_a_corner(layer):
    """The layer drawn as the canvas draws it on its render threads, zoomed to its south-west
    quarter: features cut by the extent go through OGR's intersection test, where GEOS refuses
    the two-point rings of the 2015 municipalities (GDAL's message, which must reach the log)."""
    extent = layer.extent()
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(QgsRectangle(extent.xMinimum(), extent.yMinimum(),
                                    extent.center().x(), extent.center().y()))
    settings.setOutputSize(QSize(400, 400))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    settle(0.5)  # the log's signal comes from the render thread, queued


def hot_spot_map(layer):
    """The hot spot layer drawn as QGIS draws it (map PNG) and the main window with its legend."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(1000, 1200))
    settings.setBackgroundColor(QColor('white'))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    path = os.path.join(ARTEFACTS, 'hotspot_map.png')
    report['screenshots']['hotspot_map'] = path if job.renderedImage().save(path) else None
    canvas = iface.mapCanvas()
    for other in QgsProject.instance().mapLayers().values():
        node = QgsProject.instance().layerTreeRoot().findLayer(other.id())
        if node is not None:
            node.setItemVisibilityChecked(other.id() == layer.id())
            node.setExpanded(other.id() == layer.id())
    view = iface.layerTreeView()
    view.setCurrentLayer(layer)
    node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
    if node is not None:
        view.expand(view.node2index(node))  # the legend of the risk classes
    canvas.setExtent(layer.extent())
    canvas.refresh()
    settle(2)
    screenshot('desktop_hotspots', iface.mainWindow())


def main():
    QgsApplication.messageLog().messageReceived.connect(on_message)
    watchdog = QTimer()
    watchdog.setInterval(300)
    watchdog.timeout.connect(close_message_boxes)
    watchdog.start()
    iface.mainWindow().resize(1600, 1000)
    iface.mainWindow().showMaximized()

    provider = QgsApplication.processingRegistry().providerById('resilience')
    report['provider'] = provider.name() if provider else None
    report['algorithms'] = [a.id() for a in provider.algorithms()] if provider else []

    municipalities = QgsVectorLayer(
        os.path.join(TESTDATA, 'nl_gemeenten_2015.gpkg') + '|layername=gemeenten',
        'Gemeenten 2015', 'ogr')
    report['invalid_input_polygons'] = sum(
        1 for f in municipalities.getFeatures() if not f.geometry().isGeosValid())
    key_figures = QgsVectorLayer(os.path.join(TESTDATA, 'nl_gemeenten_2015_kerncijfers.csv'),
                                 'Kerncijfers 2015', 'ogr')
    regions = QgsVectorLayer(os.path.join(TESTDATA, 'brabant_regions_2015.csv'),
                             'Brabant regions', 'ogr')
    QgsProject.instance().addMapLayers([municipalities, key_figures, regions])
    draw_a_corner(municipalities)
    facilities = facilities_layer(municipalities)
    show_toolbox()

    # The workflow a planner follows from the toolbox, each step on the previous step's layer.
    joined = run_dialog('jointable', 'resilience:jointable', {
        'INPUT': municipalities, 'INPUT_KEY': 'gemeentecode',
        'TABLE': key_figures, 'TABLE_KEY': 'gemeentecode'}, {'OUTPUT': 'neighbourhoods'})
    with_regions = run_dialog('jointable (regions)', 'resilience:jointable', {
        'INPUT': layer_of(joined), 'INPUT_KEY': 'gemeentecode',
        'TABLE': regions, 'TABLE_KEY': 'gemeentecode', 'FIELDS': ['regio']},
        {'OUTPUT': 'neighbourhoods'})
    # A SPEC file with the INDICATORS table left empty (the dialog sends it as ['']).
    index = run_dialog('compositeindex (spec file)', 'resilience:compositeindex', {
        'INPUT': layer_of(with_regions),
        'SPEC': os.path.join(TESTDATA, 'noord_brabant_indicators.csv')},
        {'OUTPUT': 'resilience_score'})
    # The INDICATORS table filled in, DOMAIN_WEIGHTS left empty.
    run_dialog('compositeindex (table)', 'resilience:compositeindex', {
        'INPUT': layer_of(with_regions), 'INDICATORS': indicator_rows(4)},
        {'OUTPUT': 'resilience_score'}, screenshot_name='compositeindex_dialog')
    scores = layer_of(index)
    run_dialog('weights', 'resilience:weights', {'INPUT': municipalities}, {})
    run_dialog('globalmoran', 'resilience:globalmoran', {'INPUT': scores, 'FIELD': 'resilience'}, {})
    smoothed = run_dialog('smooth', 'resilience:smooth', {'INPUT': scores, 'FIELD': 'resilience'},
                          {'OUTPUT': 'neighbourhoods'})
    run_dialog('riskflags', 'resilience:riskflags', {
        'INPUT': scores, 'SPEC': os.path.join(TESTDATA, 'noord_brabant_risks.csv')},
        {'OUTPUT': 'stacking_classes'})
    domains = ['score_personal', 'score_social', 'score_environmental']
    run_dialog('localgeary', 'resilience:localgeary', {'INPUT': scores, 'FIELDS': domains},
               {'OUTPUT': 'local_geary_clusters'})
    # The algorithms over time, on stand-ins for monitor years on one scale: the score before and
    # after smoothing, and the three domain scores as three periods.
    run_dialog('change', 'resilience:change', {
        'INPUT': layer_of(smoothed), 'FIELD_BEFORE': 'resilience',
        'FIELD_AFTER': 'resilience_smooth'}, {'OUTPUT': 'change_class'})
    run_dialog('emerginghotspots', 'resilience:emerginghotspots',
               {'INPUT': scores, 'FIELDS': domains}, {'OUTPUT': 'emerging_risk'})
    run_dialog('lisamarkov', 'resilience:lisamarkov', {'INPUT': scores, 'FIELDS': domains},
               {'OUTPUT': 'neighbourhoods'})
    # RISK keeps the dialog's default (auto): for the plugin's resilience score the risk is low
    # resilience, so the outputs are styled as risk hot spots / clusters of low values.
    hotspots = run_dialog('hotspots', 'resilience:hotspots',
                          {'INPUT': scores, 'FIELD': 'resilience'}, {'OUTPUT': 'risk_bins_low'})
    run_dialog('localmoran', 'resilience:localmoran', {'INPUT': scores, 'FIELD': 'resilience'},
               {'OUTPUT': 'risk_clusters_low'})
    run_dialog('accessibility', 'resilience:accessibility', {
        'INPUT': scores, 'FACILITIES': facilities, 'POPULATION': 'aantal_inwoners',
        'DISTANCE': 10000}, {'OUTPUT': 'accessibility'})
    hot = layer_of(hotspots)
    if hot is not None:
        hot_spot_map(hot)
    regions_step = run_dialog('aggregate', 'resilience:aggregate', {
        'INPUT': hot if hot is not None else scores, 'REGION_FIELD': 'regio',
        'POPULATION': 'aantal_inwoners'}, {'OUTPUT': 'neighbourhoods'})
    # Residents of the municipalities re-apportioned onto the regions (a boundary change).
    run_dialog('harmonise', 'resilience:harmonise', {
        'INPUT': scores, 'TARGET': layer_of(regions_step), 'EXTENSIVE': ['aantal_inwoners']},
        {'OUTPUT': 'neighbourhoods'})
    sites = run_dialog('siteselection', 'resilience:siteselection', {
        'INPUT': scores, 'POPULATION': 'aantal_inwoners', 'CANDIDATES': facilities, 'K': 2,
        'DISTANCE': 10000}, {'OUTPUT': 'chosen_sites', 'OUTPUT_DEMAND': 'site_demand'})
    run_dialog('printmaps', 'resilience:printmaps', {
        'INPUT': hot if hot is not None else scores, 'SHOW': 'risk_bin',  # a field picker
        'REGION_FIELD': 'regio', 'DPI': 96,
        # The optional pages: one per domain score, and the chosen sites among the candidates.
        'DOMAIN_PAGES': True, 'SITES': layer_of(sites), 'CANDIDATES': facilities,
        'SITE_DEMAND': layer_of(sites, 'OUTPUT_DEMAND'),
        'OUTPUT_PDF': os.path.join(ARTEFACTS, 'printmaps.pdf')}, {})
    run_dialog('pipeline', 'resilience:pipeline', {
        'SPEC': os.path.join(TESTDATA, 'noord_brabant_pipeline.json'),
        'OUTPUT_PDF': os.path.join(ARTEFACTS, 'pipeline.pdf')}, {})
    report['project_layers'] = [l.name() for l in QgsProject.instance().mapLayers().values()]


def run():
    try:
        os.makedirs(ARTEFACTS, exist_ok=True)
        main()
    except Exception:
        report['errors'].append(traceback.format_exc())
    finally:
        report['done'] = True
        write_report()
        # Close the project first: quitting with layers loaded makes QGIS 3.22 update its
        # already destroyed styling dock as the layer tree empties (QgisApp::setMapStyleDockLayer,
        # a crash at exit that has nothing to do with the algorithms).
        QgsProject.instance().clear()
        QTimer.singleShot(0, QgsApplication.instance().quit)


QTimer.singleShot(0, run)
