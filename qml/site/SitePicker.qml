// What is drawn at a point of the stage: the unit or building under a finger, seeing through what the
// floor cut-away hides. A pick alone cannot do that: the merged units are one model, and Qt reports only
// each model's nearest surface, which on a cut floor is a hidden one above it.
import QtQuick
import QtQuick3D
import Showroom.Scene
import Showroom.Shell

QtObject {
    required property Item area      // the item whose coordinates are asked about
    required property View3D view
    required property SiteModel site
    property bool cutActive: false
    property real cutHeight: 0
    property vector4d cutArea: Qt.vector4d(0, 0, 0, 0)

    // True when a scene point is hidden by the floor cut-away (picks go through such points).
    function isCutAway(p: vector3d): bool {
        return cutActive && p.y > cutHeight && p.x > cutArea.x && p.x < cutArea.z && p.z > cutArea.y
                && p.z < cutArea.w
    }

    // The nearest thing drawn at (x, y) in this item: the pick, skipping what the cut-away hides.
    function visibleHit(x: real, y: real): var {
        const v = view.mapFromItem(area, x, y) // the view may be rendering at motionScale
        if (!cutActive)
            return view.pick(v.x, v.y)
        const hits = view.pickAll(v.x, v.y)
        for (let i = 0; i < hits.length; ++i) {
            if (!isCutAway(hits[i].scenePosition))
                return hits[i]
        }
        return null
    }

    // Id of the building drawn at (x, y) in this item (its units, roof, core …), "" if none.
    function buildingAt(x: real, y: real): string {
        const hit = visibleHit(x, y)
        return hit && hit.objectHit ? site.buildingAtPoint(hit.scenePosition) : ""
    }

    // Where the ray through (x, y) in this item meets the cut floor's top (the plan the visitor sees);
    // null when it does not (looking up, or parallel to it).
    function pointOnCutFloor(x: real, y: real): var {
        const v = view.mapFromItem(area, x, y)
        const near = view.mapTo3DScene(Qt.vector3d(v.x, v.y, 1))
        const far = view.mapTo3DScene(Qt.vector3d(v.x, v.y, 1000))
        const level = cutHeight - 0.05
        if (Math.abs(far.y - near.y) < 1e-6)
            return null
        const t = (level - near.y) / (far.y - near.y)
        return t > 0 ? Qt.vector3d(near.x + t * (far.x - near.x), level, near.z + t * (far.z - near.z)) : null
    }

    // Id of the unit drawn at (x, y) in this item, "" if none (the sky, the ground, a tree).
    function unitAt(x: real, y: real): string {
        // A floor seen from above: the unit whose plan is under the finger. (A pick cannot see it: the
        // merged units are one model, and a pick reports only its nearest, cut-away, surface.)
        if (cutActive) {
            const p = pointOnCutFloor(x, y)
            const id = p ? site.unitAtPoint(p, Qt.vector3d(0, 1, 0)) : ""
            if (id !== "" && site.buildingOfUnit(id) === Navigation.buildingId)
                return id
        }
        const hit = visibleHit(x, y)
        if (!hit || !hit.objectHit)
            return ""
        if (hit.objectHit.holdsUnits)
            return site.unitAtPoint(hit.scenePosition, hit.sceneNormal)
        return hit.objectHit.unitId
    }
}
