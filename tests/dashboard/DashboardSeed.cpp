#include "DashboardSeed.h"

#include "profiles/Seed.h"
#include "telemetry/Database.h"

#include <QRandomGenerator>

namespace showroom::testing {

core::DevelopmentData dashboardFixture(int floors, int perFloor)
{
    core::DevelopmentData d;
    d.development.id = "fixture";
    d.development.name = "Fixture Gardens";
    d.development.currency = "EUR";
    d.buildings = {{"A", "Haus Linde", "apartments", floors, "Building_A"}};
    core::UnitType t;
    t.id = "2B";
    t.name = "Two-bedroom apartment";
    t.bedrooms = 2;
    t.rooms = {{"Floor_Living", "Living"}, {"Floor_Bedroom_1", "Bedroom 1"}, {"Floor_Kitchen", "Kitchen"}};
    d.unitTypes = {t};
    for (int floor = 0; floor < floors; ++floor) {
        for (int n = 1; n <= perFloor; ++n) {
            core::Unit u;
            u.id = QStringLiteral("A_%1%2").arg(floor, 2, 10, QChar('0')).arg(n, 2, 10, QChar('0'));
            u.building = "A";
            u.floor = floor;
            u.type = "2B";
            u.bedrooms = 2;
            u.price = 300000 + 10000 * floor + n * 1000;
            u.status = n == 1 ? core::UnitStatus::Sold : n == 2 ? core::UnitStatus::Reserved : core::UnitStatus::Available;
            u.node = "Unit_" + u.id;
            d.units.append(u);
        }
    }
    return d;
}

bool seedDashboardDatabase(const QString &path, const core::DevelopmentData &development,
                           const DashboardSeed &seed, QString *error)
{
    telemetry::sql::Connection db;
    const telemetry::OpenResult opened = telemetry::openDatabase(db, path, {});
    if (!opened.ok) {
        *error = opened.error;
        return false;
    }
    profiles::SeedOptions options;
    options.events = seed.events;
    options.visitors = seed.visitors;
    options.days = seed.days;
    options.endUtcMs = seed.endUtcMs;
    const profiles::SeedResult seeded = profiles::seedDatabase(db, development, options);
    if (!seeded.ok) {
        *error = seeded.error;
        return false;
    }
    if (seed.hotSpots.isEmpty())
        return true;
    // Before any dashboard query folds them: the rollups read the spread positions.
    QList<qint64> ids;
    {
        telemetry::sql::Statement q(db, "SELECT id FROM events WHERE name = 'camera'");
        while (q.step() == 100)
            ids << q.int64(0);
    }
    QRandomGenerator random(15);
    if (!db.exec("BEGIN"))
        return false;
    telemetry::sql::Statement update(db, "UPDATE events SET properties = ?1 WHERE id = ?2");
    for (int i = 0; i < ids.size(); ++i) {
        // Most time near the first spots, a little everywhere between them.
        const int spot = int(
            std::min<double>(seed.hotSpots.size() - 1, std::abs(random.bounded(2.0) * random.bounded(2.0)) *
                                                           seed.hotSpots.size() / 4.0));
        const QPointF c = seed.hotSpots.at(spot);
        const double x = c.x() + (random.bounded(2.0) - 1) * (random.bounded(2.0) - 1) * 40;
        const double z = c.y() + (random.bounded(2.0) - 1) * (random.bounded(2.0) - 1) * 40;
        update.bind(
            1, QStringLiteral("{\"p\":[%1,25,%2],\"d\":[0,-0.5,-1]}").arg(x, 0, 'f', 2).arg(z, 0, 'f', 2));
        update.bind(2, ids.at(i));
        if (update.step() != 101 /* SQLITE_DONE */) {
            *error = db.errorText();
            return false;
        }
        update.reset();
    }
    return db.exec("COMMIT");
}

} // namespace showroom::testing
