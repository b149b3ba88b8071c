// The German catalogue is complete for the code as it is now: lupdate run over the sources into a
// temporary copy of translations/showroom_de.ts must find nothing new (unfinished), nothing gone
// (vanished / obsolete) and every plural form written; and no QML file shows the buyer a literal
// string that lupdate cannot see (a `text: "..."` without qsTr).
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class tst_Catalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueMatchesTheSources();
    void everyEntryIsTranslated();
    void qmlShowsNoUnwrappedText();

private:
    struct Entry
    {
        QString context, source, type;
        QStringList translations;
        bool numerus = false;
    };
    static QList<Entry> readCatalogue(const QString &file, QString *language);
    static QString describe(const Entry &e) { return e.context + QStringLiteral(": \"") + e.source + u'"'; }
    QString m_updated; // the temporary copy after lupdate
};

namespace {
const QString SourceDir = QStringLiteral(SHOWROOM_SOURCE_DIR);
const QString Catalogue = SourceDir + QStringLiteral("/translations/showroom_de.ts");
} // namespace

QList<tst_Catalogue::Entry> tst_Catalogue::readCatalogue(const QString &file, QString *language)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    QXmlStreamReader xml(&f);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            entry = Entry{context,
                          {},
                          {},
                          {},
                          xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus) {
                entry.translations << xml.readElementText();
                entries << entry;
            } else {
                // <numerusform> children; the entry is complete at </translation>.
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        entry.translations << xml.readElementText();
                }
                entries << entry;
            }
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(file), qPrintable(xml.errorString()));
    return entries;
}

void tst_Catalogue::initTestCase()
{
    QVERIFY2(QFile::exists(Catalogue), qPrintable(Catalogue));
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_updated = dir.filePath(QStringLiteral("showroom_de.ts"));
    QVERIFY(QFile::copy(Catalogue, m_updated));
    QFile::setPermissions(m_updated, QFile::ReadOwner | QFile::WriteOwner);
    // The same folders and options as the showroom_translations_lupdate target (translations/), but
    // keeping what vanished, so the test can name it.
    QProcess lupdate;
    lupdate.setWorkingDirectory(SourceDir);
    lupdate.start(QStringLiteral(SHOWROOM_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h,qml,js"), QStringLiteral("app"), QStringLiteral("qml"),
                   QStringLiteral("telemetry"), QStringLiteral("-ts"), m_updated});
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());
}

void tst_Catalogue::catalogueMatchesTheSources()
{
    QString language;
    const QList<Entry> committed = readCatalogue(Catalogue, &language);
    QCOMPARE(language, QStringLiteral("de_DE"));
    QVERIFY(committed.size() > 100);
    const QList<Entry> updated = readCatalogue(m_updated, &language);
    QStringList problems;
    for (const Entry &e : updated) {
        if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
            problems << QStringLiteral("no longer in the code (%1): %2").arg(e.type, describe(e));
        else if (e.type == QLatin1String("unfinished") && e.translations.join(QString()).isEmpty())
            problems << QStringLiteral("new, not in translations/showroom_de.ts: ") + describe(e);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries differ; run `cmake --build <build> --target "
                                       "showroom_translations_lupdate` and translate:\n  %2")
                            .arg(problems.size())
                            .arg(problems.join(QStringLiteral("\n  ")))));
}

void tst_Catalogue::everyEntryIsTranslated()
{
    QString language;
    QStringList problems;
    for (const Entry &e : readCatalogue(Catalogue, &language)) {
        if (e.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: ") + describe(e);
            continue;
        }
        if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
            problems << QStringLiteral("%1: %2").arg(e.type, describe(e));
        if (e.translations.isEmpty() || e.translations.contains(QString()))
            problems << QStringLiteral("empty: ") + describe(e);
        else if (e.numerus && e.translations.size() != 2)
            problems << QStringLiteral("German has two plural forms: ") + describe(e);
        // The placeholders must survive translation, or a number or a name silently disappears.
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        QStringList wanted, got;
        for (auto it = placeholder.globalMatch(e.source); it.hasNext();)
            wanted << it.next().captured(0);
        for (const QString &t : e.translations) {
            got.clear();
            for (auto it = placeholder.globalMatch(t); it.hasNext();)
                got << it.next().captured(0);
            wanted.sort();
            got.sort();
            got.removeDuplicates();
            QStringList w = wanted;
            w.removeDuplicates();
            // A singular German form may write the number out ("ein Zimmer"), so %n may be missing there.
            if (e.numerus)
                w.removeAll(QStringLiteral("%n")), got.removeAll(QStringLiteral("%n"));
            if (w != got)
                problems << QStringLiteral("placeholders %1 became %2 in \"%3\": %4")
                                .arg(w.join(u','), got.join(u','), t, describe(e));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Catalogue::qmlShowsNoUnwrappedText()
{
    // A property the buyer reads (or a screen reader speaks) given a literal with words in it.
    static const QRegularExpression shown(QLatin1String(
        R"re(\b(text|title|placeholderText|Accessible\.name|Accessible\.description|label|caption|heading|hint)\s*:\s*([^\n]*))re"));
    static const QRegularExpression nextProperty(QLatin1String(R"re([,{}]\s*[A-Za-z_.]+\s*:(?!:))re"));
    static const QRegularExpression wrapped(QLatin1String(
        R"re((qsTr|qsTranslate|qsTrId|QT_TR_NOOP)\s*\(\s*"(?:[^"\\]|\\.)*"(\s*,\s*"(?:[^"\\]|\\.)*")?)re"));
    static const QRegularExpression literal(QLatin1String(R"re("((?:[^"\\]|\\.)*)")re"));
    static const QRegularExpression words(QLatin1String(R"re([A-Za-z]{2,})re"));
    static const QRegularExpression comparison(QLatin1String(R"re((===|!==|==|!=)\s*$)re"));
    QStringList problems;
    QDirIterator it(SourceDir + QStringLiteral("/qml"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        ++files;
        int lineNumber = 0;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine());
            ++lineNumber;
            if (line.trimmed().startsWith(QLatin1String("//")))
                continue;
            for (auto found = shown.match(line); found.hasMatch();) {
                // The value up to the next property of the same object ({ key: "n", label: "N" }).
                QString value = found.captured(2);
                const int end = value.indexOf(nextProperty);
                found =
                    end < 0 ? QRegularExpressionMatch() : shown.match(line, found.capturedStart(2) + end + 1);
                value = value.left(end < 0 ? value.size() : end);
                value.replace(wrapped, QStringLiteral("qsTr(\"\""));
                for (auto lit = literal.globalMatch(value); lit.hasNext();) {
                    const auto l = lit.next();
                    const QString before = value.left(l.capturedStart());
                    const QString after = value.mid(l.capturedEnd()).trimmed();
                    if (!words.match(l.captured(1)).hasMatch() || comparison.match(before).hasMatch() ||
                        after.startsWith(QLatin1String("===")) || after.startsWith(QLatin1String("!==")) ||
                        after.startsWith(QLatin1String("==")))
                        continue; // symbols ("×", "−"), or a key compared, not shown
                    problems << QStringLiteral("%1:%2: %3")
                                    .arg(path.mid(SourceDir.size() + 1))
                                    .arg(lineNumber)
                                    .arg(line.trimmed());
                }
            }
        }
    }
    QVERIFY(files > 40);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("shown without qsTr():\n  ") + problems.join(QStringLiteral("\n  "))));
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
