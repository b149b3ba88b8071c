// The sales dashboard's state for the screens (QML singleton `Dashboard`): the date range and device
// chosen, the latest snapshot's figures as properties, its tables as list models, the visitor page open,
// and the PDF report. Every database read and the report's writing run on a worker (one thread of its
// own pool): refresh() returns at once, `busy` is true meanwhile, and the new snapshot replaces the old
// one whole when it arrives; `asOfText` says when it was taken. A refresh that is overtaken by a newer
// one is dropped.
#pragma once

#include "dashboard/DashboardRowsModel.h"
#include "dashboard/DashboardSnapshot.h"

#include <QColor>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {
class Development;
}

namespace showroom::dashboard {

class DashboardModel : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Dashboard)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY snapshotChanged)
    Q_PROPERTY(QString error READ error NOTIFY snapshotChanged)
    Q_PROPERTY(double asOfUtcMs READ asOfUtcMs NOTIFY snapshotChanged)
    Q_PROPERTY(QString asOfText READ asOfText NOTIFY snapshotChanged)
    // The period: the last `rangeDays` days up to today (7, 30, 90, 365); its dates in words.
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY rangeChanged)
    // "" = every device (office); else one device id from `devices`.
    Q_PROPERTY(QString device READ device WRITE setDevice NOTIFY rangeChanged)
    Q_PROPERTY(QStringList devices READ devices NOTIFY snapshotChanged)
    // Which screen: overview, units, heatmaps, visitors, visitor, audit.
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY pageChanged)
    // A still taken at the command line shows the dashboard without the PIN (whoever runs the command
    // can read the database file anyway); the app never sets it.
    Q_PROPERTY(bool stillWithoutPin READ stillWithoutPin NOTIFY stillWithoutPinChanged)
    // The overview's figures.
    Q_PROPERTY(double visitorCount READ visitorCount NOTIFY snapshotChanged)
    Q_PROPERTY(double sessionCount READ sessionCount NOTIFY snapshotChanged)
    Q_PROPERTY(double engagedSessions READ engagedSessions NOTIFY snapshotChanged)
    Q_PROPERTY(double averageEngagedMs READ averageEngagedMs NOTIFY snapshotChanged)
    Q_PROPERTY(double leadCount READ leadCount NOTIFY snapshotChanged)
    Q_PROPERTY(double returningVisitors READ returningVisitors NOTIFY snapshotChanged)
    // Tables.
    Q_PROPERTY(showroom::dashboard::DashboardRowsModel *funnel READ funnel CONSTANT)
    Q_PROPERTY(showroom::dashboard::DashboardRowsModel *units READ units CONSTANT)
    Q_PROPERTY(showroom::dashboard::DashboardRowsModel *visitors READ visitors CONSTANT)
    Q_PROPERTY(showroom::dashboard::DashboardRowsModel *audit READ audit CONSTANT)
    // "score" (lead score, highest first) or "last" (last visit, most recent first).
    Q_PROPERTY(QString visitorSort READ visitorSort WRITE setVisitorSort NOTIFY visitorSortChanged)
    Q_PROPERTY(double visitorTotal READ visitorTotal NOTIFY snapshotChanged)
    // Unit types with rooms walked (for the floor-plan heat), most walked first; the one shown.
    Q_PROPERTY(QStringList unitTypes READ unitTypes NOTIFY snapshotChanged)
    Q_PROPERTY(QString unitType READ unitType WRITE setUnitType NOTIFY unitTypeChanged)
    Q_PROPERTY(QVariantList rooms READ rooms NOTIFY unitTypeChanged)
    // Every home's heat colour by unit id (the 3D site is tinted with it while the Homes page is open);
    // empty until figures arrive.
    Q_PROPERTY(QVariantMap heatColours READ heatColours NOTIFY snapshotChanged)
    // The visitor page.
    Q_PROPERTY(QString visitorId READ visitorId NOTIFY visitorChanged)
    Q_PROPERTY(bool visitorLoading READ visitorLoading NOTIFY visitorChanged)
    Q_PROPERTY(QVariantMap visitor READ visitor NOTIFY visitorChanged)
    Q_PROPERTY(showroom::dashboard::DashboardRowsModel *timeline READ timeline CONSTANT)
    // The PDF report.
    Q_PROPERTY(bool reportBusy READ reportBusy NOTIFY reportChanged)
    Q_PROPERTY(QString lastReport READ lastReport NOTIFY reportChanged)

