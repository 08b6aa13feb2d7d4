<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About confdesk</source>
        <translation>À propos de confdesk</translation>
    </message>
    <message>
        <source>An offline desk application for the secretariats of intergovernmental conferences: participants, programme and chair's conclusions.</source>
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
    <name>ActionDelegate</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update registered person</source>
        <translation>Mettre à jour la personne inscrite</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Invalid: skipped</source>
        <translation>Non valide : ignorée</translation>
    </message>
</context>
<context>
    <name>Amendments</name>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Insert after</source>
        <translation>Insérer après</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accepted as modified</source>
        <translation>Accepté tel que modifié</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
</context>
<context>
    <name>AmendmentsPage</name>
    <message>
        <source>No.</source>
        <extracomment>Show a paragraph in the editor (uid).</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposé par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Proposer…</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Accept as Modified…</source>
        <translation>Accepter tel que modifié…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Compilation…</source>
        <translation>Compilation…</translation>
    </message>
    <message>
        <source>Comments Report…</source>
        <translation>Rapport des commentaires…</translation>
    </message>
    <message>
        <source>Move after paragraph %1</source>
        <translation>Placer après le paragraphe %1</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (ancien %2)</translation>
    </message>
    <message>
        <source>Propose amendment</source>
        <translation>Proposer un amendement</translation>
    </message>
    <message>
        <source>Accept amendment %1</source>
        <translation>Accepter l’amendement %1</translation>
    </message>
    <message>
        <source>Accept as Modified</source>
        <translation>Accepter tel que modifié</translation>
    </message>
    <message>
        <source>The wording agreed:</source>
        <translation>Le libellé adopté :</translation>
    </message>
    <message>
        <source>Reopen amendment</source>
        <translation>Rouvrir l’amendement</translation>
    </message>
    <message>
        <source>Import Amendments</source>
        <translation>Importer des amendements</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Classeurs (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>1 amendment imported from %1.</source>
        <translation>1 amendement importé de %1.</translation>
    </message>
    <message>
        <source>%2 amendments imported from %1.</source>
        <translation>%2 amendements importés de %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendements</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>When set (to anything but empty or "0"), the window quits once it has painted its first screen's list with rows in it (the first paint of a filled item view's viewport), printing the moment on standard output; with nothing to list, after the first turn of the event loop (tests/benchmarks/ time start-up with it).</extracomment>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Upgraded the database; a backup is at {path}</source>
        <translation>Base de données mise à jour ; une copie de sauvegarde se trouve dans {path}</translation>
    </message>
</context>
<context>
    <name>BadgeExportDialog</name>
    <message>
        <source>Print Badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <source>Badges for</source>
        <translation>Badges pour</translation>
    </message>
    <message>
        <source>The selected participants ({n})</source>
        <translation>Les participants sélectionnés ({n})</translation>
    </message>
    <message>
        <source>The filtered view ({n})</source>
        <translation>La vue filtrée ({n})</translation>
    </message>
    <message>
        <source>Everybody expected ({n})</source>
        <translation>Tous les participants attendus ({n})</translation>
    </message>
    <message>
        <source>Everybody whose badge is not printed yet ({n})</source>
        <translation>Tous ceux dont le badge n’est pas encore imprimé ({n})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>One badge per page (badge printer)</source>
        <translation>Un badge par page (imprimante à badges)</translation>
    </message>
    <message>
        <source>Record these badges as printed</source>
        <translation>Enregistrer ces badges comme imprimés</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Imprimer en PDF…</translation>
    </message>
</context>
<context>
    <name>BusyRow</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories of Participants</source>
        <extracomment>Saves the rows (in order) and the moves of people out of removed categories.</extracomment>
        <translation>Catégories de participants</translation>
    </message>
    <message>
        <source>Badges show the category's name in its colour; people of categories not ticked under “Published list” are left out of the printed list of participants.</source>
        <extracomment>Removed code → the code its people move to.</extracomment>
        <translation>Les badges portent le nom de la catégorie dans sa couleur ; les personnes des catégories non cochées sous « Liste publiée » ne figurent pas dans la liste imprimée des participants.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>Couleur du badge</translation>
    </message>
    <message>
        <source>Published list</source>
        <translation>Liste publiée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <source>The stable code imports and the command line use; a new category's code is made from its English name.</source>
        <translation>Le code stable qu’utilisent les importations et la ligne de commande ; le code d’une nouvelle catégorie est formé à partir de son nom anglais.</translation>
    </message>
    <message>
        <source>Save the new categories first, then move these people to one of them.</source>
        <translation>Enregistrez d’abord les nouvelles catégories, puis déplacez ces personnes dans l’une d’elles.</translation>
    </message>
    <message>
        <source>Remove a category</source>
        <translation>Supprimer une catégorie</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) are in “{name}”. Move them to:</source>
        <translation>
            <numerusform>%n participant est dans « {name} ». Le déplacer vers :</numerusform>
            <numerusform>%n participants sont dans « {name} ». Les déplacer vers :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>{added} inserted · {deleted} deleted · {moved} moved · {changed} reworded · {renumbered} renumbered</source>
        <translation>{added} insérés · {deleted} supprimés · {moved} déplacés · {changed} reformulés · {renumbered} renumérotés</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Modifications de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>inserted text</source>
        <translation>texte inséré</translation>
    </message>
    <message>
        <source>deleted text</source>
        <translation>texte supprimé</translation>
    </message>
    <message>
        <source>proposed</source>
        <extracomment>A paragraph's statuses, shown as "proposed → agreed" when a draft changed one.</extracomment>
        <translation>proposé</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>entre crochets</translation>
    </message>
    <message>
        <source>Export Redline PDF…</source>
        <translation>Comparatif en PDF…</translation>
    </message>
    <message>
        <source>Export Redline DOCX…</source>
        <translation>Comparatif en DOCX…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Working text</source>
        <translation>Texte de travail</translation>
    </message>
    <message>
        <source>Export Redline</source>
        <translation>Exporter le comparatif</translation>
    </message>
</context>
<context>
    <name>ConclusionsScreen</name>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Rédaction</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Projets</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>&amp;Rapporteurs</source>
        <translation>R&amp;apporteurs</translation>
    </message>
    <message>
        <source>&amp;Amendments</source>
        <translation>&amp;Amendements</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message>
        <source>Timetable</source>
        <extracomment>Scene y of the grid's first minute: below the header, with room for its time label. The narrowest a session may be drawn when sessions clash in a room and share its column: wide enough for its times and the start of its title. Pixels per minute: default and bounds of the zoom. Emitted with a session id when a block is double-clicked or Enter is pressed on it. Emitted with the selected session id (0: none). Emitted with (room id or None, start time) on a double-click on an empty cell. Emitted with (session id, room id or None, snapped start) when a block is dropped. Emitted with (session id, end time) when a block's bottom edge is dropped. Emitted with the new pixels per minute when the zoom changes. Each column's left edge and width in the scene: a column whose sessions clash is widened so each of them stays readable side by side. Blocks are chosen but not dragged nor stretched (the person may not edit sessions). Where a dragged block would land, shown beside it while dragging.</extracomment>
        <translation>Grille horaire</translation>
    </message>
    <message>
        <source>Arrow keys or Tab: choose a session. Alt+Up/Down: start it 5 minutes earlier or later. Alt+Left/Right: previous or next room. Alt+Shift+Up/Down: 5 minutes shorter or longer. Enter: edit. Del: delete. Ins or Ctrl+N: a new session after it. Ctrl+wheel, Ctrl++ and Ctrl+-: zoom.</source>
        <translation>Flèches ou Tab : choisir une séance. Alt+Haut/Bas : la commencer 5 minutes plus tôt ou plus tard. Alt+Gauche/Droite : salle précédente ou suivante. Alt+Maj+Haut/Bas : 5 minutes de moins ou de plus. Entrée : modifier. Suppr : supprimer. Inser ou Ctrl+N : une nouvelle séance à la suite. Ctrl+molette, Ctrl++ et Ctrl+- : zoom.</translation>
    </message>
    <message>
        <source>Timetable of %s</source>
        <extracomment>The block last announced to screen readers as focused.</extracomment>
        <translation>Grille horaire du %s</translation>
    </message>
    <message>
        <source>No session selected. Arrow keys or Tab choose one.</source>
        <translation>Aucune séance sélectionnée. Les flèches ou Tab en choisissent une.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Sans salle</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <source>Delegation</source>
        <extracomment>Show this delegation in the List tab (organisation id, or None: no organisation). Edit this participant.</extracomment>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Modifier le membre…</translation>
    </message>
    <message>
        <source>Show in &amp;list</source>
        <translation>Afficher dans la &amp;liste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sans délégation</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n member(s)</source>
        <translation>
            <numerusform>{name} : %n membre</numerusform>
            <numerusform>{name} : %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Type part of a name, or scan or type a code</source>
        <extracomment>Most matches listed under the field (a name typed in full narrows them down). Keys that, typed in the search field, move the choice in the list of matches (by rows). Participants changed here (the screen refreshes its views). The counts by category wait to be read (the page was not in view). What the text in the field found (refreshed with the rows). The person the message is about (None: a message about the search itself). The person checked in last: shown while the field is empty again.</extracomment>
        <translation>Tapez une partie d’un nom, ou scannez ou tapez un code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation / delegation</source>
        <translation>Organisation / délégation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <source>{done} of {expected} expected participants checked in</source>
        <extracomment>of the categories' names</extracomment>
        <translation>{done} arrivés sur {expected} participants attendus</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Personne ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>Type a name, or scan the QR code of a badge.</source>
        <translation>Tapez un nom ou scannez le code QR d’un badge.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>checked in at {time}</source>
        <translation>arrivé à {time}</translation>
    </message>
    <message>
        <source>badge printed</source>
        <translation>badge imprimé</translation>
    </message>
    <message>
        <source>badge not printed yet</source>
        <translation>badge pas encore imprimé</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code : {code}</translation>
    </message>
    <message>
        <source>{shown} of {total} people matching “{text}” are listed.</source>
        <translation>{shown} des {total} personnes correspondant à « {text} » sont affichées.</translation>
    </message>
    <message>
        <source>Type more of the name, or choose one with ↓ ↑ and Enter.</source>
        <translation>Tapez davantage du nom, ou choisissez une personne avec ↓ ↑ et Entrée.</translation>
    </message>
    <message>
        <source>{count} people match “{text}”.</source>
        <translation>{count} personnes correspondent à « {text} ».</translation>
    </message>
    <message>
        <source>Choose who to check in with ↓ ↑ and Enter, or double-click.</source>
        <translation>Choisissez la personne dont enregistrer l’arrivée avec ↓ ↑ et Entrée, ou double-cliquez.</translation>
    </message>
    <message>
        <source>{count} people match “{text}”: choose who to check in (↓ ↑ then Enter, or double-click). Nobody was checked in.</source>
        <translation>{count} personnes correspondent à « {text} » : choisissez la personne dont enregistrer l’arrivée (↓ ↑ puis Entrée, ou double-clic). Aucune arrivée n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Registration {status}</source>
        <translation>Statut de l’inscription : {status}</translation>
    </message>
    <message>
        <source>The registration of {name} is &lt;b&gt;{status}&lt;/b&gt;. Check {name} in anyway?</source>
        <translation>Statut de {name} : &lt;b&gt;{status}&lt;/b&gt;. Enregistrer quand même l’arrivée de {name} ?</translation>
    </message>
    <message>
        <source>Check in anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>{name} was not checked in.</source>
        <translation>L’arrivée de {name} n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Registration not confirmed</source>
        <translation>Inscription non confirmée</translation>
    </message>
    <message>
        <source>The registration of {name} is not confirmed (status: {status}). Check {name} in?</source>
        <translation>L’inscription de {name} n’est pas confirmée (statut : {status}). Enregistrer l’arrivée de {name} ?</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Check-in of {name}</source>
        <translation>Arrivée de {name}</translation>
    </message>
    <message>
        <source>✔ {name} checked in at {time}.</source>
        <translation>✔ Arrivée de {name} enregistrée à {time}.</translation>
    </message>
    <message>
        <source>Undo {text}</source>
        <translation>Annuler : {text}</translation>
    </message>
    <message>
        <source>Check-in of {name} undone.</source>
        <translation>Arrivée de {name} annulée.</translation>
    </message>
