#include "settings/programmebook.h"

#include "base/ledgerlimits.h"
#include "store/database.h"
#include "store/sqlerror.h"
#include "base/timeformat.h"
#include "base/validation.h"
#include "settings/versionedchange.h"

namespace orchard {

namespace {

const QString selectVersions = QStringLiteral(
    "SELECT version, currency, value_num, value_den, funding, author, created_at_ms, reason, max_points_per_award "
    "FROM programme_settings");

ProgrammeSettings fromRow(const QSqlQuery &query)
{
    ProgrammeSettings settings;
    settings.version = int(query.value(0).toLongLong());
    const Result<money::Currency> currency = money::currency(QStringLiteral("currency"), query.value(1).toString());
    settings.currency = currency ? currency.value() : money::Currency{query.value(1).toString(), 2};
    settings.pointValue = {query.value(2).toLongLong(), query.value(3).toLongLong()};
    settings.funding = query.value(4).toString() == QLatin1String("none") ? FundingMode::None : FundingMode::Prepaid;
    settings.author = query.value(5).toString();
    settings.createdAtMs = query.value(6).toLongLong();
    settings.reason = query.value(7).toString();
    if (!query.value(8).isNull())
        settings.maxPointsPerAward = query.value(8).toLongLong();
    return settings;
}

ProgrammeSettings defaults()
{
    ProgrammeSettings settings;
    settings.author = QStringLiteral("system");
    settings.reason = QStringLiteral("defaults: nothing set yet");
    return settings;
}

QJsonObject settingsJson(const ProgrammeSettings &settings)
{
    return {{QStringLiteral("currency"), settings.currency.code},
            {QStringLiteral("point_value"), settings.pointValue.toString()},
            {QStringLiteral("funding"), ProgrammeSettings::fundingName(settings.funding)},
            {QStringLiteral("max_points_per_award"),
             settings.maxPointsPerAward ? QJsonValue(*settings.maxPointsPerAward) : QJsonValue(QJsonValue::Null)}};
}

const versioned::Versions<ProgrammeSettings> versions{selectVersions, fromRow, defaults};

}  // namespace

QString ProgrammeSettings::fundingName(FundingMode mode)
{
    return mode == FundingMode::Prepaid ? QStringLiteral("prepaid") : QStringLiteral("none");
}

QJsonObject ProgrammeSettings::toJson() const
{
    QJsonObject object = settingsJson(*this);
    object.insert(QStringLiteral("currency_decimals"), currency.decimals);
    object.insert(QStringLiteral("point_value_minor"),
                  QJsonObject{{QStringLiteral("numerator"), pointValue.numerator},
                              {QStringLiteral("denominator"), pointValue.denominator}});
    object.insert(QStringLiteral("version"), version);
    object.insert(QStringLiteral("author"), author);
    object.insert(QStringLiteral("created_at"),
                  createdAtMs > 0 ? QJsonValue(timeformat::toIso(createdAtMs)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("reason"), reason);
    return object;
}

ProgrammeSettings ProgrammeBook::currentIn(Database &database)
{
    return versions.latest(database);
}

ProgrammeSettings ProgrammeBook::inForceAt(Database &database, qint64 atMs)
{
    return versions.latest(database, QStringLiteral(" WHERE created_at_ms < ?"), {atMs});
}

Result<ProgrammeSettings> ProgrammeBook::current()
{
    try {
        return currentIn(m_database);
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<QList<ProgrammeSettings>> ProgrammeBook::history()
{
    return versions.all(m_database);
}

Result<ProgrammeSettings> ProgrammeBook::change(const ProgrammeChange &change)
{
    if (const auto invalid = versioned::checkReason(change.reason, QStringLiteral("the programme changes")))
        return *invalid;
    if (change.maxPointsPerAward && (*change.maxPointsPerAward < 0 || *change.maxPointsPerAward > limits::maxPointsPerOperation))
        return LedgerError::invalidArgument(QStringLiteral("max-award"),
                                            QStringLiteral("must be between 1 and %L1 points (0 removes the cap)").arg(limits::maxPointsPerOperation));
    std::optional<money::Currency> currency;
    if (change.currency) {
        const Result<money::Currency> parsed = money::currency(QStringLiteral("currency"), *change.currency);
        if (!parsed)
            return parsed.error();
        currency = parsed.value();
    }
    versioned::Steps<ProgrammeSettings> steps;
    steps.current = &ProgrammeBook::currentIn;
    steps.next = [&](Database &database, const ProgrammeSettings &before) -> Result<ProgrammeSettings> {
        ProgrammeSettings after = before;
        after.currency = currency.value_or(before.currency);
        after.pointValue = change.pointValue.value_or(before.pointValue);
        after.funding = change.funding.value_or(before.funding);
        if (change.maxPointsPerAward)
            after.maxPointsPerAward = *change.maxPointsPerAward > 0 ? change.maxPointsPerAward : std::nullopt;
        if (after.currency.code != before.currency.code) {
            QSqlQuery &moved = database.run(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE unit <> 'points'"));
            moved.next();
            const bool locked = moved.value(0).toLongLong() > 0;
            moved.finish();
            if (locked)
                return LedgerError{errors::currencyLocked,
                                   QStringLiteral("the programme's money is already kept in %1; its currency cannot change to %2")
                                       .arg(before.currency.code, after.currency.code),
                                   {{QStringLiteral("field"), QStringLiteral("currency")}, {QStringLiteral("currency"), before.currency.code}}};
        }
        return after;
    };
    steps.says = settingsJson;
    steps.stamp = [&](ProgrammeSettings &settings, int version, const Actor &actor, qint64 atMs) {
        settings.version = version;
        settings.author = actor.name;
        settings.createdAtMs = atMs;
        settings.reason = change.reason;
    };
    steps.versionOf = [](const ProgrammeSettings &settings) { return settings.version; };
    steps.insert = [](Database &database, const ProgrammeSettings &after) {
        database.run(QStringLiteral("INSERT INTO programme_settings (version, currency, value_num, value_den, funding, "
                                    "author, created_at_ms, reason, max_points_per_award) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {qint64(after.version), after.currency.code, after.pointValue.numerator, after.pointValue.denominator,
                      ProgrammeSettings::fundingName(after.funding), after.author, after.createdAtMs, after.reason,
                      after.maxPointsPerAward ? QVariant(*after.maxPointsPerAward) : QVariant(QMetaType(QMetaType::LongLong))});
    };
    steps.action = QStringLiteral("programme.set");
    steps.subject = QStringLiteral("programme");
    steps.field = QStringLiteral("programme");
    return versioned::append(m_database, m_clock, m_actor, change.reason, steps);
}

}  // namespace orchard
