<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CategoriesDialog</name>
    <message numerus="yes">
        <source>%n participant(s) are in “{name}”. Move them to:</source>
        <translation>
            <numerusform>%n participant is in “{name}”. Move them to:</numerusform>
            <numerusform>%n participants are in “{name}”. Move them to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message numerus="yes">
        <source>{name}: %n member(s)</source>
        <translation>
            <numerusform>{name}: %n member</numerusform>
            <numerusform>{name}: %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraph</numerusform>
            <numerusform>%Ln paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %Ln time(s)</source>
        <translation>
            <numerusform>Replaced once</numerusform>
            <numerusform>Replaced %Ln times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message numerus="yes">
        <source>Saved the event. %n session(s) now lie outside its dates: the programme checks list them.</source>
        <translation>
            <numerusform>Saved the event. %n session now lies outside its dates: the programme checks list it.</numerusform>
            <numerusform>Saved the event. %n sessions now lie outside its dates: the programme checks list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraph</numerusform>
            <numerusform>%Ln paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n recorded change(s)</source>
        <translation>
            <numerusform>%n recorded change</numerusform>
            <numerusform>%n recorded changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) or comment(s) will be attached to their paragraphs.</source>
        <translation>
            <numerusform>%n footnote or comment will be attached to its paragraph.</numerusform>
            <numerusform>%n footnotes or comments will be attached to their paragraphs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message numerus="yes">
        <source>Delete %n participant(s): {names}{more}?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete %n participant: {names}{more}?

Edit → Undo brings them back.</numerusform>
            <numerusform>Delete %n participants: {names}{more}?

Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participant(s)</source>
        <translation>
            <numerusform>Import of %n participant</numerusform>
            <numerusform>Import of %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message numerus="yes">
        <source>… and %n more (see the Conflicts panel).</source>
        <translation>
            <numerusform>… and %n more (see the Conflicts panel).</numerusform>
            <numerusform>… and %n more (see the Conflicts panel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The programme has %n conflict(s). %1 would show it as it stands.</source>
        <extracomment>Conflicts listed in the question before an export (the rest are counted).</extracomment>
        <translation>
            <numerusform>The programme has %n conflict. %1 would show it as it stands.</numerusform>
            <numerusform>The programme has %n conflicts. %1 would show it as it stands.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message numerus="yes">
        <source>&amp;Conflicts Panel (%n)</source>
        <translation>
            <numerusform>&amp;Conflicts Panel (%n)</numerusform>
            <numerusform>&amp;Conflicts Panel (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RapporteurPage</name>
    <message numerus="yes">
        <source>{reflected} of %n item(s) reflected in the document</source>
        <translation>
            <numerusform>{reflected} of %n item reflected in the document</numerusform>
            <numerusform>{reflected} of %n items reflected in the document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paragraph(s) {numbers} of “{list}”</source>
        <translation>
            <numerusform>paragraph {numbers} of “{list}”</numerusform>
            <numerusform>paragraphs {numbers} of “{list}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the opening text</source>
        <translation>
            <numerusform>%n paragraph of the opening text</numerusform>
            <numerusform>%n paragraphs of the opening text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph(s) {numbers} of “{lead_in}”</source>
        <translation>
            <numerusform>Paragraph {numbers} of “{lead_in}”</numerusform>
            <numerusform>Paragraphs {numbers} of “{lead_in}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) seated</source>
        <translation>
            <numerusform>%n delegation seated</numerusform>
            <numerusform>%n delegations seated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a place</source>
        <translation>
            <numerusform>%n without a place</numerusform>
            <numerusform>%n without a place</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message numerus="yes">
        <source>Their %n registration(s) keep only a pseudonym, their programme roles are removed, and the audit trail keeps the pseudonym instead of their name and e-mail. This cannot be undone.</source>
        <translation>
            <numerusform>Their %n registration keep only a pseudonym, their programme roles are removed, and the audit trail keeps the pseudonym instead of their name and e-mail. This cannot be undone.</numerusform>
            <numerusform>Their %n registrations keep only a pseudonym, their programme roles are removed, and the audit trail keeps the pseudonym instead of their name and e-mail. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased as {pseudonym}: %n registration(s) anonymised, the audit trail rewritten.</source>
        <translation>
            <numerusform>Erased as {pseudonym}: %n registration anonymised, the audit trail rewritten.</numerusform>
            <numerusform>Erased as {pseudonym}: %n registrations anonymised, the audit trail rewritten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>