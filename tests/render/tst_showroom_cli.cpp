// The showroom executable end to end: --screenshot writes a real PNG of the requested size, and every
// kind of bad input ends with exit code 2 and one line on stderr naming the problem (and the choices).
// --help, --version and --list-* work on a machine with no display at all.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class tst_ShowroomCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotWritesThePng();
    void screenshotWithSelectedUnit();
    void badInput_data();
    void badInput();
    void unwritableScreenshotFails();
    void unreadableModelFails();
    void softwareBackendFails();
    void versionAndHelp();
    void printsWithoutDisplay_data();
    void printsWithoutDisplay();
    void listUnitsWithoutDisplayHasEveryUnit();
    void mistakesWithoutDisplay_data();
    void mistakesWithoutDisplay();
    void wrongChoiceNamesTheChoices_data();
    void wrongChoiceNamesTheChoices();
    void stillOfAFloorOrPresetDiffersFromTheSite_data();
    void stillOfAFloorOrPresetDiffersFromTheSite();
    void listUnitsWithAFilterWithoutDisplay();
    void stackingPlanStillShowsTheGridFadedBySearch();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    enum class Display
    {
        Inherited, // the test's own (Xvfb under tests/with-xvfb.sh)
        None,      // no X, no Wayland, no QT_QPA_PLATFORM: a QGuiApplication would abort
    };
    Run run(const QStringList &args, int timeoutMs = 90000, const QString &platform = {},
            Display display = Display::Inherited);
    Run runWithoutDisplay(const QStringList &args) { return run(args, 30000, {}, Display::None); }
    static QJsonObject demoManifest();
    QImage plainSiteShot();

    QImage m_plainSite; // the still without a subject, rendered once on first use

    QTemporaryDir m_dir;
};

tst_ShowroomCli::Run tst_ShowroomCli::run(const QStringList &args, int timeoutMs, const QString &platform,
                                          Display display)
{
    QProcess process;
    // Keep the child's data, cache and database out of $HOME.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    if (!platform.isEmpty())
        env.insert("QT_QPA_PLATFORM", platform);
    if (display == Display::None) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        // As on a bare kiosk or CI box: no locale either, so prices take the app's fallback ("€391,500").
        env.insert("LC_ALL", "C");
        env.insert("LANG", "C");
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHOWROOM_BINARY), args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void tst_ShowroomCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SHOWROOM_BINARY)));
    QVERIFY(QFile::exists(QStringLiteral(SHOWROOM_DEMO_DIR "/development.json")));
}

void tst_ShowroomCli::screenshotWritesThePng()
{
    const QString png = m_dir.filePath("shot.png");
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t.db"), "--screenshot",
                       png, "--size", "640x400"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(640, 400));
    // A frame of the site, not a blank or black window: a bright, blue sky and a varied picture.
    const QRgb sky = image.pixel(400, 2);
    QVERIFY2(qBlue(sky) > qRed(sky) + 40, qPrintable(QColor(sky).name()));
    QSet<QRgb> colours;
    for (int y = 150; y < 380; y += 2)
        for (int x = 100; x < 540; x += 2)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    QVERIFY(colours.size() > 100);
    QVERIFY(QFile::exists(m_dir.filePath("t.db"))); // --db is honoured: the session went there
}

void tst_ShowroomCli::screenshotWithSelectedUnit()
{
    const QString png = m_dir.filePath("selected.png");
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t2.db"), "--screenshot",
                       png, "--size", "1280x800", "--select", "B_0502"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    // The card is open on the right: its off-white panel (Theme.paper) fills the area under its title.
    QCOMPARE(QColor(image.pixel(1245, 200)).name(), QStringLiteral("#f7f5f0"));
}

void tst_ShowroomCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QString broken = m_dir.filePath("broken");
    QDir().mkpath(broken);
    QFile manifest(broken + "/development.json");
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{ \"schema\": 1, \"development\": ");
    manifest.close();
    const QString empty = m_dir.filePath("empty");
    QDir().mkpath(empty);

    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("positional argument") << QStringList{"extra"} << "extra";
    QTest::newRow("missing folder") << QStringList{"--development", m_dir.filePath("nowhere")} << "nowhere";
    QTest::newRow("broken manifest") << QStringList{"--development", broken} << "development.json";
    QTest::newRow("no manifest") << QStringList{"--development", empty} << "development.json";
    QTest::newRow("bad size") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--size", "800by600"}
                              << "800by600";
    QTest::newRow("tiny size") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--size", "10x10"}
                               << "10x10";
    QTest::newRow("size without screenshot") << QStringList{"--size", "800x600"} << "--screenshot";
    QTest::newRow("unknown unit") << QStringList{"--development", SHOWROOM_DEMO_DIR, "--select", "Z_9999"}
                                  << "Z_9999";
}

