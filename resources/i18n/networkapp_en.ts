<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived</source>
        <translation>
            <numerusform>%Ln archived</numerusform>
            <numerusform>%Ln archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln birthday</numerusform>
            <numerusform>%Ln birthdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clarification(s)</source>
        <translation>
            <numerusform>%Ln clarification</numerusform>
            <numerusform>%Ln clarifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) logged</source>
        <translation>
            <numerusform>%Ln connection logged</numerusform>
            <numerusform>%Ln connections logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) would be logged</source>
        <translation>
            <numerusform>%Ln connection would be logged</numerusform>
            <numerusform>%Ln connections would be logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contact exported to %1</numerusform>
            <numerusform>%Ln contacts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1</source>
        <translation>
            <numerusform>%Ln contact written to %1</numerusform>
            <numerusform>%Ln contacts written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of likely duplicates</source>
        <translation>
            <numerusform>%Ln group of likely duplicates</numerusform>
            <numerusform>%Ln groups of likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln history entry(ies)</source>
        <translation>
            <numerusform>%Ln history entry</numerusform>
            <numerusform>%Ln history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) logged</source>
        <translation>
            <numerusform>%Ln interaction logged</numerusform>
            <numerusform>%Ln interactions logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) logged;</source>
        <translation>
            <numerusform>%Ln interaction logged;</numerusform>
            <numerusform>%Ln interactions logged;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) would be logged</source>
        <translation>
            <numerusform>%Ln interaction would be logged</numerusform>
            <numerusform>%Ln interactions would be logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln keep-in-touch reminder(s)</source>
        <translation>
            <numerusform>%Ln keep-in-touch reminder</numerusform>
            <numerusform>%Ln keep-in-touch reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s): neither from a contact nor from you</source>
        <translation>
            <numerusform>%Ln message: neither from a contact nor from you</numerusform>
            <numerusform>%Ln messages: neither from a contact nor from you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s): neither from a contact nor from you (add your own addresses in Preferences)</source>
        <translation>
            <numerusform>%Ln message: neither from a contact nor from you (add your own addresses in Preferences)</numerusform>
            <numerusform>%Ln messages: neither from a contact nor from you (add your own addresses in Preferences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) created</source>
        <translation>
            <numerusform>%Ln new contact created</numerusform>
            <numerusform>%Ln new contacts created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s)</source>
        <translation>
            <numerusform>%Ln open warning</numerusform>
            <numerusform>%Ln open warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln positive signal(s) noted.</source>
        <translation>
            <numerusform>%Ln positive signal noted.</numerusform>
            <numerusform>%Ln positive signals noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s) today</source>
        <translation>
            <numerusform>%Ln reminder today</numerusform>
            <numerusform>%Ln reminders today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signal(s)</source>
        <translation>
            <numerusform>%Ln signal</numerusform>
            <numerusform>%Ln signals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated.</source>
        <translation>
            <numerusform>%Ln updated.</numerusform>
            <numerusform>%Ln updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be created</source>
        <translation>
            <numerusform>%Ln would be created</numerusform>
            <numerusform>%Ln would be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be merged</source>
        <translation>
            <numerusform>%Ln would be merged</numerusform>
            <numerusform>%Ln would be merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A selection of %Ln contact(s)</source>
        <translation>
            <numerusform>A selection of %Ln contact</numerusform>
            <numerusform>A selection of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln contacts</source>
        <translation>
            <numerusform>Archive %Ln contact</numerusform>
            <numerusform>Archive %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %Ln day(s)</source>
        <translation>
            <numerusform>Birthday in %Ln day</numerusform>
            <numerusform>Birthday in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Every %Ln day</numerusform>
            <numerusform>Every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %Ln new</source>
        <translation>
            <numerusform>Import: %Ln new</numerusform>
            <numerusform>Import: %Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln new</source>
        <translation>
            <numerusform>Imported: %Ln new</numerusform>
            <numerusform>Imported: %Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch: %Ln day(s) overdue.</source>
        <translation>
            <numerusform>Keep in touch: %Ln day overdue.</numerusform>
            <numerusform>Keep in touch: %Ln days overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep-in-touch overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Keep-in-touch overdue by %Ln day</numerusform>
            <numerusform>Keep-in-touch overdue by %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Relationship summaries (%Ln contacts)</source>
        <translation>
            <numerusform>Relationship summaries (%Ln contact)</numerusform>
            <numerusform>Relationship summaries (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contacts</source>
        <translation>
            <numerusform>Restore %Ln contact</numerusform>
            <numerusform>Restore %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contacts as “%2”</source>
        <translation>
            <numerusform>Tag %Ln contact as “%2”</numerusform>
            <numerusform>Tag %Ln contacts as “%2”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole network: %Ln contact(s)</source>
        <translation>
            <numerusform>The whole network: %Ln contact</numerusform>
            <numerusform>The whole network: %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln page to %1.</numerusform>
            <numerusform>Wrote %Ln pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave %Ln time(s),</source>
        <translation>
            <numerusform>You gave %Ln time,</numerusform>
            <numerusform>You gave %Ln times,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %Ln time(s);</source>
        <translation>
            <numerusform>received %Ln time;</numerusform>
            <numerusform>received %Ln times;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message numerus="yes">
        <source>%Ln address book(s) found.</source>
        <translation>
            <numerusform>%Ln address book found.</numerusform>
            <numerusform>%Ln address books found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceChartWidget</name>
    <message numerus="yes">
        <source>I gave %Ln time(s)</source>
        <translation>
            <numerusform>I gave %Ln time</numerusform>
            <numerusform>I gave %Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I received %Ln time(s)</source>
        <translation>
            <numerusform>I received %Ln time</numerusform>
            <numerusform>I received %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message numerus="yes">
        <source>Delete %Ln contact(s) with their whole history? Archiving keeps them as plain entries instead. You can undo this.</source>
        <translation>
            <numerusform>Delete %Ln contact with their whole history? Archiving keeps it as a plain entry instead. You can undo this.</numerusform>
            <numerusform>Delete %Ln contacts with their whole history? Archiving keeps them as plain entries instead. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln contact(s):</source>
        <translation>
            <numerusform>Tag for %Ln contact:</numerusform>
            <numerusform>Tag for %Ln contacts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetailWidget</name>
    <message numerus="yes">
        <source>%Ln contacts selected. Use Contact ▸ Tag… or Archive… to change them all at once.</source>
        <translation>
            <numerusform>%Ln contact selected. Use Contact ▸ Tag… or Archive… to change it.</numerusform>
            <numerusform>%Ln contacts selected. Use Contact ▸ Tag… or Archive… to change them all at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contact(s) into %1</source>
        <translation>
            <numerusform>Merge %Ln contact into %1</numerusform>
            <numerusform>Merge %Ln contacts into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecidePage</name>
    <message numerus="yes">
        <source>The %Ln open warning(s) count as talked through in this conversation.</source>
        <translation>
            <numerusform>The open warning counts as talked through in this conversation.</numerusform>
            <numerusform>The %Ln open warnings count as talked through in this conversation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You will be reminded to get in touch every %Ln day(s).</source>
        <translation>
            <numerusform>You will be reminded to get in touch every day.</numerusform>
            <numerusform>You will be reminded to get in touch every %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionBannerWidget</name>
    <message numerus="yes">
        <source>%Ln open warning(s) about {name}. Talk now, while they are small.</source>
        <translation>
            <numerusform>One open warning about {name}. Talk now, while it is small.</numerusform>
            <numerusform>%Ln open warnings about {name}. Talk now, while they are small.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message numerus="yes">
        <source>Merged %Ln contact(s) into %1. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>Merged %Ln contact into %1. Edit &gt; Undo takes it back.</numerusform>
            <numerusform>Merged %Ln contacts into %1. Edit &gt; Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>Group %1 of %2: %3 (%Ln group(s) left to review)</source>
        <translation>
            <numerusform>Group %1 of %2: %3 (%Ln group left to review)</numerusform>
            <numerusform>Group %1 of %2: %3 (%Ln groups left to review)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln already logged</source>
        <translation>
            <numerusform>%Ln already logged</numerusform>
            <numerusform>%Ln already logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) to complete</source>
        <translation>
            <numerusform>%Ln contact to complete</numerusform>
            <numerusform>%Ln contacts to complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) to log</source>
        <translation>
            <numerusform>%Ln interaction to log</numerusform>
            <numerusform>%Ln interactions to log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln merged</numerusform>
            <numerusform>%Ln merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new card(s) look like a contact you have: select one and press Merge Into Look-alike to merge it instead.</source>
        <translation>
            <numerusform>%Ln new card looks like a contact you have: select it and press Merge Into Look-alike to merge it instead.</numerusform>
            <numerusform>%Ln new cards look like a contact you have: select one and press Merge Into Look-alike to merge it instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not among your contacts (tick to create)</source>
        <translation>
            <numerusform>%Ln person not among your contacts (tick to create)</numerusform>
            <numerusform>%Ln people not among your contacts (tick to create)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln to create</numerusform>
            <numerusform>%Ln to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkMapDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s) in introduction trees</source>
        <translation>
            <numerusform>%Ln contact in introduction trees</numerusform>
            <numerusform>%Ln contacts in introduction trees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) without any introduction (not drawn)</source>
        <translation>
            <numerusform>%Ln contact without any introduction (not drawn)</numerusform>
            <numerusform>%Ln contacts without any introduction (not drawn)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>You last talked %Ln day(s) ago, on {date}.</source>
        <translation>
            <numerusform>You last talked %Ln day ago, on {date}.</numerusform>
            <numerusform>You last talked %Ln days ago, on {date}.</numerusform>
        </translation>
    </message>
</context>
</TS>
