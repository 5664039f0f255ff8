#include "reports/glmapping.h"

#include "money/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace orchard {

namespace {

const QStringList &accountKeys()
{
    static const QStringList keys{QStringLiteral("points_liability"), QStringLiteral("reward_expense"),
                                  QStringLiteral("redemption_settlement"), QStringLiteral("breakage_income")};
    return keys;
}

LedgerError refused(const QString &key, const QString &why)
{
    return LedgerError::invalidArgument(QStringLiteral("mapping.") + key, why);
}

// A code the general ledger can take: not empty, one line, at most 64 characters.
std::optional<LedgerError> checkCode(const QString &key, const QJsonValue &value)
{
    if (!value.isString())
        return refused(key, QStringLiteral("must be a string (an account or cost-centre code)"));
    const QString code = value.toString();
    if (code.trimmed().isEmpty())
        return refused(key, QStringLiteral("is empty"));
    if (code.size() > 64)
        return refused(key, QStringLiteral("is longer than 64 characters"));
    for (const QChar c : code)
        if (c.category() == QChar::Other_Control)
            return refused(key, QStringLiteral("holds a control character"));
    return std::nullopt;
}

std::optional<LedgerError> unknownKeys(const QString &where, const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            return refused((where.isEmpty() ? QString() : where + QLatin1Char('.')) + it.key(),
                           QStringLiteral("is not a key of %1; its keys are %2")
                               .arg(where.isEmpty() ? QStringLiteral("a mapping") : QStringLiteral("mapping.") + where,
                                    allowed.join(QStringLiteral(", "))));
    return std::nullopt;
}

}  // namespace

QString GlMapping::keyOf(Account account)
{
    return accountKeys().at(int(account));
}

GlMapping GlMapping::defaults()
{
    GlMapping mapping;
    mapping.m_accounts = {GlAccount{QStringLiteral("2400"), QStringLiteral("Points liability")},
                          GlAccount{QStringLiteral("6400"), QStringLiteral("Reward expense")},
                          GlAccount{QStringLiteral("2100"), QStringLiteral("Redemption settlement")},
                          GlAccount{QStringLiteral("4400"), QStringLiteral("Breakage income")}};
    return mapping;
}

