// showroom-bench import: a generated stress development (>= 1M triangles, >= 20,000 nodes) through the
// importer: cold import, cache load and their ratio, peak memory, draw calls before and after batching,
// fps while orbiting the batched scene, and Qt's RuntimeLoader on the same GLB in the same run as the
// baseline. Needs a real frame: run under tests/with-xvfb.sh.
//   showroom-bench import [--seconds N] [--small] [--no-render] [--keep DIR]
#include "FixtureWriter.h"
#include "importer/ModelImporter.h"
#include "importer/SceneBatcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtQuick3D/QQuick3DGeometry>
#include <QtQuick3D/QQuick3DInstancing>
#include <QtQuick3D/QQuick3DObject>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>

using namespace showroom::importer;
using namespace showroom::fixtures;

namespace {

// Peak resident memory since the last reset, in MB (VmHWM; reset through /proc/self/clear_refs).
double peakMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray s = f.readAll();
        const qsizetype at = s.indexOf("VmHWM:");
        if (at >= 0)
            return s.mid(at + 6, s.indexOf('\n', at) - at - 6).trimmed().split(' ').first().toDouble() /
                   1024.0;
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

class BatchGeometry : public QQuick3DGeometry
{
public:
    BatchGeometry(const std::vector<float> &positions, const std::vector<float> &normals,
                  const std::vector<std::uint32_t> &indices, const Bounds &bounds)
    {
        const std::size_t nv = positions.size() / 3;
        QByteArray vertices(qsizetype(nv * 6 * sizeof(float)), Qt::Uninitialized);
        float *v = reinterpret_cast<float *>(vertices.data());
        for (std::size_t i = 0; i < nv; ++i) {
            for (int c = 0; c < 3; ++c) {
                v[i * 6 + std::size_t(c)] = positions[i * 3 + std::size_t(c)];
                v[i * 6 + 3 + std::size_t(c)] = normals[i * 3 + std::size_t(c)];
            }
        }
        setVertexData(vertices);
        setIndexData(
            QByteArray(reinterpret_cast<const char *>(indices.data()), qsizetype(indices.size() * 4)));
        setStride(6 * sizeof(float));
        setPrimitiveType(PrimitiveType::Triangles);
        addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
        addAttribute(Attribute::NormalSemantic, 3 * sizeof(float), Attribute::F32Type);
        addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
        setBounds(bounds.min, bounds.max);
    }
};

class TransformInstancing : public QQuick3DInstancing
{
public:
    explicit TransformInstancing(const std::vector<QMatrix4x4> &transforms) : m_transforms(transforms) {}

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override
    {
        QByteArray table(qsizetype(m_transforms.size() * sizeof(InstanceTableEntry)), Qt::Uninitialized);
        auto *e = reinterpret_cast<InstanceTableEntry *>(table.data());
        for (const QMatrix4x4 &m : m_transforms) {
            e->row0 = m.row(0);
            e->row1 = m.row(1);
            e->row2 = m.row(2);
            e->color = QVector4D(1, 1, 1, 1);
            e->instanceData = QVector4D();
            ++e;
        }
        *instanceCount = int(m_transforms.size());
        return table;
    }

private:
    std::vector<QMatrix4x4> m_transforms;
};

struct Frames
{
    double firstFrameMs = -1;
    double fps = 0;
};

// Shows whatever is under the view, waits for the first frame, then orbits the camera for `seconds`
// and counts frames.
Frames orbit(QQuickView &view, QObject *camera, const QVector3D &centre, float radius, double seconds,
             QElapsedTimer &sinceShown)
{
    Frames result;
    int frames = 0;
    QElapsedTimer orbitClock;
    QEventLoop loop;
    double angle = 0;
    auto place = [&] {
        const double a = angle * M_PI / 180.0;
        const QVector3D pos =
            centre + QVector3D(float(std::sin(a)) * radius, radius * 0.45f, float(std::cos(a)) * radius);
        camera->setProperty("position", pos);
        camera->setProperty("eulerRotation", QVector3D(-22, float(angle), 0));
    };
    place();
    const auto conn = QObject::connect(&view, &QQuickWindow::frameSwapped, &loop, [&] {
        if (result.firstFrameMs < 0) {
            result.firstFrameMs = double(sinceShown.nsecsElapsed()) / 1e6;
            orbitClock.start();
            angle += 1.0; // a static scene renders no further frame unless something moves
            place();
            return;
        }
        ++frames;
        angle += 1.0;
        place();
        if (orbitClock.elapsed() >= seconds * 1000)
            loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(int((seconds + 120) * 1000));
    view.update();
    loop.exec();
    QObject::disconnect(conn);
    if (orbitClock.isValid() && orbitClock.elapsed() > 0)
        result.fps = frames * 1000.0 / double(orbitClock.elapsed());
    return result;
}

const char *kViewQml = R"(
import QtQuick
import QtQuick3D
Item {
    width: 1280; height: 800
    View3D {
        objectName: "view"
        anchors.fill: parent
        environment: SceneEnvironment { backgroundMode: SceneEnvironment.Color; clearColor: "#9fb8cc" }
        PerspectiveCamera { objectName: "camera"; clipNear: 1; clipFar: 10000; fieldOfView: 50 }
        DirectionalLight { eulerRotation.x: -50; eulerRotation.y: 30; brightness: 1.2 }
        Node { objectName: "ours" }
        Node { objectName: "merged" }
        Node { objectName: "baseline" }
    }
}
)";

const char *kModelQml = R"(
import QtQuick
import QtQuick3D
Model {
    property color tint: "white"
    materials: PrincipledMaterial { baseColor: tint; roughness: 0.8 }
}
)";

const char *kLoaderQml = R"(
import QtQuick
import QtQuick3D
import QtQuick3D.AssetUtils
RuntimeLoader { }
)";

} // namespace

