// The kiosk in a real full-screen window, as a visitor and a passer-by meet it: the idle path ("Are you
// still there?" on screen, then every trace of the visitor gone and the attract loop flying), the
// escape attempts (Alt+F4, Ctrl+Q, Ctrl+W, Escape in a text field, right-click, long-press, edge swipes,
// a close request, leaving full screen) doing nothing, and the hidden staff gesture; staff, after the
// configured PIN typed on the pad, see what went wrong (a deleted database recreated) and the public
// never does; a development reloaded on the staff command (skipped: crashes, see the test).
#include "kiosk/KioskMode.h"
#include "kiosk/KioskSession.h"
#include "shell/ShowroomServices.h"
#include "staff/PinStore.h"

#include <QQuickItem>
#include <QElapsedTimer>
#include <QFile>
#include <QQuickWindow>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_KioskWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void theIdlePathClearsEverythingOnScreen();
    void escapeAttemptsDoNothing();
    void theHiddenGestureOpensTheStaffGate();
    void staffSeeWhatWentWrongThePublicNever();
    void aReloadOnTheStaffCommandComesOnScreen();

private:
    void tap(const char *name)
    {
        QQuickItem *i = item(name);
        QVERIFY2(i, name);
        const QPointF at = i->mapToScene(QPointF(i->width() / 2, i->height() / 2));
        QTest::mouseClick(m_window, Qt::LeftButton, {}, at.toPoint());
    }
    // Staff press and hold the corner until the PIN pad comes: three seconds (more while a loaded machine
    // is slow to draw a frame: a fixed 3.3 s hold lost the gesture under load), never less.
    void holdCorner()
    {
        QElapsedTimer held;
        held.start();
        QTest::mousePress(m_window, Qt::LeftButton, {}, QPoint(12, 12));
        QTRY_VERIFY_WITH_TIMEOUT(m_mode->session().isStaffRequested(), 15000);
        QVERIFY2(held.elapsed() >= 2800, qPrintable(QString::number(held.elapsed())));
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, QPoint(12, 12));
    }
    // By the item tree (a Repeater's delegates, a Loader's item are no QObject children of the window).
    QQuickItem *item(const char *name) const
    {
        const QLatin1String wanted(name);
        std::function<QQuickItem *(QQuickItem *)> find = [&](QQuickItem *i) -> QQuickItem * {
            if (i->objectName() == wanted)
                return i;
            for (QQuickItem *c : i->childItems())
                if (QQuickItem *found = find(c))
                    return found;
            return nullptr;
        };
        return find(m_window->contentItem());
    }
    bool shown(const char *name) const
    {
        QQuickItem *i = item(name);
        for (QQuickItem *p = i; p; p = p->parentItem())
            if (!p->isVisible() || p->opacity() <= 0.01)
                return false;
        return i != nullptr;
    }
    QStringList textsOnScreen() const;
    void wake()
    {
        QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(m_window->width() / 2, m_window->height() / 2));
        QVERIFY(!m_mode->session().isAttract());
    }
    void idleOut()
    {
        m_now += m_mode->session().idleTimeoutMs();
        m_mode->session().tick();
        m_now += m_mode->session().stillThereMs();
        m_mode->session().tick();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
    std::unique_ptr<kiosk::KioskMode> m_mode;
    QQuickWindow *m_window = nullptr;
    qint64 m_now = 1000;
};

