#include "Commands.h"

#include "importer/ModelImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

namespace showroom::cli {

using namespace showroom::importer;

namespace {

Bounds sceneBounds(const ImportedScene &scene)
{
    Bounds b;
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        if (scene.nodes[i].meshes.empty())
            continue;
        const QMatrix4x4 w = scene.worldTransform(int(i));
        for (int m : scene.nodes[i].meshes) {
            const Mesh &mesh = scene.meshes[std::size_t(m)];
            for (std::uint32_t v : mesh.indices) {
                const QVector3D p = w.map(
                    QVector3D(mesh.positions[v * 3], mesh.positions[v * 3 + 1], mesh.positions[v * 3 + 2]));
                b.include(p);
            }
        }
    }
    return b;
}

QString vec(const QVector3D &v)
{
    return QStringLiteral("%1 %2 %3")
        .arg(double(v.x()), 0, 'f', 3)
        .arg(double(v.y()), 0, 'f', 3)
        .arg(double(v.z()), 0, 'f', 3);
}

} // namespace

int runInfo(const QString &model, const QString &forceUp, float forceScale, Output &io)
{
    ImportOptions options = isolatedOptions();
    options.forceUpAxis = forceUp;
    options.forceScale = forceScale;
    QElapsedTimer clock;
    clock.start();
    const ImportResult r = importModel(model, options);
    if (!r.ok()) {
        io.err << "showroom-import: " << r.error << Qt::endl;
        return 1;
    }
    const ImportedScene &s = r.scene;
    const Bounds b = sceneBounds(s);
    std::size_t vertices = 0;
    for (const Mesh &m : s.meshes)
        vertices += m.vertexCount();
    io.out << "file: " << QDir::toNativeSeparators(s.sourceFile) << '\n'
           << "format: " << s.format << '\n'
           << "nodes: " << s.nodes.size() << '\n'
           << "meshes: " << s.meshes.size() << '\n'
           << "materials: " << s.materials.size() << '\n'
           << "vertices: " << vertices << '\n'
           << "triangles: " << s.triangleCount() << '\n';
    if (b.valid) {
        io.out << "bounds_min_m: " << vec(b.min) << '\n'
               << "bounds_max_m: " << vec(b.max) << '\n'
               << "size_m: " << vec(b.max - b.min) << '\n';
    }
    io.out << "up_axis_source: " << s.upAxisSource << " (converted to +Y)\n"
           << "scale_applied: " << s.scaleApplied << '\n'
           << "import_ms: " << clock.elapsed() << '\n'
           << "warnings: " << s.warnings.size() << '\n';
    for (const QString &w : s.warnings)
        io.out << "warning: " << w << '\n';
    io.out.flush();
    return 0;
}

ImportOptions isolatedOptions()
{
    ImportOptions options;
    options.isolatedWorker = QCoreApplication::applicationFilePath();
    return options;
}

int runConvert(const QString &model, const QString &sceneFile, const QString &forceUp, float forceScale,
               Output &io)
{
    ImportOptions options;
    options.forceUpAxis = forceUp;
    options.forceScale = forceScale;
    const QString error = convertToSceneFile(model, sceneFile, options);
    if (!error.isEmpty()) {
        io.err << "showroom-import: " << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace showroom::cli
