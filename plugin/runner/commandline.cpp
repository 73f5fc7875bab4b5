#include "commandline.h"

#include "resilience_metadata.h"
#include "resilienceprovider.h"

#include <qgsapplication.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingprovider.h>
#include <qgsprocessingregistry.h>
#include <qgsproject.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocumentFragment>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>
#include <unistd.h>

namespace {

QTextStream &out() {
  static QTextStream stream(stdout);
  return stream;
}

QTextStream &err() {
  static QTextStream stream(stderr);
  return stream;
}

void printJson(const QJsonObject &object) {
  out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
  out().flush();
}

int usage() {
  err() << "Usage: resilience_process [--json] list\n"
           "       resilience_process [--json] help ALGORITHM\n"
           "       resilience_process [--json] run ALGORITHM -- PARAM=VALUE [PARAM=VALUE ...]\n"
           "       resilience_process [--json] run ALGORITHM -   (JSON {\"inputs\": {...}} on "
           "stdin)\n"
           "       resilience_process --version\n"
           "ALGORITHM is an id such as resilience:jointable. A parameter given twice becomes a "
           "list.\n";
  err().flush();
  return 2;
}

const QgsProcessingProvider *resilienceProvider() {
  return QgsApplication::processingRegistry()->providerById(ResilienceProvider::providerId());
}

QJsonObject algorithmSummary(const QgsProcessingAlgorithm *algorithm) {
  QJsonObject json;
  json.insert(QStringLiteral("id"), algorithm->id());
  json.insert(QStringLiteral("name"), algorithm->displayName());
  json.insert(QStringLiteral("group"), algorithm->group());
  json.insert(QStringLiteral("short_description"), algorithm->shortDescription());
  return json;
}

int listAlgorithms(bool json) {
  const QgsProcessingProvider *provider = resilienceProvider();
  QJsonObject algorithms;
  if (!json)
    out() << provider->name() << " (" << provider->id() << ")\n";
  for (const QgsProcessingAlgorithm *algorithm : provider->algorithms()) {
    if (json)
      algorithms.insert(algorithm->id(), algorithmSummary(algorithm));
    else
      out() << "\t" << algorithm->id() << "\t" << algorithm->displayName() << "\n";
  }
  if (json) {
    QJsonObject providerJson;
    providerJson.insert(QStringLiteral("name"), provider->name());
    providerJson.insert(QStringLiteral("version"), provider->versionInfo());
    providerJson.insert(QStringLiteral("algorithms"), algorithms);
    QJsonObject providers;
    providers.insert(provider->id(), providerJson);
    printJson(QJsonObject{{QStringLiteral("providers"), providers}});
  }
  out().flush();
  return 0;
}

// A failure before the algorithm runs: the message on standard error and, with --json, as
// {"errors": [...]} on standard output, so a script reading JSON gets JSON either way.
int fail(const QString &message, bool json, int status = 1) {
  err() << message << "\n";
  err().flush();
  if (json)
    printJson(QJsonObject{{QStringLiteral("errors"), QJsonArray{message}}});
  return status;
}

const QgsProcessingAlgorithm *findAlgorithm(const QString &id, bool json) {
  const QgsProcessingAlgorithm *algorithm = QgsApplication::processingRegistry()->algorithmById(id);
  if (!algorithm)
    fail(QStringLiteral("Algorithm %1 not found; 'resilience_process list' shows the ids").arg(id),
         json);
  return algorithm;
}

QJsonObject parameterJson(const QgsProcessingParameterDefinition *parameter) {
  QJsonObject json;
  json.insert(QStringLiteral("name"), parameter->name());
  json.insert(QStringLiteral("description"), parameter->description());
  json.insert(QStringLiteral("type"), parameter->type());
  json.insert(QStringLiteral("optional"),
              bool(parameter->flags() & QgsProcessingParameterDefinition::FlagOptional));
  json.insert(QStringLiteral("default"), QJsonValue::fromVariant(parameter->defaultValue()));
  if (const auto *enumParameter = dynamic_cast<const QgsProcessingParameterEnum *>(parameter))
    json.insert(QStringLiteral("options"), QJsonArray::fromStringList(enumParameter->options()));
  return json;
}

// shortHelpString() is HTML (the dialog's help panel shows it so), one paragraph per line: the
// terminal gets each line as text, "&lt;FIELD&gt;" as "<FIELD>".
QString plainHelp(const QString &html) {
  QStringList lines = html.split(QLatin1Char('\n'));
  for (QString &line : lines)
    line = QTextDocumentFragment::fromHtml(line).toPlainText();
  return lines.join(QLatin1Char('\n'));
}

int describeAlgorithm(const QString &id, bool json) {
  const QgsProcessingAlgorithm *algorithm = findAlgorithm(id, json);
  if (!algorithm)
    return 1;
  if (json) {
    QJsonObject parameters;
    for (const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions())
      parameters.insert(parameter->name(), parameterJson(parameter));
    QJsonObject outputs;
    for (const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions())
      outputs.insert(output->name(),
                     QJsonObject{{QStringLiteral("description"), output->description()},
                                 {QStringLiteral("type"), output->type()}});
    QJsonObject details = algorithmSummary(algorithm);
    details.insert(QStringLiteral("help"), algorithm->shortHelpString());
    printJson(QJsonObject{{QStringLiteral("algorithm_details"), details},
                          {QStringLiteral("parameters"), parameters},
                          {QStringLiteral("outputs"), outputs}});
    return 0;
  }
  out() << algorithm->displayName() << " (" << algorithm->id() << ")\n\n"
        << plainHelp(algorithm->shortHelpString())
        << "\n\n----------------\nArguments\n----------------\n\n";
  for (const QgsProcessingParameterDefinition *parameter : algorithm->parameterDefinitions()) {
    out() << parameter->name() << ": " << parameter->description();
    if (parameter->flags() & QgsProcessingParameterDefinition::FlagOptional)
      out() << " (optional)";
    out() << "\n\tArgument type:\t" << parameter->type() << "\n";
    if (const auto *enumParameter = dynamic_cast<const QgsProcessingParameterEnum *>(parameter)) {
      out() << "\tAvailable values:\n";
      for (int i = 0; i < enumParameter->options().size(); ++i)
        out() << "\t\t- " << i << ": " << enumParameter->options().at(i) << "\n";
    }
    if (parameter->defaultValue().isValid())
      out() << "\tDefault value:\t" << parameter->defaultValue().toString() << "\n";
  }
  out() << "\n----------------\nOutputs\n----------------\n\n";
  for (const QgsProcessingOutputDefinition *output : algorithm->outputDefinitions())
    out() << output->name() << ": <" << output->type() << ">\n\t" << output->description() << "\n";
  out().flush();
  return 0;
}

// Feedback for a terminal: a progress line that rewrites itself, messages on their own lines.
class TerminalFeedback : public QgsProcessingFeedback {
public:
  explicit TerminalFeedback(bool json) : mShowProgress(!json && isatty(fileno(stderr))) {
    QObject::connect(this, &QgsProcessingFeedback::progressChanged, [this](double progress) {
      if (!mShowProgress)
        return;
      const int percent = static_cast<int>(progress);
      if (percent == mLastPercent)
        return;
      mLastPercent = percent;
      err() << "\r" << QString(percent / 4, QLatin1Char('#')).leftJustified(25, QLatin1Char('.'))
            << " " << percent << "%";
      err().flush();
    });
  }

