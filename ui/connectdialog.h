#pragma once

#include "store/ledgerlocation.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace orchard::ui {

class PasswordVault;

// File ▸ Connect: a PostgreSQL ledger's host, port, database and user, and its password,
// filled from the system keychain when one is stored there. Connect stays disabled, with the
// reason shown, until host, database and user are given.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(PasswordVault &vault, const LedgerLocation &initial, QWidget *parent = nullptr);

    LedgerLocation location() const;  // with the typed password
    bool rememberPassword() const;
    QString problem() const;  // why Connect is disabled; empty when it is not

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void validate();
    void fetchStoredPassword();

    PasswordVault &m_vault;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace orchard::ui
