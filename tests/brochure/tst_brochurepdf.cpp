// The brochure PDF itself (no window: stills painted here stand in for the scene's): what a buyer's PDF
// reader finds in it — the home's number, its price in the visitor's locale, the chosen finishes, the
// development's address and the sales office, embedded fonts only, the stills and plan as images, and a
// QR code that reads back as the resume code. A home without an interior or balcony says so in words.
// Written off the GUI thread (writeBrochureInBackground).
#include "PdfTools.h"
#include "brochure/Brochure.h"
#include "core/DisplayText.h"
#include "core/ManifestLoader.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace showroom;

class tst_BrochurePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aBuyerFindsTheHomeAndTheirChoices();
    void theQrCodeReadsAsTheResumeCode();
    void missingStillsAreSaidInWords();
    void pricesFollowTheLocale();
    void refusesAnUnknownHome();

private:
    static QImage still(const QColor &top, const QColor &bottom);
    QString write(const brochure::BrochureContent &content, const QString &name);

    core::DevelopmentData m_demo;
    QTemporaryDir m_dir;
};

QImage tst_BrochurePdf::still(const QColor &top, const QColor &bottom)
{
    QImage image(1600, 1000, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, 0, 1000);
    g.setColorAt(0, top);
    g.setColorAt(1, bottom);
    p.fillRect(image.rect(), g);
    p.fillRect(600, 400, 400, 500, QColor(0xd8, 0xc8, 0xa8)); // something like a building
    return image;
}

QString tst_BrochurePdf::write(const brochure::BrochureContent &content, const QString &name)
{
    // BROCHURE_TEST_OUT=DIR keeps the PDFs to look at (pdftoppm -png).
    const QString keep = qEnvironmentVariable("BROCHURE_TEST_OUT");
    const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    // Off the GUI thread, as the app does it.
    QFutureWatcher<QString> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<QString>::finished);
    watcher.setFuture(brochure::writeBrochureInBackground(content, path));
    if (!finished.wait(60000))
        return QStringLiteral("timed out");
    return watcher.result().isEmpty() ? path : QStringLiteral("error: ") + watcher.result();
}

void tst_BrochurePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
    for (const char *tool : {"pdftotext", "pdfimages", "pdffonts", "pdftoppm", "zbarimg"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is not installed (packaging/debian-packages.txt: poppler-utils, "
                               "zbar-tools)")
                    .arg(QString::fromLatin1(tool))));
}

void tst_BrochurePdf::aBuyerFindsTheHomeAndTheirChoices()
{
    const QLocale english(QLocale::English, QLocale::Ireland);
    const core::FinishChoice finishes{{"floor", "urban"}, {"kitchen", "sage"}};
    const brochure::Stills stills{still(QColor(0x9c, 0xc3, 0xe6), Qt::darkGreen), still(Qt::white, Qt::gray),
                                  still(QColor(0x9c, 0xc3, 0xe6), Qt::darkGray)};
    const brochure::BrochureContent content =
        brochure::composeBrochure(m_demo, {QStringLiteral("A_0304"), finishes}, english, stills);
    const QString pdf = write(content, QStringLiteral("a.pdf"));
    QVERIFY2(QFileInfo(pdf).size() > 10000, qPrintable(pdf));
    QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));

    const QString text = pdftools::text(pdf);
    const core::Unit *unit = m_demo.unit(QStringLiteral("A_0304"));
    const double withFinishes = unit->price + core::finishPriceDelta(m_demo, finishes);
    QVERIFY(withFinishes != unit->price); // the demo's palettes have prices: the test shows the difference
    QStringList expected{QStringLiteral("A 0304"),
                         core::formatPrice(unit->price, QStringLiteral("EUR"), english),
                         core::formatPrice(withFinishes, QStringLiteral("EUR"), english),
                         m_demo.development.name,
                         QStringLiteral("Lindenhofstraße 14"),
                         m_demo.development.salesOffice.phone,
                         m_demo.development.salesOffice.email,
                         content.resumeCode};
    for (auto it = finishes.cbegin(); it != finishes.cend(); ++it) {
        const core::Surface *surface = core::chosenSurface(m_demo, finishes, it.key());
        QVERIFY(surface && !surface->name.isEmpty());
        expected << surface->name << core::finishPalette(m_demo, it.value())->name;
    }
    QVERIFY(!m_demo.development.salesOffice.phone.isEmpty());
    for (const QString &e : expected)
        QVERIFY2(text.contains(e.simplified()),
                 qPrintable(QStringLiteral("'%1' not in the brochure's text:\n%2").arg(e, text)));
    QVERIFY2(text.contains(QStringLiteral("Expected completion")), qPrintable(text));

    // Three stills and the plan at least (swatch textures may add more); all sharp at print size.
    const QStringList images = pdftools::images(pdf);
    QVERIFY2(images.size() >= 4, qPrintable(images.join('\n')));
    const QStringList fonts = pdftools::fonts(pdf);
    QVERIFY2(!fonts.isEmpty(), "no fonts: the text is not text");
    for (const QString &row : fonts)
        QVERIFY2(pdftools::embedded(row) == QLatin1String("yes"), qPrintable(row));
}

void tst_BrochurePdf::theQrCodeReadsAsTheResumeCode()
{
    const core::ResumePoint point{QStringLiteral("B_0602"), {{"wall", "sage"}}};
    const brochure::BrochureContent content =
        brochure::composeBrochure(m_demo, point, QLocale(QLocale::English, QLocale::Ireland), {});
    const QString pdf = write(content, QStringLiteral("qr.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    QString error;
    const QStringList codes = pdftools::qrCodes(pdf, 3, &error);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first(), core::resumeUri(core::makeResumeCode(m_demo, point)));
    const auto read = core::readResumeCode(m_demo, codes.first(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, point);
}

void tst_BrochurePdf::missingStillsAreSaidInWords()
{
    // No renders at all (a home whose interior cannot be shown, no balcony view).
    const brochure::BrochureContent content =
        brochure::composeBrochure(m_demo, {QStringLiteral("T_0003"), {}}, QLocale(QLocale::English), {});
    QVERIFY(!content.insideNote.isEmpty());
    QVERIFY(!content.balconyNote.isEmpty());
    const QString pdf = write(content, QStringLiteral("nostills.pdf"));
    const QString text = pdftools::text(pdf);
    QVERIFY2(text.contains(QStringLiteral("could not be rendered")) ||
                 text.contains(QStringLiteral("no balcony")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("standard finishes")), qPrintable(text));
}

void tst_BrochurePdf::pricesFollowTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const brochure::BrochureContent content =
        brochure::composeBrochure(m_demo, {QStringLiteral("A_0304"), {}}, german, {});
    const QString price =
        core::formatPrice(m_demo.unit(QStringLiteral("A_0304"))->price, QStringLiteral("EUR"), german);
    QVERIFY2(price.contains(u'.'), qPrintable(price)); // "391.500 €"
    const QString text = pdftools::text(write(content, QStringLiteral("de.pdf")));
    QVERIFY2(text.contains(price.simplified()), qPrintable(text));
}

void tst_BrochurePdf::refusesAnUnknownHome()
{
    const brochure::BrochureContent content =
        brochure::composeBrochure(m_demo, {QStringLiteral("Z_9999"), {}}, QLocale(), {});
    QVERIFY(brochure::writeBrochure(content, m_dir.filePath(QStringLiteral("z.pdf")))
                .contains(QStringLiteral("unknown")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("z.pdf"))));
}

QTEST_MAIN(tst_BrochurePdf)
#include "tst_brochurepdf.moc"
