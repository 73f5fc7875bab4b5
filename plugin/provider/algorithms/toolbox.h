#pragma once
// Where each algorithm sits in the Processing Toolbox and how it is found there: the group, in
// the order of the monitor's workflow (the toolbox sorts groups by name, so the names carry the
// step number), the search tags in English and Dutch, the one-line description shown on hover,
// and the icon (styles/icons/<algorithm>.svg). One table for every algorithm, so the toolbox
// reads as one workflow and its words are translated together.
#include <QString>
#include <QStringList>

enum class ToolboxStep {
  WholeMonitor,  // 0: the pipeline, every step at once
  Indicators,    // 1: joining indicator tables
  Index,         // 2: the composite index
  Neighbours,    // 3: spatial weights and smoothing
  HotSpots,      // 4: hot spots and clusters
  Accessibility, // 5
  Regions,       // 6: regional aggregation
  Maps,          // 7: print maps
  OverTime       // 8: the monitor over time: change, trends, transitions, boundaries
};

struct ToolboxEntry {
  ToolboxStep step = ToolboxStep::WholeMonitor;
  QStringList tags; // English and Dutch search words
  QString shortDescription;
};

// The entry of algorithm `name` (e.g. "hotspots"); an entry without tags when unknown.
ToolboxEntry toolboxEntry(const QString &name);

QString toolboxGroupId(ToolboxStep step);   // stable: "index", "hotspots"...
QString toolboxGroupName(ToolboxStep step); // shown, translated: "2 Index"
// Every group in workflow order.
QList<ToolboxStep> toolboxSteps();
