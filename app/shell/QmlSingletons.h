// How the application's services reach QML: one way, here. ShowroomServices::publish() hands each
// instance to ProvidedInstance<T>; each singleton below only gives one of them its QML name (the shell's
// own Navigation and InterestRecorder declare QML_SINGLETON themselves and call the same create()).
// Engines never create services of their own, so a test engine sees exactly what the app would.
#pragma once

#include "core/Development.h"
#include "core/UnitFilterModel.h"
#include "core/UnitSelection.h"
#include "kiosk/KioskSession.h"
#include "lead/LeadForm.h"
#include "scene/GuidedTour.h"
#include "scene/OrbitController.h"
#include "scene/SiteModel.h"
#include "staff/StaffAccess.h"

#include <QJSEngine>
#include <QPointer>
#include <QtQml/qqml.h>

namespace showroom::shell {

template <typename T> class ProvidedInstance
{
public:
    static void provide(T *instance) { s_instance = instance; }
    // The engine must not delete the application's object: C++ owns it and outlives the engines.
    static T *create(QQmlEngine *, QJSEngine *)
    {
        if (!s_instance)
            qFatal("showroom: a QML engine asked for a service before ShowroomServices::publish()");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline QPointer<T> s_instance;
};

struct CurrentDevelopmentSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::core::Development)
    QML_NAMED_ELEMENT(CurrentDevelopment)
    QML_SINGLETON
public:
    static showroom::core::Development *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::core::Development>::create(e, j);
    }
};

struct CurrentSelectionSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::core::UnitSelection)
    QML_NAMED_ELEMENT(CurrentSelection)
    QML_SINGLETON
public:
    static showroom::core::UnitSelection *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::core::UnitSelection>::create(e, j);
    }
};

struct FinderSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::core::UnitFilterModel)
    QML_NAMED_ELEMENT(Finder)
    QML_SINGLETON
public:
    static showroom::core::UnitFilterModel *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::core::UnitFilterModel>::create(e, j);
    }
};

struct SiteSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::scene::SiteModel)
    QML_NAMED_ELEMENT(Site)
    QML_SINGLETON
public:
    static showroom::scene::SiteModel *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::scene::SiteModel>::create(e, j);
    }
};

struct SiteCameraSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::scene::OrbitController)
    QML_NAMED_ELEMENT(SiteCamera)
    QML_SINGLETON
public:
    static showroom::scene::OrbitController *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::scene::OrbitController>::create(e, j);
    }
};

struct TourSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::scene::GuidedTour)
    QML_NAMED_ELEMENT(Tour)
    QML_SINGLETON
public:
    static showroom::scene::GuidedTour *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::scene::GuidedTour>::create(e, j);
    }
};

// "Send me this home" (app/lead): the lead form's state; qml/lead shows it.
// Staff mode behind the PIN (app/staff): qml/staff's PinPad, the dashboard and the kiosk's staff exit.
struct StaffSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::staff::StaffAccess)
    QML_NAMED_ELEMENT(Staff)
    QML_SINGLETON
public:
    static showroom::staff::StaffAccess *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::staff::StaffAccess>::create(e, j);
    }
};

struct LeadFormSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::lead::LeadForm)
    QML_NAMED_ELEMENT(LeadForm)
    QML_SINGLETON
public:
    static showroom::lead::LeadForm *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::lead::LeadForm>::create(e, j);
    }
};

// The kiosk's visitor cycle (app/kiosk): attract loop, "Are you still there?", staff gesture and notes.
struct KioskSingleton
{
    Q_GADGET
    QML_FOREIGN(showroom::kiosk::KioskSession)
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
public:
    static showroom::kiosk::KioskSession *create(QQmlEngine *e, QJSEngine *j)
    {
        return ProvidedInstance<showroom::kiosk::KioskSession>::create(e, j);
    }
};

} // namespace showroom::shell