void tst_ShowroomCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(args << "--db" << m_dir.filePath("bad.db"), 30000);
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("showroom: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData()); // one line
    QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
}

void tst_ShowroomCli::unwritableScreenshotFails()
{
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t3.db"), "--screenshot",
                       m_dir.filePath("no/such/folder/shot.png"), "--size", "320x200"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
}

void tst_ShowroomCli::unreadableModelFails()
{
    // A valid manifest whose site model is garbage: the manifest passes, the import fails.
    const QString package = m_dir.filePath("garbage-model");
    QDirIterator it(QStringLiteral(SHOWROOM_DEMO_DIR), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = package + from.mid(int(qstrlen(SHOWROOM_DEMO_DIR)));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QVERIFY(QFile::copy(from, to));
    }
    const QString model = package + "/models/site.glb";
    QVERIFY(QFile::exists(model));
    QFile file(model);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    static const char garbage[] = "glTF\x02\x00\x00\x00 not a model";
    file.write(garbage, sizeof(garbage) - 1); // a GLB magic, then nonsense
    file.close();
    const Run r = run({"--development", package, "--db", m_dir.filePath("t4.db"), "--screenshot",
                       m_dir.filePath("never.png"), "--size", "320x200"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot load the site model") && r.err.contains("site.glb"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath("never.png")));
}

void tst_ShowroomCli::softwareBackendFails()
{
    // Qt's offscreen platform falls back to the Software scene graph: no 3D, so no screenshot.
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t5.db"), "--screenshot",
                       m_dir.filePath("soft.png"), "--size", "320x200"},
                      60000, "offscreen");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Software backend"), r.err.constData());
}

void tst_ShowroomCli::versionAndHelp()
{
    Run r = run({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(SHOWROOM_VERSION));
    r = run({"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--development", "--db", "--screenshot", "--size", "--kiosk"})
        QVERIFY2(r.out.contains(option), option);
}

QJsonObject tst_ShowroomCli::demoManifest()
{
    QFile file(QStringLiteral(SHOWROOM_DEMO_DIR "/development.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void tst_ShowroomCli::printsWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<int>("lineCount"); // -1: any

    const QJsonObject demo = demoManifest();
    QVERIFY(!demo.isEmpty());
    const int units = int(demo.value("units").toArray().size());
    const int stages = int(demo.value("stages").toArray().size());
    const int presets = int(demo.value("cameraPresets").toArray().size());
    QVERIFY(units > 0 && stages > 0 && presets > 0);
    const QString dir = QStringLiteral(SHOWROOM_DEMO_DIR);
    const QString unitHeader = "id\tbuilding\tfloor\ttype\tbedrooms\tarea\tprice\tstatus";

    QTest::newRow("help") << QStringList{"--help"} << "Usage: showroom [options]" << -1;
    QTest::newRow("version") << QStringList{"--version"} << "showroom " SHOWROOM_VERSION << 1;
    QTest::newRow("units") << QStringList{"--list-units", "--development", dir} << unitHeader << units + 1;
    // Without --development: the bundled demo next to the binary.
    QTest::newRow("units of the bundled demo") << QStringList{"--list-units"} << unitHeader << units + 1;
    QTest::newRow("stages") << QStringList{"--list-stages", "--development", dir}
                            << "id\tname\tplanned start\tplanned end\tactual start\tactual end\tprogress" << stages + 1;
    QTest::newRow("presets") << QStringList{"--development", dir, "--list-presets"} << "id\tname"
                             << presets + 1;
}

void tst_ShowroomCli::printsWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, firstLine);
    QFETCH(int, lineCount);
    const Run r = runWithoutDisplay(args);
    QVERIFY2(r.exitCode == 0, r.err.constData()); // a QGuiApplication would abort: no display
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constFirst(), firstLine);
    if (lineCount >= 0)
        QCOMPARE(lines.size(), lineCount);
    if (args.constFirst() == QLatin1String("--help")) {
        for (const char *option : {"--select", "--building", "--floor", "--preset", "--list-units",
                                   "--list-stages", "--list-presets"})
            QVERIFY2(r.out.contains(option), option);
    }
}

