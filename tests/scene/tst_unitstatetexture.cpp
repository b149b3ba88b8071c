// The per-unit state texture the units shader reads: each unit's texel (at its number) carries its
// status colour and whether it is tinted, dimmed by a filter or hidden above the floor cut-away, so a
// buyer sees sold and available homes apart, filtered homes fade and the floors above the cut vanish.
#include "FixtureWriter.h"
#include "core/Development.h"
#include "core/ManifestLoader.h"
#include "core/UnitFilterModel.h"
#include "scene/SiteModel.h"
#include "scene/SiteRequest.h"
#include "scene/UnitStateTexture.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;
using scene::UnitStateTexture;

namespace {

struct Texel
{
    int r = 0, g = 0, b = 0, flags = 0;
};

// The texel of unit number n, read back the way the shader addresses it.
Texel texelOf(const UnitStateTexture &texture, int n)
{
    const int x = n % UnitStateTexture::Width, y = n / UnitStateTexture::Width;
    const QByteArray bytes = texture.textureData();
    const int at = (y * texture.size().width() + x) * 4;
    if (n <= 0 || at + 4 > bytes.size())
        return {-1, -1, -1, -1};
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData()) + at;
    return {p[0], p[1], p[2], p[3]};
}

bool sameRgb(const Texel &t, const QColor &c)
{
    return t.r == c.red() && t.g == c.green() && t.b == c.blue();
}

} // namespace

class tst_UnitStateTexture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusColoursAtEachUnitsTexel();
    void dimmedUnits();
    void finderFilterDimsWhatItDoesNotMatch();
    void floorsAboveTheCutAreHidden();
    void statusOffClearsTheTint();
    void followsTheDevelopmentAndTheColours();
    void moreThan256Units_data();
    void moreThan256Units();

private:
    core::DevelopmentData m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<scene::SiteModel> m_site; // the demo, loaded once (read-only in the tests)
};

void tst_UnitStateTexture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const core::ManifestResult manifest = core::loadManifest(QStringLiteral(SHOWROOM_DEMO_DIR));
    QVERIFY2(manifest.ok(), qPrintable(manifest.errors.join('\n')));
    m_demo = manifest.data;
    m_site = std::make_unique<scene::SiteModel>();
    m_site->load(scene::SiteRequest::fromDevelopment(m_demo, m_dir.filePath("cache")));
    QVERIFY(m_site->waitForFinished(60000));
    QVERIFY2(m_site->status() == scene::SiteModel::Ready, qPrintable(m_site->errorString()));
}

void tst_UnitStateTexture::statusColoursAtEachUnitsTexel()
{
    core::Development development;
    development.setData(m_demo);
    UnitStateTexture texture;
    texture.setSite(m_site.get());
    texture.setDevelopment(&development);
    QCOMPARE(texture.size(), QSize(256, 1)); // 162 units, texel 0 unused
    QCOMPARE(texture.format(), UnitStateTexture::Format::RGBA8);

    int sold = 0, available = 0, reserved = 0;
    for (const core::Unit &unit : m_demo.units) {
        const int n = m_site->unitNumber(unit.id);
        QVERIFY2(n > 0, qPrintable(unit.id));
        const Texel t = texelOf(texture, n);
        const QColor expected = unit.status == core::UnitStatus::Sold       ? QColor("#c0504d")
                                : unit.status == core::UnitStatus::Reserved ? QColor("#e0a030")
                                                                            : QColor("#3f9b5f");
        QVERIFY2(sameRgb(t, expected), qPrintable(unit.id));
        QCOMPARE(t.flags, int(UnitStateTexture::Tinted));
        QCOMPARE(texture.colorOf(unit.id), expected);
        QCOMPARE(texture.flagsOf(unit.id), int(UnitStateTexture::Tinted));
        sold += unit.status == core::UnitStatus::Sold;
        available += unit.status == core::UnitStatus::Available;
        reserved += unit.status == core::UnitStatus::Reserved;
    }
    QVERIFY(sold > 0 && available > 0 && reserved > 0); // the demo shows all three
    QCOMPARE(texelOf(texture, 0).flags, -1);            // texel 0 is no unit
    QCOMPARE(texture.flagsOf("Z_9999"), 0);
    QVERIFY(!texture.colorOf("Z_9999").isValid());
}

