#pragma once

#include "store/ledgerlocation.h"

#include <QObject>

#include <functional>

namespace orchard::ui {

// PostgreSQL passwords in the system keychain (Secret Service, KWallet, …) through QtKeychain,
// one per USER@HOST:PORT/DBNAME. Never written anywhere else: with no keychain the console
// asks each time. Answers arrive asynchronously on the caller's thread.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    using PasswordCallback = std::function<void(const QString &password)>;  // empty: none stored or no keychain
    using DoneCallback = std::function<void(const QString &error)>;        // empty: stored

    explicit PasswordVault(QObject *parent = nullptr);

    void read(const LedgerLocation &location, PasswordCallback answer);
    void store(const LedgerLocation &location, const QString &password, DoneCallback done);
    void forget(const LedgerLocation &location, DoneCallback done);

    static QString accountOf(const LedgerLocation &location);
};

}  // namespace orchard::ui
