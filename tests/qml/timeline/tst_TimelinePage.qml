import QtQuick
import QtTest
import Showroom.Components
import Showroom.Shell
import Showroom.Site
import Showroom.Timeline

// The construction timeline page and its sun panel: the header says the date shown, the chips jump to
// today, the sun panel's time slider, summer and winter shortcuts, week steps and date picker move the
// sun's day and hour, and the close button goes back.
TestCase {
    id: test
    name: "TimelinePage"
    width: 1920
    height: 1080
    visible: true
    when: windowShown

    // One page for all the tests: a site stage (a View3D) made and destroyed per test races Qt 6.4's
    // render thread (it crashed generating a shader for a View3D going away).
    SiteStage {
        id: stage
        width: test.width
        height: test.height
    }
    TimelinePage {
        id: page
        width: test.width
        height: test.height
        stage: stage
    }

    function init() {
        Navigation.goHome()
        Theme.scale = 1.0
        verify(Sun.setDay(2026, 3, 10))
        Sun.minutes = 10 * 60 + 30
    }

    function test_headerAndTodayChip() {
        const chip = findChild(page, "seeItToday")
        mouseClick(chip)
        verify(Timeline.showingToday)
        verify(chip.checked)
        verify(findChild(page, "timelineDate").text.indexOf(Timeline.dateText) >= 0, "the header says the date")
        verify(findChild(page, "timelineSummary").text.indexOf("Today on site") === 0)
    }

    function test_sunPanelTimeSlider() {
        const slider = findChild(page, "sunTimeSlider")
        mouseClick(slider, slider.width * 0.75, slider.height / 2) // three quarters of the day: 18:00
        compare(Sun.minutes, 18 * 60)
        compare(findChild(page, "sunTime").text, "18:00")
    }

    function test_sunPanelDays() {
        mouseClick(findChild(page, "sunSummer"))
        compare(Sun.dateText, "21 June 2026")
        mouseClick(findChild(page, "sunWeekLater"))
        compare(Sun.dateText, "28 June 2026")
        mouseClick(findChild(page, "sunWinter"))
        compare(Sun.dateText, "21 December 2026")
        // The picker in the panel: a month on is 21 January of the next year.
        mouseClick(findChild(page, "sunMonthLater"))
        compare(Sun.dateText, "21 January 2027")
        compare(findChild(page, "sunYearValue").text, "2027")
        verify(findChild(page, "sunRiseSet").text !== "")
    }

    function test_thePanelFitsItsControls() {
        const panel = findChild(page, "sunPanel")
        const picker = findChild(page, "sunDatePicker")
        verify(picker.width <= panel.width - 2 * Theme.px(24),
               "the date picker fits the panel: " + picker.width + " in " + panel.width)
    }

    function test_closeGoesBack() {
        Navigation.showTimeline("test")
        compare(Navigation.mode, Navigation.Timeline)
        mouseClick(findChild(page, "timelineClose"))
        verify(Navigation.mode !== Navigation.Timeline)
    }
}
