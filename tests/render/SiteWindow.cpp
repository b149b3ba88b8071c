#include "SiteWindow.h"

#include <QJsonDocument>
#include <QMetaMethod>
#include <QSGRendererInterface>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

namespace showroom::testing {

bool SiteWindow::open(const QString &developmentDir, QString *error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    telemetry::Telemetry::Options options;
    options.recorder.path = m_home.filePath("telemetry.db");
    options.deviceId = "render-test";
    m_services = std::make_unique<shell::ShowroomServices>(options);
    if (!m_services->loadDevelopment(developmentDir, error) || !m_services->startTelemetry(error))
        return false;
    m_services->loadSite(m_home.filePath("cache"));
    m_window = m_services->openWindow(error);
    if (!m_window)
        return false;
    // Counted in a member: the swap is signalled from the render thread and arrives queued, possibly
    // after a caller that waited for it has returned.
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] { ++m_framesSwapped; });
    m_window->resize(1280, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window)) {
        *error = QStringLiteral("the window was not exposed");
        return false;
    }
    if (!QTest::qWaitFor(
            [&] {
                return m_window->property("settled").toBool() ||
                       m_services->site().status() == scene::SiteModel::Error;
            },
            60000) ||
        m_services->site().status() != scene::SiteModel::Ready) {
        *error = QStringLiteral("the site is not on screen: %1").arg(m_services->site().errorString());
        return false;
    }
    m_stage = m_window->findChild<QQuickItem *>(QStringLiteral("siteView"));
    if (!m_stage) {
        *error = QStringLiteral("Main.qml has no stage");
        return false;
    }
    return reset();
}

bool SiteWindow::reset()
{
    m_services->navigation().goHome();
    m_services->navigation().setStatusColoursShown(true);
    m_services->cameraDirector().showCurrent(false);
    return settle();
}

bool SiteWindow::settle()
{
    m_services->camera().settle();
    // Two presented frames after the camera stopped, so what is grabbed is what is shown. (Counted in
    // a member: the swap is signalled from the render thread and arrives queued, possibly after this
    // function returned; a counter on the stack would then be written after it is gone.)
    const int start = m_framesSwapped;
    return QTest::qWaitFor(
        [&] {
            m_window->update();
            return m_framesSwapped >= start + 2 && !m_stage->property("moving").toBool() &&
                   m_window->property("settled").toBool();
        },
        10000);
}

QVariant callQmlFunction(QObject *object, const char *function, const QVariant &a, const QVariant &b)
{
    const QMetaObject *mo = object->metaObject();
    for (int i = mo->methodOffset(); i < mo->methodCount(); ++i) {
        const QMetaMethod method = mo->method(i);
        if (method.name() != function)
            continue;
        QVariant args[2] = {a, b};
        QGenericArgument generic[2];
        for (int p = 0; p < method.parameterCount() && p < 2; ++p) {
            if (method.parameterMetaType(p) != QMetaType::fromType<QVariant>())
                args[p].convert(method.parameterMetaType(p));
            generic[p] = method.parameterMetaType(p) == QMetaType::fromType<QVariant>()
                             ? QGenericArgument("QVariant", &args[p])
                             : QGenericArgument(method.parameterTypeName(p).constData(), args[p].data());
        }
        QVariant result(method.returnMetaType());
        const bool isVariant = method.returnMetaType() == QMetaType::fromType<QVariant>();
        QGenericReturnArgument ret = isVariant ? QGenericReturnArgument("QVariant", &result)
                                               : QGenericReturnArgument(method.typeName(), result.data());
        if (!method.invoke(object, Qt::DirectConnection, ret, generic[0], generic[1]))
            qWarning("cannot call %s", function);
        return result;
    }
    qWarning("no QML function %s", function);
    return {};
}

QVariant SiteWindow::call(const char *function, const QVariant &a, const QVariant &b)
{
    return callQmlFunction(m_stage, function, a, b);
}

QPoint SiteWindow::sceneOnScreen(const QVector3D &p)
{
    return m_stage->mapToScene(call("scenePointOnScreen", QVariant::fromValue(p)).toPointF()).toPoint();
}

QPoint SiteWindow::unitOnScreen(const QString &unitId)
{
    return m_stage->mapToScene(call("unitScreenPosition", unitId).toPointF()).toPoint();
}

QList<QVariantMap> SiteWindow::events(const QString &where)
{
    QList<QVariantMap> rows;
    if (!m_services->telemetry().flush(5000))
        return rows;
    {
        auto db = QSqlDatabase::addDatabase("QSQLITE", "check");
        db.setDatabaseName(m_home.filePath("telemetry.db"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(
                QStringLiteral("SELECT name, target, elapsed_ms, session, properties FROM event_log WHERE %1 "
                               "ORDER BY id")
                    .arg(where));
            while (q.next())
                rows.append({{"name", q.value(0)},
                             {"target", q.value(1)},
                             {"elapsed_ms", q.value(2)},
                             {"session", q.value(3)},
                             {"properties", q.value(4)}});
        }
    }
    QSqlDatabase::removeDatabase("check");
    return rows;
}

QList<QQuickItem *> itemsNamedLike(QQuickItem *root, const QString &prefix)
{
    QList<QQuickItem *> found;
    if (root->objectName().startsWith(prefix))
        found << root;
    for (QQuickItem *child : root->childItems())
        found << itemsNamedLike(child, prefix);
    return found;
}
QQuickItem *itemNamed(QQuickItem *root, const QString &name)
{
    for (QQuickItem *item : itemsNamedLike(root, name))
        if (item->objectName() == name)
            return item;
    return nullptr;
}

// Pixels inside `area` (window coordinates) that are not under any of `covers`.
QList<QRgb> pixelsIn(const QImage &image, const QRect &area, const QList<QRect> &covers)
{
    QList<QRgb> out;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2) {
            const QPoint p(x, y);
            if (!image.rect().contains(p) ||
                std::any_of(covers.cbegin(), covers.cend(), [&](const QRect &r) { return r.contains(p); }))
                continue;
            out.append(image.pixel(p));
        }
    return out;
}
double meanOf(const QList<QRgb> &pixels, int (*channel)(QRgb))
{
    double sum = 0;
    for (QRgb p : pixels)
        sum += channel(p);
    return pixels.isEmpty() ? 0 : sum / pixels.size();
}
} // namespace showroom::testing
