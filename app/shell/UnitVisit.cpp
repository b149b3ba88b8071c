#include "shell/UnitVisit.h"
#include "shell/QmlSingletons.h"

#include "core/Development.h"
#include "importer/ImportedScene.h"
#include "interior/WalkPlan.h"
#include "shell/Navigation.h"

#include <QDir>
#include <QLineF>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QtMath>
#include <algorithm>
#include <cmath>
#include <mutex>

namespace showroom::shell {

namespace {
constexpr double EyeHeight = 1.6;
// A person on a balcony turns to look along the facade, not through the wall behind them.
constexpr double BalconyYawHalfRange = 100;
std::mutex planMutex; // the worker writes the plan holder, the GUI thread takes it
} // namespace

UnitVisit *UnitVisit::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<UnitVisit>::create(engine, scriptEngine);
}

UnitVisit::UnitVisit(core::Development *development, scene::SiteModel *site, Navigation *navigation,
                     QObject *parent)
    : QObject(parent), m_development(development), m_site(site), m_navigation(navigation),
      m_walkerOwned(std::make_unique<interior::WalkController>()), m_walker(*m_walkerOwned)
{
    connect(navigation, &Navigation::changed, this, &UnitVisit::follow);
    // A replaced development may have replaced its interiors too (same file names): load them afresh.
    // Not on a change of language (Development says developmentChanged then too): only new data.
    m_dataSeen = development ? &development->data() : nullptr;
    connect(development, &core::Development::developmentChanged, this, [this] {
        const void *data = &m_development->data();
        if (data == m_dataSeen)
            return;
        m_dataSeen = data;
        m_developmentReplaced = true;
        if (m_unitId.isEmpty())
            endVisit();
    });
    // A site that finishes loading after the visit began gives the unit its place.
    connect(site, &scene::SiteModel::loaded, this, [this] {
        if (m_status != Ready)
            return;
        // Inside, the walker keeps where it stands in the home; on the balcony the spot is chosen again:
        // before the site loaded there was no balcony to stand on (a still taken at start showed the
        // living-room window from inside instead).
        place(m_navigation && m_navigation->mode() == Navigation::Balcony);
    });
}

UnitVisit::~UnitVisit() = default;

void UnitVisit::setImportOptions(const QString &cacheDir, const QString &isolatedWorker)
{
    m_cacheDir = cacheDir;
    m_isolatedWorker = isolatedWorker;
}

bool UnitVisit::inside() const
{
    return m_status == Ready && m_navigation && m_navigation->mode() == Navigation::Inside;
}

bool UnitVisit::onBalcony() const
{
    return m_navigation && m_navigation->mode() == Navigation::Balcony && !m_unitId.isEmpty() &&
           m_status != Loading;
}

void UnitVisit::setStatus(Status status, const QString &error)
{
    m_status = status;
    m_error = error;
    emit changed();
}

// Navigation decides where the visitor is; the visit follows it.
void UnitVisit::follow()
{
    const Navigation::Mode mode = m_navigation->mode();
    if (mode != Navigation::Inside && mode != Navigation::Balcony) {
        endVisit();
        return;
    }
    startVisit(m_navigation->visitedUnitId());
}

void UnitVisit::endVisit()
{
    if (m_developmentReplaced) {
        m_developmentReplaced = false;
        m_interiors.clear();
        m_interiorFile.clear();
        m_plan.reset();
        m_walker.setPlan(nullptr);
    }
    if (m_unitId.isEmpty() && m_status == Idle)
        return;
    m_walker.setActive(false);
    m_unitId.clear();
    m_hiddenUnit = 0;
    // The interior stays loaded: walking back in is instant.
    setStatus(Idle);
}

void UnitVisit::startVisit(const QString &unitId)
{
    const core::DevelopmentData &data = m_development->data();
    const core::Unit *unit = data.unit(unitId);
    if (!unit)
        return;
    const core::UnitType *type = data.unitType(unit->type);
    const QString file = type && !type->interior.isEmpty()
                             ? QDir(data.packageDir).absoluteFilePath(type->interior)
                             : QString();
    if (m_unitId == unitId && m_status != Idle && m_status != Error) {
        place(); // inside <-> balcony of the same home
        return;
    }
    m_unitId = unitId;
    if (file.isEmpty()) {
        // No interior: the balcony view still stands on the balcony (or before the facade).
        m_plan.reset();
        m_walker.setPlan(nullptr);
        m_interiorFile.clear();
        m_interiors.show({});
        arrive();
        return;
    }
    m_interiorFile = file;
    InteriorShelf::Interior *kept = m_interiors.find(file);
    if (!kept) {
        kept = &m_interiors.add(file);
        connect(kept->parts.get(), &scene::SiteModel::loaded, this, [this, file] { onInteriorLoaded(file); });
    }
    m_interiors.show(file);
    if (kept->parts->status() == scene::SiteModel::Ready && kept->plan) {
        m_plan = kept->plan;
        m_walker.setPlan(m_plan);
        arrive();
        return;
    }
    m_plan.reset();
    if (kept->parts->status() == scene::SiteModel::Loading) {
        setStatus(Loading);
        return;
    }

    QHash<QString, QString> roomNames;
    for (const core::RoomName &room : type->rooms)
        roomNames.insert(room.node, room.name);
    scene::SiteRequest request;
    request.modelFile = file;
    request.cacheDir = m_cacheDir;
    request.isolatedWorker = m_isolatedWorker;
    auto holder = std::make_shared<std::shared_ptr<const interior::WalkPlan>>();
    request.inspectScene = [holder, roomNames](const importer::ImportedScene &scene) {
        auto plan = interior::WalkPlan::fromScene(scene, roomNames);
        std::lock_guard<std::mutex> lock(planMutex);
        *holder = std::move(plan);
    };
    kept->pendingPlan = holder;
    kept->plan.reset();
    setStatus(Loading);
    kept->parts->load(request);
}

