#include "algorithms/librarymessages.h"

#include <qgsmessagelog.h>
#include <qgsprocessingfeedback.h>

#include <cpl_error.h>

#include <QSet>

namespace {

void CPL_STDCALL forward(CPLErr level, CPLErrorNum, const char *message) {
  if (level == CE_Debug || level == CE_None || !message)
    return;
  auto *target = static_cast<LibraryMessagesToFeedback *>(CPLGetErrorHandlerUserData());
  if (target)
    target->add(level >= CE_Failure, QString::fromUtf8(message).trimmed());
}

CPLErrorHandler handlerBeforeLog = CPLDefaultErrorHandler;

// Render threads call it concurrently, and a redraw repeats the same message per feature: each
// distinct text goes to the log once.
void CPL_STDCALL toLog(CPLErr level, CPLErrorNum, const char *message) {
  if (level == CE_Debug || level == CE_None || !message)
    return;
  const QString text = LibraryMessagesToFeedback::describe(level >= CE_Failure,
                                                           QString::fromUtf8(message).trimmed());
  static QMutex mutex;
  static QSet<QString> logged;
  {
    QMutexLocker lock(&mutex);
    // Bounded: texts that name a feature or a file could otherwise grow the set for the session.
    if (logged.contains(text) || logged.size() >= 1000)
      return;
    logged.insert(text);
  }
  // A warning even for GDAL's failures: what failed is one feature's test (a feature left out of
  // one drawing), not something the user did.
  QgsMessageLog::logMessage(text, QStringLiteral("GDAL"), Qgis::MessageLevel::Warning);
}

} // namespace

void startLibraryMessagesToLog() {
  const CPLErrorHandler previous = CPLSetErrorHandler(toLog);
  if (previous != toLog)
    handlerBeforeLog = previous;
}

void stopLibraryMessagesToLog() {
  const CPLErrorHandler current = CPLSetErrorHandler(handlerBeforeLog);
  if (current != toLog)
    CPLSetErrorHandler(current); // another one's now: leave it
}

LibraryMessagesToFeedback::LibraryMessagesToFeedback(QgsProcessingFeedback *feedback)
    : mFeedback(feedback) {
  CPLPushErrorHandlerEx(forward, this);
}

LibraryMessagesToFeedback::~LibraryMessagesToFeedback() {
  CPLPopErrorHandler();
  if (!mFeedback)
    return;
  QMutexLocker lock(&mMutex);
  for (const QString &text : mOrder) {
    const int times = mSeen.value(text);
    mFeedback->pushWarning(times > 1 ? QObject::tr("%1 (%2 times)").arg(text).arg(times) : text);
  }
}

QString LibraryMessagesToFeedback::describe(bool failure, const QString &message) {
  // GEOS exceptions reach GDAL's handler as "<Name>Exception: ..." when OGR converts a geometry
  // (a spatial filter, an intersection test): the feature is skipped by that test, not lost.
  if (message.contains(QLatin1String("Exception:")))
    return QObject::tr("GEOS (through GDAL) could not use a geometry: %1").arg(message);
  return failure ? QObject::tr("GDAL error: %1").arg(message)
                 : QObject::tr("GDAL warning: %1").arg(message);
}

void LibraryMessagesToFeedback::add(bool failure, const QString &message) {
  const QString text = describe(failure, message);
  QMutexLocker lock(&mMutex);
  if (!mSeen.contains(text))
    mOrder << text;
  ++mSeen[text];
}
