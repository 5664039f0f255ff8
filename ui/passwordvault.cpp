#include "passwordvault.h"

#include <qt6keychain/keychain.h>

namespace orchard::ui {

namespace {

const QString service = QStringLiteral("org.orchard.Console");

}  // namespace

PasswordVault::PasswordVault(QObject *parent) : QObject(parent)
{
}

QString PasswordVault::accountOf(const LedgerLocation &location)
{
    return location.displayName();
}

void PasswordVault::read(const LedgerLocation &location, PasswordCallback answer)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(accountOf(location));
    connect(job, &QKeychain::Job::finished, this, [answer = std::move(answer)](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        answer(reader->error() == QKeychain::NoError ? reader->textData() : QString());
    });
    job->start();
}

void PasswordVault::store(const LedgerLocation &location, const QString &password, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(accountOf(location));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void PasswordVault::forget(const LedgerLocation &location, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(accountOf(location));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound ? QString()
                                                                                                       : finished->errorString());
    });
    job->start();
}

}  // namespace orchard::ui
