#include "dashboard/DashboardModel.h"

#include "core/Development.h"
#include "dashboard/ChartPainter.h"
#include "dashboard/DashboardReport.h"
#include "dashboard/DashboardTables.h"
#include "staff/AuditLog.h"
#include "telemetry/Database.h"

#include <QDateTime>
#include <QDir>
#include <QJSEngine>

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace showroom::dashboard {

namespace {

QPointer<DashboardModel> s_instance;

struct VisitorResult
{
    int generation = 0;
    VisitorPage page;
    QString error;
};

// The visitor page on the worker: the audit row first (nothing personal is shown unless it was written),
// then the page.
VisitorResult loadVisitor(const QString &databasePath, const QString &visitor, const QString &via,
                          const core::DevelopmentData &development, qint64 now, int generation)
{
    VisitorResult result;
    result.generation = generation;
    telemetry::sql::Connection db;
    telemetry::OpenOptions options;
    options.mode = telemetry::OpenOptions::ExistingOnly;
    const telemetry::OpenResult opened = telemetry::openDatabase(db, databasePath, options);
    if (!opened.ok) {
        result.error = opened.error;
        return result;
    }
    if (!staff::AuditLog::record(db, QString::fromLatin1(staff::action::kVisitorOpened), visitor,
                                 QStringLiteral("via %1").arg(via), &result.error))
        return result;
    if (!visitorPage(db, visitor, development, &result.page, &result.error, now))
        result.page.found = false;
    return result;
}

} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent), m_funnel(tables::funnelRoles(), this), m_units(tables::unitRoles(), this),
      m_visitors(tables::visitorRoles(), this), m_audit(tables::auditRoles(), this),
      m_timeline(tables::timelineRoles(), this)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("sr-dashboard"));
    m_units.sort(QStringLiteral("interest"), true);
    connect(&m_watcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        const Snapshot snapshot = m_watcher.result();
        if (m_watcher.property("generation").toInt() != m_generation)
            return; // overtaken by a newer refresh
        applySnapshot(snapshot);
        setBusy(false);
        emit refreshed();
    });
}

DashboardModel::~DashboardModel()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void DashboardModel::provide(DashboardModel *instance)
{
    s_instance = instance;
}

DashboardModel *DashboardModel::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        qFatal("showroom: QML asked for Dashboard before ShowroomServices::publish()");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void DashboardModel::setDevelopment(core::Development *development)
{
    m_development = development;
}

qint64 DashboardModel::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

SnapshotRequest DashboardModel::request() const
{
    SnapshotRequest r;
    r.databasePath = m_databasePath;
    r.nowUtcMs = m_now ? m_now() : 0;
    const qint64 today = now();
    r.range.toUtcMs = today;
    r.range.fromUtcMs = today - qint64(std::max(1, m_rangeDays) - 1) * 86'400'000;
    r.range.device = m_device;
    if (m_development)
        r.development = m_development->data();
    if (m_boxes)
        r.buildingBoxes = m_boxes();
    r.roomPlanImport = m_roomPlanImport;
    return r;
}

void DashboardModel::refresh()
{
    if (m_databasePath.isEmpty())
        return;
    setBusy(true);
    m_watcher.setProperty("generation", ++m_generation);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &loadSnapshot, request()));
}

void DashboardModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void DashboardModel::applySnapshot(const Snapshot &snapshot)
{
    m_snapshot = snapshot;
    const QLocale locale;
    m_heat.clear();
    m_heatColours.clear();
    for (const UnitInterest &u : snapshot.units.units) {
        m_heat.insert(u.unitId, u.heat);
        m_heatColours.insert(u.unitId, heatColour(u.heat));
    }
    m_funnel.setRows(tables::funnelRows(snapshot.overview.total.funnel, locale));
    m_units.setRows(tables::unitRows(snapshot.units.units, locale));
    m_audit.setRows(tables::auditRows(snapshot.audit, locale));
    fillVisitors();
    if (!unitTypes().contains(m_unitType))
        m_unitType = unitTypes().value(0);
    emit snapshotChanged();
    emit unitTypeChanged();
}

void DashboardModel::fillVisitors()
{
    const VisitorList &list =
        m_visitorSort == QLatin1String("last") ? m_snapshot.visitorsByLastVisit : m_snapshot.visitorsByScore;
    m_visitors.setRows(tables::visitorRows(list.rows, QLocale(), now()));
}

QString DashboardModel::asOfText() const
{
    if (m_snapshot.asOfUtcMs <= 0)
        return QString();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_snapshot.asOfUtcMs).toLocalTime();
    return tr("As of %1").arg(QLocale().toString(at, QStringLiteral("d MMM yyyy, HH:mm")));
}

