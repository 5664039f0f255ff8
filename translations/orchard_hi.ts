<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="75"/>
        <source>Orchard&apos;s admin console.</source>
        <translation>Orchard का एडमिन कंसोल।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="78"/>
        <source>Ledger: an SQLite file or a postgresql:// URL.</source>
        <translation>लेजर: एक SQLite फ़ाइल या postgresql:// URL।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="80"/>
        <source>admin, finance or hr (default admin).</source>
        <translation>admin, finance या hr (डिफ़ॉल्ट admin)।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Language, e.g. en or hi (default: the system&apos;s).</source>
        <translation>भाषा, जैसे en या hi (डिफ़ॉल्ट: सिस्टम की भाषा)।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="85"/>
        <source>Save the window as a PNG once the screen has loaded, then quit.</source>
        <translation>स्क्रीन लोड होने के बाद विंडो को PNG के रूप में सहेजें, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="108"/>
        <source>--role must be admin, finance or hr, not &apos;%1&apos;</source>
        <translation>--role का मान admin, finance या hr होना चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="109"/>
        <location filename="../app/console/main.cpp" line="115"/>
        <source>Orchard</source>
        <translation>Orchard</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>लेजर %1 नहीं खोला जा सका: %2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="30"/>
        <source>Action starts with… (e.g. reservation., rules., wallet.)</source>
        <translation>कार्रवाई का आरंभ… (जैसे reservation., rules., wallet.)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Action filter</source>
        <translation>कार्रवाई फ़िल्टर</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="32"/>
        <source>&amp;Apply</source>
        <translation>लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="33"/>
        <source>&amp;Verify ledger</source>
        <translation>लेजर सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="40"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="73"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="92"/>
        <source>balanced entries</source>
        <translation>संतुलित प्रविष्टियाँ</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="94"/>
        <source>account balances</source>
        <translation>खातों के बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="96"/>
        <source>point lots</source>
        <translation>पॉइंट लॉट</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="98"/>
        <source>reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="100"/>
        <source>audit chain</source>
        <translation>ऑडिट शृंखला</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="102"/>
        <source>entry digests</source>
        <translation>प्रविष्टि डाइजेस्ट</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="108"/>
        <source>Verifying the whole ledger…</source>
        <translation>पूरे लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Verifying the ledger…</source>
        <translation>लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="110"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="125"/>
        <source>Verifying the ledger: %1 (check %2 of %3)…</source>
        <translation>लेजर सत्यापित हो रहा है: %1 (जाँच %3 में से %2)…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="133"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation>सत्यापन रद्द किया गया; कोई निष्कर्ष नहीं निकाला गया।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="138"/>
        <source>Verification could not run: %1</source>
        <translation>सत्यापन नहीं चल सका: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="144"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation>✔ सभी जाँचें सफल: %1 प्रविष्टियाँ, %2 खाते, %3 लॉट, %4 आरक्षण, %5 ऑडिट रिकॉर्ड।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="154"/>
        <source>✘ %1 violations:
%2</source>
        <translation>✘ %1 उल्लंघन:
