// Real frames of the demo development in the real Main.qml (the shell's services, as main.cpp composes
// them), under Xvfb with a GPU-less OpenGL (llvmpipe): the 3D backend is not Software, the sky and the
// site are drawn, clicking a unit selects it, opens its card and paints it in the highlight colour
// exactly where it is on screen; the floor cut-away shows a middle floor's units from above, coloured
// by sales status. Each test starts from the overview (init()).
#include "shell/ShowroomServices.h"

#include <QJsonDocument>
#include <QMetaMethod>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

namespace {
const QColor Highlight(0xff, 0xb0, 0x1f); // Theme.highlight

bool near(QRgb pixel, const QColor &c, int tolerance)
{
    return std::abs(qRed(pixel) - c.red()) <= tolerance && std::abs(qGreen(pixel) - c.green()) <= tolerance &&
           std::abs(qBlue(pixel) - c.blue()) <= tolerance;
}

// Pixels within `radius` of p that have the highlight colour.
int highlightPixelsAround(const QImage &image, QPoint p, int radius)
{
    int count = 0;
    for (int y = p.y() - radius; y <= p.y() + radius; ++y)
        for (int x = p.x() - radius; x <= p.x() + radius; ++x)
            if (image.rect().contains(x, y) && near(image.pixel(x, y), Highlight, 28))
                ++count;
    return count;
}
} // namespace

class tst_SiteView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backendIsNotSoftware();
    void frameShowsSkyAndSite();
    void clickingAUnitHighlightsItAndOpensItsCard();
    void closingTheCardRecordsTheVisit();
    void clickingTheSkyClearsTheSelection();
    void draggingOrbitsTheCamera();
    void unitChosenIn3DOrThroughNavigationRecordsTheSameEvent();
    void cutAwayShowsAMiddleFloorFromAbove();
    void statusColoursDifferAndSwitchOff();
    void tappingABuildingsRoofFramesTheBuilding();
    void guidedTourShowsCaptionsAndStopsAtATouch();
    void cleanupTestCase();

private:
    QImage grab() { return m_window->grabWindow().convertToFormat(QImage::Format_RGB32); }
    QVariant callSiteView(const char *function, const QVariant &a = {}, const QVariant &b = {});
    QPoint unitOnScreen(const QString &unitId);
    QPoint sceneOnScreen(const QVector3D &p);
    // Events of the test's own database, newest last.
    QList<QVariantMap> events(const QString &where);
    void settleCamera();

    QTemporaryDir m_home;
    std::unique_ptr<shell::ShowroomServices> m_services;
    core::UnitSelection &selection() { return m_services->selection(); }
    shell::Navigation &navigation() { return m_services->navigation(); }
    scene::SiteModel &site() { return m_services->site(); }
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_siteView = nullptr;
    QString m_unit;     // a unit in plain view, found by initTestCase
    QPoint m_unitPoint; // where it is drawn, in window coordinates
};

// Calls a QML function of the site stage by name, converting the arguments to its declared types (typed
// QML functions have typed signatures in the meta-object).
QVariant tst_SiteView::callSiteView(const char *function, const QVariant &a, const QVariant &b)
{
    const QMetaObject *mo = m_siteView->metaObject();
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
        if (!method.invoke(m_siteView, Qt::DirectConnection, ret, generic[0], generic[1]))
            qWarning("cannot call %s", function);
        return result;
    }
    qWarning("the site stage has no function %s", function);
    return {};
}

QPoint tst_SiteView::unitOnScreen(const QString &unitId)
{
    const QPointF p = callSiteView("unitScreenPosition", unitId).toPointF();
    return m_siteView->mapToScene(p).toPoint();
}

