#include "scene/SiteModel.h"

#include "scene/BatchGeometry.h"
#include "scene/BatchInstancing.h"
#include "scene/SitePreparation.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <limits>

namespace showroom::scene {

namespace {

// glTF colours are linear; QColor in a material is sRGB.
float toSrgb(float c)
{
    c = std::clamp(c, 0.0f, 1.0f);
    return c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
}

QColor srgbColor(float r, float g, float b, float a = 1.0f)
{
    return QColor::fromRgbF(toSrgb(r), toSrgb(g), toSrgb(b), std::clamp(a, 0.0f, 1.0f));
}

} // namespace

SiteModel::SiteModel(QObject *parent) : QAbstractListModel(parent) {}

SiteModel::~SiteModel()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
    discardPending();
    clear();
}

void SiteModel::load(const SiteRequest &request)
{
    QElapsedTimer step;
    step.start();
    if (m_watcher) {
        // No waiting for it: an Assimp import cannot stop midway, and the worker only holds its own
        // copy of the request, so it finishes on its own and its result is dropped.
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher.reset();
    }
    discardPending();
    ++m_generation;
    m_longestStepMs = 0;
    // The shown site stays until the new one is complete: a failed load loses nothing.
    m_request = request;
    m_error.clear();
    m_status = Loading;
    setProgress(0);
    emit statusChanged();

    m_watcher = std::make_unique<QFutureWatcher<std::shared_ptr<PreparedSite>>>();
    connect(m_watcher.get(), &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { setProgress(value / 1000.0); });
    connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &SiteModel::finish);
    m_watcher->setFuture(QtConcurrent::run(&prepareSite, request));
    noteStep(step.nsecsElapsed());
}

bool SiteModel::waitForFinished(int timeoutMs)
{
    if (m_status != Loading)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &SiteModel::loaded, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    return m_status != Loading;
}

void SiteModel::finish()
{
    QElapsedTimer step;
    step.start();
    const QFuture<std::shared_ptr<PreparedSite>> future = m_watcher->future();
    std::shared_ptr<PreparedSite> site;
    if (future.resultCount() > 0)
        site = future.result();
    if (!site) {
        m_error = tr("%1: loading was cancelled").arg(m_request.modelFile);
    } else if (!site->error.isEmpty()) {
        m_error = site->error;
    } else if (site->batches.empty()) {
        m_error = tr("%1: the model contains no geometry").arg(m_request.modelFile);
    }
    if (!m_error.isEmpty()) {
        // Rows, units and bounds of the previous site stay: the error is about the new file only.
        m_status = Error;
        setProgress(1);
        emit statusChanged();
        emit loaded();
        noteStep(step.nsecsElapsed());
        return;
    }
    m_pending = std::make_unique<Pending>();
    m_pending->site = std::move(site);
    m_pending->unitPlaces = m_request.unitPlaceById;
    noteStep(step.nsecsElapsed());
    buildSlice();
}