int bench_import(int argc, char **argv)
{
    bool needsWindow = true;
    for (int i = 1; i < argc; ++i)
        needsWindow &= std::strcmp(argv[i], "--no-render") != 0;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", needsWindow ? "xcb" : "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress lines as they happen, even into a pipe
    const QStringList args = app.arguments();
    double seconds = 5;
    bool small = false, render = true;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args[++i].toDouble();
        else if (args[i] == QLatin1String("--small"))
            small = true;
        else if (args[i] == QLatin1String("--no-render"))
            render = false;
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else {
            std::fprintf(stderr,
                         "showroom-bench import: unknown option '%s'\n"
                         "usage: showroom-bench import [--seconds N] [--small] [--no-render] [--keep DIR]\n",
                         qPrintable(args[i]));
            return 2;
        }
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString glb = dir + QStringLiteral("/stress.glb");
    const QString cacheDir = dir + QStringLiteral("/cache");
    QDir(cacheDir).removeRecursively();

    // 35 blocks x 10 floors x 20 units, ~140 triangles per unit (each its own mesh), two windows per
    // unit (one shared mesh), slabs, trees: ~1.15M triangles, ~21,500 nodes.
    QElapsedTimer clock;
    clock.start();
    std::size_t genTriangles = 0, genNodes = 0;
    {
        const FxScene stress = small ? stressDevelopment(3, 4, 5, 150) : stressDevelopment(35, 10, 20, 150);
        genTriangles = triangleCount(stress);
        genNodes = stress.nodes.size();
        if (!writeGltf(stress, glb)) {
            std::fprintf(stderr, "showroom-bench import: cannot write %s\n", qPrintable(glb));
            return 1;
        }
    }
    std::printf("import: generated %s: %zu triangles, %zu nodes, %.1f MB in %.2f s\n", qPrintable(glb),
                genTriangles, genNodes, double(QFileInfo(glb).size()) / 1e6,
                double(clock.elapsed()) / 1000.0);

    resetPeak();
    const double baseMb = peakMb();
    clock.restart();
    const ImportResult cold = importModel(glb);
    const double coldMs = double(clock.nsecsElapsed()) / 1e6;
    const double coldPeakMb = peakMb();
    if (!cold.ok()) {
        std::fprintf(stderr, "showroom-bench import: %s\n", qPrintable(cold.error));
        return 1;
    }
    // The same cold import isolated in a child process (what showroom-import does), when the worker is
    // next to us in the build tree.
    const QString worker =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/import/showroom-import");
    if (QFileInfo(worker).isExecutable()) {
        ImportOptions isolated;
        isolated.isolatedWorker = worker;
        clock.restart();
        const ImportResult child = importModel(glb, isolated);
        std::printf("import: cold import isolated in a child process %.1f ms (%s)\n",
                    double(clock.nsecsElapsed()) / 1e6, child.ok() ? "ok" : qPrintable(child.error));
    }
    ImportOptions cached;
    cached.cacheDir = cacheDir;
    clock.restart();
    const ImportResult store = importModel(glb, cached);
    const double storeMs = double(clock.nsecsElapsed()) / 1e6;
    double cacheMs = 1e300;
    for (int i = 0; i < 3; ++i) {
        clock.restart();
        const ImportResult warm = importModel(glb, cached);
        cacheMs = std::min(cacheMs, double(clock.nsecsElapsed()) / 1e6);
        if (!warm.fromCache) {
            std::fprintf(stderr, "showroom-bench import: the cache was not used\n");
            return 1;
        }
    }
    const ImportedScene &scene = cold.scene;
    const double speedup = coldMs / cacheMs;
    std::printf("import: cold import %.1f ms (peak +%.0f MB over %.0f MB), import + cache write %.1f ms, "
                "cache load %.1f ms, speedup %.1fx\n",
                coldMs, coldPeakMb - baseMb, baseMb, storeMs, cacheMs, speedup);
    std::printf("import: scene %zu nodes, %zu meshes, %zu triangles\n", scene.nodes.size(),
                scene.meshes.size(), scene.triangleCount());

    // The app's policy: every Unit_<building>_<floor><number> stays pickable; stages by name.
    static const QRegularExpression unitName(QStringLiteral("^Unit_[A-Za-z0-9]+_\\d{4}$"));
    static const QRegularExpression stageWord(
        QStringLiteral("_(Foundation|Structure|Envelope|Interior|Landscape)_"));
    const std::vector<QString> groups =
        nearestMatchingName(scene, [](const QString &n) { return unitName.match(n).hasMatch(); });
    const std::vector<QString> stages =
        nearestMatchingName(scene, [](const QString &n) { return stageWord.match(n).hasMatch(); });
    BatchPolicy policy;
    policy.groupOf = [&groups](int n) { return groups[std::size_t(n)]; };
    policy.stageOf = [&stages](int n) {
        const QRegularExpressionMatch m = stageWord.match(stages[std::size_t(n)]);
        return m.hasMatch() ? m.captured(1).toLower() : QString();
    };
    clock.restart();
    const BatchedScene batched = batchScene(scene, policy);
    const double batchMs = double(clock.nsecsElapsed()) / 1e6;
    BatchPolicy mergeAll = policy;
    mergeAll.groupOf = nullptr;
    const BatchedScene merged = batchScene(scene, mergeAll);
    std::printf(
        "import: draw calls %zu before batching, %zu after (units kept pickable: %zu merged + %zu instanced, "
        "%.1f ms), %zu if units were merged too\n",
        batched.sourceDrawCalls, batched.drawCalls(), batched.batches.size(), batched.instanced.size(),
        batchMs, merged.drawCalls());

    if (render) {
        QQuickView view;
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        QQmlComponent viewComponent(view.engine());
        viewComponent.setData(kViewQml, QUrl());
        QQuickItem *rootItem = qobject_cast<QQuickItem *>(viewComponent.create());
        if (!rootItem) {
            std::fprintf(stderr, "showroom-bench import: %s\n", qPrintable(viewComponent.errorString()));
            return 1;
        }
        view.setContent(QUrl(), &viewComponent, rootItem);
        view.resize(1280, 800);
        QObject *camera = rootItem->findChild<QObject *>(QStringLiteral("camera"));
        auto *ours = rootItem->findChild<QQuick3DObject *>(QStringLiteral("ours"));
        auto *baseline = rootItem->findChild<QQuick3DObject *>(QStringLiteral("baseline"));
        auto *mergedRoot = rootItem->findChild<QQuick3DObject *>(QStringLiteral("merged"));
        if (!camera || !ours || !baseline || !mergedRoot) {
            std::fprintf(stderr, "showroom-bench import: view scene incomplete\n");
            return 1;
        }
        Bounds all;
        for (const DrawBatch &b : batched.batches) {
            if (!b.bounds.valid)
                continue;
            if (!all.valid) {
                all = b.bounds;
                continue;
            }
            for (int c = 0; c < 3; ++c) {
                all.min[c] = std::min(all.min[c], b.bounds.min[c]);
                all.max[c] = std::max(all.max[c], b.bounds.max[c]);
            }
        }
        const QVector3D centre = (all.min + all.max) / 2;
        const float radius = std::max(50.0f, (all.max - all.min).length() * 0.6f);

        std::vector<QObject *> created; // models and the loader, deleted before what they reference
        QQmlComponent modelComponent(view.engine());
        modelComponent.setData(kModelQml, QUrl());
        QElapsedTimer shown;
        shown.start();
        auto colourOf = [&scene](int material) {
            if (material < 0 || std::size_t(material) >= scene.materials.size())
                return QColor(200, 200, 200);
            const auto &c = scene.materials[std::size_t(material)].baseColor;
            return QColor::fromRgbF(c[0], c[1], c[2], 1);
        };
        auto build = [&](const BatchedScene &bs, QQuick3DObject *parent) {
            for (const DrawBatch &b : bs.batches) {
                auto *geometry = new BatchGeometry(b.positions, b.normals, b.indices, b.bounds);
                geometry->setParent(parent);
                QObject *model = modelComponent.createWithInitialProperties(
                    {{QStringLiteral("geometry"),
                      QVariant::fromValue(static_cast<QQuick3DGeometry *>(geometry))},
                     {QStringLiteral("tint"), colourOf(b.material)}});
                if (!model) {
                    std::fprintf(stderr, "showroom-bench import: %s\n",
                                 qPrintable(modelComponent.errorString()));
                    return false;
                }
                model->setParent(parent);
                created.push_back(model);
                static_cast<QQuick3DObject *>(model)->setParentItem(parent);
            }
            for (const InstancedBatch &ib : bs.instanced) {
                const Mesh &mesh = scene.meshes[std::size_t(ib.mesh)];
                auto *geometry = new BatchGeometry(mesh.positions, mesh.normals, mesh.indices, mesh.bounds);
                geometry->setParent(parent);
                auto *instancing = new TransformInstancing(ib.transforms);
                instancing->setParent(parent);
                instancing->setParentItem(parent);
                QObject *model = modelComponent.createWithInitialProperties(
                    {{QStringLiteral("geometry"),
                      QVariant::fromValue(static_cast<QQuick3DGeometry *>(geometry))},
                     {QStringLiteral("instancing"),
                      QVariant::fromValue(static_cast<QQuick3DInstancing *>(instancing))},
                     {QStringLiteral("tint"), colourOf(ib.material)}});
                model->setParent(parent);
                created.push_back(model);
                static_cast<QQuick3DObject *>(model)->setParentItem(parent);
            }
            return true;
        };
        if (!build(batched, ours))
            return 1;
        const double buildMs = double(shown.nsecsElapsed()) / 1e6;
        view.show();
        const Frames mine = orbit(view, camera, centre, radius, seconds, shown);
        std::printf(
            "import: batched scene (%zu draw calls): scene built in %.0f ms, first frame %.0f ms, %.1f fps "
            "orbiting\n",
            batched.drawCalls(), buildMs, mine.firstFrameMs, mine.fps);
        ours->setProperty("visible", false);

        // The same scene with the units merged too, as the app's site view draws it (scene-ui merges the
        // unit batches of a stage into one draw call and tells units apart by a per-vertex unit number).
        shown.restart();
        if (!build(merged, mergedRoot))
            return 1;
        const double mergedBuildMs = double(shown.nsecsElapsed()) / 1e6;
        const Frames flat = orbit(view, camera, centre, radius, seconds, shown);
        std::printf("import: units merged as the app draws them (%zu draw calls): scene built in %.0f ms, "
                    "first frame "
                    "%.0f ms, %.1f fps orbiting\n",
                    merged.drawCalls(), mergedBuildMs, flat.firstFrameMs, flat.fps);
        mergedRoot->setProperty("visible", false);

        // Baseline: Qt's RuntimeLoader on the same GLB (synchronous, on the GUI thread, no node names).
        QQmlComponent loaderComponent(view.engine());
        loaderComponent.setData(kLoaderQml, QUrl());
        shown.restart();
        QObject *loader = loaderComponent.createWithInitialProperties(
            {{QStringLiteral("source"), QUrl::fromLocalFile(glb)}});
        const double loaderMs = double(shown.nsecsElapsed()) / 1e6;
        if (!loader) {
            std::fprintf(stderr, "showroom-bench import: %s\n", qPrintable(loaderComponent.errorString()));
            return 1;
        }
        loader->setParent(baseline);
        created.push_back(loader);
        static_cast<QQuick3DObject *>(loader)->setParentItem(baseline);
        // RuntimeLoader.Status: Empty 0, Success 1, Error 2.
        const QString loaderError =
            loader->property("status").toInt() == 2 ? loader->property("errorString").toString() : QString();
        const Frames theirs = orbit(view, camera, centre, radius, seconds, shown);
        std::printf(
            "import: RuntimeLoader baseline: load %.0f ms (GUI thread blocked), first frame %.0f ms after "
            "load start, %.1f fps orbiting%s%s\n",
            loaderMs, theirs.firstFrameMs, theirs.fps,
            loaderError.isEmpty() ? "" : ", error: ", qPrintable(loaderError));
        std::printf("import: fps ratio vs RuntimeLoader: units merged %.2f, pickable batches %.2f; load "
                    "ratio (RuntimeLoader "
                    "load / our cold import) %.2f, (RuntimeLoader load / our cache load) %.1f\n",
                    theirs.fps > 0 ? flat.fps / theirs.fps : 0.0,
                    theirs.fps > 0 ? mine.fps / theirs.fps : 0.0, loaderMs / coldMs, loaderMs / cacheMs);
        std::printf("import: peak memory %.0f MB (process, all phases)\n", peakMb());
        // Tear down in dependency order (models before the geometry and instancing tables they use), with
        // the window gone, instead of leaving it to QObject child order.
        view.hide();
        QCoreApplication::processEvents();
        for (QObject *o : created)
            delete o;
        QCoreApplication::processEvents();
    }

    // draw_calls: what the app draws (units merged per stage, told apart per vertex; see above).
    std::printf("import: cache_speedup %.1f draw_calls %zu nodes %zu\n", speedup, merged.drawCalls(),
                scene.nodes.size());
    std::fflush(stdout);
    return 0;
}