void DashboardModel::setRangeDays(int days)
{
    days = std::clamp(days, 1, 3660);
    if (days == m_rangeDays)
        return;
    m_rangeDays = days;
    emit rangeChanged();
    refresh();
}

QString DashboardModel::rangeText() const
{
    const QLocale locale;
    const qint64 today = now();
    const QDate to = QDateTime::fromMSecsSinceEpoch(today).toLocalTime().date();
    const QDate from = to.addDays(-(m_rangeDays - 1));
    return tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM yyyy")),
                             locale.toString(to, QStringLiteral("d MMM yyyy")));
}

void DashboardModel::setDevice(const QString &device)
{
    if (device == m_device)
        return;
    m_device = device;
    emit rangeChanged();
    refresh();
}

QStringList DashboardModel::pages()
{
    return {QStringLiteral("overview"), QStringLiteral("units"),   QStringLiteral("heatmaps"),
            QStringLiteral("visitors"), QStringLiteral("visitor"), QStringLiteral("audit")};
}

void DashboardModel::setPage(const QString &page)
{
    if (page == m_page || !pages().contains(page))
        return;
    m_page = page;
    emit pageChanged();
}

void DashboardModel::setVisitorSort(const QString &sort)
{
    if (sort == m_visitorSort || (sort != QLatin1String("score") && sort != QLatin1String("last")))
        return;
    m_visitorSort = sort;
    fillVisitors();
    emit visitorSortChanged();
}

QStringList DashboardModel::unitTypes() const
{
    QStringList types;
    for (const UnitTypeHeatmap &t : m_snapshot.heatmaps.unitTypes) {
        if (!t.type.isEmpty())
            types << t.type;
    }
    return types;
}

void DashboardModel::setUnitType(const QString &type)
{
    if (type == m_unitType)
        return;
    m_unitType = type;
    emit unitTypeChanged();
}

QVariantList DashboardModel::rooms() const
{
    for (const UnitTypeHeatmap &t : m_snapshot.heatmaps.unitTypes) {
        if (t.type == m_unitType)
            return tables::roomRows(t, QLocale());
    }
    return {};
}

void DashboardModel::openVisitor(const QString &visitor, const QString &via)
{
    if (visitor.trimmed().isEmpty() || m_databasePath.isEmpty())
        return;
    m_visitorId = visitor.trimmed();
    m_visitorLoading = true;
    m_visitor.clear();
    m_timeline.setRows({});
    setPage(QStringLiteral("visitor"));
    emit visitorChanged();
    const int generation = ++m_visitorGeneration;
    auto *watcher = new QFutureWatcher<VisitorResult>(this);
    connect(watcher, &QFutureWatcher<VisitorResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const VisitorResult result = watcher->result();
        if (result.generation != m_visitorGeneration)
            return;
        m_visitorLoading = false;
        m_visitor = tables::visitorMap(result.page, result.error, QLocale());
        m_timeline.setRows(tables::timelineRows(result.page.timeline, QLocale()));
        emit visitorChanged();
        emit visitorOpened(m_visitorId);
    });
    const core::DevelopmentData development = m_development ? m_development->data() : core::DevelopmentData();
    watcher->setFuture(QtConcurrent::run(&m_pool, &loadVisitor, m_databasePath, m_visitorId, via, development,
                                         m_now ? m_now() : 0, generation));
}

double DashboardModel::heatOf(const QString &unitId) const
{
    return m_heat.value(unitId, 0.0);
}

QColor DashboardModel::heatColourOf(double heat) const
{
    return heatColour(heat);
}

QString DashboardModel::firstBuildingId() const
{
    return m_development && !m_development->data().buildings.isEmpty() ? m_development->data().buildings.first().id
                                                                        : QString();
}

void DashboardModel::makeReport(const QString &path)
{
    if (m_reportBusy)
        return;
    QString target = path;
    if (target.isEmpty()) {
        QDir().mkpath(m_reportFolder);
        const QString day =
            QDateTime::fromMSecsSinceEpoch(now()).toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
        target = QDir(m_reportFolder).filePath(QStringLiteral("dashboard-%1.pdf").arg(day));
    }
    m_reportBusy = true;
    emit reportChanged();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_reportBusy = false;
        if (error.isEmpty())
            m_lastReport = target;
        emit reportChanged();
        if (error.isEmpty())
            emit reportMade(target);
        else
            emit reportFailed(error);
    });
    ReportOptions options;
    options.locale = QLocale();
    options.auditActor = m_actor;
    watcher->setFuture(QtConcurrent::run(&m_pool, [request = request(), target, options] {
        return makeReportFile(request, target, options);
    }));
}

} // namespace showroom::dashboard
