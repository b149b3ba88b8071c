// A count of the live QObjects by class, for finding what a kiosk visit leaves behind (the robot prints it
// with SHOWROOM_ROBOT_CENSUS=1, docs/kiosk.md). It uses Qt's object hooks (the ones GammaRay uses), so it
// sees every QObject, parented or not, QML's included (their classes are named like "Panel_QMLTYPE_12").
#pragma once

#include <QByteArray>
#include <QHash>

namespace showroom::kiosk {

class ObjectCensus
{
public:
    // Starts counting objects created from now on (once per process; later calls do nothing).
    static void start();
    static bool running();
    // Live objects by class name, of those created since start().
    static QHash<QByteArray, int> count();
    // "Class +N" for the classes whose count grew most between two counts, largest first.
    static QByteArray growth(const QHash<QByteArray, int> &before, const QHash<QByteArray, int> &after,
                             int classes = 12);
};

} // namespace showroom::kiosk