void tst_KioskWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    telemetry::Telemetry::Options t;
    t.recorder.path = m_dir.filePath(QStringLiteral("kiosk.db"));
    t.mode = QStringLiteral("kiosk");
    t.language = QStringLiteral("en");
    t.watchApplication = false;
    m_services = std::make_unique<shell::ShowroomServices>(t);
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    m_services->loadSite(m_dir.filePath(QStringLiteral("cache")));
    QVERIFY2(m_services->startTelemetry(&error, false), qPrintable(error));
    kiosk::KioskMode::Options k;
    // kiosk.conf's [staff] pin_hash: 2468 (a cheap Argon2id; the cost is in the string).
    staff::PinHashCost cheap;
    cheap.opsLimit = 1;
    cheap.memLimitBytes = std::size_t(8) << 20;
    k.config.staffPinHash = QString::fromLatin1(staff::pin::hash(QStringLiteral("2468"), cheap, &error));
    QVERIFY(!k.config.staffPinHash.isEmpty());
    k.developmentDir = QStringLiteral(SHOWROOM_DEMO_DIR);
    k.databasePath = t.recorder.path;
    m_mode = std::make_unique<kiosk::KioskMode>(*m_services, k);
    m_mode->session().setClock([this] { return m_now; });
    m_mode->begin();
    m_mode->session().setEnabled(true, 0);
    m_window = m_services->openWindow(&error);
    QVERIFY2(m_window, qPrintable(error));
    m_mode->guard(m_window); // full screen, frameless
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("settled").toBool(), 180'000);
}

void tst_KioskWindow::cleanupTestCase()
{
    m_mode->guardFilter().allowExit();
    m_mode.reset();
    m_services.reset();
}

void tst_KioskWindow::init()
{
    // Each test starts where a passer-by finds the kiosk: the attract loop.
    if (!m_mode->session().isAttract())
        idleOut();
    m_mode->session().cancelStaff();
    QVERIFY(m_mode->session().isAttract());
}

QStringList tst_KioskWindow::textsOnScreen() const
{
    QStringList out;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *i) {
        if (!i || !i->isVisible() || i->opacity() <= 0.01)
            return;
        if (i->inherits("QQuickText") || i->inherits("QQuickTextInput") || i->inherits("QQuickTextEdit"))
            out << i->property("text").toString();
        for (QQuickItem *c : i->childItems())
            walk(c);
    };
    walk(m_window->contentItem());
    return out;
}

void tst_KioskWindow::theIdlePathClearsEverythingOnScreen()
{
    shell::ShowroomServices &s = *m_services;
    QVERIFY(shown("attractScreen"));
    const QDate firstDate = s.timeline().date(); // the package's first view, before any visitor
    QVERIFY(firstDate.isValid());
    QVERIFY(shown("touchToExplore"));
    wake();
    QTRY_VERIFY(!shown("attractScreen"));
    const QString visitor = s.telemetry().visitorId();
    QVERIFY(!visitor.isEmpty());
    // A visitor's traces: hearted and compared homes, a search, a home with its own finishes, the lead
    // form half typed, German, a timeline date, an evening sun, a building.
    const QList<core::Unit> &units = s.development().data().units;
    s.favourites().toggle(units.at(1).id);
    s.compareList().add(units.at(1).id);
    s.compareList().add(units.at(2).id);
    s.finder().setMinBedrooms(3);
    QVERIFY(s.navigation().selectUnit(units.at(2).id, QStringLiteral("card")));
    for (const core::FinishPalette &p : s.development().data().finishPalettes)
        if (!p.standard && !p.surfaces.isEmpty() && s.finishes().choose(p.surfaces.firstKey(), p.id))
            break;
    s.language().setCode(QStringLiteral("de"));
    s.timeline().setDate(s.timeline().firstDate().addDays(60)); // mid-construction
    QVERIFY(s.timeline().date() != firstDate && !s.timeline().finished());
    s.sun().setMinutes(20 * 60);
    s.leadForm().open(units.at(2).id);
    s.leadForm().setFirstName(QStringLiteral("Adalinde"));
    s.leadForm().setEmail(QStringLiteral("adalinde@example.com"));
    QTRY_VERIFY(textsOnScreen().contains(QStringLiteral("Adalinde")));

    // 90 s without a touch: "Are you still there?" over it all, counting down from 10.
    m_now += m_mode->session().idleTimeoutMs();
    m_mode->session().tick();
    QTRY_VERIFY(shown("stillThereDialog"));
    QCOMPARE(item("secondsLeft")->property("text").toString(), QStringLiteral("10"));
    m_now += 4000;
    m_mode->session().tick();
    QTRY_COMPARE(item("secondsLeft")->property("text").toString(), QStringLiteral("6"));
    // ...and nobody touched it.
    m_now += 6000;
    m_mode->session().tick();
    QTRY_VERIFY(shown("attractScreen"));
    QVERIFY(!shown("stillThereDialog"));

    const QStringList texts = textsOnScreen();
    const QString all = texts.join(u'|');
    QVERIFY2(!all.contains(QStringLiteral("Adalinde")) && !all.contains(QStringLiteral("adalinde@")), qPrintable(all));
    QVERIFY2(texts.contains(QStringLiteral("Touch to explore")), qPrintable(all)); // English again
    // The attract loop has the screen to itself: the visitor's page and controls are not under its words.
    QVERIFY2(!texts.contains(QStringLiteral("Find a home")) && !texts.contains(QStringLiteral("Been here before?")),
             qPrintable(all));
    QVERIFY(!s.leadForm().isShown());
    QVERIFY(s.leadForm().firstName().isEmpty());
    QCOMPARE(s.favourites().count(), 0);
    QCOMPARE(s.compareList().count(), 0);
    QCOMPARE(s.finder().minBedrooms(), 0);
    QVERIFY(s.selection().selectedUnitId().isEmpty());
    QVERIFY(s.finishes().choiceFor(units.at(2).id).isEmpty());
    QCOMPARE(s.language().code(), QStringLiteral("en"));
    QCOMPARE(s.timeline().date(), firstDate); // what the next visitor sees first: the package's first view
    QVERIFY(s.timeline().finished());        // the demo's is the finished development
    QCOMPARE(s.navigation().mode(), shell::Navigation::Site);
    QVERIFY(s.telemetry().visitorId().isEmpty());
    // The attract loop: the slow tour over the site once the camera is home.
    QTRY_VERIFY_WITH_TIMEOUT(s.tour().running(), 8000);
    QVERIFY(s.tour().flightMs() >= 8000);
    // The next touch is a new, anonymous visitor.
    wake();
    QVERIFY(s.telemetry().visitorId() != visitor);
    QVERIFY(!s.tour().running());
}