Result<GlMapping> GlMapping::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return LedgerError::invalidArgument(QStringLiteral("mapping"),
                                            QStringLiteral("is not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return LedgerError::invalidArgument(QStringLiteral("mapping"), QStringLiteral("must be a JSON object"));
    const QJsonObject root = document.object();
    if (auto bad = unknownKeys({}, root, {QStringLiteral("currency"), QStringLiteral("accounts"), QStringLiteral("cost_centre")}))
        return *bad;

    GlMapping mapping;
    if (root.contains(QStringLiteral("currency"))) {
        const QJsonValue currency = root.value(QStringLiteral("currency"));
        const Result<money::Currency> parsed = money::currency(QStringLiteral("mapping.currency"), currency.toString());
        if (!parsed)
            return parsed.error();
        mapping.m_currency = parsed.value().code;
    }

    if (!root.value(QStringLiteral("accounts")).isObject())
        return refused(QStringLiteral("accounts"),
                       QStringLiteral("is missing or not an object; it maps each of %1 to a GL account code").arg(accountKeys().join(QStringLiteral(", "))));
    const QJsonObject accounts = root.value(QStringLiteral("accounts")).toObject();
    if (auto bad = unknownKeys(QStringLiteral("accounts"), accounts, accountKeys()))
        return *bad;
    const GlMapping fallback = defaults();
    for (int i = 0; i < accountCount; ++i) {
        const QString key = QStringLiteral("accounts.") + accountKeys().at(i);
        if (!accounts.contains(accountKeys().at(i)))
            return refused(key, QStringLiteral("is missing: every Orchard account needs its GL account code"));
        const QJsonValue value = accounts.value(accountKeys().at(i));
        GlAccount account{{}, fallback.m_accounts.at(std::size_t(i)).name};
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (auto bad = unknownKeys(key, object, {QStringLiteral("code"), QStringLiteral("name")}))
                return *bad;
            if (auto bad = checkCode(key + QStringLiteral(".code"), object.value(QStringLiteral("code"))))
                return *bad;
            account.code = object.value(QStringLiteral("code")).toString();
            if (object.contains(QStringLiteral("name"))) {
                if (!object.value(QStringLiteral("name")).isString())
                    return refused(key + QStringLiteral(".name"), QStringLiteral("must be a string"));
                account.name = object.value(QStringLiteral("name")).toString();
            }
        } else {
            if (auto bad = checkCode(key, value))
                return *bad;
            account.code = value.toString();
        }
        for (int j = 0; j < i; ++j)
            if (mapping.m_accounts.at(std::size_t(j)).code == account.code)
                // Two of Orchard's accounts on one GL account would net their lines away, and the
                // liability's movement could no longer be read from the journal.
                return refused(key, QStringLiteral("is %1, the code already given to %2; each Orchard account needs its own GL account")
                                        .arg(account.code, accountKeys().at(j)));
        mapping.m_accounts[std::size_t(i)] = account;
    }

    if (root.contains(QStringLiteral("cost_centre"))) {
        if (!root.value(QStringLiteral("cost_centre")).isObject())
            return refused(QStringLiteral("cost_centre"), QStringLiteral("must be an object with by, map and default"));
        const QJsonObject costCentre = root.value(QStringLiteral("cost_centre")).toObject();
        if (auto bad = unknownKeys(QStringLiteral("cost_centre"), costCentre,
                                   {QStringLiteral("by"), QStringLiteral("map"), QStringLiteral("default")}))
            return *bad;
        const QJsonValue by = costCentre.value(QStringLiteral("by"));
        if (by == QJsonValue(QStringLiteral("department")))
            mapping.m_costCentreBy = CostCentreBy::Department;
        else if (by == QJsonValue(QStringLiteral("hris")))
            mapping.m_costCentreBy = CostCentreBy::Hris;
        else if (!by.isUndefined() && by != QJsonValue(QStringLiteral("none")))
            return refused(QStringLiteral("cost_centre.by"), QStringLiteral("must be none, department or hris"));
        if (costCentre.contains(QStringLiteral("map"))) {
            if (!costCentre.value(QStringLiteral("map")).isObject())
                return refused(QStringLiteral("cost_centre.map"), QStringLiteral("must be an object of department (or HRIS id) to cost-centre code"));
            const QJsonObject map = costCentre.value(QStringLiteral("map")).toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                if (auto bad = checkCode(QStringLiteral("cost_centre.map.") + it.key(), it.value()))
                    return *bad;
                mapping.m_costCentreMap.insert(it.key(), it.value().toString());
            }
        }
        if (costCentre.contains(QStringLiteral("default"))) {
            if (auto bad = checkCode(QStringLiteral("cost_centre.default"), costCentre.value(QStringLiteral("default"))))
                return *bad;
            mapping.m_costCentreDefault = costCentre.value(QStringLiteral("default")).toString();
        }
    }
    return mapping;
}

Result<QString> GlMapping::costCentreOf(const QString &group) const
{
    if (const auto it = m_costCentreMap.constFind(group); it != m_costCentreMap.constEnd())
        return it.value();
    if (m_costCentreDefault)
        return *m_costCentreDefault;
    return refused(QStringLiteral("cost_centre.default"),
                   QStringLiteral("is needed: %1 '%2' has no entry in mapping.cost_centre.map")
                       .arg(m_costCentreBy == CostCentreBy::Hris ? QStringLiteral("HRIS id") : QStringLiteral("department"),
                            group.isEmpty() ? QStringLiteral("(none)") : group));
}

QJsonObject GlMapping::toJson() const
{
    QJsonObject accounts;
    for (int i = 0; i < accountCount; ++i)
        accounts.insert(accountKeys().at(i), QJsonObject{{QStringLiteral("code"), m_accounts.at(std::size_t(i)).code},
                                                         {QStringLiteral("name"), m_accounts.at(std::size_t(i)).name}});
    QJsonObject map;
    for (auto it = m_costCentreMap.constBegin(); it != m_costCentreMap.constEnd(); ++it)
        map.insert(it.key(), it.value());
    static const char *const byNames[] = {"none", "department", "hris"};
    QJsonObject costCentre{{QStringLiteral("by"), QString::fromLatin1(byNames[int(m_costCentreBy)])}, {QStringLiteral("map"), map}};
    if (m_costCentreDefault)
        costCentre.insert(QStringLiteral("default"), *m_costCentreDefault);
    QJsonObject object{{QStringLiteral("accounts"), accounts}, {QStringLiteral("cost_centre"), costCentre}};
    if (m_currency)
        object.insert(QStringLiteral("currency"), *m_currency);
    return object;
}

}  // namespace orchard
