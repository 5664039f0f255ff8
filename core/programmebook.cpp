#include "programmebook.h"

#include "auditlog.h"
#include "database.h"
#include "sqlerror.h"
#include "timeformat.h"
#include "validation.h"

namespace orchard {

namespace {

const QString selectVersions = QStringLiteral(
    "SELECT version, currency, value_num, value_den, funding, author, created_at_ms, reason FROM programme_settings");

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
            {QStringLiteral("funding"), ProgrammeSettings::fundingName(settings.funding)}};
}

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
    QSqlQuery &query = database.run(selectVersions + QStringLiteral(" ORDER BY version DESC LIMIT 1"));
    const ProgrammeSettings settings = query.next() ? fromRow(query) : defaults();
    query.finish();
    return settings;
}

ProgrammeSettings ProgrammeBook::inForceAt(Database &database, qint64 atMs)
{
    QSqlQuery &query = database.run(selectVersions + QStringLiteral(" WHERE created_at_ms < ? ORDER BY version DESC LIMIT 1"), {atMs});
    const ProgrammeSettings settings = query.next() ? fromRow(query) : defaults();
    query.finish();
    return settings;
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
    try {
        QSqlQuery &query = m_database.run(selectVersions + QStringLiteral(" ORDER BY version"));
        QList<ProgrammeSettings> rows{defaults()};
        while (query.next())
            rows.append(fromRow(query));
        query.finish();
        return rows;
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
}

Result<ProgrammeSettings> ProgrammeBook::change(const ProgrammeChange &change)
{
    if (change.reason.trimmed().isEmpty())
        return LedgerError::invalidArgument(QStringLiteral("reason"), QStringLiteral("is required: say why the programme changes"));
    if (const auto invalid = validation::optionalText(QStringLiteral("reason"), change.reason))
        return *invalid;
    std::optional<money::Currency> currency;
    if (change.currency) {
        const Result<money::Currency> parsed = money::currency(QStringLiteral("currency"), *change.currency);
        if (!parsed)
            return parsed.error();
        currency = parsed.value();
    }
    if (m_database.isReadOnly())
        return LedgerError{errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}};
    const qint64 nowMs = m_clock.nowMs();
    try {
        m_database.beginWrite();
        const ProgrammeSettings before = currentIn(m_database);
        ProgrammeSettings after = before;
        after.currency = currency.value_or(before.currency);
        after.pointValue = change.pointValue.value_or(before.pointValue);
        after.funding = change.funding.value_or(before.funding);
        if (settingsJson(after) == settingsJson(before)) {
            m_database.rollback();
            return LedgerError::invalidArgument(QStringLiteral("programme"),
                                                QStringLiteral("nothing would change: version %1 already says this").arg(before.version));
        }
        if (after.currency.code != before.currency.code) {
            QSqlQuery &moved = m_database.run(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE unit <> 'points'"));
            moved.next();
            const bool locked = moved.value(0).toLongLong() > 0;
            moved.finish();
            if (locked) {
                m_database.rollback();
                return LedgerError{errors::currencyLocked,
                                   QStringLiteral("the programme's money is already kept in %1; its currency cannot change to %2")
                                       .arg(before.currency.code, after.currency.code),
                                   {{QStringLiteral("field"), QStringLiteral("currency")},
                                    {QStringLiteral("currency"), before.currency.code}}};
            }
        }
        after.version = before.version + 1;
        after.author = m_actor.name;
        after.createdAtMs = nowMs;
        after.reason = change.reason;
        m_database.run(QStringLiteral("INSERT INTO programme_settings (version, currency, value_num, value_den, funding, "
                                      "author, created_at_ms, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {qint64(after.version), after.currency.code, after.pointValue.numerator, after.pointValue.denominator,
                        ProgrammeSettings::fundingName(after.funding), after.author, nowMs, after.reason});
        AuditLog(m_database).append({nowMs, m_actor.name, m_actor.source, QStringLiteral("programme.set"),
                                     QStringLiteral("programme"),
                                     {{QStringLiteral("version"), after.version},
                                      {QStringLiteral("before"), settingsJson(before)},
                                      {QStringLiteral("after"), settingsJson(after)},
                                      {QStringLiteral("reason"), after.reason}},
                                     std::nullopt, QString()});
        m_database.commit();
        return after;
    } catch (const SqlFailure &failure) {
        if (m_database.inTransaction())
            m_database.rollback();
        return ledgerErrorFor(failure);
    }
}

}  // namespace orchard