void tst_KioskWindow::escapeAttemptsDoNothing()
{
    QSignalSpy quitting(qApp, &QCoreApplication::aboutToQuit);
    wake();
    const int blockedBefore = m_mode->guardFilter().blocked();
    const QPoint middle(m_window->width() / 2, m_window->height() / 2);
    // A text field with the focus (the lead form's): keys that would leave anywhere else.
    m_services->leadForm().open(m_services->development().data().units.at(4).id);
    QTest::qWait(300);
    QTest::keyClick(m_window, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(m_services->leadForm().isShown()); // Escape did not even close the form
    m_services->leadForm().close();
    // Right-click and a long press.
    QTest::mouseClick(m_window, Qt::RightButton, {}, middle);
    QTest::mousePress(m_window, Qt::LeftButton, {}, middle);
    QTest::qWait(1500);
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, middle);
    // Swipes in from each edge.
    const int w = m_window->width(), h = m_window->height();
    const QList<QPair<QPoint, QPoint>> swipes{{{0, h / 2}, {w / 3, h / 2}},
                                              {{w - 1, h / 2}, {2 * w / 3, h / 2}},
                                              {{w / 2, 0}, {w / 2, h / 3}},
                                              {{w / 2, h - 1}, {w / 2, 2 * h / 3}}};
    for (const auto &[from, to] : swipes) {
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(m_window, from + (to - from) * i / 6, 10);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
    }
    // The window system asks the window to close; someone takes it out of full screen.
    QCloseEvent close;
    QCoreApplication::sendEvent(m_window, &close);
    QVERIFY(!close.isAccepted());
    m_window->close();
    m_window->showNormal();
    QTest::qWait(500);

    // Back to full screen at once. (Xvfb has no window manager to grant the state: what the window asks
    // for, and the screen it covers, are what is checked.)
    QVERIFY(m_window->isVisible());
    QTRY_COMPARE(m_window->visibility(), QWindow::FullScreen);
    QTRY_COMPARE(m_window->geometry(), m_window->screen()->geometry());
    QVERIFY(m_window->flags() & Qt::FramelessWindowHint);
    QCOMPARE(quitting.count(), 0);
    // Alt+F4, Ctrl+Q, Ctrl+W, Escape, F11 (press and release each), the right-click, two close requests.
    QVERIFY2(m_mode->guardFilter().blocked() - blockedBefore >= 9,
             qPrintable(QString::number(m_mode->guardFilter().blocked() - blockedBefore)));
    QVERIFY(!m_mode->session().isAttract()); // and the visit simply goes on
}

