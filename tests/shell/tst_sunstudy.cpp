// The sun study on the demo (Graz, Europe/Vienna): the sun's place at a local time becomes the stage's
// light direction; morning light comes from the east and afternoon light from the west; night is dark,
// noon in summer bright; summer and winter days; sunrise and sunset of the day; `--sun-at`'s line.
#include "shell/ShowroomServices.h"
#include "sun/LightDirection.h"

#include <QStandardPaths>
#include <QTest>
#include <QVector2D>
#include <QtMath>

using namespace showroom;

class tst_SunStudy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void morningAndAfternoonLightComeFromOppositeSides();
    void theLightRotationShinesTheWayTheSunlightTravels();
    void nightIsDarkAndSummerNoonBright();
    void summerWinterAndTheDaysTimes();
    void thePickerChoosesAnyDay();

private:
    static QVector3D forwardOf(const QVector3D &euler); // a DirectionalLight's -Z after eulerRotation
    std::unique_ptr<shell::ShowroomServices> m_services;
    shell::SunStudy &study() { return m_services->sun(); }
};

void tst_SunStudy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_services = std::make_unique<shell::ShowroomServices>();
    QString error;
    QVERIFY2(m_services->loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    QCOMPARE(study().zoneName(), QStringLiteral("Europe/Vienna"));
}

QVector3D tst_SunStudy::forwardOf(const QVector3D &euler)
{
    const double a = qDegreesToRadians(double(euler.x())), b = qDegreesToRadians(double(euler.y()));
    return QVector3D(float(-std::cos(a) * std::sin(b)), float(std::sin(a)),
                     float(-std::cos(a) * std::cos(b)));
}

void tst_SunStudy::morningAndAfternoonLightComeFromOppositeSides()
{
    study().setDate(QDate(2026, 6, 21));
    study().setMinutes(8 * 60);
    const double morningAzimuth = study().azimuth();
    const QVector3D morning = forwardOf(study().lightRotation());
    study().setMinutes(17 * 60);
    const double eveningAzimuth = study().azimuth();
    const QVector3D evening = forwardOf(study().lightRotation());
    QVERIFY2(morningAzimuth > 60 && morningAzimuth < 120,
             qPrintable(QString::number(morningAzimuth))); // east
    QVERIFY2(eveningAzimuth > 240 && eveningAzimuth < 300,
             qPrintable(QString::number(eveningAzimuth))); // west
    // Shadows point away from the sun: opposite ways in the morning and the afternoon.
    QVERIFY(QVector2D::dotProduct(QVector2D(morning.x(), morning.z()).normalized(),
                                  QVector2D(evening.x(), evening.z()).normalized()) < -0.5f);
    QVERIFY(morning.y() < 0 && evening.y() < 0); // shining down
}

void tst_SunStudy::theLightRotationShinesTheWayTheSunlightTravels()
{
    study().setDate(QDate(2026, 3, 20));
    for (int minutes : {9 * 60, 12 * 60 + 30, 15 * 60}) {
        study().setMinutes(minutes);
        const sun::Direction d =
            sun::lightDirection(study().azimuth(), study().elevation(), study().northAngle());
        const QVector3D expected(float(d.x), float(d.y), float(d.z));
        QVERIFY2((forwardOf(study().lightRotation()) - expected).length() < 1e-3f,
                 qPrintable(study().timeText()));
    }
}

void tst_SunStudy::nightIsDarkAndSummerNoonBright()
{
    study().setDate(QDate(2026, 6, 21));
    study().setMinutes(2 * 60);
    QVERIFY(study().elevation() < 0);
    QCOMPARE(study().daylight(), 0.0);
    QCOMPARE(study().glow(), 0.0);
    study().setMinutes(13 * 60);
    QVERIFY(study().elevation() > 60); // Graz, midsummer noon (summer time)
    QCOMPARE(study().daylight(), 1.0);
    study().setMinutes(20 * 60 + 45); // just after sunset
    QVERIFY(study().glow() > 0.3);
}

void tst_SunStudy::summerWinterAndTheDaysTimes()
{
    study().setDate(QDate(2026, 9, 1));
    study().showWinter();
    QCOMPARE(study().dateText(), QStringLiteral("21 December 2026"));
    const QString winterRise = study().sunriseText();
    study().showSummer();
    QCOMPARE(study().dateText(), QStringLiteral("21 June 2026"));
    // Graz: around 05:00 in June (summer time), around 07:40 in December.
    QVERIFY2(study().sunriseText().startsWith("04:") || study().sunriseText().startsWith("05:"),
             qPrintable(study().sunriseText()));
    QVERIFY2(winterRise.startsWith("07:"), qPrintable(winterRise));
    QVERIFY(study().sunsetText().startsWith("20:") || study().sunsetText().startsWith("21:"));
    study().setMinutes(7 * 60 + 5);
    QCOMPARE(study().timeText(), QStringLiteral("07:05"));
    study().setMinutes(5000); // clamped to the day
    QCOMPARE(study().timeText(), QStringLiteral("23:59"));
}

// The date picker's logic: any day, by parts or by steps, never a day that does not exist.
void tst_SunStudy::thePickerChoosesAnyDay()
{
    QVERIFY(study().setDay(2027, 3, 31));
    QCOMPARE(study().date(), QDate(2027, 3, 31));
    QCOMPARE(study().monthName(), QStringLiteral("March"));
    QCOMPARE(study().daysInMonth(), 31);
    QCOMPARE(study().dateText(), QStringLiteral("31 March 2027"));
    const double marchAzimuth = study().azimuth();
    study().stepMonths(1); // no 31 April: its last day
    QCOMPARE(study().date(), QDate(2027, 4, 30));
    QVERIFY(study().azimuth() != marchAzimuth); // the sun follows the day
    QCOMPARE(study().daysInMonth(), 30);
    study().stepDays(1);
    QCOMPARE(study().date(), QDate(2027, 5, 1));
    study().stepDays(-2);
    QCOMPARE(study().date(), QDate(2027, 4, 29));
    study().stepMonths(-14);
    QCOMPARE(study().date(), QDate(2026, 2, 28));
    QVERIFY(study().setDay(2028, 2, 29));
    study().stepYears(1);
    QCOMPARE(study().date(), QDate(2029, 2, 28));
    QCOMPARE(study().year(), 2029);
    QCOMPARE(study().month(), 2);
    QCOMPARE(study().day(), 28);
    // Days that do not exist, and years outside the picker's, change nothing.
    QVERIFY(!study().setDay(2027, 4, 31));
    QVERIFY(!study().setDay(2027, 13, 1));
    QVERIFY(!study().setDay(1899, 6, 21));
    QCOMPARE(study().date(), QDate(2029, 2, 28));
    // Steps stop at the ends of the picker's years.
    QVERIFY(study().setDay(2100, 12, 20));
    study().stepDays(30);
    QCOMPARE(study().date(), QDate(2100, 12, 31));
    study().stepYears(-500);
    QCOMPARE(study().date(), QDate(1900, 1, 1));
}

QTEST_MAIN(tst_SunStudy)
#include "tst_sunstudy.moc"
