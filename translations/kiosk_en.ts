<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminConsole</name>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
</context>
<context>
    <name>AdminSetupScreen</name>
    <message>
        <source>Set up the administrator PIN</source>
        <translation>Set up the administrator PIN</translation>
    </message>
    <message>
        <source>Welcome. First, set up the administrator PIN</source>
        <translation>Welcome. First, set up the administrator PIN</translation>
    </message>
    <message>
        <source>This kiosk has no administrator PIN yet, and there is no default one. Choose 4 to 6 digits that are not easy to guess (not 1234, not 0000). The administrator opens the hidden staff screen by tapping the hall emblem five times and entering this PIN. A forgotten PIN cannot be recovered; it can only be replaced on this computer with the command kiosk set-pin.</source>
        <translation>This kiosk has no administrator PIN yet, and there is no default one. Choose 4 to 6 digits that are not easy to guess (not 1234, not 0000). The administrator opens the hidden staff screen by tapping the hall emblem five times and entering this PIN. A forgotten PIN cannot be recovered; it can only be replaced on this computer with the command kiosk set-pin.</translation>
    </message>
    <message>
        <source>Step 2 of 2: type the same PIN again</source>
        <translation>Step 2 of 2: type the same PIN again</translation>
    </message>
    <message>
        <source>Step 1 of 2: choose a PIN of 4 to 6 digits</source>
        <translation>Step 1 of 2: choose a PIN of 4 to 6 digits</translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation>The two PINs were different. Please start again.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>A PIN is 4 to 6 digits.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (repeated digits). Please choose another.</source>
        <translation>That PIN is too easy to guess (repeated digits). Please choose another.</translation>
    </message>
    <message>
        <source>That PIN is too easy to guess (digits in a row). Please choose another.</source>
        <translation>That PIN is too easy to guess (digits in a row). Please choose another.</translation>
    </message>
    <message>
        <source>The administrator PIN is set.</source>
        <translation>The administrator PIN is set.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <source>This article is no longer available.</source>
        <translation>This article is no longer available.</translation>
    </message>
    <message>
        <source>All public disclosures</source>
        <translation>All public disclosures</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to begin</source>
        <translation>Touch the screen to begin</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <source>Urgent notice</source>
        <translation>Urgent notice</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log (审计日志)</source>
        <translation>Audit log (审计日志)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3 entries</source>
        <translation>Page %1 of %2 · %3 entries</translation>
    </message>
</context>
<context>
    <name>BoardsScreen</name>
    <message>
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <source>The rules and information posted on the hall&apos;s walls. Tap a title to read it.</source>
        <translation>The rules and information posted on the hall&apos;s walls. Tap a title to read it.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>Nothing has been published yet.</translation>
    </message>
</context>
<context>
    <name>BundleScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>This life event is no longer available.</source>
        <translation>This life event is no longer available.</translation>
    </message>
    <message>
        <source>First, a few questions (asked once for all the services)</source>
        <translation>First, a few questions (asked once for all the services)</translation>
    </message>
    <message>
        <source>Services in this life event</source>
        <translation>Services in this life event</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>The services&apos; promised time limits added up: the longest it can take.</source>
        <translation>The services&apos; promised time limits added up: the longest it can take.</translation>
    </message>
    <message>
        <source>Materials to bring (%1)</source>
        <translation>Materials to bring (%1)</translation>
    </message>
    <message>
        <source>Answer the questions above to see only what applies to you.</source>
        <translation>Answer the questions above to see only what applies to you.</translation>
    </message>
    <message>
        <source>A paper needed by several services is listed once: bring it once.</source>
        <translation>A paper needed by several services is listed once: bring it once.</translation>
    </message>
    <message>
        <source>No need to bring</source>
        <translation>No need to bring</translation>
    </message>
    <message>
        <source>Where to go, in this order</source>
        <translation>Where to go, in this order</translation>
    </message>
    <message>
        <source>Step %1: go to %2</source>
        <translation>Step %1: go to %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Shared by: %1</source>
        <translation>Shared by: %1</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Scan to take away</source>
        <translation>Scan to take away</translation>
    </message>
    <message>
        <source>Scan with your phone to take the whole list with you.</source>
        <translation>Scan with your phone to take the whole list with you.</translation>
    </message>
