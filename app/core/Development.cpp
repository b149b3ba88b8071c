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
    m_availableCount = 0;
    for (int i = 0; i < shared->units.size(); ++i) {
        const Unit &u = shared->units[i];
        m_unitRowById.insert(u.id, i);
        if (!u.node.isEmpty())
            m_unitRowByNode.insert(u.node, i);
        if (u.status == UnitStatus::Available)
            ++m_availableCount;
    }
    m_stageRules = StageRules(shared->stages);
    m_data = std::move(shared);
    m_loaded = true;
    applyToModels();
    emit developmentChanged();
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