  void reportError(const QString &error, bool fatalError = false) override {
    message(QStringLiteral("ERROR: ") + error);
    mErrors << error;
    QgsProcessingFeedback::reportError(error, fatalError);
  }
  void pushWarning(const QString &warning) override {
    message(QStringLiteral("WARNING: ") + warning);
    mMessages << warning;
  }
  void pushInfo(const QString &info) override {
    message(info);
    mMessages << info;
  }
  void setProgressText(const QString &text) override { message(text); }

  QStringList errors() const { return mErrors; }
  QStringList messages() const { return mMessages; }

private:
  void message(const QString &text) {
    if (mShowProgress && mLastPercent >= 0)
      err() << "\n";
    mLastPercent = -1;
    err() << text << "\n";
    err().flush();
  }

  bool mShowProgress;
  int mLastPercent = -1;
  QStringList mErrors;
  QStringList mMessages;
};

// Ctrl-C (SIGINT), SIGTERM (a timeout, kill, a scheduler) and SIGHUP (the terminal closed) cancel
// through the feedback, so the algorithm stops at its next check, nothing is moved into place and
// the run exits 1. A second signal ends the process at once; the target files are untouched even
// then (outputs are staged, outputstaging.h). The handler only writes to a pipe
// (async-signal-safe); a thread does the rest.
class InterruptWatcher {
public:
  static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