void tst_SiteView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    // A real telemetry database in the temporary folder, composed as main.cpp does it.
    telemetry::Telemetry::Options options;
    options.recorder.path = m_home.filePath("telemetry.db");
    options.deviceId = "render-test";
    m_services = std::make_unique<shell::ShowroomServices>(options);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
    m_services->loadSite(m_home.filePath("cache"));
    m_window = m_services->openWindow(&error);
    QVERIFY2(m_window, qPrintable(error));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("settled").toBool(), 60000);
    QCOMPARE(site().status(), scene::SiteModel::Ready);
    m_siteView = m_window->findChild<QQuickItem *>(QStringLiteral("siteView"));
    QVERIFY(m_siteView);
    init();

    // A unit whose centre is on screen, clear of the header and the card, and drawn there: the pick
    // (which hits the nearest surface of anything on the site) finds that same unit at the centre and
    // 3 px around it. m_unitPoint is that spot, searched near the projected centre of its bounds.
    const QRect clear(420, 380, 400, 300);
    auto drawnAt = [&](const QString &id, QPoint p) {
        for (const QPoint d : {QPoint(0, 0), QPoint(3, 0), QPoint(-3, 0), QPoint(0, 3), QPoint(0, -3)})
            if (callSiteView("unitAt", p.x() + d.x(), p.y() + d.y()).toString() != id)
                return false;
        return true;
    };
    // Upper floors only: trees are instanced, and Qt 6.4 does not pick instances, so a tree in front of
    // a ground-floor unit would not be seen by the pick. Sorted: the same unit on every run.
    QStringList ids = site().unitIds();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const QPoint centre = unitOnScreen(id);
        if (!clear.contains(centre) || id.mid(2, 2).toInt() < 3)
            continue;
        for (int dy = -12; dy <= 12 && m_unit.isEmpty(); dy += 4)
            for (int dx = -12; dx <= 12 && m_unit.isEmpty(); dx += 4)
                if (drawnAt(id, centre + QPoint(dx, dy)))
                    m_unit = id, m_unitPoint = centre + QPoint(dx, dy);
        if (!m_unit.isEmpty())
            break;
    }
    QVERIFY2(!m_unit.isEmpty(), "no unit of the demo is in plain view of the default camera");
}

void tst_SiteView::settleCamera()
{
    m_services->camera().settle();
    // Two presented frames after the camera stopped, so what is grabbed is what is shown.
    int frames = 0;
    const auto c = connect(m_window, &QQuickWindow::frameSwapped, this, [&] { ++frames; });
    QTRY_VERIFY_WITH_TIMEOUT((m_window->update(), frames >= 2 && !m_siteView->property("moving").toBool()),
                             10000);
    disconnect(c);
}

// Every test starts from the overview, nothing selected, the camera at its first framing.
void tst_SiteView::init()
{
    navigation().goHome();
    navigation().setStatusColoursShown(true);
    m_services->cameraDirector().showCurrent(false);
    settleCamera();
}

void tst_SiteView::backendIsNotSoftware()
{
    const auto api = m_window->rendererInterface()->graphicsApi();
    QVERIFY2(api != QSGRendererInterface::Software && api != QSGRendererInterface::Unknown,
             "Qt Quick runs on the Software backend: Qt Quick 3D draws nothing there");
    QVERIFY(QSGRendererInterface::isApiRhiBased(api));
}

void tst_SiteView::frameShowsSkyAndSite()
{
    const QImage image = grab();
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    // Sky overhead: clearly blue at the top edge, right of the header.
    const QRgb sky = image.pixel(image.width() * 3 / 5, 3);
    QVERIFY2(qBlue(sky) > qRed(sky) + 40 && qBlue(sky) > qGreen(sky), qPrintable(QColor(sky).name()));
    // The site: many colours in the middle of the frame, not one flat fill.
    QSet<QRgb> colours;
    for (int y = image.height() / 3; y < image.height() * 5 / 6; y += 3)
        for (int x = image.width() / 6; x < image.width() * 5 / 6; x += 3)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    QVERIFY2(colours.size() > 100, qPrintable(QString::number(colours.size())));
    // Lit, not black: the middle of the frame is on average bright.
    qint64 sum = 0, n = 0;
    for (int y = image.height() / 3; y < image.height() * 5 / 6; y += 5)
        for (int x = image.width() / 4; x < image.width() * 3 / 4; x += 5, ++n)
            sum += qGray(image.pixel(x, y));
    QVERIFY2(sum / n > 70, qPrintable(QString::number(sum / n)));
}

