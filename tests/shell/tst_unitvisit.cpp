// A visit to a home on the real demo, without a window: Navigation's Inside and Balcony modes load the
// unit type's interior and its walkable plan, place it where the unit stands (mirrored units mirrored),
// put the walker in it or on the balcony, and the interest recorder writes the rooms walked through,
// their dwell and the path into the SQLite file. Leaving returns to the view before, the unit still
// selected.
#include "EventRows.h"
#include "interior/WalkPlan.h"
#include "shell/ShowroomServices.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_UnitVisit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void walkingInsidePlacesTheInteriorWhereTheUnitStands();
    void aScriptedWalkRecordsRoomsPathAndDwell();
    void leavingReturnsToTheSiteWithTheUnitSelected();
    void eachHomeTypesInteriorIsBuiltOnceAndKept();
    void theBalconyViewStandsOnTheBalconyAtEyeHeight();
    void aBalconyViewBegunBeforeTheSiteLoadedMovesToTheBalconyWhenItHas();
    void aHomeWithoutBalconyStandsAtItsWindow();
    void mirroredUnitsAreMirrored();
    void refusals();

private:
    bool enter(const QString &unitId);
    // The app's services on the demo development, telemetry into `dbName`; no site loaded yet.
    void startServices(const QString &dbName, const QString &deviceId);
    QList<testing::EventRow> rows(const QString &where = QStringLiteral("1"))
    {
        return testing::readEvents(m_services->telemetry(), m_dir->filePath("telemetry.db"), where);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
    QString m_cache;
};

void tst_UnitVisit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir cache; // one import cache for all: later entries are warm, as in the app
    m_cache = cache.path();
}

void tst_UnitVisit::startServices(const QString &dbName, const QString &deviceId)
{
    m_services.reset();
    telemetry::Telemetry::Options options;
    options.recorder.path = m_dir->filePath(dbName);
    options.deviceId = deviceId;
    options.watchApplication = false;
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
}

void tst_UnitVisit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    startServices("telemetry.db", "visit-test");
    if (QTest::currentTestFailed())
        return;
    m_services->loadSite(m_cache);
    QVERIFY(m_services->site().waitForFinished(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_services->site().status(), scene::SiteModel::Ready, 10000);
    m_services->interest().setSiteShown(true);
}

void tst_UnitVisit::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

bool tst_UnitVisit::enter(const QString &unitId)
{
    if (!m_services->navigation().walkInside(unitId, QStringLiteral("test")))
        return false;
    return m_services->visit().waitForInterior(30000) && m_services->visit().status() == shell::UnitVisit::Ready;
}

void tst_UnitVisit::walkingInsidePlacesTheInteriorWhereTheUnitStands()
{
    shell::UnitVisit &visit = m_services->visit();
    QCOMPARE(visit.status(), shell::UnitVisit::Idle);
    QVERIFY(enter("A_0304"));
    QCOMPARE(m_services->navigation().mode(), shell::Navigation::Inside);
    QCOMPARE(visit.unitId(), QStringLiteral("A_0304"));
    QVERIFY(visit.inside());
    QVERIFY(visit.interior()->rowCount() > 3); // walls, floors, glass, furniture ...

    // The interior's origin is the unit node's: the unit's centre at its floor level.
    const QMatrix4x4 frame = m_services->site().unitTransform("A_0304");
    QVERIFY((visit.interiorPosition() - frame.map(QVector3D())).length() < 1e-3f);
    QCOMPARE(visit.interiorScale(), QVector3D(1, 1, 1));
    // The walker stands inside the unit's box, at eye height over its floor.
    const QVector3D eye = visit.walker()->worldPosition();
    const QVector3D c = m_services->site().unitCenter("A_0304"), size = m_services->site().unitSize("A_0304");
    QVERIFY2(std::abs(eye.x() - c.x()) < size.x() / 2 && std::abs(eye.z() - c.z()) < size.z() / 2,
             qPrintable(QStringLiteral("eye %1 %2, unit %3 %4").arg(eye.x()).arg(eye.z()).arg(c.x()).arg(c.z())));
    QCOMPARE(qRound((eye.y() - frame.map(QVector3D()).y()) * 100), 160);
    // Its own exterior is cut away around the interior, not its neighbours'.
    QCOMPARE(visit.hiddenUnitNumber(), m_services->site().unitNumber("A_0304"));
    QVERIFY(visit.hiddenBoxMin().x() < eye.x() && eye.x() < visit.hiddenBoxMax().x());
    QVERIFY(visit.hiddenBoxMax().y() < frame.map(QVector3D()).y() + 3.0f);
    QVERIFY(!visit.walker()->roomId().isEmpty());
}

