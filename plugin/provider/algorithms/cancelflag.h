#pragma once
// The feedback's cancel state as an atomic flag for the core's worker threads
// (resilience::PermutationOptions::cancel), kept up to date through QgsFeedback::canceled.
#include <qgsexception.h>
#include <qgsfeedback.h>

#include <atomic>

// The message of every run stopped by Cancel.
inline QString canceledMessage() {
  return QObject::tr("Canceled by the user; no output was written");
}

// Throws QgsProcessingException(canceledMessage()) when the user pressed Cancel, so no output is
// written after it.
inline void throwIfCanceled(const QgsFeedback *feedback) {
  if (feedback && feedback->isCanceled())
    throw QgsProcessingException(canceledMessage());
}

class CancelFlag {
public:
  explicit CancelFlag(QgsFeedback *feedback) {
    if (!feedback)
      return;
    mFlag = feedback->isCanceled();
    // No context object: the lambda runs in the thread that cancels, which is all an atomic needs.
    mConnection = QObject::connect(feedback, &QgsFeedback::canceled, [this] { mFlag = true; });
  }
  ~CancelFlag() { QObject::disconnect(mConnection); }
  CancelFlag(const CancelFlag &) = delete;
  CancelFlag &operator=(const CancelFlag &) = delete;

  const std::atomic<bool> *get() const { return &mFlag; }

private:
  std::atomic<bool> mFlag{false};
  QMetaObject::Connection mConnection;
};