void tst_SiteView::clickingAUnitHighlightsItAndOpensItsCard()
{
    const QPoint p = m_unitPoint;
    QVERIFY(!selection().hasSelection());
    QCOMPARE(highlightPixelsAround(grab(), p, 3), 0);
    auto *card = m_window->findChild<QQuickItem *>(QStringLiteral("unitCard"));
    QVERIFY(card);
    QVERIFY(!card->isVisible());

    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, p);
    QTRY_COMPARE(selection().selectedUnitId(), m_unit);
    QTRY_VERIFY(card->isVisible());
    // Wait for a frame with the highlight, then insist it covers the spot around the unit's centre.
    QImage after;
    if (!QTest::qWaitFor([&] { return highlightPixelsAround(after = grab(), p, 3) > 0; }, 5000))
        qWarning("no highlight pixel appeared within 5 s");
    if (qEnvironmentVariableIsSet("SHOWROOM_RENDER_OUT")) // to look at the frame
        after.save(qEnvironmentVariable("SHOWROOM_RENDER_OUT"));
    QVERIFY2(highlightPixelsAround(after, p, 3) >= 20,
             qPrintable(QStringLiteral("no highlight around the centre of %1 at (%2, %3): %4")
                            .arg(m_unit)
                            .arg(p.x())
                            .arg(p.y())
                            .arg(QColor(after.pixel(p)).name())));
}

QList<QVariantMap> tst_SiteView::events(const QString &where)
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

void tst_SiteView::closingTheCardRecordsTheVisit()
{
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, m_unitPoint);
    QTRY_COMPARE(selection().selectedUnitId(), m_unit);
    auto *close = m_window->findChild<QQuickItem *>(QStringLiteral("closeButton"));
    QVERIFY(close);
    QTRY_VERIFY(close->isVisible());
    QTest::qWait(300); // a visit that lasts a moment
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
                      close->mapToScene(QPointF(close->width() / 2, close->height() / 2)).toPoint());
    QTRY_VERIFY(!selection().hasSelection());

    // The pick and the time the card stayed open are in the visitor's session, in SQLite.
    const auto rows = events(QStringLiteral("target = 'unit:%1'").arg(m_unit));
    QStringList names;
    qint64 dwellMs = -1;
    for (const QVariantMap &row : rows) {
        names << row.value("name").toString();
        if (row.value("name").toString() == "leave")
            dwellMs = row.value("elapsed_ms").toLongLong();
        QCOMPARE(row.value("session").toString(), m_services->telemetry().sessionId());
    }
    QVERIFY2(names.contains("unit_selected") && names.contains("enter") && names.contains("leave"),
             qPrintable(names.join(',')));
    QVERIFY2(dwellMs >= 250, qPrintable(QString::number(dwellMs)));

    // The unit's building and floor were visited for as long as its card was open; the site since it
    // came on screen (still open: an enter without a leave yet).
    const core::Unit *unit = m_services->development().data().unit(m_unit);
    QVERIFY(unit);
    for (const QString &target : {QStringLiteral("building:%1").arg(unit->building),
                                  QStringLiteral("floor:%1/%2").arg(unit->building).arg(unit->floor)}) {
        const auto leaves = events(QStringLiteral("name = 'leave' AND target = '%1'").arg(target));
        QVERIFY2(!leaves.isEmpty(), qPrintable(target + " has no leave event"));
        QVERIFY2(leaves.constLast().value("elapsed_ms").toLongLong() >= 250, qPrintable(target));
    }
    QVERIFY(!events("name = 'enter' AND target = 'site'").isEmpty());
    // No event of this visit has an empty or malformed target.
    QVERIFY(events("target IS NULL OR target = '' OR target LIKE '%:' OR target LIKE '%:/%'").isEmpty());
    QCOMPARE(m_services->interest().refusedEvents(), 0);
}