void tst_UnitVisit::aScriptedWalkRecordsRoomsPathAndDwell()
{
    QVERIFY(enter("A_0304"));
    shell::UnitVisit &visit = m_services->visit();
    const QStringList rooms = visit.roomIds();
    QVERIFY2(rooms.size() >= 5, qPrintable(rooms.join(',')));
    // Every room, in turn, by tap-to-walk glides; a little time in each.
    QStringList visited{visit.walker()->roomId()};
    for (const QString &room : rooms) {
        if (room == visited.constLast())
            continue;
        QVERIFY2(visit.goToRoom(room), qPrintable(room));
        for (int i = 0; i < 2000 && visit.walker()->gliding(); ++i)
            visit.walker()->step(0.05);
        QCOMPARE(visit.walker()->roomId(), room);
        visited << room;
        QTest::qWait(60);
    }
    QVERIFY(m_services->navigation().back());

    const auto entered = rows("name = 'room_entered'");
    QStringList path;
    for (const auto &row : entered) {
        QVERIFY2(row.target.startsWith("room:A_0304/"), qPrintable(row.target));
        path << row.target.section('/', 1);
    }
    // The path is every room walked through, in order: the rooms aimed at, and those passed on the way
    // (the hall between them), never the same room twice in a row.
    QCOMPARE(path.constFirst(), visited.constFirst());
    qsizetype at = 0;
    for (const QString &room : visited) {
        at = path.indexOf(room, at);
        QVERIFY2(at >= 0, qPrintable(room + " not in order in " + path.join(',')));
    }
    for (qsizetype i = 1; i < path.size(); ++i) {
        QVERIFY(path.at(i) != path.at(i - 1));
        QCOMPARE(entered.at(i).properties.value("from").toString(), path.at(i - 1));
    }
    QVERIFY(!entered.at(0).properties.value("roomName").toString().isEmpty());
    // Each room's dwell: an enter and a leave with the time spent, in the visitor's session.
    for (const QString &room : std::as_const(visited)) {
        const auto dwell = rows(QStringLiteral("target = 'room:A_0304/%1' AND name IN ('enter', 'leave')").arg(room));
        QVERIFY2(dwell.size() >= 2, qPrintable(room));
        QCOMPARE(dwell.constLast().name, QStringLiteral("leave"));
        qint64 spent = 0; // passing through on the way elsewhere adds a short visit
        for (const auto &row : dwell)
            spent += row.name == QLatin1String("leave") ? row.elapsedMs : 0;
        QVERIFY2(spent >= 50, qPrintable(room + ": " + QString::number(spent)));
    }
    const auto inside = rows("name IN ('inside_entered', 'inside_left')");
    QCOMPARE(inside.size(), 2);
    QCOMPARE(inside.at(0).target, QStringLiteral("unit:A_0304"));
    QCOMPARE(inside.at(0).properties.value("via").toString(), QStringLiteral("test"));
    QCOMPARE(inside.at(1).properties.value("path").toStringList(), path);
    QStringList distinct = visited;
    distinct.removeDuplicates();
    QCOMPARE(inside.at(1).properties.value("roomsSeen").toInt(), int(distinct.size()));
    QCOMPARE(int(distinct.size()), int(rooms.size()));
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

void tst_UnitVisit::leavingReturnsToTheSiteWithTheUnitSelected()
{
    QVERIFY(m_services->navigation().selectUnit("A_0304", "test"));
    QVERIFY(enter("A_0304"));
    QVERIFY(m_services->navigation().back());
    QCOMPARE(m_services->navigation().mode(), shell::Navigation::Site);
    QCOMPARE(m_services->selection().selectedUnitId(), QStringLiteral("A_0304"));
    QCOMPARE(m_services->visit().status(), shell::UnitVisit::Idle);
    QVERIFY(!m_services->visit().walker()->active());
    // Walking back in is instant: the interior stayed loaded.
    QVERIFY(m_services->navigation().walkInside("A_0304", "test"));
    QCOMPARE(m_services->visit().status(), shell::UnitVisit::Ready);
}

// A kiosk visitor walks into homes of different types all day: each type's interior is imported and
// built once, then kept (Qt Quick 3D 6.4 never frees the render state of deleted models: rebuilding at
// each change of type grew the kiosk by ~1 MB a visit). Going back to a type shows the same parts at once.
void tst_UnitVisit::eachHomeTypesInteriorIsBuiltOnceAndKept()
{
    // Two homes of different types, both with an interior.
    const core::DevelopmentData &data = m_services->development().data();
    QString first, second;
    for (const core::Unit &u : data.units) {
        const core::UnitType *type = data.unitType(u.type);
        if (!type || type->interior.isEmpty())
            continue;
        if (first.isEmpty())
            first = u.id;
        else if (u.type != data.unit(first)->type) {
            second = u.id;
            break;
        }
    }
    QVERIFY2(!second.isEmpty(), "the demo has two home types with interiors");
    shell::UnitVisit &visit = m_services->visit();
    QAbstractItemModel *kept = visit.interiors();
    const auto shownRows = [kept] {
        QList<int> rows;
        for (int r = 0; r < kept->rowCount(); ++r)
            if (kept->data(kept->index(r, 0), kept->roleNames().key("shown")).toBool())
                rows << r;
        return rows;
    };
    const auto partsOf = [kept](int row) {
        return kept->data(kept->index(row, 0), kept->roleNames().key("parts")).value<scene::SiteModel *>();
    };

    QVERIFY(enter(first));
    scene::SiteModel *firstParts = visit.interior();
    QVERIFY(firstParts->rowCount() > 3);
    QCOMPARE(kept->rowCount(), 1);
    QCOMPARE(shownRows(), QList<int>{0});
    QVERIFY(m_services->navigation().back());

    QVERIFY(enter(second));
    scene::SiteModel *secondParts = visit.interior();
    QVERIFY(secondParts != firstParts);
    QVERIFY(secondParts->rowCount() > 3);
    QCOMPARE(kept->rowCount(), 2); // the first type's interior is still there, hidden
    QCOMPARE(shownRows(), QList<int>{1});
    QCOMPARE(partsOf(0), firstParts);
    QCOMPARE(firstParts->status(), scene::SiteModel::Ready);
    QVERIFY(m_services->navigation().back());

    // Back to the first type: no import, the same parts, shown at once.
    QSignalSpy resets(firstParts, &QAbstractItemModel::modelReset);
    QVERIFY(m_services->navigation().walkInside(first, "test"));
    QCOMPARE(visit.status(), shell::UnitVisit::Ready);
    QCOMPARE(visit.interior(), firstParts);
    QCOMPARE(kept->rowCount(), 2);
    QCOMPARE(shownRows(), QList<int>{0});
    QCOMPARE(resets.count(), 0);
    QVERIFY(visit.walker()->active());

    // A kiosk visitor switching language (and the visit's end switching back) keeps them too.
    QVERIFY(m_services->navigation().back());
    m_services->language().setCode("de");
    m_services->language().setCode("en");
    QVERIFY(m_services->navigation().walkInside(second, "test"));
    QCOMPARE(visit.status(), shell::UnitVisit::Ready);
    QCOMPARE(visit.interior(), secondParts);
    QCOMPARE(kept->rowCount(), 2);
}

void tst_UnitVisit::theBalconyViewStandsOnTheBalconyAtEyeHeight()
{
    auto standOn = [this](const QString &unit) {
        if (!m_services->navigation().showBalconyView(unit, "test") || !m_services->visit().waitForInterior(30000))
            return QVector3D(-1e9f, 0, 0);
        return m_services->visit().walker()->worldPosition();
    };
    const QVector3D high = standOn("A_0704");
    QCOMPARE(m_services->visit().standingSpot(), QStringLiteral("balcony"));
    QCOMPARE(m_services->visit().hiddenUnitNumber(), 0); // the facade behind stays
    const QVector3D balcony = m_services->site().balconyCentre("A_0704");
    QVERIFY(QVector2D(high.x() - balcony.x(), high.z() - balcony.z()).length() < 0.01f);
    const float floorY = m_services->site().unitTransform("A_0704").map(QVector3D()).y();
    QCOMPARE(qRound((high.y() - floorY) * 100), 160);
    // Facing out of the facade (+Z of the unit).
    const QVector3D out = m_services->site().unitTransform("A_0704").mapVector(QVector3D(0, 0, 1));
    const QVector3D look = m_services->visit().walker()->worldRotation().rotatedVector(QVector3D(0, 0, -1));
    QVERIFY2(QVector3D::dotProduct(out.normalized(), look.normalized()) > 0.9f, "looks out");

    const QVector3D low = standOn("A_0004");
    QCOMPARE(m_services->visit().standingSpot(), QStringLiteral("terrace"));
    QVERIFY(high.y() - low.y() > 18); // seven floors up

    const auto viewed = rows("name = 'balcony_viewed'");
    QCOMPARE(viewed.size(), 2);
    QCOMPARE(viewed.at(0).target, QStringLiteral("unit:A_0704"));
    QCOMPARE(viewed.at(0).properties.value("spot").toString(), QStringLiteral("balcony"));
    QCOMPARE(viewed.at(0).properties.value("floor").toInt(), 7);
}

// `showroom --balcony UNIT` (stills, links) asks for the balcony before the site has loaded: the visit
// starts without a balcony to stand on (the window spot), and must stand on the balcony once the site is
// there (it used to stay at the window: a dark still for every home).
void tst_UnitVisit::aBalconyViewBegunBeforeTheSiteLoadedMovesToTheBalconyWhenItHas()
{
    startServices("early.db", "visit-test-early");
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_services->navigation().showBalconyView("A_0704", "test"));
    QVERIFY(m_services->visit().waitForInterior(30000));
    QVERIFY(m_services->visit().standingSpot() != QLatin1String("balcony")); // no site yet: no balcony

    m_services->loadSite(m_cache);
    QVERIFY(m_services->site().waitForFinished(60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_services->site().status(), scene::SiteModel::Ready, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->visit().standingSpot(), QStringLiteral("balcony"), 5000);
    const QVector3D at = m_services->visit().walker()->worldPosition();
    const QVector3D balcony = m_services->site().balconyCentre("A_0704");
    QVERIFY(QVector2D(at.x() - balcony.x(), at.z() - balcony.z()).length() < 0.01f);
}

void tst_UnitVisit::aHomeWithoutBalconyStandsAtItsWindow()
{
    QString without;
    for (const core::Unit &unit : m_services->development().data().units)
        if (!unit.balcony && !m_services->site().hasBalcony(unit.id) && m_services->navigation().hasInterior(unit.id)) {
            without = unit.id;
            break;
        }
    if (without.isEmpty())
        QSKIP("the demo has no home without a balcony");
    QVERIFY(m_services->navigation().showBalconyView(without, "test"));
    QVERIFY(m_services->visit().waitForInterior(30000));
    QCOMPARE(m_services->visit().standingSpot(), QStringLiteral("window"));
    // Inside the unit, near its facade, looking out.
    const QVector3D eye = m_services->visit().walker()->position();
    QVERIFY(eye.z() > 1.5f);
    QVERIFY(m_services->visit().plan()->isWalkable(0, QPointF(eye.x(), eye.z())));
}

void tst_UnitVisit::mirroredUnitsAreMirrored()
{
    QString mirrored;
    for (const core::Unit &unit : m_services->development().data().units)
        if (unit.mirrored && m_services->navigation().hasInterior(unit.id)) {
            mirrored = unit.id;
            break;
        }
    QVERIFY(!mirrored.isEmpty());
    QVERIFY(enter(mirrored));
    QCOMPARE(m_services->visit().interiorScale(), QVector3D(-1, 1, 1));
    QVERIFY(m_services->visit().placement().determinant() < 0);
    // The walker still stands inside the unit's box.
    const QVector3D eye = m_services->visit().walker()->worldPosition();
    const QVector3D c = m_services->site().unitCenter(mirrored), size = m_services->site().unitSize(mirrored);
    QVERIFY(std::abs(eye.x() - c.x()) < size.x() / 2 && std::abs(eye.z() - c.z()) < size.z() / 2);
}

void tst_UnitVisit::refusals()
{
    shell::Navigation &navigation = m_services->navigation();
    QVERIFY(!navigation.walkInside("Z_9999", "test"));
    QVERIFY(!navigation.showBalconyView("Z_9999", "test"));
    QCOMPARE(navigation.mode(), shell::Navigation::Site);
    QVERIFY(!m_services->visit().goToRoom("Living")); // not inside
    QVERIFY(enter("A_0304"));
    QVERIFY(!m_services->visit().goToRoom("Attic"));
    QVERIFY(!m_services->visit().standInRoom("Attic"));
    QVERIFY(m_services->visit().standInRoom("bedroom")); // by id or name, any case
    QCOMPARE(m_services->visit().walker()->roomId(), QStringLiteral("Bedroom"));
}

QTEST_MAIN(tst_UnitVisit)
#include "tst_unitvisit.moc"