</context>
<context>
    <name>BundlesScreen</name>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Life events: one list for several services</source>
        <translation>Life events: one list for several services</translation>
    </message>
    <message>
        <source>Answer a few questions once and get one list of papers for all of them.</source>
        <translation>Answer a few questions once and get one list of papers for all of them.</translation>
    </message>
    <message>
        <source>No life events are published yet.</source>
        <translation>No life events are published yet.</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Regular</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Phased</source>
        <translation>Phased</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>As needed</translation>
    </message>
    <message>
        <source>Disclosure: %1</source>
        <translation>Disclosure: %1</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>en_GB</source>
        <comment>locale of the calendar&apos;s month and day names</comment>
        <translation>en_GB</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Working-day calendar (工作日历)</source>
        <translation>Working-day calendar (工作日历)</translation>
    </message>
    <message>
        <source>Monday to Friday are working days. Enter the public holidays (法定节假日) and the weekend days worked in exchange (调休上班) from the State Council&apos;s notice for each year: the 15 working days of a poor rating&apos;s deadline count with them.</source>
        <translation>Monday to Friday are working days. Enter the public holidays (法定节假日) and the weekend days worked in exchange (调休上班) from the State Council&apos;s notice for each year: the 15 working days of a poor rating&apos;s deadline count with them.</translation>
    </message>
    <message>
        <source>Holiday (休)</source>
        <translation>Holiday (休)</translation>
    </message>
    <message>
        <source>Worked weekend (班)</source>
        <translation>Worked weekend (班)</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>e.g. 国庆节</translation>
    </message>
    <message>
        <source>Add or change this day</source>
        <translation>Add or change this day</translation>
    </message>
    <message>
        <source>Remove this day</source>
        <translation>Remove this day</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>File (CSV: 日期, 类型 休/班, 名称)</source>
        <translation>File (CSV: 日期, 类型 休/班, 名称)</translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation>Import a CSV file…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>holiday (休)</source>
        <translation>holiday (休)</translation>
    </message>
    <message>
        <source>worked weekend (班)</source>
        <translation>worked weekend (班)</translation>
    </message>
    <message>
        <source>No holidays entered for %1: deadlines there count every weekday as a working day.</source>
        <translation>No holidays entered for %1: deadlines there count every weekday as a working day.</translation>
    </message>
    <message>
        <source>No days entered for %1</source>
        <translation>No days entered for %1</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be a worked weekend day.</source>
        <translation>%1 is a weekday: only a Saturday or Sunday can be a worked weekend day.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>%1 is not in the calendar.</source>
        <translation>%1 is not in the calendar.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>Choose a calendar CSV file</source>
        <translation>Choose a calendar CSV file</translation>
    </message>
    <message>
        <source>The years in the file replace those years here.</source>
        <translation>The years in the file replace those years here.</translation>
    </message>
    <message>
        <source>Imported %1 days for %2.</source>
        <translation>Imported %1 days for %2.</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV file</source>
        <translation>Choose a folder for the CSV file</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>Open the folder, then tap Use this folder.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>What checking found (kept inside)</source>
        <translation>What checking found (kept inside)</translation>
    </message>
    <message>
        <source>What was wrong, in words fit to publish</source>
        <translation>What was wrong, in words fit to publish</translation>
    </message>
    <message>
        <source>What was done about it, in words fit to publish</source>
        <translation>What was done about it, in words fit to publish</translation>
    </message>
    <message>
        <source>Why it is not founded, or why nothing needs doing</source>
        <translation>Why it is not founded, or why nothing needs doing</translation>
    </message>
    <message>
        <source>What the resident said when called back, or that no contact was left</source>
        <translation>What the resident said when called back, or that no contact was left</translation>
    </message>
    <message>
        <source>Concerned</source>
        <translation>Concerned</translation>
    </message>
    <message>
        <source>What checking found (核实情况, inside only)</source>
        <translation>What checking found (核实情况, inside only)</translation>
    </message>
    <message>
        <source>What was wrong (反映的问题, published)</source>
        <translation>What was wrong (反映的问题, published)</translation>
    </message>
    <message>
        <source>What was done (整改情况, published)</source>
        <translation>What was done (整改情况, published)</translation>
    </message>
    <message>
        <source>Reason (不属实 / 无需整改, inside only)</source>
        <translation>Reason (不属实 / 无需整改, inside only)</translation>
    </message>
    <message>
        <source>Follow-up call (回访情况, inside only)</source>
        <translation>Follow-up call (回访情况, inside only)</translation>
    </message>
    <message>
        <source>On the public board</source>
        <translation>On the public board</translation>
    </message>
    <message>
        <source>Who did what</source>
        <translation>Who did what</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>very satisfied</translation>
    </message>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>fairly satisfied</source>
        <translation>fairly satisfied</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>dissatisfied</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>very dissatisfied</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Deadline %1 — overdue by %2 days</source>
        <translation>Deadline %1 — overdue by %2 days</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Deadline %1</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>overall</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>efficiency</translation>
    </message>
    <message>
        <source>quality</source>
        <translation>quality</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>attitude</translation>
    </message>
    <message>
        <source>Rated %1 at kiosk %2</source>
        <translation>Rated %1 at kiosk %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>No comment.</source>
        <translation>No comment.</translation>
    </message>
    <message>
        <source>Contact left by the resident: %1 (shown on this page only)</source>
        <translation>Contact left by the resident: %1 (shown on this page only)</translation>
    </message>
    <message>
        <source>The resident left no contact.</source>
        <translation>The resident left no contact.</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>Shown anonymised once the resident has been called back.</source>
        <translation>Shown anonymised once the resident has been called back.</translation>
    </message>
    <message>
        <source>%1 opened automatically from the rating</source>
        <translation>%1 opened automatically from the rating</translation>
    </message>
    <message>
        <source>Founded: rectify</source>
        <translation>Founded: rectify</translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation>Not founded</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>Rectification done</translation>
    </message>
    <message>
        <source>Called back: satisfied</source>
        <translation>Called back: satisfied</translation>
    </message>
    <message>
        <source>Called back: not satisfied</source>
        <translation>Called back: not satisfied</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Marked founded: now rectifying.</source>
        <translation>Marked founded: now rectifying.</translation>
    </message>
    <message>
        <source>Closed as not founded.</source>
        <translation>Closed as not founded.</translation>
    </message>
    <message>
        <source>Closed: no action needed.</source>
        <translation>Closed: no action needed.</translation>
    </message>
    <message>
        <source>Rectification recorded.</source>
        <translation>Rectification recorded.</translation>
    </message>
    <message>
        <source>Follow-up recorded: the case is closed and shown on the public board.</source>
        <translation>Follow-up recorded: the case is closed and shown on the public board.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Poor ratings and their rectification (差评整改)</source>
        <translation>Poor ratings and their rectification (差评整改)</translation>
    </message>
    <message>
        <source>Remove sample cases…</source>
        <translation>Remove sample cases…</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <source>Rectified, to call back</source>
        <translation>Rectified, to call back</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Not founded</source>
        <translation>Not founded</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>No action needed</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Open (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation>Closed (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>All (%1)</translation>
    </message>
    <message>
        <source>Rectified within 15 working days: %1</source>
        <translation>Rectified within 15 working days: %1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>no window named</source>
        <translation>no window named</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>No cases here. A case opens by itself when a resident rates a service 不满意 or 非常不满意, or leaves a comment, at a kiosk.</source>
        <translation>No cases here. A case opens by itself when a resident rates a service 不满意 or 非常不满意, or leaves a comment, at a kiosk.</translation>
    </message>
    <message>
        <source>Remove the sample cases?</source>
        <translation>Remove the sample cases?</translation>
    </message>
    <message>
        <source>The demo&apos;s sample ratings, cases, complaints and opinions are deleted. Real ones stay.</source>
        <translation>The demo&apos;s sample ratings, cases, complaints and opinions are deleted. Real ones stay.</translation>
    </message>
    <message>
        <source>Remove samples</source>
        <translation>Remove samples</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>Removed %1 sample records.</source>
        <translation>Removed %1 sample records.</translation>
    </message>
</context>
<context>
    <name>CasesSection</name>
    <message>
        <source>Cases from poor ratings (差评)</source>
        <translation>Cases from poor ratings (差评)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rectified in time</source>
        <translation>Rectified in time</translation>
    </message>
    <message>
        <source>Cases are not available in this version.</source>
        <translation>Cases are not available in this version.</translation>
    </message>
    <message>
        <source>Open: opened in this period and not closed. Overdue: past their deadline now.</source>
        <translation>Open: opened in this period and not closed. Overdue: past their deadline now.</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints from every channel (投诉登记)</source>
        <translation>Complaints from every channel (投诉登记)</translation>
    </message>
    <message>
        <source>Record a complaint</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>Name or phone, if given (kept inside)</source>
        <translation>Name or phone, if given (kept inside)</translation>
    </message>
    <message>
        <source>What the complaint says</source>
        <translation>What the complaint says</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
    <message>
        <source>Handled: close the complaint</source>
        <translation>Handled: close the complaint</translation>
    </message>
    <message>
        <source>Publish on the board</source>
        <translation>Publish on the board</translation>
    </message>
    <message>
        <source>Take off the board</source>
        <translation>Take off the board</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Who complained (shown only here, never published)</source>
        <translation>Who complained (shown only here, never published)</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>Handling (处理结果)</source>
        <translation>Handling (处理结果)</translation>
    </message>
    <message>
        <source>On the public board (投诉处理结果, anonymised)</source>
        <translation>On the public board (投诉处理结果, anonymised)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>the hall</source>
        <translation>the hall</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>handled %1</source>
        <translation>handled %1</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Record the complaint</source>
        <translation>Record the complaint</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Save the handling</source>
        <translation>Save the handling</translation>
    </message>
    <message>
        <source>Shown on the 监督 board as %1.</source>
        <translation>Shown on the 监督 board as %1.</translation>
    </message>
    <message>
        <source>Not on the board. Read the texts below, then publish.</source>
        <translation>Not on the board. Read the texts below, then publish.</translation>
    </message>
    <message>
        <source>Complaint recorded.</source>
        <translation>Complaint recorded.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Closed. Now check the texts for the public board and publish them.</source>
        <translation>Closed. Now check the texts for the public board and publish them.</translation>
    </message>
    <message>
        <source>Published on the 监督 board.</source>
        <translation>Published on the 监督 board.</translation>
    </message>
    <message>
        <source>Taken off the board (archived).</source>
        <translation>Taken off the board (archived).</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Internal disclosures</source>
        <translation>Internal disclosures</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Opinions on plans</source>
        <translation>Opinions on plans</translation>
    </message>
    <message>
        <source>Poor ratings (差评整改)</source>
        <translation>Poor ratings (差评整改)</translation>
    </message>
    <message>
        <source>Complaints (投诉登记)</source>
        <translation>Complaints (投诉登记)</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Errors and hidden items</source>
        <translation>Errors and hidden items</translation>
    </message>
    <message>
        <source>Missing-materials notice</source>
        <translation>Missing-materials notice</translation>
    </message>
    <message>
        <source>Reprint a notice</source>
        <translation>Reprint a notice</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Files and backups</source>
        <translation>Files and backups</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Device health</source>
        <translation>Device health</translation>
    </message>
    <message>
        <source>Progress of notices</source>
        <translation>Progress of notices</translation>
    </message>
    <message>
        <source>Choose a plan image (PNG or SVG)</source>
        <translation>Choose a plan image (PNG or SVG)</translation>
    </message>
    <message>
        <source>Floor plans</source>
        <translation>Floor plans</translation>
    </message>
</context>
<context>
    <name>ContentSections</name>
    <message>
        <source>Guides (办事指南)</source>
        <translation>Guides (办事指南)</translation>
    </message>
    <message>
        <source>Themes (主题分类)</source>
        <translation>Themes (主题分类)</translation>
    </message>
    <message>
        <source>Departments (实施部门)</source>
        <translation>Departments (实施部门)</translation>
    </message>
    <message>
        <source>Disclosures (政务公开)</source>
        <translation>Disclosures (政务公开)</translation>
    </message>
    <message>
        <source>Notices (通知公告)</source>
        <translation>Notices (通知公告)</translation>
    </message>
    <message>
        <source>Pre-disclosure (预公开)</source>
        <translation>Pre-disclosure (预公开)</translation>
    </message>
    <message>
        <source>Channels (投诉渠道)</source>
        <translation>Channels (投诉渠道)</translation>
    </message>
    <message>
        <source>Results (投诉处理结果)</source>
        <translation>Results (投诉处理结果)</translation>
    </message>
    <message>
        <source>Windows (服务窗口)</source>
        <translation>Windows (服务窗口)</translation>
    </message>
    <message>
        <source>Staff (工作人员)</source>
        <translation>Staff (工作人员)</translation>
    </message>
    <message>
        <source>Life events (一件事)</source>
        <translation>Life events (一件事)</translation>
    </message>
    <message>
        <source>Guided questions (智能导办)</source>
        <translation>Guided questions (智能导办)</translation>
    </message>
    <message>
        <source>Hall (大厅信息)</source>
        <translation>Hall (大厅信息)</translation>
    </message>
    <message>
        <source>Life events and questions check (导办检查)</source>
        <translation>Life events and questions check (导办检查)</translation>
    </message>
    <message>
        <source>Audit log (审计日志)</source>
        <translation>Audit log (审计日志)</translation>
    </message>
    <message>
        <source>Basic information (基本信息)</source>
        <translation>Basic information (基本信息)</translation>
    </message>
    <message>
        <source>Basis and conditions (设定依据与受理条件)</source>
        <translation>Basis and conditions (设定依据与受理条件)</translation>
    </message>
    <message>
        <source>Time limits (办结时限)</source>
        <translation>Time limits (办结时限)</translation>
    </message>
    <message>
        <source>Fees (收费)</source>
        <translation>Fees (收费)</translation>
    </message>
    <message>
        <source>Where and when (办理地点与时间)</source>
        <translation>Where and when (办理地点与时间)</translation>
    </message>
    <message>
        <source>Result (办理结果)</source>
        <translation>Result (办理结果)</translation>
    </message>
    <message>
        <source>Visits and online service (到现场次数与网上办理)</source>
        <translation>Visits and online service (到现场次数与网上办理)</translation>
    </message>
    <message>
        <source>Dates and order (生效日期与排序)</source>
        <translation>Dates and order (生效日期与排序)</translation>
    </message>
    <message>
        <source>Poor-rating case (差评整改)</source>
        <translation>Poor-rating case (差评整改)</translation>
    </message>
    <message>
        <source>Complaint (投诉登记)</source>
        <translation>Complaint (投诉登记)</translation>
    </message>
    <message>
        <source>Working-day calendar (工作日历)</source>
        <translation>Working-day calendar (工作日历)</translation>
    </message>
    <message>
        <source>Archived opinions (意见存档)</source>
        <translation>Archived opinions (意见存档)</translation>
    </message>
    <message>
        <source>Review and appeal (复议与诉讼)</source>
        <translation>Review and appeal (复议与诉讼)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Publish the decision</source>
        <translation>Publish the decision</translation>
    </message>
    <message>
        <source>e.g. 根据意见,将……调整为……</source>
        <translation>e.g. 根据意见,将……调整为……</translation>
    </message>
    <message>
        <source>The decision (决定正文)</source>
        <translation>The decision (决定正文)</translation>
    </message>
    <message>
        <source>What the opinions said and how they were answered (意见采纳情况)</source>
        <translation>What the opinions said and how they were answered (意见采纳情况)</translation>
    </message>
    <message>
        <source>How the plan changed because of them (方案调整情况)</source>
        <translation>How the plan changed because of them (方案调整情况)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Publishing archives the plan with every opinion and its answer (存档), and the kiosk shows this decision where the plan was. Residents&apos; contacts are never published.</source>
        <translation>Publishing archives the plan with every opinion and its answer (存档), and the kiosk shows this decision where the plan was. Residents&apos; contacts are never published.</translation>
    </message>
</context>
<context>
    <name>DocForm</name>
    <message>
        <source>Always needed</source>
        <translation>Always needed</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>No file</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Rare character…</source>
        <translation>Rare character…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Search by name or code</source>
        <translation>Search by name or code</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Publish at…</source>
        <translation>Publish at…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source> · unpublished changes</source>
        <translation> · unpublished changes</translation>
    </message>
    <message>
        <source>Discard your unsaved changes?</source>
        <translation>Discard your unsaved changes?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Showing your unpublished draft.</source>
        <translation>Showing your unpublished draft.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source> + draft</source>
        <translation> + draft</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red first.</source>
        <translation>Please correct the fields marked in red first.</translation>
    </message>
    <message>
        <source>Draft saved. The kiosk still shows the published version.</source>
        <translation>Draft saved. The kiosk still shows the published version.</translation>
    </message>
    <message>
        <source>Publish now?</source>
        <translation>Publish now?</translation>
    </message>
    <message>
        <source>Residents will see it at once.</source>
        <translation>Residents will see it at once.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Not published: please correct the fields marked in red.</source>
        <translation>Not published: please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Published as version %1.</source>
        <translation>Published as version %1.</translation>
    </message>
    <message>
        <source>Archive this item?</source>
        <translation>Archive this item?</translation>
    </message>
    <message>
        <source>Residents will no longer see it. It stays in the history (存档) and can be restored.</source>
        <translation>Residents will no longer see it. It stays in the history (存档) and can be restored.</translation>
    </message>
    <message>
        <source>Archived as version %1.</source>
        <translation>Archived as version %1.</translation>
    </message>
    <message>
        <source>Delete this draft?</source>
        <translation>Delete this draft?</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Draft deleted.</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restored as version %2.</translation>
    </message>
    <message>
        <source>Preview: residents will see exactly this once it is published.</source>
        <translation>Preview: residents will see exactly this once it is published.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>Cancel schedule</translation>
    </message>
    <message>
        <source> · new version from %1</source>
        <translation> · new version from %1</translation>
    </message>
    <message>
        <source>Showing the version that goes live on %1. Until then residents see the one published now.</source>
        <translation>Showing the version that goes live on %1. Until then residents see the one published now.</translation>
    </message>
    <message>
        <source>Showing the version that goes live on %1.</source>
        <translation>Showing the version that goes live on %1.</translation>
    </message>
    <message>
        <source>This version takes effect on this day (计划生效日期). Until then residents see the version published now, if there is one.</source>
        <translation>This version takes effect on this day (计划生效日期). Until then residents see the version published now, if there is one.</translation>
    </message>
    <message>
        <source>Residents see this version from this moment. Until then they see the version published now, if there is one.</source>
        <translation>Residents see this version from this moment. Until then they see the version published now, if there is one.</translation>
    </message>
    <message>
        <source>Scheduled: residents see this version from %1.</source>
        <translation>Scheduled: residents see this version from %1.</translation>
    </message>
    <message>
        <source>Cancel the scheduled version?</source>
        <translation>Cancel the scheduled version?</translation>
    </message>
    <message>
        <source>The version published now stays as it is.</source>
        <translation>The version published now stays as it is.</translation>
    </message>
    <message>
        <source>The scheduled version was cancelled.</source>
        <translation>The scheduled version was cancelled.</translation>
    </message>
</context>
<context>
    <name>ErrorLogPage</name>
    <message>
        <source>Errors and hidden items</source>
        <translation>Errors and hidden items</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>Last errors</translation>
    </message>
    <message>
        <source>No errors recorded.</source>
        <translation>No errors recorded.</translation>
    </message>
    <message>
        <source>Content hidden because it cannot be shown</source>
        <translation>Content hidden because it cannot be shown</translation>
    </message>
    <message>
        <source>Could not check the content now (%1).</source>
        <translation>Could not check the content now (%1).</translation>
    </message>
    <message>
        <source>Nothing is hidden.</source>
        <translation>Nothing is hidden.</translation>
    </message>
    <message>
        <source>Translations not found</source>
        <translation>Translations not found</translation>
    </message>
    <message>
        <source>Log files: %1</source>
        <translation>Log files: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Code (编码)</source>
        <translation>Code (编码)</translation>
    </message>
    <message>
        <source>Name (名称)</source>
        <translation>Name (名称)</translation>
    </message>
    <message>
        <source>Title (标题)</source>
        <translation>Title (标题)</translation>
    </message>
    <message>
        <source>Text (正文)</source>
        <translation>Text (正文)</translation>
    </message>
    <message>
        <source>Order (排序)</source>
        <translation>Order (排序)</translation>
    </message>
    <message>
        <source>Phone (电话)</source>
        <translation>Phone (电话)</translation>
    </message>
    <message>
        <source>Address (地址)</source>
        <translation>Address (地址)</translation>
    </message>
    <message>
        <source>Duties (职责)</source>
        <translation>Duties (职责)</translation>
    </message>
    <message>
        <source>Location (位置)</source>
        <translation>Location (位置)</translation>
    </message>
    <message>
        <source>Note (说明)</source>
        <translation>Note (说明)</translation>
    </message>
    <message>
        <source>Remarks (备注)</source>
        <translation>Remarks (备注)</translation>
    </message>
    <message>
        <source>Basis (依据)</source>
        <translation>Basis (依据)</translation>
    </message>
    <message>
        <source>Status (状态)</source>
        <translation>Status (状态)</translation>
    </message>
    <message>
        <source>Shown from (发布时间)</source>
        <translation>Shown from (发布时间)</translation>
    </message>
    <message>
        <source>Shown until (下架时间)</source>
        <translation>Shown until (下架时间)</translation>
    </message>
    <message>
        <source>Disclosure form (公开形式)</source>
        <translation>Disclosure form (公开形式)</translation>
    </message>
    <message>
        <source>Sample content (示例数据)</source>
        <translation>Sample content (示例数据)</translation>
    </message>
    <message>
        <source>Enquiry phone (咨询电话)</source>
        <translation>Enquiry phone (咨询电话)</translation>
    </message>
    <message>
        <source>Complaint phone (监督投诉电话)</source>
        <translation>Complaint phone (监督投诉电话)</translation>
    </message>
    <message>
        <source>Life event code (一件事编码)</source>
        <translation>Life event code (一件事编码)</translation>
    </message>
    <message>
        <source>Life event name (一件事名称)</source>
        <translation>Life event name (一件事名称)</translation>
    </message>
    <message>
        <source>Summary (说明)</source>
        <translation>Summary (说明)</translation>
    </message>
    <message>
        <source>Matters, in visiting order (包含事项,按办理顺序)</source>
        <translation>Matters, in visiting order (包含事项,按办理顺序)</translation>
    </message>
    <message>
        <source>Shared questions (共性问题)</source>
        <translation>Shared questions (共性问题)</translation>
    </message>
    <message>
        <source>Question → matter situation (情形对应)</source>
        <translation>Question → matter situation (情形对应)</translation>
    </message>
    <message>
        <source>Answers the life event settles (预设答案)</source>
        <translation>Answers the life event settles (预设答案)</translation>
    </message>
    <message>
        <source>Same paper, different names (同一材料)</source>
        <translation>Same paper, different names (同一材料)</translation>
    </message>
    <message>
        <source>Materials not to bring (免提交材料)</source>
        <translation>Materials not to bring (免提交材料)</translation>
    </message>
    <message>
        <source>Promised time limit of the whole (一件事承诺时限)</source>
        <translation>Promised time limit of the whole (一件事承诺时限)</translation>
    </message>
    <message>
        <source>Question code (问题编码)</source>
        <translation>Question code (问题编码)</translation>
    </message>
    <message>
        <source>Options (选项)</source>
        <translation>Options (选项)</translation>
    </message>
    <message>
        <source>Several answers (多选)</source>
        <translation>Several answers (多选)</translation>
    </message>
    <message>
        <source>Matter (事项)</source>
        <translation>Matter (事项)</translation>
    </message>
    <message>
        <source>Matter&apos;s options, in the question&apos;s order (对应选项)</source>
        <translation>Matter&apos;s options, in the question&apos;s order (对应选项)</translation>
    </message>
    <message>
        <source>Answer (答案)</source>
        <translation>Answer (答案)</translation>
    </message>
    <message>
        <source>Name on the merged list (合并后名称)</source>
        <translation>Name on the merged list (合并后名称)</translation>
    </message>
    <message>
        <source>Material name in that matter (材料名称)</source>
        <translation>Material name in that matter (材料名称)</translation>
    </message>
    <message>
        <source>Why it need not be brought (原因)</source>
        <translation>Why it need not be brought (原因)</translation>
    </message>
    <message>
        <source>Questions; the first is asked first (导办问题)</source>
        <translation>Questions; the first is asked first (导办问题)</translation>
    </message>
    <message>
        <source>Hint (提示)</source>
        <translation>Hint (提示)</translation>
    </message>
    <message>
        <source>Buttons (选项)</source>
        <translation>Buttons (选项)</translation>
    </message>
    <message>
        <source>Button text (选项)</source>
        <translation>Button text (选项)</translation>
    </message>
    <message>
        <source>Next question code (下一个问题)</source>
        <translation>Next question code (下一个问题)</translation>
    </message>
    <message>
        <source>Or: a life event (一件事)</source>
        <translation>Or: a life event (一件事)</translation>
    </message>
    <message>
        <source>Or: matters (事项)</source>
        <translation>Or: matters (事项)</translation>
    </message>
    <message>
        <source>Answers set, code=option (预设答案)</source>
        <translation>Answers set, code=option (预设答案)</translation>
    </message>
    <message>
        <source>Matter code (事项编码)</source>
        <translation>Matter code (事项编码)</translation>
    </message>
    <message>
        <source>Matter name (事项名称)</source>
        <translation>Matter name (事项名称)</translation>
    </message>
    <message>
        <source>Matter type (事项类型)</source>
        <translation>Matter type (事项类型)</translation>
    </message>
    <message>
        <source>Implementing body (实施主体)</source>
        <translation>Implementing body (实施主体)</translation>
    </message>
    <message>
        <source>Who it serves (服务对象)</source>
        <translation>Who it serves (服务对象)</translation>
    </message>
    <message>
        <source>Legal basis (设定依据)</source>
        <translation>Legal basis (设定依据)</translation>
    </message>
    <message>
        <source>Acceptance conditions (受理条件)</source>
        <translation>Acceptance conditions (受理条件)</translation>
    </message>
    <message>
        <source>Procedure (办理流程)</source>
        <translation>Procedure (办理流程)</translation>
    </message>
    <message>
        <source>Handling kind (办件类型)</source>
        <translation>Handling kind (办件类型)</translation>
    </message>
    <message>
        <source>Statutory time limit (法定办结时限)</source>
        <translation>Statutory time limit (法定办结时限)</translation>
    </message>
    <message>
        <source>Promised time limit (承诺办结时限)</source>
        <translation>Promised time limit (承诺办结时限)</translation>
    </message>
    <message>
        <source>Charges a fee (是否收费)</source>
        <translation>Charges a fee (是否收费)</translation>
    </message>
    <message>
        <source>Fee statement (收费标准)</source>
        <translation>Fee statement (收费标准)</translation>
    </message>
    <message>
        <source>Fee items (收费项目)</source>
        <translation>Fee items (收费项目)</translation>
    </message>
    <message>
        <source>Where (办理地点)</source>
        <translation>Where (办理地点)</translation>
    </message>
    <message>
        <source>Window (办理窗口)</source>
        <translation>Window (办理窗口)</translation>
    </message>
    <message>
        <source>Hours (办理时间)</source>
        <translation>Hours (办理时间)</translation>
    </message>
    <message>
        <source>Open on holidays (节假日可办理)</source>
        <translation>Open on holidays (节假日可办理)</translation>
    </message>
    <message>
        <source>Result (结果名称)</source>
        <translation>Result (结果名称)</translation>
    </message>
    <message>
        <source>Result sample (结果样本)</source>
        <translation>Result sample (结果样本)</translation>
    </message>
    <message>
        <source>Result sample file (结果样本文件)</source>
        <translation>Result sample file (结果样本文件)</translation>
    </message>
    <message>
        <source>Visits to the hall (到办事现场次数)</source>
        <translation>Visits to the hall (到办事现场次数)</translation>
    </message>
    <message>
        <source>Why a visit is needed (必须现场办理原因)</source>
        <translation>Why a visit is needed (必须现场办理原因)</translation>
    </message>
    <message>
        <source>Can be done online (是否网办)</source>
        <translation>Can be done online (是否网办)</translation>
    </message>
    <message>
        <source>Online address (网办地址)</source>
        <translation>Online address (网办地址)</translation>
    </message>
    <message>
        <source>Questions and answers (常见问题)</source>
        <translation>Questions and answers (常见问题)</translation>
    </message>
    <message>
        <source>Themes (主题分类)</source>
        <translation>Themes (主题分类)</translation>
    </message>
    <message>
        <source>Situations (情形)</source>
        <translation>Situations (情形)</translation>
    </message>
    <message>
        <source>Materials (申请材料)</source>
        <translation>Materials (申请材料)</translation>
    </message>
    <message>
        <source>Takes effect (计划生效日期)</source>
        <translation>Takes effect (计划生效日期)</translation>
    </message>
    <message>
        <source>Withdrawn on (计划取消日期)</source>
        <translation>Withdrawn on (计划取消日期)</translation>
    </message>
    <message>
        <source>Days (时限, 0 = 即办)</source>
        <translation>Days (时限, 0 = 即办)</translation>
    </message>
    <message>
        <source>Unit (单位)</source>
        <translation>Unit (单位)</translation>
    </message>
    <message>
        <source>Step (环节名称)</source>
        <translation>Step (环节名称)</translation>
    </message>
    <message>
        <source>What happens (办理说明)</source>
        <translation>What happens (办理说明)</translation>
    </message>
    <message>
        <source>Fee item (收费项目名称)</source>
        <translation>Fee item (收费项目名称)</translation>
    </message>
    <message>
        <source>Standard (收费标准)</source>
        <translation>Standard (收费标准)</translation>
    </message>
    <message>
        <source>Basis (收费依据)</source>
        <translation>Basis (收费依据)</translation>
    </message>
    <message>
        <source>Can be reduced (是否可减免)</source>
        <translation>Can be reduced (是否可减免)</translation>
    </message>
    <message>
        <source>Reduction basis (减免依据)</source>
        <translation>Reduction basis (减免依据)</translation>
    </message>
    <message>
        <source>Question (问题)</source>
        <translation>Question (问题)</translation>
    </message>
    <message>
        <source>Answer (解答)</source>
        <translation>Answer (解答)</translation>
    </message>
    <message>
        <source>Situation code (情形编码)</source>
        <translation>Situation code (情形编码)</translation>
    </message>
    <message>
        <source>Question (情形问题)</source>
        <translation>Question (情形问题)</translation>
    </message>
    <message>
        <source>Answers (选项)</source>
        <translation>Answers (选项)</translation>
    </message>
    <message>
        <source>Material (材料名称)</source>
        <translation>Material (材料名称)</translation>
    </message>
    <message>
        <source>Necessity (必要性)</source>
        <translation>Necessity (必要性)</translation>
    </message>
    <message>
        <source>Material type (材料类型)</source>
        <translation>Material type (材料类型)</translation>
    </message>
    <message>
        <source>Form (材料形式)</source>
        <translation>Form (材料形式)</translation>
    </message>
    <message>
        <source>Original or copy (原件/复印件)</source>
        <translation>Original or copy (原件/复印件)</translation>
    </message>
    <message>
        <source>Copies (份数)</source>
        <translation>Copies (份数)</translation>
    </message>
    <message>
        <source>Paper size (纸质规格)</source>
        <translation>Paper size (纸质规格)</translation>
    </message>
    <message>
        <source>Source (来源渠道)</source>
        <translation>Source (来源渠道)</translation>
    </message>
    <message>
        <source>Source note (来源渠道说明)</source>
        <translation>Source note (来源渠道说明)</translation>
    </message>
    <message>
        <source>Blank form (空白表格)</source>
        <translation>Blank form (空白表格)</translation>
    </message>
    <message>
        <source>Filled-in sample (示例样表)</source>
        <translation>Filled-in sample (示例样表)</translation>
    </message>
    <message>
        <source>How to fill it in (填报须知)</source>
        <translation>How to fill it in (填报须知)</translation>
    </message>
    <message>
        <source>Acceptance standard (受理标准)</source>
        <translation>Acceptance standard (受理标准)</translation>
    </message>
    <message>
        <source>Why it is required (要求提供的依据)</source>
        <translation>Why it is required (要求提供的依据)</translation>
    </message>
    <message>
        <source>Needed when (适用情形)</source>
        <translation>Needed when (适用情形)</translation>
    </message>
    <message>
        <source>Hall name (大厅名称)</source>
        <translation>Hall name (大厅名称)</translation>
    </message>
    <message>
        <source>Short name (简称, on notices)</source>
        <translation>Short name (简称, on notices)</translation>
    </message>
    <message>
        <source>Opening hours (办公时间)</source>
        <translation>Opening hours (办公时间)</translation>
    </message>
    <message>
        <source>Complaint phone (投诉电话)</source>
        <translation>Complaint phone (投诉电话)</translation>
    </message>
    <message>
        <source>Supervision phone (监督电话)</source>
        <translation>Supervision phone (监督电话)</translation>
    </message>
    <message>
        <source>Email (电子邮箱)</source>
        <translation>Email (电子邮箱)</translation>
    </message>
    <message>
        <source>Report box (举报箱)</source>
        <translation>Report box (举报箱)</translation>
    </message>
    <message>
        <source>Introduction (简介)</source>
        <translation>Introduction (简介)</translation>
    </message>
    <message>
        <source>Logo (标志)</source>
        <translation>Logo (标志)</translation>
    </message>
    <message>
        <source>Walls (公开栏)</source>
        <translation>Walls (公开栏)</translation>
    </message>
    <message>
        <source>Wall title (公开栏标题)</source>
        <translation>Wall title (公开栏标题)</translation>
    </message>
    <message>
        <source>Wall (公开栏)</source>
        <translation>Wall (公开栏)</translation>
    </message>
    <message>
        <source>Audience (公开范围)</source>
        <translation>Audience (公开范围)</translation>
    </message>
    <message>
        <source>Theme (主题名称)</source>
        <translation>Theme (主题名称)</translation>
    </message>
    <message>
        <source>Icon (图标)</source>
        <translation>Icon (图标)</translation>
    </message>
    <message>
        <source>Department (部门名称)</source>
        <translation>Department (部门名称)</translation>
    </message>
    <message>
        <source>Window (窗口名称)</source>
        <translation>Window (窗口名称)</translation>
    </message>
    <message>
        <source>Staff number (工号)</source>
        <translation>Staff number (工号)</translation>
    </message>
    <message>
        <source>Full name (姓名)</source>
        <translation>Full name (姓名)</translation>
    </message>
    <message>
        <source>Position (职务)</source>
        <translation>Position (职务)</translation>
    </message>
    <message>
        <source>Window (所在窗口)</source>
        <translation>Window (所在窗口)</translation>
    </message>
    <message>
        <source>Photo (照片)</source>
        <translation>Photo (照片)</translation>
    </message>
    <message>
        <source>On duty (在岗)</source>
        <translation>On duty (在岗)</translation>
    </message>
    <message>
        <source>Channel (渠道类型)</source>
        <translation>Channel (渠道类型)</translation>
    </message>
    <message>
        <source>Number or address (号码/地址)</source>
        <translation>Number or address (号码/地址)</translation>
    </message>
    <message>
        <source>Received on (受理日期)</source>
        <translation>Received on (受理日期)</translation>
    </message>
    <message>
        <source>Complaint (投诉摘要)</source>
        <translation>Complaint (投诉摘要)</translation>
    </message>
    <message>
        <source>Result (处理结果)</source>
        <translation>Result (处理结果)</translation>
    </message>
    <message>
        <source>Plan (方案内容)</source>
        <translation>Plan (方案内容)</translation>
    </message>
    <message>
        <source>Opinions until (意见征集截止)</source>
        <translation>Opinions until (意见征集截止)</translation>
    </message>
    <message>
        <source>Public (对外公开)</source>
        <translation>Public (对外公开)</translation>
    </message>
    <message>
        <source>Staff only (对内公开)</source>
        <translation>Staff only (对内公开)</translation>
    </message>
    <message>
        <source>Draft (草稿)</source>
        <translation>Draft (草稿)</translation>
    </message>
    <message>
        <source>Pre-disclosure (预公开)</source>
        <translation>Pre-disclosure (预公开)</translation>
    </message>
    <message>
        <source>Published (已发布)</source>
        <translation>Published (已发布)</translation>
    </message>
    <message>
        <source>Archived (已存档)</source>
        <translation>Archived (已存档)</translation>
    </message>
    <message>
        <source>Scheduled (定时发布)</source>
        <translation>Scheduled (定时发布)</translation>
    </message>
    <message>
        <source>Priority (优先级; 紧急: a banner on every screen)</source>
        <translation>Priority (优先级; 紧急: a banner on every screen)</translation>
    </message>
    <message>
        <source>Laws, article by article (法律依据)</source>
        <translation>Laws, article by article (法律依据)</translation>
    </message>
    <message>
        <source>Windows with directions (办理窗口)</source>
        <translation>Windows with directions (办理窗口)</translation>
    </message>
    <message>
        <source>Enquiries: phone or other ways (咨询方式)</source>
        <translation>Enquiries: phone or other ways (咨询方式)</translation>
    </message>
    <message>
        <source>Complaints: phone or other ways (监督投诉方式)</source>
        <translation>Complaints: phone or other ways (监督投诉方式)</translation>
    </message>
    <message>
        <source>Administrative review (行政复议)</source>
        <translation>Administrative review (行政复议)</translation>
    </message>
    <message>
        <source>Lawsuit (行政诉讼)</source>
        <translation>Lawsuit (行政诉讼)</translation>
    </message>
    <message>
        <source>Review standard (审查标准)</source>
        <translation>Review standard (审查标准)</translation>
    </message>
    <message>
        <source>Law (法规名称)</source>
        <translation>Law (法规名称)</translation>
    </message>
    <message>
        <source>Document number (文号)</source>
        <translation>Document number (文号)</translation>
    </message>
    <message>
        <source>Article (条款)</source>
        <translation>Article (条款)</translation>
    </message>
    <message>
        <source>Text of the article (条文)</source>
        <translation>Text of the article (条文)</translation>
    </message>
    <message>
        <source>How to get there (乘车路线)</source>
        <translation>How to get there (乘车路线)</translation>
    </message>
    <message>
        <source>Map link (地图链接)</source>
        <translation>Map link (地图链接)</translation>
    </message>
    <message>
        <source>Originals, if counted apart (原件份数)</source>
        <translation>Originals, if counted apart (原件份数)</translation>
    </message>
    <message>
        <source>Photocopies, if counted apart (复印件份数)</source>
        <translation>Photocopies, if counted apart (复印件份数)</translation>
    </message>
    <message>
        <source>Signature required (签字要求)</source>
        <translation>Signature required (签字要求)</translation>
    </message>
    <message>
        <source>Several answers may be chosen (多选)</source>
        <translation>Several answers may be chosen (多选)</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Up one folder</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>Use this folder</translation>
    </message>
    <message>
        <source>Insert a USB disk: it appears here at the top.</source>
        <translation>Insert a USB disk: it appears here at the top.</translation>
    </message>
    <message>
        <source>USB disk %1</source>
        <translation>USB disk %1</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Home folder</translation>
    </message>
    <message>
        <source>This folder has no sub-folders.</source>
        <translation>This folder has no sub-folders.</translation>
    </message>
    <message>
        <source>No %1 files in this folder.</source>
        <translation>No %1 files in this folder.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>FilePickerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <source>This file cannot be shown here. Please ask at the window.</source>
        <translation>This file cannot be shown here. Please ask at the window.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Checking every item against the database…</source>
        <translation>Checking every item against the database…</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <source>Files and backups (文件与备份)</source>
        <translation>Files and backups (文件与备份)</translation>
    </message>
    <message>
        <source>Import content</source>
        <translation>Import content</translation>
    </message>
    <message>
        <source>Export content</source>
        <translation>Export content</translation>
    </message>
    <message>
        <source>Everything, as one file, into a folder you choose.</source>
        <translation>Everything, as one file, into a folder you choose.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder and export…</source>
        <translation>Choose a folder and export…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Nothing running</source>
        <translation>Nothing running</translation>
    </message>
    <message>
        <source>Choose what to do on the left. The outcome is shown here.</source>
        <translation>Choose what to do on the left. The outcome is shown here.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Could not check the file</source>
        <translation>Could not check the file</translation>
    </message>
    <message>
        <source>Ready to import %1</source>
        <translation>Ready to import %1</translation>
    </message>
    <message>
        <source>The file is in order: %1 new and %2 changed items. This was a check only, nothing has been written yet. Tap Import to save.</source>
        <translation>The file is in order: %1 new and %2 changed items. This was a check only, nothing has been written yet. Tap Import to save.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Saved. The kiosk now shows the imported content.</source>
        <translation>Saved. The kiosk now shows the imported content.</translation>
    </message>
    <message>
        <source> The first 500 are listed.</source>
        <translation> The first 500 are listed.</translation>
    </message>
    <message>
        <source>%1 problems in %2</source>
        <translation>%1 problems in %2</translation>
    </message>
    <message>
        <source>Nothing was imported and the database has not changed. Correct the file at these places, then choose it again.</source>
        <translation>Nothing was imported and the database has not changed. Correct the file at these places, then choose it again.</translation>
    </message>
    <message>
        <source>Location (位置)</source>
        <translation>Location (位置)</translation>
    </message>
    <message>
        <source>Explanation (说明)</source>
        <translation>Explanation (说明)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Choose a folder to export to</source>
        <translation>Choose a folder to export to</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>Open the folder, then tap Use this folder.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Backup folder: %1. Every day a backup is made there automatically; the newest %2 are kept.</source>
        <translation>Backup folder: %1. Every day a backup is made there automatically; the newest %2 are kept.</translation>
    </message>
    <message>
        <source>Last backup: none yet.</source>
        <translation>Last backup: none yet.</translation>
    </message>
    <message>
        <source>Last backup: %1, OK (%2).</source>
        <translation>Last backup: %1, OK (%2).</translation>
    </message>
    <message>
        <source>Last backup: %1, FAILED: %2</source>
        <translation>Last backup: %1, FAILED: %2</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>%1 — checked: complete and readable.</source>
        <translation>%1 — checked: complete and readable.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <source>Backups are named kiosk-date-time. The newest is at the top.</source>
        <translation>Backups are named kiosk-date-time. The newest is at the top.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>The content in %1 is imported over the current content. First the current database is backed up to %2, so this can be undone by restoring that copy.</source>
        <translation>The content in %1 is imported over the current content. First the current database is backed up to %2, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Everything goes back to how it was in %1: content, settings, staff PINs and the audit log. First the current database is backed up to %2, so this can be undone by restoring that copy.</source>
        <translation>Everything goes back to how it was in %1: content, settings, staff PINs and the audit log. First the current database is backed up to %2, so this can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Restore the hall&apos;s data from this backup?</source>
        <translation>Restore the hall&apos;s data from this backup?</translation>
    </message>
    <message>
        <source>Yes, restore</source>
        <translation>Yes, restore</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>Restoring %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <source>The kiosk now shows the restored content. The data as it was before is in %1.</source>
        <translation>The kiosk now shows the restored content. The data as it was before is in %1.</translation>
    </message>
    <message>
        <source>This kiosk&apos;s .json or .xlsx, the county&apos;s exchange tables (folder or .zip), AUDIT_* .json or an office spreadsheet. Checked and cleaned first, with a report: nothing changes until you tap Import.</source>
        <translation>This kiosk&apos;s .json or .xlsx, the county&apos;s exchange tables (folder or .zip), AUDIT_* .json or an office spreadsheet. Checked and cleaned first, with a report: nothing changes until you tap Import.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Publish rule-breakers</source>
        <translation>Publish rule-breakers</translation>
    </message>
    <message>
        <source>Matters that break a quality rule are imported as drafts unless this is on.</source>
        <translation>Matters that break a quality rule are imported as drafts unless this is on.</translation>
    </message>
    <message>
        <source>Only .json, .xlsx, .csv and .zip files are listed.</source>
        <translation>Only .json, .xlsx, .csv and .zip files are listed.</translation>
    </message>
    <message>
        <source>Choose the folder of national exchange tables</source>
        <translation>Choose the folder of national exchange tables</translation>
    </message>
    <message>
        <source>Open the folder holding up_task_general_basic.csv and the other tables, then tap Use this folder.</source>
        <translation>Open the folder holding up_task_general_basic.csv and the other tables, then tap Use this folder.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>The column mapping was cancelled.</source>
        <translation>The column mapping was cancelled.</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Which column is which?</translation>
    </message>
    <message>
        <source>Confirm the columns of %1.</source>
        <translation>Confirm the columns of %1.</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Save the report…</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Where in the file</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>Choose a folder for the report</translation>
    </message>
    <message>
        <source>Could not save the report</source>
        <translation>Could not save the report</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Report saved</translation>
    </message>
</context>
<context>
    <name>FloorPlanScreen</name>
    <message>
        <source>Where to go</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>Please go to %1</translation>
    </message>
    <message>
        <source>Hall plan</source>
        <translation>Hall plan</translation>
    </message>
    <message>
        <source>This window is not marked on the plan yet. Look for its number above the counters, or ask a staff member.</source>
        <translation>This window is not marked on the plan yet. Look for its number above the counters, or ask a staff member.</translation>
    </message>
    <message>
        <source>The window is on %1; you are on %2.</source>
        <translation>The window is on %1; you are on %2.</translation>
    </message>
    <message>
        <source>No floor plan has been set up for this hall.</source>
        <translation>No floor plan has been set up for this hall.</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>red: your window</source>
        <translation>red: your window</translation>
    </message>
    <message>
        <source>blue: you are here (this kiosk)</source>
        <translation>blue: you are here (this kiosk)</translation>
    </message>
</context>
<context>
    <name>FloorPlansPage</name>
    <message>
        <source>Floor plans</source>
        <translation>Floor plans</translation>
    </message>
    <message>
        <source>Upload a PNG or SVG plan for each floor. Choose a window (or this kiosk) on the right, then tap where it is on the plan.</source>
        <translation>Upload a PNG or SVG plan for each floor. Choose a window (or this kiosk) on the right, then tap where it is on the plan.</translation>
    </message>
    <message>
        <source>Floor code, e.g. 1F</source>
        <translation>Floor code, e.g. 1F</translation>
    </message>
    <message>
        <source>Floor name, e.g. 一楼</source>
        <translation>Floor name, e.g. 一楼</translation>
    </message>
    <message>
        <source>Upload plan image…</source>
        <translation>Upload plan image…</translation>
    </message>
    <message>
        <source>This kiosk&apos;s name, e.g. 一楼大厅一体机</source>
        <translation>This kiosk&apos;s name, e.g. 一楼大厅一体机</translation>
    </message>
    <message>
        <source>Save the kiosk&apos;s name</source>
        <translation>Save the kiosk&apos;s name</translation>
    </message>
    <message>
        <source>This kiosk (you are here)</source>
        <translation>This kiosk (you are here)</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>You are here</translation>
    </message>
    <message>
        <source>Upload a plan first, then choose what to place.</source>
        <translation>Upload a plan first, then choose what to place.</translation>
    </message>
    <message>
        <source>Placed. Guides now offer 「在地图上看」 for it.</source>
        <translation>Placed. Guides now offer 「在地图上看」 for it.</translation>
    </message>
    <message>
        <source>Plan saved for %1.</source>
        <translation>Plan saved for %1.</translation>
    </message>
    <message>
        <source>Saved. 呼叫帮办 calls from this kiosk carry this name.</source>
        <translation>Saved. 呼叫帮办 calls from this kiosk carry this name.</translation>
    </message>
</context>
<context>
    <name>GapsSection</name>
    <message>
        <source>Searches that found nothing</source>
        <translation>Searches that found nothing</translation>
    </message>
    <message>
        <source>Words searched</source>
        <translation>Words searched</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>%1 searches, %2 of them found nothing.</source>
        <translation>%1 searches, %2 of them found nothing.</translation>
    </message>
    <message>
        <source>The words of %1 looked personal (a phone or ID number) and were not kept.</source>
        <translation>The words of %1 looked personal (a phone or ID number) and were not kept.</translation>
    </message>
    <message>
        <source>No words to list.</source>
        <translation>No words to list.</translation>
    </message>
</context>
<context>
    <name>GuidanceCheckPage</name>
    <message>
        <source>Life events and questions check (导办检查)</source>
        <translation>Life events and questions check (导办检查)</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>The check could not run: %1</translation>
    </message>
    <message>
        <source>%1 problem(s) to fix.</source>
        <translation>%1 problem(s) to fix.</translation>
    </message>
    <message>
        <source>No problems: every path ends at a matter or a life event.</source>
        <translation>No problems: every path ends at a matter or a life event.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>This guide is no longer available.</source>
        <translation>This guide is no longer available.</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <source>Materials to bring (%1)</source>
        <translation>Materials to bring (%1)</translation>
    </message>
    <message>
        <source>No materials need to be handed in for this matter.</source>
        <translation>No materials need to be handed in for this matter.</translation>
    </message>
    <message>
        <source>Answer the questions above to see only what applies to you.</source>
        <translation>Answer the questions above to see only what applies to you.</translation>
    </message>
    <message>
        <source>In your situation no materials need to be handed in.</source>
        <translation>In your situation no materials need to be handed in.</translation>
    </message>
    <message>
        <source>Scan to take away</source>
        <translation>Scan to take away</translation>
    </message>
    <message>
        <source>Scan with your phone to take the checklist with you. Tap the code to enlarge it.</source>
        <translation>Scan with your phone to take the checklist with you. Tap the code to enlarge it.</translation>
    </message>
    <message>
        <source>Scan to apply online</source>
        <translation>Scan to apply online</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Print checklist</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>Please go to %1</translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Large</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Device health (设备状态)</source>
        <translation>Device health (设备状态)</translation>
    </message>
    <message>
        <source>Reading the kiosks…</source>
        <translation>Reading the kiosks…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The kiosks cannot be read right now: %1</source>
        <translation>The kiosks cannot be read right now: %1</translation>
    </message>
    <message>
        <source>No kiosk has reported yet. A kiosk reports when it starts and every minute.</source>
        <translation>No kiosk has reported yet. A kiosk reports when it starts and every minute.</translation>
    </message>
    <message>
        <source>Kiosks: %1 · needing a look: %2 (as of %3).</source>
        <translation>Kiosks: %1 · needing a look: %2 (as of %3).</translation>
    </message>
    <message>
        <source>Kiosks: %1 · all OK (as of %3).</source>
        <translation>Kiosks: %1 · all OK (as of %3).</translation>
    </message>
</context>
<context>
    <name>HelpAlerts</name>
    <message>
        <source>%1 calls for help at %2 — %3 — waiting %4</source>
        <translation>%1 calls for help at %2 — %3 — waiting %4</translation>
    </message>
    <message>
        <source>no matter open</source>
        <translation>no matter open</translation>
    </message>
    <message>
        <source>I&apos;ll go</source>
        <translation>I&apos;ll go</translation>
    </message>
</context>
<context>
    <name>HelpCall</name>
    <message>
        <source>Call staff</source>
        <translation>Call staff</translation>
    </message>
</context>
<context>
    <name>HelpCallDialog</name>
    <message>
        <source>A staff member is on the way</source>
        <translation>A staff member is on the way</translation>
    </message>
    <message>
        <source>Calling the staff…</source>
        <translation>Calling the staff…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Please wait here, at %1.</source>
        <translation>Please wait here, at %1.</translation>
    </message>
    <message>
        <source>The staff have been told. Someone will come to you shortly.</source>
        <translation>The staff have been told. Someone will come to you shortly.</translation>
    </message>
    <message>
        <source>The call could not be sent</source>
        <translation>The call could not be sent</translation>
    </message>
    <message>
        <source>Please ask at any window; the staff will gladly help.</source>
        <translation>Please ask at any window; the staff will gladly help.</translation>
    </message>
    <message>
        <source>A staff member</source>
        <translation>A staff member</translation>
    </message>
    <message>
        <source>%1 has seen your call and is coming.</source>
        <translation>%1 has seen your call and is coming.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>Tap one version to see what restoring it would change, or two to compare them.</source>
        <translation>Tap one version to see what restoring it would change, or two to compare them.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restoring v%1 would change:</source>
        <translation>Restoring v%1 would change:</translation>
    </message>
    <message>
        <source>From v%1 to v%2:</source>
        <translation>From v%1 to v%2:</translation>
    </message>
    <message>
        <source>This is the current version.</source>
        <translation>This is the current version.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>%1 change(s)</source>
        <translation>%1 change(s)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Not sure? Ask me</source>
        <translation>Not sure? Ask me</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Public disclosure</source>
        <translation>Public disclosure</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Find a service</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Our staff</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>Plans for comment</source>
        <translation>Plans for comment</translation>
    </message>
    <message>
        <source>Welcome. Tap a tile to begin.</source>
        <translation>Welcome. Tap a tile to begin.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Enquiries: %1</source>
        <translation>Enquiries: %1</translation>
    </message>
    <message>
        <source>My application</source>
        <translation>My application</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Kiosk use by hour of day</source>
        <translation>Kiosk use by hour of day</translation>
    </message>
    <message>
        <source>Guides opened, checklists printed and searches, by the hour they happened: %1 in all.</source>
        <translation>Guides opened, checklists printed and searches, by the hour they happened: %1 in all.</translation>
    </message>
    <message>
        <source>Nobody used the kiosk in this period.</source>
        <translation>Nobody used the kiosk in this period.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Keep using</source>
        <translation>Keep using</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <source>In %1 seconds the kiosk goes back to the home screen and clears what you entered.</source>
        <translation>In %1 seconds the kiosk goes back to the home screen and clears what you entered.</translation>
    </message>
</context>
<context>
    <name>InternalDisclosuresPage</name>
    <message>
        <source>Internal disclosures</source>
        <translation>Internal disclosures</translation>
    </message>
    <message>
        <source>For hall staff only (对内公开). These texts are never shown on the public screens.</source>
        <translation>For hall staff only (对内公开). These texts are never shown on the public screens.</translation>
    </message>
    <message>
        <source>There are no internal disclosures.</source>
        <translation>There are no internal disclosures.</translation>
    </message>
    <message>
        <source>Internal disclosures cannot be read on this kiosk.</source>
        <translation>Internal disclosures cannot be read on this kiosk.</translation>
    </message>
    <message>
        <source>This kiosk connects to the hall&apos;s database with the kiosk account, which never sees staff-only texts, so that they stay safe even on a station in a public place. Read them on a window PC or the office PC.</source>
        <translation>This kiosk connects to the hall&apos;s database with the kiosk account, which never sees staff-only texts, so that they stay safe even on a station in a public place. Read them on a window PC or the office PC.</translation>
    </message>
</context>
<context>
    <name>KioskCard</name>
    <message>
        <source>Needs a look</source>
        <translation>Needs a look</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Host %1 · id %2</source>
        <translation>Host %1 · id %2</translation>
    </message>
    <message>
        <source>Not heard from for %1 minutes.</source>
        <translation>Not heard from for %1 minutes.</translation>
    </message>
    <message>
        <source>The printer cannot print: %1</source>
        <translation>The printer cannot print: %1</translation>
    </message>
    <message>
        <source>%1 errors in the last ten minutes.</source>
        <translation>%1 errors in the last ten minutes.</translation>
    </message>
    <message>
        <source>The disk is nearly full (%1 free).</source>
        <translation>The disk is nearly full (%1 free).</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>the system&apos;s default printer</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>saves to a folder</source>
        <translation>saves to a folder</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>state unknown</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Last heard from</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Screen shown</source>
        <translation>Screen shown</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Free disk</translation>
    </message>
    <message>
        <source>Database answered in</source>
        <translation>Database answered in</translation>
    </message>
    <message>
        <source>Waiting to be sent (outbox)</source>
        <translation>Waiting to be sent (outbox)</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>Last errors</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove from the list…</source>
        <translation>Remove from the list…</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Save name</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Remove %1 from the list? It comes back if it reports again.</source>
        <translation>Remove %1 from the list? It comes back if it reports again.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>KioskOverridesPanel</name>
    <message>
        <source>Per-kiosk settings</source>
        <translation>Per-kiosk settings</translation>
    </message>
    <message>
        <source>A kiosk sharing this database can use its own orientation, printer and idle time; everything else is the hall&apos;s. A kiosk is listed once it has been online; or type the kiosk id it shows (kiosk outbox prints it). The kiosk applies a change within half a minute.</source>
        <translation>A kiosk sharing this database can use its own orientation, printer and idle time; everything else is the hall&apos;s. A kiosk is listed once it has been online; or type the kiosk id it shows (kiosk outbox prints it). The kiosk applies a change within half a minute.</translation>
    </message>
    <message>
        <source>Kiosk id</source>
        <translation>Kiosk id</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Name shown here, e.g. the station&apos;s name</source>
        <translation>Name shown here, e.g. the station&apos;s name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>Idle time</translation>
    </message>
    <message>
        <source>This kiosk:</source>
        <translation>This kiosk:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>cups:NAME, folder:/path or a CUPS queue name</source>
        <translation>cups:NAME, folder:/path or a CUPS queue name</translation>
    </message>
    <message>
        <source>Save for this kiosk</source>
        <translation>Save for this kiosk</translation>
    </message>
    <message>
        <source>No kiosk has been online on this database yet.</source>
        <translation>No kiosk has been online on this database yet.</translation>
    </message>
    <message>
        <source>Kiosk %1</source>
        <translation>Kiosk %1</translation>
    </message>
    <message>
        <source>this kiosk</source>
        <translation>this kiosk</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>last seen %1</translation>
    </message>
    <message>
        <source>own settings: %1</source>
        <translation>own settings: %1</translation>
    </message>
    <message>
        <source>Settings of kiosk %1</source>
        <translation>Settings of kiosk %1</translation>
    </message>
    <message>
        <source>Hall setting (%1)</source>
        <translation>Hall setting (%1)</translation>
    </message>
    <message>
        <source>Hall setting (%1 s)</source>
        <translation>Hall setting (%1 s)</translation>
    </message>
    <message>
        <source>Printer: type cups:NAME, folder:/path or a CUPS queue name, or choose the hall setting.</source>
        <translation>Printer: type cups:NAME, folder:/path or a CUPS queue name, or choose the hall setting.</translation>
    </message>
    <message>
        <source>Not saved: please correct the field marked in red.</source>
        <translation>Not saved: please correct the field marked in red.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nothing to save: no setting was changed.</translation>
    </message>
    <message>
        <source>Saved (%1 changed); the kiosk applies it within half a minute.</source>
        <translation>Saved (%1 changed); the kiosk applies it within half a minute.</translation>
    </message>
</context>
<context>
    <name>LeaveKioskPage</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Closes the kiosk program and shows the computer&apos;s desktop, for maintenance. Residents cannot use the kiosk until it is started again (or the computer restarts).</source>
        <translation>Closes the kiosk program and shows the computer&apos;s desktop, for maintenance. Residents cannot use the kiosk until it is started again (or the computer restarts).</translation>
    </message>
    <message>
        <source>Leave kiosk mode…</source>
        <translation>Leave kiosk mode…</translation>
    </message>
    <message>
        <source>Close the kiosk program now?</source>
        <translation>Close the kiosk program now?</translation>
    </message>
    <message>
        <source>The screen will show the desktop until the kiosk is started again.</source>
        <translation>The screen will show the desktop until the kiosk is started again.</translation>
    </message>
    <message>
        <source>Yes, leave kiosk mode</source>
        <translation>Yes, leave kiosk mode</translation>
    </message>
    <message>
        <source>No, stay</source>
        <translation>No, stay</translation>
    </message>
</context>
<context>
    <name>ListField</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>Administrator sign-in</source>
        <translation>Administrator sign-in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>For hall staff only. Residents: please tap Cancel to return.</source>
        <translation>For hall staff only. Residents: please tap Cancel to return.</translation>
    </message>
    <message>
        <source>No PIN has been set up on this kiosk yet. The administrator sets PINs with the command: kiosk set-pin</source>
        <translation>No PIN has been set up on this kiosk yet. The administrator sets PINs with the command: kiosk set-pin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>%1: enter your PIN</source>
        <translation>%1: enter your PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>The PIN could not be checked: %1</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong PINs: try again in %1 min (at %2).</source>
        <translation>Wrong PIN. Too many wrong PINs: try again in %1 min (at %2).</translation>
    </message>
    <message>
        <source>Sign-in is locked after too many wrong PINs. Try again in %1 min (at %2).</source>
        <translation>Sign-in is locked after too many wrong PINs. Try again in %1 min (at %2).</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
        <source>Too many wrong PINs today: sign-in is closed until tomorrow. The administrator can reset the PIN.</source>
        <translation>Too many wrong PINs today: sign-in is closed until tomorrow. The administrator can reset the PIN.</translation>
    </message>
    <message>
        <source>This person has no PIN. Please ask the administrator.</source>
        <translation>This person has no PIN. Please ask the administrator.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Which column is which</source>
        <translation>Which column is which</translation>
    </message>
    <message>
        <source>Which column is which (%1)</source>
        <translation>Which column is which (%1)</translation>
    </message>
    <message>
        <source>The table starts at row %1 of sheet %2. Each column below shows what it will be read as; change any that is wrong. Nothing is written until you have checked the result and tapped Import.</source>
        <translation>The table starts at row %1 of sheet %2. Each column below shows what it will be read as; change any that is wrong. Nothing is written until you have checked the result and tapped Import.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Check with this mapping</source>
        <translation>Check with this mapping</translation>
    </message>
</context>
<context>
    <name>MaterialTick</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>To supply</source>
        <translation>To supply</translation>
    </message>
    <message>
        <source>Why it has to be supplied:</source>
        <translation>Why it has to be supplied:</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <source>Say what is wrong, e.g. the seal is missing</source>
        <translation>Say what is wrong, e.g. the seal is missing</translation>
    </message>
</context>
<context>
    <name>MatterList</name>
    <message>
        <source>Done on the spot</source>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>Within %1 working days</source>
        <translation>Within %1 working days</translation>
    </message>
</context>
<context>
    <name>MattersSection</name>
    <message>
        <source>Most used service guides</source>
        <translation>Most used service guides</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>No guide was opened or printed in this period. Each guide a resident opens is counted here.</source>
        <translation>No guide was opened or printed in this period. Each guide a resident opens is counted here.</translation>
    </message>
</context>
<context>
    <name>MissingNoticePage</name>
    <message>
        <source>Life event: %1</source>
        <translation>Life event: %1</translation>
    </message>
    <message>
        <source>%1 matters, one notice</source>
        <translation>%1 matters, one notice</translation>
    </message>
    <message>
        <source>No installed font has %1: the notice prints 〓 in its place. Write the character in by hand on both copies, or ask the administrator to install the fonts named in the README.</source>
        <translation>No installed font has %1: the notice prints 〓 in its place. Write the character in by hand on both copies, or ask the administrator to install the fonts named in the README.</translation>
    </message>
    <message>
        <source>Missing-materials notice</source>
        <translation>Missing-materials notice</translation>
    </message>
    <message>
        <source>Tell the applicant everything that is missing, all at once (行政许可法 §32). First choose the matter.</source>
        <translation>Tell the applicant everything that is missing, all at once (行政许可法 §32). First choose the matter.</translation>
    </message>
    <message>
        <source>Matter name, pinyin initials or code</source>
        <translation>Matter name, pinyin initials or code</translation>
    </message>
    <message>
        <source>Applicant (optional)</source>
        <translation>Applicant (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rare character…</source>
        <translation>Rare character…</translation>
    </message>
    <message>
        <source>Change matter</source>
        <translation>Change matter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The applicant&apos;s situation</source>
        <translation>The applicant&apos;s situation</translation>
    </message>
    <message>
        <source>Materials (%1)</source>
        <translation>Materials (%1)</translation>
    </message>
    <message>
        <source>Mark each material the applicant handed in; for each missing one, say why.</source>
        <translation>Mark each material the applicant handed in; for each missing one, say why.</translation>
    </message>
    <message>
        <source>Answer every question about the applicant&apos;s situation first.</source>
        <translation>Answer every question about the applicant&apos;s situation first.</translation>
    </message>
    <message>
        <source>Say what is wrong with material %1.</source>
        <translation>Say what is wrong with material %1.</translation>
    </message>
    <message>
        <source>Check the notice, then issue it</source>
        <translation>Check the notice, then issue it</translation>
    </message>
    <message>
        <source>Received: %1 · To supply: %2</source>
        <translation>Received: %1 · To supply: %2</translation>
    </message>
    <message>
        <source>Issuing gives the notice the next serial number and keeps it in the archive.</source>
        <translation>Issuing gives the notice the next serial number and keeps it in the archive.</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>Preparing the notice…</translation>
    </message>
    <message>
        <source>Back to edit</source>
        <translation>Back to edit</translation>
    </message>
    <message>
        <source>Issue and print 2 copies</source>
        <translation>Issue and print 2 copies</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>New notice</translation>
    </message>
    <message>
        <source>The notice could not be prepared.</source>
        <translation>The notice could not be prepared.</translation>
    </message>
    <message>
        <source>Issuing the notice…</source>
        <translation>Issuing the notice…</translation>
    </message>
    <message>
        <source>Notice issued</source>
        <translation>Notice issued</translation>
    </message>
    <message>
        <source>Kept in the archive; it can be reprinted under this number.</source>
        <translation>Kept in the archive; it can be reprinted under this number.</translation>
    </message>
    <message>
        <source>2 copies printed: one for the applicant to sign and keep, one for the file.</source>
        <translation>2 copies printed: one for the applicant to sign and keep, one for the file.</translation>
    </message>
    <message>
        <source>The database cannot be reached and this kiosk&apos;s reserved serial numbers are used up, so the notice carries a provisional number. It gets its serial number as soon as the kiosk is back online; then reprint it under either number (Reprint a notice).</source>
        <translation>The database cannot be reached and this kiosk&apos;s reserved serial numbers are used up, so the notice carries a provisional number. It gets its serial number as soon as the kiosk is back online; then reprint it under either number (Reprint a notice).</translation>
    </message>
    <message>
        <source>Tick every one that applies.</source>
        <translation>Tick every one that applies.</translation>
    </message>
</context>
<context>
    <name>MonthsSection</name>
    <message>
        <source>Ratings by month</source>
        <translation>Ratings by month</translation>
    </message>
    <message>
        <source>Month (ratings)</source>
        <translation>Month (ratings)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>The chart shows the satisfied share of overall satisfaction.</source>
        <translation>The chart shows the satisfied share of overall satisfaction.</translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation>No ratings in this period.</translation>
    </message>
</context>
<context>
    <name>NightScreen</name>
    <message>
        <source>Touch the screen to use the kiosk</source>
        <translation>Touch the screen to use the kiosk</translation>
    </message>
</context>
<context>
    <name>NoticesScreen</name>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>There are no notices at the moment.</source>
        <translation>There are no notices at the moment.</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>Shown until %1</source>
        <translation>Shown until %1</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>OpinionCard</name>
    <message>
        <source>no contact left</source>
        <translation>no contact left</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Not adopted</translation>
    </message>
    <message>
        <source>Why (needed when not adopted; how, when adopted)</source>
        <translation>Why (needed when not adopted; how, when adopted)</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not adopted: %1</source>
        <translation>Not adopted: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Choose adopted or not adopted first.</source>
        <translation>Choose adopted or not adopted first.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>Opinions on plans (预公开意见)</source>
        <translation>Opinions on plans (预公开意见)</translation>
    </message>
    <message>
        <source>Plans, newest first</source>
        <translation>Plans, newest first</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Publish the decision…</source>
        <translation>Publish the decision…</translation>
    </message>
    <message>
        <source>Opinions: %1</source>
        <translation>Opinions: %1</translation>
    </message>
    <message>
        <source>shown from %1</source>
        <translation>shown from %1</translation>
    </message>
    <message>
        <source>opinions closed on %1</source>
        <translation>opinions closed on %1</translation>
    </message>
    <message>
        <source>taking opinions until %1</source>
        <translation>taking opinions until %1</translation>
    </message>
    <message>
        <source>taking opinions</source>
        <translation>taking opinions</translation>
    </message>
    <message>
        <source>decided and published</source>
        <translation>decided and published</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>the plan no longer exists</source>
        <translation>the plan no longer exists</translation>
    </message>
    <message>
        <source>No plans yet</source>
        <translation>No plans yet</translation>
    </message>
    <message>
        <source>Plans published under Pre-disclosure (预公开) are listed here with the opinions residents leave on them at the kiosk.</source>
        <translation>Plans published under Pre-disclosure (预公开) are listed here with the opinions residents leave on them at the kiosk.</translation>
    </message>
    <message>
        <source>No opinions on this plan yet.</source>
        <translation>No opinions on this plan yet.</translation>
    </message>
    <message>
        <source>Support %1</source>
        <translation>Support %1</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Against %1</translation>
    </message>
    <message>
        <source>Other %1</source>
        <translation>Other %1</translation>
    </message>
    <message>
        <source>Adopted %1</source>
        <translation>Adopted %1</translation>
    </message>
    <message>
        <source>Not adopted %1</source>
        <translation>Not adopted %1</translation>
    </message>
    <message>
        <source>Not answered %1</source>
        <translation>Not answered %1</translation>
    </message>
    <message>
        <source>Decision published %1 (the plan and its opinions are archived)</source>
        <translation>Decision published %1 (the plan and its opinions are archived)</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>What the opinions said</source>
        <translation>What the opinions said</translation>
    </message>
    <message>
        <source>How the plan changed</source>
        <translation>How the plan changed</translation>
    </message>
    <message>
        <source>The decision is published: the kiosk shows it where the plan was.</source>
        <translation>The decision is published: the kiosk shows it where the plan was.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV file</source>
        <translation>Choose a folder for the CSV file</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>Open the folder, then tap Use this folder.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>PredisclosureScreen</name>
    <message>
        <source>Plans for comment</source>
        <translation>Plans for comment</translation>
    </message>
    <message>
        <source>These plans are published before a decision is made. Read them and tell us what you think.</source>
        <translation>These plans are published before a decision is made. Read them and tell us what you think.</translation>
    </message>
    <message>
        <source>No plans are open for comment at the moment.</source>
        <translation>No plans are open for comment at the moment.</translation>
    </message>
    <message>
        <source>Decisions on earlier plans</source>
        <translation>Decisions on earlier plans</translation>
    </message>
    <message>
        <source>What was decided after residents gave their opinions, and how the plan changed.</source>
        <translation>What was decided after residents gave their opinions, and how the plan changed.</translation>
    </message>
    <message>
        <source>Decided on %1</source>
        <translation>Decided on %1</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>The decision</translation>
    </message>
    <message>
        <source>What residents said</source>
        <translation>What residents said</translation>
    </message>
    <message>
        <source>How the plan changed</source>
        <translation>How the plan changed</translation>
    </message>
    <message>
        <source>Give your opinion</source>
        <translation>Give your opinion</translation>
    </message>
    <message>
        <source>The period for opinions has ended. Thank you for your interest.</source>
        <translation>The period for opinions has ended. Thank you for your interest.</translation>
    </message>
    <message>
        <source>Opinions until: %1</source>
        <translation>Opinions until: %1</translation>
    </message>
    <message>
        <source>This plan is no longer open for comment.</source>
        <translation>This plan is no longer open for comment.</translation>
    </message>
    <message>
        <source>Your opinion</source>
        <translation>Your opinion</translation>
    </message>
    <message>
        <source>Do you support this plan? (optional)</source>
        <translation>Do you support this plan? (optional)</translation>
    </message>
    <message>
        <source>What do you think of this plan?</source>
        <translation>What do you think of this plan?</translation>
    </message>
    <message>
        <source>Tap here to type your opinion</source>
        <translation>Tap here to type your opinion</translation>
    </message>
    <message>
        <source>Contact (optional): a phone number or name, if you would like a reply</source>
        <translation>Contact (optional): a phone number or name, if you would like a reply</translation>
    </message>
    <message>
        <source>Send opinion</source>
        <translation>Send opinion</translation>
    </message>
    <message>
        <source>I support it</source>
        <translation>I support it</translation>
    </message>
    <message>
        <source>I am against it</source>
        <translation>I am against it</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Type your opinion first; then you can send it.</source>
        <translation>Type your opinion first; then you can send it.</translation>
    </message>
    <message>
        <source>Sorry, the period for opinions on this plan has just ended.</source>
        <translation>Sorry, the period for opinions on this plan has just ended.</translation>
    </message>
    <message>
        <source>Sorry, your opinion could not be saved. Please try again, or tell our staff.</source>
        <translation>Sorry, your opinion could not be saved. Please try again, or tell our staff.</translation>
    </message>
    <message>
        <source>Thank you for your opinion</source>
        <translation>Thank you for your opinion</translation>
    </message>
    <message>
        <source>It will be read and considered before the decision is made.</source>
        <translation>It will be read and considered before the decision is made.</translation>
    </message>
    <message>
        <source>See all plans</source>
        <translation>See all plans</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Close preview</translation>
    </message>
</context>
<context>
    <name>PrintChecklistDialog</name>
    <message>
        <source>Print the checklist</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <source>Check the list on the paper, then tap Print.</source>
        <translation>Check the list on the paper, then tap Print.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preparing the checklist…</source>
        <translation>Preparing the checklist…</translation>
    </message>
    <message>
        <source>The checklist cannot be printed now. Please ask at the window.</source>
        <translation>The checklist cannot be printed now. Please ask at the window.</translation>
    </message>
    <message>
        <source>The checklist could not be prepared.</source>
        <translation>The checklist could not be prepared.</translation>
    </message>
    <message>
        <source>Cancel printing</source>
        <translation>Cancel printing</translation>
    </message>
</context>
<context>
    <name>PrintStatus</name>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Getting the printer ready…</source>
        <translation>Getting the printer ready…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Saved, not printed</source>
        <translation>Saved, not printed</translation>
    </message>
    <message>
        <source>No printer is connected; the notice was saved for the staff to print.</source>
        <translation>No printer is connected; the notice was saved for the staff to print.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Please take your paper from the printer.</source>
        <translation>Please take your paper from the printer.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Scan this code with your phone to take the list with you.</source>
        <translation>Scan this code with your phone to take the list with you.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress of notices</source>
        <translation>Progress of notices</translation>
    </message>
    <message>
        <source>Set where each application stands; residents see it at the kiosk by the notice&apos;s progress code.</source>
        <translation>Set where each application stands; residents see it at the kiosk by the notice&apos;s progress code.</translation>
    </message>
    <message>
        <source>Serial number, e.g. 0012</source>
        <translation>Serial number, e.g. 0012</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>The database does not answer; try again in a moment.</source>
        <translation>The database does not answer; try again in a moment.</translation>
    </message>
    <message>
        <source>not yet delivered</source>
        <translation>not yet delivered</translation>
    </message>
    <message>
        <source>No notice chosen.</source>
        <translation>No notice chosen.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
</context>
<context>
    <name>ProgressScreen</name>
    <message>
        <source>Progress of my application</source>
        <translation>Progress of my application</translation>
    </message>
    <message>
        <source>Type the 10-digit progress code printed under the serial of your notice.</source>
        <translation>Type the 10-digit progress code printed under the serial of your notice.</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Scan the QR code of my notice</source>
        <translation>Scan the QR code of my notice</translation>
    </message>
    <message>
        <source>No code could be read. Please type the code, or ask at the window.</source>
        <translation>No code could be read. Please type the code, or ask at the window.</translation>
    </message>
    <message>
        <source>No notice has this code. Please check the code on your notice.</source>
        <translation>No notice has this code. Please check the code on your notice.</translation>
    </message>
    <message>
        <source>Too many wrong codes. Please wait %1 seconds, or ask at the window.</source>
        <translation>Too many wrong codes. Please wait %1 seconds, or ask at the window.</translation>
    </message>
    <message>
        <source>Hold the QR code marked 扫码保存补正清单 (top right of your notice) in front of the camera.</source>
        <translation>Hold the QR code marked 扫码保存补正清单 (top right of your notice) in front of the camera.</translation>
    </message>
    <message>
        <source>That is not the code to show. Hold the QR code marked 扫码保存补正清单 to the camera.</source>
        <translation>That is not the code to show. Hold the QR code marked 扫码保存补正清单 to the camera.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your notice&apos;s progress appears here: the status, the dates and what is still missing.</source>
        <translation>Your notice&apos;s progress appears here: the status, the dates and what is still missing.</translation>
    </message>
    <message>
        <source>Notice %1</source>
        <translation>Notice %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Still missing (%1)</source>
        <translation>Still missing (%1)</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>Window: %1</translation>
    </message>
</context>
<context>
    <name>PublishAtDialog</name>
    <message>
        <source>Publish at a date</source>
        <translation>Publish at a date</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Publish then</source>
        <translation>Publish then</translation>
    </message>
</context>
<context>
    <name>RareCharDialog</name>
    <message>
        <source>Rare character</source>
        <translation>Rare character</translation>
    </message>
    <message>
        <source>Type the character&apos;s pinyin (zhe, yan3) or its code (2A6A5, U+4DAE), then tap it.</source>
        <translation>Type the character&apos;s pinyin (zhe, yan3) or its code (2A6A5, U+4DAE), then tap it.</translation>
    </message>
    <message>
        <source>Pinyin or Unicode code</source>
        <translation>Pinyin or Unicode code</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>no font</source>
        <translation>no font</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <source>Overall satisfaction</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>Service efficiency</source>
        <translation>Service efficiency</translation>
    </message>
    <message>
        <source>Service quality</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Anonymous: we do not ask who you are. Tap one answer in each of the four rows.</source>
        <translation>Anonymous: we do not ask who you are. Tap one answer in each of the four rows.</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <source>Which window served you? (optional)</source>
        <translation>Which window served you? (optional)</translation>
    </message>
    <message>
        <source>Anything else to tell us? (optional)</source>
        <translation>Anything else to tell us? (optional)</translation>
    </message>
    <message>
        <source>Tap here to type, e.g. what went well or what we should improve</source>
        <translation>Tap here to type, e.g. what went well or what we should improve</translation>
    </message>
    <message>
        <source>Contact (optional): a phone number, only if you would like to hear what we did about it</source>
        <translation>Contact (optional): a phone number, only if you would like to hear what we did about it</translation>
    </message>
    <message>
        <source>Thank you for your rating</source>
        <translation>Thank you for your rating</translation>
    </message>
    <message>
        <source>It has been recorded anonymously and helps us improve our service.</source>
        <translation>It has been recorded anonymously and helps us improve our service.</translation>
    </message>
    <message>
        <source>Still to choose: %1</source>
        <translation>Still to choose: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All four rows answered. Tap Submit rating to send it.</source>
        <translation>All four rows answered. Tap Submit rating to send it.</translation>
    </message>
    <message>
        <source>Sorry, your rating could not be saved. Please try again, or tell our staff.</source>
        <translation>Sorry, your rating could not be saved. Please try again, or tell our staff.</translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <source>Reprint a notice</source>
        <translation>Reprint a notice</translation>
    </message>
    <message>
        <source>Serial number, e.g. 0012</source>
        <translation>Serial number, e.g. 0012</translation>
    </message>
    <message>
        <source>Matter name or code</source>
        <translation>Matter name or code</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Choose days…</source>
        <translation>Choose days…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>%1 to supply</source>
        <translation>%1 to supply</translation>
    </message>
    <message>
        <source>Printed exactly as issued; the applicant&apos;s phone is masked.</source>
        <translation>Printed exactly as issued; the applicant&apos;s phone is masked.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Preparing the notice…</source>
        <translation>Preparing the notice…</translation>
    </message>
    <message>
        <source>The notice could not be prepared.</source>
        <translation>The notice could not be prepared.</translation>
    </message>
    <message>
        <source>Printed. Please take the paper.</source>
        <translation>Printed. Please take the paper.</translation>
    </message>
    <message>
        <source>issued offline, not sent yet</source>
        <translation>issued offline, not sent yet</translation>
    </message>
    <message>
        <source>Not printed only</source>
        <translation>Not printed only</translation>
    </message>
    <message>
        <source>%1 notices were issued but never printed. Tap one to print it now.</source>
        <translation>%1 notices were issued but never printed. Tap one to print it now.</translation>
    </message>
    <message>
        <source>NOT PRINTED</source>
        <translation>NOT PRINTED</translation>
    </message>
    <message>
        <source>This notice was issued but never printed. Print the two copies now: one for the applicant, one for the file.</source>
        <translation>This notice was issued but never printed. Print the two copies now: one for the applicant, one for the file.</translation>
    </message>
    <message>
        <source>Print 2 copies</source>
        <translation>Print 2 copies</translation>
    </message>
</context>
<context>
    <name>RoleLimitedPage</name>
    <message>
        <source>This kiosk connects to the hall&apos;s database with the kiosk account, which may show published content and take ratings, opinions and notices, but not change content or settings. Please do this on the office PC (kiosk admin, with the admin account).</source>
        <translation>This kiosk connects to the hall&apos;s database with the kiosk account, which may show published content and take ratings, opinions and notices, but not change content or settings. Please do this on the office PC (kiosk admin, with the admin account).</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source>Dim outside opening hours</source>
        <translation>Dim outside opening hours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Holidays: the hall is closed (法定节假日)</source>
        <translation>Holidays: the hall is closed (法定节假日)</translation>
    </message>
    <message>
        <source>Weekend days the hall works (调休), with Monday&apos;s hours</source>
        <translation>Weekend days the hall works (调休), with Monday&apos;s hours</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>e.g. 2026-10-01 2026-10-02</source>
        <translation>e.g. 2026-10-01 2026-10-02</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not like 08:00-12:00.</source>
        <translation>%1: &quot;%2&quot; is not like 08:00-12:00.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2026-10-01.</source>
        <translation>&quot;%1&quot; is not a date like 2026-10-01.</translation>
    </message>
</context>
<context>
    <name>ScrollScreen</name>
    <message>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Find a service</source>
        <translation>Find a service</translation>
    </message>
    <message>
        <source>Type a name, pinyin or initials, e.g. ylbx</source>
        <translation>Type a name, pinyin or initials, e.g. ylbx</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Results appear as you type.</source>
        <translation>Results appear as you type.</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer letters, or browse by theme.</source>
        <translation>Nothing found. Try fewer letters, or browse by theme.</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Service guides</source>
        <translation>Service guides</translation>
    </message>
    <message>
        <source>Search by name or pinyin initials…</source>
        <translation>Search by name or pinyin initials…</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>By theme</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> seconds</source>
        <translation> seconds</translation>
    </message>
    <message>
        <source>Idle time</source>
        <translation>Idle time</translation>
    </message>
    <message>
        <source>After this long without a touch the kiosk goes back to the home screen and forgets what was entered; a staff or admin session ends too. Applies at once.</source>
        <translation>After this long without a touch the kiosk goes back to the home screen and forgets what was entered; a staff or admin session ends too. Applies at once.</translation>
    </message>
    <message>
        <source>Attract loop</source>
        <translation>Attract loop</translation>
    </message>
    <message>
        <source>While nobody uses the kiosk it shows notices and rules one after another: the next one after this long. Applies the next time the loop starts.</source>
        <translation>While nobody uses the kiosk it shows notices and rules one after another: the next one after this long. Applies the next time the loop starts.</translation>
    </message>
    <message>
        <source>Unanswered call for staff</source>
        <translation>Unanswered call for staff</translation>
    </message>
    <message>
        <source>A resident&apos;s 呼叫工作人员 that nobody took this long turns red in every console and rings again.</source>
        <translation>A resident&apos;s 呼叫工作人员 that nobody took this long turns red in every console and rings again.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the kiosk&apos;s screens. Residents can still switch with the language button at the top. Applies at once.</source>
        <translation>The language of the kiosk&apos;s screens. Residents can still switch with the language button at the top. Applies at once.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Automatic: the kiosk fills the screen and arranges itself for its shape. Landscape or portrait: the kiosk keeps that shape. On a screen of the other shape (a monitor turned upright whose rotation is not yet set in the system&apos;s display settings) it uses the largest area of that shape in the middle. To fill the glass, rotate the display in the system settings. Applies at once.</source>
        <translation>Automatic: the kiosk fills the screen and arranges itself for its shape. Landscape or portrait: the kiosk keeps that shape. On a screen of the other shape (a monitor turned upright whose rotation is not yet set in the system&apos;s display settings) it uses the largest area of that shape in the middle. To fill the glass, rotate the display in the system settings. Applies at once.</translation>
    </message>
    <message>
        <source>Notice serial prefix</source>
        <translation>Notice serial prefix</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Backups to keep</translation>
    </message>
    <message>
        <source>A backup is made every day; older ones are deleted so that this many remain in the backup folder.</source>
        <translation>A backup is made every day; older ones are deleted so that this many remain in the backup folder.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Where backups are written. A folder on another disk (a USB disk that stays plugged in) survives a broken kiosk disk.</source>
        <translation>Where backups are written. A folder on another disk (a USB disk that stays plugged in) survives a broken kiosk disk.</translation>
    </message>
    <message>
        <source>Settings (设置)</source>
        <translation>Settings (设置)</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <source>Save into a folder</source>
        <translation>Save into a folder</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Where notices are printed. Automatic: the system&apos;s default printer, or the folder when there is none. The test page prints on the choice shown here, saved or not.</source>
        <translation>Where notices are printed. Automatic: the system&apos;s default printer, or the folder when there is none. The test page prints on the choice shown here, saved or not.</translation>
    </message>
    <message>
        <source>Not saved: please correct the fields marked in red.</source>
        <translation>Not saved: please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nothing to save: no setting was changed.</translation>
    </message>
    <message>
        <source>Saved and applied (%1 changed).</source>
        <translation>Saved and applied (%1 changed).</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>Out of range.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <source>1 to 20 characters.</source>
        <translation>1 to 20 characters.</translation>
    </message>
    <message>
        <source>No spaces, please.</source>
        <translation>No spaces, please.</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Choose a folder first.</translation>
    </message>
    <message>
        <source>Staff notices are numbered %1告〔%2〕0001号. Empty: the hall&apos;s short name. 1 to 20 characters, no spaces. Applies to the next notice issued.</source>
        <translation>Staff notices are numbered %1告〔%2〕0001号. Empty: the hall&apos;s short name. 1 to 20 characters, no spaces. Applies to the next notice issued.</translation>
    </message>
    <message>
        <source>Automatic: the system&apos;s default printer</source>
        <translation>Automatic: the system&apos;s default printer</translation>
    </message>
    <message>
        <source>Printer %1 (not found now)</source>
        <translation>Printer %1 (not found now)</translation>
    </message>
    <message>
        <source>Choose the folder for printed notices</source>
        <translation>Choose the folder for printed notices</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>Open the folder, then tap Use this folder.</translation>
    </message>
    <message>
        <source>Serial numbers held for offline use</source>
        <translation>Serial numbers held for offline use</translation>
    </message>
    <message>
        <source>Each kiosk on a shared database reserves this many notice serial numbers while it is online, so that staff notices issued while the server cannot be reached still get a serial no other kiosk gives out. When they are used up, notices print with a provisional number and get their serial once the kiosk is back online. Numbers a kiosk reserved and did not use are skipped. 0: reserve none. Applies when each kiosk next reserves numbers.</source>
        <translation>Each kiosk on a shared database reserves this many notice serial numbers while it is online, so that staff notices issued while the server cannot be reached still get a serial no other kiosk gives out. When they are used up, notices print with a provisional number and get their serial once the kiosk is back online. Numbers a kiosk reserved and did not use are skipped. 0: reserve none. Applies when each kiosk next reserves numbers.</translation>
    </message>
    <message>
        <source>Warning before the idle reset</source>
        <translation>Warning before the idle reset</translation>
    </message>
    <message>
        <source>Before the kiosk goes back to the home screen, a large countdown asks whether the resident is still there; any touch keeps what they entered. At least 20 seconds, and shorter than the idle time. Not shown at the home screen, where nothing would be lost.</source>
        <translation>Before the kiosk goes back to the home screen, a large countdown asks whether the resident is still there; any touch keeps what they entered. At least 20 seconds, and shorter than the idle time. Not shown at the home screen, where nothing would be lost.</translation>
    </message>
    <message>
        <source>Screen schedule</source>
        <translation>Screen schedule</translation>
    </message>
    <message>
        <source>Outside the opening hours, and on holidays, the kiosk shows a dark screen with a small moving clock (a lit, unchanging picture burns into the screen overnight). A touch shows the kiosk; it dims again after the idle time. Write each day&apos;s hours like 08:00-12:00, 14:00-18:00; leave a day empty when the hall is closed. Applies within half a minute.</source>
        <translation>Outside the opening hours, and on holidays, the kiosk shows a dark screen with a small moving clock (a lit, unchanging picture burns into the screen overnight). A touch shows the kiosk; it dims again after the idle time. Write each day&apos;s hours like 08:00-12:00, 14:00-18:00; leave a day empty when the hall is closed. Applies within half a minute.</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>How often each kiosk reports to Device health (设备状态): its printer, disk, last error and what waits to be sent.</source>
        <translation>How often each kiosk reports to Device health (设备状态): its printer, disk, last error and what waits to be sent.</translation>
    </message>
    <message>
        <source>Red when silent for</source>
        <translation>Red when silent for</translation>
    </message>
    <message>
        <source>A kiosk not heard from for this long is shown red on Device health. At least two heartbeats.</source>
        <translation>A kiosk not heard from for this long is shown red on Device health. At least two heartbeats.</translation>
    </message>
    <message>
        <source>The warning must be shorter than the idle time.</source>
        <translation>The warning must be shorter than the idle time.</translation>
    </message>
    <message>
        <source>At least twice the heartbeat.</source>
        <translation>At least twice the heartbeat.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This page cannot be shown right now.</source>
        <translation>This page cannot be shown right now.</translation>
    </message>
</context>
<context>
    <name>StaffAccess</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Our staff</source>
        <translation>Our staff</translation>
    </message>
    <message>
        <source>Other staff</source>
        <translation>Other staff</translation>
    </message>
    <message>
        <source>The staff list has not been published yet.</source>
        <translation>The staff list has not been published yet.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>Statistics (统计)</source>
        <translation>Statistics (统计)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Missing-materials notices issued</source>
        <translation>Missing-materials notices issued</translation>
    </message>
    <message>
        <source>Opinions on plans</source>
        <translation>Opinions on plans</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Satisfied share</source>
        <translation>Satisfied share</translation>
    </message>
    <message>
        <source>By window (overall satisfaction)</source>
        <translation>By window (overall satisfaction)</translation>
    </message>
    <message>
        <source>Satisfied share: very satisfied, satisfied or fairly satisfied, over all ratings.</source>
        <translation>Satisfied share: very satisfied, satisfied or fairly satisfied, over all ratings.</translation>
    </message>
    <message>
        <source>No resident has rated the service yet. Ratings made on the kiosk&apos;s 服务评价 screen are counted here.</source>
        <translation>No resident has rated the service yet. Ratings made on the kiosk&apos;s 服务评价 screen are counted here.</translation>
    </message>
    <message>
        <source>No ratings in this period. Tap All to count every rating.</source>
        <translation>No ratings in this period. Tap All to count every rating.</translation>
    </message>
    <message>
        <source>Everything the database holds.</source>
        <translation>Everything the database holds.</translation>
    </message>
    <message>
        <source>From %1 to today.</source>
        <translation>From %1 to today.</translation>
    </message>
    <message>
        <source>No window named</source>
        <translation>No window named</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>Export every table:</source>
        <translation>Export every table:</translation>
    </message>
    <message>
        <source>Satisfied share (overall)</source>
        <translation>Satisfied share (overall)</translation>
    </message>
    <message>
        <source>Guides opened</source>
        <translation>Guides opened</translation>
    </message>
    <message>
        <source>Checklists printed</source>
        <translation>Checklists printed</translation>
    </message>
    <message>
        <source>Searches that found nothing</source>
        <translation>Searches that found nothing</translation>
    </message>
    <message>
        <source>The database does not answer: the figures cannot be counted now.</source>
        <translation>The database does not answer: the figures cannot be counted now.</translation>
    </message>
    <message>
        <source>Ratings (好差评)</source>
        <translation>Ratings (好差评)</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>From %1 to %2.</translation>
    </message>
    <message>
        <source>Choose a folder for the Excel file</source>
        <translation>Choose a folder for the Excel file</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV file</source>
        <translation>Choose a folder for the CSV file</translation>
    </message>
    <message>
        <source>Choose a folder for the report</source>
        <translation>Choose a folder for the report</translation>
    </message>
    <message>
        <source>Open the folder, then tap Use this folder.</source>
        <translation>Open the folder, then tap Use this folder.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Calls for staff (answered)</source>
        <translation>Calls for staff (answered)</translation>
    </message>
    <message>
        <source>Median wait for staff (seconds)</source>
        <translation>Median wait for staff (seconds)</translation>
    </message>
</context>
<context>
    <name>SupervisionScreen</name>
    <message>
        <source>Complaints &amp; supervision</source>
        <translation>Complaints &amp; supervision</translation>
    </message>
    <message>
        <source>Not satisfied with our service? Tell us. Every complaint is recorded and answered.</source>
        <translation>Not satisfied with our service? Tell us. Every complaint is recorded and answered.</translation>
    </message>
    <message>
        <source>All ways to complain or report</source>
        <translation>All ways to complain or report</translation>
    </message>
    <message>
        <source>Published handling results</source>
        <translation>Published handling results</translation>
    </message>
    <message>
        <source>No handling results have been published yet.</source>
        <translation>No handling results have been published yet.</translation>
    </message>
    <message>
        <source>Poor ratings rectified on time: %1</source>
        <translation>Poor ratings rectified on time: %1</translation>
    </message>
    <message>
        <source>%1 rectifications published</source>
        <translation>%1 rectifications published</translation>
    </message>
    <message>
        <source>%1 complaint results published</source>
        <translation>%1 complaint results published</translation>
    </message>
    <message>
        <source> (below)</source>
        <translation> (below)</translation>
    </message>
    <message>
        <source>Poor ratings and how we rectified them</source>
        <translation>Poor ratings and how we rectified them</translation>
    </message>
    <message>
        <source>No poor rating has come due for rectification in the last 12 months.</source>
        <translation>No poor rating has come due for rectification in the last 12 months.</translation>
    </message>
    <message>
        <source>%1 rectified on time</source>
        <translation>%1 rectified on time</translation>
    </message>
    <message>
        <source>Of %1 poor ratings whose time limit has come, %2 were rectified within 15 working days.</source>
        <translation>Of %1 poor ratings whose time limit has come, %2 were rectified within 15 working days.</translation>
    </message>
    <message>
        <source>Poor ratings received since %1: %2. Every one is checked, rectified and answered.</source>
        <translation>Poor ratings received since %1: %2. Every one is checked, rectified and answered.</translation>
    </message>
    <message>
        <source>Service in the hall</source>
        <translation>Service in the hall</translation>
    </message>
    <message>
        <source>Rated %1</source>
        <translation>Rated %1</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <source>rectified on time</source>
        <translation>rectified on time</translation>
    </message>
    <message>
        <source>rectified late</source>
        <translation>rectified late</translation>
    </message>
    <message>
        <source>What was wrong</source>
        <translation>What was wrong</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>Complaint phone</source>
        <translation>Complaint phone</translation>
    </message>
    <message>
        <source>Supervision phone</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <source>Complaint box</source>
        <translation>Complaint box</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>What was reported</translation>
    </message>
    <message>
        <source>How it was handled</source>
        <translation>How it was handled</translation>
    </message>
</context>
<context>
    <name>TextBox</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1 calendar days</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>Done on the spot</translation>
    </message>
    <message>
        <source>Done within a promised time</source>
        <translation>Done within a promised time</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Photocopy</source>
        <translation>Photocopy</translation>
    </message>
    <message>
        <source>Original and photocopy</source>
        <translation>Original and photocopy</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <source>Paper and electronic</source>
        <translation>Paper and electronic</translation>
    </message>
    <message>
        <source>Brought by the applicant</source>
        <translation>Brought by the applicant</translation>
    </message>
    <message>
        <source>Issued by a government office</source>
        <translation>Issued by a government office</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 copies</translation>
    </message>
    <message>
        <source>No visit needed</source>
        <translation>No visit needed</translation>
    </message>
    <message>
        <source>%1 visit(s)</source>
        <translation>%1 visit(s)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>May follow later</source>
        <translation>May follow later</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>Promised time limit</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Visits to the hall</source>
        <translation>Visits to the hall</translation>
    </message>
    <message>
        <source>Statutory time limit</source>
        <translation>Statutory time limit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source> (also on holidays)</source>
        <translation> (also on holidays)</translation>
    </message>
    <message>
        <source>Why a visit is needed: %1</source>
        <translation>Why a visit is needed: %1</translation>
    </message>
    <message>
        <source>First, tell us about your situation</source>
        <translation>First, tell us about your situation</translation>
    </message>
    <message>
        <source>The list of materials below changes with your answers.</source>
        <translation>The list of materials below changes with your answers.</translation>
    </message>
    <message>
        <source>How to fill in: %1</source>
        <translation>How to fill in: %1</translation>
    </message>
    <message>
        <source>Accepted when: %1</source>
        <translation>Accepted when: %1</translation>
    </message>
    <message>
        <source>Blank form</source>
        <translation>Blank form</translation>
    </message>
    <message>
        <source>Filled-in example</source>
        <translation>Filled-in example</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Reduction or exemption: %1</source>
        <translation>Reduction or exemption: %1</translation>
    </message>
    <message>
        <source>Contacts and result</source>
        <translation>Contacts and result</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <source>Enquiries at this hall</source>
        <translation>Enquiries at this hall</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Complaints to this hall</source>
        <translation>Complaints to this hall</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Matter code</source>
        <translation>Matter code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Q: %1</source>
        <translation>Q: %1</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>Administrative licence</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>Administrative enforcement</source>
        <translation>Administrative enforcement</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>Administrative levy</translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation>Administrative benefit</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>Administrative inspection</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>Administrative confirmation</translation>
    </message>
    <message>
        <source>Administrative award</source>
        <translation>Administrative award</translation>
    </message>
    <message>
        <source>Administrative ruling</source>
        <translation>Administrative ruling</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>Other administrative power</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>Public service</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <source>Review standard: %1</source>
        <translation>Review standard: %1</translation>
    </message>
    <message>
        <source>Where to go</source>
        <translation>Where to go</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Hours: %1</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>How to get there: %1</translation>
    </message>
    <message>
        <source>Scan for the map: %1</source>
        <translation>Scan for the map: %1</translation>
    </message>
    <message>
        <source>If you disagree with the decision</source>
        <translation>If you disagree with the decision</translation>
    </message>
    <message>
        <source>Administrative review: %1</source>
        <translation>Administrative review: %1</translation>
    </message>
    <message>
        <source>Lawsuit: %1</source>
        <translation>Lawsuit: %1</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Tick every one that applies.</source>
        <translation>Tick every one that applies.</translation>
    </message>
</context>
<context>
    <name>Unattended</name>
    <message>
        <source>Sorry, something went wrong. Here is the home page again.</source>
        <translation>Sorry, something went wrong. Here is the home page again.</translation>
    </message>
</context>
<context>
    <name>UnavailableScreen</name>
    <message>
        <source>This part cannot be shown right now</source>
        <translation>This part cannot be shown right now</translation>
    </message>
    <message>
        <source>Please ask at the service window: our staff will help you.</source>
        <translation>Please ask at the service window: our staff will help you.</translation>
    </message>
    <message>
        <source>The kiosk keeps trying and shows it by itself as soon as it can.</source>
        <translation>The kiosk keeps trying and shows it by itself as soon as it can.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (and %2 more)</translation>
    </message>
</context>
<context>
    <name>WizardScreen</name>
    <message>
        <source>Not sure what you need? Ask me</source>
        <translation>Not sure what you need? Ask me</translation>
    </message>
    <message>
        <source>These questions are not available now. Please ask at the window.</source>
        <translation>These questions are not available now. Please ask at the window.</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Back to home</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>These services fit what you told us</source>
        <translation>These services fit what you told us</translation>
    </message>
    <message>
        <source>Tap one to see what to bring and where to go.</source>
        <translation>Tap one to see what to bring and where to go.</translation>
    </message>
</context>
</TS>