  explicit InterruptWatcher(QgsProcessingFeedback *feedback) {
    if (pipe(sPipe) != 0)
      return;
    mThread = std::thread([feedback] {
      char byte = 0;
      if (read(sPipe[0], &byte, 1) == 1 && byte != 'q') {
        // Straight to the descriptor, not through err(): the main thread may be writing through
        // that QTextStream right now, and a race on it can set its status to WriteFailed, after
        // which it drops everything, the final "failed (canceled)" line included.
        static constexpr char kCanceling[] =
            "\nCanceling (press Ctrl-C again to abort at once)...\n";
        static constexpr char kTerminating[] = "\nTerminated: canceling; no output is written\n";
        const bool interrupt = byte == 'c';
        [[maybe_unused]] auto written =
            write(STDERR_FILENO, interrupt ? kCanceling : kTerminating,
                  (interrupt ? sizeof kCanceling : sizeof kTerminating) - 1);
        feedback->cancel();
      }
    });
    for (int signal : kSignals)
      std::signal(signal, [](int received) {
        for (int s : kSignals)
          std::signal(s, SIG_DFL);
        const char byte = received == SIGINT ? 'c' : 't';
        [[maybe_unused]] auto written = write(sPipe[1], &byte, 1);
      });
  }
  ~InterruptWatcher() {
    for (int signal : kSignals)
      std::signal(signal, SIG_DFL);
    if (!mThread.joinable())
      return;
    const char byte = 'q';
    [[maybe_unused]] auto written = write(sPipe[1], &byte, 1);
    mThread.join();
    close(sPipe[0]);
    close(sPipe[1]);
  }

private:
  static inline int sPipe[2] = {-1, -1};
  std::thread mThread;
};

// PARAM=VALUE or --PARAM=VALUE; a parameter given more than once becomes a list.
bool parseParameterArguments(const QStringList &arguments, QVariantMap &parameters,
                             QString &error) {
  for (QString argument : arguments) {
    if (argument.startsWith(QLatin1String("--")))
      argument = argument.mid(2);
    const int equals = argument.indexOf(QLatin1Char('='));
    if (equals <= 0) {
      error = QStringLiteral("Parameter '%1' is not of the form NAME=VALUE").arg(argument);
      return false;
    }
    const QString name = argument.left(equals);
    const QString value = argument.mid(equals + 1);
    if (parameters.contains(name)) {
      QVariantList list = parameters.value(name).type() == QVariant::List
                              ? parameters.value(name).toList()
                              : QVariantList{parameters.value(name)};
      list << value;
      parameters.insert(name, list);
    } else {
      parameters.insert(name, value);
    }
  }
  return true;
}

bool readJsonParameters(QVariantMap &parameters, QString &message) {
  QFile input;
  if (!input.open(stdin, QIODevice::ReadOnly)) {
    message = QStringLiteral("Could not read standard input");
    return false;
  }
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &error);
  if (document.isNull() || !document.isObject()) {
    message = QStringLiteral("Could not read the JSON parameters on standard input: %1")
                  .arg(error.errorString());
    return false;
  }
  parameters = document.object().value(QStringLiteral("inputs")).toObject().toVariantMap();
  return true;
}

