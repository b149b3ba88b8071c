// The site of a development, ready for a View3D: loads the model off the GUI thread (Assimp import +
// batching on a QtConcurrent worker), then turns each batch into a BatchGeometry (and repeated meshes
// into a BatchInstancing) on the GUI thread. Each row is one draw call; a QML Repeater3D makes one
// Model per row. Rows that belong to a unit carry its id so picking any of them selects the unit.
#pragma once

#include "scene/BuildingIndex.h"
#include "scene/SiteRequest.h"

#include <QAbstractListModel>
#include <QColor>
#include <QFutureWatcher>
#include <QHash>
#include <QMatrix4x4>
#include <QUrl>
#include <QVariantList>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace showroom::scene {

class BatchGeometry;
class BatchInstancing;
struct PreparedSite;

class SiteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(qreal progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(QString modelFile READ modelFile NOTIFY statusChanged)
    Q_PROPERTY(QVector3D boundsMin READ boundsMin NOTIFY statusChanged)
    Q_PROPERTY(QVector3D boundsMax READ boundsMax NOTIFY statusChanged)
    // Bounds of the buildings alone (the units, or everything if no unit was found): what the camera frames.
    Q_PROPERTY(QVector3D buildingsMin READ buildingsMin NOTIFY statusChanged)
    Q_PROPERTY(QVector3D buildingsMax READ buildingsMax NOTIFY statusChanged)
    Q_PROPERTY(int drawCalls READ rowCount NOTIFY statusChanged)
    Q_PROPERTY(qint64 triangleCount READ triangleCount NOTIFY statusChanged)
    Q_PROPERTY(QStringList unitIds READ unitIds NOTIFY statusChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY statusChanged)
    // Stages whose geometry is shown; empty = all. Geometry of no stage is always shown.
    Q_PROPERTY(
        QStringList visibleStages READ visibleStages WRITE setVisibleStages NOTIFY visibleStagesChanged)

public:
    enum Status
    {
        Null,
        Loading,
        Ready,
        Error
    };
    Q_ENUM(Status)

    enum Role
    {
        GeometryRole = Qt::UserRole + 1,
        InstancingRole,
        BaseColorRole,
        MetallicRole,
        RoughnessRole,
        EmissiveRole,
        OpacityRole,
        TextureRole,
        DoubleSidedRole,
        UnitIdRole,
        StageRole,
        TriangleCountRole,
        VisibleRole,    // false when the row's stage is hidden by visibleStages
        FlatRole,       // less than 30 cm tall (ground, paths): casting shadows would be wasted work
        HoldsUnitsRole, // all units of a stage: material and unit number per vertex (see unitNumber)
        GlazingRole,    // see-through: its material is not opaque or is named Glass* / Glazing*
        MaterialNameRole, // the model's material name (Finish_<class>: a surface finish palettes recolour)
    };

    explicit SiteModel(QObject *parent = nullptr);
    ~SiteModel() override;

    // Starts loading; what is shown stays until the new site is ready, and stays for good if the load
    // fails (status Error, errorString names the file, rows/units/bounds untouched). Returns at once.
    void load(const SiteRequest &request);
    // Blocks until the current load has finished (tests, --screenshot). False on timeout.
    bool waitForFinished(int timeoutMs);

    Status status() const { return m_status; }
    qreal progress() const { return m_progress; }
    QString errorString() const { return m_error; }
    QString modelFile() const { return m_request.modelFile; }
    QVector3D boundsMin() const { return m_boundsMin; }
    QVector3D boundsMax() const { return m_boundsMax; }
    QVector3D buildingsMin() const { return m_buildingsMin; }
    QVector3D buildingsMax() const { return m_buildingsMax; }
    qint64 triangleCount() const { return m_triangles; }
    QStringList unitIds() const; // sorted
    QStringList warnings() const { return m_warnings; }
    QStringList visibleStages() const { return m_visibleStages; }
    void setVisibleStages(const QStringList &stages);
    // Longest single step the last load() ran on the GUI thread, in ms (tests, benchmarks): the import
    // and buffer packing run on a worker, the Qt Quick objects are made in time-boxed slices.
    double longestGuiStepMs() const { return m_longestStepMs; }

    // World-space centre / extent of a unit's geometry (zero vectors if the unit has none).
    Q_INVOKABLE QVector3D unitCenter(const QString &unitId) const;
    Q_INVOKABLE QVector3D unitSize(const QString &unitId) const;
    Q_INVOKABLE bool hasUnit(const QString &unitId) const { return m_unitBounds.contains(unitId); }
    Q_INVOKABLE bool isStageVisible(const QString &stage) const;
    // Rows with holdsUnits draw many units: a unit's 1-based number in their vertices (0 if none), and
    // the unit drawn at a picked point (its scene position and normal), "" if none.
    Q_INVOKABLE int unitNumber(const QString &unitId) const;
    const QHash<QString, int> &unitNumbers() const { return m_unitNumbers; } // id -> number, as above
    Q_INVOKABLE QString unitAtPoint(QVector3D scenePosition, QVector3D sceneNormal) const;

    // Buildings and floors of the shown site, from its units' boxes and the request's unitPlaceById
    // (framing a building, the floor cut-away). Unknown ids: zero vectors, empty lists, NaN, "".
    Q_INVOKABLE QVector3D buildingBoundsMin(const QString &buildingId) const;
    Q_INVOKABLE QVector3D buildingBoundsMax(const QString &buildingId) const;
    Q_INVOKABLE QVariantList floorsOf(const QString &buildingId) const;               // ascending ints
    Q_INVOKABLE QStringList unitsOnFloor(const QString &buildingId, int floor) const; // sorted
    Q_INVOKABLE qreal floorTop(const QString &buildingId, int floor) const;    // highest Y of its units
    Q_INVOKABLE qreal floorBottom(const QString &buildingId, int floor) const; // lowest Y of its units
    // The building drawn at a point (its units' box grown 1.5 m sideways and 6 m up), "" if none.
    Q_INVOKABLE QString buildingAtPoint(QVector3D scenePosition) const;
    Q_INVOKABLE QString buildingOfUnit(const QString &unitId) const;
    // Where a unit's node stands in the world (an interior is placed with it; identity if unknown), and
    // the centre of its balcony or terrace node's box (hasBalcony false: the model has none).
    Q_INVOKABLE QMatrix4x4 unitTransform(const QString &unitId) const { return m_unitTransforms.value(unitId); }
    Q_INVOKABLE bool hasBalcony(const QString &unitId) const { return m_balconyCentres.contains(unitId); }
    Q_INVOKABLE QVector3D balconyCentre(const QString &unitId) const { return m_balconyCentres.value(unitId); }
    // Each building's box (min, max), for the camera to keep out of.
    QList<QPair<QVector3D, QVector3D>> buildingBoxes() const { return m_buildingIndex.buildingBoxes(); }
    const BuildingIndex &buildingIndex() const { return m_buildingIndex; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void statusChanged();
    void progressChanged();
    void visibleStagesChanged();
    // Emitted once per load when the geometry exists on the GUI thread (status is Ready or Error).
    void loaded();

private:
    struct Row
    {
        BatchGeometry *geometry = nullptr;
        BatchInstancing *instancing = nullptr;
        QColor baseColor;
        float metallic = 0;
        float roughness = 1;
        QColor emissive;
        float opacity = 1;
        QUrl texture;
        bool doubleSided = false;
        QString unitId;
        QString stage;
        qint64 triangles = 0;
        bool flat = false;
        bool holdsUnits = false;
        bool glazing = false;
        QString materialName;
    };

    // The new site being turned into rows on the GUI thread, a slice per event-loop turn; swapped in
    // for the shown one when complete.
    struct Pending
    {
        std::shared_ptr<PreparedSite> site;
        QHash<QString, UnitPlace> unitPlaces; // of the request that made it
        std::size_t next = 0;                 // next batch of site->batches
        std::vector<Row> rows;
        QHash<QString, std::pair<QVector3D, QVector3D>> unitBounds;
        QVector3D boundsMin, boundsMax, buildingsMin, buildingsMax;
        bool anyBounds = false, anyBuilding = false;
        qint64 triangles = 0;
    };

    void setProgress(qreal progress);
    void finish();
    void buildSlice();
    void swapInPending();
    void discardPending();
    void clear();
    void noteStep(qint64 nsecs);

    SiteRequest m_request;
    Status m_status = Null;
    qreal m_progress = 0;
    QString m_error;
    QStringList m_warnings;
    std::vector<Row> m_rows;
    QHash<QString, std::pair<QVector3D, QVector3D>> m_unitBounds;
    QHash<QString, int> m_unitNumbers;
    QHash<QString, QMatrix4x4> m_unitTransforms;
    QHash<QString, QVector3D> m_balconyCentres;
    BuildingIndex m_buildingIndex;
    QVector3D m_boundsMin, m_boundsMax, m_buildingsMin, m_buildingsMax;
    qint64 m_triangles = 0;
    QStringList m_visibleStages;
    std::unique_ptr<QFutureWatcher<std::shared_ptr<PreparedSite>>> m_watcher;
    std::unique_ptr<Pending> m_pending;
    quint64 m_generation = 0; // bumped by load(): slices queued for an older load do nothing
    double m_longestStepMs = 0;
};

} // namespace showroom::scene
