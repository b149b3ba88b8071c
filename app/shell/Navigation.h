// Where the visitor is: the screen's mode (the site, one building, and, as later issues add them,
// inside a unit, the balcony, the finder …), the building and floor in focus, the selected unit, and a
// back history. QML pages, the command line's stills and tests all drive it through this one API, so
// the interest recorder and the camera see every change the same way, whoever made it.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace showroom::core {
class Development;
class UnitSelection;
} // namespace showroom::core

namespace showroom::shell {

class Navigation : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Navigation)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    Q_PROPERTY(Mode mode READ mode NOTIFY changed)
    Q_PROPERTY(QString buildingId READ buildingId NOTIFY changed)
    // -1: the whole building; otherwise the floor cut away at (everything above it hidden).
    Q_PROPERTY(int floor READ floor NOTIFY changed)
    Q_PROPERTY(bool hasFloor READ hasFloor NOTIFY changed)
    Q_PROPERTY(QString presetId READ presetId NOTIFY changed)
    // The point of interest whose name and description are open ("" when none).
    Q_PROPERTY(QString pointOfInterestId READ pointOfInterestId NOTIFY changed)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    Q_PROPERTY(int historyDepth READ historyDepth NOTIFY changed)
    // The focused building's floors that have units, lowest first (empty outside building mode).
    Q_PROPERTY(QList<int> floors READ floors NOTIFY changed)
    // Units coloured by sales status (with a legend); the visitor can switch it off.
    Q_PROPERTY(bool statusColoursShown READ statusColoursShown WRITE setStatusColoursShown NOTIFY
                   statusColoursShownChanged)
    // The shares of the stage's width that panels cover on the left and right (each 0 .. 0.8; the
    // finder's filters and results, the unit card): the camera puts what it flies to in the middle of
    // the part still seen. Both go back to 0 when the mode changes.
    Q_PROPERTY(qreal coveredLeft READ coveredLeft WRITE setCoveredLeft NOTIFY coveredChanged)
    Q_PROPERTY(qreal coveredRight READ coveredRight WRITE setCoveredRight NOTIFY coveredChanged)

