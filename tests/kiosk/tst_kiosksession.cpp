// The kiosk's visitor cycle on a fake clock, without a window: the first touch starts a visit, 90 s
// without input bring "Are you still there?" counting down 10 s, a touch keeps the visit, the end of the
// countdown ends it as idle_timeout and the attract loop follows; staff mode only through the gesture.
#include "kiosk/KioskSession.h"

#include <QSignalSpy>
#include <QTest>

using showroom::kiosk::KioskSession;

class tst_KioskSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aDesktopHasNoCycle();
    void theFirstTouchStartsAVisit();
    void ninetySecondsWithoutATouchAskAreYouStillThere();
    void theCountdownShowsWholeSecondsLeft();
    void aTouchDuringTheCountdownKeepsTheVisit();
    void theCountdownsEndEndsTheVisitAsIdleTimeout();
    void timeoutsAreConfigurable();
    void staffModeOnlyThroughTheGestureAndEndsWithTheVisit();
    void notesAreKeptOnceEach();

private:
    void advance(qint64 ms)
    {
        m_now += ms;
        m_session->tick();
    }
    qint64 m_now = 0;
    std::unique_ptr<KioskSession> m_session;
};

void tst_KioskSession::init()
{
    m_now = 1000;
    m_session = std::make_unique<KioskSession>();
    m_session->setClock([this] { return m_now; });
    m_session->setEnabled(true, 0); // no timer: the test ticks
}

void tst_KioskSession::aDesktopHasNoCycle()
{
    KioskSession desktop;
    QSignalSpy started(&desktop, &KioskSession::visitStarted);
    desktop.noteActivity();
    desktop.tick();
    QCOMPARE(started.count(), 0);
    QVERIFY(desktop.isAttract()); // (the layer is hidden: enabled is false)
    QVERIFY(!desktop.isEnabled());
}

void tst_KioskSession::theFirstTouchStartsAVisit()
{
    QSignalSpy started(m_session.get(), &KioskSession::visitStarted);
    QVERIFY(m_session->isAttract());
    advance(600'000); // nobody for ten minutes: still the attract loop, nothing ends
    QVERIFY(m_session->isAttract());
    m_session->noteActivity();
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_session->state(), KioskSession::Active);
    m_session->noteActivity(); // more touches: the same visit
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_session->visits(), 1);
}

void tst_KioskSession::ninetySecondsWithoutATouchAskAreYouStillThere()
{
    QCOMPARE(m_session->idleTimeoutMs(), 90'000); // the default
    QCOMPARE(m_session->stillThereMs(), 10'000);
    m_session->noteActivity();
    advance(60'000);
    m_session->noteActivity(); // a touch a minute in: the 90 s start again
    advance(89'900);
    QCOMPARE(m_session->state(), KioskSession::Active);
    advance(100);
    QCOMPARE(m_session->state(), KioskSession::StillThere);
    QVERIFY(m_session->isStillThere());
    QCOMPARE(m_session->secondsLeft(), 10);
}

void tst_KioskSession::theCountdownShowsWholeSecondsLeft()
{
    m_session->noteActivity();
    advance(90'000);
    advance(300);
    QCOMPARE(m_session->secondsLeft(), 10); // 9.7 s left: "10"
    advance(3'000);
    QCOMPARE(m_session->secondsLeft(), 7);
    advance(6'600);
    QCOMPARE(m_session->secondsLeft(), 1);
    QVERIFY(m_session->isStillThere());
}

void tst_KioskSession::aTouchDuringTheCountdownKeepsTheVisit()
{
    QSignalSpy ending(m_session.get(), &KioskSession::visitEnding);
    QSignalSpy started(m_session.get(), &KioskSession::visitStarted);
    m_session->noteActivity();
    advance(90'000);
    advance(8'000);
    QVERIFY(m_session->isStillThere());
    m_session->noteActivity();
    QCOMPARE(m_session->state(), KioskSession::Active);
    QCOMPARE(m_session->secondsLeft(), 0);
    advance(5'000); // past where the countdown would have ended
    QCOMPARE(m_session->state(), KioskSession::Active);
    QCOMPARE(ending.count(), 0);
    QCOMPARE(started.count(), 1); // the same visitor, not a new one
    advance(85'000);              // and the idle clock started again at that touch
    QCOMPARE(m_session->state(), KioskSession::StillThere);
}

void tst_KioskSession::theCountdownsEndEndsTheVisitAsIdleTimeout()
{
    QSignalSpy ending(m_session.get(), &KioskSession::visitEnding);
    QSignalSpy attract(m_session.get(), &KioskSession::attractStarted);
    m_session->noteActivity();
    advance(90'000);
    advance(9'999);
    QCOMPARE(ending.count(), 0);
    advance(1);
    QCOMPARE(ending.count(), 1);
    QCOMPARE(ending.at(0).at(0).toString(), QStringLiteral("idle_timeout"));
    QCOMPARE(attract.count(), 1);
    QVERIFY(m_session->isAttract());
    // The next touch is the next visitor.
    QSignalSpy started(m_session.get(), &KioskSession::visitStarted);
    m_session->noteActivity();
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_session->visits(), 2);
}

void tst_KioskSession::timeoutsAreConfigurable()
{
    QSignalSpy ending(m_session.get(), &KioskSession::visitEnding);
    m_session->setTimeouts(30'000, 5'000);
    m_session->noteActivity();
    advance(29'999);
    QCOMPARE(m_session->state(), KioskSession::Active);
    advance(1);
    QCOMPARE(m_session->secondsLeft(), 5);
    advance(5'000);
    QCOMPARE(ending.count(), 1);
    m_session->setTimeouts(0, -4); // nonsense is clamped to a second, never "at once"
    QCOMPARE(m_session->idleTimeoutMs(), 1000);
    QCOMPARE(m_session->stillThereMs(), 1000);
}

void tst_KioskSession::staffModeOnlyThroughTheGestureAndEndsWithTheVisit()
{
    m_session->openStaff(); // no gesture, no PIN pad: nothing
    QVERIFY(!m_session->isStaffOpen());
    m_session->requestStaff();
    QVERIFY(m_session->isStaffRequested());
    m_session->cancelStaff();
    QVERIFY(!m_session->isStaffRequested());
    m_session->noteActivity();
    m_session->requestStaff();
    m_session->openStaff(); // the PIN pad accepted
    QVERIFY(m_session->isStaffOpen());
    QVERIFY(!m_session->isStaffRequested());
    // Staff walk away: the visit idles out and staff mode goes with it.
    advance(90'000);
    advance(10'000);
    QVERIFY(m_session->isAttract());
    QVERIFY(!m_session->isStaffOpen());
}

void tst_KioskSession::notesAreKeptOnceEach()
{
    QSignalSpy changed(m_session.get(), &KioskSession::notesChanged);
    m_session->addNote(QStringLiteral("kiosk.conf: idle/timeout 'soon' is not a whole number of seconds"));
    m_session->addNote(QStringLiteral("kiosk.conf: idle/timeout 'soon' is not a whole number of seconds"));
    m_session->addNote(QStringLiteral("The visitor database had been deleted; a new one was created"));
    QCOMPARE(m_session->notes().size(), 2);
    QCOMPARE(changed.count(), 2);
    m_session->clearNotes();
    QVERIFY(m_session->notes().isEmpty());
}

QTEST_GUILESS_MAIN(tst_KioskSession)
#include "tst_kiosksession.moc"