void tst_UnitStateTexture::dimmedUnits()
{
    core::Development development;
    development.setData(m_demo);
    UnitStateTexture texture;
    texture.setSite(m_site.get());
    texture.setDevelopment(&development);
    QSignalSpy rebuilt(&texture, &UnitStateTexture::textureChanged);
    texture.setDimmedUnits({"A_0304", "B_0101"});
    QCOMPARE(rebuilt.count(), 1);
    for (const core::Unit &unit : m_demo.units) {
        const bool dimmed = unit.id == "A_0304" || unit.id == "B_0101";
        const int flags = texelOf(texture, m_site->unitNumber(unit.id)).flags;
        QCOMPARE(bool(flags & UnitStateTexture::Dimmed), dimmed);
        QVERIFY(flags & UnitStateTexture::Tinted); // dimmed homes keep their status colour
    }
    texture.setDimmedUnits({});
    QCOMPARE(texelOf(texture, m_site->unitNumber("A_0304")).flags, int(UnitStateTexture::Tinted));
}

void tst_UnitStateTexture::finderFilterDimsWhatItDoesNotMatch()
{
    core::Development development;
    development.setData(m_demo);
    core::UnitFilterModel finder;
    finder.setSourceModel(development.units());
    QVERIFY(finder.applyExpression(QStringLiteral("bedrooms>=3,status=any")).isEmpty());
    UnitStateTexture texture;
    texture.setSite(m_site.get());
    texture.setDevelopment(&development);
    texture.setDimmedUnits({"A_0304"});
    QSignalSpy rebuilt(&texture, &UnitStateTexture::textureChanged);
    texture.setFilter(&finder);
    QCOMPARE(rebuilt.count(), 1);
    auto check = [&](const char *what) {
        int matching = 0, dimmed = 0;
        for (const core::Unit &unit : m_demo.units) {
            const bool match = finder.filter().matches(unit);
            const int flags = texelOf(texture, m_site->unitNumber(unit.id)).flags;
            const bool expectDimmed = !match || unit.id == QLatin1String("A_0304");
            if (bool(flags & UnitStateTexture::Dimmed) != expectDimmed)
                return QStringLiteral("%1: %2 dimmed %3").arg(what, unit.id).arg(!expectDimmed);
            if (!(flags & UnitStateTexture::Tinted))
                return QStringLiteral("%1: %2 lost its status colour").arg(what, unit.id);
            matching += match;
            dimmed += bool(flags & UnitStateTexture::Dimmed);
        }
        // Some of each, or the check proves nothing.
        if (matching == 0 || dimmed == 0)
            return QStringLiteral("%1: %2 matching, %3 dimmed").arg(what).arg(matching).arg(dimmed);
        return QString();
    };
    QString problem = check("3+ bedrooms");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // A change of filter reaches the texture at once (one rebuild); sorting does not rebuild it.
    rebuilt.clear();
    QVERIFY(finder.applyExpression(QStringLiteral("orientation=S|SW")).isEmpty());
    QCOMPARE(rebuilt.count(), 1);
    problem = check("south, available");
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    finder.setSortBy(QStringLiteral("price"));
    QCOMPARE(rebuilt.count(), 1);

    // Without the filter (out of the finder) only the dimmed list is dimmed again.
    texture.setFilter(nullptr);
    for (const core::Unit &unit : m_demo.units)
        QCOMPARE(bool(texture.flagsOf(unit.id) & UnitStateTexture::Dimmed),
                 unit.id == QLatin1String("A_0304"));
}

void tst_UnitStateTexture::floorsAboveTheCutAreHidden()
{
    core::Development development;
    development.setData(m_demo);
    UnitStateTexture texture;
    texture.setSite(m_site.get());
    texture.setDevelopment(&development);
    texture.setCutBuilding("A");
    // A building alone cuts nothing: the floor says where.
    for (const core::Unit &unit : m_demo.units)
        QVERIFY(!(texture.flagsOf(unit.id) & UnitStateTexture::Hidden));
    texture.setCutFloor(3);
    int hidden = 0;
    for (const core::Unit &unit : m_demo.units) {
        const bool above = unit.building == "A" && unit.floor > 3;
        const int flags = texelOf(texture, m_site->unitNumber(unit.id)).flags;
        QVERIFY2(bool(flags & UnitStateTexture::Hidden) == above, qPrintable(unit.id));
        hidden += above;
    }
    QCOMPARE(hidden, 40); // floors 4..7 of A, ten homes each
    texture.setCutFloor(-1);
    QVERIFY(!(texelOf(texture, m_site->unitNumber("A_0701")).flags & UnitStateTexture::Hidden));
}