public:
    // No default argument on purpose: Qt 6.4 makes a QML singleton with its default constructor when it
    // has one (before looking for create()), and the pages would read an empty model of their own.
    explicit DashboardModel(QObject *parent);
    ~DashboardModel() override; // waits for the worker's job in hand

    // The instance QML sees (ShowroomServices::publish()).
    static void provide(DashboardModel *instance);
    static DashboardModel *create(QQmlEngine *, QJSEngine *);

    // Where to read (the telemetry database; never created here) and what the homes are.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString databasePath() const { return m_databasePath; }
    void setDevelopment(core::Development *development);
    // The site's building boxes (model space) for the site plan's outlines; asked at each refresh.
    void setBuildingBoxes(std::function<QList<QPair<QVector3D, QVector3D>>()> boxes)
    {
        m_boxes = std::move(boxes);
    }
    // How interiors are imported for the floor plans' room heat (the site's cache and isolated importer).
    void setRoomPlanImport(const RoomPlanImport &import) { m_roomPlanImport = import; }
    // "now" for the range and the figures (tests); default: the wall clock.
    void setClock(std::function<qint64()> nowUtcMs) { m_now = std::move(nowUtcMs); }
    void setStillWithoutPin(bool on)
    {
        if (on != m_stillWithoutPin) {
            m_stillWithoutPin = on;
            emit stillWithoutPinChanged();
        }
    }
    // The staff member (audit log's actor) and this device, for the audit rows this model writes.
    void setActor(const QString &actor) { m_actor = actor; }
    // Where made reports go by default (<AppDataLocation>/reports).
    void setReportFolder(const QString &folder) { m_reportFolder = folder; }

    bool busy() const { return m_busy; }
    bool hasData() const { return m_snapshot.asOfUtcMs > 0 && m_snapshot.error.isEmpty(); }
    QString error() const { return m_snapshot.error; }
    double asOfUtcMs() const { return double(m_snapshot.asOfUtcMs); }
    QString asOfText() const;
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    QString rangeText() const;
    QString device() const { return m_device; }
    void setDevice(const QString &device);
    QStringList devices() const { return m_snapshot.devices; }
    QString page() const { return m_page; }
    void setPage(const QString &page);
    static QStringList pages();
    bool stillWithoutPin() const { return m_stillWithoutPin; }
    double visitorCount() const { return double(m_snapshot.overview.total.visitors); }
    double sessionCount() const { return double(m_snapshot.overview.total.sessions); }
    double engagedSessions() const { return double(m_snapshot.overview.total.engagedSessions); }
    double averageEngagedMs() const { return double(m_snapshot.overview.total.averageEngagedMs); }
    double leadCount() const { return double(m_snapshot.overview.total.leads); }
    double returningVisitors() const { return double(m_snapshot.overview.total.returningVisitors); }
    DashboardRowsModel *funnel() { return &m_funnel; }
    DashboardRowsModel *units() { return &m_units; }
    DashboardRowsModel *visitors() { return &m_visitors; }
    DashboardRowsModel *audit() { return &m_audit; }
    QString visitorSort() const { return m_visitorSort; }
    void setVisitorSort(const QString &sort);
    double visitorTotal() const { return double(m_snapshot.visitorsByScore.total); }
    QStringList unitTypes() const;
    QString unitType() const { return m_unitType; }
    void setUnitType(const QString &type);
    QVariantList rooms() const;
    QVariantMap heatColours() const { return m_heatColours; }
    QString visitorId() const { return m_visitorId; }
    bool visitorLoading() const { return m_visitorLoading; }
    QVariantMap visitor() const { return m_visitor; }
    DashboardRowsModel *timeline() { return &m_timeline; }
    bool reportBusy() const { return m_reportBusy; }
    QString lastReport() const { return m_lastReport; }

    const Snapshot &snapshot() const { return m_snapshot; }
    // The request a refresh would send now (the report and tests use it).
    SnapshotRequest request() const;

    // Reads everything again on the worker (busy until it arrives).
    Q_INVOKABLE void refresh();
    // Opens a visitor's page (page "visitor"): read on the worker, which also writes the audit row
    // "visitor_page_opened" (staff's audit log) before anything is shown. `via`: where staff tapped.
    Q_INVOKABLE void openVisitor(const QString &visitor, const QString &via);
    // The heat (0..1) and its colour of one unit (stacking plan, 3D); 0 / the coolest for unknown ones.
    Q_INVOKABLE double heatOf(const QString &unitId) const;
    Q_INVOKABLE QColor heatColourOf(double heat) const;
    // The development's first building (the heat plan's first choice); "" without buildings.
    Q_INVOKABLE QString firstBuildingId() const;
    // The dashboard as a PDF: into path, or (empty) the report folder; on the worker. reportMade or
    // reportFailed when finished.
    Q_INVOKABLE void makeReport(const QString &path = QString());

signals:
    void busyChanged();
    void stillWithoutPinChanged();
    void snapshotChanged();
    void rangeChanged();
    void pageChanged();
    void visitorSortChanged();
    void unitTypeChanged();
    void visitorChanged();
    void reportChanged();
    void refreshed();                           // a snapshot arrived (also one with an error)
    void visitorOpened(const QString &visitor); // its page is filled (or found = false)
    void reportMade(const QString &path);
    void reportFailed(const QString &error);

private:
    qint64 now() const;
    void applySnapshot(const Snapshot &snapshot);
    void fillVisitors();
    void setBusy(bool busy);

    QString m_databasePath;
    QPointer<core::Development> m_development;
    std::function<QList<QPair<QVector3D, QVector3D>>()> m_boxes;
    std::function<qint64()> m_now;
    RoomPlanImport m_roomPlanImport;
    bool m_stillWithoutPin = false;
    QString m_actor = QStringLiteral("staff");
    QString m_reportFolder;

    QThreadPool m_pool; // one thread: snapshots, visitor pages and reports, in order
    QFutureWatcher<Snapshot> m_watcher;
    int m_generation = 0;
    bool m_busy = false;
    Snapshot m_snapshot;
    QHash<QString, double> m_heat; // unit id -> heat
    QVariantMap m_heatColours;     // unit id -> QColor of its heat
    int m_rangeDays = 30;
    QString m_device;
    QString m_page = QStringLiteral("overview");
    QString m_visitorSort = QStringLiteral("score");
    QString m_unitType;
    QString m_visitorId;
    bool m_visitorLoading = false;
    int m_visitorGeneration = 0;
    QVariantMap m_visitor;
    bool m_reportBusy = false;
    QString m_lastReport;

    DashboardRowsModel m_funnel;
    DashboardRowsModel m_units;
    DashboardRowsModel m_visitors;
    DashboardRowsModel m_audit;
    DashboardRowsModel m_timeline;
};

} // namespace showroom::dashboard
