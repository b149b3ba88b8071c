#include "telemetry/Pseudonymity.h"

#include <QRegularExpression>

namespace showroom::telemetry {

bool isPersonalKey(const QString &key)
{
    // Compare on letters only so "E-Mail", "first_name" and "phoneNumber" are all caught.
    QString k;
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            k += c.toLower();
    }
    static const QStringList keys = {
        "name",   "firstname",   "lastname",     "fullname", "surname",       "givenname",     "familyname",
        "email",  "mail",        "emailaddress", "phone",    "phonenumber",   "telephone",     "tel",
        "mobile", "mobilephone", "cellphone",    "address",  "streetaddress", "postaladdress",
    };
    return keys.contains(k);
}

static bool looksLikeEmail(const QString &value)
{
    static const QRegularExpression email(QStringLiteral(R"([^\s@]+@[^\s@]+\.[^\s@]+)"));
    return value.contains(QLatin1Char('@')) && email.match(value).hasMatch();
}

static QVariant clean(const QVariant &value, const QString &path, QStringList *removed, bool *drop);

QVariantMap withoutPersonalData(const QVariantMap &properties, QStringList *removed)
{
    QVariantMap out;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        bool drop = isPersonalKey(it.key());
        QVariant v = drop ? QVariant() : clean(it.value(), it.key(), removed, &drop);
        if (drop) {
            if (removed)
                removed->append(it.key());
            continue;
        }
        out.insert(it.key(), v);
    }
    return out;
}

static QVariant clean(const QVariant &value, const QString &path, QStringList *removed, bool *drop)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        *drop = looksLikeEmail(value.toString());
        return value;
    case QMetaType::QVariantMap:
        return withoutPersonalData(value.toMap(), removed);
    case QMetaType::QVariantList: {
        QVariantList list;
        for (const QVariant &item : value.toList()) {
            bool dropItem = false;
            QVariant c = clean(item, path, removed, &dropItem);
            if (!dropItem)
                list.append(c);
            else if (removed)
                removed->append(path + QLatin1String("[]"));
        }
        return list;
    }
    default:
        return value;
    }
}

} // namespace showroom::telemetry
