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
    <name>Console</name>
    <message>
        <source>Internal disclosures</source>
        <translation>Internal disclosures</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
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
        <source>The guide takes effect on this day (计划生效日期); until then residents do not see it.</source>
        <translation>The guide takes effect on this day (计划生效日期); until then residents do not see it.</translation>
    </message>
    <message>
        <source>Residents see it from this moment (发布时间) until its end, if it has one.</source>
        <translation>Residents see it from this moment (发布时间) until its end, if it has one.</translation>
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
        <source>Legal basis</source>
        <translation>Legal basis</translation>
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
        <source>Scan with your phone to take the checklist with you. Tap the code to enlarge it.</source>
        <translation>Scan with your phone to take the checklist with you. Tap the code to enlarge it.</translation>
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
        <source>Apply online</source>
        <translation>Apply online</translation>
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
        <source>Complaints &amp; supervision</source>
        <translation>Complaints &amp; supervision</translation>
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
        <source>Wrong PIN. Too many wrong PINs: sign-in is locked until %1.</source>
        <translation>Wrong PIN. Too many wrong PINs: sign-in is locked until %1.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left.</source>
        <translation>Wrong PIN. %1 tries left.</translation>
    </message>
    <message>
        <source>Sign-in is locked after too many wrong PINs. Try again after %1.</source>
        <translation>Sign-in is locked after too many wrong PINs. Try again after %1.</translation>
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
    <name>OfficeWindow</name>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
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
        <source>Complaints</source>
        <translation>Complaints</translation>
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
</context>
</TS>