void tst_ShowroomCli::listUnitsWithoutDisplayHasEveryUnit()
{
    const Run r = runWithoutDisplay({"--list-units", "--development", SHOWROOM_DEMO_DIR});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    const QJsonArray units = demoManifest().value("units").toArray();
    QCOMPARE(lines.size(), units.size() + 1);
    const QLocale english(QLocale::English, QLocale::Ireland);
    for (int i = 0; i < units.size(); ++i) {
        const QJsonObject u = units.at(i).toObject();
        const double price = u.value("price").toDouble();
        QVERIFY2(price == std::floor(price), "the demo's prices are whole euros");
        const QStringList expected{u.value("id").toString(),
                                   u.value("building").toString(),
                                   QString::number(u.value("floor").toInt()),
                                   u.value("type").toString(),
                                   QString::number(u.value("bedrooms").toInt()),
                                   QString::number(u.value("area").toDouble(), 'f', 1) + " m²",
                                   "€" + english.toString(qint64(price)),
                                   u.value("status").toString()};
        QCOMPARE(lines.at(i + 1), expected.join('\t'));
    }
}

void tst_ShowroomCli::mistakesWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("floor not a number") << QStringList{"--building", "A", "--floor", "x"}
                                        << QStringList{"--floor 'x'", "floor number", "--floor 3"};
    QTest::newRow("floor without building")
        << QStringList{"--floor", "3"} << QStringList{"--floor 3", "--building"};
    QTest::newRow("two subjects") << QStringList{"--select", "A_0001", "--preset", "street"}
                                  << QStringList{"--select", "--preset", "only one"};
    QTest::newRow("listing with a still") << QStringList{"--list-units", "--screenshot", "x.png"}
                                          << QStringList{"--list-units", "--screenshot"};
    QTest::newRow("unknown option") << QStringList{"--list-unit"} << QStringList{"list-unit", "--help"};
    // Checked against the manifest before any window system is touched.
    QTest::newRow("unknown building, no display")
        << QStringList{"--development", SHOWROOM_DEMO_DIR, "--building", "Q", "--screenshot", "x.png"}
        << QStringList{"--building 'Q'", "A (", "B (", "T ("};
    QTest::newRow("unknown floor, no display")
        << QStringList{"--development", SHOWROOM_DEMO_DIR, "--building", "A", "--floor", "11"}
        << QStringList{"--floor 11", "0-7"};
    QTest::newRow("unknown preset, no display")
        << QStringList{"--development", SHOWROOM_DEMO_DIR, "--preset", "roof"}
        << QStringList{"roof", "street"};
    const QString broken = m_dir.filePath("broken-listing");
    QDir().mkpath(broken);
    QFile manifest(broken + "/development.json");
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{ \"schema\": 1, \"development\": ");
    manifest.close();
    QTest::newRow("malformed filter, no display")
        << QStringList{"--development",          SHOWROOM_DEMO_DIR, "--filter",
                       "bedrooms>=3,bedroms<=4", "--screenshot",    "x.png"}
        << QStringList{"--filter", "filter part 2 'bedroms<=4'", "unknown field 'bedroms'"};
    QTest::newRow("malformed filter, listing")
        << QStringList{"--list-units", "--filter", "price<=cheap"}
        << QStringList{"--filter", "filter part 1 'price<=cheap'", "number"};
    QTest::newRow("filter naming an unknown building, listing")
        << QStringList{"--list-units", "--development", SHOWROOM_DEMO_DIR, "--filter", "building=Q"}
        << QStringList{"--filter", "'building=Q'", "A, B, T"};
    QTest::newRow("unknown stacking plan building, no display")
        << QStringList{"--development", SHOWROOM_DEMO_DIR, "--stacking-plan", "Q", "--screenshot", "x.png"}
        << QStringList{"--stacking-plan 'Q'", "choose one of", "A (Haus Linde)", "B (", "T ("};
    QTest::newRow("listing a broken manifest")
        << QStringList{"--list-stages", "--development", broken} << QStringList{"development.json"};
    QTest::newRow("listing a missing folder")
        << QStringList{"--list-units", "--development", m_dir.filePath("nowhere")} << QStringList{"nowhere"};
}

