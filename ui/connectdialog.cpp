#include "connectdialog.h"

#include "passwordvault.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

namespace orchard::ui {

ConnectDialog::ConnectDialog(PasswordVault &vault, const LedgerLocation &initial, QWidget *parent) : QDialog(parent), m_vault(vault)
{
    setWindowTitle(tr("Connect to a PostgreSQL ledger"));
    m_host = new QLineEdit(initial.host.isEmpty() ? QStringLiteral("localhost") : initial.host, this);
    m_host->setAccessibleName(tr("Host"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_port->setAccessibleName(tr("Port"));
    m_database = new QLineEdit(initial.database, this);
    m_database->setAccessibleName(tr("Database"));
    m_user = new QLineEdit(initial.user.isEmpty() ? qEnvironmentVariable("USER") : initial.user, this);
    m_user->setAccessibleName(tr("User"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("empty: PGPASSWORD or ~/.pgpass"));
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_problem = new QLabel(this);
    m_problem->setAccessibleName(tr("Why Connect is disabled"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_remember);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    if (initial.engine == Engine::Postgres)
        fetchStoredPassword();
}

QString ConnectDialog::problem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the ledger's database name.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the database user.");
    return {};
}

void ConnectDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ConnectDialog::fetchStoredPassword()
{
    m_vault.read(location(), [dialog = QPointer<ConnectDialog>(this)](const QString &password) {
        if (dialog && !password.isEmpty() && dialog->m_password->text().isEmpty()) {
            dialog->m_password->setText(password);
            dialog->m_remember->setChecked(true);
        }
    });
}

LedgerLocation ConnectDialog::location() const
{
    LedgerLocation location;
    location.engine = Engine::Postgres;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    location.password = m_password->text();
    return location;
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

}  // namespace orchard::ui