int runAlgorithm(const QString &id, const QStringList &arguments, bool json) {
  const QgsProcessingAlgorithm *algorithm = findAlgorithm(id, json);
  if (!algorithm)
    return 1;
  QVariantMap parameters;
  QString message;
  if (arguments.value(0) == QLatin1String("-")) {
    if (!readJsonParameters(parameters, message))
      return fail(message, json);
  } else {
    const int separator = arguments.indexOf(QStringLiteral("--"));
    if (!parseParameterArguments(separator >= 0 ? arguments.mid(separator + 1)
                                                : QStringList(arguments),
                                 parameters, message)) {
      if (json)
        return fail(message, json, 2);
      err() << message << "\n";
      return usage();
    }
  }

  QgsProcessingContext context;
  context.setProject(QgsProject::instance());
  TerminalFeedback feedback(json);
  // Unknown names, yes/no values that are neither and integers out of range are refused here
  // too (ResilienceAlgorithm::checkParameterValues), before anything runs.
  if (!algorithm->checkParameterValues(parameters, context, &message))
    return fail(QStringLiteral("Incorrect parameter value for %1: %2").arg(id, message), json);

  bool ok = false;
  QVariantMap results;
  {
    InterruptWatcher watcher(&feedback);
    std::unique_ptr<QgsProcessingAlgorithm> instance(algorithm->create());
    results = instance->run(parameters, context, &feedback, &ok);
  }
  if (!json && isatty(fileno(stderr)))
    err() << "\n";
  if (!ok) {
    err() << "The algorithm " << id << " failed" << (feedback.isCanceled() ? " (canceled)" : "")
          << "\n";
    err().flush();
    if (json)
      printJson(
          QJsonObject{{QStringLiteral("algorithm_details"), algorithmSummary(algorithm)},
                      {QStringLiteral("inputs"), QJsonObject::fromVariantMap(parameters)},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(feedback.errors())}});
    return 1;
  }
  if (json) {
    QJsonObject log{{QStringLiteral("errors"), QJsonArray::fromStringList(feedback.errors())},
                    {QStringLiteral("messages"), QJsonArray::fromStringList(feedback.messages())}};
    printJson(
        QJsonObject{{QStringLiteral("algorithm_details"), algorithmSummary(algorithm)},
                    {QStringLiteral("inputs"), QJsonObject::fromVariantMap(parameters)},
                    {QStringLiteral("results"), QJsonObject::fromVariantMap(results)},
                    {QStringLiteral("log"), log},
                    {QStringLiteral("provider_version"), QStringLiteral(RESILIENCE_VERSION)}});
  } else {
    for (auto it = results.constBegin(); it != results.constEnd(); ++it)
      out() << it.key() << ":\t" << it.value().toString() << "\n";
    out().flush();
  }
  return 0;
}

} // namespace

int runCommandLine(const QStringList &arguments) {
  QStringList args = arguments;
  const bool json = args.removeAll(QStringLiteral("--json")) > 0;
  if (args.removeAll(QStringLiteral("--version")) > 0) {
    out() << "resilience_process " << RESILIENCE_VERSION << " (QGIS " << Qgis::version() << ")\n";
    out().flush();
    return 0;
  }
  const QString command = args.value(0);
  if (command == QLatin1String("list") && args.size() == 1)
    return listAlgorithms(json);
  if (command == QLatin1String("help") && args.size() == 2)
    return describeAlgorithm(args.at(1), json);
  if (command == QLatin1String("run") && args.size() >= 2)
    return runAlgorithm(args.at(1), args.mid(2), json);
  if (json)
    fail(QStringLiteral("Unknown command '%1': use list, help ALGORITHM or run ALGORITHM")
             .arg(args.join(QLatin1Char(' '))),
         json, 2);
  return usage();
}
