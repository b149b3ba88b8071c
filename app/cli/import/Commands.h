// The subcommands of showroom-import. Each returns the process exit code: 0 clean, 1 the input has
// problems (reported on stdout/stderr), 2 bad command-line use.
#pragma once

#include "importer/ModelImporter.h"

#include <QStringList>
#include <QTextStream>

namespace showroom::cli {

struct Output
{
    QTextStream out{stdout};
    QTextStream err{stderr};
};

int runInfo(const QString &model, const QString &forceUp, float forceScale, Output &io);
int runCheck(const QString &package, Output &io);
int runNew(const QString &package, const QString &model, bool force, Output &io);
int runCache(const QString &package, Output &io);
int runConvert(const QString &model, const QString &sceneFile, const QString &forceUp, float forceScale,
               Output &io);

// Import options for the CLI: every cold import runs in a child process of this same executable, so a
// crash in a model reader is reported as a problem with that file.
showroom::importer::ImportOptions isolatedOptions();

} // namespace showroom::cli