void tst_SiteView::clickingTheSkyClearsTheSelection()
{
    QVERIFY(navigation().selectUnit(m_unit, "test"));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, QPoint(m_window->width() / 2, 4));
    QTRY_VERIFY(!selection().hasSelection());
    QTRY_COMPARE(highlightPixelsAround(grab(), m_unitPoint, 3), 0);
    // The ground and the sky are nobody's target: no event with an empty id (the bug of issue 9).
    QVERIFY(events("target = 'unit:' OR target = ''").isEmpty());
}

void tst_SiteView::draggingOrbitsTheCamera()
{
    auto *controller = m_siteView->property("controller").value<QObject *>();
    QVERIFY(controller);
    const double yaw = controller->property("yaw").toDouble();
    const QPoint from(640, 600);
    QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 10; ++i)
        QTest::mouseMove(m_window, from + QPoint(i * 20, 0), 10);
    QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, from + QPoint(200, 0));
    // Dragging right swings the camera round to the left (yaw goes down), and nothing got selected.
    QTRY_VERIFY(controller->property("yaw").toDouble() < yaw - 10);
    QVERIFY(!selection().hasSelection());
}

void tst_SiteView::unitChosenIn3DOrThroughNavigationRecordsTheSameEvent()
{
    // In 3D: a tap on the unit.
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, m_unitPoint);
    QTRY_COMPARE(selection().selectedUnitId(), m_unit);
    navigation().clearSelection();
    // Through the API, as the finder, a list or the command line will.
    QVERIFY(navigation().selectUnit(m_unit, QStringLiteral("building_list")));
    const auto rows = events(QStringLiteral("name = 'unit_selected' AND target = 'unit:%1'").arg(m_unit));
    QVERIFY2(rows.size() >= 2, qPrintable(QString::number(rows.size())));
    QVariantMap tapped = QJsonDocument::fromJson(rows.at(rows.size() - 2).value("properties").toByteArray())
                             .toVariant()
                             .toMap();
    QVariantMap listed =
        QJsonDocument::fromJson(rows.constLast().value("properties").toByteArray()).toVariant().toMap();
    QCOMPARE(tapped.take("via").toString(), QStringLiteral("site"));
    QCOMPARE(listed.take("via").toString(), QStringLiteral("building_list"));
    QCOMPARE(tapped, listed);
    for (const char *key : {"price", "status", "typeId", "buildingId", "floor"})
        QVERIFY2(listed.contains(key), key);
}

QPoint tst_SiteView::sceneOnScreen(const QVector3D &p)
{
    return m_siteView->mapToScene(callSiteView("scenePointOnScreen", QVariant::fromValue(p)).toPointF())
        .toPoint();
}

namespace {
// Items made by a Repeater have no QObject parent to find them by: walk the item tree instead.
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
} // namespace