void SiteModel::buildSlice()
{
    // GUI thread: Qt Quick 3D objects are created where their scene lives. The buffers were made on
    // the worker; what is left is cheap per batch but adds up on a large site, so it runs in slices
    // of a few milliseconds with the event loop turning in between (input, frames, timers).
    constexpr qint64 sliceNs = 8'000'000;
    QElapsedTimer step;
    step.start();
    Pending &p = *m_pending;
    auto grow = [](QVector3D &a, QVector3D &b, const QVector3D &mn, const QVector3D &mx, bool &any) {
        if (!any) {
            a = mn;
            b = mx;
            any = true;
            return;
        }
        a = QVector3D(std::min(a.x(), mn.x()), std::min(a.y(), mn.y()), std::min(a.z(), mn.z()));
        b = QVector3D(std::max(b.x(), mx.x()), std::max(b.y(), mx.y()), std::max(b.z(), mx.z()));
    };
    std::vector<PreparedBatch> &batches = p.site->batches;
    do {
        PreparedBatch &b = batches[p.next++];
        Row row;
        row.geometry = new BatchGeometry(b.geometry);
        row.geometry->setParent(this);
        if (b.instanceCount > 0) {
            row.instancing = new BatchInstancing(b.instances, b.instanceCount);
            row.instancing->setParent(this);
        }
        const importer::Material &m = b.material;
        row.baseColor = srgbColor(m.baseColor[0], m.baseColor[1], m.baseColor[2]);
        row.opacity = std::clamp(m.baseColor[3], 0.0f, 1.0f);
        row.metallic = m.metallic;
        row.roughness = m.roughness;
        row.emissive = srgbColor(m.emissive[0], m.emissive[1], m.emissive[2]);
        if (!m.baseColorTexture.isEmpty())
            row.texture = QUrl::fromLocalFile(m.baseColorTexture);
        row.doubleSided = m.doubleSided;
        // Architects rarely mark glass transparent in a model; its material's name says what it is.
        row.glazing = m.baseColor[3] < 0.99f || m.name.startsWith(QLatin1String("Glass"), Qt::CaseInsensitive) ||
                      m.name.startsWith(QLatin1String("Glazing"), Qt::CaseInsensitive);
        row.materialName = m.name;
        row.holdsUnits = b.holdsUnits;
        row.unitId = b.unitId;
        row.stage = b.stage;
        row.triangles = b.triangles;
        p.triangles += b.triangles;

        const QVector3D mn = b.worldMin, mx = b.worldMax;
        row.flat = mx.y() - mn.y() < 0.3f;
        grow(p.boundsMin, p.boundsMax, mn, mx, p.anyBounds);
        if (!row.unitId.isEmpty()) {
            grow(p.buildingsMin, p.buildingsMax, mn, mx, p.anyBuilding);
            auto it = p.unitBounds.find(row.unitId);
            if (it == p.unitBounds.end()) {
                p.unitBounds.insert(row.unitId, {mn, mx});
            } else {
                bool any = true;
                grow(it->first, it->second, mn, mx, any);
            }
        }
        p.rows.push_back(std::move(row));
        // The buffers now live (shared) in the geometry; drop this batch's copy of the references.
        b = PreparedBatch{};
    } while (p.next < batches.size() && step.nsecsElapsed() < sliceNs);

    if (p.next < batches.size()) {
        setProgress(0.95 + 0.05 * double(p.next) / double(batches.size()));
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation && m_pending)
                buildSlice();
        });
        noteStep(step.nsecsElapsed());
        return;
    }
    for (auto it = p.site->unitBounds.cbegin(); it != p.site->unitBounds.cend(); ++it) {
        if (!it->valid)
            continue;
        p.unitBounds.insert(it.key(), {it->min, it->max});
        grow(p.buildingsMin, p.buildingsMax, it->min, it->max, p.anyBuilding);
    }
    if (!p.anyBuilding) {
        p.buildingsMin = p.boundsMin;
        p.buildingsMax = p.boundsMax;
    }
    swapInPending();
    noteStep(step.nsecsElapsed());
}

void SiteModel::swapInPending()
{
    std::unique_ptr<Pending> p = std::move(m_pending);
    beginResetModel();
    clear();
    m_rows = std::move(p->rows);
    m_unitBounds = std::move(p->unitBounds);
    m_unitNumbers = p->site->unitNumbers;
    for (auto it = p->site->unitFrames.cbegin(); it != p->site->unitFrames.cend(); ++it) {
        m_unitTransforms.insert(it.key(), it->transform);
        if (it->hasBalcony)
            m_balconyCentres.insert(it.key(), it->balconyCentre);
    }
    m_buildingIndex = BuildingIndex(m_unitBounds, p->unitPlaces);
    m_warnings = p->site->warnings;
    m_boundsMin = p->boundsMin;
    m_boundsMax = p->boundsMax;
    m_buildingsMin = p->buildingsMin;
    m_buildingsMax = p->buildingsMax;
    m_triangles = p->triangles;
    endResetModel();
    m_status = Ready;
    setProgress(1);
    emit statusChanged();
    emit loaded();
}

void SiteModel::discardPending()
{
    if (!m_pending)
        return;
    for (Row &row : m_pending->rows) {
        delete row.geometry; // never handed out
        delete row.instancing;
    }
    m_pending.reset();
}

void SiteModel::noteStep(qint64 nsecs)
{
    m_longestStepMs = std::max(m_longestStepMs, double(nsecs) / 1e6);
}

void SiteModel::clear()
{
    for (Row &row : m_rows) {
        // Delegates may still reference these until the reset has propagated: delete later.
        if (row.geometry)
            row.geometry->deleteLater();
        if (row.instancing)
            row.instancing->deleteLater();
    }
    m_rows.clear();
    m_unitBounds.clear();
    m_unitNumbers.clear();
    m_unitTransforms.clear();
    m_balconyCentres.clear();
    m_buildingIndex = BuildingIndex();
    m_boundsMin = m_boundsMax = m_buildingsMin = m_buildingsMax = QVector3D();
    m_triangles = 0;
}

void SiteModel::setProgress(qreal progress)
{
    if (qFuzzyCompare(progress, m_progress))
        return;
    m_progress = progress;
    emit progressChanged();
}

void SiteModel::setVisibleStages(const QStringList &stages)
{
    if (stages == m_visibleStages)
        return;
    m_visibleStages = stages;
    emit visibleStagesChanged();
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {VisibleRole});
}

bool SiteModel::isStageVisible(const QString &stage) const
{
    return stage.isEmpty() || m_visibleStages.isEmpty() || m_visibleStages.contains(stage);
}

QStringList SiteModel::unitIds() const
{
    QStringList ids = m_unitBounds.keys();
    ids.sort();
    return ids;
}

