#include "kiosk/ObjectCensus.h"

#include <QMutex>
#include <QObject>
#include <QSet>

#include <algorithm>

// Qt's hook table (qhooks_p.h): slot 3 is called from every QObject's constructor, slot 4 from its
// destructor. Declared here rather than through Qt's private headers; the layout is fixed by version 1 of
// the table (HookDataVersion), which GammaRay and Qt Creator's debugging helpers rely on too.
extern quintptr Q_CORE_EXPORT qtHookData[];

namespace showroom::kiosk {

namespace {

constexpr int kAddQObject = 3;
constexpr int kRemoveQObject = 4;
using Callback = void (*)(QObject *);

QMutex g_mutex;
QSet<QObject *> *g_live = nullptr;
Callback g_previousAdd = nullptr;
Callback g_previousRemove = nullptr;

void added(QObject *o)
{
    {
        QMutexLocker lock(&g_mutex);
        g_live->insert(o);
    }
    if (g_previousAdd)
        g_previousAdd(o);
}

void removed(QObject *o)
{
    {
        QMutexLocker lock(&g_mutex);
        g_live->remove(o);
    }
    if (g_previousRemove)
        g_previousRemove(o);
}

} // namespace

void ObjectCensus::start()
{
    QMutexLocker lock(&g_mutex);
    if (g_live)
        return;
    g_live = new QSet<QObject *>; // lives as long as the process: destructors call removed() until the end
    g_previousAdd = reinterpret_cast<Callback>(qtHookData[kAddQObject]);
    g_previousRemove = reinterpret_cast<Callback>(qtHookData[kRemoveQObject]);
    qtHookData[kAddQObject] = reinterpret_cast<quintptr>(&added);
    qtHookData[kRemoveQObject] = reinterpret_cast<quintptr>(&removed);
}

bool ObjectCensus::running()
{
    QMutexLocker lock(&g_mutex);
    return g_live != nullptr;
}

QHash<QByteArray, int> ObjectCensus::count()
{
    QHash<QByteArray, int> classes;
    QMutexLocker lock(&g_mutex); // a destructor elsewhere waits until the count is done
    if (!g_live)
        return classes;
    for (QObject *o : std::as_const(*g_live))
        ++classes[QByteArray(o->metaObject()->className())];
    return classes;
}

QByteArray ObjectCensus::growth(const QHash<QByteArray, int> &before, const QHash<QByteArray, int> &after,
                                int classes)
{
    QList<QPair<int, QByteArray>> grown;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const int by = it.value() - before.value(it.key());
        if (by > 0)
            grown.append({by, it.key()});
    }
    std::sort(grown.begin(), grown.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QByteArray out;
    for (int i = 0; i < std::min(classes, int(grown.size())); ++i)
        out += (i ? ", " : "") + grown.at(i).second + " +" + QByteArray::number(grown.at(i).first);
    qint64 total = 0, totalBefore = 0;
    for (const int n : after)
        total += n;
    for (const int n : before)
        totalBefore += n;
    return "live " + QByteArray::number(total) + " (" + (total >= totalBefore ? "+" : "") +
           QByteArray::number(total - totalBefore) + "): " + (out.isEmpty() ? QByteArray("nothing grew") : out);
}

} // namespace showroom::kiosk
