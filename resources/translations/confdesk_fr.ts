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
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <extracomment>When set (to anything but empty or "0"), the window quits after the first turn of the event loop, once shown with its first screen filled, printing the moment on standard output (tests/benchmarks/bench_participants.py times start-up with it).</extracomment>
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
            <numerusform>%n participant est dans « {name} ». Le déplacer vers :</numerusform><numerusform>%n participants sont dans « {name} ». Les déplacer vers :</numerusform></translation>
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
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
</context>
<context>
    <name>DayGridView</name>
    <message>
        <source>Timetable</source>
        <extracomment>Scene y of the grid's first minute: below the header, with room for its time label. Pixels per minute: default and bounds of the zoom. Emitted with a session id when a block is double-clicked or Enter is pressed on it. Emitted with the selected session id (0: none). Emitted with (room id or None, start time) on a double-click on an empty cell. Emitted with (session id, room id or None, snapped start) when a block is dropped. Emitted with (session id, end time) when a block's bottom edge is dropped. Emitted with the new pixels per minute when the zoom changes. Where a dragged block would land, shown beside it while dragging.</extracomment>
        <translation>Grille horaire</translation>
    </message>
    <message>
        <source>Arrow keys or Tab: choose a session. Alt+Up/Down: start it 5 minutes earlier or later. Alt+Left/Right: previous or next room. Alt+Shift+Up/Down: 5 minutes shorter or longer. Enter: edit. Del: delete. Ins or Ctrl+N: a new session after it. Ctrl+wheel, Ctrl++ and Ctrl+-: zoom.</source>
        <translation>Flèches ou Tab : choisir une séance. Alt+Haut/Bas : la commencer 5 minutes plus tôt ou plus tard. Alt+Gauche/Droite : salle précédente ou suivante. Alt+Maj+Haut/Bas : 5 minutes de moins ou de plus. Entrée : modifier. Suppr : supprimer. Inser ou Ctrl+N : une nouvelle séance à la suite. Ctrl+molette, Ctrl++ et Ctrl+- : zoom.</translation>
    </message>
    <message>
        <source>Timetable of %s</source>
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
            <numerusform>{name} : %n membre</numerusform><numerusform>{name} : %n membres</numerusform></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Type part of a name, or scan or type a code</source>
        <extracomment>Most matches listed under the field (a name typed in full narrows them down). Keys that, typed in the search field, move the choice in the list of matches (by rows). Participants changed here (the screen refreshes its views). What the text in the field found (refreshed with the rows). The person the message is about (None: a message about the search itself). The person checked in last: shown while the field is empty again.</extracomment>
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
        <translation>Texte de travail</translation>
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
        <source>Your name</source>
        <translation>Votre nom</translation>
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
        <extracomment>The counts line changed (for the screen's status line). Asks the screen to go back to the working text from a read-only draft. The snapshot shown read-only, None for the working text.</extracomment>
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
        <source>&amp;Paragraphs for the press extract (none ticked: all):</source>
        <translation>&amp;Paragraphes de l’extrait pour la presse (aucun coché : tous) :</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <extracomment>Where the folder last exported to is remembered. Characters no file system takes in a name (Windows' list, the strictest). How long the notice stays, in milliseconds.</extracomment>
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
        <extracomment>Opens a database from a path or URL; `create` is False when the file must exist already. Emitted after another database was opened (or none is open any more). Emitted with the event id (0: none) whenever the shown event changes. Nothing to show (no database, or no event in it): the start page is in front.</extracomment>
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
        <source>Cannot read the event</source>
        <translation>Impossible de lire l’événement</translation>
    </message>
    <message>
        <source>Cannot read the events</source>
        <translation>Impossible de lire les événements</translation>
    </message>
    <message>
        <source>the system's language</source>
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
        <extracomment>The event's order of the delegations' groups (empty: the UN order). The last message given in the status bar (also when there is no window).</extracomment>
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
        <source>Categories saved.</source>
        <translation>Catégories enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s): {names}{more}?

Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Supprimer %n participant : {names}{more} ?

Édition → Annuler le rétablit.</numerusform><numerusform>Supprimer %n participants : {names}{more} ?

Édition → Annuler les rétablit.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Suppression de %n participant</numerusform><numerusform>Suppression de %n participants</numerusform></translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>La modification n’a pas pu être effectuée</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n participant(s)</source>
        <translation>
            <numerusform>Import de %n participant</numerusform><numerusform>Import de %n participants</numerusform></translation>
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
            <numerusform>Panneau des &amp;conflits (%n)</numerusform><numerusform>Panneau des &amp;conflits (%n)</numerusform></translation>
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
        <source>Promote into</source>
        <translation>Reprendre dans</translation>
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
            <numerusform>%n erreur</numerusform><numerusform>%n erreurs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
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