QVector3D SiteModel::unitCenter(const QString &unitId) const
{
    const auto it = m_unitBounds.constFind(unitId);
    return it == m_unitBounds.constEnd() ? QVector3D() : (it->first + it->second) * 0.5f;
}

int SiteModel::unitNumber(const QString &unitId) const
{
    return m_unitNumbers.value(unitId, 0);
}

QString SiteModel::unitAtPoint(QVector3D scenePosition, QVector3D sceneNormal) const
{
    // The hit lies on the unit's surface; a few centimetres inside it, it is within the unit's own box.
    // Where boxes overlap (a balcony reaching over a neighbour's), the smallest box is the best guess.
    const QVector3D p = scenePosition - sceneNormal.normalized() * 0.05f;
    QString best;
    float bestVolume = std::numeric_limits<float>::max();
    for (auto it = m_unitBounds.cbegin(); it != m_unitBounds.cend(); ++it) {
        const QVector3D &mn = it->first, &mx = it->second;
        constexpr float slack = 0.02f;
        if (p.x() < mn.x() - slack || p.y() < mn.y() - slack || p.z() < mn.z() - slack ||
            p.x() > mx.x() + slack || p.y() > mx.y() + slack || p.z() > mx.z() + slack)
            continue;
        const QVector3D size = mx - mn;
        const float volume = size.x() * size.y() * size.z();
        if (volume < bestVolume || (volume == bestVolume && it.key() < best)) {
            bestVolume = volume;
            best = it.key();
        }
    }
    return best;
}

QVector3D SiteModel::unitSize(const QString &unitId) const
{
    const auto it = m_unitBounds.constFind(unitId);
    return it == m_unitBounds.constEnd() ? QVector3D() : it->second - it->first;
}

QVector3D SiteModel::buildingBoundsMin(const QString &buildingId) const
{
    return m_buildingIndex.buildingBox(buildingId).first;
}

QVector3D SiteModel::buildingBoundsMax(const QString &buildingId) const
{
    return m_buildingIndex.buildingBox(buildingId).second;
}

QVariantList SiteModel::floorsOf(const QString &buildingId) const
{
    QVariantList floors;
    for (int floor : m_buildingIndex.floorsOf(buildingId))
        floors << floor;
    return floors;
}

QStringList SiteModel::unitsOnFloor(const QString &buildingId, int floor) const
{
    return m_buildingIndex.unitsOnFloor(buildingId, floor);
}

qreal SiteModel::floorTop(const QString &buildingId, int floor) const
{
    return m_buildingIndex.floorTop(buildingId, floor);
}

qreal SiteModel::floorBottom(const QString &buildingId, int floor) const
{
    return m_buildingIndex.floorBottom(buildingId, floor);
}

QString SiteModel::buildingAtPoint(QVector3D scenePosition) const
{
    return m_buildingIndex.buildingAtPoint(scenePosition);
}

QString SiteModel::buildingOfUnit(const QString &unitId) const
{
    return m_buildingIndex.buildingOfUnit(unitId);
}

int SiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SiteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case GeometryRole:
        return QVariant::fromValue(static_cast<QObject *>(row.geometry));
    case InstancingRole:
        return QVariant::fromValue(static_cast<QObject *>(row.instancing));
    case BaseColorRole:
        return row.baseColor;
    case MetallicRole:
        return row.metallic;
    case RoughnessRole:
        return row.roughness;
    case EmissiveRole:
        return row.emissive;
    case OpacityRole:
        return row.opacity;
    case TextureRole:
        return row.texture;
    case DoubleSidedRole:
        return row.doubleSided;
    case UnitIdRole:
    case Qt::DisplayRole:
        return row.unitId;
    case StageRole:
        return row.stage;
    case TriangleCountRole:
        return row.triangles;
    case VisibleRole:
        return isStageVisible(row.stage);
    case FlatRole:
        return row.flat;
    case GlazingRole:
        return row.glazing;
    case MaterialNameRole:
        return row.materialName;
    case HoldsUnitsRole:
        return row.holdsUnits;
    default:
        return {};
    }
}

QHash<int, QByteArray> SiteModel::roleNames() const
{
    return {{GeometryRole, "geometry"},
            {InstancingRole, "instancing"},
            {BaseColorRole, "baseColor"},
            {MetallicRole, "metallic"},
            {RoughnessRole, "roughness"},
            {EmissiveRole, "emissive"},
            {OpacityRole, "opacity"},
            {TextureRole, "baseColorTexture"},
            {DoubleSidedRole, "doubleSided"},
            {UnitIdRole, "unitId"},
            {StageRole, "stage"},
            {TriangleCountRole, "triangleCount"},
            {VisibleRole, "stageVisible"},
            {FlatRole, "flat"},
            {HoldsUnitsRole, "holdsUnits"},
            {GlazingRole, "glazing"},
            {MaterialNameRole, "materialName"}};
}

} // namespace showroom::scene
