// The brochure from inside the app (Brochures.make): it photographs the home through Navigation, comes
// back to exactly where the visitor was (mode, building, floor, selected home, history), saves the PDF in
// the staff folder as <date>-<unit>-<code>.pdf, and refuses a second brochure while one is being made and
// an unknown home at once.
#include "core/ResumeCode.h"
#include "shell/ShowroomServices.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_BrochureMaker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void returnsWhereTheVisitorWas();
    void refusesAnUnknownHome();

private:
    QTemporaryDir m_home;
    std::unique_ptr<shell::ShowroomServices> m_services;
    QQuickWindow *m_window = nullptr;
};

void tst_BrochureMaker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    m_services = std::make_unique<shell::ShowroomServices>();
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    m_services->loadSite(m_home.filePath("cache"));
    m_window = m_services->openWindow(&error);
    QVERIFY2(m_window, qPrintable(error));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("settled").toBool(), 120000);
}

void tst_BrochureMaker::returnsWhereTheVisitorWas()
{
    shell::Navigation &navigation = m_services->navigation();
    shell::BrochureMaker &maker = m_services->brochures();
    // The visitor looks at another building's floor with one of its homes selected.
    QVERIFY(navigation.showFloor(QStringLiteral("B"), 2, QStringLiteral("test")));
    QString other;
    for (const core::Unit &u : m_services->development().data().units)
        if (u.building == QLatin1String("B") && u.floor == 2 && other.isEmpty())
            other = u.id;
    QVERIFY(navigation.selectUnit(other, QStringLiteral("test")));
    const auto mode = navigation.mode();
    const int depth = navigation.historyDepth();
    m_services->finishes().setChoice(QStringLiteral("A_0304"), {{"floor", "urban"}});

    QSignalSpy made(&maker, &shell::BrochureMaker::made);
    QSignalSpy failed(&maker, &shell::BrochureMaker::failed);
    maker.make(QStringLiteral("A_0304"));
    QVERIFY(maker.busy());
    QCOMPARE(maker.unitId(), QStringLiteral("A_0304"));
    maker.make(QStringLiteral("A_0305")); // a second one while busy: refused, the first goes on
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("being prepared")),
             qPrintable(failed.first().at(1).toString()));

    QTRY_VERIFY_WITH_TIMEOUT(!made.isEmpty() || failed.size() > 1, 180000);
    QVERIFY2(failed.size() == 1, qPrintable(failed.last().at(1).toString()));
    QVERIFY(!maker.busy());
    QCOMPARE(made.first().at(0).toString(), QStringLiteral("A_0304"));

    // Back where the visitor was.
    QCOMPARE(navigation.mode(), mode);
    QCOMPARE(navigation.buildingId(), QStringLiteral("B"));
    QCOMPARE(navigation.floor(), 2);
    QCOMPARE(m_services->selection().selectedUnitId(), other);
    QCOMPARE(navigation.historyDepth(), depth);

    // In the staff folder, named by day, home and code; a real PDF.
    const QString path = made.first().at(1).toString();
    const QString code = core::makeResumeCode(m_services->development().data(),
                                              {QStringLiteral("A_0304"), {{"floor", "urban"}}});
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(maker.folder()).absoluteFilePath());
    QCOMPARE(QFileInfo(path).fileName(),
             QStringLiteral("%1-A_0304-%2.pdf").arg(QDate::currentDate().toString(Qt::ISODate), code));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 100000); // three stills and the plan
}

void tst_BrochureMaker::refusesAnUnknownHome()
{
    QSignalSpy failed(&m_services->brochures(), &shell::BrochureMaker::failed);
    m_services->brochures().make(QStringLiteral("Z_9999"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_services->brochures().busy());
}

QTEST_MAIN(tst_BrochureMaker)
#include "tst_brochuremaker.moc"
