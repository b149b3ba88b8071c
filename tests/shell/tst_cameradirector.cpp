// The camera follows Navigation: the overview frames the site, a building frames that building, a floor
// is seen from above at the height of its units, a preset puts the camera where the manifest says; and
// no camera move (before the site is loaded, into a building) leaves the camera lost or inside a wall.
#include "shell/ShowroomServices.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

private:
    bool inside(const QVector3D &p, const QPair<QVector3D, QVector3D> &box)
    {
        return p.x() > box.first.x() && p.x() < box.second.x() && p.y() > box.first.y() &&
               p.y() < box.second.y() && p.z() > box.first.z() && p.z() < box.second.z();
    }
    void settle() { m_services->camera().settle(); }

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
    if (m_services->site().status() == scene::SiteModel::Ready)
        m_services->navigation().goHome();
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

QTEST_MAIN(tst_CameraDirector)
#include "tst_cameradirector.moc"
