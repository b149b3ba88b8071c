// The unit finder in real frames (Main.qml on the demo, under Xvfb): with a filter, the homes it
// matches keep their colour in 3D and the others are dimmed (greyer, less saturated), compared with
// the same homes at the same camera without the filter; leaving the finder undims them; a home chosen
// in the list is flown to and drawn in the highlight colour.
#include "SiteWindow.h"
#include "core/UnitFilter.h"
#include "shell/ShowroomServices.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

namespace {
// Mean colour of a (2r+1)^2 patch.
QColor meanAround(const QImage &image, QPoint p, int r = 2)
{
    int red = 0, green = 0, blue = 0, n = 0;
    for (int y = p.y() - r; y <= p.y() + r; ++y)
        for (int x = p.x() - r; x <= p.x() + r; ++x)
            if (image.rect().contains(x, y)) {
                const QRgb c = image.pixel(x, y);
                red += qRed(c), green += qGreen(c), blue += qBlue(c), ++n;
            }
    return n ? QColor(red / n, green / n, blue / n) : QColor();
}

int distance(const QColor &a, const QColor &b)
{
    return std::max(
        {std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

// How far from grey: the spread of the channels.
int chroma(const QColor &c)
{
    return std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
}

QString describe(const QColor &c)
{
    return QStringLiteral("%1 (saturation %2, chroma %3)")
        .arg(c.name())
        .arg(c.hsvSaturation())
        .arg(chroma(c));
}
} // namespace

class tst_Finder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void filteredOutHomesAreDimmedMatchesKeepTheirColour();
    void aHomeChosenInTheListIsFlownToAndHighlighted();

private:
    // The window once it has stopped changing: a page's fade or a colour's transition can outlast the
    // two frames settleFrames() waits for when the machine is busy (grabs compared before they settled
    // failed under load).
    QImage grab()
    {
        QImage last = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(50);
            QImage next = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
            if (next == last)
                return next;
            last = std::move(next);
        }
        return last;
    }
    QVariant callSiteView(const char *function, const QVariant &a = {}, const QVariant &b = {});
    QPoint unitOnScreen(const QString &unitId);
    bool drawnAt(const QString &unitId, QPoint p);
    QList<QPair<QString, QPoint>> spotsOfHomes(int fromX);
    void settleFrames();

    QTemporaryDir m_home;
    std::unique_ptr<shell::ShowroomServices> m_services;
    QQuickWindow *m_window = nullptr;
    int m_framesSwapped = 0;
    QQuickItem *m_siteView = nullptr;
};

// Calls a typed QML function of the site stage.
QVariant tst_Finder::callSiteView(const char *function, const QVariant &a, const QVariant &b)
{
    return testing::callQmlFunction(m_siteView, function, a, b);
}

QPoint tst_Finder::unitOnScreen(const QString &unitId)
{
    return m_siteView->mapToScene(callSiteView("unitScreenPosition", unitId).toPointF()).toPoint();
}

// The unit is what is drawn at p and 3 px around it.
bool tst_Finder::drawnAt(const QString &unitId, QPoint p)
{
    for (const QPoint d : {QPoint(0, 0), QPoint(3, 0), QPoint(-3, 0), QPoint(0, 3), QPoint(0, -3)})
        if (callSiteView("unitAt", p.x() + d.x(), p.y() + d.y()).toString() != unitId)
            return false;
    return true;
}

// Spots (every 16 px, right of fromX, clear of the window's edges and the nav bar) where a home is drawn.
QList<QPair<QString, QPoint>> tst_Finder::spotsOfHomes(int fromX)
{
    QList<QPair<QString, QPoint>> spots;
    for (int y = 80; y < m_window->height() - 160; y += 16) {
        for (int x = fromX; x < m_window->width() - 40; x += 16) {
            const QString id = callSiteView("unitAt", x, y).toString();
            if (!id.isEmpty() && drawnAt(id, QPoint(x, y)))
                spots.append({id, QPoint(x, y)});
        }
    }
    return spots;
}

void tst_Finder::settleFrames()
{
    m_services->camera().settle();
    // A member counter: the swap arrives queued from the render thread, maybe after this returns.
    const int start = m_framesSwapped;
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_window->update(), m_framesSwapped >= start + 2 && !m_siteView->property("moving").toBool()),
        10000);
}

