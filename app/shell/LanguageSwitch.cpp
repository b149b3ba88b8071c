#include "shell/LanguageSwitch.h"

#include "core/DisplayText.h"
#include "shell/QmlSingletons.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QTranslator>

namespace showroom::shell {

namespace {
// Where translations/CMakeLists.txt puts the catalogues (qt_add_translations' RESOURCE_PREFIX).
const QString CatalogueFolder = QStringLiteral(":/i18n");
const QString SourceLanguage = QStringLiteral("en");
} // namespace

LanguageSwitch *LanguageSwitch::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    LanguageSwitch *instance = ProvidedInstance<LanguageSwitch>::create(engine, scriptEngine);
    instance->addEngine(engine);
    return instance;
}

LanguageSwitch::LanguageSwitch(QObject *parent)
    : QObject(parent), m_locale(core::localeForLanguage(SourceLanguage))
{
}

LanguageSwitch::~LanguageSwitch()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList LanguageSwitch::codes()
{
    return core::languageCodes();
}

QString LanguageSwitch::systemCode()
{
    const QString code = core::languageCodeOf(QLocale::system().name());
    return code.isEmpty() ? SourceLanguage : code;
}

QString LanguageSwitch::nativeName(const QString &code)
{
    const QLocale locale = core::localeForLanguage(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "Deutsch", "English"
    return name;
}

void LanguageSwitch::addEngine(QQmlEngine *engine)
{
    if (engine && !m_engines.contains(engine))
        m_engines.append(engine);
}

bool LanguageSwitch::catalogueLoaded() const
{
    return m_code == SourceLanguage || (m_translator && !m_translator->isEmpty());
}

void LanguageSwitch::setCode(const QString &code)
{
    if (!codes().contains(code)) {
        qWarning("showroom: language '%s' is not offered (choose one of: %s)", qPrintable(code),
                 qPrintable(codes().join(QStringLiteral(", "))));
        return;
    }
    if (m_applied && code == m_code)
        return;
    m_applied = true;
    m_code = code;

    // The catalogue first, so whatever re-reads its text below already finds the new language.
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (code != SourceLanguage) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral("showroom_%1").arg(code);
        if (translator->load(file, CatalogueFolder) && QCoreApplication::installTranslator(translator.get()))
            m_translator = std::move(translator);
        else
            qWarning("showroom: the %s catalogue (%s/%s.qm) did not load; the screen stays in English",
                     qPrintable(code), qPrintable(CatalogueFolder), qPrintable(file));
    }
    m_locale = core::localeForLanguage(code);
    QLocale::setDefault(m_locale);
    emit changed(); // the services re-format what they wrote (prices, areas, dates) here
    for (const QPointer<QQmlEngine> &engine : std::as_const(m_engines)) {
        if (engine)
            engine->retranslate();
    }
}

} // namespace showroom::shell
