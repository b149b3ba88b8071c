// Model files (glTF/GLB, FBX, OBJ, IFC 2x3 and whatever else Assimp reads) -> ImportedScene: plain data
// in metres, +Y up. Safe to call from any thread (each call owns its own Assimp::Importer); meant for a
// worker thread, never the GUI thread. Bad input is expected input: every failure comes back as
// ImportResult::error naming the file and the reason, never as a crash, hang or exception.
#pragma once

#include "importer/ImportedScene.h"

#include <QString>
#include <cstdint>
#include <functional>

namespace showroom::importer {

struct ImportLimits
{
    qint64 maxFileBytes = qint64(2) * 1024 * 1024 * 1024; // refuse larger sources before reading them
    std::size_t maxVertices = 50'000'000;                 // whole scene, after triangulation
    std::size_t maxTriangles = 50'000'000;
    std::size_t maxNodes = 2'000'000;
    int maxNodeDepth = 256;  // deeper trees are refused (cycles, bombs)
    int timeoutMs = 120'000; // Assimp is aborted at its next checkpoint
};

struct ImportOptions
{
    // Folder for the binary cache (created if missing). Empty: no cache, always a cold import.
    QString cacheDir;
    // 0..1, called from the importing (worker) thread. May be empty.
    std::function<void(float)> progress;
    // Overrides for files whose metadata lies: 0 / empty means "use the file's metadata, then the
    // format's convention" (see docs/importer.md).
    float forceScale = 0; // source units -> metres, e.g. 0.01 for centimetres
    QString forceUpAxis;  // "+Y", "+Z", "-Z", ...
    ImportLimits limits;
    // Crash isolation: when set (the path of a `showroom-import` executable), the cold import runs in that
    // child process (`showroom-import convert`), which hands the scene back through a validated cache
    // file. A crash inside one of Assimp's readers then becomes ImportResult::error instead of taking the
    // caller down. Progress is reported only at start and end in this mode.
    QString isolatedWorker;
};

struct ImportResult
{
    ImportedScene scene;
    QString error;          // empty on success: "<file>: <reason>" otherwise
    bool fromCache = false; // true when the scene came from cacheDir instead of a cold import
    bool ok() const { return error.isEmpty(); }
};

ImportResult importModel(const QString &path, const ImportOptions &options = {});

// The in-process import `showroom-import convert` runs in the isolated child: cold import of `path`
// (options.cacheDir and options.isolatedWorker are ignored) written to `sceneFile` in the cache format.
// Returns the error ("<file>: <reason>") or an empty string.
QString convertToSceneFile(const QString &path, const QString &sceneFile, const ImportOptions &options);

// Where a development package's import cache lives: `<package>/.cache` when that folder can be created
// and written (what `showroom-import cache` fills ahead of time), otherwise a folder per package under
// the user's cache location (QStandardPaths::CacheLocation + "/imports/<hash of the package path>").
QString packageCacheDir(const QString &packageDir);

// File extensions (lower case, without the dot) Assimp can read here, e.g. "glb", "fbx", "ifc".
QStringList supportedExtensions();

} // namespace showroom::importer