void tst_SiteView::cutAwayShowsAMiddleFloorFromAbove()
{
    const QString building = QStringLiteral("A");
    const QVariantList floors = site().floorsOf(building);
    QVERIFY(floors.size() >= 5);
    const int middle = floors.at(floors.size() / 2).toInt();
    QVERIFY(navigation().showFloor(building, middle, QStringLiteral("test")));
    settleCamera();
    const QImage cut = grab();
    if (qEnvironmentVariableIsSet("SHOWROOM_RENDER_OUT"))
        cut.save(qEnvironmentVariable("SHOWROOM_RENDER_OUT") + ".cut.png");

    // Each of the floor's units is seen from above: the pick at its label's spot finds it (nothing of
    // the floors above is in the way), and its number is on screen.
    const QStringList units = site().unitsOnFloor(building, middle);
    QVERIFY(units.size() >= 3);
    const qreal top = site().floorTop(building, middle);
    int seen = 0;
    for (const QString &id : units) {
        QQuickItem *label = nullptr;
        QTRY_VERIFY2((label = itemNamed(m_window->contentItem(), QStringLiteral("unitLabel_") + id)) &&
                         label->isVisible(),
                     qPrintable(id + " has no visible label"));
        const QVector3D c = site().unitCenter(id);
        const QPoint spot = sceneOnScreen(QVector3D(c.x(), float(top), c.z()));
        const QPoint beside = spot + QPoint(0, int(label->height())); // just below the label
        if (callSiteView("unitAt", beside.x(), beside.y()).toString() == id)
            ++seen;
    }
    QVERIFY2(seen >= units.size() * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2 units picked from above").arg(seen).arg(units.size())));

    // The same camera without the cut shows the floors above there instead: the frame differs where the
    // floor's units are.
    const QVector3D target = m_services->camera().target();
    const qreal yaw = m_services->camera().yaw(), pitch = m_services->camera().pitch(),
                distance = m_services->camera().distance();
    QVERIFY(navigation().showBuilding(building, QStringLiteral("test")));
    m_services->camera().setView(yaw, pitch, distance, false);
    m_services->camera().focus(target);
    settleCamera();
    const QImage whole = grab();
    int differ = 0, compared = 0;
    for (const QString &id : units) {
        const QVector3D c = site().unitCenter(id);
        const QPoint p = sceneOnScreen(QVector3D(c.x(), float(top), c.z())) + QPoint(0, 24);
        if (!cut.rect().contains(p))
            continue;
        ++compared;
        const QColor a(cut.pixel(p)), b(whole.pixel(p));
        if (std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) >
            30)
            ++differ;
    }
    QVERIFY2(compared >= 3 && differ >= compared / 2,
             qPrintable(QStringLiteral("%1 of %2 spots differ").arg(differ).arg(compared)));
}

void tst_SiteView::statusColoursDifferAndSwitchOff()
{
    // From above on a floor that has an available and a sold or reserved unit.
    const QString building = QStringLiteral("A");
    QString available, taken;
    int floor = -1;
    for (const QVariant &f : site().floorsOf(building)) {
        available.clear(), taken.clear();
        for (const QString &id : site().unitsOnFloor(building, f.toInt())) {
            const core::Unit *u = m_services->development().data().unit(id);
            if (u->status == core::UnitStatus::Available && available.isEmpty())
                available = id;
            else if (u->status == core::UnitStatus::Sold && taken.isEmpty())
                taken = id;
        }
        if (!available.isEmpty() && !taken.isEmpty()) {
            floor = f.toInt();
            break;
        }
    }
    QVERIFY2(floor >= 0, "the demo has a floor with an available and a sold unit");
    QVERIFY(navigation().showFloor(building, floor, QStringLiteral("test")));
    settleCamera();

    const qreal top = site().floorTop(building, floor);
    auto topFace = [&](const QString &id) {
        const QVector3D c = site().unitCenter(id), s = site().unitSize(id);
        return QRect(sceneOnScreen(QVector3D(c.x() - s.x() / 4, float(top), c.z() - s.z() / 4)),
                     sceneOnScreen(QVector3D(c.x() + s.x() / 4, float(top), c.z() + s.z() / 4)))
            .normalized();
    };
    QList<QRect> labels;
    for (QQuickItem *item : itemsNamedLike(m_window->contentItem(), QStringLiteral("unitLabel_")))
        if (item->isVisible())
            labels << item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect();

    const QImage tinted = grab();
    const auto green = pixelsIn(tinted, topFace(available), labels);
    const auto red = pixelsIn(tinted, topFace(taken), labels);
    QVERIFY2(green.size() >= 10 && red.size() >= 10,
             qPrintable(QStringLiteral("%1 / %2 pixels").arg(green.size()).arg(red.size())));
    // Available reads green, sold reads red.
    QVERIFY2(
        meanOf(green, qGreen) > meanOf(green, qRed) + 8,
        qPrintable(QStringLiteral("available %1 %2").arg(meanOf(green, qRed)).arg(meanOf(green, qGreen))));
    QVERIFY2(meanOf(red, qRed) > meanOf(red, qGreen) + 8,
             qPrintable(QStringLiteral("sold %1 %2").arg(meanOf(red, qRed)).arg(meanOf(red, qGreen))));

    // Switched off, the two units look alike again (same facade), neither green nor red.
    navigation().setStatusColoursShown(false);
    settleCamera();
    QTest::qWait(100);
    const QImage plain = grab();
    const auto a = pixelsIn(plain, topFace(available), labels), b = pixelsIn(plain, topFace(taken), labels);
    QVERIFY(std::abs(meanOf(a, qGreen) - meanOf(b, qGreen)) < 12);
    QVERIFY(std::abs(meanOf(a, qRed) - meanOf(b, qRed)) < 12);
}

