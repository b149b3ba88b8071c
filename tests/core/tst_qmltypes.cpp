// What QML sees through `import Showroom.Core`: a Development handed to QML (as the shell's
// CurrentDevelopment singleton does), its models, and UnitSelection created in QML.
#include "ManifestFixture.h"
#include "core/Development.h"
#include "core/ManifestLoader.h"
#include "core/UnitSelection.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Showroom_CorePlugin)

using namespace showroom::core;

class tst_QmlTypes : public QObject
{
    Q_OBJECT

    std::unique_ptr<QObject> create(QQmlEngine &engine, const QByteArray &qml, Development *dev = nullptr)
    {
        QQmlComponent component(&engine);
        component.setData(qml, QUrl("qrc:/test.qml"));
        std::unique_ptr<QObject> object(
            component.createWithInitialProperties({{QStringLiteral("dev"), QVariant::fromValue(dev)}}));
        if (!object)
            qWarning().noquote() << component.errorString();
        return object;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void developmentSeenFromQml()
    {
        Development dev;
        ManifestResult r = parseManifest(QJsonDocument(fixture::validManifest()).toJson(), QString());
        QVERIFY(r.ok());
        dev.setData(r.data);
        {
            QQmlEngine engine;
            engine.addImportPath("qrc:/qt/qml");
            auto o = create(engine, R"(
                import Showroom.Core
                UnitSelection {
                    // plain QtQml needs the QtQml.Models module, which this QtQml-only test does not link
                    required property Development dev
                    property string name: dev.name
                    property int units: dev.units.count
                    property int available: dev.availableCount
                    property string firstPrice: dev.units.get(0).priceText
                    property string picked: dev.unitIdForNode("Unit_T_0001")
                    property var selection: UnitSelection { development: dev }
                    property string selected: selection.selectedUnit.buildingName ?? ""
                    property int stages: dev.stages.count
                    property var filtered: UnitFilterModel {
                        sourceModel: dev.units
                        availableOnly: true
                    }
                    property int listedAvailable: filtered.count
                }
            )",
                            &dev);
            QVERIFY(o);
            QCOMPARE(o->property("name").toString(), QString("Harbour Gardens"));
            QCOMPARE(o->property("units").toInt(), 3);
            QCOMPARE(o->property("available").toInt(), 1);
            QCOMPARE(o->property("firstPrice").toString(), dev.formatPrice(385000));
            QCOMPARE(o->property("picked").toString(), QString("T_0001"));
            QCOMPARE(o->property("stages").toInt(), 3);
            QCOMPARE(o->property("listedAvailable").toInt(), 1);
            auto *sel = o->property("selection").value<UnitSelection *>();
            QVERIFY(sel);
            QCOMPARE(sel->development(), &dev);
            QVERIFY(sel->select("T_0001"));
            QCOMPARE(o->property("selected").toString(), QString("The Terrace"));

            // Reloading in C++ updates QML bindings.
            DevelopmentData renamed = r.data;
            renamed.development.name = "Harbour Gardens II";
            dev.setData(renamed);
            QCOMPARE(o->property("name").toString(), QString("Harbour Gardens II"));
        }
        // The engine is gone; the application's instance must have survived it.
        QCOMPARE(dev.name(), QString("Harbour Gardens II"));
    }

    void developmentCannotBeCreatedInQml()
    {
        QQmlEngine engine;
        engine.addImportPath("qrc:/qt/qml");
        QQmlComponent component(&engine);
        component.setData("import Showroom.Core\nDevelopment {}", QUrl("qrc:/bad.qml"));
        QVERIFY(component.isError());
        QVERIFY2(component.errorString().contains("provided by the application"),
                 qPrintable(component.errorString()));
    }
};

QTEST_GUILESS_MAIN(tst_QmlTypes)
#include "tst_qmltypes.moc"
