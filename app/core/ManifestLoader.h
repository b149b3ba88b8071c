// Reads and validates a development package's development.json (format: docs/development-package.md).
// Plain functions, no shared state: safe to call from any thread (the app loads on a worker thread and
// hands ManifestResult::data to Development::setData on the GUI thread).
#pragma once

#include "core/DevelopmentData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace showroom::core {

struct ManifestResult
{
    DevelopmentData data; // complete only when ok(); partially filled otherwise, do not use it then
    QStringList errors;   // "<json path>: <reason>", or "<file>: <reason>" for file-level problems
    QStringList warnings; // e.g. unknown keys, missing images; the package still loads
    QString manifestPath; // the development.json that was read (absolute), empty if none was found

    bool ok() const { return errors.isEmpty(); }
};

// The manifest's file name inside a package folder.
inline constexpr char ManifestFileName[] = "development.json";
// Manifests larger than this are refused before reading (a real one is a few hundred kB).
inline constexpr qint64 MaxManifestBytes = 32 * 1024 * 1024;

// Loads <packageDir>/development.json. `packageDir` may also name the manifest file itself.
// Every problem is collected; the load does not stop at the first error (except when the file cannot be
// read or parsed, or declares a schema other than 1).
ManifestResult loadManifest(const QString &packageDir);

// Validates manifest bytes as if read from <packageDir>/development.json. Referenced files are checked
// against packageDir; with an empty packageDir only their spelling is checked (used by the fuzzer).
ManifestResult parseManifest(const QByteArray &json, const QString &packageDir);

} // namespace showroom::core
