// The binary scene cache: a kiosk starts from here instead of a cold Assimp import. One file per source
// model in the cache folder. Never trusted: a wrong magic/version, a bad checksum, a truncated payload or
// a payload that does not describe a consistent scene is ignored (with a warning) and rebuilt.
// Layout and invalidation rules: docs/importer.md.
#pragma once

#include "importer/ImportedScene.h"
#include "importer/ModelImporter.h"

#include <QByteArray>
#include <QString>

namespace showroom::importer {

inline constexpr quint32 kCacheFormatVersion = 1;

struct CacheKey
{
    bool valid = false;
    QString sourcePath;  // absolute
    QString cacheFile;   // absolute path of the cache file for this source + options
    QByteArray identity; // path, size, mtime, content hash, importer version, options: must match exactly
};

// Hashes the source bytes (fast 64-bit hash), so a file replaced with the same size and mtime still
// invalidates the cache.
CacheKey cacheKeyFor(const QString &sourcePath, const ImportOptions &options);

// True and `scene` filled when a valid cache entry exists; false with `*warning` set when an entry
// existed but was rejected (corrupt, truncated, other version, stale), false without warning when none.
bool loadCachedScene(const QString &cacheDir, const CacheKey &key, ImportedScene &scene, QString *warning);

// Writes atomically (QSaveFile): a crash mid-write leaves the previous entry or none, never half a file.
bool storeCachedScene(const QString &cacheDir, const CacheKey &key, const ImportedScene &scene,
                      QString *warning);

// The 64-bit hash used for payload checksums and source identity (exposed for tests and tools).
quint64 hash64(const char *data, std::size_t size, quint64 seed = 0);

} // namespace showroom::importer