%2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="18"/>
        <source>Connect to a PostgreSQL ledger</source>
        <translation>PostgreSQL लेजर से जुड़ें</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="20"/>
        <source>Host</source>
        <translation>होस्ट</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="24"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="26"/>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="31"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>खाली: PGPASSWORD या ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="33"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>सिस्टम कीचेन में पासवर्ड याद रखें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35"/>
        <source>Why Connect is disabled</source>
        <translation>जुड़ें बटन निष्क्रिय क्यों है</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>&amp;Connect</source>
        <translation>जुड़ें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;Host:</source>
        <translation>होस्ट (&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="41"/>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="42"/>
        <source>&amp;Database:</source>
        <translation>डेटाबेस (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="44"/>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="61"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>सर्वर का होस्ट नाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="63"/>
        <source>Enter the ledger&apos;s database name.</source>
        <translation>लेजर के डेटाबेस का नाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="65"/>
        <source>Enter the database user.</source>
        <translation>डेटाबेस उपयोगकर्ता दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConsoleLauncher</name>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="42"/>
        <source>The password was not stored in the keychain: %1</source>
        <translation>पासवर्ड कीचेन में सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="52"/>
        <source>Orchard</source>
        <translation>Orchard</translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="52"/>
        <source>Cannot open %1:
%2</source>
        <translation>%1 नहीं खुल सका:
%2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::HoldsPage</name>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reservation</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Time left</source>
        <translation>शेष समय</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Closed</source>
        <translation>बंद हुआ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="57"/>
        <location filename="../ui/holdspage.cpp" line="71"/>
        <source>Live holds</source>
        <translation>सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="58"/>
        <source>Released and timed-out holds</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="61"/>
        <source>&amp;Release hold…</source>
        <translation>होल्ड रिलीज़ करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="64"/>
        <location filename="../ui/holdspage.cpp" line="163"/>
        <source>Only the admin role may release a hold.</source>
        <translation>केवल admin भूमिका ही होल्ड रिलीज़ कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="76"/>
        <source>Released and timed out</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="99"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="110"/>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="129"/>
        <source>%1 live holds</source>
        <translation>%1 सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="138"/>
        <source>Select a live hold first.</source>
        <translation>पहले कोई सक्रिय होल्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="144"/>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release hold</source>
        <translation>होल्ड रिलीज़ करें</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="145"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation>%1 (%2 पॉइंट) को क्यों रिलीज़ किया जा रहा है? कारण ऑडिट ट्रेल में दर्ज रहता है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="151"/>
        <source>A reason is required; nothing was released.</source>
        <translation>कारण देना आवश्यक है; कुछ भी रिलीज़ नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release %1 and return its points to the member?</source>
        <translation>%1 को रिलीज़ करके इसके पॉइंट सदस्य को लौटाएँ?</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="168"/>
        <source>%1 released.</source>
        <translation>%1 रिलीज़ किया गया।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Orchard — %1 (%2, local)</source>
        <translation>Orchard — %1 (%2, स्थानीय)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Orchard — %1 (%2, database role)</source>
        <translation>Orchard — %1 (%2, डेटाबेस भूमिका)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>Reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Liability</source>
        <translation>देयता</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Cohorts</source>
        <translation>समूह (cohort)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Reconciliation</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Connected to %1 as %2</source>
        <translation>%1 से %2 के रूप में जुड़े हैं</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Last refresh %1</source>
        <translation>पिछली बार ताज़ा किया गया: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Open Ledger File…</source>
        <translation>लेजर फ़ाइल खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>PostgreSQL से जुड़ें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="138"/>
        <source>Open &amp;Recent</source>
        <translation>हाल के लेजर (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Open a ledger file</source>
        <translation>लेजर फ़ाइल खोलें</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>Orchard ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>Orchard लेजर (*.sqlite *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>About Orchard</source>
        <translation>Orchard के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL; QtKeychain (BSD 3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;कर्मचारी-पुरस्कार और बैंक लॉयल्टी कार्यक्रमों के लिए एक पॉइंट लेजर और एडमिन कंसोल।&lt;/p&gt;&lt;p&gt;Qt %2 (LGPL v3) और QCoro (MIT) से निर्मित; Qt SQL के माध्यम से SQLite (पब्लिक डोमेन) और PostgreSQL (PostgreSQL लाइसेंस); QtKeychain (BSD 3-Clause)।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;About Orchard</source>
        <translation>Orchard के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Screens</source>
        <translation>स्क्रीन</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="44"/>
        <source>Member id or name…</source>
        <translation>सदस्य आईडी या नाम…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="45"/>
        <source>Find member</source>
        <translation>सदस्य खोजें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="46"/>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Lot</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Issued</source>
        <translation>जारी किया गया</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Age (days)</source>
        <translation>आयु (दिन)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Remaining (held)</source>
        <translation>शेष (होल्ड में)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="56"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="61"/>
        <source>Lots</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="62"/>
        <source>Select a member.</source>
        <translation>कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="63"/>
        <source>&amp;Issue points…</source>
        <translation>पॉइंट जारी करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="66"/>
        <source>Only the admin role may issue points.</source>
        <translation>केवल admin भूमिका ही पॉइंट जारी कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="106"/>
        <location filename="../ui/memberspage.cpp" line="137"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 पॉइंट उपलब्ध, %3 होल्ड में</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="149"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <location filename="../ui/memberspage.cpp" line="170"/>
        <location filename="../ui/memberspage.cpp" line="183"/>
        <source>Issue points</source>
        <translation>पॉइंट जारी करें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <source>Points to issue to %1:</source>
        <translation>%1 को जारी किए जाने वाले पॉइंट:</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <source>Reason (kept in the audit trail):</source>
        <translation>कारण (ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="171"/>
        <source>Issue %1 points to %2 (%3)? The member&apos;s balance goes up by exactly that.</source>
        <translation>%2 को %1 पॉइंट जारी करें (%3)? सदस्य का बैलेंस ठीक इतना ही बढ़ेगा।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="37"/>
        <source>%1 points (%2)</source>
        <translation>%1 पॉइंट (%2)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>Programme at a glance</source>
        <translation>कार्यक्रम एक नज़र में</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="60"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="61"/>
        <source>Redeemed today</source>
        <translation>आज के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="62"/>
        <source>Redeemed this month</source>
        <translation>इस महीने के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="63"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="94"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation>%1 उपलब्ध · %2 होल्ड में · %3 सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="110"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="113"/>
        <source>not funded yet (%1 programme)</source>
        <translation>अभी फ़ंडिंग नहीं हुई (%1 कार्यक्रम)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>%1 available, %2 held%3</source>
        <translation>%1 उपलब्ध, %2 होल्ड में%3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source> — below the low-balance threshold of %1</source>
        <translation> — न्यूनतम-बैलेंस सीमा %1 से नीचे</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="152"/>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="154"/>
        <source>Quarter ends</source>
        <translation>तिमाही का अंत</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="155"/>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="159"/>
        <source>End of Q%1 %2</source>
        <translation>Q%1 %2 का अंत</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="165"/>
        <source>Breakage rates</source>
        <translation>ब्रेकेज दरें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="166"/>
        <source>auto estimates each bucket&apos;s rate from history (D and X are shown); or one rate per bucket, such as 0.05,0.2,0.45; auto and rates can be mixed</source>
        <translation>auto हर बकेट की दर इतिहास से अनुमानित करता है (D और X दिखाए जाते हैं); या प्रति बकेट एक दर, जैसे 0.05,0.2,0.45; auto और दरें मिलाई जा सकती हैं</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="169"/>
        <source>Ageing buckets</source>
        <translation>आयु बकेट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="170"/>
        <source>the policy&apos;s, e.g. 0-90,91-180,181+</source>
        <translation>नीति के अनुसार, जैसे 0-90,91-180,181+</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="171"/>
        <source>As &amp;of:</source>
        <translation>तिथि तक (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="173"/>
        <source>B&amp;reakage:</source>
        <translation>ब्रेकेज (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="174"/>
        <source>B&amp;uckets:</source>
        <translation>बकेट (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="183"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="184"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="185"/>
        <source>&amp;From:</source>
        <translation>आरंभ तिथि (&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="186"/>
        <source>&amp;To:</source>
        <translation>अंतिम तिथि (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="189"/>
        <source>Cohorts by</source>
        <translation>समूह का आधार</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="190"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="191"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="192"/>
        <source>Issue month</source>
        <translation>जारी करने का महीना</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="194"/>
        <source>&amp;By:</source>
        <translation>आधार (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="198"/>
        <source>&amp;Compute</source>
        <translation>गणना करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="203"/>
        <source>Computing</source>
        <translation>गणना हो रही है</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="217"/>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="223"/>
        <source>Report table</source>
        <translation>रिपोर्ट तालिका</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="232"/>
        <source>Roll-forward for the quarter</source>
        <translation>तिमाही का रोल-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="237"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="238"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="239"/>
        <source>Save c&amp;hart as PNG…</source>
        <translation>चार्ट PNG के रूप में सहेजें (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="318"/>
        <source>Computing from the journal…</source>
        <translation>जर्नल से गणना की जा रही है…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="415"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="436"/>
        <location filename="../ui/reportpage.cpp" line="448"/>
        <source>Export the report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="437"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="449"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="455"/>
        <source>Cannot write %1</source>
        <translation>%1 में नहीं लिखा जा सका</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="464"/>
        <source>Save the chart</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="465"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG छवियाँ (*.png);;SVG चित्र (*.svg)</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="99"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="101"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="103"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="105"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="107"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="109"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="111"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="113"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="64"/>
        <location filename="../ui/transactionspage.cpp" line="104"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="65"/>
        <location filename="../ui/transactionspage.cpp" line="104"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="69"/>
        <location filename="../ui/transactionspage.cpp" line="105"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="73"/>
        <source>Member id</source>
        <translation>सदस्य आईडी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="74"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="75"/>
        <source>Between</source>
        <translation>इनके बीच</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="83"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="84"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="89"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="92"/>
        <source>Minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="93"/>
        <source>Maximum points</source>
        <translation>अधिकतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="95"/>
        <source>Reference contains…</source>
        <translation>संदर्भ में शामिल…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="96"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="109"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="122"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="127"/>
        <source>Entry detail</source>
        <translation>प्रविष्टि विवरण</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="144"/>
        <source>Counting the entries and sums of this filter…</source>
        <translation>इस फ़िल्टर की प्रविष्टियाँ और योग गिने जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="146"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="149"/>
        <source>Export transactions</source>
        <translation>लेन-देन निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="149"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="209"/>
        <source>%1 entries · %2 points · %3 in money</source>
        <translation>%1 प्रविष्टियाँ · %2 पॉइंट · राशि %3</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="233"/>
        <source>&lt;h3&gt;Entry %1 (%2)&lt;/h3&gt;&lt;p&gt;%3 by %4 — %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;प्रविष्टि %1 (%2)&lt;/h3&gt;&lt;p&gt;%3, %4 द्वारा — %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="234"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;पोस्टिंग&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="242"/>
        <source>&lt;h4&gt;Lots consumed&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;उपयोग किए गए लॉट&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="244"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;लॉट %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="250"/>
        <source>&lt;h4&gt;Audit record&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;ऑडिट रिकॉर्ड&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="260"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="266"/>
        <source>Exporting transactions…</source>
        <translation>लेन-देन निर्यात किए जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="266"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="296"/>
        <source>Exported %1 entries to %2</source>
        <translation>%1 प्रविष्टियाँ %2 में निर्यात की गईं</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="39"/>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="97"/>
        <source>&amp;Apply</source>
        <translation>लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="99"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात करें (&amp;X)…</translation>
    </message>
</context>
<context>
    <name>orchard::ui::WalletPage</name>
    <message>
        <location filename="../ui/walletpage.cpp" line="59"/>
        <source>amount, e.g. 250000.00</source>
        <translation>राशि, जैसे 250000.00</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="60"/>
        <source>Amount to fund</source>
        <translation>फ़ंड की जाने वाली राशि</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="62"/>
        <source>bank transfer reference</source>
        <translation>बैंक ट्रांसफ़र संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="63"/>
        <source>Bank reference</source>
        <translation>बैंक संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="64"/>
        <source>&amp;Fund…</source>
        <translation>फ़ंड करें (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="66"/>
        <source>warn below, e.g. 50000.00</source>
        <translation>इससे नीचे चेतावनी, जैसे 50000.00</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="67"/>
        <source>Low-balance threshold</source>
        <translation>न्यूनतम-बैलेंस सीमा</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="68"/>
        <source>Set &amp;threshold</source>
        <translation>सीमा निर्धारित करें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="73"/>
        <source>Only admin and finance fund the programme wallet.</source>
        <translation>केवल admin और finance ही कार्यक्रम वॉलेट को फ़ंड कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="76"/>
        <source>Fund:</source>
        <translation>फ़ंड करें:</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="87"/>
        <source>Balance over time</source>
        <translation>समय के साथ बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="89"/>
        <source>Balance after</source>
        <translation>बाद का बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="93"/>
        <source>Funding wallet movements</source>
        <translation>फ़ंडिंग वॉलेट की गतिविधियाँ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="158"/>
        <source>&lt;b&gt;The funding wallet is not open yet.&lt;/b&gt; Its first funding opens it; until then redemptions draw nothing.</source>
        <translation>&lt;b&gt;फ़ंडिंग वॉलेट अभी खुला नहीं है।&lt;/b&gt; पहली फ़ंडिंग से यह खुलेगा; तब तक रिडेम्पशन इससे कुछ नहीं लेते।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="159"/>
        <source>&lt;b&gt;This programme is not pre-paid&lt;/b&gt; (programme setting funding = none).</source>
        <translation>&lt;b&gt;यह कार्यक्रम प्री-पेड नहीं है&lt;/b&gt; (कार्यक्रम सेटिंग funding = none)।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="162"/>
        <source>&lt;b&gt;Available %1&lt;/b&gt; · held for open reservations %2 · drawn %3 · funded %4 · threshold %5 · %6</source>
        <translation>&lt;b&gt;उपलब्ध %1&lt;/b&gt; · खुले आरक्षणों के लिए होल्ड %2 · निकाला गया %3 · फ़ंड किया गया %4 · सीमा %5 · %6</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="164"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/walletpage.cpp" line="165"/>
        <source>%n day(s) of cover at the last 30 days&apos; draws</source>
        <translation>
            <numerusform>पिछले 30 दिनों की निकासी की दर से %n दिन का कवर</numerusform>
            <numerusform>पिछले 30 दिनों की निकासी की दर से %n दिनों का कवर</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="166"/>
        <source>nothing drawn in the last 30 days</source>
        <translation>पिछले 30 दिनों में कुछ नहीं निकाला गया</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="169"/>
        <source>The funding wallet is below its threshold: fund it before redemptions are refused.</source>
        <translation>फ़ंडिंग वॉलेट अपनी सीमा से नीचे है: रिडेम्पशन अस्वीकार होने से पहले इसे फ़ंड करें।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="195"/>
        <source>Funding wallet balance</source>
        <translation>फ़ंडिंग वॉलेट बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="228"/>
        <source>bank reference: required; a bank transfer funds the wallet once</source>
        <translation>बैंक संदर्भ: आवश्यक; एक बैंक ट्रांसफ़र वॉलेट को केवल एक बार फ़ंड करता है</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="232"/>
        <source>Fund the programme wallet with %1 (bank reference %2)?
Available after: %3</source>
        <translation>कार्यक्रम वॉलेट को %1 से फ़ंड करें (बैंक संदर्भ %2)?
फ़ंडिंग के बाद उपलब्ध: %3</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="235"/>
        <source>Fund the wallet</source>
        <translation>वॉलेट फ़ंड करें</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="251"/>
        <source>Funded.</source>
        <translation>फ़ंड किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="279"/>
        <source>Threshold set.</source>
        <translation>सीमा निर्धारित की गई।</translation>
    </message>
</context>
</TS>