public:
    // One page per mode (qml/Main.qml maps them). Later issues add modes at the end.
    enum Mode
    {
        Site,
        Building,
        Finder,       // the unit finder: filters, results list, matches highlighted in 3D
        StackingPlan, // one building's floors x units grid
        Compare,      // two or three units side by side
        Inside,       // walking through the selected unit's interior, first person
        Balcony,      // standing on the selected unit's balcony (or at its living-room window)
        Timeline,     // the construction timeline: the site as of a date
        Dashboard     // staff: the sales dashboard (behind the PIN), over the whole window
    };
    Q_ENUM(Mode)

    static Navigation *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    explicit Navigation(core::Development *development, core::UnitSelection *selection,
                        QObject *parent = nullptr);

    Mode mode() const { return m_state.mode; }
    QString buildingId() const { return m_state.buildingId; }
    int floor() const { return m_state.floor; }
    bool hasFloor() const { return m_state.floor >= 0; }
    QString presetId() const { return m_state.presetId; }
    QString pointOfInterestId() const { return m_state.poiId; }
    bool canGoBack() const { return !m_history.isEmpty(); }
    int historyDepth() const { return int(m_history.size()); }
    QList<int> floors() const { return floorsOf(m_state.buildingId); }
    Q_INVOKABLE QList<int> floorsOf(const QString &buildingId) const;
    bool statusColoursShown() const { return m_statusColoursShown; }
    void setStatusColoursShown(bool shown);
    qreal coveredLeft() const { return m_coveredLeft; }
    void setCoveredLeft(qreal share);
    qreal coveredRight() const { return m_coveredRight; }
    void setCoveredRight(qreal share);

    // Each returns false and changes nothing for an id the development does not know. `via` says where
    // the visitor chose it ("site", "building_list", "stacking_plan", "command_line", …): the interest
    // recorder writes it with the event.
    Q_INVOKABLE bool selectUnit(const QString &unitId, const QString &via);
    Q_INVOKABLE bool showBuilding(const QString &buildingId, const QString &via);
    Q_INVOKABLE bool showFloor(const QString &buildingId, int floor, const QString &via);
    Q_INVOKABLE bool showPreset(const QString &presetId, const QString &via);
    Q_INVOKABLE bool showPointOfInterest(const QString &poiId, const QString &via);
    // The unit finder (mode Finder); the selection stays.
    Q_INVOKABLE void showFinder(const QString &via);
    // A building's stacking plan (mode StackingPlan); false for an unknown building.
    Q_INVOKABLE bool showStackingPlan(const QString &buildingId, const QString &via);
    // The compare view (mode Compare) of the units in the compare list.
    Q_INVOKABLE void showCompare(const QString &via);
    // Walk inside a unit (mode Inside; it becomes the selection): false for an unknown unit or one
    // whose type has no interior. Leaving (the exit button, Escape, back) is back(): the view the
    // visitor came from, the unit still selected.
    Q_INVOKABLE bool walkInside(const QString &unitId, const QString &via);
    // Stand on a unit's balcony (mode Balcony; it becomes the selection): false for an unknown unit.
    // A unit without a balcony in the model stands at its living-room window (UnitVisit decides).
    Q_INVOKABLE bool showBalconyView(const QString &unitId, const QString &via);
    // The selected unit ("" when none), as Navigation sees it.
    QString selectedUnitId() const;
    // The unit walked through or stood on the balcony of ("" in other modes).
    QString visitedUnitId() const;
    // The construction timeline (mode Timeline); the selection stays.
    Q_INVOKABLE void showTimeline(const QString &via);
    // The sales dashboard (mode Dashboard, staff only: the page asks for the PIN); the selection stays.
    Q_INVOKABLE void showDashboard(const QString &via);
    // Whether "Walk inside" can be offered for a unit: its type names an interior model.
    Q_INVOKABLE bool hasInterior(const QString &unitId) const;
    // Closes the point of interest's caption; no history entry.
    Q_INVOKABLE void closePointOfInterest();
    // One floor up (+1) or down (-1) in the focused building; above the top floor is the whole building
    // again, below the whole building is the top floor. Replaces the current step (no history entry).
    Q_INVOKABLE bool stepFloor(int delta);
    // Closes the unit card (tapping the ground, the card's close button); no history entry.
    Q_INVOKABLE void clearSelection();
    // One step back (Escape, the back button); false when there is nothing to go back to.
    Q_INVOKABLE bool back();
    // The overview: site mode, nothing focused, history forgotten.
    Q_INVOKABLE void goHome();

    // The `via` of the selection being made now ("api" for selections made outside Navigation).
    QString selectionVia() const { return m_selectionVia; }

signals:
    void changed();
    void statusColoursShownChanged();
    void coveredChanged();
    // What the visitor chose, with where they chose it: the recorder and the camera listen.
    void buildingFocused(const QString &buildingId, const QString &via);
    void floorFocused(const QString &buildingId, int floor, const QString &via);
    void presetShown(const QString &presetId, const QString &via);
    void pointOfInterestShown(const QString &poiId, const QString &via);
    void finderShown(const QString &via);
    void stackingPlanShown(const QString &buildingId, const QString &via);
    void compareShown(const QString &via);
    void insideEntered(const QString &unitId, const QString &via);
    void timelineShown(const QString &via);
    void dashboardShown(const QString &via);
    void balconyShown(const QString &unitId, const QString &via);
    void unitFocused(const QString &unitId, const QString &via);
    void homeShown();
    // Emitted after back(), with the state now shown (the camera re-frames it).
    void wentBack();

private:
    struct State
    {
        Mode mode = Site;
        QString buildingId;
        int floor = -1;
        QString presetId;
        QString poiId;
        QString unitId;
        bool operator==(const State &o) const
        {
            return mode == o.mode && buildingId == o.buildingId && floor == o.floor &&
                   presetId == o.presetId && poiId == o.poiId && unitId == o.unitId;
        }
    };
    State current() const;
    void push();
    void apply(const State &state, const QString &via);
    bool hasBuilding(const QString &buildingId) const;
    // Into a home (Inside or Balcony) with that unit selected; false when already shown so.
    bool enterHome(Mode mode, const QString &unitId, const QString &via);

    QPointer<core::Development> m_development;
    QPointer<core::UnitSelection> m_selection;
    State m_state;
    QList<State> m_history;
    QString m_selectionVia = QStringLiteral("api");
    bool m_statusColoursShown = true;
    qreal m_coveredLeft = 0;
    qreal m_coveredRight = 0;
};

} // namespace showroom::shell
