#pragma once
// The desktop widget of INDICATORS (IndicatorsParameter): QGIS's processing dialog asks
// QgsGui::processingGuiRegistry() for a wrapper of the parameter's type and gets this one, which
// shows an IndicatorsPanel fed with the fields of the parent layer (INPUT).
#include <qgsprocessingwidgetwrapper.h>

#include <memory>

class IndicatorsPanel;
class QgsVectorLayer;

class IndicatorsWidgetWrapper : public QgsAbstractProcessingParameterWidgetWrapper,
                                public QgsProcessingParameterWidgetFactoryInterface {
  Q_OBJECT
public:
  IndicatorsWidgetWrapper(const QgsProcessingParameterDefinition *parameter = nullptr,
                          QgsProcessingGui::WidgetType type = QgsProcessingGui::Standard,
                          QWidget *parent = nullptr);

  QString parameterType() const override;
  QgsAbstractProcessingParameterWidgetWrapper *
  createWidgetWrapper(const QgsProcessingParameterDefinition *parameter,
                      QgsProcessingGui::WidgetType type) override;

  QWidget *createWidget() override;
  void
  postInitialize(const QList<QgsAbstractProcessingParameterWidgetWrapper *> &wrappers) override;
  int stretch() const override { return 1; }

  IndicatorsPanel *panel() const { return mPanel; }

public slots:
  void setParentLayerWrapperValue(const QgsAbstractProcessingParameterWidgetWrapper *parentWrapper);

protected:
  void setWidgetValue(const QVariant &value, QgsProcessingContext &context) override;
  QVariant widgetValue() const override;
  QStringList compatibleParameterTypes() const override;
  QStringList compatibleOutputTypes() const override;
  QString modelerExpressionFormatString() const override;

private:
  IndicatorsPanel *mPanel = nullptr;
  std::unique_ptr<QgsVectorLayer> mParentLayer; // a layer the context loaded, kept alive here
};
