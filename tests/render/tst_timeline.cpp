// The construction timeline in real frames: an early stage shows clearly less building than the finished
// development, and the stage under way (today) is drawn differently from finished, from the same view.
#include "SiteWindow.h"

#include <QStandardPaths>
#include <QTest>

using namespace showroom;

class tst_Timeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void earlyStagesShowLessBuildingAndWorkInProgressIsNotFinished();
    void morningAndAfternoonShadowsFallDifferently();

private:
    QImage frameAsOf(QDate date);
    // Share of pixels that are neither sky nor the plain land: roughly, how much is built.
    static double builtShare(const QImage &frame, const QImage &empty);
    testing::SiteWindow m_w;
};

void tst_Timeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_w.open(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    m_w.services().timeline().setToday(QDate(2026, 11, 30));
}

QImage tst_Timeline::frameAsOf(QDate date)
{
    m_w.services().timeline().setDate(date);
    if (!m_w.settle())
        return {};
    return m_w.grab();
}

double tst_Timeline::builtShare(const QImage &frame, const QImage &empty)
{
    int differ = 0, all = 0;
    for (int y = 0; y < frame.height(); y += 3) {
        for (int x = 0; x < frame.width(); x += 3) {
            const QRgb a = frame.pixel(x, y), b = empty.pixel(x, y);
            differ += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b)) > 30;
            ++all;
        }
    }
    return double(differ) / all;
}

void tst_Timeline::earlyStagesShowLessBuildingAndWorkInProgressIsNotFinished()
{
    QVERIFY(m_w.reset()); // the overview's framing, kept for every frame
    const QImage empty = frameAsOf(QDate(2025, 6, 1)); // before the first dig
    const QImage foundations = frameAsOf(QDate(2025, 12, 23));
    const QImage today = frameAsOf(QDate(2026, 11, 30));
    m_w.services().timeline().showFinished();
    QVERIFY(m_w.settle());
    const QImage finished = m_w.grab();
    QVERIFY(!empty.isNull() && !foundations.isNull() && !today.isNull());

    const double early = builtShare(foundations, empty), now = builtShare(today, empty),
                 done = builtShare(finished, empty);
    qInfo("built share: foundations %.3f, today %.3f, finished %.3f", early, now, done);
    QVERIFY2(done > early * 3 && done - early > 0.05, "the foundations are far less than the finished site");
    QVERIFY2(now > early, "today stands more than the foundations");
    const double inProgress = builtShare(today, finished);
    qInfo("today vs finished: %.3f of the pixels differ", inProgress);
    QVERIFY2(inProgress > 0.02, "work under way is not drawn as finished");
}

void tst_Timeline::morningAndAfternoonShadowsFallDifferently()
{
    QVERIFY(m_w.reset());
    m_w.services().navigation().showTimeline("test"); // the sun study: the stage follows the sun
    m_w.services().timeline().showFinished();
    m_w.services().sun().setDate(QDate(2026, 6, 21));
    m_w.services().sun().setMinutes(9 * 60);
    QVERIFY(m_w.settle());
    QTest::qWait(500); // shadows fade in at rest
    QVERIFY(m_w.settle());
    const QImage morning = m_w.grab();
    m_w.services().sun().setMinutes(17 * 60);
    QVERIFY(m_w.settle());
    QTest::qWait(500);
    QVERIFY(m_w.settle());
    const QImage afternoon = m_w.grab();
    // The page's panels are the same; the ground and facades in between are lit and shaded otherwise.
    const double differ = builtShare(afternoon, morning);
    qInfo("morning vs afternoon: %.3f of the pixels differ", differ);
    QVERIFY2(differ > 0.05, "the shadows moved with the sun");
    m_w.services().navigation().back();
}

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
