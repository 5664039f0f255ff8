#pragma once

#include "base/ledgererror.h"
#include "base/ledgertypes.h"
#include "base/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace orchard {

class AuditLog;
class BufferedInsert;
class Clock;
class Database;
class Outbox;

struct IdempotencyScope
{
    qint64 sourceId = 0;
    QString key;
    QString operation;
    QString requestDigest;
};

// Runs each ledger operation: in its own write transaction or inside the caller's batch, isolated
// by a savepoint, with its idempotency key answered once (the only writer of `idempotency_keys`).
// A refusal undoes only the operation's body (what settling wrote stays); a failed statement or a
// broken invariant undoes the whole operation. Its outbox events are written with its work. The answer a key gets is sealed by the
// operation's audit record, or by one record per transaction for answers that had none.
class OperationRunner
{
public:
    using Scope = std::function<std::optional<IdempotencyScope>()>;

    OperationRunner(Database &database, AuditLog &audit, Outbox &outbox, const Clock &clock, const Actor &actor,
                    std::function<void()> afterRollback);
    ~OperationRunner();

    // `scope` names the key (none: not keyed); `settle` writes what is due before the body runs.
    template<typename T>
    Result<T> run(const Scope &scope, const std::function<void()> &settle, const std::function<T()> &body);

    // An operation decided before it runs (Ledger::redeemBatch): inside the caller's batch, with no
    // savepoint, since it cannot be refused; its answer is stored under the key like run()'s. Any
    // exception leaves the transaction to be rolled back whole.
    template<typename T>
    T runDecided(const IdempotencyScope &scope, const std::function<T()> &body);
    // Deferred (SQLite, a batch decided together): the answers runDecided() stores are kept until
    // writeDeferred() inserts them in a few statements.
    void deferWrites();
    void writeDeferred();  // throws SqlFailure
    void discardDeferred();
    // Which of `keys` of the source already have an answer (one look-up for a batch).
    QSet<QString> answeredKeys(qint64 sourceId, const QStringList &keys);

    Result<bool> beginBatch();
    Result<bool> commitBatch();
    void abandonBatch();

    static QString requestDigest(std::initializer_list<QString> parts);

private:
    struct Outcome
    {
        enum class Kind { Done, Replayed, Failed } kind = Kind::Done;
        bool replayedSuccess = false;
        QJsonObject replayedAnswer;
        std::optional<LedgerError> error;  // Failed, or Done with the body refused
    };
    Outcome runErased(const Scope &scope, const std::function<void()> &settle, const std::function<void()> &body,
                      const std::function<QJsonObject()> &answer);
    Outcome runInSavepoint(bool ownTransaction, const Scope &scope, const std::function<void()> &settle,
                           const std::function<void()> &body, const std::function<QJsonObject()> &answer);
    std::optional<LedgerError> runBody(const std::function<void()> &body);  // the body's refusal, if any
    void finishWithoutChange(bool ownTransaction, bool rollBack);
    std::optional<Outcome> replay(const IdempotencyScope &scope);
    // Stores the answer and returns its seal (AuditLog::idempotencyDigest).
    QString remember(const IdempotencyScope &scope, bool succeeded, const QJsonObject &response, qint64 nowMs);
    void beginDecided();
    void finishDecided(const IdempotencyScope &scope, const QJsonObject &answer);
    void sealIdempotencyKeys();  // before the transaction commits: one audit record for its stored answers
    void undoOperation(bool ownTransaction);  // after a failed statement or a broken invariant

    Database &m_database;
    AuditLog &m_audit;
    Outbox &m_outbox;
    const Clock &m_clock;
    const Actor &m_actor;
    std::function<void()> m_afterRollback;
    QJsonArray m_unsealedKeys;
    std::unique_ptr<BufferedInsert> m_deferredAnswers;  // while deferring  // [source id, key, seal] of the answers stored in the open transaction
};

template<typename T>
Result<T> OperationRunner::run(const Scope &scope, const std::function<void()> &settle, const std::function<T()> &body)
{
    std::optional<T> value;
    const Outcome outcome = runErased(
        scope, settle, [&] { value.emplace(body()); }, [&] { return value->toJson(); });
    if (outcome.kind == Outcome::Kind::Replayed) {
        if (outcome.replayedSuccess)
            return T::fromJson(outcome.replayedAnswer);
        return LedgerError::fromJson(outcome.replayedAnswer);
    }
    if (outcome.error)
        return *outcome.error;
    Q_ASSERT(value.has_value());
    return std::move(*value);
}

template<typename T>
T OperationRunner::runDecided(const IdempotencyScope &scope, const std::function<T()> &body)
{
    beginDecided();
    T value = body();
    finishDecided(scope, value.toJson());
    return value;
}

}  // namespace orchard
