// The dashboard as a PDF report, read back with real PDF tools (poppler-utils): pdftotext finds the
// headings and the overview's figures, pdffonts shows every font embedded, pdfimages the floor plan; the
// staff audit log records the export. And `showroom --dashboard-report` end to end (no display needed),
// with its mistakes (exit 2, the valid choices named).
#include "DashboardSeed.h"

#include "core/ManifestLoader.h"
#include "dashboard/DashboardReport.h"
#include "telemetry/Database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using namespace showroom::dashboard;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr,
            QString *errors = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LANG", "en_IE.UTF-8");
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(120000))
        return {};
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_DashboardPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theReportReadsBackWithItsFiguresAndEmbeddedFonts();
    void theCommandLineWritesItWithoutADisplay();
    void commandLineMistakesNameTheChoices();
    void anUnknownVisitorsPageIsAMistake();

private:
    QTemporaryDir m_dir;
    QString m_db;
    core::DevelopmentData m_development;
};

void tst_DashboardPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), "the demo development loads");
    m_development = manifest.data;
    m_db = m_dir.filePath("telemetry.db");
    testing::DashboardSeed seed;
    seed.events = 12000;
    seed.visitors = 200;
    seed.hotSpots = {{0, 0}, {25, -10}};
    QString error;
    QVERIFY2(testing::seedDashboardDatabase(m_db, m_development, seed, &error), qPrintable(error));
}

void tst_DashboardPdf::theReportReadsBackWithItsFiguresAndEmbeddedFonts()
{
    SnapshotRequest request;
    request.databasePath = m_db;
    request.development = m_development;
    request.range.toUtcMs = QDateTime::currentMSecsSinceEpoch();
    request.range.fromUtcMs = request.range.toUtcMs - 29LL * 86400000;
    ReportOptions options;
    options.locale = QLocale(QLocale::English, QLocale::Ireland);
    const QString pdf = m_dir.filePath("reports/dashboard.pdf");
    QCOMPARE(makeReportFile(request, pdf, options), QString());
    QVERIFY(QFileInfo(pdf).size() > 5000);

    // The figures the report should show, from the data side's query over the same range.
    telemetry::sql::Connection db;
    QVERIFY(telemetry::openDatabase(db, m_db, {}).ok);
    Overview expected;
    QString error;
    QVERIFY2(overview(db, request.range, &expected, &error), qPrintable(error));
    QVERIFY(expected.total.visitors > 0);

    int code = -1;
    const QString text = run("pdftotext", {"-layout", pdf, "-"}, &code);
    QCOMPARE(code, 0);
    for (const char *heading : {"SALES DASHBOARD", "Funnel", "Visitors per day", "Most wanted homes",
                                "Where visitors looked over the site", "Top leads"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    QVERIFY2(text.contains(m_development.development.name), "the development's name");
    QVERIFY2(text.contains(options.locale.toString(expected.total.visitors)), "the visitor count");
    QVERIFY2(text.contains(options.locale.toString(expected.total.funnel.first().sessions)),
             "the funnel's first step");
    // No personal data in a file that travels: pseudonyms only.
    QVERIFY(!text.contains("@"));

    const QString fonts = run("pdffonts", {pdf}, &code);
    QCOMPARE(code, 0);
    const QStringList rows = fonts.split('\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows) {
        const QStringList cells = row.split(' ', Qt::SkipEmptyParts);
        QVERIFY2(cells.size() >= 5 && cells.at(cells.size() - 5) == QLatin1String("yes"),
                 qPrintable("not embedded: " + row));
    }
    // The most walked type's floor plan: drawn from its interior model's rooms, each named on it (the
    // demo's types all have interiors); a type without one would show its plan image.
    const Snapshot snap = loadSnapshot(request);
    QVERIFY(!snap.heatmaps.unitTypes.isEmpty());
    const RoomPlan *rooms = snap.roomPlan(snap.heatmaps.unitTypes.first().type);
    QVERIFY2(rooms && rooms->rooms.size() >= 3, "the walked type's rooms were read from its interior");
    int named = 0;
    for (const RoomShape &room : rooms->rooms)
        named += text.contains(room.name) ? 1 : 0;
    QVERIFY2(named >= 3, qPrintable(QStringLiteral("%1 room names on the plan").arg(named)));

    telemetry::sql::Statement q(
        db, "SELECT count(*) FROM staff_audit WHERE action = 'report_exported' AND subject = ?1");
    q.bind(1, QFileInfo(pdf).absoluteFilePath());
    QCOMPARE(q.step(), 100);
    QCOMPARE(q.int64(0), 1);
}

void tst_DashboardPdf::theCommandLineWritesItWithoutADisplay()
{
    const QString pdf = m_dir.filePath("cli.pdf");
    int code = -1;
    QString errors;
    const QString out = run(SHOWROOM_BINARY,
                            {"--development", SHOWROOM_DEMO_DIR, "--db", m_db, "--dashboard-report", pdf,
                             "--dashboard-days", "90"},
                            &code, &errors);
    QCOMPARE(code, 0);
    QVERIFY2(out.startsWith("report: "), qPrintable(out + errors));
    const QString text = run("pdftotext", {pdf, "-"});
    QVERIFY(text.contains("SALES DASHBOARD"));
}

void tst_DashboardPdf::commandLineMistakesNameTheChoices()
{
    int code = -1;
    QString errors;
    run(SHOWROOM_BINARY, {"--db", m_dir.filePath("none.db"), "--dashboard-report", m_dir.filePath("x.pdf")},
        &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains("no telemetry database"), qPrintable(errors));
    QVERIFY(!QFile::exists(m_dir.filePath("none.db")));

    run(SHOWROOM_BINARY, {"--dashboard", "--dashboard-page", "sales"}, &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains("choose one of: overview, units, heatmaps, visitors, audit, visitor:<uuid>"),
             qPrintable(errors));
    run(SHOWROOM_BINARY, {"--dashboard-page", "units"}, &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains("give it with --dashboard"), qPrintable(errors));
    run(SHOWROOM_BINARY, {"--dashboard", "--dashboard-days", "0"}, &code, &errors);
    QCOMPARE(code, 2);
    run(SHOWROOM_BINARY, {"--dashboard", "--select", "A_0304"}, &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains("--dashboard"), qPrintable(errors));
}

// A visitor's page still for a pseudonym the database does not know: exit 2 naming it, no still written.
void tst_DashboardPdf::anUnknownVisitorsPageIsAMistake()
{
    const QString png = m_dir.filePath("unknown-visitor.png");
    const QString page = QStringLiteral("visitor:00000000-0000-4000-8000-00000000abcd");
    int code = -1;
    QString errors;
    run(SHOWROOM_XVFB, {SHOWROOM_BINARY, "--development", SHOWROOM_DEMO_DIR, "--db", m_db, "--dashboard",
                        "--dashboard-page", page, "--screenshot", png},
        &code, &errors);
    QCOMPARE(code, 2);
    QVERIFY2(errors.contains("--dashboard-page '" + page + "': no visitor with that pseudonym"), qPrintable(errors));
    QVERIFY(!QFile::exists(png));
}

QTEST_MAIN(tst_DashboardPdf)
#include "tst_dashboardpdf.moc"
