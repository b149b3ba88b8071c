// The development as plain values: what a package's development.json describes, after validation.
// No QObject, no QML: built by loadManifest() on any thread, copied to the GUI thread and handed to
// Development::setData(). Paths in the manifest stay relative (as written); absolutePath() resolves them.
#pragma once

#include <QColor>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector3D>

namespace showroom::core {

// Who a buyer calls about a home (the brochure's back page); every field may be empty.
struct SalesOffice
{
    QString name;
    QString phone;
    QString email;
    QString address;
};

struct DevelopmentInfo
{
    QString id;
    QString name;
    QString address;
    QString description;
    QString currency; // ISO 4217, e.g. "EUR"
    QDate completion; // invalid if not given
    bool hasLocation = false;
    double latitude = 0;   // degrees, valid when hasLocation
    double longitude = 0;  // degrees, valid when hasLocation
    double northAngle = 0; // compass bearing of the model's -Z axis, degrees
    QString firstView = QStringLiteral("finished"); // "finished" | "today": the timeline's first date
    QString timeZone;      // IANA id ("Europe/Vienna"), validated; empty if not given (see docs/sun.md)
    SalesOffice salesOffice; // development.salesOffice, optional
};

struct Building
{
    QString id;
    QString name;
    QString kind; // "apartments", "townhouses", or any other word
    int floors = 0;
    QString node; // model node holding the building, may be empty
};

struct Floor
{
    QString building;
    int level = 0; // 0 = ground
    QString name;  // empty: the UI makes a label from the level
    bool hasElevation = false;
    double elevation = 0; // metres above site datum
    QString plan;         // relative image path, may be empty
};

// The name a visitor sees for one room of a unit type's interior: `node` is the interior's floor node
// ("Floor_Living"), `name` what to call it ("Living / dining").
struct RoomName
{
    QString node;
    QString name;
};

struct UnitType
{
    QString id;
    QString name;
    int bedrooms = 0;
    int bathrooms = 0;
    double area = 0;       // m², 0 if not given
    QString interior;      // relative model path, may be empty
    QString plan;          // relative image path, may be empty
    QList<RoomName> rooms; // manifest order; rooms not listed are named from their node
};

enum class UnitStatus
{
    Available,
    Reserved,
    Sold
};

QString statusKey(UnitStatus status); // "available" | "reserved" | "sold"

struct Unit
{
    QString id; // e.g. "A_0304"
    QString building;
    int floor = 0;
    QString type;
    int bedrooms = 0;
    int bathrooms = 0;
    double area = 0;  // m²
    double price = 0; // in DevelopmentInfo::currency
    UnitStatus status = UnitStatus::Available;
    QString orientation; // N NE E SE S SW W NW
    bool balcony = false;
    double balconyArea = 0; // m², 0 if not given
    QString plan;           // relative image path, may be empty
    QString node;           // model node that is this unit, e.g. "Unit_A_0304"
    bool mirrored = false;  // its type's interior is mirrored in X (scale -1,1,1 after the unit transform)
};

struct Stage
{
    QString id; // "foundation", "structure", ...
    QString name;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;        // invalid until work started
    QDate actualEnd;          // invalid until work finished
    QStringList nodePatterns; // node-name patterns with * and ? wildcards
};

struct Surface
{
    QColor color;
    double roughness = 0.5;
    double metallic = 0.0;
    QString texture; // relative image path, may be empty
    QString name;      // what the buyer reads, e.g. "Light oak boards"; may be empty
    double priceDelta = 0; // EUR added to the price when chosen (negative: cheaper)
};

struct FinishPalette
{
    QString id;
    QString name;
    bool standard = false; // what the homes come with (FinishChoice.h: standardPaletteId)
    QMap<QString, Surface> surfaces; // surface class ("floor", "wall", ...) -> finish
};

struct PointOfInterest
{
    QString id;
    QString name;
    QString description;
    QString category;
    bool hasPosition = false;
    QVector3D position; // metres, model space
};

struct CameraPreset
{
    QString id;
    QString name;
    QVector3D position;
    QVector3D target;
    double fov = 0; // degrees; 0 = the view's default
};

struct DevelopmentData
{
    int schema = 1;
    QString packageDir; // absolute, canonical
    QString model;      // relative path as written in the manifest
    QString modelPath;  // absolute path of the site model
    DevelopmentInfo development;
    QList<Building> buildings;
    QList<Floor> floors;
    QList<UnitType> unitTypes;
    QList<Unit> units;
    QList<Stage> stages;
    QList<FinishPalette> finishPalettes;
    QList<PointOfInterest> pointsOfInterest;
    QList<CameraPreset> cameraPresets;

    bool isEmpty() const { return development.id.isEmpty() && units.isEmpty(); }

    // Lookups return nullptr when absent; pointers stay valid until the lists change.
    const Unit *unit(const QString &id) const;
    const Unit *unitForNode(const QString &nodeName) const;
    const Building *building(const QString &id) const;
    const UnitType *unitType(const QString &id) const;
    const Stage *stage(const QString &id) const;
    const Floor *floor(const QString &buildingId, int level) const;

    // Resolves a manifest-relative path against packageDir; empty in, empty out.
    QString absolutePath(const QString &relativePath) const;
};

} // namespace showroom::core
