#include "core/DevelopmentLoader.h"

#include "core/Development.h"

#include <QtConcurrent/QtConcurrentRun>

namespace showroom::core {

DevelopmentLoader::DevelopmentLoader(QObject *parent) : QObject(parent) {}

DevelopmentLoader::~DevelopmentLoader() = default;

Development *DevelopmentLoader::development() const
{
    return m_development;
}

void DevelopmentLoader::setDevelopment(Development *development)
{
    if (development == m_development)
        return;
    m_development = development;
    emit developmentChanged();
}

void DevelopmentLoader::load(const QString &packageDir)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ManifestResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation == m_generation) { // an older load finishing late must not win
            const ManifestResult result = watcher->result();
            m_errors = result.errors;
            m_warnings = result.warnings;
            if (result.ok() && m_development)
                m_development->setData(result.data);
            if (m_running == 0)
                emit busyChanged();
            emit finished(result.ok());
        } else if (m_running == 0) {
            emit busyChanged();
        }
    });
    if (m_running++ == 0)
        emit busyChanged();
    // loadManifest shares nothing with this object: the task may outlive it safely.
    watcher->setFuture(QtConcurrent::run([packageDir] { return loadManifest(packageDir); }));
}

} // namespace showroom::core
