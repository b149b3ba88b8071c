#include "core/FilterExpression.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace showroom::core {

namespace {

enum class Field
{
    Bedrooms,
    Price,
    Area,
    Floor,
    Orientation,
    Status,
    Building,
    Type
};

bool isRange(Field f)
{
    return f == Field::Bedrooms || f == Field::Price || f == Field::Area || f == Field::Floor;
}

bool isWholeNumber(Field f)
{
    return f == Field::Bedrooms || f == Field::Floor;
}

const char *example(Field f)
{
    switch (f) {
    case Field::Bedrooms:
        return "bedrooms>=3";
    case Field::Price:
        return "price<=450000";
    case Field::Area:
        return "area=60..90";
    case Field::Floor:
        return "floor=2..5";
    case Field::Orientation:
        return "orientation=S|SW";
    case Field::Status:
        return "status=available|reserved";
    case Field::Building:
        return "building=A";
    case Field::Type:
        return "type=2B";
    }
    return "";
}

// Reads one part; on failure returns the message (without the "filter part N" prefix).
class PartReader
{
public:
    PartReader(UnitFilter &filter, const DevelopmentData *development)
        : m_filter(filter), m_development(development)
    {
    }

    QString read(const QString &part)
    {
        if (part.isEmpty())
            return QStringLiteral("empty; expected a field, an operator and a value, e.g. bedrooms>=3");
        static const QRegularExpression shape(QStringLiteral("^([A-Za-z_]+)\\s*([<>=!~]*)\\s*(.*)$"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = shape.match(part);
        if (!m.hasMatch())
            return QStringLiteral("expected a field name first, e.g. bedrooms>=3; fields: ") +
                   filterFields().join(QStringLiteral(", "));
        const QString name = m.captured(1), op = m.captured(2), value = m.captured(3);
        const int index = int(filterFields().indexOf(name.toLower()));
        if (index < 0)
            return QStringLiteral("unknown field '%1'; fields: %2")
                .arg(name, filterFields().join(QStringLiteral(", ")));
        const Field field = Field(index);
        const QString fieldName = filterFields().at(index);
        if (op.isEmpty())
            return QStringLiteral("expected %1 after '%2', e.g. %3")
                .arg(isRange(field) ? QStringLiteral("=, >= or <=") : QStringLiteral("="), name,
                     QLatin1String(example(field)));
        if (isRange(field))
            return readRange(field, fieldName, op, value);
        if (op != QLatin1String("="))
            return QStringLiteral("%1 takes '=' and one or more values joined by |, e.g. %2")
                .arg(fieldName, QLatin1String(example(field)));
        return readSet(field, value);
    }

private:
    UnitFilter &m_filter;
    const DevelopmentData *m_development;

    // A number for `field`, or the message saying why `text` is not one.
    std::optional<double> number(Field field, const QString &text, QString *error) const
    {
        bool ok = false;
        const double v = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(v)) {
            *error = QStringLiteral("expected a number, got '%1'").arg(text);
            return std::nullopt;
        }
        if (isWholeNumber(field) && (v < 0 || v != std::floor(v) || v > 10000)) {
            *error = QStringLiteral("expected a whole number (0 or more), got '%1'").arg(text);
            return std::nullopt;
        }
        if (!isWholeNumber(field) && v <= 0) {
            *error = QStringLiteral("expected a number above 0, got '%1'").arg(text);
            return std::nullopt;
        }
        return v;
    }

    QString readRange(Field field, const QString &fieldName, const QString &op, const QString &value)
    {
        if (op != QLatin1String("=") && op != QLatin1String(">=") && op != QLatin1String("<="))
            return QStringLiteral("unsupported operator '%1'; use =, >= or <=, e.g. %2")
                .arg(op, QLatin1String(example(field)));
        if (value.isEmpty())
            return QStringLiteral("expected a number after '%1', e.g. %2")
                .arg(op, QLatin1String(example(field)));
        QString error;
        std::optional<double> low, high;
        if (op == QLatin1String("=") && value.contains(QLatin1String(".."))) {
            const QStringList ends = value.split(QStringLiteral(".."));
            if (ends.size() != 2 || ends[0].trimmed().isEmpty() || ends[1].trimmed().isEmpty())
                return QStringLiteral("expected a range low..high, e.g. %1, got '%2'")
                    .arg(QLatin1String(example(Field::Floor)), value);
            low = number(field, ends[0].trimmed(), &error);
            if (low)
                high = number(field, ends[1].trimmed(), &error);
            if (!low || !high)
                return error;
            if (*low > *high)
                return QStringLiteral("the range is empty: %1 is above %2")
                    .arg(ends[0].trimmed(), ends[1].trimmed());
        } else {
            const auto v = number(field, value, &error);
            if (!v)
                return error;
            if (op != QLatin1String("<="))
                low = v;
            if (op != QLatin1String(">="))
                high = v;
        }
        apply(field, low, high);
        if (const QString empty = emptyRange(field); !empty.isEmpty())
            return QStringLiteral("together with the parts before it, %1 would be %2: nothing can match")
                .arg(fieldName, empty);
        return {};
    }

    void apply(Field field, std::optional<double> low, std::optional<double> high)
    {
        UnitFilter &f = m_filter;
        switch (field) {
        case Field::Bedrooms:
            f.minBedrooms = low ? int(*low) : f.minBedrooms;
            f.maxBedrooms = high ? int(*high) : f.maxBedrooms;
            break;
        case Field::Price:
            f.minPrice = low.value_or(f.minPrice);
            f.maxPrice = high.value_or(f.maxPrice);
            break;
        case Field::Area:
            f.minArea = low.value_or(f.minArea);
            f.maxArea = high.value_or(f.maxArea);
            break;
        case Field::Floor:
            f.minFloor = low ? int(*low) : f.minFloor;
            f.maxFloor = high ? int(*high) : f.maxFloor;
            break;
        default:
            break;
        }
    }

    // "4..2" when a part made the field's range empty, else "".
    QString emptyRange(Field field) const
    {
        const UnitFilter &f = m_filter;
        auto text = [](double lo, double hi) {
            return QStringLiteral("%1..%2").arg(QString::number(lo, 'f', QLocale::FloatingPointShortest),
                                                QString::number(hi, 'f', QLocale::FloatingPointShortest));
        };
        switch (field) {
        case Field::Bedrooms:
            return f.maxBedrooms >= 0 && f.minBedrooms > f.maxBedrooms ? text(f.minBedrooms, f.maxBedrooms)
                                                                       : QString();
        case Field::Price:
            return f.maxPrice > 0 && f.minPrice > f.maxPrice ? text(f.minPrice, f.maxPrice) : QString();
        case Field::Area:
            return f.maxArea > 0 && f.minArea > f.maxArea ? text(f.minArea, f.maxArea) : QString();
        case Field::Floor:
            return f.maxFloor >= 0 && f.minFloor > f.maxFloor ? text(f.minFloor, f.maxFloor) : QString();
        default:
            return {};
        }
    }

    QString readSet(Field field, const QString &value)
    {
        if (value.isEmpty())
            return QStringLiteral("expected one or more values after '=', e.g. %1")
                .arg(QLatin1String(example(field)));
        QStringList values;
        bool any = false;
        for (const QString &raw : value.split(QLatin1Char('|'))) {
            const QString v = raw.trimmed();
            if (v.isEmpty())
                return QStringLiteral("expected a value on each side of |, got '%1'").arg(value);
            if (v.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
                any = true;
                continue;
            }
            if (const QString problem = unknownValue(field, v); !problem.isEmpty())
                return problem;
            values << v;
        }
        if (any)
            values.clear();
        switch (field) {
        case Field::Orientation:
            m_filter.orientations = values;
            break;
        case Field::Status:
            m_filter.statuses = values;
            break;
        case Field::Building:
            m_filter.buildings = values;
            break;
        case Field::Type:
            m_filter.unitTypes = values;
            break;
        default:
            break;
        }
        return {};
    }

    QString unknownValue(Field field, const QString &v) const
    {
        const QString separator = QStringLiteral(", ");
        if (field == Field::Orientation && !orientationKeys().contains(v, Qt::CaseInsensitive))
            return QStringLiteral("unknown orientation '%1'; expected %2 or any")
                .arg(v, orientationKeys().join(separator));
        if (field == Field::Status && !statusKeys().contains(v, Qt::CaseInsensitive))
            return QStringLiteral("unknown status '%1'; expected %2 or any")
                .arg(v, statusKeys().join(separator));
        if (!m_development)
            return {};
        if (field == Field::Building && !m_development->building(v)) {
            QStringList ids;
            for (const Building &b : m_development->buildings)
                ids << b.id;
            return QStringLiteral("no building '%1'; buildings: %2").arg(v, ids.join(separator));
        }
        if (field == Field::Type && !m_development->unitType(v)) {
            QStringList ids;
            for (const UnitType &t : m_development->unitTypes)
                ids << t.id;
            return QStringLiteral("no unit type '%1'; types: %2").arg(v, ids.join(separator));
        }
        return {};
    }
};

QString numberText(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

// "name>=lo", "name<=hi", "name=lo..hi", "name=v" or nothing.
void describeRange(QStringList &parts, const char *name, bool hasLow, double low, bool hasHigh, double high)
{
    const QString field = QLatin1String(name);
    if (hasLow && hasHigh)
        parts << (low == high ? field + '=' + numberText(low)
                              : field + '=' + numberText(low) + QLatin1String("..") + numberText(high));
    else if (hasLow)
        parts << field + QLatin1String(">=") + numberText(low);
    else if (hasHigh)
        parts << field + QLatin1String("<=") + numberText(high);
}

} // namespace

const QStringList &filterFields()
{
    // The order of Field.
    static const QStringList fields{"bedrooms",    "price",  "area",     "floor",
                                    "orientation", "status", "building", "type"};
    return fields;
}

FilterParseResult parseFilterExpression(const QString &expression, const DevelopmentData *development)
{
    FilterParseResult result;
    if (expression.trimmed().isEmpty())
        return result;
    UnitFilter filter;
    PartReader reader(filter, development);
    const QStringList parts = expression.split(QLatin1Char(','));
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = parts[i].trimmed();
        if (const QString problem = reader.read(part); !problem.isEmpty()) {
            result.error =
                QStringLiteral("filter part %1 '%2': %3").arg(QString::number(i + 1), part, problem);
            return result;
        }
    }
    result.filter = filter.normalized();
    return result;
}

QString describe(const UnitFilter &filter)
{
    const UnitFilter f = filter.normalized();
    QStringList parts;
    describeRange(parts, "bedrooms", f.minBedrooms > 0, f.minBedrooms, f.maxBedrooms >= 0, f.maxBedrooms);
    describeRange(parts, "price", f.minPrice > 0, f.minPrice, f.maxPrice > 0, f.maxPrice);
    describeRange(parts, "area", f.minArea > 0, f.minArea, f.maxArea > 0, f.maxArea);
    describeRange(parts, "floor", f.minFloor > 0, f.minFloor, f.maxFloor >= 0, f.maxFloor);
    const QChar bar = QLatin1Char('|');
    if (!f.orientations.isEmpty())
        parts << QLatin1String("orientation=") + f.orientations.join(bar);
    if (f.statuses.isEmpty())
        parts << QStringLiteral("status=any");
    else if (f.statuses != UnitFilter().statuses)
        parts << QLatin1String("status=") + f.statuses.join(bar);
    if (!f.buildings.isEmpty())
        parts << QLatin1String("building=") + f.buildings.join(bar);
    if (!f.unitTypes.isEmpty())
        parts << QLatin1String("type=") + f.unitTypes.join(bar);
    return parts.join(QLatin1Char(','));
}

} // namespace showroom::core