void tst_Finder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    m_services = std::make_unique<shell::ShowroomServices>();
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    m_services->startTelemetry(nullptr);
    m_services->loadSite(m_home.filePath("cache"));
    m_window = m_services->openWindow(&error);
    if (m_window)
        connect(m_window, &QQuickWindow::frameSwapped, this, [this] { ++m_framesSwapped; });
    QVERIFY2(m_window, qPrintable(error));
    // The laptop size by default; SHOWROOM_RENDER_SIZE=1920x1080 to look at the kiosk's.
    const QStringList size = qEnvironmentVariable("SHOWROOM_RENDER_SIZE", "1280x800").split('x');
    m_window->resize(size.value(0).toInt(), size.value(1).toInt());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("settled").toBool(), 60000);
    m_siteView = m_window->findChild<QQuickItem *>(QStringLiteral("siteView"));
    QVERIFY(m_siteView);
}

// Each test starts in the finder at its default filter, nothing selected, the camera at its framing.
void tst_Finder::init()
{
    m_services->navigation().goHome();
    m_services->finder().clear();
    m_services->navigation().showFinder(QStringLiteral("test"));
    m_services->cameraDirector().showCurrent(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("settled").toBool(), 5000); // the page has faded in
    settleFrames();
}

void tst_Finder::filteredOutHomesAreDimmedMatchesKeepTheirColour()
{
    auto &finder = m_services->finder();
    QVERIFY(finder.applyExpression(QStringLiteral("bedrooms>=3,status=any")).isEmpty());
    const QQuickItem *results = m_window->findChild<QQuickItem *>(QStringLiteral("results"));
    QVERIFY(results);
    // Closer than the finder's framing of the whole site (beside its panels, the homes are small at
    // the laptop size): big enough to judge their colours.
    m_services->camera().zoom(1.8);
    settleFrames();
    // Homes drawn right of the finder's panels, one the filter matches and one it leaves out.
    const int clearOfPanels = int(results->mapToScene(QPointF(results->width(), 0)).x()) + 40;
    // Spots beside the panels where a home is drawn (homes facing away are hidden), of each kind.
    QList<QPair<QString, QPoint>> matching, others;
    for (const auto &spot : spotsOfHomes(clearOfPanels))
        (finder.isMatch(spot.first) ? matching : others).append(spot);
    QVERIFY2(!matching.isEmpty() && !others.isEmpty(),
             qPrintable(QStringLiteral("%1 matching and %2 other spots in view right of x = %3")
                            .arg(matching.size())
                            .arg(others.size())
                            .arg(clearOfPanels)));

    settleFrames();
    const QImage filtered = grab();
    if (qEnvironmentVariableIsSet("SHOWROOM_RENDER_OUT")) // to look at the frame
        filtered.save(qEnvironmentVariable("SHOWROOM_RENDER_OUT"));
    // The same camera, every home matching: nothing dimmed.
    finder.setFilter(core::UnitFilter::everything());
    settleFrames();
    const QImage unfiltered = grab();

    // Matches keep their colour, everywhere.
    for (const auto &[id, at] : std::as_const(matching)) {
        const QColor with = meanAround(filtered, at), without = meanAround(unfiltered, at);
        QVERIFY2(distance(with, without) <= 6,
                 qPrintable(QStringLiteral("the matching home %1 changed colour: %2 -> %3")
                                .arg(id, describe(without), describe(with))));
    }
    // Where the home itself is seen (not a tree in front of it, which picking lets through): its
    // colour there follows the status colours.
    m_services->navigation().setStatusColoursShown(false);
    settleFrames();
    const QImage uncoloured = grab();
    m_services->navigation().setStatusColoursShown(true);
    // The others turn greyer: judged where one is most saturated without the filter (the demo's
    // homes show mostly as glass and balconies; a near-black or grey spot says little about colour).
    QString other;
    QPoint otherAt;
    QColor otherWithout;
    for (const auto &[id, at] : std::as_const(others)) {
        const QColor without = meanAround(unfiltered, at);
        if (distance(without, meanAround(uncoloured, at)) < 8)
            continue;
        if (without.value() >= 20 &&
            (other.isEmpty() || without.hsvSaturation() > otherWithout.hsvSaturation()))
            other = id, otherAt = at, otherWithout = without;
    }
    QVERIFY2(!other.isEmpty() && otherWithout.hsvSaturation() >= 80,
             qPrintable(QStringLiteral("no coloured spot of a non-matching home in view (best: %1 %2)")
                            .arg(other, describe(otherWithout))));
    const QColor otherWith = meanAround(filtered, otherAt);
    const QString why = QStringLiteral("%1 with the filter %2, without %3")
                            .arg(other, describe(otherWith), describe(otherWithout));
    QVERIFY2(distance(otherWith, otherWithout) >= 8, qPrintable("not dimmed: " + why));
    QVERIFY2(otherWith.hsvSaturation() <= otherWithout.hsvSaturation() * 0.75,
             qPrintable("not greyer: " + why));

    // Out of the finder the filter no longer dims anything: at home (framed otherwise: nothing covers
    // the stage there) the homes it leaves out look the same with it and without it.
    QVERIFY(finder.applyExpression(QStringLiteral("bedrooms>=3,status=any")).isEmpty());
    m_services->navigation().goHome();
    m_services->cameraDirector().showCurrent(false);
    settleFrames();
    const QImage homeFiltered = grab();
    QList<QPair<QString, QPoint>> leftOut = spotsOfHomes(40);
    leftOut.removeIf([&](const auto &spot) { return finder.isMatch(spot.first); });
    QVERIFY(!leftOut.isEmpty());
    finder.setFilter(core::UnitFilter::everything());
    settleFrames();
    const QImage homeUnfiltered = grab();
    for (const auto &[id, at] : std::as_const(leftOut)) {
        const QColor with = meanAround(homeFiltered, at), without = meanAround(homeUnfiltered, at);
        QVERIFY2(distance(with, without) <= 6,
                 qPrintable(QStringLiteral("%1 still dimmed at home: %2, not %3")
                                .arg(id, describe(with), describe(without))));
    }
}

