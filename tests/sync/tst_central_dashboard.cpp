// The dashboard on the central store, rendered: two offices' kiosks sync into one throwaway PostgreSQL,
// then `showroom --dashboard --central URL --screenshot` (a real window under Xvfb) shows both offices'
// figures, and `--office` one of them. The still's words (its PNG text chunk) carry the numbers.
#include "../telemetry/TestDb.h"
#include "SyncFixture.h"

#include <QImage>
#include <QSet>
#include <QtTest>

class tst_CentralDashboard : public QObject
{
    Q_OBJECT

    PgServer m_pg;
    QString m_url;

    struct Shot
    {
        int exitCode = -1;
        QString err;
        QImage image;
        QStringList text;
    };
    Shot still(const QString &name, const QStringList &extra)
    {
        Shot shot;
        const QString png = m_pg.dir.filePath(name + QStringLiteral(".png"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_pg.dir.filePath(QStringLiteral("xdg"))); // the mirror's folder
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHOWROOM_BINARY),
                QStringList{QStringLiteral("--development"), QStringLiteral(SHOWROOM_DEMO_DIR), QStringLiteral("--db"),
                            m_pg.dir.filePath(QStringLiteral("manager.db")), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--dashboard"), QStringLiteral("--central"), m_url, QStringLiteral("--screenshot"),
                            png, QStringLiteral("--size"), QStringLiteral("1600x1000")} +
                    extra);
        p.waitForFinished(300000);
        shot.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        shot.err = QString::fromUtf8(p.readAllStandardError());
        shot.image.load(png);
        // To look at the stills: SYNC_KEEP_STILLS=DIR keeps a copy of each.
        if (const QString keep = qEnvironmentVariable("SYNC_KEEP_STILLS"); !keep.isEmpty())
            QFile::copy(png, keep + QLatin1Char('/') + name + QStringLiteral(".png"));
        shot.text = shot.image.text(QStringLiteral("Showroom-Text")).split(u'\n');
        return shot;
    }
    static int colours(const QImage &image)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                seen.insert(image.pixel(x, y));
        return int(seen.size());
    }
    // A figure tile's number: the word before its title (a tab of the same name has none before it).
    static QString tile(const QStringList &text, const QString &title)
    {
        for (int at = 1; at < text.size(); ++at) {
            bool number = false;
            text.at(at - 1).toInt(&number);
            if (text.at(at) == title && number)
                return text.at(at - 1);
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
        m_url = m_pg.createDatabase(QStringLiteral("company"));
        const QString munich = m_pg.dir.filePath(QStringLiteral("munich.db"));
        const QString vienna = m_pg.dir.filePath(QStringLiteral("vienna.db"));
        recordVisits(munich, QStringLiteral("kiosk-munich-1"), 3, 12, 2, QString(), true); // 2 leads
        recordVisits(vienna, QStringLiteral("kiosk-vienna-1"), 5, 8, 3, QString(), true);  // 2 leads
        for (const auto &[db, office] : {std::pair{munich, QStringLiteral("Munich")}, std::pair{vienna, QStringLiteral("Vienna")}}) {
            const Admin s = admin({QStringLiteral("--db"), db, QStringLiteral("sync"), QStringLiteral("--to"), m_url,
                                   QStringLiteral("--office"), office});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        }
    }

    void everyOffice()
    {
        const Shot shot = still(QStringLiteral("all-offices"), {});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        QVERIFY2(shot.err.contains(QLatin1String("mirrored 2 devices in 2 offices")), qPrintable(shot.err));
        QVERIFY(!shot.image.isNull());
        QVERIFY2(colours(shot.image) > 40, "the still is (nearly) blank");
        // Both offices' kiosks are there to choose, and the figures add both up: 8 visitors, 4 leads.
        QVERIFY2(shot.text.contains(QStringLiteral("Munich · kiosk-munich-1")), qPrintable(shot.text.join(u'|')));
        QVERIFY2(shot.text.contains(QStringLiteral("Vienna · kiosk-vienna-1")), qPrintable(shot.text.join(u'|')));
        QVERIFY2(tile(shot.text, QStringLiteral("Visitors")) == QLatin1String("8"), qPrintable(shot.text.join(u'|')));
        QVERIFY(shot.text.contains(QStringLiteral("8 sessions")));
        QVERIFY2(tile(shot.text, QStringLiteral("Leads")) == QLatin1String("4"), qPrintable(shot.text.join(u'|')));
        // The mirror the dashboard read holds every office's rows.
        TestDb mirror(m_pg.dir.filePath(QStringLiteral("xdg/showroom/central/all-offices.db")));
        QCOMPARE(mirror.count("visitors"), 8);
        QCOMPARE(mirror.count("events"), m_pg.count(QStringLiteral("company"), QStringLiteral("SELECT count(*) FROM events")));
    }

    void oneOffice()
    {
        const Shot shot = still(QStringLiteral("vienna"), {QStringLiteral("--office"), QStringLiteral("Vienna")});
        QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
        QVERIFY2(colours(shot.image) > 40, "the still is (nearly) blank");
        QVERIFY2(shot.text.contains(QStringLiteral("Vienna · kiosk-vienna-1")), qPrintable(shot.text.join(u'|')));
        QVERIFY(!shot.text.contains(QStringLiteral("Munich · kiosk-munich-1")));
        QVERIFY2(tile(shot.text, QStringLiteral("Visitors")) == QLatin1String("5"), qPrintable(shot.text.join(u'|')));
        QVERIFY2(tile(shot.text, QStringLiteral("Leads")) == QLatin1String("2"), qPrintable(shot.text.join(u'|')));
    }

    void mistakes()
    {
        // An office the store does not have: exit 2, naming those it has.
        const Shot graz = still(QStringLiteral("graz"), {QStringLiteral("--office"), QStringLiteral("Graz")});
        QCOMPARE(graz.exitCode, 2);
        QVERIFY2(graz.err.contains(QLatin1String("choose one of: Munich, Vienna")), qPrintable(graz.err));
        // A server that is not there: exit 1 with the reason, the URL's password never shown.
        QProcess p;
        p.start(QStringLiteral(SHOWROOM_BINARY),
                {QStringLiteral("--development"), QStringLiteral(SHOWROOM_DEMO_DIR), QStringLiteral("--dashboard"),
                 QStringLiteral("--central"),
                 QStringLiteral("postgresql://boss:hunter22@/company?host=%1/nowhere").arg(m_pg.dir.path()),
                 QStringLiteral("--screenshot"), m_pg.dir.filePath(QStringLiteral("none.png"))});
        p.waitForFinished(120000);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("central store:")) && !err.contains(QLatin1String("hunter22")), qPrintable(err));
        // --central without --dashboard, --office without --central: exit 2 before any window.
        for (const QStringList &args : {QStringList{QStringLiteral("--central"), m_url},
                                        QStringList{QStringLiteral("--dashboard"), QStringLiteral("--office"), QStringLiteral("Vienna")}}) {
            QProcess q;
            q.start(QStringLiteral(SHOWROOM_BINARY), args);
            q.waitForFinished(60000);
            QCOMPARE(q.exitCode(), 2);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CentralDashboard)
#include "tst_central_dashboard.moc"