void tst_KioskWindow::theHiddenGestureOpensTheStaffGate()
{
    // A passing tap in the corner is nothing.
    QTest::mousePress(m_window, Qt::LeftButton, {}, QPoint(12, 12));
    QTest::qWait(800);
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, QPoint(12, 12));
    QVERIFY(!m_mode->session().isStaffRequested());
    // Held three seconds: the staff gate (PIN), nothing else.
    holdCorner();
    QVERIFY(m_mode->session().isStaffRequested());
    QTRY_VERIFY(shown("staffGate"));
    QVERIFY(!shown("staffPanel"));
    QVERIFY(!m_mode->session().isStaffOpen()); // only the PIN opens staff mode
    m_mode->session().cancelStaff();
    QTRY_VERIFY(!shown("staffGate"));
}

void tst_KioskWindow::staffSeeWhatWentWrongThePublicNever()
{
    // Between visits someone deletes the visitor database: recreated at once, a note for staff.
    QVERIFY(m_services->telemetry().flush(5000));
    QVERIFY(QFile::remove(m_services->telemetry().recorder().options().path));
    QVERIFY(m_mode->checkDatabase());
    QVERIFY(QFile::exists(m_services->telemetry().recorder().options().path));
    auto noted = [this](const QString &what) {
        return textsOnScreen().join(u'|').contains(what);
    };
    const QString deleted = QStringLiteral("had been deleted; a new one was created");
    QVERIFY(!noted(deleted)); // the public sees nothing of it
    // Staff: the gesture, then the configured PIN typed on the pad's keys.
    holdCorner();
    QTRY_VERIFY(shown("staffGate"));
    QTRY_VERIFY(shown("key_2"));
    for (const char *key : {"key_2", "key_4", "key_6", "key_8", "key_enter"})
        tap(key);
    QTRY_VERIFY_WITH_TIMEOUT(shown("staffPanel"), 10000);
    QVERIFY(m_services->staff().isUnlocked());
    QTRY_VERIFY(noted(deleted));
    // Back to visitors: the notes go with staff mode, and the PIN is needed again.
    tap("staffDone");
    QTRY_VERIFY(!shown("staffPanel"));
    QVERIFY(!m_services->staff().isUnlocked());
    QVERIFY(!noted(deleted));
    holdCorner();
    QTRY_VERIFY(shown("staffGate"));
    QVERIFY(!shown("staffPanel"));
    m_mode->session().cancelStaff();
}

void tst_KioskWindow::aReloadOnTheStaffCommandComesOnScreen()
{
    // Issue 16: the reloaded site once crashed the render thread (QQuick3DTextureData::updateSpatialNode
    // -> a Texture destroyed with the old site's rows; see qml/site/UnitsMaterial.qml). It must come on
    // screen and the kiosk go on.
    holdCorner();
    QTRY_VERIFY(shown("key_2"));
    for (const char *key : {"key_2", "key_4", "key_6", "key_8", "key_enter"})
        tap(key);
    QTRY_VERIFY_WITH_TIMEOUT(shown("staffPanel"), 10000);
    tap("staffReload");
    QTRY_VERIFY_WITH_TIMEOUT(textsOnScreen().join(u'|').contains(QStringLiteral("Development reloaded")), 20000);
    // The new site comes on screen and the kiosk goes on.
    QTRY_VERIFY_WITH_TIMEOUT(m_services->site().status() == scene::SiteModel::Ready, 120'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->property("settled").toBool(), 120'000);
    tap("staffDone");
    QTRY_VERIFY(!shown("staffPanel"));
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(tst_KioskWindow)
#include "tst_kioskwindow.moc"
