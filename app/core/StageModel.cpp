#include "core/StageModel.h"

#include "core/StageRules.h"

#include <QCoreApplication>

namespace showroom::core {

namespace {
QString stateKey(StageProgress p)
{
    switch (p) {
    case StageProgress::Done:
        return QStringLiteral("done");
    case StageProgress::InProgress:
        return QStringLiteral("inProgress");
    case StageProgress::Planned:
        break;
    }
    return QStringLiteral("planned");
}

QString stateText(StageProgress p)
{
    switch (p) {
    case StageProgress::Done:
        return QCoreApplication::translate("Stage", "Complete");
    case StageProgress::InProgress:
        return QCoreApplication::translate("Stage", "In progress");
    case StageProgress::Planned:
        break;
    }
    return QCoreApplication::translate("Stage", "Planned");
}
} // namespace

StageModel::StageModel(QObject *parent) : DevelopmentListModel(parent), m_referenceDate(QDate::currentDate())
{
}

QVariant StageModel::data(const QModelIndex &index, int role) const
{
    if (!validRow(index))
        return {};
    const Stage &s = development().stages.at(index.row());
    switch (role) {
    case StageIdRole:
        return s.id;
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case PlannedStartRole:
        return s.plannedStart;
    case PlannedEndRole:
        return s.plannedEnd;
    case ActualStartRole:
        return s.actualStart.isValid() ? QVariant(s.actualStart) : QVariant();
    case ActualEndRole:
        return s.actualEnd.isValid() ? QVariant(s.actualEnd) : QVariant();
    case StateRole:
        return stateKey(stageProgress(s, m_referenceDate));
    case StateTextRole:
        return stateText(stageProgress(s, m_referenceDate));
    case NodePatternsRole:
        return s.nodePatterns;
    default:
        return {};
    }
}

QHash<int, QByteArray> StageModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},       {StageIdRole, "stageId"},       {NameRole, "name"},
        {PlannedStartRole, "plannedStart"}, {PlannedEndRole, "plannedEnd"}, {ActualStartRole, "actualStart"},
        {ActualEndRole, "actualEnd"},       {StateRole, "state"},           {StateTextRole, "stateText"},
        {NodePatternsRole, "nodePatterns"},
    };
}

void StageModel::setReferenceDate(QDate date)
{
    if (!date.isValid() || date == m_referenceDate)
        return;
    m_referenceDate = date;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {StateRole, StateTextRole});
    emit referenceDateChanged();
    updateCurrentIndex();
}

int StageModel::currentIndex() const
{
    return m_currentIndex;
}

void StageModel::updateCurrentIndex()
{
    int current = -1;
    const auto &stages = development().stages;
    for (int i = 0; i < stages.size(); ++i) {
        if (stageProgress(stages[i], m_referenceDate) != StageProgress::Planned)
            current = i;
    }
    if (current != m_currentIndex) {
        m_currentIndex = current;
        emit currentIndexChanged();
    }
}

int StageModel::indexOfStage(const QString &stageId) const
{
    const auto &stages = development().stages;
    for (int i = 0; i < stages.size(); ++i) {
        if (stages[i].id == stageId)
            return i;
    }
    return -1;
}

QString StageModel::stateOf(const QString &stageId) const
{
    const int i = indexOfStage(stageId);
    return i < 0 ? QString() : stateKey(stageProgress(development().stages[i], m_referenceDate));
}

} // namespace showroom::core
