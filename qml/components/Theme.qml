// The look of the sales screen in one place: an architect's brochure (off-white panels, one warm
// accent, generous spacing) sized for a 55" screen viewed from two metres. Sizes are in "design pixels"
// for a 1080-line screen; Main sets `scale` from the window height so 4K and laptops keep proportions.
pragma Singleton
import QtQuick

QtObject {
    property real scale: 1.0
    function px(v: real): int { return Math.round(v * scale) }
    // A colour as the linear RGB the 3D shaders work in (QML colours are sRGB).
    function linear(c: color): vector3d {
        const f = v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return Qt.vector3d(f(c.r), f(c.g), f(c.b))
    }

    readonly property string fontFamily: "DejaVu Sans"

    // Palette
    readonly property color ink: "#22262b"          // main text
    readonly property color inkSoft: "#5f6670"      // secondary text, labels
    readonly property color paper: "#f7f5f0"        // panels
    readonly property color paperEdge: "#e4e0d6"    // hairlines on panels
    readonly property color accent: "#d9822b"       // the one accent: buttons, progress, highlights
    readonly property color highlight: "#ffb01f"    // the selected unit in the 3D view (unlit amber)
    readonly property color error: "#b3261e"

    // Sky and land: the sky gradient and the ground disc meet at `horizon`.
    readonly property color skyTop: "#5f8fc4"
    readonly property color skyMid: "#a9c6e0"
    readonly property color horizon: "#e3e8e6"
    readonly property color land: "#a3ae8a"

    // Unit status chips
    readonly property color available: "#2e7d4f"
    readonly property color reserved: "#c77d12"
    readonly property color sold: "#9a3b3b"
    function statusColor(status: string): color {
        return status === "available" ? available : status === "reserved" ? reserved
             : status === "sold" ? sold : inkSoft
    }

    // Type scale
    readonly property int titleSize: px(40)
    readonly property int headingSize: px(30)
    readonly property int bodySize: px(22)
    readonly property int labelSize: px(17)

    // Spacing and shapes
    readonly property int gap: px(16)
    readonly property int margin: px(32)
    readonly property int radius: px(14)
    readonly property int panelWidth: px(480)
    // Touch targets: 64 design px is 40 mm on a 55" 1080p screen; never below 9 mm (15 px there).
    readonly property int touchTarget: Math.max(15, px(64))
}
