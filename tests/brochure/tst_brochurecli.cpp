// The brochure end to end, as staff and buyers meet it: `showroom --brochure UNIT --out FILE.pdf
// --finishes ...` renders the stills from the running scene and writes a PDF whose text has the home's
// number, its price with those finishes and the finishes' names, with the stills as images, only
// embedded fonts and a QR code that decodes to the resume code; `showroom --resume CODE` then reopens the
// same home with the same finishes, and a mistyped code or an unknown home exits 2 saying why.
#include "PdfTools.h"
#include "core/DisplayText.h"
#include "core/ManifestLoader.h"
#include "core/ResumeCode.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_BrochureCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBrochureFromTheCommandLine();
    void resumeReopensTheHomeWithItsFinishes();
    void mistakesExitTwoSayingWhy_data();
    void mistakesExitTwoSayingWhy();

private:
    struct Run
    {
        int exitCode = -1; // -1: timed out
        QString out, err;
    };
    Run run(const QStringList &args, int timeoutMs = 240000);

    QTemporaryDir m_dir;
    core::DevelopmentData m_demo;
    const core::FinishChoice m_finishes{{"floor", "urban"}, {"kitchen", "sage"}};
    QString m_code; // the code the brochure printed
};

tst_BrochureCli::Run tst_BrochureCli::run(const QStringList &args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache")); // shared by the runs: one cold import
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHOWROOM_BINARY),
                  QStringList{"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t.db")} + args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

void tst_BrochureCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
}

void tst_BrochureCli::aBrochureFromTheCommandLine()
{
    const QString pdf = m_dir.filePath("A_0304.pdf");
    const Run r =
        run({"--brochure", "A_0304", "--out", pdf, "--finishes", core::formatFinishChoice(m_finishes)});
    QVERIFY2(r.exitCode == 0,
             qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.out.contains(QStringLiteral("brochure: ")), qPrintable(r.out));
    const auto code = QRegularExpression(QStringLiteral("resume code: (\\S+)")).match(r.out);
    QVERIFY2(code.hasMatch(), qPrintable(r.out));
    m_code = code.captured(1);
    QCOMPARE(m_code, core::makeResumeCode(m_demo, {QStringLiteral("A_0304"), m_finishes}));

    // What a buyer reads: the number, the price with these finishes, the finishes by name.
    const QString text = pdftools::text(pdf);
    const core::Unit *unit = m_demo.unit(QStringLiteral("A_0304"));
    const QString price =
        core::formatPrice(unit->price + core::finishPriceDelta(m_demo, m_finishes), QStringLiteral("EUR"),
                          QLocale(QLocale::English, QLocale::Ireland));
    QStringList expected{QStringLiteral("A 0304"), price.simplified(), m_code};
    for (auto it = m_finishes.cbegin(); it != m_finishes.cend(); ++it)
        expected << core::chosenSurface(m_demo, m_finishes, it.key())->name
                 << core::finishPalette(m_demo, it.value())->name;
    for (const QString &e : expected)
        QVERIFY2(text.contains(e),
                 qPrintable(QStringLiteral("'%1' not in the brochure's text:\n%2").arg(e, text)));
    // The home has an interior and a balcony: no "could not be rendered" in place of a still.
    QVERIFY2(!text.contains(QStringLiteral("could not be rendered")), qPrintable(text));

    // The three stills (and the plan) are images; the cover is a render, not an empty frame.
    const QStringList images = pdftools::images(pdf);
    QVERIFY2(images.size() >= 3, qPrintable(images.join('\n')));
    QTemporaryDir extracted;
    pdftools::run(QStringLiteral("pdfimages"),
                  {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), pdf, extracted.filePath(QStringLiteral("cover"))});
    const QImage cover(extracted.filePath(QStringLiteral("cover-000.png")));
    QVERIFY2(cover.width() >= 1000, qPrintable(images.join('\n')));
    QSet<QRgb> colours;
    for (int y = 0; y < cover.height(); y += 16)
        for (int x = 0; x < cover.width(); x += 16)
            colours.insert(cover.pixel(x, y) & 0xf0f0f0);
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));

    for (const QString &row : pdftools::fonts(pdf))
        QVERIFY2(pdftools::embedded(row) == QLatin1String("yes"), qPrintable(row));

    QString error;
    const QStringList qr = pdftools::qrCodes(pdf, 3, &error);
    QVERIFY2(qr.size() == 1, qPrintable(error + qr.join(',')));
    QCOMPARE(qr.first(), core::resumeUri(m_code));
}

void tst_BrochureCli::resumeReopensTheHomeWithItsFinishes()
{
    if (m_code.isEmpty())
        m_code = core::makeResumeCode(m_demo, {QStringLiteral("A_0304"), m_finishes});
    const QString still = m_dir.filePath("resume.png");
    const Run r = run({"--resume", m_code, "--screenshot", still});
    QVERIFY2(r.exitCode == 0,
             qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out, r.err)));
    // The app says what it shows: the home selected and its finishes as the session now holds them.
    QVERIFY2(r.out.contains(QStringLiteral("resume: A_0304 %1").arg(core::formatFinishChoice(m_finishes))),
             qPrintable(r.out));
    QVERIFY(!QImage(still).isNull());
}

void tst_BrochureCli::mistakesExitTwoSayingWhy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    const QString code = core::makeResumeCode(m_demo, {QStringLiteral("B_0602"), {}});
    QString typo = code;
    typo[0] = typo.at(0) == u'7' ? u'8' : u'7';
    QTest::newRow("mistyped code") << QStringList{"--resume", typo} << "typing mistake";
    QTest::newRow("not a code") << QStringList{"--resume", "hello!"} << "not a resume code";
    core::DevelopmentData other = m_demo;
    other.development.id = QStringLiteral("harbour-view");
    QTest::newRow("another development")
        << QStringList{"--resume", core::makeResumeCode(other, {"A_0304", {}})} << "another development";
    QTest::newRow("unknown home") << QStringList{"--brochure", "Z_9999", "--out", "x.pdf"} << "--list-units";
    QTest::newRow("no --out") << QStringList{"--brochure", "A_0304"} << "--out";
}

void tst_BrochureCli::mistakesExitTwoSayingWhy()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args, 60000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_BrochureCli)
#include "tst_brochurecli.moc"
