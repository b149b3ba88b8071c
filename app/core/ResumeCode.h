// The short code printed (and in the QR code) on a brochure that reopens a home with the buyer's finishes
// at any kiosk or desktop, without a server: everything it means is in the code itself.
//
// The code is Crockford base 32 (0-9 and A-Z without I, L, O, U), read case-insensitively, with O read as 0
// and I/L as 1, dashes, spaces and a "showroom:resume/" prefix ignored. Its bits, first to last:
//   development fingerprint (10 bits of a hash of the development id: a code from another development is
//   refused as such), layout check (5+ bits of a hash of the unit ids and the palettes offered per surface
//   class: a code made before homes or palettes were added is refused instead of opening the wrong home),
//   the unit's index in the manifest, one field per surface class (0 = standard, n = the class's n-th
//   palette), and a CRC-10 over all of it (any one mistyped character or two swapped neighbours is caught).
// For the demo (162 homes, six classes of three palettes) that is nine characters: "K7Q-M2X-D9H".
#pragma once

#include "core/DevelopmentData.h"
#include "core/FinishChoice.h"

#include <QString>

#include <optional>

namespace showroom::core {

struct ResumePoint
{
    QString unitId;
    FinishChoice finishes; // normalized: standard choices left out

    bool operator==(const ResumePoint &o) const { return unitId == o.unitId && finishes == o.finishes; }
};

// The code for a home and finishes, grouped for reading aloud ("K7Q-M2X-D9H"); "" for an unknown unit.
// Finishes the development does not offer are left out (as normalizedFinishChoice does).
QString makeResumeCode(const DevelopmentData &data, const ResumePoint &point);

// The home and finishes a code stands for, or nullopt + *error saying which: not a code at all, a typing
// mistake, a code of another development, or of an older list of this development's homes.
std::optional<ResumePoint> readResumeCode(const DevelopmentData &data, const QString &code, QString *error);

// The text the brochure's QR code carries: "showroom:resume/<code>" (readResumeCode accepts it as well).
QString resumeUri(const QString &code);

} // namespace showroom::core
