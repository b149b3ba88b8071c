// showroom-demo-generator [--large] OUTDIR: writes the demo development package (development.json, the
// site model, interiors, plans, textures) into OUTDIR; with --large, the 5,000-unit development of the
// finder's scale tests instead. Deterministic: the same build writes the same bytes.
#include "DemoSiteGlb.h"
#include "Development.h"
#include "InteriorModel.h"
#include "LargeSiteGlb.h"
#include "Manifest.h"
#include "Plans.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "showroom-demo-generator: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

bool writeImage(const QString &path, const QImage &image)
{
    if (!image.save(path, "PNG")) {
        std::fprintf(stderr, "showroom-demo-generator: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

bool writeModel(const QString &path, const demo::GlbScene &scene)
{
    const QString problem = scene.validate();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "showroom-demo-generator: %s: %s\n", qPrintable(path), qPrintable(problem));
        return false;
    }
    return writeFile(path, scene.toGlb());
}

} // namespace

int main(int argc, char **argv)
{
    // Only offscreen drawing (plan labels need fonts, hence a GUI application, never a window).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool large = args.size() == 3 && args[1] == QLatin1String("--large");
    if (large)
        args.removeAt(1);
    if (args.size() != 2 || args[1].startsWith('-')) {
        std::fprintf(stderr, "usage: showroom-demo-generator [--large] OUTDIR\n");
        return 2;
    }
    const QDir out(args[1]);
    for (const char *sub : {"models", "interiors", "plans", "textures"}) {
        if (!out.mkpath(QString::fromLatin1(sub))) {
            std::fprintf(stderr, "showroom-demo-generator: cannot create %s/%s\n", qPrintable(out.path()),
                         sub);
            return 1;
        }
    }

    const demo::Development dev = large ? demo::makeLargeDevelopment() : demo::makeDemoDevelopment();

    const demo::GlbScene site = large ? demo::buildLargeSiteGlb(dev) : demo::buildDemoSiteGlb(dev);
    if (!writeModel(out.filePath("models/site.glb"), site))
        return 1;
    for (const demo::UnitType &type : dev.types) {
        if (!type.interior.isEmpty() &&
            !writeModel(out.filePath(type.interior), demo::buildInteriorModel(type)))
            return 1;
        if (!writeImage(out.filePath(type.plan), demo::drawTypePlan(type)))
            return 1;
    }
    for (const demo::Building &b : dev.buildings)
        for (int level = 0; dev.floorPlans && level < b.floors; ++level)
            if (!writeImage(out.filePath(QStringLiteral("plans/%1_level_%2.png")
                                             .arg(b.id)
                                             .arg(level, 2, 10, QLatin1Char('0'))),
                            demo::drawFloorPlan(dev, b, level)))
                return 1;
    if (!writeImage(out.filePath("textures/oak_light.png"), demo::drawOakTexture()))
        return 1;
    if (!writeFile(out.filePath("development.json"),
                   QJsonDocument(demo::buildManifest(dev)).toJson(QJsonDocument::Indented)))
        return 1;

    std::printf("showroom-demo-generator: %zu units, site %zu nodes, %zu meshes, %zu triangles -> %s\n",
                dev.units.size(), site.nodeCount(), site.meshCount(), site.drawnTriangleCount(),
                qPrintable(out.absolutePath()));
    return 0;
}
