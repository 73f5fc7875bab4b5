#pragma once
// resilience_process: the provider's algorithms from a shell, with qgis_process's syntax:
//   resilience_process [--json] list
//   resilience_process [--json] help ALGORITHM
//   resilience_process [--json] run ALGORITHM -- PARAM=VALUE [PARAM=VALUE ...]
//   resilience_process [--json] run ALGORITHM -          (parameters as JSON on standard input)
// Results go to standard output, messages to standard error; the exit code is 0 only on success.
#include <QStringList>

int runCommandLine(const QStringList &arguments);
