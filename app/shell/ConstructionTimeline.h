// The development as of a date: which construction stages stand, which one is rising and how far, for
// the timeline page, the stills (--stage, --date) and the site stage. Finished stages are drawn as built,
// later ones hidden (SiteModel::visibleStages, no reload), and a stage in progress rises storey by storey
// with its progress (`riseHeight`: the stage's parts above it are not drawn; the units and site shaders
// do that), so it is never drawn as finished. Scrubbing only changes numbers: no import, no geometry.
#pragma once

#include "core/StageSchedule.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {
class Development;
}
namespace showroom::scene {
class SiteModel;
}

namespace showroom::shell {

class ConstructionTimeline : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Timeline)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QDate today READ today NOTIFY scheduleChanged)
    // The date axis: the first stage's start to the later of completion and the last stage's end.
    Q_PROPERTY(QDate firstDate READ firstDate NOTIFY scheduleChanged)
    Q_PROPERTY(QDate lastDate READ lastDate NOTIFY scheduleChanged)
    // The development's expected completion (the manifest's, else the last stage's end).
    Q_PROPERTY(QDate completionDate READ completionDate NOTIFY scheduleChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY dateChanged)
    Q_PROPERTY(bool showingToday READ showingToday NOTIFY dateChanged)
    // Stages that stand (done or begun) on `date`, manifest order.
    Q_PROPERTY(QStringList shownStages READ shownStages NOTIFY dateChanged)
    // Per stage, for the bands and the list: stageId, name, start, end (dates), plannedStart, plannedEnd,
    // progress (0..1 on `date`), state ("done", "inProgress", "planned"), late (bool), daysLate.
    Q_PROPERTY(QVariantList stages READ stages NOTIFY dateChanged)
    // For the page (QML has no QDate in 6.4's tooling): places on the axis 0..1 and texts in the
    // development's locale. Writing datePosition chooses the date at that place.
    Q_PROPERTY(qreal datePosition READ datePosition WRITE setDatePosition NOTIFY dateChanged)
    Q_PROPERTY(qreal todayPosition READ todayPosition NOTIFY scheduleChanged)
    Q_PROPERTY(qreal completionPosition READ completionPosition NOTIFY scheduleChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY dateChanged)             // "12 March 2026"
    Q_PROPERTY(QString completionText READ completionText NOTIFY scheduleChanged) // "30 November 2027"
    // One per year on the axis: {year, position}; stages' maps also carry startPosition, endPosition.
    Q_PROPERTY(QVariantList yearMarks READ yearMarks NOTIFY scheduleChanged)
    // Bumped on every change of what is drawn; QML bindings that call riseHeightOf() read it.
    Q_PROPERTY(int revision READ revision NOTIFY dateChanged)

public:
    static ConstructionTimeline *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    ConstructionTimeline(core::Development *development, scene::SiteModel *site, QObject *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date);
    QDate today() const { return m_today; }
    void setToday(QDate today); // tests and stills; the app uses the clock's date
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    QDate completionDate() const { return m_completion; }
    bool finished() const;
    bool showingToday() const { return m_date == m_today; }
    QStringList shownStages() const;
    QVariantList stages() const;
    int revision() const { return m_revision; }
    qreal datePosition() const { return positionOf(m_date); }
    void setDatePosition(qreal position) { setDate(dateAt(position)); }
    qreal todayPosition() const { return positionOf(m_today); }
    qreal completionPosition() const { return positionOf(m_completion); }
    QString dateText() const;
    QString completionText() const;
    QVariantList yearMarks() const;

    // How a stage's parts are drawn on `date`: everything (done, or no such stage: 1e9), nothing (not
    // begun: -1e9), or up to a world height (in progress: whole storeys of the buildings' height by its
    // progress; the storey being built is the top band).
    Q_INVOKABLE double riseHeightOf(const QString &stageId) const;
    // Progress of a stage on `date` (0..1; 0 for an unknown one).
    Q_INVOKABLE double progressOf(const QString &stageId) const;
    // The axis: a date's place 0..1 between firstDate and lastDate, and back (clamped, whole days).
    Q_INVOKABLE double positionOf(QDate date) const;
    Q_INVOKABLE QDate dateAt(double position) const;
    Q_INVOKABLE void showToday() { setDate(m_today); }
    Q_INVOKABLE void showFinished();
    // The manifest's development.firstView: "finished" (default) or "today".
    void showFirstView();
    // As of that stage's end (the day after its last day of work); false for an unknown stage.
    Q_INVOKABLE bool showStageEnd(const QString &stageId);

    static constexpr double StoreyHeight = 3.0; // metres a rising stage climbs per step

signals:
    void dateChanged();
    void scheduleChanged();

private:
    void rebuild();
    void apply();

    QPointer<core::Development> m_development;
    QPointer<scene::SiteModel> m_site;
    QDate m_date, m_today, m_first, m_last, m_completion;
    int m_revision = 0;
};

} // namespace showroom::shell
