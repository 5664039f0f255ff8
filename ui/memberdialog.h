#pragma once

#include "base/ledgertypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace orchard::ui {

// A member's details: a new member (id, name, HRIS, department), or the details of one already
// enrolled (the id fixed). Says what is missing before it lets the admin save.
class MemberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MemberDialog(QWidget *parent = nullptr);             // add
    MemberDialog(const MemberView &member, QWidget *parent = nullptr);  // edit

    AddMemberRequest addRequest() const;
    UpdateMemberRequest updateRequest() const;
    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *departmentEdit() const { return m_department; }
    QComboBox *hrisBox() const { return m_hris; }
    QString problem() const;  // what keeps Save disabled, or nothing

private:
    void build();
    void check();

    std::optional<MemberView> m_editing;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_hris = nullptr;
    QLineEdit *m_department = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace orchard::ui
