import QtQuick
import QtTest
import Showroom
import Showroom.Components

// The loading overlay and the error screen say what is happening in words, never a blank screen.
TestCase {
    id: test
    name: "StatusScreens"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: errorComponent
        ErrorScreen { anchors.fill: parent }
    }
    Component {
        id: loadingComponent
        LoadingOverlay { anchors.fill: parent }
    }

    function test_errorScreenShowsTheWholeMessage() {
        const message = "/srv/dev/models/site.glb: IO Error: No suitable reader found for the file format"
        const screen = createTemporaryObject(errorComponent, test, { message: message })
        const text = findChild(screen, "errorMessage")
        compare(text.text, message)
        verify(!text.truncated) // wrapped, not elided: the path matters to whoever fixes it
        // Not blank: the frame has dark text on the light panel.
        const image = grabImage(screen)
        let dark = 0
        for (let y = 0; y < image.height; y += 4)
            for (let x = 0; x < image.width; x += 4)
                if (image.pixel(x, y).r < 0.4)
                    ++dark
        verify(dark > 20, "dark pixels: " + dark)
    }

    function test_loadingProgressBar() {
        const overlay = createTemporaryObject(loadingComponent, test, { progress: 0.5, title: "Lindenhof" })
        const track = findChild(overlay, "progressTrack")
        tryVerify(() => Math.abs(track.children[0].width - track.width / 2) < 1)
        overlay.progress = 7 // nonsense in, a full bar out
        tryVerify(() => Math.abs(track.children[0].width - track.width) < 1)
    }
}
