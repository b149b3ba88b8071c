#include "telemetry/Pseudonymity.h"

#include <QRegularExpression>

#include <cstring>

namespace showroom::telemetry {

bool isPersonalKey(const QString &key)
{
    // Compare on ASCII letters and digits only, lower-cased, so "E-Mail", "first_name" and "phoneNumber"
    // are all caught. No allocation: this runs for every property of every event on the writer.
    char k[24];
    int n = 0;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            k[n++] = char(u - u'A' + 'a');
        else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            k[n++] = char(u);
        else if (u > 127)
            return false; // none of our keys
        if (n == int(sizeof k) - 1)
            return false; // longer than any of them
    }
    k[n] = 0;
    static const char *const keys[] = {
        "name",   "firstname",   "lastname",     "fullname", "surname",       "givenname",     "familyname",
        "email",  "mail",        "emailaddress", "phone",    "phonenumber",   "telephone",     "tel",
        "mobile", "mobilephone", "cellphone",    "address",  "streetaddress", "postaladdress",
    };
    for (const char *personal : keys) {
        if (std::strcmp(k, personal) == 0)
            return true;
    }
    return false;
}

static bool looksLikeEmail(const QString &value)
{
    static const QRegularExpression email(QStringLiteral(R"([^\s@]+@[^\s@]+\.[^\s@]+)"));
    return value.contains(QLatin1Char('@')) && email.match(value).hasMatch();
}

static QVariant clean(const QVariant &value, const QString &path, QStringList *removed, bool *drop);

// True when withoutPersonalData would change anything; allocates nothing, so the writer can skip the
// rebuild for the (usual) event that carries no contact details.
static bool holdsPersonalData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return looksLikeEmail(value.toString());
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (isPersonalKey(it.key()) || holdsPersonalData(it.value()))
                return true;
        }
        return false;
    }
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        for (const QVariant &item : list) {
            if (holdsPersonalData(item))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

QVariantMap withoutPersonalData(const QVariantMap &properties, QStringList *removed)
{
    if (!holdsPersonalData(QVariant(properties)))
        return properties; // shared, not copied
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
