#include "dialog_support.h"

#include "guiregistration.h"

#include <qgsapplication.h>
#include <qgsgui.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingguiregistry.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>
#include <algorithm>

namespace resilience::testing {

DialogPage::DialogPage(const QString &algorithmId) {
  registerResilienceWidgets(); // as the desktop plugin does; a second call does nothing
  mContext.setProject(QgsProject::instance());
  mAlgorithm.reset(QgsApplication::processingRegistry()->createAlgorithmById(algorithmId));
  // As QGIS's ParametersPanel: each label above its widget, in a dialog about 600 pixels wide.
  auto *layout = new QVBoxLayout(&mPage);
  mPage.resize(600, 900);
  QList<QgsAbstractProcessingParameterWidgetWrapper *> all;
  for (const QgsProcessingParameterDefinition *definition : mAlgorithm->parameterDefinitions()) {
    if (definition->isDestination())
      continue;
    std::unique_ptr<QgsAbstractProcessingParameterWidgetWrapper> wrapper(
        QgsGui::processingGuiRegistry()->createParameterWidgetWrapper(definition,
                                                                      QgsProcessingGui::Standard));
    if (!wrapper)
      continue;
    wrapper->registerProcessingContextGenerator(this);
    QWidget *widget = wrapper->createWrappedWidget(mContext);
    QLabel *label = wrapper->createWrappedLabel();
    if (label)
      layout->addWidget(label);
    layout->addWidget(widget, wrapper->stretch());
    all << wrapper.get();
    mWrappers.push_back(std::move(wrapper));
  }
  for (auto &wrapper : mWrappers)
    wrapper->postInitialize(all);
}

DialogPage::~DialogPage() {
  mWrappers.clear(); // before the page deletes the widgets they point at
}

QgsAbstractProcessingParameterWidgetWrapper *DialogPage::wrapper(const QString &name) const {
  for (const auto &wrapper : mWrappers)
    if (wrapper->parameterDefinition()->name() == name)
      return wrapper.get();
  return nullptr;
}

void DialogPage::setValue(const QString &name, const QVariant &value) {
  wrapper(name)->setParameterValue(value, mContext);
}

QString saveScreenshot(QWidget &widget, const QString &name) {
  QDir().mkpath(QStringLiteral("artefacts"));
  widget.resize(widget.width(), std::max(widget.height(), widget.sizeHint().height()));
  const QString path =
      QDir::current().absoluteFilePath(QStringLiteral("artefacts/%1.png").arg(name));
  widget.grab().save(path);
  return path;
}

} // namespace resilience::testing
