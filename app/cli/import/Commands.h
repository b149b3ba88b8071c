// The subcommands of showroom-import. Each returns the process exit code: 0 clean, 1 the input has
// problems (reported on stdout/stderr), 2 bad command-line use.
#pragma once

#include "importer/ModelImporter.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace showroom::cli {

struct Output
{
    QTextStream out{stdout};
    QTextStream err{stderr};
};

int runInfo(const QString &model, const QString &forceUp, float forceScale, Output &io);
int runCheck(const QString &package, Output &io);
// `developmentName`: development.name (empty: the package folder's name).
int runNew(const QString &package, const QString &model, bool force, const QString &developmentName,
           Output &io);
int runCache(const QString &package, Output &io);
int runConvert(const QString &model, const QString &sceneFile, const QString &forceUp, float forceScale,
               Output &io);

// Import options for the CLI: every cold import runs in a child process of this same executable, so a
// crash in a model reader is reported as a problem with that file.
showroom::importer::ImportOptions isolatedOptions();

// Shared by `check` and `new` (PackageCommands.cpp).

// What `check` found: problems fail it (exit 1), warnings are printed and pass.
struct Report
{
    QStringList problems;
    QStringList warnings;
};

// Names that look like a unit by the package convention (Unit_<id>); the id is the capture.
const QRegularExpression &unitNodePattern();
// Unit-like nodes: named Unit_* and not inside another unit (a unit's parts, e.g.
// "Unit_A_0304_Glazing", belong to that unit).
std::vector<int> unitLikeNodes(const showroom::importer::ImportedScene &scene);
// The model's own problems and warnings, each line starting with `label`: damaged triangles (non-finite,
// out-of-range) and missing textures are problems, zero-area triangles and the importer's other warnings
// are warnings.
void checkGeometry(const showroom::importer::ImportedScene &scene, const QString &label, Report &report);
// Prints the warnings, the problems and the verdict ("OK: <package>: <summary>" or "FAILED: <package>: N
// problems"); returns the exit code.
int printReport(const QString &package, const Report &report, const QString &summary, Output &io);

} // namespace showroom::cli
