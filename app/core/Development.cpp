#include "core/Development.h"

#include "core/DisplayText.h"

namespace showroom::core {

Development::Development(QObject *parent)
    : QObject(parent), m_data(std::make_shared<DevelopmentData>()), m_units(new UnitModel(this)),
      m_buildings(new BuildingModel(this)), m_stages(new StageModel(this)),
      m_pointsOfInterest(new PointOfInterestModel(this)), m_cameraPresets(new CameraPresetModel(this)),
      m_finishPalettes(new FinishPaletteModel(this))
{
}

Development::~Development() = default;

void Development::setData(DevelopmentData data)
{
    auto shared = std::make_shared<DevelopmentData>(std::move(data));
    m_unitRowById.clear();
    m_unitRowByNode.clear();
    for (int i = 0; i < shared->units.size(); ++i) {
        const Unit &u = shared->units[i];
        m_unitRowById.insert(u.id, i);
        if (!u.node.isEmpty())
            m_unitRowByNode.insert(u.node, i);
    }
    m_stageRules = StageRules(shared->stages);
    m_data = std::move(shared);
    m_loaded = true;
    countAvailable();
    applyToModels();
    emit developmentChanged();
    emit availableCountChanged();
}

QHash<QString, UnitStatus> Development::setUnitStatuses(const QHash<QString, UnitStatus> &statuses)
{
    QHash<QString, UnitStatus> before;
    auto next = std::make_shared<DevelopmentData>(*m_data); // the models share snapshots: never edit one
    QList<int> rows;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        const int row = m_unitRowById.value(it.key(), -1);
        if (row < 0 || next->units[row].status == it.value())
            continue;
        before.insert(it.key(), next->units[row].status);
        next->units[row].status = it.value();
        rows.append(row);
    }
    if (rows.isEmpty())
        return before;
    m_data = std::move(next);
    const int available = m_availableCount;
    countAvailable();
    // Same rows, same order: each model takes the new snapshot without a reset (views keep their place).
    m_units->updateDevelopmentData(m_data, rows);
    for (DevelopmentListModel *m : std::initializer_list<DevelopmentListModel *>{
             m_buildings, m_stages, m_pointsOfInterest, m_cameraPresets, m_finishPalettes})
        m->updateDevelopmentData(m_data, {});
    emit unitStatusesChanged(before.keys());
    if (available != m_availableCount)
        emit availableCountChanged();
    return before;
}

void Development::countAvailable()
{
    m_availableCount = 0;
    for (const Unit &u : m_data->units)
        m_availableCount += u.status == UnitStatus::Available ? 1 : 0;
}

void Development::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    applyToModels();
    emit developmentChanged();
}

void Development::applyToModels()
{
    m_units->setDevelopmentData(m_data, m_locale);
    m_buildings->setDevelopmentData(m_data, m_locale);
    m_stages->setDevelopmentData(m_data, m_locale);
    m_pointsOfInterest->setDevelopmentData(m_data, m_locale);
    m_cameraPresets->setDevelopmentData(m_data, m_locale);
    m_finishPalettes->setDevelopmentData(m_data, m_locale);
}

QUrl Development::modelUrl() const
{
    return m_data->modelPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_data->modelPath);
}

QVariantMap Development::unit(const QString &unitId) const
{
    return m_units->unit(unitId);
}

QString Development::unitIdForNode(const QString &nodeName) const
{
    const auto it = m_unitRowByNode.constFind(nodeName);
    return it == m_unitRowByNode.constEnd() ? QString() : m_data->units.at(*it).id;
}

QString Development::stageForNode(const QString &nodeName, const QStringList &ancestors) const
{
    return m_stageRules.stageForNode(nodeName, ancestors);
}

QString Development::formatPrice(double amount) const
{
    return core::formatPrice(amount, m_data->development.currency, m_locale);
}

QString Development::floorLabel(const QString &buildingId, int level) const
{
    return core::floorLabel(*m_data, buildingId, level);
}

} // namespace showroom::core
