// Loads a package off the GUI thread and applies it to a Development only when it validates, so a
// failed (re)load keeps the development on show. The newest load() wins over ones still running.
#pragma once

#include "core/ManifestLoader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace showroom::core {

class Development;

class DevelopmentLoader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(showroom::core::Development *development READ development WRITE setDevelopment NOTIFY
                   developmentChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // Problems of the last finished load (errors: it was not applied).
    Q_PROPERTY(QStringList errors READ errors NOTIFY finished)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY finished)

public:
    explicit DevelopmentLoader(QObject *parent = nullptr);
    ~DevelopmentLoader() override;

    Development *development() const;
    void setDevelopment(Development *development);
    bool isBusy() const { return m_running > 0; }
    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }

    // Starts reading `packageDir` on a worker thread; finished(ok) follows on this object's thread.
    Q_INVOKABLE void load(const QString &packageDir);

signals:
    void developmentChanged();
    void busyChanged();
    void finished(bool ok);

private:
    QPointer<Development> m_development;
    QStringList m_errors;
    QStringList m_warnings;
    int m_running = 0;
    quint64 m_generation = 0;
};

} // namespace showroom::core
