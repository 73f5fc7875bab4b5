#pragma once
// An algorithm's parameter widgets as QGIS's processing dialog builds them: every parameter's
// wrapper from QgsGui::processingGuiRegistry() (our factories included), its widget and label on
// one page, then postInitialize with all wrappers, so that linked widgets (field pickers, the
// indicators table, the weights method) see each other as in QGIS desktop.
#include <qgsprocessingcontext.h>
#include <qgsprocessingwidgetwrapper.h>

#include <QWidget>

#include <memory>
#include <vector>

class QgsProcessingAlgorithm;

namespace resilience::testing {

class DialogPage : public QgsProcessingContextGenerator {
public:
  // Widgets for every input parameter of `algorithmId` (outputs are Python-only in QGIS 3.22).
  explicit DialogPage(const QString &algorithmId);
  ~DialogPage();

  QgsProcessingContext *processingContext() override { return &mContext; }
  QgsAbstractProcessingParameterWidgetWrapper *wrapper(const QString &name) const;
  void setValue(const QString &name, const QVariant &value);
  QWidget &page() { return mPage; }

private:
  QgsProcessingContext mContext;
  QWidget mPage;
  std::unique_ptr<QgsProcessingAlgorithm> mAlgorithm;
  std::vector<std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper>> mWrappers;
};

// Writes a widget's picture to artefacts/<name>.png under the test's working folder, for a
// reviewer to look at; returns the path.
QString saveScreenshot(QWidget &widget, const QString &name);

} // namespace resilience::testing