void tst_ShowroomCli::mistakesWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = runWithoutDisplay(args);
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("showroom: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
    for (const QString &m : mentions)
        QVERIFY2(err.contains(m.toUtf8()), qPrintable(m + " not in: " + err));
}

void tst_ShowroomCli::wrongChoiceNamesTheChoices_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");

    const QJsonObject demo = demoManifest();
    QStringList buildings;
    int floorsOfA = 0;
    for (const QJsonValue &v : demo.value("buildings").toArray()) {
        const QJsonObject b = v.toObject();
        buildings << QStringLiteral("%1 (%2)").arg(b.value("id").toString(), b.value("name").toString());
        if (b.value("id").toString() == QLatin1String("A"))
            floorsOfA = b.value("floors").toInt();
    }
    QVERIFY(buildings.size() >= 2 && floorsOfA > 1);
    QStringList presets;
    for (const QJsonValue &v : demo.value("cameraPresets").toArray()) {
        const QJsonObject p = v.toObject();
        presets << QStringLiteral("%1 (%2)").arg(p.value("id").toString(), p.value("name").toString());
    }
    const QString units = QString::number(demo.value("units").toArray().size());
    const QString dir = QStringLiteral(SHOWROOM_DEMO_DIR);

    QTest::newRow("building") << QStringList{"--development", dir, "--building", "Q"}
                              << QStringList{"'Q'", "choose one of"} + buildings;
    QTest::newRow("floor") << QStringList{"--development",           dir, "--building", "A", "--floor",
                                          QString::number(floorsOfA)}
                           << QStringList{QStringLiteral("--floor %1").arg(floorsOfA),
                                          QStringLiteral("floors 0-%1").arg(floorsOfA - 1)};
    QTest::newRow("preset") << QStringList{"--development", dir, "--preset", "balloon"}
                            << QStringList{"'balloon'", "choose one of"} + presets;
    QTest::newRow("unit of a building") << QStringList{"--development", dir, "--select", "A_9999"}
                                        << QStringList{"'A_9999'", "units, e.g. A_", "--list-units"};
    QTest::newRow("unit") << QStringList{"--development", dir, "--select", "Z_9999"}
                          << QStringList{"'Z_9999'", units + " units", "--list-units"};
    QTest::newRow("still of a wrong floor")
        << QStringList{"--development", dir, "--screenshot", m_dir.filePath("never.png"),
                       "--building",    "B", "--floor",      "-1"}
        << QStringList{"--floor -1", "floors 0-"};
}

void tst_ShowroomCli::wrongChoiceNamesTheChoices()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = run(args << "--db" << m_dir.filePath("choices.db"), 30000);
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("showroom: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
    for (const QString &m : mentions)
        QVERIFY2(err.contains(m.toUtf8()), qPrintable(m + " not in: " + err));
    QVERIFY(!QFile::exists(m_dir.filePath("never.png")));
}

QImage tst_ShowroomCli::plainSiteShot()
{
    if (m_plainSite.isNull()) {
        const QString png = m_dir.filePath("plain.png");
        const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("plain.db"),
                           "--screenshot", png, "--size", "640x400"});
        if (r.exitCode == 0)
            m_plainSite = QImage(png);
    }
    return m_plainSite;
}

void tst_ShowroomCli::stillOfAFloorOrPresetDiffersFromTheSite_data()
{
    QTest::addColumn<QStringList>("subject");
    const QJsonArray presets = demoManifest().value("cameraPresets").toArray();
    QVERIFY(!presets.isEmpty());
    QTest::newRow("building A, floor 3") << QStringList{"--building", "A", "--floor", "3"};
    QTest::newRow("last preset") << QStringList{"--preset", presets.last().toObject().value("id").toString()};
    QTest::newRow("stacking plan of A") << QStringList{"--stacking-plan", "A"};
    QTest::newRow("finder with a search")
        << QStringList{"--filter", "bedrooms>=3,status=available,price<=450000"};
}

void tst_ShowroomCli::stillOfAFloorOrPresetDiffersFromTheSite()
{
    QFETCH(QStringList, subject);
    const QImage plain = plainSiteShot();
    QVERIFY2(!plain.isNull(), "the plain site still could not be rendered");
    const QString png = m_dir.filePath(QStringLiteral("still-%1.png").arg(QTest::currentDataTag()));
    const Run r = run(QStringList{"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("still.db"),
                                  "--screenshot", png, "--size", "640x400"} +
                      subject);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage still(png);
    QCOMPARE(still.size(), plain.size());
    // The camera moved: a large part of the picture changed, not a few pixels of noise.
    int changed = 0;
    for (int y = 0; y < still.height(); y += 2) {
        for (int x = 0; x < still.width(); x += 2) {
            const QRgb a = still.pixel(x, y), b = plain.pixel(x, y);
            if (qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b)) > 48)
                ++changed;
        }
    }
    const int sampled = (still.width() / 2) * (still.height() / 2);
    QVERIFY2(changed > sampled / 10,
             qPrintable(QStringLiteral("%1 of %2 pixels changed").arg(changed).arg(sampled)));
}

