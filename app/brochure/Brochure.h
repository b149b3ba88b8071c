// A home's A4 brochure as a PDF: what goes in it (composeBrochure, from the development's data, the
// buyer's finishes and three stills of the running scene) and writing it (writeBrochure, any thread;
// writeBrochureInBackground on QtConcurrent's pool). Text is drawn as text with embedded fonts, so it
// stays selectable and searchable; the QR code is drawn as vector squares, sharp at any size.
#pragma once

#include "core/DevelopmentData.h"
#include "core/ResumeCode.h"

#include <QColor>
#include <QDate>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>

namespace showroom::brochure {

// The three renders of the running scene (any may be null: the page then says why in a line of text).
struct Stills
{
    QImage cover;   // the building with the home highlighted
    QImage inside;  // standing inside the home
    QImage balcony; // the view from its balcony (or living-room window)
};

struct Fact
{
    QString label;
    QString value;
};

struct FinishLine
{
    QString surface; // "Floor"
    QString finish;  // "Light oak boards" (the surface's name, else the palette's)
    QString palette; // "Nordic Light"
    QColor color;
    QImage texture;    // may be null
    QString priceText; // "+ €4,200", "included"
};

struct BrochureContent
{
    QString language; // "en", "de": the PDF's language tag
    QString developmentName;
    QString address;
    QString description;
    QString completionText; // "Expected completion: November 2027"
    QString unitTitle;      // "Unit A 0304"
    QString unitSubtitle;   // "Three-bedroom apartment · Floor 3 · Building A"
    QString priceText;      // the home's price with the chosen finishes, in the locale
    QString statusText;
    QList<Fact> keyFacts; // the cover's row of large figures
    QList<Fact> facts;    // the table of every fact
    QImage cover, plan, inside, balcony;
    QString insideNote, balconyNote; // shown instead of a missing still
    QList<FinishLine> finishes;
    QString finishesNote; // "Standard finishes" / the price difference
    QString officeName;
    QStringList officeLines; // address, phone, email
    QString resumeCode;      // printed beside the QR code
    QString qrText;          // what the QR code carries
    QString madeOnText;      // "Prepared on 1 December 2026"
    QStringList highlights;  // the cover's short selling points: "Facing south", "Balcony 4.8 m²", …
    QString smallPrint;      // prices as of the day, subject to change
};

// Everything the brochure says, in the current translation and `locale`'s numbers and dates.
BrochureContent composeBrochure(const core::DevelopmentData &data, const core::ResumePoint &point,
                                const QLocale &locale, const Stills &stills);

// Lays out and writes the PDF (A4 portrait, three pages). Any thread. "" on success, else why not.
QString writeBrochure(const BrochureContent &content, const QString &path);
// The same on QtConcurrent's pool: the GUI thread never waits for layout or disk.
QFuture<QString> writeBrochureInBackground(const BrochureContent &content, const QString &path);

// composeBrochure + writeBrochure on QtConcurrent's pool (the plan and swatch images are read there too).
QFuture<QString> makeBrochureInBackground(const core::DevelopmentData &data, const core::ResumePoint &point,
                                          const QLocale &locale, const Stills &stills, const QString &path);

// Where brochures are kept for staff: <AppDataLocation>/brochures (created on demand by writeBrochure).
QString brochureFolder();
// "<yyyy-MM-dd>-<unit>-<code>.pdf", e.g. "2026-12-01-A_0304-K7Q-M2X-D9H.pdf".
QString brochureFileName(const QDate &date, const QString &unitId, const QString &code);

} // namespace showroom::brochure
