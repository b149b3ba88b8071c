// The camera follows Navigation: the overview frames the site, a building frames that building, a floor
// is seen from above at the height of its units, a preset puts the camera where the manifest says; and
// no camera move (before the site is loaded, into a building) leaves the camera lost or inside a wall.
#include "shell/ShowroomServices.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

using namespace showroom;

class tst_CameraDirector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void homeBeforeTheSiteLoadsKeepsTheCameraUsable();
    void buildingIsFramed();
    void floorIsSeenFromAbove();
    void presetPutsTheCameraThere();
    void backReframesWhatIsShown();
    void theFinderFramesTheSiteBesideItsPanels();
    void aHomeChosenInTheFinderIsDrawnBetweenThePanels();
    void aHomeTappedOnTheStackingPlanIsDrawnBesideTheSheet();
    void theFinderOpenedWithAHomeChosenFramesThatHome();

private:
    bool inside(const QVector3D &p, const QPair<QVector3D, QVector3D> &box)
    {
        return p.x() > box.first.x() && p.x() < box.second.x() && p.y() > box.first.y() &&
               p.y() < box.second.y() && p.z() > box.first.z() && p.z() < box.second.z();
    }
    void settle() { m_services->camera().settle(); }
    // Lets the director see what the pages set (it acts once the event loop turns), then settles.
    void settleAfterPanels()
    {
        QCoreApplication::processEvents();
        settle();
    }
    // Where the camera draws a point, as a share of the stage's width from its left edge.
    qreal across(const QVector3D &p) { return drawnAt(p).x(); }
    // As the stage's PerspectiveCamera draws it (vertical field of view), from the camera's outputs;
    // shares of the stage's width and height from its top left corner.
    QPointF drawnAt(const QVector3D &p)
    {
        const scene::OrbitController &camera = m_services->camera();
        const QVector3D local = camera.rotation().conjugated().rotatedVector(p - camera.position());
        const qreal tanV = std::tan(qDegreesToRadians(camera.fieldOfView() / 2));
        const qreal tanH = tanV * camera.aspectRatio();
        return QPointF((1 + local.x() / -local.z() / tanH) / 2, (1 - local.y() / -local.z() / tanV) / 2);
    }
    // Every corner of a box drawn between `from` and `to` (shares of the width), and inside the height.
    void expectBetween(const QVector3D &min, const QVector3D &max, qreal from, qreal to, const char *what)
    {
        for (int corner = 0; corner < 8; ++corner) {
            const QVector3D p(corner & 1 ? max.x() : min.x(), corner & 2 ? max.y() : min.y(),
                              corner & 4 ? max.z() : min.z());
            const QPointF at = drawnAt(p);
            QVERIFY2(at.x() > from - 0.01 && at.x() < to + 0.01 && at.y() > -0.01 && at.y() < 1.01,
                     qPrintable(QStringLiteral("%1: corner %2 drawn at %3, %4 of the stage (free: %5 .. %6)")
                                    .arg(what)
                                    .arg(corner)
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(from)
                                    .arg(to)));
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

void tst_CameraDirector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_services = std::make_unique<shell::ShowroomServices>();
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
}

void tst_CameraDirector::init()
{
    m_services->camera().setAspectRatio(16.0 / 9.0);
    if (m_services->site().status() == scene::SiteModel::Ready)
        m_services->navigation().goHome();
    m_services->navigation().clearSelection();
    m_services->navigation().setCoveredLeft(0);
    m_services->navigation().setCoveredRight(0);
    QCoreApplication::processEvents();
}

void tst_CameraDirector::homeBeforeTheSiteLoadsKeepsTheCameraUsable()
{
    // Home pressed while the site still loads: nothing to frame yet, and no zero-size framing either.
    m_services->navigation().goHome();
    QVERIFY(m_services->navigation().showBuilding("A", "test"));
    QVERIFY(m_services->camera().maxDistance() > 100);
    // The site loads in building mode: the camera frames building A then.
    m_services->loadSite(m_dir.filePath("cache"));
    QVERIFY(m_services->site().waitForFinished(60000));
    QTRY_COMPARE(m_services->site().status(), scene::SiteModel::Ready);
    settle();
    const QVector3D target = m_services->camera().target();
    const QVector3D min = m_services->site().buildingBoundsMin("A"),
                    max = m_services->site().buildingBoundsMax("A");
    QVERIFY2(target.x() > min.x() && target.x() < max.x() && target.z() > min.z() && target.z() < max.z(),
             "the camera looks at building A");
}

void tst_CameraDirector::buildingIsFramed()
{
    QVERIFY(m_services->navigation().showBuilding("B", "test"));
    QVERIFY(m_services->camera().flying()); // eased, not a jump
    settle();
    const QVector3D target = m_services->camera().target();
    const QVector3D min = m_services->site().buildingBoundsMin("B"),
                    max = m_services->site().buildingBoundsMax("B");
    QVERIFY(target.x() > min.x() && target.x() < max.x() && target.z() > min.z() && target.z() < max.z());
    // Close enough to see it, far enough to see all of it, and never inside any building.
    const qreal size = (max - min).length();
    QVERIFY2(m_services->camera().distance() > size * 0.5 && m_services->camera().distance() < size * 4,
             qPrintable(QString::number(m_services->camera().distance())));
    for (const auto &box : m_services->site().buildingBoxes())
        QVERIFY(!inside(m_services->camera().position(), box));
    QVERIFY(m_services->camera().position().y() > 1.5);
}

void tst_CameraDirector::floorIsSeenFromAbove()
{
    QVERIFY(m_services->navigation().showFloor("A", 4, "test"));
    settle();
    QCOMPARE(qRound(m_services->camera().pitch()), 62);
    const qreal top = m_services->site().floorTop("A", 4);
    QVERIFY(std::abs(m_services->camera().target().y() - top) < 0.5);
    QVERIFY(m_services->camera().position().y() > top + 10);
}

void tst_CameraDirector::presetPutsTheCameraThere()
{
    const core::CameraPreset preset = m_services->development().data().cameraPresets.first();
    QVERIFY(m_services->navigation().showPreset(preset.id, "test"));
    settle();
    // The camera limits (ground, pan area, pitch) may nudge a preset, but not far.
    QVERIFY2((m_services->camera().position() - preset.position).length() < 15,
             qPrintable(QStringLiteral("%1 m from the preset")
                            .arg((m_services->camera().position() - preset.position).length())));
}

void tst_CameraDirector::backReframesWhatIsShown()
{
    QVERIFY(m_services->navigation().showBuilding("A", "test"));
    settle();
    const QVector3D buildingTarget = m_services->camera().target();
    QVERIFY(m_services->navigation().showFloor("A", 2, "test"));
    settle();
    QVERIFY(m_services->navigation().back());
    settle();
    QVERIFY((m_services->camera().target() - buildingTarget).length() < 0.5);
}

// The finder's two panels cover the left of the stage: the site is framed in the part still free.
void tst_CameraDirector::theFinderFramesTheSiteBesideItsPanels()
{
    m_services->navigation().showFinder("test");
    m_services->navigation().setCoveredLeft(0.45); // what FinderPage sets
    settleAfterPanels();
    const QVector3D min = m_services->site().buildingsMin(), max = m_services->site().buildingsMax();
    expectBetween(min, max, 0.45, 1.0, "the site");
    const qreal middle = across((min + max) / 2);
    QVERIFY2(middle > 0.6 && middle < 0.85, qPrintable(QString::number(middle)));
    // Back at the overview nothing covers the stage: the site is in the middle again.
    m_services->navigation().goHome();
    settleAfterPanels();
    QVERIFY2(qAbs(across((min + max) / 2) - 0.5) < 0.1, qPrintable(QString::number(across((min + max) / 2))));
}

// A home chosen in the finder's list is drawn between the list (left) and its card (right), also when
// the card's share arrives after the flight has started.
void tst_CameraDirector::aHomeChosenInTheFinderIsDrawnBetweenThePanels()
{
    m_services->navigation().showFinder("test");
    m_services->navigation().setCoveredLeft(0.45);
    settleAfterPanels();
    const QString id = QStringLiteral("A_0304");
    QVERIFY(m_services->navigation().selectUnit(id, "finder_list"));
    QVERIFY(m_services->camera().flying());
    m_services->navigation().setCoveredRight(0.25); // the card opens on the right
    settleAfterPanels();
    const QVector3D centre = m_services->site().unitCenter(id), half = m_services->site().unitSize(id) / 2;
    const qreal x = across(centre);
    QVERIFY2(qAbs(x - 0.6) < 0.02,
             qPrintable(QStringLiteral("%1 drawn at %2 of the stage's width").arg(id).arg(x)));
    expectBetween(centre - half, centre + half, 0.45, 0.75, "the home");
    // The card closes: the home slides to the middle of what is free then, without flying away.
    const QVector3D target = m_services->camera().target();
    m_services->navigation().setCoveredRight(0);
    settleAfterPanels();
    QCOMPARE(m_services->camera().target(), target);
    QVERIFY2(qAbs(across(centre) - 0.725) < 0.02, qPrintable(QString::number(across(centre))));
}

// A still (--filter with --select) or Back into the finder: the home chosen is framed, not the site.
void tst_CameraDirector::theFinderOpenedWithAHomeChosenFramesThatHome()
{
    const QString id = QStringLiteral("B_0502");
    QVERIFY(m_services->navigation().selectUnit(id, "test"));
    m_services->navigation().showFinder("test");
    m_services->navigation().setCoveredLeft(0.45);
    m_services->cameraDirector().showCurrent(false);
    settleAfterPanels();
    const QVector3D centre = m_services->site().unitCenter(id), half = m_services->site().unitSize(id) / 2;
    expectBetween(centre - half, centre + half, 0.45, 1.0, "the chosen home");
    // Close enough to tell it apart: far nearer than the whole site's framing.
    const QVector3D min = m_services->site().buildingsMin(), max = m_services->site().buildingsMax();
    QVERIFY(m_services->camera().distance() < (max - min).length() / 2);
}

// The stacking plan's sheet covers more than half of the stage; a home at the far side of its building
// (where the building's pan area ends) is still drawn in the free part, not clamped back behind it.
void tst_CameraDirector::aHomeTappedOnTheStackingPlanIsDrawnBesideTheSheet()
{
    QVERIFY(m_services->navigation().showStackingPlan("A", "test"));
    m_services->navigation().setCoveredLeft(0.6);
    settleAfterPanels();
    const QVector3D min = m_services->site().buildingBoundsMin("A"),
                    max = m_services->site().buildingBoundsMax("A");
    expectBetween(min, max, 0.6, 1.0, "building A");
    for (const QString &id : m_services->site().unitIds()) {
        if (m_services->site().buildingOfUnit(id) != QLatin1String("A"))
            continue;
        QVERIFY(m_services->navigation().selectUnit(id, "stacking_plan"));
        m_services->navigation().setCoveredRight(0.2);
        settleAfterPanels();
        const qreal x = across(m_services->site().unitCenter(id));
        QVERIFY2(qAbs(x - 0.7) < 0.02,
                 qPrintable(QStringLiteral("%1 drawn at %2 of the stage's width").arg(id).arg(x)));
        m_services->navigation().clearSelection();
    }
}

QTEST_MAIN(tst_CameraDirector)
#include "tst_cameradirector.moc"
