// showroom-bench telemetry [--events N] [--dir DIR]
// 1. Enqueue cost of Telemetry::track on the calling (GUI) thread, per event, while the writer runs.
// 2. Sustained committed events/s through Recorder vs a raw sqlite3 C-API loop inserting the same rows
//    into the same schema (same pragmas) in 1,000-row transactions. Best of three runs each, interleaved.
// 3. p99 frame time of the demo development orbiting in a Qt Quick 3D window, telemetry flooded at
//    10,000 events/s through Telemetry::track on the GUI thread vs telemetry off; interleaved rounds.
//    Needs a display (run under tests/with-xvfb.sh) and the generated demo (<build>/assets/demo);
//    otherwise it prints n/a and says why.
#include "telemetry/Database.h"
#include "telemetry/Recorder.h"
#include "telemetry/Telemetry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace tel = showroom::telemetry;

namespace {

const QString kSession = QStringLiteral("0b7e3a52-4d0c-4c57-9a53-3f1f0e6c1a11");
const QString kVisitor = QStringLiteral("5c2d9a1e-8f4b-4f0e-b1a7-7d2e6c3b9f22");

QString target(int i)
{
    return QStringLiteral("unit:A_%1").arg(i % 400, 4, 10, QLatin1Char('0'));
}

tel::Event makeEvent(int i)
{
    tel::Event e;
    e.name = QStringLiteral("unit_selected");
    e.target = target(i);
    e.properties = {{QStringLiteral("seq"), i}, {QStringLiteral("source"), QStringLiteral("bench")}};
    e.session = kSession;
    e.visitor = kVisitor;
    e.tsUtcMs = 1'760'000'000'000 + i;
    e.monoMs = i;
    return e;
}

double pipelineRate(const QString &path, int events)
{
    tel::RecorderOptions o;
    o.path = path;
    o.maxPendingEvents = events + 1; // measure writing, not dropping
    tel::Recorder r(o);
    QString error;
    if (!r.start(&error)) {
        std::fprintf(stderr, "telemetry bench: %s\n", qPrintable(error));
        return 0;
    }
    std::vector<tel::Event> prepared;
    prepared.reserve(size_t(events));
    for (int i = 0; i < events; ++i)
        prepared.push_back(makeEvent(i));
    QElapsedTimer t;
    t.start();
    for (auto &e : prepared)
        r.record(std::move(e));
    if (!r.flush(600000) || r.committedEvents() != events) {
        std::fprintf(stderr, "telemetry bench: pipeline committed %lld of %d\n",
                     static_cast<long long>(r.committedEvents()), events);
        return 0;
    }
    return events / (double(t.nsecsElapsed()) / 1e9);
}

// The baseline: what a hand-written loop gets out of SQLite for the same rows, JSON text included.
double rawRate(const QString &path, int events)
{
    tel::sql::Connection db;
    tel::OpenOptions oo;
    if (!tel::openDatabase(db, path, oo).ok)
        return 0;
    std::vector<tel::Event> prepared;
    prepared.reserve(size_t(events));
    for (int i = 0; i < events; ++i)
        prepared.push_back(makeEvent(i));
    QElapsedTimer t;
    t.start();
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db.handle(),
                       "INSERT INTO events(session_id, visitor_id, ts_utc, mono_ms, name, target, properties)"
                       " VALUES(?,?,?,?,?,?,?)",
                       -1, &stmt, nullptr);
    for (int i = 0; i < events; ++i) {
        if (i % 1000 == 0)
            sqlite3_exec(db.handle(), "BEGIN", nullptr, nullptr, nullptr);
        const tel::Event &e = prepared[size_t(i)];
        const QByteArray session = e.session.toUtf8(), visitor = e.visitor.toUtf8(), name = e.name.toUtf8(),
                         tgt = e.target.toUtf8();
        const QByteArray json =
            QJsonDocument(QJsonObject::fromVariantMap(e.properties)).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(stmt, 1, session.constData(), int(session.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, visitor.constData(), int(visitor.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 3, e.tsUtcMs);
        sqlite3_bind_int64(stmt, 4, e.monoMs);
        sqlite3_bind_text(stmt, 5, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 6, tgt.constData(), int(tgt.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 7, json.constData(), int(json.size()), SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (i % 1000 == 999 || i == events - 1)
            sqlite3_exec(db.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(stmt);
    return events / (double(t.nsecsElapsed()) / 1e9);
}

// The demo's site model, orbited by an animation, drawn by Qt Quick 3D. Loaded with Qt's RuntimeLoader
// (the app uses our importer with batching, so this scene is, if anything, heavier than the app's).
const char *const kOrbitQml = R"(
import QtQuick
import QtQuick3D
import QtQuick3D.AssetUtils
View3D {
    property int loadStatus: loader.status
    property string loadError: loader.errorString
    width: 1280; height: 800
    environment: SceneEnvironment { clearColor: "#9cc3e6"; backgroundMode: SceneEnvironment.Color }
    DirectionalLight { eulerRotation.x: -50; eulerRotation.y: 30; brightness: 1.2 }
    Node {
        PerspectiveCamera { id: cam; position: Qt.vector3d(0, 90, 240); eulerRotation.x: -20; clipFar: 5000 }
        NumberAnimation on eulerRotation.y { from: 0; to: 360; duration: 24000; loops: Animation.Infinite }
    }
    camera: cam
    RuntimeLoader { id: loader; source: "%1" }
})";

struct FrameRun
{
    QString error; // empty when measured
    double offP99 = 0, floodP99 = 0, offMedian = 0, floodMedian = 0, floodRate = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

FrameRun measureFrames(const QString &siteModel, const QString &dbPath, int seconds)
{
    FrameRun run;
    tel::Telemetry::Options o;
    o.recorder.path = dbPath;
    tel::Telemetry telemetry(o);
    if (!telemetry.open(&run.error))
        return run;
    telemetry.startSession();

    QMutex mutex;
    std::vector<qint64> swaps;
    QElapsedTimer clock;
    clock.start();
    QQuickView view;
    const QString qml = QString::fromLatin1(kOrbitQml).arg(QUrl::fromLocalFile(siteModel).toString());
    const QString qmlFile = QFileInfo(dbPath).absolutePath() + QStringLiteral("/orbit.qml");
    QFile f(qmlFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(qml.toUtf8()) < 0) {
        run.error = QStringLiteral("cannot write %1").arg(qmlFile);
        return run;
    }
    f.close();
    view.setSource(QUrl::fromLocalFile(qmlFile));
    if (view.status() != QQuickView::Ready || !view.rootObject()) {
        run.error = QStringLiteral("the orbit scene did not load (Qt Quick 3D modules missing?)");
        return run;
    }
    view.resize(1280, 800);
    view.show();
    QElapsedTimer wait;
    wait.start();
    while (view.rootObject()->property("loadStatus").toInt() == 0 && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (view.rootObject()->property("loadStatus").toInt() != 1) {
        run.error = QStringLiteral("the demo model did not load: %1")
                        .arg(view.rootObject()->property("loadError").toString());
        return run;
    }

    const QMetaObject::Connection swapped = QObject::connect(
        &view, &QQuickWindow::frameSwapped, &view,
        [&] {
            QMutexLocker lock(&mutex);
            swaps.push_back(clock.nsecsElapsed());
        },
        Qt::DirectConnection); // on the render thread: the real swap time

    // The flood: 10,000 events/s from the GUI thread, caught up every millisecond.
    qint64 sent = 0;
    QElapsedTimer floodClock;
    QTimer flood;
    flood.setTimerType(Qt::PreciseTimer);
    flood.setInterval(1);
    const QVariantMap props{{QStringLiteral("target"), QStringLiteral("unit:A_0304")},
                            {QStringLiteral("via"), QStringLiteral("bench")}};
    QObject::connect(&flood, &QTimer::timeout, &view, [&] {
        const qint64 due = floodClock.nsecsElapsed() / 100000; // 10,000 per second
        for (; sent < due; ++sent)
            telemetry.track(QStringLiteral("unit_selected"), props);
    });

    auto phase = [&](bool flooded) {
        {
            QMutexLocker lock(&mutex);
            swaps.clear();
        }
        if (flooded) {
            sent = 0;
            floodClock.start();
            flood.start();
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < seconds * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        flood.stop();
        if (flooded)
            run.floodRate = sent / (double(floodClock.nsecsElapsed()) / 1e9);
        std::vector<double> ms;
        QMutexLocker lock(&mutex);
        for (size_t i = 1; i < swaps.size(); ++i)
            ms.push_back(double(swaps[i] - swaps[i - 1]) / 1e6);
        return ms;
    };
    phase(false); // warm-up: shader compilation, first uploads
    std::vector<double> off, flooded;
    for (int round = 0; round < 2; ++round) {
        const auto a = phase(false);
        off.insert(off.end(), a.begin(), a.end());
        const auto b = phase(true);
        flooded.insert(flooded.end(), b.begin(), b.end());
        telemetry.flush(30000); // the next "off" phase starts with an idle writer
    }
    QObject::disconnect(swapped); // before the vectors the render thread writes to go away
    view.hide();
    if (off.size() < 20 || flooded.size() < 20) {
        run.error = QStringLiteral("too few frames rendered (%1 / %2)").arg(off.size()).arg(flooded.size());
        return run;
    }
    run.offP99 = percentile(off, 0.99);
    run.floodP99 = percentile(flooded, 0.99);
    run.offMedian = percentile(off, 0.5);
    run.floodMedian = percentile(flooded, 0.5);
    return run;
}

QString defaultSiteModel()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(bin.filePath(QStringLiteral("../assets/demo/models/site.glb")));
}

} // namespace

int bench_telemetry(int argc, char **argv)
{
    // Frames need a display (tests/with-xvfb.sh gives one); without it the rest still runs.
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
                         !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    std::unique_ptr<QCoreApplication> app(display ? new QGuiApplication(argc, argv)
                                                  : new QCoreApplication(argc, argv));
    int events = 100000;
    int frameSeconds = 5;
    QString dir;
    QString siteModel = defaultSiteModel();
    const QStringList args = app->arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--events") && i + 1 < args.size())
            events = args[++i].toInt();
        else if (args[i] == QLatin1String("--dir") && i + 1 < args.size())
            dir = args[++i];
        else if (args[i] == QLatin1String("--site-model") && i + 1 < args.size())
            siteModel = args[++i];
        else if (args[i] == QLatin1String("--frame-seconds") && i + 1 < args.size())
            frameSeconds = qMax(1, args[++i].toInt());
        else {
            std::fprintf(stderr,
                         "usage: showroom-bench telemetry [--events N] [--dir DIR] [--site-model GLB] "
                         "[--frame-seconds S]\n");
            return 2;
        }
    }
    if (events < 1000) {
        std::fprintf(stderr, "showroom-bench telemetry: --events must be at least 1000\n");
        return 2;
    }
    QTemporaryDir tmp(dir.isEmpty() ? QDir::tempPath() + "/showroom-bench-XXXXXX"
                                    : dir + "/showroom-bench-XXXXXX");
    if (!tmp.isValid()) {
        std::fprintf(stderr, "showroom-bench telemetry: cannot create a temporary folder\n");
        return 1;
    }

    // 1. Enqueue cost through the QML-facing API, timed per call while the writer commits behind it.
    std::vector<qint64> ns;
    {
        tel::Telemetry::Options o;
        o.recorder.path = tmp.filePath("enqueue.db");
        o.recorder.maxPendingEvents = events + 10;
        o.watchApplication = false;
        tel::Telemetry telemetry(o);
        if (!telemetry.open())
            return 1;
        telemetry.startSession();
        ns.reserve(size_t(events));
        QElapsedTimer t;
        const QVariantMap props{{QStringLiteral("target"), target(7)}, {QStringLiteral("price"), 450000}};
        for (int i = 0; i < events; ++i) {
            t.start();
            telemetry.track(QStringLiteral("unit_selected"), props);
            ns.push_back(t.nsecsElapsed());
        }
        telemetry.flush(600000);
    }
    std::sort(ns.begin(), ns.end());
    const qint64 median = ns[ns.size() / 2];
    const qint64 p99 = ns[ns.size() * 99 / 100];
    std::printf("telemetry: enqueue Telemetry::track median %lld ns, p99 %lld ns, max %lld ns (%d events)\n",
                static_cast<long long>(median), static_cast<long long>(p99),
                static_cast<long long>(ns.back()), events);

    // 2. Throughput, interleaved so both see the same machine load; best of three each.
    double pipeline = 0, raw = 0;
    for (int round = 0; round < 3; ++round) {
        raw = std::max(raw, rawRate(tmp.filePath(QStringLiteral("raw%1.db").arg(round)), events));
        pipeline =
            std::max(pipeline, pipelineRate(tmp.filePath(QStringLiteral("pipe%1.db").arg(round)), events));
        std::printf("telemetry: round %d: pipeline %.0f events/s, raw sqlite3 %.0f events/s\n", round + 1,
                    pipeline, raw);
    }
    const double ratio = raw > 0 ? pipeline / raw : 0;
    std::printf("telemetry: sustained committed events/s: pipeline %.0f, raw sqlite3 loop %.0f "
                "(same rows and schema, 1,000-row transactions, WAL, synchronous=FULL)\n",
                pipeline, raw);

    // 3. Frames of the orbiting demo, telemetry off vs flooded.
    QString frameRatio = QStringLiteral("n/a");
    if (!display) {
        std::printf("telemetry: frame_p99_ratio n/a (no display: run under tests/with-xvfb.sh)\n");
    } else if (!QFileInfo::exists(siteModel)) {
        std::printf(
            "telemetry: frame_p99_ratio n/a (no demo model at %s: build the demo or pass --site-model)\n",
            qPrintable(siteModel));
    } else {
        const FrameRun f = measureFrames(siteModel, tmp.filePath(QStringLiteral("frames.db")), frameSeconds);
        if (!f.error.isEmpty()) {
            std::printf("telemetry: frame_p99_ratio n/a (%s)\n", qPrintable(f.error));
        } else {
            frameRatio = QString::number(f.floodP99 / f.offP99, 'f', 2);
            std::printf(
                "telemetry: frames while orbiting the demo site: off median %.1f ms p99 %.1f ms; flooded at "
                "%.0f events/s median %.1f ms p99 %.1f ms\n",
                f.offMedian, f.offP99, f.floodRate, f.floodMedian, f.floodP99);
        }
    }
    std::printf("telemetry: ratio %.2f enqueue_p99_ns %lld frame_p99_ratio %s\n", ratio,
                static_cast<long long>(p99), qPrintable(frameRatio));
    return ratio >= 0.7 ? 0 : 1;
}
