// Quick Test runner for qml/staff: every engine gets the shell's Staff singleton as the app publishes
// it, here a real StaffAccess (worker thread, Argon2id) on a fresh database file whose PIN is 2468.
#include "StaffFixture.h"
#include "shell/QmlSingletons.h"
#include "staff/StaffAccess.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace showroom;

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        const QString path = m_dir.filePath(QStringLiteral("pinpad.db"));
        if (!fixture::makeDatabase(path) || !fixture::setPin(path, QStringLiteral("2468"), fixture::cheapCost()))
            qFatal("tst_pinpad: the fixture database could not be made in %s", qPrintable(path));
        m_staff = std::make_unique<staff::StaffAccess>();
        m_staff->open(path, QStringLiteral("test-kiosk"));
        shell::ProvidedInstance<staff::StaffAccess>::provide(m_staff.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase() { m_staff.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<staff::StaffAccess> m_staff;
};

QUICK_TEST_MAIN_WITH_SETUP(staff_pinpad, Setup)
#include "tst_pinpad.moc"