</context>
<context>
    <name>DocumentBar</name>
    <message>
        <source>New Document…</source>
        <translation>Nouveau document…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Paste a text or open a .txt/.docx draft (Ctrl+Shift+I)</source>
        <translation>Coller un texte ou ouvrir un projet .txt/.docx (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>Cannot import this text</source>
        <extracomment>Another document was chosen (its id, 0 for none).</extracomment>
        <translation>Impossible d’importer ce texte</translation>
    </message>
    <message>
        <source>Import draft</source>
        <translation>Importer un projet</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Lead-in (e.g. “The participants note that:”)</source>
        <extracomment>A paragraph was clicked into (uid). A paragraph's typing is to be saved: uid, plain text, bracket spans. An amendment to a paragraph is to be proposed (uid). A section's lead-in typing is to be saved: section uid, text. How many times the view was laid out (to notice a layout nested in a save). The lead-ins' editors by section uid.</extracomment>
        <translation>Phrase introductive (par ex. « Les participants notent que : »)</translation>
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
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
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
    <name>DraftsPage</name>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Take Snapshot…</source>
        <translation>Enregistrer un projet…</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Restore as Working Text…</source>
        <translation>Rétablir comme texte de travail…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Record the working text as a named, dated draft (Ctrl+Shift+D)</source>
        <extracomment>Show a draft read-only in the editor (snapshot id).</extracomment>
        <translation>Enregistrer le texte de travail comme projet nommé et daté (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Working text</source>
        <extracomment>The name the tree of the working text carries (conclusions.tree.DocumentText). Names that say "final" by themselves, in the languages a secretariat types them.</extracomment>
        <translation>Texte de travail</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>The text being edited</source>
        <translation>Le texte en cours de rédaction</translation>
    </message>
    <message>
        <source>  (final)</source>
        <translation>  (définitif)</translation>
    </message>
    <message>
        <source>Draft {n} — {when}</source>
        <translation>Projet {n} — {when}</translation>
    </message>
    <message>
        <source>Restore a Draft</source>
        <translation>Rétablir un projet</translation>
    </message>
    <message>
        <source>Make “{name}” the working text? The current working text is replaced; Edit → Undo brings it back.</source>
        <translation>Faire de « {name} » le texte de travail ? Le texte de travail actuel est remplacé ; Édition → Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Rétablir le projet</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>EditingPane</name>
    <message>
        <source>Add a comment…</source>
        <translation>Ajouter un commentaire…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Record that the paragraph comes from a session</source>
        <translation>Indiquer que le paragraphe provient d’une séance</translation>
    </message>
    <message>
        <source>Remove a session linked directly (sessions of promoted items stay while the item is linked)</source>
        <translation>Retirer une séance liée directement (les séances des éléments repris restent tant que l’élément est lié)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Select a paragraph in the outline.</source>
        <extracomment>Statuses in the order the combo offers them. How long typing may pause before the text is committed as one change (milliseconds). The text typed for the shown item, after a pause or when the focus left. Link the shown paragraph to a programme session (id), or unlink it. Undo (True) or redo (False) the window's last change: the box had nothing to undo. The stored text the last commit was typed over (what the save expects to replace).</extracomment>
        <translation>Sélectionnez un paragraphe dans le plan.</translation>
    </message>
    <message>
        <source>None recorded</source>
        <extracomment>The status as stored when the paragraph was shown (a change is checked against it).</extracomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Link to a session…</source>
        <translation>Lier à une séance…</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Délier…</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back to the Working Text</source>
        <extracomment>Agreed paragraphs the user chose to keep agreed while editing them.</extracomment>
        <translation>Retour au texte de travail</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Insert a paragraph after the selected one</source>
        <translation>Insérer un paragraphe après celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Mark the paragraph deleted (struck through, unnumbered)</source>
        <translation>Marquer le paragraphe comme supprimé (barré, non numéroté)</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Split the paragraph at the cursor</source>
        <translation>Scinder le paragraphe à l’emplacement du curseur</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Join the next paragraph onto this one</source>
        <translation>Joindre le paragraphe suivant à celui-ci</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the paragraph up</source>
        <translation>Monter le paragraphe</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the paragraph down</source>
        <translation>Descendre le paragraphe</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indenter</translation>
    </message>
    <message>
        <source>Make it a sub-paragraph (a), (b)… of the one before (Tab)</source>
        <translation>En faire un alinéa a), b)… du paragraphe précédent (Tab)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Désindenter</translation>
    </message>
    <message>
        <source>Make the sub-paragraph a numbered paragraph again (Shift+Tab)</source>
        <translation>Refaire de l’alinéa un paragraphe numéroté (Maj+Tab)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Find and replace across the document</source>
        <translation>Rechercher et remplacer dans tout le document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Show the whole text as it will print, editable in place</source>
        <translation>Afficher tout le texte tel qu’il sera imprimé, modifiable sur place</translation>
    </message>
    <message>
        <source>Line Numbers</source>
        <translation>Numéros de ligne</translation>
    </message>
    <message>
        <source>Number the lines of the document view</source>
        <translation>Numéroter les lignes de la vue du document</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Crochets</translation>
    </message>
    <message>
        <source>Put the selected words between square brackets (Ctrl+Shift+B)</source>
        <translation>Placer les mots sélectionnés entre crochets (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Heading…</source>
        <translation>Intitulé…</translation>
    </message>
    <message>
        <source>Give the selected section a heading</source>
        <translation>Donner un intitulé à la section sélectionnée</translation>
    </message>
    <message>
        <source>No outcome document.</source>
        <translation>Aucun document final.</translation>
    </message>
    <message>
        <source>Viewing {draft} — read-only. Restore it from the Drafts tab to edit it.</source>
        <translation>Consultation de {draft} — lecture seule. Rétablissez-le depuis l’onglet Projets pour le modifier.</translation>
    </message>
    <message>
        <source>Opening text</source>
        <translation>Texte liminaire</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraphe</numerusform>
            <numerusform>%Ln paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <source>Brackets: %1</source>
        <translation>Crochets : %1</translation>
    </message>
    <message>
        <source>The bracketed parts of the text</source>
        <translation>Les passages du texte entre crochets</translation>
    </message>
    <message>
        <source>No square brackets</source>
        <translation>Aucun crochet</translation>
    </message>
    <message>
        <source>%1: whole paragraph</source>
        <translation>%1 : paragraphe entier</translation>
    </message>
    <message>
        <source>    Remove these brackets</source>
        <translation>    Retirer ces crochets</translation>
    </message>
    <message>
        <source>Remove brackets</source>
        <translation>Retirer les crochets</translation>
    </message>
    <message>
        <source>Section Heading</source>
        <translation>Intitulé de section</translation>
    </message>
    <message>
        <source>Heading (empty: none):</source>
        <translation>Intitulé (vide : aucun) :</translation>
    </message>
    <message>
        <source>Set heading</source>
        <translation>Définir l’intitulé</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %Ln time(s)</source>
        <translation>
            <numerusform>Remplacé %Ln fois</numerusform>
            <numerusform>Remplacé %Ln fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>agreed</source>
        <extracomment>The counts line changed (for the screen's status line). Asks the screen to go back to the working text from a read-only draft. The snapshot shown read-only, None for the working text. True when the person's roles do not allow editing documents (ui/team/gate.py).</extracomment>
        <translation>adopté</translation>
    </message>
    <message>
        <source>bracketed</source>
        <translation>entre crochets</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>Opening text (free text: select a paragraph)</source>
        <translation>Texte liminaire (texte libre : sélectionnez un paragraphe)</translation>
    </message>
    <message>
        <source>Paragraph {number}</source>
        <translation>Paragraphe {number}</translation>
    </message>
    <message>
        <source>Deleted paragraph</source>
        <translation>Paragraphe supprimé</translation>
    </message>
    <message>
        <source>Unnumbered paragraph</source>
        <translation>Paragraphe non numéroté</translation>
    </message>
    <message>
        <source>Edit lead-in</source>
        <translation>Modifier le chapeau</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>Modifier le paragraphe</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Link session</source>
        <translation>Lier une séance</translation>
    </message>
    <message>
        <source>Unlink session</source>
        <translation>Délier une séance</translation>
    </message>
    <message>
        <source>Insert paragraph</source>
        <translation>Insérer un paragraphe</translation>
    </message>
    <message>
        <source>Split paragraph</source>
        <translation>Scinder le paragraphe</translation>
    </message>
    <message>
        <source>Merge paragraphs</source>
        <translation>Fusionner les paragraphes</translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation>Déplacer le paragraphe</translation>
    </message>
    <message>
        <source>Indent paragraph</source>
        <translation>Indenter le paragraphe</translation>
    </message>
    <message>
        <source>Outdent paragraph</source>
        <translation>Désindenter le paragraphe</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Created the event.</source>
        <extracomment>Called with the id of the event to show after a save (None: after a deletion). Shows a message in the window's status bar. The dialog open now (tests reach it here).</extracomment>
        <translation>Événement créé.</translation>
    </message>
    <message>
        <source>Deleted the event.</source>
        <translation>Événement supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the event. %n session(s) now lie outside its dates: the programme checks list them.</source>
        <translation>
            <numerusform>Événement enregistré. %n séance se trouve désormais hors de ses dates : les contrôles du programme la signalent.</numerusform>
            <numerusform>Événement enregistré. %n séances se trouvent désormais hors de ses dates : les contrôles du programme les signalent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the event.</source>
        <translation>Événement enregistré.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nom &amp;court :</translation>
    </message>
    <message>
        <source>For lists and badges, e.g. Brussels 2014</source>
        <translation>Pour les listes et les badges, p. ex. Bruxelles 2014</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Organisateur :</translation>
    </message>
    <message>
        <source>Who convenes it, e.g. the Government of Belgium</source>
        <translation>Qui la convoque, p. ex. le Gouvernement belge</translation>
    </message>
    <message>
        <source>&amp;Co-organisers:</source>
        <translation>Co-organisate&amp;urs :</translation>
    </message>
    <message>
        <source>One per line, in the order credited</source>
        <translation>Un par ligne, dans l’ordre des mentions</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Lan&amp;gues :</translation>
    </message>
    <message>
        <source>ISO 639-1 codes, main one first: en, fr</source>
        <translation>Codes ISO 639-1, la langue principale d’abord : en, fr</translation>
    </message>
    <message>
        <source>Title (&amp;French):</source>
        <translation>Titre (fra&amp;nçais) :</translation>
    </message>
    <message>
        <source>Printed on French editions, e.g. Conférence internationale sur la prévention du génocide</source>
        <translation>Imprimé sur les éditions en français, p. ex. Conférence internationale sur la prévention du génocide</translation>
    </message>
    <message>
        <source>Ve&amp;nue (French):</source>
        <translation>L&amp;ieu (français) :</translation>
    </message>
    <message>
        <source>e.g. Palais d'Egmont (empty: the venue above)</source>
        <translation>p. ex. Palais d’Egmont (vide : le lieu ci-dessus)</translation>
    </message>
    <message>
        <source>Cit&amp;y (French):</source>
        <translation>Vill&amp;e (français) :</translation>
    </message>
    <message>
        <source>e.g. Bruxelles (empty: the city above)</source>
        <translation>p. ex. Bruxelles (vide : la ville ci-dessus)</translation>
    </message>
    <message>
        <source>H&amp;ost (French):</source>
        <translation>Org&amp;anisateur (français) :</translation>
    </message>
    <message>
        <source>e.g. le Gouvernement de la Belgique</source>
        <translation>p. ex. le Gouvernement de la Belgique</translation>
    </message>
    <message>
        <source>Rooms (in programme grid order)</source>
        <translation>Salles (dans l’ordre de la grille du programme)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a room at the end</source>
        <translation>Ajouter une salle à la fin</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected room</source>
        <translation>Retirer la salle sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected room one column left in the programme grid</source>
        <translation>Déplacer la salle sélectionnée d’une colonne vers la gauche dans la grille du programme</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected room one column right in the programme grid</source>
        <translation>Déplacer la salle sélectionnée d’une colonne vers la droite dans la grille du programme</translation>
    </message>
    <message>
        <source>Changes to an event are saved at once and cannot be undone with Edit → Undo.</source>
        <translation>Les modifications d’un événement sont enregistrées aussitôt et ne peuvent pas être annulées avec Édition → Annuler.</translation>
    </message>
    <message>
        <source>Delete this event with all its participants, sessions and outcome documents</source>
        <translation>Supprimer cet événement avec tous ses participants, séances et documents finaux</translation>
    </message>
    <message>
        <source>Conference</source>
        <extracomment>Kinds of event.</extracomment>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Saves the event and its rooms; `clear_sessions` lets a room in use go. Raises UserError (ConfirmationRequired for a room in use) to refuse, which keeps the dialog open: input refusals (EventInputError, an unconfirmed room in use) are shown in the dialog, others (a colleague's change, a lost database) through `messages.user_errors`. Deletes the event (after the dialog asked); raises UserError to refuse. True once the event was deleted from this dialog.</extracomment>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>New Event</source>
        <extracomment>Left of Save and Cancel, away from them; only when editing an event.</extracomment>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Event: %s</source>
        <translation>Événement : %s</translation>
    </message>
    <message>
        <source>&amp;Delete Event…</source>
        <translation>&amp;Supprimer l’événement…</translation>
    </message>
    <message>
        <source>The seats of “{name}” must be a whole number, not “{seats}”.</source>
        <translation>Le nombre de places de « {name} » doit être un nombre entier, et non « {seats} ».</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Cannot save the event</source>
        <translation>Impossible d’enregistrer l’événement</translation>
    </message>
    <message>
        <source>Rooms in use</source>
        <translation>Salles utilisées</translation>
    </message>
    <message>
        <source>Leave Them Without a Room</source>
        <translation>Les laisser sans salle</translation>
    </message>
    <message>
        <source>Delete the event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Delete “{title}” with all its participants, sessions and outcome documents? This cannot be undone.</source>
        <translation>Supprimer « {title} » avec tous ses participants, séances et documents finaux ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <source>Cannot delete the event</source>
        <translation>Impossible de supprimer l’événement</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Plain text</source>
        <extracomment>Format names shown in the export choice. The names that need a translation, marked for pyside6-lupdate (ExportDialog's tr()).</extracomment>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Press extract</source>
        <translation>Extrait pour la presse</translation>
    </message>
    <message>
        <source>Export {name}</source>
        <translation>Exporter {name}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Document &amp;symbol:</source>
        <translation>&amp;Cote du document :</translation>
    </message>
    <message>
        <source>e.g. A/CONF.250/L.2 (printed with the date at the top of every page)</source>
        <translation>p. ex. A/CONF.250/L.2 (imprimée avec la date en haut de chaque page)</translation>
    </message>
    <message>
        <source>&amp;Line numbers</source>
        <translation>Numéros de &amp;ligne</translation>
    </message>
    <message>
        <source>Number the lines of the text in the left margin, through the whole document, for negotiation</source>
        <translation>Numéroter les lignes du texte dans la marge de gauche, en continu sur tout le document, pour faciliter la négociation</translation>
    </message>
    <message>
        <source>&amp;Paragraphs for the press extract (none ticked: all):</source>
        <translation>&amp;Paragraphes de l’extrait pour la presse (aucun coché : tous) :</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <extracomment>Characters no file system takes in a name (Windows' list, the strictest). How long the notice stays, in milliseconds.</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export the List of Participants</source>
        <extracomment>The file written (or the problem met): emitted when an export ends. The running export's watcher (None: none runs).</extracomment>
        <translation>Exporter la liste des participants</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Print Badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Writing the list of participants…</source>
        <translation>Écriture de la liste des participants…</translation>
    </message>
    <message>
        <source>Wrote {n} participants to {path}</source>
        <translation>{n} participants écrits dans {path}</translation>
    </message>
    <message>
        <source>Wrote {n} badges to {path}</source>
        <translation>{n} badges écrits dans {path}</translation>
    </message>
    <message>
        <source>Drawing badges…</source>
        <translation>Dessin des badges…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>An export is running already.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Cannot record the badges as printed</source>
        <translation>Impossible d’enregistrer les badges comme imprimés</translation>
    </message>
    <message>
        <source>Badges printed ({n})</source>
        <translation>Badges imprimés ({n})</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>Access needs</source>
        <extracomment>Stored fields the history shows, as words (context "FieldLabel"); others are tidied from their names.</extracomment>
        <translation>Besoins d’accessibilité</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>Badge imprimé</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>City (French)</source>
        <translation>Ville (français)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Role in the delegation</source>
        <translation>Rôle dans la délégation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Not to be published</source>
        <translation>Ne pas publier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Nom en premier</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Floor language</source>
        <translation>Langue de la salle</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Host (French)</source>
        <translation>Hôte (français)</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <translation>Droit de réponse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Titre (français)</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Venue (French)</source>
        <translation>Lieu (français)</translation>
    </message>
    <message>
        <source>Working languages</source>
        <translation>Langues de travail</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>In the published list</source>
        <translation>Dans la liste publiée</translation>
    </message>
    <message>
        <source>Time limit for States</source>
        <translation>Temps de parole des États</translation>
    </message>
    <message>
        <source>Time limit for observers</source>
        <translation>Temps de parole des observateurs</translation>
    </message>
    <message>
        <source>Time limit for rights of reply</source>
        <translation>Temps de parole des droits de réponse</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the registration file</source>
        <translation>Choisir le fichier d’inscriptions</translation>
    </message>
    <message>
        <source>An Excel or OpenDocument workbook, or a CSV file, with one row per participant. Title rows above the headings are fine.</source>
        <translation>Un classeur Excel ou OpenDocument, ou un fichier CSV, à raison d’une ligne par participant. Des lignes de titre au-dessus des en-têtes sont admises.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Import Registrations</source>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>No match</source>
        <extracomment>The search text or the case option changed.</extracomment>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s)</source>
        <translation>
            <numerusform>%Ln paragraphe</numerusform>
            <numerusform>%Ln paragraphes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FloorLabel</name>
    <message>
        <source>Head of State or Government</source>
        <extracomment>The translation context of every label here.</extracomment>
        <translation>Chef d'État ou de gouvernement</translation>
    </message>
    <message>
        <source>Vice-President or Deputy Prime Minister</source>
        <translation>Vice-président ou vice-Premier ministre</translation>
    </message>
    <message>
        <source>Minister</source>
        <translation>Ministre</translation>
    </message>
    <message>
        <source>Vice-Minister</source>
        <translation>Vice-ministre</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Observer State</source>
        <translation>État observateur</translation>
    </message>
    <message>
        <source>Intergovernmental organisation</source>
        <translation>Organisation intergouvernementale</translation>
    </message>
    <message>
        <source>United Nations entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>To speak</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>A pris la parole</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Right of reply</source>
        <extracomment>Heading of rights of reply.</extracomment>
        <translation>Droit de réponse</translation>
    </message>
</context>
<context>
    <name>FloorScreen</name>
    <message>
        <source>Speaking</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <extracomment>The module defining the screen's class, imported when the screen is built. The class's name, also the context its title is translated in. The screen's title in English (the class's `title()` gives the same, translated). File name of the navigation icon in resources/icons/ (the class's `icon_name`). The letters its widgets answer to with Alt (tabs, buttons, labelled fields) in English and in French, which the menu bar's titles avoid before the screen is built as after (ui/mnemonics.py; tests/ui/test_screens.py checks them against the built screen). The window's screens in the order of the navigation and of View (Ctrl+1 … Ctrl+4).</extracomment>
        <translation>&amp;Tribune</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Séance :</translation>
    </message>
    <message>
        <source>States (min):</source>
        <translation>États (min) :</translation>
    </message>
    <message>
        <source>Observers (min):</source>
        <translation>Observateurs (min) :</translation>
    </message>
    <message>
        <source>Replies (min):</source>
        <translation>Réponses (min) :</translation>
    </message>
    <message>
        <source>Changes made by the chair:</source>
        <translation>Modifications apportées par la présidence :</translation>
    </message>
    <message>
        <source>&amp;Give the Floor</source>
        <translation>&amp;Donner la parole</translation>
    </message>
    <message>
        <source>Ne&amp;xt Speaker</source>
        <translation>Orateur &amp;suivant</translation>
    </message>
    <message>
        <source>S&amp;top the Timer</source>
        <translation>&amp;Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>&amp;Inscribe…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>Int&amp;ervertir</translation>
    </message>
    <message>
        <source>Wit&amp;hdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>D&amp;efer</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <source>To &amp;Speak</source>
        <translation>Réins&amp;crire</translation>
    </message>
    <message>
        <source>Rapporteur's &amp;Note…</source>
        <translation>&amp;Note du rapporteur…</translation>
    </message>
    <message>
        <source>Delete Inscription</source>
        <translation>Supprimer l'inscription</translation>
    </message>
    <message>
        <source>Back to &amp;Protocol Order</source>
        <translation>Revenir à l'ordre &amp;protocolaire</translation>
    </message>
    <message>
        <source>Pro&amp;ject in the Room</source>
        <translation>Pro&amp;jeter dans la salle</translation>
    </message>
    <message>
        <source>Print or E&amp;xport…</source>
        <translation>Imprimer ou e&amp;xporter…</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Tribune</translation>
    </message>
    <message>
        <source>Has the floor: %1</source>
        <translation>A la parole : %1</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Personne n'a la parole.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochain orateur : %1</translation>
    </message>
    <message>
        <source>Nobody else is waiting to speak.</source>
        <translation>Plus personne n'attend de prendre la parole.</translation>
    </message>
    <message>
        <source>Cannot inscribe</source>
        <translation>Inscription impossible</translation>
    </message>
    <message>
        <source>Inscribe %1</source>
        <translation>Inscrire %1</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Cannot change the order</source>
        <translation>Impossible de modifier l'ordre</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Swap %1 and %2</source>
        <translation>Intervertir %1 et %2</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Cannot change the list</source>
        <translation>Impossible de modifier la liste</translation>
    </message>
    <message>
        <source>Give the floor to %1</source>
        <translation>Donner la parole à %1</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Arrêter le chronomètre</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marquer %1</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>Rapporteur's Note</source>
        <translation>Note du rapporteur</translation>
    </message>
    <message>
        <source>The rapporteur's item noting this intervention:</source>
        <translation>Le point du rapporteur qui consigne cette intervention :</translation>
    </message>
    <message>
        <source>Link a rapporteur's note</source>
        <translation>Lier une note du rapporteur</translation>
    </message>
    <message>
        <source>Back to Protocol Order</source>
        <translation>Revenir à l'ordre protocolaire</translation>
    </message>
    <message>
        <source>Forget every move and swap made on this list? Withdrawals stay.</source>
        <translation>Annuler tous les déplacements et interversions faits sur cette liste ? Les retraits sont maintenus.</translation>
    </message>
    <message>
        <source>Cannot re-order</source>
        <translation>Impossible de rétablir l'ordre</translation>
    </message>
    <message>
        <source>Back to protocol order</source>
        <translation>Retour à l'ordre protocolaire</translation>
    </message>
    <message>
        <source>Cannot change the time limits</source>
        <translation>Impossible de modifier les temps de parole</translation>
    </message>
    <message>
        <source>Change the time limits</source>
        <translation>Modifier les temps de parole</translation>
    </message>
    <message>
        <source>Print or Export the List of Speakers</source>
        <translation>Imprimer ou exporter la liste des orateurs</translation>
    </message>
    <message>
        <source>List of speakers – %1</source>
        <translation>Liste des orateurs – %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Classeur (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Wrote the list of speakers to %1</source>
        <translation>Liste des orateurs enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>FloorTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Delegation or observer</source>
        <translation>Délégation ou observateur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rapporteur's note</source>
        <translation>Note du rapporteur</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Add a Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Give a Role</source>
        <translation>Attribuer un rôle</translation>
    </message>
    <message>
        <source>login name, e.g. ana.lopes</source>
        <translation>nom de connexion, p. ex. ana.lopes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>leave empty to set none</source>
        <translation>laisser vide pour n’en définir aucun</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Historique de {record}</translation>
    </message>
    <message numerus="yes">
        <source>%n recorded change(s)</source>
        <translation>
            <numerusform>%n modification enregistrée</numerusform>
            <numerusform>%n modifications enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>données personnelles exportées</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>données personnelles effacées</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Aucune modification enregistrée pour l'instant.</translation>
    </message>
    <message>
        <source>Export the History</source>
        <translation>Exporter l'historique</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>Impossible d'exporter l'historique</translation>
    </message>
    <message>
        <source>Wrote the history to %1</source>
        <translation>Historique enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an Outcome Document</source>
        <translation>Importer un document final</translation>
    </message>
    <message>
        <source>&amp;Open a .txt or .docx File…</source>
        <translation>&amp;Ouvrir un fichier .txt ou .docx…</translation>
    </message>
    <message>
        <source>Paste the text here: lead-ins end with “:”, paragraphs start with “1.”, “(a)”, “•”…</source>
        <translation>Collez le texte ici : les chapeaux se terminent par « : », les paragraphes commencent par « 1. », « (a) », « • »…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>As a &amp;new document</source>
        <translation>Comme &amp;nouveau document</translation>
    </message>
    <message>
        <source>As a new &amp;draft of the current document</source>
        <translation>Comme nouveau &amp;projet du document en cours</translation>
    </message>
    <message>
        <source>Draft &amp;name:</source>
        <translation>No&amp;m du projet :</translation>
    </message>
    <message>
        <source>Chair's Conclusions</source>
        <translation>Conclusions de la présidence</translation>
    </message>
    <message>
        <source>Optional: record it as a named draft</source>
        <translation>Facultatif : l’enregistrer comme projet nommé</translation>
    </message>
    <message>
        <source>Open a Draft</source>
        <extracomment>The encoding of the .txt file shown in the box ("" for pasted text).</extracomment>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Drafts (*.txt *.docx);;All files (*)</source>
        <translation>Projets (*.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <source>{name} (read as {encoding})</source>
        <translation>{name} (lu en {encoding})</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Check the Import</source>
        <translation>Vérifier l’importation</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What the import converted or left out:</source>
        <translation>Ce que l’importation a converti ou omis :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>“{title}”: {parts}, {paragraphs}.</source>
        <translation>« {title} » : {parts}, {paragraphs}.</translation>
    </message>
    <message>
        <source>(no title found)</source>
        <translation>(aucun titre trouvé)</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n footnote(s) or comment(s) will be attached to their paragraphs.</source>
        <translation>
            <numerusform>%n note de bas de page ou commentaire sera rattaché à son paragraphe.</numerusform>
            <numerusform>%n notes de bas de page ou commentaires seront rattachés à leurs paragraphes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is written until you import.</source>
        <translation>Rien n’est enregistré tant que vous n’importez pas.</translation>
    </message>
    <message>
        <source>Everything was read as it is; nothing was left out.</source>
        <translation>Tout a été lu tel quel ; rien n’a été omis.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lead-in</source>
        <translation>Chapeau</translation>
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
    <name>ImportWizard</name>
    <message>
        <source>Import Registrations</source>
        <extracomment>Emitted when the worker has finished, whatever the outcome. Where the previews are built and the import is committed. Language of names shown (categories, States). The report, or the message of a failed or cancelled import.</extracomment>
        <translation>Importer des inscriptions</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Importing registrations</source>
        <translation>Importation des inscriptions</translation>
    </message>
</context>
<context>
    <name>InscribeDialog</name>
    <message>
        <source>Inscribe a Speaker</source>
        <translation>Inscrire un orateur</translation>
    </message>
    <message>
        <source>Right of reply (heard after every other speaker)</source>
        <translation>Droit de réponse (entendu après tous les autres orateurs)</translation>
    </message>
    <message>
        <source>&amp;Delegation or observer:</source>
        <translation>&amp;Délégation ou observateur :</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Orateur :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Rang :</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Recommendation or Key Point</source>
        <translation>Recommandation ou point clé</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>An unexpected problem stopped the work; nothing was written. (%1)</source>
        <extracomment>A job's work: runs in a pool thread, returns its result. Set once the work has returned and its last signal is queued.</extracomment>
        <translation>Un problème inattendu a interrompu le travail ; rien n’a été écrit. (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The work's result. Why the job failed, for the user. The user cancelled. Progress (done, total), for screens that show it themselves.</extracomment>
        <translation>Annuler</translation>
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
        <translation>Arrivés</translation>
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
        <extracomment>Kinds of sending body, as headings over the people they sent.</extracomment>
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
        <extracomment>UN regional groups as `reports.stats` counts them (the group names of the UN list of States, and its two buckets for people of no group), as headings over counts.</extracomment>
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
    <name>LayoutDialog</name>
    <message>
        <source>Room Layout</source>
        <translation>Disposition de la salle</translation>
    </message>
    <message>
        <source>Places in each row, front row first: “14,16,16” or “10x16” (ten rows of sixteen)</source>
        <translation>Places de chaque rangée, en commençant par le premier rang : « 14,16,16 » ou « 10x16 » (dix rangées de seize)</translation>
    </message>
    <message>
        <source>Numbers of the places without steps, e.g. “1,14”</source>
        <translation>Numéros des places accessibles sans marche, p. ex. « 1,14 »</translation>
    </message>
    <message>
        <source>&amp;Rows of places:</source>
        <translation>&amp;Rangées de places :</translation>
    </message>
    <message>
        <source>Chairs at the &amp;table:</source>
        <translation>Sièges à la &amp;table :</translation>
    </message>
    <message>
        <source>Chairs &amp;behind:</source>
        <translation>Sièges &amp;derrière :</translation>
    </message>
    <message>
        <source>&amp;Accessible places:</source>
        <translation>Places &amp;accessibles :</translation>
    </message>
</context>
<context>
    <name>ListExportDialog</name>
    <message>
        <source>Export the List of Participants</source>
        <extracomment>Which people: the whole list, the rows shown (filtered), or the selected rows.</extracomment>
        <translation>Exporter la liste des participants</translation>
    </message>
    <message>
        <source>PDF: official list, grouped by delegation</source>
        <translation>PDF : liste officielle, par délégation</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX): every field</source>
        <translation>Classeur Excel (XLSX) : tous les champs</translation>
    </message>
    <message>
        <source>CSV (UTF-8): every field</source>
        <translation>CSV (UTF-8) : tous les champs</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The whole list ({n})</source>
        <translation>Toute la liste ({n})</translation>
    </message>
    <message>
        <source>The filtered view ({n})</source>
        <translation>La vue filtrée ({n})</translation>
    </message>
    <message>
        <source>The selected rows ({n})</source>
        <translation>Les lignes sélectionnées ({n})</translation>
    </message>
    <message>
        <source>Published list</source>
        <translation>Liste publiée</translation>
    </message>
    <message>
        <source>Only people who will &amp;attend (not declined or cancelled)</source>
        <translation>Seulement les personnes qui seront &amp;présentes (sauf désistements et annulations)</translation>
    </message>
    <message>
        <source>Leave out people who asked &amp;not to be published</source>
        <translation>Omettre les personnes qui ont demandé à &amp;ne pas figurer dans la liste</translation>
    </message>
    <message>
        <source>&amp;Record as a new issue (original, then Rev.1, Rev.2…), dated</source>
        <translation>&amp;Enregistrer comme nouvelle édition (original, puis Rev.1, Rev.2…), datée du</translation>
    </message>
    <message>
        <source>End with the &amp;changes since the previous issue</source>
        <translation>Terminer par les &amp;modifications depuis l’édition précédente</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search names, organisations, countries, e-mail, codes (Ctrl+F)</source>
        <extracomment>Pause after the last keystroke before the table is filtered. A row was activated (double-click or Enter): its participant id. The shown rows or the selection changed.</extracomment>
        <translation>Rechercher noms, organisations, pays, courriels, codes (Ctrl+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Several statuses at once ("Attending": everyone but declined and cancelled).</extracomment>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>{n} statuses</source>
        <translation>{n} statuts</translation>
    </message>
    <message>
        <source>Attending (not declined or cancelled)</source>
        <translation>Présents (sauf désistements et annulations)</translation>
    </message>
    <message>
        <source>All kinds of organisation</source>
        <translation>Tous types d’organisation</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <source>{shown} of {total} participants</source>
        <translation>{shown} participants sur {total}</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} sélectionné(s)</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Updated by {person} at {time}</source>
        <extracomment>How often the feed is polled: a colleague's change shows within about this long. More ids than a notice carries: the whole list is read again. Screens that missed a change because they held unsaved input.</extracomment>
        <translation>Mis à jour par {person} à {time}</translation>
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
        <source>&amp;Interface Language</source>
        <translation>Langue de l’&amp;interface</translation>
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
        <source>New &amp;Event…</source>
        <translation>Nouvel &amp;événement…</translation>
    </message>
    <message>
        <source>Start a new event (conference, workshop or meeting) in this database</source>
        <translation>Créer un nouvel événement (conférence, atelier ou réunion) dans cette base de données</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Event &amp;Properties…</source>
        <translation>&amp;Propriétés de l’événement…</translation>
    </message>
    <message>
        <source>Title, dates, time zone, place, organisers, languages and rooms of the event shown</source>
        <translation>Titre, dates, fuseau horaire, lieu, organisateurs, langues et salles de l’événement affiché</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
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
        <source>Reset &amp;Demo…</source>
        <translation>Réinitialiser la &amp;démonstration…</translation>
    </message>
    <message>
        <source>Replace your copy of the demo conference with a fresh one and open it</source>
        <translation>Remplacer votre copie de la conférence de démonstration par une copie neuve et l’ouvrir</translation>
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
        <source>&amp;System Default</source>
        <translation>Langue du &amp;système</translation>
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
        <extracomment>Opens a database from a path or URL; `create` is False when the file must exist already. Emitted after another database was opened (or none is open any more). Emitted with the event id (0: none) whenever the shown event changes. Emitted with a screen built after the window (the first time it was shown or asked for), once it has the window's event, list language, undo group and menu. The screens built so far, in the order of KINDS (see ui/screens.py). Whether the window has given its screens an event yet (a screen built after that is given the window's at once). Nothing to show (no database, or no event in it): the start page is in front. The demo copy being written in the job runner, if any.</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Impossible d’ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Preparing the demo conference…</source>
        <translation>Préparation de la conférence de démonstration…</translation>
    </message>
    <message>
        <source>Cannot read the event</source>
        <translation>Impossible de lire l’événement</translation>
    </message>
    <message>
        <source>Cannot read the events</source>
        <translation>Impossible de lire les événements</translation>
    </message>
    <message>
        <source>the system's language</source>
        <extracomment>Starts the program again once the window has closed (tests put a recorder here).</extracomment>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>La fenêtre sera en {language} dès le prochain démarrage.</translation>
    </message>
    <message>
        <source>A server database is copied with the server's own tools (e.g. pg_dump).</source>
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
    <message>
        <source>Reset Demo</source>
        <translation>Réinitialiser la démonstration</translation>
    </message>
    <message>
        <source>Replace your copy of the demo conference with a fresh one? Every change you made to the demo is lost.</source>
        <translation>Remplacer votre copie de la conférence de démonstration par une copie neuve ? Toutes les modifications que vous y avez apportées seront perdues.</translation>
    </message>
    <message>
        <source>Cannot reset the demo</source>
        <translation>Impossible de réinitialiser la démonstration</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name (split into given and family name)</source>
        <extracomment>The names of imports.mapping.FIELDS (kept Qt-free), marked for pyside6-lupdate.</extracomment>
        <translation>Nom complet (séparé en prénom et nom)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation / delegation</source>
        <translation>Organisation / délégation</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type d’organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delegation role</source>
        <translation>Rôle dans la délégation</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Régime alimentaire</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Besoins d’accessibilité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Code du participant</translation>
    </message>
    <message>
        <source>Family name written first (yes/no)</source>
        <translation>Nom de famille écrit en premier (oui/non)</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>En-tête dans le fichier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source> “{heading}” is read value by value: a State makes a State delegation and the person's country, anything else an organisation.</source>
        <translation> « {heading} » est lu valeur par valeur : un État donne une délégation d’État et le pays de la personne, toute autre valeur une organisation.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”: headings found on row {row}. {origin}</source>
        <translation>Feuille « {sheet} » : en-têtes trouvés à la ligne {row}. {origin}</translation>
    </message>
    <message>
        <source>Columns matched as you matched them last time.</source>
        <translation>Colonnes mises en correspondance comme la dernière fois.</translation>
    </message>
    <message>
        <source>Correct any column matched wrongly.</source>
        <translation>Corrigez toute colonne mal mise en correspondance.</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Comparing the rows with the people registered…</source>
        <translation>Comparaison des lignes avec les personnes inscrites…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>confdesk met an unexpected problem and could not finish what you asked. What you saved before is safe; check the last change and make it again if it is missing.</source>
        <translation>confdesk a rencontré un problème inattendu et n’a pas pu terminer l’opération demandée. Ce que vous avez enregistré auparavant est en sécurité ; vérifiez la dernière modification et refaites-la si elle manque.</translation>
    </message>
    <message>
        <source>The details were written to %1; please send that file to whoever supports confdesk.</source>
        <translation>Les détails ont été écrits dans %1 ; veuillez envoyer ce fichier à la personne chargée de l’assistance de confdesk.</translation>
    </message>
    <message>
        <source>The details could not be written to %1.</source>
        <translation>Les détails n’ont pas pu être écrits dans %1.</translation>
    </message>
</context>
<context>
    <name>NewDocumentDialog</name>
    <message>
        <source>New Document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Chair's Conclusions</source>
        <translation>Conclusions de la présidence</translation>
    </message>
    <message>
        <source>&amp;Lead-in:</source>
        <translation>&amp;Chapeau :</translation>
    </message>
    <message>
        <source>The participants note that:</source>
        <translation>Les participants prennent note de ce qui suit :</translation>
    </message>
    <message>
        <source>The lead-in of the first numbered list (after an empty opening part)</source>
        <translation>Le chapeau de la première liste numérotée (après une partie liminaire vide)</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>A State, an organisation…</source>
        <translation>Un État, une organisation…</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>List without a lead-in</source>
        <translation>Liste sans chapeau</translation>
    </message>
    <message>
        <source>Section {number}: {words}</source>
        <translation>Section {number} : {words}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted paragraph</source>
        <translation>Paragraphe supprimé</translation>
    </message>
    <message>
        <source>Unnumbered paragraph</source>
        <translation>Paragraphe non numéroté</translation>
    </message>
    <message>
        <source>Sub-paragraph {label} of paragraph {parent}</source>
        <translation>Alinéa {label} du paragraphe {parent}</translation>
    </message>
    <message>
        <source>Paragraph {label}</source>
        <translation>Paragraphe {label}</translation>
    </message>
    <message>
        <source>Sources: {names}</source>
        <translation>Sources : {names}</translation>
    </message>
    <message>
        <source>No source session</source>
        <translation>Aucune séance source</translation>
    </message>
    <message>
        <source>{which}: {words}</source>
        <translation>{which} : {words}</translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Put in Square Brackets</source>
        <extracomment>Milliseconds of pause after typing before a paragraph is saved. The margin bar's colour per status. "Propose an Amendment…" was chosen in the paragraph's context menu.</extracomment>
        <translation>Mettre entre crochets</translation>
    </message>
    <message>
        <source>Propose an Amendment…</source>
        <translation>Proposer un amendement…</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Hon&amp;orific:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Family name written first (e.g. Chinese, Hungarian, Korean names)</source>
        <translation>Nom de famille écrit en premier (p. ex. noms chinois, hongrois, coréens)</translation>
    </message>
    <message>
        <source>F&amp;unction:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>e.g. Minister for Foreign Affairs</source>
        <translation>p. ex. Ministre des affaires étrangères</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Role in delegation:</source>
        <translation>&amp;Rôle dans la délégation :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Coun&amp;try:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>Régime &amp;alimentaire :</translation>
    </message>
    <message>
        <source>&amp;Access needs:</source>
        <translation>Besoins d’accessi&amp;bilité :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Obser&amp;vations :</translation>
    </message>
    <message>
        <source>Do not pu&amp;blish in the list of participants (the person asked)</source>
        <translation>Ne pas pub&amp;lier dans la liste des participants (à la demande de la personne)</translation>
    </message>
    <message>
        <source>Left out of the published list of participants; badges and the desk are not affected</source>
        <translation>Omis de la liste publiée des participants ; sans effet sur les badges ni sur le bureau d’accueil</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <extracomment>A person's place in a delegation.</extracomment>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Chef adjoint</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Personnel d’appui</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <extracomment>The organisation's text when it is not one of the listed ones (to find or create). Writes a FormResult; raises UserError (shown in the dialog) when refused. Lists people who may be the same as the data (for the duplicate warning).</extracomment>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>New Participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>{country} (the delegation's)</source>
        <translation>{country} (pays de la délégation)</translation>
    </message>
    <message>
        <source>This may be someone already registered:</source>
        <translation>Cette personne est peut-être déjà inscrite :</translation>
    </message>
    <message>
        <source>Press Save again to save anyway, or Cancel.</source>
        <translation>Appuyez de nouveau sur Enregistrer pour enregistrer quand même, ou sur Annuler.</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <extracomment>(sort key in the store, heading); the order of the table's columns. The headings again, marked for pyside6-lupdate (headerData translates them with tr()).</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation / delegation</source>
        <translation>Organisation / délégation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>ParticipantsScreen</name>
    <message>
        <source>&amp;List</source>
        <extracomment>The event's figures are read just after the list's next paint (they cost a second at 100,000 people, which the user would otherwise wait for to see the list), or when the Summary is shown. The event's order of the delegations' groups (empty: the UN order). The last message given in the status bar (also when there is no window).</extracomment>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Délégations</translation>
    </message>
    <message>
        <source>Registration &amp;desk</source>
        <translation>Bureau d’&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Récapitulatif</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>The import wizard, while one is open.</extracomment>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a participant (Ins, Ctrl+N in the list)</source>
        <translation>Ajouter un participant (Inser, Ctrl+N dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the participant (Enter, F2)</source>
        <translation>Modifier le participant (Entrée, F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected participants (Del)</source>
        <translation>Supprimer les participants sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Changer le s&amp;tatut</translation>
    </message>
    <message>
        <source>Set &amp;category</source>
        <translation>Changer la &amp;catégorie</translation>
    </message>
    <message>
        <source>&amp;Badges…</source>
        <extracomment>The event's categories, read with its participants.</extracomment>
        <translation>&amp;Badges…</translation>
    </message>
    <message>
        <source>Print badges to PDF (Ctrl+B)</source>
        <translation>Imprimer les badges en PDF (Ctrl+B)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>The list of participants as PDF, Excel workbook or CSV (Ctrl+Shift+E)</source>
        <translation>La liste des participants en PDF, classeur Excel ou CSV (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import registrations from a spreadsheet (Ctrl+I)</source>
        <translation>Importer des inscriptions depuis un tableur (Ctrl+I)</translation>
    </message>
    <message>
        <source>Ca&amp;tegories…</source>
        <translation>Caté&amp;gories…</translation>
    </message>
    <message>
        <source>The event's categories of participants: names, badge colours, whether they appear in the published list</source>
        <translation>Les catégories de participants de l’événement : noms, couleurs des badges, présence dans la liste publiée</translation>
    </message>
    <message>
        <source>Cannot read the event</source>
        <extracomment>The list's context menu (the window adds History… and the personal-data actions).</extracomment>
        <translation>Impossible de lire l’événement</translation>
    </message>
    <message>
        <source>Categories saved.</source>
        <translation>Catégories enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s): {names}{more}?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n participant : {names}{more} ?

Édition → Annuler le rétablit.</numerusform>
            <numerusform>Supprimer %n participants : {names}{more} ?

Édition → Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Suppression de %n participant</numerusform>
            <numerusform>Suppression de %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>La modification n’a pas pu être effectuée</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participant(s)</source>
        <translation>
            <numerusform>Import de %n participant</numerusform>
            <numerusform>Import de %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} autre(s)</translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Supprimer des participants</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Set status of {n} to {status}</source>
        <translation>Statut de {n} participant(s) : {status}</translation>
    </message>
    <message>
        <source>Set category of {n} to {category}</source>
        <translation>Catégorie de {n} participant(s) : {category}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Modification impossible</translation>
    </message>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Ce participant n’existe plus.</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>The list shows the participants as they are now.</source>
        <extracomment>Called with the ids a command changed (the screen refreshes those rows).</extracomment>
        <translation>La liste montre les participants tels qu’ils sont maintenant.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add a person to the session</source>
        <extracomment>Registers a participant from (data, organisation name); returns the new id. Most people listed at once; the search narrows the rest.</extracomment>
        <translation>Ajouter une personne à la séance</translation>
    </message>
    <message>
        <source>Search by name, organisation, country…</source>
        <translation>Rechercher par nom, organisation, pays…</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Nouveau participant…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>%1 people match; the first %2 are shown.</source>
        <translation>%1 personnes correspondent ; les %2 premières sont affichées.</translation>
    </message>
    <message>
        <source>One person matches.</source>
        <translation>Une personne correspond.</translation>
    </message>
    <message>
        <source>%1 people match.</source>
        <translation>%1 personnes correspondent.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <extracomment>Choices for a duplicate row, and for someone who only shares a name with someone. Headings and actions again, marked for pyside6-lupdate in the contexts whose tr() shows them.</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation / country</source>
        <translation>Organisation / pays</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Update registered person</source>
        <translation>Mettre à jour la personne inscrite</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Invalid: skipped</source>
        <translation>Non valide : ignorée</translation>
    </message>
    <message>
        <source>A cell of the file, as imported: double-click to correct it</source>
        <extracomment>A cell of the sheet was corrected: (line, column of the sheet, new text). Columns of the sheet shown after the fixed ones (the imported ones, in order).</extracomment>
        <translation>Une cellule du fichier, telle qu’importée : double-cliquez pour la corriger</translation>
    </message>
    <message>
        <source>Wrong: double-click to correct it. {problems}</source>
        <translation>Erronée : double-cliquez pour la corriger. {problems}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>Double-click an Action cell to decide about a possible duplicate, or a cell of the file (right of Action; red when wrong) to correct it.</source>
        <translation>Double-cliquez sur une cellule Action pour statuer sur un doublon possible, ou sur une cellule du fichier (à droite d’Action ; en rouge si elle est erronée) pour la corriger.</translation>
    </message>
    <message>
        <source>All duplicates:</source>
        <extracomment>The whole text of the current row's problems, wrapped.</extracomment>
        <translation>Tous les doublons :</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Importer les lignes valides et ignorer les lignes non valides</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <extracomment>Why Import is not available (empty when it is).</extracomment>
        <translation>Nouvelle vérification des lignes…</translation>
    </message>
    <message>
        <source>Line {line}: {problems}</source>
        <translation>Ligne {line} : {problems}</translation>
    </message>
    <message>
        <source>no problem</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <source>{rows} rows: {add} to add, {update} to update, {skip} to skip, {invalid} invalid.</source>
        <translation>{rows} lignes : {add} à ajouter, {update} à mettre à jour, {skip} à ignorer, {invalid} non valides.</translation>
    </message>
    <message>
        <source> {n} possible duplicate(s) share only a name with someone: check them.</source>
        <translation> {n} doublon(s) possible(s) n’ont en commun que le nom avec une autre personne : vérifiez-les.</translation>
    </message>
    <message>
        <source>Import waits until the rows are checked again.</source>
        <translation>L’importation attend la nouvelle vérification des lignes.</translation>
    </message>
    <message>
        <source>Import is not available: {n} row(s) are invalid (in red). Correct their red cells (double-click), or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>Importation impossible : {n} ligne(s) non valide(s) (en rouge). Corrigez leurs cellules en rouge (double-clic), ou cochez « Importer les lignes valides et ignorer les lignes non valides ».</translation>
    </message>
    <message>
        <source>Import is not available: no row would be added or updated.</source>
        <translation>Importation impossible : aucune ligne ne serait ajoutée ni mise à jour.</translation>
    </message>
</context>
<context>
    <name>ProgrammeExport</name>
    <message numerus="yes">
        <source>… and %n more (see the Conflicts panel).</source>
        <translation>
            <numerusform>… et %n autre (voir le panneau Conflits).</numerusform>
            <numerusform>… et %n autres (voir le panneau Conflits).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a programme with conflicts?</source>
        <translation>Exporter un programme comportant des conflits ?</translation>
    </message>
    <message numerus="yes">
        <source>The programme has %n conflict(s). %1 would show it as it stands.</source>
        <extracomment>Conflicts listed in the question before an export (the rest are counted).</extracomment>
        <translation>
            <numerusform>Le programme comporte %n conflit. %1 le montrerait tel quel.</numerusform>
            <numerusform>Le programme comporte %n conflits. %1 le montrerait tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Exporter quand même ?</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Opening</source>
        <extracomment>The translation context of these labels (the window translates them, the files print the English source text or the French below). Kind of session.</extracomment>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>Discours liminaire</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Table ronde</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Séance plénière</translation>
    </message>
    <message>
        <source>High-level segment</source>
        <translation>Débat de haut niveau</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Manifestation parallèle</translation>
    </message>
    <message>
        <source>Chair</source>
        <extracomment>Role as a heading over its holders: (one person, several people).</extracomment>
        <translation>Président</translation>
    </message>
    <message>
        <source>Chairs</source>
        <translation>Présidents</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Modérateurs</translation>
    </message>
    <message>
        <source>Keynote speaker</source>
        <translation>Orateur principal</translation>
    </message>
    <message>
        <source>Keynote speakers</source>
        <translation>Orateurs principaux</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Discussants</source>
        <translation>Commentateurs</translation>
    </message>
    <message>
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <source>Speaker / panellist</source>
        <extracomment>Role as the window offers it to choose (where it differs from the heading): a panel's speakers are its panellists, which the chooser says so that nobody looks for "Panellist".</extracomment>
        <translation>Intervenant / panéliste</translation>
    </message>
    <message>
        <source>Discussant</source>
        <translation>Commentateur</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
</context>
<context>
    <name>ProgrammeScreen</name>
    <message>
        <source>Programme</source>
        <extracomment>The user closed the conflicts panel (it reopens when new conflicts appear).</extracomment>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Search titles, rooms, themes, kinds and people…</source>
        <extracomment>Why sessions may not be moved here ("": they may), set by the team gate.</extracomment>
        <translation>Rechercher titres, salles, thèmes, types et personnes…</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>Grille &amp;horaire</translation>
    </message>
    <message>
        <source>All &amp;sessions</source>
        <translation>&amp;Toutes les séances</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle séance</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>T&amp;hemes…</source>
        <translation>&amp;Thèmes…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Find session</source>
        <translation>&amp;Rechercher une séance</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Seating &amp;Plan…</source>
        <translation>&amp;Plan de salle…</translation>
    </message>
    <message>
        <source>Colour by theme</source>
        <translation>Couleur par thème</translation>
    </message>
    <message>
        <source>Colour by kind</source>
        <translation>Couleur par type</translation>
    </message>
    <message>
        <source>Shown day only</source>
        <translation>Jour affiché seulement</translation>
    </message>
    <message>
        <source>Programme PDF (A4)…</source>
        <translation>Programme en PDF (A4)…</translation>
    </message>
    <message>
        <source>Programme PDF (A5 booklet)…</source>
        <translation>Programme en PDF (livret A5)…</translation>
    </message>
    <message>
        <source>Programme workbook (XLSX)…</source>
        <translation>Programme en classeur (XLSX)…</translation>
    </message>
    <message>
        <source>Calendar (iCalendar .ics)…</source>
        <translation>Calendrier (iCalendar .ics)…</translation>
    </message>
    <message>
        <source>Conference apps (frab XML)…</source>
        <translation>Applications de conférence (XML frab)…</translation>
    </message>
    <message>
        <source>Speakers list PDF…</source>
        <translation>Liste des orateurs en PDF…</translation>
    </message>
    <message>
        <source>Speakers list PDF (A5)…</source>
        <translation>Liste des orateurs en PDF (A5)…</translation>
    </message>
    <message>
        <source>Speakers list XLSX…</source>
        <translation>Liste des orateurs en XLSX…</translation>
    </message>
    <message>
        <source>PDF in French</source>
        <extracomment>PDFs in French: words, dates, honorifics, the event's French texts.</extracomment>
        <translation>PDF en français</translation>
    </message>
    <message>
        <source>&amp;Conflicts Panel</source>
        <extracomment>Shows or hides the conflicts panel; it opens by itself when conflicts appear.</extracomment>
        <translation>Panneau des &amp;conflits</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Conflicts Panel (%n)</source>
        <translation>
            <numerusform>Panneau des &amp;conflits (%n)</numerusform>
            <numerusform>Panneau des &amp;conflits (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme has been reloaded to show it as it is now.</source>
        <translation>Le programme a été rechargé pour le montrer dans son état actuel.</translation>
    </message>
    <message>
        <source>The programme could not be changed</source>
        <translation>Le programme n’a pas pu être modifié</translation>
    </message>
    <message>
        <source>“%s” was changed by someone else in the meantime, so your change was not made.</source>
        <translation>« %s » a été modifiée entre-temps par quelqu’un d’autre ; votre modification n’a donc pas été effectuée.</translation>
    </message>
    <message>
        <source>“%s” is no longer in the programme: someone else deleted it.</source>
        <translation>« %s » ne figure plus au programme : quelqu’un d’autre l’a supprimée.</translation>
    </message>
    <message>
        <source>New session “%s”</source>
        <translation>Nouvelle séance « %s »</translation>
    </message>
    <message>
        <source>Edit “%s”</source>
        <translation>Modifier « %s »</translation>
    </message>
    <message>
        <source>Duplicate “%s”</source>
        <translation>Dupliquer « %s »</translation>
    </message>
    <message>
        <source>Delete “%s”</source>
        <translation>Supprimer « %s »</translation>
    </message>
    <message>
        <source>Move “%s”</source>
        <translation>Déplacer « %s »</translation>
    </message>
    <message>
        <source>Resize “%s”</source>
        <translation>Changer la durée de « %s »</translation>
    </message>
    <message>
        <source>New theme “%s”</source>
        <translation>Nouveau thème « %s »</translation>
    </message>
    <message>
        <source>Change theme “%s”</source>
        <translation>Modifier le thème « %s »</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Files (*%s)</source>
        <translation>Fichiers (*%s)</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>%s écrit.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L’exportation a échoué</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <source>Speakers — projection</source>
        <extracomment>How many speakers after the next one the window shows.</extracomment>
        <translation>Orateurs — projection</translation>
    </message>
    <message>
        <source>No speakers' list</source>
        <translation>Aucune liste d'orateurs</translation>
    </message>
    <message>
        <source>Has the floor</source>
        <translation>A la parole</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Prochain orateur</translation>
    </message>
    <message>
        <source>The list of speakers is exhausted</source>
        <translation>La liste des orateurs est épuisée</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Puis : %1</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <source>Propose an Amendment</source>
        <translation>Proposer un amendement</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Paragraph:</source>
        <translation>Paragraphe :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Proposed text:</source>
        <translation>Texte proposé :</translation>
    </message>
    <message>
        <source>Move after:</source>
        <translation>Placer après :</translation>
    </message>
    <message>
        <source>Proposed by:</source>
        <translation>Proposé par :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justification :</translation>
    </message>
</context>
<context>
    <name>RapporteurPage</name>
    <message>
        <source>Recommendation or key point</source>
        <translation>Recommandation ou point clé</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>Dans le document</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Make a Paragraph of</source>
        <translation>En faire un paragraphe de</translation>
    </message>
    <message>
        <source>The list a promoted item goes to, as its last paragraph</source>
        <translation>La liste dans laquelle un élément repris est ajouté, comme dernier paragraphe</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance :</translation>
    </message>
    <message>
        <source>Rapporteur: {names}</source>
        <translation>Rapporteur : {names}</translation>
    </message>
    <message>
        <source>Noted by %1</source>
        <translation>Noté par %1</translation>
    </message>
    <message numerus="yes">
        <source>{reflected} of %n item(s) reflected in the document</source>
        <translation>
            <numerusform>{reflected} sur %n élément repris dans le document</numerusform>
            <numerusform>{reflected} sur %n éléments repris dans le document</numerusform>
        </translation>
    </message>
    <message>
        <source>the opening text</source>
        <translation>le texte liminaire</translation>
    </message>
    <message numerus="yes">
        <source>paragraph(s) {numbers} of “{list}”</source>
        <translation>
            <numerusform>paragraphe {numbers} de « {list} »</numerusform>
            <numerusform>paragraphes {numbers} de « {list} »</numerusform>
        </translation>
    </message>
    <message>
        <source>Reflected in {places}</source>
        <translation>Repris dans {places}</translation>
    </message>
    <message>
        <source>No paragraph of the document comes from this item.</source>
        <translation>Aucun paragraphe du document ne provient de cet élément.</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the opening text</source>
        <translation>
            <numerusform>%n paragraphe du texte liminaire</numerusform>
            <numerusform>%n paragraphes du texte liminaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paragraph(s) {numbers} of “{lead_in}”</source>
        <translation>
            <numerusform>Paragraphe {numbers} de « {lead_in} »</numerusform>
            <numerusform>Paragraphes {numbers} de « {lead_in} »</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reflected</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Modifier la recommandation</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <source>Move recommendation</source>
        <translation>Déplacer la recommandation</translation>
    </message>
    <message>
        <source>Promote recommendation</source>
        <translation>Reprendre la recommandation</translation>
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
    <name>Relaunch</name>
    <message>
        <source>Interface Language</source>
        <extracomment>Options of the window's command line that name the database to open: replaced by the one open now. (Each with the number of values it takes.)</extracomment>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>confdesk will speak {language} from its next start.</source>
        <translation>Langue de l'interface au prochain démarrage de confdesk : {language}.</translation>
    </message>
    <message>
        <source>Restart now? Everything is saved as it is; the window closes and opens again on the same database.</source>
        <translation>Redémarrer maintenant ? Tout est enregistré tel quel ; la fenêtre se ferme puis se rouvre sur la même base de données.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>Reopen</name>
    <message>
        <source>Paragraph %1 is agreed.</source>
        <translation>Le paragraphe %1 est adopté.</translation>
    </message>
    <message>
        <source>This paragraph is agreed.</source>
        <translation>Ce paragraphe est adopté.</translation>
    </message>
    <message>
        <source>Change an agreed paragraph?</source>
        <translation>Modifier un paragraphe adopté ?</translation>
    </message>
    <message>
        <source>Changing its wording reopens it for negotiation. Reopen it as proposed, put it in brackets, or keep it marked agreed?</source>
        <translation>Modifier son libellé le rouvre à la négociation. Le rouvrir comme proposition, le placer entre crochets ou le laisser marqué comme adopté ?</translation>
    </message>
    <message>
        <source>Reopen as Proposed</source>
        <translation>Rouvrir comme proposition</translation>
    </message>
    <message>
        <source>Reopen in Brackets</source>
        <translation>Rouvrir entre crochets</translation>
    </message>
    <message>
        <source>Keep Agreed</source>
        <translation>Laisser adopté</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Responsable des inscriptions</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>Comptoir d’accueil</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>everything, including events and people's roles</source>
        <extracomment>What each role is for, shown in the Users dialog and `confdesk users --help`.</extracomment>
        <translation>tout, y compris les événements et les rôles des personnes</translation>
    </message>
    <message>
        <source>participants, categories, imports, exports and badges</source>
        <translation>participants, catégories, importations, exportations et badges</translation>
    </message>
    <message>
        <source>check-in and badge reprints; reads the list</source>
        <translation>enregistrement des arrivées et réimpression des badges ; consulte la liste</translation>
    </message>
    <message>
        <source>sessions, rooms, themes and people's roles in sessions</source>
        <translation>séances, salles, thèmes et rôles des personnes dans les séances</translation>
    </message>
    <message>
        <source>outcome documents and rapporteur's items</source>
        <translation>documents finaux et éléments des rapporteurs</translation>
    </message>
    <message>
        <source>reads and prints the published outputs</source>
        <translation>consulte et imprime les documents publiés</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l’importation</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>No database is open.</source>
        <extracomment>File name of the navigation icon in resources/icons/. Summary breakdowns this screen shows first. The event (or database) changed while the screen was out of view: not read yet.</extracomment>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>This database holds no event yet.</source>
        <translation>Cette base de données ne contient encore aucun événement.</translation>
    </message>
    <message>
        <source>Create one with File → New Event… (Ctrl+Shift+N), open another database with File → Open, or start confdesk with --demo to explore the demo conference.</source>
        <translation>Créez-en un avec Fichier → Nouvel événement… (Ctrl+Maj+N), ouvrez une autre base de données avec Fichier → Ouvrir, ou lancez confdesk avec --demo pour découvrir la conférence de démonstration.</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Still running in {screen}:
{jobs}

Cancel it? Nothing is left half-done.</source>
        <translation>Encore en cours dans {screen} :
{jobs}

L’annuler ? Rien ne restera à moitié fait.</translation>
    </message>
    <message>
        <source>Cancel the Work</source>
        <translation>Annuler le travail</translation>
    </message>
    <message>
        <source>Let It Finish</source>
        <translation>Le laisser finir</translation>
    </message>
</context>
<context>
    <name>SeatingWindow</name>
    <message>
        <source>Seating Plan</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Seating</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Salle :</translation>
    </message>
    <message>
        <source>Seat by &amp;Lot</source>
        <translation>Placer par tirage au &amp;sort</translation>
    </message>
    <message>
        <source>Seat &amp;From a State…</source>
        <translation>Placer à &amp;partir d'un État…</translation>
    </message>
    <message>
        <source>&amp;Swap Two Places</source>
        <translation>É&amp;changer deux places</translation>
    </message>
    <message>
        <source>Room &amp;Layout…</source>
        <translation>&amp;Disposition de la salle…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Names in French</source>
        <translation>Noms en français</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Plan PDF…</source>
        <translation>Plan en PDF…</translation>
    </message>
    <message>
        <source>Seat List XLSX…</source>
        <translation>Liste des places en XLSX…</translation>
    </message>
    <message>
        <source>Seat List CSV…</source>
        <translation>Liste des places en CSV…</translation>
    </message>
    <message>
        <source>Name Plates PDF…</source>
        <translation>Chevalets nominatifs en PDF…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Cannot show the seating plan</source>
        <translation>Impossible d'afficher le plan de salle</translation>
    </message>
    <message>
        <source>The event has no rooms.</source>
        <translation>La manifestation n'a pas de salle.</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Tribune</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Rangée {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>order drawn by lot from %1</source>
        <translation>ordre tiré au sort à partir de : %1</translation>
    </message>
    <message>
        <source>alphabetical order from %1</source>
        <translation>ordre alphabétique à partir de : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delegation(s) seated</source>
        <translation>
            <numerusform>%n délégation placée</numerusform>
            <numerusform>%n délégations placées</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody seated yet: Seat by Lot, or From a State</source>
        <translation>aucune délégation placée : tirage au sort, ou à partir d'un État</translation>
    </message>
    <message numerus="yes">
        <source>%n without a place</source>
        <translation>
            <numerusform>%n sans place</numerusform>
            <numerusform>%n sans place</numerusform>
        </translation>
    </message>
    <message>
        <source>The seating plan was not changed</source>
        <translation>Le plan de salle n'a pas été modifié</translation>
    </message>
    <message>
        <source>Seat by lot</source>
        <translation>Placement par tirage au sort</translation>
    </message>
    <message>
        <source>Seat From a State</source>
        <translation>Placer à partir d'un État</translation>
    </message>
    <message>
        <source>The alphabetical order starts from:</source>
        <translation>L'ordre alphabétique commence par :</translation>
    </message>
    <message>
        <source>Seat from %1</source>
        <translation>Placement à partir de : %1</translation>
    </message>
    <message>
        <source>Swap places %1 and %2</source>
        <translation>Échange des places %1 et %2</translation>
    </message>
    <message>
        <source>The layout was not changed</source>
        <translation>La disposition n'a pas été modifiée</translation>
    </message>
    <message>
        <source>Change the layout</source>
        <translation>Modification de la disposition</translation>
    </message>
    <message>
        <source>Name plates – %1</source>
        <translation>Chevalets – %1</translation>
    </message>
    <message>
        <source>Seating plan – %1</source>
        <translation>Plan de salle – %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Files (*%1)</source>
        <translation>Fichiers (*%1)</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L'exportation a échoué</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Écrit : %1</translation>
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
    <name>SessionBlock</name>
    <message>
        <source>{role}: {names}</source>
        <extracomment>The keyboard focus ring's dashes (over a white line, so they show on every fill). Height in pixels of the band at a block's bottom that resizes it. True while the grid has keyboard focus and this block is its selection.</extracomment>
        <translation>{role} : {names}</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>sans salle</translation>
    </message>
    <message>
        <source>{day}, {time}, {room}</source>
        <translation>{day}, {time}, {room}</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Floor language:</source>
        <translation>&amp;Langue de la salle :</translation>
    </message>
    <message>
        <source>&amp;Interpretation into:</source>
        <translation>&amp;Interprétation vers :</translation>
    </message>
    <message>
        <source>Language codes, one booth each, e.g. “en, fr, es”; empty: no interpretation</source>
        <translation>Codes de langue, une cabine chacun, p. ex. « en, fr, es » ; vide : sans interprétation</translation>
    </message>
    <message>
        <source>People, in order of speaking</source>
        <translation>Personnes, dans l’ordre des interventions</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function and organisation</source>
        <translation>Fonction et organisation</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>(no room)</source>
        <extracomment>Saves the dialog's session (raises UserError to refuse, keeping the dialog open). Asks the user for a person and a role; None when cancelled.</extracomment>
        <translation>(sans salle)</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Session: %s</source>
        <translation>Séance : %s</translation>
    </message>
    <message>
        <source>%s already has this role.</source>
        <translation>%s a déjà ce rôle.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Take a Snapshot</source>
        <translation>Enregistrer un projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>This is the &amp;adopted text (printed without DRAFT)</source>
        <translation>Il s’agit du texte &amp;adopté (imprimé sans la mention PROJET)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Create an Event…</source>
        <translation>Créer un événement…</translation>
    </message>
    <message>
        <source>Its name, dates, venue and rooms.</source>
        <translation>Son nom, ses dates, son lieu et ses salles.</translation>
    </message>
    <message>
        <source>Import Registrations…</source>
        <translation>Importer des inscriptions…</translation>
    </message>
    <message>
        <source>Create the event, then read the spreadsheet you received.</source>
        <translation>Créer l’événement, puis lire le tableur reçu.</translation>
    </message>
    <message>
        <source>Open the Demo Conference</source>
        <translation>Ouvrir la conférence de démonstration</translation>
    </message>
    <message>
        <source>Brussels 2014: participants, programme and conclusions to try.</source>
        <translation>Bruxelles 2014 : participants, programme et conclusions pour essayer.</translation>
    </message>
    <message>
        <source>Open Another Database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>A confdesk file a colleague gave you, or a shared server.</source>
        <translation>Un fichier confdesk transmis par un collègue, ou un serveur partagé.</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>This database holds no event yet</source>
        <translation>Cette base de données ne contient encore aucun événement</translation>
    </message>
    <message>
        <source>{database} is open. Create the event you are preparing, or import the registrations you received; or try confdesk on the demo conference first.</source>
        <translation>{database} est ouverte. Créez l’événement que vous préparez ou importez les inscriptions reçues ; ou essayez d’abord confdesk sur la conférence de démonstration.</translation>
    </message>
    <message>
        <source>Welcome to confdesk</source>
        <translation>Bienvenue dans confdesk</translation>
    </message>
    <message>
        <source>No database is open. Open the demo conference to see confdesk at work, or open the database you work on.</source>
        <translation>Aucune base de données n’est ouverte. Ouvrez la conférence de démonstration pour voir confdesk à l’œuvre, ou ouvrez la base de données sur laquelle vous travaillez.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Proposed</source>
        <extracomment>"section" or "paragraph". Ids of the paragraph's source sessions. Colour of each status's dot and text.</extracomment>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <source>Bracketed (under negotiation)</source>
        <translation>Entre crochets (en négociation)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>StatusLabel</name>
    <message>
        <source>Invited</source>
        <extracomment>The context of headings over counts (the summary's figures, sections and rows). The context of one participant's status (lists, the participant dialog, the desk). The context of delegation roles (the participant dialog, the delegations page). The context of the kinds of event (the event dialog). Registration status: (for one person, as the heading of a count).</extracomment>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A décliné</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
<context>
    <name>TeamActions</name>
    <message>
        <source>&amp;History…</source>
        <extracomment>How many of the event's latest changes Edit → Audit Trail… shows.</extracomment>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Who changed the selected participant, session or paragraph, when, and how (Ctrl+Alt+H)</source>
        <translation>Qui a modifié le participant, la séance ou le paragraphe sélectionné, quand et comment (Ctrl+Alt+H)</translation>
    </message>
    <message>
        <source>Export &amp;Personal Data…</source>
        <translation>Exporter les données &amp;personnelles…</translation>
    </message>
    <message>
        <source>Everything held about the selected participant, in all events, as a JSON file</source>
        <translation>Toutes les données détenues sur le participant sélectionné, pour toutes les manifestations, dans un fichier JSON</translation>
    </message>
    <message>
        <source>E&amp;rase Person…</source>
        <translation>E&amp;ffacer la personne…</translation>
    </message>
    <message>
        <source>Anonymise the selected participant everywhere, as data protection requires</source>
        <translation>Anonymiser partout le participant sélectionné, comme l'exige la protection des données</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>Piste d'au&amp;dit…</translation>
    </message>
    <message>
        <source>The latest changes of the event shown: who, when, what, before and after</source>
        <translation>Les dernières modifications de la manifestation affichée : qui, quand, quoi, avant et après</translation>
    </message>
    <message>
        <source>Select a participant, a session or a paragraph to see its history.</source>
        <translation>Sélectionnez un participant, une séance ou un paragraphe pour en voir l'historique.</translation>
    </message>
    <message>
        <source>Cannot read the history</source>
        <translation>Impossible de lire l'historique</translation>
    </message>
    <message>
        <source>Audit Trail of {event}</source>
        <translation>Piste d'audit de {event}</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>Personal data of participant %1</source>
        <translation>Données personnelles du participant %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the personal data</source>
        <translation>Impossible d'exporter les données personnelles</translation>
    </message>
    <message>
        <source>Wrote the personal data to {path}</source>
        <translation>Données personnelles écrites dans {path}</translation>
    </message>
    <message>
        <source>Cannot erase the person</source>
        <translation>Impossible d'effacer la personne</translation>
    </message>
    <message>
        <source>Erase Person</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <source>Erase {name} everywhere?</source>
        <translation>Effacer {name} partout ?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message numerus="yes">
        <source>Their %n registration(s) keep only a pseudonym, their programme roles are removed, and the audit trail keeps the pseudonym instead of their name and e-mail. This cannot be undone.</source>
        <translation>
            <numerusform>Son inscription (%n) ne conservera qu’un pseudonyme, ses rôles au programme seront supprimés et la piste d’audit conservera le pseudonyme au lieu de son nom et de son adresse électronique. Cette opération est irréversible.</numerusform>
            <numerusform>Ses %n inscriptions ne conservent qu'un pseudonyme, ses rôles au programme sont supprimés et la piste d'audit conserve le pseudonyme au lieu de son nom et de son adresse électronique. Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased as {pseudonym}: %n registration(s) anonymised, the audit trail rewritten.</source>
        <translation>
            <numerusform>Effacée sous le pseudonyme {pseudonym} : %n inscription anonymisée, piste d'audit réécrite.</numerusform>
            <numerusform>Effacée sous le pseudonyme {pseudonym} : %n inscriptions anonymisées, piste d'audit réécrite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamControls</name>
    <message>
        <source>Needs the {role} role.</source>
        <extracomment>The property under which an action keeps the tooltip it had before it was gated.</extracomment>
        <translation>Nécessite le rôle {role}.</translation>
    </message>
    <message>
        <source>&amp;Users and Roles…</source>
        <extracomment>Gated tool buttons with their own tooltips, and those refused now.</extracomment>
        <translation>&amp;Utilisateurs et rôles…</translation>
    </message>
    <message>
        <source>Who may do what: people and their roles</source>
        <translation>Qui peut faire quoi : les personnes et leurs rôles</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <extracomment>Who is working, and their roles in the event shown.</extracomment>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Themes and tracks</source>
        <translation>Thèmes et filières</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Couleur…</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <extracomment>Creates a theme from (name, colour). Changes theme id's (name, colour). The themes as they are now. Asks for a colour (QColorDialog by default; tests replace it). Asks for a name (QInputDialog by default; tests replace it); None when cancelled.</extracomment>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
</context>
<context>
    <name>ThreadsPanel</name>
    <message>
        <source>Comment on this paragraph, or reply to the selected thread…</source>
        <extracomment>The data role holding a row's comment id. A new thread on the paragraph (text). A reply to thread (id, text). Resolve (True) or reopen (False) the thread (id).</extracomment>
        <translation>Commenter ce paragraphe, ou répondre à la discussion sélectionnée…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>✓ Resolved by %1</source>
        <translation>✓ Résolu par %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>TrackedChanges</name>
    <message>
        <source>Tracked Changes</source>
        <translation>Modifications suivies</translation>
    </message>
    <message>
        <source>This Word file holds tracked changes. Which text do you want to import?</source>
        <translation>Ce fichier Word contient des modifications suivies. Quel texte voulez-vous importer ?</translation>
    </message>
    <message>
        <source>“Accepted” is the text as Word shows it after Accept All; “before the changes” as after Reject All. Nothing is written before you have checked the result.</source>
        <translation>« Acceptées » donne le texte tel que Word l’affiche après « Accepter toutes les modifications » ; « avant les modifications », tel qu’il l’affiche après « Refuser toutes les modifications ». Rien n’est enregistré avant que vous n’ayez vérifié le résultat.</translation>
    </message>
    <message>
        <source>Text with All Changes &amp;Accepted</source>
        <translation>Texte avec toutes les modifications a&amp;cceptées</translation>
    </message>
    <message>
        <source>Text &amp;Before the Changes</source>
        <translation>Texte a&amp;vant les modifications</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot redo “%1”</source>
        <extracomment>Called after an undo or redo with the id of the record to select (0: none).</extracomment>
        <translation>Impossible de rétablir « %1 »</translation>
    </message>
    <message>
        <source>Cannot undo “%1”</source>
        <translation>Impossible d’annuler « %1 »</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{record} was changed by someone else since you opened it. Reload and make your change again.</source>
        <extracomment>Someone else saved the record between reading and writing it.</extracomment>
        <translation>Quelqu’un d’autre a modifié {record} depuis son ouverture. Actualisez, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>{record} no longer exists; someone else deleted it.</source>
        <extracomment>The record was deleted by someone else.</extracomment>
        <translation>{record} n’existe plus ; quelqu’un d’autre l’a supprimé.</translation>
    </message>
    <message>
        <source>Someone else changed {record} since; undoing or redoing this step would overwrite their change.</source>
        <extracomment>An undo or redo would overwrite a colleague's later change.</extracomment>
        <translation>Quelqu’un d’autre a modifié {record} depuis ; annuler ou rétablir cette étape écraserait sa modification.</translation>
    </message>
    <message>
        <source>{record} is no longer in the programme: someone else deleted it.</source>
        <extracomment>An undo or redo met a record someone else deleted.</extracomment>
        <translation>{record} ne figure plus au programme : quelqu’un d’autre l’a supprimé.</translation>
    </message>
    <message>
        <source>{record} has rapporteur's items or outcome-document paragraphs from it that this step did not make; undoing or redoing it would delete them.</source>
        <extracomment>An undo or redo would delete what a colleague added since.</extracomment>
        <translation>Des éléments de rapporteur ou des paragraphes de documents finaux issus de {record} n’ont pas été créés par cette étape ; l’annuler ou la rétablir les supprimerait.</translation>
    </message>
    <message>
        <source>{count} session(s) have this theme now; undoing its creation would take it from them.</source>
        <extracomment>Undoing the creation of a theme that sessions use now.</extracomment>
        <translation>{count} séance(s) relève(nt) désormais de ce thème ; annuler sa création le leur retirerait.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted {record} since you opened it. Reload the list and make your change again.</source>
        <extracomment>Someone else saved or deleted a participant while the dialog or list showed it.</extracomment>
        <translation>Quelqu’un d’autre a modifié ou supprimé {record} depuis que vous l’avez ouvert. Actualisez la liste et refaites votre modification.</translation>
    </message>
    <message>
        <source>Someone else deleted {record} since; this step can no longer be undone or redone.</source>
        <extracomment>An undo or redo met a participant someone else deleted.</extracomment>
        <translation>Quelqu’un d’autre a supprimé {record} depuis ; cette étape ne peut plus être annulée ni rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed {name}'s registration since the check-in (now {status}); undoing it would overwrite their change.</source>
        <extracomment>Undoing a check-in after someone else changed the registration.</extracomment>
        <translation>Quelqu’un d’autre a modifié l’inscription de {name} depuis l’enregistrement de l’arrivée (maintenant : {status}) ; l’annuler écraserait sa modification.</translation>
    </message>
    <message>
        <source>Someone else changed {name}'s registration since; redoing the check-in would overwrite their change.</source>
        <extracomment>Redoing a check-in after someone else changed the registration.</extracomment>
        <translation>Quelqu’un d’autre a modifié l’inscription de {name} depuis ; rétablir l’enregistrement de l’arrivée écraserait sa modification.</translation>
    </message>
    <message>
        <source>“{text}” could be the code of {count} people ({people}): type the code as printed on the badge.</source>
        <extracomment>A typed or scanned text at the desk could be several people's code.</extracomment>
        <translation>« {text} » pourrait être le code de {count} personnes ({people}) : saisissez le code tel qu’il est imprimé sur le badge.</translation>
    </message>
    <message>
        <source>No participant of this event has the code “{text}”.</source>
        <extracomment>Nobody of the event has the typed code.</extracomment>
        <translation>Aucun participant de cet événement n’a le code « {text} ».</translation>
    </message>
    <message>
        <source>{name}'s registration is {status}: check-in refused (confirm the registration first, or force the check-in).</source>
        <extracomment>Check-in of a cancelled or declined registration without forcing it.</extracomment>
        <translation>L’inscription de {name} est à l’état « {status} » : arrivée refusée (confirmez d’abord l’inscription, ou forcez l’enregistrement de l’arrivée).</translation>
    </message>
    <message>
        <source>Checked in although the registration was {status}.</source>
        <extracomment>Check-in warnings (the check-in was done).</extracomment>
        <translation>Arrivée enregistrée bien que l’inscription ait été à l’état « {status} ».</translation>
    </message>
    <message>
        <source>The registration was not confirmed (status: {status}).</source>
        <translation>L’inscription n’était pas confirmée (état : {status}).</translation>
    </message>
    <message>
        <source>Already checked in at {time} on {day}.</source>
        <translation>Arrivée déjà enregistrée à {time} le {day}.</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <extracomment>An organisation typed without a name.</extracomment>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <source>An organisation's name may have at most {limit} characters.</source>
        <extracomment>An organisation's name longer than the column.</extracomment>
        <translation>Le nom d’une organisation peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A given name or a family name is required.</source>
        <extracomment>A participant without any name.</extracomment>
        <translation>Un prénom ou un nom de famille est requis.</translation>
    </message>
    <message>
        <source>“{email}” is not a valid e-mail address.</source>
        <extracomment>A malformed e-mail address.</extracomment>
        <translation>« {email} » n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>“{country}” is not an ISO country code.</source>
        <extracomment>A country code that is not ISO 3166.</extracomment>
        <translation>« {country} » n’est pas un code de pays ISO.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <extracomment>A text longer than its column.</extracomment>
        <translation>{field} dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>“{category}” is not a category of this event; its categories are: {known}.</source>
        <extracomment>A category code that the event does not have.</extracomment>
        <translation>« {category} » n’est pas une catégorie de cet événement ; ses catégories sont : {known}.</translation>
    </message>
    <message>
        <source>A category needs an English name.</source>
        <extracomment>A category's fields.</extracomment>
        <translation>Une catégorie doit avoir un nom en anglais.</translation>
    </message>
    <message>
        <source>“{name}…” is longer than {limit} characters.</source>
        <translation>« {name}… » dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour: write it as #RRGGBB (e.g. #1F4E79).</source>
        <translation>« {colour} » n'est pas une couleur : écrivez-la sous la forme #RRVVBB (p. ex. #1F4E79).</translation>
    </message>
    <message>
        <source>There is already a category named “{name}”.</source>
        <translation>Il existe déjà une catégorie nommée « {name} ».</translation>
    </message>
    <message>
        <source>“{category}” is not a category code: use lower-case letters, digits and “_”, starting with a letter, at most 32 characters.</source>
        <translation>« {category} » n'est pas un code de catégorie : utilisez des lettres minuscules, des chiffres et « _ », en commençant par une lettre, 32 caractères au plus.</translation>
    </message>
    <message>
        <source>The event has a category “{category}” already.</source>
        <translation>L'événement a déjà une catégorie « {category} ».</translation>
    </message>
    <message>
        <source>This event has no category “{text}”; its categories are: {known}.</source>
        <translation>Cet événement n'a pas de catégorie « {text} » ; ses catégories sont : {known}.</translation>
    </message>
    <message>
        <source>{count} participant(s) are in the category “{name}”: say which category they move to, or move them first.</source>
        <translation>{count} participant(s) relève(nt) de la catégorie « {name} » : indiquez vers quelle catégorie les déplacer, ou déplacez-les d'abord.</translation>
    </message>
    <message>
        <source>“{category}” is not another category of this event.</source>
        <translation>« {category} » n'est pas une autre catégorie de cet événement.</translation>
    </message>
    <message>
        <source>This category was deleted by someone else; reopen the list.</source>
        <extracomment>Someone else changed the categories under the dialog.</extracomment>
        <translation>Quelqu'un d'autre a supprimé cette catégorie ; rouvrez la liste.</translation>
    </message>
    <message>
        <source>Someone else changed the category “{name}” since you opened it; reopen the categories and make your change again.</source>
        <translation>Quelqu'un d'autre a modifié la catégorie « {name} » depuis que vous l'avez ouverte ; rouvrez les catégories et refaites votre modification.</translation>
    </message>
    <message>
        <source>The categories changed since you opened them; reopen them.</source>
        <translation>Les catégories ont changé depuis que vous les avez ouvertes ; rouvrez-les.</translation>
    </message>
    <message>
        <source>A category was deleted by someone else since you opened the list; reopen it.</source>
        <translation>Quelqu'un d'autre a supprimé une catégorie depuis que vous avez ouvert la liste ; rouvrez-la.</translation>
    </message>
    <message>
        <source>The code {value} is already used by another participant.</source>
        <extracomment>A participant's code (typed, or imported) that someone else has.</extracomment>
        <translation>Le code {value} est déjà attribué à un autre participant.</translation>
    </message>
    <message>
        <source>“{country}” is not the code of a UN Member or observer State.</source>
        <extracomment>A country code that is not a State's.</extracomment>
        <translation>« {country} » n'est pas le code d'un État Membre de l'ONU ou d'un État observateur.</translation>
    </message>
    <message>
        <source>An event keeps at least one category.</source>
        <extracomment>The last category cannot go.</extracomment>
        <translation>Un événement garde au moins une catégorie.</translation>
    </message>
    <message>
        <source>Two categories are named “{name}”.</source>
        <extracomment>Two categories of one name.</extracomment>
        <translation>Deux catégories s’appellent « {name} ».</translation>
    </message>
    <message>
        <source>Badge export cancelled; no file was written.</source>
        <extracomment>The user cancelled the badges.</extracomment>
        <translation>Exportation des badges annulée ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>There is no event with id {id}.</source>
        <extracomment>The event asked for is not there.</extracomment>
        <translation>Il n'y a pas d'événement d'identifiant {id}.</translation>
    </message>
    <message>
        <source>The database holds no event yet. Create one, or run `confdesk demo`.</source>
        <translation>La base de données ne contient encore aucun événement. Créez-en un, ou lancez `confdesk demo`.</translation>
    </message>
    <message>
        <source>There is no day {index}: the event has {count} day(s), numbered 1 to {count}.</source>
        <translation>Il n'y a pas de jour {index} : l'événement compte {count} jour(s), numérotés de 1 à {count}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <extracomment>The user cancelled an export.</extracomment>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Unknown format “{format}”: choose PDF, XLSX or CSV.</source>
        <extracomment>A list format the participants' exports do not know.</extracomment>
        <translation>Format inconnu « {format} » : choisissez PDF, XLSX ou CSV.</translation>
    </message>
    <message>
        <source>There is no export in format “{format}” for this; choose one of: {formats}.</source>
        <extracomment>A format an export's subject is not written in (the CLI's --format).</extracomment>
        <translation>Il n'y a pas d'exportation au format « {format} » pour cela ; choisissez l'un de ces formats : {formats}.</translation>
    </message>
    <message>
        <source>A comparison is written as pdf or docx, not “{format}”.</source>
        <extracomment>A comparison of two texts asked for in a format other than PDF or Word.</extracomment>
        <translation>Une comparaison s'enregistre en pdf ou en docx, pas en « {format} ».</translation>
    </message>
    <message>
        <source>No participant matches: no badges written (people who declined or cancelled get none; with “only unprinted”, neither do those printed already).</source>
        <extracomment>Nobody to print a badge for.</extracomment>
        <translation>Aucun participant ne correspond : aucun badge écrit (les personnes qui ont décliné ou annulé n’en reçoivent pas ; avec « seulement les non imprimés », celles dont le badge est déjà imprimé non plus).</translation>
    </message>
    <message>
        <source>Someone else changed this category since you opened it; reopen the categories and make your change again.</source>
        <extracomment>Someone else changed the event's categories while the dialog showed them.</extracomment>
        <translation>Quelqu’un d’autre a modifié cette catégorie depuis que vous l’avez ouverte ; rouvrez les catégories et refaites votre modification.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} est un dossier : indiquez le nom d'un fichier à écrire.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device or a pipe): give the name of a file to write.</source>
        <translation>{path} n'est pas un fichier ordinaire (un périphérique ou un tube) : indiquez le nom d'un fichier à écrire.</translation>
    </message>
    <message>
        <source>The disk is full (or the file too large) writing {path}. {tail}</source>
        <translation>Le disque est plein (ou le fichier trop volumineux) lors de l'écriture de {path}. {tail}</translation>
    </message>
    <message>
        <source>The folder {folder} is on a read-only disk. {tail}</source>
        <translation>Le dossier {folder} se trouve sur un disque en lecture seule. {tail}</translation>
    </message>
    <message>
        <source>No permission to write {path} (in {folder}). {tail}</source>
        <translation>Pas d'autorisation d'écrire {path} (dans {folder}). {tail}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. {tail}</source>
        <translation>Impossible d'écrire {path} : {reason}. {tail}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <extracomment>The `tail` of the messages above.</extracomment>
        <translation>Rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written, and the earlier file of that name is unchanged.</source>
        <translation>Rien n'a été écrit, et le fichier existant de ce nom est inchangé.</translation>
    </message>
    <message>
        <source>Type a participant code.</source>
        <translation>Tapez un code de participant.</translation>
    </message>
    <message>
        <source>“{text}” is not a participant code (it contains “{characters}”).</source>
        <translation>« {text} » n'est pas un code de participant (il contient « {characters} »).</translation>
    </message>
    <message>
        <source>No earlier issue of the list to compare with: issue the list first (without “changes since the previous issue”).</source>
        <extracomment>A list of changes asked for without an earlier issue.</extracomment>
        <translation>Aucune édition antérieure de la liste à laquelle comparer : publiez d'abord la liste (sans « modifications depuis l'édition précédente »).</translation>
    </message>
    <message>
        <source>This needs the {needed} role; your roles here: {held}.</source>
        <extracomment>A service refused an action for want of a role (the person holds others here).</extracomment>
        <translation>Cette action nécessite le rôle {needed} ; vos rôles ici : {held}.</translation>
    </message>
    <message>
        <source>This needs the {needed} role; you ({person}) have no role here.</source>
        <extracomment>A service refused an action of someone who holds no role for this event.</extracomment>
        <translation>Cette action nécessite le rôle {needed} ; vous ({person}) n’avez aucun rôle ici.</translation>
    </message>
    <message>
        <source>The database server refused this change: your roles do not allow it. Nothing was changed.</source>
        <extracomment>PostgreSQL itself refused a change for want of privileges.</extracomment>
        <translation>Le serveur de base de données a refusé cette modification : vos rôles ne la permettent pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database could not be reached (the connection was lost, the server stopped, or the file is locked or gone), so your last change may not have been saved. Check the network or the database server, then reload (F5) to see what was saved.</source>
        <extracomment>The database went away (server down, network lost, file on a vanished drive).</extracomment>
        <translation>La base de données est inaccessible (connexion perdue, serveur arrêté, ou fichier verrouillé ou disparu) : votre dernière modification n’a peut-être pas été enregistrée. Vérifiez le réseau ou le serveur de base de données, puis actualisez (F5) pour voir ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>The title is too long: {length} characters, at most {limit}.</source>
        <extracomment>A text field longer than its column, by field.</extracomment>
        <translation>Le titre est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The short name is too long: {length} characters, at most {limit}.</source>
        <translation>Le nom court est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The venue is too long: {length} characters, at most {limit}.</source>
        <translation>Le lieu est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The city is too long: {length} characters, at most {limit}.</source>
        <translation>La ville est trop longue : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The host is too long: {length} characters, at most {limit}.</source>
        <translation>L’hôte est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The French title is too long: {length} characters, at most {limit}.</source>
        <translation>Le titre en français est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The French venue is too long: {length} characters, at most {limit}.</source>
        <translation>Le lieu en français est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The French city is too long: {length} characters, at most {limit}.</source>
        <translation>La ville en français est trop longue : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The French host is too long: {length} characters, at most {limit}.</source>
        <translation>L’hôte en français est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>L’événement doit avoir un titre.</translation>
    </message>
    <message>
        <source>The event cannot end ({end}) before it starts ({start}).</source>
        <translation>L’événement ne peut pas finir ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone. Use an IANA name such as Europe/Brussels, America/New_York or UTC.</source>
        <translation>« {zone} » n’est pas un fuseau horaire connu. Utilisez un nom IANA tel que Europe/Brussels, America/New_York ou UTC.</translation>
    </message>
    <message>
        <source>“{country}” is not a known ISO 3166 country code (e.g. BE, FR).</source>
        <translation>« {country} » n’est pas un code de pays ISO 3166 connu (par ex. BE, FR).</translation>
    </message>
    <message>
        <source>“{language}” is not an ISO 639-1 language code (two letters, e.g. en, fr, ar).</source>
        <translation>« {language} » n’est pas un code de langue ISO 639-1 (deux lettres, par ex. en, fr, ar).</translation>
    </message>
    <message>
        <source>The event needs at least one working language (e.g. en).</source>
        <translation>L’événement doit avoir au moins une langue de travail (par ex. fr).</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>Une salle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The room name “{name}…” is too long: at most {limit} characters.</source>
        <translation>Le nom de salle « {name}… » est trop long : {limit} caractères au plus.</translation>
    </message>
    <message>
        <source>A room's capacity is a whole number of seats, not {value}.</source>
        <translation>La capacité d’une salle est un nombre entier de places, pas {value}.</translation>
    </message>
    <message>
        <source>A capacity of {capacity} seats is more than any room holds.</source>
        <translation>Une capacité de {capacity} places dépasse celle de toute salle.</translation>
    </message>
    <message>
        <source>Two rooms are named “{name}”; room names must differ.</source>
        <translation>Deux salles s’appellent « {name} » ; les noms des salles doivent être différents.</translation>
    </message>
    <message>
        <source>This event has a room named “{name}” already.</source>
        <translation>Cet événement a déjà une salle nommée « {name} ».</translation>
    </message>
    <message>
        <source>Deleting “{title}” also deletes its participants, programme and outcome documents. Confirm to delete it.</source>
        <translation>Supprimer « {title} » supprime aussi ses participants, son programme et ses documents finaux. Confirmez pour le supprimer.</translation>
    </message>
    <message>
        <source>1 session takes place in “{room}”. Move it to another room first, or confirm to leave it without a room.</source>
        <translation>1 séance a lieu dans « {room} ». Déplacez-la d’abord dans une autre salle, ou confirmez pour la laisser sans salle.</translation>
    </message>
    <message>
        <source>{count} sessions take place in “{room}”. Move them to another room first, or confirm to leave them without a room.</source>
        <translation>{count} séances ont lieu dans « {room} ». Déplacez-les d’abord dans une autre salle, ou confirmez pour les laisser sans salle.</translation>
    </message>
    <message>
        <source>The rooms changed since you opened the event; reopen it.</source>
        <translation>Les salles ont changé depuis que vous avez ouvert l’événement ; rouvrez-le.</translation>
    </message>
    <message>
        <source>A room was deleted by someone else since you opened the event; reopen it.</source>
        <translation>Une salle a été supprimée par quelqu’un d’autre depuis que vous avez ouvert l’événement ; rouvrez-le.</translation>
    </message>
    <message>
        <source>Someone else changed this text since you started typing; it now reads: “{text}”. Your change was not saved: copy it from the box if you need it, then select the paragraph again to see theirs.</source>
        <translation>Quelqu’un d’autre a modifié ce texte depuis que vous avez commencé à écrire ; il se lit maintenant : « {text} ». Votre modification n’a pas été enregistrée : copiez-la depuis la zone si vous en avez besoin, puis sélectionnez de nouveau le paragraphe pour voir la sienne.</translation>
    </message>
    <message>
        <source>Someone else set this paragraph to “{status}” since you opened it; your change was not saved. Select the paragraph again to see theirs.</source>
        <extracomment>A status set over a status a colleague set since.</extracomment>
        <translation>Quelqu’un d’autre a mis ce paragraphe à l’état « {status} » depuis que vous l’avez ouvert ; votre modification n’a pas été enregistrée. Sélectionnez de nouveau le paragraphe pour voir la sienne.</translation>
    </message>
    <message>
        <source>Someone else changed this item since you opened it; it now reads: “{text}”. Your change was not saved.</source>
        <extracomment>A rapporteur's item saved over a colleague's change.</extracomment>
        <translation>Quelqu’un d’autre a modifié cet élément depuis que vous l’avez ouvert ; il se lit maintenant : « {text} ». Votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>That draft no longer exists.</source>
        <extracomment>Something the action needs was deleted by someone else.</extracomment>
        <translation>Ce projet n’existe plus.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Cette séance n’existe plus.</translation>
    </message>
    <message>
        <source>The paragraph is already at the top of its list.</source>
        <extracomment>The editor's Move Up / Move Down at the ends of a list.</extracomment>
        <translation>Le paragraphe est déjà en tête de sa liste.</translation>
    </message>
    <message>
        <source>The paragraph is already at the end of its list.</source>
        <translation>Le paragraphe est déjà en fin de liste.</translation>
    </message>
    <message>
        <source>{what} may have at most {limit} characters, not {length}.</source>
        <translation>{what} ne peut dépasser {limit} caractères (et non {length}).</translation>
    </message>
    <message>
        <source>A document's title</source>
        <extracomment>What `TOO_LONG` names.</extracomment>
        <translation>Le titre d'un document</translation>
    </message>
    <message>
        <source>A comment's author</source>
        <translation>L'auteur d'un commentaire</translation>
    </message>
    <message>
        <source>An author's name</source>
        <translation>Le nom d'un auteur</translation>
    </message>
    <message>
        <source>A draft's name</source>
        <translation>Le nom d'une version</translation>
    </message>
    <message>
        <source>A section's title</source>
        <translation>Le titre d'une partie</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un document doit avoir un titre.</translation>
    </message>
    <message>
        <source>Split a paragraph inside its text, not at its start or end.</source>
        <translation>Scindez un paragraphe à l'intérieur de son texte, pas à son début ni à sa fin.</translation>
    </message>
    <message>
        <source>There is no following paragraph to merge with.</source>
        <translation>Il n'y a pas de paragraphe suivant avec lequel fusionner.</translation>
    </message>
    <message>
        <source>This is a sub-paragraph already; sub-paragraphs have one level.</source>
        <translation>C'est déjà un sous-paragraphe ; les sous-paragraphes n'ont qu'un niveau.</translation>
    </message>
    <message>
        <source>The first paragraph of a list cannot become a sub-paragraph.</source>
        <translation>Le premier paragraphe d'une liste ne peut pas devenir un sous-paragraphe.</translation>
    </message>
    <message>
        <source>This paragraph is not a sub-paragraph.</source>
        <translation>Ce paragraphe n'est pas un sous-paragraphe.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire doit contenir du texte.</translation>
    </message>
    <message>
        <source>A recommendation needs some text.</source>
        <translation>Une recommandation doit contenir du texte.</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Tapez le texte à rechercher.</translation>
    </message>
    <message>
        <source>A draft needs a name.</source>
        <translation>Une version doit avoir un nom.</translation>
    </message>
    <message>
        <source>The document has a draft named “{name}” already.</source>
        <translation>Le document a déjà une version nommée « {name} ».</translation>
    </message>
    <message>
        <source>That draft belongs to another document.</source>
        <translation>Cette version appartient à un autre document.</translation>
    </message>
    <message>
        <source>The draft “{name}” is a fixed record and cannot be changed; take a new snapshot instead.</source>
        <translation>La version « {name} » est un enregistrement figé et ne peut pas être modifiée ; enregistrez plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>No outcome document is open.</source>
        <translation>Aucun document final n'est ouvert.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>L'événement n'existe plus.</translation>
    </message>
    <message>
        <source>That paragraph belongs to another document.</source>
        <translation>Ce paragraphe appartient à un autre document.</translation>
    </message>
    <message>
        <source>There is no outcome document with id {id}.</source>
        <translation>Il n'y a pas de document final d'identifiant {id}.</translation>
    </message>
    <message>
        <source>The event “{event}” has no outcome document yet; import one with `confdesk import document FILE`.</source>
        <translation>L'événement « {event} » n'a pas encore de document final ; importez-en un avec `confdesk import document FICHIER`.</translation>
    </message>
    <message>
        <source>No single draft named “{name}” (drafts: {drafts}).</source>
        <translation>Aucune version unique nommée « {name} » (versions : {drafts}).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>There is no paragraph {uid}.</source>
        <translation>Il n'y a pas de paragraphe {uid}.</translation>
    </message>
    <message>
        <source>The document has no section {uid}.</source>
        <translation>Le document n'a pas de partie {uid}.</translation>
    </message>
    <message>
        <source>That comment no longer exists; someone may have removed it.</source>
        <extracomment>Comments and square brackets.</extracomment>
        <translation>Ce commentaire n’existe plus ; quelqu’un l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Select the words to put between square brackets.</source>
        <translation>Sélectionnez les mots à mettre entre crochets.</translation>
    </message>
    <message>
        <source>Those square brackets are no longer there.</source>
        <translation>Ces crochets n’existent plus.</translation>
    </message>
    <message>
        <source>There is no paragraph {number} in this document.</source>
        <translation>Ce document n’a pas de paragraphe {number}.</translation>
    </message>
    <message>
        <source>The paragraph this amendment concerns is no longer in the working text.</source>
        <translation>Le paragraphe visé par cet amendement ne figure plus dans le texte de travail.</translation>
    </message>
    <message>
        <source>An amendment that replaces or inserts text needs the proposed wording.</source>
        <translation>Un amendement qui remplace ou insère du texte doit indiquer le libellé proposé.</translation>
    </message>
    <message>
        <source>Say after which paragraph the moved paragraph should stand.</source>
        <translation>Indiquez après quel paragraphe placer le paragraphe déplacé.</translation>
    </message>
    <message>
        <source>Say who proposes the amendment (a delegation or a person).</source>
        <translation>Indiquez qui propose l’amendement (une délégation ou une personne).</translation>
    </message>
    <message>
        <source>Amendment {number} has already been decided ({status}); reopen it first.</source>
        <translation>Il a déjà été statué sur l’amendement {number} ({status}) ; rouvrez-le d’abord.</translation>
    </message>
    <message>
        <source>That amendment no longer exists.</source>
        <translation>Cet amendement n’existe plus.</translation>
    </message>
    <message>
        <source>An accepted amendment is taken back with Undo, or by amending the text again; it cannot simply be reopened.</source>
        <translation>Un amendement accepté se retire par Annuler, ou en modifiant de nouveau le texte ; il ne peut pas simplement être rouvert.</translation>
    </message>
    <message>
        <source>There is a paragraph {number} in more than one list; say which list it is in, as list:paragraph ({choices}).</source>
        <extracomment>The paragraph's number now ("7", "4(a)"), else as when proposed; "" unnumbered. Where numbers repeat in several lists: the list's heading (or "list 2"); else "". The paragraph's wording when the amendment was proposed. Its number when the amendment was proposed.</extracomment>
        <translation>Il y a un paragraphe {number} dans plusieurs listes ; indiquez la liste sous la forme liste:paragraphe ({choices}).</translation>
    </message>
    <message>
        <source>This database already holds tables that confdesk did not create; choose an empty database or a confdesk file. Nothing was changed in it.</source>
        <translation>Cette base de données contient déjà des tables que confdesk n'a pas créées ; choisissez une base de données vide ou un fichier confdesk. Rien n'y a été modifié.</translation>
    </message>
    <message>
        <source>{where} is empty: it is not a confdesk database yet. Create an event in it first (confdesk event create, or the window).</source>
        <translation>{where} est vide : ce n'est pas encore une base de données confdesk. Créez-y d'abord un événement (confdesk event create, ou la fenêtre).</translation>
    </message>
    <message>
        <source>This database was written by a newer version of confdesk (schema {schema}). Install the newer confdesk to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de confdesk (schéma {schema}). Installez cette version plus récente pour l'ouvrir.</translation>
    </message>
    <message>
        <source>This database must be upgraded to the newer schema, and confdesk first backs it up beside itself; that failed, so it was not upgraded. {reason}</source>
        <translation>Cette base de données doit être mise à niveau vers le nouveau schéma, et confdesk en fait d'abord une copie de sauvegarde à côté d'elle ; cette copie a échoué, la base n'a donc pas été mise à niveau. {reason}</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database (or it is damaged); choose a confdesk database file.</source>
        <translation>{path} n'est pas une base de données SQLite (ou elle est endommagée) ; choisissez un fichier de base de données confdesk.</translation>
    </message>
    <message>
        <source>Cannot open the database file {path}: {detail}</source>
        <translation>Impossible d'ouvrir le fichier de base de données {path} : {detail}</translation>
    </message>
    <message>
        <source>Cannot connect to the database {where}: the server wants a password. confdesk does not store passwords: put it in your ~/.pgpass file (host:port:database:user:password, readable by you only) or in the PGPASSWORD environment variable, then open the database again. ({detail})</source>
        <translation>Impossible de se connecter à la base de données {where} : le serveur demande un mot de passe. confdesk n'enregistre pas les mots de passe : placez-le dans votre fichier ~/.pgpass (hôte:port:base:utilisateur:mot_de_passe, lisible par vous seul) ou dans la variable d'environnement PGPASSWORD, puis rouvrez la base de données. ({detail})</translation>
    </message>
    <message>
        <source>Cannot connect to the database {where}: {detail}</source>
        <translation>Impossible de se connecter à la base de données {where} : {detail}</translation>
    </message>
    <message>
        <source>Not a database URL (expected e.g. postgresql+psycopg://user@host:5432/name, with a numeric port).</source>
        <translation>Ce n'est pas une URL de base de données (attendu p. ex. postgresql+psycopg://utilisateur@hote:5432/nom, avec un port numérique).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <source>Unknown kind of database: {driver}://. Give a file path or a postgresql+psycopg:// URL.</source>
        <translation>Type de base de données inconnu : {driver}://. Indiquez le chemin d'un fichier ou une URL postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The driver for {backend} is not installed ({module}). Install confdesk[postgresql] for PostgreSQL.</source>
        <translation>Le pilote de {backend} n'est pas installé ({module}). Installez confdesk[postgresql] pour PostgreSQL.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>No such database file: {path}</source>
        <translation>Ce fichier de base de données n'existe pas : {path}</translation>
    </message>
    <message>
        <source>Cannot create the database file {path}: {reason}</source>
        <translation>Impossible de créer le fichier de base de données {path} : {reason}</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a confdesk database yet.</source>
        <translation>{path} est vide : ce n'est pas encore une base de données confdesk.</translation>
    </message>
    <message>
        <source>The database was changed by someone else while this import was being prepared; nothing was imported. Import the file again.</source>
        <extracomment>Imports into one event wait for each other.</extracomment>
        <translation>Quelqu'un d'autre a modifié la base de données pendant la préparation de cette importation ; rien n'a été importé. Importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Another import into this event has been running for more than {seconds} seconds; nothing was imported. Try again when it has finished.</source>
        <translation>Une autre importation dans cet événement est en cours depuis plus de {seconds} secondes ; rien n'a été importé. Réessayez lorsqu'elle sera terminée.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the copy to write.</source>
        <extracomment>Backups of a SQLite file.</extracomment>
        <translation>{path} est un dossier : indiquez le nom de la copie à écrire.</translation>
    </message>
    <message>
        <source>Cannot write the copy {path}: {detail}. {tail}</source>
        <translation>Impossible d'écrire la copie {path} : {detail}. {tail}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>delegation role</source>
        <translation>rôle dans la délégation</translation>
    </message>
    <message>
        <source>kind of organisation</source>
        <translation>type d'organisation</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>yes/no (family name first)</source>
        <translation>oui/non (nom de famille en premier)</translation>
    </message>
    <message>
        <source>yes/no (do not publish)</source>
        <translation>oui/non (ne pas publier)</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>titre de civilité</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>dietary needs</source>
        <translation>régime alimentaire</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>no name</source>
        <extracomment>How a row's problems name a field.</extracomment>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>bad e-mail “{email}”</source>
        <translation>adresse électronique incorrecte « {email} »</translation>
    </message>
    <message>
        <source>{field} longer than {limit} characters</source>
        <translation>{field} : plus de {limit} caractères</translation>
    </message>
    <message>
        <source>unknown {field} “{value}”</source>
        <translation>valeur inconnue pour {field} : « {value} »</translation>
    </message>
    <message>
        <source>already registered with e-mail {email}</source>
        <extracomment>Duplicates: the row is someone registered, or an earlier line of the file.</extracomment>
        <translation>déjà inscrit avec l'adresse électronique {email}</translation>
    </message>
    <message>
        <source>already registered under the same name and organisation</source>
        <translation>déjà inscrit sous le même nom et dans la même organisation</translation>
    </message>
    <message>
        <source>same e-mail as line {line}</source>
        <translation>même adresse électronique qu'à la ligne {line}</translation>
    </message>
    <message>
        <source>same name and organisation as line {line}</source>
        <translation>même nom et même organisation qu'à la ligne {line}</translation>
    </message>
    <message>
        <source>registered meanwhile with e-mail {email}</source>
        <extracomment>Found when the import runs (someone else imported or added the person since the preview).</extracomment>
        <translation>inscrit entre-temps avec l'adresse électronique {email}</translation>
    </message>
    <message>
        <source>registered meanwhile under the same name and organisation</source>
        <translation>inscrit entre-temps sous le même nom et dans la même organisation</translation>
    </message>
    <message>
        <source>possible duplicate: same name as a registered participant ({differs})</source>
        <extracomment>Possible duplicates: same name, but something else differs ({differs}: one of the words below).</extracomment>
        <translation>doublon possible : même nom qu'un participant inscrit ({differs})</translation>
    </message>
    <message>
        <source>possible duplicate: same name as line {line} ({differs})</source>
        <translation>doublon possible : même nom qu'à la ligne {line} ({differs})</translation>
    </message>
    <message>
        <source>another e-mail</source>
        <translation>autre adresse électronique</translation>
    </message>
    <message>
        <source>another delegation</source>
        <translation>autre délégation</translation>
    </message>
    <message>
        <source>another e-mail and delegation</source>
        <translation>autres adresse électronique et délégation</translation>
    </message>
    <message>
        <source>other details</source>
        <translation>autres détails</translation>
    </message>
    <message>
        <source>“{value}” is not a participant code: a new one is drawn</source>
        <extracomment>Warnings (the row is imported all the same).</extracomment>
        <translation>« {value} » n'est pas un code de participant : un nouveau code est tiré</translation>
    </message>
    <message>
        <source>the code {value} is taken already: a new one is drawn</source>
        <translation>le code {value} est déjà pris : un nouveau code est tiré</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, skipped {skipped}.</source>
        <translation>Ajoutées : {added} ; mises à jour : {updated} ; ignorées : {skipped}.</translation>
    </message>
    <message>
        <source>New organisations: {names}.</source>
        <translation>Nouvelles organisations : {names}.</translation>
    </message>
    <message>
        <source>  line {line}: skipped, {reason}</source>
        <translation>  ligne {line} : ignorée, {reason}</translation>
    </message>
    <message>
        <source>Possible duplicates added ({count}), to check:</source>
        <translation>Doublons possibles ajoutés ({count}), à vérifier :</translation>
    </message>
    <message>
        <source>  line {line}: {name}, {why}</source>
        <translation>  ligne {line} : {name}, {why}</translation>
    </message>
    <message>
        <source>skipped in the preview</source>
        <translation>ignorée dans l'aperçu</translation>
    </message>
    <message>
        <source>line {line}: {problems}</source>
        <extracomment>The import refused: rows are wrong and the user did not ask to skip them.</extracomment>
        <translation>ligne {line} : {problems}</translation>
    </message>
    <message>
        <source>{count} row(s) cannot be imported: {rows}. Correct the file, or skip these rows.</source>
        <translation>{count} ligne(s) ne peu(ven)t pas être importée(s) : {rows}. Corrigez le fichier, ou ignorez ces lignes.</translation>
    </message>
    <message>
        <source>{count} row(s) cannot be imported: {rows} (and {more} more). Correct the file, or skip these rows.</source>
        <translation>{count} ligne(s) ne peu(ven)t pas être importée(s) : {rows} (et {more} de plus). Corrigez le fichier, ou ignorez ces lignes.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée : rien n'a été importé.</translation>
    </message>
    <message>
        <source>“{target}” is not a {field}; use one of: {choices} (or nothing, for no value).</source>
        <extracomment>A value mapping whose target the field does not take.</extracomment>
        <translation>« {target} » n'est pas une valeur valable pour {field} ; utilisez l'une de celles-ci : {choices} (ou rien, pour aucune valeur).</translation>
    </message>
    <message>
        <source>an ISO country code such as BE, or a country's name</source>
        <translation>un code de pays ISO tel que BE, ou le nom d'un pays</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <extracomment>Lists inside a message: "a, b" and "a; b" (translators may change the separator).</extracomment>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <source>Part {index}: free text</source>
        <extracomment>How the preview names a part of the text and its list style.</extracomment>
        <translation>Partie {index} : texte libre</translation>
    </message>
    <message>
        <source>Part {index}: list, {style}</source>
        <translation>Partie {index} : liste, {style}</translation>
    </message>
    <message>
        <source>Part {index}: list, {style}, from {start}</source>
        <translation>Partie {index} : liste, {style}, à partir de {start}</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>numérotée</translation>
    </message>
    <message>
        <source>lettered (a)</source>
        <translation>lettres (a)</translation>
    </message>
    <message>
        <source>lettered A.</source>
        <translation>lettres A.</translation>
    </message>
    <message>
        <source>roman (i)</source>
        <translation>chiffres romains (i)</translation>
    </message>
    <message>
        <source>roman I.</source>
        <translation>chiffres romains I.</translation>
    </message>
    <message>
        <source>bullets</source>
        <translation>puces</translation>
    </message>
    <message>
        <source>{count} paragraph</source>
        <translation>{count} paragraphe</translation>
    </message>
    <message>
        <source>{count} paragraphs</source>
        <translation>{count} paragraphes</translation>
    </message>
    <message>
        <source>Word list numbering read on {paragraphs}.</source>
        <extracomment>The Word reader's notes: what it converted or left out. Each comes as a pair, for one and for several (the English rule; {count} is the number).</extracomment>
        <translation>Numérotation des listes Word lue sur {paragraphs}.</translation>
    </message>
    <message>
        <source>Word list numbering read on {paragraphs} and {bullets}.</source>
        <translation>Numérotation des listes Word lue sur {paragraphs} et {bullets}.</translation>
    </message>
    <message>
        <source>{count} bullet</source>
        <translation>{count} puce</translation>
    </message>
    <message>
        <source>{count} bullets</source>
        <translation>{count} puces</translation>
    </message>
    <message>
        <source>{count} heading taken as section titles.</source>
        <translation>{count} titre Word repris comme titre de partie.</translation>
    </message>
    <message>
        <source>{count} headings taken as section titles.</source>
        <translation>{count} titres Word repris comme titres de partie.</translation>
    </message>
    <message>
        <source>1 footnote kept as a comment on the paragraph where it is anchored.</source>
        <translation>1 note de bas de page conservée comme commentaire sur le paragraphe où elle est ancrée.</translation>
    </message>
    <message>
        <source>{count} footnotes kept as comments on the paragraphs where they are anchored.</source>
        <translation>{count} notes de bas de page conservées comme commentaires sur les paragraphes où elles sont ancrées.</translation>
    </message>
    <message>
        <source>1 endnote kept as a comment on the paragraph where it is anchored.</source>
        <translation>1 note de fin conservée comme commentaire sur le paragraphe où elle est ancrée.</translation>
    </message>
    <message>
        <source>{count} endnotes kept as comments on the paragraphs where they are anchored.</source>
        <translation>{count} notes de fin conservées comme commentaires sur les paragraphes où elles sont ancrées.</translation>
    </message>
    <message>
        <source>1 Word comment kept as a comment on the paragraph where it is anchored.</source>
        <translation>1 commentaire Word conservé comme commentaire sur le paragraphe où il est ancré.</translation>
    </message>
    <message>
        <source>{count} Word comments kept as comments on the paragraphs where they are anchored.</source>
        <translation>{count} commentaires Word conservés comme commentaires sur les paragraphes où ils sont ancrés.</translation>
    </message>
    <message>
        <source>1 footnote anchored in no text that is kept (deleted by tracked changes, or in a header) left out.</source>
        <translation>1 note de bas de page ancrée dans aucun texte conservé (supprimé par des modifications suivies, ou dans un en-tête) a été laissée de côté.</translation>
    </message>
    <message>
        <source>{count} footnotes anchored in no text that is kept (deleted by tracked changes, or in a header) left out.</source>
        <translation>{count} notes de bas de page ancrées dans aucun texte conservé (supprimé par des modifications suivies, ou dans un en-tête) ont été laissées de côté.</translation>
    </message>
    <message>
        <source>1 endnote anchored in no text that is kept (deleted by tracked changes, or in a header) left out.</source>
        <translation>1 note de fin ancrée dans aucun texte conservé (supprimé par des modifications suivies, ou dans un en-tête) a été laissée de côté.</translation>
    </message>
    <message>
        <source>{count} endnotes anchored in no text that is kept (deleted by tracked changes, or in a header) left out.</source>
        <translation>{count} notes de fin ancrées dans aucun texte conservé (supprimé par des modifications suivies, ou dans un en-tête) ont été laissées de côté.</translation>
    </message>
    <message>
        <source>1 Word comment anchored in no text that is kept (deleted by tracked changes, or in a header) left out.</source>
        <translation>1 commentaire Word ancré dans aucun texte conservé (supprimé par des modifications suivies, ou dans un en-tête) a été laissé de côté.</translation>
    </message>
    <message>
        <source>{count} Word comments anchored in no text that is kept (deleted by tracked changes, or in a header) left out.</source>
        <translation>{count} commentaires Word ancrés dans aucun texte conservé (supprimé par des modifications suivies, ou dans un en-tête) ont été laissés de côté.</translation>
    </message>
    <message>
        <source>{tables} converted to text: {paragraphs}, one per row, cells separated by “ | ”.</source>
        <translation>Converti en texte : {tables}, soit {paragraphs}, un par ligne du tableau, cellules séparées par « | ».</translation>
    </message>
    <message>
        <source>{count} table</source>
        <translation>{count} tableau</translation>
    </message>
    <message>
        <source>{count} tables</source>
        <translation>{count} tableaux</translation>
    </message>
    <message>
        <source>{count} stretch of hidden text (formatted as hidden, which Word neither shows nor prints) left out.</source>
        <translation>{count} passage de texte masqué (mis en forme comme masqué, que Word n'affiche ni n'imprime) laissé de côté.</translation>
    </message>
    <message>
        <source>{count} stretches of hidden text (formatted as hidden, which Word neither shows nor prints) left out.</source>
        <translation>{count} passages de texte masqué (mis en forme comme masqué, que Word n'affiche ni n'imprime) laissés de côté.</translation>
    </message>
    <message>
        <source>The text of {count} text box taken as paragraphs after the paragraph holding it.</source>
        <translation>Le texte de {count} zone de texte repris en paragraphes après le paragraphe qui la contient.</translation>
    </message>
    <message>
        <source>The text of {count} text boxes taken as paragraphs after the paragraph holding it.</source>
        <translation>Le texte de {count} zones de texte repris en paragraphes après le paragraphe qui les contient.</translation>
    </message>
    <message>
        <source>{count} tracked change ({kinds}) accepted.</source>
        <translation>{count} modification suivie ({kinds}) acceptée.</translation>
    </message>
    <message>
        <source>{count} tracked changes ({kinds}) accepted.</source>
        <translation>{count} modifications suivies ({kinds}) acceptées.</translation>
    </message>
    <message>
        <source>{count} tracked change ({kinds}) rejected.</source>
        <translation>{count} modification suivie ({kinds}) refusée.</translation>
    </message>
    <message>
        <source>{count} tracked changes ({kinds}) rejected.</source>
        <translation>{count} modifications suivies ({kinds}) refusées.</translation>
    </message>
    <message>
        <source>{count} list item nested deeper than one level kept as sub-paragraphs (confdesk lists have one level of sub-paragraphs).</source>
        <translation>{count} élément de liste imbriqué sur plus d'un niveau conservé comme sous-paragraphe (les listes de confdesk ont un seul niveau de sous-paragraphes).</translation>
    </message>
    <message>
        <source>{count} list items nested deeper than one level kept as sub-paragraphs (confdesk lists have one level of sub-paragraphs).</source>
        <translation>{count} éléments de liste imbriqués sur plus d'un niveau conservés comme sous-paragraphes (les listes de confdesk ont un seul niveau de sous-paragraphes).</translation>
    </message>
    <message>
        <source>{count} sub-item marked otherwise (bullets, roman numerals) kept as sub-paragraphs lettered (a), (b)….</source>
        <translation>{count} sous-élément marqué autrement (puces, chiffres romains) conservé comme sous-paragraphe numéroté (a), (b)….</translation>
    </message>
    <message>
        <source>{count} sub-items marked otherwise (bullets, roman numerals) kept as sub-paragraphs lettered (a), (b)….</source>
        <translation>{count} sous-éléments marqués autrement (puces, chiffres romains) conservés comme sous-paragraphes numérotés (a), (b)….</translation>
    </message>
    <message>
        <source>The heading's {count} line after the title (the event's name, place and dates) left out.</source>
        <translation>{count} ligne de l’en-tête qui suit le titre (nom, lieu et dates de l’événement) a été laissée de côté.</translation>
    </message>
    <message>
        <source>The heading's {count} lines after the title (the event's name, place and dates) left out.</source>
        <translation>Les {count} lignes de l'en-tête qui suivent le titre (nom, lieu et dates de l'événement) ont été laissées de côté.</translation>
    </message>
    <message>
        <source>The centred heading's {count} line after the title (the event's name, place and dates) left out.</source>
        <translation>{count} ligne de l’en-tête centré qui suit le titre (nom, lieu et dates de l’événement) a été laissée de côté.</translation>
    </message>
    <message>
        <source>The centred heading's {count} lines after the title (the event's name, place and dates) left out.</source>
        <translation>Les {count} lignes de l'en-tête centré qui suivent le titre (nom, lieu et dates de l'événement) ont été laissées de côté.</translation>
    </message>
    <message>
        <source>{count} insertion</source>
        <extracomment>The kinds of tracked changes, counted (in the notes above and the refusal to guess).</extracomment>
        <translation>{count} insertion</translation>
    </message>
    <message>
        <source>{count} insertions</source>
        <translation>{count} insertions</translation>
    </message>
    <message>
        <source>{count} deletion</source>
        <translation>{count} suppression</translation>
    </message>
    <message>
        <source>{count} deletions</source>
        <translation>{count} suppressions</translation>
    </message>
    <message>
        <source>{count} move</source>
        <translation>{count} déplacement</translation>
    </message>
    <message>
        <source>{count} moves</source>
        <translation>{count} déplacements</translation>
    </message>
    <message>
        <source>{count} formatting change</source>
        <translation>{count} modification de mise en forme</translation>
    </message>
    <message>
        <source>{count} formatting changes</source>
        <translation>{count} modifications de mise en forme</translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark</source>
        <extracomment>The encodings a text file is read in, as the import dialog and report name them.</extracomment>
        <translation>UTF-8 avec indicateur d'ordre des octets</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian)</source>
        <translation>UTF-16 (petit-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian)</source>
        <translation>UTF-16 (gros-boutiste)</translation>
    </message>
    <message>
        <source>UTF-16 (little-endian, without a byte-order mark)</source>
        <translation>UTF-16 (petit-boutiste, sans indicateur d'ordre des octets)</translation>
    </message>
    <message>
        <source>UTF-16 (big-endian, without a byte-order mark)</source>
        <translation>UTF-16 (gros-boutiste, sans indicateur d'ordre des octets)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Read as {encoding} text.</source>
        <translation>Lu comme texte {encoding}.</translation>
    </message>
    <message>
        <source>{name} is {size} MB: too large for an outcome document (at most {limit} MB).</source>
        <extracomment>Text files that cannot be read.</extracomment>
        <translation>{name} fait {size} Mo : trop volumineux pour un document final (au plus {limit} Mo).</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data).</source>
        <translation>{name} n'est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8, UTF-16 nor Windows-1252 text; save it as UTF-8 (in Word: Plain Text, Unicode (UTF-8)).</source>
        <translation>{name} n'est un texte ni en UTF-8, ni en UTF-16, ni en Windows-1252 ; enregistrez-le en UTF-8 (dans Word : Texte brut, Unicode (UTF-8)).</translation>
    </message>
    <message>
        <source>{name} starts like {encoding} text but is damaged at byte {position}.</source>
        <translation>{name} commence comme un texte {encoding} mais est endommagé à l'octet {position}.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Impossible de lire {name} : {reason}.</translation>
    </message>
    <message>
        <source>{name} is a zip package (a Word or OpenDocument file?), not text; give a Word file the .docx extension.</source>
        <translation>{name} est une archive zip (un fichier Word ou OpenDocument ?), pas du texte ; donnez à un fichier Word l'extension .docx.</translation>
    </message>
    <message>
        <source>{name} is a Rich Text (RTF) file; save it as .docx (Word) or plain text.</source>
        <translation>{name} est un fichier RTF (texte enrichi) ; enregistrez-le au format .docx (Word) ou en texte brut.</translation>
    </message>
    <message>
        <source>{name} is a PDF file; import the Word file it was made from, or copy its text into the import window.</source>
        <translation>{name} est un fichier PDF ; importez le fichier Word dont il est issu, ou copiez son texte dans la fenêtre d'importation.</translation>
    </message>
    <message>
        <source>“{field}” is not a field; use one of: {fields}.</source>
        <translation>« {field} » n'est pas un champ ; utilisez l'un de ceux-ci : {fields}.</translation>
    </message>
    <message>
        <source>The column “{column}” is not imported; map it to a field first.</source>
        <translation>La colonne « {column} » n'est pas importée ; associez-la d'abord à un champ.</translation>
    </message>
    <message>
        <source>The values of the column mapped to {field} are taken as they are; only these fields take value mappings: {fields}.</source>
        <translation>Les valeurs de la colonne associée à {field} sont reprises telles quelles ; seuls ces champs acceptent une correspondance de valeurs : {fields}.</translation>
    </message>
    <message>
        <source>Say which value to map (COLUMN:VALUE=TARGET).</source>
        <translation>Indiquez quelle valeur associer (COLONNE:VALEUR=CIBLE).</translation>
    </message>
    <message>
        <source>There is no column “{column}”; the headings are: {headings}.</source>
        <translation>Il n'y a pas de colonne « {column} » ; les en-têtes sont : {headings}.</translation>
    </message>
    <message>
        <source>The sheet is empty: there is no row of headings.</source>
        <translation>La feuille est vide : il n'y a pas de ligne d'en-têtes.</translation>
    </message>
    <message>
        <source>No column holds names: map one to full_name, given_name or family_name (e.g. --map "Participant=full_name").</source>
        <translation>Aucune colonne ne contient de noms : associez-en une à full_name, given_name ou family_name (p. ex. --map "Participant=full_name").</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it again, or save the list as CSV.</source>
        <extracomment>Said after a damaged workbook's message.</extracomment>
        <translation>Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau, ou enregistrez la liste au format CSV.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” is empty.</source>
        <translation>{name} : la feuille « {sheet} » est vide.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>{name} n'a pas de feuille « {sheet} » ; ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
        <source>{name} has no sheet “{sheet}”; its sheets are: {sheets} and {more} more.</source>
        <translation>{name} n'a pas de feuille « {sheet} » ; ses feuilles sont : {sheets} et {more} autres.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” has {rows} rows and {columns} columns; confdesk reads sheets of up to {max_rows} rows and {max_columns} columns.</source>
        <translation>{name} : la feuille « {sheet} » compte {rows} lignes et {columns} colonnes ; confdesk lit des feuilles d'au plus {max_rows} lignes et {max_columns} colonnes.</translation>
    </message>
    <message>
        <source>{name} is {size}: confdesk reads CSV files of up to {limit}.</source>
        <translation>{name} fait {size} : confdesk lit des fichiers CSV d'au plus {limit}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}.</source>
        <translation>Impossible d'ouvrir {name} : {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a text (CSV) file.</source>
        <translation>{name} n'est pas un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>{name}: line {line} is beyond what confdesk reads (up to {rows} rows, {columns} columns and {cells} cells). Is this a list of people?</source>
        <translation>{name} : la ligne {line} dépasse ce que confdesk lit (au plus {rows} lignes, {columns} colonnes et {cells} cellules). S'agit-il bien d'une liste de personnes ?</translation>
    </message>
    <message>
        <source>{name}: line {line} has a field of more than {chars} characters; a cell may hold at most {limit}. Perhaps a quotation mark is left open above it.</source>
        <translation>{name} : la ligne {line} contient un champ de plus de {chars} caractères ; une cellule peut en contenir au plus {limit}. Un guillemet est peut-être resté ouvert plus haut.</translation>
    </message>
    <message>
        <source>{name}: line {line} cannot be read as CSV ({detail}).</source>
        <translation>{name} : la ligne {line} ne peut pas être lue comme du CSV ({detail}).</translation>
    </message>
    <message>
        <source>{name} is {size}: confdesk reads workbooks of up to {limit}.</source>
        <translation>{name} fait {size} : confdesk lit des classeurs d'au plus {limit}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password, or it is an older workbook (.xls) named {suffix}. Save a copy without a password, as .xlsx, and import that.</source>
        <translation>{name} est protégé par un mot de passe, ou c'est un ancien classeur (.xls) nommé {suffix}. Enregistrez-en une copie sans mot de passe, au format .xlsx, et importez-la.</translation>
    </message>
    <message>
        <source>{name} is not an XLSX file, or it is damaged (its zip container cannot be read). {repair}</source>
        <translation>{name} n'est pas un fichier XLSX, ou il est endommagé (son conteneur zip est illisible). {repair}</translation>
    </message>
    <message>
        <source>{name} is not an ODS file, or it is damaged (its zip container cannot be read). {repair}</source>
        <translation>{name} n'est pas un fichier ODS, ou il est endommagé (son conteneur zip est illisible). {repair}</translation>
    </message>
    <message>
        <source>{name}: its part {part} expands from {packed} to {size}, more than any real sheet ({ratio} times). Not read.</source>
        <translation>{name} : sa partie {part} passe de {packed} à {size} une fois décompressée, plus que toute feuille réelle ({ratio} fois). Non lu.</translation>
    </message>
    <message>
        <source>{name} is damaged: its part {part} cannot be unpacked ({detail}). {repair}</source>
        <translation>{name} est endommagé : sa partie {part} ne peut pas être décompressée ({detail}). {repair}</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Save a copy without the password and import that.</source>
        <translation>{name} est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe et importez-la.</translation>
    </message>
    <message>
        <source>{name}: its part {part} unpacks to {size} of XML; confdesk reads parts of up to {limit}. Delete what lies beyond the list (or save the list alone as a new file) and import again.</source>
        <translation>{name} : sa partie {part} se décompresse en {size} de XML ; confdesk lit des parties d'au plus {limit}. Supprimez ce qui se trouve au-delà de la liste (ou enregistrez la liste seule dans un nouveau fichier) et importez à nouveau.</translation>
    </message>
    <message>
        <source>{name} is damaged: {detail}. {repair}</source>
        <translation>{name} est endommagé : {detail}. {repair}</translation>
    </message>
    <message>
        <source>{name} is damaged (its zip container cannot be read: {detail}). {repair}</source>
        <translation>{name} est endommagé (son conteneur zip est illisible : {detail}). {repair}</translation>
    </message>
    <message>
        <source>{name} cannot be read as a spreadsheet ({detail}). {repair}</source>
        <translation>{name} ne peut pas être lu comme un classeur ({detail}). {repair}</translation>
    </message>
    <message>
        <source>{name} is not an Excel 97–2003 (.xls) workbook, or it is damaged. Open it in Excel or LibreOffice and save it again, or save the list as CSV.</source>
        <translation>{name} n'est pas un classeur Excel 97–2003 (.xls), ou il est endommagé. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau, ou enregistrez la liste au format CSV.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” has a value as far as cell {cell} ({rows} rows × {columns} columns). confdesk reads sheets of up to {max_rows} rows, {max_columns} columns and {max_cells} cells. Delete what lies beyond the list (or copy the list into a new sheet) and import again.</source>
        <translation>{name} : la feuille « {sheet} » contient une valeur jusqu'à la cellule {cell} ({rows} lignes × {columns} colonnes). confdesk lit des feuilles d'au plus {max_rows} lignes, {max_columns} colonnes et {max_cells} cellules. Supprimez ce qui se trouve au-delà de la liste (ou copiez la liste dans une nouvelle feuille) et importez à nouveau.</translation>
    </message>
    <message>
        <source>{name}: cell {cell} holds {chars} characters; a cell may hold at most {limit}. Shorten it and import again.</source>
        <translation>{name} : la cellule {cell} contient {chars} caractères ; une cellule peut en contenir au plus {limit}. Raccourcissez-la et importez à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a Word (.docx) document (it is not a valid zip package).</source>
        <translation>{name} n'est pas un document Word (.docx) (ce n'est pas une archive zip valide).</translation>
    </message>
    <message>
        <source>{part} would inflate to {size} MB, far more than any real document: it is refused as a possible zip bomb.</source>
        <translation>{part} atteindrait {size} Mo une fois décompressé, bien plus que tout document réel : il est refusé comme possible bombe de décompression.</translation>
    </message>
    <message>
        <source>{part} is compressed {ratio} to 1, far more than any real document: it is refused as a possible zip bomb.</source>
        <translation>{part} est compressé dans un rapport de {ratio} pour 1, bien plus que tout document réel : il est refusé comme possible bombe de décompression.</translation>
    </message>
    <message>
        <source>{name} would inflate to more than {limit} MB: it is refused as a possible zip bomb.</source>
        <translation>{name} dépasserait {limit} Mo une fois décompressé : il est refusé comme possible bombe de décompression.</translation>
    </message>
    <message>
        <source>{part} is encrypted; save the document without a password first.</source>
        <translation>{part} est chiffré ; enregistrez d'abord le document sans mot de passe.</translation>
    </message>
    <message>
        <source>{part} uses a compression method confdesk cannot read.</source>
        <translation>{part} utilise une méthode de compression que confdesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>{part} is damaged (its compressed data cannot be read): {detail}.</source>
        <translation>{part} est endommagé (ses données compressées sont illisibles) : {detail}.</translation>
    </message>
    <message>
        <source>{name} ({part}) declares a DTD or entities, which Word never writes: it is refused as unsafe.</source>
        <translation>{name} ({part}) déclare une DTD ou des entités, ce que Word n'écrit jamais : il est refusé comme dangereux.</translation>
    </message>
    <message>
        <source>{name} is damaged: {part} is not well-formed XML ({detail}).</source>
        <translation>{name} est endommagé : {part} n'est pas du XML bien formé ({detail}).</translation>
    </message>
    <message>
        <source>{name} ({part}) cannot be read: {detail}.</source>
        <translation>{name} ({part}) ne peut pas être lu : {detail}.</translation>
    </message>
    <message>
        <source>{name} is not a Word (.docx) document (it has no document part).</source>
        <translation>{name} n'est pas un document Word (.docx) (il n'a pas de partie document).</translation>
    </message>
    <message>
        <source>{name} is not a Word document (an OpenDocument or another kind of Office file?); save it as .docx first.</source>
        <translation>{name} n'est pas un document Word (un fichier OpenDocument ou un autre type de fichier Office ?) ; enregistrez-le d'abord au format .docx.</translation>
    </message>
    <message>
        <source>The text holds no paragraph to import.</source>
        <translation>Le texte ne contient aucun paragraphe à importer.</translation>
    </message>
    <message>
        <source>{name} has no body text.</source>
        <translation>{name} n'a pas de corps de texte.</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Ce fichier n'existe pas : {path}</translation>
    </message>
    <message>
        <source>Old Word .doc files cannot be read; save it as .docx first.</source>
        <translation>Les anciens fichiers Word .doc ne peuvent pas être lus ; enregistrez-le d'abord au format .docx.</translation>
    </message>
    <message>
        <source>The event has no room “{text}” (its rooms: {names}).</source>
        <translation>L’événement n’a pas de salle « {text} » (ses salles : {names}).</translation>
    </message>
    <message>
        <source>There is no place {number}: the room has places 1 to {count}.</source>
        <translation>Il n’y a pas de place {number} : la salle a les places 1 à {count}.</translation>
    </message>
    <message>
        <source>There is no room {room} in this event.</source>
        <translation>Il n’y a pas de salle {room} dans cet événement.</translation>
    </message>
    <message>
        <source>The room has no seating plan yet: seat the delegations first.</source>
        <translation>La salle n’a pas encore de plan de salle : placez d’abord les délégations.</translation>
    </message>
    <message>
        <source>A layout has 1 to 100 rows of 1 to 200 places.</source>
        <translation>Une disposition compte de 1 à 100 rangs de 1 à 200 places.</translation>
    </message>
    <message>
        <source>A delegation has 1 to 6 seats at the table and 0 to 12 behind.</source>
        <translation>Une délégation a de 1 à 6 sièges à la table et de 0 à 12 derrière.</translation>
    </message>
    <message>
        <source>Accessible place {number} is not in the layout (places 1 to {count}).</source>
        <translation>La place accessible {number} n’est pas dans la disposition (places 1 à {count}).</translation>
    </message>
    <message>
        <source>“{text}” is not a State confdesk knows: give its UN name (e.g. “Republic of Korea”) or its two-letter code.</source>
        <translation>« {text} » n’est pas un État connu de confdesk : indiquez son nom à l’ONU (p. ex. « République de Corée ») ou son code à deux lettres.</translation>
    </message>
    <message>
        <source>No Member State delegation is on the list: there is nothing to draw the seating order from.</source>
        <translation>Aucune délégation d’État Membre n’est sur la liste : il n’y a rien à partir de quoi tirer au sort l’ordre des places.</translation>
    </message>
    <message>
        <source>“{text}” is not a list of rows: write e.g. “12,14,14” or “10x16” (ten rows of sixteen places).</source>
        <translation>« {text} » n’est pas une liste de rangs : écrivez p. ex. « 12,14,14 » ou « 10x16 » (dix rangs de seize places).</translation>
    </message>
    <message>
        <source>“{part}”: a layout has 1 to 100 rows of 1 to 200 places.</source>
        <translation>« {part} » : une disposition compte de 1 à 100 rangs de 1 à 200 places.</translation>
    </message>
    <message>
        <source>A layout needs at least one row of places.</source>
        <translation>Une disposition doit compter au moins un rang de places.</translation>
    </message>
    <message>
        <source>“{text}” is not a list of place numbers: write e.g. “1,16,17”.</source>
        <translation>« {text} » n’est pas une liste de numéros de places : écrivez p. ex. « 1,16,17 ».</translation>
    </message>
    <message>
        <source>“{given}” is not a language code confdesk knows: use the ISO 639-1 code, e.g. en, fr, es, ru, ar, zh.</source>
        <translation>« {given} » n’est pas un code de langue connu de confdesk : utilisez le code ISO 639-1, p. ex. en, fr, es, ru, ar, zh.</translation>
    </message>
    <message>
        <source>There is no session {session} in this event.</source>
        <translation>Cet événement ne comporte pas de séance {session}.</translation>
    </message>
    <message>
        <source>Inscription {number} is not on this speakers' list (it may have been deleted by someone else).</source>
        <translation>L'inscription {number} ne figure pas sur cette liste d'orateurs (quelqu'un d'autre l'a peut-être supprimée).</translation>
    </message>
    <message>
        <source>Name the delegation or observer to inscribe.</source>
        <translation>Indiquez la délégation ou l'observateur à inscrire.</translation>
    </message>
    <message>
        <source>Choose two different speakers to swap, or another place to move to.</source>
        <translation>Choisissez deux orateurs différents à intervertir, ou une autre place où déplacer l'orateur.</translation>
    </message>
    <message>
        <source>{delegation} has withdrawn from the list; reinstate it first.</source>
        <translation>{delegation} s'est retiré(e) de la liste ; réinscrivez cette délégation d'abord.</translation>
    </message>
    <message>
        <source>A time limit is a whole number of minutes from 1 to 60.</source>
        <translation>Un temps de parole est un nombre entier de minutes, de 1 à 60.</translation>
    </message>
    <message>
        <source>That rapporteur's item belongs to another session.</source>
        <translation>Ce point du rapporteur appartient à une autre séance.</translation>
    </message>
    <message>
        <source>Someone else changed {delegation}'s inscription since; undoing or redoing this step would overwrite their change.</source>
        <translation>Quelqu'un d'autre a modifié depuis l'inscription de {delegation} ; annuler ou rétablir cette étape écraserait sa modification.</translation>
    </message>
    <message>
        <source>{delegation} has the floor: stop the timer before changing its status.</source>
        <translation>{delegation} a la parole : arrêtez le chronomètre avant de modifier son statut.</translation>
    </message>
    <message>
        <source>That role</source>
        <translation>Ce rôle</translation>
    </message>
    <message>
        <source>That theme</source>
        <translation>Ce thème</translation>
    </message>
    <message>
        <source>A session needs a title.</source>
        <extracomment>A session's fields.</extracomment>
        <translation>Une séance doit avoir un titre.</translation>
    </message>
    <message>
        <source>A session title may have at most {limit} characters.</source>
        <translation>Le titre d'une séance ne peut dépasser {limit} caractères.</translation>
    </message>
    <message>
        <source>{day} is outside the event, which runs from {start} to {end}.</source>
        <translation>Le {day} est en dehors de l'événement, qui se tient du {start} au {end}.</translation>
    </message>
    <message>
        <source>A session must end after it starts: {start} to {end} is impossible (sessions cannot run past midnight).</source>
        <translation>Une séance doit se terminer après son début : de {start} à {end} est impossible (les séances ne peuvent pas dépasser minuit).</translation>
    </message>
    <message>
        <source>That room does not belong to this event.</source>
        <translation>Cette salle n'appartient pas à cet événement.</translation>
    </message>
    <message>
        <source>That theme does not belong to this event.</source>
        <translation>Ce thème n'appartient pas à cet événement.</translation>
    </message>
    <message>
        <source>Unknown kind of session: “{kind}”.</source>
        <translation>Type de séance inconnu : « {kind} ».</translation>
    </message>
    <message>
        <source>The copy would run past midnight; choose an earlier start.</source>
        <extracomment>Moving, copying and resizing sessions.</extracomment>
        <translation>La copie dépasserait minuit ; choisissez une heure de début plus tôt.</translation>
    </message>
    <message>
        <source>“{title}” lasts {minutes} minutes and cannot start at {start}: it would run past midnight.</source>
        <translation>« {title} » dure {minutes} minutes et ne peut pas commencer à {start} : elle dépasserait minuit.</translation>
    </message>
    <message>
        <source>“{title}” starts too late in the day to be resized.</source>
        <translation>« {title} » commence trop tard dans la journée pour être redimensionnée.</translation>
    </message>
    <message>
        <source>That participant is not registered for this event.</source>
        <extracomment>People on a session.</extracomment>
        <translation>Ce participant n'est pas inscrit à cet événement.</translation>
    </message>
    <message>
        <source>{name} is already {role} of “{title}”.</source>
        <translation>{name} est déjà {role} de « {title} ».</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <extracomment>Themes.</extracomment>
        <translation>Un thème doit avoir un nom.</translation>
    </message>
    <message>
        <source>A theme's name may have at most {limit} characters.</source>
        <translation>Le nom d'un thème ne peut dépasser {limit} caractères.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour of the form #RRGGBB.</source>
        <translation>« {colour} » n'est pas une couleur de la forme #RRVVBB.</translation>
    </message>
    <message>
        <source>There is already a theme called “{name}”.</source>
        <translation>Il existe déjà un thème nommé « {name} ».</translation>
    </message>
    <message>
        <source>chair</source>
        <extracomment>The words for a person's role in "is already … of" (lower case, inside a sentence).</extracomment>
        <translation>président</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>keynote speaker</source>
        <translation>orateur principal</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orateur</translation>
    </message>
    <message>
        <source>discussant</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name: use at most 63 letters, digits and the signs . _ - @, starting with a letter.</source>
        <translation>« {name} » ne peut pas être un nom d’utilisateur : utilisez au plus 63 lettres, chiffres et signes . _ - @, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>“{role}” is not a role; the roles are: {known}.</source>
        <translation>« {role} » n’est pas un rôle ; les rôles sont : {known}.</translation>
    </message>
    <message>
        <source>There is no event {event} in this database.</source>
        <translation>Cette base de données ne contient pas d’événement {event}.</translation>
    </message>
    <message>
        <source>{name} already holds the {role} role for all events.</source>
        <translation>{name} a déjà le rôle {role} pour tous les événements.</translation>
    </message>
    <message>
        <source>{name} already holds the {role} role for event {event}.</source>
        <translation>{name} a déjà le rôle {role} pour l’événement {event}.</translation>
    </message>
    <message>
        <source>{name} does not hold the {role} role for all events.</source>
        <translation>{name} n’a pas le rôle {role} pour tous les événements.</translation>
    </message>
    <message>
        <source>{name} does not hold the {role} role for event {event}.</source>
        <translation>{name} n’a pas le rôle {role} pour l’événement {event}.</translation>
    </message>
    <message>
        <source>{name} holds no role in this database.</source>
        <translation>{name} n’a aucun rôle dans cette base de données.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même ; adressez-vous à un autre administrateur.</translation>
    </message>
    <message>
        <source>{name} is the last administrator for all events; make someone else administrator first.</source>
        <translation>{name} est le dernier administrateur de tous les événements ; nommez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <source>This server is not set up for people and roles yet: run “confdesk users setup” once as the database's owner.</source>
        <translation>Ce serveur n’est pas encore configuré pour les personnes et les rôles : exécutez une fois « confdesk users setup » en tant que propriétaire de la base de données.</translation>
    </message>
    <message>
        <source>The server refused to set up the roles: {detail}. Run “confdesk users setup” as the owner of the database's tables, with the right to create roles.</source>
        <translation>Le serveur a refusé de configurer les rôles : {detail}. Exécutez « confdesk users setup » en tant que propriétaire des tables de la base de données, avec le droit de créer des rôles.</translation>
    </message>
    <message>
        <source>The server refused to change the login {name}: {detail}. Creating and removing logins needs an administrator (the right to create roles).</source>
        <translation>Le serveur a refusé de modifier la connexion {name} : {detail}. La création et la suppression de connexions sont réservées à un administrateur (droit de créer des rôles).</translation>
    </message>
    <message>
        <source>A SQLite database has no logins or passwords: its people are names (the person at the desk is chosen at start); roles there guide the window, they do not protect the file.</source>
        <translation>Une base de données SQLite n’a ni connexions ni mots de passe : ses personnes sont des noms (la personne au poste est choisie au démarrage) ; les rôles y guident la fenêtre, ils ne protègent pas le fichier.</translation>
    </message>
    <message>
        <source>The database {path} could not be read: {detail}</source>
        <extracomment>A read that failed half-way (a disk error, a file replaced under the command).</extracomment>
        <translation>La base de données {path} n’a pas pu être lue : {detail}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users and Roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Each person logs in to the server under their own name; their roles decide what they may change, for all events or for one.</source>
        <translation>Chaque personne se connecte au serveur sous son propre nom ; ses rôles déterminent ce qu’elle peut modifier, pour tous les événements ou pour un seul.</translation>
    </message>
    <message>
        <source>On a database file, roles guide the window: whoever can open the file can change it with other tools, so they are no protection.</source>
        <translation>Dans un fichier de base de données, les rôles guident la fenêtre : quiconque peut ouvrir le fichier peut le modifier avec d’autres outils ; ils ne constituent donc pas une protection.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Give Role…</source>
        <translation>Attri&amp;buer un rôle…</translation>
    </message>
    <message>
        <source>&amp;Take Role</source>
        <translation>Re&amp;tirer le rôle</translation>
    </message>
    <message>
        <source>&amp;Remove Person</source>
        <translation>&amp;Retirer la personne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>Cannot add the person</source>
        <translation>Impossible d’ajouter la personne</translation>
    </message>
    <message>
        <source>Cannot give the role</source>
        <translation>Impossible d’attribuer le rôle</translation>
    </message>
    <message>
        <source>Cannot take the role</source>
        <translation>Impossible de retirer le rôle</translation>
    </message>
    <message>
        <source>Take every role from {name} and remove their login from the server?</source>
        <translation>Retirer tous ses rôles à {name} et supprimer sa connexion au serveur ?</translation>
    </message>
    <message>
        <source>Take every role from {name}?</source>
        <translation>Retirer tous ses rôles à {name} ?</translation>
    </message>
    <message>
        <source>Remove Person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cannot remove the person</source>
        <translation>Impossible de retirer la personne</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Say what these values mean</source>
        <translation>Indiquer le sens de ces valeurs</translation>
    </message>
    <message>
        <source>These cells hold words confdesk does not know. Choose what each one means; no row is left out for a word, and your answers are remembered for the next file.</source>
        <translation>Ces cellules contiennent des mots que confdesk ne connaît pas. Choisissez le sens de chacun ; aucune ligne n’est écartée à cause d’un mot, et vos réponses sont retenues pour le prochain fichier.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>(field, value as written, its combo) per row of the table.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Lines {lines}</source>
        <translation>Lignes {lines}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>(no value: the default)</source>
        <translation>(aucune valeur : la valeur par défaut)</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>Nouvelle vérification des lignes…</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>No conflicts</source>
        <translation>Aucun conflit</translation>
    </message>
    <message>
        <source>Conflicts: {errors}, {warnings}</source>
        <translation>Conflits : {errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot make this change</source>
        <extracomment>Emitted after any change, undo or redo, and when another document is chosen. A refused change: title and message for the user. The widget that refused undo steps are reported over.</extracomment>
        <translation>Impossible d’effectuer cette modification</translation>
    </message>
    <message>
        <source>The document has been reloaded to show what was saved.</source>
        <translation>Le document a été rechargé pour montrer ce qui a été enregistré.</translation>
    </message>
</context>
</TS>