scene::SiteModel *UnitVisit::interior()
{
    InteriorShelf::Interior *shown = m_interiors.shown();
    return shown ? shown->parts.get() : &m_noInterior;
}

void UnitVisit::onInteriorLoaded(const QString &file)
{
    InteriorShelf::Interior *loaded = m_interiors.find(file);
    if (!loaded)
        return;
    if (loaded->parts->status() != scene::SiteModel::Ready) {
        if (file == m_interiorFile && !m_unitId.isEmpty())
            setStatus(Error, loaded->parts->errorString()); // the next visit tries again
        return;
    }
    {
        std::lock_guard<std::mutex> lock(planMutex);
        if (loaded->pendingPlan)
            loaded->plan = *loaded->pendingPlan;
    }
    // The visitor went on to another home type while this one loaded: it is kept for later.
    if (file != m_interiorFile)
        return;
    m_plan = loaded->plan;
    m_walker.setPlan(m_plan);
    if (m_unitId.isEmpty())
        return;
    arrive();
}

void UnitVisit::arrive()
{
    setStatus(Ready);
    place();
    emit ready();
}

// Puts the interior where the unit stands and the walker inside it (or on its balcony).
void UnitVisit::place(bool reposition)
{
    const core::Unit *unit = m_development ? m_development->data().unit(m_unitId) : nullptr;
    if (!unit || !m_site)
        return;
    const QMatrix4x4 frame = m_site->unitTransform(m_unitId);
    m_placement = frame;
    if (unit->mirrored)
        m_placement.scale(-1, 1, 1);
    m_position = frame.map(QVector3D());
    // The unit frame is a rotation (and translation): its rotation is the interior's, the mirror a scale.
    QMatrix3x3 rotation;
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            rotation(r, c) = frame(r, c);
    m_rotation = QQuaternion::fromRotationMatrix(rotation).normalized();
    m_scale = QVector3D(unit->mirrored ? -1 : 1, 1, 1);
    m_walker.setPlacement(m_placement);

    // Leave out the unit's own exterior around its interior (the walls' outer faces and its windows);
    // its balcony, in front of the facade, stays.
    m_hiddenUnit = 0;
    if (m_plan && m_plan->storeyCount() > 0) {
        QRectF area;
        for (int s = 0; s < m_plan->storeyCount(); ++s)
            area = area.united(m_plan->planBounds(s));
        area.adjust(-0.35, -0.35, 0.35, 0.35);
        const double top = m_plan->floorLevel(m_plan->storeyCount() - 1) + 2.75;
        QVector3D min, max;
        for (int corner = 0; corner < 8; ++corner) {
            const QVector3D local(float(corner & 1 ? area.right() : area.left()),
                                  float(corner & 2 ? top : -0.01),
                                  float(corner & 4 ? area.bottom() : area.top()));
            const QVector3D w = m_placement.map(local);
            if (corner == 0) {
                min = max = w;
            } else {
                min = QVector3D(qMin(min.x(), w.x()), qMin(min.y(), w.y()), qMin(min.z(), w.z()));
                max = QVector3D(qMax(max.x(), w.x()), qMax(max.y(), w.y()), qMax(max.z(), w.z()));
            }
        }
        m_hiddenMin = min;
        m_hiddenMax = max;
        m_hiddenUnit = m_navigation->mode() == Navigation::Inside ? m_site->unitNumber(m_unitId) : 0;
    }

    if (!reposition) {
        emit changed();
        return;
    }
    if (m_navigation->mode() == Navigation::Inside && m_plan) {
        m_walker.enter();
        m_walker.setActive(true);
    } else if (m_navigation->mode() == Navigation::Balcony) {
        const QVector3D facing = frame.mapVector(QVector3D(0, 0, 1)).normalized();
        const float floorY = m_position.y();
        QPointF windowPoint;
        double windowYaw = 0;
        int storey = 0;
        if (m_site->hasBalcony(m_unitId)) {
            QVector3D eye = m_site->balconyCentre(m_unitId);
            eye.setY(floorY + float(EyeHeight));
            m_spot = unit->floor == 0 ? QStringLiteral("terrace") : QStringLiteral("balcony");
            m_walker.standAtWorld(eye, facing, BalconyYawHalfRange);
        } else if (m_plan && m_plan->windowSpot(&windowPoint, &windowYaw, &storey)) {
            m_spot = QStringLiteral("window");
            const QVector3D local(float(windowPoint.x()), float(m_plan->floorLevel(storey) + EyeHeight),
                                  float(windowPoint.y()));
            const double yaw = qDegreesToRadians(windowYaw);
            const QVector3D localFacing(float(std::sin(yaw)), 0, float(std::cos(yaw)));
            m_walker.standAtWorld(m_placement.map(local), m_placement.mapVector(localFacing).normalized(),
                                  70);
        } else {
            // Neither: in front of the facade, looking out.
            m_spot = QStringLiteral("facade");
            const QVector3D size = m_site->unitSize(m_unitId);
            const QVector3D eye = m_position + facing * (std::max(size.x(), size.z()) / 2 + 0.5f) +
                                  QVector3D(0, float(EyeHeight), 0);
            m_walker.standAtWorld(eye, facing, BalconyYawHalfRange);
        }
        // Eyes a little down, as one stands at a rail: the rail, the gardens and the skyline in view.
        m_walker.look(0, -8 / interior::WalkController::kLookDegreesPerPixel);
        m_walker.setActive(true);
    }
    emit changed();
}