void tst_SiteView::tappingABuildingsRoofFramesTheBuilding()
{
    // The middle of building A's roof, seen from the overview camera: no unit there, only the roof.
    const QVector3D min = site().buildingBoundsMin("A"), max = site().buildingBoundsMax("A");
    const QPoint roof =
        sceneOnScreen(QVector3D((min.x() + max.x()) / 2, max.y() + 0.4f, (min.z() + max.z()) / 2));
    QVERIFY(QRect(QPoint(0, 0), m_window->size()).contains(roof));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, roof);
    QTRY_COMPARE(int(navigation().mode()), int(shell::Navigation::Building));
    QCOMPARE(navigation().buildingId(), QStringLiteral("A"));
    QVERIFY(!selection().hasSelection());
    settleCamera();
    auto *page = itemNamed(m_window->contentItem(), QStringLiteral("buildingPage"));
    QVERIFY(page && page->isVisible());
    QVERIFY(!itemNamed(m_window->contentItem(), QStringLiteral("overviewPage")));
    // The camera now looks at building A from close by.
    const QVector3D target = m_services->camera().target();
    QVERIFY(target.x() > min.x() && target.x() < max.x() && target.z() > min.z() && target.z() < max.z());
}

void tst_SiteView::guidedTourShowsCaptionsAndStopsAtATouch()
{
    scene::GuidedTour &tour = m_services->tour();
    QVERIFY(tour.count() >= 4);
    tour.setFlightMs(300);
    tour.setHoldMs(60000); // stay at the first stop until the touch
    auto *button = itemNamed(m_window->contentItem(), QStringLiteral("tourButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
                      button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
    QTRY_VERIFY(tour.running());
    QTRY_COMPARE(tour.currentIndex(), 0);
    auto *caption = itemNamed(m_window->contentItem(), QStringLiteral("tourCaption"));
    QTRY_VERIFY(caption && caption->isVisible());
    QCOMPARE(itemNamed(caption, QStringLiteral("tourTitle"))->property("text").toString(), tour.caption());
    QVERIFY(!tour.caption().isEmpty());
    settleCamera();
    if (qEnvironmentVariableIsSet("SHOWROOM_RENDER_OUT"))
        grab().save(qEnvironmentVariable("SHOWROOM_RENDER_OUT") + ".tour.png");
    // The first touch ends it, and selects nothing.
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier,
                      QPoint(m_window->width() / 2, m_window->height() / 2));
    QTRY_VERIFY(!tour.running());
    QVERIFY(!selection().hasSelection());
    QTRY_VERIFY(!caption->isVisible());
    const auto started = events("name = 'tour_started'"), finished = events("name = 'tour_finished'");
    QVERIFY(!started.isEmpty() && !finished.isEmpty());
    const QVariantMap last =
        QJsonDocument::fromJson(finished.constLast().value("properties").toByteArray()).toVariant().toMap();
    QCOMPARE(last.value("completed").toBool(), false);
    QVERIFY(!events("name = 'preset_viewed' AND properties LIKE '%tour%'").isEmpty());
    tour.setHoldMs(3500);
    tour.setFlightMs(-1);
}

void tst_SiteView::cleanupTestCase()
{
    m_services.reset();
}

QTEST_MAIN(tst_SiteView)
#include "tst_siteview.moc"
