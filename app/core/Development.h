// The development on show, as QML sees it: its facts as properties and its lists as models.
// One instance lives for the whole run; setData() swaps in a newly loaded manifest (all models reset),
// so a failed reload simply never calls it and the previous development stays.
#pragma once

#include "core/BuildingModel.h"
#include "core/DevelopmentData.h"
#include "core/PointOfInterestModel.h"
#include "core/StageModel.h"
#include "core/StageRules.h"
#include "core/UnitModel.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {

class Development : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Development is provided by the application")

    Q_PROPERTY(bool loaded READ isLoaded NOTIFY developmentChanged)
    Q_PROPERTY(QString developmentId READ developmentId NOTIFY developmentChanged)
    Q_PROPERTY(QString name READ name NOTIFY developmentChanged)
    Q_PROPERTY(QString address READ address NOTIFY developmentChanged)
    Q_PROPERTY(QString description READ description NOTIFY developmentChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY developmentChanged)
    Q_PROPERTY(QDate completionDate READ completionDate NOTIFY developmentChanged)
    Q_PROPERTY(bool hasLocation READ hasLocation NOTIFY developmentChanged)
    Q_PROPERTY(double latitude READ latitude NOTIFY developmentChanged)
    Q_PROPERTY(double longitude READ longitude NOTIFY developmentChanged)
    Q_PROPERTY(double northAngle READ northAngle NOTIFY developmentChanged)
    Q_PROPERTY(QString packageDir READ packageDir NOTIFY developmentChanged)
    Q_PROPERTY(QString modelPath READ modelPath NOTIFY developmentChanged)
    Q_PROPERTY(QUrl modelUrl READ modelUrl NOTIFY developmentChanged)
    Q_PROPERTY(int unitCount READ unitCount NOTIFY developmentChanged)
    Q_PROPERTY(int availableCount READ availableCount NOTIFY availableCountChanged)
    Q_PROPERTY(showroom::core::UnitModel *units READ units CONSTANT)
    Q_PROPERTY(showroom::core::BuildingModel *buildings READ buildings CONSTANT)
    Q_PROPERTY(showroom::core::StageModel *stages READ stages CONSTANT)
    Q_PROPERTY(showroom::core::PointOfInterestModel *pointsOfInterest READ pointsOfInterest CONSTANT)
    Q_PROPERTY(showroom::core::CameraPresetModel *cameraPresets READ cameraPresets CONSTANT)
    Q_PROPERTY(showroom::core::FinishPaletteModel *finishPalettes READ finishPalettes CONSTANT)

public:
    explicit Development(QObject *parent = nullptr);
    ~Development() override;

    // Applies a loaded manifest (GUI thread). Resets every model, then emits developmentChanged().
    void setData(DevelopmentData data);
    // Sales statuses changed while the development is on show (set centrally, app/sync): the units named
    // (id -> status) take them in place — no model reset, the unit list's rows emit dataChanged, then
    // unitStatusesChanged(the ids that changed). Returns those ids with their status before.
    QHash<QString, UnitStatus> setUnitStatuses(const QHash<QString, UnitStatus> &statuses);
    const DevelopmentData &data() const { return *m_data; }
    const StageRules &stageRules() const { return m_stageRules; }
    // Locale for prices and areas (default: the application's default locale at construction).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    bool isLoaded() const { return m_loaded; }
    QString developmentId() const { return m_data->development.id; }
    QString name() const { return m_data->development.name; }
    QString address() const { return m_data->development.address; }
    QString description() const { return m_data->development.description; }
    QString currency() const { return m_data->development.currency; }
    QDate completionDate() const { return m_data->development.completion; }
    bool hasLocation() const { return m_data->development.hasLocation; }
    double latitude() const { return m_data->development.latitude; }
    double longitude() const { return m_data->development.longitude; }
    double northAngle() const { return m_data->development.northAngle; }
    QString packageDir() const { return m_data->packageDir; }
    QString modelPath() const { return m_data->modelPath; }
    QUrl modelUrl() const;
    int unitCount() const { return int(m_data->units.size()); }
    int availableCount() const { return m_availableCount; }

    UnitModel *units() const { return m_units; }
    BuildingModel *buildings() const { return m_buildings; }
    StageModel *stages() const { return m_stages; }
    PointOfInterestModel *pointsOfInterest() const { return m_pointsOfInterest; }
    CameraPresetModel *cameraPresets() const { return m_cameraPresets; }
    FinishPaletteModel *finishPalettes() const { return m_finishPalettes; }

    Q_INVOKABLE bool hasUnit(const QString &unitId) const { return m_unitRowById.contains(unitId); }
    // The unit's facts by role name (see UnitModel), empty map if unknown.
    Q_INVOKABLE QVariantMap unit(const QString &unitId) const;
    // Id of the unit whose manifest `node` is exactly nodeName, empty if none. Callers walking a picked
    // node up its ancestors stop at the first non-empty answer.
    Q_INVOKABLE QString unitIdForNode(const QString &nodeName) const;
    // Stage id for a node (own name, else nearest ancestor: parent first), empty if none matches.
    Q_INVOKABLE QString stageForNode(const QString &nodeName, const QStringList &ancestors = {}) const;
    // A price in the development's currency, e.g. "€385,000".
    Q_INVOKABLE QString formatPrice(double amount) const;
    // A floor as the buyer reads it: the manifest's name for it, else "Ground floor", "3rd floor" ….
    Q_INVOKABLE QString floorLabel(const QString &buildingId, int level) const;

signals:
    void developmentChanged();
    void unitStatusesChanged(const QStringList &unitIds); // after setUnitStatuses(); not on setData()
    void availableCountChanged();

private:
    void applyToModels();
    void countAvailable();

    DevelopmentDataPtr m_data;
    StageRules m_stageRules;
    QLocale m_locale;
    bool m_loaded = false;
    int m_availableCount = 0;
    QHash<QString, int> m_unitRowById;
    QHash<QString, int> m_unitRowByNode;
    UnitModel *m_units;
    BuildingModel *m_buildings;
    StageModel *m_stages;
    PointOfInterestModel *m_pointsOfInterest;
    CameraPresetModel *m_cameraPresets;
    FinishPaletteModel *m_finishPalettes;
};

} // namespace showroom::core
