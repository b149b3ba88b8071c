#include "shell/ConstructionTimeline.h"
#include "shell/QmlSingletons.h"

#include "core/Development.h"
#include "scene/SiteModel.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace showroom::shell {

namespace {
constexpr double Everything = 1e9;
constexpr double Nothing = -1e9;
} // namespace

ConstructionTimeline *ConstructionTimeline::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<ConstructionTimeline>::create(engine, scriptEngine);
}

ConstructionTimeline::ConstructionTimeline(core::Development *development, scene::SiteModel *site,
                                           QObject *parent)
    : QObject(parent), m_development(development), m_site(site), m_today(QDate::currentDate())
{
    connect(development, &core::Development::developmentChanged, this, [this] {
        rebuild();
        showFirstView();
    });
    // The rising height follows the buildings' height, known once the site has loaded.
    connect(site, &scene::SiteModel::loaded, this, &ConstructionTimeline::apply);
    rebuild();
    showFirstView();
}

void ConstructionTimeline::rebuild()
{
    const QList<core::Stage> &stages = m_development->data().stages;
    m_first = core::firstStageStart(stages, m_today);
    const QDate lastEnd = core::lastStageEnd(stages, m_today);
    m_completion = m_development->data().development.completion;
    if (!m_completion.isValid())
        m_completion = lastEnd;
    m_last = lastEnd.isValid() && (!m_completion.isValid() || lastEnd > m_completion) ? lastEnd : m_completion;
    if (m_first.isValid() && m_last.isValid() && m_first >= m_last)
        m_last = m_first.addDays(1);
    emit scheduleChanged();
}

void ConstructionTimeline::setToday(QDate today)
{
    if (!today.isValid() || today == m_today)
        return;
    m_today = today;
    rebuild();
    apply();
}

void ConstructionTimeline::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    apply();
}

void ConstructionTimeline::showFirstView()
{
    // What visitors see first is the manifest's choice: the finished development (default) or today.
    if (m_development->data().development.firstView == QLatin1String("today"))
        showToday();
    else
        showFinished();
}

void ConstructionTimeline::showFinished()
{
    // The day after the last day of work: everything done.
    const QDate end = core::lastStageEnd(m_development->data().stages, m_today);
    setDate(end.isValid() ? std::max(end.addDays(1), m_completion.isValid() ? m_completion : end.addDays(1))
                          : m_today);
}

bool ConstructionTimeline::showStageEnd(const QString &stageId)
{
    for (const core::Stage &stage : m_development->data().stages) {
        if (stage.id == stageId) {
            const QDate end = core::stageWindow(stage, m_today).end;
            if (!end.isValid())
                return false;
            setDate(end.addDays(1));
            return true;
        }
    }
    return false;
}

bool ConstructionTimeline::finished() const
{
    for (const core::Stage &stage : m_development->data().stages)
        if (core::stageProgressAt(stage, m_date, m_today) < 1)
            return false;
    return true;
}

QStringList ConstructionTimeline::shownStages() const
{
    QStringList ids;
    for (const core::Stage &stage : m_development->data().stages)
        if (core::stageProgressAt(stage, m_date, m_today) > 0)
            ids << stage.id;
    return ids;
}

double ConstructionTimeline::progressOf(const QString &stageId) const
{
    for (const core::Stage &stage : m_development->data().stages)
        if (stage.id == stageId)
            return core::stageProgressAt(stage, m_date, m_today);
    return 0;
}

double ConstructionTimeline::riseHeightOf(const QString &stageId) const
{
    if (stageId.isEmpty())
        return Everything;
    const auto &stages = m_development->data().stages;
    const auto it = std::find_if(stages.cbegin(), stages.cend(),
                                 [&](const core::Stage &s) { return s.id == stageId; });
    if (it == stages.cend())
        return Everything;
    const double progress = core::stageProgressAt(*it, m_date, m_today);
    if (progress >= 1)
        return Everything;
    if (progress <= 0)
        return Nothing;
    // Whole storeys of the buildings' height: the storey under way is the top one drawn, never the roof.
    const double bottom = m_site ? m_site->buildingsMin().y() : 0, top = m_site ? m_site->buildingsMax().y() : 0;
    const int storeys = std::max(1, int(std::ceil((top - bottom) / StoreyHeight)));
    const int built = std::clamp(int(std::floor(progress * storeys)) + 1, 1, storeys);
    return bottom + std::min(double(built) * StoreyHeight, (top - bottom) - 0.5);
}

QVariantList ConstructionTimeline::stages() const
{
    QVariantList list;
    for (const core::Stage &stage : m_development->data().stages) {
        const core::StageWindow w = core::stageWindow(stage, m_today);
        const double progress = core::stageProgressAt(stage, m_date, m_today);
        list << QVariantMap{{QStringLiteral("stageId"), stage.id},
                            {QStringLiteral("name"), stage.name},
                            {QStringLiteral("start"), w.start},
                            {QStringLiteral("end"), w.end},
                            {QStringLiteral("plannedStart"), stage.plannedStart},
                            {QStringLiteral("plannedEnd"), stage.plannedEnd},
                            {QStringLiteral("progress"), progress},
                            {QStringLiteral("state"), progress >= 1  ? QStringLiteral("done")
                                                      : progress > 0 ? QStringLiteral("inProgress")
                                                                     : QStringLiteral("planned")},
                            {QStringLiteral("late"), w.late},
                            {QStringLiteral("startPosition"), positionOf(w.start)},
                            {QStringLiteral("endPosition"), positionOf(w.end)},
                            {QStringLiteral("daysLate"), w.daysLate}};
    }
    return list;
}

QString ConstructionTimeline::dateText() const
{
    return m_development->locale().toString(m_date, QStringLiteral("d MMMM yyyy"));
}

QString ConstructionTimeline::completionText() const
{
    return m_completion.isValid() ? m_development->locale().toString(m_completion, QStringLiteral("d MMMM yyyy"))
                                  : QString();
}

QVariantList ConstructionTimeline::yearMarks() const
{
    QVariantList marks;
    if (!m_first.isValid() || !m_last.isValid())
        return marks;
    for (int year = m_first.year(); year <= m_last.year(); ++year) {
        const QDate jan(year, 1, 1);
        marks << QVariantMap{{QStringLiteral("year"), year},
                             {QStringLiteral("position"), positionOf(std::max(jan, m_first))}};
    }
    return marks;
}

double ConstructionTimeline::positionOf(QDate date) const
{
    if (!m_first.isValid() || !m_last.isValid() || !date.isValid())
        return 0;
    return std::clamp(double(m_first.daysTo(date)) / double(m_first.daysTo(m_last)), 0.0, 1.0);
}

QDate ConstructionTimeline::dateAt(double position) const
{
    if (!m_first.isValid() || !m_last.isValid())
        return m_today;
    return m_first.addDays(qint64(std::llround(std::clamp(position, 0.0, 1.0) * double(m_first.daysTo(m_last)))));
}

void ConstructionTimeline::apply()
{
    if (m_site) {
        // (an empty list would mean every stage: before the first start, a stage no site has)
        const QStringList shown = shownStages();
        m_site->setVisibleStages(shown.isEmpty() ? QStringList{QStringLiteral("\u0001none")} : shown);
    }
    ++m_revision;
    emit dateChanged();
}

} // namespace showroom::shell
