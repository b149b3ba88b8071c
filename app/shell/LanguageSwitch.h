// The visitor's language: English (the source) or German. Switching installs the German catalogue
// (translations/showroom_de.ts, built into the binary as :/i18n/showroom_de.qm), makes the locale of
// that language the default one (numbers, prices, areas and dates follow it) and retranslates every
// QML engine that shows the UI, so the screen changes without a reload.
#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QJSEngine;
class QQmlEngine;
class QTranslator;

namespace showroom::shell {

class LanguageSwitch : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    // "en" or "de".
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY changed)
    // Every language offered, the source language first.
    Q_PROPERTY(QStringList codes READ codes CONSTANT)
    // The locale's name ("en_IE", "de_DE"): QML writes numbers with Qt.locale(Language.localeName).
    Q_PROPERTY(QString localeName READ localeName NOTIFY changed)

public:
    static LanguageSwitch *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    // No default argument: a default-constructible type would make QML build its own singleton
    // instead of calling create() (Qt prefers the constructor), and the engine would see another switch.
    explicit LanguageSwitch(QObject *parent);
    ~LanguageSwitch() override;

    QString code() const { return m_code; }
    // Unknown codes are refused with a warning (the language stays); the same code again does nothing.
    Q_INVOKABLE void setCode(const QString &code);
    static QStringList codes();
    // The system's language if the showroom speaks it, else English: where a session starts.
    static QString systemCode();
    QLocale locale() const { return m_locale; }
    QString localeName() const { return m_locale.name(); }
    // A language's name in that language ("English", "Deutsch"), for the switch's accessible name.
    Q_INVOKABLE static QString nativeName(const QString &code);
    // An engine to retranslate on a switch (engines that reach the singleton are added by create()).
    void addEngine(QQmlEngine *engine);
    // True when the current language's catalogue is installed (English needs none): stills and tests
    // can tell a German screen from an English one whose catalogue failed to load.
    bool catalogueLoaded() const;

signals:
    void changed();

private:
    QString m_code = QStringLiteral("en");
    bool m_applied = false; // the first setCode() applies even the default language
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    QList<QPointer<QQmlEngine>> m_engines;
};

} // namespace showroom::shell
