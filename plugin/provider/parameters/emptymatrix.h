#pragma once
// The Processing dialog sends an optional table (QgsProcessingParameterMatrix) the user left
// empty as [''], one blank cell, and a row added but not filled in as blank cells. Such a table
// is "not given", like a missing parameter: it must neither be read as a table of one cell nor
// count as given beside its alternative (the composite index's SPEC file).
#include <QVariantMap>

class QgsProcessingAlgorithm;

// parameters without the matrix parameters of algorithm whose every cell is NULL or blank.
QVariantMap withoutEmptyMatrices(const QgsProcessingAlgorithm &algorithm,
                                 const QVariantMap &parameters);