void tst_Finder::aHomeChosenInTheListIsFlownToAndHighlighted()
{
    // The last of the list (the demo's last building in manifest order).
    const QStringList ids = m_services->finder().matchingUnitIds();
    QVERIFY(!ids.isEmpty());
    const QString id = ids.constLast();
    QVERIFY(m_services->navigation().selectUnit(id, QStringLiteral("finder_list")));
    settleFrames();
    // Beside the finder's panels (not behind them), drawn (not hidden by another building).
    const QQuickItem *results = m_window->findChild<QQuickItem *>(QStringLiteral("results"));
    QVERIFY(results);
    const int panelsEnd = int(results->mapToScene(QPointF(results->width(), 0)).x());
    const QPoint p = unitOnScreen(id);
    QVERIFY2(
        p.x() > panelsEnd && p.x() < m_window->width() && p.y() > 0 && p.y() < m_window->height(),
        qPrintable(
            QStringLiteral("%1 at (%2, %3), panels end at %4").arg(id).arg(p.x()).arg(p.y()).arg(panelsEnd)));
    QCOMPARE(callSiteView("unitAt", p.x(), p.y()).toString(), id);
    const QColor c = meanAround(grab(), p, 1);
    QVERIFY2(distance(c, QColor(0xff, 0xb0, 0x1f)) <= 40, qPrintable(id + " drawn " + describe(c)));
    if (qEnvironmentVariableIsSet("SHOWROOM_RENDER_OUT"))
        grab().save(qEnvironmentVariable("SHOWROOM_RENDER_OUT").replace(".png", "-selected.png"));
}

QTEST_MAIN(tst_Finder)
#include "tst_finder.moc"
