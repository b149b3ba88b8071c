// A German still is German: `showroom --lang de --screenshot` and `--lang en` of the same view differ,
// the German one shows German words and German prices (the catalogue really loaded, not only the
// locale), no word of the English catalogue is left untranslated on it, and no text of it is cut off
// or runs out of its box or the window. The app writes the still's visible text into the PNG
// (text chunks "Showroom-Text", "Showroom-Overflow"), so this reads it without OCR.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_GermanStill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stills_data();
    void stills();

private:
    QImage still(const QString &language, const QStringList &view);
    QTemporaryDir m_dir;
    QHash<QString, QString> m_german; // English source -> German, where they differ
};

void tst_GermanStill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile ts(QStringLiteral(SHOWROOM_SOURCE_DIR "/translations/showroom_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString german = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!german.isEmpty() && german != source && !source.contains(u'%'))
                m_german.insert(source, german);
        }
    }
    QVERIFY(m_german.size() > 100);
}

QImage tst_GermanStill::still(const QString &language, const QStringList &view)
{
    // Each still its own database: a first visit (a returning visitor's welcome would differ by run).
    static int count = 0;
    const QString file = m_dir.filePath(QStringLiteral("still-%1-%2.png").arg(language).arg(++count));
    QProcess app;
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(SHOWROOM_EXECUTABLE),
              QStringList{"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath(QStringLiteral("telemetry-%1.db").arg(count)),
                          "--screenshot", file, "--size", "1280x800", "--lang", language} +
                  view);
    if (!app.waitForFinished(120'000) || app.exitCode() != 0) {
        qWarning("showroom %s exited with %d", qPrintable(view.join(' ')), app.exitCode());
        return {};
    }
    return QImage(file);
}

void tst_GermanStill::stills_data()
{
    QTest::addColumn<QStringList>("view");
    QTest::addColumn<QStringList>("germanWords");
    QTest::addColumn<QStringList>("englishWords");
    QTest::newRow("card") << QStringList{"--select", "A_0304"}
                          << QStringList{"Schlafzimmer", "Wohnfläche", "Ausrichtung", "Wohnung A 0304"}
                          << QStringList{"Bedrooms", "Living area", "Orientation", "Unit A 0304"};
    QTest::newRow("finder") << QStringList{"--filter", "bedrooms>=2"}
                            << QStringList{"Wohnung finden", "Kaufpreis", "Sortieren nach"}
                            << QStringList{"Find a home", "Price", "Sort by"};
}

void tst_GermanStill::stills()
{
    QFETCH(QStringList, view);
    QFETCH(QStringList, germanWords);
    QFETCH(QStringList, englishWords);
    const QImage german = still(QStringLiteral("de"), view);
    const QImage english = still(QStringLiteral("en"), view);
    QVERIFY(!german.isNull() && !english.isNull());
    QVERIFY2(german != english, "the German still is the English one");

    const QString germanText = german.text(QStringLiteral("Showroom-Text"));
    const QString englishText = english.text(QStringLiteral("Showroom-Text"));
    QVERIFY2(germanText != englishText, qPrintable(germanText));
    for (const QString &word : germanWords)
        QVERIFY2(germanText.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + germanText));
    for (const QString &word : englishWords)
        QVERIFY2(englishText.contains(word), qPrintable(word + QStringLiteral(" not in:\n") + englishText));
    // Prices in German form: "349.000 €" (a no-break space before the sign), never "€349,000".
    static const QRegularExpression germanPrice(QStringLiteral("\\d{1,3}(\\.\\d{3})+\u00a0€"));
    static const QRegularExpression englishPrice(QStringLiteral("€\\d{1,3}(,\\d{3})+"));
    QVERIFY2(germanPrice.match(germanText).hasMatch(), qPrintable(germanText));
    QVERIFY2(!englishPrice.match(germanText).hasMatch(), qPrintable(englishPrice.match(germanText).captured(0)));
    QVERIFY2(englishPrice.match(englishText).hasMatch(), qPrintable(englishText));

    // Nothing of the English catalogue left on the German screen.
    QStringList leftInEnglish;
    for (const QString &line : germanText.split(u'\n')) {
        if (m_german.contains(line))
            leftInEnglish << line;
    }
    QVERIFY2(leftInEnglish.isEmpty(),
             qPrintable(QStringLiteral("still English: ") + leftInEnglish.join(", ")));

    const QString overflow = german.text(QStringLiteral("Showroom-Overflow"));
    QVERIFY2(overflow.isEmpty(), qPrintable(QStringLiteral("German text that does not fit:\n") + overflow));
    const QString englishOverflow = english.text(QStringLiteral("Showroom-Overflow"));
    QVERIFY2(englishOverflow.isEmpty(),
             qPrintable(QStringLiteral("English text that does not fit:\n") + englishOverflow));
}

QTEST_GUILESS_MAIN(tst_GermanStill)
#include "tst_germanstill.moc"
