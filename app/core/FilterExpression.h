// The unit finder's filter as one line of text, for the command line (--filter, --list-units) and
// stills: comma-separated parts `field op value`, e.g.
//     bedrooms>=3,status=available,price<=450000
//     orientation=S|SW        building=A        type=2B|3B        area>=70
//     floor<=3   floor=2..5   price=300000..450000   status=available|reserved   status=any
// Fields: bedrooms, price, area, floor (operators =, >=, <=; `=a..b` is a range, `=n` exactly n) and
// orientation, status, building, type (operator = with one or more values joined by |; `any` = no
// constraint). Parts start from the finder's default (UnitFilter{}: available units) and change only
// the field they name; two parts on one range field combine (bedrooms>=2,bedrooms<=3). Field names,
// orientations and statuses are read in any case; building and type ids as written.
#pragma once

#include "core/UnitFilter.h"

namespace showroom::core {

struct FilterParseResult
{
    UnitFilter filter; // normalised; the default filter when the expression is blank or has an error
    // Empty when the whole expression was read; else what the first unreadable part was and what
    // was expected, e.g. "filter part 2 'bedroms>=3': unknown field 'bedroms'; fields: bedrooms, ...".
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// With a development, building and type ids must be ones it has ("no building 'X'; buildings: A, B").
FilterParseResult parseFilterExpression(const QString &expression,
                                        const DevelopmentData *development = nullptr);

// The canonical expression of a filter: fields in the order bedrooms, price, area, floor, orientation,
// status, building, type; only the ones that differ from UnitFilter{} ("" for the default itself).
// parseFilterExpression(describe(f)).filter == f.normalized().
QString describe(const UnitFilter &filter);

// The field names, in canonical order.
const QStringList &filterFields();

} // namespace showroom::core
