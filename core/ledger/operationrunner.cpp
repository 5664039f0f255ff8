#include "ledger/operationrunner.h"

#include "base/clock.h"
#include "base/invariant.h"
#include "ledger/outbox.h"
#include "ledger/refusal.h"
#include "store/auditlog.h"
#include "store/bufferedinsert.h"
#include "store/database.h"
#include "store/sqlerror.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace orchard {

OperationRunner::OperationRunner(Database &database, AuditLog &audit, Outbox &outbox, const Clock &clock, const Actor &actor,
                                 std::function<void()> afterRollback)
    : m_database(database), m_audit(audit), m_outbox(outbox), m_clock(clock), m_actor(actor), m_afterRollback(std::move(afterRollback))
{
}

QString OperationRunner::requestDigest(std::initializer_list<QString> parts)
{
    QString canonical;
    for (const QString &part : parts)
        canonical += part + QChar(0x1f);
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

OperationRunner::~OperationRunner() = default;

void OperationRunner::deferWrites()
{
    Q_ASSERT(m_database.engine() == Engine::Sqlite && m_database.inTransaction());
    if (!m_deferredAnswers)
        m_deferredAnswers = std::make_unique<BufferedInsert>(
            m_database,
            QStringLiteral("INSERT INTO idempotency_keys (source_id, key, operation, request_digest, succeeded, response, created_at_ms)"), 7);
}

void OperationRunner::writeDeferred()
{
    Q_ASSERT(m_deferredAnswers);
    const std::unique_ptr<BufferedInsert> answers = std::move(m_deferredAnswers);
    answers->write();
}

void OperationRunner::discardDeferred()
{
    m_deferredAnswers.reset();
}

OperationRunner::Outcome OperationRunner::runErased(const Scope &scope, const std::function<void()> &settle,
                                                    const std::function<void()> &body, const std::function<QJsonObject()> &answer)
{
    const auto failed = [](LedgerError error) { return Outcome{Outcome::Kind::Failed, false, {}, std::move(error)}; };
    if (m_database.isReadOnly())
        return failed({errors::readOnly, QStringLiteral("the ledger is open read-only; nothing was changed"), {}});
    const bool ownTransaction = !m_database.inTransaction();
    try {
        if (ownTransaction)
            m_database.beginWrite();
    } catch (const SqlFailure &failure) {
        return failed(ledgerErrorFor(failure));
    }
    try {
        return runInSavepoint(ownTransaction, scope, settle, body, answer);
    } catch (const SqlFailure &failure) {
        undoOperation(ownTransaction);
        return failed(ledgerErrorFor(failure));
    } catch (const InvariantViolation &violation) {
        undoOperation(ownTransaction);
        return failed({errors::internal,
                       QStringLiteral("a ledger invariant would have broken: %1; nothing was changed").arg(violation.violated),
                       {{QStringLiteral("violated"), violation.violated}}});
    }
}

OperationRunner::Outcome OperationRunner::runInSavepoint(bool ownTransaction, const Scope &scope, const std::function<void()> &settle,
                                                         const std::function<void()> &body,
                                                         const std::function<QJsonObject()> &answer)
{
    m_database.executeSavepointCommand(QStringLiteral("SAVEPOINT orchard_op"));
    m_audit.hold();
    m_outbox.hold();
    try {
        const std::optional<IdempotencyScope> keyed = scope ? scope() : std::nullopt;
        if (keyed)
            if (std::optional<Outcome> previous = replay(*keyed)) {
                finishWithoutChange(ownTransaction, false);
                return *previous;
            }
        if (settle)
            settle();
        const std::optional<LedgerError> refusal = runBody(body);
        m_outbox.flush(m_clock.nowMs());
        // The stored answer is sealed by this operation's last audit record, together with
        // earlier answers of this transaction that had no record of their own (refusals).
        QJsonArray answers = m_unsealedKeys;
        if (keyed)
            answers.append(QJsonArray{QString::number(keyed->sourceId), keyed->key,
                                      remember(*keyed, !refusal, refusal ? refusal->toJson() : answer(), m_clock.nowMs())});
        const bool sealed = m_audit.flush(answers);
        m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_op"));
        m_unsealedKeys = sealed ? QJsonArray() : answers;
        if (ownTransaction) {
            sealIdempotencyKeys();
            m_outbox.writePending();
            m_database.commit();
        }
        return Outcome{Outcome::Kind::Done, false, {}, refusal};
    } catch (const Refusal &refusal) {
        finishWithoutChange(ownTransaction, true);
        return Outcome{Outcome::Kind::Failed, false, {}, refusal.error};
    }
}

std::optional<LedgerError> OperationRunner::runBody(const std::function<void()> &body)
{
    m_database.executeSavepointCommand(QStringLiteral("SAVEPOINT orchard_body"));
    const qsizetype settledRecords = m_audit.heldCount();
    const Outbox::Mark settledEvents = m_outbox.mark();
    try {
        body();
        m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_body"));
        return std::nullopt;
    } catch (const Refusal &bodyRefusal) {
        if (bodyRefusal.error.kind() != ErrorKind::Refused)
            throw;
        m_database.executeSavepointCommand(QStringLiteral("ROLLBACK TO orchard_body"));
        m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_body"));
        m_audit.dropFrom(settledRecords);  // the body's records went with its work; settling's stay
        m_outbox.dropFrom(settledEvents);
        return bodyRefusal.error;
    }
}

// A replayed answer or a refusal before the body: nothing of the operation stays.
void OperationRunner::finishWithoutChange(bool ownTransaction, bool rollBack)
{
    m_audit.drop();
    m_outbox.drop();
    if (rollBack)
        m_database.executeSavepointCommand(QStringLiteral("ROLLBACK TO orchard_op"));
    m_database.executeSavepointCommand(QStringLiteral("RELEASE orchard_op"));
    if (ownTransaction)
        m_database.commit();
}

void OperationRunner::undoOperation(bool ownTransaction)
{
    m_afterRollback();
    m_audit.drop();
    m_outbox.drop();
    if (ownTransaction) {
        m_unsealedKeys = {};
        m_outbox.discardPending();
        m_database.rollback();
    } else {
        QSqlQuery undo(m_database.connection());
        undo.exec(QStringLiteral("ROLLBACK TO orchard_op"));
        undo.exec(QStringLiteral("RELEASE orchard_op"));
    }
}

std::optional<OperationRunner::Outcome> OperationRunner::replay(const IdempotencyScope &scope)
{
    QSqlQuery &query = m_database.run(
        QStringLiteral("SELECT operation, request_digest, succeeded, response FROM idempotency_keys "
                       "WHERE source_id = ? AND key = ?"),
        {scope.sourceId, scope.key});
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    const QString operation = query.value(0).toString();
    const QString digest = query.value(1).toString();
    const bool succeeded = query.value(2).toInt() != 0;
    const QByteArray response = query.value(3).toString().toUtf8();
    query.finish();
    if (operation != scope.operation || digest != scope.requestDigest)
        throw Refusal{{errors::idempotencyConflict,
                       QStringLiteral("idempotency key '%1' was already used for a different %2 request")
                           .arg(scope.key, operation),
                       {{QStringLiteral("key"), scope.key}, {QStringLiteral("first_operation"), operation}}}};
    return Outcome{Outcome::Kind::Replayed, succeeded, QJsonDocument::fromJson(response).object(), std::nullopt};
}

QString OperationRunner::remember(const IdempotencyScope &scope, bool succeeded, const QJsonObject &response, qint64 nowMs)
{
    const QString stored = QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact));
    if (m_deferredAnswers)
        m_deferredAnswers->add(
            {scope.sourceId, scope.key, scope.operation, scope.requestDigest, succeeded ? 1 : 0, stored, nowMs});
    else
        m_database.run(QStringLiteral("INSERT INTO idempotency_keys (source_id, key, operation, request_digest, succeeded, "
                                  "response, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {scope.sourceId, scope.key, scope.operation, scope.requestDigest, succeeded ? 1 : 0, stored, nowMs});
    return AuditLog::idempotencyDigest(scope.sourceId, scope.key, scope.operation, scope.requestDigest, succeeded, stored);
}

void OperationRunner::beginDecided()
{
    Q_ASSERT(m_database.inTransaction());
    m_audit.hold();
    m_outbox.hold();
}

void OperationRunner::finishDecided(const IdempotencyScope &scope, const QJsonObject &answer)
{
    m_outbox.flush(m_clock.nowMs());
    QJsonArray answers = m_unsealedKeys;
    answers.append(QJsonArray{QString::number(scope.sourceId), scope.key, remember(scope, true, answer, m_clock.nowMs())});
    const bool sealed = m_audit.flush(answers);
    m_unsealedKeys = sealed ? QJsonArray() : answers;
}

QSet<QString> OperationRunner::answeredKeys(qint64 sourceId, const QStringList &keys)
{
    QSqlQuery &query = m_database.run(QStringLiteral("SELECT key FROM idempotency_keys WHERE source_id = ? AND key IN ")
                                          + m_database.textListSql(),
                                      {sourceId, Database::textList(keys)});
    QSet<QString> answered;
    while (query.next())
        answered.insert(query.value(0).toString());
    query.finish();
    return answered;
}

void OperationRunner::sealIdempotencyKeys()
{
    if (m_unsealedKeys.isEmpty())
        return;
    // One audit record per transaction seals every answer it stored, so a stored answer that is
    // edited later (a retry would get other bytes back) breaks the chain's promise and verify says so.
    AuditLog::Record record;
    record.atMs = m_clock.nowMs();
    record.actor = m_actor.name;
    record.source = m_actor.source;
    record.action = AuditLog::idempotencySealAction;
    record.subject = QStringLiteral("idempotency");
    record.details = {{QStringLiteral("keys"), m_unsealedKeys}};
    m_audit.append(record);
    m_unsealedKeys = {};
}

Result<bool> OperationRunner::beginBatch()
{
    try {
        m_database.beginWrite();
    } catch (const SqlFailure &failure) {
        return ledgerErrorFor(failure);
    }
    return true;
}

Result<bool> OperationRunner::commitBatch()
{
    try {
        sealIdempotencyKeys();
        m_outbox.writePending();
        m_database.commit();
    } catch (const SqlFailure &failure) {
        m_afterRollback();
        m_unsealedKeys = {};
        m_outbox.discardPending();
        m_database.rollback();
        return ledgerErrorFor(failure);
    }
    return true;
}

void OperationRunner::abandonBatch()
{
    m_afterRollback();
    m_audit.drop();  // a decided operation that threw may have left records held
    m_outbox.drop();
    m_unsealedKeys = {};
    m_outbox.discardPending();
    if (m_database.inTransaction())
        m_database.rollback();
}

}  // namespace orchard
