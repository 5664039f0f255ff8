#include "memberdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace orchard::ui {

MemberDialog::MemberDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add member"));
    build();
}

MemberDialog::MemberDialog(const MemberView &member, QWidget *parent) : QDialog(parent), m_editing(member)
{
    setWindowTitle(tr("Edit member %1").arg(member.memberId));
    build();
    m_id->setText(member.memberId);
    m_id->setReadOnly(true);
    m_id->setToolTip(tr("A member's id is how every entry names them; it cannot change."));
    m_name->setText(member.name);
    m_hris->setCurrentIndex(std::max(0, m_hris->findData(member.hris)));
    m_department->setText(member.department);
    check();
}

void MemberDialog::build()
{
    m_id = new QLineEdit(this);
    m_id->setAccessibleName(tr("Member id"));
    m_id->setPlaceholderText(tr("as the HR system names them, e.g. E1042"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Name"));
    m_hris = new QComboBox(this);
    m_hris->setAccessibleName(tr("HRIS"));
    m_hris->addItem(tr("Darwinbox"), QStringLiteral("darwinbox"));
    m_hris->addItem(tr("SuccessFactors"), QStringLiteral("successfactors"));
    m_hris->addItem(tr("Other"), QStringLiteral("other"));
    m_hris->setCurrentIndex(2);
    m_department = new QLineEdit(this);
    m_department->setAccessibleName(tr("Department"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("Member &id"), m_id);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&HRIS"), m_hris);
    form->addRow(tr("&Department"), m_department);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_id, m_name, m_department})
        connect(edit, &QLineEdit::textChanged, this, &MemberDialog::check);
    connect(m_hris, &QComboBox::currentIndexChanged, this, &MemberDialog::check);
    check();
}

QString MemberDialog::problem() const
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty())
        return tr("Member id: required.");
    if (id.contains(QLatin1Char(' ')))
        return tr("Member id: \"%1\" has a space; an id is one word.").arg(id);
    if (m_name->text().trimmed().isEmpty())
        return tr("Name: required, so that people find the member.");
    if (m_editing && m_name->text().trimmed() == m_editing->name && m_hris->currentData().toString() == m_editing->hris
        && m_department->text().trimmed() == m_editing->department)
        return tr("Nothing changed yet.");
    return {};
}

void MemberDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
}

AddMemberRequest MemberDialog::addRequest() const
{
    return {m_id->text().trimmed(), m_name->text().trimmed(), m_hris->currentData().toString(), m_department->text().trimmed()};
}

UpdateMemberRequest MemberDialog::updateRequest() const
{
    return {m_id->text().trimmed(), m_name->text().trimmed(), m_hris->currentData().toString(), m_department->text().trimmed()};
}

}  // namespace orchard::ui
