// The construction timeline in real frames: an early stage shows clearly less building than the finished
// development, and the stage under way (today) is drawn differently from finished, from the same view.
#include "SiteWindow.h"

#include <QColor>
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
    void nightLightsTheWindowsOfFinishedHomes();
    void shadowsStayStillWhileTheSunMovesAMinute();

private:
    // A settled frame of the sun study (the timeline page) at a local day and time, the site finished.
    QImage sunFrame(QDate day, int minutes);
    // The page's panels over the 3D view (header, sun panel, bar, close button), in window pixels.
    QList<QRect> panels() const;
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
            differ += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                          std::abs(qBlue(a) - qBlue(b)) >
                      30;
            ++all;
        }
    }
    return double(differ) / all;
}

void tst_Timeline::earlyStagesShowLessBuildingAndWorkInProgressIsNotFinished()
{
    QVERIFY(m_w.reset());                              // the overview's framing, kept for every frame
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

QImage tst_Timeline::sunFrame(QDate day, int minutes)
{
    m_w.services().sun().setDate(day);
    m_w.services().sun().setMinutes(minutes);
    if (!m_w.settle())
        return {};
    QTest::qWait(500); // shadows fade in at rest
    if (!m_w.settle())
        return {};
    return m_w.grab();
}

QList<QRect> tst_Timeline::panels() const
{
    QList<QRect> covers;
    for (const char *name : {"timelineHeader", "sunPanel", "timelineBar", "timelineClose"}) {
        if (QQuickItem *item = testing::itemNamed(m_w.window()->contentItem(), QLatin1String(name)))
            covers << item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect();
    }
    return covers;
}

namespace {
// A lit window at night: bright and warm (the lamps' light), which neither the daylit facades, the
// glass by day nor the night sky are.
bool warmLight(QRgb p)
{
    return qRed(p) > 190 && qGreen(p) > 110 && qRed(p) - qBlue(p) > 90 && qGreen(p) - qBlue(p) > 40;
}
} // namespace

void tst_Timeline::nightLightsTheWindowsOfFinishedHomes()
{
    QVERIFY(m_w.reset());
    m_w.services().navigation().showTimeline("test");
    m_w.services().timeline().showFinished();
    const QImage night = sunFrame(QDate(2026, 9, 15), 22 * 60);
    const QImage noon = sunFrame(QDate(2026, 9, 15), 12 * 60);
    QVERIFY(!night.isNull() && !noon.isNull());
    if (qEnvironmentVariableIsSet("SHOWROOM_KEEP_STILLS")) { // to look at them
        night.save(qEnvironmentVariable("SHOWROOM_KEEP_STILLS") + QStringLiteral("/night.png"));
        noon.save(qEnvironmentVariable("SHOWROOM_KEEP_STILLS") + QStringLiteral("/noon.png"));
    }
    const QList<QRect> covers = panels();
    QCOMPARE(covers.size(), 4);
    const QRect view(QPoint(0, 0), night.size());
    int litAtNight = 0, litAtNoon = 0;
    for (const QRgb p : testing::pixelsIn(night, view, covers))
        litAtNight += warmLight(p);
    for (const QRgb p : testing::pixelsIn(noon, view, covers))
        litAtNoon += warmLight(p);
    qInfo("warm lit pixels: %d at 22:00, %d at noon", litAtNight, litAtNoon);
    QVERIFY2(litAtNight > 250, "the windows of the finished homes are lit at night");
    QVERIFY2(litAtNoon < litAtNight / 10, "and not at noon");
    // A night sky: dark and blue above the buildings.
    const QRgb sky = night.pixel(night.width() / 3, 2);
    QVERIFY2(qBlue(sky) > qRed(sky) && qRed(sky) + qGreen(sky) + qBlue(sky) < 160,
             qPrintable(QColor(sky).name()));

    // Homes not finished on the chosen day stay dark: before the envelope nothing is lit.
    m_w.services().timeline().setDate(QDate(2026, 3, 1));
    const QImage unfinished = sunFrame(QDate(2026, 9, 15), 22 * 60);
    int litUnfinished = 0;
    for (const QRgb p : testing::pixelsIn(unfinished, view, covers))
        litUnfinished += warmLight(p);
    qInfo("warm lit pixels at 22:00 as of 2026-03-01: %d", litUnfinished);
    QVERIFY2(litUnfinished < litAtNight / 2, "fewer lights while the homes are being built");
    m_w.services().navigation().back();
}

void tst_Timeline::shadowsStayStillWhileTheSunMovesAMinute()
{
    QVERIFY(m_w.reset());
    m_w.services().navigation().showTimeline("test");
    m_w.services().timeline().showFinished();
    const QImage first = sunFrame(QDate(2026, 6, 21), 15 * 60);
    const QImage later = sunFrame(QDate(2026, 6, 21), 15 * 60 + 1);
    const QImage hourLater = sunFrame(QDate(2026, 6, 21), 16 * 60);
    QVERIFY(!first.isNull() && !later.isNull() && !hourLater.isNull());
    const QList<QRect> covers = panels();
    const QRect view(QPoint(0, 0), first.size());
    auto differing = [&](const QImage &a, const QImage &b) {
        const QList<QRgb> pa = testing::pixelsIn(a, view, covers), pb = testing::pixelsIn(b, view, covers);
        int differ = 0;
        for (int i = 0; i < pa.size() && i < pb.size(); ++i)
            differ += std::abs(qRed(pa[i]) - qRed(pb[i])) + std::abs(qGreen(pa[i]) - qGreen(pb[i])) +
                          std::abs(qBlue(pa[i]) - qBlue(pb[i])) >
                      30;
        return double(differ) / std::max<qsizetype>(1, pa.size());
    };
    const double minute = differing(first, later), hour = differing(first, hourLater);
    qInfo("the sun a minute on: %.4f of the view's pixels differ; an hour on: %.4f", minute, hour);
    // A minute moves the sun by a quarter of a degree: shadow edges creep by a pixel, nothing flickers.
    QVERIFY2(minute < 0.004, "no shimmer: a minute of sun changes almost nothing");
    QVERIFY2(hour > minute * 5, "while an hour visibly moves the shadows");
    m_w.services().navigation().back();
}

QTEST_MAIN(tst_Timeline)
#include "tst_timeline.moc"