bool UnitVisit::waitForInterior(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_status == Loading) {
        if (timer.elapsed() > timeoutMs)
            return false;
        if (InteriorShelf::Interior *loading = m_interiors.find(m_interiorFile))
            loading->parts->waitForFinished(int(std::max<qint64>(1, timeoutMs - timer.elapsed())));
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool UnitVisit::standInRoom(const QString &room)
{
    if (!m_plan || !inside())
        return false;
    const auto &rooms = m_plan->rooms();
    const auto it = std::find_if(rooms.cbegin(), rooms.cend(), [&](const interior::WalkPlan::Room &r) {
        return r.id.compare(room, Qt::CaseInsensitive) == 0 || r.name.compare(room, Qt::CaseInsensitive) == 0;
    });
    if (it == rooms.cend())
        return false;
    // The walkable spot of the room farthest from its middle: the view across it shows the most.
    QPointF spot = it->centre;
    double best = -1;
    // Away from the walls by more than a door leaf opened into the room (leaves do not block walking).
    const QRectF inner = it->bounds.adjusted(0.95, 0.95, -0.95, -0.95);
    for (double x = inner.left(); x <= inner.right(); x += 0.1) {
        for (double z = inner.top(); z <= inner.bottom(); z += 0.1) {
            const QPointF p(x, z);
            const double d = QLineF(p, it->centre).length();
            // Room to stand: clear of doors and furniture for a step around, and the middle in sight.
            bool clear = true;
            for (int a = 0; a < 8 && clear; ++a)
                clear = m_plan->isWalkable(it->storey, p + QPointF(0.35 * std::cos(a * M_PI / 4), 0.35 * std::sin(a * M_PI / 4)));
            if (d > best && clear && m_plan->roomAt(it->storey, p) == int(it - rooms.cbegin()) &&
                m_plan->lineOfSight(it->storey, p, it->centre)) {
                best = d;
                spot = p;
            }
        }
    }
    if (it->storey != m_walker.storey()) {
        m_walker.goToStorey(it->storey);
        // (the fade starts with the first step)
        for (int i = 0; i < 100 && (m_walker.storey() != it->storey || m_walker.transition() > 0); ++i)
            m_walker.step(0.05);
    }
    if (!m_walker.walkToPlan(spot))
        return false;
    for (int i = 0; i < 4000 && m_walker.gliding(); ++i)
        m_walker.step(0.05);
    // Turn to face the room's middle, eyes 8 degrees down (look() takes pixels of drag).
    const QPointF at = m_walker.planPosition();
    const double yaw = qRadiansToDegrees(std::atan2(it->centre.x() - at.x(), it->centre.y() - at.y()));
    double turn = std::fmod(yaw - m_walker.yaw() + 540.0, 360.0) - 180.0;
    const double perPixel = interior::WalkController::kLookDegreesPerPixel;
    m_walker.look(turn / perPixel, (-8 - m_walker.pitch()) / perPixel);
    return true;
}

QStringList UnitVisit::roomIds() const
{
    QStringList ids;
    if (m_plan)
        for (const interior::WalkPlan::Room &room : m_plan->rooms())
            ids << room.id;
    return ids;
}

QStringList UnitVisit::roomNames() const
{
    QStringList names;
    if (m_plan)
        for (const interior::WalkPlan::Room &room : m_plan->rooms())
            names << room.name;
    return names;
}

bool UnitVisit::goToRoom(const QString &room)
{
    if (!m_plan || !inside())
        return false;
    for (const interior::WalkPlan::Room &r : m_plan->rooms()) {
        if (r.id.compare(room, Qt::CaseInsensitive) != 0 && r.name.compare(room, Qt::CaseInsensitive) != 0)
            continue;
        if (r.storey != m_walker.storey())
            m_walker.goToStorey(r.storey);
        return m_walker.walkToPlan(r.centre);
    }
    return false;
}

} // namespace showroom::shell
