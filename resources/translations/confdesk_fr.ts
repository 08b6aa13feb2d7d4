<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About confdesk</source>
        <translation>À propos de confdesk</translation>
    </message>
    <message>
        <source>An offline desk application for the secretariats of intergovernmental conferences: participants, programme and chair&apos;s conclusions.</source>
        <translation>Une application de bureau hors ligne pour les secrétariats de conférences intergouvernementales : participants, programme et conclusions de la présidence.</translation>
    </message>
    <message>
        <source>Version {version} · PySide6 {qt} · Python {python}</source>
        <translation>Version {version} · PySide6 {qt} · Python {python}</translation>
    </message>
    <message>
        <source>Database: {label}</source>
        <translation>Base de données : {label}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Upgraded the database; a backup is at {path}</source>
        <translation>Base de données mise à jour ; une copie de sauvegarde se trouve dans {path}</translation>
    </message>
</context>
<context>
    <name>ConclusionsScreen</name>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Outcome documents</source>
        <translation>Documents finaux</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <extracomment>Source texts by code; QT_TRANSLATE_NOOP marks them for pyside6-lupdate.</extracomment>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Participants by status</source>
        <translation>Participants par statut</translation>
    </message>
    <message>
        <source>Participants by category</source>
        <translation>Participants par catégorie</translation>
    </message>
    <message>
        <source>Attending, by kind of organisation</source>
        <translation>Présents, par type d’organisation</translation>
    </message>
    <message>
        <source>Attending, by regional group</source>
        <translation>Présents, par groupe régional</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Séances par jour</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Enregistrés sur place</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ont décliné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Observateurs</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités spéciaux</translation>
    </message>
    <message>
        <source>Member States</source>
        <translation>États Membres</translation>
    </message>
    <message>
        <source>Observer States</source>
        <translation>États observateurs</translation>
    </message>
    <message>
        <source>United Nations system</source>
        <translation>Système des Nations Unies</translation>
    </message>
    <message>
        <source>Regional organisations</source>
        <translation>Organisations régionales</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>Organisations internationales</translation>
    </message>
    <message>
        <source>Parliaments</source>
        <translation>Parlements</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>African States</source>
        <translation>États d’Afrique</translation>
    </message>
    <message>
        <source>Asia-Pacific States</source>
        <translation>États d’Asie-Pacifique</translation>
    </message>
    <message>
        <source>Eastern European States</source>
        <translation>États d’Europe orientale</translation>
    </message>
    <message>
        <source>Latin American and Caribbean States</source>
        <translation>États d’Amérique latine et des Caraïbes</translation>
    </message>
    <message>
        <source>Western European and other States</source>
        <translation>États d’Europe occidentale et autres États</translation>
    </message>
    <message>
        <source>No State</source>
        <translation>Sans État</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>The event all screens show (Ctrl+E)</source>
        <translation>L’événement affiché par tous les écrans (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language of Lists</source>
        <translation>&amp;Langue des listes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>Créer un nouveau fichier de base de données vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a consistent copy of this database to another file</source>
        <translation>Écrire une copie cohérente de cette base de données dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>P&amp;rogramme</source>
        <translation>P&amp;rogramme</translation>
    </message>
    <message>
        <source>&amp;Conclusions</source>
        <translation>&amp;Conclusions</translation>
    </message>
    <message>
        <source>Choose &amp;Event</source>
        <translation>Choisir l’&amp;événement</translation>
    </message>
    <message>
        <source>Move to the event selector</source>
        <translation>Aller au choix de l’événement</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;About confdesk</source>
        <translation>À &amp;propos de confdesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Opens a database from a path or URL; `create` is False when the file must exist already. Emitted after another database was opened (or none is open any more). Emitted with the event id (0: none) whenever the shown event changes.</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cannot read the event</source>
        <translation>Impossible de lire l’événement</translation>
    </message>
    <message>
        <source>A server database is copied with the server&apos;s own tools (e.g. pg_dump).</source>
        <translation>Une base de données sur serveur se copie avec les outils du serveur (par exemple pg_dump).</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>{name} — confdesk</source>
        <translation>{name} — confdesk</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Opened {label}</source>
        <translation>{label} ouvert</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <source>{path} exists already. Choose a new name, or open it with File → Open.</source>
        <translation>{path} existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier → Ouvrir.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy cannot replace the database it is taken from.</source>
        <translation>Une copie ne peut pas remplacer la base de données dont elle est tirée.</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>No database is open.</source>
        <extracomment>File name of the navigation icon in resources/icons/. Summary breakdowns this screen shows first.</extracomment>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>This database holds no event yet.</source>
        <translation>Cette base de données ne contient encore aucun événement.</translation>
    </message>
    <message>
        <source>Open another database with File → Open, or start confdesk with --demo to explore the demo conference.</source>
        <translation>Ouvrez une autre base de données avec Fichier → Ouvrir, ou lancez confdesk avec --demo pour découvrir la conférence de démonstration.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <source>None yet</source>
        <translation>Aucune pour l’instant</translation>
    </message>
</context>
<context>
    <name>SummaryWidget</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>{participants} participants from {states} States and {organisations} organisations.</source>
        <translation>{participants} participants venus de {states} États et de {organisations} organisations.</translation>
    </message>
</context>
</TS>