void tst_UnitStateTexture::statusOffClearsTheTint()
{
    core::Development development;
    development.setData(m_demo);
    UnitStateTexture texture;
    texture.setSite(m_site.get());
    texture.setDevelopment(&development);
    texture.setDimmedUnits({"A_0001"});
    texture.setShowStatus(false);
    for (const core::Unit &unit : m_demo.units) {
        const int flags = texelOf(texture, m_site->unitNumber(unit.id)).flags;
        QVERIFY(!(flags & UnitStateTexture::Tinted));
        QCOMPARE(bool(flags & UnitStateTexture::Dimmed), unit.id == "A_0001"); // other flags stay
    }
    texture.setShowStatus(true);
    QVERIFY(texelOf(texture, m_site->unitNumber("A_0002")).flags & UnitStateTexture::Tinted);
}

void tst_UnitStateTexture::followsTheDevelopmentAndTheColours()
{
    core::Development development;
    development.setData(m_demo);
    UnitStateTexture texture;
    texture.setSite(m_site.get());
    texture.setDevelopment(&development);
    const core::Unit *unit = m_demo.unit("A_0304");
    QVERIFY(unit);
    const int n = m_site->unitNumber(unit->id);

    // A sale reaches the texture as soon as the development changes.
    core::DevelopmentData changed = m_demo;
    for (core::Unit &u : changed.units) {
        if (u.id == unit->id)
            u.status =
                unit->status == core::UnitStatus::Sold ? core::UnitStatus::Available : core::UnitStatus::Sold;
    }
    const QColor before = texture.colorOf(unit->id);
    development.setData(changed);
    QVERIFY(texture.colorOf(unit->id) != before);
    QVERIFY(sameRgb(texelOf(texture, n), texture.colorOf(unit->id)));

    texture.setSoldColor(Qt::black);
    texture.setAvailableColor(Qt::white);
    const bool soldNow = unit->status != core::UnitStatus::Sold;
    QVERIFY(sameRgb(texelOf(texture, n), soldNow ? QColor(Qt::black) : QColor(Qt::white)));
}

void tst_UnitStateTexture::moreThan256Units_data()
{
    QTest::addColumn<int>("unitsPerFloor");
    QTest::newRow("256 units: number 256 is the first texel of row 2") << 32;
    QTest::newRow("320 units") << 40;
}

void tst_UnitStateTexture::moreThan256Units()
{
    // Two blocks of 4 floors: the texels of the numbers from 256 on wrap onto a second row.
    QFETCH(int, unitsPerFloor);
    const int units = 2 * 4 * unitsPerFloor;
    const fixtures::FxScene scene = fixtures::stressDevelopment(2, 4, unitsPerFloor, 12);
    const QString model = m_dir.filePath(QStringLiteral("%1.glb").arg(units));
    QVERIFY(fixtures::writeGltf(scene, model));
    core::DevelopmentData data;
    data.modelPath = model;
    for (const fixtures::FxNode &node : scene.nodes) {
        if (!node.name.startsWith(QLatin1String("Unit_")))
            continue;
        core::Unit unit;
        unit.id = node.name.mid(5); // B001_0312
        unit.node = node.name;
        unit.building = unit.id.left(4);
        unit.floor = unit.id.mid(5, 2).toInt();
        unit.status = data.units.size() % 2 ? core::UnitStatus::Sold : core::UnitStatus::Available;
        data.units << unit;
    }
    QCOMPARE(data.units.size(), units);
    scene::SiteModel site;
    site.load(scene::SiteRequest::fromDevelopment(data));
    QVERIFY(site.waitForFinished(60000));
    QVERIFY2(site.status() == scene::SiteModel::Ready, qPrintable(site.errorString()));
    core::Development development;
    development.setData(data);
    UnitStateTexture texture;
    texture.setDevelopment(&development);
    QCOMPARE(texture.size(), QSize(256, 1)); // no site yet: no numbers
    QSignalSpy rebuilt(&texture, &UnitStateTexture::textureChanged);
    texture.setSite(&site);
    QCOMPARE(texture.size(), QSize(256, 2));
    QCOMPARE(texture.textureHeight(), 2);
    QCOMPARE(texture.textureData().size(), 256 * 2 * 4);
    QVERIFY(rebuilt.count() >= 1);
    int onSecondRow = 0;
    for (const core::Unit &unit : data.units) {
        const int n = site.unitNumber(unit.id);
        QVERIFY(n >= 1 && n <= units);
        const Texel t = texelOf(texture, n);
        QVERIFY2(sameRgb(t, unit.status == core::UnitStatus::Sold ? texture.soldColor()
                                                                  : texture.availableColor()),
                 qPrintable(unit.id));
        onSecondRow += n >= 256;
    }
    QCOMPARE(onSecondRow, units - 255);
}

QTEST_MAIN(tst_UnitStateTexture)
#include "tst_unitstatetexture.moc"
