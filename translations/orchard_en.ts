<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="75"/>
        <source>Orchard&apos;s admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="78"/>
        <source>Ledger: an SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="80"/>
        <source>admin, finance or hr (default admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Language, e.g. en or hi (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="85"/>
        <source>Save the window as a PNG once the screen has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="108"/>
        <source>--role must be admin, finance or hr, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="109"/>
        <location filename="../app/console/main.cpp" line="115"/>
        <source>Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="30"/>
        <source>Action starts with… (e.g. reservation., rules., wallet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="32"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="33"/>
        <source>&amp;Verify ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="40"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="73"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="92"/>
        <source>balanced entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="94"/>
        <source>account balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="96"/>
        <source>point lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="98"/>
        <source>reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="100"/>
        <source>audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="102"/>
        <source>entry digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="108"/>
        <source>Verifying the whole ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Verifying the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="125"/>
        <source>Verifying the ledger: %1 (check %2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="133"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="138"/>
        <source>Verification could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="144"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="154"/>
        <source>✘ %1 violations:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="18"/>
        <source>Connect to a PostgreSQL ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="20"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="24"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="26"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="31"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="33"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35"/>
        <source>Why Connect is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="41"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="42"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="44"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="61"/>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="63"/>
        <source>Enter the ledger&apos;s database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="65"/>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConsoleLauncher</name>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="42"/>
        <source>The password was not stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="52"/>
        <source>Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="52"/>
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::HoldsPage</name>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="57"/>
        <location filename="../ui/holdspage.cpp" line="71"/>
        <source>Live holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="58"/>
        <source>Released and timed-out holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="61"/>
        <source>&amp;Release hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="64"/>
        <location filename="../ui/holdspage.cpp" line="163"/>
        <source>Only the admin role may release a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="76"/>
        <source>Released and timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="99"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="110"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="129"/>
        <source>%1 live holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="138"/>
        <source>Select a live hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="144"/>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="145"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="151"/>
        <source>A reason is required; nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release %1 and return its points to the member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="168"/>
        <source>%1 released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Orchard — %1 (%2, local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Orchard — %1 (%2, database role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Funding wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Split-payment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>Scheduled exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Open Ledger File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>Open a ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170"/>
        <source>Orchard ledgers (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL; QtKeychain (BSD 3-Clause).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="44"/>
        <source>Member id or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="45"/>
        <source>Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="46"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Remaining (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="56"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="61"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="62"/>
        <source>Select a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="63"/>
        <source>&amp;Issue points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="66"/>
        <source>Only the admin role may issue points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="106"/>
        <location filename="../ui/memberspage.cpp" line="137"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="149"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <location filename="../ui/memberspage.cpp" line="170"/>
        <location filename="../ui/memberspage.cpp" line="183"/>
        <source>Issue points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <source>Points to issue to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <source>Reason (kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="171"/>
        <source>Issue %1 points to %2 (%3)? The member&apos;s balance goes up by exactly that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="37"/>
        <source>%1 points (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>Programme at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="60"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="61"/>
        <source>Redeemed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="62"/>
        <source>Redeemed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="63"/>
        <source>Funding wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="94"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="110"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="113"/>
        <source>not funded yet (%1 programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>%1 available, %2 held%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source> — below the low-balance threshold of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="149"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="151"/>
        <source>Quarter ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="152"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="156"/>
        <source>End of Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="162"/>
        <source>Breakage rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="163"/>
        <source>auto estimates each bucket&apos;s rate from history (D and X are shown); or one rate per bucket, such as 0.05,0.2,0.45; auto and rates can be mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="166"/>
        <source>Ageing buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="167"/>
        <source>the policy&apos;s, e.g. 0-90,91-180,181+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="168"/>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="170"/>
        <source>B&amp;reakage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="171"/>
        <source>B&amp;uckets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="180"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="181"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="182"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="183"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="186"/>
        <source>Cohorts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="187"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="188"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="189"/>
        <source>Issue month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="191"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="195"/>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="200"/>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="214"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="220"/>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="229"/>
        <source>Roll-forward for the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="234"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="235"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="236"/>
        <source>Save c&amp;hart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="237"/>
        <source>Cop&amp;y chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="319"/>
        <source>Computing from the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="350"/>
        <source>Computing the quarter&apos;s roll-forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="443"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="465"/>
        <location filename="../ui/reportpage.cpp" line="490"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="466"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="476"/>
        <source>compute the report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="482"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="491"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="503"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="504"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::RulesPage</name>
    <message>
        <location filename="../ui/rulespage.cpp" line="46"/>
        <location filename="../ui/rulespage.cpp" line="96"/>
        <source>Minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="47"/>
        <source>Points may cover &amp;part of an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="48"/>
        <source>&amp;Wallet money may pay the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="50"/>
        <location filename="../ui/rulespage.cpp" line="96"/>
        <source>Below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="51"/>
        <source>Pay with the wallet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="52"/>
        <source>Refuse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="55"/>
        <source>&amp;Save as a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="57"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="59"/>
        <source>&amp;Minimum points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="60"/>
        <source>A member needs at least this many available points before points apply, and uses at least this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="62"/>
        <source>Off: points pay a whole order or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="64"/>
        <source>Off: the points must cover the order on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="65"/>
        <source>&amp;Below the minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="66"/>
        <source>What happens when the member&apos;s available points are under the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="71"/>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="73"/>
        <source>Available points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="75"/>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="77"/>
        <source>Points the member chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="78"/>
        <source>empty: as many as the rules allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="80"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="81"/>
        <source>a member id, then Enter: their points and wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="86"/>
        <source>Try a checkout with these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="88"/>
        <source>M&amp;ember:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="89"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="90"/>
        <source>A&amp;vailable points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="91"/>
        <source>Wa&amp;llet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>&amp;Chosen points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="96"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="96"/>
        <source>Partial points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="96"/>
        <source>Wallet remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="97"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="97"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="97"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="102"/>
        <source>Rule versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="109"/>
        <source>Versions (a checkout is quoted under the version in force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="115"/>
        <source>Only an admin changes the split-payment rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="164"/>
        <location filename="../ui/rulespage.cpp" line="165"/>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="164"/>
        <location filename="../ui/rulespage.cpp" line="165"/>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="167"/>
        <source>(defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="189"/>
        <source>minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="189"/>
        <source>a whole number of points from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="204"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="210"/>
        <source>available points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="210"/>
        <location filename="../ui/rulespage.cpp" line="222"/>
        <source>a whole number of points, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="213"/>
        <source>wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="222"/>
        <source>chosen points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="242"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="257"/>
        <source>&lt;b&gt;Refused&lt;/b&gt; (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="263"/>
        <source>&lt;b&gt;%1 points&lt;/b&gt; (worth %2) + &lt;b&gt;%3&lt;/b&gt; from the wallet = %4&lt;br&gt;the member may use %5 to %6 points&lt;br&gt;&lt;i&gt;%7&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="273"/>
        <source>minimum points %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <source>partial points %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>wallet remainder %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="279"/>
        <source>below the minimum %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="300"/>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="301"/>
        <source>Version %1 will change:
%2

Why (kept with the version and in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::SchedulesPage</name>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <location filename="../ui/schedulespage.cpp" line="37"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <location filename="../ui/schedulespage.cpp" line="41"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <location filename="../ui/schedulespage.cpp" line="44"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="24"/>
        <source>Next run (as of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="30"/>
        <source>Scheduled exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="33"/>
        <source>name, e.g. quarter-close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="34"/>
        <source>Schedule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="46"/>
        <source>absolute folder, e.g. /srv/finance/exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="47"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="48"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="49"/>
        <source>&amp;Add schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="50"/>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="58"/>
        <source>Only admin and finance schedule exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="73"/>
        <source>Where the exports go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="109"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="146"/>
        <source>Schedule %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="151"/>
        <source>Schedule %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="99"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="101"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="103"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="105"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="107"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="109"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="111"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="39"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="64"/>
        <location filename="../ui/transactionspage.cpp" line="104"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="65"/>
        <location filename="../ui/transactionspage.cpp" line="104"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="69"/>
        <location filename="../ui/transactionspage.cpp" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="73"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="74"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="75"/>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="83"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="84"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="89"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="92"/>
        <source>Minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="93"/>
        <source>Maximum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="95"/>
        <source>Reference contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="96"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="97"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="99"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="109"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="122"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="127"/>
        <source>Entry detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="144"/>
        <source>Counting the entries and sums of this filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="146"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="149"/>
        <source>Export transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="149"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="209"/>
        <source>%1 entries · %2 points · %3 in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="233"/>
        <source>&lt;h3&gt;Entry %1 (%2)&lt;/h3&gt;&lt;p&gt;%3 by %4 — %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="234"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="242"/>
        <source>&lt;h4&gt;Lots consumed&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="244"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="250"/>
        <source>&lt;h4&gt;Audit record&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="260"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="266"/>
        <source>Exporting transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="266"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="296"/>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::WalletPage</name>
    <message>
        <location filename="../ui/walletpage.cpp" line="62"/>
        <source>amount, e.g. 250000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="63"/>
        <source>Amount to fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="65"/>
        <source>bank transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="66"/>
        <source>Bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="67"/>
        <source>&amp;Fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="69"/>
        <source>warn below, e.g. 50000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="70"/>
        <source>Low-balance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="71"/>
        <source>Set &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="76"/>
        <source>Only admin and finance fund the programme wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="79"/>
        <source>Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <location filename="../ui/walletpage.cpp" line="98"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Funding wallet movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="98"/>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="98"/>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="98"/>
        <source>Drawn (net of returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="102"/>
        <source>Fundings and draws by source per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="104"/>
        <source>&amp;Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="105"/>
        <source>By &amp;day and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="170"/>
        <source>&lt;b&gt;The funding wallet is not open yet.&lt;/b&gt; Its first funding opens it; until then redemptions draw nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="171"/>
        <source>&lt;b&gt;This programme is not pre-paid&lt;/b&gt; (programme setting funding = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="174"/>
        <source>&lt;b&gt;Available %1&lt;/b&gt; · held for open reservations %2 · drawn %3 · funded %4 · threshold %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="176"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/walletpage.cpp" line="177"/>
        <source>%n day(s) of cover at the last 30 days&apos; draws</source>
        <translation>
            <numerusform>%n day of cover at the last 30 days&apos; draws</numerusform>
            <numerusform>%n days of cover at the last 30 days&apos; draws</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="178"/>
        <source>nothing drawn in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="181"/>
        <source>The funding wallet is below its threshold: fund it before redemptions are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="233"/>
        <source>Funding wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="266"/>
        <source>bank reference: required; a bank transfer funds the wallet once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="270"/>
        <source>Fund the programme wallet with %1 (bank reference %2)?
Available after: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="273"/>
        <source>Fund the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="289"/>
        <source>Funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="317"/>
        <source>Threshold set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
