#pragma once
// The spec a user starts from when the pipeline is run with TEMPLATE instead of SPEC: every
// section with the parameters worth choosing, placeholders in <angle brackets> for the user's
// files and fields, and "_about" lines that say what to change.
#include <QString>

// The template's JSON text.
QString pipelineTemplate();

// Writes the template to path; never replaces an existing file (a spec the user edited). Throws
// QgsProcessingException naming TEMPLATE and the file.
void writePipelineTemplate(const QString &path);
