// Construction stages for QML, each with where it stands on `referenceDate` (today unless set):
// "done", "inProgress" or "planned" (rules: core/StageRules.h).
#pragma once

#include "core/DevelopmentListModel.h"

#include <QDate>

namespace showroom::core {

class StageModel : public showroom::core::DevelopmentListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StageModel is provided by Development.stages")
    Q_PROPERTY(QDate referenceDate READ referenceDate WRITE setReferenceDate RESET resetReferenceDate NOTIFY
                   referenceDateChanged)
    // Index of the last stage that is done or in progress on referenceDate, -1 before any started.
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentIndexChanged)

public:
    enum Role
    {
        StageIdRole = Qt::UserRole + 1, // "stageId"
        NameRole,
        PlannedStartRole,
        PlannedEndRole,
        ActualStartRole, // invalid date (undefined in QML) until work started
        ActualEndRole,
        StateRole,     // "done" | "inProgress" | "planned"
        StateTextRole, // "Complete" | "In progress" | "Planned"
        NodePatternsRole,
    };
    Q_ENUM(Role)

    explicit StageModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QDate referenceDate() const { return m_referenceDate; }
    void setReferenceDate(QDate date);
    void resetReferenceDate() { setReferenceDate(QDate::currentDate()); }
    int currentIndex() const;

    Q_INVOKABLE int indexOfStage(const QString &stageId) const;
    // "done" | "inProgress" | "planned" for that stage on referenceDate; empty if unknown.
    Q_INVOKABLE QString stateOf(const QString &stageId) const;

signals:
    void referenceDateChanged();
    void currentIndexChanged();

protected:
    int itemCount(const DevelopmentData &data) const override { return int(data.stages.size()); }
    void applied() override { updateCurrentIndex(); }

private:
    QDate m_referenceDate;
    int m_currentIndex = -1;
    void updateCurrentIndex();
};

} // namespace showroom::core
