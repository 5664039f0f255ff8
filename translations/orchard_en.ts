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
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Orchard — %1 (%2, local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Orchard — %1 (%2, database role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Funding wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Open Ledger File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Open a ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Orchard ledgers (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
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
        <location filename="../ui/reportpage.cpp" line="152"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="154"/>
        <source>Quarter ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="155"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="159"/>
        <source>End of Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="165"/>
        <source>Breakage rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="166"/>
        <source>auto estimates each bucket&apos;s rate from history (D and X are shown); or one rate per bucket, such as 0.05,0.2,0.45; auto and rates can be mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="169"/>
        <source>Ageing buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="170"/>
        <source>the policy&apos;s, e.g. 0-90,91-180,181+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="171"/>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="173"/>
        <source>B&amp;reakage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="174"/>
        <source>B&amp;uckets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="183"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="184"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="185"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="186"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="189"/>
        <source>Cohorts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="190"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="191"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="192"/>
        <source>Issue month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="194"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="198"/>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="203"/>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="217"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="223"/>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="232"/>
        <source>Roll-forward for the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="237"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="238"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="239"/>
        <source>Save c&amp;hart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="318"/>
        <source>Computing from the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="415"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="436"/>
        <location filename="../ui/reportpage.cpp" line="448"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="437"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="455"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="464"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="465"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
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
        <location filename="../ui/walletpage.cpp" line="59"/>
        <source>amount, e.g. 250000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="60"/>
        <source>Amount to fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="62"/>
        <source>bank transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="63"/>
        <source>Bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="64"/>
        <source>&amp;Fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="66"/>
        <source>warn below, e.g. 50000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="67"/>
        <source>Low-balance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="68"/>
        <source>Set &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="73"/>
        <source>Only admin and finance fund the programme wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="76"/>
        <source>Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="87"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="93"/>
        <source>Funding wallet movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="158"/>
        <source>&lt;b&gt;The funding wallet is not open yet.&lt;/b&gt; Its first funding opens it; until then redemptions draw nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="159"/>
        <source>&lt;b&gt;This programme is not pre-paid&lt;/b&gt; (programme setting funding = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="162"/>
        <source>&lt;b&gt;Available %1&lt;/b&gt; · held for open reservations %2 · drawn %3 · funded %4 · threshold %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="164"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/walletpage.cpp" line="165"/>
        <source>%n day(s) of cover at the last 30 days&apos; draws</source>
        <translation>
            <numerusform>%n day of cover at the last 30 days&apos; draws</numerusform>
            <numerusform>%n days of cover at the last 30 days&apos; draws</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="166"/>
        <source>nothing drawn in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="169"/>
        <source>The funding wallet is below its threshold: fund it before redemptions are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="195"/>
        <source>Funding wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="228"/>
        <source>bank reference: required; a bank transfer funds the wallet once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="232"/>
        <source>Fund the programme wallet with %1 (bank reference %2)?
Available after: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="235"/>
        <source>Fund the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="251"/>
        <source>Funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="279"/>
        <source>Threshold set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