void tst_ShowroomCli::listUnitsWithAFilterWithoutDisplay()
{
    const Run r = runWithoutDisplay({"--list-units", "--development", SHOWROOM_DEMO_DIR, "--filter",
                                     "bedrooms>=3,status=available,price<=450000"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split('\n', Qt::SkipEmptyParts);
    QStringList expected; // worked out from the manifest itself
    for (const QJsonValue &v : demoManifest().value("units").toArray()) {
        const QJsonObject u = v.toObject();
        if (u.value("bedrooms").toInt() >= 3 && u.value("status").toString() == "available" &&
            u.value("price").toDouble() <= 450000)
            expected << u.value("id").toString();
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(lines.size(), expected.size() + 1);
    QCOMPARE(lines.constFirst(), QStringLiteral("id\tbuilding\tfloor\ttype\tbedrooms\tarea\tprice\tstatus"));
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList fields = lines.at(i + 1).split('\t');
        QCOMPARE(fields.constFirst(), expected.at(i));
        QVERIFY(fields.at(4).toInt() >= 3);
        QCOMPARE(fields.at(7), QStringLiteral("available"));
    }
}

namespace {
// Pixels within a few steps of `colour` (the plan's flat cells), in the left part of the picture where
// the plan sits (the 3D view's lit, shaded status tints never match this closely in such numbers).
int pixelsOf(const QImage &image, const QColor &colour, int right)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < right; ++x) {
            const QColor c(image.pixel(x, y));
            if (qAbs(c.red() - colour.red()) + qAbs(c.green() - colour.green()) +
                    qAbs(c.blue() - colour.blue()) <=
                6)
                ++n;
        }
    }
    return n;
}
} // namespace

void tst_ShowroomCli::stackingPlanStillShowsTheGridFadedBySearch()
{
    // Theme.available / reserved / sold
    const QColor available("#2e7d4f"), reserved("#c77d12"), sold("#9a3b3b");
    const QString png = m_dir.filePath("plan.png");
    // Haus Linde has 36 available, 11 reserved and 33 sold homes; the search keeps the last two kinds.
    const Run r =
        run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("plan.db"), "--screenshot", png,
             "--size", "1280x800", "--stacking-plan", "A", "--filter", "status=sold|reserved"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QImage plan(png);
    QCOMPARE(plan.size(), QSize(1280, 800));
    const int right = plan.width() * 6 / 10;
    const int cellArea = 40 * 40; // a cell is at least a finger's size (47 px at this height)
    const int soldPixels = pixelsOf(plan, sold, right), reservedPixels = pixelsOf(plan, reserved, right),
              availablePixels = pixelsOf(plan, available, right);
    const QString counts = QStringLiteral("sold %1, reserved %2, available %3 pixels")
                               .arg(soldPixels)
                               .arg(reservedPixels)
                               .arg(availablePixels);
    QVERIFY2(soldPixels > 25 * cellArea, qPrintable(counts));
    QVERIFY2(reservedPixels > 8 * cellArea, qPrintable(counts));
    // The available homes are outside the search: faded to paper with a thin status edge.
    QVERIFY2(availablePixels < 36 * cellArea / 4, qPrintable(counts));

    // The interest recorder wrote where the plan was opened (docs/events.md), read with Debian's sqlite3.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {m_dir.filePath("plan.db"), "SELECT name, target, properties FROM events WHERE name = "
                                             "'stacking_plan_viewed'"});
    QVERIFY2(sqlite.waitForFinished(10000) && sqlite.exitCode() == 0,
             "sqlite3 (Debian package sqlite3) failed");
    QCOMPARE(QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed(),
             QStringLiteral("stacking_plan_viewed|building:A|{\"via\":\"command_line\"}"));
}

QTEST_GUILESS_MAIN(tst_ShowroomCli)
#include "tst_showroom_cli.moc"
