// "<file>: <reason>": the one form of ImportResult::error, shared by every step of an import.
#pragma once

#include <QDir>
#include <QString>

namespace showroom::importer {

inline QString importFailure(const QString &path, const QString &reason)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace showroom::importer
