#include "Plans.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace demo {

namespace {

const QColor kInk("#2b2d30");
const QColor kRoom("#faf8f4");
const QColor kWet("#e3ecf0");
const QColor kGlass("#6e8ea3");
const QColor kMuted("#7b7f85");

QFont font(int pixelSize, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString area(double m2)
{
    return QStringLiteral("%1 m²").arg(m2, 0, 'f', 1);
}

// Maps plan metres (x, z) to image pixels inside `frame`, keeping the aspect ratio.
struct PlanFrame
{
    QRectF world;
    double scale = 1;
    QPointF offset;
    PlanFrame(const QRectF &w, const QRectF &frame) : world(w)
    {
        scale = std::min(frame.width() / w.width(), frame.height() / w.height());
        offset = QPointF(frame.left() + (frame.width() - w.width() * scale) / 2 - w.left() * scale,
                         frame.top() + (frame.height() - w.height() * scale) / 2 - w.top() * scale);
    }
    QPointF map(double x, double z) const { return QPointF(x * scale, z * scale) + offset; }
    QRectF map(const QRectF &r) const { return QRectF(map(r.left(), r.top()), map(r.right(), r.bottom())); }
};

void drawScaleBar(QPainter &p, const PlanFrame &f, QPointF at)
{
    p.setPen(QPen(kInk, 2));
    const double five = 5 * f.scale;
    p.drawLine(at, at + QPointF(five, 0));
    for (int i = 0; i <= 5; ++i)
        p.drawLine(at + QPointF(i * f.scale, -5), at + QPointF(i * f.scale, i % 5 == 0 ? 7 : 3));
    p.setFont(font(16));
    p.drawText(at + QPointF(five + 10, 6), QStringLiteral("5 m"));
}

void drawNorthArrow(QPainter &p, QPointF centre, double dirX, double dirZ)
{
    const double len = std::hypot(dirX, dirZ);
    const QPointF d(dirX / len, dirZ / len), side(-d.y(), d.x());
    QPainterPath arrow;
    arrow.moveTo(centre + d * 34);
    arrow.lineTo(centre - d * 22 + side * 14);
    arrow.lineTo(centre - d * 10);
    arrow.lineTo(centre - d * 22 - side * 14);
    arrow.closeSubpath();
    p.setPen(QPen(kInk, 2));
    p.setBrush(kInk);
    p.drawPath(arrow);
    p.setFont(font(20, true));
    const QPointF label = centre + d * 52;
    p.drawText(QRectF(label - QPointF(15, 13), QSizeF(30, 26)), Qt::AlignCenter, QStringLiteral("N"));
    p.setBrush(Qt::NoBrush);
}

QImage blank(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(QColor("#ffffff"));
    return img;
}

} // namespace

QString floorName(const Building &building, int level)
{
    if (level == 0)
        return QStringLiteral("Ground floor");
    if (building.kind == "townhouses")
        return level == 1 ? QStringLiteral("First floor") : QStringLiteral("Attic");
    static const char *suffix[] = {"th", "st", "nd", "rd"};
    const int mod = level % 10;
    return QStringLiteral("%1%2 floor")
        .arg(level)
        .arg(QLatin1String(mod < 4 && level / 10 != 1 ? suffix[mod] : "th"));
}

// The stair as architects draw it: treads, and on the storey it starts from an arrow up the flight;
// above, the opening it climbs through, crossed.
static void drawStairs(QPainter &p, const PlanFrame &f, const TypeLayout &l, int storey)
{
    for (const FixtureSpec &fx : l.fixtures) {
        if (fx.steps < 2 || fx.storey != storey)
            continue;
        const QRectF r = f.map(fx.rect);
        p.setPen(QPen(kMuted, 1.5));
        p.setBrush(QColor("#f0ede7"));
        p.drawRect(r);
        const double going = r.height() / (fx.steps - 1);
        for (int i = 1; i < fx.steps - 1; ++i)
            p.drawLine(QPointF(r.left(), r.bottom() - i * going), QPointF(r.right(), r.bottom() - i * going));
        p.setPen(QPen(kInk, 2));
        const QPointF from(r.center().x(), r.bottom() - going / 2), to(r.center().x(), r.top() + going);
        p.drawLine(from, to);
        p.drawLine(to, to + QPointF(-7, 12));
        p.drawLine(to, to + QPointF(7, 12));
        p.drawEllipse(from, 4, 4);
    }
    if (storey > 0 && !l.stairOpening.isEmpty()) {
        const QRectF r = f.map(l.stairOpening);
        p.setPen(QPen(kMuted, 1.5));
        p.setBrush(QColor("#ffffff"));
        p.drawRect(r);
        p.drawLine(r.topLeft(), r.bottomRight());
        p.drawLine(r.topRight(), r.bottomLeft());
    }
}

// One storey of a type's plan in frame `f`: rooms, the balcony, fittings, walls with their openings,
// the stair, room names and areas.
static void drawStorey(QPainter &p, const PlanFrame &f, const UnitType &type, int storey)
{
    const TypeLayout &l = type.layout;
    for (const RoomSpec &r : l.rooms) {
        if (r.storey != storey)
            continue;
        p.setPen(Qt::NoPen);
        p.setBrush(r.surface == "bathroom" ? kWet : kRoom);
        p.drawRect(f.map(r.rect));
    }
    drawStairs(p, f, l, storey);
    // Balcony or terrace in front of the glazed door.
    for (const WallSpec &w : l.walls) {
        for (const Opening &o : w.openings) {
            if (w.storey != storey || o.kind != Opening::GlazedDoor || w.a.y() <= 0)
                continue;
            const double bw = std::max(o.width + 0.8, 3.0);
            const QRectF balcony(o.at - bw / 2, w.a.y() + w.thickness / 2, bw, type.id == "TH" ? 3.0 : 1.6);
            p.setPen(QPen(kMuted, 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(f.map(balcony));
            p.setFont(font(18));
            p.drawText(f.map(balcony), Qt::AlignCenter, type.id == "TH" ? "Terrace" : "Balcony / terrace");
        }
    }
    for (const FixtureSpec &fx : l.fixtures) {
        if (!fx.onPlan || fx.storey != storey || fx.steps > 0)
            continue;
        // Fixed fittings drawn firmly, furniture only hinted so room labels stay readable.
        const bool furniture = fx.node.startsWith("Furniture_");
        p.setPen(QPen(furniture ? QColor("#c9c6c0") : kMuted, furniture ? 1.0 : 1.5));
        p.setBrush(fx.material == "sanitary" ? QColor("#ffffff")
                   : furniture               ? Qt::NoBrush
                                             : QBrush(QColor("#f0ede7")));
        p.drawRect(f.map(fx.rect));
    }
    // Walls: solid where built, open at doors and windows; windows drawn as thin double lines, doors
    // with their swing.
    for (const WallSpec &w : l.walls) {
        if (w.storey != storey)
            continue;
        const bool alongX = w.a.y() == w.b.y();
        const double start =
            (alongX ? std::min(w.a.x(), w.b.x()) : std::min(w.a.y(), w.b.y())) - w.thickness / 2;
        const double end =
            (alongX ? std::max(w.a.x(), w.b.x()) : std::max(w.a.y(), w.b.y())) + w.thickness / 2;
        const double c = alongX ? w.a.y() : w.a.x(), t = w.thickness / 2;
        auto rect = [&](double s0, double s1, double c0, double c1) {
            return alongX ? QRectF(QPointF(s0, c + c0), QPointF(s1, c + c1))
                          : QRectF(QPointF(c + c0, s0), QPointF(c + c1, s1));
        };
        std::vector<Opening> openings = w.openings;
        std::sort(openings.begin(), openings.end(),
                  [](const Opening &a, const Opening &b) { return a.at < b.at; });
        double cursor = start;
        p.setPen(Qt::NoPen);
        p.setBrush(kInk);
        for (const Opening &o : openings) {
            p.setPen(Qt::NoPen);
            p.setBrush(kInk);
            p.drawRect(f.map(rect(cursor, o.at - o.width / 2, -t, t)));
            cursor = o.at + o.width / 2;
            if (o.kind == Opening::Door) {
                // Doors in outside walls swing in; others towards +x / +z (as in the interior model).
                const double s0 = o.at - o.width / 2, leaf = o.width,
                             side = o.swing != 0 ? o.swing
                                    : c > 0.01   ? -1
                                                 : 1;
                const QPointF hinge = alongX ? f.map(s0, c + side * t) : f.map(c + side * t, s0);
                const QPointF tip =
                    alongX ? f.map(s0, c + side * (t + leaf)) : f.map(c + side * (t + leaf), s0);
                p.setPen(QPen(kInk, 2));
                p.drawLine(hinge, tip);
                p.setPen(QPen(kMuted, 1.2));
                const double r = leaf * f.scale;
                const QRectF box(hinge - QPointF(r, r), QSizeF(2 * r, 2 * r));
                p.setBrush(Qt::NoBrush);
                p.drawArc(box, alongX ? 0 : -90 * 16, int(side) * (alongX ? -90 * 16 : 90 * 16));
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor("#ffffff"));
                const QRectF glass = f.map(rect(o.at - o.width / 2, o.at + o.width / 2, -t, t));
                p.drawRect(glass);
                p.setPen(QPen(kGlass, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(glass);
                if (alongX)
                    p.drawLine(QPointF(glass.left(), glass.center().y()),
                               QPointF(glass.right(), glass.center().y()));
                else
                    p.drawLine(QPointF(glass.center().x(), glass.top()),
                               QPointF(glass.center().x(), glass.bottom()));
            }
        }
        p.setPen(Qt::NoPen);
        p.setBrush(kInk);
        p.drawRect(f.map(rect(cursor, end, -t, t)));
    }
    for (const RoomSpec &r : l.rooms) {
        if (r.storey != storey || r.label.isEmpty() || !r.planLabel)
            continue;
        const QRectF box = f.map(r.labelRect.isEmpty() ? r.rect : r.labelRect);
        p.setPen(kInk);
        p.setFont(font(r.area() < 6 ? 15 : 19, true));
        p.drawText(box.adjusted(4, 0, -4, -box.height() / 2 + 2), Qt::AlignHCenter | Qt::AlignBottom,
                   r.label);
        p.setFont(font(r.area() < 6 ? 14 : 17));
        p.setPen(kMuted);
        p.drawText(
            box.adjusted(4, box.height() / 2 + 4, -4, 0), Qt::AlignHCenter | Qt::AlignTop,
            area((r.rect.width() - 0.12) * (r.rect.height() - 0.12) - r.hole.width() * r.hole.height()));
    }
}

QImage drawTypePlan(const UnitType &type)
{
    const TypeLayout &l = type.layout;
    QImage img = blank(1400, 1000);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);

    p.setPen(kInk);
    p.setFont(font(34, true));
    p.drawText(QPointF(60, 70), type.name);
    p.setFont(font(22));
    p.setPen(kMuted);
    p.drawText(QPointF(60, 108), QStringLiteral("Type %1  ·  %2 bedroom%3  ·  %4 bathroom%5  ·  %6")
                                     .arg(type.id)
                                     .arg(type.bedrooms)
                                     .arg(type.bedrooms == 1 ? "" : "s")
                                     .arg(type.bathrooms)
                                     .arg(type.bathrooms == 1 ? "" : "s")
                                     .arg(area(type.area)));
    if (type.id == "TH") {
        p.drawText(QPointF(60, 140),
                   QStringLiteral("Ground floor and first floor; the third bedroom is under the roof"));
    }

    // Plan with the facade (and balcony) at the bottom; a margin for the balcony outline. Storeys side
    // by side, the ground floor on the left.
    const QRectF world(-l.width / 2 - 0.6, -l.depth / 2 - 0.6, l.width + 1.2, l.depth + 3.4);
    PlanFrame barFrame(world, QRectF(60, 170, 1280, 760));
    if (l.storeys <= 1) {
        drawStorey(p, barFrame, type, 0);
    } else {
        // Room below for the street-side terrace (3 m deep in the site model).
        const QRectF world(-l.width / 2 - 0.6, -l.depth / 2 - 0.6, l.width + 1.2, l.depth + 4.0);
        const double column = 1280.0 / l.storeys;
        for (int storey = 0; storey < l.storeys; ++storey) {
            const QRectF frame(60 + storey * column, 200, column - 40, 730);
            const PlanFrame f(world, frame);
            drawStorey(p, f, type, storey);
            barFrame = f;
            if (storey == 0 && type.id == "TH") {
                // The terrace in front of the house, where the site model has it (SiteBuildings.cpp).
                const QRectF terrace(0.55 - (l.width - 1.2) / 2, l.depth / 2 + 0.15, l.width - 1.2, 2.85);
                p.setPen(QPen(kMuted, 2, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRect(f.map(terrace));
                p.setFont(font(18));
                p.drawText(f.map(terrace), Qt::AlignCenter, QStringLiteral("Terrace"));
            }
            const QPointF corner = f.map(-l.width / 2, -l.depth / 2);
            p.setPen(kInk);
            p.setFont(font(22, true));
            p.drawText(QPointF(corner.x(), corner.y() - 44),
                       storey == 0 ? QStringLiteral("Ground floor") : QStringLiteral("First floor"));
            p.setFont(font(15));
            p.setPen(kMuted);
            p.drawText(QPointF(corner.x(), corner.y() - 14), QStringLiteral("Garden"));
        }
    }
    drawScaleBar(p, barFrame, QPointF(1000, 960));
    p.setFont(font(16));
    p.setPen(kMuted);
    p.drawText(QPointF(60, 975), QStringLiteral("Indicative layout. Furniture not included."));
    return img;
}

QImage drawFloorPlan(const Development &dev, const Building &b, int level)
{
    QImage img = blank(1600, 1000);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(kInk);
    p.setFont(font(34, true));
    p.drawText(QPointF(60, 70), QStringLiteral("%1 (%2)  ·  %3").arg(b.name, b.id, floorName(b, level)));
    p.setFont(font(22));
    p.setPen(kMuted);
    p.drawText(QPointF(60, 108), QStringLiteral("Floor level +%1 m").arg(b.elevation(level), 0, 'f', 2));

    const bool houses = b.kind == "townhouses";
    const double margin = houses ? 4.5 : 3.0;
    const QRectF world(-b.length / 2 - margin, -b.depth / 2 - margin, b.length + 2 * margin,
                       b.depth + 2 * margin);
    const PlanFrame f(world, QRectF(60, 150, 1480, 760));

    // Building outline, corridor and core.
    p.setPen(QPen(kInk, 4));
    p.setBrush(QColor("#efece6"));
    p.drawRect(f.map(QRectF(-b.length / 2, -b.depth / 2, b.length, b.depth)));
    if (!houses) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor("#e4e0d8"));
        p.drawRect(f.map(QRectF(-b.length / 2, -b.corridor / 2, b.length, b.corridor)));
        p.setBrush(QColor("#c9c4ba"));
        const QRectF core = f.map(QRectF(-3.0, -b.corridor / 2, 6.0, b.corridor));
        p.drawRect(core);
        p.setPen(kInk);
        p.setFont(font(15, true));
        p.drawText(core, Qt::AlignCenter, QStringLiteral("Stairs · Lift"));
        p.setFont(font(14));
        p.setPen(kMuted);
        p.drawText(f.map(QRectF(-b.length / 2, -b.corridor / 2, 8, b.corridor)), Qt::AlignCenter,
                   QStringLiteral("Entrance"));
        p.drawText(f.map(QRectF(b.length / 2 - 8, -b.corridor / 2, 8, b.corridor)), Qt::AlignCenter,
                   QStringLiteral("Entrance"));
    }

    const QColor typeColours[] = {QColor("#e8eef2"), QColor("#eef2e6"), QColor("#f4ede2"), QColor("#efe8f0")};
    for (const Unit &u : dev.units) {
        if (u.building != b.id || (!houses && u.floor != level))
            continue;
        int typeIndex = 0;
        for (std::size_t i = 0; i < dev.types.size(); ++i)
            if (dev.types[i].id == u.type)
                typeIndex = int(i % 4);
        const QRectF r(u.centre.x() - u.width / 2, u.centre.z() - u.depth / 2, u.width, u.depth);
        const QRectF px = f.map(r);
        p.setPen(QPen(kInk, 2.5));
        p.setBrush(typeColours[typeIndex]);
        p.drawRect(px);
        if (u.balcony && (!houses || level == 0)) {
            // Balconies and terraces on the unit's facade side.
            const double side = std::cos(double(u.yaw) * M_PI / 180.0) > 0 ? 1.0 : -1.0;
            const double depth = u.balconyDepth;
            const double z0 = side > 0 ? u.centre.z() + u.depth / 2 : u.centre.z() - u.depth / 2 - depth;
            const double bw = u.balconyWidth;
            p.setPen(QPen(kMuted, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(f.map(QRectF(u.centre.x() - bw / 2, z0, bw, depth)));
        }
        p.setPen(kInk);
        p.setFont(font(houses ? 17 : 20, true));
        p.drawText(px.adjusted(2, 0, -2, -px.height() / 2), Qt::AlignHCenter | Qt::AlignBottom, u.id);
        p.setFont(font(houses ? 14 : 16));
        p.setPen(kMuted);
        p.drawText(px.adjusted(2, px.height() / 2 + 2, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                   houses ? QStringLiteral("%1\n%2").arg(u.type, area(u.area))
                          : QStringLiteral("%1  ·  %2").arg(u.type, area(u.area)));
    }

    // North in the building's frame: the model direction whose bearing is 0, turned back by the
    // building's own rotation.
    const double n = -dev.northAngle * M_PI / 180.0;
    const double wx = std::sin(n), wz = -std::cos(n);
    const double yaw = -double(b.yaw) * M_PI / 180.0;
    const double bx = wx * std::cos(yaw) + wz * std::sin(yaw), bz = -wx * std::sin(yaw) + wz * std::cos(yaw);
    drawNorthArrow(p, QPointF(1480, 90), bx, bz);
    drawScaleBar(p, f, QPointF(1300, 960));
    return img;
}

QImage drawOakTexture()
{
    // Light oak boards, 512 px for 1 m (the palette's texture repeats per metre of floor).
    QImage img(512, 512, QImage::Format_RGB32);
    img.fill(QColor("#d2b48c"));
    QPainter p(&img);
    Random rng(42);
    const int boards = 4;
    for (int b = 0; b < boards; ++b) {
        const int x0 = b * 512 / boards;
        const QColor tone = QColor::fromHsv(30, 90 + int(rng.uniform() * 30), 200 + int(rng.uniform() * 25));
        p.fillRect(QRect(x0, 0, 512 / boards, 512), tone);
        for (int g = 0; g < 14; ++g) {
            const int x = x0 + 4 + int(rng.uniform() * (512 / boards - 8));
            p.setPen(QPen(tone.darker(108 + int(rng.uniform() * 10)), 1 + int(rng.uniform() * 2)));
            p.drawLine(x, 0, x + int(rng.uniform() * 6) - 3, 511);
        }
        const int joint = int(rng.uniform() * 512);
        p.setPen(QPen(QColor("#a88a66"), 2));
        p.drawLine(x0, joint, x0 + 512 / boards, joint);
        p.drawLine(x0, 0, x0, 511);
    }
    return img;
}

} // namespace demo
