<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/filedialogs.cpp" line="28"/>
        <source>Folder</source>
        <translation type="unfinished">फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="29"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="29"/>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="74"/>
        <source>%1 is a ledger file (or one of SQLite&apos;s files beside a ledger). Nothing was written; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>orchard::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/approvalspage.cpp" line="32"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="32"/>
        <source>Kind</source>
        <translation type="unfinished">प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="32"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="32"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="32"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="32"/>
        <source>Points</source>
        <translation type="unfinished">पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="33"/>
        <source>Money</source>
        <translation type="unfinished">राशि</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="33"/>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="40"/>
        <source>Pending approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="41"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="42"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="47"/>
        <source>Only another admin may decide a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="58"/>
        <source>Requests above the approval thresholds, and every settings change, wait here for an admin other than the one who made them. Pending requests lapse after 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="73"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="73"/>
        <source>Approve %1? It takes effect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="95"/>
        <source>Error: %1</source>
        <translation type="unfinished">त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="114"/>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="128"/>
        <source>%1 approved: it has taken effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="129"/>
        <source>%1 was not approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="140"/>
        <source>%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="141"/>
        <source>%1 was not rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="153"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="153"/>
        <source>Why is %1 rejected? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/auditpage.cpp" line="33"/>
        <source>&amp;Apply</source>
        <translation>लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="34"/>
        <source>&amp;Verify ledger</source>
        <translation>लेजर सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="41"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="68"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="87"/>
        <source>balanced entries</source>
        <translation>संतुलित प्रविष्टियाँ</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="89"/>
        <source>account balances</source>
        <translation>खातों के बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="91"/>
        <source>point lots</source>
        <translation>पॉइंट लॉट</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="93"/>
        <source>reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="95"/>
        <source>audit chain</source>
        <translation>ऑडिट शृंखला</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="97"/>
        <source>entry digests</source>
        <translation>प्रविष्टि डाइजेस्ट</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="103"/>
        <source>Verifying the whole ledger…</source>
        <translation>पूरे लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Verifying the ledger…</source>
        <translation>लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="119"/>
        <source>Verifying the ledger: %1 (check %2 of %3)…</source>
        <translation>लेजर सत्यापित हो रहा है: %1 (जाँच %3 में से %2)…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="126"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation>सत्यापन रद्द किया गया; कोई निष्कर्ष नहीं निकाला गया।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="131"/>
        <source>Verification could not run: %1</source>
        <translation>सत्यापन नहीं चल सका: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="137"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation>✔ सभी जाँचें सफल: %1 प्रविष्टियाँ, %2 खाते, %3 लॉट, %4 आरक्षण, %5 ऑडिट रिकॉर्ड।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="147"/>
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
        <location filename="../ui/holdspage.cpp" line="49"/>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Reservation</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="49"/>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="49"/>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="49"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="49"/>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="49"/>
        <source>Time left</source>
        <translation>शेष समय</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Closed</source>
        <translation>बंद हुआ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="52"/>
        <location filename="../ui/holdspage.cpp" line="66"/>
        <source>Live holds</source>
        <translation>सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Released and timed-out holds</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>&amp;Release hold…</source>
        <translation>होल्ड रिलीज़ करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="59"/>
        <location filename="../ui/holdspage.cpp" line="177"/>
        <source>Only the admin role may release a hold.</source>
        <translation>केवल admin भूमिका ही होल्ड रिलीज़ कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="71"/>
        <source>Released and timed out</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="90"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="132"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="134"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="135"/>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="123"/>
        <source>%1 live holds</source>
        <translation>%1 सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="152"/>
        <source>Select a live hold first.</source>
        <translation>पहले कोई सक्रिय होल्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="158"/>
        <location filename="../ui/holdspage.cpp" line="168"/>
        <source>Release hold</source>
        <translation>होल्ड रिलीज़ करें</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="159"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation>%1 (%2 पॉइंट) को क्यों रिलीज़ किया जा रहा है? कारण ऑडिट ट्रेल में दर्ज रहता है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="165"/>
        <source>A reason is required; nothing was released.</source>
        <translation>कारण देना आवश्यक है; कुछ भी रिलीज़ नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="168"/>
        <source>Release %1 and return its points to the member?</source>
        <translation>%1 को रिलीज़ करके इसके पॉइंट सदस्य को लौटाएँ?</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="183"/>
        <source>%1 released.</source>
        <translation>%1 रिलीज़ किया गया।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ImportEarningsWizard</name>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="52"/>
        <source>Import earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="86"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="87"/>
        <source>A CSV export (UTF-8, separated by commas or semicolons) with a header row: one earning event per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="90"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="91"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="98"/>
        <source>Source</source>
        <translation type="unfinished">स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="99"/>
        <source>The source the events come from: it must be allowed to earn, and to award free amounts for a points column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="104"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="105"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="113"/>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="114"/>
        <source>Which of the file&apos;s columns holds each of Orchard&apos;s. They were guessed from the header; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="122"/>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="123"/>
        <source>%1 (or the other):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="124"/>
        <source>%1:</source>
        <translation type="unfinished">%1:</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="148"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="152"/>
        <source>The first %1 rows, each as it would be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="160"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="161"/>
        <source>Every row decided as the import will decide it (rules, caps, members, rows already in), then rolled back: nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="165"/>
        <source>Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="167"/>
        <source>Errors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="172"/>
        <source>Refused rows are written to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="180"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="181"/>
        <source>Rows go in a thousand at a time. Cancel keeps what has gone in; importing the file again carries on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="185"/>
        <source>Ca&amp;ncel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="202"/>
        <source>Import earnings from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="203"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importearningswizard.cpp" line="221"/>
        <source>%n column(s) separated by &apos;%1&apos;: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="232"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="272"/>
        <source>Every required column is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="277"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="284"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="300"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="348"/>
        <source>%1 rows: %2 would be imported (%3 points), %4 already in, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="349"/>
        <source>%1 rows: %2 imported (%3 points), %4 already in, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="358"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="372"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="372"/>
        <source>the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importearningswizard.cpp" line="375"/>
        <source>… and %n more in the errors file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="417"/>
        <source>Cancelled: what went in stays; import the file again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="419"/>
        <source>The refused rows are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="440"/>
        <source>%1 rows, %2 rows/s, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="449"/>
        <source>Cancelling after the rows under way…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::IssuePointsDialog</name>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="36"/>
        <source>Issue points</source>
        <translation type="unfinished">पॉइंट जारी करें</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="38"/>
        <source>To &lt;b&gt;%1&lt;/b&gt; %2 — %3 points available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="43"/>
        <source>Member</source>
        <translation type="unfinished">सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="45"/>
        <source>Points</source>
        <translation type="unfinished">पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="47"/>
        <source>1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="48"/>
        <source>a whole number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="50"/>
        <location filename="../ui/issuepointsdialog.cpp" line="159"/>
        <source>Reason</source>
        <translation type="unfinished">कारण</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="51"/>
        <source>required, kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="53"/>
        <location filename="../ui/issuepointsdialog.cpp" line="162"/>
        <source>Reference</source>
        <translation type="unfinished">संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="54"/>
        <source>optional, e.g. a ticket number; the same reference is never issued twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="55"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="56"/>
        <source>Unticked: the expiry policy in force decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="60"/>
        <source>Expiry date (00:00 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="65"/>
        <source>at 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="68"/>
        <source>Funding wallet cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="72"/>
        <source>Why the award cannot be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="74"/>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="78"/>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="79"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="80"/>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="112"/>
        <source>Points: give how many points to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="116"/>
        <source>Points: %1 is negative. Issuing only adds points; to take points away use Adjust….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="124"/>
        <source>Points: &quot;%1&quot; is not a whole number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="128"/>
        <source>Points: at least 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="133"/>
        <source>Points: %1 is above the programme&apos;s maximum of %2 points per award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="137"/>
        <source>Points: at most %1 in one award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="143"/>
        <source>Points: %1 points are worth %2, more than the %3 the funding wallet holds. Fund the wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="157"/>
        <source>Reason: required; it is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="186"/>
        <source>Issue %1 points to %2? Their available points go from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="192"/>
        <source>Warning: points outstanding would then be worth %1, more than the %2 the funding wallet holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="204"/>
        <source>A points-only programme: no funding wallet backs the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="206"/>
        <source>The funding wallet has not been funded yet: redemptions move no money until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="211"/>
        <source>Funding wallet: %1. Points outstanding after this award: %2, worth %3 (the wallet covers %4 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Orchard — %1 (%2, local)</source>
        <translation>Orchard — %1 (%2, स्थानीय)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Orchard — %1 (%2, database role)</source>
        <translation>Orchard — %1 (%2, डेटाबेस भूमिका)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="66"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Liability</source>
        <translation>देयता</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Cohorts</source>
        <translation>समूह (cohort)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Reconciliation</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>Split-payment rules</source>
        <translation>विभाजित भुगतान के नियम</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Scheduled exports</source>
        <translation>शेड्यूल किए गए निर्यात</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Opened %1 read-only: the file may not be written, so every change is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Connected to %1 as %2</source>
        <translation>%1 से %2 के रूप में जुड़े हैं</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Last refresh %1</source>
        <translation>पिछली बार ताज़ा किया गया: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Open Ledger File…</source>
        <translation>लेजर फ़ाइल खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>PostgreSQL से जुड़ें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Open &amp;Recent</source>
        <translation>हाल के लेजर (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>Import &amp;Earnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>Print the report shown, after a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Printing is for the report screens: Liability, Cohorts and Reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Find</source>
        <translation type="unfinished">खोजें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Go to this screen&apos;s search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>Find is for Transactions, Members and Audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="282"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>Open a ledger file</source>
        <translation>लेजर फ़ाइल खोलें</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Orchard ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>Orchard लेजर (*.sqlite *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>About Orchard</source>
        <translation>Orchard के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL; QtKeychain (BSD 3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;कर्मचारी-पुरस्कार और बैंक लॉयल्टी कार्यक्रमों के लिए एक पॉइंट लेजर और एडमिन कंसोल।&lt;/p&gt;&lt;p&gt;Qt %2 (LGPL v3) और QCoro (MIT) से निर्मित; Qt SQL के माध्यम से SQLite (पब्लिक डोमेन) और PostgreSQL (PostgreSQL लाइसेंस); QtKeychain (BSD 3-Clause)।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Orchard — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&amp;About Orchard</source>
        <translation>Orchard के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Screens</source>
        <translation>स्क्रीन</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="43"/>
        <source>Member id or name…</source>
        <translation>सदस्य आईडी या नाम…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="44"/>
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
        <location filename="../ui/memberspage.cpp" line="64"/>
        <source>Lots</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="65"/>
        <location filename="../ui/memberspage.cpp" line="307"/>
        <source>Select a member.</source>
        <translation>कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="66"/>
        <source>&amp;Issue points…</source>
        <translation>पॉइंट जारी करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="67"/>
        <source>&amp;Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="68"/>
        <source>&amp;Cancel lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="69"/>
        <source>E&amp;xtend lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="70"/>
        <source>&amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="71"/>
        <location filename="../ui/memberspage.cpp" line="83"/>
        <source>The member&apos;s statement for a period, as PDF or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="79"/>
        <source>Issue points to the member shown, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="80"/>
        <source>Credit or debit the member&apos;s points, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="81"/>
        <source>Debit what is left in the selected lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="82"/>
        <source>Give the selected lot a later expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="285"/>
        <source>%1 Another admin decides it on the Approvals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="289"/>
        <source>Issued %1 points to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="317"/>
        <source>Only the admin role may change a member&apos;s points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="191"/>
        <source>A free amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="196"/>
        <source>%1: %2 points (rule version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="201"/>
        <source>Issue points to %1 by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="213"/>
        <source>Issue %1 to %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="234"/>
        <source>Issued %1 points to %2 by the %3 rule (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="318"/>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="328"/>
        <source>%1

Another admin decides it on the Approvals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="350"/>
        <source>Adjusted %1 by %2 points; %3 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="364"/>
        <source>Lot %1 cancelled: %2 points debited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="377"/>
        <source>Lot %1 now expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="388"/>
        <location filename="../ui/memberspage.cpp" line="392"/>
        <location filename="../ui/memberspage.cpp" line="395"/>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="388"/>
        <source>Points for %1 (negative to debit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="396"/>
        <source>Adjust %1 by %2 points (%3)? Available afterwards: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="409"/>
        <location filename="../ui/memberspage.cpp" line="410"/>
        <source>Cancel lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="409"/>
        <source>Why is lot %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="410"/>
        <source>Debit everything left in lot %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="421"/>
        <location filename="../ui/memberspage.cpp" line="430"/>
        <source>Extend lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="421"/>
        <source>New expiry of lot %1 (YYYY-MM-DD, UTC midnight):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="427"/>
        <source>&apos;%1&apos; is not a date like 2027-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the admin role may issue points.</source>
        <translation type="vanished">केवल admin भूमिका ही पॉइंट जारी कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="129"/>
        <location filename="../ui/memberspage.cpp" line="156"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="165"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 पॉइंट उपलब्ध, %3 होल्ड में</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="172"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="173"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="201"/>
        <location filename="../ui/memberspage.cpp" line="210"/>
        <location filename="../ui/memberspage.cpp" line="213"/>
        <location filename="../ui/memberspage.cpp" line="256"/>
        <location filename="../ui/memberspage.cpp" line="263"/>
        <location filename="../ui/memberspage.cpp" line="273"/>
        <source>Issue points</source>
        <translation>पॉइंट जारी करें</translation>
    </message>
    <message>
        <source>Points to issue to %1:</source>
        <translation type="vanished">%1 को जारी किए जाने वाले पॉइंट:</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="210"/>
        <location filename="../ui/memberspage.cpp" line="392"/>
        <location filename="../ui/memberspage.cpp" line="430"/>
        <source>Reason (kept in the audit trail):</source>
        <translation>कारण (ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
    <message>
        <source>Issue %1 points to %2 (%3)? The member&apos;s balance goes up by exactly that.</source>
        <translation type="vanished">%2 को %1 पॉइंट जारी करें (%3)? सदस्य का बैलेंस ठीक इतना ही बढ़ेगा।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="30"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="31"/>
        <source>%1 points (%2)</source>
        <translation>%1 पॉइंट (%2)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="68"/>
        <source>Programme at a glance</source>
        <translation>कार्यक्रम एक नज़र में</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="70"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="71"/>
        <source>Since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="72"/>
        <source>Liability</source>
        <translation type="unfinished">देयता</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="73"/>
        <source>Redeemed today</source>
        <translation>आज के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="74"/>
        <source>Redeemed this month</source>
        <translation>इस महीने के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="75"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="76"/>
        <source>Wallet cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="77"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="78"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="114"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="124"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation>%1 उपलब्ध · %2 होल्ड में · %3 सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="149"/>
        <source>a points-only programme: no wallet backs the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="154"/>
        <source>%1 % of the %2 outstanding points are worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="155"/>
        <source>Warning: the wallet covers only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="155"/>
        <source>the wallet covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="158"/>
        <source>%1 live, %2 due to time out within %3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="121"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="126"/>
        <source>%1 issued · %2 redeemed · %3 expired · %4 taken by corrections · %5 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="131"/>
        <source>%1 net of %2 expected breakage (value %3), at the programme&apos;s default rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="140"/>
        <source>not funded yet (%1 programme)</source>
        <translation>अभी फ़ंडिंग नहीं हुई (%1 कार्यक्रम)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="142"/>
        <source>%1 available, %2 held%3</source>
        <translation>%1 उपलब्ध, %2 होल्ड में%3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="145"/>
        <source> — below the low-balance threshold of %1</source>
        <translation> — न्यूनतम-बैलेंस सीमा %1 से नीचे</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="135"/>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="137"/>
        <source>Quarter ends</source>
        <translation>तिमाही का अंत</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="138"/>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="142"/>
        <source>End of Q%1 %2</source>
        <translation>Q%1 %2 का अंत</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="157"/>
        <source>Breakage rates</source>
        <translation>ब्रेकेज दरें</translation>
    </message>
    <message>
        <source>auto estimates each bucket&apos;s rate from history (D and X are shown); or one rate per bucket, such as 0.05,0.2,0.45; auto and rates can be mixed</source>
        <translation type="vanished">auto हर बकेट की दर इतिहास से अनुमानित करता है (D और X दिखाए जाते हैं); या प्रति बकेट एक दर, जैसे 0.05,0.2,0.45; auto और दरें मिलाई जा सकती हैं</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="158"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="159"/>
        <source>default: the expected rates set in the expiry policy, else each bucket&apos;s rate estimated from history, else no breakage where there is no history yet (the report says which); auto: estimated from history only; or one rate per bucket, such as 0.05,0.2,0.45 (auto and rates can be mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="164"/>
        <source>Ageing buckets</source>
        <translation>आयु बकेट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="165"/>
        <source>the policy&apos;s, e.g. 0-90,91-180,181+</source>
        <translation>नीति के अनुसार, जैसे 0-90,91-180,181+</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="166"/>
        <source>As &amp;of:</source>
        <translation>तिथि तक (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="168"/>
        <source>B&amp;reakage:</source>
        <translation>ब्रेकेज (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="169"/>
        <source>B&amp;uckets:</source>
        <translation>बकेट (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="178"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="179"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="180"/>
        <source>&amp;From:</source>
        <translation>आरंभ तिथि (&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="181"/>
        <source>&amp;To:</source>
        <translation>अंतिम तिथि (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="184"/>
        <source>Cohorts by</source>
        <translation>समूह का आधार</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="185"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="186"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="187"/>
        <source>Issue month</source>
        <translation>जारी करने का महीना</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="189"/>
        <source>&amp;By:</source>
        <translation>आधार (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="193"/>
        <source>&amp;Compute</source>
        <translation>गणना करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="198"/>
        <source>Computing</source>
        <translation>गणना हो रही है</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="212"/>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="218"/>
        <source>Report table</source>
        <translation>रिपोर्ट तालिका</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="227"/>
        <source>Roll-forward for the quarter</source>
        <translation>तिमाही का रोल-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="232"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="233"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="234"/>
        <source>Save c&amp;hart as PNG…</source>
        <translation>चार्ट PNG के रूप में सहेजें (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="235"/>
        <source>Pri&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="236"/>
        <source>Print the report with its chart and table (Ctrl+P); a preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="237"/>
        <source>Cop&amp;y chart</source>
        <translation>चार्ट कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="330"/>
        <source>Computing from the journal…</source>
        <translation>जर्नल से गणना की जा रही है…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="353"/>
        <source>Computing the quarter&apos;s roll-forward…</source>
        <translation>तिमाही का रोल-फ़ॉरवर्ड गणना किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="390"/>
        <source>%1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="391"/>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="407"/>
        <source>No figures: the report could not be computed with these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="481"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="503"/>
        <location filename="../ui/reportpage.cpp" line="553"/>
        <source>Export the report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="504"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="514"/>
        <source>compute the report first</source>
        <translation>पहले रिपोर्ट की गणना करें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="520"/>
        <source>cannot write %1</source>
        <translation>%1 में नहीं लिखा जा सका</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="537"/>
        <source>Compute the report first: there is nothing to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="544"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="554"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="566"/>
        <source>Save the chart</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="567"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG छवियाँ (*.png);;SVG चित्र (*.svg)</translation>
    </message>
</context>
<context>
    <name>orchard::ui::RulesPage</name>
    <message>
        <location filename="../ui/rulespage.cpp" line="41"/>
        <location filename="../ui/rulespage.cpp" line="91"/>
        <source>Minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="42"/>
        <source>Points may cover &amp;part of an order</source>
        <translation>पॉइंट ऑर्डर के एक भाग का भुगतान कर सकते हैं (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="43"/>
        <source>&amp;Wallet money may pay the rest</source>
        <translation>बाकी राशि का भुगतान वॉलेट की राशि से हो सकता है (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="45"/>
        <location filename="../ui/rulespage.cpp" line="91"/>
        <source>Below the minimum</source>
        <translation>न्यूनतम से कम होने पर</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="46"/>
        <source>Pay with the wallet only</source>
        <translation>केवल वॉलेट से भुगतान करें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="47"/>
        <source>Refuse the order</source>
        <translation>ऑर्डर अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="50"/>
        <source>&amp;Save as a new version…</source>
        <translation>नए संस्करण के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="52"/>
        <source>Rules</source>
        <translation>नियम</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="54"/>
        <source>&amp;Minimum points:</source>
        <translation>न्यूनतम पॉइंट (&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="55"/>
        <source>A member needs at least this many available points before points apply, and uses at least this many.</source>
        <translation>पॉइंट लागू होने के लिए सदस्य के पास कम से कम इतने उपलब्ध पॉइंट होने चाहिए, और वह कम से कम इतने पॉइंट उपयोग करता है।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="57"/>
        <source>Off: points pay a whole order or nothing.</source>
        <translation>बंद होने पर: पॉइंट पूरे ऑर्डर का भुगतान करते हैं या कुछ भी नहीं।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="59"/>
        <source>Off: the points must cover the order on their own.</source>
        <translation>बंद होने पर: पॉइंट को अकेले ही पूरे ऑर्डर का भुगतान करना होगा।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="60"/>
        <source>&amp;Below the minimum:</source>
        <translation>न्यूनतम से कम होने पर (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="61"/>
        <source>What happens when the member&apos;s available points are under the minimum.</source>
        <translation>जब सदस्य के उपलब्ध पॉइंट न्यूनतम से कम हों, तब क्या होता है।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="66"/>
        <source>Order amount</source>
        <translation>ऑर्डर राशि</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="68"/>
        <source>Available points</source>
        <translation>उपलब्ध पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="70"/>
        <source>Wallet balance</source>
        <translation>वॉलेट बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="72"/>
        <source>Points the member chooses</source>
        <translation>सदस्य द्वारा चुने गए पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="73"/>
        <source>empty: as many as the rules allow</source>
        <translation>खाली: जितने नियम अनुमति दें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="75"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="76"/>
        <source>a member id, then Enter: their points and wallet</source>
        <translation>सदस्य आईडी, फिर Enter: उनके पॉइंट और वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="81"/>
        <source>Try a checkout with these rules</source>
        <translation>इन नियमों के साथ एक चेकआउट आज़माएँ</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="83"/>
        <source>M&amp;ember:</source>
        <translation>सदस्य (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="84"/>
        <source>&amp;Order:</source>
        <translation>ऑर्डर (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="85"/>
        <source>A&amp;vailable points:</source>
        <translation>उपलब्ध पॉइंट (&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="86"/>
        <source>Wa&amp;llet:</source>
        <translation>वॉलेट (&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="87"/>
        <source>&amp;Chosen points:</source>
        <translation>चुने गए पॉइंट (&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="91"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="91"/>
        <source>Partial points</source>
        <translation>आंशिक पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="91"/>
        <source>Wallet remainder</source>
        <translation>शेष राशि वॉलेट से</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Author</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="97"/>
        <source>Rule versions</source>
        <translation>नियमों के संस्करण</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="104"/>
        <source>Versions (a checkout is quoted under the version in force):</source>
        <translation>संस्करण (चेकआउट का मूल्य उस समय लागू संस्करण के अनुसार निकाला जाता है):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="110"/>
        <source>Only an admin changes the split-payment rules.</source>
        <translation>केवल admin ही विभाजित भुगतान के नियम बदल सकता है।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="149"/>
        <location filename="../ui/rulespage.cpp" line="150"/>
        <location filename="../ui/rulespage.cpp" line="274"/>
        <location filename="../ui/rulespage.cpp" line="276"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="149"/>
        <location filename="../ui/rulespage.cpp" line="150"/>
        <location filename="../ui/rulespage.cpp" line="274"/>
        <location filename="../ui/rulespage.cpp" line="276"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="152"/>
        <source>(defaults)</source>
        <translation>(डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="174"/>
        <source>minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="174"/>
        <source>a whole number of points from 0 to %1, not &apos;%2&apos;</source>
        <translation>0 से %1 तक पॉइंट की एक पूर्ण संख्या, &apos;%2&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="189"/>
        <source>order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="195"/>
        <source>available points</source>
        <translation>उपलब्ध पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="195"/>
        <location filename="../ui/rulespage.cpp" line="210"/>
        <source>a whole number of points, not &apos;%1&apos;</source>
        <translation>पॉइंट की एक पूर्ण संख्या, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="201"/>
        <source>wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="210"/>
        <source>chosen points</source>
        <translation>चुने गए पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="230"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="252"/>
        <source>%1 points leave %2 to pay and the wallet holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="256"/>
        <source>the wallet holds %1 of the %2 the order needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="258"/>
        <source>&lt;b&gt;Refused&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;अस्वीकृत&lt;/b&gt; (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="262"/>
        <source>&lt;b&gt;%1 points&lt;/b&gt; (worth %2) + &lt;b&gt;%3&lt;/b&gt; from the wallet = %4&lt;br&gt;the member may use %5 to %6 points&lt;br&gt;&lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 पॉइंट&lt;/b&gt; (मूल्य %2) + वॉलेट से &lt;b&gt;%3&lt;/b&gt; = %4&lt;br&gt;सदस्य %5 से %6 पॉइंट उपयोग कर सकता है&lt;br&gt;&lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="272"/>
        <source>minimum points %1 → %2</source>
        <translation>न्यूनतम पॉइंट %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="274"/>
        <source>partial points %1 → %2</source>
        <translation>आंशिक पॉइंट %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="276"/>
        <source>wallet remainder %1 → %2</source>
        <translation>शेष राशि वॉलेट से %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="278"/>
        <source>below the minimum %1 → %2</source>
        <translation>न्यूनतम से कम होने पर %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="299"/>
        <source>Save the rules</source>
        <translation>नियम सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="300"/>
        <source>Version %1 will change:
%2

Why (kept with the version and in the audit trail):</source>
        <translation>संस्करण %1 में ये बदलाव होंगे:
%2

कारण (संस्करण के साथ और ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
</context>
<context>
    <name>orchard::ui::SchedulesPage</name>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <location filename="../ui/schedulespage.cpp" line="39"/>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <location filename="../ui/schedulespage.cpp" line="43"/>
        <source>Every</source>
        <translation>हर</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <location filename="../ui/schedulespage.cpp" line="46"/>
        <source>Format</source>
        <translation>फ़ॉर्मेट</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <source>Last run</source>
        <translation>पिछला रन</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="26"/>
        <source>Next run (as of)</source>
        <translation>अगला रन (तिथि तक)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="32"/>
        <source>Scheduled exports</source>
        <translation>शेड्यूल किए गए निर्यात</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="35"/>
        <source>name, e.g. quarter-close</source>
        <translation>नाम, जैसे quarter-close</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="36"/>
        <source>Schedule name</source>
        <translation>शेड्यूल का नाम</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="48"/>
        <source>absolute folder, e.g. /srv/finance/exports</source>
        <translation>पूरा फ़ोल्डर पथ, जैसे /srv/finance/exports</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="49"/>
        <source>Output folder</source>
        <translation>आउटपुट फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="50"/>
        <source>B&amp;rowse…</source>
        <translation>ब्राउज़ करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="51"/>
        <source>&amp;Add schedule</source>
        <translation>शेड्यूल जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="52"/>
        <source>Re&amp;move selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="53"/>
        <source>R&amp;un selected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="54"/>
        <source>Write the selected schedule&apos;s export as of now into its folder; its calendar is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="vanished">चुने हुए हटाएँ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="62"/>
        <source>Only admin and finance schedule exports.</source>
        <translation>केवल admin और finance ही निर्यात शेड्यूल कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="71"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="72"/>
        <source>R&amp;eport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="73"/>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="74"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="75"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="89"/>
        <source>Where the exports go</source>
        <translation>निर्यात कहाँ सहेजे जाएँ</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="98"/>
        <location filename="../ui/schedulespage.cpp" line="111"/>
        <source>Select a schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="102"/>
        <source>Remove schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="103"/>
        <source>Remove the schedule %1? Its exports already written stay in %2; no more are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="139"/>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="167"/>
        <source>Schedule %1 added.</source>
        <translation>शेड्यूल %1 जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="176"/>
        <source>Wrote %1 (%2 rows) and its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="185"/>
        <source>Schedule %1 removed.</source>
        <translation>शेड्यूल %1 हटाया गया।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::SourcesPage</name>
    <message>
        <location filename="../ui/sourcespage.cpp" line="38"/>
        <source>Source</source>
        <translation type="unfinished">स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="38"/>
        <source>Earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="38"/>
        <source>Redeems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="38"/>
        <source>Free amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="38"/>
        <source>Most points per earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="43"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="44"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="45"/>
        <source>A source that earns sends earning events (an HRIS, a card platform); one that redeems reserves and spends points (the marketplace, loyalife). Free amounts: it may name the points itself instead of an earning rule&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="52"/>
        <source>Only an admin changes what a source may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="78"/>
        <source>Empty: no most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="107"/>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="118"/>
        <source>Saved; the change is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="126"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::StatementDialog</name>
    <message>
        <location filename="../ui/statementdialog.cpp" line="35"/>
        <source>Statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="44"/>
        <source>From (inclusive, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="45"/>
        <source>To (exclusive, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="46"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="53"/>
        <source>Statement lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="56"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="57"/>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="60"/>
        <source>From</source>
        <translation type="unfinished">आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="62"/>
        <source>to (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="121"/>
        <source>there is no statement to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="133"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="139"/>
        <source>Save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="141"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV फ़ाइलें (*.csv)</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="93"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="95"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="97"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="99"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="101"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="103"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="105"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="107"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="67"/>
        <location filename="../ui/transactionspage.cpp" line="124"/>
        <location filename="../ui/transactionspage.cpp" line="353"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="68"/>
        <location filename="../ui/transactionspage.cpp" line="124"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="72"/>
        <location filename="../ui/transactionspage.cpp" line="125"/>
        <location filename="../ui/transactionspage.cpp" line="359"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="76"/>
        <source>Member id</source>
        <translation>सदस्य आईडी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="77"/>
        <location filename="../ui/transactionspage.cpp" line="352"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="79"/>
        <source>Between</source>
        <translation>इनके बीच</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="87"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="88"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="109"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="112"/>
        <source>Minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="113"/>
        <source>Maximum points</source>
        <translation>अधिकतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="115"/>
        <source>Reference contains…</source>
        <translation>संदर्भ में शामिल…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="116"/>
        <location filename="../ui/transactionspage.cpp" line="355"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="129"/>
        <location filename="../ui/transactionspage.cpp" line="356"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="142"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="147"/>
        <source>Entry detail</source>
        <translation>प्रविष्टि विवरण</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="148"/>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="150"/>
        <source>Give back the selected confirmed redemption or checkout, whole or in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="151"/>
        <source>Only the admin role may refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="167"/>
        <source>The ledger has changed since these rows were read: Refresh (F5) shows the new entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="168"/>
        <source>The ledger has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="197"/>
        <source>Counting the entries and sums of this filter…</source>
        <translation>इस फ़िल्टर की प्रविष्टियाँ और योग गिने जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="200"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="204"/>
        <source>Export transactions</source>
        <translation>लेन-देन निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="204"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="249"/>
        <source>Points: the minimum %1 is above the maximum %2, so no entry could match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="252"/>
        <source>Between: %1 is not before %2, so no entry could match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="302"/>
        <source>%1 %2: %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="303"/>
        <source>%1 entries (%2) · %3 %4 in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="304"/>
        <source>none</source>
        <translation type="unfinished">कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="334"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="340"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="349"/>
        <source>&lt;h3&gt;Entry %1: %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="351"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="358"/>
        <source>Money</source>
        <translation type="unfinished">राशि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="360"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="362"/>
        <source>Reason</source>
        <translation type="unfinished">कारण</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="371"/>
        <source>&lt;h4&gt;Lots&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="384"/>
        <source>&lt;h4&gt;Audit record %1&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="385"/>
        <source>Action</source>
        <translation type="unfinished">कार्रवाई</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="386"/>
        <source>Actor</source>
        <translation type="unfinished">कर्ता</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="387"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="401"/>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries · %2 points · %3 in money</source>
        <translation type="vanished">%1 प्रविष्टियाँ · %2 पॉइंट · राशि %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entry %1 (%2)&lt;/h3&gt;&lt;p&gt;%3 by %4 — %5&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;प्रविष्टि %1 (%2)&lt;/h3&gt;&lt;p&gt;%3, %4 द्वारा — %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="364"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;पोस्टिंग&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Lots consumed&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="vanished">&lt;h4&gt;उपयोग किए गए लॉट&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="373"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;लॉट %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Audit record&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation type="vanished">&lt;h4&gt;ऑडिट रिकॉर्ड&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="423"/>
        <location filename="../ui/transactionspage.cpp" line="429"/>
        <location filename="../ui/transactionspage.cpp" line="432"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="424"/>
        <source>Points of %1 to give back to %2 (at most the %3 it confirmed, less earlier refunds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="429"/>
        <source>Reason (kept in the audit trail):</source>
        <translation type="unfinished">कारण (ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="433"/>
        <source>Refund %1 points of %2 to %3 (%4)? Their available points become %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="451"/>
        <source>%1 of %2: %3 points back to %4; %5 left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="467"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="473"/>
        <source>Exporting transactions…</source>
        <translation>लेन-देन निर्यात किए जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="473"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="496"/>
        <source>Exported %1 entries to %2</source>
        <translation>%1 प्रविष्टियाँ %2 में निर्यात की गईं</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="49"/>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="117"/>
        <source>&amp;Apply</source>
        <translation>लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="119"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात करें (&amp;X)…</translation>
    </message>
</context>
<context>
    <name>orchard::ui::WalletPage</name>
    <message>
        <location filename="../ui/walletpage.cpp" line="58"/>
        <source>amount, e.g. 250000.00</source>
        <translation>राशि, जैसे 250000.00</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="59"/>
        <source>Amount to fund</source>
        <translation>फ़ंड की जाने वाली राशि</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="61"/>
        <source>bank transfer reference</source>
        <translation>बैंक ट्रांसफ़र संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="62"/>
        <source>Bank reference</source>
        <translation>बैंक संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="63"/>
        <source>&amp;Fund…</source>
        <translation>फ़ंड करें (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="65"/>
        <source>warn below, e.g. 50000.00</source>
        <translation>इससे नीचे चेतावनी, जैसे 50000.00</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="66"/>
        <source>Low-balance threshold</source>
        <translation>न्यूनतम-बैलेंस सीमा</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="67"/>
        <source>Set &amp;threshold</source>
        <translation>सीमा निर्धारित करें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="72"/>
        <source>Only admin and finance fund the programme wallet.</source>
        <translation>केवल admin और finance ही कार्यक्रम वॉलेट को फ़ंड कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="75"/>
        <source>Fund:</source>
        <translation>फ़ंड करें:</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="86"/>
        <source>Balance over time</source>
        <translation>समय के साथ बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <location filename="../ui/walletpage.cpp" line="94"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Balance after</source>
        <translation>बाद का बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="92"/>
        <source>Funding wallet movements</source>
        <translation>फ़ंडिंग वॉलेट की गतिविधियाँ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="94"/>
        <source>Day (UTC)</source>
        <translation>दिन (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="94"/>
        <source>Funded</source>
        <translation>फ़ंड किया गया</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="94"/>
        <source>Drawn (net of returns)</source>
        <translation>निकाला गया (वापसी घटाकर)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="98"/>
        <source>Fundings and draws by source per day</source>
        <translation>प्रति दिन स्रोत के अनुसार फ़ंडिंग और निकासी</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="100"/>
        <source>&amp;Movements</source>
        <translation>गतिविधियाँ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="101"/>
        <source>By &amp;day and source</source>
        <translation>दिन और स्रोत के अनुसार (&amp;D)</translation>
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
        <location filename="../ui/walletpage.cpp" line="221"/>
        <source>Funding wallet balance</source>
        <translation>फ़ंडिंग वॉलेट बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="255"/>
        <source>bank reference: required; a bank transfer funds the wallet once</source>
        <translation>बैंक संदर्भ: आवश्यक; एक बैंक ट्रांसफ़र वॉलेट को केवल एक बार फ़ंड करता है</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="259"/>
        <source>Fund the programme wallet with %1 (bank reference %2)?
Available after: %3</source>
        <translation>कार्यक्रम वॉलेट को %1 से फ़ंड करें (बैंक संदर्भ %2)?
फ़ंडिंग के बाद उपलब्ध: %3</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="262"/>
        <source>Fund the wallet</source>
        <translation>वॉलेट फ़ंड करें</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="274"/>
        <source>Funded.</source>
        <translation>फ़ंड किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="298"/>
        <source>Threshold set.</source>
        <translation>सीमा निर्धारित की गई।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/webhookspage.cpp" line="56"/>
        <source>Name</source>
        <translation type="unfinished">नाम</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="56"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="56"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="56"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="56"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Member</source>
        <translation type="unfinished">सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Status</source>
        <translation type="unfinished">स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="59"/>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="60"/>
        <source>Webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Recent deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="65"/>
        <source>from event </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="66"/>
        <source>First event to deliver again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="67"/>
        <source>&amp;Replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="74"/>
        <source>Only an admin replays deliveries, on a ledger that may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="75"/>
        <source>Subscriptions are added on the command line (orchardctl webhook add), where the signing secret is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="101"/>
        <source>Choose a subscription to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="105"/>
        <source>Replay deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="106"/>
        <source>Deliver every event of %1 from event %2 on again, in order? The receiver gets each again with its own id, so it can tell the repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="136"/>
        <source>delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="137"/>
        <source>failing: %n attempt(s) in a row, next %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="142"/>
        <source>all platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="145"/>
        <source>No webhook subscriptions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="169"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="170"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="171"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="175"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="178"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="179"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="180"/>
        <source>not yet</source>
        <translation type="unfinished">अभी नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="188"/>
        <source>%1: the %n most recent deliveries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="196"/>
        <source>%n delivery(ies) of %1 from event %2 will be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
